package feed

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	jsonfeed "github.com/mmcdole/gofeed/json"

	"github.com/newsroom/timeline/timeline/events"
)

// wantEntry is what a feed reader should see of one event.
type wantEntry struct {
	id, link, title        string
	published, updated     string // RFC 3339
	sourceLinks            []string
	forbiddenSourceLinkSub string // a link that must not be there
}

// wantEntries are testEvents as entries, newest first.
var wantEntries = []wantEntry{
	{
		id:        "tag:news.example,2024-05-20:events/2024-05-20-hearing",
		link:      "https://news.example:8443/water/events/2024-05-20-hearing/",
		title:     "State hearing on water rights",
		published: "2024-05-20T00:00:00Z", updated: "2024-05-20T00:00:00Z", // no sources: the event's own day
	},
	{
		id:        "tag:news.example,2024-04-01:events/2024-04-pipeline-strike", // the id has no full date: the start date
		link:      "https://news.example:8443/water/events/2024-04-pipeline-strike/",
		title:     `<script>alert("x")</script> Pipeline workers strike`,
		published: "2024-05-02T00:00:00Z", updated: "2024-05-02T00:00:00Z",
		sourceLinks: []string{"https://news.example:8443/water/articles/strike/#s3"},
	},
	{
		id:        "tag:news.example,2024-03-11:events/2024-03-11-protest-in-zurich",
		link:      "https://news.example:8443/water/events/2024-03-11-protest-in-zurich/",
		title:     "Protest in Zürich über das Wasser — Łódź delegation joins 🌊",
		published: "2024-03-18T08:30:00Z", updated: "2024-03-18T08:30:00Z",
		sourceLinks: []string{"https://news.example:8443/water/articles/protest/#s1"},
	},
	{
		id:        "tag:news.example,2024-03-04:events/2024-03-04-council-vote",
		link:      "https://news.example:8443/water/events/2024-03-04-council-vote/",
		title:     `Council votes 5–4 on "Dam & Reservoir" plan`,
		published: "2024-03-05T00:00:00Z", updated: "2024-03-07T00:00:00Z",
		sourceLinks: []string{
			"https://news.example:8443/water/articles/council-vote/#s2",
			"https://ledger.example/a?id=1&page=2", // the original article
			"https://news.example:8443/water/articles/walkout/#s5",
		},
		forbiddenSourceLinkSub: "javascript:",
	},
}

// checkEntryHTML checks an entry's HTML content as a browser would read it:
// its links, in order, and nothing of the user's text turned into markup.
func checkEntryHTML(t *testing.T, w wantEntry, content string) {
	t.Helper()
	hrefs, foreign := htmlFacts(t, content)
	if len(foreign) > 0 {
		t.Errorf("%s: content has markup it should have escaped: %v\n%s", w.id, foreign, content)
	}
	want := append(slices.Clone(w.sourceLinks), w.link) // the sources, then the event page
	if !slices.Equal(hrefs, want) {
		t.Errorf("%s: content links = %q, want %q", w.id, hrefs, want)
	}
	for _, h := range hrefs {
		if w.forbiddenSourceLinkSub != "" && strings.Contains(h, w.forbiddenSourceLinkSub) {
			t.Errorf("%s: content links to %q", w.id, h)
		}
	}
}

