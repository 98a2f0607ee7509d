package timeline

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/timex"
)

// article builds a parsed article from its sentences, as content.Parse
// would for a body holding one paragraph per sentence.
func article(path, slug string, sentences ...string) *content.Article {
	a := &content.Article{Path: path, Slug: slug, Meta: content.Meta{Date: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)}}
	for i, s := range sentences {
		if i > 0 {
			a.Text += "\n\n"
		}
		start := len(a.Text)
		a.Text += s
		a.Sentences = append(a.Sentences, content.Sentence{ID: "s" + string(rune('1'+i)), Start: start, End: len(a.Text)})
	}
	return a
}

func source(a *content.Article) []byte {
	return []byte("---\ntitle: x\ndate: 2026-02-10\n---\n\n" + a.Text + "\n")
}

func TestWarnings(t *testing.T) {
	flood := article("content/flood.md", "flood",
		"The river burst its banks on Monday near the old mill.",
		"Engineers will inspect the dam on Tuesday, officials said.")
	dam := article("content/dam.md", "dam",
		"The river burst its banks on Sunday, residents said.")
	quiet := article("content/quiet.md", "quiet", "A profile of the town's oldest bakery and its owners.")
	long := "Volunteers filled sandbags through the night while the council opened two shelters for families whose homes took water along the lower streets of the town"
	copy1 := article("content/a-sandbags.md", "a-sandbags", long+".")
	copy2 := article("content/b-sandbags.md", "b-sandbags", long+" again.")

	arts := []*content.Article{flood, dam, quiet, copy1, copy2}
	sources := map[string][]byte{}
	for _, a := range arts {
		sources[a.Slug] = source(a)
	}
	mon := events.Date{Value: "2026-02-09", Start: "2026-02-09", End: "2026-02-09", Label: "Monday, 9 February 2026"}
	sun := events.Date{Value: "2026-02-08", Start: "2026-02-08", End: "2026-02-08", Label: "Sunday, 8 February 2026"}
	evs := []events.Event{
		{ID: "2026-02-09-river-floods", Title: "River floods", Date: mon, Readings: []events.Date{mon, sun},
			Sources: []events.Source{
				{Article: "flood", URL: "articles/flood/#s1", Expression: "on Monday"},
				{Article: "dam", URL: "articles/dam/#s1", Expression: "on Sunday"},
			}},
		{ID: "2026-02-10-sandbags", Title: "Sandbags", Date: mon,
			Sources: []events.Source{{Article: "a-sandbags", URL: "articles/a-sandbags/#s1"}}},
	}
	mentions := map[string][]events.Mention{
		"flood": {{Article: "flood"}}, "dam": {{Article: "dam"}}, "a-sandbags": {{Article: "a-sandbags"}},
	}
	// A tagger that leaves "on Tuesday" unplaced, as a tense-less weekday.
	tagger := func(text string, _ time.Time) []timex.Timex {
		if i := strings.Index(text, "on Tuesday"); i >= 0 {
			return []timex.Timex{{Start: i, End: i + 10, Text: "on Tuesday", Type: timex.Date, Value: "XXXX-WXX-2"}}
		}
		if i := strings.Index(text, "on Monday"); i >= 0 {
			d := time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)
			return []timex.Timex{{Start: i, End: i + 9, Text: "on Monday", Type: timex.Date, Value: "2026-02-09", Interval: timex.Interval{Start: d, End: d}}}
		}
		return nil
	}
	ws := warnings(checkInput{articles: arts, sources: sources, mentions: mentions, events: evs, tagger: tagger})

	want := []struct {
		path, kind string
		line       int
		reason     string
	}{
		{"content/b-sandbags.md", WarnDuplicate, 0, "near-identical text to a-sandbags, warned on the later file"},
		{"content/b-sandbags.md", WarnNoEvents, 0, "the copy has no mentions of its own"},
		{"content/a-sandbags.md", WarnSingleSource, 6, "the sandbags event has one source"},
		{"content/flood.md", WarnDisagreement, 6, "Monday against Sunday"},
		{"content/flood.md", WarnUnresolvedDate, 8, "a weekday the tagger could not place, on the second paragraph's line"},
		{"content/quiet.md", WarnNoEvents, 0, "no mentions and no event cites it"},
	}
	for _, w := range want {
		found := false
		for _, got := range ws {
			if got.Path == w.path && got.Kind == w.kind {
				found = true
				if got.Line != w.line {
					t.Errorf("%s %s: line %d, want %d (%s)", w.path, w.kind, got.Line, w.line, w.reason)
				}
			}
		}
		if !found {
			t.Errorf("missing %s warning on %s (%s)", w.kind, w.path, w.reason)
		}
	}
	if len(ws) != len(want) {
		for _, w := range ws {
			t.Log(w)
		}
		t.Errorf("%d warnings, want %d", len(ws), len(want))
	}
	for _, w := range ws {
		if w.Kind == WarnDuplicate && !strings.Contains(w.Message, "content/a-sandbags.md") {
			t.Errorf("duplicate warning does not name the other file: %s", w)
		}
		if strings.Contains(w.Message, "XXXX") {
			t.Errorf("a warning shows editors a TIMEX value: %s", w)
		}
	}
}

func TestDuplicatesIgnoresDifferentArticles(t *testing.T) {
	a := article("content/a.md", "a", "The council approved a new budget for road repairs after a long debate about potholes and bus lanes.")
	b := article("content/b.md", "b", "A storm closed the harbour for three days and fishing boats stayed tied up at the quay all week long.")
	c := article("content/c.md", "c", "Short.")
	if ws := duplicates([]*content.Article{a, b, c}); len(ws) != 0 {
		t.Errorf("different articles reported as duplicates: %v", ws)
	}
}

func TestReportJSON(t *testing.T) {
	r := &Report{
		Errors:   content.Errors{{Path: "content/x.md", Line: 3, Err: errors.New(`bad "date"`)}},
		Articles: 2,
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"ok":false,"articles":2,"events":0,"errors":[{"path":"content/x.md","line":3,"message":"bad \"date\""}],"warnings":[]}`
	if string(b) != want {
		t.Errorf("JSON:\n got %s\nwant %s", b, want)
	}
}
