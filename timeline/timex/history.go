package timex

import "time"

// history applies the rules of anniversary and history copy to the
// candidate c that run found: it returns c, changed where a rule says so,
// and skip when c is no expression at all (run then goes on after it).
//
//   - A duration written in capitals before a capitalised "War" ("the
//     Six-Day War", "the Hundred Years' War") is the war's name, no
//     expression; "a six-day war", "the 22-day War Powers review" stay.
//   - A decade after "in their", "in his", "in her" ("veterans in their
//     late eighties") is an age, no expression; a decade in figures ("in
//     her 1980s heyday") stays the decade.
//   - "overnight" before "in" or "on" and a date with its year ("the wall
//     went up overnight in August 1961") tells how fast, not which night:
//     no expression (that night is not the reference day's).
//   - A weekday after "on a" ("it falls on a Friday", "on a Friday
//     night") is any such day, no expression.
//   - A month and day after "every year on", "each year on" ("every year
//     on Nov. 9"), or in a clause of habit ("The monsoon usually reaches
//     Kerala on June 1"), is that day of any year: XXXX-11-09, with no
//     interval; so is a month after "every year in", "each year in"
//     ("Parliament opens each year in September": XXXX-09), and either
//     before "every year", "each year" ("on March 3 every year"). A
//     weekday counted in a month there ("every year on the third Monday
//     in April") is the month of any year, XXXX-04: its day of the month
//     moves.
//   - "this weekend" after "ago" ("25 years ago this weekend") is the
//     current weekend, whatever the tense: the anniversary falls in it
//     ("50 years ago this week" is one expression, the week of then).
func (t *tagger) history(c cand) (cand, bool) {
	switch c.typ {
	case Duration:
		k := c.j
		if t.is(k, "'") || t.is(k, "’") {
			k++
		}
		w := c.i
		if t.is(w, "the") {
			w++
		}
		if first := t.text[t.toks[w].s]; first >= 'A' && first <= 'Z' && t.is(k, "war") && t.text[t.toks[k].s] == 'W' {
			return c, true
		}
	case Date, Time:
		if c.j == c.i+1 && t.is(c.i, "overnight") && (t.is(c.j, "in") || t.is(c.j, "on")) && t.yearWithin(c.j+1, c.j+6) {
			return c, true
		}
		if c.typ == Date && len(c.val) == 3 && !(t.toks[c.i].kind == kNum && len(t.toks[c.i].w) == 4) && t.is(c.i-2, "in") && (t.is(c.i-1, "their") || t.is(c.i-1, "his") || t.is(c.i-1, "her")) {
			return c, true
		}
		if t.is(c.i-1, "a") && t.is(c.i-2, "on") {
			if _, ok := weekdayOf(t.w(c.i)); ok {
				return c, true
			}
		}
		if c.typ == Date && (len(c.val) == 10 && c.val[7] == '-' || len(c.val) == 7) && c.val[4] == '-' && c.val[5] <= '9' && c.val[0] <= '9' && (t.everyYear(c) || len(c.val) == 10 && (t.habitual(c.i) || t.pastHabit(c.i)) && !t.yearWithin(c.i, c.j) && t.monthNamed(c.i, c.j)) {
			// "every year on Nov. 9", "each year in June", "on March 3
			// every year": that day (month) of any year; so is a month
			// and day in a clause of habit ("The monsoon usually reaches
			// Kerala on June 1")
			c.val = "XXXX" + c.val[4:]
			if len(c.val) == 10 && t.nthWeekday(c.i) {
				// "every year on the third Monday in April": its day of
				// the month changes from year to year
				c.val = c.val[:7]
			}
			c.iv, c.ivSet = Interval{}, true
			return c, false
		}
		if c.typ == Date && c.j == c.i+2 && t.is(c.i, "this") && t.is(c.i-1, "ago") {
			if t.is(c.i+1, "weekend") {
				sat := t.ref.AddDate(0, 0, (int(time.Saturday)-int(t.ref.Weekday())+7)%7)
				if t.ref.Weekday() == time.Sunday {
					sat = t.ref.AddDate(0, 0, -1)
				}
				c.val = fmtWeek(sat) + "-WE"
			}
		}
	}
	return c, false
}

