package feed

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/newsroom/timeline/timeline/events"
)

// Calendar returns the iCalendar file (RFC 5545) of evs, for a calendar app
// to subscribe to: one all-day VEVENT per event, in the timeline's order,
// with DTSTART and DTEND as dates (DTEND the day after the event's last day,
// as RFC 5545 makes it exclusive), a UID from the event id, SUMMARY, the
// places as LOCATION, the event's page as URL and its sources in
// DESCRIPTION. Lines end in CRLF and are folded at 75 octets, never inside
// a UTF-8 sequence. With no events the calendar has no VEVENT: RFC 5545's
// grammar asks for one component, but calendar apps (and go-ical) read it as
// an empty calendar, which is what a subscriber should see. See the package
// comment for UIDs and DTSTAMP, and Files for the errors.
func Calendar(s Site, evs []events.Event) ([]byte, error) {
	site, es, err := prepare(s, evs)
	if err != nil {
		return nil, err
	}
	return site.calendar(es)
}

// icsConfig is how the calendar is written: lines end in CRLF, as
// RFC 5545 wants (the library's default is the operating system's), and
// are folded at 75 octets.
var icsConfig = ics.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"}

// icsEnd closes the calendar.
const icsEnd = "END:VCALENDAR\r\n"

// calendar writes the calendar's properties, then each event's VEVENT
// (from the memo when it has it), then its end: what the library writes
// for the whole calendar, one event at a time.
func (site *site) calendar(es []entry) ([]byte, error) {
	b, err := site.calendarHead()
	if err != nil {
		return nil, err
	}
	if site.memo == nil {
		var out bytes.Buffer
		if err := site.calendarTo(&out, b, es); err != nil {
			return nil, err
		}
		return out.Bytes(), nil
	}
	parts := make([][]byte, len(es))
	size := len(b) + len(icsEnd)
	for i, e := range es {
		v, err := site.memo.part(i, e, partICS, site.vevent)
		if err != nil {
			return nil, err
		}
		parts[i] = v
		size += len(v)
	}
	// One allocation at most: the file is large (see Memo).
	out := append(site.memo.buffer(partICS, size), b...)
	for _, p := range parts {
		out = append(out, p...)
	}
	out = append(out, icsEnd...)
	site.memo.made(partICS, out)
	return out, nil
}

// calendarTo writes the calendar to w, head (see calendarHead) then each
// event's VEVENT as it is made, then the calendar's end.
func (site *site) calendarTo(w io.Writer, head []byte, es []entry) error {
	if _, err := w.Write(head); err != nil {
		return err
	}
	var v []byte // one event's, reused
	var sc icsScratch
	for _, e := range es {
		v = site.appendVEvent(v[:0], e, &sc)
		if _, err := w.Write(v); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, icsEnd)
	return err
}

// calendarHead is what the library writes for the calendar before its
// first VEVENT.
func (site *site) calendarHead() ([]byte, error) {
	cal := ics.NewCalendarFor("newsroom/timeline")
	cal.SetProductId("-//newsroom//timeline//EN")
	cal.SetCalscale("GREGORIAN")
	cal.SetName(icsText(site.Title)) // NAME (RFC 7986) and X-WR-CALNAME
	if site.Description != "" {
		cal.SetDescription(icsText(site.Description))
		cal.SetXWRCalDesc(icsText(site.Description))
	}
	if site.absolute {
		cal.SetUrl(site.base.String())
	}
	cal.SetRefreshInterval("PT12H") // the library writes REFRESH-INTERVAL;VALUE=DURATION
	cal.SetXPublishedTTL("PT12H")
	var b bytes.Buffer
	cfg := icsConfig
	if err := cal.SerializeTo(&b, &cfg); err != nil {
		return nil, err
	}
	if !bytes.HasSuffix(b.Bytes(), []byte(icsEnd)) {
		return nil, errors.New("feed: calendar: the library's calendar does not end in END:VCALENDAR")
	}
	b.Truncate(b.Len() - len(icsEnd))
	return b.Bytes(), nil
}

// vevent is the VEVENT of one event, as veventLib writes it (see
// appendVEvent).
func (site *site) vevent(e entry) ([]byte, error) {
	var sc icsScratch
	return site.appendVEvent(nil, e, &sc), nil
}

// veventLib writes the VEVENT of one event into b with the library: the
// reference appendVEvent writes the same bytes as, faster.
func (site *site) veventLib(b *bytes.Buffer, e entry) error {
	v := ics.NewEvent(site.uid(e))
	v.SetDtStampTime(e.updated)
	v.SetAllDayStartAt(e.start)
	v.SetAllDayEndAt(e.end.AddDate(0, 0, 1))
	v.SetSummary(icsText(e.Title))
	if len(e.Places) > 0 {
		v.SetLocation(icsText(strings.Join(e.Places, ", ")))
	}
	v.SetDescription(icsText(site.eventText(e)))
	if site.absolute {
		v.SetURL(site.abs(e.URL))
	}
	if e.Kind != "" {
		v.AddCategory(icsText(kindLabel(e.Kind)))
	}
	// A news event does not make its reader busy.
	v.SetTimeTransparency(ics.TransparencyTransparent)
	cfg := icsConfig
	return v.SerializeTo(b, &cfg)
}

// icsText prepares s for a TEXT value, which the library escapes (\\ \; \,
// \n): line breaks become "\n", the other control characters, which
// RFC 5545 does not allow in TEXT, are dropped, and invalid UTF-8 becomes
// U+FFFD (the library's folding counts runes' UTF-8 lengths, so it must only
// see valid UTF-8).
func icsText(s string) string {
	if plainText(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n' || r == '\t':
			return r
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// plainText reports whether icsText leaves s as it is: valid UTF-8 without
// a carriage return or another control character (unicode.IsControl: C0,
// DEL and C1) but line feeds and tabs.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f: // U+0080 to U+009F
			return false
		}
	}
	return utf8.ValidString(s)
}
