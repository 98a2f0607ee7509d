package timex

import (
	"strconv"
	"time"
)

// day returns midnight UTC of the given calendar day (normalising overflow).
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// truncDay returns midnight UTC of t's calendar day.
func truncDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return day(y, m, d)
}

func lastOfMonth(y int, m time.Month) time.Time { return day(y, m+1, 0) }

// isoMonday returns the Monday of ISO week w of ISO year y.
func isoMonday(y, w int) time.Time {
	jan4 := day(y, 1, 4)
	off := (int(jan4.Weekday()) + 6) % 7
	return jan4.AddDate(0, 0, -off+7*(w-1))
}

// mondayOf returns the Monday of t's ISO week.
func mondayOf(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

func pad(n, w int) string {
	if n >= 0 && n < 10 && w == 2 {
		const padded = "00010203040506070809"
		return padded[2*n : 2*n+2]
	}
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// fmtDay, fmtMonth and fmtWeek write a day, a month and an ISO week as
// TIMEX3 values: 2025-04-17, 2025-04, 2025-W16. A year of four digits is
// written in one allocation, any other year with pad.

func fmtDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return pad(y, 4) + "-" + pad(int(m), 2) + "-" + pad(d, 2)
	}
	var b [10]byte
	put4(b[:4], y)
	b[4] = '-'
	put2(b[5:7], int(m))
	b[7] = '-'
	put2(b[8:10], d)
	return string(b[:])
}

func fmtMonth(y int, m time.Month) string {
	if y < 0 || y > 9999 || m < 1 || m > 12 {
		return pad(y, 4) + "-" + pad(int(m), 2)
	}
	var b [7]byte
	put4(b[:4], y)
	b[4] = '-'
	put2(b[5:7], int(m))
	return string(b[:])
}

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	if y < 0 || y > 9999 {
		return pad(y, 4) + "-W" + pad(w, 2)
	}
	var b [8]byte
	put4(b[:4], y)
	b[4], b[5] = '-', 'W'
	put2(b[6:8], w)
	return string(b[:])
}

// put4 writes 0 <= n <= 9999 in b[:4] with leading zeros.
func put4(b []byte, n int) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10)
}

// put2 writes 0 <= n <= 99 in b[:2] with a leading zero.
func put2(b []byte, n int) {
	_ = b[1]
	b[0], b[1] = byte('0'+n/10), byte('0'+n%10)
}

// easter returns Western (Gregorian) Easter Sunday of year y.
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

// orthodoxEaster returns Eastern Orthodox Easter Sunday of year y, as a
// Gregorian date (valid 1900–2099).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	dd := (d+e+114)%31 + 1
	return day(y, time.Month(month), dd).AddDate(0, 0, 13)
}

// roshHashanah returns the Gregorian date of Rosh Hashanah (1 Tishri)
// that falls in Gregorian year y, by the arithmetic of the fixed Hebrew
// calendar (the molad of Tishri and its four postponements), as
// Reingold and Dershowitz give it in Calendrical Calculations.
func roshHashanah(y int) time.Time {
	hy := y + 3761 // the Hebrew year that begins in the autumn of y
	leap := func(h int) bool { return (7*h+1)%19 < 7 }
	months := 235*((hy-1)/19) + 12*((hy-1)%19) + (7*((hy-1)%19)+1)/19
	parts := 204 + 793*(months%1080)
	hours := 5 + 12*months + 793*(months/1080) + parts/1080
	conj := 1 + 29*months + hours/24
	conjParts := 1080*(hours%24) + parts%1080
	d := conj
	if conjParts >= 19440 || conj%7 == 2 && conjParts >= 9924 && !leap(hy) || conj%7 == 1 && conjParts >= 16789 && leap(hy-1) {
		d++
	}
	if d%7 == 0 || d%7 == 3 || d%7 == 5 {
		d++
	}
	// d counts the days of the Hebrew era before 1 Tishri; day 1 of the
	// fixed (R.D.) count is Monday, 1 January of the year 1
	rd := d - 1373428
	return day(1, time.January, 1).AddDate(0, 0, rd-1)
}

// passover returns the first day of Passover (15 Nisan) in Gregorian year
// y: always 163 days before the next Rosh Hashanah.
func passover(y int) time.Time { return roshHashanah(y).AddDate(0, 0, -163) }

