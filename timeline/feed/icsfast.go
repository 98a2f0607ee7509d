package feed

import (
	"encoding/binary"
	"unicode/utf8"
)

// This file writes an event's VEVENT as golang-ical writes it (see
// veventLib) with icsConfig, byte for byte, without the library's
// per-property maps, strings and concatenations, which cost a large
// calendar most of its time and garbage. The library stays the format's
// reference: TestVEventMatchesLibrary and FuzzVEventMatchesLibrary compare
// the two on every kind of text, and any change to how veventLib calls
// the library must be made here too.

// icsScratch is the memory one calendar's VEVENTs are made in, reused
// from event to event.
type icsScratch struct {
	line []byte // one content line, unfolded
	text []byte // a TEXT value before escaping
}

// appendVEvent appends the VEVENT of e, as veventLib writes it, to b.
func (site *site) appendVEvent(b []byte, e entry, sc *icsScratch) []byte {
	b = append(b, "BEGIN:VEVENT\r\n"...)
	// UID, a TEXT value: the library escapes it.
	l := append(sc.line[:0], "UID:"...)
	l = appendICSText(l, e.ID)
	l = appendICSText(l, "@")
	l = appendICSText(l, site.host)
	b = appendFolded(b, l)
	// DTSTAMP, a DATE-TIME: as it is.
	l = append(l[:0], "DTSTAMP:"...)
	l = e.updated.UTC().AppendFormat(l, "20060102T150405Z")
	b = appendFolded(b, l)
	l = append(l[:0], "DTSTART;VALUE=DATE:"...)
	l = e.start.AppendFormat(l, "20060102")
	b = appendFolded(b, l)
	l = append(l[:0], "DTEND;VALUE=DATE:"...)
	l = e.end.AddDate(0, 0, 1).AppendFormat(l, "20060102")
	b = appendFolded(b, l)
	l = append(l[:0], "SUMMARY:"...)
	l = appendICSText(l, icsText(e.Title))
	b = appendFolded(b, l)
	if len(e.Places) > 0 {
		sc.text = appendList(sc.text[:0], e.Places, ", ")
		l = append(l[:0], "LOCATION:"...)
		l = appendICSTextBytes(l, sc.text)
		b = appendFolded(b, l)
	}
	sc.text = site.appendEventText(sc.text[:0], e)
	l = append(l[:0], "DESCRIPTION:"...)
	l = appendICSTextBytes(l, sc.text)
	b = appendFolded(b, l)
	if site.absolute {
		// A URI: as it is.
		l = append(l[:0], "URL:"...)
		l = site.appendAbs(l, e.URL)
		b = appendFolded(b, l)
	}
	if e.Kind != "" {
		l = append(l[:0], "CATEGORIES:"...)
		l = appendICSText(l, icsText(kindLabel(e.Kind)))
		b = appendFolded(b, l)
	}
	sc.line = l
	b = append(b, "TRANSP:TRANSPARENT\r\n"...)
	return append(b, "END:VEVENT\r\n"...)
}

// appendICSTextBytes appends icsText(string(v)) escaped as the library
// escapes a TEXT value.
func appendICSTextBytes(b, v []byte) []byte {
	if !plainTextBytes(v) {
		return appendICSText(b, icsText(string(v)))
	}
	last := 0
	for i := 0; i < len(v); i++ {
		for i+8 <= len(v) && !icsSpecial8(binary.LittleEndian.Uint64(v[i:])) {
			i += 8 // runs of plain text, eight bytes a step
		}
		for i+4 <= len(v) && !icsSpecial[v[i]] && !icsSpecial[v[i+1]] && !icsSpecial[v[i+2]] && !icsSpecial[v[i+3]] {
			i += 4 // then four
		}
		if i >= len(v) {
			break
		}
		if c := v[i]; icsSpecial[c] {
			b = append(append(b, v[last:i]...), '\\', icsEscaped(c))
			last = i + 1
		}
	}
	return append(b, v[last:]...)
}

// icsSpecial marks the bytes ToText escapes.
var icsSpecial = [256]bool{'\\': true, '\n': true, ';': true, ',': true}

// appendICSText appends v escaped as the library escapes a TEXT value
// (its ToText: a backslash before \, ; and , and a line feed as \n).
func appendICSText(b []byte, v string) []byte {
	last := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '\\', '\n', ';', ',':
			b = append(append(b, v[last:i]...), '\\', icsEscaped(c))
			last = i + 1
		}
	}
	return append(b, v[last:]...)
}

