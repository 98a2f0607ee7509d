// Package render turns parsed articles and merged events into the files of a
// static site, and writes them atomically.
//
// Rendering and writing are separate steps. Render is a pure function of its
// inputs: it runs a list of Generators over a Site and returns every file of
// the site in memory (pages, timeline.json, sitemap.xml, static assets),
// minified by type with one minifier per call. Write then replaces the
// destination folder with those files in one swap.
//
// To add a page or an output file, write a Generator and pass it to
// Generators (timeline.Build does): a page is a template file under
// templates/ plus a call to Output.Page with a Page made by NewPage, whose
// Link method makes every link relative to the page so that the site works
// under any sub-path; any other file is Output.Add. Sitemap runs last and
// lists every HTML page written before it.
package render

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// Site is everything the pages of a site are made from. Build one with
// NewSite; generators and templates treat it as read-only.
type Site struct {
	Title       string
	Description string
	Language    string   // the pages' lang attribute, "en" by default
	BaseURL     *url.URL // where the site is served: an absolute URL or a path; its path ends in "/"
	// Params are the site's own values for its templates, timeline.toml's
	// [params] table: {{.Site.Params.tagline}}. Never nil.
	Params map[string]any

	Articles []*Article      // newest first, then by slug
	Events   []*events.Event // by start date, then id, as events.Merge returns them
	People   []*Entity       // the people events name, by name
	Places   []*Entity       // the places events name, by name
	// Parts are the pages of a timeline too long for one (see
	// SplitTimeline); nil when the index shows every event.
	Parts []*TimelinePart
	// FeedEntries is Config.FeedEntries: how many of the newest events
	// the Atom and JSON feeds carry (see feed.Site.Entries).
	FeedEntries int

	articles map[string]*Article
	partOf   map[*events.Event]*TimelinePart
	partMax  int                   // Config.PartEvents, defaulted
	position map[*events.Event]int // in Events
	personBy map[string]*Entity
	placeBy  map[string]*Entity
}

// Article is an article as its page and the index show it.
type Article struct {
	*content.Article
	Published   string          // the publication date, YYYY-MM-DD
	Date        string          // the publication date for readers: "1 December 2025"
	OriginalURL string          // Meta.URL when it is an http or https URL, else ""
	Page        string          // the article page, relative to the site root: "articles/<slug>/"
	Events      []*events.Event // the events this article is a source of, in timeline order

	// cited is what Page.cites returns for the article's page, made by
	// NewSite (when citedMade) in one pass over every event's sources:
	// an event reported by many articles would otherwise have its
	// sources read once for each.
	cited     citeList
	citedMade bool
}

// Config holds a site's settings as timeline.toml gives them.
type Config struct {
	Title       string
	Description string
	Language    string
	BaseURL     string // absolute http(s) URL or a path such as "/news/timeline/"; "" means "/"
	Params      map[string]any
	// PartEvents is the most events the index shows before the timeline
	// is split into parts by year or month; 0 means DefaultPartEvents and
	// a negative value never splits.
	PartEvents int
	// FeedEntries is how many of the newest events the Atom feed and the
	// JSON Feed carry; 0 means feed.DefaultEntries, a negative value
	// every event.
	FeedEntries int
}

