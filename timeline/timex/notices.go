package timex

import (
	"strings"
	"time"
)

// The rules of this file come from press releases and official notices
// that news copy pastes: the hours an office keeps, a deadline stated as a
// fact, a span of days that crosses the turn of the year.

// weekdaySpan reports whether tokens k, k+1, k+2 are a span of weekdays
// written in full and capitalised, "Monday through Friday", "Monday to
// Thursday", "Monday-Friday", that names no particular days: no figure,
// month or week follows it ("Monday through Friday, Aug. 26-30", "Monday
// through Friday last week" are those days).
func (t *tagger) weekdaySpan(k int) bool {
	if k < 0 || k+2 >= len(t.toks) || !t.toks[k].upper || !t.toks[k+2].upper {
		return false
	}
	if _, ok := weekdayOf(t.w(k)); !ok || len(t.w(k)) < 6 {
		return false
	}
	switch t.w(k + 1) {
	case "through", "thru", "to", "-", "–":
	default:
		return false
	}
	if _, ok := weekdayOf(t.w(k + 2)); !ok || len(t.w(k+2)) < 6 {
		return false
	}
	n := k + 3
	if t.is(n, ",") {
		n++
	}
	if n < len(t.toks) && !t.toks[n].nl {
		if t.toks[n].kind == kNum || t.is(n, "'") {
			return false
		}
		if _, ok := monthOf(t.w(n)); ok && t.toks[n].upper {
			return false
		}
		if t.is(n, "of") {
			n++
		}
		switch t.w(n) {
		case "last", "this", "next", "that", "the", "previous", "following", "coming":
			if t.is(n+1, "week") || t.is(n+2, "week") {
				return false // "Monday through Friday last week": those days
			}
		}
	}
	return true
}

// clockHabitBefore reports whether the span of weekdays at token k closes
// the phrase of a range of clock times ("from 9 a.m. to 4 p.m. Monday
// through Friday", "between 8 a.m. and 5 p.m. ET Monday through Friday",
// "from 8pm to 6am, Monday to Thursday") or of a clock time after "at"
// ("at 9 a.m. Monday through Friday"): the hours kept on each such day, a
// weekly habit. A single clock time after "from" opens a stretch that runs
// to the last day instead ("closed from 5 p.m. Monday through Friday").
func (t *tagger) clockHabitBefore(k int) bool {
	m := k - 1
	if t.is(m, ",") {
		m--
	}
	nums, ranged := 0, false
	for n := 0; m >= 0 && n < 16; m, n = m-1, n+1 {
		if t.toks[m+1].nl {
			return false
		}
		if t.toks[m].kind == kNum || t.is(m, "noon") || t.is(m, "midnight") {
			nums++ // "between 9 a.m. and noon, Monday to Friday": noon is an hour too
			continue
		}
		switch t.w(m) {
		case ".", ":", "a", "p", "m", "am", "pm":
			continue
		case "to", "and", "until", "till", "-", "–":
			if nums == 0 {
				return false
			}
			ranged = true
			continue
		case "at":
			return nums > 0
		}
		zoned := false
		for z := m - 2; z <= m; z++ {
			if z >= 0 && t.zone(z) == m+1 {
				m, zoned = z, true
				break
			}
		}
		if zoned {
			continue
		}
		break
	}
	return ranged && nums >= 2
}

// habitWeekdaysAt reports whether a span of weekdays that closes a phrase
// of clock hours (clockHabitBefore) stands at token k, after "on" or not.
func (t *tagger) habitWeekdaysAt(k int) bool {
	if t.is(k, "on") {
		k++
	}
	return t.weekdaySpan(k) && t.clockHabitBefore(k)
}