// storyYear returns the year of a month and day written without one over
// [i, k) in a past clause that goes on a story the text dated in an
// earlier year: the last expression named a full day of a year before the
// reference year's last, and the month and day fall in that year within
// 31 days after it ("on the evening of Nov. 9, 1989, ... In the early
// hours of Nov. 10", "on August 9, 1945 ... on August 15"), when that
// month and day of the reference year is still to come (so a past
// clause could name it only in last year, which the text never named).
// It returns 0 otherwise, and the tense picks the year as usual.
func (t *tagger) storyYear(i, k int, m time.Month, d int) int {
	if !t.lastSet || t.lastWide || t.last.Year() >= t.ref.Year()-1 || t.tenseAt(i, k) != tPast {
		return 0
	}
	y := t.last.Year()
	if !validDate(y, int(m), d) {
		return 0
	}
	if gap := day(y, m, d).Sub(t.last); gap <= 0 || gap > 31*24*time.Hour {
		return 0
	}
	if validDate(t.ref.Year(), int(m), d) && !day(t.ref.Year(), m, d).After(t.ref) {
		// "born on Jan. 5, 1931 ... He died on Jan. 20" in a February
		// paper: the day just gone this year is as near a reading as
		// the story's, and news returns to the present; the tense
		// decides, as before
		return 0
	}
	return y
}

// yearWithin reports whether a token in [i, j) is a year in figures,
// before any punctuation other than a date's own ("Nov. 9, 1989").
func (t *tagger) yearWithin(i, j int) bool {
	for k := i; k < j && k < len(t.toks); k++ {
		if tk := t.toks[k]; tk.kind == kNum && len(tk.w) == 4 && tk.n >= 1000 && tk.n <= 2999 {
			return true
		}
		if t.toks[k].kind == kPunct && !(t.attached(k) && k+1 < len(t.toks) && t.toks[k+1].kind == kNum) {
			return false // "Nov. 9, 1989" goes on, "in Kabul. In 2013" stops
		}
	}
	return false
}

// everyYear reports whether the date c stands right after "every year
// on", "each year in" (the preposition fitting a day or a month) or right
// before "every year", "each year" closing its phrase: a day of any year.
func (t *tagger) everyYear(c cand) bool {
	for m := c.i; m < c.j; m++ {
		if t.toks[m].kind == kNum && len(t.toks[m].w) == 4 {
			return false // "every year in November 2009, 2010 and 2011": a year written is that year
		}
	}
	prep := "on"
	if len(c.val) == 7 {
		prep = "in"
	}
	if t.is(c.i-1, prep) && t.is(c.i-2, "year") && (t.is(c.i-3, "every") || t.is(c.i-3, "each")) {
		return true
	}
	return t.is(c.i-1, prep) && (t.is(c.j, "every") || t.is(c.j, "each")) && t.is(c.j+1, "year") && !t.is(c.j+2, "'") && t.phraseEnds(c.j+2)
}

// nthWeekday reports whether the expression at i is a weekday counted in
// a month: "the third Monday in April", "the first Monday of October".
func (t *tagger) nthWeekday(i int) bool {
	if t.is(i, "the") {
		i++
	}
	if _, ok := ordinalWord(t.w(i)); !ok && !t.is(i, "last") {
		return false
	}
	_, ok := weekdayOf(t.w(i + 1))
	return ok
}

// monthNamed reports whether a month's name stands in tokens [i, j): a
// month and day as written ("June 1", "1 June"), not a weekday or a
// holiday whose value is a day.
func (t *tagger) monthNamed(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := monthOf(t.w(k)); ok && t.toks[k].upper {
			return true
		}
	}
	return false
}

// pastHabit reports whether token i stands in a clause of a habit told in
// the past: an adverb of habit before a past verb ("The monsoon usually
// reached Kerala on June 1 in the 1990s"): a month and day there is of
// any year, not of the last one. A clause after "and", "but" ("usually
// arrives early, but this year it came on May 25") is not.
func (t *tagger) pastHabit(i int) bool {
	for k := i - 1; k > 0 && k >= i-16; k-- {
		if t.endsAt(k, stopLine|stopSemicolon|stopComma) {
			return false
		}
		switch t.w(k) {
		case "and", "but", "while", "whereas", "although", "though", "until", "except":
			return false
		case "usually", "typically", "normally", "generally", "traditionally":
			return t.cue(k+1) == tPast && t.w(k+1) != "had"
		}
	}
	return false
}
