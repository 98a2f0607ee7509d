package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"sync"

	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/internal/jsonw"
)

// This file holds the fast path: the article, event, timeline (index.html)
// and person and place pages of the built-in templates, nearly every page
// of a site, written by Go code instead of html/template, whose reflection
// cost most of a large build's rendering. The indexes of people and places
// and 404.html, one page each, stay with html/template.
//
// The fast path writes what html/template writes executing the built-in
// templates minified (see Templates.Page), byte for byte, with
// html/template's escapers reproduced below: text and attribute values as
// htmlEscaper and attrEscaper write them, URLs as urlFilter, urlNormalizer
// and attrEscaper do, query values as urlEscaper does, JSON-LD as
// jsValEscaper does. It is used only for a
// set whose every file (layout.html, partials/*.html and the page) is the
// very built-in file it was written for, which fastSum records: a site
// that overrides any of them, or a change to a built-in template, runs
// html/template. TestFastPathMatchesTemplates renders sample sites both
// ways and fails when they differ or when the built-in templates changed
// without this file (update the code, then fastSum from the test's
// message).

// fastPage writes the page of a built-in page template into b; an error
// sends the page to html/template, which reports it.
type fastPage func(f *fastWriter, p *Page) error

// fastSum returns the SHA-256 sum (see setSum) of the template set the
// fast path of a page template was written for.
func fastSum(name string) string {
	switch name {
	case "article.html":
		return "a3095100c8d6d1c21ad504d2ca78caf8f2d890ca12775125b51daafc9d201e78"
	case "event.html":
		return "baf4d294e1147f7225a58902a338358ffd81e9d1774e006ecb7922793d1be06f"
	case "index.html":
		return "a060ea9ad0160e5ea1e836968b66fae91b9b60ac3a89edef7c9a9f8e445feec8"
	case "entity.html":
		return "a07d0eabc453c9473eb3aeb1287095592f0714b180188ddf489aa9c31b0f8abb"
	}
	return ""
}

// fastPages returns the fast path of a page template.
func fastPages(name string) fastPage {
	switch name {
	case "article.html":
		return (*fastWriter).article
	case "event.html":
		return (*fastWriter).event
	case "index.html":
		return (*fastWriter).index
	case "entity.html":
		return (*fastWriter).entity
	}
	return nil
}

// setSum returns the sum of a template set's files: each name and its
// bytes, in the order given.
func setSum(names []string, srcs [][]byte) string {
	h := sha256.New()
	for i, n := range names {
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(len(srcs[i]))))
		h.Write([]byte{0})
		h.Write(srcs[i])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fastWriter writes a page as the built-in templates do, appending to
// buf: a page is thousands of short pieces, and an append is cheaper than
// a bytes.Buffer's WriteString.
type fastWriter struct {
	buf []byte
	// labels, when not nil, holds the readers' dates of the days and
	// values the pages show (see labelCache).
	labels *labelCache
	// root: 0 until the page's Root was looked at (see plainRoot), then
	// 1 when it is written in a link as it is, 2 when not.
	root uint8
}

// labelCache holds, for the pages of one Output, Page.Day's and
// Page.ValueLabel's answers by their argument (a site's sources share few
// days and values, and each answer costs a parse and a string) and
// Page.Sources' by event (an event is shown on its page, its part of the
// timeline and the pages of its people and places). What it holds is
// read, never changed.
type labelCache struct {
	days, values sync.Map // string to string
	groups       sync.Map // *events.Event to []SourceGroup
}

// sourceGroups is p.Sources(e).
func (f *fastWriter) sourceGroups(p *Page, e *events.Event) []SourceGroup {
	if f.labels == nil {
		return p.Sources(e)
	}
	if gs, ok := f.labels.groups.Load(e); ok {
		return gs.([]SourceGroup)
	}
	gs := p.Sources(e)
	f.labels.groups.Store(e, gs)
	return gs
}

// day is p.Day(s).
func (f *fastWriter) day(p *Page, s string) string {
	if f.labels == nil {
		return p.Day(s)
	}
	if v, ok := f.labels.days.Load(s); ok {
		return v.(string)
	}
	d := p.Day(s)
	f.labels.days.Store(s, d)
	return d
}

// valueLabel is Page.ValueLabel(v).
func (f *fastWriter) valueLabel(v string) string {
	if f.labels == nil {
		return valueLabel(v)
	}
	if l, ok := f.labels.values.Load(v); ok {
		return l.(string)
	}
	l := valueLabel(v)
	f.labels.values.Store(v, l)
	return l
}

