package timeline

import (
	"bufio"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// writeSite writes the txtar archive into a fresh folder and returns it.
func writeSite(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// stubStages are the build's stages with a throwaway article parser and
// event stages, so that the build around them can be tested before (and
// independently of) the real content and events packages.
//
// The stub parser reads "key: value" frontmatter between "---" lines (title,
// date, publisher, authors and tags as comma lists, url, slug, draft) and
// turns each body line into one escaped sentence. The stub extractor makes
// a mention of every sentence holding a YYYY-MM-DD date; the stub merger
// makes one event per distinct date, with every mention as a source.
func stubStages() stages {
	return stages{parse: stubParse, extract: stubExtract, merge: stubMerge}
}

func stubParse(path string, src []byte) (*content.Article, error) {
	a := &content.Article{Path: path, Slug: strings.TrimSuffix(filepath.Base(path), ".md")}
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	line, inFront := 0, false
	var body []string
	var errs content.Errors
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case line == 1 && l == "---":
			inFront = true
		case inFront && l == "---":
			inFront = false
		case inFront:
			k, v, ok := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			if !ok {
				errs = append(errs, &content.Error{Path: path, Line: line, Err: errors.New("stub: not key: value")})
				continue
			}
			switch k {
			case "title":
				a.Meta.Title = v
			case "date":
				d, err := time.Parse("2006-01-02", v)
				if err != nil {
					errs = append(errs, &content.Error{Path: path, Line: line, Err: err})
				}
				a.Meta.Date = d
			case "publisher":
				a.Meta.Publisher = v
			case "url":
				a.Meta.URL = v
			case "slug":
				a.Slug = v
				a.Meta.SlugLine = line
			case "draft":
				a.Meta.Draft = v == "true"
			case "authors":
				a.Meta.Authors = strings.Split(v, ",")
			case "tags":
				a.Meta.Tags = strings.Split(v, ",")
			default:
				errs = append(errs, &content.Error{Path: path, Line: line, Err: fmt.Errorf("stub: unknown key %q", k)})
			}
		case strings.TrimSpace(l) != "":
			body = append(body, l)
		}
	}
	if len(src) == 0 {
		errs = append(errs, &content.Error{Path: path, Err: errors.New("stub: empty file")})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	var h, txt strings.Builder
	for i, l := range body {
		id := fmt.Sprintf("s%d", i+1)
		fmt.Fprintf(&h, "<p><span class=\"s\" id=\"%s\">%s</span></p>\n", id, html.EscapeString(l))
		if i > 0 {
			txt.WriteString("\n\n")
		}
		start := txt.Len()
		txt.WriteString(l)
		a.Sentences = append(a.Sentences, content.Sentence{ID: id, Start: start, End: txt.Len()})
	}
	a.HTML, a.Text = h.String(), txt.String()
	return a, nil
}

var stubDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

func stubExtract(a *content.Article, _ events.Options) []events.Mention {
	var ms []events.Mention
	for _, s := range a.Sentences {
		q := a.Quote(s)
		if d := stubDate.FindString(q); d != "" {
			ms = append(ms, events.Mention{Article: a.Slug, Sentence: s.ID, Quote: q, Expression: d, Title: q})
		}
	}
	return ms
}

func stubMerge(ms []events.Mention, arts map[string]*content.Article, _ events.Options) ([]events.Event, error) {
	byDate := map[string]*events.Event{}
	var order []string
	for _, m := range ms {
		d := m.Expression
		e := byDate[d]
		if e == nil {
			id := d + "-event"
			e = &events.Event{
				ID: id, Title: m.Title, Summary: m.Quote, Kind: events.KindOther,
				Date: events.Date{Value: d, Start: d, End: d, Granularity: "day", Label: d},
				URL:  "events/" + id + "/",
			}
			byDate[d] = e
			order = append(order, d)
		}
		a := arts[m.Article]
		e.Sources = append(e.Sources, events.Source{
			Article: m.Article, Title: a.Meta.Title, Publisher: a.Meta.Publisher,
			Published: a.Meta.Date.Format("2006-01-02"), URL: "articles/" + m.Article + "/#" + m.Sentence,
			OriginalURL: a.Meta.URL, Quote: m.Quote, Expression: m.Expression, Value: d,
		})
	}
	var evs []events.Event
	for _, d := range order {
		evs = append(evs, *byDate[d])
	}
	return evs, nil
}

// sitemapLocs returns the <loc> values of a sitemap.
func sitemapLocs(t *testing.T, doc string) []string {
	t.Helper()
	var set struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(doc), &set); err != nil {
		t.Fatalf("sitemap.xml: %v\n%s", err, doc)
	}
	var locs []string
	for _, u := range set.URLs {
		locs = append(locs, u.Loc)
	}
	if len(locs) == 0 {
		t.Errorf("sitemap.xml lists nothing:\n%s", doc)
	}
	return locs
}
