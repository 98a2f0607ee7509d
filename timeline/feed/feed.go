// Package feed writes a timeline's events in the formats other tools read:
// an Atom feed (RFC 4287), a JSON Feed (version 1.1), an iCalendar file
// (RFC 5545) and a Knight Lab TimelineJS3 data file.
//
// Every function here is a pure function of its arguments: it reads no clock,
// no file and no network, so the same site and events always give the same
// bytes. All functions are safe for concurrent use.
//
// # Identifiers
//
// Feed readers and calendars recognise an entry by its id, so ids must not
// change when the site is rebuilt. Entry ids are tag URIs (RFC 4151) built
// from the host of the base URL and the stable event id:
//
//	tag:news.example,2025-11-30:events/2025-11-30-florida-talks
//
// where the date is the one the event id starts with (or, for an id that
// does not start with a date, the event's start date). Calendar UIDs are the
// event id at the same host: 2025-11-30-florida-talks@news.example. Neither
// depends on the scheme or the path of the base URL, so a site that moves
// from http to https or to another sub-path keeps its ids; a site that moves
// to another host gets new ones.
//
// # Base URL
//
// Feeds and calendars are read away from the site, so they want absolute
// links: give Site.BaseURL as an absolute http(s) URL for a published site.
// A path-only base URL ("/", "/news/", as for a local preview) still gives
// valid files, but their links are root-relative (a feed reader resolves
// them against the feed's own address; a calendar cannot, so the calendar
// then leaves links out), and their ids use the host name "localhost": they
// change once the site gets its real host.
//
// # Dates
//
// No output carries the time of the build. An entry's "published" date is
// the earliest publication date among the event's sources and its
// "updated" date the latest (the event was last revised when its newest
// source appeared); a feed is updated when its most recently updated entry
// was. Calendar DTSTAMPs follow the same rule: RFC 5545 defines DTSTAMP, in a
// calendar without a METHOD, as the time the event's information was last
// revised. An event without any dated source falls back to its own start
// day; an empty timeline to the Unix epoch.
package feed

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// Site describes the timeline the files are about.
type Site struct {
	Title       string // the timeline's title; required
	Description string // one or two sentences on the story; optional
	// BaseURL is where the site is served from: an absolute http(s) URL
	// such as "https://news.example/ukraine/" (see "Base URL" above for why
	// it should be one) or a path such as "/ukraine/"; "" means "/".
	BaseURL  string
	Language string // a BCP 47 tag such as "en"; optional
	Author   string // the newsroom publishing the timeline; default Title
	// Entries is the most events the Atom feed and the JSON Feed carry,
	// the newest first (see DefaultEntries); 0 means DefaultEntries and a
	// negative value every event. The calendar and the TimelineJS file
	// always hold every event.
	Entries int
}

// DefaultEntries is how many of the newest events the Atom feed and the
// JSON Feed carry by default. Feed readers poll a feed for its newest
// entries and keep the ones they have seen, so a feed need not hold a
// long timeline's whole history (the calendar, TimelineJS file and
// timeline.json do); a short feed is also quick to fetch and to build.
const DefaultEntries = 100

// The files this package writes, by name relative to the site root.
const (
	AtomName       = "feed.atom"
	JSONFeedName   = "feed.json"
	CalendarName   = "timeline.ics"
	TimelineJSName = "timelinejs.json"
)

// Media types of the files.
const (
	AtomType       = "application/atom+xml"
	JSONFeedType   = "application/feed+json"
	CalendarType   = "text/calendar"
	TimelineJSType = "application/json"
)

// Link describes one of the files for a page's <head> (as a
// <link rel="alternate">) and its footer.
type Link struct {
	Name  string // the file's name relative to the site root, "feed.atom"
	Type  string // its media type
	Title string // a label for readers, "Atom feed"
	// Feed is true for the two feeds, the files a <link rel="alternate">
	// in a page's head should announce.
	Feed bool
}

