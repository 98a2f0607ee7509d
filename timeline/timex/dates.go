package timex

// Month names, weekdays and deictic words.

import (
	"strings"
	"time"
	"unicode"
)

// monthDate parses "April 17, 2025", "Apr. 17", "March 2022", "April".
func (t *tagger) monthDate(i int) cand {
	tk := t.toks[i]
	m, _ := monthOf(tk.w)
	full := isFullMonth(tk.w)
	if !tk.upper {
		return cand{}
	}
	j := i + 1
	if !full {
		j = t.dot(j)
	}
	// day
	if j < len(t.toks) && t.toks[j].kind == kNum && len(t.toks[j].w) <= 2 && t.toks[j].n >= 1 && t.toks[j].n <= 31 {
		d := t.toks[j].n
		k := j + 1
		switch t.w(k) {
		case "st", "nd", "rd", "th":
			if t.attached(k) {
				k++
			}
		}
		// year
		y := 0
		kk := k
		if t.is(kk, ",") {
			kk++
		}
		if yc := t.yearOnly(kk); yc > 0 {
			y, k = yc, kk+1
		}
		if y == 0 {
			// "June 12 next year", "on March 3 last year": the year is named
			if ny := t.deicticYear(k); ny > 0 {
				y, k = ny, k+2
			}
		}
		if y == 0 {
			// "December 31 of that year", "May 2 of the following
			// year": the year counted from the date last named
			if ay, e := t.anaphoricYear(k); ay > 0 {
				y, k = ay, e
			} else if ay, e := t.anaphoricYearBare(k); ay > 0 {
				y, k = ay, e // "on May 2 that year"
			}
		}
		if y == 0 && t.namedAttack(m, d, k) {
			// "the Sept. 11 attacks": the name of an event of 2001
			return cand{i: i, j: k, typ: Date, val: "2001-09-11", still: true}
		}
		if y == 0 {
			y = t.inYear(k) // "on March 3 in 2011"
		}
		if y == 0 {
			y = t.yearBeforeDay(i, k) // "born in 1931, on May 5"
		}
		if y == 0 {
			y = t.eventOfYear(i) // "will hold next year's ceremony on Feb. 22"
		}
		if y == 0 {
			y = t.comingEventYear(i) // "The 2016 election will be held on Nov. 8"
		}
		if y == 0 {
			y = t.rangeEndYear(i, k, m, d) // "from March 3 to April 5, 2011"
		}
		if y == 0 {
			y = t.storyYear(i, k, m, d)
		}
		if y == 0 {
			y = t.rangeEndAfterStart(i, int(m), d) // "extended from Dec. 15 to Jan. 31"
		}
		if y == 0 {
			y = t.historyYear(i, k, m, d) // "On 16 January 1979 ... A fortnight later, on 1 February"
		}
		if y == 0 {
			y = t.spanYear(i, k, m, d) // "In the spring of 1942 ... Over the next four months ... on June 2"
		}
		if y == 0 {
			dir := t.yearDirection(i, k)
			if f := t.forDay(i, k); f < 0 || f > 0 && dir != strongFuture {
				dir = f // a plan still on keeps a stronger "is set for"
			}
			if t.deadlineAhead(i, m, d) || t.whenFuture(k) {
				dir = strongFuture // "The deadline for applications is 5 p.m. on 31 January"
			}
			if t.pastStretchEnd(i, k) {
				dir = strongPast // "Sales rose 4% in the six months to June 30" in May: last June's
			} else if (t.is(i-1, "ending") || t.is(i-1, "ended")) && dir != strongPast && t.periodBefore(i-2) || t.is(i-1, "ending") && t.is(i-2, "year") {
				// "the fiscal year ending May 31", "the five weeks ended
				// March 2": the end of a period reported near its end, the
				// nearest such day whatever the tense of the report
				dir = 0
			}
			if y = t.framedYearThrough(i, k); y == 0 {
				y = t.monthNamedYear(i, k, m)
			}
			if y == 0 {
				y = t.pickYear(dir, func(cy int) (time.Time, time.Time) { d := day(cy, m, d); return d, d })
			}
		}
		if !validDate(y, int(m), d) {
			return cand{}
		}
		return cand{i: i, j: k, typ: Date, val: fmtDay(day(y, m, d))}
	}
	// "July Fourth", "the July Fourth holiday": the day as an ordinal
	// word, before punctuation or a word of a holiday ("June second
	// quarter" is no date)
	if n, ok := ordinalWord(t.w(j)); ok && full && n >= 1 && n <= 31 && !t.is(j+1, "-") {
		next := j + 1
		end := next >= len(t.toks) || t.toks[next].kind == kPunct
		switch t.w(next) {
		case "holiday", "holidays", "weekend", "celebration", "celebrations", "parade", "fireworks", "recess", "break", "deadline":
			end = true
		}
		if end {
			y := t.namedEventYear(next) // "The July Fourth parade of 1976 was the biggest": that year's
			if y == 0 {
				y = t.pickYear(t.yearDirection(i, next), func(cy int) (time.Time, time.Time) { d := day(cy, m, n); return d, d })
			}
			if validDate(y, int(m), n) {
				return cand{i: i, j: next, typ: Date, val: fmtDay(day(y, m, n))}
			}
		}
	}
	// "June last year", "January this year"
	if y := t.deicticYear(j); full && y > 0 {
		return cand{i: i, j: j + 2, typ: Date, val: fmtMonth(y, m)}
	}
	// "June of last year", "March of next year": one expression, as "June
	// of 2013" and "the first quarter of this year" ("Theresa May of last
	// year's cabinet", "The March of last year's marchers" are no months)
	if y := t.deicticYear(j + 1); full && y > 0 && t.is(j, "of") && (tk.w != "may" && tk.w != "march" || t.monthContext(i)) {
		return cand{i: i, j: j + 3, typ: Date, val: fmtMonth(y, m)}
	}
	// "November of that year", "March of the following year": the month
	// in the year of the date the text last named
	if y, e := t.anaphoricYear(j); full && y > 0 {
		return cand{i: i, j: e, typ: Date, val: fmtMonth(y, m)}
	}
	if y, e := t.anaphoricYearBare(j); full && y > 0 {
		return cand{i: i, j: e, typ: Date, val: fmtMonth(y, m)} // "in December that year"
	}
	// "March 2022", "March of 2022"
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y := t.yearOnly(k); y > 0 {
		return cand{i: i, j: k + 1, typ: Date, val: fmtMonth(y, m)}
	}
	if c := t.spokenYear(k); c.ok() {
		return cand{i: i, j: c.j, typ: Date, val: fmtMonth(atoi(c.val), m)}
	}
	if !full || tk.w == "may" && (!t.monthContext(i) || t.modalMay(i) || t.personMay(i)) || tk.w == "march" && !t.monthContext(i) {
		return cand{}
	}
	if t.habitual(i) || t.tenseAt(i, j) == tFuture && t.yearsHorizon(i, j, uYear) {
		// "The monsoon usually runs from June to September": any year's
		// month, a habit, not one of last, this or next year
		return cand{i: i, j: j, typ: Date, val: "XXXX-" + pad(int(m), 2)}
	}
	if y := t.inYear(j); y > 0 {
		return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)} // "met in March in 2011"
	}
	if y := t.rangeEndYear(i, j, m, 0); y > 0 {
		return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)} // "from January to March 2013"
	}
	if y := t.rangeAround(i, j, m); y > 0 && t.tenseAt(i, j) == tPresent {
		// "The monsoon season, which runs from June to September, has
		// brought less rain so far" in September: a range of months
		// that holds the reference month is the one under way ("will
		// run from June to September" is the next); across the turn of
		// the year ("Winter, which runs from December to March" in
		// February) it began last year
		return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)}
	}
	dir := t.yearDirection(i, j)
	wouldYear := t.wouldYear
	if t.figuresFor(i) {
		// "Figures for January will be published next month": the month
		// the figures cover, the nearest, whatever the tense of their
		// publication
		dir = 0
	}
	if d, ok := t.monthOfFigures(i, j); ok {
		dir = d
	}
	if t.contractMonth(i, j) {
		if t.lastSet && t.sameSentence(t.lastAt, i) && t.last.Before(day(t.ref.Year(), t.ref.Month(), 1)) {
			// "Last summer, crude for August delivery peaked", "On Nov.
			// 28, crude for January delivery fell": the contract then
			// traded, current or to come from the date the sentence
			// named before it, not from now
			y := t.last.Year()
			if m < t.last.Month() {
				y++
			}
			return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)}
		}
		if mm, ok := t.inMonthAfter(j); ok && mm <= t.ref.Month() {
			// "Crude for May delivery fell below zero in April" in a
			// June paper: the contract traded then, current or to come
			// from the month gone the sentence names after it, May 2020,
			// not the May to come
			y := t.ref.Year()
			if m < mm {
				y++
			}
			return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)}
		}
		dir = 1
	}
	if t.forecastFor(i) {
		dir = 1
	}
	if t.nextEventIn(i, j) {
		dir = 1
	}
	if t.reportedModalSubject(i, j) {
		dir = 1 // "Eskom said June would be difficult"
	}
	if t.disasterIn(i) {
		// "The hospital needs $2 million after the flood in August" in
		// June: a disaster dated by its month has happened, whatever
		// the tense of the clause around it (was the coming August)
		dir = strongPast
	}
	if s := t.modStart(i); t.forDay(s, j) < 0 {
		// "a conference initially planned for late May": a plan undone,
		// for a month gone by (a plan still on may be for data: "sales
		// for January" is no month to come)
		dir = -1
	}
	switch t.w(i - 1) {
	case "since", "until", "till", "before":
		if t.w(i-1) == "since" {
			// "has met every Sunday since August" in July: a month a
			// state began in is gone, even the one just ahead
			dir = strongPast
		} else if t.w(i-1) != "before" && t.pastBeforeUntil(i-1) {
			// "was the deadliest until December": a state that lasted
			// until the month is over
			dir = -1
		} else if t.w(i-1) != "before" && t.whenPastAfter(j) && t.tenseAt(i, j) != tPresent && !t.modalBefore(i) {
			// "The truce held until March, when fighting resumed": a
			// clause of "when" in the past tells of the month, gone
			dir = strongPast
		} else {
			dir = 1
		}
	}
	switch t.w(i - 1) {
	case "through", "to", "until", "till", "-", "thru":
		if n := len(t.out); n > 0 && t.lastSet && t.lastAt == i-1 && len(t.out[n-1].Value) == 7 && t.out[n-1].Value[4] == '-' && t.out[n-1].Value[5] <= '9' {
			// "from June through November": the end of a range of months
			// is the first such month from its start on
			y := t.last.Year()
			if m < t.last.Month() {
				y++
			}
			return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)}
		}
	}
	if t.upFromIn(i, j) {
		dir = strongPast // "up from 5.2 months in May": a figure measured
	}
	y := t.framedYear(i, j)
	if y == 0 {
		y = t.historyYear(t.modStart(i), j, m, 0) // "on 4 January 1951. It was retaken in March"
	}
	if y == 0 && wouldYear > 0 && dir != 0 {
		// "In 2011, he said the plant would open in March": the first
		// March after words said in some month of 2011, that year's or
		// the next; the year is not known (was counted from now)
		return cand{i: i, j: j, typ: Date, val: "XXXX-" + pad(int(m), 2)}
	}
	if y == 0 {
		y = t.pickYear(dir, func(cy int) (time.Time, time.Time) { return day(cy, m, 1), lastOfMonth(cy, m) })
	}
	return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)}
}

// rangeEndYear returns the year of a range's start over [i, k), a month
// (day 0) or a month and day with no year, from the range's end when that
// writes its year: "from March 3 to April 5, 2011", "for the period 1
// January to 31 March 2013", "between June and August 2010", "from
// November to February 2011" (the year before: the start is not after
// the end), "from December to March last year" (the end's year named by
// "last year", "this year", "next year"). It returns 0 when no end with
// a year follows.
func (t *tagger) rangeEndYear(i, k int, m time.Month, d int) int {
	switch t.w(k) {
	case "to", "until", "till", "through", "-", "–":
	case "and":
		if !t.is(i-1, "between") {
			return 0
		}
	default:
		return 0
	}
	if k+1 >= len(t.toks) {
		return 0
	}
	if _, ok := monthOf(t.w(k + 1)); !ok && t.toks[k+1].kind != kNum {
		return 0
	}
	e := t.core(k + 1)
	inYear := 0
	if e.ok() && t.is(e.j, "in") && e.j+1 < len(t.toks) && t.toks[e.j+1].kind == kNum && len(t.toks[e.j+1].w) == 4 && !t.is(e.j+2, "-") && !t.is(e.j+2, "/") && t.phraseEnds(e.j+2) {
		// "ran from December to March in 2014": the year after the
		// range's end is its year, as if written with it
		inYear = t.toks[e.j+1].n
	}
	if !e.ok() || e.typ != Date || len(e.val) < 7 || e.val[4] != '-' || e.val[5] > '9' || t.yearOnly(e.j-1) == 0 && !t.deicticYearEnds(e.j) && inYear == 0 {
		return 0
	}
	y, em, ed := atoi(e.val[:4]), time.Month(atoi(e.val[5:7])), 32
	if inYear != 0 && t.yearOnly(e.j-1) == 0 && !t.deicticYearEnds(e.j) {
		y = inYear
	}
	if len(e.val) == 10 {
		ed = atoi(e.val[8:10])
	}
	if m > em || m == em && d > ed {
		y--
	}
	return y
}

// pastStretchEnd reports whether the day over [i, j) closes a stretch
// after "to", "through" or "ended" ("the six months to June 30", "the
// year through 30 June", "the quarter ended June 30") in a clause whose verb is in the past and is no verb of
// speech: figures told as past cover a stretch that is over, so its last
// day is gone, even one within weeks ahead ("said sales would rise in the
// six months to June 30" takes its tense from elsewhere and is left alone).
func (t *tagger) pastStretchEnd(i, j int) bool {
	if !t.is(i-1, "to") && !t.is(i-1, "through") && !t.is(i-1, "ended") {
		return false
	}
	if !t.periodBefore(i-2) && !t.is(i-2, "year") && !t.is(i-2, "week") && !t.is(i-2, "period") {
		return false
	}
	if !t.is(i-1, "ended") && !t.figuresIn(i-3) {
		// "The scheme was extended for the six months to June 30": a
		// stretch a decision covers may be to come; only one figures
		// happened "in" is over
		return false
	}
	c, k := t.tenseCue(i, j)
	return c == tPast && k >= 0 && !reportingVerb(t.w(k))
}

// reportDated reports whether the weekday at i dates a report of what
// the sentence tells: "Last year's floods killed 400 people, officials
// said on Monday", "in a report published on Monday". The report is the
// text's own, in the reference week, whatever year its sentence opened
// with.
func (t *tagger) reportDated(i int) bool {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	return reportingVerb(t.w(k)) || t.is(k, "published") || t.is(k, "released")
}

// figuresIn reports whether the words of a stretch ending at token k
// ("the six months", "the year") follow "in", "over" or "during": "rose 4%
// in the six months to June 30" tells of figures within it, "extended for
// the six months to June 30" or "the first weeks of the quarter to June
// 30" need not.
func (t *tagger) figuresIn(k int) bool {
	for m := k; m >= 0 && m >= k-4; m-- {
		if t.toks[m].kind != kWord && t.toks[m].kind != kNum {
			return false
		}
		switch t.w(m) {
		case "in", "over", "during":
			return true
		case "for", "of", "to", "from", "by", "on", "at", "with":
			return false
		}
	}
	return false
}

// anaphoricYear returns the year that "of that year", "of the same year",
// "of the following (next) year", "of the previous year" at token k name,
// counted from the date the text last named, and the end of those words;
// 0 when no such words stand there or no date was named.
func (t *tagger) anaphoricYear(k int) (int, int) {
	if !t.is(k, "of") {
		return 0, 0
	}
	return t.anaphoricYearAt(k + 1)
}

// anaphoricYearAt is anaphoricYear from the word after "of" ("that
// year", "the same year", ...).
func (t *tagger) anaphoricYearAt(k int) (int, int) {
	if !t.lastSet {
		return 0, 0
	}
	y := t.last.Year()
	switch {
	case t.is(k, "that") && t.is(k+1, "year"):
		return y, k + 2
	case t.is(k, "the") && t.is(k+2, "year"):
		switch t.w(k + 1) {
		case "same":
			return y, k + 3
		case "following", "next":
			return y + 1, k + 3
		case "previous", "preceding":
			return y - 1, k + 3
		}
	}
	return 0, 0
}

// anaphoricYearBare is anaphoricYear without "of", right after a month
// or a day: "in December that year", "on May 2 the following year". The
// year must end the phrase: "that year's", "that year-end", "that year
// two", "that year after year" are other words ("said in May that
// year-on-year sales rose").
//
// A year written as a modifier earlier in the sentence ("the honoraria
// for the 2016 elections were released only in December that year") is
// the year "that year" speaks of, though a modifier year does not move
// the text's last date.
func (t *tagger) anaphoricYearBare(k int) (int, int) {
	y, e := t.anaphoricYearAt(k)
	if y == 0 || e < len(t.toks) && (t.is(e, "'") || t.is(e, "’") || t.is(e, "-") || t.toks[e].kind == kNum || t.is(e+1, "year")) {
		return 0, 0
	}
	if t.is(k, "that") && len(t.out) > 0 {
		last := t.out[len(t.out)-1]
		for m := k - 1; m >= 0 && m >= k-30; m-- {
			if t.toks[m].kind == kPunct && t.punctEnds(m, 0) || t.toks[m].nl {
				break
			}
			if int(t.toks[m].s) == last.Start && len(last.Value) == 4 && last.Text == last.Value && t.toks[m].kind == kNum {
				return atoi(last.Value), e
			}
		}
	}
	return y, e
}

// deicticYear returns the year that "last year", "this year" or "next
// year" at token k names, or 0 when no such words stand there.
func (t *tagger) deicticYear(k int) int {
	if !t.is(k+1, "year") {
		return 0
	}
	switch t.w(k) {
	case "last":
		return t.ref.Year() - 1
	case "this":
		return t.ref.Year()
	case "next":
		return t.ref.Year() + 1
	}
	return 0
}

// namedAttack reports whether the month and day m, d without a year,
// followed by token k, name the attacks of 11 September 2001 in a text
// written after them: "the Sept. 11 attacks", "the September 11 terrorist
// attacks", "the Sept. 11 hijackers". The date names the event, as
// "Pearl Harbor" does, so its year is not the one nearest the reference
// day ("since the Sept. 11 attacks" in a 2013 paper is 2001). A bare
// "Sept. 11" ("the vote on Sept. 11") keeps the nearest year.
func (t *tagger) namedAttack(m time.Month, d, k int) bool {
	if m != time.September || d != 11 || !t.ref.After(day(2001, time.September, 12)) {
		return false
	}
	if t.is(k, "terrorist") || t.is(k, "terror") {
		k++
	}
	switch t.w(k) {
	case "attacks", "attackers", "hijackers", "hijackings", "hijacker", "plotters", "commission", "memorial", "victims", "terrorist", "terror":
		// the plural: "the Sept. 11 attack" alone may be another one (on
		// the US consulate in Benghazi, 2012), which the year rule dates
		return true
	}
	return false
}

// monthContext reports whether an ambiguous month name (May, March) stands
// after a word that introduces a date, after a superlative of the weather
// ("the wettest May on record"), or after "into" and a verb of lasting
// ("continue into March").
func (t *tagger) monthContext(i int) bool {
	switch t.w(i - 1) {
	case "in", "since", "until", "till", "by", "of", "early", "late", "mid", "-", "last", "next", "this", "from", "through", "before", "after", "during", "between", "and", "to":
		return true
	case "or":
		// "expected in February or March", "in January or May": the
		// second of two months offered, both capitalised, the first in a
		// month's context ("in June or march on the capital" is the verb;
		// "Johnson or May", "Either June or April will host" no month)
		if _, ok := monthOf(t.w(i - 2)); ok && isFullMonth(t.w(i-2)) && t.toks[i].upper && t.toks[i-2].upper && !t.toks[i].nl && t.monthContext(i-2) {
			return true
		}
	case "wettest", "driest", "hottest", "coldest", "warmest", "coolest", "snowiest", "sunniest", "stormiest", "windiest", "dullest", "mildest":
		// "the wettest May on record", "the third-warmest May since
		// 1895": a superlative of the weather ranks a month
		return true
	case "into":
		// "could continue into March", "well into May": a stretch that
		// lasts into the month ("tore into May" is a name)
		if n := i + 1; n < len(t.toks) && t.toks[n].upper && t.toks[n].kind == kWord && !t.toks[n].nl {
			return false // "runs into March Madness", "moved into March Hare Road": a name
		}
		switch t.w(i - 2) {
		case "run", "runs", "ran":
			// "The trial ran into May.": lasting, when the month ends its
			// phrase; "He ran into May at the conference" met someone
			n := i + 1
			return n >= len(t.toks) || t.toks[n].nl || t.toks[n].kind == kPunct && t.toks[n].w != "'" && t.toks[n].w != "’" || t.is(n, "and") || t.is(n, "when") || t.is(n, "before")
		case "well", "continue", "continues", "continued", "continuing", "last", "lasts", "lasted", "lasting", "extend", "extends", "extended",
			"stretch", "stretches", "stretched", "drag", "drags", "dragged", "persist", "persists", "persisted", "linger", "lingered", "over":
			return true
		}
	}
	switch t.w(i + 1) {
	case "to", "through", "-":
		// "for May to July 2015", "March-April": the first month of a
		// span of months whose end is a capitalised month ("may to
		// lose", "Theresa May to meet" are none: no month after)
		if t.toks[i].upper && i+2 < len(t.toks) && t.toks[i+2].upper && !t.toks[i+2].nl && (t.w(i+1) != "-" || t.attached(i+1) && t.attached(i+2)) {
			if _, ok := monthOf(t.w(i + 2)); ok && isFullMonth(t.w(i+2)) && t.w(i+2) != "may" && t.w(i+2) != "march" {
				return true
			}
		}
	case "sales", "figures", "data", "payrolls", "exports", "imports", "deliveries", "shipments", "statistics", "readings":
		// "will report May sales on June 3": a noun of figures, which
		// the modal "may" never stands before
		return !t.toks[i+1].upper
	case "delivery", "settlement", "shipment", "loading", "futures":
		// "crude futures for May delivery", "Brent for March settlement",
		// "May futures": a futures contract's month, capitalised ("may
		// delivery" is no phrase; "the deal may settle" has another word)
		return t.toks[i].upper && !t.toks[i+1].upper && (t.is(i-1, "for") || t.w(i+1) == "futures")
	}
	return t.monthAttribute(i)
}

// personMay reports whether the capitalised "May" at token i is a person
// the text has named before as "<Given name> May" or "<title> May"
// ("Theresa May", "Mrs May", "Prime Minister May"), now after "of", "to",
// "with" or "against" that a word of people or of dealings with them
// governs: "Critics of May say", "the resignation of May", "a letter to
// May", "loyal to May", "talks with May", "a vote against May". A month's
// phrase keeps the month whoever the text names: "the end of May", "the
// three months to May", "compared with May", "by May", "in May", "plans
// for May".
func (t *tagger) personMay(i int) bool {
	if !t.toks[i].upper || i < 2 {
		return false
	}
	switch t.w(i - 1) {
	case "of":
		switch t.w(i - 2) {
		case "critics", "critic", "supporters", "supporter", "allies", "ally", "opponents", "opponent", "rivals", "rival",
			"aides", "aide", "spokesman", "spokeswoman", "spokesperson", "friends", "friend", "enemies", "backers", "loyalists",
			"detractors", "leadership", "premiership", "resignation", "ouster", "removal", "successor", "predecessor", "fans":
		default:
			return false
		}
	case "to":
		switch t.w(i - 2) {
		case "letter", "letters", "message", "challenge", "threat", "blow", "loyal", "close", "closest", "successor",
			"adviser", "advisers", "advisor", "aide", "aides", "spoke", "wrote", "talked", "replied", "appealed", "deputy", "rival", "loyalty":
		default:
			return false
		}
	case "with", "against":
		switch t.w(i - 2) {
		case "met", "meet", "meets", "meeting", "talks", "talked", "spoke", "sided", "clashed", "agreed", "vote", "voted", "votes",
			"rebelled", "rebellion", "campaigned", "plotted", "plotting", "revolt":
		default:
			return false
		}
	default:
		return false
	}
	for k := i - 1; k > 0 && k >= i-5000; k-- {
		if !t.is(k, "may") || !t.toks[k].upper {
			continue
		}
		p := k - 1
		if t.is(p, ".") && t.attached(p) {
			p-- // "Mrs. May"
		}
		if q := t.toks[p]; q.kind == kWord && q.upper && !q.nl && t.givenOrTitle(p) {
			return true
		}
	}
	return false
}

