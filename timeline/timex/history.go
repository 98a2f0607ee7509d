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
	if !t.lastSet || t.lastWide && !t.lastMonthDated() || t.last.Year() >= t.ref.Year()-1 || t.tenseAt(i, k) != tPast {
		return 0
	}
	y := t.last.Year()
	if !validDate(y, int(m), d) {
		return 0
	}
	switch t.w(i - 1) {
	case "for", "to":
		// "The company cut 500 jobs in March 2009. A hearing was set for
		// April 2", "was adjourned to April 2": a day a schedule points
		// to is no step of the story; the tense decides ("held the
		// islands until June 14" ends a stretch of the story, and stays)
		return 0
	}
	from := t.last
	if t.lastWide {
		// "In March 1982, scrap-metal workers raised the flag on South
		// Georgia. On April 2, the junta invaded": a story on a month
		// goes on from the month's last day
		from = lastOfMonth(y, t.last.Month())
	}
	gap := day(y, m, d).Sub(from)
	// "the slide began on 21 October 1966 ... On the morning of Friday 21
	// October, pupils had just returned to their classrooms" in a paper of
	// 21 October 2016: the story's own day named again in a past-perfect
	// clause, on its anniversary, is the story's, though this year's
	// namesake is today (not after "by", "until", "since": "By Nov. 9,
	// the city had built a memorial" is a deadline of the news; nor on
	// another day: "On Nov. 9, the city had lit balloons" in a paper of
	// Nov. 10 may be yesterday's news)
	again := gap == 0 && !t.lastWide && int(m) == int(t.ref.Month()) && d == t.ref.Day() && t.pastPerfectIn(i, k) && !t.verbBeforeHad(k) && !t.is(i-1, "by") && !t.is(i-1, "until") && !t.is(i-1, "since")
	if gap <= 0 && !t.lastWide && !again || day(y, m, d).Before(t.last) || gap > 31*24*time.Hour {
		return 0
	}
	if validDate(t.ref.Year(), int(m), d) && !day(t.ref.Year(), m, d).After(t.ref) && !again {
		// "born on Jan. 5, 1931 ... He died on Jan. 20" in a February
		// paper: the day just gone this year is as near a reading as
		// the story's, and news returns to the present; the tense
		// decides, as before
		return 0
	}
	return y
}