// daySpanBefore reports whether the clock time at token i opens (or
// closes) a range of clock hours right after a span of days: "Nominations
// can be filed from January 25 to February 1 between 11 am and 3 pm", "The
// exhibition runs from 3 to 9 March, from 10am to 4pm": the hours kept on
// each of those days, any day's (XXXX-XX-XXT11:00), as "from 9 a.m. to 4
// p.m. Monday through Friday". The span's two days must both be written
// out and joined by "to", "until", "through", "and" or a dash after "from"
// or "between"; a single day ("on Saturday between 8 am and 6 pm") keeps
// its hours.
func (t *tagger) daySpanBefore(i int) bool {
	p := i - 1
	n := len(t.out)
	if n == 0 || p < 1 {
		return false
	}
	if t.is(p, "and") || t.is(p, "to") || t.is(p, "until") || t.is(p, "-") || t.is(p, "–") {
		// the range's second end: the first, just found, kept any day's hours
		l := t.out[n-1]
		if l.Type != Time || !strings.HasPrefix(l.Value, "XXXX-XX-XXT") || l.End != int(t.toks[p-1].e) {
			return false
		}
		m := p - 1
		for m >= 0 && int(t.toks[m].s) >= l.Start {
			m--
		}
		return t.is(m, "between") || t.is(m, "from") // (the hours' first end was so found)
	}
	if !t.is(p, "between") && !t.is(p, "from") {
		return false
	}
	m := p - 1
	if t.is(m, ",") {
		m--
	}
	if m < 0 || t.out[n-1].End != int(t.toks[m].e) {
		return false
	}
	if d := t.out[n-1]; d.Type == Date && len(d.Value) == 10 && d.Interval.End.After(d.Interval.Start) {
		// "between 3 and 9 March", "from March 3-9": one expression
		m--
		for m >= 0 && int(t.toks[m].s) >= d.Start {
			m--
		}
		return t.is(m, "from") || t.is(m, "between")
	}
	return n >= 2 && t.spanOfDays(n-2, m)
}

// rateDayBefore reports whether the clock time at token i opens (or
// closes) a range of clock hours after "between" or "from" in a clause
// that a daily rate came before, a comma between or not: "would add about
// 600 truck trips a day, most of them between 6 a.m. and 8 p.m.": any
// day's hours. The rate must be "a day", "per day", "each day" or "every
// day" (a SET P1D), "every hour" (PT1H: "shows every hour from 11 a.m. to
// 4 p.m.") or a weekly set ("every Sunday afternoon between 4pm and 7pm")
// and end at most eight tokens before, in the sentence.
func (t *tagger) rateDayBefore(i int) bool {
	p := i - 1
	n := len(t.out)
	if n == 0 || !t.is(p, "between") && !t.is(p, "from") {
		return false
	}
	l := t.out[n-1]
	if l.Type != Set || l.Value != "P1D" && l.Value != "PT1H" && !strings.HasPrefix(l.Value, "XXXX-WXX-") {
		return false
	}
	for m := p - 1; m >= 0 && m >= p-8; m-- {
		if int(t.toks[m].e) == l.End {
			return true
		}
		if t.endsAt(m, stopLine|stopSemicolon) || t.is(m, ".") {
			return false
		}
	}
	return false
}

// dayAfterHours reports whether a day follows the clock time that ends
// before token j (k past it, after "on" or an aside): "between 6 a.m. and
// 8 p.m. on Tuesday" names its day, which the hours keep.
func (t *tagger) dayAfterHours(j, k int) bool {
	if _, ok := t.rangeEndDay(j); ok {
		return true
	}
	if t.is(k, "on") {
		k++
	}
	d := t.core(k)
	return d.ok() && d.typ == Date && len(d.val) == 10
}

