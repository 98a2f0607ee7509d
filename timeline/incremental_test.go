package timeline

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsroom/timeline/timeline/content"

	"github.com/newsroom/timeline/templates"
)

// ferrySite is a small made-up story for the real parser and extractor.
const ferrySite = `
-- timeline.toml --
title = "Island ferry"
-- content/ferry-strike.md --
---
title: Ferry crews walk out
date: 2024-05-14
publisher: Island Courier
---
Ferry crews went on strike on Monday after talks over pay broke down.

The union said the strike would last until Friday.
-- content/ferry-talks.md --
---
title: Ferry talks resume
date: 2024-05-16
publisher: Coast Radio
---
Union leaders met the operator in Portsmouth on Wednesday to resume talks.

Crews walked out on Monday, stranding hundreds of travellers.
-- content/harbour-fees.md --
---
title: Harbour fees rise
date: 2024-05-20
---
The harbour board voted on 2024-05-17 to raise mooring fees by a tenth.
`

// buildAndRead builds src into its public/ and returns the result and the
// output files.
func buildAndRead(t *testing.T, cfg Config) (*Result, map[string]string) {
	t.Helper()
	res, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return res, readTree(t, res.Destination)
}

func TestBuildCacheReextractsOnlyChanges(t *testing.T) {
	src := writeSite(t, ferrySite)
	cfg := Config{Source: src}
	article := func(name string) string { return filepath.Join(src, "content", name) }

	steps := []struct {
		name   string
		change func()
		want   int
		reason string
	}{
		{"cold", func() {}, 3, "an empty cache: every article is extracted"},
		{"unchanged", func() {}, 0, "nothing changed: everything comes from the cache"},
		{"edit", func() {
			b, _ := os.ReadFile(article("harbour-fees.md"))
			os.WriteFile(article("harbour-fees.md"), append(b, "\nFishermen protested on 2024-05-18.\n"...), 0o644)
		}, 1, "one article edited: only it is extracted again"},
		{"add", func() {
			os.WriteFile(article("ferry-deal.md"), []byte("---\ntitle: Ferry deal\ndate: 2024-05-21\n---\nThe operator and the union reached a deal on Tuesday.\n"), 0o644)
		}, 1, "one article added: only it is extracted"},
		{"touch", func() {
			b, _ := os.ReadFile(article("ferry-talks.md"))
			os.WriteFile(article("ferry-talks.md"), b, 0o644)
		}, 0, "rewritten with the same bytes: the key is the content, not the time"},
		{"remove", func() { os.Remove(article("ferry-deal.md")) }, 0, "one article removed: nothing to extract"},
		{"aliases", func() {
			os.WriteFile(filepath.Join(src, "timeline.toml"), []byte("title = \"Island ferry\"\n[aliases.places]\n\"Pompey\" = \"Portsmouth\"\n"), 0o644)
		}, 3, "the extraction settings changed: every article is extracted again"},
	}
	for _, s := range steps {
		s.change()
		res, got := buildAndRead(t, cfg)
		if res.Extracted != s.want {
			t.Errorf("%s: Extracted = %d, want %d (%s)", s.name, res.Extracted, s.want, s.reason)
		}
		// The cache never changes the output.
		fresh := Config{Source: src, Destination: filepath.Join(t.TempDir(), "out"), NoCache: true}
		_, want := buildAndRead(t, fresh)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: a cached build differs from an uncached one (-uncached +cached):\n%s", s.name, diff)
		}
	}
}

func TestBuildCacheDamageIsRecomputed(t *testing.T) {
	tests := []struct {
		name   string
		damage func(pack string)
		reason string
	}{
		{"truncated", func(p string) {
			fi, _ := os.Stat(p)
			os.Truncate(p, fi.Size()/2)
		}, "a pack cut in the middle (a crash while writing)"},
		{"flipped", func(p string) {
			b, _ := os.ReadFile(p)
			b[len(b)-20] ^= 0xff
			os.WriteFile(p, b, 0o644)
		}, "a corrupt byte in the last entry"},
		{"empty", func(p string) { os.WriteFile(p, nil, 0o644) }, "an empty pack"},
		{"foreign", func(p string) { os.WriteFile(p, []byte("not a pack at all"), 0o644) }, "some other file"},
		{"stale", func(p string) {
			b, _ := os.ReadFile(p)
			b[len("TLPACK1\n")+5] ^= 0x01 // a byte of the recorded program version
			os.WriteFile(p, b, 0o644)
		}, "a pack written by another version of the program"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, ferrySite)
			cfg := Config{Source: src}
			_, want := buildAndRead(t, cfg)
			pack := filepath.Join(src, CacheDirName, "articles.pack")
			tc.damage(pack)
			// Without the build stamp, the no-change fast path does not
			// apply and the build must read the article cache.
			stamps, _ := filepath.Glob(filepath.Join(src, CacheDirName, "build-*.stamp"))
			for _, s := range stamps {
				os.Remove(s)
			}

			res, got := buildAndRead(t, cfg)
			if res.Extracted == 0 {
				t.Errorf("%s: nothing was extracted again: the damaged cache was trusted", tc.reason)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: output changed (-before +after):\n%s", tc.reason, diff)
			}
			// The build repaired the cache.
			if res, _ := buildAndRead(t, cfg); res.Extracted != 0 {
				t.Errorf("%s: after the repair, %d articles were extracted again", tc.reason, res.Extracted)
			}
		})
	}
}

