package events

import (
	"errors"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events/gazetteer"
	"github.com/newsroom/timeline/timeline/timex"
)

// m makes a mention for merge tests.
func m(article, sentence, expr, value, kind string, places, people []string) Mention {
	tx := parseTag(value)
	tx.Text = expr
	return Mention{Article: article, Sentence: sentence, Quote: "Quote " + article + " " + sentence + ".", Expression: expr,
		Timex: tx, Trigger: "met", Kind: kind, Places: places, People: people}
}

func arts(slugs ...string) map[string]*content.Article {
	out := map[string]*content.Article{}
	for i, s := range slugs {
		a := article(s, "2025-12-01", "One. Two. Three.")
		a.Meta.Date = a.Meta.Date.AddDate(0, 0, i)
		out[s] = a
	}
	return out
}

func TestMergeDates(t *testing.T) {
	tests := []struct {
		reason   string
		ms       []Mention
		events   int
		label    string
		value    string
		approx   bool
		readings int
	}{
		{
			reason: "over the weekend + on Sunday give that Sunday",
			ms: []Mention{
				m("a", "s1", "over the weekend", "2025-W48-WE", KindTalks, []string{"Florida"}, nil),
				m("b", "s2", "on Sunday", "2025-11-30", KindTalks, []string{"Florida"}, nil),
			},
			events: 1, label: "Sunday, 30 November 2025", value: "2025-11-30",
		},
		{
			reason: "last week + Sunday, 23 November give 23 November",
			ms: []Mention{
				m("a", "s1", "last week", "2025-W47", KindTalks, []string{"Geneva"}, nil),
				m("b", "s2", "Sunday, 23 November", "2025-11-23", KindTalks, []string{"Geneva"}, nil),
			},
			events: 1, label: "Sunday, 23 November 2025", value: "2025-11-23",
		},
		{
			reason: "an approximate day is finer than a week and says so",
			ms: []Mention{
				m("a", "s1", "a week ago", "2025-11-24 APPROX", KindTalks, []string{"Geneva"}, nil),
				m("b", "s2", "last week", "2025-W48", KindTalks, []string{"Geneva"}, nil),
			},
			events: 1, label: "around 24 November 2025", value: "2025-11-24", approx: true,
		},
		{
			reason: "sources a day apart on the same talks disagree: both readings kept, the majority's chosen",
			ms: []Mention{
				m("a", "s1", "on Tuesday", "2026-03-10", KindTalks, []string{"Brussels"}, []string{"Maros Sefcovic"}),
				m("b", "s1", "on Tuesday", "2026-03-10", KindTalks, []string{"Brussels"}, []string{"Maros Sefcovic"}),
				m("c", "s4", "on March 11", "2026-03-11", KindTalks, []string{"Brussels"}, []string{"Maros Sefcovic"}),
			},
			events: 1, label: "Tuesday, 10 March 2026", value: "2026-03-10", readings: 2,
		},
		{
			reason: "the same place months apart is two events",
			ms: []Mention{
				m("a", "s1", "on Thursday", "2025-04-17", KindTalks, []string{"Paris"}, []string{"Marco Rubio"}),
				m("b", "s1", "on Monday", "2025-12-01", KindTalks, []string{"Paris"}, []string{"Marco Rubio"}),
			},
			events: 2,
		},
		{
			reason: "the same day, different places and people, is two events",
			ms: []Mention{
				m("a", "s1", "on Monday", "2025-12-01", KindStrike, []string{"Dnipro"}, nil),
				m("b", "s1", "on Monday", "2025-12-01", KindTalks, []string{"Paris"}, []string{"Emmanuel Macron"}),
			},
			events: 2,
		},
		{
			reason: "the same people doing the same thing with no place named join",
			ms: []Mention{
				m("a", "s1", "on Tuesday", "2025-12-02", KindTalks, []string{"Moscow"}, []string{"Steve Witkoff", "Vladimir Putin"}),
				m("b", "s3", "Tuesday", "2025-12-02", KindTalks, nil, []string{"Vladimir Putin", "Steve Witkoff"}),
			},
			events: 1, label: "Tuesday, 2 December 2025", value: "2025-12-02",
		},
		{
			reason: "strikes on different towns the same day stay apart",
			ms: []Mention{
				m("a", "s1", "on Monday", "2025-12-01", KindStrike, []string{"Dnipro"}, nil),
				m("b", "s1", "on Monday", "2025-12-01", KindStrike, []string{"Kharkiv"}, nil),
			},
			events: 2,
		},
	}
	for _, tt := range tests {
		evs, err := Merge(tt.ms, arts("a", "b", "c"), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.reason, err)
		}
		if len(evs) != tt.events {
			t.Errorf("%s: %d events, want %d: %+v", tt.reason, len(evs), tt.events, evs)
			continue
		}
		if tt.events != 1 {
			continue
		}
		e := evs[0]
		if e.Date.Label != tt.label || e.Date.Value != tt.value || e.Date.Approximate != tt.approx || len(e.Readings) != tt.readings {
			t.Errorf("%s: date %+v with %d readings; want %q %s approx=%v, %d readings", tt.reason, e.Date, len(e.Readings), tt.label, tt.value, tt.approx, tt.readings)
		}
		if len(e.Sources) != len(tt.ms) {
			t.Errorf("%s: %d sources, want %d", tt.reason, len(e.Sources), len(tt.ms))
		}
	}
}