// spanOfDays reports whether t.out[a] and t.out[a+1] are two days written
// as a span, "from January 25 to February 1", "between 3 and 9 March"
// being one expression or two, the second ending at token end.
func (t *tagger) spanOfDays(a, end int) bool {
	if a < 0 || a+1 >= len(t.out) {
		return false
	}
	x, y := t.out[a], t.out[a+1]
	if x.Type != Date || y.Type != Date || len(x.Value) != 10 || len(y.Value) != 10 || y.Value <= x.Value || y.End != int(t.toks[end].e) {
		return false
	}
	// the tokens between the two days, and the one before the first
	k := end
	for k >= 0 && int(t.toks[k].s) >= y.Start {
		k--
	}
	if !(t.is(k, "to") || t.is(k, "until") || t.is(k, "through") || t.is(k, "and") || t.is(k, "-") || t.is(k, "–")) || k < 1 || int(t.toks[k-1].e) != x.End {
		return false
	}
	for k--; k >= 0 && int(t.toks[k].s) >= x.Start; k-- {
	}
	return t.is(k, "from") || t.is(k, "between")
}

// habitWeekday reports whether the weekday at token i opens or closes a
// span of weekdays that closes a phrase of clock hours: "from 9 a.m. to 4
// p.m. Monday through Friday" keeps those hours every Monday to Friday,
// two sets (XXXX-WXX-1, XXXX-WXX-5), no days of the reference week.
func (t *tagger) habitWeekday(i int) bool {
	if t.weekdaySpan(i) {
		return t.clockHabitBefore(i) || t.is(i-1, "on") && t.clockHabitBefore(i-1)
	}
	if t.weekdaySpan(i - 2) {
		return t.clockHabitBefore(i-2) || t.is(i-3, "on") && t.clockHabitBefore(i-3)
	}
	return false
}

// openingHours reports whether the clock time at token i is an end of
// the hours an office, a shop or a line keeps, a range of clock times
// right after a noun of such hours: "will operate extended hours from 7
// a.m. to 7 p.m.", "opening hours are 9am to 5pm", "office hours of 9
// a.m. to 5 p.m.": any day's hours, as "from 9 a.m. to 5 p.m. daily". A
// count of hours ("for 12 hours from 7 a.m.") is a stretch, and a day
// named after the range ("extended hours from 7 a.m. to 7 p.m. on
// Saturday") gives both ends that day.
func (t *tagger) openingHours(i, j int) bool {
	if _, ok := t.rangeEndDay(j); ok {
		return false // "from 7 a.m. to 7 p.m. on Saturday": the day the range names
	}
	m := i - 1
	if t.is(m, "to") || t.is(m, "until") || t.is(m, "till") || t.is(m, "and") || t.is(m, "-") || t.is(m, "–") {
		// the second end: back over the first
		m--
		nums := 0
		for n := 0; m >= 0 && n < 6; m, n = m-1, n+1 {
			if t.toks[m].kind == kNum {
				nums++
				continue
			}
			switch t.w(m) {
			case ".", ":", "a", "p", "m", "am", "pm":
				continue
			}
			break
		}
		if nums == 0 {
			return false
		}
	}
	if t.is(m, "from") || t.is(m, "between") || t.is(m, "of") {
		m--
	}
	for n := 0; n < 2; n++ {
		switch t.w(m) {
		case "are", "is", "be", "will", "were", "remain", "run":
			m--
		}
	}
	if !t.is(m, "hours") || t.toks[m].upper {
		return false
	}
	switch t.w(m - 1) {
	case "opening", "visiting", "office", "business", "extended", "normal", "usual", "regular", "trading",
		"working", "reduced", "operating", "surgery", "core", "longer", "later", "special":
		return true
	}
	return false
}

