package timeline

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// TestSubPathDeploy builds a site for https://example.org/news/timeline/ and
// follows every href and src of every page as a browser would there: each
// must resolve to a file of the output (a folder to its index.html), and
// each fragment to an id in that file. Links to other hosts are the
// articles' original addresses, and are left alone.
func TestSubPathDeploy(t *testing.T) {
	for _, tc := range []struct {
		name, baseURL string
		reason        string
	}{
		{"absolute", "https://example.org/news/timeline/", "canonical links are absolute; page links relative"},
		{"absolute without slash", "https://example.org/news/timeline", "the base URL's path gets its slash"},
		{"path only", "/news/timeline/", "a path-only base URL serves the same way"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, twoArticles)
			dest := filepath.Join(t.TempDir(), "out")
			if _, err := build(context.Background(), Config{Source: src, Destination: dest, BaseURL: tc.baseURL}, stubStages()); err != nil {
				t.Fatal(err)
			}
			checkLinks(t, readTree(t, dest), "https://example.org/news/timeline/")
		})
	}
}

// checkLinks checks every href and src of every HTML page in files, served
// from base, and the locations in sitemap.xml.
func checkLinks(t *testing.T, files map[string]string, base string) {
	t.Helper()
	root, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	resolve := func(page, ref string) {
		pageURL := root.ResolveReference(&url.URL{Path: page})
		u, err := url.Parse(ref)
		if err != nil {
			t.Errorf("%s: bad link %q: %v", page, ref, err)
			return
		}
		abs := pageURL.ResolveReference(u)
		if abs.Host != root.Host {
			if abs.Scheme != "http" && abs.Scheme != "https" {
				t.Errorf("%s: link %q has scheme %q", page, ref, abs.Scheme)
			}
			return
		}
		if !strings.HasPrefix(abs.Path, root.Path) {
			t.Errorf("%s: link %q leaves the site: %s", page, ref, abs)
			return
		}
		target := strings.TrimPrefix(abs.Path, root.Path)
		if target == "" || strings.HasSuffix(target, "/") {
			target += "index.html"
		}
		doc, ok := files[target]
		if !ok {
			t.Errorf("%s: link %q resolves to %s, which is not in the output", page, ref, abs)
			return
		}
		if abs.Fragment != "" && !ids(doc)[abs.Fragment] {
			t.Errorf("%s: link %q: %s has no id %q", page, ref, target, abs.Fragment)
		}
	}
	pages := 0
	for p, doc := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		pages++
		if p == "404.html" {
			// A host serves 404.html at any missing address: its links
			// must work from anywhere, so resolve them from deep inside.
			p = "no/such/page/at/all"
		}
		for _, e := range scanHTML(doc) {
			for _, name := range []string{"href", "src"} {
				v := e.attr(name)
				switch {
				case strings.HasPrefix(v, "#"):
					// Within the page, wherever it is served.
					if !ids(doc)[v[1:]] {
						t.Errorf("%s: link %q: no such id in the page", p, v)
					}
				case v != "":
					resolve(p, v)
				}
			}
		}
	}
	if pages == 0 {
		t.Fatal("no pages")
	}
	for _, loc := range sitemapLocs(t, files["sitemap.xml"]) {
		resolve("sitemap.xml", loc)
	}
}
