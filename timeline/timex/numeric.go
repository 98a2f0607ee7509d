package timex

// Numeric dates, clock times, years, decades and centuries.

import (
	"strings"
	"time"
)

// numeric parses 2025-04-17, 04/17/2025, 4/17/25, 20250417 and years.
func (t *tagger) numeric(i int) cand {
	tk := t.toks[i]
	// ISO date
	if len(tk.w) == 4 && t.w(i+1) == "-" && t.attached(i+1) && i+4 < len(t.toks)+0 && t.toks[min(i+2, len(t.toks)-1)].kind == kNum &&
		t.attached(i+2) && t.w(i+3) == "-" && t.attached(i+3) && i+4 < len(t.toks) && t.toks[i+4].kind == kNum && t.attached(i+4) {
		y, m, d := tk.n, t.toks[i+2].n, t.toks[i+4].n
		if validDate(y, m, d) && len(t.toks[i+2].w) == 2 && len(t.toks[i+4].w) <= 2 {
			c := cand{i: i, j: i + 5, typ: Date, val: fmtDay(day(y, time.Month(m), d))}
			// a time of day: T14:00 or " 14:00"
			return t.withClock(c)
		}
	}
	// US numeric date m/d/y
	if len(tk.w) <= 2 && t.w(i+1) == "/" && t.attached(i+1) && i+4 < len(t.toks) && t.toks[i+2].kind == kNum && t.attached(i+2) &&
		t.w(i+3) == "/" && t.attached(i+3) && t.toks[i+4].kind == kNum && t.attached(i+4) {
		m, d, y := tk.n, t.toks[i+2].n, t.toks[i+4].n
		switch len(t.toks[i+4].w) {
		case 2:
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		case 4:
		default:
			return cand{}
		}
		if m > 12 && d <= 12 {
			m, d = d, m // 17/04/2025: day first, as outside the United States
		} else if m <= 12 && d <= 12 && m != d && t.daysFirst() {
			m, d = d, m // "02/03/2011" in a text that wrote "14/02/2011": 2 March
		} else if m <= 12 && d <= 12 && m != d && t.slashUnsure() && y >= 1000 {
			// a text in pounds and dollars, with no slashed date that
			// proves the order: the year only, no month or day made up
			return cand{i: i, j: i + 5, typ: Date, val: itoa(y)}
		}
		if validDate(y, m, d) {
			return t.withClock(cand{i: i, j: i + 5, typ: Date, val: fmtDay(day(y, time.Month(m), d))})
		}
		return cand{}
	}
	// day-first date with dots, d.m.yyyy: "14.02.2013", "3.8.2010", as
	// British, European and Commonwealth copy writes it (month-first dates
	// are written with slashes); a run of more numbers ("10.12.2012.5",
	// "1.14.02.2013") is an address or a version
	if c := t.dottedDate(i); c.ok() {
		return c
	}
	// "9/11", "the 9/11 attacks", "since 9/11": in a text written after
	// 2001, the name of the attacks of 11 September 2001, whose year is
	// known (another month and day written so, "3/25", is left alone:
	// which is the month and which the day is not known)
	if tk.w == "9" && t.w(i+1) == "/" && t.attached(i+1) && t.is(i+2, "11") && t.attached(i+2) && !t.is(i+3, "/") &&
		!(i > 0 && (t.toks[i-1].kind == kNum || t.w(i-1) == "/") && t.attached(i)) && t.ref.After(day(2001, time.September, 12)) {
		return cand{i: i, j: i + 3, typ: Date, val: "2001-09-11", still: true}
	}
	// 20250417
	if len(tk.w) == 8 {
		y, m, d := tk.n/10000, tk.n/100%100, tk.n%100
		if y >= 1900 && y <= 2100 && validDate(y, m, d) {
			return cand{i: i, j: i + 1, typ: Date, val: fmtDay(day(y, time.Month(m), d))}
		}
	}
	if c := t.decade(i); c.ok() {
		return c
	}
	return t.year(i)
}

func validDate(y, m, d int) bool {
	return y >= 1000 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= lastOfMonth(y, time.Month(m)).Day()
}

// withClock extends a day with a following clock time ("2025-04-17 14:00").
func (t *tagger) withClock(c cand) cand {
	j := c.j
	if j < len(t.toks) && t.toks[j].kind == kNum && len(t.toks[j].w) <= 2 {
		// "03/21/2013 4:40 pm EDT": a clock time with its "pm" and zone
		if cl := t.clock(j); cl.ok() && cl.i == j && cl.typ == Time {
			if k := strings.IndexByte(cl.val, 'T'); k > 0 {
				c.typ, c.val, c.j = Time, c.val+cl.val[k:], cl.j
				return c
			}
		}
	}
	if j+2 < len(t.toks) && t.toks[j].kind == kNum && len(t.toks[j].w) <= 2 && t.w(j+1) == ":" && t.toks[j+2].kind == kNum {
		h, m := t.toks[j].n, t.toks[j+2].n
		if h < 24 && m < 60 && len(t.toks[j+2].w) == 2 {
			c.typ, c.val, c.j = Time, c.val+"T"+pad(h, 2)+":"+pad(m, 2), j+3
			if j+4 < len(t.toks) && t.w(j+3) == ":" && t.toks[j+4].kind == kNum {
				c.val += ":" + pad(t.toks[j+4].n%60, 2)
				c.j = j + 5
			}
		}
	}
	return c
}

// weeklyBefore reports whether a weekly or daily set stands right before
// "at" and the clock time at i: "Sundays at 9 p.m.", "every Monday at 10
// a.m.", "daily at noon", "nightly at 11", "on the first Tuesday of each
// month at 7 p.m.".
func (t *tagger) weeklyBefore(i int) bool {
	if !t.is(i-1, "at") || i < 2 || t.toks[i-2].kind != kWord {
		return false
	}
	w := t.toks[i-2].w
	switch w {
	case "daily", "nightly", "weekdays", "weeknights", "weekends":
		return true
	}
	if len(w) > 6 && w[len(w)-1] == 's' {
		if _, ok := weekdayOf(w[:len(w)-1]); ok && t.toks[i-2].upper {
			return true // "Sundays"
		}
	}
	if _, ok := weekdayOf(w); ok && t.toks[i-2].upper && len(w) >= 6 {
		return t.is(i-3, "every") || t.is(i-3, "each")
	}
	if w == "month" && (t.is(i-3, "every") || t.is(i-3, "each")) && t.is(i-4, "of") {
		return true // "meets on the first Tuesday of each month at 7 p.m."
	}
	return t.dailyParticiple(i - 1)
}

// dailyParticiple reports whether "at" at token a closes a participle
// phrase set off by a comma after "daily" or "nightly" ("the service
// would be daily, departing Perth at 6.50pm", "flights run nightly,
// leaving Dublin at 11pm"): the departure of a set, whose clock time is
// any day's. Up to four words of a place may stand between the -ing verb
// and "at"; "daily" must be lower-case and end its phrase.
func (t *tagger) dailyParticiple(a int) bool {
	for k := a - 1; k >= a-5 && k >= 2; k-- {
		tk := t.toks[k]
		if tk.nl || tk.kind == kPunct {
			return false
		}
		if len(tk.w) > 4 && strings.HasSuffix(tk.w, "ing") && !tk.upper && t.is(k-1, ",") && (t.is(k-2, "daily") || t.is(k-2, "nightly")) && !t.toks[k-2].upper {
			return true
		}
	}
	return false
}

// dailyAfter reports whether a daily or weekly set closes the phrase of
// the clock time that ends before token j, or of the range of clock times
// it opens: "at 6 a.m. daily", "between 11 am and 4 pm daily", "from 9
// a.m. to 5 p.m. every day", "between 8 p.m. and 2 a.m. on weekends", "at
// 10 a.m. on Sundays", "at 6 p.m. on the second Tuesday of every month":
// the hour of any day, as after "daily at". Only other clock times, zones,
// "and", "to", "until" and a range's dash may stand between; "daily" must
// end its phrase ("daily newspapers" is an adjective) and be lower-case; a
// sentence's end or another word between ("at 9 a.m. Every day since", "at
// 9 a.m. a day after the vote") leaves the time to its day.
func (t *tagger) dailyAfter(j int) bool {
	for k, n := j, 0; k < len(t.toks) && n < 8; k, n = k+1, n+1 {
		if t.toks[k].nl {
			return false
		}
		switch t.w(k) {
		case "daily", "nightly":
			if t.toks[k].upper {
				return false
			}
			if k+1 >= len(t.toks) || t.toks[k+1].kind == kPunct || t.toks[k+1].nl {
				return true
			}
			switch t.w(k + 1) {
			case "and", "or", "but", "except", "until", "till", "from", "for", "during", "in", "at", "on", "since", "throughout", "including":
				return true
			}
			return false
		case "every", "each":
			return !t.toks[k].upper && t.everyDayAt(k+1)
		case "on", "at":
			if c := t.monthlyDay(k + 1); t.is(k+1, "the") && c.ok() {
				return true // "at 6 p.m. on the second Tuesday of every month"
			}
			switch w := t.w(k + 1); w {
			case "weekends", "weekdays", "weeknights":
				return true
			default:
				if len(w) > 6 && w[len(w)-1] == 's' && k+1 < len(t.toks) && t.toks[k+1].upper && !t.is(k+2, "'") {
					_, ok := weekdayOf(w[:len(w)-1])
					return ok
				}
			}
			return false
		case "and", "to", "until", "till", "-", "–":
			if k+1 < len(t.toks) && (t.toks[k+1].kind == kNum || t.is(k+1, "noon") || t.is(k+1, "midnight")) {
				continue // the range's other end
			}
			return false // "at 9 a.m. and every day after that": another clause
		case ".", ":", "am", "pm", "a", "p", "m", "noon", "midnight":
			continue
		case "for":
			return t.forNights(k) // "closed from 10pm to 5am for five nights"
		case "from", "starting", "beginning":
			// "from 10pm to 5am from Monday, June 12, for five nights":
			// the first night's date, then the count of nights
			m := k + 1
			for ; m < len(t.toks) && m < k+8 && !t.toks[m].nl; m++ {
				_, wd := weekdayOf(t.w(m))
				_, mo := monthOf(t.w(m))
				if !wd && !mo && t.toks[m].kind != kNum && !t.is(m, ",") {
					break
				}
			}
			return m > k+1 && t.forNights(m)
		}
		if t.toks[k].kind == kNum {
			continue
		}
		if z := t.zone(k); z > k {
			k, n = z-1, n+z-k-1
			continue
		}
		if t.weekdaySpan(k) {
			return t.clockHabitBefore(k) // "from 9 a.m. to 4 p.m. Monday through Friday"
		}
		if t.is(k, ",") && t.weekdaySpan(k+1) {
			return t.clockHabitBefore(k + 1) // "from 8pm to 6am, Monday to Thursday"
		}
		if t.is(k, ",") && (t.is(k+1, "every") || t.is(k+1, "each")) && !t.toks[k+1].upper && t.everyDayAt(k+2) {
			// "Car-boot sale, 8am-2pm, every Sunday until October": a
			// listing's hours with the set of days after a comma
			return true
		}
		return false
	}
	return false
}

// everyDayAt reports whether token k, after "every" or "each", names a
// day or a part of one that recurs: "day", "night", "morning",
// "evening", "weekday", or a weekday written with its capital ("every
// Friday"). After a clock time it makes the hour any such day's ("until
// 10pm every Friday").
func (t *tagger) everyDayAt(k int) bool {
	if t.is(k+1, "'") {
		return false // "each night's takings": a thing of the day
	}
	switch t.w(k) {
	case "day", "night", "morning", "evening", "weekday":
		return true
	}
	if _, ok := weekdayOf(t.w(k)); ok && t.toks[k].upper && len(t.w(k)) >= 6 {
		return true
	}
	return false
}

// forNights reports whether "for" at token k counts nights, more than one
// ("for five nights", "for 12 nights"): what a clock time before it
// times happens each of those nights.
func (t *tagger) forNights(k int) bool {
	if !t.is(k, "for") {
		return false
	}
	n, e := t.number(k + 1)
	return e > k+1 && n > 1 && t.is(e, "nights")
}

