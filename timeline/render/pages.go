package render

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// Page is what a page template is executed with.
type Page struct {
	Site  *Site
	Path  string // the output file, relative to the site root: "articles/x/index.html"
	Root  string // the way from this page to the site root: "", "../../", or for 404.html the base URL's path
	Title string // the page's own title; "" on the index
	// Canonical is the page's absolute URL when the base URL is absolute,
	// else "" (and always "" on 404.html).
	Canonical string
	// Description is the page's meta description.
	Description string

	Article  *Article      // on an article page
	Event    *events.Event // on an event page
	Entity   *Entity       // on a person's or a place's page
	Entities []*Entity     // on the index of people or of places
	Part     *TimelinePart // on a part of a split timeline
}

// NewPage returns the page written at p (a slash path relative to the site
// root); its links are relative to its own folder.
func NewPage(s *Site, p string) *Page {
	depth := strings.Count(p, "/")
	pg := &Page{Site: s, Path: p, Root: strings.Repeat("../", depth), Description: s.Description}
	if pg.Description == "" {
		// Computed here rather than in the layout, so that a page's
		// templates need not read the whole site (see Memo). Only the
		// index says how many events there are (see Index): a count on
		// every page would change every page, and make sync tools upload
		// them all, whenever an article adds an event.
		pg.Description = "A timeline of events, each linked to the sentences of the articles that report it."
	}
	if s.BaseURL.IsAbs() {
		pg.Canonical = s.absoluter()(strings.TrimSuffix(p, "index.html"))
	}
	return pg
}

// indexPage is NewPage for the timeline's index or one of its parts,
// whose default description says how many events the timeline holds.
func indexPage(s *Site, p string) *Page {
	pg := NewPage(s, p)
	if s.Description == "" {
		pg.Description = "A timeline of " + count(len(s.Events), "event", "events") + ", each linked to the sentences of the articles that report it."
	}
	return pg
}

// Link returns the link from this page to target, a path relative to the
// site root ("articles/x/#s4", "style.css", "" for the index). A folder
// link gets an explicit index.html, so that the site also works when opened
// from disk; query and fragment are kept.
func (p *Page) Link(target string) string {
	rest := ""
	if i := strings.IndexAny(target, "?#"); i >= 0 {
		target, rest = target[:i], target[i:]
	}
	if target == "" || strings.HasSuffix(target, "/") {
		target += "index.html"
	}
	return p.Root + target + rest
}

// EventView is what the "sources" partial is called with.
type EventView struct {
	Page  *Page
	Event *events.Event
}

// With pairs the page with an event, for partials that need both.
func (p *Page) With(e *events.Event) EventView { return EventView{Page: p, Event: e} }

// Body returns the article's rendered HTML. The content package produced it
// from Markdown with raw HTML off, so it is trusted as markup.
func (a *Article) Body() template.HTML { return template.HTML(a.HTML) }

// Year is the events of one year, by month.
type Year struct {
	Year   string
	Months []Month
}

// Month is the events of one month ("November 2025"); Name is "" for events
// known only to a span longer than a month.
type Month struct {
	Name   string
	Events []*events.Event
}

// Years groups the site's events by the year and month they start in, in
// timeline order.
func (s *Site) Years() []Year { return years(s.Events) }

// years groups events, in timeline order, by the year and month they start in.
func years(evs []*events.Event) []Year {
	var ys []Year
	lastKey, lastName := "", "" // the last month's "2006-01" and name
	for _, e := range evs {
		year, month := "Undated", ""
		if len(e.Date.Start) >= 7 {
			year = e.Date.Start[:4]
			if withinAMonth(e.Date) {
				// Events in timeline order come a month at a time:
				// its name is made once.
				if key := e.Date.Start[:7]; key != lastKey {
					lastKey, lastName = key, monthName(key)
				}
				month = lastName
			}
		}
		if len(ys) == 0 || ys[len(ys)-1].Year != year {
			ys = append(ys, Year{Year: year})
		}
		y := &ys[len(ys)-1]
		if len(y.Months) == 0 || y.Months[len(y.Months)-1].Name != month {
			y.Months = append(y.Months, Month{Name: month})
		}
		m := &y.Months[len(y.Months)-1]
		m.Events = append(m.Events, e)
	}
	return ys
}