// plainRoot reports whether p.Root, the way to the root of the page
// (one page per fastWriter), goes into a link as it is: url and esc
// leave it alone.
func (f *fastWriter) plainRoot(p *Page) bool {
	if f.root == 0 {
		f.root = 2
		if plainURL(p.Root) && slugPath(p.Root) {
			f.root = 1
		}
	}
	return f.root == 1
}

// slugPath reports whether s holds only ASCII letters, digits, "-", "_",
// "." and "/": a path of the site's own slugs, which url and esc leave
// as it is.
func slugPath(s string) bool {
	i := 0
	for i+4 <= len(s) && slugByte[s[i]] && slugByte[s[i+1]] && slugByte[s[i+2]] && slugByte[s[i+3]] {
		i += 4
	}
	for ; i < len(s); i++ {
		if !slugByte[s[i]] {
			return false
		}
	}
	return true
}

var slugByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '/'
	}
	return t
}()

func (f *fastWriter) s(s string) { f.buf = append(f.buf, s...) }

// Write and WriteString append to the page, for writers that take an
// io.Writer.
func (f *fastWriter) Write(b []byte) (int, error) {
	f.buf = append(f.buf, b...)
	return len(b), nil
}

func (f *fastWriter) WriteString(s string) (int, error) {
	f.buf = append(f.buf, s...)
	return len(s), nil
}

// esc writes s escaped as html/template's htmlEscaper and attrEscaper
// escape plain text (their htmlReplacementTable).
func (f *fastWriter) esc(s string) {
	first := -1
	i := 0
	for ; i+8 <= len(s); i += 8 { // runs of plain text, eight bytes at a time
		w := s[i : i+8] // one bounds check, one load
		if !plain8(uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) {
			break
		}
	}
	for i+4 <= len(s) && !escaped[s[i]] && !escaped[s[i+1]] && !escaped[s[i+2]] && !escaped[s[i+3]] {
		i += 4 // then four at a time
	}
	for ; i < len(s); i++ {
		if escaped[s[i]] {
			first = i
			break
		}
	}
	if first < 0 {
		f.buf = append(f.buf, s...)
		return
	}
	last := 0
	for i := first; i < len(s); i++ {
		var r string
		switch s[i] {
		case 0:
			r = "\uFFFD"
		case '"':
			r = "&#34;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		default:
			continue
		}
		f.buf = append(append(f.buf, s[last:i]...), r...)
		last = i + 1
	}
	f.buf = append(f.buf, s[last:]...)
}

const (
	ones = 0x0101010101010101 // 1 in each byte of a word
	high = 0x8080808080808080 // the high bit of each byte
)

// plain8 reports whether none of the eight bytes of x is one esc
// replaces, in a few operations on the word instead of a look-up a byte;
// it may say no for a word with a # (0x23), which the look-up then
// passes. (v-ones)&^v&high is not 0 exactly when a byte of v is 0.
func plain8(x uint64) bool {
	q := (x | 0x05*ones) ^ 0x27*ones // 0 for " & ' (0x22, 0x26, 0x27) and # (0x23)
	p := x ^ 0x2b*ones               // 0 for +
	a := (x | 0x02*ones) ^ 0x3e*ones // 0 for < and > (0x3c, 0x3e)
	return ((x-ones)&^x|(q-ones)&^q|(p-ones)&^p|(a-ones)&^a)&high == 0
}

// escaped marks the bytes esc replaces.
var escaped = [256]bool{0: true, '"': true, '&': true, '\'': true, '+': true, '<': true, '>': true}

// url writes s as html/template writes a URL that fills an attribute value:
// urlFilter (a scheme other than http, https or mailto becomes
// "#ZgotmplZ"), urlNormalizer, then attrEscaper.
func (f *fastWriter) url(s string) {
	if !safeScheme(s) {
		s = "#ZgotmplZ"
	}
	if !needsNormalizing(s) {
		f.esc(s)
		return
	}
	var b strings.Builder
	const hexDigits = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if urlKeeps(s, i) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	f.esc(b.String())
}

// safeScheme is html/template's isSafeURL.
func safeScheme(s string) bool {
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			return false
		}
	}
	return true
}

func needsNormalizing(s string) bool {
	for i := 0; i < len(s); i++ {
		if !urlKeeps(s, i) {
			return true
		}
	}
	return false
}