// lastMonthDated reports whether the date last named is a month written
// with its year ("In March 1982"), not a bare month whose year the tense
// chose.
func (t *tagger) lastMonthDated() bool {
	return t.lastMon && t.lastSet && t.lastAt > 0 && t.hasYear(max(t.lastAt-3, 0), t.lastAt)
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

// noteStory counts the dates named in a row that lie at least two years
// before the reference year (oldRun), at each move of last to at, and
// keeps the last of them as the story's date. A date after "since" starts
// a state up to now and breaks the run; a deadline of a plan ("with
// orders to hand over power by June 1948", "was due to finish by 1950")
// neither moves the story nor breaks it.
func (t *tagger) noteStory(c cand, at time.Time) {
	if t.planDate(c) {
		return
	}
	if at.Year() >= t.ref.Year()-1 {
		t.newsSeen = true
	}
	if at.Year() <= t.ref.Year()-3 && !t.is(t.modStart(c.i)-1, "since") {
		if t.oldRun > 0 && (at.Year() > t.story.Year()+2 || at.Year() < t.story.Year()-2) {
			// "was founded in March 2001 and listed in June 2005", "born
			// in May 1931 and joined the navy in June 1949": dates years
			// apart sum up a background, no story told month by month
			// (news goes back to the present after them); the run starts
			// again from this one
			t.oldRun = 0
		}
		if t.oldRun == 0 {
			t.storyDaySet = false
		}
		t.oldRun++
		t.story, t.storyTok, t.storyYr = at, c.j, t.lastYear
		t.storyOn = c.i > 0 && t.is(c.i-1, "on") && t.toks[c.i-1].upper && t.opensSentence(c.i-1)
		t.storyEnd = at
		if iv, _, ok := intervalOf(c.val); ok && c.typ != Duration {
			t.storyEnd = iv.End
		}
		if t.storyEnd.Equal(at) {
			// a day of the story told with its weekday ("on Tuesday, Oct.
			// 10, 1871"): the narrative names its days by weekday; a day
			// within a week of it goes on with it ("9:40 p.m. on Sunday")
			if t.storyDaySet && at.Sub(t.storyDay) <= 7*24*time.Hour && t.storyDay.Sub(at) <= 7*24*time.Hour {
				t.storyDay = at
			}
			for k := c.i; k < c.j && c.typ != Duration; k++ {
				if wd, ok := weekdayOf(t.w(k)); ok && wd == at.Weekday() {
					t.storyDay, t.storyDaySet = at, true
				}
			}
		}
		if t.oldRun == 1 {
			t.flashback = t.newsSeen
		}
		// every date of the run in the past perfect
		t.flashback = t.flashback && t.perfectClause(c.i, c.j)
	} else if t.oldRun == 0 || !t.yearGuessed(c) {
		t.oldRun, t.storyDaySet = 0, false
	}
}

// storyWeekday returns the day a bare weekday at [i, j) names in a history
// narrative that has named a day of its own with its weekday: the weekday
// nearest that day, within three days either side ("By the time rain put
// it out on Tuesday, Oct. 10, 1871 ... The summer of 1871 had been dry;
// little rain fell between July and October. On Saturday night, a blaze
// destroyed four blocks": 1871-10-07). It holds in a past clause of the
// narrative (historyNear) whose last date holds that day (the month it is
// in, or the day itself), with the story's last date in the weekday's
// paragraph: a paragraph that names none of the story's dates before its
// weekday is back in the news ("... Five days later Turkey invaded the
// north.", then a paragraph "The talks resumed on Monday": the news's
// Monday). A story whose days were named without their weekday ("won the
// final on July 9, 2006. On Saturday they lost to Spain") leaves the
// weekday to the news.
func (t *tagger) storyWeekday(i, j int, wd time.Weekday) (time.Time, bool) {
	if !t.storyDaySet || t.storyDay.Before(t.story) || t.storyDay.After(t.storyEnd) || !t.historyNear(i, j) && !t.storyNextOn(i, j) || t.reportDated(i) || t.rememberedIn(i, j) {
		return time.Time{}, false
	}
	for k := t.storyTok; k <= i && k < len(t.toks); k++ {
		if k > 0 && t.toks[k].nl && t.paraBreak(k) {
			return time.Time{}, false
		}
	}
	fwd := (int(wd) - int(t.storyDay.Weekday()) + 7) % 7
	if fwd > 3 {
		fwd -= 7
	}
	return t.storyDay.AddDate(0, 0, fwd), true
}

// storyNextOn reports whether the weekday over [i, j) goes on with a
// story of one date only, told as a narrative tells its days: the date,
// with its weekday and its year, opened its sentence after "On"; the text
// has named no date of this year or the last before; the weekday opens
// the very next sentence after "On"; that sentence is told in the past;
// and the reference day is not within two weeks of the date's
// anniversary ("On Sunday, Dec. 7, 1941, Japan attacked Pearl Harbor. On
// Monday, Roosevelt asked Congress to declare war" in June: 1941-12-08).
// News of an anniversary is of its own week ("... On Monday, veterans
// gathered at the memorial" in a paper of 7 December), and a date set
// inside its sentence is background ("The company listed its shares on
// Friday, May 15, 1998. On Thursday, it said profits fell"), and a verb of
// report dates the report ("On Monday, he said"). Two dates of
// the story (historyNear) need no such form; a paragraph break between
// (storyWeekday) or a weekday elsewhere in its sentence ("The talks
// resumed on Monday") leaves the weekday to the news.
func (t *tagger) storyNextOn(i, j int) bool {
	if t.oldRun != 1 || !t.storyOn || t.newsSeen || t.flashback || t.storyTok > i || i < 1 {
		return false
	}
	if a := day(t.ref.Year(), t.story.Month(), t.story.Day()); absDays(a.Sub(t.ref)) <= 14 ||
		absDays(a.AddDate(1, 0, 0).Sub(t.ref)) <= 14 || absDays(a.AddDate(-1, 0, 0).Sub(t.ref)) <= 14 {
		return false
	}
	if !t.is(i-1, "on") || !t.toks[i-1].upper || !t.opensSentence(i-1) {
		return false
	}
	for k := j; k < len(t.toks) && k < j+10 && !t.endsAt(k, stopLine); k++ {
		if reportingVerb(t.w(k)) {
			return false // "On Monday, he said the attack was a surprise": a report, the news's day
		}
	}
	return t.sentencesBack(t.storyTok, i, 2) == 1 && t.tenseAt(i, j) == tPast && !t.attribution(i)
}

// absDays is the length of d in whole days, whatever its sign.
func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}