// givenOrTitle reports whether the capitalised word at k, right before a
// capitalised "May", makes it a person's name: a title ("Mrs", "Ms",
// "Mr", "Minister", "Premier") or a word that no month follows ("Theresa
// May"; not "In May", "Last May", "Since May", "Until May", "Each May").
func (t *tagger) givenOrTitle(k int) bool {
	switch t.w(k) {
	case "mrs", "ms", "mr", "minister", "premier":
		return true
	case "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "that", "from", "through",
		"throughout", "before", "after", "during", "between", "and", "to", "each", "every", "come", "all", "on", "for", "also",
		"then", "but", "or", "even", "only", "not", "so", "as", "at", "into", "over", "around", "about", "the",
		"a", "an", "his", "her", "its", "their", "our", "my", "your", "past", "coming", "following", "previous", "same":
		return false
	}
	if _, ok := monthOf(t.w(k)); ok {
		return false // "April May June": a list of months
	}
	if _, ok := weekdayOf(t.w(k)); ok {
		return false // "Friday May 5" ("Friday, May" with a comma is no name either)
	}
	return len(t.w(k)) >= 3
}

// modalMay reports whether "may" at token i is the modal before its verb
// ("AND MAY BE UPDATED", "and may not"), whatever word stands before it
// but a preposition before a capitalised "May": no modal follows "in",
// "since", "until" ("Students who graduated in May face high debt"); "by"
// after a participle may bring the agent of a passive ("Measures announced
// by May face a vote"), and leaves the modal's reading.
func (t *tagger) modalMay(i int) bool {
	if tk := t.toks[i]; tk.upper && int(tk.e)-int(tk.s) == 3 && t.text[tk.s+1] == 'a' {
		// "in May" written "May", not "IN MAY BE" in a capitals headline
		switch t.w(i - 1) {
		case "by":
			if w := t.w(i - 2); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
				return false
			}
			// "Measures announced by May face a vote": the agent of a
			// passive, a person, as likely as a deadline
		case "in", "since", "until", "till", "during", "from", "through", "before", "after":
			return false
		}
	}
	switch t.w(i + 1) {
	case "be", "not", "have", "also", "well", "never", "still", "yet", "soon", "need", "want", "face", "take", "lose", "seek":
		return true
	}
	return false
}

// monthAttribute reports whether the capitalised "March" or "May" at token
// i qualifies a noun after a determiner or a possessive: "The March
// accession", "her May visit", "Russia's March election". A preposition
// or a verb after it makes it a name or a noun ("the March on
// Washington", "the March of Dimes", "The march was peaceful" is
// lower-case), and a capital after it a title ("March Madness").
func (t *tagger) monthAttribute(i int) bool {
	if i == 0 || i+1 >= len(t.toks) || !t.toks[i].upper {
		return false
	}
	switch t.w(i - 1) {
	case "the", "a", "an", "its", "his", "her", "their", "our", "my", "your":
	case "s":
		if !t.is(i-2, "'") || !t.attached(i-1) {
			return false
		}
	default:
		return false
	}
	n := t.toks[i+1]
	if n.kind != kWord || n.upper {
		return false
	}
	switch n.w {
	case "of", "on", "for", "to", "from", "through", "against", "in", "at", "across", "into", "toward", "towards", "by", "with",
		"and", "or", "is", "was", "were", "are", "will", "would", "has", "had", "have", "be", "been":
		return false
	}
	return true
}

// yearOnly returns the year at token i (a four-digit number, 1000–2100),
// or 0.
func (t *tagger) yearOnly(i int) int {
	if i < len(t.toks) && t.toks[i].kind == kNum && len(t.toks[i].w) == 4 && t.toks[i].n >= 1000 && t.toks[i].n <= 2100 {
		if t.w(i+1) == "s" && t.attached(i+1) {
			return 0
		}
		return t.toks[i].n
	}
	return 0
}

// dayMonth parses "17 April 2025", "23 April", "the 17th of April".
// firstDay parses the bare first day of a day-first range or pair: the
// "18" of "18-20 March", "between 18 and 20 March", "from 18 to 20 March".
// It takes the month and year of the day-month expression that follows and
// must name an earlier day.
func (t *tagger) firstDay(i int) cand {
	tk := t.toks[i]
	if len(tk.w) > 2 || tk.n < 1 || tk.n > 31 {
		return cand{}
	}
	switch t.w(i + 1) {
	case "-", "–", "and", "to", "or", "until", "through":
	case ",":
		// "on 27, 28 and 31 January", "on 3, 4, 5 and 7 February": a day
		// of a comma list that ends in a pair of days takes the pair's
		// month, each day after the one before ("on 27, 2 and 3 March"
		// is no list), the list after a preposition of time or a weekday
		// ("Gates 3, 4 and 5 May be closed" are gates)
		k := i + 2
		if !t.attached(i+1) || k >= len(t.toks) || t.toks[k].kind != kNum || t.toks[k].n <= tk.n || t.toks[k].nl || !t.dayListHead(i) {
			return cand{}
		}
		c := t.firstDay(k)
		if !c.ok() {
			return cand{}
		}
		val := c.val[:8] + pad(tk.n, 2)
		if _, _, ok := intervalOf(val); !ok {
			return cand{}
		}
		return cand{i: i, j: i + 1, typ: Date, val: val}
	case "/":
		// "the night of 5/6 June", "28/29 September": a night across two
		// days, written with a slash by British and military copy; only
		// the next day, attached ("5/16 June" is no range)
		if !t.attached(i+1) || !t.attached(i+2) || i+2 >= len(t.toks) || t.toks[i+2].n != tk.n+1 {
			return cand{}
		}
	default:
		return cand{}
	}
	k := i + 2
	if k >= len(t.toks) || t.toks[k].kind != kNum {
		return cand{}
	}
	c := t.dayMonth(k)
	if !c.ok() || len(c.val) != 10 || t.toks[k].n <= tk.n {
		return cand{}
	}
	val := c.val[:8] + pad(tk.n, 2)
	if _, _, ok := intervalOf(val); !ok {
		return cand{}
	}
	return cand{i: i, j: i + 1, typ: Date, val: val}
}

// ordinalDay parses a bare ordinal day of the month after a preposition
// and "the": "on the 25th", "by the 3rd." It is in the reference month,
// or the month before (past tense) or after (future tense) when that day
// of the reference month lies on the other side of the reference day.
func (t *tagger) ordinalDay(i int) cand {
	tk := t.toks[i]
	if len(tk.w) > 2 || tk.n < 1 || tk.n > 31 || !t.is(i-1, "the") {
		return cand{}
	}
	if t.is(i+2, "of") {
		if c := t.islamicMonthDay(i); c.ok() {
			return c // "the 29th of Ramadan"
		}
	}
	subject := false
	switch t.w(i - 2) {
	case "on", "by", "until", "till", "since", "from", "before":
	case "that":
		// "Heathrow said that the 27th would be its busiest day": the
		// day as the subject of a reported clause, before its verb
		subject = true
	default:
		return cand{}
	}
	switch t.w(i + 1) {
	case "st", "nd", "rd", "th":
		if !t.attached(i + 1) {
			return cand{}
		}
	default:
		return cand{}
	}
	j := i + 2
	if subject {
		switch t.w(j) {
		case "would", "will", "was", "is", "could", "should", "might":
		default:
			return cand{}
		}
	} else if j < len(t.toks) && t.toks[j].kind != kPunct && !dayEndWord(t.w(j)) {
		return cand{} // "on the 25th anniversary", "the 21st of March"
	} else if j < len(t.toks) && t.toks[j].kind == kWord && !t.is(j, "and") && !t.is(j, "or") && !t.is(j, "at") && t.tenseAt(i, j) == tPast {
		// told in the past, "on the 18th for a 70", "on the 15th when
		// his ball hit the flagstick" are holes of a round, laps of a
		// race, as often as days: only a day to come ("will stay shut on
		// the 26th for Republic Day") ends its phrase there
		return cand{}
	}
	if fy := t.framedYear(i, j); fy != 0 && fy != t.ref.Year() {
		// "Last year's Youth Day was marred by clashes, when students
		// fought police on the 16th": a day of a month the text does
		// not give, in another year than the reference month's
		return cand{}
	}
	y, m := t.ref.Year(), t.ref.Month()
	if !subject && t.lastSet && t.lastMon && (t.lastAt == i-2 || t.lastAt == i-3 && t.is(i-3, ",")) {
		// "arrive in November, on the 10th": the day of the month just
		// named
		d := t.last
		if !validDate(d.Year(), int(d.Month()), tk.n) {
			return cand{} // "in February, on the 30th": no such day
		}
		return cand{i: i, j: j, typ: Date, val: fmtDay(day(d.Year(), d.Month(), tk.n)), the: true}
	}
	dir := 0
	switch {
	case !subject:
		dir = t.yearDirection(i, j)
	case t.is(j, "was"):
		dir = -1
	case !t.is(j, "is"):
		dir = 1 // "would be its busiest day": the verb after the day, not the report's
	}
	switch {
	case dir < 0 && tk.n > t.ref.Day():
		m--
	case dir > 0 && tk.n < t.ref.Day():
		m++
	}
	d := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	if !validDate(d.Year(), int(d.Month()), tk.n) {
		return cand{}
	}
	return cand{i: i, j: j, typ: Date, val: fmtDay(day(d.Year(), d.Month(), tk.n)), the: true}
}

func (t *tagger) dayMonth(i int) cand {
	tk := t.toks[i]
	if len(tk.w) > 2 || tk.n < 1 || tk.n > 31 {
		return cand{}
	}
	j := i + 1
	switch t.w(j) {
	case "st", "nd", "rd", "th":
		if t.attached(j) {
			j++
		}
	}
	if t.is(j, "of") {
		j++
	}
	if j >= len(t.toks) || !t.toks[j].upper {
		return cand{}
	}
	m, ok := monthOf(t.w(j))
	if !ok {
		return cand{}
	}
	k := j + 1
	if !isFullMonth(t.w(j)) {
		k = t.dot(k)
	}
	y := 0
	if yc := t.yearOnly(k); yc > 0 {
		y, k = yc, k+1
	} else if t.is(k, ",") && t.yearOnly(k+1) > 0 {
		y, k = t.yearOnly(k+1), k+2
	}
	if ny := t.deicticYear(k); y == 0 && ny > 0 {
		y, k = ny, k+2 // "12 June next year"
	}
	if ay, e := t.anaphoricYear(k); y == 0 && ay > 0 {
		y, k = ay, e // "31 December of that year": the year of the date last named
	}
	if y == 0 {
		y = t.inYear(k) // "on 3 March in 2011"
	}
	if y == 0 {
		y = t.yearBeforeDay(i, k) // "born in 1926, on 11 February"
	}
	if y == 0 {
		y = t.rangeEndYear(i, k, m, tk.n) // "for the period 1 January to 31 March 2013"
	}
	if y == 0 {
		y = t.rangeEndAfterStart(i, int(m), tk.n) // "from 20 December to 4 January"
	}
	if y == 0 {
		y = t.storyYear(i, k, m, tk.n) // "On the evening of 6 April 1994 ... On 21 April", as "Nov. 10" after "Nov. 9, 1989"
	}
	if y == 0 {
		dir := t.yearDirection(i, k)
		if t.deadlineAhead(i, m, tk.n) || t.whenFuture(k) {
			dir = strongFuture // "The deadline for applications is 5 p.m. on 31 January"
		}
		if t.pastStretchEnd(i, k) {
			dir = strongPast // "Profit fell in the year to 30 June" in May: last June's
		}
		if y = t.framedYear(i, k); y == 0 {
			y = t.historyYear(i, k, m, tk.n)
		}
		if y == 0 {
			y = t.pickYear(dir, func(cy int) (time.Time, time.Time) { d := day(cy, m, tk.n); return d, d })
		}
	}
	if !validDate(y, int(m), tk.n) {
		return cand{}
	}
	// "the 15 March print edition", "the 3 May vote": the article is the
	// noun's after a day and month in figures and a word (as "the March 15
	// edition", "the third-quarter results"); "the 15th of March" keeps it
	the := !(j == i+1 && k < len(t.toks) && t.toks[k].kind == kWord && !t.toks[k].upper && attributiveNoun(t.w(k)))
	return cand{i: i, j: k, typ: Date, val: fmtDay(day(y, m, tk.n)), the: the}
}

// attributiveNoun reports whether w, right after a date, is the noun the
// date qualifies: an event's ("vote", "meeting") or a publication's or a
// limit's ("edition", "issue", "deadline", "target").
func attributiveNoun(w string) bool {
	switch w {
	case "edition", "issue", "print", "deadline", "target", "release", "update", "episode", "broadcast", "ceremony", "report", "announcement", "attack", "attacks", "deal", "agreement":
		return true
	}
	return eventNoun(w)
}

// weekday parses "Monday", "Monday morning", "Tuesday, April 15", with
// dir -1 (last), +1 (next) or 0 (by tense).
func (t *tagger) weekday(i, dir int) cand {
	wd, _ := weekdayOf(t.w(i))
	tk := t.toks[i]
	if !tk.upper && !t.caselessWeekday(i) || t.weekdayPaper(i) {
		return cand{}
	}
	if i+1 < len(t.toks) && t.toks[i+1].upper && t.toks[i+1].sp {
		switch t.w(i + 1) {
		case "street", "road", "lane", "avenue", "square", "st":
			return cand{} // "a branch on Friday Street": a place's name
		}
	}
	if dir == 0 && (t.is(i-1, "(") || t.is(i-1, "[")) && (t.is(i+1, ")") || t.is(i+1, "]")) {
		switch t.w(i - 2) {
		case "today", "yesterday", "tomorrow":
			// "We meet them today [Monday]": the editor's gloss names the
			// day of the word it follows (glossedDay)
			if c := t.deictic(i - 2); c.ok() && len(c.val) >= 10 {
				return cand{i: i, j: i + 1, typ: Date, val: c.val[:10]}
			}
		}
	}
	j := i + 1
	if len(tk.w) <= 4 {
		j = t.dot(j)
		if tk.w == "sun" || tk.w == "sat" || tk.w == "wed" || tk.w == "mon" {
			// words of their own ("The Sun"): a weekday only before a date
			k := j
			if t.is(k, ",") {
				k++
			}
			c := t.core(k)
			if !c.ok() || c.typ != Date || len(c.val) != 10 {
				return cand{}
			}
		}
	}
	// "Tuesday, April 15" / "Tuesday 15 April"
	k := j
	if t.is(k, ",") {
		k++
	}
	if k < len(t.toks) && !t.weekdayName(i) {
		var c cand
		if t.toks[k].kind == kNum {
			c = t.dayMonth(k)
		} else if _, ok := monthOf(t.w(k)); ok {
			c = t.monthDate(k)
			if len(c.val) != 10 {
				c = cand{}
			}
		}
		if c.ok() {
			// trust an explicit year; otherwise prefer the year that fits the weekday
			if d, _, ok := intervalOf(c.val); ok && d.Start.Weekday() != wd && !t.hasYear(k, c.j) {
				for _, dy := range []int{-1, 1} {
					alt := d.Start.AddDate(dy, 0, 0)
					if alt.Weekday() == wd {
						c.val = fmtDay(alt)
						break
					}
				}
			}
			c.i = i
			c.the = false
			return c
		}
	}
	if c := t.weekdayOrdinal(i, k, wd); c.ok() {
		return c // "Friday the 11th"
	}
	if t.weekdayName(i) {
		return cand{}
	}
	if (t.is(j, "of") || t.is(j, "in")) && t.is(i-2, "the") {
		if _, ok := ordinalWord(t.w(i - 1)); ok {
			return cand{} // "the last Monday of May", "the first Monday in October": an ordinal weekday of a month
		}
	}
	if dir == 0 && t.is(i-1, "the") && (t.is(j, "before") || t.is(j, "after")) {
		if c, ok := t.weekdayBeside(i, j, wd); ok {
			return c // "the Sunday after Thanksgiving", "the Thursday before Easter" (last year's)
		}
	}
	if fy := t.framedYear(i, j); dir == 0 && fy != 0 && fy != t.ref.Year() && !t.reportDated(i) {
		// "Last year the late May bank holiday saw 22 million journeys,
		// and traffic had been heaviest on the Friday evening": a weekday
		// of another year than the reference week's, which the text
		// does not place
		return cand{}
	}
	if dir == 0 && j == i+1 && (t.is(j, "next") || t.is(j, "last")) && !t.toks[j].upper && t.phraseEndsAfterNextLast(j+1) {
		// "on Monday next", "on Friday last" (Irish, Indian and older
		// British usage): the coming (the past) such day, never the
		// reference day itself; one expression ("Monday next week" is
		// the weekday of the week named, below)
		delta := (int(wd) - int(t.ref.Weekday()) + 7) % 7
		if t.is(j, "next") {
			if delta == 0 {
				delta = 7
			}
			return cand{i: i, j: j + 1, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, delta))}
		}
		back := (7 - delta) % 7
		if back == 0 {
			back = 7
		}
		return cand{i: i, j: j + 1, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, -back))}
	}
	if dir == 0 && j == i+1 && t.is(j, "week") && !t.toks[j].upper && t.weekdayWeekAt(i, wd) {
		// "on Thursday week", "by Monday week" (British and Irish usage):
		// a week after the coming such day, one expression; said on that
		// very weekday it may be a week or two off, and is left alone
		delta := (int(wd) - int(t.ref.Weekday()) + 7) % 7
		return cand{i: i, j: j + 1, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, delta+7))}
	}
	d := t.resolveWeekday(wd, dir, i, j)
	if sd, ok := t.storyWeekday(i, j, wd); ok && dir == 0 {
		d = sd // "On Saturday night" in a story told on Tuesday, Oct. 10, 1871
	}
	if g, ok := t.glossDay(i, wd); ok && dir == 0 {
		d = g // "from 0001 local time on Wednesday (2201 GMT on Tuesday)"
	}
	the := false
	if a, ok := t.theWeekdayAfter(i, j, wd); ok && dir == 0 {
		d, the = a, true // "on Saturday 21 September ... on the Sunday morning"
	}
	wk := j
	if t.is(wk, "of") {
		wk++ // "Monday of last week"
	} else if j == i+1 && (t.is(j, "through") || t.is(j, "to") || t.is(j, "-") || t.is(j, "–") || t.is(j, "and") && t.is(i-1, "between")) {
		if _, ok := weekdayOf(t.w(j + 1)); ok && t.toks[j+1].upper {
			wk = j + 2 // "Monday through Friday last week", "between Monday and Wednesday last week": the span's first day
			if t.is(wk, "of") {
				wk++
			}
		}
	}
	if dir == 0 && t.is(wk+1, "week") && !t.is(wk+2, "'") {
		// "Monday next week", "Friday last week": that weekday of the
		// week named after it (which stays an expression of its own)
		off := -1
		switch t.w(wk) {
		case "next":
			off = 7
		case "last":
			off = -7
		case "this":
			off = 0
		}
		if off != -1 {
			d = mondayOf(t.ref).AddDate(0, 0, off+(int(wd)+6)%7)
		}
	}
	if dir == 0 {
		if side, ok := t.thisWeekBefore(i); ok {
			// "more storms were possible later this week, with the
			// greatest risk on Wednesday": the weekday of the week the
			// sentence named, on the side of now that "later",
			// "earlier" or else the tense gives
			w := mondayOf(t.ref).AddDate(0, 0, (int(wd)+6)%7)
			if side == 0 {
				side = t.direction(i, j)
			}
			if side == 0 || side > 0 && !w.Before(t.ref) || side < 0 && !w.After(t.ref) {
				d = w
			}
		}
	}
	c := cand{i: i, j: j, typ: Date, val: fmtDay(d)}
	if the {
		c.i = i - 1 // the article says which Sunday, as in "the next morning"
	}
	if wd == time.Monday && t.is(i-1, "holiday") && t.is(i-2, "bank") && t.toks[i-1].upper && t.toks[i-2].upper {
		c.i = i - 2 // "Bank Holiday Monday": the Monday, named as Britain and Ireland name it
	}
	if p, ok := partOfDay(t.w(j)); ok {
		if t.weekdayShow(i, j) {
			return cand{}
		}
		c.j, c.typ, c.val = j+1, Time, c.val+"T"+p
		if k := j + 2; t.is(j+1, ",") && k < len(t.toks) {
			// "last seen on Tuesday evening, 10 October 2017": a date
			// after the part of the day restates the weekday's day, one
			// expression, as "Tuesday, August 9th, 2016"; the date's day
			// holds when its weekday is the one named
			var d cand
			if t.toks[k].kind == kNum {
				d = t.dayMonth(k)
			} else if _, ok := monthOf(t.w(k)); ok {
				d = t.monthDate(k)
			}
			if iv, _, ok := intervalOf(d.val); d.ok() && len(d.val) == 10 && ok && iv.Start.Weekday() == wd {
				c.j, c.val = d.j, d.val+"T"+p
			}
		}
	}
	return c
}

// caselessWeekday reports whether the lower-case weekday at i is a
// weekday all the same: a weekday's full name ("friday", not "sun" or
// "sat") in a text with no upper-case letter at all, as some broadcast
// transcripts and chat logs are typed ("the roads have been closed since
// tuesday night"). Where the text has capitals, a weekday in lower case
// is a word of its own ("his girl friday").
//
// Even there the weekday must stand after a word that governs a day
// ("on", "since", "until", "by", "last", "next", "this", ...; "and", "or",
// "to" after another weekday: "on friday and saturday") and be a word of
// its own, not part of a handle or an address ("follow @friday_news",
// "robinson crusoe met friday", "the sunday times party", "good friday"
// name no day).
func (t *tagger) caselessWeekday(i int) bool {
	if len(t.toks[i].w) < 6 {
		return false // "sun", "sat", "wed", "mon", "tues", "thur"
	}
	if !t.toks[i].sp || i+1 < len(t.toks) && !t.toks[i+1].sp && t.toks[i+1].kind != kPunct {
		return false
	}
	if i+1 < len(t.toks) && !t.toks[i+1].sp {
		switch t.w(i + 1) {
		case "_", "@", "/", "#":
			return false
		case ".":
			if i+2 < len(t.toks) && !t.toks[i+2].sp {
				return false // "friday.com"
			}
		}
	}
	switch t.w(i - 1) {
	case "on", "since", "until", "till", "by", "from", "through", "thru", "before", "after", "last", "next", "this", "every", "each", "early", "late", "of":
	case "and", "or", "to", "-":
		if _, ok := weekdayOf(t.w(i - 2)); !ok {
			return false
		}
	default:
		return false
	}
	if t.caseless == 0 {
		t.caseless = 2
		if strings.IndexFunc(t.text, unicode.IsUpper) < 0 {
			t.caseless = 1
		}
	}
	return t.caseless == 1
}

// weekdayName reports whether the capitalised weekday at i is part of a
// name with the capitalised word before it: "Super Tuesday", "Bloody
// Sunday", "Black Monday", "Patch Tuesday" (a software maker's monthly
// updates) are names, not the weekday before or after the reference day
// (Black Friday, Cyber Monday and Shrove Tuesday are computed as
// holidays); "the Good Friday Agreement" is the name of an accord, whose
// holiday declined its date, and its weekday is no date either. A date
// written after such a name ("Super Tuesday, March 1") stands alone.
func (t *tagger) weekdayName(i int) bool {
	if i <= 0 || !t.toks[i-1].upper || !t.toks[i].upper {
		return false
	}
	switch t.w(i - 1) {
	case "super", "bloody", "black", "blue", "cyber", "fat", "shrove", "giving", "manic", "spy", "patch",
		"good", "holy", "palm", "ash", "easter", "maundy":
		return true
	}
	return false
}

// weekdayPaper reports whether the weekday at i, in a line of running
// text, opens the title of a paper: after an article ("the", "a") and
// before a capitalised noun of a paper's name ("told the Sunday Times",
// "a Sunday Telegraph columnist", "the Sunday Herald", also after
// "weekly", "daily" or a possessive: "The weekly Sunday Times",
// "Britain's Sunday Telegraph"), no day ("on
// Sunday Times Square was packed" keeps its Sunday).
func (t *tagger) weekdayPaper(i int) bool {
	if t.weekdayTitle(i) {
		return true
	}
	k := i + 1
	if k >= len(t.toks) || !t.toks[k].upper || t.toks[k].nl || !t.toks[k].sp {
		return false
	}
	switch {
	case t.is(i-1, "the"), t.is(i-1, "a"):
	case t.is(i-1, "weekly"), t.is(i-1, "daily"), t.is(i-1, "s") && t.is(i-2, "'") && t.attached(i-1):
		// "The weekly Sunday Times", "Britain's Sunday Telegraph"
	default:
		return false
	}
	switch t.toks[k].w {
	case "times", "telegraph", "mirror", "express", "post", "herald", "mail", "tribune", "independent", "observer", "people", "sport":
		return !t.titleCaseLine(i)
	}
	return false
}

