package serve

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// siteFixture builds a served folder with a secret beside it and symbolic
// links pointing out of it, and returns the folder.
func siteFixture(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	site := filepath.Join(base, "public")
	writeFiles(t, base, map[string]string{
		"secret.txt":            "SECRET outside the site",
		"public-other/leak.txt": "SECRET in a sibling with the same prefix",
	})
	writeFiles(t, site, map[string]string{
		"index.html":             "<!doctype html><title>Home</title><p>home page",
		"404.html":               "<!doctype html><title>Lost</title><p>site's own not-found page</p></body></html>",
		"style.css":              "body{color:red}",
		"app.js":                 "console.log(1)",
		"timeline.json":          `{"events":[]}`,
		"sitemap.xml":            "<urlset/>",
		"icon.svg":               "<svg/>",
		"timeline.ics":           "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
		"atom.xml":               "<feed/>",
		"feed.atom":              "<feed/>",
		"robots.txt":             "User-agent: *",
		"events/a/index.html":    "<html><body><p>event a</p></body></html>",
		"articles/x/index.html":  "<p>article x",
		"articles/x/notes.txt":   "notes",
		"nolisting/readme.txt":   "a folder without index.html",
		"_timeline/shadowed.txt": "unreachable: the server owns this prefix",
	})
	for link, target := range map[string]string{
		"link-file.txt": filepath.Join(base, "secret.txt"),
		"link-rel.txt":  "../secret.txt",
		"link-dir":      base,
		"link-inside":   "style.css",
	} {
		if err := os.Symlink(target, filepath.Join(site, link)); err != nil {
			t.Skipf("cannot create symbolic links here: %v", err)
		}
	}
	return site
}

// rawGet sends target verbatim as the request target, so that no client
// library cleans or re-encodes it, and returns the status and body.
func rawGet(t *testing.T, addr, target string) (int, http.Header, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: "+addr+"\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(body)
}

func TestHandlerServesOnlyTheSite(t *testing.T) {
	site := siteFixture(t)
	srv := httptest.NewServer(NewHandler(site))
	defer srv.Close()
	addr := srv.Listener.Addr().String()

	tests := []struct {
		target string
		status int
		want   string // a substring of the body; "" to skip
		reason string
	}{
		{"/", 200, "home page", "the site's index"},
		{"/index.html", 200, "home page", "a file by name"},
		{"/events/a/", 200, "event a", "a folder serves its index.html"},
		{"/events/a", 301, "", "a folder without its slash is redirected, so relative links work"},
		{"/articles/x/notes.txt", 200, "notes", "a plain file in a folder"},
		{"/link-inside", 200, "color:red", "a symbolic link staying inside the site is followed"},

		{"/../secret.txt", 404, "site's own not-found page", "dot-dot in the path"},
		{"/events/../../secret.txt", 404, "", "dot-dot after a real folder"},
		{"/%2e%2e/secret.txt", 404, "", "percent-encoded dot-dot"},
		{"/%2E%2E/secret.txt", 404, "", "percent-encoded dot-dot, upper case"},
		{"/.%2e/secret.txt", 404, "", "half-encoded dot-dot"},
		{"/..%2fsecret.txt", 404, "", "dot-dot with an encoded slash"},
		{"/events%2f..%2f..%2fsecret.txt", 404, "", "encoded slashes throughout"},
		{"/%2e%2e%2fsecret.txt", 404, "", "everything encoded"},
		{"/..%5csecret.txt", 404, "", "encoded backslash"},
		{"/..\\secret.txt", 404, "", "raw backslash"},
		{"/events\\..\\..\\secret.txt", 404, "", "backslashes as separators"},
		{"/./index.html", 404, "", "a dot element is refused rather than interpreted"},
		{"/../public-other/leak.txt", 404, "", "a sibling folder sharing the site's name as a prefix"},
		{"//etc/passwd", 404, "", "an absolute path behind a double slash"},
		{"/etc/passwd", 404, "", "an absolute path is taken inside the site, where it does not exist"},
		{"/%2fetc%2fpasswd", 404, "", "an encoded absolute path"},
		{"http://example.com/../secret.txt", 404, "", "absolute-form request target with dot-dot"},
		{"/%00", 404, "", "a NUL byte"},
		{"/index.html%00.txt", 404, "", "a NUL byte before an extension"},
		{"/link-file.txt", 404, "", "a symbolic link to an absolute path outside"},
		{"/link-rel.txt", 404, "", "a symbolic link to a relative path outside"},
		{"/link-dir/secret.txt", 404, "", "through a symbolic link to a folder outside"},
		{"/nolisting/", 404, "site's own not-found page", "a folder without index.html is not listed"},
		{"/articles/", 404, "", "a folder without index.html is not listed, even with subfolders"},
		{"/missing.html", 404, "site's own not-found page", "a missing file"},
		{"/_timeline/shadowed.txt", 404, "", "the server's own prefix is not the site's"},
	}
	for _, tc := range tests {
		status, hdr, body := rawGet(t, addr, tc.target)
		if status != tc.status {
			t.Errorf("GET %s = %d, want %d (%s)", tc.target, status, tc.status, tc.reason)
			continue
		}
		if strings.Contains(body, "SECRET") {
			t.Errorf("GET %s leaked a file outside the site (%s)", tc.target, tc.reason)
		}
		if tc.want != "" && !strings.Contains(body, tc.want) {
			t.Errorf("GET %s: body %q lacks %q (%s)", tc.target, body, tc.want, tc.reason)
		}
		if status == 301 {
			if loc := hdr.Get("Location"); loc != tc.target+"/" {
				t.Errorf("GET %s: Location %q, want %q", tc.target, loc, tc.target+"/")
			}
		}
	}
}