// verbBeforeHad reports whether, after token k in its sentence, a verb in
// the simple past or a word opening a relative clause comes before "had":
// the past perfect is not the clause's own verb ("On 21 October, crowds
// gathered where the school had stood", "On Nov. 9, Merkel said the wall
// had fallen" tell of the news's day; "On the morning of Friday 21
// October, pupils had just returned" of the story's).
func (t *tagger) verbBeforeHad(k int) bool {
	for m := k; m < len(t.toks) && m < k+30; m++ {
		if t.endsAt(m, stopLine|stopSemicolon) {
			return false
		}
		tk := t.toks[m]
		if tk.kind != kWord || tk.upper {
			continue
		}
		switch tk.w {
		case "had":
			return false
		case "who", "which", "where", "when", "that", "whose":
			return true
		}
		if t.cue(m) == tPast {
			return true
		}
	}
	return false
}

// rememberedIn reports whether the sentence of the tokens [i, j) looks
// back on the story from the present: a count of years after it ("On
// Thursday, 75 years later, survivors gathered", "50 years on"), an
// anniversary or a commemoration, or a verb of memory in the simple past
// or present ("Survivors recalled the day at a ceremony on Thursday"; not
// what is recalled: "recalled that on Saturday night", nor "would
// remember"). Its weekday is the news's,
// as one dating a report is ("Officials said on Thursday").
func (t *tagger) rememberedIn(i, j int) bool {
	for _, step := range [2]int{-1, 1} {
		k := i - 1
		if step > 0 {
			k = j
		}
		for n := 0; k >= 0 && k < len(t.toks) && n < 40; k, n = k+step, n+1 {
			if t.endsAt(k, stopSemicolon) || step < 0 && t.toks[k].nl {
				break
			}
			w := t.w(k)
			switch w {
			case "anniversary", "anniversaries", "commemorated", "commemorates", "commemoration", "commemorations":
				return true
			case "recalled", "remembered", "recalls", "remembers":
				// "Survivors recalled the day at a ceremony on Thursday";
				// not what is recalled: "Survivors later recalled that on
				// Saturday night the sky glowed red"
				if step > 0 || !t.thatBetween(k, i) {
					return true
				}
			case "later", "on", "ago":
				if u, pl := unitOf(t.w(k - 1)); pl && u >= uYear && u != uQuarter && u != uSeason && t.toks[k-2].kind == kNum {
					return true // "75 years later", "50 years on"
				}
			}
			if step > 0 && t.toks[k].nl {
				break
			}
		}
	}
	return false
}

// thatBetween reports whether "that" stands among the tokens (from, to).
func (t *tagger) thatBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if t.is(k, "that") {
			return true
		}
	}
	return false
}

// paraBreak reports whether the white space before token k holds a blank
// line: a new paragraph.
func (t *tagger) paraBreak(k int) bool {
	n := 0
	for _, r := range t.text[t.toks[k-1].e:t.toks[k].s] {
		if r == '\n' {
			n++
		}
	}
	return n >= 2
}

