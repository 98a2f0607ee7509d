package feed

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed/atom"

	"github.com/newsroom/timeline/timeline/events"
)

func TestFilesDeterministic(t *testing.T) {
	a, err := Files(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Files(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	names := []string{AtomName, JSONFeedName, CalendarName, TimelineJSName}
	if len(a) != len(names) {
		t.Errorf("Files wrote %d files, want %d", len(a), len(names))
	}
	for _, name := range names {
		if len(a[name]) == 0 {
			t.Errorf("%s is empty", name)
		}
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two builds of the same input", name)
		}
	}
}

// TestFeedOrderIgnoresInputOrder: the feeds sort their entries themselves,
// so they do not depend on the order the events arrive in.
func TestFeedOrderIgnoresInputOrder(t *testing.T) {
	evs := testEvents()
	want, err := Atom(testSite, evs)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(evs)
	got, err := Atom(testSite, evs)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the Atom feed depends on the order of its input")
	}
}

// TestIDsStable: entry ids and UIDs depend on the host of the base URL and
// the event id only.
func TestIDsStable(t *testing.T) {
	ev := testEvents()[0]
	ids := func(base string) (string, string) {
		t.Helper()
		s, err := newSite(Site{Title: "t", BaseURL: base})
		if err != nil {
			t.Fatal(err)
		}
		es, err := entries([]events.Event{ev})
		if err != nil {
			t.Fatal(err)
		}
		return s.entryID(es[0]), s.uid(es[0])
	}
	wantID, wantUID := ids("https://news.example/water/")
	for _, tc := range []struct {
		base   string
		same   bool
		reason string
	}{
		{"http://news.example/water/", true, "the scheme changed"},
		{"https://news.example/elsewhere/deeper", true, "the site moved to another path"},
		{"https://NEWS.example:8080/", true, "case and port are not part of the host name"},
		{"https://other.example/water/", false, "another host is another publisher"},
	} {
		id, uid := ids(tc.base)
		if (id == wantID && uid == wantUID) != tc.same {
			t.Errorf("%s: ids %q %q vs %q %q; same = %v wanted: %s", tc.base, id, uid, wantID, wantUID, !tc.same, tc.reason)
		}
	}
}

func TestErrors(t *testing.T) {
	good := testEvents()[:1]
	withDate := func(start, end string) []events.Event {
		ev := testEvents()[0]
		ev.Date.Start, ev.Date.End = start, end
		return []events.Event{ev}
	}
	noID := testEvents()[:1]
	noID[0].ID = ""
	for _, tc := range []struct {
		name string
		site Site
		evs  []events.Event
		want string
	}{
		{"no title", Site{BaseURL: "https://x.example/"}, good, "no title"},
		{"relative path", Site{Title: "t", BaseURL: "water/"}, good, "neither an absolute http(s) URL nor a path"},
		{"not http", Site{Title: "t", BaseURL: "ftp://x.example/"}, good, "neither an absolute http(s) URL nor a path"},
		{"no host", Site{Title: "t", BaseURL: "https:///water/"}, good, "neither an absolute http(s) URL nor a path"},
		{"bad start", testSite, withDate("4 March 2024", "2024-03-04"), `start date "4 March 2024"`},
		{"bad end", testSite, withDate("2024-03-04", "2024-13-01"), `end date "2024-13-01"`},
		{"end before start", testSite, withDate("2024-03-04", "2024-03-01"), "before start date"},
		{"no id", testSite, noID, "has no id"},
	} {
		files, err := Files(tc.site, tc.evs)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
		if files != nil {
			t.Errorf("%s: Files returned files with an error", tc.name)
		}
	}
}

