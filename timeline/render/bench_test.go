package render

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/corpus"
	"github.com/newsroom/timeline/timeline/events"
)

// BenchmarkRenderPages renders the HTML pages (timeline, articles, events,
// people, places) of a generated 1,000-article site into memory, with the
// fast path of the built-in templates and with html/template alone, and
// reports pages per second. The target: the pages of a 10,000-article
// site in at most 2.5 CPU-seconds with template execution and
// minification, that is at least 7,000 pages per CPU-second.
func BenchmarkRenderPages(b *testing.B) {
	const n = 1000
	files, err := corpus.Articles(n, corpus.Options{SeedDir: filepath.Join("..", "..", "content")})
	if err != nil {
		b.Skipf("no seed articles to build a corpus from: %v", err)
	}
	var arts []*content.Article
	var ms []events.Mention
	bySlug := map[string]*content.Article{}
	for _, f := range files {
		a, err := content.Parse(f.Name, f.Data)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		bySlug[a.Slug] = a
		ms = append(ms, events.Extract(a, events.Options{})...)
	}
	evs, err := events.Merge(ms, bySlug, events.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s, err := NewSite(Config{Title: "Bench", BaseURL: "https://example.org/"}, arts, evs)
	if err != nil {
		b.Fatal(err)
	}
	gens := []Generator{Index, Articles, Events, People, Places}
	for _, bc := range []struct {
		name string
		slow bool
	}{{"fast", false}, {"html-template", true}} {
		b.Run(bc.name, func(b *testing.B) {
			tp := NewTemplates("", templates.FS())
			tp.slow = bc.slow
			pages := 0
			for b.Loop() {
				files, err := Render(context.Background(), s, tp, gens)
				if err != nil {
					b.Fatal(err)
				}
				pages = Pages(files)
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