// monthName returns the month key ("2006-01") as time.Parse("2006-01",
// key) formatted as "January 2006" would be, or "" when time.Parse would
// not read it (four digits, a hyphen, a month from 01 to 12).
func monthName(key string) string {
	if len(key) != 7 || key[4] != '-' || !digits(key, 0, 4) || !digits(key, 5, 7) {
		return ""
	}
	m := int(key[5]-'0')*10 + int(key[6]-'0')
	if m < 1 || m > 12 {
		return ""
	}
	return time.Month(m).String() + " " + key[:4]
}

// withinAMonth reports whether a date is known to within a month, so that
// it belongs under the month it starts in: a span inside one month, or one
// of at most 31 days across a month's end ("30 November – 1 December").
func withinAMonth(d events.Date) bool {
	if len(d.Start) >= 7 && len(d.End) >= 7 && d.Start[:7] == d.End[:7] {
		// The same month (most events are a single day): what the
		// parsed dates would say, and what the fallback below says.
		return true
	}
	start, err1 := time.Parse("2006-01-02", d.Start)
	end, err2 := time.Parse("2006-01-02", d.End)
	if err1 != nil || err2 != nil {
		return len(d.Start) >= 7 && len(d.End) >= 7 && d.Start[:7] == d.End[:7]
	}
	return start.Year() == end.Year() && start.Month() == end.Month() || end.Sub(start) <= 30*24*time.Hour
}

// Static copies the files under the templates' static/ folder to the site
// root.
func Static(_ context.Context, _ *Site, out *Output) error {
	names, err := out.Templates.Files("static")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := out.Templates.ReadFile(n)
		if err != nil {
			return err
		}
		if err := out.Add(strings.TrimPrefix(n, "static/"), b); err != nil {
			return err
		}
	}
	return nil
}

// Index writes index.html, the timeline, from index.html; when the
// timeline is split (Site.Parts), index.html lists the parts and each part
// is written at timeline/<key>/index.html from index.html too, with
// Page.Part set.
func Index(ctx context.Context, s *Site, out *Output) error {
	if err := out.Page("index.html", indexPage(s, "index.html")); err != nil {
		return err
	}
	pages := make([]*Page, len(s.Parts))
	for i, part := range s.Parts {
		p := indexPage(s, part.Page+"index.html")
		p.Title, p.Part = part.Label, part
		pages[i] = p
	}
	return out.RenderPages(ctx, "index.html", pages)
}

// Articles writes articles/<slug>/index.html for every article, from
// article.html, several at once.
func Articles(ctx context.Context, s *Site, out *Output) error {
	pages := make([]*Page, len(s.Articles))
	for i, a := range s.Articles {
		p := NewPage(s, a.Page+"index.html")
		p.Title, p.Article = a.Meta.Title, a
		pages[i] = p
	}
	return out.RenderPages(ctx, "article.html", pages)
}

// Events writes events/<id>/index.html for every event, from event.html,
// several at once.
func Events(ctx context.Context, s *Site, out *Output) error {
	pages := make([]*Page, len(s.Events))
	for i, e := range s.Events {
		p := NewPage(s, strings.TrimPrefix(strings.TrimSuffix(e.URL, "/")+"/index.html", "/"))
		if e.URL == "" {
			p = NewPage(s, "events/"+e.ID+"/index.html")
		}
		p.Title, p.Event = e.Title, e
		if e.Summary != "" {
			p.Description = e.Summary
		}
		pages[i] = p
	}
	return out.RenderPages(ctx, "event.html", pages)
}