// yearGuessed reports whether the date c names no year of its own: no
// year in figures and no word that places it ("last", "this", "next",
// "ago", "today", a weekday), a bare month, season or part of a day
// (not a day of a month) whose year the tense chose ("a truckers'
// strike that October" read as a bare "October" of this year, "by early
// afternoon" as today's). Such a guess does not end a history
// narrative; a date the text places does.
func (t *tagger) yearGuessed(c cand) bool {
	if c.typ == Date && len(c.val) >= 10 || t.hasYear(c.i, c.j) {
		// a day ("Talks began on Nov. 3") is news of its own, as storyYear
		// reads it
		return false
	}
	for k := c.i; k < c.j; k++ {
		switch t.w(k) {
		case "last", "this", "next", "ago", "today", "tonight", "yesterday", "tomorrow", "now", "year", "week", "weekend",
			"later", "earlier", "previous", "following", "coming", "past", "recent", "recently", "same", "that":
			return false
		}
		if _, ok := weekdayOf(t.w(k)); ok {
			return false
		}
	}
	return true
}

// planDate reports whether the date c follows "by" as the deadline of a
// plan: "to", "would" or "due" stands before it in its clause, within ten
// words ("with orders to hand over power by June 1948").
func (t *tagger) planDate(c cand) bool {
	i := t.modStart(c.i)
	if t.is(i-1, "the") {
		i--
	}
	if !t.is(i-1, "by") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if t.toks[k].kind == kPunct {
			return false
		}
		switch t.w(k) {
		case "to", "would", "due":
			return true
		}
	}
	return false
}

// historyYear returns the year of a month (d 0), a month and day, or a
// season beginning in month m, written without a year over [i, j), in a
// past clause of a history narrative: the date last named, in this
// sentence or the one before, lies at least two years before the
// reference year and was named as a month, a season or a day (a year
// alone may be a birth or a founding the story does not go on from); the
// month falls on or after it in its year, or in January-March after an
// October-December in the same sentence ("in December and January
// alone": the winter goes on into the next year; a sentence later,
// "sentenced on 5 December 2008. He was released in March" may be news
// of this year). "On 4 January 1951 ... It was retaken in March",
// "In April 1961 ... Talks opened at Evian in May", "On 8 September 1941
// ... in December and January" (1941, 1942). A month this year has not
// yet reached could be named in a past clause only of last year, which
// the text never named; one this year has already passed is as near a
// reading ("born on Jan. 5, 1931 ... He died on Jan. 20"), and the
// story's year wins only once the story has gone on for two dates of such
// years in a row. A month before the story's (a flashback, or news back
// in the present) and any other clause give 0: the tense decides.
func (t *tagger) historyYear(i, j int, m time.Month, d int) int {
	if t.storyYr || !t.historyNear(i, j) {
		return 0
	}
	y, lm := t.story.Year(), t.story.Month()
	if t.is(i-1, "since") {
		// "On 1 July 1916 ... Verdun, which had been under attack since
		// February": a state begun earlier in the story's year
		if m > lm || m == lm && d > t.story.Day() {
			return 0
		}
		return y
	}
	switch {
	case m > lm || m == lm && d >= t.story.Day():
	case m == lm && d == 0:
	case lm >= time.October && m <= time.March && !t.pastPerfectIn(i, j) && t.sameSentence(t.storyTok, i):
		y++
	case d == 0 && m > t.ref.Month() || d > 0 && validDate(t.ref.Year(), int(m), d) && day(t.ref.Year(), m, d).After(t.ref):
		// "The second wave, in the autumn, ... broke out in late August"
		// in an April paper: a month before the story's, which this year
		// has not reached, could be named in a past clause only of last
		// year, which the text never named; the story's year is the
		// reading (one this year has passed may be news of the present)
	default:
		return 0
	}
	if d == 0 {
		d = 1
	}
	if !validDate(y, int(m), d) {
		return 0
	}
	return y
}