// weekdayTitle reports whether the weekday at i is part of a name, no
// day: "Sunday school" ("A Sunday school teacher was arrested on
// Monday"; "on Sunday", "last Sunday" before "school" keep the day), and
// the title of a paper's Sunday edition, "the Mail on Sunday", "the
// Independent on Sunday", when the title stands as a paper: after "in",
// "to", "told", "by", "for" or "from", or before "'s", "newspaper",
// "columnist", "editor", or before another day ("The story ran in the
// Mail on Sunday on Saturday"). "The Daily Mail on Sunday reported" and
// "the Mail on Sunday said" may date the report and keep the day.
func (t *tagger) weekdayTitle(i int) bool {
	if t.w(i) != "sunday" || !t.toks[i].upper {
		return false
	}
	switch t.w(i + 1) {
	case "school", "schools":
		switch t.w(i - 1) {
		case "on", "last", "this", "next", "by", "until", "since", "from", "every", "each", "before", "after":
			return false
		}
		return !t.titleCaseLine(i)
	}
	if !t.is(i-1, "on") || !t.is(i-3, "the") || !t.toks[i-2].upper || t.titleCaseLine(i) {
		return false
	}
	if w := t.w(i - 2); w != "mail" && w != "independent" {
		return false
	}
	switch t.w(i - 4) {
	case "in", "to", "told", "by", "for", "from":
		return true
	}
	switch t.w(i + 1) {
	case "'", "newspaper", "columnist", "editor":
		return true
	case "on":
		_, wd := weekdayOf(t.w(i + 2))
		return wd
	}
	return false
}

// weekdayShow reports whether the weekday at i and the part of the day at
// j, both capitalised, go on with another capitalised word in a line of
// running text: the name of a programme ("Saturday Night Live", "ESPN's
// Monday Night Football", "Friday Night Lights"), no night. In a
// headline in title case every word is capitalised and the rule says
// nothing ("Talks Resume Monday Morning In Geneva").
func (t *tagger) weekdayShow(i, j int) bool {
	k := j + 1
	if !t.toks[i].upper || !t.toks[j].upper || k >= len(t.toks) || !t.toks[k].upper || t.toks[k].kind != kWord || t.toks[k].nl || !t.toks[k].sp {
		return false
	}
	return !t.titleCaseLine(i)
}

// thisWeekBefore reports whether "this week" stands before token i in its
// sentence, and the side of now it points to: +1 after "later", -1 after
// "earlier", else 0.
func (t *tagger) thisWeekBefore(i int) (int, bool) {
	for k := i - 1; k > 0 && k >= i-40; k-- {
		tk := t.toks[k]
		if t.endsAt(k, stopLine|stopSemicolon) {
			return 0, false
		}
		if tk.w == "week" && t.is(k-1, "this") {
			switch t.w(k - 2) {
			case "later":
				return 1, true
			case "earlier":
				return -1, true
			}
			return 0, true
		}
	}
	return 0, false
}

// hasYear reports whether tokens [i, j) contain a four-digit year.
func (t *tagger) hasYear(i, j int) bool {
	for k := i; k < j; k++ {
		if t.yearOnly(k) > 0 {
			return true
		}
	}
	return false
}

// resolveWeekday returns the day named wd: the reference day itself when it
// is that weekday and no "last"/"next" says otherwise; else the previous
// (dir < 0) or following (dir > 0) one, with the tense deciding when dir is
// 0 (past and unmarked clauses point back, future and present ones forward).
func (t *tagger) resolveWeekday(wd time.Weekday, dir, i, j int) time.Time {
	delta := (int(wd) - int(t.ref.Weekday()) + 7) % 7 // days forward to wd
	if dir == 0 {
		if s, ok := t.spanStartBefore(i); ok {
			// "from 8am on Tuesday until 5pm on Wednesday": the end of a
			// span is the first such weekday on or after its start
			return s.AddDate(0, 0, (int(wd)-int(s.Weekday())+7)%7)
		}
		from, changed := t.changeBaseline(i) // one scan back for both uses below
		if changed && delta == 0 && !from.Equal(t.ref) {
			// "Shares rose to $12 on Friday, up from $10 on Monday" in a
			// Monday paper: the baseline lies before the day named, a
			// week back, not the reference day
			return from.AddDate(0, 0, -((int(from.Weekday())-int(wd)+6)%7 + 1))
		}
		if h, ok := t.headedLine(i); ok {
			if hw, _ := weekdayOf(t.w(h)); hw == wd {
				// "SATURDAY" over "Pride London marches from Baker
				// Street at 1pm on Saturday": the weekday of the heading
				// in the line it heads is the heading's own day
				return t.resolveWeekday(wd, 0, h, h+1)
			}
		}
		if d, ok := t.logEntryDay(i); ok && d.Weekday() == wd && t.tenseAt(i, j) != tFuture {
			// "A man was arrested on Monday" in an entry under "Monday,
			// Jan. 19": the heading's own day (see below)
			return d
		}
		if delta == 0 {
			return t.ref
		}
		if changed {
			// "would operate on Monday, up from 20 percent on Sunday": the
			// day a change is measured from lies before the day it
			// reaches, or before now, whatever the clause's tense
			back := (int(from.Weekday()) - int(wd) + 7) % 7
			if back == 0 {
				back = 7
			}
			return from.AddDate(0, 0, -back)
		}
		if t.anchored && t.anchorAt <= i && t.sameSentence(t.anchorAt, i) && t.wayForTo(i) {
			// "voted Tuesday to suspend the strike, clearing the way for
			// students to return to class Wednesday": what a deed makes
			// possible comes after the deed's day
			return t.anchor.AddDate(0, 0, (int(wd)-int(t.anchor.Weekday())+6)%7+1)
		}
		if t.anchored && t.anchorAt < i && t.sameSentence(t.anchorAt, i) && t.aheadOfDay(i) {
			// "The yen was at 157.2 on Tuesday, ahead of the Fed's
			// two-day meeting ending Wednesday": what a day's news comes
			// ahead of lies after that day, whatever the clause's tense
			return t.anchor.AddDate(0, 0, (int(wd)-int(t.anchor.Weekday())+6)%7+1)
		}
		tn := t.tenseAt(i, j)
		dir = t.direction(i, j)
		f := t.forDay(i, j)
		if f != 0 {
			dir = f
		} else if t.outcomeBefore(i) || tn == tPresent && t.respondingTo(i) {
			dir = -1
		}
		if t.expectationUndone(i) {
			dir = -1 // "had predicted that Friday would be dry, but it rained"
		}
		if tn == tPresent {
			if c, k := t.tenseCue(i, j); t.citedRelease(c, k, i) {
				dir = -1 // "according to the latest figures, out Friday."
			}
		}
		if tn == tPresent && t.is(j, "'") && t.is(j+1, "s") && t.attached(j) && !t.waitingFor(i) {
			// "follows Tuesday's declaration": a weekday in the possessive
			// dates a reported event; the present tense of the clause does
			// not send it forward ("are waiting for Friday's jobs report"
			// does)
			dir = -1
		}
		if t.possessiveDone(i, j) {
			dir = -1
		}
		if t.possessiveScheduled(j) {
			dir = 1
		}
		if t.possessiveSubjectVerb(j) > 0 {
			// "after Thursday's election left no party with a majority":
			// the day's event is the subject of a past verb, whatever
			// the clause around it says ("says he will try ...")
			dir = -1
		}
		if t.weekdaySubjectPast(i, j) {
			// "The reality is Monday went badly": a bare weekday right
			// before a verb in the simple past is its subject or times
			// it, gone either way, whatever the verb before it says
			dir = -1
		}
		if dir <= 0 && f == 0 && tn != tPast && !t.is(j, "'") && t.needOn(i) {
			dir = 1 // "The team needs a win on Sunday": a need is for a day to come
		}
		if dir <= 0 && f == 0 && !t.is(j, "'") && t.hasEventOn(i) >= 0 {
			dir = 1 // "He has one more race on Thursday": a schedule
		}
		if dir <= 0 && f == 0 && tn == tNone && t.riteNotice(i) {
			dir = 1 // "Mass of Christian Burial Tuesday, 10 a.m.": a notice's rite to come
		}
		if dir < 0 && f == 0 && 7-delta > delta && t.passiveForecastTo(i) {
			// "Temperatures were forecast to reach 40C on Saturday" in a
			// Friday paper: a forecast told in the past may be of a day
			// still to come, so the nearest such day ("..., and they
			// did" in a Tuesday paper is the Saturday gone)
			dir = 1
		}
		if dir < 0 && f == 0 && 7-delta > delta && (t.calledOff(j) || t.movedTo(i)) {
			// "Saturday's match was postponed" in a Friday paper: a day
			// whose event was called off may be still to come, so the
			// nearest such day, not the past one the tense alone gives
			dir = 1
		}
		if dir < 0 && f == 0 && delta != 0 && t.perfectCall(i, j) {
			// "The union has called a one-day strike on Monday": a present
			// perfect takes no day gone (English says "called ... on
			// Monday" of a day past), so the day is the action's, to come
			dir = 1
		}
		if dir > 0 && f == 0 && t.pastPlan(i) && t.butNever(j) {
			// "The vote was expected on Friday, but it never took place":
			// a plan told in the past that did not happen is of a day
			// gone, however near the next such day
			dir = -1
		}
		if dir > 0 && f == 0 && delta > 7-delta && t.pastPlan(i) && t.undoneAfter(j) {
			// "He was scheduled to be arraigned Monday, but the hearing
			// was postponed" in a Wednesday paper: a plan told in the
			// past and undone; the nearest such day, as for a day whose
			// event was called off, here the one gone
			dir = -1
		}
		if dir >= 0 && f == 0 && t.whenPastAfter(j) && tn != tPresent && !t.modalBefore(i) {
			// "The council ordered the bridge closed until Tuesday, when
			// repairs were finished", "Talks stalled until Tuesday, when
			// both sides returned": a clause of "when" in the past tells
			// of the day, gone
			dir = -1
		}
		if t.is(j, "deadline") && t.deadlineSet(i) && !t.deadlineGone(i, j) {
			// "The ECB set a Monday deadline": a deadline named by its
			// weekday is still to come when it is reported, unless it
			// was missed
			dir = 1
		}
		if f == 0 && t.is(i-1, "from") && t.untilFurtherNotice(j) && t.perfectBeenBefore(i) {
			// "The road has been closed from Monday until further
			// notice": a state the present perfect says holds now began
			// on the day gone ("will be closed from Monday" is to come)
			dir = -1
		}
		if n, ok := t.headingLine(i, j); ok && dir == 0 && tn == tNone && f == 0 {
			// "FRIDAY" on a line of its own over "The Wireless Festival
			// returns to Hyde Park": a listing's heading has no verb and
			// takes the tense of the line it heads, to come in the
			// present or the future, as a weekday in those lines is
			// ("MONDAY" over "Troops entered the town" stays gone)
			nt := t.lineTense(n)
			if nt == tPresent || nt == tFuture {
				dir = 1
			} else if nt == tNone {
				if p, ok := t.prevWeekdayHeading(i); ok {
					// "FRIDAY" over "The Wireless Festival returns" and
					// then "SATURDAY" over "Pride London marches from
					// Baker Street" (no verb the tagger knows): a run of
					// weekday headings goes forward in the order of the
					// week, once a heading before it was the reference
					// day or a day to come; a run of days gone keeps the
					// past
					pw, _ := weekdayOf(t.w(p))
					if d := t.resolveWeekday(pw, 0, p, p+1); !d.Before(t.ref) {
						return d.AddDate(0, 0, (int(wd)-int(d.Weekday())+6)%7+1)
					}
				}
			}
		}
		if dir == 0 && tn == tNone && t.is(i-1, "by") {
			// "The island needs to raise 5.8 billion euros by Monday": a
			// deadline in a clause with no tense, as a month and day after
			// "by"
			dir = 1
		}
		if dir == 0 {
			dir = -1
		}
		if d, ok := t.logEntryDay(i); ok {
			// "Monday, Jan. 19" over "4:15 p.m. -- A resident reported a
			// package stolen from her porch sometime since Friday": in a
			// log's entry a weekday is counted from the heading's day,
			// the entry's, not from the reference day: back for a day
			// gone (the heading's own weekday is that day), on for one
			// to come ("will appear in court on Friday")
			if dir < 0 {
				return d.AddDate(0, 0, -((int(d.Weekday()) - int(wd) + 7) % 7))
			}
			return d.AddDate(0, 0, (int(wd)-int(d.Weekday())+6)%7+1)
		}
	}
	if dir > 0 {
		if a, ok := t.sentenceAnchor(i); ok && t.tenseAt(i, j) == tFuture {
			// "said on Friday he would meet on Tuesday": the Tuesday after
			// that Friday
			return a.AddDate(0, 0, (int(wd)-int(a.Weekday())+6)%7+1)
		}
		if delta == 0 {
			delta = 7
		}
		return t.ref.AddDate(0, 0, delta)
	}
	back := (7 - delta) % 7
	if back == 0 {
		back = 7
	}
	return t.ref.AddDate(0, 0, -back)
}

