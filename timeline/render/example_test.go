package render_test

import (
	"context"
	"fmt"
	"time"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/render"
)

func Example() {
	art := &content.Article{
		Slug: "bridge-closes",
		Meta: content.Meta{Title: "Bridge closes", Date: time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)},
		HTML: `<p><span class="s" id="s1">The bridge closed.</span></p>`,
	}
	site, err := render.NewSite(render.Config{Title: "Harbour", BaseURL: "https://example.org/harbour/"}, []*content.Article{art}, nil)
	if err != nil {
		panic(err)
	}
	// A site's own templates/ folder would override the defaults file by file.
	tpl := render.NewTemplates("", templates.FS())

	// An extra output file: a plain-text list of the articles.
	list := func(_ context.Context, s *render.Site, out *render.Output) error {
		var b []byte
		for _, a := range s.Articles {
			b = fmt.Appendf(b, "%s %s\n", a.Published, s.Absolute(a.Page))
		}
		return out.Add("articles.txt", b)
	}

	files, err := render.Render(context.Background(), site, tpl, render.Generators(list))
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		fmt.Println(f.Path)
	}
	// Write(ctx, "public", files) would then swap them in.

	// Output:
	// 404.html
	// articles.txt
	// articles/bridge-closes/index.html
	// favicon.svg
	// feed.atom
	// feed.json
	// filter.js
	// index.html
	// people/index.html
	// places/index.html
	// sitemap.xml
	// style.css
	// timeline.ics
	// timeline.json
	// timelinejs.json
}
