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
