package render

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want, reason string }{
		{"Ines Calloway", "ines-calloway", "words joined by hyphens"},
		{"Élysée Palace", "elysee-palace", "accents removed"},
		{"Conor O'Brien", "conor-obrien", "an apostrophe joins"},
		{"  St. Louis,  MO ", "st-louis-mo", "punctuation and spaces collapse, no hyphen at the ends"},
		{"Київ", "киів", "a name with no ASCII form keeps its letters, accents removed"},
		{"G7", "g7", "digits are kept"},
		{"---", "", "nothing to keep"},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestEntities(t *testing.T) {
	evs := []*events.Event{
		{ID: "a", People: []string{"Zoe Adams", "Jose Diaz"}, Places: []string{"Paris"}},
		{ID: "b", People: []string{"José Díaz", "Zoe Adams", "Zoe Adams"}},
	}
	people, by := entities(evs, KindPerson)
	var got []string
	for _, e := range people {
		got = append(got, fmt.Sprintf("%s=%s:%d", e.Name, e.Page, len(e.Events)))
	}
	// Accents are ignored in sorting; two names with one slug keep two
	// pages; a name twice in one event counts once.
	want := "Jose Diaz=people/jose-diaz/:1 José Díaz=people/jose-diaz-2/:1 Zoe Adams=people/zoe-adams/:2"
	if strings.Join(got, " ") != want {
		t.Errorf("people = %q\nwant     %q", strings.Join(got, " "), want)
	}
	if by["Zoe Adams"] != people[2] {
		t.Error("the index by name does not find Zoe Adams")
	}
	places, _ := entities(evs, KindPlace)
	if len(places) != 1 || places[0].Page != "places/paris/" {
		t.Errorf("places = %+v", places)
	}
}

func TestDateTime(t *testing.T) {
	p := &Page{}
	for _, tc := range []struct {
		d      events.Date
		want   string
		reason string
	}{
		{events.Date{Value: "2025-11-30", Start: "2025-11-30"}, "2025-11-30", "a day"},
		{events.Date{Value: "2025-W48", Start: "2025-11-24"}, "2025-W48", "HTML has week strings"},
		{events.Date{Value: "2025-04", Start: "2025-04-01"}, "2025-04", "a month"},
		{events.Date{Value: "2025", Start: "2025-01-01"}, "2025", "a year"},
		{events.Date{Value: "2025-W48-WE", Start: "2025-11-29"}, "2025-11-29", "a weekend is no HTML date: its first day"},
		{events.Date{Value: "PAST_REF", Start: ""}, "", "no date at all"},
	} {
		if got := p.DateTime(tc.d); got != tc.want {
			t.Errorf("DateTime(%q) = %q, want %q (%s)", tc.d.Value, got, tc.want, tc.reason)
		}
	}
}

func TestQuote(t *testing.T) {
	p := &Page{}
	for _, tc := range []struct{ quote, expr, want, reason string }{
		{"They met on Sunday in Paris.", "on Sunday", "They met <mark>on Sunday</mark> in Paris.", "the expression is marked"},
		{"A <b> & C on Monday.", "on Monday", "A &lt;b&gt; &amp; C <mark>on Monday</mark>.", "the rest is escaped"},
		{"Said <i>today</i>.", "<i>today</i>", "Said <mark>&lt;i&gt;today&lt;/i&gt;</mark>.", "the expression too"},
		{"No date here.", "", "No date here.", "no expression"},
		{"Elsewhere.", "on Friday", "Elsewhere.", "an expression not in the quote"},
		{"VIENNA (APA) — Floodwaters rose on Sunday night.", "Sunday night", "Floodwaters rose on <mark>Sunday night</mark>.", "the dateline is the article's, not the quote's"},
		{"KYIV, Ukraine (AP) — Drones struck on Monday.", "on Monday", "Drones struck <mark>on Monday</mark>.", "a dateline with its country"},
		{"WASHINGTON — The Senate voted on Friday.", "on Friday", "The Senate voted <mark>on Friday</mark>.", "a dateline without agency"},
		{"NATO met on Friday.", "on Friday", "NATO met <mark>on Friday</mark>.", "an acronym opening a sentence is no dateline"},
	} {
		got := string(p.Quote(events.Source{Quote: tc.quote, Expression: tc.expr}))
		if got != tc.want {
			t.Errorf("Quote(%q, %q) = %q, want %q (%s)", tc.quote, tc.expr, got, tc.want, tc.reason)
		}
	}
}

// testSite is a small site: two articles, three events, one of them with
// markup in every field a user writes.
func testSite(t *testing.T, base string) *Site {
	t.Helper()
	day := func(s string) time.Time {
		d, _ := time.Parse("2006-01-02", s)
		return d
	}
	a := &content.Article{Slug: "storm", Meta: content.Meta{Title: "Storm hits the coast", Publisher: "Coast News", Date: day("2023-09-04"), URL: "https://coast.example/storm"},
		HTML: `<p><span class="s" id="s1">The storm hit Port Ellis on Saturday.</span> <span class="s" id="s2">Crews worked <em>all night</em>.</span></p>` + "\n" +
			`<p><span class="s" id="s3">The mayor spoke on Sunday.</span></p>`}
	b := &content.Article{Slug: "evil", Meta: content.Meta{Title: `</script><script>alert("t")</script>`, Date: day("2023-09-05")},
		HTML: `<p><span class="s" id="s1">It began on Friday &lt;script&gt;.</span></p>`}
	src := func(a *content.Article, id, quote, expr string) events.Source {
		return events.Source{Article: a.Slug, Title: a.Meta.Title, Publisher: a.Meta.Publisher, Published: a.Meta.Date.Format("2006-01-02"),
			URL: "articles/" + a.Slug + "/#" + id, OriginalURL: a.Meta.URL, Quote: quote, Expression: expr}
	}
	d := func(s, label string) events.Date {
		return events.Date{Value: s, Start: s, End: s, Granularity: "day", Label: label}
	}
	evs := []events.Event{
		{ID: "2023-09-02-storm-hits-port-ellis", Title: "Storm hits Port Ellis", Date: d("2023-09-02", "Saturday, 2 September 2023"),
			Readings: []events.Date{d("2023-09-02", "Saturday, 2 September 2023"), d("2023-09-01", "Friday, 1 September 2023")},
			Places:   []string{"Port Ellis"}, URL: "events/2023-09-02-storm-hits-port-ellis/",
			Sources: []events.Source{src(a, "s1", "The storm hit Port Ellis on Saturday.", "on Saturday"), src(b, "s1", "It began on Friday <script>.", "on Friday")}},
		{ID: "2023-09-03-mayor-speaks", Title: "Mayor speaks", Date: d("2023-09-03", "Sunday, 3 September 2023"),
			People: []string{"Ana Ruiz"}, Places: []string{"Port Ellis"}, URL: "events/2023-09-03-mayor-speaks/",
			Sources: []events.Source{src(a, "s3", "The mayor spoke on Sunday.", "on Sunday")}},
		{ID: "2023-09-01-evil", Title: `</script><script>alert("e")</script><!--`, Summary: `"}]</script>`, Date: d("2023-09-01", "Friday, 1 September 2023"),
			People: []string{`<img src=x onerror=alert(1)>`}, Places: []string{`</script>`}, URL: "events/2023-09-01-evil/",
			Sources: []events.Source{src(b, "s1", "It began on Friday <script>.", "on Friday")}},
	}
	s, err := NewSite(Config{Title: "Storm", BaseURL: base}, []*content.Article{a, b}, evs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// renderSite renders s with the built-in templates into path -> document.
func renderSite(t *testing.T, s *Site) map[string]string {
	t.Helper()
	files, err := Render(context.Background(), s, NewTemplates("", templates.FS()), Generators())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		out[f.Path] = string(f.Data)
	}
	return out
}

func TestArticleBodyMarksCitedSentences(t *testing.T) {
	s := testSite(t, "/")
	files := renderSite(t, s)
	// sentence id -> its class and the event links after it
	type mark struct {
		class string
		links []string // "href text"
	}
	marks := func(doc string) map[string]mark {
		m := map[string]mark{}
		walk(t, doc, func(n *html.Node) {
			if n.DataAtom != atom.Span || !strings.HasPrefix(attrOf(n, "id"), "s") {
				return
			}
			mk := mark{class: attrOf(n, "class")}
			for c := n.NextSibling; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
					continue
				}
				if c.DataAtom != atom.A || attrOf(c, "class") != "ev" {
					break
				}
				mk.links = append(mk.links, attrOf(c, "href")+" "+c.FirstChild.Data)
			}
			m[attrOf(n, "id")] = mk
		})
		return m
	}
	got := marks(files["articles/storm/index.html"])
	want := map[string]mark{
		"s1": {"s cited", []string{"../../events/2023-09-02-storm-hits-port-ellis/index.html Storm hits Port Ellis"}},
		"s2": {"s", nil},
		"s3": {"s cited", []string{"../../events/2023-09-03-mayor-speaks/index.html Mayor speaks"}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("storm article sentences:\n got %v\nwant %v", got, want)
	}
	// A sentence cited by two events links to both, in timeline order; an
	// event title with markup stays text.
	got = marks(files["articles/evil/index.html"])
	want = map[string]mark{"s1": {"s cited", []string{
		`../../events/2023-09-01-evil/index.html </script><script>alert("e")</script><!--`,
		"../../events/2023-09-02-storm-hits-port-ellis/index.html Storm hits Port Ellis",
	}}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("evil article sentences:\n got %v\nwant %v", got, want)
	}
	walk(t, files["articles/evil/index.html"], func(n *html.Node) {
		if n.DataAtom == atom.Script {
			t.Error("evil article: a live <script>")
		}
	})
}

// TestJSONLDCannotBreakOut checks that an event's JSON-LD, whatever its
// text, stays inside its script element and decodes to the same text.
func TestJSONLDCannotBreakOut(t *testing.T) {
	s := testSite(t, "https://example.org/storm/")
	files := renderSite(t, s)
	for _, e := range s.Events {
		doc := files[e.URL+"index.html"]
		var scripts []string
		walk(t, doc, func(n *html.Node) {
			if n.DataAtom == atom.Script {
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					b.WriteString(c.Data)
				}
				scripts = append(scripts, attrOf(n, "type")+" "+b.String())
			}
		})
		if len(scripts) != 1 || !strings.HasPrefix(scripts[0], "application/ld+json ") {
			t.Errorf("%s: scripts %q, want the one JSON-LD", e.ID, scripts)
			continue
		}
		var ld struct {
			Type, Name, Description string
			Location                []struct{ Name string }
			Attendee                []struct{ Name string }
		}
		body := strings.TrimPrefix(scripts[0], "application/ld+json ")
		if err := json.Unmarshal([]byte(body), &ld); err != nil {
			t.Errorf("%s: JSON-LD does not decode: %v\n%s", e.ID, err, body)
			continue
		}
		if ld.Name != e.Title || ld.Description != e.Summary {
			t.Errorf("%s: JSON-LD name %q, description %q; want %q, %q", e.ID, ld.Name, ld.Description, e.Title, e.Summary)
		}
		if len(ld.Attendee) != len(e.People) || len(ld.Location) != len(e.Places) {
			t.Errorf("%s: JSON-LD people %v, places %v", e.ID, ld.Attendee, ld.Location)
		}
	}
}

