package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
)

func TestParseBaseURL(t *testing.T) {
	for _, tc := range []struct {
		in, want, err string
		reason        string
	}{
		{"", "/", "", "no base URL serves from the root"},
		{"/", "/", "", "the root"},
		{"/news/timeline", "/news/timeline/", "", "a path gets its trailing slash"},
		{"https://example.org", "https://example.org/", "", "a host alone"},
		{"https://example.org/news/timeline/", "https://example.org/news/timeline/", "", "a sub-path"},
		{"http://localhost:1313/x", "http://localhost:1313/x/", "", "a port"},
		{"news/timeline/", "", `a path starting with "/"`, "a relative path would differ on every page"},
		{"example.org", "", `a full address such as "https://example.org/"`, "a host without its scheme: say how to write it"},
		{"javascript:alert(1)", "", "only http and https", "script schemes are refused"},
		{"ftp://example.org/", "", "only http and https", "other schemes are refused"},
		{"https:///x", "", "no host", "an http URL needs a host"},
		{"https://example.org/?q=1", "", "query", "a query would break every link"},
		{"https://u:p@example.org/", "", "user info", "credentials do not belong in links"},
	} {
		u, err := ParseBaseURL(tc.in)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseBaseURL(%q) error = %v, want %q (%s)", tc.in, err, tc.err, tc.reason)
			}
		case err != nil:
			t.Errorf("ParseBaseURL(%q): %v (%s)", tc.in, err, tc.reason)
		case u.String() != tc.want:
			t.Errorf("ParseBaseURL(%q) = %q, want %q (%s)", tc.in, u, tc.want, tc.reason)
		}
	}
}

