package feed

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// This file renders an event's body, as HTML for the feeds and TimelineJS and
// as plain text for the calendar. Everything an article's author or an editor
// wrote is escaped: nothing from the content can become markup or a script in
// a reader's feed reader, calendar or TimelineJS page.

// eventHTML is the body of an event as an HTML fragment: the summary, the
// date and who and where, any disagreement on the date, and the sources, each
// linking to the sentence that reports the event.
func (s *site) eventHTML(e entry) string {
	var b strings.Builder
	b.Grow(512 + 384*len(e.Sources))
	esc := func(v string) { _, _ = htmlEscaper.WriteString(&b, v) }
	if e.Summary != "" {
		b.WriteString("<p>")
		esc(e.Summary)
		b.WriteString("</p>")
	}
	b.WriteString("<p>")
	esc(e.Date.Label)
	if len(e.Places) > 0 {
		b.WriteString(" · ")
		esc(strings.Join(e.Places, ", "))
	}
	b.WriteString("</p>")
	if len(e.People) > 0 {
		b.WriteString("<p>With ")
		esc(strings.Join(e.People, ", "))
		b.WriteString("</p>")
	}
	if r := readings(e.Event); r != "" {
		b.WriteString("<p>The sources disagree on the date: ")
		esc(r)
		b.WriteString(".</p>")
	}
	if len(e.Sources) > 0 {
		b.WriteString("<p>Sources:</p><ul>")
		for _, src := range e.Sources {
			b.WriteString(`<li><a href="`)
			esc(s.abs(src.URL))
			b.WriteString(`">`)
			esc(sourceName(src))
			b.WriteString("</a>")
			if src.Published != "" {
				b.WriteString(", ")
				esc(dayLabel(src.Published))
			}
			if u := httpURL(src.OriginalURL); u != "" {
				b.WriteString(` (<a href="`)
				esc(u)
				b.WriteString(`">original</a>)`)
			}
			if src.Quote != "" {
				b.WriteString("<blockquote>")
				esc(events.StripDateline(src.Quote))
				b.WriteString("</blockquote>")
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
	}
	b.WriteString(`<p><a href="`)
	esc(s.abs(e.URL))
	b.WriteString(`">On the timeline</a></p>`)
	return b.String()
}

// htmlEscaper escapes as html.EscapeString does (it is that function's
// replacer), writing to a writer rather than making a string.
var htmlEscaper = strings.NewReplacer(
	`&`, "&amp;",
	`'`, "&#39;",
	`<`, "&lt;",
	`>`, "&gt;",
	`"`, "&#34;",
)

// eventText is the body of an event as plain text, for a calendar's
// DESCRIPTION. Links are left out when they could not be absolute.
func (s *site) eventText(e entry) string {
	var b strings.Builder
	b.Grow(512 + 384*len(e.Sources))
	if e.Summary != "" {
		b.WriteString(e.Summary)
		b.WriteString("\n\n")
	}
	b.WriteString("When: ")
	b.WriteString(e.Date.Label)
	b.WriteString("\n")
	if len(e.Places) > 0 {
		b.WriteString("Where: ")
		b.WriteString(strings.Join(e.Places, ", "))
		b.WriteString("\n")
	}
	if len(e.People) > 0 {
		b.WriteString("Who: ")
		b.WriteString(strings.Join(e.People, ", "))
		b.WriteString("\n")
	}
	if r := readings(e.Event); r != "" {
		b.WriteString("The sources disagree on the date: ")
		b.WriteString(r)
		b.WriteString(".\n")
	}
	if len(e.Sources) > 0 {
		b.WriteString("\nSources:\n")
		for _, src := range e.Sources {
			b.WriteString("- ")
			b.WriteString(sourceName(src))
			if src.Published != "" {
				b.WriteString(", ")
				b.WriteString(dayLabel(src.Published))
			}
			if src.Quote != "" {
				b.WriteString(": “")
				b.WriteString(events.StripDateline(src.Quote))
				b.WriteString("”")
			}
			b.WriteString("\n")
			if s.absolute {
				b.WriteString(s.abs(src.URL))
				b.WriteString("\n")
			}
		}
	}
	if s.absolute {
		b.WriteString("\n")
		b.WriteString(s.abs(e.URL))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// sourceName names a source as "Publisher: Headline", with whichever of the
// two it has.
func sourceName(src events.Source) string {
	var parts []string
	for _, p := range []string{src.Publisher, src.Title} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return src.Article
	}
	return strings.Join(parts, ": ")
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
	// A calendar day as time.Parse reads it (four digits, two, two, and
	// a date that exists), written without parsing it again.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]) {
		y, _ := strconv.Atoi(s[:4])
		m, _ := strconv.Atoi(s[5:7])
		d, _ := strconv.Atoi(s[8:])
		if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Year() == y && int(t.Month()) == m && t.Day() == d {
			return strconv.Itoa(d) + " " + t.Month().String() + " " + s[:4]
		}
		return published
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("2 January 2006")
	}
	return published
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