// icsEscaped is what follows the backslash for a byte ToText escapes.
func icsEscaped(c byte) byte {
	if c == '\n' {
		return 'n'
	}
	return c
}

// plainTextBytes is plainText for bytes.
func plainTextBytes(v []byte) bool {
	ascii := true
	for i := 0; i < len(v); i++ {
		for i+8 <= len(v) && printable8(binary.LittleEndian.Uint64(v[i:])) {
			i += 8 // printable ASCII, eight bytes a step
		}
		for i+4 <= len(v) && printable(v[i]) && printable(v[i+1]) && printable(v[i+2]) && printable(v[i+3]) {
			i += 4 // then four
		}
		if i >= len(v) {
			break
		}
		switch c := v[i]; {
		case 0x20 <= c && c < 0x7f:
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(v) && v[i+1] >= 0x80 && v[i+1] <= 0x9f:
			return false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return ascii || utf8.Valid(v) // ASCII is valid UTF-8
}

const (
	ones = 0x0101010101010101 // 1 in each byte of a word
	high = 0x8080808080808080 // the high bit of each byte
)

// printable8 reports whether each of the eight bytes of x is printable
// ASCII. (x-0x20*ones|x)&high is not 0 exactly when a byte of x is below
// 0x20 or has its high bit set (a borrow runs only from a byte below
// 0x20), (v-ones)&^v&high when a byte of v is 0.
func printable8(x uint64) bool {
	del := x ^ 0x7f*ones // 0 for DEL
	return (x-0x20*ones|x|(del-ones)&^del)&high == 0
}

// icsSpecial8 reports whether one of the eight bytes of x is one of
// icsSpecial's (see printable8).
func icsSpecial8(x uint64) bool {
	bs := x ^ 0x5c*ones // 0 for \
	nl := x ^ 0x0a*ones // 0 for a line feed
	sc := x ^ 0x3b*ones // 0 for ;
	cm := x ^ 0x2c*ones // 0 for ,
	return ((bs-ones)&^bs|(nl-ones)&^nl|(sc-ones)&^sc|(cm-ones)&^cm)&high != 0
}

// printable reports whether c is printable ASCII (space to tilde).
func printable(c byte) bool { return c-0x20 < 0x7f-0x20 }

// icsMaxLine is icsConfig's MaxLength.
const icsMaxLine = 75

// appendFolded appends the content line r folded as the library's
// BaseProperty.SerializeTo folds it with icsConfig: a first line of at
// most 75 octets, then lines of a space and at most 74, each cut where
// icsCut says, each ending in CRLF.
func appendFolded(b, r []byte) []byte {
	if len(r) > icsMaxLine {
		n := icsCut(icsMaxLine, r)
		b = append(append(b, r[:n]...), "\r\n"...)
		r = r[n:]
		for len(r) > icsMaxLine-1 {
			n := icsCut(icsMaxLine-1, r)
			b = append(b, ' ')
			b = append(append(b, r[:n]...), "\r\n"...)
			r = r[n:]
		}
		b = append(b, ' ')
	}
	return append(append(b, r...), "\r\n"...)
}

// icsCut is the length of the library's trimUT8StringUpTo(max, s): the
// longest run of whole characters of s within max octets (counting an
// invalid byte as the three of U+FFFD, as the library does), or, when
// that run passes a word boundary (a space or "<", or the character
// after a ">"), up to the last boundary.
func icsCut(max int, s []byte) int {
	if len(s) > max {
		// In valid UTF-8 a character's length is its bytes': the run
		// ends where the character holding byte max starts, and the
		// last boundary is found going back from there.
		j := max
		for j > 0 && s[j]&0xc0 == 0x80 {
			j--
		}
		if r, size := utf8.DecodeRune(s[j:]); (r != utf8.RuneError || size > 1) && j+size > max && utf8.Valid(s[:j]) {
			for i := j; i > 0; i-- {
				if c := s[i]; c&0xc0 != 0x80 && (c == ' ' || c == '<' || s[i-1] == '>') {
					return i
				}
			}
			return j
		}
	}
	// Invalid UTF-8: as the library counts it.
	length := 0
	boundary := -1
	var last rune
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if r == ' ' || r == '<' || last == '>' {
			boundary = i
		}
		last = r
		next := length + utf8.RuneLen(r)
		if next > max {
			break
		}
		length = next
		i += size
	}
	if boundary > 0 {
		return boundary
	}
	return length
}