// urlKeeps reports whether html/template's urlNormalizer keeps s[i] as it
// is.
func urlKeeps(s string, i int) bool {
	c := s[i]
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	switch c {
	case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']', '-', '.', '_', '~':
		return true
	case '%':
		return i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2])
	}
	return false
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// link writes the link from p to target (see Page.Link) as an attribute
// value, as url does.
func (f *fastWriter) link(p *Page, target string) {
	// Nearly every link: a plain root and a path of slugs, perhaps with
	// a fragment of one (a sentence's "#s4"), which the general way below
	// writes as they are.
	path, frag := target, ""
	if i := strings.IndexByte(target, '#'); i >= 0 {
		path, frag = target[:i], target[i+1:]
	}
	if slugPath(path) && slugPath(frag) && f.plainRoot(p) {
		f.s(p.Root)
		f.s(path)
		if path == "" || path[len(path)-1] == '/' {
			f.s("index.html")
		}
		if len(path) < len(target) {
			f.s(target[len(path):])
		}
		return
	}
	rest := ""
	if i := strings.IndexAny(target, "?#"); i >= 0 {
		target, rest = target[:i], target[i:]
	}
	// Page.Link is p.Root + target (+ "index.html") + rest. When no piece
	// has a colon (so no scheme), a percent sign or a byte to normalize,
	// url would write the pieces escaped as they are: write them without
	// joining them.
	if !plainURL(p.Root) || !plainURL(target) || !plainURL(rest) {
		f.url(p.Link(target + rest))
		return
	}
	f.esc(p.Root)
	f.esc(target)
	if target == "" || strings.HasSuffix(target, "/") {
		f.s("index.html")
	}
	f.esc(rest)
}

// plainURL reports whether s has no colon, no percent sign and no byte
// html/template's urlNormalizer changes.
func plainURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ':' || c == '%' || !urlKeeps(s, i) {
			return false
		}
	}
	return true
}

// layout writes layout.html around the page's head and main.
func (f *fastWriter) layout(p *Page, head func() error, main func() error) error {
	s := p.Site
	f.s(`<!doctype html><html lang="`)
	f.esc(s.Language)
	f.s(`"><head><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1"><meta name=color-scheme content="light dark"><title>`)
	if p.Title != "" {
		f.esc(p.Title)
		f.s(` · `)
	}
	f.esc(s.Title)
	f.s(`</title><meta name=description content="`)
	f.esc(p.Description)
	f.s(`">`)
	if p.Canonical != "" {
		f.s(`<link rel=canonical href="`)
		f.url(p.Canonical)
		f.s(`">`)
	}
	f.s(`<meta property="og:site_name" content="`)
	f.esc(s.Title)
	f.s(`"><meta property="og:title" content="`)
	if p.Title != "" {
		f.esc(p.Title)
	} else {
		f.esc(s.Title)
	}
	f.s(`"><meta property="og:type" content="`)
	f.esc(p.OGType())
	f.s(`"><meta property="og:description" content="`)
	f.esc(p.Description)
	f.s(`">`)
	if p.Canonical != "" {
		f.s(`<meta property="og:url" content="`)
		f.esc(p.Canonical)
		f.s(`">`)
	}
	f.s(`<link rel=icon href="`)
	f.link(p, "favicon.svg")
	f.s(`" type=image/svg+xml><link rel=stylesheet href="`)
	f.link(p, "style.css")
	f.s(`"><link rel=alternate type=application/atom+xml title="`)
	f.esc(s.Title)
	f.s(` (Atom)" href="`)
	f.link(p, "feed.atom")
	f.s(`"><link rel=alternate type=application/feed+json title="`)
	f.esc(s.Title)
	f.s(` (JSON Feed)" href="`)
	f.link(p, "feed.json")
	f.s(`">`)
	if head != nil {
		if err := head(); err != nil {
			return err
		}
	}
	f.s(`</head><body><a class=skip href=#main>Skip to content</a><header class=site><div class=bar><a class=brand href="`)
	f.link(p, "")
	f.s(`">`)
	f.esc(s.Title)
	section := p.Section()
	f.s(`</a><nav aria-label=Site><ul><li><a href="`)
	f.link(p, "")
	f.s(`"`)
	if section == "timeline" {
		f.s(` aria-current="page"`)
	}
	f.s(`>Timeline</a></li><li><a href="`)
	f.link(p, "people/")
	f.s(`"`)
	if section == "people" {
		f.s(` aria-current="page"`)
	}
	f.s(`>People</a></li><li><a href="`)
	f.link(p, "places/")
	f.s(`"`)
	if section == "places" {
		f.s(` aria-current="page"`)
	}
	f.s(`>Places</a></li></ul></nav></div></header><main id=main tabindex=-1>`)
	if err := main(); err != nil {
		return err
	}
	f.s(`</main><footer class=site><p>`)
	f.esc(s.Title)
	if s.Description != "" {
		f.s(` · `)
		f.esc(s.Description)
	}
	f.s(`</p><p>Follow: <a href="`)
	f.link(p, "feed.atom")
	f.s(`" type=application/atom+xml>Atom feed</a> · <a href="`)
	f.link(p, "feed.json")
	f.s(`" type=application/feed+json>JSON Feed</a> · <a href="`)
	f.link(p, "timeline.ics")
	f.s(`" type=text/calendar>Calendar</a></p><p>Data: <a href="`)
	f.link(p, "timeline.json")
	f.s(`">timeline.json</a> · <a href="`)
	f.link(p, "timelinejs.json")
	f.s(`">TimelineJS</a></p></footer></body></html>`)
	return nil
}

