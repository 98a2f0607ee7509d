package timex

// Relative expressions (this/last/next ...), seasons and quarters.

import (
	"strings"
	"time"
)

// relative parses "last week", "this month", "next year", "the past three
// years", "the following day", "that week", "recent weeks", "last Monday",
// "next April", "this spring".
func (t *tagger) relative(i int) cand {
	w := t.w(i)
	j := i + 1
	the := t.is(i-1, "the")
	if w == "prior" {
		if !the {
			return cand{} // "prior approval"
		}
		w = "previous" // "the prior year"
	}
	if c := t.fiscalYearRelative(i); c.ok() {
		return c // "the next financial year", "last fiscal year"
	}
	// "that same day", "the very same week"
	if (w == "that" || w == "this") && t.is(j, "same") {
		if u, pl := unitOf(t.w(j + 1)); u != uNone && !pl {
			c := t.relUnit(j, j+2, "same", u)
			if c.ok() {
				c.i = i
			}
			return c
		}
	}
	// "this past weekend", "this coming Monday"
	if w == "this" && (t.is(j, "past") || t.is(j, "coming")) {
		c := t.relative(j)
		if c.ok() {
			c.i = i
			if t.w(j) == "past" && c.typ == Duration {
				// "this past week": the last one
				if u, _ := unitOf(t.w(j + 1)); u != uNone && c.j == j+2 {
					return t.relUnit(i, j+2, "last", u)
				}
			}
		}
		return c
	}
	if w == "last" && !the {
		switch t.w(i - 1) {
		case "to", "will", "would", "could", "may", "might", "should", "can", "must", "ll", "not", "didn", "did", "does", "and":
			// "is expected to last six weeks", "could last a year", "to
			// start in August and last several months": the verb, before
			// the duration it governs ("the first and last two weeks" is
			// an adjective)
			if t.is(i-1, "and") && (t.is(i-2, "first") || t.is(i-2, "next") || t.is(i-2, "this")) {
				break
			}
			if n, k := t.number(j); k > j || n != 0 {
				return cand{}
			}
			switch t.w(j) {
			case "a", "an", "several", "few", "many", "for", "until", "through", "into", "longer", "weeks", "months", "years", "days", "hours":
				return cand{}
			}
		}
	}
	// quantities: "the past three years", "the next few days", "the first nine months"
	switch w {
	case "past", "last", "next", "coming", "previous", "following", "first", "final", "recent", "upcoming", "latest", "trailing":
		if (w == "latest" || w == "trailing") && !the {
			return cand{} // "the trailing 12 months" (finance's "the past 12 months"); "trailing 3 points" is none
		}
		if n, k := t.number(j); k > j && !(t.w(j) == "a" || t.w(j) == "an") {
			if t.is(k, "to") || t.is(k, "or") || t.is(k, "-") && t.attached(k) {
				// "the next four to six weeks", "the past two or three
				// years": a range, one duration valued by its lower bound
				if n2, k2 := t.number(k + 1); k2 > k+1 && n2 > n {
					if u, _ := unitOf(t.w(k2)); u != uNone && u != uSeason && !t.is(k2+1, "ago") {
						return cand{i: i, j: k2 + 1, typ: Duration, val: durValue(n, u), the: true}
					}
				}
			}
			if u, pl := unitOf(t.w(k + 1)); u != uNone && pl && u != uSeason && (dayQualifier(t.w(k)) || u == uYear && accountWord(t.w(k))) {
				// "the past 20 trading days", "the next 10 business days",
				// "the next two financial years", "the last five straight
				// sessions" is none: the count's unit after a word that
				// says which days (years) count
				k++
			}
			u, _ := unitOf(t.w(k))
			if u == uNone {
				u, _ = t.unitLetter(j, k, n) // "the final 2h of the flight"
			}
			if u != uNone {
				if u == uSeason {
					// "in each of the past three seasons", "the first two
					// seasons": seasons of a sport or a show, counted, have no
					// calendar length (three months is no season of football)
					return cand{}
				}
				c := cand{i: i, j: k + 1, typ: Duration, val: durValue(n, u), the: true}
				if t.is(k+1, "ago") && w != "next" && w != "coming" && w != "upcoming" {
					// "the past three years ago"; "He won his first 12 years
					// ago": the count belongs to "ago" ("first" to the title)
					return cand{}
				}
				return c
			}
		}
	}
	// "the past year and a half", "the next month and a half": a duration
	switch w {
	case "past", "last", "next", "coming", "previous", "following":
		if u, pl := unitOf(t.w(j)); u != uNone && !pl && t.is(j+1, "and") && t.is(j+2, "a") && t.is(j+3, "half") {
			return cand{i: i, j: j + 4, typ: Duration, val: durValue(1.5, u), the: true}
		}
		if t.is(j, "half") && t.is(j+1, "hour") {
			// "in the next half hour", "over the past half hour"
			return cand{i: i, j: j + 2, typ: Duration, val: durValue(0.5, uHour), the: true}
		}
	}
	// "the first hours of the war", "the final days of the campaign": a
	// stretch of no stated length
	if (w == "first" || w == "final") && the {
		if u, pl := unitOf(t.w(j)); pl && u >= uHour && u <= uDecade && u != uWeekend && u != uSeason && u != uQuarter {
			return cand{i: i, j: j + 1, typ: Duration, val: durValue(-1, u), the: true}
		}
		// "For the first hour nobody paid it attention", "for the first
		// decade": a stretch of one unit; "the first week of October"
		// and "the first day" (a date as often as not) are not, nor is
		// "the first night" ("2,500 on the first night": a night of a
		// run, as "the first day", no duration)
		if u, pl := unitOf(t.w(j)); !pl && u >= uHour && u <= uDecade && u != uDay && u != uNight && u != uWeekend && u != uSeason && u != uQuarter &&
			!t.is(j+1, "of") && !t.is(j+1, "-") && !t.is(j+1, "'") && !t.toks[j].upper && !t.whichUnit(j+1) {
			return cand{i: i, j: j + 1, typ: Duration, val: durValue(1, u), the: true}
		}
	}
	// "the first week of October", "the last week of June 2025"
	if t.is(j, "week") && t.is(j+1, "of") && the {
		if c := t.weekOfMonth(i, j); c.ok() {
			return c
		}
	}
	// "the first weekend of August", "the third weekend of May 2014"
	if t.is(j, "weekend") && t.is(j+1, "of") && the {
		if c := t.weekendOfMonth(i, j); c.ok() {
			return c
		}
	}
	// weekday, month, season, part of day after the determiner
	if wd, ok := weekdayOf(t.w(j)); ok && t.toks[j].upper {
		if t.is(j+1, "of") || t.is(j+1, "in") && the {
			// "the last Monday of May", "the second Sunday of June 2024",
			// "the first Monday in October"
			n, ok := ordinalWord(w)
			if !ok || n > 5 || n == 0 {
				return cand{}
			}
			m := t.core(j + 2)
			if !m.ok() || m.typ != Date || len(m.val) != 7 {
				return cand{}
			}
			d := nthWeekday(atoi(m.val[:4]), time.Month(atoi(m.val[5:])), wd, n)
			if d.Month() != time.Month(atoi(m.val[5:])) {
				return cand{} // no fifth Monday that month
			}
			return cand{i: i, j: m.j, typ: Date, val: fmtDay(d), the: true}
		}
		dir := 0
		switch w {
		case "last", "past", "previous":
			dir = -1
		case "next", "coming", "following", "upcoming":
			dir = 1
		case "this":
			dir = 0
		default:
			return cand{}
		}
		if w == "following" || w == "previous" {
			// relative to the anchor
			base := t.anchor
			delta := (int(wd) - int(base.Weekday()) + 7) % 7
			if dir > 0 {
				if delta == 0 {
					delta = 7
				}
				return cand{i: i, j: j + 1, typ: Date, val: fmtDay(base.AddDate(0, 0, delta)), the: true}
			}
			back := (7 - delta) % 7
			if back == 0 {
				back = 7
			}
			return cand{i: i, j: j + 1, typ: Date, val: fmtDay(base.AddDate(0, 0, -back)), the: true}
		}
		if w == "past" && !the && !t.is(i-1, "this") {
			// "If the launch slips past Sunday", "stayed open past
			// Friday": bare "past" before a weekday is the preposition
			// (the day gone is "last Sunday", "this past Sunday"); the
			// weekday is found alone
			return cand{}
		}
		c := t.weekday(j, dir)
		if w == "this" && c.ok() {
			// within the reference week
			mon := mondayOf(t.ref)
			d := mon.AddDate(0, 0, (int(wd)+6)%7)
			c.val = fmtDay(d) + c.val[10:]
		}
		c.i = i
		return c
	}
	if m, ok := monthOf(t.w(j)); ok && isFullMonth(t.w(j)) && t.toks[j].upper {
		y := t.ref.Year()
		switch w {
		case "last", "past", "previous":
			if m >= t.ref.Month() || w == "last" && m == t.ref.Month()-1 {
				// "crashed last February" in a March paper: the month just
				// gone would be "last month" (or a bare "in February"), so
				// it is last year's
				y--
			}
		case "next", "coming", "upcoming":
			if m <= t.ref.Month() {
				y++
			}
		case "this":
		case "that":
			// "Okafor lost the election that May", after "March 2009":
			// the month of the year last named, as "that year" is that
			// year; with no date named before, none
			// It must close its clause or follow a preposition of time:
			// "said on Thursday that February was the wettest" is a
			// conjunction before the month.
			if !t.lastSet || t.lastAt > i || !t.clauseEndsAt(j+1) && !t.is(i-1, "in") && !t.is(i-1, "during") && !t.is(i-1, "by") && !t.is(i-1, "until") && !t.is(i-1, "since") && !t.thatAdverbial(i, j) || thatOpensClause(t.w(i-1)) {
				return cand{}
			}
			y = t.last.Year()
		case "following":
			// "seized the Winter Palace on the night of 25-26 October
			// 1917, and the following March the capital moved": the first
			// such month after the date last named, in this sentence or
			// the one before, as "the following spring" is; with none
			// named there, none ("the following March 3 deadline" reads a
			// day, which this leaves alone)
			if !t.is(i-1, "the") || !t.lastReach(i, j+1) || t.lastAt > i || j+1 < len(t.toks) && t.toks[j+1].kind == kNum {
				return cand{}
			}
			// the first such month after the whole of the date last
			// named: after a year alone ("Egypt signed in 2012. Burundi
			// joined the following February") the next year's
			_, to := t.lastSpan()
			y = to.Year()
			if !day(y, m, 1).After(to) {
				y++
			}
			return cand{i: i, j: j + 1, typ: Date, val: fmtMonth(y, m), the: true}
		default:
			return cand{}
		}
		if k := j + 1; k < len(t.toks) && t.toks[k].kind == kNum && len(t.toks[k].w) <= 2 && !t.attached(k) {
			// "last March 3", "this November 24th": that day of the
			// month the words choose
			if d := t.toks[k].n; d >= 1 && d <= lastOfMonth(y, m).Day() {
				e := k + 1
				switch t.w(e) {
				case "st", "nd", "rd", "th":
					if t.attached(e) {
						e++
					}
				}
				// the phrase must end there: "Last March 3 people died"
				// counts people
				if e >= len(t.toks) || t.toks[e].kind != kWord || t.toks[e].upper || t.phraseEnds(e) {
					return cand{i: i, j: e, typ: Date, val: fmtDay(day(y, m, d))}
				}
			}
		}
		return cand{i: i, j: j + 1, typ: Date, val: fmtMonth(y, m)}
	}
	if s, ok := seasonOf(t.w(j)); ok {
		if t.properSeason(j) {
			return cand{}
		}
		return t.relSeason(i, j, w, s)
	}
	u, plural := unitOf(t.w(j))
	if p, ok := partOfDay(t.w(j)); ok && w == "that" && t.anchored {
		return cand{i: i, j: j + 1, typ: Time, val: fmtDay(t.anchor) + "T" + p}
	}
	if p, ok := partOfDay(t.w(j)); ok && t.is(i-1, "the") && (w == "next" || w == "following" || w == "previous" || w == "same") {
		return t.relPart(i, j+1, w, p)
	}
	if u == uNone {
		return cand{}
	}
	if plural {
		switch w {
		case "recent", "past", "last":
			if w == "past" && !the && t.is(i-1, "in") && u >= uMonth {
				return cand{i: i, j: j + 1, typ: Date, val: "PAST_REF"} // "in past years"
			}
			if w == "recent" || the {
				if w == "recent" && (u == uDay || u == uWeek || u == uMonth) && !t.is(j+1, "and") && !t.is(j+1, "or") {
					// "in recent weeks", "recent days": a stretch up to now
					// of no stated length, as TimeBank marks it (five times
					// in six)
					return cand{i: i, j: j + 1, typ: Duration, val: durValue(-1, u), the: true}
				}
				if w == "recent" {
					// "in recent years": some time in the past
					return cand{i: i, j: j + 1, typ: Date, val: "PAST_REF", the: true}
				}
				return cand{i: i, j: j + 1, typ: Duration, val: durValue(-1, u), the: true}
			}
		case "coming", "next", "upcoming":
			if w == "next" && !the {
				return cand{}
			}
			if (u == uDay || u == uWeek || u == uMonth || u == uYear || u == uDecade) && !t.is(j+1, "and") && !t.is(j+1, "or") {
				// "in the coming weeks", "the next few days": a stretch
				// from now of no stated length, as TimeBank marks it (and
				// as "in recent weeks"); "the coming decades" as "the
				// coming years" and "the next few decades"
				return cand{i: i, j: j + 1, typ: Duration, val: durValue(-1, u), the: true}
			}
			return cand{i: i, j: j + 1, typ: Date, val: "FUTURE_REF", the: true}
		}
		return cand{}
	}
	if w == "latest" && the && (u == uWeek || u == uMonth) {
		// "jobless claims fell in the latest week": the last one
		// reported, the one before the reference day's
		if u == uWeek {
			return cand{i: i, j: j + 1, typ: Date, val: fmtWeek(t.ref.AddDate(0, 0, -7)), the: true}
		}
		d := day(t.ref.Year(), t.ref.Month()-1, 1)
		return cand{i: i, j: j + 1, typ: Date, val: fmtMonth(d.Year(), d.Month()), the: true}
	}
	c := t.relUnit(i, j+1, w, u)
	if c.ok() && c.j == j+1 && t.is(c.j, "or") && t.is(c.j+1, "so") {
		c.j += 2 // "the next year or so"
		if c.typ == Date && c.mod == "" {
			c.mod = "APPROX"
		}
	}
	return c
}

