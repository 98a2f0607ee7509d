package timeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/corpus"
)

// BenchmarkBuildCorpus builds a generated 1,000-article site (see package corpus)
// from scratch (no incremental cache) and reports articles per second. The corpus is made from the
// project's own content/*.md. scripts/bench measures larger sites with the
// compiled binary.
func BenchmarkBuildCorpus(b *testing.B) {
	const n = 1000
	site := b.TempDir()
	if err := corpus.Write(site, n, corpus.Options{SeedDir: filepath.Join("..", "content")}); err != nil {
		b.Skipf("no seed articles to build a corpus from: %v", err)
	}
	ctx := context.Background()
	for b.Loop() {
		// A cold build: no incremental cache from the previous round.
		if err := os.RemoveAll(filepath.Join(site, ".timeline-cache")); err != nil {
			b.Fatal(err)
		}
		dest := filepath.Join(b.TempDir(), "public")
		res, err := timeline.Build(ctx, timeline.Config{Source: site, Destination: dest})
		if err != nil {
			b.Fatal(err)
		}
		if res.Articles != n {
			b.Fatalf("built %d articles, want %d", res.Articles, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
