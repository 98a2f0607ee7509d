package events

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/sentences"
	"github.com/newsroom/timeline/timeline/timex"
)

// tag is a temporal expression that a test tagger finds: the phrase, and
// its value (YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-MM, a duration P..., or
// PAST_REF), with an optional modifier after a space ("2025-11-24 APPROX").
type tag struct{ phrase, value string }

// tagger returns a Tagger that finds exactly the given phrases (every
// occurrence) with the given values, so that tests control the dates.
func tagger(tags ...tag) func(string, time.Time) []timex.Timex {
	return func(text string, _ time.Time) []timex.Timex {
		var out []timex.Timex
		for _, tg := range tags {
			for from := 0; ; {
				i := strings.Index(text[from:], tg.phrase)
				if i < 0 {
					break
				}
				t := parseTag(tg.value)
				t.Start, t.End, t.Text = from+i, from+i+len(tg.phrase), tg.phrase
				out = append(out, t)
				from += i + len(tg.phrase)
			}
		}
		sortByStart(out)
		return out
	}
}

func sortByStart(ts []timex.Timex) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Start < ts[j-1].Start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func parseTag(v string) timex.Timex {
	mod := ""
	if i := strings.IndexByte(v, ' '); i >= 0 {
		v, mod = v[:i], v[i+1:]
	}
	switch {
	case strings.HasPrefix(v, "P"):
		return timex.Timex{Type: timex.Duration, Value: v}
	case strings.HasSuffix(v, "_REF"):
		return timex.Timex{Type: timex.Date, Value: v}
	case strings.HasSuffix(v, "-WE"):
		var y, w int
		fmt.Sscanf(v, "%d-W%d-WE", &y, &w)
		mon := isoMonday(y, w)
		return timex.Timex{Type: timex.Date, Value: v, Granularity: timex.GranDay, Mod: mod,
			Interval: timex.Interval{Start: mon.AddDate(0, 0, 5), End: mon.AddDate(0, 0, 6)}}
	case strings.Contains(v, "-W"):
		var y, w int
		fmt.Sscanf(v, "%d-W%d", &y, &w)
		mon := isoMonday(y, w)
		return timex.Timex{Type: timex.Date, Value: v, Granularity: timex.GranWeek, Mod: mod,
			Interval: timex.Interval{Start: mon, End: mon.AddDate(0, 0, 6)}}
	}
	tx, err := parseDate(v)
	if err != nil {
		panic(err)
	}
	tx.Mod = mod
	if mod == "APPROX" && tx.Granularity == timex.GranDay {
		tx.Interval.Start, tx.Interval.End = tx.Interval.Start.AddDate(0, 0, -3), tx.Interval.End.AddDate(0, 0, 3)
	}
	return tx
}

func isoMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
}

// article builds an Article as content.Parse would from plain text whose
// blocks are separated by blank lines: sentences split per block with
// sentences.Split and numbered s1, s2 ...
func article(slug, date, text string) *content.Article {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic(err)
	}
	a := &content.Article{Path: "content/" + slug + ".md", Slug: slug, Meta: content.Meta{Date: d, Title: "Title of " + slug}}
	var b strings.Builder
	n := 0
	for _, block := range strings.Split(strings.TrimSpace(text), "\n\n") {
		block = strings.TrimSpace(block)
		if block == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		off := b.Len()
		b.WriteString(block)
		for _, s := range sentences.Split(block) {
			n++
			a.Sentences = append(a.Sentences, content.Sentence{ID: fmt.Sprintf("s%d", n), Start: off + s.Start, End: off + s.End})
		}
	}
	a.Text = b.String()
	return a
}

// extractMerge extracts the mentions of arts, in order, and merges them, as
// a build does.
func extractMerge(t *testing.T, arts ...*content.Article) []Event {
	t.Helper()
	bySlug := map[string]*content.Article{}
	var ms []Mention
	for _, a := range arts {
		bySlug[a.Slug] = a
		ms = append(ms, Extract(a, Options{})...)
	}
	evs, err := Merge(ms, bySlug, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// oneMention extracts the mentions of text, an article of date, and checks
// the one a rule test wants: none when trigger is "", else exactly one,
// with that trigger (in any case) and that timex value. It returns the
// mention for the caller's further checks, ok false when there is none.
func oneMention(t *testing.T, reason, date, text, trigger, value string) (Mention, bool) {
	t.Helper()
	ms := Extract(article("rules", date, text), Options{})
	if trigger == "" {
		if len(ms) != 0 {
			t.Errorf("%s: got %d mentions (%s %s), want none", reason, len(ms), ms[0].Trigger, ms[0].Timex.Value)
		}
		return Mention{}, false
	}
	if len(ms) != 1 {
		t.Errorf("%s: got %d mentions, want 1", reason, len(ms))
		return Mention{}, false
	}
	m := ms[0]
	if !strings.EqualFold(m.Trigger, trigger) || m.Timex.Value != value {
		t.Errorf("%s: got %s dated %s, want %s dated %s", reason, m.Trigger, m.Timex.Value, trigger, value)
	}
	return m, true
}

// oneTitle extracts and merges text, an article of date, and checks that
// it makes exactly one event, titled want.
func oneTitle(t *testing.T, reason, date, text, want string) {
	t.Helper()
	evs := extractMerge(t, article("titles", date, text))
	if len(evs) != 1 || evs[0].Title != want {
		got := ""
		if len(evs) > 0 {
			got = evs[0].Title
		}
		t.Errorf("%s: %d events, title %q, want %q", reason, len(evs), got, want)
	}
}

// titlesOf returns the titles of evs, in order.
func titlesOf(evs []Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Title)
	}
	return out
}

// sourceKey names a source by its article and sentence: "storm-a#s1".
func sourceKey(s Source) string { return s.Article + s.URL[strings.LastIndex(s.URL, "#"):] }

// eventBySource maps the key of every source of evs to its event's ID.
func eventBySource(evs []Event) map[string]string {
	eventOf := map[string]string{}
	for _, e := range evs {
		for _, s := range e.Sources {
			eventOf[sourceKey(s)] = e.ID
		}
	}
	return eventOf
}

// checkSameEvent checks that the sentences a and b (source keys) were both
// extracted, into one event when same, into two otherwise.
func checkSameEvent(t *testing.T, eventOf map[string]string, reason, a, b string, same bool) {
	t.Helper()
	ea, eb := eventOf[a], eventOf[b]
	if ea == "" || eb == "" {
		t.Errorf("%s: %s in %q, %s in %q: want both extracted", reason, a, ea, b, eb)
		return
	}
	if (ea == eb) != same {
		t.Errorf("%s: %s in %s, %s in %s", reason, a, ea, b, eb)
	}
}
