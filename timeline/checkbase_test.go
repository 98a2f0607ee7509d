package timeline

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckWarnsWithoutBaseURL: feeds and the calendar need an absolute
// base URL; check says so, naming timeline.toml (and its base_url line when
// there is one), and stays quiet once it is set.
func TestCheckWarnsWithoutBaseURL(t *testing.T) {
	const article = `
-- content/dam.md --
---
title: Dam holds
date: 2024-05-01
---
The dam held on Tuesday, engineers said.
`
	for _, tc := range []struct {
		name, toml, flag string
		warn             bool
		line             int
		why              string
	}{
		{"none", "", "", true, 0, "no timeline.toml at all"},
		{"unset", "title = \"Dam\"\n", "", true, 0, "timeline.toml without base_url"},
		{"path", "title = \"Dam\"\nbase_url = \"/news/dam/\"\n", "", true, 2, "a path gives relative links and localhost ids"},
		{"absolute", "title = \"Dam\"\nbase_url = \"https://example.org/dam/\"\n", "", false, 0, "a full address"},
		{"flag", "title = \"Dam\"\n", "https://example.org/dam/", false, 0, "--base-url gives it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			archive := article
			if tc.toml != "" {
				archive += "-- timeline.toml --\n" + tc.toml
			}
			src := writeSite(t, archive)
			r, err := Check(context.Background(), Config{Source: src, BaseURL: tc.flag, NoCache: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []Warning
			for _, w := range r.Warnings {
				if w.Kind == WarnNoBaseURL {
					got = append(got, w)
				}
			}
			if !tc.warn {
				if len(got) > 0 {
					t.Errorf("unexpected warning %s (%s)", got[0], tc.why)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d base_url warnings, want 1 (%s)", len(got), tc.why)
			}
			w := got[0]
			if w.Path != filepath.Join(src, "timeline.toml") || w.Line != tc.line {
				t.Errorf("warning at %s:%d, want timeline.toml:%d", w.Path, w.Line, tc.line)
			}
			for _, s := range []string{"base_url", "feed.atom", "timeline.ics", "absolute"} {
				if !strings.Contains(w.Message, s) {
					t.Errorf("message %q does not mention %q", w.Message, s)
				}
			}
			if !r.OK() {
				t.Errorf("a missing base_url is a warning, not an error: %v", r.Errors)
			}
		})
	}
}