// rangeEndAfterStart returns the year of a month and day with no year
// that ends a range of days right after its start ("extended from Dec. 15
// to Jan. 31", "from Dec. 23 through Jan. 3", "between Dec. 28 and Jan.
// 2"): the first such day on or after the start, across the turn of the
// year when its month comes earlier, as "from June through November" is
// for months. A range brought forward ("brought forward from Jan. 31 to
// Dec. 15") may end before its start and is left to the tense. It
// returns 0 when no such start stands right before.
func (t *tagger) rangeEndAfterStart(i int, mo, d int) int {
	switch t.w(i - 1) {
	case "to", "through", "thru", "until", "till", "-", "–":
	case "and":
	default:
		return 0
	}
	n := len(t.out)
	if n == 0 || !t.lastSet || t.lastAt != i-1 || len(t.out[n-1].Value) != 10 || t.out[n-1].Value[4] != '-' {
		return 0
	}
	k := -1
	for m := i - 2; m >= 0 && m >= i-8; m-- {
		if t.is(m, "from") || t.is(m, "between") {
			k = m
			break
		}
	}
	if k < 0 || t.is(i-1, "and") && !t.is(k, "between") {
		return 0
	}
	switch t.w(k - 1) {
	case "forward", "up", "advanced":
		return 0
	}
	y, sm, sd := t.last.Year(), int(t.last.Month()), t.last.Day()
	if mo < sm || mo == sm && d < sd {
		y++
	}
	return y
}

// deadlineIs reports whether the day at token i is what a deadline, a
// closing date or a cut-off "is" in the present tense: "The deadline for
// applications is 5 p.m. on 31 January", "the closing date is 14 June".
// A deadline stated as a fact is to come ("the deadline was" one gone is
// told in the past).
func (t *tagger) deadlineIs(i int) bool {
	m := i - 1
	if t.is(m, "on") {
		m--
	}
	// back over a clock time before the day: "5 p.m. on 31 January"
	for n := 0; m >= 0 && n < 6; n++ {
		if t.toks[m].kind == kNum {
			m--
			continue
		}
		switch t.w(m) {
		case ".", ":", "a", "p", "m", "am", "pm", "noon", "midnight":
			m--
			continue
		}
		break
	}
	if t.is(m, "at") || t.is(m, "by") {
		m--
	}
	if !t.is(m, "is") {
		return false
	}
	for k := m - 1; k >= 0 && k >= m-12; k-- {
		if t.toks[k].kind == kPunct && !t.is(k, "-") {
			return false
		}
		switch t.w(k) {
		case "deadline", "cut":
			return true
		case "date":
			return t.is(k-1, "closing")
		}
	}
	return false
}

// deadlineAhead reports whether the month and day m, d at token i is a
// deadline stated as a fact (deadlineIs) that is to come: not one gone
// within six weeks in a sentence that dates its speaker's words before
// now ("The deadline for comments is Nov. 15, officials said last month"
// in a Nov. 20 paper: the present is the speaker's, the day the one just
// gone). One gone longer ago ("is 5 p.m. on 31 January, the council said
// on Monday" in April) is still next year's.
func (t *tagger) deadlineAhead(i int, m time.Month, d int) bool {
	if !t.deadlineIs(i) {
		return false
	}
	if validDate(t.ref.Year(), int(m), d) {
		if gone := t.ref.Sub(day(t.ref.Year(), m, d)); gone > 0 && gone <= 42*24*time.Hour && t.saidThen(i) {
			return false
		}
	}
	return true
}

// saidThen reports whether the sentence of token i goes on, after it,
// with a verb of speech dated before now ("The deadline for comments is
// Nov. 15, officials said last month"): the present is the speaker's,
// and the day is no nearer the future than the tense makes it.
func (t *tagger) saidThen(i int) bool {
	for k := i + 1; k < len(t.toks) && k < i+16; k++ {
		if t.endsAt(k, 0) {
			return false
		}
		switch t.w(k) {
		case "said", "announced", "told", "wrote", "stated":
			switch t.w(k + 1) {
			case "last", "on", "in", "earlier", "yesterday":
				return true
			}
		}
	}
	return false
}

