package events

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/sentences"
)

// seedDates are the publication dates of the seed articles (SEEDS.md).
var seedDates = map[string]string{
	"000": "2025-12-01", "001": "2025-12-01", "002": "2025-12-01", "003": "2025-04-18", "004": "2025-04-17",
}

// buildArticle makes an Article from plain text whose lines are blocks, as
// content.Parse would: blocks separated by blank lines, sentences split per
// block and numbered s1, s2 ...
func buildArticle(slug, path, text string, date time.Time) *content.Article {
	a := &content.Article{Path: path, Slug: slug, Meta: content.Meta{Date: date}}
	var b strings.Builder
	n := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		off := b.Len()
		b.WriteString(line)
		for _, s := range sentences.Split(line) {
			n++
			a.Sentences = append(a.Sentences, content.Sentence{ID: "s" + itoa(n), Start: off + s.Start, End: off + s.End})
		}
	}
	a.Text = b.String()
	return a
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

// loadSeeds reads the seed articles from ../shared, skipping the test when
// they are absent.
func loadSeeds(t testing.TB) []*content.Article {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("seed articles not found in %s (../shared absent)", dir)
	}
	sort.Strings(files)
	var out []*content.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		key := filepath.Base(f)[:3]
		d, _ := time.Parse("2006-01-02", seedDates[key])
		out = append(out, buildArticle(key, f, string(b), d))
	}
	return out
}