// clock parses "3 p.m.", "10:30 a.m.", "14:00 GMT" with an optional day.
func (t *tagger) clock(i int) cand {
	tk := t.toks[i]
	if len(tk.w) == 4 {
		// "0900 GMT", "1430 hours": a 24-hour clock time needs its zone
		h, m := tk.n/100, tk.n%100
		j := t.zone(i + 1)
		if j == i+1 && (t.is(i+1, "hours") || t.is(i+1, "hrs")) && (t.is(i-1, "at") || t.is(i-1, "by") || t.is(i-1, "until") || t.is(i-1, "from") || t.is(i-1, "of") && t.is(i-2, "as")) && !t.is(i+2, "of") {
			// "at 1430 hours", "as of 0600 hrs", not "in 2000 hours were
			// cut" nor "as of 1000 hours of operation" (a count of hours)
			j = t.zone(i + 2)
		}
		if h > 23 || m > 59 {
			return cand{}
		}
		if j == i+1 {
			if t.trainTime(i, j) {
				return t.serviceClock(i, j, h, m) // "the 0715 from Brighton"
			}
			return cand{}
		}
		return t.clockDay(i, j, h, m)
	}
	if len(tk.w) > 2 || tk.n > 24 {
		return cand{}
	}
	h, m, j := tk.n, 0, i+1
	colon := false // "10:30"; "10.30" counts only with "am"/"pm"
	if (t.w(j) == ":" || t.w(j) == ".") && t.attached(j) && j+1 < len(t.toks) && t.toks[j+1].kind == kNum && len(t.toks[j+1].w) == 2 && t.attached(j+1) {
		m, j, colon = t.toks[j+1].n, j+2, t.w(j) == ":"
		if m >= 60 {
			return cand{}
		}
	}
	ap := ""
	switch t.w(j) {
	case "a", "p":
		if t.w(j+1) == "." && t.w(j+2) == "m" {
			ap, j = t.w(j), t.dot(j+3)
		}
	case "am", "pm":
		ap, j = t.w(j)[:1], j+1
	case "o":
		if t.w(j+1) == "'" && t.w(j+2) == "clock" {
			ap, j = "?", j+3
		}
	}
	if ap == "" && t.is(j, "in") && t.is(j+1, "the") {
		switch t.w(j + 2) {
		case "morning":
			ap, j = "a", j+3
		case "afternoon", "evening":
			ap, j = "p", j+3
		}
	}
	var pair cand // the second end of "between 2 and 4 a.m."
	dashed := j == i+1 && (t.is(j, "-") || t.is(j, "–")) && t.attached(j) && t.attached(j+1) && !t.is(i-1, "aged") && !t.is(i-1, "ages") && !t.is(i-1, "age")
	if ap == "" && ((t.is(i-1, "between") || t.is(i-1, "from")) && (t.is(j, "and") || t.is(j, "to") || t.is(j, "until") || t.is(j, "-")) || dashed) {
		// "between 2 and 4 a.m.", "from 9 to 11 p.m.": the first end of a
		// range of clock times takes the second's a.m. or p.m. when it is
		// the earlier hour on that half of the clock; so does a bare hour
		// joined to it by a hyphen with no space, as notices write
		// ("Visitation Monday, 4-8 p.m.")
		if j+1 < len(t.toks) && t.toks[j+1].kind == kNum && len(t.toks[j+1].w) <= 2 && t.toks[j+1].n > h && t.toks[j+1].n < 12 && h >= 1 {
			if c := t.clock(j + 1); c.ok() {
				pair = c
				for k := j + 2; k < c.j; k++ {
					if w := t.w(k); w == "a" || w == "am" || w == "p" || w == "pm" {
						ap = w[:1]
						break
					}
				}
			}
		}
	}
	if ap == "" && !colon && !(j > i+1 && t.zoneWord(j)) {
		return cand{} // "10.30" alone may be a figure; "06.20 BST", "16.45 GMT" are clock times
	}
	if ap == "" && (t.w(j-3) == "-" || h > 23) { // a score like 2:1 is rare after a date; require a.m./p.m. or a zone
		return cand{}
	}
	if ap == "" && colon && h <= 23 && !t.zoneWord(j) && t.trainTime(i, j) {
		return t.serviceClock(i, j, h, m) // "On Monday the 07:15 from Brighton was cancelled"
	}
	if ap == "" {
		switch t.w(j) {
		case "gmt", "utc", "et", "est", "edt", "pt", "pst", "cet", "cest", "bst", "msk", "local", "hours", "h",
			"ist", "sast", "aest", "aedt", "awst", "hkt", "sgt", "pkt", "nzst", "nzdt", "jst", "kst":
			// the zones of British, Indian, South African, Australian
			// and Asian copy too: "15:30 IST", "10:00 SAST", "12:00 HKT"
			if t.w(j) == "local" && t.is(j+1, "time") {
				j++
			}
			j++
		default:
			p := i - 1
			switch t.w(p) {
			case "about", "approximately", "around", "roughly", "exactly", "precisely", "shortly", "just":
				if t.is(p-1, "at") || t.is(p-1, "until") || t.is(p-1, "by") || t.is(p-1, "from") || t.is(p-1, "after") || t.is(p-1, "before") {
					p-- // "at about 11:00", "shortly after 9:30"
				}
			}
			switch t.w(p) {
			case "at", "by", "until", "till", "from", "before", "after", "around", "since":
				// "at 9:30 on Friday": a preposition of time makes 9:30 a clock time
				if !colon {
					return cand{}
				}
			case "to":
				// "from 20:00 BST on Monday to 06:00 on Tuesday": the
				// second end of a range whose first is a clock time ("odds
				// cut to 5:1", "won 3:1" have none)
				from, ok := t.fromClockBefore(p)
				if !colon || !ok || h*60+m < from && (from < 12*60 || h >= 12) {
					// a range that runs back within the half of the day is
					// a measure cut, no clock ("lowered his best from 13:05
					// to 12:58"); one over midnight ("from 20:00 to 06:00")
					// is a night's hours
					return cand{}
				}
			default:
				return cand{}
			}
			j = t.zone(j) // "at 23:30 UK time", "at 21:00 Moscow time": a place's clock
		}
	} else {
		if h == 0 || h > 12 {
			return cand{}
		}
		if ap == "p" && h < 12 {
			h += 12
		}
		if ap == "a" && h == 12 {
			h = 0
		}
		j = t.zone(j)
	}
	c := t.clockDay(i, j, h, m)
	if ap == "" || ap == "?" {
		if h2 := t.partOfDayHour(i, j, h); h2 != h && len(c.val) >= 10 && c.val[:10] == t.lastTime[:10] {
			c = t.clockDay(i, j, h2, m) // on the day of that afternoon, not "tomorrow at 3"
		}
	}
	if t.is(i-1, "the") && serviceNoun(t.w(j)) {
		c = t.anyDayService(c, i) // "I take the 6.10am train from Yishun"
	}
	if pair.ok() && !pair.noDay && c.noDay && len(pair.val) >= 10 {
		// "from 7 to 10 p.m. on Thursday": both ends on the day named
		c.val = pair.val[:10] + c.val[10:]
	}
	if !pair.ok() && c.noDay && len(c.val) == 16 && (t.is(i-1, "from") || t.is(i-1, "between")) {
		if e, ok := t.rangeEndDay(c.j); ok && e.val[11:16] > c.val[11:16] {
			// "from 4 p.m. to 7 p.m. on Wednesday, Aug. 14": the first
			// end on the day the second names, as "from 7 to 10 p.m. on
			// Thursday" (a range past midnight is left alone)
			c.val = e.val[:10] + c.val[10:]
		}
	}
	return c
}

// partOfDayHour returns the hour h of a clock time at i written with no
// a.m. or p.m. ("It happened at about 1:45 local time", "at 10 o'clock")
// on the 24-hour clock when a part of the day was named just before, in
// that sentence or the one before ("An explosion ... this afternoon has
// injured 12 people. It happened at about 1:45 local time."): an hour the
// afternoon holds (1 to 6) after "this afternoon", one the evening or the
// night holds after "this evening" (4 to 11) or "tonight" (6 to 11) is
// after noon, as a broadcast's correspondents tell the hours of the day
// they report. An hour that part does not hold stays as written ("last
// night ... at 2:15" is 02:15, "this afternoon ... by 11" 11:00), and so
// does any hour after "this morning".
//
// The hour's own part of the day after it keeps it as written ("This
// evening's flight was delayed at 4:15 this morning"), and the evening or
// the night told as still to come reaches no further than its sentence:
// the hours of the next are as often those of the morning ("The vote is
// expected tonight. The polls opened at 7 o'clock": 07:00; "The sirens
// started tonight. At 9:30 local time, ...": 21:30).
func (t *tagger) partOfDayHour(i, j, h int) int {
	if h < 1 || h > 11 || len(t.lastTime) != 13 || t.lastTimeAt > i || i-t.lastTimeAt > 40 {
		return h
	}
	switch t.w(j) {
	case "this", "yesterday", "tomorrow":
		if t.is(j+1, "morning") {
			return h
		}
	case "in":
		if t.is(j+1, "the") && t.is(j+2, "morning") {
			return h
		}
	}
	lo, hi := 0, 0
	switch t.lastTime[10:] {
	case "TAF":
		lo, hi = 1, 6
	case "TEV":
		lo, hi = 4, 11
	case "TNI":
		lo, hi = 6, 11
	}
	if h < lo || h > hi {
		return h
	}
	ends := 0 // the sentences ended between the part of the day and the hour
	for k := t.lastTimeAt; k < i; k++ {
		if t.toks[k].nl {
			return h // a new paragraph, a new scene
		}
		if w := t.w(k); w == "." || w == "?" || w == "!" {
			if ends++; ends > 1 || t.lastTime[10:] != "TAF" && t.partOfDayAhead(k) {
				return h
			}
		}
	}
	return h + 12
}

// partOfDayAhead reports whether the sentence ending at the stop k tells
// its evening or night as still to come ("The vote is expected tonight.",
// "Police will search again tonight."): a future word in it; a night
// going on ("Police are searching for a gunman tonight.") is not.
func (t *tagger) partOfDayAhead(k int) bool {
	for m := k - 1; m >= 0 && m >= k-30; m-- {
		if w := t.w(m); w == "." || w == "?" || w == "!" {
			break
		}
		switch t.w(m) {
		case "will", "ll", "expected", "due", "scheduled", "set", "shall", "going":
			return true
		}
		if t.cue(m) == tFuture {
			return true
		}
	}
	return false
}

// partOfDayAfter reads "in the morning", "in the afternoon", "in the
// evening" at token j after the clock hour h (1-12), and returns the hour
// on the 24-hour clock and the token after the phrase; with no such
// phrase, h and j as they are.
func (t *tagger) partOfDayAfter(j, h int) (int, int) {
	if !t.is(j, "in") || !t.is(j+1, "the") {
		return h, j
	}
	switch t.w(j + 2) {
	case "morning":
		if h == 12 {
			h = 0
		}
		return h, j + 3
	case "afternoon", "evening":
		if h < 12 {
			h += 12
		}
		return h, j + 3
	}
	return h, j
}

// clockWord parses a clock time in words: "nine o'clock", "ten o'clock in
// the morning", "seven o'clock in the evening".
func (t *tagger) clockWord(i int) cand {
	n, ok := numberWord(t.w(i))
	if !ok || n < 1 || n > 12 || !t.is(i+1, "o") || !t.is(i+2, "'") || !t.is(i+3, "clock") || t.toks[i+3].upper {
		return cand{} // "The One O'Clock News": a title
	}
	h, j := t.partOfDayAfter(i+4, n)
	return t.clockDay(i, t.zone(j), h, 0)
}