// rangeEndDay returns the second end of a range of clock times that
// starts before token j ("to 7 p.m. on Wednesday, Aug. 14", "to noon on
// Saturday, Nov. 30") when it has a day of its own.
func (t *tagger) rangeEndDay(j int) (cand, bool) {
	switch t.w(j) {
	case "to", "and", "until", "till", "-", "–":
	default:
		return cand{}, false
	}
	if j+1 >= len(t.toks) || t.toks[j+1].kind != kNum && !t.is(j+1, "noon") && !t.is(j+1, "midnight") {
		return cand{}, false
	}
	var e cand
	if t.toks[j+1].kind == kNum {
		e = t.clock(j + 1)
	} else {
		e = t.core(j + 1) // "from 8 a.m. to noon on Saturday, Nov. 30"
	}
	if !e.ok() || e.noDay || e.typ != Time || len(e.val) != 16 || e.val[0] == 'X' {
		return cand{}, false
	}
	return e, true
}

// ageEnds reports whether the phrase "N years of age" ends before token k
// (punctuation, the end, or a word that opens another phrase), so that
// the words are a person's age: "children under 12 years of age must",
// "six months of age and older"; "years of age discrimination" is a
// stretch of something else.
func (t *tagger) ageEnds(k int) bool {
	if k >= len(t.toks) || t.toks[k].nl || t.toks[k].kind == kPunct {
		return true
	}
	switch t.w(k) {
	case "and", "or", "be", "are", "is", "was", "were", "will", "must", "should", "may", "can", "who", "with", "in", "at", "to", "from", "for", "on", "as", "but", "have", "had", "has":
		return true
	}
	return false
}

// modalVerbBefore reports whether the word in -ed at token k follows a
// modal and a verb in its bare form: "will operate extended hours",
// "would offer reduced fares". No finite past verb stands there, so the
// word is an adjective and gives the clause no past tense. "will be
// extended", "will have ended", "would get married" are participles of
// the verb before and are left alone; after "to" a finite verb may follow
// an infinitive ("The decision to sell surprised investors on Monday").
func (t *tagger) modalVerbBefore(k int) bool {
	w := t.toks[k].w
	if len(w) < 5 || w[len(w)-2:] != "ed" || k < 2 || t.toks[k-1].kind != kWord || t.toks[k-1].upper {
		return false
	}
	switch t.toks[k-1].w {
	case "be", "have", "been", "not", "get", "become", "seem", "feel", "look", "remain", "stay", "keep", "n", "t", "never", "also", "still", "just", "only", "then":
		return false
	}
	if v := t.toks[k-1].w; len(v) > 2 && (v[len(v)-2:] == "ed" || v[len(v)-2:] == "ly") {
		return false // "will have finally ended", a past form or an adverb before
	}
	switch t.w(k - 2) {
	case "will", "would", "shall", "ll", "can", "could", "may", "might", "must", "should":
		return !t.toks[k-2].upper
	}
	return false // "The decision to sell surprised investors": after "to" a past verb may follow
}

// comparisonBase reports whether c dates the figure a result is compared
// with, a figure between: "an increase of 11% compared with $43.4
// million for the fourth quarter of 2011", "versus $1.2 billion in 2011"
// ("compared with the floods in 1993" may be what the story goes on
// about, and is left alone). Like a record's base
// after "since", it is not the time the story is on, and "the year", "the
// quarter" later go back to the period being reported, not to it.
func (t *tagger) comparisonBase(c cand) bool {
	switch t.w(c.i - 1) {
	case "for", "in", "during":
	default:
		return false
	}
	figure := false
	for m, n := c.i-2, 0; m >= 0 && n < 10; m, n = m-1, n+1 {
		if t.toks[m].kind == kNum {
			figure = true
		}
		if t.endsAt(m, stopSemicolon) || t.toks[m].kind == kPunct && t.toks[m].w != "." && t.toks[m].w != "$" && t.toks[m].w != "£" && t.toks[m].w != "€" && t.toks[m].w != "%" {
			return false
		}
		switch t.w(m) {
		case "with", "to":
			if t.is(m-1, "compared") {
				return figure
			}
		case "versus", "vs":
			return figure
		case "for", "in", "during", "on", "at", "since", "from", "and", "but", "that", "which":
			return false
		}
	}
	return false
}