func TestPageLink(t *testing.T) {
	s, err := NewSite(Config{BaseURL: "https://example.org/news/"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		page, target, want string
		reason             string
	}{
		{"index.html", "", "index.html", "the index links to itself by file"},
		{"index.html", "articles/a/#s4", "articles/a/index.html#s4", "a folder link names its index.html, fragment kept"},
		{"articles/a/index.html", "style.css", "../../style.css", "two folders up"},
		{"articles/a/index.html", "events/e/", "../../events/e/index.html", "a folder from a folder"},
		{"feed.xml", "articles/a/?x=1#s1", "articles/a/index.html?x=1#s1", "query and fragment kept"},
	} {
		if got := NewPage(s, tc.page).Link(tc.target); got != tc.want {
			t.Errorf("page %s: Link(%q) = %q, want %q (%s)", tc.page, tc.target, got, tc.want, tc.reason)
		}
	}
	if got, want := NewPage(s, "articles/a/index.html").Canonical, "https://example.org/news/articles/a/"; got != want {
		t.Errorf("Canonical = %q, want %q", got, want)
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a?b=c": "https://example.com/a?b=c",
		" http://example.com/ ":     "http://example.com/",
		"javascript:alert(1)":       "",
		"JavaScript:alert(1)":       "",
		"data:text/html,<script>":   "",
		"//example.com/x":           "",
		"/relative":                 "",
		"https:///nohost":           "",
		"":                          "",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWriteFailingHalfWay makes the third file write fail and checks that
// the previous output is untouched and no temporary folder is left.
func TestWriteFailingHalfWay(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	old := []File{{"index.html", []byte("old")}, {"a/b.txt", []byte("old b")}}
	if err := Write(context.Background(), dest, old); err != nil {
		t.Fatal(err)
	}
	var n atomic.Int32
	failing := func(name string, b []byte, mode fs.FileMode) error {
		if n.Add(1) == 3 {
			return errors.New("disk full")
		}
		return os.WriteFile(name, b, mode)
	}
	newFiles := []File{{"a.txt", []byte("1")}, {"b.txt", []byte("2")}, {"c.txt", []byte("3")}, {"index.html", []byte("new")}}
	if err := write(context.Background(), dest, newFiles, failing); err == nil || err.Error() != "disk full" {
		t.Fatalf("write error = %v, want disk full", err)
	}
	got := tree(t, dest)
	if diff := cmp.Diff(map[string]string{"index.html": "old", "a/b.txt": "old b"}, got); diff != "" {
		t.Errorf("output changed by a failed write:\n%s", diff)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left beside the output: %v", entries)
	}
	// A successful write replaces the whole folder: stale files go.
	if err := Write(context.Background(), dest, newFiles); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"a.txt": "1", "b.txt": "2", "c.txt": "3", "index.html": "new"}, tree(t, dest)); diff != "" {
		t.Errorf("after a good write:\n%s", diff)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left beside the output: %v", entries)
	}
	// A path leaving the folder is refused before anything is swapped.
	if err := Write(context.Background(), dest, []File{{"../evil", []byte("x")}}); err == nil {
		t.Error("a path outside the output was written")
	}
	if _, err := os.Stat(filepath.Join(parent, "evil")); err == nil {
		t.Error("wrote outside the output")
	}
}

func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		m[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestOutputAdd(t *testing.T) {
	out := NewOutput(NewTemplates("", templates.FS()))
	for _, tc := range []struct {
		path, in, want string
		err            bool
		reason         string
	}{
		{"a.css", "a {  color : red ; }", "a{color:red}", false, "CSS is minified"},
		{"a.json", "{ \"a\" : [ 1, 2 ] }", `{"a":[1,2]}`, false, "JSON is minified"},
		{"b.json", "{ \"year\" : 2000, \"n\": 1.50 }", `{"year":2000,"n":1.50}`, false, "JSON numbers stay as written (a year is 2000, not 2e3)"},
		{"a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">  <g> </g> </svg>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>", false, "SVG is minified"},
		{"a.txt", "  as is  ", "  as is  ", false, "other types are copied"},
		{"a.txt", "", "", true, "a second file at one path"},
		{"../x.txt", "", "", true, "a path leaving the site"},
		{"/x.txt", "", "", true, "an absolute path"},
		{"dir/", "", "", true, "a folder"},
	} {
		err := out.Add(tc.path, []byte(tc.in))
		if (err != nil) != tc.err {
			t.Errorf("Add(%q) error = %v, want error %v (%s)", tc.path, err, tc.err, tc.reason)
			continue
		}
		if !tc.err {
			if got := string(out.files[tc.path]); got != tc.want {
				t.Errorf("Add(%q) stored %q, want %q (%s)", tc.path, got, tc.want, tc.reason)
			}
		}
	}
}

// TestTemplatesOverrideFileByFile checks that a site's own file replaces
// the built-in one of the same name, that its other files are added, and
// that errors name the file they come from.
func TestTemplatesOverrideFileByFile(t *testing.T) {
	builtin := fstest.MapFS{
		"layout.html":      {Data: []byte(`{{define "layout.html"}}[{{template "main" .}}]{{end}}`)},
		"index.html":       {Data: []byte(`{{template "layout.html" .}}{{define "main"}}built-in index{{end}}`)},
		"404.html":         {Data: []byte(`{{template "layout.html" .}}{{define "main"}}built-in 404{{end}}`)},
		"static/style.css": {Data: []byte(`a{}`)},
	}
	dir := t.TempDir()
	for name, data := range map[string]string{
		"index.html":       `{{template "layout.html" .}}{{define "main"}}site index {{template "x" .}}{{end}}`,
		"partials/x.html":  `{{define "x"}}with a partial{{end}}`,
		"static/extra.svg": `<svg></svg>`,
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	tp := NewTemplates(dir, builtin)
	s, _ := NewSite(Config{}, nil, nil)
	out := NewOutput(tp)
	for _, g := range []Generator{Static, Index, NotFound} {
		if err := g(context.Background(), s, out); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	for _, f := range out.Files() {
		got[f.Path] = string(f.Data)
	}
	want := map[string]string{
		"index.html": "[site index with a partial]",
		"404.html":   "[built-in 404]",
		"style.css":  "",
		"extra.svg":  "<svg/>",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}

	os.WriteFile(filepath.Join(dir, "index.html"), []byte("{{template \"layout.html\" .}}\n{{define \"main\"}}\n{{.Nope}}{{end}}"), 0o644)
	_, err := Render(context.Background(), s, NewTemplates(dir, builtin), []Generator{Index})
	var errs content.Errors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Path != filepath.Join(dir, "index.html") || errs[0].Line != 3 {
		t.Errorf("error = %v, want one naming %s line 3", err, filepath.Join(dir, "index.html"))
	}
	builtin["404.html"] = &fstest.MapFile{Data: []byte("{{define}}")}
	_, err = Render(context.Background(), s, NewTemplates("", builtin), []Generator{NotFound})
	if err == nil || !strings.HasPrefix(err.Error(), "templates/404.html (built-in):1:") {
		t.Errorf("error = %v, want one naming the built-in 404.html", err)
	}
}

// BenchmarkWrite writes and swaps in a site of 900 files of 3 KB in 300
// folders, replacing the previous one.
func BenchmarkWrite(b *testing.B) {
	var files []File
	for i := range 900 {
		files = append(files, File{Path: fmt.Sprintf("d%03d/f%d.html", i/3, i%3), Data: bytes.Repeat([]byte("x"), 3000)})
	}
	dest := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		if err := Write(context.Background(), dest, files); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOutputAddStream checks that a file added piece by piece into a
// folder holds the pieces' bytes and is recorded with the size and sum of
// those bytes, whatever the pieces' sizes beside the chunks it is written
// in; that a path is taken once; and that in memory it is kept whole.
func TestOutputAddStream(t *testing.T) {
	var want []byte
	pieces := [][]byte{[]byte("head,"), bytes.Repeat([]byte("a"), streamChunk-3), []byte("cross,"), bytes.Repeat([]byte("b"), 2*streamChunk+1), []byte("end")}
	for _, p := range pieces {
		want = append(want, p...)
	}
	write := func(w io.Writer) error {
		for _, p := range pieces {
			if _, err := w.Write(p); err != nil {
				return err
			}
		}
		return nil
	}
	dir := t.TempDir()
	out, err := newDirOutput(NewTemplates("", templates.FS()), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer out.close()
	if err := out.addStream("sub/big.json", write); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "sub", "big.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the file holds %d bytes, want the pieces' %d", len(got), len(want))
	}
	if st := out.states["sub/big.json"]; st.Size != int64(len(want)) || st.Sum != sumOf(want) {
		t.Errorf("recorded size %d, sum %x; want %d, %x", st.Size, st.Sum, len(want), sumOf(want))
	}
	if err := out.addStream("sub/big.json", write); err == nil {
		t.Error("a second file at one path: no error")
	}
	mem := NewOutput(NewTemplates("", templates.FS()))
	if err := mem.addStream("big.json", write); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mem.files["big.json"], want) {
		t.Error("in memory, the file is not the pieces' bytes")
	}
}