func TestMergeEventFields(t *testing.T) {
	ms := []Mention{
		m("b", "s2", "on Monday", "2025-12-01", KindTalks, []string{"Paris"}, []string{"Volodymyr Zelensky", "Emmanuel Macron"}),
		m("a", "s1", "on Monday", "2025-12-01", KindTalks, []string{"Paris"}, []string{"Volodymyr Zelensky", "Emmanuel Macron"}),
	}
	ms[0].Countries = map[string]string{"Emmanuel Macron": "France"}
	evs, err := Merge(ms, arts("a", "b"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Event{
		ID:      "2025-12-01-zelensky-meets-macron-in-paris",
		Title:   "Zelensky meets Macron in Paris",
		Summary: "Quote b s2.",
		Kind:    KindTalks,
		Date:    Date{Value: "2025-12-01", Start: "2025-12-01", End: "2025-12-01", Granularity: "day", Label: "Monday, 1 December 2025"},
		Places:  []string{"Paris"},
		People:  []string{"Volodymyr Zelensky", "Emmanuel Macron"},
		URL:     "events/2025-12-01-zelensky-meets-macron-in-paris/",
		Sources: []Source{
			{Article: "a", Title: "Title of a", Published: "2025-12-01", URL: "articles/a/#s1", Quote: "Quote a s1.", Expression: "on Monday", Value: "2025-12-01"},
			{Article: "b", Title: "Title of b", Published: "2025-12-02", URL: "articles/b/#s2", Quote: "Quote b s2.", Expression: "on Monday", Value: "2025-12-01"},
		},
	}
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	evs[0].Summary = want.Summary // either quote is as clear
	if d := cmp.Diff(want, evs[0]); d != "" {
		t.Errorf("event (-want +got):\n%s", d)
	}
}

func TestTitles(t *testing.T) {
	tests := []struct {
		reason string
		ms     []Mention
		want   string
	}{
		{"talks at a place with no principals", []Mention{
			m("a", "s1", "x", "2025-11-30", KindTalks, []string{"Florida"}, nil),
			m("b", "s1", "x", "2025-11-30", KindTalks, []string{"Florida"}, []string{"Rustem Umerov"}),
			m("c", "s1", "x", "2025-11-30", KindTalks, []string{"Florida"}, nil),
		}, "Florida talks"},
		{"the host goes last", []Mention{
			withCountries(m("a", "s1", "x", "2025-12-02", KindTalks, []string{"Moscow"}, []string{"Vladimir Putin", "Steve Witkoff"}), "Vladimir Putin", "Russia"),
		}, "Witkoff meets Putin in Moscow"},
		{"a strike with its weapon", []Mention{
			withDetail(m("a", "s1", "x", "2025-04-13", KindStrike, []string{"Sumy"}, nil), "missile"),
		}, "Sumy missile strike"},
		{"a meeting when the sources call it so", []Mention{
			withDetail(m("a", "s1", "x", "2025-04-17", KindTalks, []string{"Élysée Palace"}, nil), "meeting"),
		}, "Paris meeting"},
		{"a visit", []Mention{
			m("a", "s1", "x", "2025-12-02", KindTrip, []string{"Ireland"}, []string{"Volodymyr Zelensky"}),
		}, "Zelensky visits Ireland"},
		{"a statement by its speaker", []Mention{
			m("a", "s1", "x", "2025-11-30", KindStatement, nil, []string{"Rustem Umerov"}),
		}, "Umerov statement"},
		{"an editor's title wins", []Mention{
			withTitle(m("a", "s1", "x", "2025-11-30", KindTalks, []string{"Florida"}, nil), "Hallandale Beach talks"),
		}, "Hallandale Beach talks"},
	}
	for _, tt := range tests {
		evs, err := Merge(tt.ms, arts("a", "b", "c"), Options{})
		if err != nil || len(evs) != 1 {
			t.Fatalf("%s: %v, %d events", tt.reason, err, len(evs))
		}
		if evs[0].Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.reason, evs[0].Title, tt.want)
		}
	}
}

