package render

import (
	"bytes"
	"context"
	"html/template"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// sourceTemplates returns templates whose pages execute the template
// sources as they are and are minified one by one, as every page was before
// templates were minified when loaded.
func sourceTemplates(t *testing.T) *Templates {
	t.Helper()
	min := NewTemplates("", templates.FS())
	if err := min.Check(); err != nil {
		t.Fatal(err)
	}
	src := NewTemplates("", templates.FS())
	for name, set := range min.sets {
		s := min.srcs[set]
		src.sets[name], src.raw[s], src.srcs[s] = s, true, s
	}
	return src
}

// sampleSites are sites that exercise every page template: hostile text,
// a base URL with a path, and a timeline split into parts.
func sampleSites(t *testing.T) map[string]*Site {
	split, _, _ := splitSite(t)
	return map[string]*Site{
		"storm at /":             testSite(t, "/"),
		"storm at a sub-path":    testSite(t, "https://example.org/news/"),
		"a split timeline":       split,
		"a site with no events":  mustSite(t, Config{Title: "Empty"}),
		"a site with a subtitle": mustSite(t, Config{Title: "T", Description: `<b>"quoted" & 'single'</b>`}),
		"the default articles":   defaultSite(t),
		"odd text and URLs":      oddSite(t, "/sub+path/"),
		"odd text, absolute URL": oddSite(t, "https://example.org/n%C3%A9ws/"),
		"one event, one article": oneEventSite(t),
	}
}

// oneEventSite is one article reporting one event: counts in the singular,
// a span of one day.
func oneEventSite(t *testing.T) *Site {
	t.Helper()
	s := testSite(t, "/")
	var ev *events.Event
	for _, e := range s.Events {
		if len(e.Sources) == 1 {
			ev = e
			break
		}
	}
	var art *content.Article
	for _, a := range s.Articles {
		if a.Slug == ev.Sources[0].Article {
			art = a.Article
		}
	}
	one, err := NewSite(Config{Title: "One"}, []*content.Article{art}, []events.Event{*ev})
	if err != nil {
		t.Fatal(err)
	}
	return one
}

// defaultSite is the repository's default articles, through extraction
// and merging, at an absolute base URL.
func defaultSite(t *testing.T) *Site {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "content", "*.md"))
	if len(paths) == 0 {
		t.Fatal("no articles under ../../content")
	}
	var arts []*content.Article
	var ms []events.Mention
	bySlug := map[string]*content.Article{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := content.Parse(p, b)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
		bySlug[a.Slug] = a
		ms = append(ms, events.Extract(a, events.Options{})...)
	}
	evs, err := events.Merge(ms, bySlug, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSite(Config{Title: "Talks", BaseURL: "https://example.org/news/timeline/"}, arts, evs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// oddSite has every field a user writes filled with what escapes: quotes,
// ampersands, plus signs, NUL, invalid UTF-8, non-ASCII, and URLs with
// queries, spaces and percent signs.
func oddSite(t *testing.T, base string) *Site {
	t.Helper()
	odd := "A \"q\" & 'b' + <i>c</i> \x00 \xff é—€ \u2028 </script>"
	day, _ := time.Parse(time.DateOnly, "2024-02-29")
	a := &content.Article{Slug: "odd", Meta: content.Meta{
		Title: odd, Date: day, Publisher: odd, OriginalPublisher: odd,
		Authors: []string{odd, "B+C"}, Tags: []string{odd, "t"},
		URL: "https://x.example/a b?q=1&r=a+b%zz%41'\"<>é#frag",
	}, HTML: `<p><span class="s" id="s1">` + "Odd &amp; text." + `</span></p>`}
	b := &content.Article{Slug: "plain", Meta: content.Meta{Title: "Plain", Date: day.AddDate(0, 0, 1), URL: "javascript:alert(1)"},
		HTML: `<p><span class="s" id="s1">Plain.</span></p>`}
	src := func(a *content.Article, expr, value string) events.Source {
		return events.Source{Article: a.Slug, Title: a.Meta.Title, Publisher: a.Meta.Publisher, Published: "2024-02-29",
			URL: "articles/" + a.Slug + "/#s1", OriginalURL: a.Meta.URL, Quote: odd + " " + expr, Expression: expr, Value: value}
	}
	evs := []events.Event{
		{ID: "2024-02-28-odd", Title: odd, Summary: odd, URL: "events/2024-02-28-odd/",
			Date:     events.Date{Value: "2024-W09", Start: "2024-02-26", End: "2024-03-03", Label: odd},
			Readings: []events.Date{{Value: "2024-W09", Label: odd}, {Value: "2024-02-28", Label: "28 February"}},
			People:   []string{odd, "Nobody+One"}, Places: []string{odd},
			Sources: []events.Source{src(a, odd, "2024-W09"), src(b, "yesterday", "2024-02-28"), src(a, "", "")}},
		{ID: "2024-02-29-plain", Title: "Plain", URL: "events/2024-02-29-plain/",
			Date:    events.Date{Value: "XXXX-02-29", Start: "2024-02-29", End: "2024-02-29", Label: "29 February 2024"},
			Sources: []events.Source{src(b, "today", "2024-02-29-WE"), src(a, "every Monday", "XXXX-WXX-1"), src(a, "lately", "PAST_REF")}},
	}
	// An event with many sources: more than the fast path and Sources
	// look up without a map.
	many := events.Event{ID: "2024-02-27-many", Title: "Many", URL: "events/2024-02-27-many/",
		Date: events.Date{Value: "2024-02-27", Start: "2024-02-27", End: "2024-02-27", Label: "27 February 2024"}}
	for i := range 20 {
		many.Sources = append(many.Sources, src([]*content.Article{a, b, b}[i%3], "then", "2024-02-27"))
	}
	evs = append(evs, many)
	s, err := NewSite(Config{Title: odd, Description: odd, Language: "en-GB", BaseURL: base}, []*content.Article{a, b}, evs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustSite(t *testing.T, cfg Config) *Site {
	t.Helper()
	s, err := NewSite(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMinifiedTemplatesKeepPages checks that pages executed from templates
// minified when loaded are, once minified, the pages the template sources
// make minified one by one: minifying the templates changes no page but for
// the whitespace and quoting the page minifier would drop.
func TestMinifiedTemplatesKeepPages(t *testing.T) {
	src := sourceTemplates(t)
	m := newMinifier()
	for name, s := range sampleSites(t) {
		got, err := Render(context.Background(), s, NewTemplates("", templates.FS()), Generators())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, err := Render(context.Background(), s, src, Generators())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d files, want %d", name, len(got), len(want))
		}
		for i, f := range got {
			w := want[i]
			if mediaType(".html") != mediaType(extOf(f.Path)) {
				if string(f.Data) != string(w.Data) {
					t.Errorf("%s: %s differs", name, f.Path)
				}
				continue
			}
			b, err := m.Bytes("text/html", f.Data)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(w.Data), string(b)); diff != "" {
				t.Errorf("%s: %s, minified again, differs from the page of the sources (-want +got):\n%s", name, f.Path, diff)
			}
		}
	}
}

func extOf(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// TestFastPathMatchesTemplates renders sample sites with the fast path of
// the built-in article and event pages and with html/template alone, and
// wants the same bytes. It fails too when the built-in templates changed
// without fast.go: update the fast path to write what they write, then
// fastSum with the sum this test prints.
func TestFastPathMatchesTemplates(t *testing.T) {
	tp := NewTemplates("", templates.FS())
	for _, name := range []string{"article.html", "event.html", "index.html", "entity.html"} {
		set, err := tp.Page(name)
		if err != nil {
			t.Fatal(err)
		}
		if f := tp.fastPath(set); f == nil {
			files, srcs := builtinSet(t, name)
			t.Errorf("%s has no fast path: the built-in templates are not those fast.go was written for; update it and fastSum(%q) to %q", name, name, setSum(files, srcs))
		}
	}
	for name, s := range sampleSites(t) {
		got, err := Render(context.Background(), s, tp, Generators())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		slow := NewTemplates("", templates.FS())
		slow.slow = true
		want, err := Render(context.Background(), s, slow, Generators())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d files, want %d", name, len(got), len(want))
		}
		for i, f := range got {
			if diff := cmp.Diff(string(want[i].Data), string(f.Data)); diff != "" {
				t.Errorf("%s: %s differs from html/template's (-want +got):\n%s", name, f.Path, diff)
			}
		}
	}
}

// builtinSet returns the files of the built-in set of a page template and
// their bytes, as Templates.Page reads them.
func builtinSet(t *testing.T, page string) ([]string, [][]byte) {
	t.Helper()
	tp := NewTemplates("", templates.FS())
	partials, err := tp.Files("partials")
	if err != nil {
		t.Fatal(err)
	}
	files := append(append([]string{"layout.html"}, partials...), page)
	var srcs [][]byte
	for _, f := range files {
		b, err := tp.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, b)
	}
	return files, srcs
}

// TestFastLink checks that the fast path writes every link as it writes
// the joined link through html/template's URL escapers.
func TestFastLink(t *testing.T) {
	roots := []string{"", "../../", "/x%20y/", "/a:b/", "/sub+path/", "/a&b/", "/news/timeline/"}
	targets := []string{"", "a/", "a/b.html", "#x", "#x:y", "a:b/", "javascript:alert(1)", "%41/", "%4/", "a%/",
		"a b/", "?q=1&r=2", "é/", "articles/x/#s4", "style.css", "a'b/", `a"b/`, "a<b>/", "./x/", "../y/", "x..y/", "events/2024-01-02-a_b/", "feed.atom", "articles/a-b/#s12", "articles/a/#", "#", "a/#x/y", "a/#x#y", "a/#x?y", "a?b#c"}
	for _, root := range roots {
		for _, target := range targets {
			p := &Page{Root: root}
			var got, want fastWriter
			got.link(p, target)
			want.url(p.Link(target))
			if string(got.buf) != string(want.buf) {
				t.Errorf("root %q, target %q: %q, want %q", root, target, got.buf, want.buf)
			}
		}
	}
}

// FuzzFastEscapers checks the fast path's escapers against html/template's
// own, in text, in an attribute, in a URL and in a URL's query.
func FuzzFastEscapers(f *testing.F) {
	for _, s := range []string{"", "plain", `a "q" & 'b' + <i>`, "\x00\xff é \u2028", "javascript:alert(1)", "JavaScript:x",
		"mailto:a@b", "http://x/a b?c=d&e=f+g#h", "%41%zz%", "a:b/c", "/a:b", "#x:y", "data:text/html,x",
		"a longer plain text, then <b>&amp;</b> and 'quotes' + \"more\" past eight bytes", "abcdefg#abcdefg\x00abcdefgé"} {
		f.Add(s)
	}
	tmpl := template.Must(template.New("").Parse(`<p>{{.}}</p><p title="{{.}}"></p><a href="{{.}}"></a><a href="x?q={{.}}"></a>`))
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		if err := tmpl.Execute(&want, s); err != nil {
			t.Skip(err)
		}
		w := &fastWriter{}
		w.s(`<p>`)
		w.esc(s)
		w.s(`</p><p title="`)
		w.esc(s)
		w.s(`"></p><a href="`)
		w.url(s)
		w.s(`"></a><a href="x?q=`)
		w.query(s)
		w.s(`"></a>`)
		if string(w.buf) != want.String() {
			t.Errorf("%q:\n got %s\nwant %s", s, w.buf, want.String())
		}
	})
}

// TestMinifiedSiteTemplates checks TestMinifiedTemplatesKeepPages's
// promise for a site's own templates that put actions where the minifier
// could stumble: in style and script elements, inside tags, in unquoted
// attributes, in pre, next to comments with apostrophes; and that a file
// with a textarea, whose text the minifier would change, is not minified.
func TestMinifiedSiteTemplates(t *testing.T) {
	dir := t.TempDir()
	index := `{{template "layout.html" .}}
{{/* the site's own index: it's here */}}
{{define "main"}}
<style>
  h1 { color: {{if .Part}}red{{else}}blue{{end}}; }
</style>
<script>
  var title = {{.Site.Title}};
</script>
<h1 class={{.Section}} {{if .Part}}hidden{{end}}>  {{.Site.Title}}  </h1>
<pre>
  {{.Site.Title}}
    indented
</pre>
<pre>  {{.Site.Title}}  x  {{.Site.Title}}  </pre>
<p style="color: {{"red"}}">  a   b  {{- " c " -}}  d </p>
<ul>
{{- range .Site.Events}}
  <li>  <a href="{{$.Link .URL}}">{{.Title}}</a>  </li>
{{- end}}
</ul>
{{end}}
`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(index), 0o644); err != nil {
		t.Fatal(err)
	}
	s := testSite(t, "/")
	min := NewTemplates(dir, templates.FS())
	got, err := Render(context.Background(), s, min, []Generator{Index})
	if err != nil {
		t.Fatal(err)
	}
	if set, _ := min.Page("index.html"); !min.Minified(set) || min.fastPath(set) != nil {
		t.Fatalf("the site's index.html: minified %v, fast path %v; want minified, no fast path", min.Minified(set), min.fastPath(set) != nil)
	}
	src := NewTemplates(dir, templates.FS())
	if err := src.Check(); err != nil {
		t.Fatal(err)
	}
	for name, set := range src.sets {
		s := src.srcs[set]
		src.sets[name], src.raw[s], src.srcs[s] = s, true, s
	}
	want, err := Render(context.Background(), s, src, []Generator{Index})
	if err != nil {
		t.Fatal(err)
	}
	b, err := newMinifier().Bytes("text/html", got[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want[0].Data), string(b)); diff != "" {
		t.Errorf("index.html, minified again, differs from the page of the source (-want +got):\n%s", diff)
	}

	if _, ok := minifyTemplate([]byte("<p>  x  </p><TextArea>  {{.}}  </TextArea>")); ok {
		t.Errorf("a template with a textarea is minified")
	}
}

// TestPlain8 checks esc's test of eight bytes at a time against its table,
// for every byte at every place of a word of plain text: it may only
// mistake # for a byte to replace.
func TestPlain8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			x := uint64(0x6161616161616161)&^(0xff<<(8*k)) | uint64(c)<<(8*k)
			if got, want := plain8(x), !escaped[c]; got != want && !(c == '#' && !got) {
				t.Errorf("byte %#x at %d: plain8 %v, the table says %v", c, k, got, want)
			}
		}
	}
}
