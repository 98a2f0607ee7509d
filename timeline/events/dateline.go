package events

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/timex"
)

// datelineRE matches the dateline that opens a wire story: the city in
// capitals, perhaps its country or state, perhaps the day of filing, perhaps
// the agency in parentheses, and a dash: "WASHINGTON (AP) —", "SANTIAGO,
// Chile (AP) —", "ROTTERDAM, May 12 (Reuters) -", "MALATYA, Turkey (AFP) –",
// "BEIRUT/JERUSALEM (Reuters) -" (a story filed from two cities).
// Either the agency or a dash right after the city is required, so that a
// sentence opening with a word in capitals is not taken for one.
//
// A sentence that opens with the agency alone and a dash ("(AP) — A
// rocket ...") is what remains of a dateline whose place ended in an
// abbreviation the splitter took for a sentence's end ("CAPE CANAVERAL,
// Fla.").
var datelineRE = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{M}.'’ /-]*[\p{Lu}](?:,\s*[^,()\n—–]{1,30}?)?(?:,\s*[^,()\n—–]{1,20}?)?(?:\s*\([^()\n]{1,30}\))?\s*(?:—|–|--|-)\s`)

// agencyRE matches the agency and dash left of a dateline split after an
// abbreviation: "(AP) — ".
var agencyRE = regexp.MustCompile(`^\([\p{Lu}][^()\n]{0,29}\)\s*(?:—|–|--|-)\s`)

// agencyDatelineRE matches a dateline whose city is not in capitals, as
// AFP writes them ("Lisbon (AFP) - ", "Manila (AFP) – ", and with the
// country of a town the reader may not know, "Arezzo (Italy) (AFP) - "):
// then the last parentheses must name a news agency.
var agencyDatelineRE = regexp.MustCompile(`^[\p{Lu}][\p{L}\p{M}.'’ /-]{0,40}?\s*(?:\([\p{Lu}][\p{L}\p{M}.'’ -]{1,30}\)\s*)?\((?:AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Xinhua|Kyodo|Yonhap|TASS|Anadolu|UPI|PTI|Bloomberg)\)\s*(?:—|–|--|-)\s`)

// dateline returns the length in bytes of the dateline that opens the
// sentence s, or 0. A dateline is not part of what the sentence reports:
// its date is when the story was filed, and its agency is not a party.
func dateline(s string) int {
	re := datelineRE
	if strings.HasPrefix(s, "(") {
		re = agencyRE
	} else if !capitalsOpen(s) {
		if i := strings.IndexByte(s[:min(len(s), 48)], '('); i > 0 && agencyDatelineRE.MatchString(s) { // within the first 48 bytes
			return len(agencyDatelineRE.FindString(s)) // "Lisbon (AFP) - "
		}
		return 0 // most sentences: spare the regular expression
	} else if !secondCapital(s) || !dashSpace(s) {
		return 0 // "A spokesman said ...", "U.S. officials met": datelineRE cannot match either
	}
	loc := re.FindStringIndex(s)
	if loc == nil {
		return 0
	}
	return loc[1]
}

// capitalsOpen reports whether s opens as datelineRE requires: a capital
// letter, then a capital, a combining mark, a period, an apostrophe, a
// space or a hyphen.
func capitalsOpen(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(s[n:])
	switch r {
	case '.', '\'', '’', ' ', '-':
		return true
	}
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' // no combining mark is ASCII
	}
	return unicode.IsUpper(r) || unicode.Is(unicode.M, r)
}

// secondCapital reports whether the run of capitals, combining marks and
// ".'’ /-" that follows the first character of s holds a capital, as
// datelineRE needs its city to end in one.
func secondCapital(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	for _, r := range s[n:] {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'A' <= r && r <= 'Z':
				return true
			case r == '.', r == '\'', r == ' ', r == '/', r == '-':
				continue
			}
			return false
		case unicode.IsUpper(r):
			return true
		case r == '’', unicode.Is(unicode.M, r):
		default:
			return false
		}
	}
	return false
}

// dashSpace reports whether s holds a dash ('-', '—' or '–') followed by
// white space as \s reads it, which datelineRE ends with.
func dashSpace(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '-':
		case 0x93, 0x94: // the last byte of '–' (E2 80 93) and '—' (E2 80 94)
			if i < 2 || s[i-2] != 0xE2 || s[i-1] != 0x80 {
				continue
			}
		default:
			continue
		}
		switch s[i+1] {
		case ' ', '\t', '\n', '\f', '\r':
			return true
		}
	}
	return false
}

// filedOn returns the day a story says it was filed, from a dateline that
// names it ("ROTTERDAM, May 12 (Reuters) -"), when that day is the day of
// publication or up to a week before it: the reference for the article's
// "yesterday" and "on Tuesday". ok is false when there is no such dateline.
func filedOn(a *content.Article, all []timex.Timex) (time.Time, bool) {
	if len(a.Sentences) == 0 {
		return time.Time{}, false
	}
	s := a.Sentences[0]
	n := dateline(a.Text[s.Start:s.End])
	if n == 0 {
		return time.Time{}, false
	}
	for _, t := range all {
		if t.Start < s.Start {
			continue
		}
		if t.Start >= s.Start+n {
			break
		}
		if t.Type == timex.Date && t.Granularity == timex.GranDay && !t.Interval.IsZero() {
			d := t.Interval.Start
			pub := a.Meta.Date
			if !d.After(pub) && pub.Sub(d) <= 7*24*time.Hour {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// StripDateline returns the sentence s without the dateline that opens it
// ("VIENNA (APA) — Floodwaters rose ..." gives "Floodwaters rose ..."), or
// s itself when it has none: what a summary or a quote shows readers, for
// whom the dateline says only where and by whom the story was filed.
func StripDateline(s string) string {
	if n := dateline(s); n > 0 && n < len(s) {
		return strings.TrimLeft(s[n:], " \t\n")
	}
	return s
}
