package timeline

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/timeline/timeline/cache"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/corpus"
	"github.com/newsroom/timeline/timeline/events"
)

// BenchmarkArticleCachePut measures writing the build cache of a cold
// build: per op, 200 generated articles' records encoded and put into a
// new store, saved at the end (the pack written in a folder under
// $CACHE_BENCH_DIR, default the test's temporary folder; tmpfs keeps the
// disk out of it).
//
//	go test -run '^$' -bench ArticleCachePut -benchmem ./timeline/
func BenchmarkArticleCachePut(b *testing.B) {
	const n = 200
	src := b.TempDir()
	if err := corpus.Write(src, n, corpus.Options{SeedDir: filepath.Join("..", "content")}); err != nil {
		b.Skipf("cannot generate the corpus from the seed articles: %v", err)
	}
	entries, err := os.ReadDir(filepath.Join(src, "content"))
	if err != nil {
		b.Fatal(err)
	}
	c, err := newArticleCache(b.TempDir(), "bench", "bench", events.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var recs []*articleRecord
	var keys []cache.Key
	size := 0
	for _, e := range entries {
		p := filepath.Join(src, "content", e.Name())
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a, err := content.Parse(p, data)
		if err != nil {
			b.Fatal(err)
		}
		rec := &articleRecord{Article: a, Mentions: events.Extract(a, events.Options{})}
		recs = append(recs, rec)
		keys = append(keys, c.key(p, data))
		size += len(c.codec.Append(nil, rec))
	}
	b.SetBytes(int64(size))
	dir := os.Getenv("CACHE_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	} else if dir, err = os.MkdirTemp(dir, "pack-"); err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	c.dir = dir
	if err := c.open(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, rec := range recs {
			k := keys[j]
			binary.LittleEndian.PutUint64(k[:], uint64(i))
			c.put(k, rec)
		}
	}
	if err := c.store.Save(); err != nil {
		b.Fatal(err)
	}
}
