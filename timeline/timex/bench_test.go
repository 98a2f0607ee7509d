package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// benchTexts loads the seed articles and the TempEval-3 texts (tags
// stripped) from ../shared; it skips when they are absent.
func benchTexts(b *testing.B) []string {
	shared := filepath.Join("..", "..", "..", "shared")
	var texts []string
	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	tml, _ := filepath.Glob(filepath.Join(shared, "tempeval3", "*", "*.tml"))
	tml2, _ := filepath.Glob(filepath.Join(shared, "tempeval3", "*", "*", "*.tml"))
	tags := regexp.MustCompile(`<[^>]*>`)
	for _, f := range append(seeds, append(tml, tml2...)...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		if filepath.Ext(f) == ".tml" {
			s = tags.ReplaceAllString(s, "")
		}
		texts = append(texts, s)
	}
	if len(texts) == 0 {
		b.Skip("no seed or TempEval texts under ../shared: nothing to measure")
	}
	return texts
}

// BenchmarkFind reports the tagging speed over the seed articles and the
// TempEval-3 texts in MB/s. The target is at least 20 MB/s per core.
func BenchmarkFind(b *testing.B) {
	texts := benchTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	ref := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Find(s, ref)
		}
	}
}

// BenchmarkTagger is BenchmarkFind with a Tagger reusing its storage.
func BenchmarkTagger(b *testing.B) {
	texts := benchTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	ref := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	var tg Tagger
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			tg.Find(s, ref)
		}
	}
}
