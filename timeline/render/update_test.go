package render

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/events"
)

func TestPageDeps(t *testing.T) {
	tests := []struct {
		src    string
		want   deps
		reason string
	}{
		{`{{.Title}} {{.Article.Meta.Title}} {{range .Article.Events}}{{.Title}}{{end}}`, deps{local: true}, "the page's own data"},
		{`{{.Site.Title}} {{.Site.Language}} {{$.Site.Description}} {{.Site.Absolute "x"}} {{.Site.Params.x}}`, deps{local: true}, "the site's settings"},
		{`{{range .Site.Events}}{{.Title}}{{end}}`, deps{}, "every event"},
		{`{{range $.Site.Articles}}{{.Slug}}{{end}}`, deps{}, "every article, through $"},
		{`{{range .Site.Years}}{{.Year}}{{end}}`, deps{}, "the years"},
		{`{{with .Site}}{{.Events}}{{end}}`, deps{}, "the site passed whole"},
		{`{{template "x" .Site}}`, deps{}, "the site handed to a partial"},
		{`{{$s := .Site}}{{len $s.Events}}`, deps{}, "the site in a variable"},
		{`{{(.Site).Events}}`, deps{}, "a parenthesised chain"},
		{`{{.Span.First}}`, deps{local: true, timeline: true}, "the span of the page's part: page-local on a part's page only (Memo.skip)"},
		{`{{range .Site.People}}<option value="{{.Slug}}">{{.Name}}</option>{{end}}`, deps{local: true, entities: true}, "every person's name and slug, fingerprinted"},
		{`{{range .Site.Places}}{{.Events}}{{end}}`, deps{}, "every place's events"},
		{`{{range .Site.People}}{{template "x" .}}{{end}}`, deps{}, "a person handed to a partial"},
		{`{{range $i, $p := .Site.People}}{{$p.Events}}{{end}}`, deps{}, "a person in a variable"},
		{`{{range .Site.Parts}}<a href="{{$.Link .Page}}">{{.Label}}</a> {{len .Events}}{{if eq (len .Events) 1}}event{{end}}{{end}}`, deps{local: true, parts: true}, "every part's page, label and count, fingerprinted"},
		{`{{range .Site.Parts}}{{range .Events}}{{.Title}}{{end}}{{end}}`, deps{}, "every part's events"},
		{`{{if and .Site.Parts (not .Part)}}x{{end}} {{len .Site.Events}}`, deps{local: true, parts: true, count: true, timeline: true}, "whether the timeline is split, and its length"},
		{`{{$p := and .Site.Parts true}}{{range $p}}{{.Events}}{{end}}`, deps{}, "the parts in a variable"},
		{`{{with .Part}}{{with .Prev}}{{.Label}}{{end}}{{end}}`, deps{local: true, timeline: true}, "the part's neighbour, fingerprinted"},
		{`{{with .Part}}{{with .Prev}}{{.Prev.Events}}{{end}}{{end}}`, deps{}, "a neighbour's neighbour"},
		{`{{.Part.Next.Next.Label}}`, deps{}, "a neighbour's neighbour in a chain"},
		{`{{template "y" .}}`, deps{}, "a called template that reads the whole site"},
		{`{{template "x" .}}{{.Title}}`, deps{local: true}, "a called template that reads nothing"},
		{`{{with .Neighbours}}{{.Prev.Title}}{{end}}`, deps{local: true, neighbours: true}, "the neighbours, fingerprinted"},
		{`{{$n := $.Neighbours}}{{$n.Next.URL}}`, deps{local: true, neighbours: true}, "the same through a variable"},
		{`{{.PersonLink "Ana"}} {{$d := $.Data .Event}}{{$d.people}}`, deps{local: true, entities: true}, "links that depend on which people have pages, fingerprinted"},
		{`{{range .Article.Events}}{{$.Link .URL}}{{.Date.Label}}{{end}}`, deps{local: true}, "the article's own events"},
	}
	for _, tc := range tests {
		set := template.Must(template.New("page").Parse(tc.src + `{{define "x"}}{{.Title}}{{end}}{{define "y"}}{{.Site.Events}}{{end}}{{define "unused"}}{{.Site.Articles}}{{end}}`))
		got := pageDeps(set, "page")
		if !got.local {
			got = deps{} // what else was noted before the refusal does not matter
		}
		got.tmpl = "" // the name given
		if got != tc.want {
			t.Errorf("pageDeps(%q) = %+v, want %+v (%s)", tc.src, got, tc.want, tc.reason)
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

// TestMemoFollowsEntityPages: an event page links its people to their
// pages; when another person's arrival moves a page (slug "-2"), the old
// event page must be rendered again though its own event did not change.
func TestMemoFollowsEntityPages(t *testing.T) {
	day := func(d string) events.Date { return events.Date{Value: d, Start: d, End: d, Label: d} }
	ev := func(id, date string, people ...string) events.Event {
		return events.Event{ID: id, Title: id, Date: day(date), People: people, URL: "events/" + id + "/"}
	}
	before := []events.Event{ev("a", "2024-01-01", "Ana Lopez"), ev("b", "2024-01-02"), ev("x", "2024-01-03")}
	after := append(append([]events.Event{}, before...), ev("c", "2024-01-09", "ANA LOPEZ"))
	tpl := NewTemplates("", templates.FS())
	render := func(evs []events.Event, prev map[string]Sum) (*Memo, *Site) {
		t.Helper()
		s, err := NewSite(Config{Title: "t", Description: "d"}, nil, evs)
		if err != nil {
			t.Fatal(err)
		}
		m := NewMemo([]byte("salt"), prev)
		if _, err := RenderMemo(context.Background(), s, tpl, Generators(), m); err != nil {
			t.Fatal(err)
		}
		return m, s
	}
	m1, s1 := render(before, nil)
	if again, _ := render(before, m1.Current); !again.Kept["events/a/index.html"] {
		t.Fatalf("with nothing changed, event a's page was not kept")
	}
	// A person's page follows its events.
	page := s1.Person("Ana Lopez").Page + "index.html"
	if again, _ := render(before, m1.Current); !again.Kept[page] {
		t.Errorf("with nothing changed, %s was not kept", page)
	}
	retitled := append([]events.Event{}, before...)
	retitled[0].Title = "a, retitled"
	if m, _ := render(retitled, m1.Current); m.Kept[page] {
		t.Errorf("%s was kept although one of its events changed", page)
	}
	m2, s2 := render(after, m1.Current)
	if s1.Person("Ana Lopez").Page == s2.Person("Ana Lopez").Page {
		t.Skip("the new person did not move the old one's page; nothing to test")
	}
	if m2.Kept["events/a/index.html"] {
		t.Errorf("event a's page was kept although its person's page moved")
	}
	// The built-in templates link only the people and places of the
	// events a page shows: event b's page names nobody, and is kept,
	// though the site now has another person's page.
	if !m2.Kept["events/b/index.html"] {
		t.Errorf("event b's page was rendered again, though it names nobody whose page moved")
	}
	// A person's arrival on the site alone re-renders no other page.
	newcomer := append(append([]events.Event{}, before...), ev("d", "2024-01-10", "Ben Cole"))
	m3, s3 := render(newcomer, m1.Current)
	if s3.Person("Ben Cole") == nil {
		t.Fatalf("Ben Cole has no page")
	}
	for _, p := range []string{"events/a/index.html", "events/b/index.html", page} {
		if !m3.Kept[p] {
			t.Errorf("%s was rendered again because another person got a page", p)
		}
	}
}

// TestConflict checks conflict, which looks only at the files added,
// against conflictAll, which compares every file's folders.
func TestConflict(t *testing.T) {
	manifest := func(paths ...string) *Manifest {
		m := &Manifest{Files: map[string]FileState{}}
		for _, p := range paths {
			m.Files[p] = FileState{}
		}
		return m
	}
	many := []string{"index.html"}
	for i := range 100 {
		many = append(many, fmt.Sprintf("events/e%d/index.html", i))
	}
	for _, tt := range []struct {
		name       string
		prev, next *Manifest
		want       bool
	}{
		{"nothing added", manifest("index.html", "a/index.html"), manifest("index.html"), false},
		{"a page added beside others", manifest("index.html", "a/index.html"), manifest("index.html", "a/index.html", "b/index.html"), false},
		{"a new file where a folder was", manifest("index.html", "a/index.html"), manifest("index.html", "a"), true},
		{"a new file where a file's folder was, deeper", manifest("a/b/c.html"), manifest("a/b"), true},
		{"a new folder where a file was", manifest("index.html", "a"), manifest("index.html", "a/index.html"), true},
		{"a name that only starts like a folder", manifest("ab/index.html"), manifest("ab/index.html", "a"), false},
		{"many added, no conflict", manifest("index.html"), manifest(many...), false},
		{"many added, one where a file was", manifest("index.html", "events/e7"), manifest(append([]string{"events/e7"}, many...)...), true},
	} {
		if got := conflict(tt.prev, tt.next); got != tt.want {
			t.Errorf("%s: conflict = %v, want %v", tt.name, got, tt.want)
		}
		if got := conflictAll(tt.prev, tt.next); got != tt.want {
			t.Errorf("%s: conflictAll = %v, want %v", tt.name, got, tt.want)
		}
	}
}
