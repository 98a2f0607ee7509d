package sentences_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/sentences"
)

// The corpus of the tests below: the seed articles, or the Markdown files
// under $SENTENCES_CORPUS (e.g. the output of
// `go run ./cmd/gencorpus -n 200 -seeds content -out DIR`) when it is set.
func articleBlocks(tb testing.TB) (blocks []string, articles int) {
	tb.Helper()
	dir := filepath.Join("..", "..", "content")
	if d := os.Getenv("SENTENCES_CORPUS"); d != "" {
		dir = d
	}
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("no articles under %s", dir)
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := content.Parse(p, src)
		if err != nil {
			tb.Fatal(err)
		}
		// Article.Text is the blocks the sentencer split, one by one,
		// joined by blank lines.
		blocks = append(blocks, strings.Split(a.Text, "\n\n")...)
		articles++
	}
	return blocks, articles
}

var tmlText = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
var tmlTag = regexp.MustCompile(`<[^>]*>`)

// otherTexts are the news texts of the timex tests and, when ../shared is
// present, the TempEval-3 documents with their tags removed.
func otherTexts(t *testing.T) []string {
	var out []string
	news, _ := filepath.Glob(filepath.Join("..", "timex", "testdata", "news", "*.txt"))
	for _, p := range news {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	tml, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "tempeval3", "*", "*", "*.tml"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "tempeval3", "*", "*.tml"))
	tml = append(tml, more...)
	if len(tml) == 0 {
		t.Log("../shared/tempeval3 absent: TempEval-3 texts not checked")
	}
	for _, p := range tml {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := tmlText.FindSubmatch(b); m != nil {
			out = append(out, tmlTag.ReplaceAllString(string(m[1]), ""))
		}
	}
	return out
}

// TestMatchesReference checks that AppendSplit finds the very spans of the
// reference splitter on whole articles, their blocks and other news texts.
func TestMatchesReference(t *testing.T) {
	blocks, _ := articleBlocks(t)
	texts := append(blocks, otherTexts(t)...)
	texts = append(texts, strings.Join(blocks, "\n\n"))
	var got, want []sentences.Span
	n := 0
	for _, text := range texts {
		got = sentences.AppendSplit(got[:0], text)
		want = sentences.RefAppendSplit(want[:0], text)
		if !slices.Equal(got, want) {
			t.Fatalf("AppendSplit(%q)\n got %v\nwant %v", text, got, want)
		}
		n += len(got)
	}
	t.Logf("%d texts, %d sentences identical", len(texts), n)
}

// BenchmarkAppendSplit splits every block of the corpus once per op, as
// the sentencer does; divide by the articles reported for a per-article cost.
func BenchmarkAppendSplit(b *testing.B) {
	blocks, articles := articleBlocks(b)
	size := 0
	for _, s := range blocks {
		size += len(s)
	}
	b.ReportMetric(float64(articles), "articles")
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var spans []sentences.Span
	for b.Loop() {
		for _, s := range blocks {
			spans = sentences.AppendSplit(spans[:0], s)
		}
	}
}
