package timeline

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSeedSite builds the repository's own default site (content/ and
// timeline.toml at the module root) with the real stages, served from a
// sub-path, checks every link, builds it again to check the output is
// byte-identical, and compares its timeline and timeline.json with the golden
// files under testdata/seed/ (refresh them with go test -update).
func TestSeedSite(t *testing.T) {
	src := ".."
	if mds, _ := filepath.Glob(filepath.Join(src, "content", "*.md")); len(mds) == 0 {
		t.Skip("no content/*.md at the module root")
	}
	dest := filepath.Join(t.TempDir(), "public")
	res, err := Build(context.Background(), Config{Source: src, Destination: dest, BaseURL: "https://example.org/news/timeline/"})
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dest)
	if res.Articles != 5 {
		t.Errorf("%d articles, want the 5 seeds", res.Articles)
	}
	articles := 0
	for p := range files {
		if strings.HasPrefix(p, "articles/") && strings.HasSuffix(p, "/index.html") {
			articles++
		}
	}
	if articles != 5 {
		t.Errorf("%d article pages, want 5", articles)
	}
	for _, want := range []string{"index.html", "404.html", "sitemap.xml", "timeline.json", "style.css"} {
		if _, ok := files[want]; !ok {
			t.Errorf("no %s", want)
		}
	}
	checkLinks(t, files, "https://example.org/news/timeline/")
	again := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), Config{Source: src, Destination: again, BaseURL: "https://example.org/news/timeline/"}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(files, readTree(t, again)); diff != "" {
		t.Errorf("two builds of the seed site differ:\n%s", diff)
	}
	for _, name := range []string{"index.html", "timeline.json"} {
		golden := filepath.Join("testdata", "seed", name)
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, []byte(files[name]), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if diff := cmp.Diff(string(want), files[name]); diff != "" {
			t.Errorf("%s differs from %s (-want +got; go test -update refreshes it):\n%s", name, golden, diff)
		}
	}
}

// TestBadArticlesAllReported puts one problem in each of several articles,
// in timeline.toml and in a template, and checks, with the real parser, that
// one run reports every file (with a line where the problem has one) as
// content.Errors and writes nothing. The articles' messages are package
// content's.
func TestBadArticlesAllReported(t *testing.T) {
	src := writeSite(t, `
-- timeline.toml --
title = "T"
base_ulr = "https://example.org/"
-- templates/404.html --
{{template "layout.html" .}}
{{define "main"}}{{.Title}{{end}}
-- content/good.md --
---
title: Good
date: 2024-01-02
---
Fine text.
-- content/no-date.md --
---
title: No date
---
Text.
-- content/bad-date.md --
---
title: Bad date
date: 2024-02-31
---
Text.
-- content/broken-yaml.md --
---
title: [unclosed
date: 2024-01-02
---
Text.
-- content/typo.md --
---
title: Typo
date: 2024-01-02
publsher: Gazette
---
Text.
-- content/dup-a.md --
---
title: A
date: 2024-01-02
slug: same
---
Text.
-- content/dup-b.md --
---
title: B
date: 2024-01-02
slug: same
---
Text.
-- content/escape.md --
---
title: Escape
date: 2024-01-02
slug: ../../etc
---
Text.
-- content/empty.md --
`)
	write(t, filepath.Join(src, "content", "latin1.md"), "---\ntitle: Caf\xe9\ndate: 2024-01-02\n---\nText.\n")
	if err := os.Symlink("missing.md", filepath.Join(src, "content", "gone.md")); err != nil {
		t.Fatal(err)
	}
	_, err := build(context.Background(), Config{Source: src}, defaultStages())
	lines := errorLines(t, err)
	got := strings.Join(lines, "\n")
	for _, tc := range []struct {
		file   string
		line   bool
		reason string
	}{
		{"no-date.md", false, "the date is required"},
		{"bad-date.md", true, "February has no 31st"},
		{"broken-yaml.md", true, "malformed frontmatter"},
		{"typo.md", true, "an unknown key is likely a typo"},
		{"dup-b.md", true, "a duplicate slug names both files, at the slug line"},
		{"escape.md", true, "a slug must not leave articles/"},
		{"empty.md", false, "an empty file"},
		{"latin1.md", true, "not UTF-8"},
		{"gone.md", false, "an unreadable file"},
	} {
		prefix := filepath.Join(src, "content", tc.file) + ":"
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) {
				found = true
				if tc.line && !lineNumber.MatchString(strings.TrimPrefix(l, prefix)) {
					t.Errorf("%s: no line number (%s)", l, tc.reason)
				}
			}
		}
		if !found {
			t.Errorf("no error for %s (%s) in:\n%s", tc.file, tc.reason, got)
		}
	}
	for _, want := range []string{
		filepath.Join(src, "timeline.toml") + `:2: unknown key "base_ulr"`,
		filepath.Join(src, "templates", "404.html") + ":2: ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	if !strings.Contains(got, filepath.Join(src, "content", "dup-a.md")) {
		t.Errorf("the duplicate slug error does not name the first file:\n%s", got)
	}
	if strings.Contains(got, "good.md") {
		t.Errorf("a good file was reported:\n%s", got)
	}
	if exists(filepath.Join(src, "public")) {
		t.Error("a failed build wrote public/")
	}
}

// TestUserTextNeverRunsAsMarkupRealParser is TestUserTextNeverRunsAsMarkup
// through the real article parser (goldmark, raw HTML off).
func TestUserTextNeverRunsAsMarkupRealParser(t *testing.T) {
	st := stubStages()
	st.parse = defaultStages().parse
	checkHostile(t, st, hostileYAML)
}

var lineNumber = regexp.MustCompile(`^[0-9]+: `)