func withCountries(x Mention, person, country string) Mention {
	x.Countries = map[string]string{person: country}
	return x
}
func withDetail(x Mention, d string) Mention { x.Detail = d; return x }
func withTitle(x Mention, s string) Mention  { x.Title = s; return x }

// TestMergeStable checks that the result does not depend on the order of
// the mentions, and that ids survive the addition of other articles.
func TestMergeStable(t *testing.T) {
	base := []Mention{
		m("a", "s1", "over the weekend", "2025-W48-WE", KindTalks, []string{"Florida"}, nil),
		m("b", "s2", "on Sunday", "2025-11-30", KindTalks, []string{"Florida"}, nil),
		m("a", "s3", "on Monday", "2025-12-01", KindStrike, []string{"Dnipro"}, nil),
		m("b", "s4", "on Tuesday", "2025-12-02", KindTalks, []string{"Moscow"}, []string{"Steve Witkoff"}),
	}
	first, _ := Merge(base, arts("a", "b", "c"), Options{})
	r := rand.New(rand.NewSource(1))
	for range 20 {
		shuffled := slices.Clone(base)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, _ := Merge(shuffled, arts("a", "b", "c"), Options{})
		if d := cmp.Diff(first, got); d != "" {
			t.Fatalf("order changed the result:\n%s", d)
		}
	}
	more := append(slices.Clone(base),
		m("c", "s1", "on Saturday", "2025-11-29", KindTalks, []string{"Florida"}, nil),
		m("c", "s2", "on Friday", "2025-11-28", KindStrike, []string{"Odesa"}, nil))
	after, _ := Merge(more, arts("a", "b", "c"), Options{})
	ids := map[string]bool{}
	for _, e := range after {
		ids[e.ID] = true
	}
	for _, e := range first {
		if !ids[e.ID] && e.Kind != KindTalks {
			t.Errorf("id %s lost when an article was added", e.ID)
		}
	}
	if !ids["2025-12-02-witkoff-talks"] && !ids["2025-12-02-moscow-talks"] {
		t.Errorf("ids after adding: %v", ids)
	}
	for i := 1; i < len(after); i++ {
		if after[i-1].Date.Start > after[i].Date.Start || after[i-1].Date.Start == after[i].Date.Start && after[i-1].ID > after[i].ID {
			t.Errorf("events not sorted by start then id: %s before %s", after[i-1].ID, after[i].ID)
		}
	}
}