// passiveForecastTo reports whether the weekday at i ends the infinitive
// of a passive forecast before it in its sentence ("were forecast to reach
// 40C on Saturday", "was predicted to peak on Sunday").
func (t *tagger) passiveForecastTo(i int) bool {
	for k := i - 1; k > 1 && k >= i-12; k-- {
		if t.endsAt(k, stopLine|stopSemicolon) || t.toks[k].kind == kPunct && t.toks[k].w == "," {
			return false
		}
		switch t.w(k) {
		case "forecast", "forecasted", "predicted", "projected":
			if !t.is(k+1, "to") || !t.is(k-1, "was") && !t.is(k-1, "were") {
				return false
			}
			// of the weather or the water ("Sales were forecast to rise
			// on Monday" keeps the tense)
			for m := k - 2; m >= 0 && m >= k-5; m-- {
				switch w := t.w(m); w {
				case "river", "rivers", "level", "levels", "tide", "tides", "water", "waters":
					return true
				default:
					if weatherWord(w) {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// whenPastAfter reports whether the date ending before token j is
// followed by ", when" and a clause whose first verb is a simple past
// that tells a deed ("until Tuesday, when both sides returned"); "on
// Tuesday, when repairs begin", "when the storm has passed" and "when
// officials said they would reopen" are not.
func (t *tagger) whenPastAfter(j int) bool {
	if !t.is(j, ",") || !t.is(j+1, "when") {
		return false
	}
	for k := j + 2; k < len(t.toks) && k < j+10; k++ {
		if t.toks[k].kind == kPunct || t.toks[k].nl {
			return false
		}
		if c := t.cue(k); c != tNone {
			switch w := t.w(k); w {
			case "has", "have", "had", "is", "are", "will", "would":
				return false
			default:
				if reportingVerb(w) {
					return false
				}
			}
			return c == tPast
		}
	}
	return false
}

// modalBefore reports whether a modal ("will", "would", "could") stands
// before token i in its sentence, within 15 tokens.
func (t *tagger) modalBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if t.endsAt(k, stopLine|stopSemicolon) {
			return false
		}
		switch t.w(k) {
		case "will", "shall", "ll", "would", "could", "can", "may", "might", "must", "should":
			return true
		}
	}
	return false
}

// changeBaseline reports whether the weekday at i is the baseline of a
// change, after "up from" or "down from" and a figure ("up from 20
// percent on Sunday", "down from 443.6 million shares Thursday"), and
// returns the day the change reaches: a day named before it in its
// sentence, else the reference day. The baseline lies before that day.
func (t *tagger) changeBaseline(i int) (time.Time, bool) {
	words, figure := 0, false
	for k := i - 1; k > 0 && k >= i-10; k-- {
		tk := t.toks[k]
		switch {
		case tk.w == "from":
			if !figure || !t.is(k-1, "up") && !t.is(k-1, "down") || !t.is(k-2, ",") {
				return time.Time{}, false
			}
			if t.lastSet && !t.lastWide && !t.lastMon && t.lastAt <= k && t.sameSentence(t.lastAt, i) {
				return t.last, true
			}
			return t.ref, true
		case tk.kind == kNum:
			figure = true
		case tk.kind == kPunct:
			switch tk.w {
			case "$", "%", "£", "€":
			case ".", ",":
				if !t.attached(k) || !t.attached(k+1) || k+1 >= len(t.toks) || t.toks[k+1].kind != kNum {
					return time.Time{}, false // only a figure's point or comma
				}
			default:
				return time.Time{}, false
			}
		default:
			if words++; words > 4 || tk.upper || t.cue(k) != tNone {
				return time.Time{}, false
			}
		}
	}
	return time.Time{}, false
}

// presentAdverb reports whether token k, after "at present", leaves
// "present" an adverb ("At present, there are", "employs at present 40
// people", "is at present unclear") rather than an adjective before its noun
// ("at present prices").
func (t *tagger) presentAdverb(k int) bool {
	if k >= len(t.toks) || t.toks[k].kind != kWord {
		return true
	}
	switch t.w(k) {
	case "there", "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "is", "are", "was", "were", "has", "have",
		"had", "no", "not", "only", "about", "some", "none", "this", "that", "its", "their", "his", "her", "and", "but", "or",
		"unclear", "unknown", "uncertain", "in", "on", "at", "for", "with", "by", "to", "from":
		return true
	}
	return false
}

// spanYear returns the year of a month and day written without one over
// [i, k) in a past clause that a stretch counted forward from the story's
// date opens: the story's date (a date at least three years before the
// reference year) stands in this sentence or the one before, and "the
// next N months" ("weeks", "days"; "the following ..."), after "over",
// "in", "during", "within" or opening the sentence, stands in the
// month and day's sentence before it. The day takes the story's year when
// it falls within that stretch from the story's date: "In the spring of
// 1942 he was posted to Malta. Over the next four months he destroyed
// seven aircraft, and on June 2 he was shot down" is 1942-06-02, though
// June 2 of this year has passed (a story of one date alone leaves that
// to the tense: "born on Jan. 5, 1931 ... He died on Jan. 20"). It
// returns 0 otherwise, and when the story's date was a year alone ("In
// 1990 the plant closed. Over the next two months ... on Jan. 15": the
// stretch may cross into the next year, and the day's year is not sure).
func (t *tagger) spanYear(i, k int, m time.Month, d int) int {
	if t.oldRun < 1 || t.storyYr || t.story.Year() > t.ref.Year()-3 || t.storyTok > i || !t.near(t.storyTok, i) || t.tenseAt(i, k) != tPast {
		return 0
	}
	y := t.story.Year()
	if !validDate(y, int(m), d) {
		return 0
	}
	for s := i - 1; s >= t.storyTok && s > i-30; s-- {
		if t.endsAt(s, 0) {
			return 0
		}
		if !t.is(s, "the") || !t.is(s+1, "next") && !t.is(s+1, "following") {
			continue
		}
		if !t.is(s-1, "over") && !t.is(s-1, "in") && !t.is(s-1, "during") && !t.is(s-1, "within") && !t.opensSentence(s) {
			continue
		}
		c := t.core(s + 1) // the expression is found at "next", "the" joined to it
		if !c.ok() || c.typ != Duration || c.j > i || len(c.val) < 3 || c.val[0] != 'P' {
			continue
		}
		n, q := 0, 1
		for ; q < len(c.val) && c.val[q] >= '0' && c.val[q] <= '9'; q++ {
			n = n*10 + int(c.val[q]-'0')
		}
		if q != len(c.val)-1 || n < 1 || n > 24 {
			continue
		}
		u := c.val[q]
		to := t.storyEnd
		switch u {
		case 'M':
			to = to.AddDate(0, n, 0)
		case 'W':
			to = to.AddDate(0, 0, 7*n)
		case 'D':
			to = to.AddDate(0, 0, n)
		default:
			continue
		}
		if at := day(y, m, d); !at.Before(t.story) && !at.After(to) {
			return y
		}
	}
	return 0
}

// riteNotice reports whether the weekday at i stands in a death notice's
// line of the rites to come, a sentence with no verb that opens with the
// rite ("Funeral service Tuesday at 11 a.m.", "Mass of Christian Burial
// Tuesday, 10 a.m.", "Visitation Monday, 4-8 p.m.", "Interment
// Wednesday", "Celebration of life Saturday"), the weekday within eight
// words of its start. A notice announces them; "Funeral was Tuesday" has
// a verb and keeps its tense, and "Mass protests Tuesday" is no rite.
func (t *tagger) riteNotice(i int) bool {
	s := i
	for s > 0 && s > i-8 && !t.opensSentence(s) {
		s--
	}
	if !t.opensSentence(s) || s == i {
		return false
	}
	for k := s; k < i; k++ {
		if t.toks[k].kind == kNum {
			return false
		}
	}
	switch t.w(s) {
	case "funeral", "funerals", "visitation", "visitations", "interment", "inurnment", "entombment", "burial", "memorial",
		"services", "committal", "graveside", "rosary":
		return true
	case "mass", "celebration":
		return t.is(s+1, "of") // "Mass of Christian Burial", "Celebration of life"
	}
	return false
}

// likeYesterday reports whether "yesterday" at i is the idiom of a
// memory still fresh, no day: "It feels like yesterday", "it seems like
// only yesterday", "I remember it like it was yesterday", "as if it were
// just yesterday", the word ending its clause. "It felt like yesterday's
// rally" (a possessive) and "it seemed like yesterday was the worst" (the
// subject of a verb) are the day before.
func (t *tagger) likeYesterday(i int) bool {
	if k := i + 1; k < len(t.toks) {
		switch t.w(k) {
		case ".", ",", ";", ":", "!", "?", "\"", "”", ")", "—":
		default:
			return false
		}
	}
	k := i - 1
	if t.is(k, "only") || t.is(k, "just") {
		k--
	}
	switch t.w(k) {
	case "like":
		switch t.w(k - 1) {
		case "feel", "feels", "felt", "feeling", "seem", "seems", "seemed", "seeming", "look", "looks", "looked", "sound", "sounds":
			return true
		}
	case "was", "were":
		if !t.is(k-1, "it") {
			return false
		}
		switch t.w(k - 2) {
		case "like":
			return true
		case "if", "though":
			return t.is(k-3, "as")
		}
	}
	return false
}

// deicticWord reports whether deictic can find an expression at word w:
// whether w is one of the words its switch knows. core calls deictic only
// for these; TestGateWords checks the list against deictic's cases.
func deicticWord(w string) bool {
	switch w {
	case "today", "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "nowadays", "right", "just",
		"recently", "lately", "at", "other", "current", "new", "future", "recent", "near", "distant", "immediate", "short", "long", "medium", "soon",
		"past", "these", "day", "year", "month", "week", "last", "this", "later", "earlier", "noon", "midday", "midnight":
		return true
	}
	return false
}

// deictic parses a word that points at a time from the text's own:
// "today", "now", "recently", "the other day", "noon". It finds nothing
// at a word deicticWord rejects.
func (t *tagger) deictic(i int) cand {
	w := t.w(i)
	dayc := func(d time.Time, j int) cand {
		c := cand{i: i, j: j, typ: Date, val: fmtDay(d)}
		if p, ok := partOfDay(t.w(j)); ok && (w == "yesterday" || w == "tomorrow" || w == "today") {
			c.j, c.typ, c.val = j+1, Time, c.val+"T"+p
		}
		return c
	}
	now := t.ref
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		now = t.speechDay(i)
		if d, ok := t.glossedDay(i, now); ok {
			now = d
		}
	}
	if (w == "today" || w == "tomorrow") && t.genericDay(i) {
		// "today's youth", "the people of tomorrow": the present or the
		// future in general, no particular day
		if w == "today" {
			return cand{i: i, j: i + 1, typ: Date, val: "PRESENT_REF"}
		}
		return cand{i: i, j: i + 1, typ: Date, val: "FUTURE_REF"}
	}
	switch w {
	case "today":
		return dayc(now, i+1)
	case "yesterday":
		if t.likeYesterday(i) {
			return cand{}
		}
		return dayc(now.AddDate(0, 0, -1), i+1)
	case "tomorrow":
		return dayc(now.AddDate(0, 0, 1), i+1)
	case "tonight":
		return cand{i: i, j: i + 1, typ: Time, val: fmtDay(now) + "TNI"}
	case "overnight":
		switch t.w(i - 1) {
		case "an", "a", "the":
			return cand{}
		case "famous", "rich", "star", "celebrity":
			// "made her famous overnight": suddenly, no night
			return cand{}
		case "happen", "happens", "happened":
			// "it didn't happen overnight", "change never happens
			// overnight": suddenly, denied; "the switchover will happen
			// overnight" is a night
			for k := i - 2; k >= 0 && k >= i-4; k-- {
				if w := t.w(k); w == "not" || w == "t" || w == "never" || w == "nothing" {
					return cand{}
				}
			}
		}
		if j := i + 1; j < len(t.toks) && t.toks[j].kind == kWord && !t.toks[j].upper {
			switch t.w(j) {
			case "stay", "trip", "flight", "talks", "attack", "attacks", "strikes", "strike", "shift", "rate", "rates", "session", "success", "sensation":
				return cand{}
			case "closure", "closures", "service", "services", "train", "trains", "bus", "buses", "flights", "ferry", "ferries", "shifts", "stays", "trips", "roadworks", "works", "parking":
				// "Overnight closures will run from 8pm to 6am", "overnight
				// train services": a service or works kept at night, no
				// night of the calendar
				return cand{}
			case "lending", "borrowing", "interbank", "repo", "repos", "repurchase", "deposit", "deposits", "loan", "loans", "funding", "call", "index", "indexed":
				// "its benchmark overnight lending rate", "overnight
				// repo", "the overnight interbank rate": the term of a
				// loan, no night
				return cand{}
			case "and", "or":
				if (t.is(j+1, "term") || t.is(j+1, "longer")) && t.loanNounNear(j+2) {
					// "its overnight and term repurchase agreement
					// operations", "overnight or longer-term funding": a
					// loan's term beside another term
					return cand{}
				}
			}
		}
		if t.is(i+1, "from") && i+2 < len(t.toks) && t.toks[i+2].kind == kNum {
			// "will be closed overnight from 10pm to 5am from Monday,
			// June 12, for five nights": each of the nights, a set, as
			// the clock times are any night's
			e := i + 3
			for e < len(t.toks) && (t.toks[e].kind == kNum || t.is(e, ":") || t.is(e, ".") || t.is(e, "am") || t.is(e, "pm") || t.is(e, "a") || t.is(e, "p") || t.is(e, "m")) {
				e++
			}
			if t.dailyAfter(e) {
				return cand{i: i, j: i + 1, typ: Set, val: "XXXX-XX-XXTNI"}
			}
		}
		if t.dayUnknown(i) && !t.lastSince && t.sameSentence(t.lastAt, i) && t.last.AddDate(0, 2, 0).Before(t.ref) {
			// "In February 2008 engineers hit an old mine working; the
			// tunnel flooded overnight": a night of a month (year) gone
			// that the sentence is about, whose day the text does not
			// give (a month just gone may be a figure's: "Sales in
			// August rose; shares fell overnight"); a month or year after
			// "since" starts a period running up to now and places no
			// event ("which has carried out air strikes since August
			// 2014, said it had struck targets overnight": last night)
			return t.undatedDay(cand{i: i, j: i + 1})
		}
		if n, ok := t.nightNamed(i); ok {
			return cand{i: i, j: i + 1, typ: Time, val: fmtDay(n) + "TNI", iv: Interval{n, n.AddDate(0, 0, 1)}, ivSet: true, still: true}
		}
		d := t.ref.AddDate(0, 0, -1)
		if t.direction(i, i+1) > 0 {
			d = t.ref
		} else if t.anchored && t.anchorAt <= i && t.anchor.Before(t.ref) && (t.sameSentence(t.anchorAt, i) || t.sentenceBefore(t.anchorAt, i) && t.tenseAt(i, i+1) == tPast) && !t.dayLater(i+1) {
			// "Shares closed lower Friday. They were depressed by
			// overnight losses in New York": the night before the day the
			// narrative is on, as a bare clock time takes that day
			d = t.anchor.AddDate(0, 0, -1)
			if t.anchorLate {
				// "broke out late on Monday and spread overnight": told
				// from that day's evening, the night is the one after it
				d = t.anchor
			} else if t.anchorPM && t.overnightAdverb(i) && t.tenseAt(i, i+1) == tPast && !t.pastPerfectIn(i, i+1) && !(t.speechSet && t.speech.Equal(t.anchor)) {
				// "robbed at about 4.15pm on Sunday ... He was treated in
				// hospital overnight": what a past clause tells after an
				// afternoon's event lasted through the night after it
				// ("had smouldered overnight" and "overnight losses", a
				// noun's, are of the night before, and so is a night
				// reported on the afternoon of a speech: "Police said at
				// 2pm on Monday that the suspect was held overnight")
				d = t.anchor
			}
		}
		return cand{i: i, j: i + 1, typ: Time, val: fmtDay(d) + "TNI", iv: Interval{d, d.AddDate(0, 0, 1)}, ivSet: true, still: true}
	case "now", "currently", "nowadays":
		// "now that we know": the present all the same, as TimeBank has it
		return cand{i: i, j: i + 1, typ: Date, val: "PRESENT_REF"}
	case "right", "just":
		if t.is(i+1, "now") && w == "right" {
			return cand{i: i, j: i + 2, typ: Date, val: "PRESENT_REF"}
		}
	case "recently", "lately":
		if w == "recently" && t.is(i-1, "as") && t.is(i+1, "as") {
			return cand{} // "as recently as last month": the date after it is the expression
		}
		return cand{i: i, j: i + 1, typ: Date, val: "PAST_REF"}
	case "at":
		// "At present, there are 40 staff": "currently"; "at present
		// prices" is an adjective, no expression
		if t.is(i+1, "present") && t.presentAdverb(i+2) {
			return cand{i: i, j: i + 2, typ: Date, val: "PRESENT_REF"}
		}
	case "other":
		// "I saw him the other day": a recent day the text does not name
		// ("every other day" is a set, "the other day's agenda" a noun)
		if t.is(i-1, "the") && t.is(i+1, "day") && !t.is(i+2, "'") && !t.is(i-2, "every") {
			for k := i - 2; k >= 0 && k > i-12; k-- {
				if t.is(k, "one") && t.is(k+1, "day") {
					return cand{} // "One day he wins, the other day he loses"
				}
			}
			return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF", the: true}
		}
	case "current":
		// "the current fiscal year" is the reference year in the value
		// (as "fiscal 1989") but has no interval; "the then current
		// price" was the present of a past day. "current" alone
		// ("current market conditions") is left untagged: annotators
		// mark it about as often as not
		if t.fiscalWord(i+1) && t.is(i+2, "year") {
			return cand{i: i, j: i + 3, typ: Date, val: itoa(t.ref.Year()), iv: Interval{}, ivSet: true, the: true}
		}
		if n := i + 1; n < len(t.toks) && t.toks[n].kind == kWord && !t.toks[n].upper && !t.is(n, "of") && !t.is(n, "and") && !t.is(n, "in") {
			if u, _ := unitOf(t.w(n)); u == uNone {
				if t.is(i-1, "then") {
					return cand{i: i - 1, j: i + 1, typ: Date, val: "PAST_REF"}
				}
				if t.is(i-1, "-") && t.attached(i) && t.is(i-2, "then") {
					return cand{i: i - 2, j: i + 1, typ: Date, val: "PAST_REF"}
				}
			}
		}
	case "new":
		// "in the new year": the year about to begin (said from October
		// on) or just begun (in January or February); otherwise unclear
		if t.is(i-1, "the") && t.is(i+1, "year") && !t.toks[i].upper && !t.is(i+2, "'") {
			switch m := t.ref.Month(); {
			case m >= time.October:
				return cand{i: i, j: i + 2, typ: Date, val: itoa(t.ref.Year() + 1), the: true}
			case m <= time.February:
				return cand{i: i, j: i + 2, typ: Date, val: itoa(t.ref.Year()), the: true}
			}
		}
	case "future":
		if t.is(i-1, "the") && !t.is(i+1, "of") {
			return cand{i: i, j: i + 1, typ: Date, val: "FUTURE_REF", the: true}
		}
	case "recent":
		// "in the recent past": some time gone, as "the past" (TIDES
		// lists it); "recent" alone is left alone
		if t.is(i-1, "the") && t.is(i+1, "past") {
			return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF", the: true}
		}
	case "near":
		if t.is(i-1, "the") && (t.is(i+1, "future") || t.is(i+1, "term")) {
			return cand{i: i, j: i + 2, typ: Date, val: "FUTURE_REF", the: true}
		}
	case "distant", "immediate":
		// "in the distant future", "the immediate future": the time to
		// come, as "the near future" ("the distant past" is PAST_REF as
		// "the recent past")
		if t.is(i-1, "the") && t.is(i+1, "future") && !t.is(i+2, "of") {
			return cand{i: i, j: i + 2, typ: Date, val: "FUTURE_REF", the: true}
		}
		if t.is(i-1, "the") && t.is(i+1, "past") && w == "distant" {
			return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF", the: true}
		}
	case "short", "long", "medium":
		// "in the short term", "over the long term", "over the medium
		// term": the time to come, as "the near term"; "the long-term
		// lot" is an adjective
		if t.is(i-1, "the") && t.is(i+1, "term") && !t.is(i+2, "-") {
			switch t.w(i - 2) {
			case "in", "over", "for":
				return cand{i: i, j: i + 2, typ: Date, val: "FUTURE_REF", the: true}
			}
		}
		if (t.is(i-1, "in") || t.is(i-1, "over")) && t.is(i+1, "term") && (i+2 >= len(t.toks) || t.toks[i+2].nl) {
			// "signals more rises over medium term" ending a headline,
			// which drops the article; in running text "in long term
			// care" is a noun, none
			return cand{i: i, j: i + 2, typ: Date, val: "FUTURE_REF"}
		}
	case "soon":
		// "as soon as possible": a time to come
		if t.is(i-1, "as") && t.is(i+1, "as") && t.is(i+2, "possible") {
			return cand{i: i - 1, j: i + 3, typ: Date, val: "FUTURE_REF"}
		}
	case "past":
		if t.is(i-1, "the") && !t.startsNumber(i+1) {
			if u, _ := unitOf(t.w(i + 1)); u == uNone {
				switch t.w(i + 1) {
				case ",", ".", ";", "and", "but", "is", "was", "has", "have", "had", "to", "as", "when", "that", "in", "and,", "she", "he", "they", "we", "i", "it", "—", "-", ")", "”", "\"":
					return cand{i: i, j: i + 1, typ: Date, val: "PAST_REF", the: true}
				}
			}
		}
	case "these":
		if t.is(i+1, "days") {
			return cand{i: i, j: i + 2, typ: Date, val: "PRESENT_REF"}
		}
	case "day":
		// "the day before yesterday", "the day after tomorrow"
		if t.is(i-1, "the") {
			if t.is(i+1, "before") && t.is(i+2, "yesterday") {
				return cand{i: i, j: i + 3, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, -2)), the: true}
			}
			if t.is(i+1, "after") && t.is(i+2, "tomorrow") {
				return cand{i: i, j: i + 3, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, 2)), the: true}
			}
			if t.is(i+1, "before") || t.is(i+1, "after") {
				if !t.clauseEnds(i + 2) {
					// "the day before Christmas", "the day after last
					// Tuesday's hearing", "the day before the March 3
					// vote": one expression, that day's neighbour, as
					// TimeBank marks it (the article outside)
					day, j, ok := t.dayNamedAfter(i)
					if !ok {
						return cand{}
					}
					off := 1
					if t.is(i+1, "before") {
						off = -1
					}
					return t.toldAsPast(cand{i: i, j: j, typ: Date, val: fmtDay(day.AddDate(0, 0, off))})
				}
				d := 1
				if t.is(i+1, "before") {
					d = -1
				}
				if t.dayUnknown(i) {
					return t.undatedDay(cand{i: i, j: i + 2, typ: Date, the: true})
				}
				return t.toldAsPast(cand{i: i, j: i + 2, typ: Date, val: fmtDay(t.anchor.AddDate(0, 0, d)), the: true})
			}
		}
	case "year", "month", "week":
		if w == "week" {
			if c := t.weekNextTo(i); c.ok() {
				return c
			}
		}
		// "the year before", "the month after": the unit next to the date
		// the text last named, when a phrase ends there
		if !t.is(i-1, "the") || !t.lastSet || !t.is(i+1, "before") && !t.is(i+1, "after") || !t.clauseEnds(i+2) {
			return cand{}
		}
		d := 1
		if t.is(i+1, "before") {
			d = -1
		}
		b := t.last
		switch w {
		case "year":
			return t.toldAsPast(cand{i: i, j: i + 2, typ: Date, val: itoa(b.Year() + d), the: true})
		case "month":
			m := day(b.Year(), b.Month()+time.Month(d), 1)
			return t.toldAsPast(cand{i: i, j: i + 2, typ: Date, val: fmtMonth(m.Year(), m.Month()), the: true})
		}
		return t.toldAsPast(cand{i: i, j: i + 2, typ: Date, val: fmtWeek(b.AddDate(0, 0, 7*d)), the: true})
	case "last":
		if p, ok := partOfDay(t.w(i + 1)); ok && p == "NI" {
			// ""We met last night," she said" after "said on Tuesday": the
			// speaker's night before (speechDay)
			return cand{i: i, j: i + 2, typ: Time, val: fmtDay(t.speechDay(i).AddDate(0, 0, -1)) + "TNI"}
		}
	case "this":
		if p, ok := partOfDay(t.w(i + 1)); ok {
			return cand{i: i, j: i + 2, typ: Time, val: fmtDay(t.speechDay(i)) + "T" + p}
		}
	case "later", "earlier":
		// "at a later date": a day to come
		if w == "later" && t.is(i+1, "date") && (t.is(i-1, "a") || t.is(i-1, "some")) {
			return cand{i: i - 1, j: i + 2, typ: Date, val: "FUTURE_REF"}
		}
		// "later in the day", "earlier in the day"
		if t.is(i+1, "in") && t.is(i+2, "the") && t.is(i+3, "day") {
			d := t.anchor
			if t.direction(i, i+4) > 0 {
				d = t.ref
			}
			return cand{i: i, j: i + 4, typ: Date, val: fmtDay(d)}
		}
	case "noon", "midday", "midnight":
		if t.is(i-1, "high") { // "High Noon"
			return cand{}
		}
		switch t.w(i + 1) {
		case "mass", "masses", "service", "services", "vigil", "liturgy":
			// "celebrate midnight mass", "led a midnight service": a rite
			// of the night's feast, named by its hour, not a time the
			// text gives ("until midnight services were suspended" keeps
			// its hour)
			switch t.w(i - 1) {
			case "a", "the", "his", "her", "their", "its", "annual", "traditional", "celebrate", "celebrates", "celebrated", "celebrating", "attend", "attends", "attended", "attending", "hold", "holds", "held", "lead", "leads", "led", "say", "says", "said":
				return cand{}
			}
		}
		h := "12:00"
		if w == "midnight" {
			h = "24:00"
		}
		// "noon Saturday" is one expression; "noon on Saturday" takes
		// Saturday's date and leaves "Saturday" an expression of its own
		// "noon local time (1600 GMT)", "midnight GMT": the zone belongs to it
		z := t.zone(i + 1)
		d, j, noDay := t.ref, z, true
		k, on := j, t.is(j, "on")
		if (t.is(j, "mass") || t.is(j, "service") || t.is(j, "vigil")) && t.is(j+1, "on") {
			// "the attack happened at midnight Mass on Christmas Eve":
			// the rite's day is the midnight's (was the midnight before
			// the reference day)
			k, on = j+1, true
		}
		if on || t.is(k, ",") {
			k++
		}
		if !on && t.habitWeekdaysAt(k) {
			// "between 9 a.m. and noon, Monday to Friday": the hours kept
			// each such day, as for a clock time in figures
			return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + h, noDay: true}
		}
		if t.weeklyBefore(i) || t.dailyAfter(j) || (t.daySpanBefore(i) || t.rateDayBefore(i)) && !t.dayAfterHours(j, k) {
			// "every Monday at noon", "daily at noon", "at noon on
			// Sundays", "600 patients a day, most of them between 8 a.m.
			// and noon",
			// "from 3 to 9 March, from 10am to noon": the hours kept each
			// such day, as for a clock time in figures
			return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + h, noDay: true}
		}
		follows := false // the day comes from "the next day" after it, which sets the anchor itself
		if c, ok := t.nextDayAfterClock(k); ok {
			// "took effect at noon the next day": that day's noon, and
			// "the next day" an expression of its own
			d, noDay, follows = c, false, true
		} else if c := t.core(k); c.ok() && c.typ == Date && len(c.val) == 10 {
			if iv, _, ok := intervalOf(c.val); ok {
				d, noDay = iv.Start, false
				if !on {
					j = c.j
				}
			}
		} else if c.ok() && c.typ == Time && len(c.val) == 13 && c.val[10] == 'T' && k == j {
			// "midnight tonight", "noon tomorrow morning": one expression,
			// that day's, as "8 p.m. tonight"
			if iv, _, ok := intervalOf(c.val[:10]); ok {
				d, noDay, j = iv.Start, false, c.j
			}
		}
		ctx := !noDay // a day the midnight takes from the text around it
		if noDay {
			ctx = true
			if a, ok := t.dayBeforeAt(i); ok {
				d, noDay = a, false
			} else if t.anchored && t.anchorAt <= i && (t.sameSentence(t.anchorAt, i) && !t.pastAfterFuture(i, j) || t.sentenceBefore(t.anchorAt, i) && t.anchor.Before(t.ref) && t.tenseAt(i, j) == tPast) {
				// "won a vote late on Friday. He secured 153 votes shortly
				// before midnight": the value takes the day named, as a
				// clock time in figures does; no interval
				d = t.anchor
			} else if a, ok := t.narrativeTimeDay(i, j); ok {
				d = a // "Just before midnight he asked for pizza", after "at 7 p.m." on Wednesday
			} else if fy := t.framedYear(i, j); fy != 0 && fy != t.ref.Year() {
				// "In 1999, the deal closed at midnight": a midnight of a
				// day of that year the text does not give
				if w == "midnight" && t.is(i-1, "after") {
					h = "00:00"
				}
				return cand{i: i, j: j, typ: Time, val: pad(fy, 4) + "-XX-XXT" + h, noDay: true}
			} else if y, ok := t.framedTimeBefore(i, j); ok {
				// "In 1995, the shift began at 10 p.m. The blast came
				// shortly after midnight": that year's narrative goes on
				if w == "midnight" && t.is(i-1, "after") {
					h = "00:00"
				}
				return cand{i: i, j: j, typ: Time, val: y + "-XX-XXT" + h, noDay: true}
			} else if w == "midnight" && t.tenseAt(i, j) == tPast && t.wideGoneIn(i) {
				// "The talks dragged on last week, and the deal was signed
				// after midnight", "The shooting happened last weekend,
				// shortly after midnight": a midnight of a day gone the
				// text does not give, not the one that opened today
				if t.is(i-1, "after") {
					h = "00:00"
				}
				return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + h, noDay: true}
			} else if w == "midnight" && t.habitAdverbBefore(i) {
				// "Bars usually closed at midnight before the war", "pubs
				// always shut at midnight": a midnight of a habit, any
				// day's
				return cand{i: i, j: j, typ: Time, val: "XXXX-XX-XXT" + h, noDay: true}
			} else if w == "midnight" && (t.is(i-1, "at") || t.is(i-1, "around") || t.is(i-1, "about") && t.is(i-2, "at")) && t.tenseAt(i, j) == tPast {
				// ("happened around midnight", "at about midnight": the
				// same midnight, roughly)
				// "The shutdown that began at midnight", with no day
				// named: the midnight just gone, which opened the
				// reference day (the end of the day before); "expires at
				// midnight" is the one to come. No interval, as for any
				// clock time whose day the text does not give
				d = t.ref.AddDate(0, 0, -1)
				if r, ok := t.reportDayAfter(j); ok {
					// "The fighting stopped at midnight, the army said on
					// Tuesday" in a Wednesday paper: the midnight that
					// opened the day of the report
					d = r.AddDate(0, 0, -1)
				}
			} else {
				ctx = false
			}
		}
		if w == "midnight" && t.is(i-1, "after") && (on && !noDay || j == z && t.tenseAt(i, j) == tPast && (!ctx || !on && t.lateOn(d, i))) {
			// "shortly after midnight on Tuesday", "The storm reached
			// Cornwall shortly after midnight": the midnight that opens
			// the day, not the one that closes it. "after midnight
			// Friday" (a deadline) and a midnight to come ("will arrive
			// after midnight", the end of today) keep T24:00, and so
			// does one whose day is another event's named before ("The
			// talks, which began on Monday, ended shortly after
			// midnight": the midnight that closes Monday)
			h = "00:00"
			if !on && t.lateOn(d, i) {
				// "gunfire echoed late Tuesday night. The first attackers
				// were killed shortly after midnight": Wednesday's start
				d = d.AddDate(0, 0, 1)
			}
		}
		if w == "midnight" && noDay && (t.is(i-1, "at") || t.is(i-1, "after")) && !d.Before(t.ref) && (h == "24:00" || d.After(t.ref)) && t.tenseAt(i, j) == tPast {
			// "DONETSK, Feb 15 - A ceasefire took effect at midnight",
			// "residents reported clashes after midnight" on the day
			// named: a midnight told in the past whose day comes from
			// the text cannot close the reference day, which has not
			// ended; it is the one that opened it ("at": the end of the
			// day before, as with no day named; "after": T00:00)
			d, h = t.ref.AddDate(0, 0, -1), "24:00"
			if t.is(i-1, "after") {
				d, h = t.ref, "00:00"
			}
		}
		if m := atoiDigits(h[:2])*60 + atoiDigits(h[3:]); noDay && t.afterStamp(d, m, i, j) {
			d = d.AddDate(0, 0, -1) // "3.02am BST ... the plane due shortly before midnight": the night before
		}
		return cand{i: i, j: j, typ: Time, val: fmtDay(d) + "T" + h, noDay: noDay, still: follows}
	}
	return cand{}
}

// reportDayAfter returns the day of a reporting clause that follows the
// expression ending before token j after a comma: ", the army said on
// Tuesday", ", police told reporters Monday", when that day is before
// the reference day. A reporting verb in the present ("says") or a day
// after it that is no single day gives nothing.
func (t *tagger) reportDayAfter(j int) (time.Time, bool) {
	if !t.is(j, ",") {
		return time.Time{}, false
	}
	for k := j + 1; k < len(t.toks) && k <= j+8; k++ {
		if tk := t.toks[k]; tk.kind == kPunct && !t.abbrevDot(k) || tk.nl {
			return time.Time{}, false
		}
		switch t.w(k) {
		case "said", "told", "announced", "reported", "added", "stated", "confirmed":
		default:
			continue
		}
		m := k + 1
		if t.is(m, "reporters") || t.is(m, "journalists") {
			m++
		}
		if t.is(m, "on") {
			m++
		}
		c := t.core(m)
		if !c.ok() || c.typ != Date || len(c.val) != 10 {
			return time.Time{}, false
		}
		iv, _, ok := intervalOf(c.val)
		if !ok || !iv.Start.Before(t.ref) {
			return time.Time{}, false
		}
		return iv.Start, true
	}
	return time.Time{}, false
}

// perfectBeenBefore reports whether "has been" or "have been" stands
// within eight words before token i in its clause, with no modal before
// it ("could have been" is no present perfect).
func (t *tagger) perfectBeenBefore(i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if tk := t.toks[k]; tk.kind == kPunct && !t.abbrevDot(k) {
			return false
		}
		if t.is(k, "been") {
			if t.is(k-1, "has") {
				return true
			}
			switch t.w(k - 2) {
			case "will", "would", "could", "should", "may", "might", "must", "to":
				return false
			}
			return t.is(k-1, "have")
		}
	}
	return false
}

// forDay tells whether the day over tokens [i, j) is the object of "for"
// and ends its phrase, and which way it lies: +1 for a day that was
// planned and is to come ("called a snap election for Jan. 17", "set for
// Saturday", "a vote scheduled for March 3."), -1 for a plan over or
// undone: a past perfect ("had been set for Tuesday"), "originally" or
// "initially" before it, a change after it ("scheduled for Monday but
// postponed", "called off"). 0 when no "for" rules: a noun after the day
// ("arrested for the Jan. 6 riot", "for Monday's attack") makes it an
// event's date, which the tense decides.
func (t *tagger) forDay(i, j int) int {
	if !t.is(i-1, "for") || t.is(j, "'") {
		return 0
	}
	// "Nurses set strike for Tuesday" ending a headline, a blank line
	// after it: the line's end ends the phrase, and nothing after it
	// belongs to the clause (a line of running text broken by hand goes
	// on after its break)
	headEnd := j < len(t.toks) && t.toks[j].nl && t.headlineLine(i) &&
		strings.Count(t.text[t.toks[j-1].e:t.toks[j].s], "\n") >= 2
	if !headEnd && !t.clauseEnds(j) {
		return 0
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if tk := t.toks[k]; tk.kind == kPunct && (tk.w == "." || tk.w == ";" || tk.w == ",") && !t.abbrevDot(k) {
			break
		}
		switch t.w(k) {
		case "first":
			if k > 0 && (determiner(t.w(k-1)) || t.is(k-1, "s") && t.is(k-2, "'")) {
				// "The first debate is set for Sept. 26", "the party's
				// first hearing": an ordinal before a noun, no plan over
				// ("was first set for Tuesday" is)
				continue
			}
			return -1
		case "had", "originally", "initially", "previously":
			return -1
		case "d":
			if t.is(k-1, "'") {
				return -1
			}
		}
	}
	for k := j; !headEnd && k < len(t.toks) && k < j+15; k++ {
		if tk := t.toks[k]; tk.kind == kPunct && (tk.w == "." || tk.w == ";") && !t.abbrevDot(k) {
			break
		}
		switch t.w(k) {
		case "postponed", "delayed", "cancelled", "canceled", "scrapped", "scrubbed", "moved", "rescheduled", "off":
			return -1
		}
	}
	if t.pastPlan(i) && t.butNever(j) {
		// "Heavy rain was forecast for Sunday, but it never came": a
		// plan or forecast told in the past that did not come about is
		// of a day gone
		return -1
	}
	return 1
}

