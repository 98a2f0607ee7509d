package timeline

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// twoArticles is a small site about a made-up story: two articles that
// report the same dated happening and one that reports another.
const twoArticles = `
-- timeline.toml --
title = "Harbour bridge"
description = "How the bridge was closed and reopened"
language = "en"

[aliases.places]
"Old Town" = "Oldtown"
-- content/closure.md --
---
title: Bridge closes for repairs
date: 2024-03-02
publisher: Harbour Gazette
authors: Ana Ruiz, Ben Cole
url: https://example.com/bridge-closes
---
The harbour bridge closed on 2024-03-01 after inspectors found cracks.
Engineers said repairs would take months.
-- content/reopening.md --
---
title: Bridge reopens
date: 2024-06-10
---
The bridge reopened on 2024-06-09 to cheers.
It had closed on 2024-03-01 for repairs.
-- content/draft.md --
---
title: Not yet
date: 2024-07-01
draft: true
---
Draft text.
`

func TestBuildWritesTheSite(t *testing.T) {
	src := writeSite(t, twoArticles)
	res, err := build(context.Background(), Config{Source: src}, stubStages())
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 2 || res.Events != 2 {
		t.Errorf("result = %+v, want 2 articles (draft left out) and 2 events", res)
	}
	files := readTree(t, filepath.Join(src, "public"))
	for _, want := range []string{
		"index.html", "404.html", "sitemap.xml", "timeline.json", "style.css",
		"articles/closure/index.html", "articles/reopening/index.html",
		"events/2024-03-01-event/index.html", "events/2024-06-09-event/index.html",
	} {
		if _, ok := files[want]; !ok {
			t.Errorf("no %s in the output", want)
		}
	}
	if _, ok := files["articles/draft/index.html"]; ok {
		t.Error("a draft was published")
	}
	// 2 articles, 2 events, the timeline, 404.html, the people and places indexes.
	if res.Pages != 8 || res.Files != len(files) {
		t.Errorf("result counts %d pages, %d files; want 8 pages, %d files", res.Pages, res.Files, len(files))
	}

	var doc struct {
		Title  string `json:"title"`
		Events []struct {
			ID      string   `json:"id"`
			Places  []string `json:"places"`
			Sources []struct {
				Article string `json:"article"`
				URL     string `json:"url"`
			} `json:"sources"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(files["timeline.json"]), &doc); err != nil {
		t.Fatalf("timeline.json: %v", err)
	}
	if doc.Title != "Harbour bridge" || len(doc.Events) != 2 || doc.Events[0].ID != "2024-03-01-event" {
		t.Errorf("timeline.json = %s", files["timeline.json"])
	}
	if !strings.Contains(files["timeline.json"], `"places":[]`) {
		t.Errorf("an empty list must be [], not null: %s", files["timeline.json"])
	}
	idx := files["index.html"]
	for _, want := range []string{"Harbour bridge", "2024-03-01", `href="articles/closure/index.html#s1"`, "March 2024", "June 2024"} {
		if !strings.Contains(idx, want) {
			t.Errorf("index.html lacks %q:\n%s", want, idx)
		}
	}
	art := files["articles/closure/index.html"]
	for _, want := range []string{"Harbour Gazette", "Ana Ruiz", "https://example.com/bridge-closes", `id="s1"`, "2024-03-02", `href="../../style.css"`} {
		if !strings.Contains(art, want) {
			t.Errorf("article page lacks %q:\n%s", want, art)
		}
	}
}

func TestBuildWithoutEvents(t *testing.T) {
	src := writeSite(t, twoArticles)
	st := stubStages()
	st.extract = func(*content.Article, events.Options) []events.Mention { return nil }
	res, err := build(context.Background(), Config{Source: src}, st)
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, filepath.Join(src, "public"))
	if res.Events != 0 {
		t.Errorf("events = %d", res.Events)
	}
	if got, want := files["timeline.json"], `{"title":"Harbour bridge","events":[]}`; got != want {
		t.Errorf("timeline.json = %s, want %s", got, want)
	}
	idx := files["index.html"]
	for _, want := range []string{"no events", "Bridge closes for repairs", "Bridge reopens"} {
		if !strings.Contains(idx, want) {
			t.Errorf("index.html without events lacks %q:\n%s", want, idx)
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	src := writeSite(t, twoArticles)
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, dest := range []string{a, b} {
		if _, err := build(context.Background(), Config{Source: src, Destination: dest, BaseURL: "https://example.org/news/timeline/"}, stubStages()); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(readTree(t, a), readTree(t, b)); diff != "" {
		t.Errorf("two builds differ (-first +second):\n%s", diff)
	}
	// And a rebuild into the same folder gives the same bytes.
	before := readTree(t, a)
	if _, err := build(context.Background(), Config{Source: src, Destination: a, BaseURL: "https://example.org/news/timeline/"}, stubStages()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, readTree(t, a)); diff != "" {
		t.Errorf("rebuild differs:\n%s", diff)
	}
}

// errorLines returns the lines the command would print for err.
func errorLines(t *testing.T, err error) []string {
	t.Helper()
	var errs content.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error %v (%T) is not content.Errors", err, err)
	}
	var lines []string
	for _, e := range errs {
		lines = append(lines, e.Error())
	}
	return lines
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestSiteSettingsReachTheStages checks that timeline.toml's aliases are
// passed to extraction and merging, and --base-url overrides its base_url.
func TestSiteSettingsReachTheStages(t *testing.T) {
	src := writeSite(t, twoArticles+`
-- timeline.toml --
title = "Harbour bridge"
base_url = "https://old.example.org/"

[aliases.people]
"Mayor Ruiz" = "Ana Ruiz"

[aliases.places]
"Old Town" = "Oldtown"
`)
	st := stubStages()
	var got []events.Options
	var mu sync.Mutex
	st.extract = func(a *content.Article, opts events.Options) []events.Mention {
		mu.Lock()
		got = append(got, opts)
		mu.Unlock()
		return nil
	}
	merge := st.merge
	st.merge = func(ms []events.Mention, arts map[string]*content.Article, opts events.Options) ([]events.Event, error) {
		mu.Lock()
		got = append(got, opts)
		mu.Unlock()
		return merge(ms, arts, opts)
	}
	if _, err := build(context.Background(), Config{Source: src, BaseURL: "https://new.example.org/x/"}, st); err != nil {
		t.Fatal(err)
	}
	want := events.Options{
		PeopleAliases: map[string]string{"Mayor Ruiz": "Ana Ruiz"},
		PlaceAliases:  map[string]string{"Old Town": "Oldtown"},
	}
	if len(got) != 3 {
		t.Fatalf("stages called %d times, want 3 (two extractions, one merge)", len(got))
	}
	for _, o := range got {
		if diff := cmp.Diff(want, o); diff != "" {
			t.Errorf("options (-want +got):\n%s", diff)
		}
	}
	files := readTree(t, filepath.Join(src, "public"))
	if !strings.Contains(files["sitemap.xml"], "https://new.example.org/x/articles/closure/") || strings.Contains(files["sitemap.xml"], "old.example.org") {
		t.Errorf("--base-url did not override base_url:\n%s", files["sitemap.xml"])
	}
}
