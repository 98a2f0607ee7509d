package timeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkBuildStubbed builds a site of 300 articles of 20 sentences each, each
// with one dated sentence, around the stub parser and event stages: it
// measures the build's own work (reading, rendering, minifying, writing).
func BenchmarkBuildStubbed(b *testing.B) {
	src := b.TempDir()
	os.MkdirAll(filepath.Join(src, "content"), 0o755)
	for i := range 300 {
		var body strings.Builder
		for j := range 20 {
			if j == 3 {
				fmt.Fprintf(&body, "The council met on 2024-%02d-%02d to vote on item %d.\n", i%12+1, i%28+1, i)
				continue
			}
			fmt.Fprintf(&body, "Sentence %d of article %d says something about the harbour & its <bridge>.\n", j, i)
		}
		doc := fmt.Sprintf("---\ntitle: Article %d\ndate: 2024-%02d-%02d\npublisher: Gazette\n---\n%s", i, i%12+1, i%28+1, body.String())
		os.WriteFile(filepath.Join(src, "content", fmt.Sprintf("a%03d.md", i)), []byte(doc), 0o644)
	}
	dest := filepath.Join(b.TempDir(), "out")
	b.ResetTimer()
	for b.Loop() {
		if _, err := build(context.Background(), Config{Source: src, Destination: dest}, stubStages()); err != nil {
			b.Fatal(err)
		}
	}
}