// TestLinksResolve follows every link, stylesheet and script of every page
// to a file of the site, and every fragment to an id in it.
func TestLinksResolve(t *testing.T) {
	for _, base := range []string{"/", "/news/storm/", "https://example.org/storm/"} {
		s := testSite(t, base)
		files := renderSite(t, s)
		ids := map[string]map[string]bool{}
		for p, doc := range files {
			if strings.HasSuffix(p, ".html") {
				ids[p] = map[string]bool{}
				walk(t, doc, func(n *html.Node) {
					if id := attrOf(n, "id"); id != "" {
						ids[p][id] = true
					}
				})
			}
		}
		for p, doc := range files {
			if !strings.HasSuffix(p, ".html") {
				continue
			}
			walk(t, doc, func(n *html.Node) {
				ref := attrOf(n, "href")
				if n.DataAtom == atom.Script {
					ref = attrOf(n, "src")
				}
				if ref == "" || (n.DataAtom != atom.A && n.DataAtom != atom.Link && n.DataAtom != atom.Script) {
					return
				}
				u, err := url.Parse(ref)
				if err != nil {
					t.Errorf("%s (base %s): bad link %q", p, base, ref)
					return
				}
				if u.Host != "" && u.Host != "example.org" || attrOf(n, "rel") == "canonical" || u.Scheme == "https" && strings.HasSuffix(u.Host, ".example") {
					return // the original articles, or the canonical URL
				}
				target := u.Path
				switch {
				case u.Host != "":
					target = strings.TrimPrefix(u.Path, "/storm/")
				case strings.HasPrefix(u.Path, "/"):
					target = strings.TrimPrefix(u.Path, s.BaseURL.Path)
				case u.Path == "":
					target = p
				default:
					if p == "404.html" {
						t.Errorf("404.html (base %s): relative link %q breaks where the page is served", base, ref)
					}
					target = path.Join(path.Dir(p), u.Path)
				}
				if target == "" || strings.HasSuffix(target, "/") {
					target += "index.html"
				}
				if _, ok := files[target]; !ok {
					t.Errorf("%s (base %s): link %q to missing %s", p, base, ref, target)
					return
				}
				if u.Fragment != "" && !ids[target][u.Fragment] {
					t.Errorf("%s (base %s): link %q to missing #%s in %s", p, base, ref, u.Fragment, target)
				}
			})
		}
		for _, want := range []string{"people/index.html", "places/index.html", "people/ana-ruiz/index.html", "places/port-ellis/index.html", "style.css", "filter.js", "favicon.svg"} {
			if _, ok := files[want]; !ok {
				t.Errorf("base %s: no %s", base, want)
			}
		}
	}
}