// fileIDs returns each output file's inode and modification time.
func fileIDs(t *testing.T, dir string) map[string]string {
	t.Helper()
	ids := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := os.Stat(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		ids[filepath.ToSlash(rel)] = fmt.Sprintf("%d@%d", fi.Sys().(*syscall.Stat_t).Ino, fi.ModTime().UnixNano())
		return nil
	})
	return ids
}

// pageLocalLayout is a layout that reads nothing of the site but its
// settings, so that article and event pages depend on their own data only
// (the default layout mentions the number of events on every page).
const pageLocalLayout = `
-- templates/layout.html --
{{define "layout.html"}}<!DOCTYPE html><html lang="{{.Site.Language}}"><title>{{.Title}} · {{.Site.Title}}</title><main>{{template "main" .}}</main></html>{{end}}
`

func TestIncrementalOutputRewritesOnlyChanges(t *testing.T) {
	src := writeSite(t, ferrySite+pageLocalLayout)
	cfg := Config{Source: src}
	dest := filepath.Join(src, "public")
	uncached := func() map[string]string {
		_, files := buildAndRead(t, Config{Source: src, Destination: filepath.Join(t.TempDir(), "out"), NoCache: true})
		return files
	}

	buildAndRead(t, cfg)
	before := fileIDs(t, dest)

	// Nothing changed: nothing is written.
	res, _ := buildAndRead(t, cfg)
	if res.Unchanged != res.Files {
		t.Errorf("a rebuild with no change left %d of %d files alone", res.Unchanged, res.Files)
	}
	if diff := cmp.Diff(before, fileIDs(t, dest)); diff != "" {
		t.Errorf("a rebuild with no change touched files (-before +after):\n%s", diff)
	}

	// A new article: its page is written, unrelated files are not.
	os.WriteFile(filepath.Join(src, "content", "harbour-dredging.md"), []byte("---\ntitle: Dredging starts\ndate: 2024-06-03\n---\nDredgers arrived in the harbour on 2024-06-01.\n"), 0o644)
	res, got := buildAndRead(t, cfg)
	after := fileIDs(t, dest)
	if _, ok := after["articles/harbour-dredging/index.html"]; !ok {
		t.Fatalf("the new article's page was not written")
	}
	for _, p := range []string{"articles/ferry-strike/index.html", "articles/ferry-talks/index.html"} {
		if before[p] != after[p] {
			t.Errorf("%s was rewritten although nothing it shows changed", p)
		}
	}
	if res.Unchanged == 0 || res.Unchanged >= res.Files {
		t.Errorf("Unchanged = %d of %d files", res.Unchanged, res.Files)
	}
	if diff := cmp.Diff(uncached(), got); diff != "" {
		t.Errorf("the incremental output differs from a whole build (-whole +incremental):\n%s", diff)
	}

	// A removed article: its page and folder go.
	os.Remove(filepath.Join(src, "content", "harbour-dredging.md"))
	_, got = buildAndRead(t, cfg)
	if _, err := os.Stat(filepath.Join(dest, "articles", "harbour-dredging")); err == nil {
		t.Errorf("the removed article's folder is still there")
	}
	if diff := cmp.Diff(uncached(), got); diff != "" {
		t.Errorf("after a removal, output differs from a whole build:\n%s", diff)
	}

	// A file edited by hand in the output: the build notices and rewrites.
	page := filepath.Join(dest, "articles", "ferry-strike", "index.html")
	os.WriteFile(page, []byte("defaced"), 0o644)
	_, got = buildAndRead(t, cfg)
	if got["articles/ferry-strike/index.html"] == "defaced" {
		t.Errorf("a page changed by hand in the output was trusted")
	}
	if diff := cmp.Diff(uncached(), got); diff != "" {
		t.Errorf("after a hand edit, output differs from a whole build:\n%s", diff)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(src, ".public*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// TestIncrementalOutputFollowsTemplates changes a template so that article
// pages show the whole timeline: the page memo must notice and render them.
func TestIncrementalOutputFollowsTemplates(t *testing.T) {
	src := writeSite(t, ferrySite)
	cfg := Config{Source: src}
	buildAndRead(t, cfg)
	builtin, err := fs.ReadFile(templates.FS(), "article.html")
	if err != nil {
		t.Fatal(err)
	}
	// A site template that lists every event's title on each article page.
	tmpl := strings.Replace(string(builtin), "{{end}}", `{{end}}`, 1)
	idx := strings.LastIndex(tmpl, "{{end}}")
	tmpl = tmpl[:idx] + `<ul id=all>{{range .Site.Events}}<li>{{.Title}}{{end}}</ul>` + tmpl[idx:]
	os.MkdirAll(filepath.Join(src, "templates"), 0o755)
	os.WriteFile(filepath.Join(src, "templates", "article.html"), []byte(tmpl), 0o644)
	buildAndRead(t, cfg)

	// Now one new article changes every article page.
	os.WriteFile(filepath.Join(src, "content", "ferry-deal.md"), []byte("---\ntitle: Ferry deal\ndate: 2024-05-21\n---\nThe operator and the union signed a deal in Portsmouth on Tuesday.\n"), 0o644)
	_, got := buildAndRead(t, cfg)
	_, want := buildAndRead(t, Config{Source: src, Destination: filepath.Join(t.TempDir(), "out"), NoCache: true})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages reading .Site.Events were kept stale (-whole +incremental):\n%s", diff)
	}
}

// TestNoChangeRebuildIsSkipped: with nothing changed since the last build
// and the output intact, a build does no work at all.
func TestNoChangeRebuildIsSkipped(t *testing.T) {
	src := writeSite(t, ferrySite)
	// Article times well in the past: recent ones are not trusted.
	past := time.Now().Add(-time.Hour)
	age := func() {
		entries, _ := os.ReadDir(filepath.Join(src, "content"))
		for _, e := range entries {
			os.Chtimes(filepath.Join(src, "content", e.Name()), past, past)
		}
	}
	age()
	cfg := Config{Source: src}
	first, want := buildAndRead(t, cfg)
	dest := filepath.Join(src, "public")
	ids := fileIDs(t, dest)

	// Without the article cache, only the fast path explains extracting
	// nothing.
	os.Remove(filepath.Join(src, CacheDirName, "articles.pack"))
	res, got := buildAndRead(t, cfg)
	if res.Extracted != 0 || res.Unchanged != res.Files || res.Files != first.Files || res.Events != first.Events {
		t.Errorf("no-change rebuild: %+v, after %+v", res, first)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output changed:\n%s", diff)
	}
	if diff := cmp.Diff(ids, fileIDs(t, dest)); diff != "" {
		t.Errorf("files touched:\n%s", diff)
	}

	// An article changed (same size, an older time than before): rebuilt.
	p := filepath.Join(src, "content", "harbour-fees.md")
	b, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(strings.Replace(string(b), "tenth", "fifth", 1)), 0o644)
	earlier := past.Add(-time.Hour)
	os.Chtimes(p, earlier, earlier)
	if res, _ := buildAndRead(t, cfg); res.Extracted != 3 {
		t.Errorf("after an edit, Extracted = %d, want 3 (the article cache was removed above)", res.Extracted)
	}

	// The output damaged by hand: rebuilt although the inputs are the same.
	res, _ = buildAndRead(t, cfg) // records the stamp
	os.Remove(filepath.Join(dest, "index.html"))
	res, got = buildAndRead(t, cfg)
	if _, ok := got["index.html"]; !ok {
		t.Errorf("a removed output file was not restored")
	}
}

// TestNoChangeRebuildOfFreshArticles: articles written just before a build
// (as an editor saves and builds at once) still let the next build take the
// fast path, but an edit that keeps such an article's size and time is seen
// by its bytes.
func TestNoChangeRebuildOfFreshArticles(t *testing.T) {
	src := writeSite(t, ferrySite) // times: now, within the racy window
	cfg := Config{Source: src}
	first, _ := buildAndRead(t, cfg)
	res, _ := buildAndRead(t, cfg)
	if res.Extracted != 0 || res.Unchanged != res.Files || res.Files != first.Files {
		t.Errorf("no-change rebuild after fresh articles was not skipped: %+v", res)
	}

	p := filepath.Join(src, "content", "harbour-fees.md")
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	f, err := os.OpenFile(p, os.O_WRONLY, 0) // in place: the same inode
	if err != nil {
		t.Fatal(err)
	}
	f.WriteAt([]byte(strings.Replace(string(b), "tenth", "fifth", 1)), 0)
	f.Close()
	os.Chtimes(p, fi.ModTime(), fi.ModTime()) // the same time, as in one clock tick
	res, got := buildAndRead(t, cfg)
	if res.Extracted != 1 {
		t.Errorf("after a same-size, same-time edit, Extracted = %d, want 1", res.Extracted)
	}
	if !strings.Contains(got["articles/harbour-fees/index.html"], "fifth") {
		t.Errorf("the edit did not reach the article page")
	}
}

// TestNoChangeRebuildForgetsAgedRacyArticles: the stamp of a build made
// just after its articles were written lists them as racy (hashed at every
// no-change check); the first no-change build after racyWindow writes the
// stamp again without them, so that later ones only compare times, and it
// still takes the fast path.
func TestNoChangeRebuildForgetsAgedRacyArticles(t *testing.T) {
	src := writeSite(t, ferrySite) // times: now, within the racy window
	cfg := Config{Source: src}
	buildAndRead(t, cfg)
	stampSize := func() int64 {
		t.Helper()
		m, _ := filepath.Glob(filepath.Join(src, CacheDirName, "build-*.stamp"))
		if len(m) != 1 {
			t.Fatalf("stamps: %v, want one", m)
		}
		fi, err := os.Stat(m[0])
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	racy := stampSize()
	time.Sleep(racyWindow + 100*time.Millisecond)
	for i := range 2 {
		res, _ := buildAndRead(t, cfg)
		if res.Extracted != 0 || res.Unchanged != res.Files {
			t.Fatalf("no-change build %d was not skipped: %+v", i+1, res)
		}
		// Each racy article is its path and a 32-byte sum in the stamp.
		if got := stampSize(); got > racy-32*2 {
			t.Errorf("after no-change build %d the stamp is %d bytes (%d with the racy articles): aged articles kept", i+1, got, racy)
		}
	}
}

func TestSiteParamsReachTemplates(t *testing.T) {
	src := writeSite(t, ferrySite+`
-- templates/layout.html --
{{define "layout.html"}}<!DOCTYPE html><html lang="{{.Site.Language}}"><title>{{.Title}}</title><p class=tagline>{{.Site.Params.tagline}} {{index .Site.Params.editors 1}}</p><main>{{template "main" .}}</main></html>{{end}}
`)
	os.WriteFile(filepath.Join(src, "timeline.toml"), []byte("title = \"Island ferry\"\n[params]\ntagline = \"Every <event>, every source\"\neditors = [\"Ana\", \"Ben\"]\n"), 0o644)
	_, files := buildAndRead(t, Config{Source: src})
	page := files["articles/ferry-strike/index.html"]
	if !strings.Contains(page, "Every &lt;event>, every source Ben") && !strings.Contains(page, "Every &lt;event&gt;, every source Ben") {
		t.Errorf("params not in the page (or not escaped):\n%s", page)
	}

	// A misspelt key is an error naming its line, even next to params.
	os.WriteFile(filepath.Join(src, "timeline.toml"), []byte("title = \"x\"\n[params]\na = 1\n[aliases]\npeeple = {}\n"), 0o644)
	_, err := Build(context.Background(), Config{Source: src})
	if err == nil || !strings.Contains(err.Error(), "timeline.toml:5:") || !strings.Contains(err.Error(), "peeple") {
		t.Errorf("unknown key: err = %v, want one at timeline.toml:5 naming peeple", err)
	}
}

// TestArticleStampIsFmts checks that appendArticleStamp writes the bytes
// fmt wrote before it (so that fingerprints recorded by then still match).
func TestArticleStampIsFmts(t *testing.T) {
	for _, tt := range []struct {
		name       string
		size, time int64
		ino        uint64
		mode       fs.FileMode
	}{
		{"plain.md", 120, 1700000000123456789, 42, 0o644},
		{"with space and ünïcode.md", 0, -1, 0, 0o600},
		{"q\"uote\\and\ttab.md", 1 << 40, 0, 1<<64 - 1, fs.ModeSymlink | 0o777},
	} {
		want := fmt.Sprintf("art %q %d %d %d %v\x00", tt.name, tt.size, tt.time, tt.ino, tt.mode)
		if got := string(appendArticleStamp(nil, tt.name, tt.size, tt.time, tt.ino, tt.mode)); got != want {
			t.Errorf("%q: got %q, want %q", tt.name, got, want)
		}
	}
}

// HasManifest tells the command which kind of build is coming (a first
// one, or an update of the output in place), for its memory limit.
func TestHasManifest(t *testing.T) {
	src := writeSite(t, ferrySite)
	cfg := Config{Source: src}
	if HasManifest(cfg) {
		t.Fatalf("a site never built has a manifest")
	}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if !HasManifest(cfg) {
		t.Errorf("after a build, no manifest is found in %s", cacheDir(cfg, src))
	}
	other := Config{Source: src, CacheDir: filepath.Join(t.TempDir(), "elsewhere")}
	if HasManifest(other) {
		t.Errorf("an empty cache folder elsewhere has a manifest")
	}
}

// inputsFingerprint asks for the program's name last (it may be computed
// meanwhile), and the name still changes the fingerprint.
func TestInputsFingerprintProgram(t *testing.T) {
	src := t.TempDir()
	if err := os.Mkdir(filepath.Join(src, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "content", "a.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	fp := func(program string) [32]byte {
		t.Helper()
		sum, arts, err := inputsFingerprint(Config{}, src, filepath.Join(src, "public"), func() string { return program })
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != 1 {
			t.Fatalf("%d articles, want 1", len(arts))
		}
		return sum
	}
	tests := []struct {
		a, b string
		same bool
		why  string
	}{
		{"v1", "v1", true, "the same program and inputs"},
		{"v1", "v2", false, "a changed executable must miss the cache"},
	}
	for _, tc := range tests {
		if got := fp(tc.a) == fp(tc.b); got != tc.same {
			t.Errorf("%q vs %q: same = %v, want %v (%s)", tc.a, tc.b, got, tc.same, tc.why)
		}
	}
}

// A first build hashes the executable before its cache folder exists; the
// memo is written once the build succeeds, so the next build (with nothing
// changed) does not hash it again.
func TestFirstBuildRemembersExecutable(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		t.Skip("not a development build: the executable is not hashed")
	}
	src := writeSite(t, ferrySite)
	if _, err := Build(context.Background(), Config{Source: src}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(src, CacheDirName, "exe.sum"))
	if err != nil {
		t.Fatalf("no memo after a first build: %v", err)
	}
	if _, sum, _ := strings.Cut(string(b), "\n"); len(sum) != 64 {
		t.Errorf("memo %q holds no SHA-256", b)
	}
}

// The fingerprint a build records describes its inputs as they were before
// it read them: on a first build (no stamp) the articles are looked at by
// the build itself, each just before it is read, so a file changed once
// read must make the next build rebuild, and one changed before never
// read must not stop a no-change build from being one.
func TestFirstBuildFingerprintBeforeRead(t *testing.T) {
	tests := []struct {
		name    string
		change  bool
		upToDay bool
		why     string
	}{
		{"unchanged", false, true, "nothing changed: the next build has nothing to do"},
		{"changed after read", true, false, "the build read the old bytes: the next must rebuild"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, ferrySite)
			cfg := Config{Source: src}
			target := filepath.Join(src, "content", "ferry-talks.md")
			st := defaultStages()
			st.parseSum = nil
			parse := st.parse
			st.parse = func(path string, b []byte) (*content.Article, error) {
				if tc.change && path == target {
					if err := os.WriteFile(path, append(b, "\nMore text.\n"...), 0o644); err != nil {
						t.Error(err)
					}
					later := time.Now().Add(time.Hour)
					if err := os.Chtimes(path, later, later); err != nil {
						t.Error(err)
					}
				}
				return parse(path, b)
			}
			if _, err := build(context.Background(), cfg, st); err != nil {
				t.Fatal(err)
			}
			srcDir, realDest, err := destinationOf(cfg)
			if err != nil {
				t.Fatal(err)
			}
			res, _ := upToDate(cfg, srcDir, realDest, st.cacheID)
			if got := res != nil; got != tc.upToDay {
				t.Errorf("up to date = %v, want %v (%s)", got, tc.upToDay, tc.why)
			}
		})
	}
}