// clockPast parses a clock time told in quarters: "half past three", "a
// quarter past 10", "quarter to ten in the morning" (read as "nine
// forty-five"). "in the morning", "in the evening" or "a.m."/"p.m." after
// it set the half of the clock; without them the hour is taken as
// written, as "nine o'clock" is.
func (t *tagger) clockPast(i int) cand {
	k := i
	if t.is(k, "a") {
		k++
	}
	m, back := 0, false
	switch {
	case t.is(k, "half") && k == i && t.is(k+1, "past"):
		m = 30
	case t.is(k, "quarter") && t.is(k+1, "past"):
		m = 15
	case t.is(k, "quarter") && t.is(k+1, "to"):
		m, back = 45, true
	default:
		return cand{}
	}
	n := k + 2
	if n >= len(t.toks) {
		return cand{}
	}
	h, ok := numberWord(t.w(n))
	if !ok && t.toks[n].kind == kNum && len(t.toks[n].w) <= 2 {
		h, ok = t.toks[n].n, true
	}
	if !ok || h < 1 || h > 12 {
		return cand{}
	}
	if back {
		if h--; h == 0 {
			h = 12
		}
	}
	j := n + 1
	switch t.w(j) {
	case "a", "p":
		if t.w(j+1) == "." && t.w(j+2) == "m" {
			if t.w(j) == "p" && h < 12 {
				h += 12
			}
			j = t.dot(j + 3)
		}
	case "am", "pm":
		if t.w(j) == "pm" && h < 12 {
			h += 12
		}
		j++
	case "in":
		h, j = t.partOfDayAfter(j, h)
	}
	if z := t.zone(j); j == n+1 && z == j && !t.clockPastAlone(i, j) {
		// "Profits fell by a quarter to 12 million", "rose a quarter to
		// 10 percent": a fraction and a figure, no clock time
		return cand{}
	}
	return t.clockDay(i, t.zone(j), h, m)
}

// clockPastAlone reports whether a clock time told in quarters over tokens
// [i, j), with no "a.m.", "p.m.", "in the morning" or zone to mark it, is
// still one: after a preposition of time ("at half past three", "until a
// quarter to ten") and ending its clause or before a word that goes on
// with a time ("on Friday", "tonight"). "by a quarter to 10" is a fall of
// a quarter as often, and a figure's unit after it ("to 10 percent",
// "to two million tonnes") makes a fraction.
func (t *tagger) clockPastAlone(i, j int) bool {
	switch t.w(i - 1) {
	case "at", "until", "till", "around", "about", "before", "after", "from", "since", "past":
	default:
		return false
	}
	if j >= len(t.toks) || t.toks[j].nl {
		return true
	}
	switch t.w(j) {
	case ".", ",", ";", ":", "!", "?", ")", "\"", "”", "-", "—",
		"on", "this", "that", "tonight", "today", "tomorrow", "yesterday", "last", "and", "when", "local", "o", "every", "each":
		return true
	}
	return false
}

// otherDayBefore reports whether the clock time at token i stands more
// than four words after the day its sentence last named (t.anchor), past
// a comma, with another weekday, a different one, named before that day
// in the same sentence: "The union on Wednesday suspended the strike it began on
// Monday last, after a meeting that lasted till 2am". The clock time may
// be of either day, or of the night between. A clock time right after
// its day ("on Monday at 2am") or in its phrase ("ended on Wednesday with
// a deal signed at 9pm") is that day's.
func (t *tagger) otherDayBefore(i int) bool {
	if i-t.anchorAt <= 4 {
		return false
	}
	comma := false
	for m := t.anchorAt; m < i; m++ {
		comma = comma || t.is(m, ",")
	}
	if !comma {
		return false // "ended on Wednesday with a deal signed at 9pm": the day's phrase goes on
	}
	for m := t.anchorIn - 1; m >= 0 && m >= t.anchorIn-40; m-- {
		if t.endsAt(m, stopLine) {
			return false
		}
		if wd, ok := weekdayOf(t.w(m)); ok && t.toks[m].upper && wd != t.anchor.Weekday() {
			return true
		}
	}
	return false
}

// clockDay gives the clock time h:m over tokens [i, j) its day: the day
// right after it ("3 p.m. Tuesday", "2300 GMT on Wednesday"), the day
// before "at", or the day the sentence (or a past-tense sentence before)
// named; failing those, the reference day in the value and no interval.
func (t *tagger) clockDay(i, j, h, m int) cand {
	base, noDay := t.ref, true
	hm := pad(h, 2) + ":" + pad(m, 2)
	var inside time.Time // the day of the same clock time restated in an aside
	var across time.Time // the day another zone's clock time with its day in an aside implies
	// "3 p.m. Tuesday", "10 a.m. today", "2 p.m. on Tuesday"
	k := j
	if t.is(k, ",") {
		k++
	}
	if t.is(k, "(") {
		// "at 4 in the morning (4 a.m. EDT Thursday)": the same clock
		// time with its day in the aside gives the day; another clock
		// time there is another zone's, whose day may differ
		if d := t.core(k + 1); d.ok() && d.typ == Time && !d.noDay && len(d.val) >= 16 && d.val[11:16] == hm && t.is(d.j, ")") {
			if iv, _, ok := intervalOf(d.val[:10]); ok {
				inside = iv.Start
			}
		} else if d.ok() && d.typ == Time && !d.noDay && len(d.val) >= 16 && d.val[13] == ':' && t.is(d.j, ")") {
			// "11 p.m. local time (0400 GMT Friday)": the zones' clocks
			// differ by at most 14 hours, so a gap of 15 or more crosses
			// midnight (here back: Thursday); within 10 hours it is the
			// same day; 11 to 14 could be either way
			if iv, _, ok := intervalOf(d.val[:10]); ok {
				switch diff := h - atoiDigits(d.val[11:13]); {
				case diff >= 15:
					across = iv.Start.AddDate(0, 0, -1)
				case diff <= -15:
					across = iv.Start.AddDate(0, 0, 1)
				case diff <= 10 && diff >= -10:
					across = iv.Start
				}
			}
		}
		// "10:35 a.m. (0735 GMT) Friday", "10:30 a.m. local time (0830
		// GMT) on Friday": the day after the aside
		for m := k + 1; m < len(t.toks) && m < k+9; m++ {
			if t.is(m, ")") {
				n := m + 1
				if t.is(n, "on") {
					n++
				}
				if d := t.core(n); d.ok() && d.typ == Date && len(d.val) == 10 {
					k = m + 1
				}
				break
			}
		}
	}
	if t.habitWeekdaysAt(k) || (t.daySpanBefore(i) || t.rateDayBefore(i)) && !t.dayAfterHours(j, k) {
		// "from 9 a.m. to 4 p.m. Monday through Friday": the hours kept
		// each such day, no day of the reference week
		return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + hm, noDay: true}
	}
	on := t.is(k, "on") || k > j && t.is(k-1, ")")
	if t.is(k, "on") {
		k++
		if n := t.namedDayThen(k); n > 0 {
			k = n // "at 8am on A-level results day on Thursday 13 August"
		}
	}
	follows := false // the day comes from "the next day" after it, which sets the anchor itself
	if nd, ok := t.nextDayAfterClock(k); ok && !on {
		base, noDay, follows = nd, false, true // "at 10 a.m. the next day"
	} else if d := t.coreOrThe(k); d.ok() && d.typ == Date && !t.deicticOpens(j, k) {
		if iv, g, ok := intervalOf(d.val); ok && g == GranDay {
			base, noDay = iv.Start, false
			if !on {
				j = d.j // "3 p.m. Tuesday" is one expression; "3 p.m. on Tuesday" two
			}
		}
	} else if d.ok() && d.typ == Time && len(d.val) == 13 && d.val[10] == 'T' && (on || k == j) && !t.deicticOpens(j, k) {
		// "at 11:45 on Thursday night": that day, and a clock time with
		// no a.m. or p.m. read in the part of the day named; right before
		// it ("9:30 this morning", "8 p.m. tonight") one expression, as
		// "3 p.m. Tuesday"
		if iv, _, ok := intervalOf(d.val[:10]); ok {
			base, noDay = iv.Start, false
			if !on {
				j = d.j
			}
			if !t.meridiemIn(i, j) {
				switch p := d.val[11:]; {
				case p == "NI" && h >= 6 && h < 12, p == "EV" && h >= 4 && h < 12, p == "AF" && h >= 1 && h < 7:
					h += 12
					hm = pad(h, 2) + ":" + pad(m, 2)
				}
			}
		}
	}
	if noDay && (t.weeklyBefore(i) || t.dailyAfter(j) || t.openingHours(i, j) || t.weeklyClause(i) || t.habitTimeBefore(i)) {
		// "airs Sundays at 9 p.m.", "meets every Monday at 10 a.m.": the
		// hour of a weekly set is any day's, not the reference day's
		return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + hm, noDay: true}
	}
	if noDay && !inside.IsZero() {
		base, noDay = inside, false
	}
	if noDay && !across.IsZero() {
		// the value only: the zone's offset is worked out, not written
		return cand{i: i, j: j, typ: Time, val: fmtDay(across) + "T" + hm, noDay: true}
	}
	if noDay && (i == 0 || t.toks[i].nl) && (t.is(j, ":") || j >= len(t.toks) || t.toks[j].nl) && !t.chronologyHead(i) {
		// "08:10 GMT: The barrier was closed", "6.20am BST" alone on its
		// line: a live page's stamp, of the page's day whatever the entry
		// before it told, unless the stamps wrap past midnight
		return cand{i: i, j: j, typ: Time, val: fmtDay(t.stampDayOf(h*60+m)) + "T" + hm, noDay: true, stamp: true}
	} else if noDay {
		if d, ok := t.dayBeforeAt(i); ok {
			base, noDay = d, false
		} else if d, ok := t.logHeadingDay(i); ok {
			// "Monday, Jan. 19" on a line of its own, then entries each
			// opening with a clock time ("7:52 a.m. -- A crash ...", "4:15
			// p.m. -- A package ..."): a log's entries are the heading's
			// day (the value only, as for a day the sentence named)
			base = d
		} else if t.anchored && t.anchorAt <= i && t.sameSentence(t.anchorAt, i) && t.otherDayBefore(i) {
			// "on Wednesday suspended the strike it began on Monday
			// last, after a meeting that lasted till 2am": two days told
			// in the sentence, the clock time in neither's phrase; which
			// day's it is the text does not say
			return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + hm, noDay: true}
		} else if t.anchored && t.anchorAt <= i && (t.sameSentence(t.anchorAt, i) && !t.pastAfterFuture(i, j) && !t.futureAfterPast(i, j) || t.sentenceBefore(t.anchorAt, i) && t.anchor.Before(t.ref) && t.tenseAt(i, j) == tPast || t.futureDayBefore(i, j)) {
			// "On Oct. 23 he was shot at 10 p.m.": the value takes the day
			// the sentence named, as TimeBank does, or the past day the
			// sentence before named when this one is in the past tense too
			// ("The quake struck on Saturday. It hit at 8:02 a.m."); the
			// interval stays empty, since the clock time may belong to
			// another day
			base = t.anchor
			if h < 6 && (t.lateOn(base, i) || t.smallHoursOn(base, h*60+m, i) || t.lateDayOn(base, i)) {
				// "a robbery went wrong on Wednesday afternoon. The man
				// walked out at 3:12 a.m.": past the night, the next day
				base = base.AddDate(0, 0, 1)
			} else if h < 12 && (t.lateDayOn(base, i) || t.lateClockAnd(base, h*60+m, i, j)) {
				// "The storm hit late Thursday. Power was restored at 6
				// a.m.", "Talks broke down at 11 p.m. Monday. Negotiators
				// returned at 8 a.m.": a morning after a day told late is
				// not that day's; which morning the text does not say, so
				// no day is made up, unless the next day is the reference
				// day, the only one left
				if next := base.AddDate(0, 0, 1); t.weekdayLater(next.Weekday(), j) {
					// "began restoring power at 6 a.m., and by Tuesday
					// evening ..." after "11 p.m. Monday": the sentence
					// names the next day later on, and so says which
					base = next
				} else if next.Before(t.ref) {
					return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + hm, noDay: true}
				} else {
					base = t.ref
				}
			}
		} else if d, ok := t.narrativeTimeDay(i, j); ok && (h < 6 && t.lateOn(d, i) || !t.beforeLastTime(h*60+m)) {
			base = d
			if h < 6 && (t.lateOn(base, i) || t.smallHoursOn(base, h*60+m, i)) {
				base = base.AddDate(0, 0, 1)
			}
		} else if t.clockSet && t.clockAt < i && t.sentenceBefore(t.clockAt, i) && h*60+m > t.clockMin && t.tenseAt(i, j) == tPast && (!t.anchored || t.anchorAt <= t.clockAt) {
			// "By 8 p.m. the creek had risen. At 9:40 p.m. he called the
			// dam's operator": a later clock time of a past narrative in
			// the next sentence is on the day of the one before (the
			// value only, as for a day the sentence named)
			base = t.clockOn
		} else if fy := t.framedYear(i, j); fy != 0 && fy != t.ref.Year() {
			// "In 1999, the bank closed its doors at 9 p.m.": a clock time
			// in a past clause framed by another year is of a day of that
			// year the text does not give, not of the reference day
			return cand{i: i, j: j, typ: Time, val: pad(fy, 4) + "-XX-XXT" + hm, noDay: true}
		} else if y, ok := t.framedTimeBefore(i, j); ok {
			// "In 1995, the blast tore through the pit shortly after
			// midnight. Rescuers reached the last survivors at 4 a.m.": a
			// past narrative goes on in that year
			return cand{i: i, j: j, typ: Time, val: y + "-XX-XXT" + hm, noDay: true}
		}
	}
	if noDay && t.afterStamp(base, h*60+m, i, j) {
		// "12.05am BST ... A poll published at 10pm": a past clock time
		// later than its entry's stamp was the day before
		base = base.AddDate(0, 0, -1)
	}
	return cand{i: i, j: j, typ: Time, val: fmtDay(base) + "T" + hm, noDay: noDay, still: follows}
}