// hanukkah returns the first day of Hanukkah (25 Kislev) in Gregorian year
// y: Tishri has 30 days, Heshvan 30 in a complete year (355 or 385 days)
// and 29 otherwise.
func hanukkah(y int) time.Time {
	rh := roshHashanah(y)
	heshvan := 29
	if n := int(roshHashanah(y+1).Sub(rh).Hours()/24+0.5) % 10; n == 5 {
		heshvan = 30
	}
	return rh.AddDate(0, 0, 30+heshvan+24)
}

// nthWeekday returns the n-th (1-based; n<0 counts from the end) weekday
// wd of month m in year y.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n > 0 {
		first := day(y, m, 1)
		off := (int(wd) - int(first.Weekday()) + 7) % 7
		return first.AddDate(0, 0, off+7*(n-1))
	}
	last := lastOfMonth(y, m)
	off := (int(last.Weekday()) - int(wd) + 7) % 7
	return last.AddDate(0, 0, -off-7*(-n-1))
}

// intervalOf returns the days a TIMEX3 date value covers and its
// granularity; ok is false for values that name no definite days.
func intervalOf(v string) (iv Interval, g Granularity, ok bool) {
	num := func(s string) (int, bool) {
		n := 0
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	switch {
	case len(v) == 2: // century
		c, ok := num(v)
		if !ok {
			return iv, "", false
		}
		return Interval{day(c*100, 1, 1), day(c*100+99, 12, 31)}, GranCentury, true
	case len(v) == 3: // decade
		d, ok := num(v)
		if !ok {
			return iv, "", false
		}
		return Interval{day(d*10, 1, 1), day(d*10+9, 12, 31)}, GranDecade, true
	case len(v) < 4:
		return iv, "", false
	}
	y, ok := num(v[:4])
	if !ok {
		return iv, "", false
	}
	rest := v[4:]
	if rest == "" {
		return Interval{day(y, 1, 1), day(y, 12, 31)}, GranYear, true
	}
	if rest[0] != '-' {
		return iv, "", false
	}
	rest = rest[1:]
	switch {
	case len(rest) >= 2 && rest[0] == 'W' && rest[1] >= '0' && rest[1] <= '9':
		w, ok := num(rest[1:min(3, len(rest))])
		if !ok || w < 1 || w > 53 {
			return iv, "", false
		}
		mon := isoMonday(y, w)
		if len(rest) > 3 {
			if rest[3:] == "-WE" {
				return Interval{mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6)}, GranDay, true
			}
			return iv, "", false
		}
		return Interval{mon, mon.AddDate(0, 0, 6)}, GranWeek, true
	case len(rest) == 2 && rest[0] == 'Q':
		q, ok := num(rest[1:])
		if !ok || q < 1 || q > 4 {
			return iv, "", false
		}
		m := time.Month(3*q - 2)
		return Interval{day(y, m, 1), lastOfMonth(y, m+2)}, GranQuarter, true
	case len(rest) == 2 && rest[0] == 'H':
		h, ok := num(rest[1:])
		if !ok || h < 1 || h > 2 {
			return iv, "", false
		}
		m := time.Month(6*h - 5)
		return Interval{day(y, m, 1), lastOfMonth(y, m+5)}, GranQuarter, true
	case rest == "SP":
		return Interval{day(y, 3, 1), day(y, 5, 31)}, GranSeason, true
	case rest == "SU":
		return Interval{day(y, 6, 1), day(y, 8, 31)}, GranSeason, true
	case rest == "FA":
		return Interval{day(y, 9, 1), day(y, 11, 30)}, GranSeason, true
	case rest == "WI":
		return Interval{day(y, 12, 1), lastOfMonth(y+1, 2)}, GranSeason, true
	}
	m, ok := num(rest[:min(2, len(rest))])
	if !ok || m < 1 || m > 12 || len(rest) < 2 {
		return iv, "", false
	}
	if len(rest) == 2 {
		return Interval{day(y, time.Month(m), 1), lastOfMonth(y, time.Month(m))}, GranMonth, true
	}
	if len(rest) < 5 || rest[2] != '-' {
		return iv, "", false
	}
	d, ok := num(rest[3:5])
	if !ok || d < 1 || d > lastOfMonth(y, time.Month(m)).Day() {
		return iv, "", false
	}
	t := day(y, time.Month(m), d)
	if len(rest) > 5 {
		if rest[5] != 'T' {
			return iv, "", false
		}
		if rest[6:] == "NI" { // a night runs into the next morning
			return Interval{t, t}, GranTime, true
		}
		return Interval{t, t}, GranTime, true
	}
	return Interval{t, t}, GranDay, true
}