// article writes article.html.
func (f *fastWriter) article(p *Page) error {
	return f.layout(p, nil, func() error {
		a := p.Article
		if a == nil {
			return nil
		}
		f.s(`<article class=article><header><h1>`)
		f.esc(a.Meta.Title)
		f.s(`</h1><p class=meta>`)
		if a.Meta.Publisher != "" {
			f.s(`<span class=pub>`)
			f.esc(a.Meta.Publisher)
			f.s(`</span>`)
			if a.Meta.OriginalPublisher != "" {
				f.s(`, reprinting <span class=pub>`)
				f.esc(a.Meta.OriginalPublisher)
				f.s(`</span>`)
			}
			f.s(` · `)
		}
		f.s(`<time datetime="`)
		f.esc(a.Published)
		f.s(`">`)
		f.esc(f.day(p, a.Published))
		f.s(`</time>`)
		if len(a.Meta.Authors) > 0 {
			f.s(` · <span class=authors>By `)
			for i, au := range a.Meta.Authors {
				if i > 0 {
					f.s(`, `)
				}
				f.esc(au)
			}
			f.s(`</span>`)
		}
		f.s(`</p>`)
		if a.OriginalURL != "" {
			f.s(`<p class=original><a href="`)
			f.url(a.OriginalURL)
			f.s(`" rel="noopener noreferrer">Read the original article</a></p>`)
		}
		if len(a.Meta.Tags) > 0 {
			f.s(`<ul class=tags aria-label=Tags>`)
			for _, t := range a.Meta.Tags {
				f.s(`<li>`)
				f.esc(t)
				f.s(`</li>`)
			}
			f.s(`</ul>`)
		}
		if len(a.Events) > 0 {
			f.s(`<p class=legend>Marked sentences are cited on the timeline; the link after each goes to its event.</p>`)
		}
		f.s(`</header><div class=body>`)
		b := bytes.NewBuffer(f.buf) // the page so far, written on
		err := p.writeArticleBody(b)
		f.buf = b.Bytes()
		if err != nil {
			return err
		}
		f.s(`</div>`)
		if len(a.Events) > 0 {
			f.s(`<aside class=cited aria-labelledby=on-timeline><h2 id=on-timeline>On the timeline</h2><ul>`)
			for _, e := range a.Events {
				f.s(`<li><a href="`)
				f.link(p, e.URL)
				f.s(`">`)
				f.esc(e.Title)
				f.s(`</a>, `)
				f.time(p, e.Date)
				f.s(`</li>`)
			}
			f.s(`</ul></aside>`)
		}
		f.s(`</article>`)
		return nil
	})
}

// time writes <time datetime="{{$.DateTime .Date}}">{{.Date.Label}}</time>.
func (f *fastWriter) time(p *Page, d events.Date) {
	f.s(`<time datetime="`)
	f.esc(p.DateTime(d))
	f.s(`">`)
	f.esc(d.Label)
	f.s(`</time>`)
}