func TestAbs(t *testing.T) {
	for _, tc := range []struct {
		base, rel, want, reason string
	}{
		{"https://x.example/water", "events/a/", "https://x.example/water/events/a/", "a base without its final slash is a folder"},
		{"https://x.example/water/", "articles/a/#s4", "https://x.example/water/articles/a/#s4", "the sentence anchor is kept"},
		{"https://x.example/water/", "/events/a/", "https://x.example/water/events/a/", "a leading slash stays under the base"},
		{"https://x.example", "events/a/", "https://x.example/events/a/", "a bare host"},
		{"https://x.example/?q=1#top", "feed.atom", "https://x.example/feed.atom", "the base's query and fragment are dropped"},
		{"/news", "events/a/", "/news/events/a/", "a path-only base gives root-relative links"},
		{"", "articles/a/#s1", "/articles/a/#s1", "no base URL is the root"},
	} {
		s, err := newSite(Site{Title: "t", BaseURL: tc.base})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.abs(tc.rel); got != tc.want {
			t.Errorf("abs(%q) against %q = %q, want %q: %s", tc.rel, tc.base, got, tc.want, tc.reason)
		}
	}
}

func ExampleLinks() {
	for _, l := range Links() {
		fmt.Println(l.Name, l.Type, l.Feed)
	}
	// Output:
	// feed.atom application/atom+xml true
	// feed.json application/feed+json true
	// timeline.ics text/calendar false
	// timelinejs.json application/json false
}

