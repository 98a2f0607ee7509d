package timeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/timeline/render"
)

// TestOverlapSameFiles: running the one-file generators beside the event
// pages (overlap), or beside every page (overlapPages), makes the same
// files as running every generator in turn,
// and a lean build's bodies come back for the article pages (releaseBodies).
func TestOverlapSameFiles(t *testing.T) {
	src := writeSite(t, twoArticles)
	ctx := context.Background()
	a, err := analyze(ctx, Config{Source: src}, stubStages(), false)
	if err != nil || len(a.errs) > 0 {
		t.Fatalf("analyze: %v %v", err, a.errs)
	}
	if err := a.prepareSite(); err != nil {
		t.Fatal(err)
	}
	gens := render.Generators()
	if got := len(overlap(gens)); got != len(gens)-2 {
		t.Errorf("overlap left %d generators of %d, want the two one-file ones folded in", got, len(gens))
	}
	files := func(gens []render.Generator) map[string]string {
		fs, err := render.Render(ctx, a.site, a.templates, gens)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, f := range fs {
			m[f.Path] = string(f.Data)
		}
		return m
	}
	want := files(gens)
	if diff := cmp.Diff(want, files(overlap(gens))); diff != "" {
		t.Errorf("overlapped generators differ (-in turn +overlapped):\n%s", diff)
	}
	if got := len(overlapPages(gens)); got != 2 {
		t.Errorf("overlapPages left %d generators of %d, want two: the pages beside the one-file ones, then the sitemap", got, len(gens))
	}
	if diff := cmp.Diff(want, files(overlapPages(gens))); diff != "" {
		t.Errorf("generators overlapped with every page's differ (-in turn +overlapped):\n%s", diff)
	}

	spill, err := newBodySpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer spill.close()
	for _, art := range a.arts {
		spill.put(art)
	}
	if diff := cmp.Diff(want, files(overlap(releaseBodies(gens, a.arts, spill)))); diff != "" {
		t.Errorf("with the bodies spilled and brought back (-in memory +spilled):\n%s", diff)
	}
	for _, art := range a.arts {
		if art.HTML != "" {
			t.Errorf("%s keeps its body after the article pages", filepath.Base(art.Path))
		}
	}
}