// event writes event.html.
func (f *fastWriter) event(p *Page) error {
	var groups []SourceGroup // f.sourceGroups(p, p.Event), for the JSON-LD and the quotes
	if p.Event != nil {
		groups = f.sourceGroups(p, p.Event)
	}
	head := func() error {
		if p.Event == nil {
			return nil
		}
		// What html/template's jsValEscaper writes for a struct: its JSON,
		// whose "<", ">", "&", U+2028 and U+2029 json.Marshal escapes.
		f.s(`<script type=application/ld+json>`)
		f.buf = appendJSONLD(f.buf, p, groups)
		f.s(`</script>`)
		return nil
	}
	return f.layout(p, head, func() error {
		e := p.Event
		if e == nil {
			return nil
		}
		f.s(`<article class=event-page><header><p class=when>`)
		f.time(p, e.Date)
		f.s(`</p><h1>`)
		f.esc(e.Title)
		f.s(`</h1>`)
		if e.Summary != "" {
			f.s(`<p class=summary>`)
			f.esc(e.Summary)
			f.s(`</p>`)
		}
		f.who(p, e)
		f.disagree(p, e)
		f.s(`</header><section class=quotes aria-labelledby=sources><h2 id=sources>`)
		f.sourceCount(len(groups))
		f.s(`</h2><div class=grid>`)
		for _, g := range groups {
			for _, c := range g.Cites {
				f.s(`<figure class=quote><blockquote>`)
				f.quote(c)
				f.s(`</blockquote><figcaption>`)
				if g.Publisher != "" {
					f.s(`<span class=pub>`)
					f.esc(g.Publisher)
					f.s(`</span>`)
				}
				f.s(`<cite><a href="`)
				f.link(p, c.URL)
				f.s(`">`)
				f.esc(g.Title)
				f.s(`</a></cite>`)
				if g.Published != "" {
					f.s(`<time datetime="`)
					f.esc(g.Published)
					f.s(`">`)
					f.esc(f.day(p, g.Published))
					f.s(`</time>`)
				}
				if c.Expression != "" {
					f.s(`<span class=dated>Dated by “`)
					f.esc(c.Expression)
					f.s(`”`)
					if l := f.valueLabel(c.Value); l != "" {
						f.s(`: `)
						f.esc(l)
					}
					f.s(`</span>`)
				}
				if g.OriginalURL != "" {
					f.s(`<a class=orig href="`)
					f.url(g.OriginalURL)
					f.s(`" rel="noopener noreferrer">Original article</a>`)
				}
				f.s(`</figcaption></figure>`)
			}
		}
		f.s(`</div></section></article>`)
		n := p.Neighbours()
		f.s(`<nav class=prevnext aria-label="Earlier and later events">`)
		if n.Prev != nil {
			f.s(`<a rel=prev href="`)
			f.link(p, n.Prev.URL)
			f.s(`"><span>Earlier</span> `)
			f.esc(n.Prev.Title)
			f.s(` `)
			f.time(p, n.Prev.Date)
			f.s(`</a>`)
		}
		if n.Next != nil {
			f.s(`<a rel=next href="`)
			f.link(p, n.Next.URL)
			f.s(`"><span>Later</span> `)
			f.esc(n.Next.Title)
			f.s(` `)
			f.time(p, n.Next.Date)
			f.s(`</a>`)
		}
		f.s(`</nav><p class=back><a href="`)
		f.url(p.TimelineLink(e))
		f.s(`">Back to the timeline</a></p>`)
		return nil
	})
}

// quote writes what Page.Quote gives for src.
func (f *fastWriter) quote(src events.Source) {
	q := events.StripDateline(src.Quote)
	if i := strings.Index(q, src.Expression); src.Expression != "" && i >= 0 {
		_, _ = htmlEscaper.WriteString(f, q[:i])
		f.s("<mark>")
		_, _ = htmlEscaper.WriteString(f, src.Expression)
		f.s("</mark>")
		_, _ = htmlEscaper.WriteString(f, q[i+len(src.Expression):])
		return
	}
	_, _ = htmlEscaper.WriteString(f, q)
}

// who writes the "who" partial.
func (f *fastWriter) who(p *Page, e *events.Event) {
	if len(e.People) == 0 && len(e.Places) == 0 {
		return
	}
	f.s(`<ul class=who aria-label="People and places">`)
	for _, n := range e.People {
		f.s(`<li class=person>`)
		f.named(p, p.Site.Person(n), n)
		f.s(`</li>`)
	}
	for _, n := range e.Places {
		f.s(`<li class=place>`)
		f.named(p, p.Site.Place(n), n)
		f.s(`</li>`)
	}
	f.s(`</ul>`)
}

// named writes a name, linked to its entity's page when it has one (as
// PersonLink and PlaceLink give it).
func (f *fastWriter) named(p *Page, e *Entity, name string) {
	if e == nil {
		f.esc(name)
		return
	}
	f.s(`<a href="`)
	f.link(p, e.Page)
	f.s(`">`)
	f.esc(name)
	f.s(`</a>`)
}

// disagree writes the "disagree" partial.
func (f *fastWriter) disagree(p *Page, e *events.Event) {
	rs := p.Readings(e)
	if len(rs) == 0 {
		return
	}
	f.s(`<p class=disagree><strong>Sources disagree on the date:</strong> `)
	for i, r := range rs {
		if i > 0 {
			f.s(`; `)
		}
		f.esc(r.Label)
		if len(r.By) > 0 {
			f.s(` (`)
			for j, b := range r.By {
				if j > 0 {
					f.s(`, `)
				}
				f.esc(b)
			}
			f.s(`)`)
		}
	}
	f.s(`.</p>`)
}

// query writes s as html/template writes a value in a URL's query:
// urlEscaper, then attrEscaper.
func (f *fastWriter) query(s string) {
	const hexDigits = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	f.esc(b.String())
}