func ExampleCalendar() {
	b, err := Calendar(Site{Title: "Riverton water", BaseURL: "https://news.example/water/"}, []events.Event{{
		ID: "2024-03-04-council-vote", Title: "Council votes; opponents walk out", URL: "events/2024-03-04-council-vote/",
		Date:   events.Date{Start: "2024-03-04", End: "2024-03-05", Label: "4–5 March 2024"},
		Places: []string{"Riverton", "City Hall"},
		Sources: []events.Source{{Publisher: "Riverton Ledger", Published: "2024-03-06",
			URL: "articles/vote/#s2", Quote: "The vote was on Monday."}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(string(b), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//newsroom//timeline//EN
	// CALSCALE:GREGORIAN
	// NAME:Riverton water
	// X-WR-CALNAME:Riverton water
	// URL:https://news.example/water/
	// REFRESH-INTERVAL;VALUE=DURATION:PT12H
	// X-PUBLISHED-TTL:PT12H
	// BEGIN:VEVENT
	// UID:2024-03-04-council-vote@news.example
	// DTSTAMP:20240306T000000Z
	// DTSTART;VALUE=DATE:20240304
	// DTEND;VALUE=DATE:20240306
	// SUMMARY:Council votes\; opponents walk out
	// LOCATION:Riverton\, City Hall
	// DESCRIPTION:When: 4–5 March 2024\nWhere: Riverton\, City
	//   Hall\n\nSources:\n- Riverton Ledger\, 6 March 2024: “The vote was on
	//   Monday.”\nhttps://news.example/water/articles/vote/#s2\n\nhttps://news.
	//  example/water/events/2024-03-04-council-vote/
	// URL:https://news.example/water/events/2024-03-04-council-vote/
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
}

// TestPathOnlyBaseURL: a preview build without a host still gets valid
// files, with root-relative links in the feeds, absolute ids, and no links in
// the calendar (which could not resolve them).
func TestPathOnlyBaseURL(t *testing.T) {
	site := testSite
	site.BaseURL = "/water"
	files, err := Files(site, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	f, err := (&atom.Parser{}).Parse(bytes.NewReader(files[AtomName]))
	if err != nil {
		t.Fatal(err)
	}
	if f.ID != "tag:localhost,1970-01-01:water/feed.atom" {
		t.Errorf("feed id = %q, want an absolute IRI", f.ID)
	}
	e := f.Entries[0]
	if e.ID != "tag:localhost,2024-05-20:events/2024-05-20-hearing" || e.Links[0].Href != "/water/events/2024-05-20-hearing/" {
		t.Errorf("entry id, link = %q, %q", e.ID, e.Links[0].Href)
	}
	checkICSLines(t, files[CalendarName])
	cal := decodeICS(t, files[CalendarName])
	if cal.Props.Get("URL") != nil {
		t.Errorf("the calendar has a URL with a path-only base URL")
	}
	for _, ev := range cal.Events() {
		if ev.Props.Get("URL") != nil {
			t.Errorf("%s has a URL", text(t, ev.Component, "UID"))
		}
		if d := text(t, ev.Component, "DESCRIPTION"); strings.Contains(d, "/water/") {
			t.Errorf("DESCRIPTION has a link a calendar cannot resolve: %q", d)
		}
	}
	for _, p := range validateTimelineJS(files[TimelineJSName]) {
		t.Error(p)
	}
}

// BenchmarkFiles writes the four files for a large timeline: 1,000 events of
// three sources each.
func BenchmarkFiles(b *testing.B) {
	base := testEvents()[0]
	evs := make([]events.Event, 1000)
	for i := range evs {
		ev := base
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		ev.ID = day.Format(time.DateOnly) + "-event"
		ev.Date.Start, ev.Date.End = day.Format(time.DateOnly), day.Format(time.DateOnly)
		ev.URL = "events/" + ev.ID + "/"
		ev.Sources = append(slices.Clone(base.Sources), base.Sources[0])
		evs[i] = ev
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Files(testSite, evs); err != nil {
			b.Fatal(err)
		}
	}
}

// TestQuotesWithoutDateline: a source's quote in the feeds and the calendar
// leaves out the dateline that opens the article ("VIENNA (APA) —"), as the
// pages do.
func TestQuotesWithoutDateline(t *testing.T) {
	ev := testEvents()[0]
	ev.Sources = append([]events.Source(nil), ev.Sources...)
	ev.Sources[0].Quote = "VIENNA (APA) — Floodwaters breached a levee near Tulln."
	files, err := Files(testSite, []events.Event{ev})
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		s := string(b)
		if strings.Contains(s, "VIENNA") || strings.Contains(s, "(APA)") {
			t.Errorf("%s shows the dateline of a quote", name)
		}
		if name != TimelineJSName && !strings.Contains(s, "Floodwaters breached a levee") {
			t.Errorf("%s lost the quote", name)
		}
	}
}

func TestDayLabel(t *testing.T) {
	for _, tc := range []struct{ in, want, why string }{
		{"2024-03-05", "5 March 2024", "a day in words, as the pages show it"},
		{"2024-03-18T00:30:00+01:00", "18 March 2024", "a timestamp keeps its own day, not UTC's"},
		{"", "", "no date"},
		{"last spring", "last spring", "unreadable: as written"},
		{"2025-02-30", "2025-02-30", "a day that does not exist: as written"},
		{"2024-02-29", "29 February 2024", "a leap day"},
		{" 0001-01-01 ", "1 January 0001", "space around, and the year as written"},
		{"2024-3-05", "2024-3-05", "a month of one digit is not a day time.Parse reads"},
	} {
		if got := dayLabel(tc.in); got != tc.want {
			t.Errorf("dayLabel(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.why)
		}
	}
}

// TestAbsConcatenates checks abs's shortcut for the site's own paths
// against resolving them as URLs, over bases and paths of every kind.
func TestAbsConcatenates(t *testing.T) {
	bases := []string{"", "/", "/news/", "/news", "https://x.example", "https://X.example:8080/a-b/c_d/", "https://x.example/a%20b/", "https://x.example/./a/", "https://x.example//a/", "http://u@x.example/w/", "https://x.example/é/"}
	rels := []string{"", "events/a/", "articles/a-b_c/#s4", "articles/a/#", "articles/a/#s/1", "/events/a/", "events//a/", "events/../a/", "events/./a/", "feed.atom", "a b/", "events/a/?q=1", "https://evil.example/", "articles/A/#S1"}
	for _, base := range bases {
		s, err := newSite(Site{Title: "t", BaseURL: base})
		if err != nil {
			t.Fatal(err)
		}
		slow := *s
		slow.prefix = "" // no shortcut
		for _, rel := range rels {
			if got, want := s.abs(rel), slow.abs(rel); got != want {
				t.Errorf("abs(%q) against %q = %q, resolving gives %q", rel, base, got, want)
			}
		}
	}
}