func walk(t *testing.T, doc string, f func(*html.Node)) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode {
			f(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(root)
}

func attrOf(n *html.Node, key string) string { return attr(n, key) }

func TestValueLabel(t *testing.T) {
	p := &Page{}
	for _, tc := range []struct{ in, want, why string }{
		{"2024-03-09", "9 March 2024", "a day"},
		{"2024-03", "March 2024", "a month"},
		{"2024-W05", "week of 29 January 2024", "a week starts on its Monday"},
		{"2025-W01", "week of 30 December 2024", "ISO week 1 can start in the year before"},
		{"2024", "2024", "a year"},
		{"2025-W48-WE", "weekend of 29 November 2025", "a weekend starts on its Saturday"},
		{"2024-09-15TNI", "the night of 15 September 2024", "a part of a day is named, not shown as TNI"},
		{"2024-09-15TMO", "the morning of 15 September 2024", "morning"},
		{"2024-09-15TAF", "the afternoon of 15 September 2024", "afternoon"},
		{"2024-09-15TEV", "the evening of 15 September 2024", "evening"},
		{"2024-09-15TDT", "during the day on 15 September 2024", "daytime"},
		{"2024-09-15T14:30", "15 September 2024, 14:30", "a clock time"},
		{"2024-09-15T09", "15 September 2024, 09:00", "an hour alone"},
		{"2024-Q3", "the third quarter of 2024", "a quarter"},
		{"2024-H1", "the first half of 2024", "a half year"},
		{"2024-SU", "summer 2024", "a season"},
		{"2024-WI", "winter 2024–25", "winter runs into the next year"},
		{"199", "the 1990s", "a decade"},
		{"19", "the 20th century", "a century: 19 is 1900-1999"},
		{"PAST_REF", "the past", "a vague reference in words"},
		{"2024-W54", "", "no week 54: nothing rather than TimeML"},
		{"2021-W53", "", "2021 has no week 53"},
		{"2020-W53", "week of 28 December 2020", "2020 has a week 53"},
		{"XXXX-WXX-1", "", "a set is no date"},
		{"P3D", "", "a duration is no date"},
		{"2024-13-01", "", "malformed"},
	} {
		got := p.ValueLabel(tc.in)
		if got != tc.want {
			t.Errorf("ValueLabel(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.why)
		}
		if got != "" && got == tc.in && len(got) != 4 {
			t.Errorf("ValueLabel(%q) shows the TIMEX value itself", tc.in)
		}
	}
}

func TestReadings(t *testing.T) {
	s := testSite(t, "/")
	p := NewPage(s, "index.html")
	// The fixture's sources have no values: readings name no source.
	e := *s.Events[1]
	e.Sources = append([]events.Source(nil), e.Sources...)
	e.Sources[0].Value, e.Sources[1].Value = "2023-09-02", "2023-09-01"
	got := fmt.Sprint(p.Readings(&e))
	want := "[{Saturday, 2 September 2023 [Coast News]} {Friday, 1 September 2023 [</script><script>alert(\"t\")</script>]}]"
	if got != want {
		t.Errorf("Readings = %s\nwant       %s", got, want)
	}
	if r := p.Readings(s.Events[2]); r != nil {
		t.Errorf("an event whose sources agree has readings %v", r)
	}
}

func TestYearsGroupByStartMonth(t *testing.T) {
	d := func(start, end string) *events.Event {
		return &events.Event{ID: start + end, Date: events.Date{Start: start, End: end}}
	}
	evs := []*events.Event{
		d("2025-11-24", "2025-11-30"), // a week inside November
		d("2025-11-30", "2025-12-01"), // across the month's end, still November
		d("2025-12-01", "2025-12-01"),
		d("2025-12-01", "2026-02-28"), // a season: no month
		d("2026-01-01", "2026-12-31"), // a year: no month
	}
	var got []string
	for _, y := range years(evs) {
		for _, m := range y.Months {
			got = append(got, fmt.Sprintf("%s/%s:%d", y.Year, m.Name, len(m.Events)))
		}
	}
	want := "2025/November 2025:2 2025/December 2025:1 2025/:1 2026/:1"
	if strings.Join(got, " ") != want {
		t.Errorf("years = %q, want %q", strings.Join(got, " "), want)
	}
}

// FuzzSlug checks that any name gives a slug that is one safe path
// segment: letters, digits and single inner hyphens, nothing else.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Ines Calloway", "Élysée Palace", "../../etc/passwd", "a/b\\c", "Київ", "  -x- ", "\x00\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s := Slug(name)
		if strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") || strings.Contains(s, "--") {
			t.Errorf("Slug(%q) = %q: stray hyphen", name, s)
		}
		for _, r := range s {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Errorf("Slug(%q) = %q holds %q", name, s, r)
			}
		}
		if s != Slug(s) {
			t.Errorf("Slug is not idempotent: Slug(%q) = %q, Slug(that) = %q", name, s, Slug(s))
		}
	})
}

