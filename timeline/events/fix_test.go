package events

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// TestCorrectionsFromFrontmatter runs editors' corrections as content.Parse
// reads them from a file, and checks that errors name the file and line.
func TestCorrectionsFromFrontmatter(t *testing.T) {
	src := `---
title: "Talks in Oslo"
date: 2026-02-12
events:
  - sentence: s1
    title: "Oslo storm talks"
  - expression: "next month"
    date: 2026-03
ignore:
  - sentence: s2
  - expression: "last year"
---

Nordic ministers met in Oslo on Monday to plan for the storm season.

Norway's foreign minister, Espen Barth Eide, said on Wednesday that the talks had gone well.
`
	a, err := content.Parse("content/oslo.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ms := Extract(a, Options{})
	evs, err := Merge(ms, map[string]*content.Article{a.Slug: a}, Options{})
	errs, ok := err.(content.Errors)
	if !ok || len(errs) != 2 {
		t.Fatalf("errors %v, want two content.Errors", err)
	}
	for _, e := range errs {
		if e.Path != "content/oslo.md" || e.Line == 0 {
			t.Errorf("error %q does not name the file and line", e)
		}
	}
	if len(evs) != 1 || evs[0].Title != "Oslo storm talks" {
		t.Errorf("events %+v, want only the retitled Oslo talks", evs)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		reason, in, start, end string
		ok                     bool
	}{
		{"a day", "2025-11-30", "2025-11-30", "2025-11-30", true},
		{"a month", "2025-11", "2025-11-01", "2025-11-30", true},
		{"a year", "2025", "2025-01-01", "2025-12-31", true},
		{"an ISO week starts on Monday", "2025-W17", "2025-04-21", "2025-04-27", true},
		{"week 1 holds 4 January", "2026-W01", "2025-12-29", "2026-01-04", true},
		{"no such week", "2025-W54", "", "", false},
		{"2025 has 52 weeks", "2025-W53", "", "", false},
		{"no such day", "2025-02-30", "", "", false},
		{"words", "next Monday", "", "", false},
	}
	for _, tt := range tests {
		tx, err := parseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("%s: parseDate(%q) error %v", tt.reason, tt.in, err)
			continue
		}
		if tt.ok && (tx.Interval.Start.Format("2006-01-02") != tt.start || tx.Interval.End.Format("2006-01-02") != tt.end) {
			t.Errorf("%s: parseDate(%q) = %v..%v, want %s..%s", tt.reason, tt.in, tx.Interval.Start, tx.Interval.End, tt.start, tt.end)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-11-30", "2025-11", "2025", "2025-W17", "2025-W00", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx, err := parseDate(s)
		if err == nil && tx.Interval.End.Before(tx.Interval.Start) {
			t.Fatalf("parseDate(%q) gives an interval that ends before it starts", s)
		}
	})
}

// TestCorrectionOfQuotedDay is the blind set's correction-worthy case: a
// day named inside a quotation ("We have opened a new chapter today") is
// the speaker's day, which the extractor does not guess; an editor adds the
// event by its sentence.
func TestCorrectionOfQuotedDay(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "blind", "ankara-summit-ap.md"))
	if err != nil {
		t.Fatal(err)
	}
	fix := "events:\n  - sentence: s3\n    date: 2026-04-23\n    title: \"Erdogan hails a new chapter\"\n---"
	text := strings.Replace(string(src), "---", "", 1)
	text = "---" + strings.Replace(text, "---", fix, 1)
	a, err := content.Parse("content/ankara-summit-ap.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	before := Extract(a, Options{})
	for _, m := range before {
		if m.Sentence == "s3" && !m.Editor {
			t.Errorf("the quotation's day was guessed: %+v", m)
		}
	}
	evs, err := Merge(before, map[string]*content.Article{a.Slug: a}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Title == "Erdogan hails a new chapter" {
			if e.Date.Start != "2026-04-23" || e.Date.End != "2026-04-23" {
				t.Errorf("corrected event dated %+v, want 2026-04-23", e.Date)
			}
			return
		}
	}
	t.Errorf("no event for the editor's correction among %d events", len(evs))
}
