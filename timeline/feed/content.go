package feed

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/internal/jsonw"
)

// This file renders an event's body, as HTML for the feeds and TimelineJS and
// as plain text for the calendar. Everything an article's author or an editor
// wrote is escaped: nothing from the content can become markup or a script in
// a reader's feed reader, calendar or TimelineJS page.

// eventHTML is the body of an event as an HTML fragment: the summary, the
// date and who and where, any disagreement on the date, and the sources, each
// linking to the sentence that reports it.
func (s *site) eventHTML(e entry) string {
	return string(s.appendEventHTML(make([]byte, 0, 512+384*len(e.Sources)), e))
}

// appendEventHTML appends eventHTML(e) to b.
func (s *site) appendEventHTML(b []byte, e entry) []byte {
	return appendEventHTMLTo(b, s, e, htmlPlain{})
}

// htmlSink is how appendEventHTMLTo writes an HTML fragment: markup
// (lit) and text (text, which it escapes) as they are, or both as they
// are written inside a JSON string.
type htmlSink interface {
	lit(b []byte, markup string) []byte
	text(b []byte, text string) []byte
}

// htmlPlain writes HTML as it is.
type htmlPlain struct{}

func (htmlPlain) lit(b []byte, markup string) []byte { return append(b, markup...) }
func (htmlPlain) text(b []byte, text string) []byte  { return appendHTML(b, text) }

// htmlInJSON writes HTML escaped as a JSON string's contents, as
// jsonw.String escapes them: the fragment's JSON without a copy of it.
type htmlInJSON struct{}

func (htmlInJSON) text(b []byte, text string) []byte { return appendHTMLInJSON(b, text) }

func (htmlInJSON) lit(b []byte, markup string) []byte {
	if e, ok := escapedMarkup(markup); ok {
		return append(b, e...)
	}
	return jsonw.Escape(b, markup)
}

// escapedMarkup returns jsonw.Escape(nil, m) for the fixed pieces of
// markup eventHTML writes, which every event repeats
// (TestEscapedMarkup).
func escapedMarkup(m string) (string, bool) {
	switch m {
	case "<p>":
		return `\u003cp\u003e`, true
	case "</p>":
		return `\u003c/p\u003e`, true
	case "<p>With ":
		return `\u003cp\u003eWith `, true
	case " · ":
		return ` · `, true
	case "<p>The sources disagree on the date: ":
		return `\u003cp\u003eThe sources disagree on the date: `, true
	case ".</p>":
		return `.\u003c/p\u003e`, true
	case "<p>Sources:</p><ul>":
		return `\u003cp\u003eSources:\u003c/p\u003e\u003cul\u003e`, true
	case `<li><a href="`:
		return `\u003cli\u003e\u003ca href=\"`, true
	case `">`:
		return `\"\u003e`, true
	case "</a>":
		return `\u003c/a\u003e`, true
	case ", ":
		return `, `, true
	case ` (<a href="`:
		return ` (\u003ca href=\"`, true
	case `">original</a>)`:
		return `\"\u003eoriginal\u003c/a\u003e)`, true
	case "<blockquote>":
		return `\u003cblockquote\u003e`, true
	case "</blockquote>":
		return `\u003c/blockquote\u003e`, true
	case "</li>":
		return `\u003c/li\u003e`, true
	case "</ul>":
		return `\u003c/ul\u003e`, true
	case `<p><a href="`:
		return `\u003cp\u003e\u003ca href=\"`, true
	case `">On the timeline</a></p>`:
		return `\"\u003eOn the timeline\u003c/a\u003e\u003c/p\u003e`, true
	}
	return "", false
}

// appendHTMLInJSON appends v escaped by appendHTML, then as a JSON
// string's contents.
func appendHTMLInJSON(b []byte, v string) []byte {
	last := 0
	for i := 0; i < len(v); i++ {
		for ; i+8 <= len(v); i += 8 { // runs of text, eight bytes a step
			w := v[i : i+8] // one bounds check, one load
			if markup8(uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) {
				break
			}
		}
		if i >= len(v) {
			break
		}
		var r string
		switch v[i] {
		case '&':
			r = `\u0026amp;`
		case '\'':
			r = `\u0026#39;`
		case '<':
			r = `\u0026lt;`
		case '>':
			r = `\u0026gt;`
		case '"':
			r = `\u0026#34;`
		default:
			continue
		}
		b = append(jsonw.Escape(b, v[last:i]), r...)
		last = i + 1
	}
	return jsonw.Escape(b, v[last:])
}

// markup8 reports whether one of the eight bytes of x is one
// appendHTMLInJSON replaces, or a # (see printable8).
func markup8(x uint64) bool {
	q := (x | 0x05*ones) ^ 0x27*ones // 0 for " & ' (0x22, 0x26, 0x27) and # (0x23)
	a := (x | 0x02*ones) ^ 0x3e*ones // 0 for < and > (0x3c, 0x3e)
	return ((q-ones)&^q|(a-ones)&^a)&high != 0
}

