package render

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/templates"
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
	}
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
