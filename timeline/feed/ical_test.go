package feed

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/newsroom/timeline/timeline/events"
)

// checkICSLines checks the physical form of an iCalendar file: CRLF after
// every line and nowhere else, and no line longer than 75 octets or holding
// part of a UTF-8 sequence (a fold inside a character would leave both
// halves invalid).
func checkICSLines(t *testing.T, b []byte) {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Errorf("the file does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, more than 75: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d is not valid UTF-8 (a fold split a character): %q", i+1, l)
		}
	}
}

func decodeICS(t *testing.T, b []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot decode the calendar: %v\n%s", err, b)
	}
	return cal
}

func text(t *testing.T, c *ical.Component, name string) string {
	t.Helper()
	if c.Props.Get(name) == nil {
		return ""
	}
	s, err := c.Props.Text(name)
	if err != nil {
		t.Errorf("%s: %v", name, err)
	}
	return s
}

func TestCalendarRoundTrip(t *testing.T) {
	b, err := Calendar(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "timeline.ics", b)
	checkICSLines(t, b)

	cal := decodeICS(t, b)
	for name, want := range map[string]string{
		"VERSION":      "2.0",
		"PRODID":       "-//newsroom//timeline//EN",
		"X-WR-CALNAME": testSite.Title,
		"NAME":         testSite.Title,
		"X-WR-CALDESC": testSite.Description,
	} {
		if got := text(t, cal.Component, name); got != want {
			t.Errorf("calendar %s = %q, want %q", name, got, want)
		}
	}

	type wantEvent struct {
		uid, start, end, summary, location, stamp string
		descHas                                   []string
	}
	wants := []wantEvent{
		{
			uid: "2024-03-04-council-vote@news.example", start: "20240304", end: "20240305",
			summary:  `Council votes 5–4 on "Dam & Reservoir" plan`,
			location: "Riverton, City Hall",
			stamp:    "20240307T000000Z", // the latest source's publication
			descHas: []string{
				"The city council approved the reservoir plan; opponents walked out, saying the vote, held at 11 p.m., was rushed.\n",
				"When: Monday, 4 March 2024\n",
				`Riverton Ledger: Council <b>approves</b> reservoir, 5 March 2024: “On Monday the council voted 5–4; "it's done," said Ruiz.”`,
				"https://news.example:8443/water/articles/council-vote/#s2",
				"“The vote on Monday night\nwas rushed, C:\\path said.”", // a line break and a backslash survive
				"https://news.example:8443/water/events/2024-03-04-council-vote/",
			},
		},
		{
			uid: "2024-03-11-protest-in-zurich@news.example", start: "20240311", end: "20240318", // a week: DTEND is the Monday after
			summary:  "Protest in Zürich über das Wasser — Łódź delegation joins 🌊",
			location: "Zürich, Łódź; São Paulo",
			stamp:    "20240318T083000Z",
			descHas: []string{
				"signs read «Wasser für alle» and 水は命 — the march's organisers counted ten thousand people.",
				"The sources disagree on the date: week of 11 March 2024; Saturday, 16 March 2024.",
			},
		},
		{
			uid: "2024-04-pipeline-strike@news.example", start: "20240401", end: "20240501", // a month
			summary:  `<script>alert("x")</script> Pipeline workers strike`,
			location: "Pump Station 3",
			stamp:    "20240502T000000Z",
			descHas:  []string{"Strike <img src=x onerror=alert(1)>, 2 May 2024"},
		},
		{
			uid: "2024-05-20-hearing@news.example", start: "20240520", end: "20240521",
			summary: "State hearing on water rights",
			stamp:   "20240520T000000Z", // no sources: the event's day
		},
	}
	evs := cal.Events()
	if len(evs) != len(wants) {
		t.Fatalf("%d VEVENTs, want %d", len(evs), len(wants))
	}
	for i, w := range wants {
		ev := evs[i].Component
		if got := text(t, ev, "UID"); got != w.uid {
			t.Errorf("event %d UID = %q, want %q", i, got, w.uid)
		}
		for name, want := range map[string]string{"DTSTART": w.start, "DTEND": w.end} {
			p := ev.Props.Get(name)
			if p == nil || p.Value != want || p.ValueType() != ical.ValueDate {
				t.Errorf("event %d %s = %+v, want the date %s", i, name, p, want)
			}
		}
		if p := ev.Props.Get("DTSTAMP"); p == nil || p.Value != w.stamp {
			t.Errorf("event %d DTSTAMP = %+v, want %s", i, p, w.stamp)
		}
		if got := text(t, ev, "SUMMARY"); got != w.summary {
			t.Errorf("event %d SUMMARY = %q, want %q", i, got, w.summary)
		}
		if got := text(t, ev, "LOCATION"); got != w.location {
			t.Errorf("event %d LOCATION = %q, want %q", i, got, w.location)
		}
		desc := text(t, ev, "DESCRIPTION")
		for _, want := range w.descHas {
			if !strings.Contains(desc, want) {
				t.Errorf("event %d DESCRIPTION lacks %q:\n%s", i, want, desc)
			}
		}
		// The start and end read back as the event's days, through the
		// parser's own date handling.
		start, err := evs[i].DateTimeStart(nil)
		if err != nil || start.Format("20060102") != w.start {
			t.Errorf("event %d DateTimeStart = %v, %v", i, start, err)
		}
	}
}