// theWeekdayAfter returns the day that "on the Sunday", "on the Sunday
// morning" at token i names in a text that named a day just before (in
// its sentence or the one before): the first such weekday on or after
// that day, as British copy tells the days of an event or a story ("The
// event will take place on Saturday 21 September ... A children's
// programme will run on the Sunday morning": 22 September; "He was
// arrested on 3 May and charged on the Monday"). A weekday that opens a
// relation ("on the Sunday before Christmas", "on the Friday after the
// match") or a name ("on the Sunday Times website") is left alone, and so
// is one with no day named near.
func (t *tagger) theWeekdayAfter(i, j int, wd time.Weekday) (time.Time, bool) {
	if !t.is(i-1, "the") || !t.is(i-2, "on") || !t.anchored || t.anchorAt > i-2 {
		return time.Time{}, false
	}
	k := j
	if _, ok := partOfDay(t.w(k)); ok {
		k++
	}
	if k < len(t.toks) && t.toks[k].upper && !t.toks[k].nl {
		return time.Time{}, false // "on the Sunday Times website": a name
	}
	switch t.w(k) {
	case "before", "after", "of", "following", "preceding", "'", "that", "when":
		return time.Time{}, false
	}
	if k < len(t.toks) && t.toks[k].kind == kWord && !t.toks[k].nl {
		switch t.w(k) {
		case "and", "but", "or", "if", "at", "in", "on", "to", "with", "for", "as", "by", "from", "while", "because", "so", "too", "itself":
		default:
			// "on the Sunday edition's front page" (a noun it qualifies),
			// "On the Sunday they began" (a clause that picks the day):
			// not the day after the one named
			return time.Time{}, false
		}
	}
	if !t.sameSentence(t.anchorAt, i) && !t.sentenceBefore(t.anchorAt, i) {
		return time.Time{}, false
	}
	delta := (int(wd) - int(t.anchor.Weekday()) + 7) % 7
	return t.anchor.AddDate(0, 0, delta), true
}

// whenFuture reports whether the month and day that end before token j,
// or a list of such days it opens ("on Oct. 11 and Feb. 14"), is followed
// by a clause of "when" in the future: "added two days this year, on
// Oct. 11 and Feb. 14, when students will not attend", "set for Nov. 5,
// when polls will open". The clause tells what the day holds, and its
// tense is the day's, whatever the verb before the day ("added", "was
// set"). A clause in the past or the present ("on Oct. 11, when students
// stayed home") is left to the other cues.
func (t *tagger) whenFuture(j int) bool {
	k := j
	for n := 0; k < len(t.toks) && n < 8 && !t.is(k, ","); k, n = k+1, n+1 {
		if t.toks[k].nl {
			return false
		}
		if t.toks[k].kind == kNum || t.is(k, "and") || t.is(k, ".") {
			continue
		}
		if _, ok := monthOf(t.w(k)); ok && t.toks[k].upper {
			continue
		}
		return false
	}
	if !t.is(k, ",") || !t.is(k+1, "when") || t.toks[k+1].upper {
		return false
	}
	for m := k + 2; m < len(t.toks) && m <= k+6; m++ {
		if t.toks[m].kind == kPunct {
			return false
		}
		switch t.w(m) {
		case "will", "shall", "ll":
			return true
		}
		if c := t.cue(m); c != tNone {
			return false
		}
	}
	return false
}