// butNever reports whether the sentence after token j goes on with "but"
// and, within six words, a denial of the event: "never", "did not",
// "didn't", "failed to" ("..., but it never came", "but the storm did
// not arrive"). What is denied after "but" in a past sentence is a thing
// that was to happen and did not; "but it will not" is no denial of a
// past event and leaves the day to the tense.
func (t *tagger) butNever(j int) bool {
	for k := j; k < len(t.toks) && k < j+12; k++ {
		if tk := t.toks[k]; tk.kind == kPunct && (tk.w == "." || tk.w == ";") && !t.abbrevDot(k) {
			return false
		}
		if t.w(k) != "but" {
			continue
		}
		switch t.w(k + 1) {
		case "it", "they", "this", "that", "the", "none", "nothing":
			// the event or its subject ("but he never said how he would
			// vote" denies another deed)
		default:
			return false
		}
		for m := k + 1; m < len(t.toks) && m <= k+6; m++ {
			if tk := t.toks[m]; tk.kind == kPunct && tk.w != "'" && !t.abbrevDot(m) {
				return false
			}
			switch t.w(m) {
			case "never":
				return !t.is(m-1, "will") && !t.is(m-1, "would") && !t.is(m-1, "may") && !t.is(m-1, "might")
			case "not", "t":
				if t.is(m-1, "did") || t.is(m-1, "didn") || t.is(m-1, "n") && t.is(m-2, "did") {
					return true
				}
				if t.is(m-1, "'") && t.is(m-2, "didn") {
					return true
				}
			case "failed":
				return t.is(m+1, "to")
			}
		}
		return false
	}
	return false
}

// calledOff reports whether a verb of calling off follows token j in its
// clause, within eight words: "Saturday's match was postponed", "the vote
// on Sunday has been cancelled".
func (t *tagger) calledOff(j int) bool {
	for k := j; k < len(t.toks) && k < j+8; k++ {
		if tk := t.toks[k]; tk.kind == kPunct && (tk.w == "." || tk.w == ";" || tk.w == ",") && !t.abbrevDot(k) {
			return false
		}
		switch t.w(k) {
		case "postponed", "cancelled", "canceled", "scrapped", "scrubbed", "rescheduled", "suspended", "delayed":
			return true
		case "off":
			return t.is(k-1, "called")
		}
	}
	return false
}

// pastPlan reports whether the clause before token i tells a plan in the
// past: "was scheduled to", "were due to", "had been set for", "was to
// be arraigned".
func (t *tagger) pastPlan(i int) bool {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if t.endsAt(k, stopSemicolon|stopComma) {
			return false
		}
		switch t.w(k) {
		case "scheduled", "set", "due", "slated", "expected", "supposed", "planned", "forecast", "forecasted", "predicted":
			return t.is(k-1, "was") || t.is(k-1, "were") || t.is(k-1, "been")
		case "to":
			if t.is(k-1, "was") || t.is(k-1, "were") {
				return true
			}
		}
	}
	return false
}

// undoneAfter reports whether the rest of the sentence after token j,
// past a comma, says the event was called off or put back ("..., but the
// hearing was postponed"): within twelve tokens, commas allowed, the
// words of calledOff after "was", "were", "been" (a verb: "the delayed
// report" is an adjective).
func (t *tagger) undoneAfter(j int) bool {
	for k := j; k < len(t.toks) && k < j+12; k++ {
		if tk := t.toks[k]; tk.kind == kPunct && (tk.w == "." || tk.w == ";") && !t.abbrevDot(k) {
			return false
		}
		switch t.w(k) {
		case "postponed", "cancelled", "canceled", "scrapped", "scrubbed", "rescheduled", "suspended", "delayed", "adjourned":
			return t.is(k-1, "was") || t.is(k-1, "were") || t.is(k-1, "been") // a verb, not "the delayed report"
		case "off":
			return t.is(k-1, "called") && (t.is(k-2, "was") || t.is(k-2, "were") || t.is(k-2, "been"))
		}
	}
	return t.butNever(j)
}

// movedTo reports whether the day at token i is the one an event was
// moved to: "postponed to Sunday", "delayed until Monday", "moved to
// Friday".
func (t *tagger) movedTo(i int) bool {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	if !t.is(k, "to") && !t.is(k, "until") && !t.is(k, "till") {
		return false
	}
	switch t.w(k - 1) {
	case "postponed", "delayed", "moved", "rescheduled", "pushed", "put", "adjourned":
		return true
	case "back", "off":
		return t.is(k-2, "pushed") || t.is(k-2, "put")
	}
	return false
}

// respondingTo reports whether a verb of response with its preposition
// ("reacting to", "responding to", "recovering from", "digesting") stands
// within eight words before token i in its clause: what one reacts to has
// happened, so a weekday in its object is past whatever the present tense
// ("Traders are reacting to the decision late Friday night"). "will react
// to" is a future clause, which the caller leaves to the tense; and a
// word that opens what is planned, called for or reported ("for", "that",
// "by", "and", "due", "until", an infinitive's "to") between the verb and
// the day gives the day to that ("responding to calls for a vote on
// Friday").
func (t *tagger) respondingTo(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if t.toks[k].kind == kPunct && !t.abbrevDot(k) {
			return false
		}
		switch t.w(k) {
		case "for", "that", "which", "who", "by", "and", "or", "due", "set", "scheduled", "planned", "expected", "ahead", "until", "before", "next":
			// "responding to calls for a vote on Friday", "reacting to a
			// report that the Fed will raise rates on Thursday": the day
			// belongs to what is called for, reported or planned
			return false
		case "to":
			switch t.w(k - 1) {
			case "reacting", "responding", "react", "respond", "reacts", "responds":
			default:
				return false // "digesting plans to vote on Friday"
			}
		case "reacting", "responding", "react", "respond", "reacts", "responds":
			return t.is(k+1, "to")
		case "recovering", "recover", "recovers":
			return t.is(k+1, "from")
		case "digesting", "digest", "digests":
			return true
		}
	}
	return false
}

// outcomeBefore reports whether the day at token i dates an outcome noun
// before it ("his triumph on Sunday", "the party's victory Sunday"): a win
// or a death is reported once it has happened, so the day is past whatever
// the tense of the clause ("are still celebrating his triumph on Sunday").
// "an expected victory on Sunday" and "a win on Sunday" (indefinite: a
// hypothesis) are no outcome yet.
func (t *tagger) outcomeBefore(i int) bool {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	switch t.w(k) {
	case "triumph", "victory", "win", "defeat", "loss", "death", "killing", "murder", "collapse", "resignation", "ouster", "arrest":
	default:
		return false
	}
	switch t.w(k - 1) {
	case "expected", "likely", "possible", "probable", "anticipated", "predicted", "potential", "hoped", "planned",
		"a", "an", "another", "any", "no":
		return false // "a win on Sunday would clinch the title": a hypothetical outcome
	}
	return true
}

// clauseEnds reports whether token k ends a phrase: punctuation, the end of
// the text, or a conjunction, preposition or adverb.
func (t *tagger) clauseEnds(k int) bool {
	if k >= len(t.toks) {
		return true
	}
	tk := t.toks[k]
	if tk.kind == kPunct {
		return tk.w != "$" && tk.w != "“" && tk.w != "\""
	}
	if tk.kind == kNum || tk.upper {
		return false
	}
	// a conjunction, a preposition or an adverb starts something else; any
	// other word ("the day before authorities issued a warrant") makes
	// "before" a conjunction whose event is not dated
	switch tk.w {
	case "and", "but", "or", "when", "while", "as", "in", "at", "on", "to", "with", "without", "from", "for", "by",
		"during", "so", "then", "too", "also", "again", "only", "already", "yesterday", "today", "because", "amid",
		"near", "outside", "inside", "into", "over", "under", "against", "where", "although", "though", "despite", "s":
		return true
	}
	return false
}

// speechDay returns the day a deictic word at token i is spoken on: the
// reference day, except inside a quotation whose words the text dates
// (see the package doc, "The speaker's moment"): after a reporting verb
// that the text dated earlier in the same sentence ("He posted on
// Thursday ... and added, “Today, we engaged ...”), after a speech act
// dated in the sentence that opens it ("Speaking at his press conference
// on Thursday, Kerrigan said: "... Tomorrow we train""), before a
// reporting clause that dates it (""... we leave tomorrow," the minister
// told reporters late Wednesday"), or, with a reporting verb in the past
// and no day of its own (""He trained yesterday," he said"), on the day
// of the speech act the text dated last, within speechReach tokens before.
func (t *tagger) speechDay(i int) time.Time {
	open, closing := t.quoteAround(i)
	if open < 0 {
		return t.ref
	}
	if t.anchored && t.anchorAt <= open && t.anchor.Before(t.ref) && t.sameSentence(t.anchorAt, open) && !t.nestedReport(t.anchorAt, open) {
		for k := t.anchorAt; k < open; k++ {
			switch t.toks[k].w {
			case "said", "told", "added", "posted", "wrote", "tweeted", "declared", "announced", "stated", "insisted", "warned":
				if t.anchorDatesVerb(k) {
					return t.anchor
				}
			}
		}
	}
	if t.speechSet && t.speechAt <= open && t.sameSentence(t.speechAt, open) && !t.nestedReport(t.speechAt, open) {
		return t.speech
	}
	verb, d, dated, at := t.quoteVerb(open, closing)
	if dated {
		return d
	}
	if verb == tPast && t.speechSet && t.speechAt <= open && open-t.speechAt <= speechReach &&
		(!t.speech.AddDate(0, 0, 1).Before(t.ref) || t.namesSpeaker(at) || t.pronounSpeaker(at) && !t.otherSpeakerSince(open, at)) &&
		!t.laterDaySince(open) {
		return t.speech
	}
	return t.ref
}

// otherSpeakerSince reports whether a reporting verb in the past whose
// clause names another speaker ("Union leader Mark Dean said the workers
// were angry") stands between the sentence of the speech act dated last
// and the quotation opened at open (its own verb at excepted): a pronoun
// after it ("he said") is that speaker's, not the dated one's.
func (t *tagger) otherSpeakerSince(open, at int) bool {
	k := t.speechAt
	for k < open && !t.endsAt(k, 0) {
		k++
	}
	inQuote := false
	for k++; k < open; k++ {
		switch t.toks[k].w {
		case "\"", "“", "”":
			inQuote = !inQuote
			continue
		}
		if !inQuote && k != at && quoteReportingVerb(t.toks[k].w) == tPast && !t.sameSpeaker(k) {
			return true
		}
	}
	return false
}

// laterDaySince reports whether the text named a day after the speech
// act dated last, in a sentence of its own between that speech and the
// quotation opened at open ("Ruiz said on Monday ... On Wednesday, union
// leaders met managers. "We start talks tomorrow," she said."): the story
// has moved past the speech, whose day no longer dates the words.
func (t *tagger) laterDaySince(open int) bool {
	if !t.anchored || t.anchorAt <= t.speechAt || t.anchorAt >= open || !t.anchor.After(t.speech) || t.sameSentence(t.speechAt, t.anchorAt) {
		return false
	}
	q, _ := t.quoteAround(t.anchorIn)
	return q < 0 // a day the narrative names, not a quotation's "tomorrow"
}

// nestedReport reports whether a reporting verb of another report stands
// between the day at token from and the quotation opened at open: one in
// the past perfect ("Ruiz said on Monday that Grant had told her: ...")
// or in a clause after "that" ("said on Monday that Grant told her:
// ..."). The quotation is then the other speaker's words, spoken on a day
// the text does not give, not the dated speaker's.
func (t *tagger) nestedReport(from, open int) bool {
	for k := from; k < open; k++ {
		w := t.toks[k].w
		if quoteReportingVerb(w) == tNone && w != "warned" && w != "promised" {
			continue
		}
		if t.is(k-1, "had") {
			return true
		}
		for m := k - 1; m > from && m >= k-4; m-- {
			if t.is(m, "that") {
				return true
			}
		}
	}
	return false
}

// anchorDatesVerb reports whether the day named last (t.anchorIn) can
// date the reporting verb at k after it in its sentence: not when the day
// stands in a relative clause set off by a comma ("Ruiz, who was elected
// on Monday, said: ..."), nor when a new subject comes after a comma
// between them ("He was arrested on Monday, and his lawyer said: ...",
// "Police arrested him on Monday, his lawyer said"); "He posted on
// Thursday ... and added," goes on with the same subject.
func (t *tagger) anchorDatesVerb(k int) bool {
	for m := t.anchorIn - 1; m > 0 && m >= t.anchorIn-8 && !t.endsAt(m, 0); m-- {
		if (t.is(m, "who") || t.is(m, "which")) && t.is(m-1, ",") {
			return false
		}
	}
	opens := func(i int) bool {
		return t.opensSentence(i) || (t.is(i-1, "\"") || t.is(i-1, "”")) && t.endsAt(i-2, 0)
	}
	if opens(t.anchorIn) || opens(t.anchorIn-1) && preposition(t.w(t.anchorIn-1)) {
		return true // "On Thursday, the minister said:": the opening phrase dates the clause after it
	}
	for m := t.anchorAt; m < k; m++ {
		if !t.is(m, ",") {
			continue
		}
		n := m + 1
		if t.is(n, "and") || t.is(n, "but") {
			n++
		}
		if n < k && (determiner(t.w(n)) || t.toks[n].upper) {
			return false
		}
	}
	return true
}

// sameSpeaker reports whether the reporting clause around the verb at
// token at names the speaker of the speech act dated last: a pronoun
// ("he said", "she added") or a name whose head (the capitalised word
// right before the verb, or the last one right after it) stands in that
// speech's sentence ("Brooks said" after "Chief Executive Helen Brooks
// said in an interview on Friday"; not "Minister Bob Grant said" after
// "Minister Ana Ruiz said", nor "Ruiz's spokesman said"). A speech dated two days or more before the
// reference day dates only its own speaker's quotations: another
// speaker's undated words ("a spokesman said") may be fresh, while a
// paper's copy of the day before is written on the speech's day.
func (t *tagger) sameSpeaker(at int) bool {
	return t.pronounSpeaker(at) || t.namesSpeaker(at)
}

// pronounSpeaker reports whether the reporting clause around the verb at
// token at has a pronoun for its speaker ("he said", "said she").
func (t *tagger) pronounSpeaker(at int) bool {
	for _, step := range [2]int{-1, 1} {
		for k, d := at+step, 0; k >= 0 && k < len(t.toks) && d < 6; k, d = k+step, d+1 {
			tk := &t.toks[k]
			if tk.w == "\"" || tk.w == "“" || tk.w == "”" || tk.kind == kPunct && (t.endsAt(k, stopComma) || tk.w == ":") || step < 0 && t.toks[k+1].nl {
				break
			}
			switch tk.w {
			case "he", "she", "they":
				return true
			}
		}
	}
	return false
}

// namesSpeaker reports whether the reporting clause around the verb at
// token at names the speaker of the speech act dated last by its name's
// head (see sameSpeaker).
func (t *tagger) namesSpeaker(at int) bool {
	// the name's head: the capitalised word right before the verb
	// ("Ruiz said"), or the last of the capitalised words right after it
	// ("said Ana Ruiz"); a title or a body before it ("Minister Bob
	// Grant said", "Police Chief Tom Hale said") names no one
	var names [1]string
	n := 0
	if at > 0 && t.toks[at-1].upper && t.toks[at-1].kind == kWord {
		names[0], n = t.toks[at-1].w, 1
	} else {
		for k := at + 1; k < len(t.toks) && k <= at+6 && !t.toks[k].nl; k++ {
			if t.toks[k].upper && t.toks[k].kind == kWord {
				names[0], n = t.toks[k].w, 1
			} else if !t.is(k, "'") && !(t.is(k, "s") && t.is(k-1, "'")) {
				if t.is(k-1, "s") && t.is(k-2, "'") && t.toks[k].kind == kWord {
					n = 0 // "said Ruiz's lawyer": the lawyer, no name
				}
				break // "said Labour's Sarah Cole": Cole
			}
		}
	}
	if n == 0 {
		return false
	}
	from, to := t.speechAt-1, t.speechAt
	for from > 0 && t.speechAt-from < 40 && !t.endsAt(from-1, 0) && !t.toks[from].nl {
		from--
	}
	for to < len(t.toks) && to-t.speechAt < 40 && !t.endsAt(to, 0) && !t.toks[to].nl {
		to++
	}
	for k := from; k < to; k++ {
		if !t.toks[k].upper {
			continue
		}
		for _, w := range names[:n] {
			if t.toks[k].w == w {
				return true
			}
		}
	}
	return false
}

// glossedDay reads an editor's gloss in brackets right after the deictic
// word at token i ("arrived yesterday (Saturday)", "we meet today
// [Monday]"): the weekday it names is the day the speaker meant, so the
// word counts from the day that makes it that weekday, the one nearest
// now (the day the word would count from), within three days. A gloss
// that names no weekday ("yesterday (local time)") changes nothing.
func (t *tagger) glossedDay(i int, now time.Time) (time.Time, bool) {
	if !t.is(i+1, "(") && !t.is(i+1, "[") {
		return time.Time{}, false
	}
	wd, ok := weekdayOf(t.w(i + 2))
	if !ok || !t.is(i+3, ")") && !t.is(i+3, "]") {
		return time.Time{}, false
	}
	off := 0
	switch t.w(i) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	}
	meant := now.AddDate(0, 0, off)
	diff := (int(wd) - int(meant.Weekday()) + 7) % 7
	if diff > 3 {
		diff -= 7
	}
	return now.AddDate(0, 0, diff), true
}

// speechReach is how far (in tokens) the speech act the text dated last
// reaches over the quotations after it whose reporting verb has no day:
// a few paragraphs of one story.
const speechReach = 150

// inQuotation reports whether token i stands inside a quotation: a day
// there ("“I said on Monday that ...,” he said") is the quoted speaker's,
// no day of the speech act that reports it.
func (t *tagger) inQuotation(i int) bool {
	open, _ := t.quoteAround(i)
	return open >= 0
}

// quoteReach bounds how far back (in tokens) quoteAround looks for the
// start of the paragraph: a text with no line breaks is not scanned whole
// for every deictic word; past it, no quotation is known (the marks
// cannot be paired).
const quoteReach = 400

// quoteAround returns the quotation mark that opens a quotation holding
// token i (-1 when none: the last curly opening mark with no closing mark
// after it, or the last of an odd number of straight marks since the
// start of the paragraph) and the mark that closes it (-1 when the
// paragraph ends first, as a quotation going on in the next one does).
func (t *tagger) quoteAround(i int) (open, closing int) {
	open, closing = -1, -1
	straight, lastStraight, curly := 0, -1, -1
	from := i
	for from > 0 && !t.toks[from].nl {
		if i-from >= quoteReach {
			return -1, -1 // a paragraph too long to count its marks: no quotation known
		}
		from--
	}
	for k := from; k < i; k++ {
		switch t.toks[k].w {
		case "“":
			curly = k
		case "”":
			curly = -1
		case "\"":
			straight++
			lastStraight = k
		}
	}
	mark := ""
	switch {
	case curly >= 0:
		open, mark = curly, "”"
	case straight%2 == 1:
		open, mark = lastStraight, "\""
	default:
		return -1, -1
	}
	for k := i + 1; k < len(t.toks) && !t.toks[k].nl; k++ {
		if t.toks[k].w == mark {
			return open, k
		}
	}
	return open, -1
}

// quoteVerb finds the reporting verb of the quotation opened at token
// open and closed at closing: in the clause after the closing mark
// (""...," Foreign Minister Tran Van Loc told reporters late Wednesday"),
// else before the opening mark in its sentence ("Kerrigan said: "..."),
// or, when a sentence ends right before it, in the sentence before since
// the last quotation closed (""...," he said. "Now we ..."). It returns
// tPast or tPresent ("says", "tells") for the verb, tNone when there is
// none, and the day a dated clause after the quotation names for the
// verb as speechDated reads it (not "said on the eve of Tuesday's
// vote") ("said on Friday", "told reporters late Wednesday", "said
// yesterday"), and the verb's token (-1 when none).
func (t *tagger) quoteVerb(open, closing int) (tense, time.Time, bool, int) {
	if closing >= 0 && !t.endsAt(closing-1, 0) {
		for k, n := closing+1, 0; k < len(t.toks) && n < 10 && !t.toks[k].nl; k, n = k+1, n+1 {
			if t.endsAt(k, 0) {
				break
			}
			v := quoteReportingVerb(t.w(k))
			if v == tNone {
				continue
			}
			for m := k + 1; m < len(t.toks) && m <= k+9 && !t.toks[m].nl; m++ {
				if t.endsAt(m, stopComma) || t.toks[m].w == "\"" || t.toks[m].w == "“" {
					break
				}
				if c := t.core(m); c.ok() && c.i == m && (c.typ == Date || c.typ == Time) && len(c.val) >= 10 && t.speechDated(c) {
					if iv, _, ok := intervalOf(c.val[:10]); ok && !iv.Start.After(t.ref) {
						return v, iv.Start, true, k
					}
				}
			}
			return v, time.Time{}, false, k
		}
	}
	ends := 0
	for k := open - 1; k >= 0 && k >= open-30; k-- {
		tk := t.toks[k]
		if tk.w == "\"" || tk.w == "”" || tk.w == "“" {
			break
		}
		if t.endsAt(k, 0) {
			if k < open-1 || ends > 0 {
				break
			}
			ends++
		}
		if v := quoteReportingVerb(tk.w); v != tNone {
			return v, time.Time{}, false, k
		}
		if tk.nl {
			break
		}
	}
	if open > 0 && t.toks[open].nl {
		// AP's quotation going on over paragraphs: the paragraph before
		// left its quotation open (no closing mark), so this one is the
		// same quotation, with the same reporting verb
		if p := t.openAtEnd(open - 1); p >= 0 {
			return t.quoteVerb(p, -1)
		}
	}
	return tNone, time.Time{}, false, -1
}

// openAtEnd returns the opening mark of a quotation left open at the end
// of the paragraph whose last token is end (-1 when none, or when the
// paragraph is longer than quoteReach).
func (t *tagger) openAtEnd(end int) int {
	straight, lastStraight, curly := 0, -1, -1
	for k := end; k >= 0; k-- {
		if end-k >= quoteReach {
			return -1
		}
		switch t.toks[k].w {
		case "“":
			if curly == -1 {
				curly = k
			}
		case "”":
			if curly == -1 {
				curly = -2 // closed after its last opening
			}
		case "\"":
			straight++
			if lastStraight < 0 {
				lastStraight = k
			}
		}
		if t.toks[k].nl {
			break
		}
	}
	switch {
	case curly >= 0:
		return curly
	case curly == -1 && straight%2 == 1:
		return lastStraight
	}
	return -1
}

// quoteReportingVerb tells the tense of w as a verb that reports a
// quotation: tPast ("said", "told", "added"), tPresent ("says",
// "tells"), or tNone.
func quoteReportingVerb(w string) tense {
	switch w {
	case "said", "told", "added", "continued", "explained", "insisted", "recalled", "noted", "warned", "declared",
		"wrote", "asked", "replied", "stated", "argued", "tweeted", "posted", "testified", "acknowledged", "admitted":
		return tPast
	case "says", "tells", "adds", "explains", "insists", "recalls", "notes", "warns", "writes", "asks", "argues":
		return tPresent
	}
	return tNone
}