// applyMod narrows or widens an interval for a TIMEX3 mod. START, MID and
// END take the first, middle and last third: January–April, May–August and
// September–December of a year; days 1–10, 11–20 and 21–end of a month; the
// first four, middle three and last three years of a decade; a third of the
// days otherwise. APPROX leaves the interval as the value gives it: how far
// to widen an approximate date is the consumer's choice.
func applyMod(iv Interval, g Granularity, mod string) Interval {
	if iv.IsZero() {
		return iv
	}
	s, e := iv.Start, iv.End
	switch mod {
	case "START", "MID", "END":
		switch g {
		case GranYear:
			y := s.Year()
			switch mod {
			case "START":
				return Interval{day(y, 1, 1), day(y, 4, 30)}
			case "MID":
				return Interval{day(y, 5, 1), day(y, 8, 31)}
			default:
				return Interval{day(y, 9, 1), day(y, 12, 31)}
			}
		case GranMonth:
			if s.Day() == 1 && e.Day() == lastOfMonth(s.Year(), s.Month()).Day() && s.Month() == e.Month() {
				switch mod {
				case "START":
					return Interval{s, s.AddDate(0, 0, 9)}
				case "MID":
					return Interval{s.AddDate(0, 0, 10), s.AddDate(0, 0, 19)}
				default:
					return Interval{s.AddDate(0, 0, 20), e}
				}
			}
		case GranDecade, GranCentury:
			span := e.Year() - s.Year() + 1
			a, b := s.Year(), s.Year()+span*4/10-1
			switch mod {
			case "MID":
				a, b = s.Year()+span*4/10, s.Year()+span*7/10-1
			case "END":
				a, b = s.Year()+span*7/10, e.Year()
			}
			return Interval{day(a, 1, 1), day(b, 12, 31)}
		}
		n := int(e.Sub(s).Hours()/24+0.5) + 1
		third := n / 3
		if third == 0 {
			return iv
		}
		switch mod {
		case "START":
			return Interval{s, s.AddDate(0, 0, third-1)}
		case "MID":
			return Interval{s.AddDate(0, 0, third), e.AddDate(0, 0, -third)}
		default:
			return Interval{e.AddDate(0, 0, -(third - 1)), e}
		}
	}
	return iv
}

// islamicDay returns the Gregorian date of day d of month m of Hijri year
// h by the tabular (arithmetic) Islamic calendar, civil epoch (16 July
// 622). Observance follows the sighting of the moon: from 2009 to 2020
// the tabular day of Ramadan's start, Eid al-Fitr and Eid al-Adha was the
// day Saudi Arabia kept or the day after, and South Asia keeps a day
// later still; islamicSpan allows two days either side.
func islamicDay(h, m, d int) time.Time {
	jdn := d + (59*(m-1)+1)/2 + (h-1)*354 + (3+11*h)/30 + 1948439 // (59*(m-1)+1)/2 is ceil(29.5*(m-1))
	return day(1970, time.January, 1).AddDate(0, 0, jdn-2440588)
}

// islamicSpan returns the days on which days d1 to d2 of Islamic month m
// may fall in Gregorian year y, whatever the sighting: from two days
// before the tabular first day to two days after the tabular last, over
// every occurrence that begins in y (a month recurs twice in some years:
// Eid al-Adha fell on 10 January and 31 December 2006).
func islamicSpan(y, m, d1, d2 int) (lo, hi time.Time) {
	h := (y-622)*33/32 - 1 // the Hijri year is 11 days shorter: 33 of them in 32 Gregorian years
	for k := h; k <= h+3; k++ {
		s := islamicDay(k, m, d1)
		if s.Year() != y {
			continue
		}
		e := islamicDay(k, m, d2)
		if lo.IsZero() {
			lo = s.AddDate(0, 0, -2)
		}
		hi = e.AddDate(0, 0, 2)
	}
	return lo, hi
}