func TestICSText(t *testing.T) {
	for _, tc := range []struct {
		in, want, reason string
	}{
		{"a\r\nb", "a\nb", "a CRLF is one line break"},
		{"a\rb", "a\nb", "a lone CR is a line break"},
		{"a\tb", "a\tb", "TEXT allows a tab"},
		{"a\x00b\x1bc\u0085d", "abcd", "other controls are not allowed in TEXT"},
		{"a\xffb", "a\uFFFDb", "invalid UTF-8 is replaced, so folding sees whole characters"},
		{`\;,`, `\;,`, "escaping is the library's; icsText must not do it twice"},
		{"a\u0080b\u009fc\x7fd", "abcd", "C1 controls and DEL are controls too"},
		{"naïve — “quoted” ¡olé! \u00a0x\ny", "naïve — “quoted” ¡olé! \u00a0x\ny", "other text, and a line feed, is kept as it is"},
	} {
		if got := icsText(tc.in); got != tc.want {
			t.Errorf("icsText(%q) = %q, want %q: %s", tc.in, got, tc.want, tc.reason)
		}
	}
}

// FuzzCalendarText checks that any title, summary and place survive the
// calendar: the file keeps its line rules and go-ical reads the text back.
func FuzzCalendarText(f *testing.F) {
	f.Add("Talks; in Paris, \"again\"", "line one\nline two\\", "Zürich")
	f.Add(strings.Repeat("é", 100), strings.Repeat("水", 60)+" "+strings.Repeat("a, ", 40), "São Paulo; Łódź")
	f.Add("a\r\nb\x00", "\xff\xfe", "🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊")
	f.Fuzz(func(t *testing.T, title, summary, place string) {
		ev := events.Event{
			ID: "2024-01-02-x", Title: title, Summary: summary, Places: []string{place}, URL: "events/2024-01-02-x/",
			Date: events.Date{Start: "2024-01-02", End: "2024-01-02", Label: "2 January 2024"},
		}
		b, err := Calendar(testSite, []events.Event{ev})
		if err != nil {
			t.Fatal(err)
		}
		checkICSLines(t, b)
		cal := decodeICS(t, b)
		if len(cal.Events()) != 1 {
			t.Fatalf("%d events", len(cal.Events()))
		}
		c := cal.Events()[0].Component
		if got, want := text(t, c, "SUMMARY"), icsText(title); got != want {
			t.Errorf("SUMMARY = %q, want %q", got, want)
		}
		if got, want := text(t, c, "LOCATION"), icsText(place); place != "" && got != want {
			t.Errorf("LOCATION = %q, want %q", got, want)
		}
		if d := text(t, c, "DESCRIPTION"); summary != "" && !strings.HasPrefix(d, icsText(summary)+"\n\n") {
			t.Errorf("DESCRIPTION = %q, want it to start with the summary %q", d, icsText(summary))
		}
	})
}