// relPart resolves "the next morning", "the previous evening".
// weekOfMonth parses "first week of October" (w at i, "week" at j): the
// first, second, third or fourth run of seven days of the month, or its
// last seven days. Its value is the ISO week holding the run's middle day;
// its interval is the run itself. "the first week of the month" is of
// the month its sentence named last ("in August, when ... in the first
// week of the month") when its clause tells a past or a future; with none
// named, or in the present of a habit ("In March, officials said rent is
// due in the first week of the month": any month's), it is no expression.
func (t *tagger) weekOfMonth(i, j int) cand {
	n, ok := ordinalWord(t.w(i))
	if !ok || n > 4 || n == 0 {
		return cand{}
	}
	var y int
	var mo time.Month
	end := j + 4
	if t.is(j+2, "the") && t.is(j+3, "month") && t.lastMon && t.lastSet && t.sameSentence(t.lastAt, i) && t.toldOnce(i, end) {
		// "in August, when a storm broke up the ice in the first week of
		// the month": the month the sentence named last, as "that month"
		y, mo = t.last.Year(), t.last.Month()
	} else {
		m := t.core(j + 2)
		if !m.ok() || m.typ != Date || len(m.val) != 7 {
			return cand{}
		}
		y, mo, end = atoi(m.val[:4]), time.Month(atoi(m.val[5:])), m.j
	}
	s := day(y, mo, 7*(n-1)+1)
	if n < 0 {
		s = lastOfMonth(y, mo).AddDate(0, 0, -6)
	}
	e := s.AddDate(0, 0, 6)
	return cand{i: i, j: end, typ: Date, val: fmtWeek(s.AddDate(0, 0, 3)), iv: Interval{Start: s, End: e}, ivSet: true, the: true}
}

// weekendOfMonth parses "first weekend of August" (w at i, "weekend" at
// j): the weekend of the month's first, second, third or fourth Saturday,
// valued as its ISO week's weekend, the interval that Saturday and Sunday.
// "the last weekend of June" is left alone: when the month ends on a
// Saturday, writers differ on which weekend is meant.
func (t *tagger) weekendOfMonth(i, j int) cand {
	n, ok := ordinalWord(t.w(i))
	if !ok || n > 4 || n < 1 {
		return cand{}
	}
	m := t.core(j + 2)
	if !m.ok() || m.typ != Date || len(m.val) != 7 || m.val[0] == 'X' {
		return cand{}
	}
	y, mo := atoi(m.val[:4]), time.Month(atoi(m.val[5:]))
	sat := day(y, mo, 1)
	sat = sat.AddDate(0, 0, (int(time.Saturday)-int(sat.Weekday())+7)%7+7*(n-1))
	return cand{i: i, j: m.j, typ: Date, val: fmtWeek(sat) + "-WE", iv: Interval{Start: sat, End: sat.AddDate(0, 0, 1)}, ivSet: true, the: true}
}

func (t *tagger) relPart(i, j int, w, p string) cand {
	off := 1
	switch w {
	case "previous":
		off = -1
	case "same":
		off = 0
	}
	c := cand{i: i, j: j, typ: Time, val: fmtDay(t.anchor.AddDate(0, 0, off)) + "T" + p, the: true}
	if off > 0 {
		// "The following morning, he flew to Jordan" with no day named
		// before: a past clause cannot put it after the reference day
		c = t.toldAsPast(c)
	}
	return c
}

