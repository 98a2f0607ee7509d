package timeline

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/corpus"
)

// benchSite writes an n-article site generated from the seed articles
// (content/ at the repository's root, with shifted dates) and builds it
// once, cold, outside the timer.
func benchSite(b *testing.B, n int) (string, *corpus.Generator) {
	b.Helper()
	src := b.TempDir()
	opts := corpus.Options{SeedDir: filepath.Join("..", "content")}
	if err := corpus.Write(src, n, opts); err != nil {
		b.Skipf("cannot generate the corpus from the seed articles: %v", err)
	}
	// Settings as the default site has them.
	toml := "title = \"Generated timeline\"\ndescription = \"A generated site for benchmarks\"\n"
	if err := os.WriteFile(filepath.Join(src, "timeline.toml"), []byte(toml), 0o644); err != nil {
		b.Fatal(err)
	}
	// An editor's articles were written long before the build; a file
	// changed in the last moments is not trusted by the no-change path.
	old := time.Now().Add(-24 * time.Hour)
	entries, _ := os.ReadDir(filepath.Join(src, "content"))
	for _, e := range entries {
		os.Chtimes(filepath.Join(src, "content", e.Name()), old, old)
	}
	g, err := corpus.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	res, err := Build(context.Background(), Config{Source: src})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("cold build: %d articles, %d events, %d files", res.Articles, res.Events, res.Files)
	return src, g
}

// BenchmarkAddArticle10k measures what an editor waits for under
// `timeline serve`: one article added to a site of 10,000, then a rebuild
// by the Builder that serve holds (the last build's analysis kept in
// memory). The target is under 0.5 s. BenchmarkAddArticle10kCold measures
// the same change built by a new `timeline build` process's way (Build,
// from the cache on disk).
//
//	go test -run '^$' -bench AddArticle10k -benchtime 3x ./timeline/
func BenchmarkAddArticle10k(b *testing.B) {
	const n = 10000
	src, g := benchSite(b, n)
	builder := NewBuilder(Config{Source: src})
	if _, err := builder.Build(context.Background()); err != nil { // serve's first build
		b.Fatal(err)
	}
	addArticles(b, src, g, n, builder.Build)
}

// BenchmarkAddArticle10kCold is BenchmarkAddArticle10k with every rebuild
// a Build, as a `timeline build` process makes it (less the process's
// start).
func BenchmarkAddArticle10kCold(b *testing.B) {
	const n = 10000
	src, g := benchSite(b, n)
	addArticles(b, src, g, n, func(ctx context.Context) (*Result, error) {
		return Build(ctx, Config{Source: src})
	})
}

// addProfile names a file for a CPU profile of addArticles' timed loop
// only (the -test.cpuprofile of a benchmark holds its cold builds too);
// file.mem0 and file.mem1 are heap profiles from before and after it
// (go tool pprof -sample_index=alloc_space -diff_base file.mem0 file.mem1).
var addProfile = flag.String("addprofile", "", "write a CPU profile of the AddArticle benchmarks' timed rebuilds to `file`")

// writeHeap writes a heap profile to name, after a collection: the
// profile shows the allocations as of the last one.
func writeHeap(b *testing.B, name string) {
	runtime.GC()
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		b.Fatal(err)
	}
}

// addArticles times, per op, writing the next generated article into src
// and building.
func addArticles(b *testing.B, src string, g *corpus.Generator, n int, build func(context.Context) (*Result, error)) {
	if *addProfile != "" {
		writeHeap(b, *addProfile+".mem0")
		defer writeHeap(b, *addProfile+".mem1")
		f, err := os.Create(*addProfile)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	b.ResetTimer()
	i := n
	extracted := 0
	user0, sys0 := cpuTimes()
	for b.Loop() {
		f := g.Article(i)
		i++
		if err := os.WriteFile(filepath.Join(src, "content", f.Name), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
		res, err := build(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		extracted += res.Extracted
	}
	b.ReportMetric(float64(extracted)/float64(b.N), "extracted/op")
	// The machine is shared: CPU seconds (all threads, GC included) are
	// steadier than the wall clock.
	// System time (page faults, the file system) varies most with the
	// other work on the machine: it is reported on its own too.
	user, sys := cpuTimes()
	b.ReportMetric((user-user0+sys-sys0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric((sys-sys0).Seconds()/float64(b.N), "sys-s/op")
}

// BenchmarkNoChange10k measures a rebuild of a 10,000-article site in
// which nothing changed.
//
//	go test -run '^$' -bench NoChange10k -benchtime 5x ./timeline/
func BenchmarkNoChange10k(b *testing.B) {
	src, _ := benchSite(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(context.Background(), Config{Source: src}); err != nil {
			b.Fatal(err)
		}
	}
}