// chronologyHead reports whether the clock time opening a line at token i
// follows a heading that names a past day and ends in a colon ("Timeline
// of Monday's attack:"): the lines after it are a chronology of that day,
// no live page's stamps, and the rules of any clock time apply.
func (t *tagger) chronologyHead(i int) bool {
	if t.stamps > 0 || !t.anchored || !t.anchor.Before(t.ref) || !t.is(i-1, ":") || t.anchorAt > i-1 {
		return false
	}
	for k := t.anchorAt; k < i-1; k++ {
		if t.toks[k].nl {
			return false
		}
	}
	return true
}

// stampDayOf returns the day of a live page's stamp at clock time m
// (minutes): the reference day for the first; then the last stamp's day,
// one day back when a page that runs newest first goes from the small
// hours up to the evening ("12.05am", then "11.40pm": the evening before),
// one day on when a page that runs oldest first goes from the evening down
// to the small hours.
func (t *tagger) stampDayOf(m int) time.Time {
	switch {
	case t.stamps == 0:
		return t.ref
	case earlyMin(t.stampMin) && lateMin(m) && (t.stamps == 1 || t.stampDesc):
		return t.stampDay.AddDate(0, 0, -1)
	case lateMin(t.stampMin) && earlyMin(m) && (t.stamps == 1 || !t.stampDesc):
		return t.stampDay.AddDate(0, 0, 1)
	}
	return t.stampDay
}

// earlyMin and lateMin report whether clock time m (minutes) lies in the
// small hours (before 6 a.m.) or late in the day (from 6 p.m.): stamps
// wrap past midnight only from one to the other. A page's stamps a few
// minutes out of order ("10:30 GMT", then "10:15 GMT" on a page that runs
// oldest first) stay on their day, and a first pair across midnight
// ("12.05am", then "11.40pm") runs newest first.
func earlyMin(m int) bool { return m < 6*60 }

func lateMin(m int) bool { return m >= 18*60 }

// stampsDesc reports whether a live page whose first stamp is at clock
// time a and second at b runs newest first: b is earlier, or a lies in the
// small hours and b late the evening before.
func stampsDesc(a, b int) bool {
	if earlyMin(a) && lateMin(b) {
		return true
	}
	if lateMin(a) && earlyMin(b) {
		return false
	}
	return b < a
}

// afterStamp reports whether a clock time m (minutes; 1440 for midnight)
// on day d, over tokens [i, j), in a past clause of a live page's entry,
// lies in the evening after an entry stamped in the small hours of the
// same day: it was written after it happened, so it was the evening
// before. "Updated at 4.30am" is the time of
// writing itself.
func (t *tagger) afterStamp(d time.Time, m, i, j int) bool {
	if t.stamps == 0 || !d.Equal(t.stampDay) || m <= t.stampMin || !earlyMin(t.stampMin) || !lateMin(m) {
		// only from the small hours back to the evening before: "10.05am
		// GMT ... In Tokyo the Nikkei closed at 3pm" is another zone's
		// clock of the same day
		return false
	}
	k := i - 1
	if t.is(k, "at") {
		k--
	}
	if t.is(k, "updated") || t.is(k, "posted") {
		return false // "Updated at 4.30am BST": when the entry was written, after its stamp
	}
	return t.tenseAt(i, j) == tPast
}

// narrativeTimeDay returns the day of the last TIME emitted when the
// clock time over tokens [i, j) goes on telling the same past night: the
// TIME's day was the text's and lies before the reference day, it stands
// in one of the two sentences before or in this one, and this clause is in
// the past tense ("entered the bank at about 3:15 p.m. Wednesday. A teller
// set off an alarm. By 5 p.m. SWAT teams had sealed off the block. The
// first hostage was let go at 6:40 p.m."). A clock time with no day takes
// that day in its value only, as after a day named.
func (t *tagger) narrativeTimeDay(i, j int) (time.Time, bool) {
	v := t.lastTime
	if !t.lastTimeDay || len(v) < 10 || t.lastTimeAt > i || t.sentencesBack(t.lastTimeAt, i, 2) > 2 {
		return time.Time{}, false
	}
	iv, _, ok := intervalOf(v[:10])
	if !ok || !iv.Start.Before(t.ref) || t.tenseAt(i, j) != tPast {
		return time.Time{}, false
	}
	// every sentence between goes on in the past ("Turnout was low"); one
	// in the present or future ("Turnout is expected to be low") leaves
	// the night's story
	own := true                             // the TIME's own sentence, whose tense its day settles
	for k := t.lastTimeAt - 1; k < i; k++ { // from the TIME's last token, which may be the period of "p.m." that ends its sentence
		if t.endsAt(k, 0) || t.is(k, ".") && t.is(k-1, "m") && k+1 < len(t.toks) && t.toks[k+1].upper {
			if !own && t.tenseAt(k, k+1) != tPast {
				return time.Time{}, false
			}
			own = false
		}
	}
	return iv.Start, true
}

// beforeLastTime reports whether clock time m (minutes) is earlier in the
// day than the last TIME emitted (its clock time, or the start of its part
// of the day): a night told on goes forward, and an earlier hour after it
// ("By 11 p.m. they were over. Markets opened at 9 a.m.") is another day's.
func (t *tagger) beforeLastTime(m int) bool {
	v := t.lastTime
	if len(v) < 13 || v[10] != 'T' {
		return false
	}
	last := partStart(v[11:])
	if p := v[11:]; len(p) >= 5 && p[2] == ':' {
		last = int(p[0]-'0')*600 + int(p[1]-'0')*60 + int(p[3]-'0')*10 + int(p[4]-'0')
	}
	return m < last
}

// partStart returns the minute of the day at which part of day p
// ("MO", "AF", "EV", "NI") is taken to begin.
func partStart(p string) int {
	switch p {
	case "MO":
		return 6 * 60
	case "AF":
		return 12 * 60
	case "EV":
		return 17 * 60
	case "NI":
		return 20 * 60
	}
	return 0
}

// smallHoursOn reports whether the last TIME emitted, in token i's
// sentence or the one before, was a small-hours clock time of the day
// after d no later than clock time m (minutes): the night has already
// passed midnight, and a clock time after it goes on on that day
// ("Neighbours called police at 2 a.m., and officers arrived at 2:30
// a.m.", after "9 p.m. on Monday": both Tuesday's).
func (t *tagger) smallHoursOn(d time.Time, m, i int) bool {
	v := t.lastTime
	if len(v) < 16 || v[10] != 'T' || v[13] != ':' || t.lastTimeAt > i || !valueOnDay(v, d.AddDate(0, 0, 1)) {
		return false
	}
	if !t.sameSentence(t.lastTimeAt-1, i) && !t.sentenceBefore(t.lastTimeAt, i) {
		return false
	}
	last := int(v[11]-'0')*600 + int(v[12]-'0')*60 + int(v[14]-'0')*10 + int(v[15]-'0')
	return earlyMin(last) && last <= m
}

// lateOn reports whether the last TIME emitted before token i, in its
// sentence or the one before, lies late on day d (its afternoon, evening
// or night, a clock time from noon on, its midnight), so that a
// small-hours clock time told after it with no day of its own belongs to
// the next day: "began on Wednesday afternoon. He walked out at 3:12
// a.m.", "At 11:30 p.m. the session was suspended. When delegates returned
// shortly after 1 a.m.". A past perfect ("He had been seen at 2 a.m.")
// goes back, and keeps the day.
func (t *tagger) lateOn(d time.Time, i int) bool {
	v := t.lastTime
	if len(v) < 13 || v[10] != 'T' || t.lastTimeAt > i || !valueOnDay(v, d) || !t.sentenceBefore(t.lastTimeAt, i) {
		return false
	}
	if t.anchored && t.anchorAt > t.lastTimeAt && t.anchorAt <= i && !t.sameSentence(t.lastTimeAt, t.anchorAt) {
		return false // "overnight. ... the attack on Wednesday began at about 2:30 a.m.": the day named anew
	}
	switch p := v[11:]; {
	case p == "AF", p == "EV", p == "NI":
	case len(p) == 5 && p[2] == ':' && p >= "12:00":
	default:
		return false
	}
	return !t.goesBack(i)
}

// pastAfterFuture reports whether the day the sentence named is still to
// come and the clock time at [i, j) is told in a past clause: "Talks will
// begin on Monday, the ministry said in a statement issued at 9 a.m." is
// no Monday's 9 a.m.; the clock time is dated as one with no day.
func (t *tagger) pastAfterFuture(i, j int) bool {
	return t.anchor.After(t.ref) && t.tenseAt(i, j) == tPast
}

// futureAfterPast reports whether the clock time at i..j stands in a
// clause with "will" or "shall" after a day gone that its sentence named
// ("Polls closed at 10pm on Thursday and counting will resume at 9am"):
// the hour to come is not that day's, and the reference day's is taken,
// as for a clock time with no day. "would" (a future told in the past,
// "said on Monday he would arrive at 9am") keeps the day named.
func (t *tagger) futureAfterPast(i, j int) bool {
	if !t.anchor.Before(t.ref) || t.tenseAt(i, j) != tFuture {
		return false
	}
	for k := i - 1; k > t.anchorAt && k >= i-8; k-- {
		if t.endsAt(k, stopSemicolon) {
			return false
		}
		switch t.w(k) {
		case "would", "could", "might", "should":
			return false
		case "will", "shall", "ll":
			return true
		}
	}
	return false
}

// deicticOpens reports whether the word at k right after a clock time
// ending at j in "a.m." or "p.m." is a capitalised "Today", "Tonight",
// "Tomorrow", "Yesterday", "Last", "This", "Next", "Early" or "Late"
// (weekdays are capitalised anywhere): a new sentence, whose period the clock
// time's doubles as ("began at 10 p.m. Today the museum opens"), not one
// expression as "8 p.m. tonight" is.
func (t *tagger) deicticOpens(j, k int) bool {
	if k != j || !t.is(j-1, ".") || k >= len(t.toks) || !t.toks[k].upper {
		return false
	}
	switch t.toks[k].w {
	case "today", "tonight", "tomorrow", "yesterday", "last", "this", "next", "early", "late":
		return true // "at 10 p.m. Last night, rescuers gathered": a new sentence
	}
	return false
}

// weekdayLater reports whether weekday wd, capitalised, stands in the
// sentence after token j, within 15 tokens ("at 6 a.m., and by Tuesday
// evening"): the day a clock time before it is on, when that is the day
// after the one the story has reached.
func (t *tagger) weekdayLater(wd time.Weekday, j int) bool {
	for k := j; k < len(t.toks) && k < j+15; k++ {
		if t.endsAt(k, stopSemicolon) || t.toks[k].nl {
			return false
		}
		if d, ok := weekdayOf(t.toks[k].w); ok && d == wd && t.toks[k].upper {
			return true
		}
	}
	return false
}