// relUnit resolves determiner w with a singular unit u ending at token j.
func (t *tagger) relUnit(i, j int, w string, u unit) cand {
	if t.titleWord(j-1) || t.headlineTitle(i) {
		return cand{} // ABC's "This Week": a name
	}
	the := t.is(i-1, "the")
	if u == uSeason {
		// "last season", "next season": a sports or theatre season, or a
		// season of the year, which the words do not tell apart; only the
		// side of now is sure. "this season" is left alone: it says no
		// more than "now", and annotators leave it untagged ("for the
		// first time this season") ("the last season of
		// the show", "it was the last season for him" are a final one)
		if the && (w == "last" || w == "next" || t.is(j, "of")) {
			return cand{}
		}
		switch w {
		case "last", "past":
			return cand{i: i, j: j, typ: Date, val: "PAST_REF", the: the}
		case "next", "coming", "upcoming":
			return cand{i: i, j: j, typ: Date, val: "FUTURE_REF", the: the}
		}
		return cand{}
	}
	off := 0
	base := t.ref
	speaker := false
	if !the && (u == uWeek || u == uMonth) && (w == "last" || w == "this" || w == "next") {
		// ""We closed the sale last week," Brooks said" after "said in an
		// interview on Friday" in a Monday paper: the speaker's week, as
		// "yesterday" is the speaker's day (speechDay)
		if d := t.speechDay(i); !d.Equal(t.ref) {
			base, speaker = d, true
		}
	}
	if the && (u == uDecade || u == uCentury) && (w == "past" || w == "next" || w == "coming" || w == "following") {
		// "over the next decade", "for the past decade": ten years up to
		// or from now, a duration (as "the past ten years"), not the
		// calendar decade 2010-2019; "over the following decade" (after
		// "listed in 1999") is ten years from the story's date, as "the
		// decade that followed", not the calendar decade after the
		// anchor's (nor, in the past tense, the 2030s)
		return cand{i: i, j: j, typ: Duration, val: durValue(1, u), the: true}
	}
	if !the && (u == uDecade || u == uCentury) && (w == "past" || w == "next") && t.headlineLine(i) {
		switch t.w(i - 1) {
		case "over", "within", "for", "in":
			// "OECD and FAO see farm prices staying above pre-crisis
			// levels over next decade": a headline leaves the article out
			// of "over the next decade"
			return cand{i: i, j: j, typ: Duration, val: durValue(1, u)}
		}
	}
	switch w {
	case "this", "current":
		if w == "current" && !the {
			return cand{}
		}
		if w == "this" && u == uQuarter && t.lastQ != "" && t.qAt <= i && t.qAt > i-60 && !t.qFuture && t.businessSentence(i) &&
			(t.is(j, "'") && t.is(j+1, "s") && t.tenseAt(i, j) != tFuture || t.tenseAt(i, j) == tPast) {
			// "reported a loss for the third quarter ended Sept. 30 ...
			// This quarter's loss includes charges" in November: the
			// quarter being reported, as "the current quarter" is, not
			// the calendar quarter under way; so in a past-tense clause
			// ("sales fell 5% this quarter"), but not in the present
			// ("This quarter, we are seeing strong demand")
			return cand{i: i, j: j, typ: Date, val: t.lastQ}
		}
	case "last", "past":
		if the && t.is(j, "of") {
			return cand{} // "the last weekend of June": not the last one before today
		}
		if the && w == "last" && t.finalUnit(j) && !stretchPreposition(t.w(i-2)) {
			// "today is the last day we talk about it", "Friday is the
			// last day to apply": the final one of a run, no stretch up
			// to now ("over the last day" is one)
			return cand{}
		}
		if the {
			// "the past week": TimeML values it as the last calendar
			// week, but it means the days up to the reference day, so the
			// interval is that trailing window.
			var from time.Time
			switch u {
			case uWeek:
				from = t.ref.AddDate(0, 0, -7)
			case uMonth:
				from = t.ref.AddDate(0, -1, 0)
			case uYear:
				from = t.ref.AddDate(-1, 0, 0)
			case uDecade:
				from = t.ref.AddDate(-10, 0, 0)
			case uWeekend:
				c := t.relUnit(i+1, j, "last", u) // "the past weekend": the last one
				c.i, c.the = i, true
				return c
			case uCentury:
				if w == "last" {
					// "in the early part of the last century": the calendar
					// century gone, as "the last decade" is ("the past
					// century" stays a hundred years up to now)
					c := t.relUnit(i+1, j, "last", u)
					c.i, c.the = i, true
					return c
				}
				return cand{i: i, j: j, typ: Duration, val: durValue(1, u), the: true}
			default:
				return cand{i: i, j: j, typ: Duration, val: durValue(1, u), the: true}
			}
			c := t.relUnit(i+1, j, "last", u)
			c.i, c.the = i, true
			c.iv, c.ivSet = Interval{from, t.ref}, true
			return c
		}
		off = -1
	case "next", "coming", "upcoming":
		off = 1
		if the && w == "next" && u != uWeek && u != uMonth && u != uYear && u != uDay && u != uWeekend {
			return cand{}
		}
	case "previous":
		off, base = -1, t.anchor
		if u == uWeek && t.stretchSet && t.stretchAt < i && t.sentenceBefore(t.stretchAt, i) && !(t.anchored && t.anchorAt > t.stretchAt && t.anchorAt < i) && !t.weekNamedIn(t.stretchAt, i) {
			// "Inventories fell 15 Bcf in the week ended Nov. 14, after
			// rising 40 Bcf the previous week", "as of Friday, November
			// 28 ... from the previous week": the week before the one the
			// day closes, not before the reference day's (a day named
			// after it, which anchors, counts instead, and so does a week
			// named after it: "... Prices rose last week after falling
			// the previous week" is the week before last week)
			base = t.stretchDay
		} else if u == uWeek && the {
			if d, ok := t.weekEndedBefore(i); ok {
				// "for the week ended Oct. 11 ... Claims for the prior
				// week were unrevised": the week before the week named
				return cand{i: i, j: j, typ: Date, val: fmtWeek(d.AddDate(0, 0, -7)), the: true}
			}
		}
	case "following":
		if !the {
			return cand{}
		}
		off, base = 1, t.anchor
	case "same", "that":
		if w == "same" && !the && !t.is(i-1, "that") && !t.is(i-1, "this") {
			return cand{}
		}
		if w == "same" && t.is(j, "as") {
			// "reaches the end of its support on the same day as XP": the
			// day of what follows "as", which need not be the date last
			// named; a day of unknown date, no wrong one
			switch u {
			case uDay:
				return cand{i: i, j: j, typ: Date, val: "XXXX-XX-XX", the: true}
			case uWeek:
				return cand{i: i, j: j, typ: Date, val: "XXXX-WXX", the: true}
			case uMonth:
				return cand{i: i, j: j, typ: Date, val: "XXXX-XX", the: true}
			case uYear:
				return cand{i: i, j: j, typ: Date, val: "XXXX", the: true}
			}
			return cand{}
		}
		if u == uQuarter && t.lastQ != "" && t.qAt <= i && t.qAt > i-80 {
			// "that quarter", "the same quarter": the quarter last named
			return cand{i: i, j: j, typ: Date, val: t.lastQ, the: true, back: true}
		}
		base = t.anchor
		if w == "that" && !t.anchored && !t.lastSet {
			return cand{}
		}
	default:
		return cand{}
	}
	if the && w == "next" {
		switch t.w(i - 2) {
		case "within", "over", "during", "throughout":
			// "within the next year": counted from now, not from the year
			// last named; valued as the next calendar unit, as TimeBank
			// does, with the interval of the window ahead, as "the past
			// year" has the window behind
			var to time.Time
			switch u {
			case uWeek:
				to = t.ref.AddDate(0, 0, 7)
			case uMonth:
				to = t.ref.AddDate(0, 1, 0)
			case uYear:
				to = t.ref.AddDate(1, 0, 0)
			default:
				return cand{}
			}
			c := t.relUnit(i+1, j, "next", u)
			c.i, c.the = i, true
			c.iv, c.ivSet = Interval{t.ref, to}, true
			return c
		}
		base = t.anchor
	}
	// "that year", "the following month": the last date the text named,
	// whatever its precision
	if base == t.anchor && u >= uMonth && t.lastSet && (w == "same" || w == "that" || w == "following" || w == "previous" || the && w == "next") {
		base = t.last
		if t.flashSet && (w == "following" || w == "next") {
			base = t.flashFrom // the story goes on from before the flashback
		}
		if w == "previous" && u == uMonth && t.figSet && t.figAt <= i && t.figAt > i-80 && (t.lastSaid || t.last.Before(t.figMonth)) {
			// "Payrolls rose 175,000 last month, the department said on
			// Friday. It revised the previous month's figure": the month
			// before the month last named, not before the day of the
			// report; "rose 0.3 percent in March from February, after 0.4
			// percent the previous month": before March, the base after
			// "from" is no month told of. A day named after the month
			// that is no day of a report ("In May, sales rose. On June 10,
			// the firm said the previous month was its best") stays the base
			base = t.figMonth
		}
	}
	c := cand{i: i, j: j, typ: Date, the: true}
	switch u {
	case uDay:
		if w == "this" || w == "last" || w == "past" || w == "current" || w == "coming" || w == "upcoming" {
			return cand{}
		}
		if w == "next" && !the {
			return cand{}
		}
		c.val = fmtDay(base.AddDate(0, 0, off))
		if base == t.anchor && t.dayUnknown(i) {
			if w == "same" && t.lastMon && !t.lastSince && t.lastNear(i) && t.tenseAt(i, j) == tPast && !(t.anchored && t.anchorAt <= t.lastAt && t.sameSentence(t.anchorAt, t.lastAt)) {
				// "killed last October ... His name was crossed out that
				// same day" (TBAQ 1998-10-XX): the very day of the month
				// just named, whose number the text does not give; a day
				// counted on ("the next day") may leave the month
				c.val, c.iv, c.ivSet = fmtMonth(t.last.Year(), t.last.Month())+"-XX", Interval{}, true
				return c
			}
			return t.undatedDay(c)
		}
	case uNight:
		if w == "this" || w == "last" {
			return cand{}
		}
		if w == "that" && !t.anchored && t.dayUnknown(i) {
			// "Ward was convicted in 1999. That night he ...": with no
			// day named in the text, only a year, a month or a week, the
			// night has no known day (the reference day's is not it);
			// left out, as "that morning" is ("a witness who saw him that
			// night" after "on the night of 14 October 1989 ... the
			// following summer" keeps the day named)
			return cand{}
		}
		c.typ, c.val = Time, fmtDay(base.AddDate(0, 0, off))+"TNI"
	case uWeek:
		c.val = fmtWeek(base.AddDate(0, 0, 7*off))
		if w == "this" && base.Equal(t.ref) && t.sundayAhead(i, j) {
			// "would run its snow timetable every day this week" on a
			// Sunday: the week that starts tomorrow, not the ISO week
			// ending today
			c.val = fmtWeek(base.AddDate(0, 0, 1))
		}
	case uWeekend:
		c.val = t.weekend(base, off, i, j)
	case uMonth:
		c.val = fmtMonth(base.Year(), base.Month()+time.Month(off))
		if mm := base.Month() + time.Month(off); mm < 1 || mm > 12 {
			d := day(base.Year(), base.Month()+time.Month(off), 1)
			c.val = fmtMonth(d.Year(), d.Month())
		}
	case uQuarter:
		q := (int(base.Month())-1)/3 + off
		y := base.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		c.val = itoa(y) + "-Q" + itoa(q+1)
	case uYear:
		c.val = itoa(base.Year() + off)
	case uDecade:
		c.val = itoa(base.Year()/10 + off)
	case uCentury:
		c.val = pad(base.Year()/100+off, 2)
	default:
		return cand{}
	}
	if !base.Equal(t.ref) && !speaker {
		return t.toldAsPast(c)
	}
	return c
}

// toldAsPast checks a date counted from the narrative's day ("the next
// day", "the following week", "the day before") against its clause: a
// clause in the past tense cannot tell of a day after the reference day,
// so when the narrative's day was one still to come ("Ministers meet on
// April 14. The commission said in January ... The next day, it
// resigned"), the count went from the wrong day. The expression stays,
// valued PAST_REF: a day gone by that the text does not date.
func (t *tagger) toldAsPast(c cand) cand {
	if c.typ != Date && c.typ != Time {
		return c
	}
	iv, _, ok := intervalOf(c.val)
	if !ok || !iv.Start.After(t.ref) || t.tenseAt(c.i, c.j) != tPast || t.futureInSentence(c.i, c.j) {
		return c
	}
	c.typ, c.val, c.mod = Date, "PAST_REF", ""
	return c
}

// futureInSentence reports whether a cue of the future ("will", "would",
// "expected" ...) stands anywhere in the sentence holding tokens [i, j):
// "The next day, leaders who met last year will sign a pact" is told of a
// day to come, whatever the nearest verb.
func (t *tagger) futureInSentence(i, j int) bool {
	for k := range t.around(i, j, 40, stopSemicolon) {
		if tk := t.toks[k]; tk.kind == kWord && cueOf(tk.w) == tFuture {
			return true
		}
	}
	return false
}