// count writes "1 event", "3 events".
func (f *fastWriter) count(n int) {
	f.s(strconv.Itoa(n))
	if n == 1 {
		f.s(` event`)
	} else {
		f.s(` events`)
	}
}

// index writes index.html.
func (f *fastWriter) index(p *Page) error {
	head := func() error {
		f.s(`<script src="`)
		f.link(p, "filter.js")
		f.s(`" defer></script>`)
		return nil
	}
	return f.layout(p, head, func() error {
		s := p.Site
		f.s(`<h1>`)
		f.esc(s.Title)
		if p.Part != nil {
			f.s(`: `)
			f.esc(p.Part.Label)
		}
		f.s(`</h1>`)
		switch {
		case len(s.Parts) > 0 && p.Part == nil:
			f.s(`<p class=lede>`)
			f.count(len(s.Events))
			f.span(p)
			f.s(`, reported in `)
			f.countArticles(len(p.Cited()))
			f.s(`: too many for one page, so the timeline comes in `)
			f.s(strconv.Itoa(len(s.Parts)))
			f.s(` parts. Each part lists the articles published in its time.</p><nav class=parts aria-label="Parts of the timeline"><ol>`)
			for _, part := range s.Parts {
				f.s(`<li><a href="`)
				f.link(p, part.Page)
				f.s(`">`)
				f.esc(part.Label)
				f.s(`</a> <span class=count>`)
				f.count(len(part.Events))
				f.s(`</span></li>`)
			}
			f.s(`</ol></nav>`)
		case len(p.TimelineEvents()) > 0:
			f.partnav(p)
			f.s(`<p class=lede>`)
			f.count(len(p.TimelineEvents()))
			f.span(p)
			cited := p.Cited()
			f.s(`, reported in `)
			f.countArticles(len(cited))
			f.s(`. Each event links to the sentences that report it.</p><form class=filter id=filter role=search aria-label="Filter events" hidden><div class="field q"><label for=f-q>Search</label><input id=f-q name=q type=search autocomplete=off></div><div class=field><label for=f-person>Person</label><select id=f-person name=person><option value>Anyone</option>`)
			f.options(s.People)
			f.s(`</select></div><div class=field><label for=f-place>Place</label><select id=f-place name=place><option value>Anywhere</option>`)
			f.options(s.Places)
			f.s(`</select></div><div class=field><label for=f-source>Source</label><select id=f-source name=source><option value>Any source</option>`)
			for _, a := range cited {
				f.s(`<option value="`)
				f.esc(a.Slug)
				f.s(`">`)
				if a.Meta.Publisher != "" {
					f.esc(a.Meta.Publisher)
					f.s(`: `)
				}
				f.esc(a.Meta.Title)
				f.s(`</option>`)
			}
			f.s(`</select></div><div class="field actions"><button type=reset>Clear</button></div><p class=status id=f-status role=status aria-live=polite></p></form>`)
			f.timeline(p, p.TimelineYears())
			f.s(`<p class=empty id=f-empty hidden>No event matches this filter.</p>`)
			f.partnav(p)
		default:
			f.s(`<p class=empty>There are no events on the timeline yet.</p>`)
		}
		if as := p.ListedArticles(); len(as) > 0 {
			f.s(`<section class=articles aria-labelledby=articles><h2 id=articles>`)
			if p.Part != nil {
				f.s(`Articles published in this period`)
			} else {
				f.s(`The articles`)
			}
			f.s(`</h2><ul>`)
			for _, a := range as {
				f.s(`<li><a href="`)
				f.link(p, a.Page)
				f.s(`">`)
				f.esc(a.Meta.Title)
				f.s(`</a>`)
				if a.Meta.Publisher != "" {
					f.s(`, <span class=pub>`)
					f.esc(a.Meta.Publisher)
					f.s(`</span>`)
				}
				f.s(`, <time datetime="`)
				f.esc(a.Published)
				f.s(`">`)
				f.esc(f.day(p, a.Published))
				f.s(`</time></li>`)
			}
			f.s(`</ul></section>`)
		}
		return nil
	})
}

// sourceCount writes Page.SourceCount: "1 source", "3 sources", for an
// event whose sources Page.Sources puts in n groups, one an article.
func (f *fastWriter) sourceCount(n int) {
	f.buf = strconv.AppendInt(f.buf, int64(n), 10)
	if n == 1 {
		f.s(` source`)
	} else {
		f.s(` sources`)
	}
}

// countArticles writes "1 article", "3 articles".
func (f *fastWriter) countArticles(n int) {
	f.s(strconv.Itoa(n))
	if n == 1 {
		f.s(` article`)
	} else {
		f.s(` articles`)
	}
}

