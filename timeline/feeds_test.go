package timeline

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	ical "github.com/emersion/go-ical"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/newsroom/timeline/timeline/feed"
)

// TestBuildWritesFeeds builds a site and reads its feeds and exports with
// real parsers: each holds the site's events and links to their pages, the
// calendar keeps its CRLF lines (it is not minified), and every page
// announces the feeds in its head and links all four files in its footer.
func TestBuildWritesFeeds(t *testing.T) {
	const base = "https://example.org/news/timeline/"
	src := writeSite(t, twoArticles)
	dest := filepath.Join(t.TempDir(), "public")
	res, err := build(context.Background(), Config{Source: src, Destination: dest, BaseURL: base}, stubStages())
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dest)
	for _, l := range feed.Links() {
		if files[l.Name] == "" {
			t.Fatalf("no %s in the output", l.Name)
		}
	}

	for _, name := range []string{feed.AtomName, feed.JSONFeedName} {
		f, err := gofeed.NewParser().ParseString(files[name])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(f.Items) != res.Events {
			t.Errorf("%s: %d items, want the %d events", name, len(f.Items), res.Events)
		}
		for _, it := range f.Items {
			page := strings.TrimPrefix(it.Link, base) + "index.html"
			if !strings.HasPrefix(it.Link, base) || files[page] == "" {
				t.Errorf("%s: item %q links to %q, not to an event page of the site", name, it.Title, it.Link)
			}
		}
	}

	ics := files[feed.CalendarName]
	if !strings.HasSuffix(ics, "\r\n") || strings.Contains(strings.ReplaceAll(ics, "\r\n", ""), "\n") {
		t.Errorf("timeline.ics lost its CRLF line endings:\n%q", ics)
	}
	cal, err := ical.NewDecoder(strings.NewReader(ics)).Decode()
	if err != nil {
		t.Fatalf("timeline.ics: %v", err)
	}
	if n := len(cal.Events()); n != res.Events {
		t.Errorf("timeline.ics: %d events, want %d", n, res.Events)
	}

	var tl struct {
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal([]byte(files[feed.TimelineJSName]), &tl); err != nil || len(tl.Events) != res.Events {
		t.Errorf("timelinejs.json: %d events, %v; want %d", len(tl.Events), err, res.Events)
	}

	wantFooter := []string{"feed.atom", "feed.json", "timeline.ics", "timelinejs.json"}
	for p, doc := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		alternates, footer := feedLinks(t, doc)
		if !slices.Equal(alternates, []string{feed.AtomType, feed.JSONFeedType}) {
			t.Errorf("%s: <head> announces %q, want the Atom and JSON feeds", p, alternates)
		}
		for _, name := range wantFooter {
			if !slices.ContainsFunc(footer, func(href string) bool { return strings.HasSuffix(href, name) }) {
				t.Errorf("%s: the footer does not link %s (links: %q)", p, name, footer)
			}
		}
	}
}

// feedLinks returns the types of the <link rel="alternate"> elements in a
// page's head and the hrefs of the links in its footer.
func feedLinks(t *testing.T, doc string) (alternates, footer []string) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader([]byte(doc)))
	if err != nil {
		t.Fatal(err)
	}
	attr := func(n *html.Node, key string) string {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val
			}
		}
		return ""
	}
	var walk func(n *html.Node, inHead, inFooter bool)
	walk = func(n *html.Node, inHead, inFooter bool) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "head":
				inHead = true
			case n.Data == "footer":
				inFooter = true
			case inHead && n.Data == "link" && attr(n, "rel") == "alternate":
				alternates = append(alternates, attr(n, "type"))
			case inFooter && n.Data == "a":
				footer = append(footer, attr(n, "href"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead, inFooter)
		}
	}
	walk(root, false, false)
	return alternates, footer
}