// backdrop reports whether the date c (interval iv) starts a state that
// lasted up to the day the story is on: it stands within six words after
// "since" in a past-perfect clause and ends before that day ("In the
// early hours of 25 June 1950, troops crossed the 38th parallel, the line
// that had divided the peninsula since the Japanese surrender in 1945.
// Three days later": 28 June 1950). The story does not go back to it, so
// it does not become the date last named. A past perfect alone may go on
// with the story it tells ("had fled to Florida in June 1998 and returned
// to Cuba later that year": 1998), and is left alone.
func (t *tagger) backdrop(c cand, iv Interval) bool {
	if !t.lastSet || t.lastWide || !iv.End.Before(t.last) {
		return false
	}
	for k := c.i - 1; k >= 0 && k >= c.i-6; k-- {
		if t.toks[k].kind == kPunct {
			return false
		}
		if t.is(k, "since") {
			return t.pastPerfectIn(c.i, c.j)
		}
	}
	return false
}

// seasonStart returns the month a season of TIMEX3 code s ("SP", "SU",
// "FA", "WI") begins in.
func seasonStart(s string) time.Month {
	switch s {
	case "SP":
		return time.March
	case "SU":
		return time.June
	case "FA":
		return time.September
	}
	return time.December
}

// historyNear reports whether [i, j) is a past clause of a history
// narrative: the last two dates named (each moving the date last named;
// a plan's deadline left out) lie at least three years before the
// reference year, and not after "since", and the story's date stands in
// this sentence or the one before (or two before, storyReach). A story
// told in the past perfect after the text named a date of this year or
// the last is a flashback: a clause in the simple past after it is back
// in the news ("Police arrested the man on Tuesday. He
// had been jailed in May 1999 and again in June 2000. He appeared in
// court in November": this November), and is left to the tense.
func (t *tagger) historyNear(i, j int) bool {
	return t.oldRun >= 2 && t.storyTok <= i && t.storyReach(i) && t.tenseAt(i, j) == tPast && !(t.flashback && !t.perfectClause(i, j)) && !t.attribution(i)
}

// attribution reports whether token i stands in a clause of speech that
// closes the sentence of the story's date after a comma ("Troops retook
// Seoul on 28 September 1950, veterans recalled at a ceremony in
// December"): the words are the speaker's, told at the time of the news,
// not a link of the story.
func (t *tagger) attribution(i int) bool {
	for k := i - 1; k >= t.storyTok && k >= i-8; k-- {
		if t.endsAt(k, 0) {
			return false
		}
		if !t.is(k, ",") {
			continue
		}
		for m := k + 1; m < i && m <= k+4; m++ {
			switch t.w(m) {
			case "said", "says", "recalled", "recalls", "told", "added", "wrote", "noted", "remembered":
				return true
			}
		}
		return false
	}
	return false
}

// storyReach reports whether the date last named stands in the sentence
// holding token i, in the one before it, or two before it with the
// sentence between in the past tense ("By the end of the month, tens of
// thousands had been killed. The RPF advanced from the north. It took
// Kigali on 4 July": the story goes on); one in the present or future
// between ("The country is calm now.") ends the story.
func (t *tagger) storyReach(i int) bool {
	if t.near(t.storyTok, i) {
		return true
	}
	if t.sentencesBack(t.storyTok, i, 2) != 2 {
		return false
	}
	own := true // the date's own sentence
	for k := t.storyTok - 1; k < i; k++ {
		if t.endsAt(k, 0) || t.is(k, ".") && t.is(k-1, "m") && k+1 < len(t.toks) && t.toks[k+1].upper {
			if !own && t.tenseAt(k, k+1) != tPast {
				return false
			}
			own = false
		}
	}
	return true
}

// perfectClause reports whether the expression over [i, j) stands in a
// clause in the past perfect: "had" before it in its clause, or after it
// ("In June 2000 he had been jailed"), not past an "and", "but" or "then"
// that opens a verb of its own in the simple past ("Troops had crossed
// the border in June 1950 and took Seoul in July 1950": July's clause is
// the simple past). "and again in June 2000" goes on with the same verb.
func (t *tagger) perfectClause(i, j int) bool { return t.perfectWithin(i, j, true) }