// span writes " from <time ...>...</time> to <time ...>...</time>" for the
// page's Span, when it has a first day; " on <time ...>...</time>" when
// that is its last.
func (f *fastWriter) span(p *Page) {
	sp := p.Span()
	if sp.First == "" {
		return
	}
	if sp.First == sp.Last {
		f.s(` on <time datetime="`)
		f.esc(sp.First)
		f.s(`">`)
		f.esc(f.day(p, sp.First))
		f.s(`</time>`)
		return
	}
	f.s(` from <time datetime="`)
	f.esc(sp.First)
	f.s(`">`)
	f.esc(f.day(p, sp.First))
	f.s(`</time> to <time datetime="`)
	f.esc(sp.Last)
	f.s(`">`)
	f.esc(f.day(p, sp.Last))
	f.s(`</time>`)
}

// options writes the filter's options for people or places.
func (f *fastWriter) options(es []*Entity) {
	for _, e := range es {
		f.s(`<option value="`)
		f.esc(e.Slug)
		f.s(`">`)
		f.esc(e.Name)
		f.s(`</option>`)
	}
}

// partnav writes index.html's "partnav".
func (f *fastWriter) partnav(p *Page) {
	part := p.Part
	if part == nil {
		return
	}
	f.s(`<nav class=prevnext aria-label="Earlier and later parts of the timeline">`)
	if part.Prev != nil {
		f.s(`<a rel=prev href="`)
		f.link(p, part.Prev.Page)
		f.s(`"><span>Earlier</span> `)
		f.esc(part.Prev.Label)
		f.s(`</a>`)
	}
	f.s(`<a href="`)
	f.link(p, "")
	f.s(`"><span>All parts</span> The whole timeline</a>`)
	if part.Next != nil {
		f.s(`<a rel=next href="`)
		f.link(p, part.Next.Page)
		f.s(`"><span>Later</span> `)
		f.esc(part.Next.Label)
		f.s(`</a>`)
	}
	f.s(`</nav>`)
}

// timeline writes the "timeline" partial.
func (f *fastWriter) timeline(p *Page, ys []Year) {
	f.s(`<div class=timeline>`)
	for _, y := range ys {
		f.s(`<section class=year aria-labelledby="y`)
		f.esc(y.Year)
		f.s(`"><h2 id="y`)
		f.esc(y.Year)
		f.s(`">`)
		f.esc(y.Year)
		f.s(`</h2>`)
		for _, m := range y.Months {
			f.s(`<section class=month><h3>`)
			if m.Name != "" {
				f.esc(m.Name)
			} else {
				f.esc("Other dates in " + y.Year)
			}
			f.s(`</h3><ol class=events>`)
			for _, e := range m.Events {
				f.s(`<li class=event id="`)
				f.esc(e.ID)
				f.s(`" data-people="`)
				f.slugs(e.People, p.Site.Person)
				f.s(`" data-places="`)
				f.slugs(e.Places, p.Site.Place)
				f.s(`" data-sources="`)
				groups := f.sourceGroups(p, e)
				for i, g := range groups {
					// The event's articles, once each in the order
					// of its sources: what articles writes.
					if i > 0 {
						f.s(" ")
					}
					f.esc(g.Article)
				}
				f.s(`"><p class=when>`)
				f.time(p, e.Date)
				f.s(`</p><h4><a href="`)
				f.link(p, e.URL)
				f.s(`">`)
				f.esc(e.Title)
				f.s(`</a></h4>`)
				if e.Summary != "" {
					f.s(`<p class=summary>`)
					f.esc(e.Summary)
					f.s(`</p>`)
				}
				f.who(p, e)
				f.disagree(p, e)
				f.sources(p, groups)
				f.s(`</li>`)
			}
			f.s(`</ol></section>`)
		}
		f.s(`</section>`)
	}
	f.s(`</div>`)
}

// slugs writes what Page.Data gives as data-people or data-places: the
// slugs of the names that have an entity, separated by spaces.
func (f *fastWriter) slugs(names []string, entity func(string) *Entity) {
	sep := false
	for _, n := range names {
		if ent := entity(n); ent != nil {
			if sep {
				f.s(" ")
			}
			f.esc(ent.Slug)
			sep = true
		}
	}
}