// speechDated reports whether the day c names dates a speech act: a
// reporting verb right before it or right after it ("said on Tuesday",
// "said late Tuesday", "on Tuesday said"), "told" with its listener
// between ("told reporters late Wednesday", "told the BBC on Tuesday"),
// "spoke" ("speaking") alone or to a listener ("spoke to reporters on
// Thursday"), or a noun of speech after "in", "at" or "during" a few
// words before it in its clause ("in a speech in Carlisle on Tuesday",
// "In an interview with AFP on Friday", "Speaking at his press
// conference on Thursday"). A day of what is said is none: "said
// Tuesday's vote was rigged", "said the election on Sunday was rigged",
// "told police the attack on Monday", "spoke about the attack on
// Monday"; nor is a day of a thing done ("sold the mine in a deal
// announced on Feb. 16"): "announced", "confirmed", "reported" tell of
// news, not of words quoted.
func (t *tagger) speechDated(c cand) bool {
	if t.is(c.j, "'") && t.is(c.j+1, "s") {
		return false // "said Tuesday's vote was rigged"
	}
	if quoteReportingVerb(t.w(c.j)) != tNone {
		return true
	}
	if quoteReportingVerb(t.w(c.i-1)) != tNone && clauseVerbAfterDay(t.w(c.j)) {
		return false // "He said Monday was the worst day of his life": the day is what is said
	}
	k := c.i - 1
	for k >= 0 && (t.is(k, "on") || t.is(k, "late") || t.is(k, "early") || c.typ == Time && t.is(k, "at")) {
		k-- // (a clock time after "at": "he said at 6 p.m. Monday")
	}
	if k < 0 {
		return false
	}
	listener := func(v int) bool {
		switch t.w(v) {
		case "told", "tells", "telling":
			return true
		case "to":
			return t.is(v-1, "spoke") || t.is(v-1, "speaking") || t.is(v-1, "speaks")
		}
		return false
	}
	switch w := t.w(k); {
	case (w == "told" || w == "warned") && beForm(t.w(k-1)):
		return false // "He was told on Monday that he had been fired": the subject heard the words
	case quoteReportingVerb(w) != tNone, w == "spoke", w == "speaking":
		return true
	case t.toks[k].kind == kWord && (listener(k-1) || determiner(t.w(k-1)) && listener(k-2)):
		return true // "told reporters late Wednesday", "spoke to the crowd on Friday"
	}
	if t.toks[k].upper && t.is(k-1, "on") && quoteReportingVerb(t.w(k-2)) != tNone {
		return true // "wrote on Twitter on Friday", "said on CNN on Sunday"
	}
	if t.toks[k].upper {
		// ""...," said Labour's Sarah Cole on Tuesday": the subject
		// after the verb, a name of capitalised words
		m := k
		for m > 0 && k-m < 6 && (t.toks[m].upper && t.toks[m].kind == kWord || t.is(m, "s") && t.is(m-1, "'") || t.is(m, "'") && t.attached(m)) {
			m--
		}
		if m < k && quoteReportingVerb(t.w(m)) != tNone {
			return true
		}
	}
	for k, n := c.i-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if t.endsAt(k, stopComma|stopSemicolon) || t.toks[k+1].nl {
			return false
		}
		w := t.w(k)
		if w == "\"" || w == "“" || w == "”" {
			return false // a day inside a quotation is the speaker's, not a day of speaking
		}
		if speechNoun(w) {
			return t.speechOccasion(k) && !t.passiveOccasion(k)
		}
		switch w {
		case "and", "but", "after", "before", "when", "while", "who", "which", "that", "because",
			"received", "obtained", "seen", "leaked", "found", "intercepted", "discovered":
			// "in a letter received on Friday": the day the words
			// reached someone, not the day they were written
			return false
		case "speaking", "spoke", "speaks":
			// "Speaking to BBC Radio 5 live on Saturday", "spoke in
			// parliament on Tuesday"; not "spoke about the attack on
			// Monday"
			switch t.w(k + 1) {
			case "to", "on", "at", "in", "during":
				return true
			}
			return false
		}
		if quoteReportingVerb(w) != tNone {
			return false // "said the election on Sunday was rigged"
		}
	}
	return false
}

// passiveOccasion reports whether the noun of speaking at k follows
// "in", "at" or "during" right after a passive ("He was named in a letter
// on Monday", "was criticised in a speech on Monday by the president"):
// the subject is what the words were about, not their speaker.
func (t *tagger) passiveOccasion(k int) bool {
	for m := k - 1; m > 1 && m >= k-5; m-- {
		switch t.w(m) {
		case "in", "at", "during":
			p := m - 1
			return perfectParticiple(t.w(p)) && (beForm(t.w(p-1)) || t.toks[p-1].kind == kWord && strings.HasSuffix(t.w(p-1), "ly") && beForm(t.w(p-2)))
		}
	}
	return false
}

// clauseVerbAfterDay reports whether w, right after a day that follows a
// reporting verb, is the verb of a clause the day is the subject of ("said
// Monday was the worst day", "said Sunday would be his last game"), so the
// day is what is said, not the day of saying.
func clauseVerbAfterDay(w string) bool {
	switch w {
	case "was", "is", "were", "are", "would", "will", "had", "has", "could", "should", "might", "marked", "saw", "brought":
		return true
	}
	return false
}

// genericDay reports whether "today" or "tomorrow" at i means the present or
// the future in general: "today's world", "the world of tomorrow".
func (t *tagger) genericDay(i int) bool {
	if t.w(i) == "tomorrow" && t.is(i-1, "of") && t.is(i-3, "the") && t.toks[i-2].kind == kWord {
		return true // "the events of today" is today, "the world of tomorrow" no day
	}
	if t.is(i+1, "'") && t.is(i+2, "s") {
		switch t.w(i + 3) {
		case "world", "youth", "society", "generation", "children", "kids", "young", "standards", "economy",
			"technology", "age", "era", "culture", "politics", "media", "teenagers", "parents", "students",
			"workers", "families", "consumers", "life", "europe", "america", "china", "russia", "india":
			return true
		}
	}
	return false
}

// disasterIn reports whether the bare month at i follows "the", a noun of
// a disaster or an attack in the singular and "in": "the flood in
// August", "the earthquake in April", "the attack in March". Such an
// event is reported once it has happened (the plural, "the floods in
// August", may be a season's to come).
func (t *tagger) disasterIn(i int) bool {
	if !t.is(i-1, "in") || !t.is(i-3, "the") {
		return false
	}
	switch t.w(i - 4) {
	case "for", "ahead", "before", "await", "awaits", "awaiting", "expect", "expects", "expected", "predict", "predicts", "fear", "fears", "feared":
		return false // "bracing for the hurricane in August": one still to come
	}
	switch t.w(i - 2) {
	case "flood", "earthquake", "quake", "tsunami", "landslide", "mudslide", "hurricane", "typhoon", "cyclone",
		"blast", "explosion", "attack", "bombing", "shooting", "massacre", "crash", "derailment", "coup":
		return true
	}
	return false
}

// needOn reports whether the weekday at i follows "on" or "by" in a
// clause of "need" or "needs" in the present, with at most four words
// between and no participle or comma ("The team needs a win on Sunday",
// "Farmers need rain by Friday"): a need is for a day to come. "needed",
// "needs ... after losing on Sunday" are not.
func (t *tagger) needOn(i int) bool {
	if !t.is(i-1, "on") && !t.is(i-1, "by") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		tk := t.toks[k]
		if tk.kind != kWord {
			return false
		}
		switch tk.w {
		case "needs", "need":
			return !t.is(k-1, "did") && !t.is(k-1, "didn") && !t.is(k-1, "to")
		}
		if n := len(tk.w); n > 3 && (tk.w[n-2:] == "ed" || tk.w[n-3:] == "ing") {
			return false
		}
	}
	return false
}

// possessiveDone reports whether the weekday at [i, j) stands in the
// possessive before a noun of an act that is reported once done
// ("Wednesday's ruling", "Monday's attack", "Friday's crash"): the day is
// past whatever the tense of the clause ("would look for ways around
// Wednesday's ruling"), unless a word of waiting precedes it ("ahead of
// Wednesday's ruling").
func (t *tagger) possessiveDone(i, j int) bool {
	if !t.is(j, "'") || !t.attached(j) || !t.is(j+1, "s") {
		return false
	}
	switch t.w(j + 2) {
	case "ruling", "decision", "verdict", "attack", "attacks", "bombing", "bombings", "shooting", "crash", "blast",
		"explosion", "raid", "killing", "killings", "massacre", "earthquake", "quake", "announcement", "rejection",
		"arrest", "arrests", "death", "collapse", "resignation", "defeat", "victory", "win", "loss":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch t.w(k) {
		case "ahead", "before", "await", "awaits", "awaiting", "awaited", "expected", "upcoming", "until", "pending":
			return false
		}
	}
	return true
}

// possessiveScheduled reports whether the weekday ending before token j
// stands in the possessive before a noun phrase (at most three words) that
// is the subject of a verb of a timetable used without an object:
// "Sunday's race starts at 2pm", "Saturday's final kicks off at 3pm",
// "Friday's meeting begins at noon", "Monday's hearing takes place in
// Leeds". Such a day is to come; "Tuesday's attack begins a new phase"
// (the verb with an object) is not one.
func (t *tagger) possessiveScheduled(j int) bool {
	if !t.is(j, "'") || !t.attached(j) || !t.is(j+1, "s") {
		return false
	}
	for k := j + 2; k < len(t.toks) && k <= j+5; k++ {
		tk := t.toks[k]
		if tk.kind != kWord {
			return false
		}
		switch tk.w {
		case "starts", "begins":
			// a time or place after it, or nothing: "starts at 2pm",
			// "begins in Leeds", "starts." ("Monday's trading starts
			// lower" tells how it went)
			switch t.w(k + 1) {
			case "at", "on", "in", "from", "after", "before", "tomorrow", "today", "tonight", ".", ",", "":
				return true
			}
			return false
		case "kicks":
			return t.is(k+1, "off") && !determiner(t.w(k+2))
		case "takes":
			return t.is(k+1, "place")
		case "gets":
			return t.is(k+1, "under") && t.is(k+2, "way") || t.is(k+1, "underway")
		}
		if cueOf(tk.w) != tNone {
			return false // "Tuesday's draw leaves ...": another verb first
		}
	}
	return false
}

// dayLater reports whether a day word ("Friday", "today", "yesterday")
// follows token i in its sentence ("killed three people overnight,
// officials said on Friday"): that day, not the narrative's, dates the
// clause.
func (t *tagger) dayLater(i int) bool {
	for k := i; k < len(t.toks); k++ {
		tk := t.toks[k]
		if t.endsAt(k, stopLine) {
			return false
		}
		if tk.kind != kWord {
			continue
		}
		if _, ok := weekdayOf(tk.w); ok {
			return true
		}
		switch tk.w {
		case "today", "yesterday", "tonight":
			return true
		}
	}
	return false
}

// modStart returns the first token of the expression at i with the words
// of its position before it: "late May", "mid-May", "early in May".
func (t *tagger) modStart(i int) int {
	switch {
	case t.is(i-1, "-") && t.is(i-2, "mid"):
		return i - 2
	case t.is(i-1, "late") || t.is(i-1, "early") || t.is(i-1, "mid"):
		return i - 1
	}
	return i
}

// habitual reports whether an adverb of habit ("usually", "typically",
// "normally", "generally", "traditionally") stands before token i in its
// clause (no comma, "and", "but" between), within sixteen tokens, right before a verb in the simple present
// ("usually runs", "typically peaks") or, after a comma, a participle
// ("the budget, usually presented in January,"): a month named there is
// any year's.
func (t *tagger) habitual(i int) bool {
	lo := i - 16
	for k := i - 1; k > 0 && k >= lo; k-- {
		tk := t.toks[k]
		if t.endsAt(k, stopLine|stopSemicolon|stopComma) {
			if t.is(k, ",") && t.habitClauseAfter(k, i) {
				// "The level usually peaks in May, before plants absorb
				// carbon dioxide during the summer growing season": the
				// habit goes on into a clause of time in the present
				lo = k - 12
				continue
			}
			return false
		}
		switch tk.w {
		case "and":
			if t.habitGoesOn(k) {
				// "Rains usually return in mid-March and last until July":
				// a second verb of the same subject goes on with the habit
				continue
			}
			return false // another clause: "usually opens in March, and last year it opened in April"
		case "but", "while", "whereas", "although", "though":
			return false
		case "starts", "begins", "ends", "peaks", "arrives", "finishes":
			if t.seasonCycleBefore(k) {
				// "The four-month rainy season starts in June", "the
				// harvest season peaks in January": a season of nature
				// or the farm comes back every year
				return true
			}
		case "usually", "typically", "normally", "generally", "traditionally":
			v := t.w(k + 1)
			if len(v) > 3 && v[len(v)-1] == 's' && v[len(v)-2] != 's' && t.cue(k+1) == tPresent {
				return true
			}
			if len(v) > 3 && v[len(v)-1] == 's' && v[len(v)-2] != 's' && v[len(v)-2] != 'u' && plainVerb(v[:len(v)-1]) && t.cue(k+1) == tNone && t.singularSubject(k-1) {
				// "The flu season usually peaks in February": a verb in -s
				// that is no cue word, after a singular noun that is the
				// subject
				return true
			}
			if t.is(k-1, ",") && (len(v) > 4 && v[len(v)-2:] == "ed" || v == "held" || v == "paid" || v == "set" || v == "made" || v == "given" || v == "sent" || v == "done") {
				// "The corporation's budget, usually presented in January,
				// will now be presented later": a participle of habit set
				// off by commas, its month any year's
				return true
			}
			// "Mills usually start crushing cane in October": a plural
			// subject before the adverb, a verb's plain form after it
			return t.pluralSubject(k-1) && plainVerb(v) && t.cue(k+1) != tPast
		}
	}
	return false
}

// habitClauseAfter reports whether the comma at k opens a clause of time
// ("before", "after", "when", "until", "once") that runs to token i with
// no verb in the past or the future and no number of a year: "usually
// peaks in May, before plants absorb carbon dioxide during the summer"
// tells the habit on, as the clause before it does ("usually peaks in
// May, before the report came out in June" is past; ", when investors
// will buy in December" is to come; ", until the new law takes effect in
// July" is a change told once).
func (t *tagger) habitClauseAfter(k, i int) bool {
	switch t.w(k + 1) {
	case "before", "after", "when", "until", "once":
	default:
		return false
	}
	for m := k + 2; m < i; m++ {
		if c := t.cue(m); c == tPast || c == tFuture {
			return false
		}
		if t.endsAt(m, stopLine|stopSemicolon|stopComma) || t.toks[m].kind == kNum && len(t.toks[m].w) == 4 {
			return false
		}
		switch t.w(m) {
		case "new", "effect", "force":
			// "Ferries usually sail in May, until the new law takes
			// effect in July": a change told once, in the present of a
			// timetable, ends the habit; its month is this year's
			return false
		}
	}
	return true
}

// seasonThisTime reports whether the sentence of the verb at k tells of
// this year's season, not the habit: a weekday or "today" dates its
// report ("The monsoon season starts in June, the weather office said on
// Monday"), "this time", "this year" set it apart (not after "but", which
// sets the year against the habit), or it is measured
// against the normal ("a week later than normal", "earlier than usual").
func (t *tagger) seasonThisTime(k int) bool {
	for m := range t.around(k, k+1, 40, stopSemicolon|stopLine) {
		w := t.w(m)
		if _, ok := weekdayOf(w); ok && t.toks[m].upper {
			return true
		}
		switch w {
		case "today", "yesterday", "tomorrow", "tonight":
			return true
		case "this":
			if u, _ := unitOf(t.w(m + 1)); (u != uNone || t.is(m+1, "time")) && !t.is(m-1, "but") {
				return true // not "..., but this year farmers are late": the habit set against this year
			}
		case "normal", "usual", "average":
			if t.is(m-1, "than") {
				return true
			}
		}
	}
	return false
}

// seasonCycleBefore reports whether the verb at k has for its subject a
// season of the weather, of nature or of the farm, right before it after
// "the" and up to two words ("The four-month rainy season starts in June",
// "the harvest season peaks in January"): a season that comes back every
// year, which a verb in the present tells as a habit. A season of a year
// ("The 2013 hurricane season starts on June 1", "This year's monsoon
// season begins") or of sport and business ("The new season starts in
// August") is one season.
func (t *tagger) seasonCycleBefore(k int) bool {
	if !t.is(k-1, "season") {
		return false
	}
	switch t.w(k - 2) {
	case "rainy", "dry", "wet", "monsoon", "growing", "planting", "sowing", "harvest", "harvesting", "crushing", "hurricane", "typhoon",
		"cyclone", "tornado", "flu", "fire", "wildfire", "bushfire", "breeding", "nesting", "spawning", "mating", "pollen", "allergy":
	default:
		return false
	}
	for m := k - 3; m >= 0 && m >= k-7; m-- {
		switch {
		case t.is(m, "the"):
			// the subject of a main clause: "until the monsoon season
			// arrives in mid-July" waits for this year's
			return (m == 0 || t.toks[m].nl || t.toks[m-1].kind == kPunct || t.is(m-1, "and") || t.is(m-1, "but")) && !t.seasonThisTime(k)
		case t.toks[m].kind == kNum, t.is(m, "this"), t.is(m, "next"), t.is(m, "last"), t.is(m, "new"), t.is(m, "s"), t.is(m, "current"), t.is(m, "coming"):
			return false
		}
	}
	return false
}

// habitGoesOn reports whether "and" at k joins a second month closing the
// phrase ("in January and February.") or a second verb of the same
// subject, in the present, to a clause before it: a plain verb or one in
// -s right after "and", then a preposition or "again" ("and last until
// July", "and finish by mid-November", "and grows again through the
// winter"). A new subject ("and farmers plant in April"), an auxiliary
// ("and will return in June"), a past ("and returned in May") or a
// deictic word ("and last year it opened in April") is another clause.
func (t *tagger) habitGoesOn(k int) bool {
	v := t.w(k + 1)
	if _, ok := monthOf(v); ok && t.toks[k+1].upper && (k+2 >= len(t.toks) || t.toks[k+2].kind == kPunct) {
		return true // "peaks in January and February.": a second month of the same phrase
	}
	if !plainVerb(v) || t.toks[k+1].upper {
		return false
	}
	if c := t.cue(k + 1); c == tPast || c == tFuture {
		return false
	}
	switch v {
	case "was", "did", "does", "has", "can", "could", "may", "might", "must", "should", "then", "also", "not", "this", "that", "its", "their":
		return false
	}
	n := t.w(k + 2)
	if u, _ := unitOf(n); u != uNone || n == "and" || n == "or" || n == "as" {
		return false
	}
	return preposition(n) || n == "again" || n == "through"
}

// singularSubject reports whether token k, right before an adverb of
// habit, is a singular noun that can be its clause's subject: a
// lower-case word not in -s after "the", "a", "an" or another lower-case
// word ("The flu season usually", "the market typically"), or a
// capitalised name ("Parliament usually").
func (t *tagger) singularSubject(k int) bool {
	if k < 0 || t.toks[k].kind != kWord || determiner(t.w(k)) || preposition(t.w(k)) {
		return false
	}
	w := t.w(k)
	if w[len(w)-1] == 's' || t.cue(k) != tNone {
		return false
	}
	switch w {
	case "it", "he", "she", "this", "that", "which", "who":
		return true
	}
	return t.toks[k].upper || k > 0 && t.toks[k-1].kind == kWord
}

// eventOfYear returns the year of "last year's", "this year's", "next
// year's" before a noun of an event and "on" right before the day at i
// ("will hold next year's ceremony on Feb. 22", "last year's election on
// May 6"): the day is that event's, in that year; or 0 ("last year's
// winner plays on March 5" dates the playing, not the winner).
func (t *tagger) eventOfYear(i int) int {
	if !t.is(i-1, "on") || !t.is(i-3, "s") || !t.is(i-4, "'") && !t.is(i-4, "’") {
		return 0
	}
	switch t.w(i - 2) {
	case "ceremony", "election", "elections", "festival", "games", "tournament", "conference", "summit",
		"race", "marathon", "final", "championship", "championships", "convention", "congress", "referendum", "vote", "budget":
		if !t.eventHeldBy(i - 7) {
			return 0
		}
		return t.deicticYear(i - 6)
	}
	return 0
}

// comingEventYear returns the year of the subject opening the sentence
// when it is an event that happens once, named with a year not yet over,
// and the verb right after it tells when it takes place, to come: "The
// 2016 election will be held on Nov. 8" (in 2015), "The 2018 World Cup
// will begin on June 14", "The 2016 referendum is set for June 23". The
// month and day after "on" or "for" are then that year's. Another verb
// ("The 2016 election will be discussed on Nov. 8") dates its own deed,
// and a past verb is left to eventSubjectYear; it returns 0 for them.
func (t *tagger) comingEventYear(i int) int {
	if !t.is(i-1, "on") && !t.is(i-1, "for") {
		return 0
	}
	s := i - 1
	for s > 0 && !t.opensSentence(s) && i-s <= 14 {
		if tk := t.toks[s]; tk.kind == kPunct && tk.w != "-" && !t.abbrevDot(s) {
			return 0
		}
		s--
	}
	if !t.opensSentence(s) || !t.is(s, "the") || s+1 >= len(t.toks) {
		return 0
	}
	yt := t.toks[s+1]
	if yt.kind != kNum || len(yt.w) != 4 || yt.n < t.ref.Year() || yt.n > t.ref.Year()+10 {
		return 0
	}
	n := -1
	for k := s + 2; k < i && k <= s+6; k++ {
		if onceEventNoun(t.w(k)) {
			n = k
			break
		}
	}
	if n < 0 {
		return 0
	}
	v := n + 1
	if t.is(v, "in") && v+1 < i && t.toks[v+1].upper {
		for v++; v < i && t.toks[v].kind == kWord && t.toks[v].upper; v++ {
		}
	}
	ok := false
	switch {
	case t.is(v, "will"):
		switch t.w(v + 1) {
		case "be":
			ok = t.is(v+2, "held") || t.is(v+2, "staged")
		case "take":
			ok = t.is(v+2, "place")
		case "begin", "start", "open", "end", "close":
			ok = true
		}
	case t.is(v, "is"), t.is(v, "are"):
		switch t.w(v + 1) {
		case "set", "scheduled", "due", "slated":
			ok = true
		}
	}
	if !ok {
		return 0
	}
	return yt.n
}

// eventHeldBy reports whether token k, right before "next year's"
// and an event's noun, lets the day after that noun date the event: a
// verb of holding it ("hold", "host", "stage", "schedule"), a preposition,
// or nothing (the phrase opens its clause: "Last year's election on May
// 6 returned"). Another verb dates its own deed: "unveiled next year's
// budget on Oct. 3", "announced next year's festival on March 1".
func (t *tagger) eventHeldBy(k int) bool {
	if k < 0 || t.toks[k].kind != kWord {
		return true
	}
	switch t.w(k) {
	case "hold", "holds", "held", "holding", "host", "hosts", "hosted", "hosting", "stage", "stages", "staged", "staging",
		"schedule", "schedules", "scheduled", "set", "sets", "be", "is", "was", "will",
		"since", "after", "before", "during", "at", "in", "until", "for", "of", "from", "and", "but", "while", "as":
		return true
	}
	return false
}

// deicticYearEnds reports whether the expression ending at token j ends
// in "last year", "this year" or "next year" ("March last year"): its
// year is named.
func (t *tagger) deicticYearEnds(j int) bool {
	if !t.is(j-1, "year") {
		return false
	}
	return t.is(j-2, "last") || t.is(j-2, "this") || t.is(j-2, "next")
}

// rangeAround returns the year of the bare month m at tokens [i, j) when
// it opens a range of months after "from" ("from June to September", "from
// March through May", "from December to March") that holds the reference
// month: the range under way, begun this year or, across the turn of the
// year, last year. It returns 0 for any other month.
func (t *tagger) rangeAround(i, j int, m time.Month) int {
	if !t.is(i-1, "from") {
		return 0
	}
	switch t.w(j) {
	case "to", "through", "until", "till", "thru":
	default:
		return 0
	}
	m2, ok := monthOf(t.w(j + 1))
	if !ok || !isFullMonth(t.w(j+1)) || m2 == m {
		return 0
	}
	if k := j + 2; k < len(t.toks) && t.toks[k].kind == kNum || t.is(k, ",") && t.toks[min(k+1, len(t.toks)-1)].kind == kNum {
		return 0 // "from June to September 2011": the year is named
	}
	switch r := t.ref.Month(); {
	case m < m2 && m <= r && r <= m2, m > m2 && r >= m:
		return t.ref.Year()
	case m > m2 && r <= m2:
		return t.ref.Year() - 1 // "from December to March" in February
	}
	return 0
}

// pluralSubject reports whether the word at k can be a plural subject
// right before an adverb of habit: "they", "we", "you", or a plural noun
// ("mills", "farmers"), not a verb of the third person ("has", "is").
func (t *tagger) pluralSubject(k int) bool {
	if k < 0 || k >= len(t.toks) || t.toks[k].kind != kWord {
		return false
	}
	switch w := t.toks[k].w; w {
	case "they", "we", "you":
		return true
	case "has", "is", "was", "does", "this", "its", "his", "us", "as", "thus", "plus":
		return false
	default:
		return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u'
	}
}

// plainVerb reports whether w can be a verb's plain form after an adverb
// of habit: a lower-case word of letters that is no past participle or
// gerund ("start", "plant", "open"; not "started", "planting").
func plainVerb(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch w {
	case "the", "and", "for", "not", "are", "were", "been", "had", "have", "about", "around", "from", "into", "with", "than", "only":
		return false
	}
	return true
}

// figuresFor reports whether the month at i is the period of a noun of
// figures before "for" ("figures for January", "data for March"), or
// ends the stretch they cover ("figures for the three months to
// February").
func (t *tagger) figuresFor(i int) bool {
	if t.is(i-1, "to") {
		// "the figures for the three months to February", "data for the
		// year to March": the month that ends the stretch they cover
		switch t.w(i - 2) {
		case "months", "weeks", "year", "quarter":
			for k := i - 3; k >= 0 && k >= i-6; k-- {
				if t.is(k, "for") {
					i = k + 1
					break
				}
			}
		}
	}
	if !t.is(i-1, "for") {
		return false
	}
	switch t.w(i - 2) {
	case "figures", "data", "statistics", "numbers", "results", "readings", "payrolls",
		"survey", "surveys", "estimate", "estimates", "report":
		return true // "the quarterly survey for April to June will be published"
	}
	return false
}

