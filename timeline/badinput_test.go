package timeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBadInputAllReported builds a site with one problem in every kind of
// file the build itself reads (articles it cannot read, slugs, timeline.toml,
// a template that does not parse) and checks that every problem is reported in the one run, as
// "path:line: message" sorted by path and line, and that nothing is written.
// The article parser's own problems (dates, frontmatter, encodings) are
// tested with the real parser in content_test.go.
func TestBadInputAllReported(t *testing.T) {
	src := writeSite(t, `
-- timeline.toml --
title = "T"
titel = "typo"
[aliases.people]
"A" = "B"
[aliases.placez]
-- content/a.md --
---
title: A
date: 2024-01-01
slug: same
---
Text.
-- content/b.md --
---
title: B
date: 2024-01-02
slug: same
---
Text.
-- content/c.md --
---
title: C
date: 2024-01-03
slug: ../../escape
---
Text.
-- content/d.md --
---
title: D
date: 2024-01-04
slug: ..
---
Text.
-- content/e.md --
---
title: E
date: not a date
---
Text.
-- templates/partials/broken.html --
{{define "broken"}}
{{if}}
{{end}}
`)
	if err := os.Symlink("nowhere.md", filepath.Join(src, "content", "f.md")); err != nil {
		t.Fatal(err)
	}
	_, err := build(context.Background(), Config{Source: src}, stubStages())
	if err == nil {
		t.Fatal("no error")
	}
	got := errorLines(t, err)
	p := func(s string) string { return filepath.Join(src, s) }
	want := []string{
		p("content/b.md") + `:4: duplicate slug "same": ` + p("content/a.md") + " has it too (each article needs its own slug: set slug: to another one)",
		p("content/c.md") + `:4: slug "../../escape" would escape the articles folder (it holds a slash)`,
		p("content/d.md") + `:4: slug ".." would escape the articles folder`,
		p("content/e.md") + `:3: parsing time "not a date" as "2006-01-02": cannot parse "not a date" as "2006"`,
		p("content/f.md") + ": cannot read the file: no such file or directory",
		p("templates/partials/broken.html") + `:2: missing value for if`,
		p("timeline.toml") + `:2: unknown key "titel" (did you mean "title"?)`,
		p("timeline.toml") + `:5: unknown key "aliases.placez" (did you mean "aliases.places"?)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if exists(filepath.Join(src, "public")) {
		t.Error("a failed build wrote public/")
	}
}

// TestTemplateErrorsNameFileAndLine checks that template problems, at parse
// time and at execution time, name the site's template file and line, every
// one in one run.
func TestTemplateErrorsNameFileAndLine(t *testing.T) {
	src := writeSite(t, twoArticles+`
-- templates/index.html --
{{template "layout.html" .}}
{{define "main"}}
<p>{{.Site.Title}</p>
{{end}}
-- templates/event.html --
{{template "layout.html" .}}
{{define "main"}}
<p>ok</p>
<p>{{.Event.Nope}}</p>
{{end}}
-- templates/partials/extra.html --
{{define "extra"}}{{nosuchfunc}}{{end}}
`)
	_, err := build(context.Background(), Config{Source: src}, stubStages())
	if err == nil {
		t.Fatal("no error")
	}
	got := strings.Join(errorLines(t, err), "\n")
	for _, want := range []string{
		filepath.Join(src, "templates/partials/extra.html") + `:1: function "nosuchfunc" not defined`,
		filepath.Join(src, "templates/index.html") + `:3: bad character U+007D '}'`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("errors lack %q:\n%s", want, got)
		}
	}
	// With those fixed, the pages execute and the event page's problem,
	// which shows only then, is reported.
	os.Remove(filepath.Join(src, "templates/partials/extra.html"))
	os.Remove(filepath.Join(src, "templates/index.html"))
	_, err = build(context.Background(), Config{Source: src}, stubStages())
	got = strings.Join(errorLines(t, err), "\n")
	if want := filepath.Join(src, "templates/event.html") + `:4: executing "main" at <.Event.Nope>: can't evaluate field Nope`; !strings.Contains(got, want) {
		t.Errorf("errors lack %q:\n%s", want, got)
	}
	if exists(filepath.Join(src, "public")) {
		t.Error("a failed build wrote public/")
	}
}

// TestSiteConfigTypeErrors checks that a timeline.toml value of the wrong
// type is reported by its key and the type wanted, not by the Go field.
func TestSiteConfigTypeErrors(t *testing.T) {
	for _, tc := range []struct {
		toml, want, reason string
	}{
		{"title = \"T\"\nfeed_entries = \"ten\"\n", ":2: feed_entries must be a whole number, not a TOML string", "a number given as a string"},
		{"title = 3\n", ":1: title must be a string in quotes, not a TOML integer", "a string given as a number"},
		{"[aliases]\npeople = 3\n", ":2: aliases.people must be a table, not a TOML integer", "a table given as a number"},
		{"title = \"T\n", ":1: basic strings cannot have new lines", "a syntax error keeps its message, without go-toml's prefix"},
	} {
		src := t.TempDir()
		if err := os.WriteFile(filepath.Join(src, "timeline.toml"), []byte(tc.toml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := loadSiteConfig(src)
		want := filepath.Join(src, "timeline.toml") + tc.want
		if err == nil || err.Error() != want {
			t.Errorf("%s: loadSiteConfig(%q) = %v, want %s", tc.reason, tc.toml, err, want)
		}
	}
}
