package events

import (
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
