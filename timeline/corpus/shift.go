package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const monthNames = `January|February|March|April|May|June|July|August|September|October|November|December`

// datePattern finds the absolute dates that Shift moves. Alternatives, in
// order: an ISO date; "Month D" with an optional ", YYYY"; "D Month YYYY";
// "Month YYYY"; a year after a word that makes it a date ("in 2022",
// "since 2014", "mid-2024").
var datePattern = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b` +
	`|\b(` + monthNames + `) (\d{1,2})(,? (\d{4}))?\b` +
	`|\b(\d{1,2}) (` + monthNames + `) (\d{4})\b` +
	`|\b(` + monthNames + `) (\d{4})\b` +
	`|\b((?i:in|since|by|until|till|from|before|after|during|early|late|end of|spring|summer|autumn|fall|winter) |(?i:mid|early|late)-)(1[89]\d\d|2[01]\d\d)\b`)

// Kinds of dateRef.
const (
	refISO       = iota // 2025-04-17
	refMonthDay         // April 17, April 17, 2025, April 17 2025
	refDayMonth         // 17 April 2025
	refMonthYear        // April 2025
	refYear             // in 2025, mid-2025
)

// dateRef is one absolute date found in a text, text[start:end].
type dateRef struct {
	start, end int
	kind       int
	date       time.Time // the day, for kinds that name one
	year       int
	sep        string // refMonthDay: what separates the day and the year, or "" without a year
	prefix     string // refYear: the words before the year
}

// findDates returns the absolute dates in text, written on published, in
// order. Impossible dates are skipped.
func findDates(text string, published time.Time) []dateRef {
	var refs []dateRef
	for _, ix := range datePattern.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string {
			if ix[2*i] < 0 {
				return ""
			}
			return text[ix[2*i]:ix[2*i+1]]
		}
		num := func(i int) int { n, _ := strconv.Atoi(g(i)); return n }
		r := dateRef{start: ix[0], end: ix[1]}
		switch {
		case g(1) != "":
			r.kind, r.date = refISO, mkdate(num(1), time.Month(num(2)), num(3))
		case g(4) != "":
			r.kind = refMonthDay
			if g(7) == "" {
				r.date = nearest(published, month(g(4)), num(5))
			} else {
				r.date = mkdate(num(7), month(g(4)), num(5))
				r.sep = g(6)[:len(g(6))-4]
			}
		case g(8) != "":
			r.kind, r.date = refDayMonth, mkdate(num(10), month(g(9)), num(8))
		case g(11) != "":
			r.kind, r.year, r.prefix = refMonthYear, num(12), g(11)+" "
		default:
			r.kind, r.year, r.prefix = refYear, num(14), g(13)
		}
		if r.kind <= refDayMonth && r.date.IsZero() {
			continue
		}
		refs = append(refs, r)
	}
	return refs
}

// shiftDates rewrites the dates refs of text by days and years.
func shiftDates(text string, refs []dateRef, days, years int) string {
	if len(refs) == 0 || days == 0 && years == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 8)
	last := 0
	for _, r := range refs {
		b.WriteString(text[last:r.start])
		last = r.end
		t := r.date.AddDate(0, 0, days)
		switch r.kind {
		case refISO:
			b.WriteString(t.Format(time.DateOnly))
		case refMonthDay:
			b.WriteString(t.Month().String() + " " + strconv.Itoa(t.Day()))
			if r.sep != "" {
				b.WriteString(r.sep + strconv.Itoa(t.Year()))
			}
		case refDayMonth:
			b.WriteString(strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + strconv.Itoa(t.Year()))
		default:
			b.WriteString(r.prefix + strconv.Itoa(r.year+years))
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// Shift rewrites the absolute dates in text written on from as if it had
// been written on to: full dates ("2025-04-17", "April 17, 2025",
// "17 April 2025", "April 17") move by the days between the two, and
// years ("in 2022", "March 2026") by the years between them. Relative
// expressions are left alone: they follow the publication date by
// themselves. Text without dates is returned unchanged.
func Shift(text string, from, to time.Time) string {
	days, years := between(from, to)
	return shiftDates(text, findDates(text, from), days, years)
}

// between returns the whole days and the calendar years from from to to.
func between(from, to time.Time) (days, years int) {
	h := to.Sub(from).Hours() / 24
	if h < 0 {
		return -int(-h + 0.5), to.Year() - from.Year()
	}
	return int(h + 0.5), to.Year() - from.Year()
}

// mkdate returns the day y-m-d, or the zero time when there is no such day.
func mkdate(y int, m time.Month, d int) time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if m < time.January || m > time.December || t.Day() != d {
		return time.Time{}
	}
	return t
}

// month returns the month named name, one of monthNames.
func month(name string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if m.String() == name {
			return m
		}
	}
	return 0
}

// nearest returns the day with month m and day d closest to ref, or the
// zero time when there is no such day.
func nearest(ref time.Time, m time.Month, d int) time.Time {
	best := time.Time{}
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := mkdate(y, m, d)
		if !t.IsZero() && (best.IsZero() || abs(t.Sub(ref)) < abs(best.Sub(ref))) {
			best = t
		}
	}
	return best
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
