package render

import (
	"html"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// This file holds what the page templates ask of a Page beyond its fields:
// links to people and places, dates for <time>, sources grouped by
// article, the filter's options, the event page's neighbours and JSON-LD.

// Section returns the part of the site the page belongs to, for the
// navigation's aria-current: "timeline", "people", "places" or "".
func (p *Page) Section() string {
	switch {
	case p.Path == "index.html" || strings.HasPrefix(p.Path, "events/") || strings.HasPrefix(p.Path, "timeline/"):
		return "timeline"
	case strings.HasPrefix(p.Path, "people/"):
		return "people"
	case strings.HasPrefix(p.Path, "places/"):
		return "places"
	}
	return ""
}

// PersonLink returns the link to the named person's page, or "" when the
// person has none.
func (p *Page) PersonLink(name string) string {
	if e := p.Site.Person(name); e != nil {
		return p.Link(e.Page)
	}
	return ""
}

// PlaceLink returns the link to the named place's page, or "".
func (p *Page) PlaceLink(name string) string {
	if e := p.Site.Place(name); e != nil {
		return p.Link(e.Page)
	}
	return ""
}

// isDatetime reports whether a TIMEX3 value is also a valid value of a
// <time datetime> attribute, a day, a month, a year or an ISO week: whether
// it matches ^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$.
func isDatetime(s string) bool {
	if len(s) < 4 || !digits(s, 0, 4) {
		return false
	}
	switch r := s[4:]; len(r) {
	case 0:
		return true
	case 3: // -MM
		return r[0] == '-' && digits(r, 1, 3)
	case 4: // -Www
		return r[:2] == "-W" && digits(r, 2, 4)
	case 6: // -MM-DD
		return r[0] == '-' && digits(r, 1, 3) && r[3] == '-' && digits(r, 4, 6)
	}
	return false
}

// DateTime returns the datetime attribute for an event's date: its TIMEX3
// value when HTML accepts it (2025-11-30, 2025-11, 2025, 2025-W48), else its
// first day.
func (p *Page) DateTime(d events.Date) string {
	if isDatetime(d.Value) {
		return d.Value
	}
	return d.Start
}

// Day returns a YYYY-MM-DD date as readers read it, "1 December 2025"; any
// other string as it is.
func (p *Page) Day(s string) string {
	if d, ok := dayWords(s); ok {
		return d
	}
	return s
}

// dayWords is time.Parse("2006-01-02", s) formatted as "2 January 2006",
// and whether s is such a day. A day as time.Parse reads it is four
// digits, two and two, and a date that exists.
func dayWords(s string) (string, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10) {
		return "", false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Year() == y && int(t.Month()) == m && t.Day() == d {
		return strconv.Itoa(d) + " " + t.Month().String() + " " + s[:4], true
	}
	return "", false
}

// Quote returns a source's quote with the expression that dated it marked.
func (p *Page) Quote(src events.Source) template.HTML {
	q := events.StripDateline(src.Quote)
	if i := strings.Index(q, src.Expression); src.Expression != "" && i >= 0 {
		return template.HTML(html.EscapeString(q[:i]) + "<mark>" + html.EscapeString(src.Expression) + "</mark>" + html.EscapeString(q[i+len(src.Expression):]))
	}
	return template.HTML(html.EscapeString(q))
}

// SourceGroup is one article's report of an event: the article and the
// sentences of it that report the event, in the order of the event's
// sources.
type SourceGroup struct {
	Article     string // slug
	Title       string
	Publisher   string
	Published   string // YYYY-MM-DD
	OriginalURL string // http(s) only, else ""
	Cites       []events.Source
}

// Sources groups an event's sources by article, in the order the event
// gives them.
func (p *Page) Sources(e *events.Event) []SourceGroup {
	if len(e.Sources) == 0 {
		return nil
	}
	// Each source's group, the groups in order of first appearance; then
	// the sources copied into one array, each group's together, in order.
	group := make([]int, len(e.Sources))
	var at map[string]int // for many sources; few are looked up in firsts
	if len(e.Sources) > 16 {
		at = make(map[string]int, len(e.Sources))
	}
	var firsts []int // the first source of each group
	for k, src := range e.Sources {
		i, ok := -1, false
		if at != nil {
			i, ok = at[src.Article]
		} else if i = slices.IndexFunc(firsts, func(f int) bool { return e.Sources[f].Article == src.Article }); i >= 0 {
			ok = true
		}
		if !ok {
			i = len(firsts)
			if at != nil {
				at[src.Article] = i
			}
			firsts = append(firsts, k)
		}
		group[k] = i
	}
	gs := make([]SourceGroup, len(firsts))
	for g, f := range firsts {
		src := &e.Sources[f]
		gs[g] = SourceGroup{
			Article:     src.Article,
			Title:       src.Title,
			Publisher:   src.Publisher,
			Published:   src.Published,
			OriginalURL: p.Site.safeURL(src),
		}
	}
	// Usually each article's sources are together already: its cites
	// are then a part of the event's own (capped: never appended to).
	together := true
	for k := 1; k < len(group); k++ {
		if g := group[k]; g != group[k-1] && g != group[k-1]+1 {
			together = false
			break
		}
	}
	if together {
		for g := range gs {
			from := firsts[g]
			to := len(group)
			if g+1 < len(firsts) {
				to = firsts[g+1]
			}
			gs[g].Cites = e.Sources[from:to:to]
		}
		return gs
	}
	end := make([]int, len(firsts)) // where each group's sources end in cites
	for _, g := range group {
		end[g]++
	}
	for g := 1; g < len(end); g++ {
		end[g] += end[g-1]
	}
	cites := make([]events.Source, len(e.Sources))
	next := make([]int, len(firsts))
	for g := range next {
		if g > 0 {
			next[g] = end[g-1]
		}
	}
	for g := range gs {
		gs[g].Cites = cites[next[g]:end[g]:end[g]]
	}
	for k, g := range group {
		cites[next[g]] = e.Sources[k]
		next[g]++
	}
	return gs
}

// SourceCount says how many articles report an event: "1 source",
// "3 sources".
func (p *Page) SourceCount(e *events.Event) string {
	n := 0 // distinct articles, as Sources groups them
	if len(e.Sources) > 16 {
		seen := make(map[string]bool, len(e.Sources))
		for _, src := range e.Sources {
			seen[src.Article] = true
		}
		n = len(seen)
	} else {
		for i, src := range e.Sources {
			if !slices.ContainsFunc(e.Sources[:i], func(s events.Source) bool { return s.Article == src.Article }) {
				n++
			}
		}
	}
	return count(n, "source", "sources")
}

// Data returns the filter's data for an event as the values of its
// data-people, data-places and data-sources attributes: slugs separated by
// spaces.
func (p *Page) Data(e *events.Event) map[string]string {
	var people, places []string
	for _, n := range e.People {
		if ent := p.Site.Person(n); ent != nil {
			people = append(people, ent.Slug)
		}
	}
	for _, n := range e.Places {
		if ent := p.Site.Place(n); ent != nil {
			places = append(places, ent.Slug)
		}
	}
	var srcs []string
	for _, g := range p.Sources(e) {
		srcs = append(srcs, g.Article)
	}
	return map[string]string{
		"people":  strings.Join(people, " "),
		"places":  strings.Join(places, " "),
		"sources": strings.Join(srcs, " "),
	}
}

// Cited returns the articles that are a source of at least one of the
// page's timeline events (TimelineEvents), for the source filter.
func (p *Page) Cited() []*Article {
	if p.Part == nil {
		var as []*Article
		for _, a := range p.Site.Articles {
			if len(a.Events) > 0 {
				as = append(as, a)
			}
		}
		return as
	}
	// Only the part's own sources: a part is small, the site may not be.
	seen := map[string]bool{}
	var as []*Article
	for _, e := range p.Part.Events {
		for _, src := range e.Sources {
			if a := p.Site.articles[src.Article]; a != nil && !seen[src.Article] {
				seen[src.Article] = true
				as = append(as, a)
			}
		}
	}
	slices.SortFunc(as, compareArticles)
	return as
}

// Span is the first and the last day of a list of events (YYYY-MM-DD).
type Span struct{ First, Last string }

// Span returns the days the page's timeline events cover
// (TimelineEvents).
func (p *Page) Span() Span {
	var s Span
	for _, e := range p.TimelineEvents() {
		if e.Date.Start != "" && (s.First == "" || e.Date.Start < s.First) {
			s.First = e.Date.Start
		}
		if e.Date.End != "" && e.Date.End > s.Last {
			s.Last = e.Date.End
		}
	}
	return s
}

// Neighbours are the events before and after one on the timeline; nil at
// either end.
type Neighbours struct{ Prev, Next *events.Event }

// Neighbours returns the neighbours of the page's event.
func (p *Page) Neighbours() Neighbours {
	var n Neighbours
	evs := p.Site.Events
	i, ok := p.Site.position[p.Event]
	if !ok {
		return n
	}
	if i > 0 {
		n.Prev = evs[i-1]
	}
	if i+1 < len(evs) {
		n.Next = evs[i+1]
	}
	return n
}

// TimelineView is what the "timeline" partial is called with.
type TimelineView struct {
	Page  *Page
	Years []Year
}

// Timeline pairs the page with events grouped by year and month.
func (p *Page) Timeline(ys []Year) TimelineView { return TimelineView{Page: p, Years: ys} }

// Years groups the entity's events by year and month.
func (e *Entity) Years() []Year { return years(e.Events) }

// ldThing is a schema.org node: a place, a person, an organization.
type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// ldArticle is a schema.org NewsArticle that reports the event.
type ldArticle struct {
	Type          string   `json:"@type"`
	Headline      string   `json:"headline"`
	DatePublished string   `json:"datePublished,omitempty"`
	Publisher     *ldThing `json:"publisher,omitempty"`
	URL           string   `json:"url,omitempty"`
}

// ldEvent is a schema.org Event.
type ldEvent struct {
	Context     string      `json:"@context"`
	Type        string      `json:"@type"`
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	StartDate   string      `json:"startDate,omitempty"`
	EndDate     string      `json:"endDate,omitempty"`
	Location    []ldThing   `json:"location,omitempty"`
	Attendee    []ldThing   `json:"attendee,omitempty"`
	URL         string      `json:"url,omitempty"`
	SubjectOf   []ldArticle `json:"subjectOf,omitempty"`
}

// JSONLD returns the event page's schema.org Event. The template writes it
// in a <script type="application/ld+json"> element, where html/template
// marshals it as JSON and escapes "<", ">" and "&", so no text of it can
// end the element.
func (p *Page) JSONLD() any {
	if p.Event == nil {
		return nil
	}
	return p.jsonLD(p.Sources(p.Event))
}

// jsonLD is JSONLD with the event's sources grouped (Sources).
func (p *Page) jsonLD(groups []SourceGroup) ldEvent {
	e := p.Event
	ld := ldEvent{
		Context:     "https://schema.org",
		Type:        "Event",
		Name:        e.Title,
		Description: e.Summary,
		StartDate:   e.Date.Start,
		URL:         p.Canonical,
	}
	if e.Date.End != e.Date.Start {
		ld.EndDate = e.Date.End
	}
	for _, n := range e.Places {
		ld.Location = append(ld.Location, ldThing{"Place", n})
	}
	for _, n := range e.People {
		ld.Attendee = append(ld.Attendee, ldThing{"Person", n})
	}
	for _, g := range groups {
		a := ldArticle{Type: "NewsArticle", Headline: g.Title, DatePublished: g.Published, URL: g.OriginalURL}
		if g.Publisher != "" {
			a.Publisher = &ldThing{"Organization", g.Publisher}
		}
		ld.SubjectOf = append(ld.SubjectOf, a)
	}
	return ld
}

// OGType is the page's Open Graph type.
func (p *Page) OGType() string {
	if p.Article != nil {
		return "article"
	}
	return "website"
}

// SentenceName names a cited sentence for a link to it: "sentence 9".
func (p *Page) SentenceName(src events.Source) string {
	_, id, _ := strings.Cut(src.URL, "#")
	if n, ok := strings.CutPrefix(id, "s"); ok && n != "" {
		return "sentence " + n
	}
	return "another sentence"
}

// ValueLabel reads a TIMEX3 value as readers read it: "9 March 2024",
// "the night of 15 September 2024", "March 2024", "week of 8 April 2024",
// "weekend of 13 April 2024"; "" for a value readers could not read (a set,
// anything malformed), never the value itself.
func (p *Page) ValueLabel(v string) string { return valueLabel(v) }

// Reading is one of the dates sources give an event, with who gives it.
type Reading struct {
	Label string
	By    []string // the publishers (or, without one, the headlines) of the sources that read it so
}

// Readings returns the event's readings when its sources disagree, each
// with the sources whose dating expression has its value; nil when they
// agree.
func (p *Page) Readings(e *events.Event) []Reading {
	var rs []Reading
	for _, d := range e.Readings {
		r := Reading{Label: d.Label}
		seen := map[string]bool{}
		for _, src := range e.Sources {
			name := src.Publisher
			if name == "" {
				name = src.Title
			}
			if src.Value == d.Value && !seen[name] {
				seen[name] = true
				r.By = append(r.By, name)
			}
		}
		rs = append(rs, r)
	}
	return rs
}