// appendJoined appends the texts in vs through out, separated by ", ".
func appendJoined[S htmlSink](b []byte, vs []string, out S) []byte {
	for i, v := range vs {
		if i > 0 {
			b = out.text(b, ", ")
		}
		b = out.text(b, v)
	}
	return b
}

// appendEventHTMLTo appends eventHTML(e) to b through out.
func appendEventHTMLTo[S htmlSink](b []byte, s *site, e entry, out S) []byte {
	if e.Summary != "" {
		b = out.lit(b, "<p>")
		b = out.text(b, e.Summary)
		b = out.lit(b, "</p>")
	}
	b = out.lit(b, "<p>")
	b = out.text(b, e.Date.Label)
	if len(e.Places) > 0 {
		b = out.lit(b, " · ")
		b = appendJoined(b, e.Places, out)
	}
	b = out.lit(b, "</p>")
	if len(e.People) > 0 {
		b = out.lit(b, "<p>With ")
		b = appendJoined(b, e.People, out)
		b = out.lit(b, "</p>")
	}
	if len(e.Readings) >= 2 {
		b = out.lit(b, "<p>The sources disagree on the date: ")
		b = out.text(b, readings(e.Event))
		b = out.lit(b, ".</p>")
	}
	if len(e.Sources) > 0 {
		b = out.lit(b, "<p>Sources:</p><ul>")
		for i := range e.Sources {
			src := &e.Sources[i]
			b = out.lit(b, `<li><a href="`)
			if s.plainAbs(src.URL) {
				// The base URL and a plain path: nothing to escape.
				b = out.lit(b, s.prefix)
				b = out.lit(b, src.URL)
			} else {
				b = out.text(b, s.abs(src.URL))
			}
			b = out.lit(b, `">`)
			b = appendSourceName(b, src, out.text)
			b = out.lit(b, "</a>")
			if src.Published != "" {
				b = out.lit(b, ", ")
				b = appendDayLabel(b, src.Published, out.text)
			}
			if u := s.httpURL(src.OriginalURL); u != "" {
				b = out.lit(b, ` (<a href="`)
				b = out.text(b, u)
				b = out.lit(b, `">original</a>)`)
			}
			if src.Quote != "" {
				b = out.lit(b, "<blockquote>")
				b = out.text(b, events.StripDateline(src.Quote))
				b = out.lit(b, "</blockquote>")
			}
			b = out.lit(b, "</li>")
		}
		b = out.lit(b, "</ul>")
	}
	b = out.lit(b, `<p><a href="`)
	b = out.text(b, s.abs(e.URL))
	return out.lit(b, `">On the timeline</a></p>`)
}

// appendHTML appends v escaped as html.EscapeString escapes it
// (TestAppendHTML).
func appendHTML(b []byte, v string) []byte {
	i := 0
	for i+4 <= len(v) && !htmlSpecial[v[i]] && !htmlSpecial[v[i+1]] && !htmlSpecial[v[i+2]] && !htmlSpecial[v[i+3]] {
		i += 4 // runs of plain text, four bytes at a time
	}
	last := 0
	for ; i < len(v); i++ {
		var r string
		switch v[i] {
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		case '"':
			r = "&#34;"
		default:
			continue
		}
		b = append(append(b, v[last:i]...), r...)
		last = i + 1
	}
	return append(b, v[last:]...)
}

// htmlSpecial marks the bytes appendHTML replaces.
var htmlSpecial = [256]bool{'&': true, '\'': true, '<': true, '>': true, '"': true}

// appendRaw appends v as it is.
func appendRaw(b []byte, v string) []byte { return append(b, v...) }

// plainAbs reports whether s.abs(rel) is s.prefix followed by rel and
// neither has a byte appendHTML escapes.
func (s *site) plainAbs(rel string) bool {
	return s.prefix != "" && !s.prefixEscapes && plainRel(rel)
}

// plainRel reports whether s.abs(rel) is s.prefix followed by rel as it
// is: a plain path, and a plain fragment with no slash after any '#'.
func plainRel(rel string) bool {
	p, frag, hash := strings.Cut(rel, "#")
	return plainPath(p, true) && (!hash || frag != "" && plainPath(frag, true) && !strings.Contains(frag, "/"))
}

// httpURL is httpURL(u), each distinct u parsed once a call.
func (s *site) httpURL(u string) string {
	if v, ok := s.urls[u]; ok {
		return v
	}
	v := httpURL(u)
	if s.urls == nil {
		s.urls = map[string]string{}
	}
	s.urls[u] = v
	return v
}