// weekend returns the value of a weekend: off -1 the last one before base,
// +1 the next, 0 the one the tense points to (past: the last one).
func (t *tagger) weekend(base time.Time, off, i, j int) string {
	wd := base.Weekday()
	sat := base.AddDate(0, 0, (int(time.Saturday)-int(wd)+7)%7) // on or after base
	if wd == time.Sunday {
		sat = base.AddDate(0, 0, -1)
	}
	inWeekend := wd == time.Saturday || wd == time.Sunday
	switch off {
	case -1:
		if inWeekend {
			sat = sat.AddDate(0, 0, -7)
		} else {
			sat = sat.AddDate(0, 0, -7)
		}
	case 1:
		if inWeekend {
			sat = sat.AddDate(0, 0, 7)
		}
	case 0:
		if a, ok := t.sentenceAnchor(i); ok && t.tenseAt(i, j) == tFuture && base.Equal(t.ref) {
			// "warned on Friday that the storm could strengthen during the
			// weekend": the weekend after that Friday
			as := a.AddDate(0, 0, (int(time.Saturday)-int(a.Weekday())+7)%7)
			if a.Weekday() == time.Sunday {
				as = a.AddDate(0, 0, -1)
			}
			return fmtWeek(as) + "-WE"
		}
		dir := t.direction(i, j)
		if dir == 0 && (wd == time.Thursday || wd == time.Friday) && base.Equal(t.ref) {
			// "Eskom warns of load shedding this weekend" on a Thursday:
			// with no past nor future to say, the weekend a day or two
			// ahead, not the one gone five days before (early in the week
			// "this weekend" still tells of the one just gone)
			dir = 1
		}
		if !inWeekend && dir <= 0 {
			sat = sat.AddDate(0, 0, -7)
		}
	}
	return fmtWeek(sat) + "-WE"
}

// sundayAhead reports whether the reference day is a Sunday and the
// clause around tokens [i, j) is in the future, with no past day of a
// report in its sentence: then "this week" and "the weekend" are the
// ones to come, since the ISO week and its weekend end that day.
func (t *tagger) sundayAhead(i, j int) bool {
	if t.ref.Weekday() != time.Sunday || t.tenseAt(i, j) != tFuture {
		return false
	}
	_, ok := t.sentenceAnchor(i)
	return !ok
}

// longWeekend values "the long weekend", "the four-day weekend" at
// tokens [i, j): the weekend of a holiday the text named before ("over
// the Easter weekend ... over the four-day weekend" on the Sunday before
// Easter), else as "the weekend", the current one.
func (t *tagger) longWeekend(i, j int) string {
	for k := len(t.out) - 1; k >= 0; k-- {
		if x := t.out[k]; len(x.Value) == 11 && strings.HasSuffix(x.Value, "-WE") && holidayWeekendText(x.Text) {
			return x.Value
		}
	}
	return t.weekend(t.ref, 0, i, j)
}

