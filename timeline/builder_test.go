package timeline

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/corpus"
)

// firstEvent returns the id of an event of the site built in dest.
func firstEvent(t *testing.T, dest string) string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dest, "events"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("no events in %s: %v", dest, err)
	}
	return entries[0].Name()
}

// TestIncrementalMatchesWholeBuild builds a generated site of a few hundred
// articles, then adds, changes and removes an article, rebuilding after
// each step both as `timeline build` does (Build, with the cache on disk)
// and as `timeline serve` does (a Builder keeping the last build in
// memory): every output must be byte for byte the output of a whole build
// without any cache.
func TestIncrementalMatchesWholeBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated site several times")
	}
	const n = 200
	src := t.TempDir()
	opts := corpus.Options{SeedDir: filepath.Join("..", "content")}
	if err := corpus.Write(src, n, opts); err != nil {
		t.Skipf("cannot generate the corpus from the seed articles: %v", err)
	}
	g, err := corpus.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	// A short feed, so that the newest entries are chosen anew.
	toml := "title = \"Generated\"\ndescription = \"A generated site\"\nfeed_entries = 20\n"
	if err := os.WriteFile(filepath.Join(src, "timeline.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	entries, _ := os.ReadDir(filepath.Join(src, "content"))
	for _, e := range entries {
		os.Chtimes(filepath.Join(src, "content", e.Name()), old, old)
	}
	ctx := context.Background()
	cold := Config{Source: src}
	served := Config{Source: src, Destination: filepath.Join(t.TempDir(), "served")}
	b := NewBuilder(served)
	check := func(step string, wantExtracted int) {
		t.Helper()
		whole, err := Build(ctx, Config{Source: src, Destination: filepath.Join(t.TempDir(), "whole"), NoCache: true})
		if err != nil {
			t.Fatalf("%s: whole build: %v", step, err)
		}
		want := readTree(t, whole.Destination)
		// The Builder first: the build after it finds its extraction in
		// the shared cache (and the Builder, on the next step, the
		// build's saves).
		rs, err := b.Build(ctx)
		if err != nil {
			t.Fatalf("%s: builder: %v", step, err)
		}
		rc, err := Build(ctx, cold)
		if err != nil {
			t.Fatalf("%s: build: %v", step, err)
		}
		for _, c := range []struct {
			how string
			res *Result
		}{{"Build", rc}, {"Builder", rs}} {
			if wantExtracted >= 0 && c.res.Extracted > wantExtracted || c.how == "Builder" && wantExtracted >= 0 && c.res.Extracted != wantExtracted {
				t.Errorf("%s: %s extracted %d articles, want %d", step, c.how, c.res.Extracted, wantExtracted)
			}
			if diff := cmp.Diff(want, readTree(t, c.res.Destination)); diff != "" {
				t.Errorf("%s: %s's output differs from a whole build (-whole +incremental):\n%s", step, c.how, diff)
			}
		}
	}
	check("first build", -1)

	add := g.Article(n)
	if err := os.WriteFile(filepath.Join(src, "content", add.Name), add.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	check("an article added", 1)

	changed := filepath.Join(src, "content", g.Article(5).Name)
	body, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	body = append(body, []byte("\nThe mayor of Riverton resigned on 3 March 2021, officials said.\n")...)
	if err := os.WriteFile(changed, body, 0o644); err != nil {
		t.Fatal(err)
	}
	check("an article changed", 1)

	if err := os.Remove(filepath.Join(src, "content", g.Article(7).Name)); err != nil {
		t.Fatal(err)
	}
	check("an article removed", 0)

	// An editor's correction: an event added in an article's frontmatter.
	fixed := filepath.Join(src, "content", g.Article(9).Name)
	body, err = os.ReadFile(fixed)
	if err != nil {
		t.Fatal(err)
	}
	body = []byte(strings.Replace(string(body), "\n---\n", "\nevents:\n  - date: 2021-03-05\n    title: Harbour gates closed\n---\n", 1))
	if err := os.WriteFile(fixed, body, 0o644); err != nil {
		t.Fatal(err)
	}
	check("a correction added", 1)

	// Other settings: every article is extracted again, and the merge
	// starts afresh.
	toml += "[aliases.people]\n\"Zelenskyy\" = \"Volodymyr Zelensky\"\n"
	if err := os.WriteFile(filepath.Join(src, "timeline.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	check("aliases set", -1)

	// A template of the site's own: the templates a Builder keeps
	// parsed are parsed again.
	tmpl, err := fs.ReadFile(templates.FS(), "event.html")
	if err != nil {
		t.Fatal(err)
	}
	tmpl = []byte(strings.Replace(string(tmpl), "<h1>", `<h1 class="own">`, 1))
	if err := os.MkdirAll(filepath.Join(src, "templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "templates", "event.html"), tmpl, 0o644); err != nil {
		t.Fatal(err)
	}
	check("a template of the site's own", 0)
	if !strings.Contains(readTree(t, served.Destination)["events/"+firstEvent(t, served.Destination)+"/index.html"], `class=own`) {
		t.Errorf("the served event pages do not show the site's own template")
	}

	// A page of the served site edited by hand: the Builder notices and
	// writes it again.
	page := filepath.Join(served.Destination, "articles", strings.TrimSuffix(g.Article(3).Name, ".md"), "index.html")
	if err := os.WriteFile(page, []byte("defaced"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("a served page edited by hand", 0)
}
