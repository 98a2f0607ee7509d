package timeline

import (
	"context"
	"html"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// wireSite is two wire stories about a flood of our own, each opening
// with a dateline, one dating the breach by a part of a day.
const wireSite = `
-- timeline.toml --
title = "Danube floods"
base_url = "https://example.org/floods/"
-- content/levee.md --
---
title: Floodwaters breach levee in Lower Austria
date: 2024-09-16
publisher: Danube Wire
---
VIENNA (APA) — Floodwaters breached a levee near the town of Tulln on Sunday night, forcing hundreds of residents to leave their homes.

Rescue teams said on Monday that the water level had started to fall.
-- content/aid.md --
---
title: Austria promises flood aid
date: 2024-09-17
publisher: Alpine Post
---
KYIV, Ukraine (AP) — The levee near Tulln breached on Sunday night, officials said.
`

// TestReadersSeeNoTimeMLNorDatelines builds the wire site and reads its
// pages and feeds as a reader: dates in words, never TIMEX values such as
// 2024-09-15TNI (machine attributes aside); summaries and quotes without
// the dateline, which the article page keeps.
func TestReadersSeeNoTimeMLNorDatelines(t *testing.T) {
	src := writeSite(t, wireSite)
	dst := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), Config{Source: src, Destination: dst, NoCache: true}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dst)
	timeML := regexp.MustCompile(`\d{4}-\d{2}-\d{2}T(NI|MO|AF|EV|DT)|PAST_REF|PRESENT_REF|FUTURE_REF|XXXX`)
	sawNight := false
	for name, body := range files {
		if name == "timeline.json" || strings.HasPrefix(name, ".") {
			continue // the data file carries values for tools
		}
		text := body
		if strings.HasSuffix(name, ".html") {
			text = visibleText(body)
			if strings.Contains(text, "the night of 15 September 2024") {
				sawNight = true
			}
		}
		if m := timeML.FindString(text); m != "" {
			t.Errorf("%s shows readers the TIMEX value %q", name, m)
		}
		isArticle := strings.HasPrefix(name, "articles/")
		for _, dl := range []string{"VIENNA (APA)", "KYIV, Ukraine (AP)"} {
			if !isArticle && strings.Contains(html.UnescapeString(text), dl) {
				t.Errorf("%s shows the dateline %q in a summary or quote", name, dl)
			}
		}
	}
	if !sawNight {
		t.Errorf("no event page reads the value 2024-09-15TNI as 'the night of 15 September 2024'")
	}
	if a := visibleText(files["articles/levee/index.html"]); !strings.Contains(html.UnescapeString(a), "VIENNA (APA) —") {
		t.Errorf("the article page lost its dateline: it keeps the text as written")
	}
}

// visibleText is an HTML document without its tags, attributes and
// scripts (JSON-LD is for machines).
func visibleText(doc string) string {
	doc = regexp.MustCompile(`(?s)<script.*?</script>`).ReplaceAllString(doc, " ")
	return regexp.MustCompile(`(?s)<[^>]*>`).ReplaceAllString(doc, " ")
}

// TestOneEventLede: a site of one article and one event says so in words,
// not "1 events from 9 June 2024 to 9 June 2024, reported in 1 articles".
func TestOneEventLede(t *testing.T) {
	src := writeSite(t, `
-- content/bridge.md --
---
title: Harbour bridge reopens
date: 2024-06-10
---
The harbour bridge reopened on Sunday, three months after inspectors closed it.
`)
	dst := filepath.Join(t.TempDir(), "public")
	res, err := Build(context.Background(), Config{Source: src, Destination: dst, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Events != 1 {
		t.Fatalf("%d events, want 1", res.Events)
	}
	text := strings.Join(strings.Fields(html.UnescapeString(visibleText(readTree(t, dst)["index.html"]))), " ")
	if want := "1 event on 9 June 2024 , reported in 1 article."; !strings.Contains(text, want) {
		t.Errorf("index lede: want %q in\n%s", want, text)
	}
}

// TestUntitledArticle: an article without a title gets one from its first
// sentence on every page (no empty headline or link), and check tells the
// editor at its frontmatter.
func TestUntitledArticle(t *testing.T) {
	src := writeSite(t, `
-- content/count.md --
+++
date = 2024-06-11
publisher = "Lakeland Times"
+++
The vote count in Lakeland finished on Monday night, officials said, after a long delay caused by a recount in two districts.
`)
	dst := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), Config{Source: src, Destination: dst, NoCache: true}); err != nil {
		t.Fatal(err)
	}
	want := "The vote count in Lakeland finished on Monday night, officials …"
	files := readTree(t, dst)
	for _, name := range []string{"index.html", "articles/count/index.html"} {
		doc := files[name]
		if regexp.MustCompile(`<h1[^>]*>\s*</h1>|<a [^>]*>\s*</a>`).MatchString(doc) {
			t.Errorf("%s has an empty headline or link", name)
		}
		if !strings.Contains(html.UnescapeString(doc), want) {
			t.Errorf("%s does not show the headline made from the text, %q", name, want)
		}
	}
	r, err := Check(context.Background(), Config{Source: src, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range r.Warnings {
		if w.Kind == WarnNoTitle {
			found = true
			if w.Line != 2 || !strings.Contains(w.Message, "title:") {
				t.Errorf("warning %s: want line 2 and how to give the title", w)
			}
		}
	}
	if !found {
		t.Errorf("check does not warn of the missing title: %v", r.Warnings)
	}
}
