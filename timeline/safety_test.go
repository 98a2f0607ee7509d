package timeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFailedBuildLeavesOutput builds a site, then rebuilds it with a
// problem that shows only half way through rendering or at the very end,
// and checks that the old output is byte-identical afterwards and that no
// temporary folder is left beside it.
func TestFailedBuildLeavesOutput(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(t *testing.T, src string)
		reason string
		want   string // in the error
	}{
		{
			name: "template fails executing the last page",
			break_: func(t *testing.T, src string) {
				write(t, filepath.Join(src, "templates/404.html"), "{{template \"layout.html\" .}}\n{{define \"main\"}}\n{{.Site.NoSuchField}}\n{{end}}\n")
			},
			reason: "404.html is rendered after every article and event page",
			want:   "templates/404.html:3:",
		},
		{
			name: "template fails on one article",
			break_: func(t *testing.T, src string) {
				write(t, filepath.Join(src, "templates/article.html"), "{{template \"layout.html\" .}}\n{{define \"main\"}}{{index .Article.Meta.Authors 1}}{{end}}\n")
			},
			reason: "the first article renders, the second has no second author",
			want:   "templates/article.html:2:",
		},
		{
			name: "a bad article added",
			break_: func(t *testing.T, src string) {
				write(t, filepath.Join(src, "content/zz-bad.md"), "---\ntitle: Bad\ndate: 2024-13-45\n---\nText.\n")
			},
			reason: "content errors stop the build before rendering",
			want:   "zz-bad.md:3:",
		},
		{
			name: "cancelled",
			break_: func(t *testing.T, src string) {
				write(t, filepath.Join(src, "content/new.md"), "---\ntitle: New\ndate: 2024-08-01\n---\nText.\n")
			},
			reason: "an interrupted build changes nothing",
			want:   "context canceled",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, twoArticles)
			dest := filepath.Join(src, "public")
			if _, err := build(context.Background(), Config{Source: src}, stubStages()); err != nil {
				t.Fatal(err)
			}
			before := readTree(t, dest)
			tc.break_(t, src)
			ctx := context.Background()
			if tc.name == "cancelled" {
				c, cancel := context.WithCancel(ctx)
				cancel()
				ctx = c
			}
			_, err := build(ctx, Config{Source: src}, stubStages())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want one containing %q (%s)", err, tc.want, tc.reason)
			}
			if diff := cmp.Diff(before, readTree(t, dest)); diff != "" {
				t.Errorf("failed build changed the output (%s):\n%s", tc.reason, diff)
			}
			leftovers, _ := filepath.Glob(filepath.Join(src, ".public.*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary folders left: %v", leftovers)
			}
		})
	}
}

// TestRefusedDestinations checks that a build will not replace a folder it
// could destroy, and leaves it alone.
func TestRefusedDestinations(t *testing.T) {
	for _, tc := range []struct {
		name   string
		dest   func(src string) string
		reason string
	}{
		{"source", func(src string) string { return src }, "the source folder itself"},
		{"source dot", func(src string) string { return filepath.Join(src, ".") }, "the same folder spelled differently"},
		{"content", func(src string) string { return filepath.Join(src, "content") }, "the articles"},
		{"inside content", func(src string) string { return filepath.Join(src, "content", "out") }, "a build inside the articles"},
		{"templates", func(src string) string { return filepath.Join(src, "templates") }, "the site's templates"},
		{"parent", func(src string) string { return filepath.Dir(src) }, "a parent of the source"},
		{"parent via dots", func(src string) string { return filepath.Join(src, "public", "..", "..") }, "a parent, spelled with .."},
		{"root", func(string) string { return "/" }, "the file system root"},
		{"symlink to source", func(src string) string {
			l := filepath.Join(filepath.Dir(src), "link-"+filepath.Base(src))
			os.Symlink(src, l)
			return l
		}, "a symlink resolving to the source"},
		{"not a built site", func(src string) string {
			d := filepath.Join(filepath.Dir(src), "documents")
			write(nil, filepath.Join(d, "thesis.txt"), "precious")
			return d
		}, "a non-empty folder without timeline.json is not ours to replace"},
		{"a file", func(src string) string {
			f := filepath.Join(filepath.Dir(src), "file")
			write(nil, f, "x")
			return f
		}, "a file, not a folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := filepath.Join(t.TempDir(), "site")
			os.MkdirAll(src, 0o755)
			for name, data := range map[string]string{
				"content/a.md":         "---\ntitle: A\ndate: 2024-01-02\n---\nText.\n",
				"templates/extra.html": "keep",
			} {
				write(t, filepath.Join(src, name), data)
			}
			dest := tc.dest(src)
			parent := filepath.Dir(filepath.Clean(dest))
			if parent == "/" {
				parent = src
			}
			before := readTree(t, parent)
			_, err := build(context.Background(), Config{Source: src, Destination: dest}, stubStages())
			if err == nil || !strings.Contains(err.Error(), "refusing") {
				t.Fatalf("build into %s: error = %v, want a refusal (%s)", dest, err, tc.reason)
			}
			if diff := cmp.Diff(before, readTree(t, parent)); diff != "" {
				t.Errorf("refused build changed files:\n%s", diff)
			}
		})
	}
}

func TestAllowedDestinations(t *testing.T) {
	for _, tc := range []struct {
		name   string
		dest   func(src string) string
		reason string
	}{
		{"default", func(string) string { return "" }, "public/ under the source"},
		{"sibling", func(src string) string { return filepath.Join(filepath.Dir(src), "out") }, "a new folder beside the source"},
		{"empty folder", func(src string) string {
			d := filepath.Join(filepath.Dir(src), "empty")
			os.Mkdir(d, 0o755)
			return d
		}, "an existing empty folder"},
		{"nested new", func(src string) string { return filepath.Join(src, "build", "site") }, "parents are created"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, twoArticles)
			dest := tc.dest(src)
			if _, err := build(context.Background(), Config{Source: src, Destination: dest}, stubStages()); err != nil {
				t.Fatalf("%s: %v", tc.reason, err)
			}
			if dest == "" {
				dest = filepath.Join(src, "public")
			}
			if !exists(filepath.Join(dest, "index.html")) {
				t.Errorf("no index.html in %s", dest)
			}
		})
	}
}

// write writes a file, creating its folder; t may be nil in setup code.
func write(t *testing.T, p, data string) {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err == nil {
		err = os.WriteFile(p, []byte(data), 0o644)
		if err == nil {
			return
		}
		if t != nil {
			t.Fatal(err)
		}
	} else if t != nil {
		t.Fatal(err)
	}
}