func TestCorrections(t *testing.T) {
	ms := []Mention{
		m("a", "s1", "on Monday", "2025-12-01", KindTalks, []string{"Paris"}, []string{"Emmanuel Macron"}),
		m("a", "s2", "on Sunday", "2025-11-30", KindTalks, []string{"Florida"}, nil),
		m("a", "s3", "overnight", "2025-11-30", KindStatement, nil, []string{"Donald Trump"}),
	}
	as := arts("a")
	as["a"].Meta.Events = []content.EventFix{
		{Sentence: "s2", Date: "2025-11-29", Title: "Hallandale Beach talks", Line: 5},
		{Sentence: "s2", Expression: "yesterday", Date: "2025-11-29", Line: 8},
		{Date: "2025-11-20", Title: "Plan delivered to Kyiv", Line: 10},
		{Sentence: "s1", Date: "next Monday", Line: 12},
		{Sentence: "s9", Title: "Nothing", Line: 14},
	}
	as["a"].Meta.Ignore = []content.Ignore{
		{Sentence: "s3", Line: 17},
		{Expression: "last week", Line: 19},
	}
	evs, err := Merge(ms, as, Options{})
	var errs content.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error %v is not content.Errors", err)
	}
	got := strings.Split(errs.Error(), "\n")
	want := []string{
		`content/a.md:19: ignore: no extracted event matches expression "last week"`,
		`content/a.md:8: events: no extracted event matches sentence s2 with expression "yesterday"`,
		`content/a.md:12: events: date "next Monday": want YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www`,
		`content/a.md:14: events: the article has no sentence "s9"`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("errors (-want +got):\n%s", d)
	}
	titles := map[string]string{}
	for _, e := range evs {
		titles[e.Title] = e.Date.Start
	}
	wantTitles := map[string]string{
		"Paris talks":            "2025-12-01",
		"Hallandale Beach talks": "2025-11-29",
		"Plan delivered to Kyiv": "2025-11-20",
	}
	if d := cmp.Diff(wantTitles, titles); d != "" {
		t.Errorf("events after corrections (-want +got):\n%s", d)
	}
}