// framedTimeBefore returns the year of the last clock time, when it was
// one of a day of a year the text gave without the day ("1995-XX-XXT00:00",
// in a sentence framed by 1995), told in this sentence or the one before,
// and the clock time at [i, j) is in a past clause: the narrative of that
// year goes on.
func (t *tagger) framedTimeBefore(i, j int) (string, bool) {
	v := t.lastTime
	if len(v) < 11 || v[4:11] != "-XX-XXT" || v[0] == 'X' || t.lastTimeAt > i || !t.sentenceBefore(t.lastTimeAt, i) || t.tenseAt(i, j) != tPast {
		return "", false
	}
	// a report ("Police said the suspect was arrested at 9 a.m.") may
	// be back in the present story: no year is given it
	for k := i - 1; k >= 0 && !t.endsAt(k, 0) && !t.toks[k+1].nl; k-- {
		if reportingVerb(t.toks[k].w) {
			return "", false
		}
	}
	for k := j; k < len(t.toks) && !t.toks[k].nl; k++ {
		if reportingVerb(t.toks[k].w) {
			return "", false
		}
		if t.endsAt(k, 0) {
			break
		}
	}
	return v[:4], true
}

// goesBack reports whether a past perfect or "earlier" stands in token
// i's clause before it ("He had been seen at 2 a.m."): a clock time told
// there goes back, and keeps the day told before. "had" before an object
// or "to" is the verb of having ("Firefighters had it under control by 7
// a.m.", "had to leave at 6 a.m."), a simple past that goes on.
func (t *tagger) goesBack(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if t.endsAt(k, stopSemicolon) {
			break
		}
		if t.is(k, "had") {
			switch t.w(k + 1) {
			case "it", "them", "him", "the", "a", "an", "no", "its", "their", "his", "our", "to", "some", "enough", "nothing", "little":
				continue
			}
			return true
		}
		if t.is(k, "earlier") {
			return true
		}
	}
	return false
}

// lateDayOn reports whether the anchor, day d, was told late ("late
// Thursday", "late on Monday") in the sentence before token i, and no
// past perfect or "earlier" goes back in i's clause: a morning clock time
// told after it is no longer that day's ("The storm hit late Thursday.
// Power was restored at 3 a.m.": Friday).
func (t *tagger) lateDayOn(d time.Time, i int) bool {
	if !t.anchorLate || !t.anchor.Equal(d) || t.sameSentence(t.anchorAt, i) || !t.sentenceBefore(t.anchorAt, i) {
		return false
	}
	return !t.goesBack(i)
}

// lateClockAnd reports whether the clock time at [i, j), min minutes into
// its day, follows in its own sentence, past an "and" and in a past
// clause, a later clock time of the evening or night that named day d
// ("The plane left at 11 p.m. Monday and landed at 6 a.m. local time"):
// an earlier hour told after it is of a later day, not d's.
func (t *tagger) lateClockAnd(d time.Time, min, i, j int) bool {
	v := t.lastTime
	if !t.anchorLate || !t.anchor.Equal(d) || !t.sameSentence(t.anchorAt, i) || len(v) < 16 || v[10] != 'T' || v[13] != ':' || !valueOnDay(v, d) || t.lastTimeAt > i {
		return false
	}
	if late := atoi(v[11:13])*60 + atoi(v[14:16]); late < 12*60 || min >= late {
		return false
	}
	and := false
	for k := t.anchorAt; k < i; k++ {
		and = and || t.is(k, "and")
	}
	return and && t.tenseAt(i, j) == tPast && !t.goesBack(i)
}

// dayBeforeAt returns the day of the expression just before "at" and the
// clock time at token i: "on Tuesday at 3 p.m.", "yesterday at about 9:30
// a.m.", "tonight at 9 p.m.".
func (t *tagger) dayBeforeAt(i int) (time.Time, bool) {
	k := i - 1
	switch t.w(k) {
	case "about", "around", "approximately", "roughly", "precisely", "exactly", "just":
		k--
	}
	if !t.is(k, "at") || !t.anchored || t.anchorAt != k {
		return time.Time{}, false
	}
	return t.anchor, true
}

// year parses a four-digit year where the context shows it is one.
func (t *tagger) year(i int) cand {
	if i >= len(t.toks) {
		return cand{}
	}
	tk := t.toks[i]
	if tk.kind != kNum || len(tk.w) != 4 || tk.n < 1000 || tk.n > 2100 && !t.farYear(i) {
		return cand{}
	}
	if (t.is(i+1, "hours") || t.is(i+1, "hrs")) && t.is(i+2, "of") {
		return cand{} // "as of 1000 hours of operation": a count or a clock, no year
	}
	if i > 0 && t.attached(i) {
		switch t.toks[i-1].w {
		case "$", "€", "£", "#", "/", ".", ",", ":":
			return cand{}
		}
	}
	if i > 1 && t.attached(i) && t.is(i-1, "-") && t.attached(i-1) && t.toks[i-2].kind == kNum && len(t.toks[i-2].w) != 4 &&
		(len(t.toks[i-2].w) == 3 || t.toks[i-2].n > 31 || tk.n < 1800) && !t.eraNear(i-2, i+1) {
		// "call 513-556-1111", "556-1999", "quoting reference 10-1234":
		// four digits after a hyphen joined to a telephone exchange, or
		// to a number no day or month, or a year of long ago so written,
		// end a telephone or reference number ("1990-1994" is a span of
		// years, "10-12-2014" a date, "AD 800-1200" a span of the era)
		return cand{}
	}
	j := i + 1
	if j < len(t.toks) && t.attached(j) {
		switch t.w(j) {
		case "/":
			if _, end := t.yearSpanEnd(i); end == 0 {
				return cand{} // "2016/679", "1995/46": a number of a law or a case
			}
		case ":":
			switch t.w(i - 1) {
			case "since", "in", "by", "until", "before", "after", "from":
				// "melting twice as fast since 2000: study": a headline's
				// year before the colon that names its source (a clock
				// time "2000: Police say" opens its line)
				if j+1 < len(t.toks) && t.toks[j+1].kind == kWord && !t.attached(j+1) && !t.toks[j+1].nl {
					if w := t.w(i - 1); (w == "since" || w == "in") || t.sourceAfterColon(j+1) {
						break
					}
					// "Curfew from 1800: residents must stay indoors":
					// after a preposition that also takes a clock time, a
					// clause after the colon makes the figure that time
				}
				return cand{}
			default:
				if !t.labelYear(i) {
					return cand{}
				}
			}
		case "%", "s":
			return cand{}
		case ".", ",":
			if j+1 < len(t.toks) && t.toks[j+1].kind == kNum && t.attached(j+1) {
				return cand{}
			}
		}
	}
	switch t.w(i - 1) {
	case "room", "flight", "route", "highway", "interstate", "suite", "apartment", "gate", "exit", "platform",
		"bus", "train", "no", "number", "box", "unit", "ward", "seat", "pier", "building", "floor", "channel",
		"code", "model", "version", "article", "section", "chapter", "page", "vision", "agenda", "windows", "resolution",
		"incident", "log", "ref", "reference":
		if !t.attached(i) {
			// "Room 1205", "Flight 1549", "Vision 2030", "resolution
			// 1881", "quoting incident 1423": a label, a name or a
			// record's number
			return cand{}
		}
	case "local":
		if t.toks[i-1].upper && !t.attached(i) && !t.opensSentence(i-1) {
			// "USW Local 1234", "members of Local 2010": a union local's
			// number, "Local" capitalised inside its sentence ("the local
			// 2012 elections", "Local 2016 races were close" opening a
			// sentence keep their year)
			return cand{}
		}
	}
	if tk.n < 1800 && t.is(i-1, "some") {
		// "Some 1500 local (and 200 foreign) troops": a count; a year
		// of long ago is written "in 1500", "the 1500s" ("Some 2012
		// models" keeps its year)
		return cand{}
	}
	if tk.n < 1800 && t.is(i-1, "the") && !t.attached(i) {
		switch t.w(j) {
		case "in", "at", "on", "with", ".", ",":
			// "He ran the 1500 in Berlin": a race named by its distance;
			// a year of long ago after "the" goes before its noun ("the
			// 1492 voyage")
			return cand{}
		}
	}
	if q := t.quarter(j); q.ok() && len(q.val) == 7 && q.val[5] == 'Q' {
		return cand{i: i, j: q.j, typ: Date, val: itoa(tk.n) + q.val[4:], the: true}
	}
	if j < len(t.toks) && t.toks[j].kind == kWord && !t.toks[j].upper && !t.yearContext(i, j) {
		return cand{} // "1500 police were deployed": a count
	}
	if last, end := t.fiscalSpanEnd(i); end > j && t.fiscalListSpan(i, end) {
		// "financial year 2012-13", "the financial years 2013-14 and
		// 2014-15": fiscal years, named by the year they end in
		if accountWord(t.w(end)) && t.fiscalWord(end) && t.is(end+1, "year") {
			end += 2 // "the government's 2013-14 fiscal year"
		}
		return cand{i: i, j: end, typ: Date, val: itoa(last), ivSet: true}
	}
	if last, end := t.yearSpanEnd(i); end > j {
		// "the 2013-14 season", "from 1990-94": a stretch of years; the
		// expression is the first year, as TimeBank marks it, but its
		// interval holds them all
		return cand{i: i, j: j, typ: Date, val: itoa(tk.n), iv: Interval{day(tk.n, time.January, 1), day(last, time.December, 31)}, ivSet: true}
	}
	return cand{i: i, j: j, typ: Date, val: itoa(tk.n)}
}

// farYear reports whether the four-digit number at i, past 2100, is a
// year of a projection: after "By", "In", "Until" opening the sentence and
// before a comma ("By 2500, the melt could add 15 metres"), or after "the
// year" ("in the year 2300"). "Sales rose by 2500." and "by 2200 jobs" are
// amounts.
func (t *tagger) farYear(i int) bool {
	if t.toks[i].n > 2999 {
		return false
	}
	if t.is(i-1, "year") && t.is(i-2, "the") {
		return true
	}
	p := i - 1
	if p < 0 || !t.toks[p].upper || !t.is(i+1, ",") {
		return false
	}
	switch t.w(p) {
	case "by", "in", "until":
	default:
		return false
	}
	if !(p == 0 || t.toks[p].nl || t.toks[p-1].kind == kPunct && (t.punctEnds(p-1, stopLine) || t.is(p-1, "\"") || t.is(p-1, "“"))) {
		return false
	}
	// A projection speaks of what will or may be; a clock time of the
	// 24-hour day opens a sentence the same way ("By 2130, rescuers had
	// reached the village", "Until 2300, the bars stay open"). The clause
	// after the comma must hold a modal or a word of a projection.
	for k := i + 2; k < len(t.toks) && k < i+30; k++ {
		if t.endsAt(k, stopLine|stopSemicolon) {
			break
		}
		switch t.w(k) {
		case "will", "would", "could", "may", "might", "shall", "ll", "should", "must", "can",
			"expected", "projected", "predicted", "forecast", "likely", "set":
			return true
		}
	}
	return false
}

// yearSpanEnd reads a span of years written with two digits after the
// four-digit year at i: "2013-14", "1990-94". It returns the
// last year and the token after the span, or end 0. A later year must
// follow ("2011-09" is no span) and no third part ("2011-12-05" is a day).
func (t *tagger) yearSpanEnd(i int) (last, end int) {
	k := i + 1
	if k+1 >= len(t.toks) || !t.is(k, "-") && !t.is(k, "/") || !t.attached(k) || !t.attached(k+1) {
		return 0, 0
	}
	n := t.toks[k+1]
	if n.kind != kNum || len(n.w) != 2 {
		return 0, 0
	}
	if k+2 < len(t.toks) && t.attached(k+2) && (t.is(k+2, "-") || t.is(k+2, "/")) {
		return 0, 0
	}
	first := t.toks[i].n
	last = first/100*100 + n.n
	if last <= first {
		last += 100 // "1999-00"
	}
	if last-first > 10 {
		return 0, 0
	}
	return last, k + 2
}