// sources writes the "sources" partial for an event whose sources
// Page.Sources groups as groups.
func (f *fastWriter) sources(p *Page, groups []SourceGroup) {
	f.s(`<div class=sources><p class=count>`)
	f.sourceCount(len(groups))
	f.s(`</p><ul>`)
	for _, g := range groups {
		f.s(`<li>`)
		if g.Publisher != "" {
			f.s(`<span class=pub>`)
			f.esc(g.Publisher)
			f.s(`</span>: `)
		}
		f.s(`<a href="`)
		f.link(p, g.Cites[0].URL)
		f.s(`">`)
		f.esc(g.Title)
		f.s(`</a>`)
		if g.Published != "" {
			f.s(`, <time datetime="`)
			f.esc(g.Published)
			f.s(`">`)
			f.esc(f.day(p, g.Published))
			f.s(`</time>`)
		}
		if len(g.Cites) > 1 {
			f.s(` <span class=more>(also `)
			for i, c := range g.Cites[1:] {
				if i > 0 {
					f.s(`, `)
				}
				f.s(`<a href="`)
				f.link(p, c.URL)
				f.s(`">`)
				f.esc(p.SentenceName(c))
				f.s(`</a>`)
			}
			f.s(`)</span>`)
		}
		if g.OriginalURL != "" {
			f.s(` · <a class=orig href="`)
			f.url(g.OriginalURL)
			f.s(`" rel="noopener noreferrer">original</a>`)
		}
		f.s(`</li>`)
	}
	f.s(`</ul></div>`)
}

// entity writes entity.html.
func (f *fastWriter) entity(p *Page) error {
	return f.layout(p, nil, func() error {
		e := p.Entity
		if e == nil {
			return nil
		}
		f.s(`<p class=kicker><a href="`)
		f.link(p, p.Section()+"/")
		f.s(`">`)
		if e.Kind == "person" {
			f.s(`People`)
		} else {
			f.s(`Places`)
		}
		f.s(`</a></p><h1>`)
		f.esc(e.Name)
		f.s(`</h1><p class=lede>`)
		f.count(len(e.Events))
		f.s(` on the timeline. <a href="`)
		f.link(p, "")
		if e.Kind == "person" {
			f.s(`?person=`)
		} else {
			f.s(`?place=`)
		}
		f.query(e.Slug)
		f.s(`">Show them on the timeline</a></p>`)
		if !p.Compact() {
			f.timeline(p, e.Years())
			return nil
		}
		f.s(`<p>Too many to show here with their sources: each links to its own page.</p><div class="timeline compact">`)
		for _, y := range e.Years() {
			f.s(`<section class=year aria-labelledby="y`)
			f.esc(y.Year)
			f.s(`"><h2 id="y`)
			f.esc(y.Year)
			f.s(`">`)
			f.esc(y.Year)
			f.s(`</h2><ol class=events>`)
			for _, m := range y.Months {
				for _, ev := range m.Events {
					f.s(`<li class=event>`)
					f.time(p, ev.Date)
					f.s(` <a href="`)
					f.link(p, ev.URL)
					f.s(`">`)
					f.esc(ev.Title)
					f.s(`</a></li>`)
				}
			}
			f.s(`</ol></section>`)
		}
		f.s(`</div>`)
		return nil
	})
}

// appendJSONLD appends the JSON of p.jsonLD(groups) as json.Marshal
// writes it, without reflection (TestJSONLDMatchesMarshal).
func appendJSONLD(b []byte, p *Page, groups []SourceGroup) []byte {
	e := p.Event
	str := func(key, v string) {
		b = append(b, key...)
		b = jsonw.String(b, v)
	}
	thing := func(typ, name string) {
		b = append(b, `{"@type":"`...)
		b = append(b, typ...)
		b = append(b, `","name":`...)
		b = jsonw.String(b, name)
		b = append(b, '}')
	}
	things := func(key, typ string, names []string) {
		if len(names) == 0 {
			return
		}
		b = append(b, key...)
		for i, n := range names {
			if i > 0 {
				b = append(b, ',')
			}
			thing(typ, n)
		}
		b = append(b, ']')
	}
	b = append(b, `{"@context":"https://schema.org","@type":"Event"`...)
	str(`,"name":`, e.Title)
	if e.Summary != "" {
		str(`,"description":`, e.Summary)
	}
	if e.Date.Start != "" {
		str(`,"startDate":`, e.Date.Start)
	}
	if e.Date.End != e.Date.Start && e.Date.End != "" {
		str(`,"endDate":`, e.Date.End)
	}
	things(`,"location":[`, "Place", e.Places)
	things(`,"attendee":[`, "Person", e.People)
	if p.Canonical != "" {
		str(`,"url":`, p.Canonical)
	}
	if len(groups) > 0 {
		b = append(b, `,"subjectOf":[`...)
		for i, g := range groups {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"@type":"NewsArticle"`...)
			str(`,"headline":`, g.Title)
			if g.Published != "" {
				str(`,"datePublished":`, g.Published)
			}
			if g.Publisher != "" {
				b = append(b, `,"publisher":`...)
				thing("Organization", g.Publisher)
			}
			if g.OriginalURL != "" {
				str(`,"url":`, g.OriginalURL)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}