// NewSite assembles the Site from parsed articles and merged events. It
// checks the base URL and nothing else: the articles and events are
// assumed valid (unique, safe slugs).
func NewSite(cfg Config, arts []*content.Article, evs []events.Event) (*Site, error) {
	base, err := ParseBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	s := &Site{
		Title:       cfg.Title,
		Description: cfg.Description,
		Language:    cfg.Language,
		BaseURL:     base,
		Params:      cfg.Params,
		FeedEntries: cfg.FeedEntries,
		articles:    make(map[string]*Article, len(arts)),
	}
	if s.Params == nil {
		s.Params = map[string]any{}
	}
	if s.Title == "" {
		s.Title = "Timeline"
	}
	if s.Language == "" {
		s.Language = "en"
	}
	// The articles (their views, sorted) on one goroutine while the
	// events are sorted and split on this one: a large site has tens of
	// thousands of each.
	articlesDone := make(chan struct{})
	go func() {
		defer close(articlesDone)
		if len(arts) == 0 {
			return
		}
		views := make([]Article, len(arts))
		s.Articles = make([]*Article, len(arts))
		for i, a := range arts {
			v := &views[i]
			*v = Article{
				Article:     a,
				Published:   a.Meta.Date.Format("2006-01-02"),
				Date:        a.Meta.Date.Format("2 January 2006"),
				OriginalURL: safeURL(a.Meta.URL),
				Page:        "articles/" + a.Slug + "/",
			}
			s.Articles[i] = v
			s.articles[a.Slug] = v
		}
		slices.SortStableFunc(s.Articles, compareArticles)
	}()
	normalized := make([]events.Event, len(evs))
	if len(evs) > 0 {
		s.Events = make([]*events.Event, len(evs))
	}
	for i := range evs {
		normalized[i] = normalize(evs[i])
		s.Events[i] = &normalized[i]
	}
	sort.SliceStable(s.Events, func(i, j int) bool {
		a, b := s.Events[i], s.Events[j]
		if a.Date.Start != b.Date.Start {
			return a.Date.Start < b.Date.Start
		}
		return a.ID < b.ID
	})
	s.position = make(map[*events.Event]int, len(s.Events))
	for i, e := range s.Events {
		s.position[e] = i
	}
	max := cfg.PartEvents
	if max == 0 {
		max = DefaultPartEvents
	}
	s.partMax = max
	if s.Parts = SplitTimeline(s.Events, max); s.Parts != nil {
		s.partOf = make(map[*events.Event]*TimelinePart, len(s.Events))
		for _, p := range s.Parts {
			for _, e := range p.Events {
				s.partOf[e] = p
			}
		}
	}
	<-articlesDone
	if s.Parts != nil {
		assignArticles(s.Parts, s.Articles)
	}
	// The people and places on one goroutine while each article gets
	// its events on this one.
	entitiesDone := make(chan struct{})
	go func() {
		defer close(entitiesDone)
		s.People, s.personBy = entities(s.Events, KindPerson)
		s.Places, s.placeBy = entities(s.Events, KindPlace)
	}()
	for _, a := range s.Articles {
		a.citedMade = true
	}
	for _, e := range s.Events {
		for i := range e.Sources {
			a := s.articles[e.Sources[i].Article]
			if a == nil {
				continue
			}
			if !citedBefore(e.Sources, i) {
				a.Events = append(a.Events, e)
			}
			a.cited = a.cited.add(e.Sources[i].URL, e)
		}
	}
	<-entitiesDone
	return s, nil
}

// citedBefore reports whether the article of srcs[i] is that of an
// earlier source: an event has few sources, and no map is made for them.
func citedBefore(srcs []events.Source, i int) bool {
	for j := range i {
		if srcs[j].Article == srcs[i].Article {
			return true
		}
	}
	return false
}

// compareArticles orders articles as Site.Articles holds them: newest
// first, then by slug.
func compareArticles(a, b *Article) int {
	if c := b.Meta.Date.Compare(a.Meta.Date); c != 0 {
		return c
	}
	return strings.Compare(a.Slug, b.Slug)
}

// normalize gives an event empty lists instead of nil ones, so that
// timeline.json always has arrays.
func normalize(e events.Event) events.Event {
	if e.Places == nil {
		e.Places = []string{}
	}
	if e.People == nil {
		e.People = []string{}
	}
	if e.Sources == nil {
		e.Sources = []events.Source{}
	}
	return e
}

// ParseBaseURL checks a base URL: empty (meaning "/"), a path starting with
// "/", or an absolute http or https URL with a host. The result's path ends
// in "/" and it has no query or fragment.
func ParseBaseURL(s string) (*url.URL, error) {
	if s == "" {
		s = "/"
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("base URL: %w", err)
	}
	switch {
	case u.Scheme == "" && u.Host == "":
		if !strings.HasPrefix(u.Path, "/") {
			return nil, fmt.Errorf("base URL %q: give a full address such as \"https://%s/\", or a path starting with \"/\"", s, strings.Trim(u.Path, "/"))
		}
	case u.Scheme == "http" || u.Scheme == "https":
		if u.Host == "" {
			return nil, fmt.Errorf("base URL %q has no host", s)
		}
	default:
		return nil, fmt.Errorf("base URL %q: only http and https URLs or a path starting with \"/\"", s)
	}
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("base URL %q must not have user info, a query or a fragment", s)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	return u, nil
}

