package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/feed"
)

// TestFeedsCompact: the large site-wide files that are kept as they are
// made, not minified (timeline.json, the TimelineJS file; see compact and
// TimelineJSON), are the bytes the site's minifier would make of them, on
// sites with markup, quotes and odd characters in every field a user
// writes. The calendar is not minified in either case.
func TestFeedsCompact(t *testing.T) {
	tpl := NewTemplates("", templates.FS())
	m := newMinifier()
	for name, s := range sampleSites(t) {
		out := NewOutput(tpl)
		if err := TimelineJSON(context.Background(), s, out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := Feeds(context.Background(), s, out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range []string{"timeline.json", feed.TimelineJSName, feed.CalendarName} {
			got := out.files[p]
			if len(got) == 0 {
				t.Fatalf("%s: no %s", name, p)
			}
			mt := mediaType(path.Ext(p))
			if mt == "" {
				continue // copied as it is either way
			}
			want, err := m.Bytes(mt, bytes.Clone(got))
			if err != nil {
				t.Fatalf("%s: %s: %v", name, p, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: %s is not as the minifier leaves it:\n%s\nminified:\n%s", name, p, got, want)
			}
		}
	}
}

// TestSitemapBytes: sitemap.xml, written by hand and not minified, is the
// bytes the site's minifier makes of xml.Marshal's encoding of the sitemap
// (as Sitemap wrote it before), on sites with odd characters in their
// slugs and base URLs.
func TestSitemapBytes(t *testing.T) {
	tpl := NewTemplates("", templates.FS())
	m := newMinifier()
	sites := sampleSites(t)
	// Characters XML escapes, in every URL of the sitemap.
	sites["markup in the base URL"] = oddSite(t, "https://example.org/a&b/")
	for name, s := range sites {
		out := NewOutput(tpl)
		for _, g := range Generators() {
			if err := g(context.Background(), s, out); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		got := out.files["sitemap.xml"]
		want, err := m.Bytes("text/xml", referenceSitemap(t, s, out))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: sitemap.xml\n%s\nwant\n%s", name, got, want)
		}
	}
}

// referenceSitemap is sitemap.xml as xml.Marshal writes it, before
// minifying, for the HTML files of out.
func referenceSitemap(t *testing.T, s *Site, out *Output) []byte {
	t.Helper()
	type loc struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod,omitempty"`
	}
	set := struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []loc    `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	lastmod := map[string]string{}
	for _, a := range s.Articles {
		lastmod[a.Page+"index.html"] = a.Published
	}
	files := out.Files()
	sort.SliceStable(files, func(i, j int) bool { return files[i].Path == "index.html" && files[j].Path != "index.html" })
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".html") || f.Path == "404.html" {
			continue
		}
		set.URLs = append(set.URLs, loc{Loc: s.Absolute(strings.TrimSuffix(f.Path, "index.html")), LastMod: lastmod[f.Path]})
	}
	b, err := xml.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	return append([]byte(xml.Header), b...)
}

// TestAbsoluter: the sitemap's shortcut for the site's own paths gives
// what Site.Absolute gives, for every kind of base URL.
func TestAbsoluter(t *testing.T) {
	bases := []string{"", "/", "/news/", "/news", "https://example.org", "https://example.org/news/", "http://u:p@example.org:8080/a/b/",
		"https://example.org/n%C3%A9ws/", "https://example.org/n%7Ews/", "/sub+path/", "https://example.org/a&b/", "https://example.org/x/?q=1", "https://example.org/x/#f"}
	targets := []string{"", "articles/storm/", "events/2023-09-02-storm-hits-port-ellis/", "a//b/", "/abs/", "../up/", "./here/", "x y/", "people/ana_ruiz/", "timeline/2023/", "Caps-AND_under/9/"}
	sites := 0
	for _, base := range bases {
		s, err := NewSite(Config{Title: "T", BaseURL: base}, nil, nil)
		if err != nil {
			continue // a base URL NewSite refuses is not a site's
		}
		sites++
		abs := s.absoluter()
		for _, target := range targets {
			if got, want := abs(target), s.Absolute(target); got != want {
				t.Errorf("base %q, path %q: %q, want %q", base, target, got, want)
			}
		}
	}
	if sites < len(bases)/2 {
		t.Errorf("only %d of %d base URLs made a site", sites, len(bases))
	}
}

// TestXMLPlain: a string xmlPlain passes is one xml.EscapeText leaves as
// it is, so the sitemap may write it without the escaper; every byte is
// tried alone and within a URL.
func TestXMLPlain(t *testing.T) {
	for c := range 256 {
		for _, s := range []string{string([]byte{byte(c)}), "https://example.org/a" + string([]byte{byte(c)}) + "b/"} {
			var b bytes.Buffer
			xml.EscapeText(&b, []byte(s))
			if xmlPlain(s) && b.String() != s {
				t.Errorf("xmlPlain(%q) but EscapeText writes %q", s, b.String())
			}
		}
	}
	if !xmlPlain("https://example.org/news/articles/a-b_c/") {
		t.Errorf("a plain URL is not plain")
	}
}