// holidayWeekendText reports whether s, the text of a weekend's
// expression, names a holiday ("Easter weekend", "the Memorial Day
// weekend", "August bank holiday weekend"): a capitalised word other
// than the first ("This weekend", "Last weekend" name none).
func holidayWeekendText(s string) bool {
	for n, w := range strings.Fields(s) {
		if n > 0 || !strings.EqualFold(w, "the") && !strings.EqualFold(w, "this") && !strings.EqualFold(w, "last") && !strings.EqualFold(w, "next") {
			if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// relSeason resolves "this spring", "last summer", "next winter".
func (t *tagger) relSeason(i, j int, w, s string) cand {
	y := t.ref.Year()
	start := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
	// the most recent start on or before ref
	last := y
	if day(y, start, 1).After(t.ref) {
		last = y - 1
	}
	if w == "following" || (w == "next" || w == "previous") && t.is(i-1, "the") && t.lastNear(i) {
		// "He left in 1962. The following spring": the season after (or
		// before) the date last named, not the reference day's
		if !t.lastNear(i) && !(w == "following" && t.lastReach(i, j+1)) {
			return cand{}
		}
		from, to := t.lastSpan()
		sy := 0
		if w == "previous" {
			for cy := to.Year() + 1; cy >= from.Year()-2; cy-- {
				if iv, _, _ := intervalOf(itoa(cy) + "-" + s); iv.Start.Before(from) && iv.End.Before(to) {
					sy = cy
					break
				}
			}
		} else {
			for cy := from.Year() - 1; cy <= to.Year()+2; cy++ {
				if iv, _, _ := intervalOf(itoa(cy) + "-" + s); iv.Start.After(to) {
					sy = cy
					break
				}
			}
		}
		if sy == 0 {
			return cand{}
		}
		return cand{i: i, j: j + 1, typ: Date, val: itoa(sy) + "-" + s, the: true}
	}
	switch w {
	case "this":
		// the current or coming season of this year
		if s == "WI" && t.ref.Month() <= 2 {
			y--
		}
		if day(y, start, 1).After(t.ref) {
			tn := t.tenseAt(i, j+1)
			iv, _, _ := intervalOf(itoa(last) + "-" + s)
			if tn == tPast && s == "WI" || tn != tFuture && t.ref.Sub(iv.End) <= 61*24*time.Hour {
				// "this winter was cold" in March, "the air has been
				// hazardous for weeks this winter" in March: the winter
				// just gone, unless the clause looks ahead. Another
				// season goes back only within those 61 days: its year
				// is the calendar's, and "this spring" said in January
				// is this year's whatever the tense ("would leave acres
				// unplanted this spring"), the one gone being "last spring"
				y = last
			}
		}
	case "last", "past", "previous":
		y = last
		if iv, _, _ := intervalOf(itoa(last) + "-" + s); !t.ref.After(iv.End) {
			y = last - 1
		}
	case "next", "coming", "upcoming":
		y = last + 1
	case "that":
		// "In 2009 he moved to Paris. That summer, he met her": the season
		// of the year last named, in this sentence or the one before;
		// only opening a sentence or after a preposition of time, since
		// "that" may be a pronoun ("the floods that spring brings")
		// or closing a clause ("sued the council that summer, and")
		if !t.lastNear(i) || !t.toks[i].upper && !t.is(i-1, "in") && !t.is(i-1, "during") && !t.is(i-1, "by") && !t.is(i-1, "until") && !t.is(i-1, "since") && !t.is(i-1, "through") && !t.is(i-1, "throughout") && !t.clauseEndsAt(j+1) && !t.thatAdverbial(i, j) || thatOpensClause(t.w(i-1)) {
			return cand{}
		}
		if t.toks[i].upper && i > 0 && t.toks[i-1].kind == kWord {
			return cand{} // a capital inside a sentence is a title
		}
		y = t.last.Year()
		if s == "WI" && t.last.Month() <= 2 && !t.lastYear {
			// "In January 2010 ... That winter": the winter of 2009-10;
			// after a year alone ("In 1845 ... that winter") the winter
			// that begins in its December, as its value says
			y--
		}
	default:
		return cand{}
	}
	return cand{i: i, j: j + 1, typ: Date, val: itoa(y) + "-" + s, the: true}
}

// season parses "spring", "the summer of 2022", "winter 2023".
func (t *tagger) season(i int) cand {
	s, ok := seasonOf(t.w(i))
	if !ok || t.properSeason(i) {
		return cand{}
	}
	j := i + 1
	k := j
	if t.is(k, "of") {
		k++
	}
	if y := t.yearOnly(k); y > 0 {
		e := k + 1
		if n := e + 1; s == "WI" && t.is(e, "-") && t.attached(e) && n < len(t.toks) && t.toks[n].kind == kNum && t.attached(n) &&
			(len(t.toks[n].w) == 2 && t.toks[n].n == (y+1)%100 || len(t.toks[n].w) == 4 && t.toks[n].n == y+1) {
			e = n + 1 // "the winter of 2014-15": the winter that runs into the next year, as its value says
		}
		return cand{i: i, j: e, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	if c := t.spokenYear(k); c.ok() {
		return cand{i: i, j: c.j, typ: Date, val: c.val + "-" + s, the: true}
	}
	if n := k + 1; t.is(k, "'") && n < len(t.toks) && t.toks[n].kind == kNum && len(t.toks[n].w) == 2 && t.attached(n) && !(t.is(n+1, "s") && t.attached(n+1)) {
		// "the summer of '69", "winter '98": the season of that year
		return cand{i: i, j: n + 1, typ: Date, val: itoa(shortYear(t.toks[n].n)) + "-" + s, the: true}
	}
	if s == "FA" && t.w(i) == "fall" && (t.is(j, "of") || t.is(j, "in") || t.is(j, "from") || t.is(j, "to")) {
		return cand{} // "the fall of Saigon", "the fall in prices": a noun of an event
	}
	if t.is(j, "months") && t.is(j+1, "of") {
		if _, ok := monthOf(t.w(j + 2)); ok && t.toks[j+2].upper {
			// "the winter months of June, July and August": the months
			// written after it say which they are (a southern winter is
			// no northern one); the season is no date of its own
			return cand{}
		}
	}
	if s == "FA" && t.w(i) == "fall" && !t.is(i-1, "the") && !t.is(i-1, "in") && !t.is(i-1, "this") && !t.untilFall(i) {
		return cand{}
	}
	switch t.w(i - 1) {
	case "the", "in", "this", "last", "next", "early", "late", "mid", "-", "since", "until", "by":
	case "its", "their", "s":
		// "The Hollywood Bowl's summer season continues": a programme's
		// season of the year after a possessive, as "the summer season";
		// another noun ("the club's summer signing", "their summer
		// homes") is none
		if !t.is(j, "season") || t.w(i-1) == "s" && !t.is(i-2, "'") || t.is(j+1, "'") {
			return cand{}
		}
	case "peak", "busy", "high", "main":
		// "the peak summer season", "the busy summer months": the
		// season of the trade's year, named between "the" and its noun
		if !t.is(i-2, "the") || !t.is(j, "season") && !t.is(j, "months") && !t.is(j, "period") {
			return cand{}
		}
		if t.is(j+1, "of") {
			if y := t.yearOnly(j + 2); y > 0 {
				// "The peak summer season of 2011 was the best": the
				// year written after the noun (was the tense's)
				return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
			}
		}
	default:
		if t.weatherSeason(i) && t.tenseAt(i, j) == tPast && !t.yearBefore(i) && (t.framedYear(i, j) != 0 || !t.yearAround(i, j)) {
			// "Last year's crop was hurt by a cold, wet spring", "after a
			// cool, wet spring pushed planting into June": the season the
			// past clause tells of, of the year its sentence opened with
			// or the last one gone
			y := t.framedYear(i, j)
			if y == 0 {
				y = t.pickYear(strongPast, func(cy int) (time.Time, time.Time) {
					iv, _, _ := intervalOf(itoa(cy) + "-" + s)
					return iv.Start, iv.End
				})
			}
			return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s}
		}
		return cand{}
	}
	if y, e := t.anaphoricYear(j); y > 0 {
		// "the summer of that year", "the spring of the following year"
		return cand{i: i, j: e, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	trade := t.is(i-2, "the") && (t.is(i-1, "peak") || t.is(i-1, "busy") || t.is(i-1, "high") || t.is(i-1, "main"))
	if (t.is(i-1, "the") || t.is(i-1, "in") || trade) && (t.habitual(i) || t.tenseAt(i, j) == tFuture && t.yearsHorizon(i, j, uDecade)) {
		// ("Fares usually rise in the busy summer months": the trade's
		// season of a habit, as "in the summer")
		// "The ice usually reaches its minimum in mid-September and grows
		// again through the winter", "could be ice-free in summer within
		// a few decades": any year's season, as a month there
		return cand{i: i, j: j, typ: Date, val: "XXXX-" + s, the: true}
	}
	if y := t.historyYear(t.modStart(i), j, seasonStart(s), 0); y > 0 {
		// "On 18 March 1962 ... through the spring": the story's season
		return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	if y := t.framedYear(i, j); y != 0 {
		// "In 2012, the summer was wet", "In 2012, hotels were full in
		// the peak summer season": the season of the year the sentence
		// opened with, told in the past (was the tense's)
		return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	if b := i - 1; t.is(b, "the") && t.bookedFor(b) && !t.yearWordIn(i) {
		// "Bookings for the summer were up" in January: what is booked
		// lies ahead of the booking, so the season under way, just gone
		// (ended within a month) or to come, never one long over (was
		// last summer, the nearer)
		for cy := t.ref.Year() - 1; cy <= t.ref.Year()+1; cy++ {
			if iv, _, ok := intervalOf(itoa(cy) + "-" + s); ok && !iv.End.Before(t.ref.AddDate(0, -1, 0)) {
				return cand{i: i, j: j, typ: Date, val: itoa(cy) + "-" + s, the: true}
			}
		}
	}
	if y := t.wouldFramedYear(i, j); y != 0 {
		// "In 2012, he said the plant would open in the summer": the
		// future of a speech of that year, its summer (was this year's)
		return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	if y := t.saidInYear(i, j); y != 0 {
		// "He said in 2012 that the plant would open in the summer": a
		// year set right after the verb of speech dates the speech as a
		// year opening the sentence does, and the season it foretold is
		// that year's (was this year's)
		return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	if t.is(j, "season") && !t.is(i-1, "the") && t.announcedBefore(i, j) {
		// "The Hollywood Bowl announced its summer season on Tuesday" in
		// February: a programme announced is the season under way or to
		// come (was last summer, the past tense's); one that "drew record
		// crowds" or "ended early" keeps the past
		for cy := t.ref.Year() - 1; cy <= t.ref.Year()+1; cy++ {
			if iv, _, ok := intervalOf(itoa(cy) + "-" + s); ok && !iv.End.Before(t.ref) {
				return cand{i: i, j: j, typ: Date, val: itoa(cy) + "-" + s, the: true}
			}
		}
	}
	dir := t.yearDirection(i, j)
	y := t.pickYear(dir, func(cy int) (time.Time, time.Time) {
		iv, _, _ := intervalOf(itoa(cy) + "-" + s)
		return iv.Start, iv.End
	})
	return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
}

// saidInYear returns the year of a speech that the "would" governing the
// expression over [i, j) reports, when the year follows the verb of
// speech after "in" in the same sentence ("He said in 2012 that the plant
// would open in the summer", "promised in 2011 the line would reopen";
// the season may come before the "would": "said in 2012 that the summer
// would be hot"), and lies before the reference year; else 0. A year
// elsewhere in the sentence dates something else ("He said the 2012 plan
// would open in the summer"), and "would have" tells of no future.
func (t *tagger) saidInYear(i, j int) int {
	// the "would": between the year and the season ("would open in the
	// summer"), or right after the season as its subject ("the summer
	// would be hot")
	would := -1
	if t.is(j, "would") {
		would = j
	}
	if t.is(j, "of") {
		return 0 // "would open in the summer of next year": the season is that phrase's
	}
	for m := i - 1; m >= 3 && m >= i-14; m-- {
		if t.endsAt(m, stopLine|stopSemicolon) {
			return 0
		}
		if would < 0 && (t.is(m, ",") || t.toks[m].kind == kWord && !t.toks[m].upper && t.cue(m) == tPast) {
			// "said in 2012 that he would retire, and he finally did so
			// in the summer": the season is of another clause, in the past
			return 0
		}
		if would >= 0 && m < would && (t.is(m, "would") || reportingVerb(t.w(m)) || t.is(m, "now")) {
			// "Smith, who said in 2012 that he would quit, now says the
			// plant would open in the summer": another speech governs it
			return 0
		}
		if t.is(m, "would") && would < 0 {
			would = m
			continue
		}
		tk := t.toks[m]
		if tk.kind != kNum || len(tk.w) != 4 || !t.is(m-1, "in") {
			continue
		}
		if would < 0 || t.is(would+1, "have") {
			return 0
		}
		switch w := t.w(m - 2); {
		case reportingVerb(w) && w != "says", w == "promised", w == "pledged", w == "vowed", w == "predicted", w == "warned", w == "insisted", w == "wrote":
			if y := int(tk.n); y > 1900 && y < t.ref.Year() {
				return y
			}
		}
		return 0
	}
	return 0
}

// untilFall reports whether "fall" at i, after "by", "until", "till" or
// "since", ends its sentence or line or stands before a comma: "plans to
// exit bankruptcy by fall", "have risen since fall," (American copy, the
// season with no article). "hit by fall in profits", "driven by fall and
// holiday demand", "injured by a fall" and a list of seasons ("spooked by
// fall, winter and spring alike") are none.
func (t *tagger) untilFall(i int) bool {
	switch t.w(i - 1) {
	case "by", "until", "till", "since":
	default:
		return false
	}
	j := i + 1
	if t.is(j, ",") {
		if _, season := seasonOf(t.w(j + 1)); season {
			return false // "spooked by fall, winter and spring alike": seasons in general, no one fall
		}
	}
	return j >= len(t.toks) || t.toks[j].nl || t.is(j, ".") || t.is(j, ",") || t.is(j, ";")
}

// yearWordIn reports whether the sentence holding token i names a year
// or a time gone otherwise: a four-digit number, "year", "ago", "last"
// ("Bookings for the summer were up 10 percent last year").
func (t *tagger) yearWordIn(i int) bool {
	k := i
	for k > 0 && !t.endsAt(k-1, stopLine) {
		k--
	}
	for ; k < len(t.toks) && (k <= i || !t.endsAt(k, stopLine)); k++ {
		if tk := t.toks[k]; tk.kind == kNum && len(tk.w) == 4 {
			return true
		}
		switch t.w(k) {
		case "year", "years", "ago", "last":
			return true
		}
	}
	return false
}

// yearBefore reports whether a four-digit number (a year, "the 1930s")
// stands in the sentence before token i: "The 2012 crop was hit by a hot,
// dry summer" tells of that year's summer, which the tense cannot find.
func (t *tagger) yearBefore(i int) bool {
	for k := i - 1; k >= 0 && !t.endsAt(k, stopLine); k-- {
		if tk := t.toks[k]; tk.kind == kNum && len(tk.w) == 4 {
			return true
		}
	}
	return false
}

// yearAround reports whether a four-digit number stands after the tokens
// [i, j) in their clause ("The region had a cold, wet spring in 2011",
// "after a hot, dry summer in Russia cut the wheat harvest in 2010") or in
// the sentence before ("The 1816 'year without a summer' followed an
// eruption. Europe endured a cold, wet summer."): the season is that
// year's, or one the text is telling of, not the last one gone. A year
// after a comma is another clause's ("a cold, wet spring that delayed
// planting, while the 2012 drought ...").
func (t *tagger) yearAround(i, j int) bool {
	for k := j; k < len(t.toks) && !t.endsAt(k, stopLine|stopComma|stopSemicolon); k++ {
		if tk := t.toks[k]; tk.kind == kNum && len(tk.w) == 4 {
			return true
		}
	}
	k := i - 1
	for k >= 0 && !t.endsAt(k, stopLine) {
		k--
	}
	if k < 0 || t.toks[k].nl && t.toks[k].kind != kPunct {
		return false // the sentence opens the text or a paragraph
	}
	for k--; k >= 0 && !t.endsAt(k, stopLine); k-- {
		if tk := t.toks[k]; tk.kind == kNum && len(tk.w) == 4 {
			return true
		}
	}
	return false
}

// weatherSeason reports whether the season at i follows "a" and one to
// three words of the weather joined by commas or "and": "a cold, wet
// spring", "a hot and dry summer", "a mild winter". Only these: "a
// political spring" or "a summer of discontent" name no season, nor does
// a season before a noun of a kind ("a dry spring wheat crop").
func (t *tagger) weatherSeason(i int) bool {
	switch t.w(i + 1) {
	case "wheat", "barley", "oats", "crop", "crops", "planting", "plantings", "term", "break", "holiday", "holidays", "collection",
		"season", "sale", "sales", "fashion", "range", "line", "menu", "schedule", "session":
		return false // "a dry spring wheat crop", "a warm winter collection": the season names a kind, no time
	}
	n := 0
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch t.w(k) {
		case "a":
			return n > 0
		case ",", "and":
			continue
		case "cold", "wet", "dry", "warm", "hot", "mild", "cool", "rainy", "snowy", "harsh", "severe", "frosty", "stormy", "sunny", "freezing", "chilly", "humid", "parched", "late", "early":
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// quarter parses "the third quarter", "third-quarter", "the first half of
// 2025", "the third quarter of 2024".
func (t *tagger) quarter(i int) cand {
	n, ok := ordinalWord(t.w(i))
	j := i + 1
	if !ok {
		if i < len(t.toks) && t.toks[i].kind == kNum && t.toks[i].n >= 1 && t.toks[i].n <= 4 && (t.is(i+1, "st") || t.is(i+1, "nd") || t.is(i+1, "rd") || t.is(i+1, "th")) {
			n, j = t.toks[i].n, i+2
		} else {
			return cand{}
		}
	}
	hyph := false
	if t.w(j) == "-" {
		j, hyph = j+1, true
	}
	half := false
	switch {
	case t.is(j, "quarter"):
	case t.is(j, "half"):
		half = true
	default:
		return cand{}
	}
	if n == -1 { // "the last quarter of 2024", "the last half of 1989"
		n = 4
		if half {
			n = 2
		}
	}
	if n < 1 || n > 4 || half && n > 2 {
		return cand{}
	}
	if half && (t.is(j+1, "century") || t.is(j+1, "decade") || t.is(j+1, "-") && (t.is(j+2, "century") || t.is(j+2, "decade"))) {
		return cand{} // "the last half-century": fifty years, no half of a year
	}
	j++
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	code := "-Q" + itoa(n)
	if half {
		code = "-H" + itoa(n)
	}
	if c := t.fiscalPeriod(i, j, code); c.ok() {
		c.the = !hyph // "the third quarter of the financial year", "the first half of FY2013"
		return c
	}
	if y := t.yearOnly(k); y > 0 {
		return cand{i: i, j: k + 1, typ: Date, val: itoa(y) + code, the: true}
	}
	if t.is(j, "of") && t.is(j+1, "this") || t.is(j, "of") && t.is(j+1, "last") || t.is(j, "of") && t.is(j+1, "next") {
		if c := t.relUnit(j+1, j+3, t.w(j+1), uYear); c.ok() && t.is(j+2, "year") {
			return cand{i: i, j: j + 3, typ: Date, val: c.val + code, the: true}
		}
	}
	if t.is(j, "of") && t.is(j+1, "the") && t.is(j+2, "year") {
		base := t.ref
		if t.lastSet && t.tenseAt(i, j+3) != tFuture {
			// the year last named; in a future-tense clause ("expects fees
			// to fall in the second half of the year") this year
			base = t.last
		}
		return cand{i: i, j: j + 3, typ: Date, val: itoa(base.Year()) + code, the: true}
	}
	if y, e := t.anaphoricYear(j); y > 0 {
		// "Prices peaked in 2008 before falling sharply in the second
		// half of that year": the half (quarter) of the year last named
		return cand{i: i, j: e, typ: Date, val: itoa(y) + code, the: true}
	}
	if t.is(j, "of") && (t.is(j+1, "the") || t.is(j+1, "a") || t.is(j+1, "an") || t.is(j+1, "this") || t.is(j+1, "that") || t.is(j+1, "its")) {
		return cand{} // "the first half of the match", "the third quarter of the game"
	}
	if y := t.deicticYear(j); y > 0 {
		return cand{i: i, j: j + 2, typ: Date, val: itoa(y) + code, the: true} // "the second quarter last year"
	}
	business := t.businessSentence(i)
	if half && !business && !t.periodNear(i) {
		return cand{} // "scored in the second half": a match, not a year
	}
	if !business && t.sportsSentence(i) {
		// "delayed by a power outage in the third quarter" of a football
		// game, "returned the second-half kickoff": a period of play
		return cand{}
	}
	if !half {
		if c, ok := t.quarterEnding(i, j, n, code); ok {
			c.the = !hyph
			return c
		}
	}
	if c, ok := t.fiscalBare(i, j, code); ok {
		c.the = !hyph
		return c
	}
	return t.reportedQuarter(cand{i: i, j: j, typ: Date, val: t.quarterYear(i, j, code, half) + code, the: !hyph}, half)
}

// reportedQuarter makes a quarter without a year whose results are told
// as reported ("third-quarter profit rose", "Apex 3Q profit climbs", "Q3
// earnings beat forecasts") a fiscal quarter when its calendar namesake
// has not ended by the reference day: no company reports a quarter still
// running, so the months are a fiscal year's, which the value names (as
// TimeBank values "the fiscal first quarter") with no interval; and it is
// the quarter later words go back to ("the year-ago quarter"). Only in a
// past clause or before a verb of change in a headline's present
// ("profit climbs"): a forecast ("expects third-quarter profit to
// rise") or a timetable ("reports its first-quarter results on April
// 19") keeps the calendar quarter.
func (t *tagger) reportedQuarter(c cand, half bool) cand {
	if half || c.ivSet || !resultsNoun(t.w(c.j)) {
		return c
	}
	iv, _, ok := intervalOf(c.val)
	if !ok || !iv.End.After(t.ref) {
		return c
	}
	switch t.w(c.j + 1) {
	case "will", "would", "could", "should", "may", "might", "to":
		return c // "Analysts said third-quarter earnings would fall": a forecast
	}
	if t.tenseAt(c.i, c.j) != tPast && !changeVerb(t.w(c.j+1)) {
		// "will report third-quarter results on Nov. 7", "reports its
		// first-quarter results on April 19": results to come
		return c
	}
	c.iv, c.ivSet, c.fiscal = Interval{}, true, true
	return c
}

// changeVerb reports whether w is a verb of a figure's change in the
// present of a headline ("profit climbs", "earnings beat").
func changeVerb(w string) bool {
	switch w {
	case "rises", "falls", "climbs", "jumps", "drops", "slumps", "slides", "slips", "surges", "soars", "tumbles", "plunges",
		"doubles", "triples", "gains", "declines", "dips", "beats", "misses", "tops", "edges", "grows", "shrinks", "sinks", "leaps":
		return true
	}
	return false
}

// resultsNoun reports whether w names a company's results for a period
// ("profit", "earnings", "revenue").
func resultsNoun(w string) bool {
	switch w {
	case "profit", "profits", "earnings", "loss", "losses", "net", "income", "revenue", "revenues", "sales", "results":
		return true
	}
	return false
}

// quarterEnding reads the end a quarter without a year is given right
// after it: "the fourth quarter, which ends May 31", "its fiscal fourth
// quarter, which ends in May", "the third quarter ending in September".
// The quarter is of the year that end falls in; an end that is not the
// calendar quarter's last month makes it a fiscal quarter, valued by
// that year (as TimeBank values "fiscal 1989") with no interval.
func (t *tagger) quarterEnding(i, j, n int, code string) (cand, bool) {
	k := j
	if t.is(k, ",") {
		k++
		if !t.is(k, "which") && !t.is(k, "that") {
			return cand{}, false
		}
		k++
		if !t.is(k, "ends") && !t.is(k, "ended") && !t.is(k, "end") {
			return cand{}, false
		}
	} else if !t.is(k, "ending") {
		return cand{}, false
	}
	k++
	if t.is(k, "in") || t.is(k, "on") {
		k++
	}
	d := t.core(k)
	if !d.ok() || d.i != k || d.typ != Date || len(d.val) < 7 || d.val[4] != '-' || d.val[5] > '9' {
		return cand{}, false
	}
	m := atoi(d.val[5:7])
	c := cand{i: i, j: j, typ: Date, val: d.val[:4] + code}
	if m != 3*n {
		c.iv, c.ivSet, c.fiscal = Interval{}, true, true
	}
	return c, true
}

// sportsSentence reports whether the sentence around token i speaks of a
// game, where "the third quarter", "the second half" are periods of play:
// a word of scoring or play within 40 tokens.
func (t *tagger) sportsSentence(i int) bool {
	for k := range t.around(i, i+1, 40, 0) {
		switch t.toks[k].w {
		case "game", "games", "match", "touchdown", "touchdowns", "kickoff", "quarterback", "halftime", "overtime", "scored",
			"score", "goal", "goals", "inning", "innings", "yards", "rebounds", "field", "penalty", "referee", "whistle",
			"comeback", "lead", "trailed", "points", "basket", "baskets", "fumble", "interception", "pass", "passes":
			return true
		}
	}
	return false
}

// monthQuarter parses "April-June quarter", "July-September period" (the
// first month at i): the calendar quarter those three months make, its
// year chosen as for "the third quarter". Months that make no calendar
// quarter ("the May-July period") are left alone.
func (t *tagger) monthQuarter(i int) cand {
	m1, ok1 := monthOf(t.w(i))
	if ok1 && isFullMonth(t.w(i)) && m1%3 == 0 && t.is(i-1, "the") && t.is(i+1, "quarter") && !t.is(i+2, "of") && !t.is(i+2, "-") {
		// "the June quarter": the calendar quarter that ends in that month
		code := "-Q" + itoa(int(m1)/3)
		return cand{i: i, j: i + 2, typ: Date, val: t.quarterYear(i, i+2, code, false) + code, the: true}
	}
	if !ok1 || !t.is(i+1, "-") || !t.attached(i+1) {
		return cand{}
	}
	k := i + 2
	if t.is(k, "to") && t.attached(k) && t.is(k+1, "-") && t.attached(k+1) {
		k += 2 // "the October-to-December period"
	}
	m2, ok2 := monthOf(t.w(k))
	if !ok2 || !t.attached(k) || (m1-1)%3 != 0 || m2 != m1+2 {
		return cand{}
	}
	code := "-Q" + itoa(int(m1-1)/3+1)
	if !t.is(k+1, "quarter") && !t.is(k+1, "period") {
		if t.is(i-1, "the") && isFullMonth(t.w(i)) && isFullMonth(t.w(k)) && t.quarterFigures(k+1) {
			// "the October-December figures", "the July-September
			// GDP data": three months that make a calendar quarter,
			// before a noun of the figures for them, are that quarter
			// (the noun stays out, as in "the second-quarter figures")
			return cand{i: i, j: k + 1, typ: Date, val: t.quarterYear(i, k+1, code, false) + code}
		}
		return cand{}
	}
	if e := k + 2; t.is(e, "of") {
		// "the April-June quarter of next year", "the July-September
		// quarter of 2013": the quarter of that year, one expression
		if y := t.yearOnly(e + 1); y > 0 {
			return cand{i: i, j: e + 2, typ: Date, val: itoa(y) + code, the: true}
		}
		if y := t.deicticYear(e + 1); y > 0 {
			return cand{i: i, j: e + 3, typ: Date, val: itoa(y) + code, the: true}
		}
	}
	return cand{i: i, j: k + 2, typ: Date, val: t.quarterYear(i, k+2, code, false) + code, the: true}
}

// quarterFigures reports whether the words from k name figures for a
// period: "figures", "data", "numbers", "results", "statistics",
// "estimate", "GDP", "growth" (one word of the figure's subject may come
// first: "GDP data", "sales figures").
func (t *tagger) quarterFigures(k int) bool {
	for e := k; e <= k+1 && e < len(t.toks); e++ {
		switch t.w(e) {
		case "figures", "figure", "data", "numbers", "results", "statistics", "estimate", "estimates", "gdp", "growth":
			return true
		}
		if t.toks[e].kind != kWord {
			return false
		}
	}
	return false
}

// quarterYear returns the year of a quarter or half named without one.
func (t *tagger) quarterYear(i, j int, code string, half bool) string {
	// the quarter (or half) that began last: news reports quarters once
	// they start, and goes on reporting one for a season after it ends
	// ("expects to report third-quarter earnings" in October); a
	// future-tense clause means the next one only when the last ended over
	// 90 days ago
	if y := t.framedYear(i, j); y > 0 && !t.frameMon {
		// "In 2013, Apex said its third-quarter profit rose", "Last
		// year, third-quarter profit rose": a past clause a year opens
		// tells of that year's quarter ("In January 2014, ... the fourth
		// quarter" may be the one before, and is left to the rule below)
		return itoa(y)
	}
	if t.contractQuarter(i, j) {
		// "Electricity futures for the June quarter", "coal for
		// second-quarter delivery", "the Q3 contract" after futures: a
		// contract trades until its quarter is over, so it is the
		// quarter under way or one to come
		for cy := t.ref.Year(); cy <= t.ref.Year()+1; cy++ {
			if iv, _, ok := intervalOf(itoa(cy) + code); ok && !iv.End.Before(t.ref) {
				return itoa(cy)
			}
		}
	}
	y := t.pickYear(-1, func(cy int) (time.Time, time.Time) {
		iv, _, _ := intervalOf(itoa(cy) + code)
		return iv.Start, iv.End
	})
	season := 90 * 24 * time.Hour // the season in which a quarter is reported
	if half {
		season = 0 // "growth will pick up in the second half": the half to come
	}
	tn := t.tenseAt(i, j)
	k := i - 1
	if t.is(k, "the") {
		k--
	}
	if tn != tPast && (t.is(k, "before") || t.is(k, "until") || t.is(k, "by")) {
		tn = tFuture // "any recovery is unlikely before the second half": a time to come
	}
	if iv, _, _ := intervalOf(itoa(y) + code); tn == tFuture && t.ref.Sub(iv.End) > season {
		y++
	}
	return itoa(y)
}

// quarterCode parses "Q3", "Q3 2025".
// The letter and the digit are two tokens ("q", "3"), written together.
func (t *tagger) quarterCode(i int) cand {
	if !t.toks[i].upper || i+1 >= len(t.toks) || t.toks[i+1].kind != kNum || !t.attached(i+1) || len(t.toks[i+1].w) != 1 {
		return cand{}
	}
	n := t.toks[i+1].n
	code := "-Q" + itoa(n)
	if t.w(i) == "h" {
		code = "-H" + itoa(n)
	}
	if n < 1 || n > 4 || code[1] == 'H' && n > 2 {
		return cand{}
	}
	if k := i + 3; t.is(i+2, "'") && t.attached(i+2) && k < len(t.toks) && t.toks[k].kind == kNum && len(t.toks[k].w) == 2 && t.attached(k) {
		// "Q1'13": the quarter of that year
		return cand{i: i, j: k + 1, typ: Date, val: itoa(shortYear(t.toks[k].n)) + code}
	}
	if k := i + 2; k < len(t.toks) && (t.toks[k].kind == kWord || t.toks[k].kind == kNum) && t.attached(k) {
		return cand{} // "Q3X", "H1N1": a name
	}
	if c := t.fiscalPeriod(i, i+2, code); c.ok() {
		return c // "Q3 FY2013", "Q3 of fiscal 2013"
	}
	if y := t.yearOnly(i + 2); y > 0 {
		return cand{i: i, j: i + 3, typ: Date, val: itoa(y) + code}
	}
	if y := t.deicticYear(i + 2); y > 0 {
		return cand{i: i, j: i + 4, typ: Date, val: itoa(y) + code} // "Q2 last year"
	}
	if t.businessSentence(i) || t.periodSet && t.periodAt <= i {
		// "sales rose in Q4": the quarter (or half) that began last, as
		// "the fourth quarter"; a model name ("the Audi Q5") has no
		// figures around it
		if c, ok := t.fiscalBare(i, i+2, code); ok {
			return c
		}
		return cand{i: i, j: i + 2, typ: Date, val: t.quarterYear(i, i+2, code, code[1] == 'H') + code}
	}
	return cand{}
}

// periodNear reports whether a quarter or a half of a year was named in
// the sentence holding token i or the one before: then "H2", "the second
// half" are halves of the year too ("We could see prices test $40 in the
// first quarter. Any recovery is unlikely before the second half.").
func (t *tagger) periodNear(i int) bool {
	return t.periodSet && t.periodAt <= i && t.sentenceBefore(t.periodAt, i)
}

// properSeason reports whether the season word at i is part of a name: a
// capital inside a sentence followed by another capital ("the Summer
// Games", "Winter Olympics", "Arab Spring" is not caught), or any season
// word before "Olympics", "Games" ("the winter Olympics").
func (t *tagger) properSeason(i int) bool {
	switch t.w(i + 1) {
	case "olympics", "olympic", "paralympics", "paralympic", "games":
		// "the winter Olympics", "the summer games": the event's name,
		// written in lower case or not ("this summer's Olympics" keeps
		// its season)
		return true
	case "term", "terms", "semester", "semesters", "trimester", "trimesters", "timetable", "timetables":
		// "the autumn term", "spring term", "the fall semester": a period
		// of the school calendar, not the season (a British spring term
		// runs from January); "the winter timetable" of a railway or an
		// airline likewise (Britain's runs from December to May)
		return true
	}
	if !t.toks[i].upper || i+1 >= len(t.toks) || !t.toks[i+1].upper || t.toks[i+1].kind != kWord {
		return false
	}
	if i > 0 && t.toks[i-1].kind == kPunct && !t.abbrevDot(i-1) || i == 0 {
		return false // a capital at the start of a sentence proves nothing
	}
	return true
}

// businessSentence reports whether the sentence around token i speaks of
// money or the economy, where "the second half" is a half of the year.
func (t *tagger) businessSentence(i int) bool {
	for k := range t.around(i, i+1, 40, 0) {
		switch t.toks[k].w {
		case "$", "%", "£", "€", "percent", "million", "billion", "sales", "profit", "profits", "earnings",
			"revenue", "revenues", "growth", "economy", "gdp", "output", "inflation", "demand", "prices", "shares":
			return true
		}
	}
	return false
}

// quarterShort parses the analysts' "4Q12", "1Q13", "2H13": a quarter (or
// half) and a two-digit year written as one word.
func (t *tagger) quarterShort(i int) cand {
	n := t.toks[i].n
	if len(t.toks[i].w) != 1 || !t.is(i+1, "q") && !t.is(i+1, "h") || !t.toks[i+1].upper || !t.attached(i+1) {
		return cand{}
	}
	k := i + 2
	if n >= 1 && n <= 4 && t.is(i+1, "q") && (k >= len(t.toks) || !t.attached(k)) && resultsNoun(t.w(k)) {
		// "Target 1Q profit jumps", "Apex 3Q earnings": AP's headline
		// code of a quarter, without its year, read as "first-quarter"
		code := "-Q" + itoa(n)
		return t.reportedQuarter(cand{i: i, j: k, typ: Date, val: t.quarterYear(i, k, code, false) + code}, false)
	}
	if k >= len(t.toks) || t.toks[k].kind != kNum || len(t.toks[k].w) != 2 || !t.attached(k) {
		return cand{}
	}
	if k+1 < len(t.toks) && t.attached(k+1) && t.toks[k+1].kind != kPunct {
		return cand{}
	}
	code := "-Q" + itoa(n)
	if t.is(i+1, "h") {
		code = "-H" + itoa(n)
	}
	if n < 1 || n > 4 || code[1] == 'H' && n > 2 {
		return cand{}
	}
	return cand{i: i, j: k + 1, typ: Date, val: itoa(shortYear(t.toks[k].n)) + code}
}

// shortYear gives a two-digit year its century: up to 30 this century's,
// else the last's ("'13" 2013, "'98" 1998).
func shortYear(yy int) int {
	if yy <= 30 {
		return 2000 + yy
	}
	return 1900 + yy
}

// lastSpan returns the days of the date last named (t.last): the
// interval of the last expression emitted that starts there, or that day.
func (t *tagger) lastSpan() (time.Time, time.Time) {
	for k := len(t.out) - 1; k >= 0; k-- {
		if iv := t.out[k].Interval; !iv.IsZero() && iv.Start.Equal(t.last) {
			return iv.Start, iv.End
		}
	}
	return t.last, t.last
}

// clauseEndsAt reports whether token k closes the clause before it: a
// sentence's end, a comma, a semicolon, "and" or "but", or the text's end.
func (t *tagger) clauseEndsAt(k int) bool {
	return k >= len(t.toks) || t.endsAt(k, stopSemicolon|stopComma) || t.is(k, "and") || t.is(k, "but")
}

// thatAdverbial reports whether "that" at i and the month or season at j
// ("that December", "that autumn") stand as an adverb of time where no
// preposition says so: before a preposition that goes on the clause
// ("bought its rival that August for $112 million"), or opening a
// sentence or a clause after "and", "but" or a comma with its subject
// right after ("and that autumn she joined a survey ship", "That
// December the neighbours agreed"). A verb after the month makes the
// month the subject ("and that December was the wettest"), and a month
// that is also a first name before a capitalised word may be a person
// ("and that June Carter sang"): neither is.
func (t *tagger) thatAdverbial(i, j int) bool {
	n := j + 1
	if n >= len(t.toks) || t.toks[n].nl {
		return false
	}
	switch t.w(n) {
	case "for", "at", "with", "after", "before", "from", "when", "amid":
		return true
	}
	opens := i == 0 || t.endsAt(i-1, 0) || t.is(i-1, "and") || t.is(i-1, "but") || t.is(i-1, ",")
	if !opens || t.cue(n) != tNone {
		return false
	}
	switch t.w(n) {
	case "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "its", "his", "her", "their", "our":
		return true
	}
	if t.toks[n].kind == kWord && !t.toks[n].upper && !determiner(t.w(n)) && t.cue(n+1) == tPast {
		// "That November voters returned him", "and that spring prices
		// fell": a bare noun and a past verb after the month, its
		// subject ("and that December was the wettest" is not)
		return true
	}
	if t.toks[n].upper && t.toks[n].kind == kWord {
		switch t.w(j) {
		case "april", "may", "june", "august":
			return false
		}
		return true
	}
	return false
}

// thatOpensClause reports whether "that" after word w is a conjunction
// opening what is said, thought or reported ("the minister said that May,
// the prime minister, would resign"; "amid reports that May would
// resign"; "said that summer, tourism would recover"), not the
// determiner of "that May", "that summer".
func thatOpensClause(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tell", "tells", "argued", "argues", "warned", "warns",
		"claimed", "claims", "believed", "believes", "believe", "thought", "think", "thinks",
		"noted", "notes", "added", "adds", "reported", "announced", "insisted", "insists",
		"stated", "wrote", "writes", "knew", "know", "knows", "hoped", "hopes", "feared", "fears",
		"confirmed", "showed", "shows", "found", "suggested", "suggests", "predicted", "predicts",
		"expected", "expects", "agreed", "denied", "admitted", "explained", "indicated",
		"signalled", "signaled", "concluded", "ruled", "learned", "learnt", "realised", "realized",
		"reports", "news", "speculation", "rumours", "rumors", "sign", "signs", "warning", "view", "fact":
		return true
	}
	return false
}

// whichUnit reports whether token k opens a clause that picks out which
// unit "the first year", "the final year" is ("the final year he was in
// office", "the first year that the tournament was held in Qatar", "the
// first year since 1990 in which"): a unit of the calendar that the
// clause dates, no stretch of time. A pronoun or determiner after a
// fronted "For the first decade" is the sentence's subject.
func (t *tagger) whichUnit(k int) bool {
	switch t.w(k) {
	case "that", "when", "which", "where", "since", "ever":
		return true
	case "in", "on", "during":
		return t.is(k+1, "which")
	case "he", "she", "they", "we", "i", "it", "you", "the", "a", "an", "his", "her", "its", "their", "our", "my":
		// a clause with no "that" ("the final year he was in office");
		// after a preposition the phrase may be fronted and the pronoun
		// its sentence's subject ("For the first decade he struggled")
		switch t.w(k - 4) {
		case "for", "in", "during", "over", "throughout", "after", "within":
			return false
		}
		return true
	}
	return false
}

// dayQualifier reports whether w says which days a count of days takes in
// ("trading days", "business days", "working days", "consecutive days").
func dayQualifier(w string) bool {
	switch w {
	case "trading", "business", "working", "calendar", "consecutive", "straight":
		return true
	}
	return false
}

// finalUnit reports whether the words at token j, after "the last" and a
// unit, make it the final one of a run rather than the stretch up to now:
// a relative clause with a pronoun for its subject or "when" ("the last
// day we talk about it", "the last week when prices rose") or "to" before
// a verb ("the last day to apply"; not "the last year to March", a
// reporting year).
func (t *tagger) finalUnit(j int) bool {
	switch t.w(j) {
	case "we", "i", "you", "he", "she", "they", "when":
		return true
	case "to":
		if k := j + 1; k < len(t.toks) && t.toks[k].kind == kWord && !t.toks[k].upper {
			_, month := monthOf(t.w(k))
			return !month && !determiner(t.w(k)) && t.w(k) != "date"
		}
	}
	return false
}

// stretchPreposition reports whether w, before "the last" and a unit,
// makes it the stretch up to now whatever follows: "Over the last week we
// have seen prices rise", "In the last year we have doubled sales".
func stretchPreposition(w string) bool {
	switch w {
	case "over", "in", "during", "for", "within", "throughout", "across", "through":
		return true
	}
	return false
}

// weekdayBeside reads "the Sunday after Thanksgiving", "the Thursday
// before Easter", "the Monday after Nov. 3": the weekday wd at i, after
// "the", before "before" or "after" at j and a date of a day. It returns
// the first such weekday after (before) that day, one expression from
// "the" to the date's end, as TimeBank marks "the day after Christmas".
func (t *tagger) weekdayBeside(i, j int, wd time.Weekday) (cand, bool) {
	d := t.core(j + 1)
	if !d.ok() || d.typ != Date || len(d.val) != 10 {
		return cand{}, false
	}
	iv, _, ok := intervalOf(d.val)
	if !ok {
		return cand{}, false
	}
	step := 1
	if t.is(j, "before") {
		step = -1
	}
	x := iv.Start.AddDate(0, 0, step)
	for x.Weekday() != wd {
		x = x.AddDate(0, 0, step)
	}
	switch t.tenseAt(i, d.j) {
	case tPast:
		if x.After(t.ref) {
			// "Churches were full on the Sunday after Sept. 11" in a
			// paper of Sept. 14, 2011: a day to come told in the past is
			// not the one meant (was 2011-09-18)
			return cand{}, false
		}
	case tFuture:
		if x.Before(t.ref) {
			return cand{}, false
		}
	}
	return cand{i: i - 1, j: d.j, typ: Date, val: fmtDay(x), the: true}, true
}

// glossDay returns the day of the weekday wd at i when it glosses, in
// brackets, a clock time told in another zone right after a day the text
// gave ("from 0001 local time on Wednesday (2201 GMT on Tuesday)", "at 8
// a.m. Friday (2300 GMT Thursday)"): the same moment, so the day next to
// the one glossed, or that day, whatever the tense; ok is false when none
// of the three is a wd.
func (t *tagger) glossDay(i int, wd time.Weekday) (time.Time, bool) {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	if !t.is(k, "gmt") && !t.is(k, "utc") && !(t.is(k, "time") && t.is(k-1, "local")) {
		return time.Time{}, false
	}
	p := -1
	for m := k - 1; m > 0 && m >= k-6; m-- {
		if t.is(m, "(") {
			p = m
			break
		}
		if t.toks[m].kind == kPunct && t.w(m) != ":" && t.w(m) != "." {
			return time.Time{}, false
		}
	}
	if p < 0 || !t.anchored || t.anchorAt != p && t.anchorIn != p+1 {
		// the day glossed ends right before the bracket, or the clock
		// time in it took this day already
		return time.Time{}, false
	}
	for _, off := range [3]int{0, -1, 1} {
		if d := t.anchor.AddDate(0, 0, off); d.Weekday() == wd {
			return d, true
		}
	}
	return time.Time{}, false
}

// weekNamedIn reports whether tokens [i, j) hold "week" or "weeks" (a
// week named, as in "last week", "this week", "two weeks ago").
func (t *tagger) weekNamedIn(i, j int) bool {
	for k := i; k < j && k < len(t.toks); k++ {
		if t.is(k, "week") || t.is(k, "weeks") {
			return true
		}
	}
	return false
}

// weekEndedBefore returns the day of "the week ended Oct. 11", "the week
// ending Saturday, March 3" named within the 60 tokens before token i,
// the last such, or a day of the reference day's last week when "last
// week" is the last named there, no day but the reference day ("the
// department said on Thursday") anchoring a story since: a
// weekly report's week, from which "the
// previous week" and "the prior week" count ("Claims fell last week ...
// the prior week's level" is the week before that).
func (t *tagger) weekEndedBefore(i int) (time.Time, bool) {
	for k := i - 2; k > 0 && k >= i-60; k-- {
		if t.is(k, "week") && t.is(k-1, "last") && !t.is(k-2, "the") && !t.is(k+1, "'") && (!t.toks[k-1].upper || t.opensSentence(k-1)) {
			if t.anchored && t.anchorAt > k && !t.anchor.Equal(t.ref) || t.namedSince(k+1) {
				// "Claims fell last week. On Oct. 1 the storm hit; the
				// previous week was calm": a day named since is the anchor;
				// so is any date named since ("He will leave next week; the
				// previous week he was away", "In June, the previous week")
				return time.Time{}, false
			}
			return t.ref.AddDate(0, 0, -7), true
		}
		if !t.is(k, "ended") && !t.is(k, "ending") || !t.is(k-1, "week") || !t.is(k-2, "the") {
			continue
		}
		d := t.core(k + 1)
		if !d.ok() || d.typ != Date || len(d.val) != 10 || t.anchored && t.anchorAt >= d.j && !t.anchor.Equal(t.ref) || t.namedSince(d.j) {
			return time.Time{}, false
		}
		iv, _, ok := intervalOf(d.val)
		return iv.Start, ok
	}
	return time.Time{}, false
}

// nounAfter reports whether token k, after "contract", goes on with a
// noun ("contract wins", "contract revenue"): a lowercase word that is no
// verb of a price's move, no verb in -ed and no word that ends a noun
// phrase or opens another ("the Q3 contract slipped", "the Q3 contract
// for", "the Q3 contract, which").
func (t *tagger) nounAfter(k int) bool {
	if k >= len(t.toks) || t.toks[k].kind != kWord || t.toks[k].upper || t.toks[k].nl {
		return false
	}
	w := t.w(k)
	if priceMove(w) || strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "for", "in", "on", "at", "to", "from", "of", "by", "with", "and", "or", "but", "as", "than", "which", "that",
		"was", "is", "were", "are", "has", "had", "have", "will", "would", "expires", "ends", "closes", "opens", "hit", "held", "rallied":
		return false
	}
	return true
}

// contractQuarter reports whether the quarter over [i, j) names a futures
// contract by its quarter of delivery: after "futures for (the)",
// "contract(s) for (the)", "swaps for (the)" ("Electricity futures for the
// June quarter"), before "delivery" after a commodity and "for" ("coal for
// second-quarter delivery"), or before "futures", "contract" or "strip"
// in a text that spoke of futures before ("The Q3 contract rose", "the"
// right before it). "Prices for the June quarter", "a contract for the
// third quarter" of a supplier and "reported third-quarter contract
// wins" keep the quarter that began last.
func (t *tagger) contractQuarter(i, j int) bool {
	k := i - 1
	if t.is(k, "the") {
		k--
	}
	if t.is(k, "for") {
		switch t.w(k - 1) {
		case "futures", "swaps", "forwards":
			return true
		}
	}
	switch t.w(j) {
	case "delivery", "settlement":
		return t.is(k, "for") && commodity(t.w(k-1))
	case "futures", "strip":
		return true
	case "contract", "contracts":
		if !t.is(i-1, "the") || t.nounAfter(j+1) {
			// "reported third-quarter contract wins", "the fourth-quarter
			// contract revenue": a noun goes on, a company's quarter
			return false
		}
		for m := i - 1; m >= 0 && m >= i-300; m-- {
			if t.toks[m].w == "futures" {
				return true
			}
		}
	}
	return false
}

// namedSince reports whether a date other than the reference day was
// named after token k (the end of "last week" or "the week ended Oct.
// 11"): the text has moved on from that week, and "the previous week"
// counts from no week of its. A year named since ("the lowest since
// 2000") is a comparison and moves nothing.
func (t *tagger) namedSince(k int) bool {
	return t.lastSet && t.lastAt > k && !t.last.Equal(t.ref) && !t.lastYear
}

// toldOnce reports whether the expression [i, j) stands in a clause told
// in the past or the future, not the present of a habit or a rule, with
// no verb in the present between the date named last and it.
func (t *tagger) toldOnce(i, j int) bool {
	if c := t.tenseAt(i, j); c != tPast && c != tFuture {
		return false
	}
	for k := i - 1; k >= 0 && k >= t.lastAt; k-- {
		if t.cue(k) == tPresent || t.is(k, "is") || t.is(k, "are") {
			return false // "In March, officials said rent is due in the first week of the month"
		}
	}
	return true
}