// eventText is the body of an event as plain text, for a calendar's
// DESCRIPTION. Links are left out when they could not be absolute.
func (s *site) eventText(e entry) string {
	return string(s.appendEventText(make([]byte, 0, 512+384*len(e.Sources)), e))
}

// appendEventText appends eventText(e) to b.
func (s *site) appendEventText(b []byte, e entry) []byte {
	start := len(b)
	if e.Summary != "" {
		b = append(append(b, e.Summary...), "\n\n"...)
	}
	b = append(append(append(b, "When: "...), e.Date.Label...), '\n')
	if len(e.Places) > 0 {
		b = append(b, "Where: "...)
		b = appendList(b, e.Places, ", ")
		b = append(b, '\n')
	}
	if len(e.People) > 0 {
		b = append(b, "Who: "...)
		b = appendList(b, e.People, ", ")
		b = append(b, '\n')
	}
	if len(e.Readings) >= 2 {
		b = append(b, "The sources disagree on the date: "...)
		b = append(b, readings(e.Event)...)
		b = append(b, ".\n"...)
	}
	if len(e.Sources) > 0 {
		b = append(b, "\nSources:\n"...)
		for i := range e.Sources {
			src := &e.Sources[i]
			b = append(b, "- "...)
			b = appendSourceName(b, src, appendRaw)
			if src.Published != "" {
				b = append(b, ", "...)
				b = appendDayLabel(b, src.Published, appendRaw)
			}
			if src.Quote != "" {
				b = append(b, ": “"...)
				b = append(b, events.StripDateline(src.Quote)...)
				b = append(b, "”"...)
			}
			b = append(b, '\n')
			if s.absolute {
				b = s.appendAbs(b, src.URL)
				b = append(b, '\n')
			}
		}
	}
	if s.absolute {
		b = append(b, '\n')
		b = s.appendAbs(b, e.URL)
	}
	if len(b) > start && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return b
}

// appendList appends strings.Join(list, sep).
func appendList(b []byte, list []string, sep string) []byte {
	for i, v := range list {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

// appendAbs appends s.abs(rel).
func (s *site) appendAbs(b []byte, rel string) []byte {
	if s.prefix != "" && plainRel(rel) {
		return append(append(b, s.prefix...), rel...)
	}
	return append(b, s.abs(rel)...)
}

// appendSourceName appends a source's name, "Publisher: Headline" with
// whichever of the two it has, to b with add (appendRaw, or appendHTML to
// escape it).
func appendSourceName(b []byte, src *events.Source, add func([]byte, string) []byte) []byte {
	pub, title := strings.TrimSpace(src.Publisher), strings.TrimSpace(src.Title)
	switch {
	case pub != "" && title != "":
		b = add(b, pub)
		b = add(b, ": ")
		return add(b, title)
	case pub != "":
		return add(b, pub)
	case title != "":
		return add(b, title)
	}
	return add(b, src.Article)
}

// readings lists an event's date readings when its sources disagree, or
// returns "".
func readings(ev events.Event) string {
	if len(ev.Readings) < 2 {
		return ""
	}
	labels := make([]string, 0, len(ev.Readings))
	for _, r := range ev.Readings {
		l := r.Label
		if l == "" {
			l = r.Value
		}
		labels = append(labels, l)
	}
	return strings.Join(labels, "; ")
}

// httpURL returns u if it is an absolute http(s) URL, else "". An article's
// original URL comes from its front matter, so a javascript: or data: URL
// must never become a link.
func httpURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// dayLabel reads a source's publication date as readers read it, "1
// December 2025"; a date it cannot read, as it is. A timestamp keeps the
// day it was written in, whatever its zone.
func dayLabel(published string) string {
	s := strings.TrimSpace(published)
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	// A calendar day, written without parsing it again.
	if t, shaped, ok := calendarDay(s); shaped {
		if ok {
			return strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + s[:4]
		}
		return published
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("2 January 2006")
	}
	return published
}

// appendDayLabel appends dayLabel(published) to b with add (appendRaw,
// or appendHTML to escape it).
func appendDayLabel(b []byte, published string, add func([]byte, string) []byte) []byte {
	if t, _, ok := calendarDay(published); ok {
		// dayLabel's calendar day, written without a string of its own.
		b = strconv.AppendInt(b, int64(t.Day()), 10)
		b = append(b, ' ')
		b = append(b, t.Month().String()...)
		b = append(b, ' ')
		return append(b, published[:4]...)
	}
	return add(b, dayLabel(published))
}

// calendarDay reads s when it has the shape of a calendar day, four
// digits, two and two between hyphens (shaped); ok when it is a date that
// exists, as time.Parse reads it (t, at midnight UTC).
func calendarDay(s string) (t time.Time, shaped, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) {
		return time.Time{}, false, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	t = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return time.Time{}, true, false
	}
	return t, true, true
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
