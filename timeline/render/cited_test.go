package render

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// TestMarkCitedMatchesParsed checks that ArticleBody's scanning path gives,
// once minified as every page is, the same bytes as the parsing path.
func TestMarkCitedMatchesParsed(t *testing.T) {
	cases := []struct {
		name, md string
	}{
		{"plain sentences", "The storm hit Port Ellis on Sept. 2. The mayor spoke a day later."},
		{"quotes and ampersands", "He said \"no\" & 'never' <b>twice</b>. Then > and < followed."},
		{"inline markup", "The *port* closed, per [the agency](https://example.com/?a=1&b=\"2\"). It `reopened` **later**."},
		{"list and heading", "# Title & more\n\n- First item. Second sentence.\n- Third one here.\n\nA line  \nbreak here. Done."},
		{"code and quote", "> Quoted \"text\" here. More.\n\n    code <x> & y\n\nAfter code. End."},
		{"image and entities", "An ![alt \"x\"](a.png) image &amp; &copy; entity. Another one &#39;here&#39;."},
	}
	m := newMinifier()
	evs := []*events.Event{
		{ID: "e1", Title: `Storm & "flood" <hits>`},
		{ID: "e2", Title: "Mayor's speech"},
	}
	for _, c := range cases {
		a, err := content.Parse("a.md", []byte("---\ntitle: T\ndate: 2023-09-03\n---\n"+c.md+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		n := strings.Count(a.HTML, content.SentenceOpen)
		if n == 0 {
			t.Fatalf("%s: no sentences in %q", c.name, a.HTML)
		}
		for k := 0; k < 3; k++ { // none, every other, all sentences cited
			var cites citeList
			for i := 1; i <= n; i++ {
				if k == 2 || k == 1 && i%2 == 1 {
					cites = append(cites, cite{id: fmt.Sprintf("s%d", i), evs: evs[:1+i%2]})
				}
			}
			p := &Page{Root: "../../"}
			var fb strings.Builder
			ok := p.markCited(&fb, a.HTML, cites)
			fast := fb.String()
			if !ok {
				t.Errorf("%s: scan refused the body %q", c.name, a.HTML)
				continue
			}
			slow, err := p.markCitedParsed(a.HTML, cites)
			if err != nil {
				t.Fatal(err)
			}
			wrap := func(s string) string {
				b, err := m.String("text/html", "<!doctype html><html><head></head><body><article>"+s+"</article></body></html>")
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
			if k > 0 && wrap(fast) != wrap(string(slow)) {
				t.Errorf("%s (%d): minified bodies differ\nscan  %s\nparse %s", c.name, k, wrap(fast), wrap(string(slow)))
			}
		}
	}
}

// TestCitesMadeBySite checks that the cites NewSite makes for each
// article are those its page would find by reading its events' sources.
func TestCitesMadeBySite(t *testing.T) {
	for name, s := range sampleSites(t) {
		n := 0
		for _, a := range s.Articles {
			if !a.citedMade {
				t.Fatalf("%s: NewSite made no cites for %s", name, a.Slug)
			}
			made := (&Page{Article: a}).cites()
			b := *a
			b.cited, b.citedMade = nil, false
			read := (&Page{Article: &b}).cites()
			if !reflect.DeepEqual(made, read) {
				t.Errorf("%s: %s: NewSite made %v, its events read %v", name, a.Slug, made, read)
			}
			n += len(made)
		}
		if n == 0 && len(s.Events) > 0 {
			t.Errorf("%s: no article cites a sentence", name)
		}
	}
}