func TestDefaultDescriptionCountsEvents(t *testing.T) {
	s := testSite(t, "/")
	for _, tc := range []struct {
		n    int
		want string
	}{
		{3, "A timeline of 3 events,"},
		{1, "A timeline of 1 event,"},
	} {
		s.Events = s.Events[:tc.n]
		if got := indexPage(s, "index.html").Description; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%d events: description %q, want it to start %q (no '1 events')", tc.n, got, tc.want)
		}
	}
}

// Only the index counts the events: an article's or an event's page must
// not change, and be uploaded again, because another article added an
// event.
func TestDefaultDescriptionOfOtherPagesHasNoCount(t *testing.T) {
	s := testSite(t, "/")
	before := NewPage(s, "articles/x/index.html").Description
	s.Events = s.Events[:1]
	if after := NewPage(s, "articles/x/index.html").Description; after != before || strings.ContainsAny(after, "0123456789") {
		t.Errorf("article page description %q with all events, %q with one: want the same, with no count", before, after)
	}
}

// TestIsDatetimeAndDay checks isDatetime against the regular expression
// it stands for, and Day's shortcut against time.Parse and Format.
func TestIsDatetimeAndDay(t *testing.T) {
	re := regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$`)
	p := &Page{}
	for _, s := range []string{"", "2025", "2025-11", "2025-11-30", "2025-W48", "2025-W4", "2025-11-3", "2025-1130", "20251130", "2025-11-30T10:00", "XXXX", "2025-SU", "2025-Q1", "PRESENT_REF", "0000-01-01", "2025-02-29", "2024-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-04-00", "9999-12-31", "2025-W53", "１２３４", "2025-11-30 ", " 2025"} {
		if got, want := isDatetime(s), re.MatchString(s); got != want {
			t.Errorf("isDatetime(%q) = %v, the expression says %v", s, got, want)
		}
		want := s
		if d, err := time.Parse("2006-01-02", s); err == nil {
			want = d.Format("2 January 2006")
		}
		if got := p.Day(s); got != want {
			t.Errorf("Day(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSourcesGroups checks Page.Sources against grouping done the plain
// way: one group an article, in order of first appearance, each with its
// sources in the event's order, whether an article's sources are together
// or spread, for few sources and for many (a map finds the groups then).
func TestSourcesGroups(t *testing.T) {
	s, err := NewSite(Config{Title: "T"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := NewPage(s, "events/x/index.html")
	for _, order := range []string{"", "a", "aab", "abb", "aba", "abcabc", "aaabbbccc", "abcdefghijklmnopqrstuvwxyza", "aabbccddeeffgghhiijj"} {
		e := &events.Event{}
		for i, c := range order {
			e.Sources = append(e.Sources, events.Source{Article: string(c), URL: fmt.Sprint("articles/", string(c), "/#s", i), OriginalURL: "https://x.example/" + string(c)})
		}
		var want []SourceGroup
		for _, src := range e.Sources {
			i := slices.IndexFunc(want, func(g SourceGroup) bool { return g.Article == src.Article })
			if i < 0 {
				i = len(want)
				want = append(want, SourceGroup{Article: src.Article, OriginalURL: src.OriginalURL})
			}
			want[i].Cites = append(want[i].Cites, src)
		}
		if diff := cmp.Diff(want, p.Sources(e)); diff != "" {
			t.Errorf("sources %q: groups differ (-want +got):\n%s", order, diff)
		}
	}
}
