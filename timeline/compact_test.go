package timeline

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// compactArticle is an article written for these tests: dated happenings
// with people, places, a dateline and a sentence that two mentions quote.
const compactArticle = `---
title: "Harbour workers end strike in Gdansk"
date: 2024-03-15
publisher: "The Baltic Courier"
%s---

GDANSK, March 15 (Baltic Courier) - Dock workers at the port of Gdansk ended a four-day strike on Thursday after union leader Marta Kowalska signed a wage agreement with the port authority.

Polish Infrastructure Minister Piotr Nowak met union representatives in Warsaw on Monday and again on Wednesday.

The strike began on March 11, when container ships were held at anchor outside the port.

Nowak will visit Gdansk on March 20 to meet port managers, his office said on Friday.
`

// TestCompactText: once compactText has run, the mentions read exactly as
// before, none of their strings is cut from the article's text any more,
// and the text is gone; an article whose frontmatter adds an event keeps
// its text, which merging quotes.
func TestCompactText(t *testing.T) {
	tests := []struct {
		name        string
		frontmatter string
		keepText    bool // why: see the test's comment
	}{
		{"plain article", "", false},
		{"article adding an event", "events:\n  - sentence: s3\n    date: 2024-03-11\n    title: Strike begins\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(compactArticle, "%s", tc.frontmatter, 1)
			art, err := content.Parse("content/gdansk.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			ms := events.Extract(art, events.Options{})
			if len(ms) < 3 {
				t.Fatalf("only %d mentions extracted; the test needs several", len(ms))
			}
			before, err := json.Marshal(ms)
			if err != nil {
				t.Fatal(err)
			}
			text := art.Text
			compactText(art, ms)
			after, err := json.Marshal(ms)
			if err != nil {
				t.Fatal(err)
			}
			if string(after) != string(before) {
				t.Errorf("mentions changed:\nbefore %s\nafter  %s", before, after)
			}
			if tc.keepText {
				if art.Text != text {
					t.Errorf("text dropped from an article whose frontmatter adds an event")
				}
				return
			}
			if art.Text != "" {
				t.Errorf("text kept: %q", art.Text)
			}
			c := compactor{text: text}
			for i := range ms {
				walkStrings(reflect.ValueOf(ms[i]), "Mention", func(path, s string) {
					if c.offset(s) >= 0 {
						t.Errorf("mention %d: %s %q is still cut from the text (does compactor.mention rebase every string field?)", i, path, s)
					}
				})
			}
		})
	}
}

// walkStrings calls f with every string reachable from v through struct
// fields, slices and maps (not pointers, which no mention's text is
// behind), and the path to it.
func walkStrings(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), path+"."+v.Type().Field(i).Name, f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), path+"[]", f)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			walkStrings(it.Key(), path+" key", f)
			walkStrings(it.Value(), path+" value", f)
		}
	}
}