// withFuture reports whether the word in -ed at token k is the participle
// of an absolute phrase after "with" ("with Thursday routes collected on
// Friday") in a sentence whose main clause is in the future ("Collection
// will be delayed by one day, with Thursday routes collected on Friday
// and Friday routes on Saturday"): such a phrase tells how the future is
// to run, and its day is to come. After a past or a present main clause
// ("The storm hit on Monday, with three people killed"; "Police are
// investigating, with two men arrested on Monday") the participle keeps
// the past.
func (t *tagger) withFuture(k int) bool {
	w := t.toks[k].w
	if len(w) < 5 || w[len(w)-2:] != "ed" || k < 2 {
		return false
	}
	m := k - 1
	for n := 0; m >= 0 && n < 4; m, n = m-1, n+1 {
		if t.toks[m].kind != kWord || t.toks[m+1].nl {
			return false
		}
		if t.is(m, "with") {
			break
		}
	}
	if !t.is(m, "with") || m == k-1 || !t.is(m-1, ",") {
		return false
	}
	for p := m - 2; p >= 0 && p >= m-25; p-- {
		if t.endsAt(p, stopLine) {
			return false
		}
		switch t.w(p) {
		case "will", "shall", "ll":
			return !t.toks[p].upper || p == 0 || t.endsAt(p-1, stopLine)
		}
		if c := t.cue(p); c == tPast || c == tPresent {
			return false
		}
	}
	return false
}

// fiscalYearEnded parses "fiscal year ended December 31, 2012" with no
// article, as releases write it after "for" or after a quarter that
// shares the article ("for the fourth quarter and fiscal year ended
// December 31, 2012", "for fiscal year ended June 30"): a duration, as
// "the fiscal year ended" (token i is the fiscal word, j "year"). A day
// must follow, and "for", "and", "in" or "during" precede.
func (t *tagger) fiscalYearEnded(i, j int) cand {
	if j != i+1 || !t.fiscalWord(i) || !t.is(j+1, "ended") && !t.is(j+1, "ending") {
		return cand{}
	}
	switch t.w(i - 1) {
	case "for", "and", "in", "during":
	default:
		return cand{}
	}
	if d := t.core(j + 2); !d.ok() || d.typ != Date || len(d.val) != 10 {
		return cand{}
	}
	return cand{i: i, j: j + 1, typ: Duration, val: "P1Y"}
}

// workRegimeWeekday reports whether the weekday at token i names every
// such day's work, a noun of a working regime right after it: "penalty
// rates for Sunday work", "a ban on Saturday working", "Sunday opening",
// "Saturday overtime", "Sunday penalty rates", "Sunday shifts". A
// determiner or a preposition of a day before it ("the Sunday overtime",
// "on Sunday work resumed"), a possessive ("Monday's work"), work on a
// thing ("Sunday work on the bridge"), an opening of something ("Friday
// opening of the show", "Sunday opening night") and a match's penalties
// ("a Sunday penalty shootout") keep the one day; so do a weekday after a
// verb of saying ("said Sunday work would resume": the day of the saying)
// and "shifts" as a verb ("Attention Sunday shifts to the Senate").
func (t *tagger) workRegimeWeekday(i int) bool {
	switch t.w(i + 1) {
	case "work":
		if t.is(i+2, "on") || t.is(i+2, "at") {
			return false
		}
	case "shifts":
		switch t.w(i + 2) {
		case "to", "from", "toward", "towards", "away", "back":
			return false // "Attention Sunday shifts to the Senate": a verb, the day an adverb
		}
	case "working", "overtime", "premium", "premiums":
	case "penalty":
		if !t.is(i+2, "rates") && !t.is(i+2, "rate") {
			return false // "a Sunday penalty shootout": a match's
		}
	case "opening":
		if i+2 < len(t.toks) && t.toks[i+2].kind == kWord {
			switch t.w(i + 2) {
			case "hours", "laws", "law", "rules", "ban", "is", "was", "will", "would", "and", "or":
			default:
				return false // "the Friday opening of the show", "Sunday opening night"
			}
		}
	default:
		return false
	}
	switch w := t.w(i - 1); w {
	case "the", "this", "next", "last", "that", "on", "by", "until", "till", "from", "since", "before", "after":
		return false
	default:
		if reportingVerb(w) || w == "warned" {
			// "Officials said Sunday work would resume", "the union
			// said Saturday working conditions had improved": the day
			// of the saying, as news agencies write it
			return false
		}
	}
	return true
}