// Links returns the files Files writes, feeds first. The slice is new on
// every call.
func Links() []Link {
	return []Link{
		{Name: AtomName, Type: AtomType, Title: "Atom feed", Feed: true},
		{Name: JSONFeedName, Type: JSONFeedType, Title: "JSON Feed", Feed: true},
		{Name: CalendarName, Type: CalendarType, Title: "Calendar (iCalendar)"},
		{Name: TimelineJSName, Type: TimelineJSType, Title: "TimelineJS data"},
	}
}

// Files returns the four files, by name (AtomName, JSONFeedName,
// CalendarName, TimelineJSName), for evs, the timeline's events as
// events.Merge returns them. It fails if site has no title or a base URL
// that is neither an absolute http(s) URL nor a path starting with "/", or
// if an event has no id or no valid dates; it never returns part of the
// files.
func Files(s Site, evs []events.Event) (map[string][]byte, error) {
	files := make(map[string][]byte, 4)
	err := Each(s, evs, func(name string, b []byte) error {
		files[name] = b
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// Each makes the files Files returns one at a time, in the order of Links,
// and calls put with each as soon as it is made, so that a large timeline's
// files are never all in memory at once. It fails as Files does, before
// calling put, or with put's first error.
func Each(s Site, evs []events.Event, put func(name string, data []byte) error) error {
	return EachMemo(s, evs, nil, nil, put)
}

// EachTo is Each for files written as they are made: put is called with
// each file's name and a function writing its bytes (the bytes Each
// gives) to a writer. The calendar and the TimelineJS file, large, are
// written an event at a time and never held whole. It fails as Each does,
// before calling put, or with put's first error.
func EachTo(s Site, evs []events.Event, put func(name string, write func(io.Writer) error) error) error {
	site, es, err := prepare(s, evs)
	if err != nil {
		return err
	}
	whole := func(mk func([]entry) ([]byte, error)) func(io.Writer) error {
		return func(w io.Writer) error {
			b, err := mk(es)
			if err != nil {
				return err
			}
			_, err = w.Write(b)
			return err
		}
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{AtomName, whole(site.atom)},
		{JSONFeedName, whole(site.jsonFeed)},
		{CalendarName, func(w io.Writer) error {
			head, err := site.calendarHead()
			if err != nil {
				return err
			}
			return site.calendarTo(w, head, es)
		}},
		{TimelineJSName, func(w io.Writer) error {
			title, err := site.timelineJSTitle()
			if err != nil {
				return err
			}
			return site.timelineJSTo(w, title, es)
		}},
	}
	for _, f := range files {
		if err := put(f.name, f.write); err != nil {
			return err
		}
	}
	return nil
}

// EachMemo is Each keeping the calendar's and the TimelineJS file's part
// for each event in memo, when not nil, and reusing the parts kept by the
// previous call for the events that did not change: a rebuild after one
// event changed formats that event only. The files are the same bytes
// Each makes. sums, when not nil, holds a fingerprint of each event (of
// every one of its fields, as a hash of its encoding) that the caller has
// at hand; otherwise EachMemo computes them.
func EachMemo(s Site, evs []events.Event, sums [][16]byte, memo *Memo, put func(name string, data []byte) error) error {
	if sums != nil && len(sums) != len(evs) {
		return errors.New("feed: one fingerprint per event is needed")
	}
	site, es, err := prepare(s, evs)
	if err != nil {
		return err
	}
	site.memo = memo.begin(site, sums)
	defer site.memo.end()
	writers := []struct {
		name  string
		write func([]entry) ([]byte, error)
	}{
		{AtomName, site.atom},
		{JSONFeedName, site.jsonFeed},
		{CalendarName, site.calendar},
		{TimelineJSName, site.timelineJS},
	}
	for _, w := range writers {
		b, err := w.write(es)
		if err != nil {
			return err
		}
		if err := put(w.name, b); err != nil {
			return err
		}
	}
	return nil
}

// prepare checks the site and the events and derives what every format
// needs from them.
func prepare(s Site, evs []events.Event) (*site, []entry, error) {
	site, err := newSite(s)
	if err != nil {
		return nil, nil, err
	}
	es, err := entries(evs)
	if err != nil {
		return nil, nil, err
	}
	return site, es, nil
}

// site is a checked Site with its base URL parsed.
type site struct {
	Site
	base     *url.URL // path ends in "/"; no query or fragment
	absolute bool     // base is an absolute http(s) URL
	host     string   // lower-case host name, no port: the authority of ids
	memo     *memoRun // nil: no memo
	// prefix, when not "", is base as a string, which a plain relative
	// path resolves to by concatenation (see abs).
	prefix string
	// prefixEscapes: prefix has a byte html.EscapeString replaces.
	prefixEscapes bool
	// urls holds httpURL's answers, by its argument: a call's sources
	// share few original URLs, and parsing one allocates.
	urls map[string]string
}

// noHost is the authority of ids when the base URL is a path.
const noHost = "localhost"

func newSite(s Site) (*site, error) {
	if strings.TrimSpace(s.Title) == "" {
		return nil, errors.New("feed: the site has no title")
	}
	raw := s.BaseURL
	if raw == "" {
		raw = "/"
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("feed: base URL %q: %w", s.BaseURL, err)
	}
	abs := (u.Scheme == "http" || u.Scheme == "https") && u.Hostname() != ""
	if !abs && (u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/")) {
		return nil, fmt.Errorf("feed: base URL %q is neither an absolute http(s) URL nor a path starting with \"/\"", s.BaseURL)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath, u.RawQuery, u.Fragment, u.User = "", "", "", nil
	if s.Author == "" {
		s.Author = s.Title
	}
	host := noHost
	if abs {
		host = strings.ToLower(u.Hostname())
	}
	st := &site{Site: s, base: u, absolute: abs, host: host}
	if u.Opaque == "" && !u.ForceQuery && plainPath(u.Path, false) {
		st.prefix = u.String()
		st.prefixEscapes = strings.ContainsAny(st.prefix, `&'<>"`)
	}
	return st, nil
}

// plainPath reports whether p holds only ASCII letters, digits, '-', '_'
// and '/', with no empty segment but a final one (no "//"), and, when
// rel, does not start with '/': a path url escapes as it is and in which
// resolving a reference removes nothing.
func plainPath(p string, rel bool) bool {
	if rel && strings.HasPrefix(p, "/") || strings.Contains(p, "//") {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '/') {
			return false
		}
	}
	return true
}

// abs resolves a site-relative path (events/<id>/, articles/<slug>/#s4)
// against the base URL: an absolute URL, or a root-relative one when the
// base URL is a path.
func (s *site) abs(rel string) string {
	if s.prefix != "" {
		// The site's own pages (events/<id>/, articles/<slug>/#s4):
		// the base URL followed by the path, as resolving gives it.
		p, frag, hash := strings.Cut(rel, "#")
		if plainPath(p, true) && (!hash || frag != "" && plainPath(frag, true) && !strings.Contains(frag, "/")) {
			return s.prefix + rel
		}
	}
	r, err := url.Parse(strings.TrimPrefix(rel, "/"))
	if err != nil || r.Scheme != "" || r.Host != "" {
		// Paths come from the site's own slugs; keep a bad one visible
		// under the base rather than dropping or following it.
		return s.base.String() + url.PathEscape(strings.TrimPrefix(rel, "/"))
	}
	return s.base.ResolveReference(r).String()
}

// feedID is the id of the feed: its own URL, or a tag URI when that is not
// absolute (an Atom id must be an absolute IRI).
func (s *site) feedID(name string) string {
	if s.absolute {
		return s.abs(name)
	}
	return "tag:" + noHost + ",1970-01-01:" + strings.TrimPrefix(s.abs(name), "/")
}

// entry is an event with what every format derives from it.
type entry struct {
	events.Event
	start, end time.Time // inclusive days, UTC midnight
	tagDate    string    // the date of the event's tag URI
	published  time.Time // earliest source publication
	updated    time.Time // latest source publication
}

// entries checks evs and derives their dates, in the order given.
func entries(evs []events.Event) ([]entry, error) {
	out := make([]entry, 0, len(evs))
	for _, ev := range evs {
		if ev.ID == "" {
			return nil, fmt.Errorf("feed: event %q has no id", ev.Title)
		}
		start, err := time.Parse(time.DateOnly, ev.Date.Start)
		if err != nil {
			return nil, fmt.Errorf("feed: event %s: start date %q is not YYYY-MM-DD", ev.ID, ev.Date.Start)
		}
		end := start
		if ev.Date.End != "" {
			end, err = time.Parse(time.DateOnly, ev.Date.End)
			if err != nil {
				return nil, fmt.Errorf("feed: event %s: end date %q is not YYYY-MM-DD", ev.ID, ev.Date.End)
			}
			if end.Before(start) {
				return nil, fmt.Errorf("feed: event %s: end date %s is before start date %s", ev.ID, ev.Date.End, ev.Date.Start)
			}
		}
		e := entry{Event: ev, start: start, end: end, tagDate: ev.Date.Start}
		// The id starts with a date by contract; prefer it, so the tag URI
		// depends on nothing but the id.
		if len(ev.ID) >= 10 {
			if _, err := time.Parse(time.DateOnly, ev.ID[:10]); err == nil {
				e.tagDate = ev.ID[:10]
			}
		}
		for _, src := range ev.Sources {
			t, ok := parseDay(src.Published)
			if !ok {
				continue
			}
			if e.published.IsZero() || t.Before(e.published) {
				e.published = t
			}
			if t.After(e.updated) {
				e.updated = t
			}
		}
		if e.updated.IsZero() {
			e.published, e.updated = start, start
		}
		out = append(out, e)
	}
	return out, nil
}

// newestFirst returns es sorted for a feed: latest start date first, then
// the reverse of the timeline's own order.
func newestFirst(es []entry) []entry {
	return newest(es, len(es))
}

// newest returns the first n entries of newestFirst(es), sorting their
// positions rather than the entries themselves (an entry is large, and a
// feed shows few of a large timeline's).
func newest(es []entry, n int) []entry {
	idx := make([]int32, len(es))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		a, b := &es[i], &es[j]
		if c := b.start.Compare(a.start); c != 0 {
			return c
		}
		return cmp.Compare(b.ID, a.ID)
	})
	n = min(n, len(es))
	out := make([]entry, n)
	for k := range out {
		out[k] = es[idx[k]]
	}
	return out
}

// feedEntries returns the entries of a feed: the newest (newestFirst)
// s.Entries of es, or DefaultEntries when that is 0, or all when it is
// negative.
func (s *site) feedEntries(es []entry) []entry {
	n := s.Entries
	if n == 0 {
		n = DefaultEntries
	}
	if n < 0 {
		n = len(es)
	}
	return newest(es, n)
}

// lastUpdated is the latest updated time of es, or the Unix epoch.
func lastUpdated(es []entry) time.Time {
	t := time.Unix(0, 0).UTC()
	for _, e := range es {
		if e.updated.After(t) {
			t = e.updated
		}
	}
	return t
}

// parseDay reads a publication date: a calendar day or an RFC 3339 time.
func parseDay(s string) (time.Time, bool) {
	if t, shaped, ok := calendarDay(s); shaped {
		// A plain YYYY-MM-DD, as time.Parse reads it: a date that
		// exists.
		return t, ok
	}
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), true
	}
	return time.Time{}, false
}

// entryID is the tag URI of an event.
func (s *site) entryID(e entry) string {
	return "tag:" + s.host + "," + e.tagDate + ":events/" + url.PathEscape(e.ID)
}

// uid is the iCalendar UID of an event.
func (s *site) uid(e entry) string {
	return e.ID + "@" + s.host
}
