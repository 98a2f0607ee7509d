package feed

import (
	"bytes"
	"encoding/json"
	"github.com/newsroom/timeline/timeline/internal/jsonw"
	"html"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/events"
)

// veventBoth returns e's VEVENT as appendVEvent and as the library
// (veventLib) write it.
func veventBoth(t *testing.T, s Site, ev events.Event) (fast, lib []byte) {
	t.Helper()
	site, es, err := prepare(s, []events.Event{ev})
	if err != nil {
		t.Fatal(err)
	}
	var sc icsScratch
	// Twice with the same scratch: nothing of one event may leak into
	// the next.
	site.appendVEvent(nil, es[0], &sc)
	fast = site.appendVEvent([]byte("x"), es[0], &sc)[1:]
	var b bytes.Buffer
	if err := site.veventLib(&b, es[0]); err != nil {
		t.Fatal(err)
	}
	return fast, b.Bytes()
}

// icsVariants are events whose text tests the library's escaping and
// folding: fold points on and around multi-byte characters, spaces,
// "<" and ">", lines with no space at all, TEXT specials, control
// characters, invalid UTF-8, and no places, kind or sources.
func icsVariants() []events.Event {
	base := testEvents()
	texts := []string{
		"",
		strings.Repeat("x", 200),
		strings.Repeat("é", 150),
		strings.Repeat("ab<cd>ef ", 30),
		strings.Repeat(">x", 90),
		strings.Repeat("水", 61) + " tail",
		strings.Repeat("a", 70) + "🌊🌊🌊🌊" + strings.Repeat("b", 70),
		"semi;colon, comma\\back\nslash\r\nCRLF\ttab\x00nul\x7fdel\u0085nel",
		"\xff\xfe invalid " + strings.Repeat("\xc3", 80),
		strings.Repeat(" ", 160),
		"<" + strings.Repeat("y", 150) + ">",
	}
	var out []events.Event
	for i, tx := range texts {
		for j := range base {
			e := base[j]
			e.Title = tx + e.Title
			e.Summary = tx
			e.Places = append([]string{tx}, e.Places...)
			if i%2 == 1 {
				e.Kind = tx
				e.Places = nil
			}
			if i%3 == 2 {
				e.Sources = nil
			}
			if len(e.Sources) > 0 {
				srcs := append([]events.Source(nil), e.Sources...)
				srcs[0].Quote = tx + srcs[0].Quote
				srcs[0].Title = tx
				out = append(out, e)
				e.Sources = srcs
			}
			out = append(out, e)
		}
	}
	return out
}

func TestVEventMatchesLibrary(t *testing.T) {
	sites := []Site{testSite, {Title: "Preview", BaseURL: "/news/"}, {Title: "T", BaseURL: "https://a.example/"}}
	for _, s := range sites {
		for _, ev := range icsVariants() {
			fast, lib := veventBoth(t, s, ev)
			if !bytes.Equal(fast, lib) {
				t.Fatalf("site %q, event %q: appendVEvent wrote\n%q\nthe library\n%q", s.BaseURL, ev.ID, fast, lib)
			}
		}
	}
}

// FuzzVEventMatchesLibrary checks that appendVEvent writes what the
// library writes for any text, and appendSlide what json.Marshal does.
func FuzzVEventMatchesLibrary(f *testing.F) {
	f.Add("Talks; in Paris, \"again\"", "line one\nline two\\", "Zürich", "quote <b>x</b>", "id,1")
	f.Add(strings.Repeat("é", 100), strings.Repeat("水", 60)+" "+strings.Repeat("a, ", 40), "São Paulo; Łódź", strings.Repeat(">", 80), "x")
	f.Add("a\r\nb\x00", "\xff\xfe", "🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊", "", "2024-01-02")
	f.Fuzz(func(t *testing.T, title, summary, place, quote, id string) {
		if id == "" {
			id = "x"
		}
		ev := events.Event{
			ID: id, Title: title, Summary: summary, Places: []string{place, title}, People: []string{quote}, Kind: place,
			URL:  "events/" + id + "/",
			Date: events.Date{Start: "2024-01-02", End: "2024-01-05", Label: summary},
			Sources: []events.Source{{Article: quote, Title: title, Publisher: place, Published: summary,
				URL: "articles/" + id + "/#s1", OriginalURL: quote, Quote: quote}},
		}
		for _, s := range []Site{testSite, {Title: "Preview", BaseURL: "/p/"}} {
			fast, lib := veventBoth(t, s, ev)
			if !bytes.Equal(fast, lib) {
				t.Fatalf("appendVEvent wrote\n%q\nthe library\n%q", fast, lib)
			}
			site, es, err := prepare(s, []events.Event{ev})
			if err != nil {
				t.Fatal(err)
			}
			sl := site.slideOf(es[0])
			want, err := json.Marshal(&sl)
			if err != nil {
				t.Fatal(err)
			}
			if got := site.appendSlide(nil, es[0]); !bytes.Equal(got, want) {
				t.Fatalf("appendSlide wrote\n%s\njson.Marshal\n%s", got, want)
			}
		}
	})
}