// yearContext reports whether the four-digit number at i, followed by the
// lower-case word at j, reads as a year. A count noun after it ("2000
// people", "1500 police") makes it a count; a word that introduces dates
// before it ("in", "since", "the", "Russia's") makes it a year; otherwise a
// plural after it ("2025 points") makes it a count, unless the plural names
// something that years qualify ("2024 elections").
func (t *tagger) yearContext(i, j int) bool {
	w := t.w(j)
	switch w {
	case "percent", "people", "police", "troops", "soldiers", "personnel", "staff", "times", "members", "men", "women",
		"workers", "children", "miles", "km", "kilometers", "kilometres", "meters", "metres", "feet", "pounds", "tons",
		"tonnes", "dollars", "euros", "shares", "units", "cars", "homes", "jobs", "votes", "points", "cases", "deaths",
		"students", "employees", "refugees", "residents", "civilians", "prisoners", "fighters", "families", "households",
		"acres", "hectares", "barrels", "rounds", "drones", "missiles", "vehicles", "tanks", "calories", "words", "pages",
		"copies", "visitors", "passengers", "seats", "beds", "square", "cubic", "million", "billion", "thousand", "more",
		"fewer", "new", "additional", "other", "extra":
		return false
	}
	switch t.w(i - 1) {
	case "in", "since", "by", "of", "until", "till", "from", "before", "after", "during", "through", "between",
		"early", "late", "mid", "fiscal", "year", "the", "s", "this", "circa", "-", "–", "(", "spring", "summer",
		"autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec":
		return true
	}
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
		switch w {
		case "elections", "games", "olympics", "talks", "protests", "riots", "attacks", "floods", "levels", "figures",
			"results", "accounts", "sales", "earnings", "rates", "prices", "polls", "midterms", "primaries", "finals",
			"championships", "awards", "oscars", "negotiations", "sanctions", "reforms", "was", "has", "does", "goes":
			return true
		}
		return false
	}
	return true
}

// decade parses "1990s", "'90s", "1990's".
func (t *tagger) decade(i int) cand {
	j := i
	if t.w(j) == "'" {
		j++
		if j >= len(t.toks) || t.toks[j].kind != kNum || len(t.toks[j].w) != 2 || !t.attached(j) {
			return cand{}
		}
		if !(t.w(j+1) == "s" && t.attached(j+1) && t.toks[j].n%10 == 0) {
			// "in '98": a year
			switch t.w(i - 1) {
			case "in", "since", "of", "until", "by", "from", "to", "and", "-", "class":
				return cand{i: i, j: j + 1, typ: Date, val: itoa(shortYear(t.toks[j].n))}
			}
			return cand{}
		}
		cent := 19
		if t.toks[j].n <= 20 {
			cent = 20
		}
		return cand{i: i, j: j + 2, typ: Date, val: itoa(cent) + itoa(t.toks[j].n/10), the: true}
	}
	tk := t.toks[j]
	if tk.kind == kNum && len(tk.w) == 2 && tk.n%10 == 0 && t.w(j+1) == "s" && t.attached(j+1) {
		// "the 80s", "the early 90s"; "their 80s" is an age
		switch t.w(j - 1) {
		case "the", "early", "late", "mid", "-":
			if t.w(j-1) != "the" && !t.is(j-2, "the") && !t.is(j-3, "the") {
				return cand{}
			}
			for k := j - 9; k < j; k++ {
				switch t.w(k) {
				case "temperature", "temperatures", "high", "highs", "low", "lows", "degrees", "fahrenheit", "celsius", "percent", "aged", "age", "ages":
					return cand{} // "highs in the mid-70s": degrees, not years
				}
			}
			return cand{i: i, j: j + 2, typ: Date, val: "19" + itoa(tk.n/10), the: true}
		case "and", "or", "to", "through":
			// "the 1970s and 80s": the decade after a decade just named
			// takes its century (the next one if it would go back:
			// "the 1990s and 00s")
			if n := len(t.out); n > 0 && j >= 2 && t.out[n-1].End == int(t.toks[j-2].e) && len(t.out[n-1].Value) == 3 && t.out[n-1].Type == Date {
				prev := atoiDigits(t.out[n-1].Value)
				d := prev/10*10 + tk.n/10
				if d <= prev {
					d += 10
				}
				return cand{i: i, j: j + 2, typ: Date, val: itoa(d)}
			}
		}
		return cand{}
	}
	if tk.kind != kNum || len(tk.w) != 4 || tk.n%10 != 0 || tk.n < 1000 || tk.n > 2100 {
		return cand{}
	}
	k := j + 1
	if t.w(k) == "'" && t.attached(k) {
		k++
	}
	if t.w(k) == "s" && t.attached(k) {
		if tk.n%100 == 0 && tk.n < 2000 {
			// "the 1800s", "the early 1900s": a century, as English uses
			// them ("the 2000s" is the decade)
			return cand{i: i, j: k + 1, typ: Date, val: pad(tk.n/100, 2), the: true}
		}
		if n := k + 1; n < len(t.toks) && t.toks[n].kind == kWord && t.toks[n].upper && !t.toks[n].nl && !t.subjectAfterDecade(i, n) {
			// "the 1990s Balkan wars", "the 1980s Iran-Iraq war": the
			// decade modifies a name, whose article it is, as "the 2003
			// invasion" leaves "the" to the noun
			return cand{i: i, j: k + 1, typ: Date, val: itoa(tk.n / 10)}
		}
		return cand{i: i, j: k + 1, typ: Date, val: itoa(tk.n / 10), the: true} // "the 1990s": the article belongs to it
	}
	return cand{}
}

// decadeWord parses "the nineties", "the sixties".
func (t *tagger) decadeWord(i int) cand {
	var d int
	switch t.w(i) {
	case "twenties":
		d = 2
	case "thirties":
		d = 3
	case "forties":
		d = 4
	case "fifties":
		d = 5
	case "sixties":
		d = 6
	case "seventies":
		d = 7
	case "eighties":
		d = 8
	case "nineties":
		d = 9
	default:
		return cand{}
	}
	if !t.is(i-1, "the") && !t.is(i-1, "early") && !t.is(i-1, "late") && !t.is(i-1, "mid") {
		return cand{}
	}
	if t.decadeName(i) {
		return cand{}
	}
	return cand{i: i, j: i + 1, typ: Date, val: "19" + itoa(d), the: true}
}

// century parses "the 21st century", "the twentieth century".
func (t *tagger) century(i int) cand {
	n, j := 0, i
	if t.toks[i].kind == kNum {
		n = t.toks[i].n
		j++
		switch t.w(j) {
		case "st", "nd", "rd", "th":
			if !t.attached(j) {
				return cand{}
			}
			j++
		default:
			return cand{}
		}
	} else {
		var ok bool
		n, ok = ordinalWord(t.w(i))
		if !ok || n < 1 {
			return cand{}
		}
		j++
	}
	hyph := t.w(j) == "-"
	if hyph {
		j++
	}
	if !t.is(j, "century") || n < 1 || n > 30 {
		return cand{}
	}
	// "the 20th-century average": a compound adjective leaves the article
	// to its noun, as "the third-quarter results"
	return cand{i: i, j: j + 1, typ: Date, val: pad(n-1, 2), the: !hyph}
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// zone skips a time zone after a clock time: "GMT", "ET", "local time",
// "Eastern time", "Moscow time".
func (t *tagger) zone(j int) int {
	switch t.w(j) {
	case "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "bst", "msk", "cst", "cdt", "mst", "mdt", "eet", "eest", "ist", "jst",
		"hkt", "sgt", "kst", "aest", "aedt", "awst", "wib", "pkt", "ict", "nzst", "nzdt", "wet", "sast", "brt", "hst", "akst", "irst", "ast", "adt":
		return j + 1
	case "local", "eastern", "central", "pacific", "mountain", "moscow", "kyiv", "kiev", "london", "paris", "beijing", "tokyo", "washington", "new":
		k := j + 1
		if t.w(j) == "new" {
			if !t.is(k, "york") {
				return j
			}
			k++
		}
		if t.is(k, "time") {
			return k + 1
		}
		if t.w(j) == "local" && t.gmtAside(k) {
			return k // "at 1450 local (1150 GMT)": the zone's word alone, the GMT time beside it
		}
		if (t.w(j) == "eastern" || t.w(j) == "pacific" || t.w(j) == "central") && (t.is(k, "standard") || t.is(k, "daylight")) && t.is(k+1, "time") {
			return k + 2
		}
		switch t.w(j) {
		case "eastern", "central", "pacific", "mountain":
			// "tonight at 10 p.m. Eastern, a special report": the US zone
			// alone, capitalised, before punctuation or the end ("10 p.m.
			// Eastern Europe", "5 p.m. Central Park" are places)
			if t.toks[j].upper && (k >= len(t.toks) || t.toks[k].kind == kPunct || !t.toks[k].upper && (t.is(k, "tonight") || t.is(k, "today") || t.is(k, "tomorrow"))) {
				return k // "10 p.m. Eastern,", "9 p.m. Eastern tonight"
			}
		}
	}
	if j+1 < len(t.toks) && t.toks[j].upper && t.toks[j].kind == kWord && (len(t.toks[j].w) > 2 || t.countryCode(j)) && t.is(j+1, "time") && !t.toks[j+1].upper {
		// "7:06 p.m. Rome time", "9 a.m. Cairo time": a place's clock
		return j + 2
	}
	return j
}

// countryCode reports whether the token at j is "UK" or "US" written in
// capitals: a country's clock ("23:30 UK time", "9 p.m. US time").
func (t *tagger) countryCode(j int) bool {
	s := t.text[t.toks[j].s:t.toks[j].e]
	return s == "UK" || s == "US"
}

// subjectAfterDecade reports whether the capitalised word at n, after
// the decade at i and a preposition and "the" before it, opens a clause
// of its own: a tensed verb within two words after the name ("In the
// 1990s Britain had a boom", "By the 1970s American cars were losing
// ground"). The decade heads its phrase then, and "the" is its own, as
// with a comma; "since the 1990s Balkan wars" has no verb.
func (t *tagger) subjectAfterDecade(i, n int) bool {
	if !t.is(i-1, "the") || !preposition(t.w(i-2)) {
		return false
	}
	m := n
	for m < len(t.toks) && (t.toks[m].kind == kWord && t.toks[m].upper || t.is(m, "-") && t.attached(m)) {
		m++
	}
	for e := m + 2; m < e && m < len(t.toks) && t.toks[m].kind == kWord && !t.toks[m].upper; m++ {
		if t.cue(m) != tNone {
			return true
		}
	}
	return false
}

// gmtAside reports whether tokens from k are a parenthesis opening with a
// clock time and its zone: "(1150 GMT)", "(7 a.m. GMT)", "(0700 UTC)".
func (t *tagger) gmtAside(k int) bool {
	if !t.is(k, "(") || k+1 >= len(t.toks) || t.toks[k+1].kind != kNum {
		return false
	}
	for m := k + 2; m < len(t.toks) && m <= k+6; m++ {
		if t.zoneWord(m) {
			return true
		}
		if !(t.is(m, ".") || t.is(m, "a") || t.is(m, "p") || t.is(m, "m") || t.is(m, "am") || t.is(m, "pm") || t.is(m, "a.m") || t.is(m, "p.m")) {
			// only the clock's own "a.m." may stand between: "About
			// 1200 local (1,000 UTC staff) workers" is no clock time
			return false
		}
	}
	return false
}

// atoiDigits returns the number the ASCII digits of s make (0 for none).
func atoiDigits(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0
		}
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// meridiemIn reports whether tokens [i, j) of a clock time hold "a.m.",
// "p.m.", "am" or "pm".
func (t *tagger) meridiemIn(i, j int) bool {
	for k := i; k < j && k < len(t.toks); k++ {
		switch t.w(k) {
		case "a", "p", "am", "pm", "m":
			return true
		}
	}
	return false
}

// dottedDate parses a day-first date written with dots at token i,
// "14.02.2013": one or two digits, a dot, one or two digits, a dot and a
// year of four digits, all attached, with no number attached by a dot on
// either side.
func (t *tagger) dottedDate(i int) cand {
	if len(t.toks[i].w) > 2 || i+4 >= len(t.toks) {
		return cand{}
	}
	for k := i + 1; k <= i+4; k++ {
		if !t.attached(k) {
			return cand{}
		}
	}
	if !t.is(i+1, ".") || !t.is(i+3, ".") || t.toks[i+2].kind != kNum || len(t.toks[i+2].w) > 2 || t.toks[i+4].kind != kNum || len(t.toks[i+4].w) != 4 {
		return cand{}
	}
	if i > 0 && t.attached(i) && (t.is(i-1, ".") || t.toks[i-1].kind == kNum) {
		return cand{}
	}
	if i+6 < len(t.toks) && t.is(i+5, ".") && t.attached(i+5) && t.attached(i+6) && t.toks[i+6].kind == kNum {
		return cand{}
	}
	d, m, y := t.toks[i].n, t.toks[i+2].n, t.toks[i+4].n
	if y < 1900 || y > 2100 || !validDate(y, m, d) {
		return cand{}
	}
	return cand{i: i, j: i + 5, typ: Date, val: fmtDay(day(y, time.Month(m), d))}
}

// valueOnDay reports whether the value v opens with day d ("2014-04-09",
// "2014-04-09T17:00"), without formatting d.
func valueOnDay(v string, d time.Time) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && atoiDigits(v[:4]) == d.Year() && atoiDigits(v[5:7]) == int(d.Month()) && atoiDigits(v[8:10]) == d.Day()
}

