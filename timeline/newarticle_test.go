package timeline

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"Storm Floods Valencia Again", "storm-floods-valencia-again", "plain words"},
		{"  Strikes, then talks: what next?  ", "strikes-then-talks-what-next", "punctuation collapses to single hyphens"},
		{"Zelensky à Paris; Erdoğan in Ankara", "zelensky-a-paris-erdogan-in-ankara", "accents dropped"},
		{"Don't panic — it’s 2025", "dont-panic-its-2025", "apostrophes join"},
		{"Москва", "", "nothing left of another script"},
		{strings.Repeat("word ", 30), strings.TrimSuffix(strings.Repeat("word-", 16), "-"), "cut at a word boundary within 80 bytes"},
		{strings.Repeat("x", 100), strings.Repeat("x", 80), "one long word is cut"},
	}
	for _, tc := range tests {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestNewArticle(t *testing.T) {
	day := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		draft  Draft
		file   string
		reason string
	}{
		{Draft{Title: "Dam breaks near the border", Date: day}, "dam-breaks-near-the-border.md", "title and date only"},
		{Draft{Title: `Minister: "No" — talks are #1 & over`, Date: day, Publisher: "The Daily: Evening", URL: "https://example.org/a?b=1#c"},
			"minister-no-talks-are-1-over.md", "quotes, colons, hashes and ampersands survive YAML"},
		{Draft{Title: "No", Date: day}, "no.md", "a YAML 1.1 boolean word stays a string"},
		{Draft{Title: "2025", Date: day}, "2025.md", "a number stays a string"},
		{Draft{Title: "Москва", Date: day}, "article-2026-03-14.md", "a headline with no Latin letters"},
	}
	for _, tc := range tests {
		src := t.TempDir()
		path, err := NewArticle(src, tc.draft)
		if err != nil {
			t.Errorf("%s: %v", tc.reason, err)
			continue
		}
		if want := filepath.Join(src, "content", tc.file); path != want {
			t.Errorf("%s: path %s, want %s", tc.reason, path, want)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		parts := bytes.SplitN(b, []byte("---\n"), 3)
		if len(parts) != 3 || len(parts[0]) != 0 {
			t.Fatalf("%s: no frontmatter block:\n%s", tc.reason, b)
		}
		var got struct {
			Title     any `yaml:"title"`
			Date      any `yaml:"date"`
			Publisher any `yaml:"publisher"`
			URL       any `yaml:"url"`
		}
		if err := yaml.Unmarshal(parts[1], &got); err != nil {
			t.Fatalf("%s: frontmatter is not YAML: %v\n%s", tc.reason, err, b)
		}
		if got.Title != tc.draft.Title {
			t.Errorf("%s: title reads back as %#v, want %q\n%s", tc.reason, got.Title, tc.draft.Title, b)
		}
		if d, ok := got.Date.(time.Time); !ok || !d.Equal(day) {
			t.Errorf("%s: date reads back as %#v\n%s", tc.reason, got.Date, b)
		}
		if tc.draft.Publisher != "" && got.Publisher != tc.draft.Publisher {
			t.Errorf("%s: publisher reads back as %#v", tc.reason, got.Publisher)
		}
		if tc.draft.URL != "" && got.URL != tc.draft.URL {
			t.Errorf("%s: url reads back as %#v", tc.reason, got.URL)
		}
		if tc.draft.Publisher == "" && bytes.Contains(b, []byte("publisher")) {
			t.Errorf("%s: empty publisher written:\n%s", tc.reason, b)
		}
	}
}

func TestNewArticleRefusesToOverwrite(t *testing.T) {
	src := t.TempDir()
	path := filepath.Join(src, "content", "dam-breaks.md")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	const mine = "---\ntitle: mine\ndate: 2020-01-01\n---\nAn editor's work.\n"
	if err := os.WriteFile(path, []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := NewArticle(src, Draft{Title: "Dam breaks", Date: time.Now()})
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("NewArticle over an existing file: err = %v, want fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(path); string(b) != mine {
		t.Errorf("the existing article was changed:\n%s", b)
	}
}

func TestNewArticleRejects(t *testing.T) {
	day := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		draft  Draft
		reason string
	}{
		{Draft{Title: "  ", Date: day}, "an empty headline"},
		{Draft{Title: "two\nlines", Date: day}, "a line break in the headline"},
		{Draft{Title: "x"}, "no date"},
		{Draft{Title: "x", Date: day, URL: "javascript:alert(1)"}, "a script URL"},
		{Draft{Title: "x", Date: day, URL: "example.org/a"}, "a URL without a scheme"},
	}
	for _, tc := range tests {
		src := t.TempDir()
		if _, err := NewArticle(src, tc.draft); err == nil {
			t.Errorf("NewArticle accepted %s", tc.reason)
		}
		if entries, _ := os.ReadDir(filepath.Join(src, "content")); len(entries) > 0 {
			t.Errorf("%s: a file was written", tc.reason)
		}
	}
}