func TestAtomParses(t *testing.T) {
	b, err := Atom(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "feed.atom", b)

	f, err := (&atom.Parser{}).Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("gofeed cannot parse the Atom feed: %v\n%s", err, b)
	}
	if f.Version != "1.0" {
		t.Errorf("version = %q, want Atom 1.0", f.Version)
	}
	if f.Title != testSite.Title {
		t.Errorf("feed title = %q, want %q", f.Title, testSite.Title)
	}
	if f.Language != "en" {
		t.Errorf("feed language = %q, want en", f.Language)
	}
	if f.ID != "https://news.example:8443/water/feed.atom" || f.Updated != "2024-05-20T00:00:00Z" {
		t.Errorf("feed id, updated = %q, %q", f.ID, f.Updated)
	}
	if len(f.Authors) != 1 || f.Authors[0].Name != "Riverton Ledger" {
		t.Errorf("feed authors = %+v, want the site's author (RFC 4287: a feed whose entries have none must have one)", f.Authors)
	}
	rels := map[string]string{}
	for _, l := range f.Links {
		rels[l.Rel] = l.Href
	}
	if rels["self"] != "https://news.example:8443/water/feed.atom" || rels["alternate"] != "https://news.example:8443/water/" {
		t.Errorf("feed links = %v, want self and alternate", rels)
	}
	if len(f.Entries) != len(wantEntries) {
		t.Fatalf("%d entries, want %d", len(f.Entries), len(wantEntries))
	}
	for i, w := range wantEntries {
		e := f.Entries[i]
		if e.ID != w.id || e.Title != w.title {
			t.Errorf("entry %d = %q %q, want %q %q", i, e.ID, e.Title, w.id, w.title)
		}
		if len(e.Links) != 1 || e.Links[0].Href != w.link || e.Links[0].Rel != "alternate" {
			t.Errorf("entry %d links = %+v, want the alternate %s", i, e.Links, w.link)
		}
		if e.Published != w.published || e.Updated != w.updated {
			t.Errorf("entry %d published, updated = %s, %s, want %s, %s", i, e.Published, e.Updated, w.published, w.updated)
		}
		if e.Content == nil || e.Content.Type != "html" {
			t.Fatalf("entry %d content = %+v, want html", i, e.Content)
		}
		checkEntryHTML(t, w, e.Content.Value)
	}
	if c := f.Entries[1].Categories; len(c) != 1 || c[0].Term != "strike" || c[0].Label != "Strikes and attacks" {
		t.Errorf("strike entry categories = %+v, want term strike labelled for readers", c)
	}
}

// TestFeedsThroughUniversalParser reads both feeds as a feed reader would,
// through gofeed's format-detecting parser.
func TestFeedsThroughUniversalParser(t *testing.T) {
	for _, tc := range []struct {
		name, feedType string
		write          func(Site, []events.Event) ([]byte, error)
	}{
		{"atom", "atom", Atom},
		{"json", "json", JSONFeed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.write(testSite, testEvents())
			if err != nil {
				t.Fatal(err)
			}
			f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("not a feed to gofeed: %v", err)
			}
			if f.FeedType != tc.feedType {
				t.Errorf("detected as %q, want %q", f.FeedType, tc.feedType)
			}
			var ids, links, titles []string
			for _, it := range f.Items {
				ids, links, titles = append(ids, it.GUID), append(links, it.Link), append(titles, it.Title)
			}
			for i, w := range wantEntries {
				if i >= len(f.Items) {
					t.Fatalf("%d items, want %d", len(f.Items), len(wantEntries))
				}
				if ids[i] != w.id || links[i] != w.link || titles[i] != w.title {
					t.Errorf("item %d = %q %q %q, want %q %q %q", i, ids[i], links[i], titles[i], w.id, w.link, w.title)
				}
				if got := f.Items[i].UpdatedParsed; got == nil || !got.Equal(mustTime(t, w.updated)) {
					t.Errorf("item %d updated = %v, want %s", i, got, w.updated)
				}
			}
		})
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func TestJSONFeedParses(t *testing.T) {
	b, err := JSONFeed(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "feed.json", b)

	f, err := (&jsonfeed.Parser{}).Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("gofeed cannot parse the JSON feed: %v\n%s", err, b)
	}
	if f.Version != "https://jsonfeed.org/version/1.1" {
		t.Errorf("version = %q, want JSON Feed 1.1", f.Version)
	}
	if f.Title != testSite.Title || f.HomePageURL != "https://news.example:8443/water/" ||
		f.FeedURL != "https://news.example:8443/water/feed.json" || f.Language != "en" {
		t.Errorf("feed = %q %q %q %q", f.Title, f.HomePageURL, f.FeedURL, f.Language)
	}
	if len(f.Authors) != 1 || f.Authors[0].Name != "Riverton Ledger" {
		t.Errorf("authors = %+v", f.Authors)
	}
	if len(f.Items) != len(wantEntries) {
		t.Fatalf("%d items, want %d", len(f.Items), len(wantEntries))
	}
	for i, w := range wantEntries {
		it := f.Items[i]
		if it.ID != w.id || it.URL != w.link || it.Title != w.title {
			t.Errorf("item %d = %q %q %q, want %q %q %q", i, it.ID, it.URL, it.Title, w.id, w.link, w.title)
		}
		if it.DatePublished != w.published || it.DateModified != w.updated {
			t.Errorf("item %d dates = %s, %s, want %s, %s", i, it.DatePublished, it.DateModified, w.published, w.updated)
		}
		checkEntryHTML(t, w, it.ContentHTML)
	}
	if tags := f.Items[3].Tags; !slices.Equal(tags, []string{"Riverton", "City Hall", "Ana Ruiz", "Tom O'Neil"}) {
		t.Errorf("council vote tags = %q, want its places then people", tags)
	}
}

