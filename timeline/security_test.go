package timeline

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// hostile is a site whose one article puts markup, event handlers and
// javascript: links in every field a user writes.
const hostile = `
-- timeline.toml --
title = "<script>alert('site')</script>"
description = "<img src=x onerror=alert('desc')>"
-- content/evil.md --
---
title: <script>alert('title')</script>
date: 2024-05-01
publisher: <img src=x onerror=alert('publisher')>
authors: <b onmouseover=alert('author')>Eve</b>, "><script>alert('author2')</script>
url: javascript:alert('url')
tags: <script>alert('tag')</script>, <a href=javascript:alert('tag2')>x</a>
---
On 2024-04-30 <script>alert('body')</script> happened.
The <img src=x onerror=alert('img')> was seen on 2024-04-29.
A [link](javascript:alert('link')) and <a href="javascript:alert('a')">a</a> on 2024-04-28.
<iframe src="javascript:alert('iframe')"></iframe> <svg onload=alert('svg')>
`

// TestUserTextNeverRunsAsMarkup builds the hostile site and checks every page
// type (index, article, event, 404, sitemap.xml, timeline.json) for live
// markup: no script-capable element, no event-handler attribute, and no
// href or src with a script scheme (which also covers the original-URL
// link: the stub fixture's url is javascript:). A Markdown image is allowed
// as an element, its src checked like any other.
func TestUserTextNeverRunsAsMarkup(t *testing.T) {
	checkHostile(t, stubStages(), hostile)
}

// hostileYAML is hostile in frontmatter the real parser accepts, with dates
// the stub extractor dates events by.
const hostileYAML = `
-- timeline.toml --
title = "<script>alert('site')</script>"
description = "<img src=x onerror=alert('desc')>"
-- content/evil.md --
---
title: "<script>alert('title')</script>"
date: 2024-05-01
publisher: "<img src=x onerror=alert('publisher')>"
authors: ["<b onmouseover=alert('author')>Eve</b>", "\"><script>alert('author2')</script>"]
url: "https://example.com/\"><script>alert('url')</script>"
tags: ["<script>alert('tag')</script>", "<a href=javascript:alert('tag2')>x</a>"]
---
On 2024-04-30 <script>alert('body')</script> happened.

The <img src=x onerror=alert('img')> was seen on 2024-04-29.

A [link](javascript:alert('link')) and <a href="javascript:alert('a')">a</a> on 2024-04-28.

<iframe src="javascript:alert('iframe')"></iframe> <svg onload=alert('svg')>

[x](vbscript:msgbox) ![y](javascript:alert('img2')) <javascript:alert('auto')>
`

func checkHostile(t *testing.T, st stages, archive string) {
	t.Helper()
	src := writeSite(t, archive)
	if _, err := build(context.Background(), Config{Source: src}, st); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, filepath.Join(src, "public"))
	kinds := map[string]bool{}
	for p, doc := range files {
		switch {
		case p == "index.html":
			kinds["index"] = true
		case p == "404.html":
			kinds["404"] = true
		case strings.HasPrefix(p, "articles/"):
			kinds["article"] = true
		case strings.HasPrefix(p, "events/"):
			kinds["event"] = true
		case p == "sitemap.xml":
			kinds["sitemap"] = true
			sitemapLocs(t, doc)
			if strings.Contains(doc, "<script") || strings.Contains(doc, "<img") {
				t.Errorf("sitemap.xml holds markup:\n%s", doc)
			}
			continue
		case p == "timeline.json":
			kinds["json"] = true
			if !json.Valid([]byte(doc)) {
				t.Errorf("timeline.json is not JSON:\n%s", doc)
			}
			if strings.ContainsAny(doc, "<>") {
				t.Errorf("timeline.json has raw < or > (it must escape them for embedding):\n%s", doc)
			}
			continue
		}
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, e := range scanHTML(doc) {
			switch e.Tag {
			case "script", "iframe", "object", "embed", "svg", "math", "base", "form", "style", "frame", "frameset":
				if !templateElement(e) {
					t.Errorf("%s: live <%s> element", p, e.Tag)
				}
			}
			for _, a := range e.Attrs {
				name, val := a[0], strings.ToLower(strings.TrimSpace(a[1]))
				if strings.HasPrefix(name, "on") {
					t.Errorf("%s: <%s> has event handler %s=%q", p, e.Tag, name, a[1])
				}
				switch name {
				case "http-equiv":
					t.Errorf("%s: <%s http-equiv=%q>", p, e.Tag, a[1])
				case "href", "src", "action", "formaction", "srcdoc", "xlink:href":
					for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
						if strings.Contains(val, scheme) {
							t.Errorf("%s: <%s %s=%q> has a script scheme", p, e.Tag, name, a[1])
						}
					}
				}
			}
		}
	}
	for _, k := range []string{"index", "404", "article", "event", "sitemap", "json"} {
		if !kinds[k] {
			t.Errorf("no %s page in the output: the test did not cover it", k)
		}
	}
	// The user's text is still there, as text.
	if art := files["articles/evil/index.html"]; !strings.Contains(art, "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") {
		t.Errorf("the title is not shown as text:\n%s", art)
	}
}

// templateElement reports whether e is one the default templates write
// themselves: the timeline's filter form (no action: it never submits) and
// script (the site's own filter.js), and an event page's JSON-LD data
// block, which never runs and whose text html/template escapes (render's
// TestJSONLDCannotBreakOut checks that it stays inside its element).
func templateElement(e element) bool {
	switch e.Tag {
	case "script":
		src, typ := e.attr("src"), e.attr("type")
		return typ == "application/ld+json" && src == "" ||
			typ == "" && strings.HasSuffix(src, "filter.js") && !strings.Contains(src, ":")
	case "form":
		return e.attr("id") == "filter" && e.attr("action") == ""
	}
	return false
}