// safeURL returns s if it is an absolute http or https URL, else "".
func safeURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// safeURL is safeURL(src.OriginalURL), taken from the source's article
// when it has the article's URL.
func (s *Site) safeURL(src *events.Source) string {
	if a := s.articles[src.Article]; a != nil && a.Article != nil && a.Meta.URL == src.OriginalURL {
		return a.OriginalURL
	}
	return safeURL(src.OriginalURL)
}

// Absolute returns the absolute (or, with a path-only base URL, root-relative)
// URL of target, a path relative to the site root such as "articles/x/".
func (s *Site) Absolute(target string) string {
	ref, err := url.Parse(target)
	if err != nil {
		return s.BaseURL.String()
	}
	return s.BaseURL.ResolveReference(ref).String()
}

// A Generator adds files to the output: pages from templates, data files,
// assets. Generators run in order; each sees the same Site.
type Generator func(ctx context.Context, s *Site, out *Output) error

// Generators returns the default generators, in the order they run: the
// static assets, the index, the article pages, the event pages, the pages
// of people and places (with their indexes), 404.html, timeline.json, the
// feeds and exports (Feeds), then extra, and last sitemap.xml, which lists
// the HTML pages written before it.
func Generators(extra ...Generator) []Generator {
	gens := []Generator{Static, Index, Articles, Events, People, Places, NotFound, TimelineJSON, Feeds}
	gens = append(gens, extra...)
	return append(gens, Sitemap)
}

// Render runs the generators over the site and returns its files, sorted by
// path. Template problems are returned as content.Errors naming the template
// file and line; nothing is written.
func Render(ctx context.Context, s *Site, t *Templates, gens []Generator) ([]File, error) {
	return RenderMemo(ctx, s, t, gens, nil)
}

// RenderMemo is Render skipping the pages memo says are unchanged since the
// last build: they are listed with nil Data and must be kept as they are in
// the destination (see Update).
func RenderMemo(ctx context.Context, s *Site, t *Templates, gens []Generator, memo *Memo) ([]File, error) {
	out := NewOutput(t)
	out.memo = memo
	if err := run(ctx, s, out, gens); err != nil {
		return nil, err
	}
	return out.Files(), nil
}

// RenderTo renders the site as RenderMemo does and replaces the folder dest
// with it as Write does, but writes each file as soon as it is made instead
// of holding the site in memory. It returns the files written, sorted by
// path and without their Data, and the manifest of dest as it now is. memo,
// if not nil, only records the pages' fingerprints: it must hold no
// previous ones (a page it kept would be missing). On any error, dest is
// left as it was.
func RenderTo(ctx context.Context, dest string, s *Site, t *Templates, gens []Generator, memo *Memo) ([]File, *Manifest, error) {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return nil, nil, err
	}
	var files []File
	m := &Manifest{Dest: abs}
	err = replace(abs, func(tmp string) error {
		out, err := newDirOutput(t, tmp)
		if err != nil {
			return err
		}
		defer out.close()
		out.memo = memo
		out.presize(s)
		if err := run(ctx, s, out, gens); err != nil {
			return err
		}
		files, m.Files = out.Files(), out.states
		return ctx.Err()
	})
	if err != nil {
		return nil, nil, err
	}
	return files, m, nil
}

// run runs the generators over the site into out, collecting template
// problems as content.Errors.
func run(ctx context.Context, s *Site, out *Output, gens []Generator) error {
	var errs content.Errors
	for _, g := range gens {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := g(ctx, s, out); err != nil {
			var ce content.Errors
			var one *content.Error
			switch {
			case errors.As(err, &ce):
				errs = append(errs, ce...)
			case errors.As(err, &one):
				errs = append(errs, one)
			default:
				return err
			}
		}
	}
	if len(errs) > 0 {
		return dedupe(errs)
	}
	return nil
}

// dedupe sorts errors by path and line and drops repeats (a broken partial
// breaks every page).
func dedupe(errs content.Errors) content.Errors {
	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].Path != errs[j].Path {
			return errs[i].Path < errs[j].Path
		}
		return errs[i].Line < errs[j].Line
	})
	var out content.Errors
	seen := map[string]bool{}
	for _, e := range errs {
		if k := e.Error(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}