// forecastFor reports whether the month at i follows "for" in the object
// of a verb that sets or changes a forecast ("raised its Brent forecast to
// $95 a barrel for December", "cut its price target for June", "lowered
// its outlook for March"): a forecast is of a time to come, so the month
// is the current one or one to come, whatever the verb's past. A forecast
// that is only judged ("Its forecast for December proved too high"), an
// estimate, a forecast of a month's figures ("cut their forecast for
// March payrolls": a month that may be gone) and a sentence dated before
// ("In 2019, it raised its forecast for December") leave the tense to
// decide.
func (t *tagger) forecastFor(i int) bool {
	if !t.is(i-1, "for") || t.lastSet && t.sameSentence(t.lastAt, i) {
		return false
	}
	if n := i + 1; n < len(t.toks) && t.toks[n].kind == kWord && !t.toks[n].nl {
		switch t.w(n) {
		case "and", "or", "but", "from", "to", "at", "in", "on", "as", "after", "before", "while", "when", "compared", "against", "versus":
		default:
			// "cut their forecast for March payrolls" in April: a
			// forecast of a month's figures, which may be a month gone
			return false
		}
	}
	for k := i + 1; k < len(t.toks) && k <= i+10; k++ {
		if t.endsAt(k, stopLine|stopSemicolon) {
			break
		}
		if t.toks[k].kind == kWord && !t.toks[k].upper && t.cue(k) == tPast && (t.is(k-1, "when") || t.is(k-2, "when") || t.is(k-2, "which") || t.is(k-3, "which")) {
			// "raised its forecast for February, when prices jumped",
			// "for February, a month in which sales slumped": a clause
			// on the month tells it in the past, so it is gone
			return false
		}
	}
	noun := -1
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		tk := t.toks[k]
		if tk.kind == kPunct && tk.w != "$" && tk.w != "%" && tk.w != "." && tk.w != "," && tk.w != "'" {
			return false
		}
		if tk.kind == kPunct && tk.w == "." && !t.attached(k) {
			return false
		}
		switch tk.w {
		case "forecast", "forecasts", "target", "targets", "outlook", "outlooks", "projection", "projections":
			if noun < 0 {
				noun = k
			}
		case "raised", "raises", "lifted", "lifts", "cut", "cuts", "lowered", "lowers", "trimmed", "trims", "boosted", "boosts",
			"revised", "revises", "upgraded", "upgrades", "downgraded", "downgrades", "hiked", "hikes", "slashed", "slashes":
			return noun > k
		}
	}
	return false
}

// nextEventIn reports whether the month over [i, j) follows "in" after
// "next" and a noun of a scheduled event right before "in" ("its next
// policy meeting in April", "the next election in May"; not "exploded
// next to the embassy in May"): the event to come, though a reporting verb
// before it is past ("The Fed said a hike remained unlikely at its next
// policy meeting in April"). A count of time after "next" ("the next day
// in March") and a past verb after the month ("the next meeting in
// April was cancelled": next after a time gone) leave the tense to
// decide.
func (t *tagger) nextEventIn(i, j int) bool {
	if !t.is(i-1, "in") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		tk := t.toks[k]
		if tk.kind != kWord {
			return false
		}
		if tk.w != "next" {
			continue
		}
		if !eventNoun(t.w(i - 2)) {
			return false // "exploded next to the embassy in May", "the next day in March"
		}
		c, at := t.tenseCue(i, j)
		if c == tPast && at > i {
			return false
		}
		if c == tPast && at < i && !t.reportedBefore(at) {
			// "The Fed raised rates at its next meeting in March", "The
			// party won the next election in May": a deed told in the
			// past, no reported words, took place at that event, gone
			return false
		}
		return true
	}
	return false
}

// reportedBefore reports whether a verb of reported speech ("said",
// "told", "warned", "signalled") stands at token k or before it in its
// sentence: a past verb after it may be the backshifted present of the
// words reported ("said a hike remained unlikely at its next meeting").
func (t *tagger) reportedBefore(k int) bool {
	for m := k; m >= 0 && m > k-40; m-- {
		if m < k && t.endsAt(m, stopLine|stopSemicolon) {
			return false
		}
		switch w := t.w(m); {
		case reportingVerb(w):
			return true
		case w == "warned", w == "signalled", w == "signaled", w == "indicated", w == "suggested", w == "noted", w == "predicted", w == "hinted", w == "wrote", w == "insisted", w == "argued":
			return true
		}
	}
	return false
}

// eventNoun reports whether w names a scheduled event ("meeting",
// "election", "auction").
func eventNoun(w string) bool {
	switch w {
	case "meeting", "meetings", "session", "election", "vote", "review", "round", "summit", "auction", "decision",
		"hearing", "conference", "talks", "visit", "launch", "match", "race", "trial", "congress", "convention":
		return true
	}
	return false
}

// inMonthAfter returns the month named after "in" within the twelve
// tokens from j, in the same sentence ("fell below zero in April").
func (t *tagger) inMonthAfter(j int) (time.Month, bool) {
	for k := j; k < len(t.toks) && k < j+12; k++ {
		if t.endsAt(k, 0) {
			break
		}
		if m, ok := monthOf(t.w(k)); ok && t.toks[k].upper && t.is(k-1, "in") && !(k+1 < len(t.toks) && t.toks[k+1].kind == kNum) {
			return m, true
		}
	}
	return 0, false
}

// contractMonth reports whether the month over [i, j) names a futures
// contract by its month of delivery ("crude for January delivery",
// "Brent for January settlement", "January futures", and "the January
// contract" in a text that spoke of delivery or futures before or after
// a commodity, "Brent's January contract", "the January strip" in such
// a text, and a
// market report's "Heating oil for January rose"; "for January delivery"
// after a commodity or a contract only): that month is the current one or one to come, whatever the
// tense, since a contract that has delivered is no longer traded. "the
// January contract" of a text with no such word (a wage deal) keeps the
// tense's month, and so does "the January settlement" of a lawsuit
// ("delivery", "settlement" count after "for" only).
func (t *tagger) contractMonth(i, j int) bool {
	switch t.w(j) {
	case "delivery", "settlement", "shipment", "loading":
		// "crude for January delivery": a commodity's or a contract's;
		// "under the January settlement" of a lawsuit, "jets ordered for
		// March delivery" are none
		return t.is(i-1, "for") && commodity(t.w(i-2))
	case "futures":
		return true
	case "strip":
		// "the January strip" of a market report that spoke of futures,
		// delivery or contracts ("the Gaza Strip" has no month before
		// it; "In January strip mining resumed" no "the")
		if !t.is(i-1, "the") {
			return false
		}
		for k := i - 1; k >= 0 && k >= i-300; k-- {
			switch t.toks[k].w {
			case "delivery", "futures", "contract", "contracts":
				return true
			}
		}
	case "contract", "contracts":
		if commodity(t.w(i-1)) || t.is(i-1, "s") && t.is(i-2, "'") && commodity(t.w(i-3)) {
			// "Brent's January contract", "the crude January contract":
			// a commodity's contract, whatever came before
			return true
		}
		for k := i - 1; k >= 0 && k >= i-300; k-- {
			switch t.toks[k].w {
			case "delivery", "futures":
				return true
			}
		}
	}
	if t.is(i-1, "for") && commodity(t.w(i-2)) && priceMove(t.w(j)) {
		// "Heating oil for January rose 2 cents", "Gas for February
		// slipped": a market report's shorthand for the contract of
		// that month ("for January delivery")
		return true
	}
	return false
}

// priceMove reports whether w is a verb of a price's move in a market
// report ("rose", "fell", "settled").
func priceMove(w string) bool {
	switch w {
	case "rose", "fell", "gained", "lost", "slipped", "dropped", "climbed", "settled", "traded", "added", "eased", "jumped",
		"slid", "surged", "tumbled", "advanced", "declined", "rises", "falls", "gains", "slips", "drops", "climbs", "settles", "trades", "eases":
		return true
	}
	return false
}

// commodity reports whether w names a traded commodity or a futures
// contract ("crude", "gold", "futures").
func commodity(w string) bool {
	switch w {
	case "crude", "oil", "brent", "gas", "gasoline", "diesel", "fuel", "heating", "gold", "silver", "copper", "platinum",
		"palladium", "aluminum", "aluminium", "nickel", "zinc", "wheat", "corn", "soybeans", "soy", "sugar", "coffee",
		"cocoa", "cotton", "rice", "cattle", "hogs", "futures", "contract", "contracts", "wti", "power", "electricity", "coal", "lng", "propane":
		return true
	}
	return false
}

// monthOfFigures reads a month before a noun of figures or of a forecast,
// after a determiner or a possessive ("the January payrolls report", "its
// April forecast", "the March count", "the Fed's June projections"): the
// month the figures cover or the forecast was made in, the nearest one,
// whatever the tense of the clause ("Investors will look to the January
// payrolls report on Friday" in February is the January just gone; "will
// publish its June forecast" in March the June to come); the one gone
// when "from" or "than" compares with it ("up from its April forecast"),
// or when the clause is past ("the March count was revised up").
// "the June meeting", "its March launch" name no figures and keep the
// tense's month. The month's own possessive reads alike ("in line with
// January's inflation figure", "At June's sales pace", "January's jobs
// report"), but "January's sales" (a sale season) and "January's new
// signing" do not.
func (t *tagger) monthOfFigures(i, j int) (int, bool) {
	figures := func(k int) bool {
		switch t.w(k) {
		case "forecast", "forecasts", "projection", "projections", "estimate", "estimates", "outlook", "guidance",
			"reading", "readings", "figure", "figures", "data", "payrolls", "payroll", "count", "report", "survey",
			"jobs", "employment", "inflation", "statistics", "numbers", "minutes":
			return true
		}
		return false
	}
	if t.is(j, "'") && t.is(j+1, "s") && t.attached(j) && j+2 < len(t.toks) {
		// the month's own possessive: "in line with January's inflation
		// figure", "At June's sales pace", "May's figures were revised":
		// the figures of that month, as "the January figures"
		k := j + 2
		switch t.w(k) {
		case "sales", "inflation", "jobs", "trade", "retail", "consumer", "house", "home", "output", "unemployment", "claimant", "payrolls":
			switch t.w(k + 1) {
			case "pace", "rate", "level", "figure", "figures", "data", "report", "reading", "numbers", "index", "count", "total":
				k++
			}
		}
		if t.toks[k].upper || t.is(k+1, "-") || !figures(k) && !t.is(k, "pace") && !t.is(k, "index") {
			return 0, false
		}
	} else {
		switch t.w(i - 1) {
		case "the", "its", "their", "his", "her", "our":
		case "s":
			if !t.is(i-2, "'") {
				return 0, false
			}
		default:
			return 0, false
		}
		if !figures(j) || t.is(j+1, "-") || t.toks[j].upper {
			return 0, false
		}
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if t.is(k, "from") || t.is(k, "than") {
			return strongPast, true // "up from its April forecast": one made before, even in the month before it
		}
	}
	if t.tenseAt(i, j+1) == tPast {
		return strongPast, true // "revised the March count up" in February: figures of a month gone
	}
	return 0, true
}

// upFromIn reports whether the month at tokens [i, j) closes the
// comparison of a figure "up from" or "down from" another figure "in" it:
// "would take 5.5 months, up from 5.2 months in May", "will rise to 6%,
// down from 7% in March". The figure compared with was measured, so the
// month is gone whatever the tense of the clause. A figure must stand
// between ("will move up from fifth in May" is a move to come); a range
// on ("up from $3 in March to $5 in June") may be a plan and is left to
// the tense.
func (t *tagger) upFromIn(i, j int) bool {
	if !t.is(i-1, "in") || t.is(j, "to") || t.is(j, "through") {
		return false
	}
	figure := false
	for k := i - 2; k >= 1 && k >= i-9; k-- {
		switch t.w(k) {
		case ",", ".":
			if t.attached(k) && t.attached(k+1) && t.toks[k-1].kind == kNum && t.toks[k+1].kind == kNum {
				continue // "5.2", "2,000": inside a figure
			}
			return false
		case ";", ":", "to", "in", "and", "than":
			return false // "up from $3 in March to $5 in June": the end of a range
		case "from":
			return figure && (t.is(k-1, "up") || t.is(k-1, "down"))
		case "st", "nd", "rd", "th":
			return false // "will move up from 5th in May": a rank, no figure measured
		}
		if t.toks[k].kind == kNum {
			figure = true
		}
	}
	return false
}

// yearsHorizon reports whether "within" a stretch of years or more ("within
// a few decades", "within 20 years") stands in the sentence of tokens [i,
// j), within twelve tokens: in a clause in the future tense, "the ocean
// could be ice-free in September within a few decades" names a month of
// no particular year ("left in March and returned within two years" is
// past, and March one month).
//
// least is the least unit of the "within" stretch: uYear for a month,
// uDecade for a season ("would return in the autumn and hoped to publish
// within the next two years" is the coming autumn).
func (t *tagger) yearsHorizon(i, j int, least unit) bool {
	for k := range t.around(i, j, 14, stopSemicolon|stopLine) {
		switch t.toks[k].w {
		case "within":
			if k < i && t.clauseJoinBetween(k, i) {
				continue // "Within a few decades, the ice will go, and in August ...": another clause
			}
			for m := k + 1; m <= k+4 && m < len(t.toks); m++ {
				if u, pl := unitOf(t.w(m)); u != uNone {
					if least == uDecade && u == uYear && pl && t.toks[m-1].kind == kNum && t.toks[m-1].n >= 20 && !t.joinBetween(min(j, k), max(i, k)) {
						// "could be ice-free in summer within 20 or 30
						// years": a count of two decades or more is a
						// horizon of decades ("within the next two years",
						// "within 10 years" are not, nor the horizon of
						// another verb: "will return in the autumn and
						// hopes to finish within 25 years")
						return true
					}
					return pl && u >= least && u != uQuarter && u != uSeason
				}
			}
		case "next", "coming":
			// "In the next few decades, we will see a blue Arctic Ocean
			// in September", "ice-free in September in the coming
			// decades": a horizon of decades with no count, after "in",
			// "over", "within", "during", not "for the next 20 years"
			// nor "for the coming decades", which a plan runs for
			p := k - 1
			if t.is(p, "the") {
				p--
			}
			switch t.w(p) {
			case "in", "over", "within", "during":
			default:
				continue // "will run for the coming decades": the stretch a plan lasts; "the coming decades will be hard"
			}
			opens := p == 0 || t.toks[p].nl || t.toks[p-1].kind == kPunct && (t.punctEnds(p-1, stopLine) || t.is(p-1, "\"") || t.is(p-1, "“"))
			if k < i && (!opens || t.clauseJoinBetween(k, i)) || k > i && t.commaBetween(j, p) {
				// "will sail in September, the first of many voyages
				// planned in the coming decades": the horizon of another
				// verb; it must open the sentence or follow the month in
				// its clause
				continue
			}
			m := k + 1
			if t.is(m, "few") || t.is(m, "several") {
				m++
			}
			if u, pl := unitOf(t.w(m)); pl && (u == uDecade || u == uCentury) {
				return true
			}
		}
	}
	return false
}

// joinBetween reports whether "and", "but", "or" or a comma stands among
// the tokens [from, to).
func (t *tagger) joinBetween(from, to int) bool {
	for k := from; k < to && k < len(t.toks); k++ {
		switch t.toks[k].w {
		case "and", "but", "or", ",":
			if t.toks[k].w == "or" && k > 0 && t.toks[k-1].kind == kNum {
				continue // "within 20 or 30 years"
			}
			return true
		}
	}
	return false
}

// clauseJoinBetween reports whether a comma and a conjunction that opens
// a clause of its own (", and", ", but", ", while") stand among the tokens
// [from, to): "Over the coming decades, the region will warm, and in
// August the government will publish a plan" leaves August outside the
// horizon, the coming August.
func (t *tagger) clauseJoinBetween(from, to int) bool {
	for k := from; k+1 < to && k+1 < len(t.toks); k++ {
		if t.is(k, ",") {
			switch t.w(k + 1) {
			case "and", "but", "while", "whereas", "although", "though":
				return true
			}
		}
	}
	return false
}

// commaBetween reports whether a comma stands among the tokens [from, to).
func (t *tagger) commaBetween(from, to int) bool {
	for k := from; k < to && k < len(t.toks); k++ {
		if t.is(k, ",") {
			return true
		}
	}
	return false
}

// inYear returns the year after "in" at token k ("met on March 3 in 2011",
// "on Thanksgiving night in 2011"), or 0: a date without its year whose
// year follows as an expression of its own, as TimeBank marks "2011"
// apart, takes that year, not one chosen by the tense.
func (t *tagger) inYear(k int) int {
	if !t.is(k, "in") || k+1 >= len(t.toks) || t.toks[k+1].kind != kNum {
		return 0
	}
	return t.yearOnly(k + 1)
}

// waitingFor reports whether a word of waiting stands right before the
// expression at i, "for" between or not: "are waiting for Friday's jobs
// report", "awaiting Thursday's vote", "ahead of Sunday's election".
func (t *tagger) waitingFor(i int) bool {
	k := i - 1
	if t.is(k, "for") || t.is(k, "of") {
		k--
	}
	switch t.w(k) {
	case "waiting", "wait", "waits", "awaiting", "await", "awaits", "ahead", "eyeing", "eye", "eyes":
		return true
	}
	return false
}

// deadlineSet reports whether the weekday at i names a deadline someone
// set or faces: "set a Monday deadline", "faces a Friday deadline",
// "imposed a Tuesday deadline" ("shares tendered by the Tuesday deadline"
// tells of one met).
func (t *tagger) deadlineSet(i int) bool {
	k := i - 1
	if !t.is(k, "a") && !t.is(k, "the") {
		return false
	}
	switch t.w(k - 1) {
	case "set", "sets", "setting", "imposed", "imposes", "gave", "given", "gives", "faces", "face", "facing", "faced", "meet", "looming":
		return true
	}
	return false
}

// deadlineGone reports whether the sentence around tokens [i, j) tells
// that a deadline passed: "missed", "passed", "expired", "lapsed".
func (t *tagger) deadlineGone(i, j int) bool {
	for k := range t.around(i, j, 20, stopSemicolon) {
		switch t.toks[k].w {
		case "missed", "passed", "expired", "lapsed", "ignored", "after":
			return true
		}
	}
	return false
}

// dayEndWord reports whether w, right after a bare ordinal day ("on the
// 26th"), ends its phrase: a conjunction or a preposition that no noun
// could be ("shut on the 26th for Republic Day", "on the 3rd when"),
// unlike "the 25th anniversary", "the 21st of March".
func dayEndWord(w string) bool {
	switch w {
	case "and", "or", "at", "for", "when", "with", "as", "after", "before", "but", "while", "because", "if", "unless", "so", "to":
		return true
	}
	return false
}

// aheadOfDay reports whether the weekday at i ends a phrase of "ahead of"
// (at most twelve tokens back, no comma, semicolon or sentence end
// between): "ahead of the Fed's meeting ending Wednesday", "ahead of a
// vote on Thursday".
func (t *tagger) aheadOfDay(i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		switch t.w(k) {
		case ",", ";", ":", ".", "!", "?", "(", ")":
			return false
		case "of":
			if t.is(k-1, "ahead") {
				return true
			}
		}
		if t.endsAt(k, 0) {
			return false
		}
	}
	return false
}

// loanNounNear reports whether one of the three words from k is a noun of
// lending: "repurchase", "repo", "lending", "funding", "loans",
// "deposits", "borrowing" (a hyphen may come first: "longer-term
// funding").
func (t *tagger) loanNounNear(k int) bool {
	for e := k; e < k+3 && e < len(t.toks); e++ {
		switch t.w(e) {
		case "repurchase", "repo", "repos", "lending", "funding", "loan", "loans", "deposit", "deposits", "borrowing":
			return true
		}
	}
	return false
}

// nightNamed gives the night that "overnight" at token i names by the
// weekday right after it, with or without "on": "overnight Monday into
// Tuesday", "overnight on Wednesday into Thursday" are the night that
// begins on the first day, "overnight into Sunday" the night before that
// day; "overnight on Wednesday" alone is that day's night when the day is
// still to come or already gone ("made arrests overnight on Thursday" in
// a Friday paper), but not when it is the reference day in a clause not
// in the future, where the night that ends on it is meant (the default).
func (t *tagger) nightNamed(i int) (time.Time, bool) {
	k, into := i+1, false
	switch {
	case t.is(k, "on"):
		k++
	case t.is(k, "into"):
		k, into = k+1, true
	}
	if _, ok := weekdayOf(t.w(k)); !ok || k >= len(t.toks) || !t.toks[k].upper {
		return time.Time{}, false
	}
	c := t.core(k)
	if !c.ok() || c.typ != Date || len(c.val) != 10 {
		return time.Time{}, false
	}
	iv, _, ok := intervalOf(c.val)
	if !ok {
		return time.Time{}, false
	}
	d := iv.Start
	switch {
	case into:
		return d.AddDate(0, 0, -1), true
	case t.is(c.j, "into"):
		if e := t.core(c.j + 1); e.ok() && e.val == fmtDay(d.AddDate(0, 0, 1)) {
			return d, true
		}
		return time.Time{}, false
	case !d.Equal(t.ref) || t.direction(i, c.j) > 0:
		return d, true
	}
	return time.Time{}, false
}

// nextDayAfterClock returns the day of "the next day", "the following
// day", "the same day" standing at token k right after a clock time
// ("at noon the next day", "at 10 a.m. the following day"): the clock
// time is on that day, counted from the anchor as the phrase is, and the
// phrase stays an expression of its own, as after "on".
func (t *tagger) nextDayAfterClock(k int) (time.Time, bool) {
	if !t.is(k, "the") || !t.is(k+2, "day") {
		return time.Time{}, false
	}
	switch t.w(k + 1) {
	case "next", "following", "same":
	default:
		return time.Time{}, false
	}
	c := t.core(k + 1)
	if !c.ok() || c.typ != Date || len(c.val) != 10 || c.j != k+3 {
		return time.Time{}, false
	}
	iv, _, ok := intervalOf(c.val)
	return iv.Start, ok
}

// appositiveYear parses "the year" set after a year and a comma ("went
// solo in 1972, the year her album won a Grammy"): the same year, which
// the clause after it describes. A bare "the year" is otherwise none, and
// "1972, the year before" is the year before 1972, left to its own rule.
func (t *tagger) appositiveYear(i int) cand {
	if !t.is(i+1, "year") || !t.is(i-1, ",") || i < 2 {
		return cand{}
	}
	y := t.yearOnly(i - 2)
	if y == 0 {
		return cand{}
	}
	switch t.w(i + 2) {
	case "before", "after", "earlier", "later", "prior", "following", "ago", "ended", "ending", "ends", "to", "through", "'", ",", ".", "-", "ahead", "since":
		// "In 2012, the year ahead looked bleak": another year
		return cand{} // "2012, the year ended Dec. 31" is a fiscal year, left to its rule
	}
	if i+2 >= len(t.toks) || t.toks[i+2].kind != kWord {
		return cand{}
	}
	return cand{i: i, j: i + 2, typ: Date, val: itoa(y)}
}

// yearBeforeDay gives the year written just before a month and day
// without one, after "in" and set off by a comma and "on" ("He was born
// in 1931, on May 5"; "last celebrated Easter this early in 2008, on
// March 23"): the day narrows the year, an apposition, so it is that
// year's; else 0. A year that closes a month ("the highest since October
// 2008, on Oct. 21") or follows another word is no such frame, nor is one
// whose day, ending at k, opens the main clause ("The company, founded in
// 1998, on Nov. 3 said it would cut jobs", "First elected in 2010, on
// Jan. 5 he announced"): the apposition ends with the day.
func (t *tagger) yearBeforeDay(i, k int) int {
	if !t.is(i-1, "on") || !t.is(i-2, ",") || !t.is(i-4, "in") {
		return 0
	}
	if k < len(t.toks) && !t.toks[k].nl && t.toks[k].kind != kPunct {
		switch t.w(k) {
		case "in", "at", "aged", "when":
		default:
			return 0
		}
	}
	return t.yearOnly(i - 3)
}

// possessiveSubjectVerb returns the token of the past-tense verb after a
// day's possessive and its noun at j ("Thursday's election left no party
// with a majority", "Tuesday's attack killed 12"), 0 when there is none:
// the noun is the verb's subject, so the day is past. A noun of more
// words, a comma or a verb of another tense after the noun ("Friday's vote
// will decide", "Monday's talks, delayed twice, ...") leaves the tense to
// the clause.
func (t *tagger) possessiveSubjectVerb(j int) int {
	if !t.is(j, "'") || !t.is(j+1, "s") || !t.attached(j) || j+3 >= len(t.toks) {
		return 0
	}
	n, v := t.toks[j+2], j+3
	if n.kind != kWord || n.upper || t.toks[v].kind != kWord || t.toks[v].upper || t.toks[v].nl {
		return 0
	}
	if t.cue(v) != tPast || !eventPastVerb(t.w(v)) {
		return 0
	}
	return v
}