// zoneWord reports whether token j is a time zone's abbreviation a 24-hour
// clock time in figures may take with no "a.m." or "p.m." ("GMT", "BST",
// "EDT"; lower-cased).
func (t *tagger) zoneWord(j int) bool {
	switch t.w(j) {
	case "gmt", "utc", "et", "est", "edt", "pt", "pst", "cet", "cest", "bst", "msk",
		"ist", "sast", "aest", "aedt", "awst", "hkt", "sgt", "pkt", "nzst", "nzdt", "jst", "kst":
		return true
	}
	return false
}

// codeNumber reports whether the number at i is written onto the letters
// before it with no space ("Flight TK1823", "an A330", "EUR2000",
// "MH370"): part of a flight number, a model's name or an amount, no
// year, day, clock time or count. The letters of a fiscal year or a
// quarter ("FY2014", "Q3", "H1") are read where they begin, and stay.
func (t *tagger) codeNumber(i int) bool {
	if i == 0 || t.toks[i].sp || t.toks[i-1].kind != kWord {
		return false
	}
	switch t.w(i - 1) {
	case "fy", "cy", "q", "h", "mid":
		return false
	}
	return true
}

// coreOrThe is core at k, or, when k is "the", the expression after it
// that takes the article ("3pm on the Thursday before Easter").
func (t *tagger) coreOrThe(k int) cand {
	if t.is(k, "the") {
		if d := t.core(k + 1); d.ok() && d.i == k {
			return d
		}
	}
	return t.core(k)
}

// trainTime reports whether the clock time over tokens [i, j), with no
// zone and no a.m. or p.m., names a train, a bus or a flight by its
// departure, as timetables and commuters do: "the 0715 from Brighton",
// "the 07:15 to London Victoria", "a new 0720 service", "caught the 0715",
// "passengers on the 07:32". A number of four figures that could be a
// year ("the 1830 from Paddington") counts only after "the" and before
// "from" or "to" and a capitalised name, or a noun of a service; "the
// 0800 number", "the 1500 metres", "in 1830 from Paris" are none.
func (t *tagger) trainTime(i, j int) bool {
	four := j == i+1
	yearLike := four && t.toks[i].n >= 1000
	service := t.fromPlace(j) || serviceNoun(t.w(j))
	prev := t.w(i - 1)
	if yearLike {
		// "the 2008 from Chateau Latour" (a vintage), "the 2010 from
		// BMW" (a model), "the 2300 from Syria" (a count): a number that
		// could be a year names a train only in a sentence of transport
		return service && (prev == "the" || prev == "new") && (serviceNoun(t.w(j)) || t.transportNear(i, j) && !(t.pluralAfterPlace(j) && !preposition(t.w(i-2))))
	}
	if service {
		// "as 0715 from Brighton is axed" in a headline: a leading zero
		// or a colon is no count
		return prev == "the" || prev == "new" || t.toks[i].w[0] == '0' || !four
	}
	if prev != "the" {
		return false
	}
	switch t.w(i - 2) {
	case "catch", "catches", "caught", "catching", "take", "takes", "took", "taking", "board", "boarded", "boarding", "miss", "missed", "on", "or", "and":
		// "caught the 0715", "passengers on the 07:32", "the 0702 or
		// the 0734": a train the text named so before, or a verb of
		// travel
		if t.w(i-2) == "or" || t.w(i-2) == "and" {
			return t.is(i-4, "the") && t.toks[i-3].kind == kNum && (len(t.toks[i-3].w) == 4 || t.is(i-3+1, ":")) || t.toks[i-3].kind == kNum && t.is(i-3-2, ":")
		}
		return true
	}
	return t.is(j, "or") && t.is(j+1, "the") && j+2 < len(t.toks) && t.toks[j+2].kind == kNum && len(t.toks[j+2].w) == len(t.toks[i].w) && t.trainVerbBefore(i)
}

// trainVerbBefore reports whether a verb of travel stands right before the
// "the" at i-1 ("catch the 0702 or the 0734").
func (t *tagger) trainVerbBefore(i int) bool {
	switch t.w(i - 2) {
	case "catch", "catches", "caught", "catching", "take", "takes", "took", "taking", "board", "boarded", "boarding", "miss", "missed", "on":
		return true
	}
	return false
}

// serviceClock values a train named by its departure (trainTime): on the
// day the text gives it, as any clock time ("On Monday the 07:15 from
// Brighton was cancelled"), else a service of any day, XXXX-XX-XXT07:15
// ("will scrap the 0715 from Brighton"), not the reference day's.
func (t *tagger) serviceClock(i, j, h, m int) cand {
	return t.anyDayService(t.clockDay(i, j, h, m), i)
}

// anyDayService turns the clock time c of a service named by its
// departure at token i into any day's, XXXX-XX-XXT07:15, when neither the
// sentence nor the clock time gives its day; a day right after the
// service's name gives it ("the 8am train on Tuesday", "the 0715 from
// Brighton yesterday").
func (t *tagger) anyDayService(c cand, i int) cand {
	for k := c.j; k < len(t.toks) && k < c.j+6 && !t.toks[k].nl && t.toks[k].kind == kWord; k++ {
		if t.is(k, "every") || t.is(k, "each") || t.is(k, "daily") {
			break // "the 6.10am train from Yishun every Sunday": a habit
		}
		if d := t.core(k); d.ok() && d.typ == Date && len(d.val) == 10 && (t.is(k-1, "on") || d.val != fmtDay(t.ref) || t.deicticDayWord(k)) {
			if len(c.val) == 16 {
				c.val = d.val + c.val[10:]
			}
			return c
		}
	}
	if c.noDay && len(c.val) == 16 && valueOnDay(c.val, t.ref) && !(t.anchored && t.anchorAt <= i && t.sameSentence(t.anchorAt, i)) {
		c.val = "XXXX-XX-XX" + c.val[10:]
	}
	return c
}

// hijriYear reports whether the four figures at i are a year of the
// Islamic calendar: before "AH", "A.H." or "Hijri" ("1434 AH"), or after
// an Islamic month, its day and a comma ("Shawwal 1, 1433", "Ramadan
// 1433", "the 27th of Ramadan, 1433"). The caller keeps to 1300-1499,
// the Hijri years of the last two centuries.
func (t *tagger) hijriYear(i int) bool {
	switch t.w(i + 1) {
	case "hijri", "hijra":
		return true
	case "ah":
		tk := t.toks[i+1]
		return t.text[tk.s:tk.e] == "AH" // not "ah", an interjection
	case "a":
		return t.is(i+2, ".") && t.is(i+3, "h")
	}
	k := i - 1
	if t.is(k, ",") {
		k--
	}
	if k >= 0 && t.toks[k].kind == kNum {
		k--
	}
	switch t.w(k) {
	case "muharram", "safar", "rajab", "shaban", "ramadan", "ramzan", "ramazan", "shawwal", "hijjah", "qadah", "awwal", "thani", "akhir", "ula", "akhirah":
		return t.toks[k].upper
	}
	return false
}

// fromPlace reports whether "from" or "to" and a capitalised name stand
// at j ("the 0715 from Brighton").
func (t *tagger) fromPlace(j int) bool {
	return (t.is(j, "from") || t.is(j, "to")) && j+1 < len(t.toks) && t.toks[j+1].upper && t.toks[j+1].kind == kWord && !t.toks[j+1].nl
}

// trainShape reports whether the four figures over [i, j) that could be a
// year stand as a train's name does, after "the" or "new" and before
// "from" or "to" and a name, in a sentence that speaks of no transport
// (trainTime): "The 1830 from Paddington will be withdrawn", "the 2008
// from Chateau Latour", "the 2300 from Syria". Neither a year nor a train
// is sure there.
func (t *tagger) trainShape(i, j int) bool {
	return (t.is(i-1, "the") || t.is(i-1, "new")) && t.fromPlace(j)
}

// pluralAfterPlace reports whether a verb of the plural follows the place
// after "from" or "to" at j: "The 1500 to Madrid were deported on a
// flight" counts people; a train is one ("the 0715 from Brighton was
// cancelled"; "Commuters on the 1745 from Waterloo were stuck" is the
// verb of another subject, which the caller tells by the preposition).
func (t *tagger) pluralAfterPlace(j int) bool {
	k := j + 1
	for k < len(t.toks) && k < j+5 && t.toks[k].kind == kWord && t.toks[k].upper && !t.toks[k].nl {
		k++
	}
	switch t.w(k) {
	case "were", "are", "have", "had":
		return true
	}
	return false
}

// transportNear reports whether the sentence around the clock time over
// [i, j) speaks of transport (a train, a passenger, a station, a
// timetable): "Commuters on the 1745 from Waterloo", not "the 2008 from
// Chateau Latour was the best wine".
func (t *tagger) transportNear(i, j int) bool {
	for k := range t.around(i, j, 30, stopLine) {
		switch t.w(k) {
		case "train", "trains", "service", "services", "rail", "railway", "railways", "commuter", "commuters",
			"passenger", "passengers", "platform", "station", "timetable", "timetables", "carriage", "carriages",
			"coach", "bus", "ferry", "flight", "departure", "line", "operator", "franchise":
			return true
		}
	}
	return false
}

// serviceNoun reports whether w names a service a clock time may name by
// its departure ("the 0720 service", "the 6.10am train").
func serviceNoun(w string) bool {
	switch w {
	case "service", "services", "train", "trains", "departure", "express", "bus", "flight", "sailing", "ferry":
		return true
	}
	return false
}

// habitWordIn reports whether tokens [i, j) hold a word of a habit or
// of a change to one: "every", "each", "daily", "instead".
func (t *tagger) habitWordIn(i, j int) bool {
	for k := i; k < j; k++ {
		switch t.w(k) {
		case "every", "each", "daily", "instead":
			return true
		}
	}
	return false
}

// weeklyClause reports whether a weekday in the plural ("Sundays") stands
// before the clock time at token i in its sentence, with no day named
// between: "the first trains on Sundays will start at 7am instead of
// 5.30am" gives the hours of every such day, no day of the reference
// week ("Shops open on Sundays, but on Monday at 9am the mall will
// close" keeps Monday's; "Shops are closed on Sundays, and the minister
// will speak at 3 p.m." is another clause, with no habit in it).
func (t *tagger) weeklyClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if t.endsAt(k, stopLine) {
			return false
		}
		tk := t.toks[k]
		if tk.w == "," && t.pluralWeekday(k-1) && t.clockRunOnly(k+1, i) {
			// a listing's hours right after its days: "open Tuesdays to
			// Sundays, 10 a.m.-5 p.m."
			return true
		}
		if tk.w == "," || tk.w == ";" {
			// another clause: only one that says the habit goes on
			// ("..., and services will run every 15 minutes until 9am")
			if !t.habitWordIn(k+1, i) {
				return false
			}
			continue
		}
		if tk.kind != kWord {
			continue
		}
		w := tk.w
		switch w {
		case "today", "tonight", "tomorrow", "yesterday":
			return false
		}
		if !tk.upper {
			continue
		}
		if _, ok := monthOf(w); ok {
			return false
		}
		if _, ok := weekdayOf(w); ok {
			return false
		}
		if len(w) > 6 && w[len(w)-1] == 's' && !t.is(k+1, "'") {
			if _, ok := weekdayOf(w[:len(w)-1]); ok {
				return true
			}
		}
	}
	return false
}