// TestAppendHTML checks appendHTML against html.EscapeString.
func TestAppendHTML(t *testing.T) {
	for _, s := range []string{"", "plain", `<a href="x">Tom's & Jerry's</a>`, "\xff<\x00>", "&&&&"} {
		if got, want := string(appendHTML([]byte("-"), s)), "-"+html.EscapeString(s); got != want {
			t.Errorf("appendHTML(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSlideMatchesMarshal checks appendSlide against json.Marshal of
// slideOf on every kind of text, date and kind.
func TestSlideMatchesMarshal(t *testing.T) {
	evs := icsVariants()
	for i, g := range []string{"day", "time", "week", "month", "year", "decade", ""} {
		e := testEvents()[i%len(testEvents())]
		e.Date.Granularity, e.Date.Approximate = g, i%2 == 0
		evs = append(evs, e)
		e.Date.Label = ""
		evs = append(evs, e)
	}
	for _, s := range []Site{testSite, {Title: "Preview", BaseURL: "/news/"}} {
		site, es, err := prepare(s, evs)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			sl := site.slideOf(e)
			want, err := json.Marshal(&sl)
			if err != nil {
				t.Fatal(err)
			}
			if got := site.appendSlide(nil, e); !bytes.Equal(got, want) {
				t.Fatalf("event %q: appendSlide wrote\n%s\njson.Marshal\n%s", e.ID, got, want)
			}
		}
	}
}

// trimUTF8Reference is golang-ical v0.3.4's trimUT8StringUpTo, which
// icsCut's length must match.
func trimUTF8Reference(maxLength int, s string) string {
	length := 0
	lastWordBoundary := -1
	var lastRune rune
	for i, r := range s {
		if r == ' ' || r == '<' {
			lastWordBoundary = i
		} else if lastRune == '>' {
			lastWordBoundary = i
		}
		lastRune = r
		newLength := length + utf8.RuneLen(r)
		if newLength > maxLength {
			break
		}
		length = newLength
	}
	if lastWordBoundary > 0 {
		return s[:lastWordBoundary]
	}
	return s[:length]
}

func FuzzICSCut(f *testing.F) {
	f.Add(strings.Repeat("é", 50) + " x>y<z")
	f.Add(strings.Repeat("a", 73) + "水b")
	f.Add("\xff\xfe" + strings.Repeat("“q” ", 30))
	f.Fuzz(func(t *testing.T, s string) {
		for _, max := range []int{74, 75} {
			if len(s) <= max {
				continue
			}
			if got, want := icsCut(max, []byte(s)), len(trimUTF8Reference(max, s)); got != want {
				t.Fatalf("icsCut(%d, %q) = %d, the library cuts at %d", max, s, got, want)
			}
		}
	})
}

// TestParseDayMatchesTimeParse checks parseDay's plain-day way against
// time.Parse.
func TestParseDayMatchesTimeParse(t *testing.T) {
	for _, s := range []string{"2024-03-05", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "9999-12-31", "2024-3-05", " 2024-03-05", "2024-03-05T09:30:00+01:00", "x"} {
		got, ok := parseDay(s)
		want, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
		if err != nil {
			if w, err2 := time.Parse(time.RFC3339, strings.TrimSpace(s)); err2 == nil {
				want, err = w.UTC(), nil
			}
		}
		if ok != (err == nil) || ok && !got.Equal(want) {
			t.Errorf("parseDay(%q) = %v, %v; time.Parse %v, %v", s, got, ok, want, err)
		}
	}
}

// TestWordTests checks printable8, icsSpecial8 and markup8 against
// their byte tests for every byte at every place of a word of plain text.
func TestWordTests(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			x := uint64(0x6161616161616161)&^(0xff<<(8*k)) | uint64(c)<<(8*k)
			if got, want := printable8(x), printable(byte(c)); got != want {
				t.Errorf("byte %#x at %d: printable8 %v, printable %v", c, k, got, want)
			}
			if got, want := icsSpecial8(x), icsSpecial[c]; got != want {
				t.Errorf("byte %#x at %d: icsSpecial8 %v, icsSpecial %v", c, k, got, want)
			}
			if got, want := markup8(x), strings.IndexByte(`&'<>"`, byte(c)) >= 0; got != want && !(c == '#' && got) {
				t.Errorf("byte %#x at %d: markup8 %v, want %v", c, k, got, want)
			}
		}
	}
}

// TestEscapedMarkup checks escapedMarkup's pieces against jsonw.Escape.
func TestEscapedMarkup(t *testing.T) {
	for _, m := range []string{"<p>", "</p>", "<p>With ", " · ", "<p>The sources disagree on the date: ", ".</p>", "<p>Sources:</p><ul>", `<li><a href="`, `">`, "</a>", ", ", ` (<a href="`, `">original</a>)`, "<blockquote>", "</blockquote>", "</li>", "</ul>", `<p><a href="`, `">On the timeline</a></p>`} {
		e, ok := escapedMarkup(m)
		if want := string(jsonw.Escape(nil, m)); !ok || e != want {
			t.Errorf("escapedMarkup(%q) = %q, %v; want %q", m, e, ok, want)
		}
	}
	if _, ok := escapedMarkup("<b>"); ok {
		t.Error("escapedMarkup knows markup eventHTML does not write")
	}
}