// weekdaySubjectPast reports whether the bare weekday over [i, j) stands
// right before a verb in the simple past, as its subject or its time
// ("The reality is Monday went badly", "The company Monday reported a
// loss"): no preposition or determiner before it ("until Monday", "next
// Monday" are read otherwise), and no "by" after the verb, which makes it
// a participle of a passive ("the meeting Monday called by the mayor").
func (t *tagger) weekdaySubjectPast(i, j int) bool {
	if j+1 >= len(t.toks) || i == 0 {
		return false
	}
	v := t.toks[j]
	if v.kind != kWord || v.upper || v.nl || t.cue(j) != tPast || t.is(j+1, "by") || t.participleBeforePrep(j) {
		return false
	}
	switch w := t.w(i - 1); {
	case preposition(w), determiner(w):
		return false
	}
	switch t.w(i - 1) {
	case "last", "next", "this", "every", "each", "late", "early", "until", "till", "through", "thru", "between", "than", "of", "-":
		return false
	}
	return true
}

// participleBeforePrep reports whether the verb form at j, in "-ed" or a
// participle like its past ("held", "led"), is followed by a preposition,
// an adverb in "-ly" or "only" allowed between: a participle of a clause
// after a timetable ("Leaders meet Thursday armed with new proposals",
// "Voters go to the polls Sunday divided over the economy", "The
// exhibition opens Saturday dedicated to the victims"), or ending the
// clause ("The team returns Monday refreshed.", "rested and ready"), more
// likely than a past verb.
func (t *tagger) participleBeforePrep(j int) bool {
	w := t.w(j)
	switch w {
	case "held", "led", "made", "paid", "sold", "told", "left", "kept", "found", "caught", "built", "bound", "struck", "hit", "set", "shut", "cut", "put", "spent", "sent", "won", "lost", "brought", "bought":
	default:
		if !strings.HasSuffix(w, "ed") {
			return false
		}
	}
	k := j + 1
	for k < len(t.toks) && k < j+3 && (t.is(k, "only") || strings.HasSuffix(t.w(k), "ly") && len(t.w(k)) > 4) {
		k++
	}
	if k >= len(t.toks) {
		return true
	}
	if t.toks[k].kind != kWord {
		// "The team returns Monday refreshed.": a participle ends the
		// clause; a finite verb takes its object or adverb
		return t.toks[k].kind == kPunct && (t.is(k, ".") || t.is(k, ",") || t.is(k, ";"))
	}
	switch w := t.w(k); w {
	case "with", "over", "about", "to", "by", "for", "from", "at", "against", "among", "between", "under", "in", "into", "as", "after", "on", "and", "but", "or":
		return true
	}
	return false
}

// eventPastVerb reports whether w is a past verb whose subject is an
// event and whose object is what it did ("the election left no party with
// a majority", "the attack killed 12", "the vote sparked protests"): after
// a day's possessive and its noun, no reduced relative clause ("Tuesday's
// vote held in Paris" is not read).
func eventPastVerb(w string) bool {
	switch w {
	case "left", "killed", "forced", "sent", "drew", "saw", "gave", "took", "brought", "made", "caused", "ended", "prompted", "sparked", "triggered", "produced", "showed", "put":
		return true
	}
	return false
}

// hasEventOn returns the token of "has" or "have" when the day at i comes
// after "on" in "has a game on", "have another vote on", "has one more
// race on": a present "has" with an object opened by "a", "an",
// "another" or "one (two, three) more", then up to three lower-case words
// and "on": what the subject has on that day is its schedule, a day to
// come. -1 otherwise: "has had a game on", "to have a game on", a verb,
// a preposition or a comma between ("has a plan, approved on Friday", "has
// a stake in the firm on"), or "has" after a modal; a day in the
// possessive ("has a point on Saturday's evidence") is left to the caller.
func (t *tagger) hasEventOn(i int) int {
	if !t.is(i-1, "on") {
		return -1
	}
	for h := i - 2; h >= 0 && h >= i-7; h-- {
		tk := t.toks[h]
		if tk.kind != kWord || tk.upper && h != i-2 {
			return -1
		}
		if tk.w != "has" && tk.w != "have" {
			continue
		}
		switch t.w(h - 1) {
		case "to", "will", "would", "could", "may", "might", "should", "must", "can", "ll", "d":
			return -1
		}
		k := h + 1
		switch t.w(k) {
		case "a", "an", "another":
			k++
		case "one", "two", "three":
			if !t.is(k+1, "more") {
				return -1
			}
			k += 2
		default:
			return -1
		}
		if k >= i-1 {
			return -1
		}
		for m := k; m < i-1; m++ {
			if w := t.w(m); t.toks[m].kind != kWord || t.toks[m].upper || strings.HasSuffix(w, "ed") || preposition(w) || t.cue(m) != tNone {
				return -1
			}
		}
		return h
	}
	return -1
}

// weekNextTo parses "the week before Easter", "the week after Christmas",
// "the weekend before the May 3 vote" at token i ("week" or "weekend"
// after "the"): one expression, as "the day before Christmas" (the article
// outside), the ISO week (weekend) next to the day named. "the week after"
// a day is the ISO week holding the day a week on; "the week before" is
// the ISO week ending on the day when it is a Sunday ("the week before
// Easter", Holy Week) or the one before it when it is a Monday ("the week
// before Memorial Day"), and nothing otherwise: the seven days before a
// Thursday straddle two weeks and English does not say which it means.
// "the weekend before" a day is the weekend of the ISO week before the
// day's; "the weekend after" a weekday the weekend of its week, after a
// Saturday or a Sunday the next one. A day with a mod, a month or an event
// with no date ("the week after the election") give nothing.
func (t *tagger) weekNextTo(i int) cand {
	if !t.is(i-1, "the") || !t.is(i+1, "before") && !t.is(i+1, "after") || t.clauseEnds(i+2) {
		return cand{}
	}
	day, j, ok := t.dayNamedAfter(i)
	if !ok {
		return cand{}
	}
	before := t.is(i+1, "before")
	var val string
	switch {
	case t.is(i, "weekend") && before:
		val = fmtWeek(day.AddDate(0, 0, -7)) + "-WE"
	case t.is(i, "weekend"):
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			day = day.AddDate(0, 0, 7)
		}
		val = fmtWeek(day) + "-WE"
	case before:
		if wd := day.Weekday(); wd != time.Sunday && wd != time.Monday {
			return cand{}
		}
		val = fmtWeek(day.AddDate(0, 0, -1))
	default:
		val = fmtWeek(day.AddDate(0, 0, 7))
	}
	return t.toldAsPast(cand{i: i, j: j, typ: Date, val: val})
}

// dayNamedAfter parses the day named after "before" or "after" at i+1, an
// article before it or not ("the day before Christmas", "the week after
// the March 3 vote"): its first day and the token after it. A day with a
// mod, a month, or an event with no date ("the week after the election")
// give nothing.
func (t *tagger) dayNamedAfter(i int) (time.Time, int, bool) {
	k := i + 2
	if t.is(k, "the") {
		k++
	}
	d := t.core(k)
	if !d.ok() || d.i != k || d.typ != Date || len(d.val) != 10 || d.mod != "" {
		return time.Time{}, 0, false
	}
	iv, _, ok := intervalOf(d.val)
	if !ok {
		return time.Time{}, 0, false
	}
	return iv.Start, d.j, true
}

// perfectCall reports whether the weekday at i (after an optional "on")
// closes a noun of a collective action to come ("strike", "walkout",
// "bandh", "protest", "ballot") that a verb of calling it in the present
// perfect governs, within eight tokens and no comma: "The union has called
// a one-day strike on Monday", "Unions have announced a nationwide bandh
// on Tuesday". The present perfect does not go with a day gone, so the day
// is the action's, to come. "called a strike on Monday, saying" (the
// simple past) and "have called off the strike" are not such calls.
//
// The day must close its phrase (the end, a punctuation mark, a
// conjunction or a preposition after it): "has called the strike on
// Monday unlawful", "have called a walkout on Monday a last resort" name
// the strike held and judge it, a day gone.
func (t *tagger) perfectCall(i, j int) bool {
	if j < len(t.toks) && t.toks[j].kind == kWord {
		switch t.w(j) {
		case "and", "or", "but", "in", "at", "across", "over", "after", "against", "with", "to", "from", "as", "amid", "if", "unless", "until", "that", "which", "when",
			"because", "before", "for", "outside", "morning", "afternoon", "evening", "night", "next":
		default:
			return false
		}
	}
	k := i - 1
	if t.is(k, "on") || t.is(k, "for") {
		k--
	}
	switch t.w(k) {
	case "strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "bandh", "hartal", "shutdown", "protest", "protests",
		"rally", "rallies", "demonstration", "demonstrations", "boycott", "ballot", "blockade", "sit-in":
	default:
		return false
	}
	for m := k - 1; m > 0 && m >= k-8; m-- {
		if t.toks[m].kind == kPunct && t.toks[m].w != "-" {
			return false
		}
		switch t.w(m) {
		case "called", "announced", "declared", "planned", "organised", "organized", "threatened", "set":
			if t.is(m+1, "off") {
				return false
			}
			p := m - 1
			if t.is(p, "also") || t.is(p, "now") || t.is(p, "already") {
				p--
			}
			return t.is(p, "has") || t.is(p, "have")
		}
	}
	return false
}

// wayForTo reports whether the weekday at i (after an optional "on") ends
// an infinitive that "the way for" governs, with no comma or clause
// between: "clearing the way for 350,000 students to return to class
// Wednesday", "paved the way for executions to resume on Thursday". What
// a deed opens the way for comes after it. "cleared the way Monday for"
// (the deed's own day) and "..., officials said Thursday" (past a comma)
// are not such.
func (t *tagger) wayForTo(i int) bool {
	to := -1
	for k := i - 1; k > 2 && k >= i-14; k-- {
		if t.toks[k].kind == kPunct && t.toks[k].w != "-" && t.toks[k].w != "," || t.toks[k].nl {
			return false
		}
		if t.is(k, ",") && !(k > 0 && t.toks[k-1].kind == kNum && k+1 < len(t.toks) && t.toks[k+1].kind == kNum) {
			return false // "350,000" keeps its comma
		}
		if to < 0 {
			if t.is(k, "to") && t.toks[k+1].kind == kWord {
				to = k
			}
			continue
		}
		if t.is(k, "for") && t.is(k-1, "way") && t.is(k-2, "the") {
			switch t.w(k - 3) {
			case "clear", "clears", "cleared", "clearing", "pave", "paves", "paved", "paving", "open", "opens", "opened", "opening":
				return true
			}
			return false
		}
	}
	return false
}

// habitAdverbBefore reports whether an adverb of habit ("usually",
// "always", "normally") stands before token i in its clause, with no
// comma between: "Bars usually closed at midnight before the war" tells a
// habit, no day ("The ceasefire, which usually holds, ended at midnight"
// is another clause's).
func (t *tagger) habitAdverbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if t.endsAt(k, stopLine|stopSemicolon|stopComma) {
			return false
		}
		switch t.w(k) {
		case "usually", "normally", "typically", "generally", "traditionally", "always", "often", "routinely":
			return true
		}
	}
	return false
}

// spanStartBefore gives the day a span starts on when the weekday at i
// (after an optional "on" and a clock time) ends it: "until", "till",
// "to" or "through" stand before, and the last day named lies between
// them and a "from" in the same clause, within twelve tokens: "from 8am
// on Tuesday until 5pm on Wednesday", "from 8am Tuesday to 5pm
// Wednesday". "from Tuesday until Wednesday" is nextWeekday's.
func (t *tagger) spanStartBefore(i int) (time.Time, bool) {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	for n := 0; n < 5 && k > 0 && !t.is(k, "until") && !t.is(k, "till") && !t.is(k, "to") && !t.is(k, "through"); n++ {
		switch tk := t.toks[k]; {
		case tk.kind == kNum, t.is(k, "am"), t.is(k, "pm"), t.is(k, "a"), t.is(k, "p"), t.is(k, "m"), t.is(k, "."), t.is(k, ":"), t.is(k, "noon"), t.is(k, "midnight"):
			k--
		default:
			return time.Time{}, false
		}
	}
	if k == i-1 || !t.is(k, "until") && !t.is(k, "till") && !t.is(k, "to") && !t.is(k, "through") {
		return time.Time{}, false // a clock time must stand between ("from Tuesday until Wednesday" is nextWeekday's)
	}
	if !t.lastSet || t.lastWide || t.lastAt > i || t.lastAt < k-10 {
		return time.Time{}, false
	}
	if t.lastTimeAt == t.lastAt && !t.lastTimeDay {
		// "Police patrolled from 10pm to 6am on Friday": the start's
		// clock time had no day of its own (the reference day was
		// taken for want of one), so it dates nothing; the tense decides
		return time.Time{}, false
	}
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		if t.endsAt(m, stopLine|stopSemicolon|stopComma) {
			return time.Time{}, false
		}
		if t.is(m, "from") {
			if m >= t.lastAt || !t.dayNamedIn(m+1, k) {
				// "closed overnight from 10pm to 5am on Monday": a start
				// whose day no word names (taken from "overnight" or the
				// tense) dates nothing; the tense decides
				return time.Time{}, false
			}
			// the start's day, or the end's own when the clock time
			// before the weekday was dated from it just now
			return day(t.last.Year(), t.last.Month(), t.last.Day()), true
		}
	}
	return time.Time{}, false
}

// dayNamedIn reports whether tokens [i, j) name a day: a weekday, a
// month (with its day), or "today", "tomorrow", "yesterday", "tonight".
func (t *tagger) dayNamedIn(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := weekdayOf(t.w(k)); ok {
			return true
		}
		if _, ok := monthOf(t.w(k)); ok {
			return true
		}
		switch t.w(k) {
		case "today", "tomorrow", "yesterday", "tonight":
			return true
		}
	}
	return false
}

// phraseEndsAfterNextLast reports whether token k, after "Monday next" or
// "Friday last", ends the weekday's phrase: punctuation, the end of the
// text or a word that opens another phrase ("on Monday next at 10am",
// "on Friday last and"); a noun after it ("Monday next week", "Friday
// last year's") makes "next" or "last" that noun's.
//
// "next to" before a determiner or a capital is a preposition of place
// ("gathered on Monday next to the parliament"), and a hyphen joined to the word makes a compound
// ("on Sunday last-minute shoppers"): neither ends the phrase.
func (t *tagger) phraseEndsAfterNextLast(k int) bool {
	if k < len(t.toks) && t.is(k, "-") && !t.toks[k].sp {
		return false
	}
	if t.is(k, "to") && t.is(k-1, "next") && k+1 < len(t.toks) && (t.toks[k+1].upper || determiner(t.w(k+1))) {
		return false // "next to the station", "next to Parliament"; "to Monday next to allow" stays
	}
	if k >= len(t.toks) || t.toks[k].nl || t.toks[k].kind == kPunct && t.toks[k].w != "'" && t.toks[k].w != "’" {
		return true
	}
	switch t.w(k) {
	case "and", "but", "or", "when", "at", "in", "to", "for", "after", "before", "with", "while", "by", "from", "until", "he", "she", "it", "they", "we", "the", "that", "which", "who",
		"if", "unless", "as", "because", "once", "so", "where":
		return true
	}
	// "will on Tuesday next unveil", "had on Monday last issued": after
	// an auxiliary and "on" the adverbial stands inside the verb phrase,
	// and the word after it is the verb (a unit of time, "will on Monday
	// next week vote", stays that noun's)
	if t.is(k-3, "on") && (auxiliary(t.w(k-4)) || modalWord(t.w(k-4))) && !t.toks[k].upper && t.toks[k].kind != kPunct {
		if u, _ := unitOf(t.w(k)); u == uNone && t.w(k) != "weekend" {
			return true
		}
	}
	return false
}

// modalWord reports whether w is a modal verb: "will", "would", "shall",
// "should", "can", "could", "may", "might", "must".
func modalWord(w string) bool {
	switch w {
	case "will", "would", "shall", "should", "can", "could", "may", "might", "must":
		return true
	}
	return false
}

// weekdayWeekAt reports whether the weekday at i, with "week" after it,
// is "Thursday week" (a week after the coming Thursday): after "on",
// "by", "from", "until", "till" or "before", with "week" ending the
// phrase (not "Monday week-long", "Friday week's", "Monday weekend"),
// the clause not in the past, and the reference day another weekday.
func (t *tagger) weekdayWeekAt(i int, wd time.Weekday) bool {
	switch t.w(i - 1) {
	case "on", "by", "from", "until", "till", "before":
	default:
		return false
	}
	if wd == t.ref.Weekday() || !t.toks[i].upper {
		return false
	}
	if !t.phraseEndsAfterNextLast(i+2) || t.is(i+2, "'") || t.is(i+2, "’") || t.is(i+3, "week") {
		return false // "on Monday week after week", "Friday week in, week out"
	}
	return t.tenseAt(i, i+2) != tPast
}

// reportedModalSubject reports whether the month at [i, j), alone or in a
// list of months ("June, July and August"), with "the months of" or "the
// winter months of" before it or not, is the subject of "will" or
// "would" right after it, after a reporting verb or "that": "Eskom said
// the winter months of June, July and August would be difficult", "warned
// that March will be tough". What is said of the month is to come, though
// the saying is past. "would have" (a past not come true) and a month
// after a preposition ("figures for June will be released") are left to
// the other rules.
func (t *tagger) reportedModalSubject(i, j int) bool {
	e := j
	for {
		k := e
		if t.is(k, ",") {
			k++
		}
		if t.is(k, "and") || t.is(k, "or") {
			k++
		}
		if k == e || k >= len(t.toks) || !t.toks[k].upper {
			break
		}
		if _, ok := monthOf(t.w(k)); !ok {
			break
		}
		e = k + 1
	}
	if !t.is(e, "will") && !t.is(e, "would") || t.is(e+1, "have") {
		return false
	}
	b := i - 1
	for {
		k := b
		if t.is(k, "and") || t.is(k, "or") {
			k--
		}
		if t.is(k, ",") {
			k--
		}
		if k == b || k < 0 || !t.toks[k].upper {
			break
		}
		if _, ok := monthOf(t.w(k)); !ok {
			break
		}
		b = k - 1
	}
	if t.is(b, "of") && t.is(b-1, "months") {
		b -= 2
		if _, ok := seasonOf(t.w(b)); ok {
			b--
		}
		if !t.is(b, "the") {
			return false
		}
		b--
	}
	if t.is(b, "that") {
		b--
	}
	switch t.w(b) {
	case "says", "warns", "predicts", "expects", "forecasts", "believes", "thinks", "fears", "hopes":
		return true // the saying is now
	case "said", "warned", "predicted", "forecast":
		// the saying is past: what it calls to come is to come from now
		// only when it was said lately, not in a past perfect ("Analysts
		// had predicted that June would bring a rebound") nor at a time
		// the sentence names before it ("In March the utility warned that
		// June would be difficult": that June, gone by September); a
		// belief in the past ("He thought June would never end", "she
		// hoped May would bring relief") is no saying at all
		return !t.is(b-1, "had") && !t.is(b-1, "'d") && !t.datedEarlierInSentence(b)
	}
	return false
}

// datedEarlierInSentence reports whether an expression found before
// token k in k's sentence dates something more than a week before the
// reference day (a month, a year, a day gone): the time a past saying
// was made ("In March the utility warned that ...").
func (t *tagger) datedEarlierInSentence(k int) bool {
	weekAgo := t.ref.AddDate(0, 0, -7)
	for n := len(t.out) - 1; n >= 0; n-- {
		x := t.out[n]
		if x.Start >= int(t.toks[k].s) {
			continue
		}
		m := k
		for m > 0 && int(t.toks[m].s) > x.Start {
			m--
		}
		if !t.sameSentence(m, k) {
			return false
		}
		if x.Type == Date && (x.Interval.Start.IsZero() || x.Interval.Start.Before(weekAgo)) {
			return true
		}
	}
	return false
}

// lineTense is the tense of the first verb on the line that starts after
// token j, up to the end of its first sentence or line (tNone without one).
func (t *tagger) lineTense(j int) tense {
	for k := j; k < len(t.toks); k++ {
		if k > j && t.toks[k].nl {
			break
		}
		if c := t.cue(k); c != tNone {
			return c
		}
		if t.is(k, ".") || t.is(k, ";") || t.is(k, "?") || t.is(k, "!") {
			break
		}
	}
	return tNone
}

// prevWeekdayHeading returns the nearest weekday heading (headingLine: a
// weekday alone on its line) above the heading at token i, within 400
// tokens: "FRIDAY" above "SATURDAY" in a listing.
func (t *tagger) prevWeekdayHeading(i int) (int, bool) {
	for k := i - 1; k >= 0 && k > i-400; k-- {
		if !t.toks[k].nl && k > 0 {
			continue
		}
		if _, ok := weekdayOf(t.w(k)); ok {
			if _, ok := t.headingLine(k, k+1); ok {
				return k, true
			}
		}
	}
	return 0, false
}

// headedLine reports whether token i lies in the line right after a
// weekday heading (headingLine), and returns the heading's token:
// "Saturday" in "Pride London marches ... on Saturday" under "SATURDAY".
func (t *tagger) headedLine(i int) (int, bool) {
	s := i
	for s > 0 && !t.toks[s].nl {
		s--
	}
	h := s - 1
	if t.is(h, ":") {
		h--
	}
	if s == 0 || h < 0 || !t.toks[h].nl && h > 0 {
		return 0, false
	}
	if _, ok := weekdayOf(t.w(h)); !ok {
		return 0, false
	}
	if _, ok := t.headingLine(h, h+1); !ok {
		return 0, false
	}
	return h, true
}

// headingLine reports whether the expression at tokens i..j-1 is a line
// of its own, a heading (a colon may close it), with a line of words
// after it, and returns that line's first token: "FRIDAY" over "The
// Wireless Festival returns ...".
func (t *tagger) headingLine(i, j int) (int, bool) {
	if i > 0 && !t.toks[i].nl {
		return 0, false
	}
	if t.is(j, ":") {
		j++
	}
	return j, j < len(t.toks) && t.toks[j].nl && t.toks[j].kind == kWord
}

// dayListHead reports whether the comma list of figures holding token i
// ("27, 28 and 31 January") follows a preposition of time ("on", "from",
// "between", "until") or a weekday ("on Monday 3, 10 and 17 February"):
// the figures are days; "Gates 3, 4 and 5 May be closed", "ages 19, 20
// and 21" are counts or labels.
func (t *tagger) dayListHead(i int) bool {
	h := i
	for h >= 2 && t.is(h-1, ",") && t.toks[h-2].kind == kNum {
		h -= 2
	}
	switch w := t.w(h - 1); w {
	case "on", "from", "between", "until", "till", "by", "before", "after", "for":
		return true
	default:
		_, ok := weekdayOf(w)
		return ok
	}
}

// monthNamedYear returns the year of the month named last ("in January
// 2012"), when it is month m and stands earlier in the sentence of the
// day without a year at tokens [i, j), in a clause not in the future: "a
// scarcity in January 2012 led to a strike, after the removal of the
// subsidy on New Year's Day" (or "on Jan. 1") is that January's first
// day, not this year's, in a clause in the past tense. It returns 0
// otherwise ("in January 2012 ... on March 3" is another month; "The
// strike of January 2012 will be marked on New Year's Day" and "The law
// passed in January 2012 takes effect on Jan. 1" are to come), and when
// a comma closes the month's phrase ("The company, founded in January
// 2012, reported results on Jan. 28") or "and", "but" or a semicolon
// opens another clause before the day.
func (t *tagger) monthNamedYear(i, j int, m time.Month) int {
	if !t.figSet || t.figAt > i || t.figMonth.Month() != m || t.figMonth.Year() == t.ref.Year() || !t.sameSentence(t.figAt, i) {
		return 0
	}
	if t.tenseAt(i, j) != tPast {
		// "The law passed in January 2012 takes effect on Jan. 1": a
		// timetable's day is to come; only a past tells of that month
		return 0
	}
	if t.is(t.figAt, ",") {
		// "The company, founded in January 2012, reported results on
		// Jan. 28": a month set off by commas is a background fact, and
		// the main clause tells today's news
		return 0
	}
	for k := t.figAt; k < i; k++ {
		if t.is(k, "and") || t.is(k, "but") || t.is(k, ";") {
			// "was founded in January 2012 and reported results on Jan.
			// 28": a second clause may tell of another time
			return 0
		}
	}
	return t.figMonth.Year()
}

// overnightAdverb reports whether "overnight" at token i closes its
// clause as an adverb ("was treated in hospital overnight.", "overnight
// and released"), not before a noun ("overnight losses").
func (t *tagger) overnightAdverb(i int) bool {
	k := i + 1
	if k >= len(t.toks) || t.toks[k].nl || t.toks[k].kind == kPunct {
		return true
	}
	switch t.w(k) {
	case "and", "but", "before", "after", "until", "when", "while", "in", "at", "on":
		return true
	}
	return false
}