// pluralWeekday reports whether token k is a weekday in the plural,
// capitalized ("Sundays"), not a possessive ("Sunday's").
func (t *tagger) pluralWeekday(k int) bool {
	if k < 0 || k >= len(t.toks) || !t.toks[k].upper || t.is(k+1, "'") {
		return false
	}
	w := t.toks[k].w
	if len(w) <= 6 || w[len(w)-1] != 's' {
		return false
	}
	_, ok := weekdayOf(w[:len(w)-1])
	return ok
}

// clockRunOnly reports whether the tokens from a up to i hold nothing but
// the pieces of a range of clock hours (figures, "a.m.", "p.m.", a dash,
// "to", "until", "noon"), so that the clock time at i follows a comma
// directly or as the second end of such a range ("Sundays, 10 a.m.-5 p.m.").
func (t *tagger) clockRunOnly(a, i int) bool {
	if a >= len(t.toks) || t.toks[a].kind != kNum {
		return false
	}
	for m := a; m < i; m++ {
		tm := t.toks[m]
		switch {
		case tm.kind == kNum:
		case tm.kind == kPunct && tm.w != "," && tm.w != ";":
		default:
			switch tm.w {
			case "a", "p", "m", "am", "pm", "a.m", "p.m", "to", "until", "till", "noon":
			default:
				return false
			}
		}
	}
	return true
}

// deicticDayWord reports whether token k is "today", "tonight",
// "yesterday" or "tomorrow".
func (t *tagger) deicticDayWord(k int) bool {
	switch t.w(k) {
	case "today", "tonight", "yesterday", "tomorrow":
		return true
	}
	return false
}

// habitTimeBefore reports whether the clock time at token i goes on, in
// its sentence and with no day named since, from a clock time of a habit
// ("will depart Atlanta at 6:05 p.m. daily and arrive in Lisbon at 7:55
// a.m. local time"): the arrival is any day's too. The subject must go on
// after "and" with a verb ("..., but the minister arrived at 10 a.m.",
// "and on Monday the first left at 7 a.m." are told of a day), or a new
// subject ("the", "a", "it", "they") in a clause neither past nor future
// ("Gates open at noon each day, and the last act finishes by 10.30pm";
// "and the minister arrived at 10 a.m." and "and the final will start at
// 8pm" are told of a day).
func (t *tagger) habitTimeBefore(i int) bool {
	if len(t.lastTime) < 11 || t.lastTime[:11] != "XXXX-XX-XXT" || t.lastTimeAt > i || i-t.lastTimeAt > 16 || !t.sameSentence(t.lastTimeAt, i) {
		return false
	}
	if t.anchored && t.anchorAt >= t.lastTimeAt {
		return false
	}
	// the same subject goes on: "and" then a verb, no "but" and no
	// clause of its own ("..., but the minister arrived at 10 a.m.")
	and, subject := false, false
	for k := t.lastTimeAt; k < i; k++ {
		switch t.w(k) {
		case "but", ";", "while", "whereas", "although":
			return false
		case "and":
			n := t.toks[min(k+1, len(t.toks)-1)]
			switch n.w {
			case "the", "a", "an", "it", "they":
				// "Gates open at noon each day, and the last act
				// finishes by 10.30pm": a new subject keeps the habit
				// unless its clause is in the past or the future
				// (below)
				subject = true
				continue
			case "he", "she", "we", "i", "you", "on", "at", "in", "by":
				return false
			}
			and = n.kind == kWord && !n.upper
		}
	}
	if and {
		return true
	}
	if !subject {
		return false
	}
	tn := t.tenseAt(i, i+1)
	return tn == tPresent || tn == tNone
}

// namedDayThen gives the token of a day-precision date that follows, after
// "on" or a comma, a name of a day of an occasion at token k: up to four
// words ending in "day" that are no date themselves ("at 8am on A-level
// results day on Thursday 13 August", "at 7am on polling day, Thursday 7
// May"): the clock time before is of that date. It gives 0 when no such
// date follows ("at 9am on results day" alone, "at 10am on the first day
// of the trial").
func (t *tagger) namedDayThen(k int) int {
	if d := t.coreOrThe(k); d.ok() {
		return 0
	}
	for m := k; m < len(t.toks) && m < k+5; m++ {
		tk := t.toks[m]
		if tk.nl && m > k || tk.kind == kPunct && tk.w != "-" {
			return 0
		}
		if tk.kind != kWord || !t.is(m, "day") {
			continue
		}
		n := m + 1
		if !t.is(n, "on") && !t.is(n, ",") {
			return 0
		}
		if d := t.core(n + 1); d.ok() && d.i == n+1 && d.typ == Date && len(d.val) == 10 {
			return n + 1
		}
		return 0
	}
	return 0
}

// logHeadingDay returns the day of a log's heading above the clock time
// opening a line at token i: the last day named alone on a line stands on
// an earlier line ("Monday, Jan. 19", "Saturday 24 January"), and every line between
// opens with a clock time, as the entries of a police log or a fire
// department's call list do. Any other line between ends the log.
func (t *tagger) logHeadingDay(i int) (time.Time, bool) {
	if i > 0 && !t.toks[i].nl || !t.logSet || t.logIn >= i {
		return time.Time{}, false
	}
	end := i
	for k := i - 1; k >= 0; k-- {
		if k > 0 && !t.toks[k].nl {
			continue
		}
		if t.logIn == k {
			return t.logDay, t.dateOnlyLine(k, end)
		}
		if t.toks[k].kind != kNum || !t.is(k+1, ":") && !t.is(k+1, ".") || k+2 >= end || t.toks[k+2].kind != kNum {
			return time.Time{}, false
		}
		end = k
	}
	return time.Time{}, false
}

// dateOnlyLine reports whether tokens [k, end) hold a day's date and
// nothing else: weekday and month names, figures, commas and periods, at
// most eight tokens.
func (t *tagger) dateOnlyLine(k, end int) bool {
	if end-k > 8 {
		return false
	}
	named := false
	for m := k; m < end; m++ {
		switch tk := t.toks[m]; {
		case tk.kind == kNum:
		case tk.kind == kPunct && (tk.w == "," || tk.w == "."):
		case tk.kind == kWord:
			_, wd := weekdayOf(tk.w)
			_, mo := monthOf(tk.w)
			if !wd && !mo {
				return false
			}
			named = true
		default:
			return false
		}
	}
	return named
}

// fromClockBefore reports whether "from" and a clock time written with a
// colon ("from 20:00", "from 9:30 a.m.") stand within ten tokens before
// token k in its sentence, and the minutes of the day that clock time
// gives.
func (t *tagger) fromClockBefore(k int) (int, bool) {
	for m := k - 1; m >= 0 && m >= k-10; m-- {
		if t.endsAt(m, 0) {
			return 0, false
		}
		if t.is(m, "from") && m+3 < k && t.toks[m+1].kind == kNum && t.is(m+2, ":") && t.attached(m+2) && t.toks[m+3].kind == kNum && t.attached(m+3) {
			h := t.toks[m+1].n
			if ap := t.w(m + 4); (ap == "pm" || ap == "p.m" || ap == "p") && h < 12 {
				h += 12 // "from 9:30 p.m."
			}
			return h*60 + t.toks[m+3].n, true
		}
	}
	return 0, false
}

// logEntryDay returns the day of the log heading (logHeadingDay) above
// the entry whose line holds token i and opens with a clock time.
func (t *tagger) logEntryDay(i int) (time.Time, bool) {
	k := i
	for k > 0 && !t.toks[k].nl {
		k--
	}
	if k == i || t.toks[k].kind != kNum || !t.is(k+1, ":") && !t.is(k+1, ".") || k+2 >= i || t.toks[k+2].kind != kNum {
		return time.Time{}, false
	}
	return t.logHeadingDay(k)
}

// eraNear reports whether an era's abbreviation ("AD", "BC", "CE", "BCE")
// stands right before token i or at token j: "AD 800-1200", "800-1200 AD".
func (t *tagger) eraNear(i, j int) bool {
	for _, k := range [2]int{i - 1, j} {
		switch t.w(k) {
		case "ad", "bc", "ce", "bce":
			if t.toks[k].upper {
				return true
			}
		}
	}
	return false
}

// labelYear reports whether the year at i, right before a colon, closes
// the label a headline opens with ("General election 2015: Polls open",
// "Budget 2016: what it means"): a word of the label before it, on the
// same line, no preposition, article, verb or word of a clock ("Update
// 1930:", "Curfew 1800:", "at 1800:"), a year no later than ten after the
// reference year, and the rest of a headline after the colon (a word on
// the same short line with no sentence stop). A figure opening its line
// ("2000: Police say") stays a clock time.
func (t *tagger) labelYear(i int) bool {
	if i < 1 || t.toks[i].nl || t.toks[i-1].kind != kWord || t.toks[i].n < 1900 || t.toks[i].n > t.ref.Year()+10 {
		return false
	}
	switch w := t.w(i - 1); w {
	case "update", "updated", "updates", "curfew", "deadline", "time", "hours", "hrs", "gmt", "utc", "local", "pm", "am":
		return false
	default:
		if preposition(w) || determiner(w) || auxiliary(w) {
			return false
		}
	}
	k := i + 2
	if k >= len(t.toks) || t.toks[k].kind != kWord || t.toks[k].nl {
		return false
	}
	return t.headlineLine(i)
}

// sourceAfterColon reports whether the words from token k, after a
// headline's colon, are a source's name ending the line: one to three
// words and at most a period ("Coal gone by 2040: UN report").
func (t *tagger) sourceAfterColon(k int) bool {
	n := 0
	for ; k < len(t.toks) && t.toks[k].kind == kWord && (n == 0 || !t.toks[k].nl); k++ {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	if k < len(t.toks) && t.is(k, ".") {
		k++
	}
	return k >= len(t.toks) || t.toks[k].nl
}

// decadeName reports whether the capitalised decade word at i, after
// "the", is the first word of a name before a common noun: "the Forties
// pipeline system", "the Fifties field" (an oil field, a pipeline, a
// blend named so), where a decade would stand before a verb, a preposition
// or a clause ("The Sixties were", "in the Forties and Fifties", "the
// Seventies, when") or a noun of an age's people, culture or economy
// ("the Sixties generation", "the Nineties boom"). A lowercase decade
// ("the sixties generation") and one before a verb in -ed ("The Sixties
// changed America") stay decades.
func (t *tagger) decadeName(i int) bool {
	if !t.toks[i].upper || !t.is(i-1, "the") || i+1 >= len(t.toks) {
		return false
	}
	n := t.toks[i+1]
	if n.kind != kWord || n.upper || n.nl || t.attached(i+1) || strings.HasSuffix(n.w, "ed") {
		return false
	}
	switch n.w {
	case "and", "or", "but", "nor", "to", "in", "of", "on", "at", "by", "for", "from", "with", "into", "through", "until", "till",
		"when", "where", "while", "which", "that", "who", "as", "than", "onward", "onwards", "era", "decade",
		"was", "were", "is", "are", "had", "have", "has", "saw", "brought", "began", "gave", "made", "became", "came", "left", "seem", "seemed",
		// a noun of an age's people, culture or economy: "the Sixties
		// generation", "the Nineties boom" are of the decade
		"generation", "generations", "music", "style", "styles", "fashion", "fashions", "revival", "boom", "bust", "counterculture",
		"culture", "rock", "pop", "nostalgia", "heyday", "icon", "icons", "hit", "hits", "classic", "classics", "sitcom", "sitcoms":
		return false
	}
	return true
}
