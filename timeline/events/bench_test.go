package events

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	gencorpus "github.com/newsroom/timeline/timeline/corpus"
	"github.com/newsroom/timeline/timeline/timex"
)

// corpus makes n articles from the seed articles, copy k of each seed
// published k days after the original (so that copies' events overlap
// their neighbours' in time, as a long-running story's do).
func corpus(b *testing.B, n int) []*content.Article {
	seeds := parseDir(b, filepath.Join("..", "..", "content"))
	out := make([]*content.Article, 0, n)
	for k := 0; len(out) < n; k++ {
		for _, s := range seeds {
			if len(out) == n {
				break
			}
			a := *s
			a.Slug = fmt.Sprintf("%s-%d", s.Slug, k)
			a.Meta.Date = s.Meta.Date.AddDate(0, 0, k)
			out = append(out, &a)
		}
	}
	return out
}

// BenchmarkExtractMerge measures extraction plus merging over generated
// corpora of growing size; time per article should stay flat (linear
// growth), not grow with the corpus.
//
//	go test -run XXX -bench ExtractMerge -benchtime 3x ./timeline/events
func BenchmarkExtractMerge(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		arts := corpus(b, n)
		byslug := make(map[string]*content.Article, n)
		for _, a := range arts {
			byslug[a.Slug] = a
		}
		runtime.GC()
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			events := 0
			for b.Loop() {
				var ms []Mention
				for _, a := range arts {
					ms = append(ms, Extract(a, Options{})...)
				}
				evs, err := Merge(ms, byslug, Options{})
				if err != nil {
					b.Fatal(err)
				}
				events = len(evs)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
			b.ReportMetric(float64(events), "events")
		})
	}
}

// BenchmarkMerge measures merging alone, the stage that would grow
// quadratically if it compared every pair of mentions.
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		arts := corpus(b, n)
		byslug := make(map[string]*content.Article, n)
		var ms []Mention
		for _, a := range arts {
			byslug[a.Slug] = a
			ms = append(ms, Extract(a, Options{})...)
		}
		runtime.GC() // the garbage of setting up is not the merge's
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Merge(ms, byslug, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/mention")
		})
	}
}

// BenchmarkExtract measures extraction alone over generated articles (the
// seeds with shifted dates and varied publishers, as cmd/gencorpus writes
// them), with the real tagger and gazetteer; one op is one article.
//
//	go test -run XXX -bench 'Extract$' -benchmem ./timeline/events
func BenchmarkExtract(b *testing.B) {
	files, err := gencorpus.Articles(500, gencorpus.Options{SeedDir: filepath.Join("..", "..", "content")})
	if err != nil {
		b.Fatal(err)
	}
	arts := make([]*content.Article, len(files))
	for i, f := range files {
		if arts[i], err = content.Parse(f.Name, f.Data); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	b.ReportAllocs()
	i := 0
	cpu := processCPU()
	for b.Loop() {
		Extract(arts[i%len(arts)], Options{})
		i++
	}
	if cpu > 0 {
		b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkExtractEvents measures the events side of extraction alone:
// BenchmarkExtract's articles with their temporal expressions found
// beforehand (Options.Tagger returns them), so that one op is what
// Extract does for an article besides tagging it.
//
//	go test -run XXX -bench 'ExtractEvents$' -benchmem ./timeline/events
func BenchmarkExtractEvents(b *testing.B) {
	files, err := gencorpus.Articles(500, gencorpus.Options{SeedDir: filepath.Join("..", "..", "content")})
	if err != nil {
		b.Fatal(err)
	}
	type tagged struct {
		ref time.Time
		txs []timex.Timex
	}
	arts := make([]*content.Article, len(files))
	tags := make([][]tagged, len(files))
	var tg timex.Tagger
	for i, f := range files {
		if arts[i], err = content.Parse(f.Name, f.Data); err != nil {
			b.Fatal(err)
		}
		k := i
		Extract(arts[i], Options{Tagger: func(text string, ref time.Time) []timex.Timex {
			txs := tg.AppendFind(nil, text, "", ref)
			tags[k] = append(tags[k], tagged{ref, txs})
			return txs
		}})
	}
	runtime.GC()
	b.ReportAllocs()
	i := 0
	opts := Options{Tagger: func(text string, ref time.Time) []timex.Timex {
		for _, t := range tags[i%len(arts)] {
			if t.ref.Equal(ref) {
				return t.txs
			}
		}
		b.Fatal("no expressions tagged against", ref)
		return nil
	}}
	cpu := processCPU()
	for b.Loop() {
		Extract(arts[i%len(arts)], opts)
		i++
	}
	if cpu > 0 {
		b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkMergeGenerated measures merging alone over the corpus
// cmd/gencorpus writes (rounds of the seeds over ten years: the larger
// corpus has larger events, as a denser archive does). One op is one
// merge; the cost per mention should stay flat from 10,000 articles to
// 100,000. The corpus is extracted for the sizes selected only:
//
//	go test -run XXX -bench 'MergeGenerated/articles=10000$' -benchtime 3x ./timeline/events
func BenchmarkMergeGenerated(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			ms, byslug := generated(b, n)
			runtime.GC() // the garbage of setting up is not the merge's
			b.ReportAllocs()
			cpu := processCPU()
			for b.Loop() {
				if _, err := Merge(ms, byslug, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/mention")
			if cpu > 0 {
				b.ReportMetric(float64(processCPU()-cpu)/float64(b.N)/1e9, "cpu-s/op")
			}
		})
	}
}

// generated returns the mentions of n articles of the generated corpus,
// article by article in file order, and the articles by slug.
func generated(b *testing.B, n int) ([]Mention, map[string]*content.Article) {
	files, err := gencorpus.Articles(n, gencorpus.Options{SeedDir: filepath.Join("..", "..", "content")})
	if err != nil {
		b.Fatal(err)
	}
	arts := make([]*content.Article, n)
	per := make([][]Mention, n)
	workers := runtime.GOMAXPROCS(0)
	errs := make(chan error, workers)
	for w := range workers {
		go func() {
			var err error
			for i := w; i < n; i += workers {
				var a *content.Article
				if a, err = content.Parse(files[i].Name, files[i].Data); err != nil {
					break
				}
				arts[i], per[i] = a, Extract(a, Options{})
			}
			errs <- err
		}()
	}
	for range workers {
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
	}
	byslug := make(map[string]*content.Article, n)
	var ms []Mention
	for i, a := range arts {
		byslug[a.Slug] = a
		ms = append(ms, per[i]...)
	}
	return ms, byslug
}