// NotFound writes 404.html from 404.html. A host serves it at any missing
// address, so its links start from the base URL's path instead of its own
// folder.
func NotFound(_ context.Context, s *Site, out *Output) error {
	p := NewPage(s, "404.html")
	p.Root = s.BaseURL.Path
	p.Canonical = ""
	p.Title = "Page not found"
	return out.Page("404.html", p)
}

// TimelineJSON writes timeline.json as DESIGN.md specifies it:
// {"title": ..., "events": [...]}, events in timeline order, never null.
func TimelineJSON(_ context.Context, s *Site, out *Output) error {
	// As json.Marshal writes {Title string `json:"title"`; Events
	// []events.Event `json:"events"`}, one event at a time (see EventJSON).
	title, err := json.Marshal(s.Title)
	if err != nil {
		return err
	}
	b := append(append([]byte(`{"title":`), title...), `,"events":`...)
	if m := out.memo; m == nil || m.codec == nil || m.EventJSON == nil {
		// Nothing to keep for a next build: the events go to the file
		// one at a time.
		return out.addStream("timeline.json", func(w io.Writer) error {
			if _, err := w.Write(b); err != nil {
				return err
			}
			return writeEvents(w, s.Events)
		})
	}
	if b, err = timelineEvents(b, s, out.memo); err != nil {
		return err
	}
	// Compact as json.Marshal writes it: nothing for the minifier to do.
	return out.addOwned("timeline.json", append(b, '}'))
}

// absoluter returns s.Absolute, made cheap for the paths of the site's
// own pages (slugs: letters, digits, "-", "_" and "/", no empty segment),
// which resolve against a base URL ending in "/" (without a query, a
// fragment or a path escaped its own way) to the base URL followed by the
// path (TestAbsoluter).
func (s *Site) absoluter() func(string) string {
	u := s.BaseURL
	if u == nil || u.Opaque != "" || u.RawPath != "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.RawFragment != "" || !strings.HasSuffix(u.Path, "/") {
		return s.Absolute
	}
	prefix := u.String()
	return func(target string) string {
		if strings.Contains(target, "//") || strings.HasPrefix(target, "/") {
			return s.Absolute(target)
		}
		for i := 0; i < len(target); i++ {
			c := target[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '/') {
				return s.Absolute(target)
			}
		}
		return prefix + target
	}
}

// Sitemap writes sitemap.xml listing every HTML page but 404.html, with
// URLs from the base URL (absolute when it is).
//
// The file is written compact, as the minifier leaves xml.Marshal's
// encoding of a <urlset> of <url><loc/><lastmod/></url> (TestSitemapBytes):
// it is not minified again.
func Sitemap(_ context.Context, s *Site, out *Output) error {
	lastmod := make(map[string]string, len(s.Articles))
	for _, a := range s.Articles {
		lastmod[a.Page+"index.html"] = a.Published
	}
	files := out.Files()
	// index.html first, the others in path order.
	for i, f := range files {
		if f.Path == "index.html" {
			copy(files[1:i+1], files[:i])
			files[0] = f
			break
		}
	}
	abs := s.absoluter()
	var b bytes.Buffer
	b.Grow(64 * len(files))
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	escape := func(s string) {
		if xmlPlain(s) {
			b.WriteString(s) // as EscapeText writes it
			return
		}
		xml.EscapeText(&b, []byte(s))
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".html") || f.Path == "404.html" {
			continue
		}
		b.WriteString("<url><loc>")
		escape(abs(strings.TrimSuffix(f.Path, "index.html")))
		b.WriteString("</loc>")
		if lm := lastmod[f.Path]; lm != "" {
			b.WriteString("<lastmod>")
			escape(lm)
			b.WriteString("</lastmod>")
		}
		b.WriteString("</url>")
	}
	b.WriteString("</urlset>")
	return out.addOwned("sitemap.xml", b.Bytes())
}

// xmlPlain reports whether xml.EscapeText leaves s as it is: printable
// ASCII without &, <, >, ' or ".
func xmlPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c > 0x7e, c == '&', c == '<', c == '>', c == '\'', c == '"':
			return false
		}
	}
	return true
}