// TestEmptyTimeline: a site without events still gets valid files, with
// "items" and "events" present as the formats require.
func TestEmptyTimeline(t *testing.T) {
	files, err := Files(testSite, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (&atom.Parser{}).Parse(bytes.NewReader(files[AtomName])); err != nil {
		t.Errorf("atom: %v", err)
	}
	if !bytes.Contains(files[AtomName], []byte("<updated>1970-01-01T00:00:00Z</updated>")) {
		t.Errorf("an empty Atom feed should be updated at the epoch, not at the build's time:\n%s", files[AtomName])
	}
	if _, err := ical.NewDecoder(bytes.NewReader(files[CalendarName])).Decode(); err != nil {
		t.Errorf("calendar: %v", err)
	}
	for _, name := range []string{JSONFeedName, TimelineJSName} {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(files[name], &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		key := map[string]string{JSONFeedName: "items", TimelineJSName: "events"}[name]
		if string(m[key]) != "[]" {
			t.Errorf("%s: %q = %s, want []", name, key, m[key])
		}
	}
}

// FuzzFeedsText feeds arbitrary user text (a title, a summary, a quote, a
// publisher and an original URL from front matter) through the Atom feed,
// the JSON Feed and TimelineJS: each must still parse, and no text may turn
// into markup or a link other than the ones this package writes.
func FuzzFeedsText(f *testing.F) {
	f.Add(`<script>alert(1)</script>`, `a & b "c" 'd'`, "]]><x>", `Publisher <img src=x onerror=alert(1)>`, "javascript:alert(1)")
	f.Add("\x00\x01\uFFFE", "\xff", "line\nbreak\r\n", "&amp;", "https://example.com/a?b=1&c=<2>")
	f.Add("", "", "", "", "data:text/html,<script>alert(1)</script>")
	f.Fuzz(func(t *testing.T, title, summary, quote, publisher, original string) {
		evs := testEvents()[:1]
		evs[0].Title, evs[0].Summary = title, summary
		evs[0].Sources = []events.Source{{Article: "a", Publisher: publisher, Published: "2024-03-05",
			URL: "articles/a/#s1", OriginalURL: original, Quote: quote}}
		files, err := Files(testSite, evs)
		if err != nil {
			t.Fatal(err)
		}
		af, err := (&atom.Parser{}).Parse(bytes.NewReader(files[AtomName]))
		if err != nil || len(af.Entries) != 1 {
			t.Fatalf("Atom: %v", err)
		}
		jf, err := (&jsonfeed.Parser{}).Parse(bytes.NewReader(files[JSONFeedName]))
		if err != nil || len(jf.Items) != 1 {
			t.Fatalf("JSON Feed: %v", err)
		}
		var tl tlTimeline
		if err := json.Unmarshal(files[TimelineJSName], &tl); err != nil || len(tl.Events) != 1 {
			t.Fatalf("TimelineJS: %v", err)
		}
		for where, frag := range map[string]string{
			"atom content":        af.Entries[0].Content.Value,
			"json content_html":   jf.Items[0].ContentHTML,
			"timelinejs headline": tl.Events[0].Text.Headline,
			"timelinejs text":     tl.Events[0].Text.Text,
		} {
			hrefs, foreign := htmlFacts(t, frag)
			if len(foreign) > 0 {
				t.Errorf("%s: user text became markup %v: %q", where, foreign, frag)
			}
			for _, h := range hrefs {
				if !strings.HasPrefix(h, "https://") && !strings.HasPrefix(h, "http://") {
					t.Errorf("%s: link %q is not http(s)", where, h)
				}
			}
		}
	})
}