func TestHandlerContentTypes(t *testing.T) {
	site := siteFixture(t)
	srv := httptest.NewServer(NewHandler(site))
	defer srv.Close()
	tests := []struct{ path, want, reason string }{
		{"/", "text/html; charset=utf-8", "a folder's index"},
		{"/index.html", "text/html; charset=utf-8", "html"},
		{"/style.css", "text/css; charset=utf-8", "css"},
		{"/app.js", "text/javascript; charset=utf-8", "js"},
		{"/timeline.json", "application/json", "json"},
		{"/sitemap.xml", "application/xml", "xml"},
		{"/icon.svg", "image/svg+xml", "svg, so the browser renders it"},
		{"/timeline.ics", "text/calendar; charset=utf-8", "calendar export"},
		{"/atom.xml", "application/atom+xml", "an Atom feed named .xml"},
		{"/feed.atom", "application/atom+xml", "an Atom feed by extension"},
		{"/robots.txt", "text/plain; charset=utf-8", "text"},
		{"/missing", "text/html; charset=utf-8", "the 404 page"},
		{"/_timeline/reload.js", "text/javascript; charset=utf-8", "the reload script"},
	}
	for _, tc := range tests {
		resp, err := http.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); got != tc.want {
			t.Errorf("GET %s: Content-Type %q, want %q (%s)", tc.path, got, tc.want, tc.reason)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", tc.path, got)
		}
	}
}

func TestHandlerInjectsOnlyIntoHTML(t *testing.T) {
	site := siteFixture(t)
	h := NewHandler(site)
	srv := httptest.NewServer(h)
	defer srv.Close()
	get := func(path string) string {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}

	if body := get("/"); !strings.HasSuffix(body, `<script src="/_timeline/reload.js" data-generation="0"></script>`) {
		t.Errorf("index without a closing body tag: snippet not appended at the end: %q", body)
	}
	if body := get("/events/a/"); !strings.Contains(body, `</script></body></html>`) {
		t.Errorf("snippet not placed before </body>: %q", body)
	}
	if body := get("/missing"); !strings.Contains(body, "reload.js") {
		t.Errorf("the 404 page lacks the reload script: %q", body)
	}
	for _, p := range []string{"/style.css", "/timeline.json", "/icon.svg", "/sitemap.xml"} {
		if body := get(p); strings.Contains(body, "_timeline") {
			t.Errorf("GET %s: snippet injected into a non-HTML file: %q", p, body)
		}
	}

	h.Rebuilt(errors.New(`content/bad.md:3: title "<script>alert(1)</script>" & more`))
	body := get("/")
	if strings.Contains(body, "<script>alert(1)") {
		t.Fatalf("build error not escaped: %q", body)
	}
	if !strings.Contains(body, "content/bad.md:3: title &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34; &amp; more") {
		t.Errorf("build error not shown (escaped) on the page: %q", body)
	}
	if !strings.Contains(body, "home page") || !strings.Contains(body, `data-generation="1"`) {
		t.Errorf("the last good page should still be served, at generation 1: %q", body)
	}
	h.Rebuilt(nil)
	if body := get("/"); strings.Contains(body, "timeline-build-error") {
		t.Errorf("banner still shown after a good rebuild: %q", body)
	}

	b, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "_timeline") {
		t.Errorf("the snippet was written into the site folder")
	}
}

func TestSiteName(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
		reason   string
	}{
		{"/", ".", true, "root"},
		{"/a/b.html", "a/b.html", true, "plain"},
		{"/a/", "a", true, "folder"},
		{"//a//b", "a/b", true, "doubled slashes collapse inside the site"},
		{"/a/../b", "", false, "dot-dot"},
		{"/..", "", false, "bare dot-dot"},
		{"/a/..", "", false, "trailing dot-dot"},
		{"/a/.", "", false, "dot"},
		{"/a\\b", "", false, "backslash"},
		{"/a\x00", "", false, "NUL"},
		{"/a\nb", "", false, "newline"},
		{"a", "", false, "no leading slash"},
		{"/...", "...", true, "three dots is an ordinary name"},
		{"/..a", "..a", true, "a name starting with two dots is ordinary"},
	}
	for _, tc := range tests {
		got, ok := siteName(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("siteName(%q) = %q, %v; want %q, %v (%s)", tc.in, got, ok, tc.want, tc.ok, tc.reason)
		}
	}
}

// TestBannerSaysWhetherAGoodBuildExists checks that the error banner
// promises the last good build only when a build has succeeded: when the
// first build fails there is none.
func TestBannerSaysWhetherAGoodBuildExists(t *testing.T) {
	h := NewHandler(siteFixture(t))
	srv := httptest.NewServer(h)
	defer srv.Close()
	bad := errors.New("content/a.md:2: missing date")
	for _, tc := range []struct {
		outcomes []error // the builds so far
		want     string
		reason   string
	}{
		{[]error{bad}, "no site to show until it is fixed", "the first build failed: there is no good build"},
		{[]error{nil, bad}, "this is the last good build", "a good build, then a failed one"},
		{[]error{bad}, "this is the last good build", "failures after a good build keep saying so"},
	} {
		for _, err := range tc.outcomes {
			h.Rebuilt(err)
		}
		resp, err := http.Get(srv.URL + "/missing")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), tc.want) {
			t.Errorf("%s: banner lacks %q: %s", tc.reason, tc.want, b)
		}
	}
}