func TestLabel(t *testing.T) {
	tests := []struct{ value, want string }{
		{"2025-11-30", "Sunday, 30 November 2025"},
		{"2025-11-24 APPROX", "around 24 November 2025"},
		{"2025-W17", "week of 21 April 2025"},
		{"2025-11", "November 2025"},
		{"2025-W48-WE", "29–30 November 2025"},
	}
	for _, tt := range tests {
		if got := label(parseTag(tt.value)); got != tt.want {
			t.Errorf("label(%s) = %q, want %q", tt.value, got, tt.want)
		}
	}
	// Dates with a START, MID or END mod, as the tagger reads them (their
	// interval narrowed to the part of the month, year or week).
	ref := time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want, reason string }{
		{"in early October.", "early October 2024", "the part of a month is named, not prefixed to its days"},
		{"in mid-September.", "mid-September 2024", "mid-month likewise"},
		{"in early 2025.", "early 2025", "the part of a year"},
		{"in late 2024.", "late 2024", "the part of a year is named, not prefixed to its months"},
		{"late last week.", "14–15 September 2024", "a part of a week has no name: its days alone"},
	} {
		tx := timex.Find(tt.text, ref)
		if len(tx) != 1 {
			t.Fatalf("timex.Find(%q) = %v, want one date", tt.text, tx)
		}
		if got := label(tx[0]); got != tt.want {
			t.Errorf("label of %q (%s %s) = %q, want %q (%s)", tt.text, tx[0].Value, tx[0].Mod, got, tt.want, tt.reason)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Witkoff meets Putin in Moscow", "witkoff-meets-putin-in-moscow"},
		{"Élysée Palace talks", "elysee-palace-talks"},
		{"Zelensky’s visit", "zelenskys-visit"},
		{"", "event"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestKindBits checks that the sets of kinds match compares agree with
// compatibleKinds for every pair of kinds.
func TestKindBits(t *testing.T) {
	kinds := []string{KindTalks, KindTrip, KindStrike, KindStatement, KindAgreement, KindOther}
	for _, a := range kinds {
		if kindBit(a) == 0 {
			t.Fatalf("kind %q has no bit", a)
		}
		for _, b := range kinds {
			if got, want := compatibleBits(kindBit(a))&kindBit(b) != 0, compatibleKinds(a, b); got != want {
				t.Errorf("%s, %s: compatible by bits %v, compatibleKinds %v", a, b, got, want)
			}
		}
	}
	if kindBit("vote") != 0 {
		t.Error("a kind of its own has a bit")
	}
}

// TestEventOrders checks the orders an event reads its items in, sorted by
// integer keys (rankArticles, sortItems, eventWith), against the
// comparisons they stand for: the sweep's (itemCompare, a stable sort),
// the sources' (sourceLess, a stable sort, one source a sentence) and the
// title's (by publication date, slug and sentence, a stable sort), on the
// articles of the test data with copies published days later.
func TestEventOrders(t *testing.T) {
	pool, poolMs := mergePool(t)
	arts := map[string]*content.Article{}
	var per []*articleItems
	n := 0
	gaz := gazetteer.Default()
	for _, a := range pool {
		arts[a.Slug] = a
		if len(poolMs[a.Slug]) > 0 {
			per = append(per, newArticleItems(a.Slug, slices.Clone(poolMs[a.Slug]), factsOf(a), a, gaz))
			n += len(poolMs[a.Slug])
		}
	}
	rankArticles(per)
	items := sortItems(per, n)
	want := make([]*item, 0, n)
	for _, a := range per {
		want = append(want, a.items...)
	}
	slices.SortStableFunc(want, itemCompare)
	if !slices.Equal(items, want) {
		t.Fatal("sortItems' order is not a stable sort's by itemCompare")
	}
	for _, c := range sweep(items, nil) {
		ev := c.event(arts, gaz)
		srcs := slices.Clone(c.items)
		sort.SliceStable(srcs, func(i, j int) bool { return sourceLess(srcs[i], srcs[j]) })
		var sources []Source
		done := map[[2]string]bool{}
		for _, it := range srcs {
			if k := [2]string{it.m.Article, it.m.Sentence}; !done[k] {
				done[k] = true
				a, published := arts[it.m.Article], ""
				if !a.Meta.Date.IsZero() {
					published = a.Meta.Date.Format("2006-01-02")
				}
				sources = append(sources, source(it.m, a, published))
			}
		}
		if d := cmp.Diff(sources, ev.Sources); d != "" {
			t.Fatalf("event %q: sources (-sourceLess +event):\n%s", ev.Title, d)
		}
		byArticle := slices.Clone(c.items)
		sort.SliceStable(byArticle, func(i, j int) bool {
			a, b := byArticle[i], byArticle[j]
			if ap, bp := a.pub(), b.pub(); !ap.Equal(bp) {
				return ap.Before(bp)
			}
			if a.m.Article != b.m.Article {
				return a.m.Article < b.m.Article
			}
			return a.m.Index < b.m.Index
		})
		if got := title(c.items, byArticle, ev.Kind, gaz); got != ev.Title {
			t.Fatalf("title %q, by the comparisons %q", ev.Title, got)
		}
	}
}

// sourceLess is the order of an event's sources, by publication date,
// article, sentence and expression: the reference the merge's own sort is
// checked against.
func sourceLess(a, b *item) bool {
	if ap, bp := a.pub(), b.pub(); !ap.Equal(bp) {
		return ap.Before(bp)
	}
	if a.m.Article != b.m.Article {
		return a.m.Article < b.m.Article
	}
	if a.m.Index != b.m.Index {
		return a.m.Index < b.m.Index
	}
	return a.m.Timex.Start < b.m.Timex.Start
}

// pub is the publication date of its article.
func (it *item) pub() time.Time { return it.owner.facts.date }
