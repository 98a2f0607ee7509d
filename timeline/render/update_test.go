package render

import (
	"context"
	"encoding/json"
	"html/template"
	"os"
	"path/filepath"
	"testing"
)

func TestPageLocal(t *testing.T) {
	tests := []struct {
		src    string
		local  bool
		reason string
	}{
		{`{{.Title}} {{.Article.Meta.Title}} {{range .Article.Events}}{{.Title}}{{end}}`, true, "the page's own data"},
		{`{{.Site.Title}} {{.Site.Language}} {{$.Site.Description}} {{.Site.Absolute "x"}}`, true, "the site's settings"},
		{`{{range .Site.Events}}{{.Title}}{{end}}`, false, "every event"},
		{`{{range $.Site.Articles}}{{.Slug}}{{end}}`, false, "every article, through $"},
		{`{{range .Site.Years}}{{.Year}}{{end}}`, false, "the years"},
		{`{{with .Site}}{{.Events}}{{end}}`, false, "the site passed whole"},
		{`{{template "x" .Site}}`, false, "the site handed to a partial"},
		{`{{$s := .Site}}{{len $s.Events}}`, false, "the site in a variable"},
		{`{{(.Site).Events}}`, false, "a parenthesised chain"},
		{`{{with .Neighbours}}{{.Prev}}{{end}}`, false, "a method that looks across the site"},
		{`{{$n := $.Neighbours}}{{$n.Next}}`, false, "the same through a variable"},
		{`{{.PersonLink "Ana"}}`, false, "a link that depends on which people have pages"},
		{`{{range .Article.Events}}{{$.Link .URL}}{{.Date.Label}}{{end}}`, true, "the article's own events"},
	}
	for _, tc := range tests {
		set := template.Must(template.New("page").Parse(tc.src + `{{define "x"}}{{end}}`))
		if got := pageLocal(set); got != tc.local {
			t.Errorf("pageLocal(%q) = %v, want %v (%s)", tc.src, got, tc.local, tc.reason)
		}
	}
}

func TestUpdateAndRecover(t *testing.T) {
	ctx := context.Background()
	dest := filepath.Join(t.TempDir(), "public")
	old := []File{
		{Path: "index.html", Data: []byte("index v1")},
		{Path: "a/index.html", Data: []byte("a")},
		{Path: "gone/index.html", Data: []byte("gone")},
	}
	if err := Write(ctx, dest, old); err != nil {
		t.Fatal(err)
	}
	prev, err := ManifestOf(dest, old, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := prev.Verify(); err != nil {
		t.Fatalf("a fresh manifest does not verify: %v", err)
	}
	aBefore, _ := os.Stat(filepath.Join(dest, "a", "index.html"))

	next, err := Update(ctx, dest, []File{
		{Path: "index.html", Data: []byte("index v2")},
		{Path: "a/index.html", Data: []byte("a")},
		{Path: "b/c/index.html", Data: []byte("new")},
	}, prev)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dest, p)
			got[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	want := map[string]string{"index.html": "index v2", "a/index.html": "a", "b/c/index.html": "new"}
	if len(got) != len(want) {
		t.Errorf("after Update: %v, want %v", got, want)
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s = %q, want %q", p, got[p], w)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "gone")); err == nil {
		t.Errorf("the emptied folder gone/ was left")
	}
	aAfter, _ := os.Stat(filepath.Join(dest, "a", "index.html"))
	if !os.SameFile(aBefore, aAfter) || !aBefore.ModTime().Equal(aAfter.ModTime()) {
		t.Errorf("an unchanged file was rewritten")
	}
	if err := next.Verify(); err != nil {
		t.Errorf("the new manifest does not verify: %v", err)
	}

	// Hand-edited: Verify notices.
	os.WriteFile(filepath.Join(dest, "a", "index.html"), []byte("edited by hand"), 0o644)
	if err := next.Verify(); err != ErrStale {
		t.Errorf("Verify after a hand edit = %v, want ErrStale", err)
	}

	// A file where a folder was: not done in place.
	if _, err := Update(ctx, dest, []File{{Path: "b", Data: []byte("x")}}, next); err != ErrStale {
		t.Errorf("Update replacing a folder by a file = %v, want ErrStale", err)
	}
}

func TestRecoverCompletesAnInterruptedUpdate(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if err := Write(context.Background(), dest, []File{{Path: "index.html", Data: []byte("old")}, {Path: "x/index.html", Data: []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	// The state after the journal's commit, before any rename.
	stage, _ := os.MkdirTemp(filepath.Dir(dest), ".public.new-")
	os.WriteFile(filepath.Join(stage, "0"), []byte("new"), 0o644)
	os.WriteFile(filepath.Join(stage, "1"), []byte("y"), 0o644)
	b, _ := json.Marshal(journal{Stage: stage, Renames: [][2]string{{"0", "index.html"}, {"1", "y/index.html"}}, Deletes: []string{"x/index.html"}})
	os.WriteFile(journalPath(dest), b, 0o644)

	if err := Recover(dest); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{"index.html": "new", "y/index.html": "y"} {
		if b, _ := os.ReadFile(filepath.Join(dest, p)); string(b) != want {
			t.Errorf("%s = %q, want %q", p, b, want)
		}
	}
	for _, p := range []string{filepath.Join(dest, "x"), stage, journalPath(dest)} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is still there", p)
		}
	}

	// A journal naming paths outside the site is refused.
	b, _ = json.Marshal(journal{Stage: stage, Deletes: []string{"../outside"}})
	os.WriteFile(journalPath(dest), b, 0o644)
	if err := Recover(dest); err == nil {
		t.Errorf("a journal deleting ../outside was followed")
	}
}
