package timex

import (
	"math"
	"strings"
	"time"
)

// tagger holds the state of one Find call.
type tagger struct {
	text     string
	toks     []tok
	ref      time.Time
	anchor   time.Time // the day the text last established
	anchored bool      // anchor was set by an expression (not the reference date)
	anchorAt int       // the token after the expression that set the anchor
	anchorIn int       // the first token of that expression
	// anchorLate: the text has told of the anchor's day late ("late on
	// Monday", "Monday night", "11 pm on Monday")
	anchorLate bool
	// anchorPM: the text has told of the anchor's day after noon ("at
	// about 4.15pm on Sunday", "Sunday afternoon"), or late
	anchorPM bool
	// logDay is the day of the last line that held only a day's date
	// ("Monday, Jan. 19"), logIn its first token: a log's heading
	// (logHeadingDay)
	logDay   time.Time
	logIn    int
	logSet   bool
	last     time.Time // the first day of the last definite date of any granularity
	lastSet  bool
	lastAt   int  // the token after it
	lastWide bool // last was named coarser than a day ("in March 2011")
	lastMon  bool // last was named as a month ("sales in February")
	lastYear bool // last was named as a year ("in 1951")
	// lastSince: last was named after "since" ("air strikes since August
	// 2014"): the start of a period that runs up to now, no time the
	// sentence's later events are placed in
	lastSince bool
	// lastEnd: the last day of last's interval ("last week": its Sunday),
	// set with lastWide
	lastEnd time.Time
	// oldRun counts the dates named in a row (each moving last) that lie
	// at least two years before the reference year: a history narrative
	// has gone on for that many (history.go's historyYear)
	oldRun int
	// story is the first day of the last date that counted in oldRun
	// (storyTok the token after it, storyYr named as a year alone): the
	// date a history narrative is on, which a plan's date ("with orders
	// to hand over power by June 1948") does not move
	story    time.Time
	storyTok int
	storyYr  bool
	// storyOn: the story's date opened its sentence after "On" ("On
	// Sunday, Dec. 7, 1941, Japan attacked"), as a narrative tells its days
	storyOn bool
	// storyEnd is the last day of the story's date; storyDay the last
	// full day the run has named (while storyDaySet), which a bare
	// weekday of the story is near (history.go's storyWeekday)
	storyEnd    time.Time
	storyDay    time.Time
	storyDaySet bool
	// newsSeen: a date of this year or the last was named before;
	// flashback: the history run began after one and every date of it
	// was told in the past perfect ("Police arrested the man on Tuesday.
	// He had been jailed in May 1999 and again in June 2000")
	newsSeen, flashback bool
	// figMonth is the first day of the last month named as a month ("in
	// May", "last month"; not the base after "from": "in March from
	// February"), figAt the token after it: "the previous month" of
	// monthly figures counts from it
	figMonth time.Time
	figAt    int
	figSet   bool
	// lastSaid: last is a day of a report, next to its verb ("the
	// department said on Friday")
	lastSaid bool
	// speech is the day of the last speech act the text dated, not after
	// the reference day ("said on Tuesday", "in a speech on Tuesday",
	// "told reporters late Wednesday"), speechAt the token after that
	// day: the quotations after it are spoken then (speechDay)
	speech    time.Time
	speechAt  int
	speechSet bool
	lastQ     string // the last quarter value emitted, 2025-Q3

	qFuture bool // lastQ was named in a future-tense clause
	// q3m is the calendar quarter "the three months ended (ending, to)"
	// a quarter's last month or day names, q3mAt the token after it
	q3m         string
	q3mAt       int
	qFiscal     bool      // lastQ was a fiscal quarter, with no calendar interval
	lastMain    time.Time // like last, but not moved by a comparison a year back ("a year earlier")
	lastMainSet bool
	qAt         int // the token after it
	periodAt    int // the token after the last quarter or half of a year named, in any tense
	periodSet   bool
	lastP       string // the last reporting period given as months ("the nine months"): P9M
	pAt         int    // the token after it
	lastTime    string // the value of the last TIME emitted ("2014-04-09TAF", "2010-09-22T23:30")
	lastTimeAt  int    // the token after it
	lastTimeDay bool   // its day is the text's (named, or taken from a day named), not the reference day by default

	// A live page's stamps: clock times opening a line ("14:32 GMT:",
	// "6.20am BST" alone on its line), newest first or oldest first.
	stamps    int       // how many were emitted
	stampDay  time.Time // the day of the last one
	stampMin  int       // its clock time in minutes
	stampDesc bool      // the first two ran newest first
	out       []Timex

	// caseless is 1 when the text has no upper-case letter at all (a
	// transcript typed in lower case), 2 when it has one, 0 until asked
	// (caselessText)
	caseless int8

	// next is match(nextAt-1), worked out by match at the "the" before it;
	// nextAt is 0 when there is none. emit clears it: between two emits,
	// match is a function of the token index alone.
	next   cand
	nextAt int

	// the last clock time emitted with a day gone by in its value (the
	// day, its minute of the day, the token after it), which a clock
	// time later that evening in the next sentence of a past narrative
	// shares ("By 8 p.m. ... At 9:40 p.m., he called")
	clockOn  time.Time
	clockMin int
	clockAt  int // the clock time's first token
	clockSet bool

	// the last day that closes a stretch of figures ("the week ended Nov.
	// 14", "as of Nov. 28"), its first token, and whether one was named:
	// "the previous week" in its sentence or the next is the week before
	// the one it closes (relUnit)
	stretchDay time.Time
	stretchAt  int
	stretchSet bool

	// flashFrom is the date the story was on before the flashback that
	// set last ("which had carried its last train a decade earlier"),
	// while flashSet holds
	flashFrom time.Time
	flashSet  bool

	// fiscalY is the fiscal year of the last quarter or half named with
	// its fiscal year ("Q3 FY2013", "the first half of the financial
	// year"): a bare quarter or half later in the text is of it; fiscalP
	// is its code ("Q3", "H1")
	fiscalY int
	fiscalP string

	// frameY is the year a sentence opened with ("In 2011, ...", "Last
	// year ..."), frameAt the token after it: a month or a day without
	// its year later in that sentence is of that year
	frameY  int
	frameAt int
	// frameWhen: the frame is a year's clause of "when" ("up on last year,
	// when the holy month fell in August"), which a comma closes
	frameWhen bool
	// frameSubj: the frame is the year of the subject opening the
	// sentence ("The 2011 uprising began on Jan. 25"), whose comma
	// closes it for a weekday but not for a month and day
	frameSubj bool
	// frameMon: the frame is a month with its year ("In January 2014,"),
	// not a year alone
	frameMon bool

	// slashOrder is how the text writes its slashed dates, worked out at
	// the first ambiguous one: 1 day first ("14/02/2011" elsewhere in it,
	// or money in pounds and not dollars), -1 month first or no cue, 2
	// unknown (pounds and dollars), 0 not yet looked
	slashOrder int8

	// willFrame is the first day of a past date that the sentence of a
	// "will" clause names before it or after it ("On Dec. 1, the commander
	// promised that the troops will be home by Christmas", "..., the
	// minister said on Dec. 1"), set by yearDirection when it returns
	// strongFuture (zero when there is none): a day gone after it was
	// still to come when the words were said (see pickYear)
	willFrame time.Time
	// willWithin is how many days back a day gone stays the nearest in
	// such a clause: 7, or 14 for a "will" reached through "until"
	willWithin int
	// wouldFrame is the first day of the past date of the speech act that
	// a "would" clause reports ("promised in October that a decision would
	// be made before Christmas"), set by yearDirection (zero when there is
	// none): the day the clause names is the first such after it (see
	// pickYear)
	wouldFrame time.Time
	// wouldYear is the year, before the reference year, that a year alone
	// gives the speech act a "would" clause reports ("In 2011, he said
	// the plant would open in March"), set by yearDirection (zero when
	// there is none): a month the clause names is the first after a
	// speech of unknown month, of that year or the next, whose year is
	// not known (see wouldYearAt)
	wouldYear int
}

// cand is a candidate expression over tokens [i, j).
type cand struct {
	i, j   int
	typ    Type
	val    string
	mod    string
	iv     Interval // set when the interval is not the one the value implies
	ivSet  bool
	the    bool        // a leading "the" belongs to the expression
	back   bool        // a quarter a year before the one reported ("the year-earlier quarter"), which does not become the reported one
	noDay  bool        // a clock time whose day the text does not give: its value takes the reference day, its interval stays zero
	stamp  bool        // a clock time opening a line: a live page's stamp
	still  bool        // a span across two days ("overnight"), which does not move the anchor
	gran   Granularity // when set, the granularity reported instead of the value's ("year-end": a day's value, a year's part)
	fiscal bool        // a fiscal quarter reported: the quarter later words go back to, whatever its calendar position
	fy     bool        // a quarter or half of a fiscal year named with it ("Q3 FY2013"): later bare quarters are of that year
	dated  bool        // a duration counted from the narrative's day ("two days later"): iv is the day it points to
	feast  bool        // a festival valued by the month or the year that holds it ("Ramadan"): no position may move it to that period's end
}

func (c *cand) ok() bool { return c.j > c.i }

// positionOfPossessive reports whether c is a position of a date ("the
// end of", "the start of", "the middle of") whose date is a possessive
// before a noun ("the end of last year's session", "the start of this
// year's campaign"): the position is the noun's, not the year's, which
// the noun (a session, a season) may end long before.
func (t *tagger) positionOfPossessive(c cand) bool {
	if !t.is(c.i, "the") || !t.is(c.i+2, "of") || !t.is(c.j, "'") || !t.is(c.j+1, "s") || !t.attached(c.j) {
		return false
	}
	if len(c.val) != 4 || c.val[0] > '9' {
		// a day's or a month's end is about the end of what it holds
		// ("at the end of the day's trading", "the end of Monday's
		// session"): the position stays
		return false
	}
	switch t.w(c.i + 1) {
	case "end", "close", "beginning", "start", "middle", "turn":
		return c.j > c.i+3
	}
	return false
}

// newTagger makes the tagger of text; low is lowerASCII(text). Its tokens
// reuse buf's storage and its expressions out's.
func newTagger(text, low string, ref time.Time, buf []tok, out []Timex) *tagger {
	t := new(tagger)
	t.reset(text, low, ref, buf, out)
	return t
}

// reset makes t the tagger newTagger(text, low, ref, buf, out) makes,
// with nothing left of what it held.
func (t *tagger) reset(text, low string, ref time.Time, buf []tok, out []Timex) {
	ref = truncDay(ref)
	*t = tagger{text: text, ref: ref, anchor: ref, toks: lex(text, low, buf), out: out[:0]}
}

func (t *tagger) run() []Timex {
	for i := 0; i < len(t.toks); {
		if !t.toks[i].start {
			i++ // what match would say, sooner
			continue
		}
		c := t.match(i)
		if !c.ok() {
			i++
			continue
		}
		if t.positionOfPossessive(c) {
			// "the end of last year's session": the session's end, not
			// the year's; the date alone is found after "of"
			i = c.i + 3
			continue
		}
		if h, skip := t.history(c); skip {
			i = c.j
			continue
		} else {
			c = h
		}
		if d, ok := t.dayFirstRange(c); ok {
			t.emit(d)
			i = d.j
			continue
		}
		if s, ok := t.weekdaySetFirst(c); ok {
			c = s
		}
		t.emit(c)
		i = c.j
		if d, ok := t.secondDay(c); ok {
			i = d.j
			if r, ok := t.dayRange(c, d); ok {
				t.out = t.out[:len(t.out)-1]
				t.emit(r)
				i = r.j // past a year after the range: "July 28-29, 2011"
			} else {
				t.emit(d)
				for t.is(d.i-1, ",") && (t.is(d.j, ",") || t.is(d.j, "and") || t.is(d.j, "or")) {
					// "on April 7, 9, 10 and 12": the rest of a list
					// dayList has read whole
					k := d.j + 1
					if t.is(k, "and") || t.is(k, "or") {
						k++ // an Oxford comma: ", 24, and 30"
					}
					e := cand{i: k, j: k + 1, typ: Date, val: d.val[:8] + pad(t.toks[k].n, 2)}
					t.emit(e)
					i, d = e.j, e
				}
			}
		} else if d, ok := t.nextWeekday(c); ok {
			t.emit(d)
			i = d.j
		}
	}
	return t.out
}

func (t *tagger) emit(c cand) {
	t.nextAt = 0
	if c.typ == Duration && strings.Contains(c.val, "X") && c.j < len(t.toks) && (t.is(c.j, "or") || t.is(c.j, "to")) {
		// "within weeks or months of his capture", "days or even weeks":
		// two stretches of no stated length offered as one, valued by
		// the first, as TimeBank marks "weeks or months" PXW; "could take
		// days to weeks" is such a range too (as "two to three days")
		k := c.j + 1
		if t.is(k, "even") {
			k++
		}
		if u, pl := unitOf(t.w(k)); pl && u >= uHour && u <= uCentury && u != uWeekend && u != uSeason && u != uQuarter && !t.toks[k].upper {
			if u0, _ := unitOf(t.w(c.j - 1)); u0 != uNone && u0 < u {
				c.j = k + 1
			}
		}
	}
	if c.typ == Time {
		c.val = t.rangeEndNextDay(c)
		t.rangeStartDay(c)
	}
	tx := Timex{Start: int(t.toks[c.i].s), End: int(t.toks[c.j-1].e), Type: c.typ, Value: c.val, Mod: c.mod}
	// Leave a trailing period that closes an abbreviation or a sentence out
	// unless the expression is an abbreviation itself ("a.m.", "Sept.").
	tx.Text = t.text[tx.Start:tx.End]
	// "1:25 a.m. (1625 GMT Friday)": the same moment in GMT, the wire's
	// conversion, whose day is not the one the story is on ("0300 GMT
	// Saturday (11 p.m. Friday local time)" gives the local day in the
	// aside, and it stays)
	aside := c.typ == Time && t.lastTime != "" && t.lastTimeAt == c.i-1 && t.is(c.i-1, "(") && t.gmtIn(c.i, c.j)
	if c.typ == Time && !aside {
		t.lastTime, t.lastTimeAt = c.val, c.j
		t.lastTimeDay = !c.noDay || !valueOnDay(c.val, t.ref)
		if c.stamp && len(c.val) >= 16 {
			if iv, _, ok := intervalOf(c.val[:10]); ok {
				m := atoiDigits(c.val[11:13])*60 + atoiDigits(c.val[14:16])
				if t.stamps == 1 {
					t.stampDesc = stampsDesc(t.stampMin, m)
				}
				t.stamps, t.stampDay, t.stampMin = t.stamps+1, iv.Start, m
			}
		}
	}
	if c.typ == Date || c.typ == Time {
		iv, g, ok := intervalOf(c.val)
		if ok && g == GranQuarter && t.qFiscal && len(c.val) == 7 && len(t.lastQ) == 7 && c.val[4:] == t.lastQ[4:] && (!c.ivSet || c.iv.IsZero()) {
			// "its fiscal second quarter ... the quarter ended March 30 ...
			// a year earlier": a quarter that takes the fiscal quarter's
			// name has no calendar interval either (it may be Jan-Mar)
			c.iv, c.ivSet = Interval{}, true
		}
		if ok {
			tx.Granularity = g
			tx.Interval = applyMod(iv, g, c.mod)
			if c.gran != "" {
				tx.Granularity = c.gran
			}
			if c.ivSet {
				tx.Interval = c.iv
			}
			if c.mod == "BEFORE" || c.mod == "AFTER" || c.mod == "ON_OR_BEFORE" || c.mod == "ON_OR_AFTER" {
				tx.Interval = Interval{}
			}
			if g == GranDay && c.mod == "" && iv.Start.Equal(iv.End) && !aside && t.closesStretch(c) {
				t.stretchDay, t.stretchAt, t.stretchSet = iv.Start, c.i, true
			}
			if (g == GranDay || g == GranTime) && (c.mod == "" || g == GranTime && c.mod == "APPROX" || g == GranDay && (c.mod == "START" || c.mod == "END")) && iv.Start.Equal(iv.End) && !c.noDay && !c.still && !aside && !t.reportingDay(c) && !t.closesStretch(c) && !t.ofLabel(c) && !t.momentAside(c, iv.Start) {
				// "about 2:30 a.m. Thursday": the clock time is rough, the
				// day is not
				same := t.anchored && t.anchor.Equal(iv.Start)
				t.anchorPM = t.lateInDay(c) || afterNoon(c.val) || t.anchorPM && same
				t.anchorLate = t.lateInDay(c) || t.anchorLate && same
				t.anchor, t.anchored, t.anchorAt, t.anchorIn = iv.Start, true, c.j, c.i
				if g == GranDay && (c.i == 0 || t.toks[c.i].nl) && (c.j >= len(t.toks) || t.toks[c.j].nl) {
					t.logDay, t.logIn, t.logSet = iv.Start, c.i, true
				}
			}
			if (g == GranDay || g == GranTime) && !iv.Start.After(t.ref) && t.speechDated(c) && !t.inQuotation(c.i) {
				t.speech, t.speechAt, t.speechSet = iv.Start, c.j, true
			}
			// "Three months later" counted from a month written with its
			// year ("in February 2009") may frame its sentence (laterMonth)
			fromDated := g == GranMonth && len(c.val) == 7 && t.lastMonthDated() && t.lastAt <= c.i // read below for a month only
			if g != GranCentury && g != GranDecade && !(t.yearModifier(c) && t.lastSet && iv.Start.Before(t.last)) && !t.recordBase(c) && !t.backdrop(c, iv) {
				at := iv.Start
				if g == GranWeek {
					// a week may straddle two months: "He arrived on May 3.
					// That week ... That month" is May, not April, the
					// month of the Monday; the day named within the week
					// stays, else its Thursday, which gives an ISO week its
					// year
					if t.lastSet && !t.last.Before(iv.Start) && !t.last.After(iv.End) {
						at = t.last
					} else if iv.End.Sub(iv.Start) >= 6*24*time.Hour {
						at = iv.Start.AddDate(0, 0, 3)
					}
				}
				t.flashSet = false
				if t.lastSet && t.is(c.j-1, "earlier") && at.Before(t.last) && t.pastPerfectIn(c.i, c.j) {
					// "In 1978 ... the harbour branch, which had carried its
					// last train a decade earlier. The plan was shelved the
					// next year": a flashback, after which "the next year"
					// counts from the story's date again
					t.flashFrom, t.flashSet = t.last, true
				}
				t.last, t.lastSet, t.lastAt = at, true, c.j
				t.lastWide = g != GranDay && g != GranTime
				t.lastMon = g == GranMonth
				t.lastYear = g == GranYear
				t.lastSince = t.is(c.i-1, "since")
				t.lastEnd = iv.End
				t.noteStory(c, at)
				t.lastSaid = g == GranDay && t.saidOn(c)
				if g == GranMonth && !t.is(c.i-1, "from") {
					t.figMonth, t.figAt, t.figSet = at, c.j, true
				}
				if !c.back {
					t.lastMain, t.lastMainSet = at, true
				}
			}
			if c.noDay {
				tx.Interval = Interval{}
			}
			if g == GranQuarter && (len(c.val) > 5 && c.val[5] == 'Q' || t.toks[c.i].kind == kNum || t.toks[c.j-1].kind == kNum) {
				// a quarter, or a half with its year or number written ("H1
				// 2013"): a bare "the second half" may be a match's
				t.periodAt, t.periodSet = c.j, true
			}
			if c.fy {
				t.fiscalY, t.fiscalP = atoi(c.val[:4]), c.val[5:]
			}
			if (g == GranYear && len(c.val) == 4 || g == GranMonth && len(c.val) == 7 && (t.hasYear(c.i, c.j) || fromDated && t.laterMonth(c))) && c.mod == "" && (t.opensSentence(c.i) || t.is(c.j, "when") || t.is(c.j, ",") && t.is(c.j+1, "when") || g == GranYear && t.eventSubjectYear(c.i, c.j)) {
				// a year, or a month with its year ("in December 2010,
				// when passengers slept in its terminals over the Christmas
				// period"), framing the clause that follows; or the year
				// of the sentence's subject, a war or an event whose
				// beginning or end the verb tells ("The 1973 war began on
				// Oct. 6")
				t.frameY, t.frameAt = atoi(c.val[:4]), c.j
				t.frameWhen = !t.opensSentence(c.i)
				t.frameSubj = g == GranYear && t.is(c.i-1, "the") && t.opensSentence(c.i-1) && t.eventSubjectYear(c.i, c.j)
				t.frameMon = g == GranMonth
			} else if g == GranYear {
				t.frameY = 0 // "Last year's event sold out, and this year's tickets go on sale on Thursday"
			}
			if g == GranQuarter && !c.back && (!iv.Start.After(t.ref) || c.fiscal) && !t.recordBase(c) {
				// a quarter still to begin ("losses through the third
				// quarter of 1990" in an October 1989 paper) is a forecast,
				// not the quarter being reported, which "the year-ago
				// period" and "that quarter" go back to
				t.lastQ, t.qAt = c.val, c.j
				t.qFuture = t.tenseAt(c.i, c.j) == tFuture
				t.qFiscal = c.ivSet && c.iv.IsZero()
			}
			if q := t.threeMonthsTo(c); q != "" && !iv.Start.After(t.ref) {
				// "sold 35.2 million iPhones in the three months ending in
				// June": the calendar quarter that month closes is the
				// period being reported, which "a year earlier" in the
				// same sentence goes back to (quarterYearBack)
				t.q3m, t.q3mAt = q, c.j
			}
		}
	}
	if c.typ == Time && !aside && len(c.val) == 16 && c.val[10] == 'T' && c.val[13] == ':' {
		if d, _, ok := intervalOf(c.val[:10]); ok && d.Start.Before(t.ref) {
			t.clockOn, t.clockMin, t.clockAt, t.clockSet = d.Start, atoi(c.val[11:13])*60+atoi(c.val[14:16]), c.i, true
		} else {
			t.clockSet = false
		}
	}
	if c.typ == Duration && !c.dated && t.is(c.j, "later") && t.oldRun > 0 && t.lastSet && t.last.Year() <= t.ref.Year()-3 && t.tenseAt(c.i, c.j+1) == tPast {
		// "Protests began in January 1978 ... ceremonies held 40 days
		// later": the story goes on from its date, though the day is
		// not given (history.go's historyYear)
		t.oldRun++
	}
	if c.typ == Duration && c.dated {
		// "two days later": the duration TimeBank marks, with the day it
		// points to as its interval; that day is the narrative's now
		tx.Interval, tx.Granularity = c.iv, GranDay
		if c.mod == "" {
			t.anchor, t.anchored, t.anchorAt, t.anchorIn, t.anchorLate, t.anchorPM = c.iv.Start, true, c.j, c.i, false, false
		}
		t.last, t.lastSet, t.lastAt, t.lastWide, t.lastMon, t.lastYear, t.lastSince = c.iv.Start, true, c.j, false, false, false, false
		t.noteStory(c, c.iv.Start)
		t.lastMain, t.lastMainSet = c.iv.Start, true
	}
	if c.typ == Duration && (c.val == "P3M" || c.val == "P6M" || c.val == "P9M" || c.val == "P12M") && t.is(c.i, "the") {
		t.lastP, t.pAt = c.val, c.j // "for the nine months": a reporting period
	}
	t.out = append(t.out, tx)
}

// rangeEndNextDay returns the value of the clock time c, moved to the
// next day when it ends a span of clock times whose start, given the
// same day, is in the afternoon or evening and the end in the morning
// (pastMidnight), with no verb of moving a time before it ("moved from
// 9pm to 7am" is a change): "from 22:00 to 06:00", "from 10pm to
// 6am", "between 11 p.m. and 5 a.m." run past midnight, so the end is
// the morning after the start's day. An end with its own day ("to 6am
// Sunday") keeps it; "from 9am to 5pm" is one day.
func (t *tagger) rangeEndNextDay(c cand) string {
	v, p := c.val, t.lastTime
	if len(v) != 16 || len(p) != 16 || v[10] != 'T' || p[10] != 'T' || v[:10] != p[:10] || v[0] < '0' || v[0] > '9' || t.lastTimeAt != c.i-1 {
		return v
	}
	switch t.w(c.i - 1) {
	case "to", "until", "till", "through":
	case "and":
		between := false
		for m := c.i - 2; m >= 0 && m >= c.i-8; m-- {
			if t.is(m, "between") {
				between = true
				break
			}
			if t.endsAt(m, stopLine|stopSemicolon) {
				break
			}
		}
		if !between {
			return v
		}
	default:
		return v
	}
	if !pastMidnight(p, v) || t.changeVerbBefore(c.i) {
		return v // "from 9am to 5pm"; "moved from 9pm to 7am", a change of time
	}
	if t.dayNamedIn(c.i, c.j) {
		return v // "to 6am Sunday": the end's own day
	}
	if !t.lastTimeDay && t.tenseAt(c.i, c.j) == tPast {
		// "The men arrived between 10pm and 1am", "Trading ran from 2pm
		// to 4am": the start had the reference day for want of one, and
		// the morning after it is still to come, which a past clause
		// rules out
		return v
	}
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return v
	}
	return fmtDay(d.AddDate(0, 0, 1)) + v[10:]
}

// rangeStartDay dates the start of a span of clock times from its end
// c, when the end has a day of its own and the start, right before "to",
// "until" or "till" after "from", had none: "The curfew ran from 10pm
// to 6am on Monday" starts on Sunday night (a start later in the day than
// the end is the day before), "from 9am to 5pm on Monday" on Monday. The
// start had taken the reference day for want of one.
func (t *tagger) rangeStartDay(c cand) {
	v := c.val
	if c.noDay || len(v) != 16 || v[10] != 'T' || v[0] < '0' || v[0] > '9' || t.lastTimeDay || t.lastTimeAt != c.i-1 || len(t.out) == 0 {
		return
	}
	switch t.w(c.i - 1) {
	case "to", "until", "till":
	default:
		return
	}
	prev := &t.out[len(t.out)-1]
	p := prev.Value
	if prev.Type != Time || len(p) != 16 || p[10] != 'T' || p[0] < '0' || p[0] > '9' || c.i < 2 || prev.End != int(t.toks[c.i-2].e) {
		return
	}
	k := c.i - 2
	for k > 0 && int(t.toks[k].s) > prev.Start {
		k--
	}
	if !t.is(k-1, "from") {
		return
	}
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return
	}
	if t.changeVerbBefore(c.i) {
		return // "moved from 9pm to 7am on Monday": a change of time
	}
	if pastMidnight(p, v) {
		d = d.AddDate(0, 0, -1)
	} else if atoiDigits(p[11:13]) > atoiDigits(v[11:13]) {
		return // a start later than its end, not from an evening to a morning: no span
	}
	prev.Value = fmtDay(d) + p[10:]
}

// pastMidnight reports whether a span of clock times from the value p to
// the value v runs from an afternoon or evening (from noon) to a morning
// (before noon), past midnight: "from 10pm to 6am", "from 4pm to 1am".
// "from 5pm to noon" is none.
func pastMidnight(p, v string) bool {
	return atoiDigits(p[11:13]) >= 12 && atoiDigits(v[11:13]) < 12
}

// gmtIn reports whether tokens [i, j) name GMT or UTC.
func (t *tagger) gmtIn(i, j int) bool {
	for k := i; k < j; k++ {
		if t.is(k, "gmt") || t.is(k, "utc") {
			return true
		}
	}
	return false
}

// lateInDay reports whether the expression c names the late part of its
// day: an evening or a night ("Monday night"), a clock time from 6 p.m.,
// or a day after "late" ("late on Monday", "late Monday").
func (t *tagger) lateInDay(c cand) bool {
	if n := len(c.val); n >= 13 && c.val[10] == 'T' {
		switch c.val[11:] {
		case "EV", "NI":
			return true
		}
		if h := c.val[11:13]; h >= "18" && h <= "23" {
			return true
		}
	}
	return t.is(c.i, "late") || t.is(c.i-1, "late") || t.is(c.i-1, "on") && t.is(c.i-2, "late")
}

// afterNoon reports whether the value v is a time of day from noon on:
// an afternoon, evening or night, or a clock time from 12:00.
func afterNoon(v string) bool {
	if len(v) < 13 || v[10] != 'T' {
		return false
	}
	switch v[11:] {
	case "AF", "EV", "NI":
		return true
	}
	return len(v) >= 16 && v[11:13] >= "12" && v[11:13] <= "23"
}

// titleWord reports whether token k is a capitalised word that is not the
// first of its sentence and not in capitals throughout: "Week" in "This
// Week", a title or a name rather than the common noun.
func (t *tagger) titleWord(k int) bool {
	if k <= 0 || k >= len(t.toks) || !t.toks[k].upper || t.toks[k].kind != kWord {
		return false
	}
	tk := t.toks[k]
	if int(tk.e)-int(tk.s) > 1 {
		if c := t.text[tk.s+1]; c >= 'A' && c <= 'Z' {
			return false // "NEXT WEEK": a headline in capitals
		}
	}
	switch t.w(k - 1) {
	case ".", "!", "?", "\"", "“", "'", "‘", ":", "(", "-", "—":
		return false
	}
	return !t.toks[k].nl && !t.titleCaseLine(k)
}

// deicticName reports whether token i opens a name made of deictic time
// words: a word that starts "today", "tonight", "tomorrow", "yesterday",
// "now", "last/next week" and the like, capitalised inside a sentence of
// running text right after another word ("HBO renewed Last Week Tonight",
// "told NBC's Today show", "USA Today", "in The Day After Tomorrow"). A
// capital there says the words are a title, a programme or a paper, no
// time; a headline in title case (titleCaseLine) says nothing, and the
// words that are capitalised in any case (weekdays, months, holidays) are
// not among these.
func (t *tagger) deicticName(i int) bool {
	k := i
	if t.is(k, "the") {
		k++
		if !t.is(k, "day") || !t.toks[k].upper {
			return false
		}
	} else {
		switch t.toks[k].w {
		case "today", "tonight", "tomorrow", "yesterday", "now", "last", "next", "this":
		case "day":
			if !t.is(k-1, "the") || !t.toks[k-1].upper {
				return false
			}
		default:
			return false
		}
	}
	if t.deicticPair(i) {
		return true
	}
	if i == 0 || t.toks[i-1].kind != kWord || t.toks[i].nl {
		return false
	}
	return t.titleWord(i)
}

// deicticPair reports whether token i, in a headline in title case, is
// part of "last/this/next week|month|year" right before a capitalised
// "Tonight", "Today", "Tomorrow" or "Yesterday", or that word right after
// it: two deictic words no English sentence puts side by side, so a
// programme's name ("Last Week Tonight With John Oliver Renewed").
func (t *tagger) deicticPair(i int) bool {
	deictic := func(k int) bool {
		switch t.w(k) {
		case "tonight", "today", "tomorrow", "yesterday":
			return t.toks[k].upper
		}
		return false
	}
	rel := func(k int) bool {
		switch t.w(k) {
		case "last", "this", "next":
			switch t.w(k + 1) {
			case "week", "month", "year":
				return t.toks[k].upper && t.toks[k+1].upper
			}
		}
		return false
	}
	switch {
	case rel(i) && deictic(i+2):
	case deictic(i) && i >= 2 && rel(i-2):
	default:
		return false
	}
	return t.titleCaseLine(i)
}

// headlineTitle reports whether the capitalised words from token i, in a
// headline set in title case, are still a title: after a possessive
// ("ABC's This Week Interviews Vice President") or a capitalised "The"
// ("Bowie Returns With The Next Day Tour Dates"), which a headline's
// deictic words do not take.
func (t *tagger) headlineTitle(i int) bool {
	if i <= 0 || !t.toks[i].upper || !t.titleCaseLine(i) {
		return false
	}
	return t.is(i-1, "s") && t.is(i-2, "'") && t.attached(i-1) ||
		t.is(i-1, "the") && t.toks[i-1].upper
}

// titleCaseLine reports whether token k stands in a headline set in title
// case ("Wages, Not Jobs, May Decide Next Year's Election"), where every
// word is capitalised and a capital says nothing of a name: a line of three
// to 20 words, each word of four letters or more capitalised, with no
// sentence stop inside it.
func (t *tagger) titleCaseLine(k int) bool {
	a := k
	for a > 0 && !t.toks[a].nl {
		if a--; k-a > 25 {
			return false // a long line: text, no headline
		}
	}
	words := 0
	for m := a; m < len(t.toks) && (m == a || !t.toks[m].nl); m++ {
		tk := &t.toks[m]
		switch {
		case tk.kind == kWord:
			if words++; words > 20 || !tk.upper && len(tk.w) >= 4 {
				return false
			}
		case tk.w == "." && !t.abbrevDot(m), tk.w == "!", tk.w == "?", tk.w == ";":
			return false
		}
	}
	return words >= 3
}

// Token access helpers.

func (t *tagger) w(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.toks[i].w
}

// attached reports whether token i follows token i-1 with no space.
func (t *tagger) attached(i int) bool {
	return i > 0 && i < len(t.toks) && !t.toks[i].sp
}

// dot skips an optional period attached to token i-1, returning the next index.
func (t *tagger) dot(i int) int {
	if t.w(i) == "." && t.attached(i) {
		return i + 1
	}
	return i
}

// isWord reports whether token i is the word w.
func (t *tagger) is(i int, w string) bool { return i >= 0 && i < len(t.toks) && t.toks[i].w == w }

// match returns the longest expression starting at token i.
func (t *tagger) match(i int) cand {
	tk := &t.toks[i]
	if !tk.start {
		return cand{}
	}
	if tk.upper && t.deicticName(i) {
		return cand{}
	}
	// "the" joins the expression when the core accepts it.
	if tk.w == "the" {
		if c := t.positioned(i); c.ok() {
			return c
		}
		if t.is(i+1, "year") { // appositiveYear's first test, without a call for every "the"
			if c := t.appositiveYear(i); c.ok() {
				return c
			}
		}
		if i+1 >= len(t.toks) || !t.toks[i+1].start {
			return cand{} // qualified finds nothing where no expression starts
		}
		c := t.qualified(i + 1)
		if c.ok() && c.the && t.toks[i+1].w != "the" {
			// (a doubled article, "at the the end of November" (TBAQ), a
			// slip of the copy: the expression opens at the second)
			c.i = i
			return c
		}
		if t.toks[i+1].w != "the" {
			t.next, t.nextAt = c, i+2 // match(i+1), which run asks next
		}
		return cand{} // any expression starts at the next token
	}
	if t.nextAt == i+1 {
		return t.next
	}
	return t.qualified(i)
}

// qualified parses optional quantity and position modifiers, then a core.
func (t *tagger) qualified(i int) cand {
	if i >= len(t.toks) {
		return cand{}
	}
	qmod, j, include := t.quantMod(i)
	if j > i {
		if j >= len(t.toks) {
			return cand{}
		}
		another := t.is(j, "another") && include // "for at least another week"
		if t.is(i, "at") && t.is(j, "the") && t.spanAfterThe(j+1) {
			// "for at least the next two hours", "at least the past 18
			// months" (TBAQ): the bound holds the span the article opens
			if c := t.qualified(j + 1); c.ok() && c.the && c.typ == Duration && c.i == j+1 && c.mod == "" && !strings.HasPrefix(c.val, "PX") && !strings.HasPrefix(c.val, "PTX") {
				c.i, c.mod, c.the = i, qmod, false
				return c
			}
		}
		if t.toks[j].kind != kNum && !t.startsNumber(j) && !another && !(qmod == "APPROX" && (t.is(j, "midnight") || t.is(j, "noon") || t.is(j, "midday")) && (include || t.clockPrepBefore(i))) {
			// ("around midnight", "at about noon" are approximate as
			// "around 11 p.m." is; "a film about midnight" is of it)
			if _, ok := monthOf(t.w(j)); !ok || !include {
				return cand{}
			}
		}
		c := t.core(j)
		if !c.ok() || another && c.typ != Duration {
			return cand{}
		}
		if include {
			c.i = i
		}
		c.the = false
		switch c.typ {
		case Duration:
			if c.mod == "" {
				c.mod = qmod
			}
		case Date, Time:
			switch {
			case qmod == "MORE_THAN" && isAgo(t, c.j):
				c.mod = "BEFORE"
			case qmod == "LESS_THAN" && isAgo(t, c.j):
				c.mod = "AFTER"
			case qmod == "APPROX" || qmod == "LESS_THAN":
				if c.mod == "" {
					c.mod = "APPROX"
				}
			default:
				c.i = j // "through at least Sept. 6": the date itself
			}
			if t.is(i, "almost") && isAgo(t, c.j) {
				// "almost four years ago", "almost two years ago" (TBAQ, both):
				// the modifier bounds the point, inside as "nearly" is;
				// "almost two weeks" alone keeps it out, and "about"
				// ("about two years ago") stays out as the items have it
				c.i = i
			}
		}
		return c
	}
	if positionWord(t.toks[i].w) {
		if c := t.positioned(i); c.ok() {
			return c
		}
	}
	return t.core(i)
}

// spanAfterThe reports whether token k opens a span counted from now
// after "the": "the next two hours", "the past 18 months", "the last
// three years", "the coming 48 hours".
func (t *tagger) spanAfterThe(k int) bool {
	switch t.w(k) {
	case "next", "past", "last", "coming", "previous":
		return t.startsNumber(k + 1)
	}
	return false
}

func isAgo(t *tagger, j int) bool { return t.w(j-1) == "ago" || t.w(j-1) == "earlier" }

// quantMod parses "about", "nearly", "more than", "at least" and the like.
// include tells whether the modifier belongs to the expression's extent
// (TimeBank keeps "nearly", "more than", "at least" inside and leaves
// "about", "almost" and "over" outside).
func (t *tagger) quantMod(i int) (mod string, j int, include bool) {
	switch t.w(i) {
	case "about", "approximately", "roughly", "circa":
		return "APPROX", i + 1, false
	case "around", "some":
		if t.w(i) == "some" && !t.startsNumber(i+1) {
			return "", i, false
		}
		return "APPROX", i + 1, true
	case "nearly":
		return "LESS_THAN", i + 1, true
	case "almost":
		return "LESS_THAN", i + 1, false
	case "more", "less", "fewer":
		if t.is(i+1, "than") {
			if t.w(i) == "more" {
				return "MORE_THAN", i + 2, true
			}
			return "LESS_THAN", i + 2, true
		}
	case "over":
		if t.startsNumber(i + 1) {
			if t.is(i-1, "for") {
				// "for over 60 years": more than, as "for more than";
				// "spread over three years" is the stretch, no bound
				return "MORE_THAN", i + 1, false
			}
			return "", i + 1, false
		}
	case "under":
		if t.startsNumber(i + 1) {
			return "LESS_THAN", i + 1, false
		}
	case "at":
		if t.is(i+1, "least") {
			return "EQUAL_OR_MORE", i + 2, true
		}
		if t.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2, true
		}
	case "up":
		if t.is(i+1, "to") && t.startsNumber(i+2) {
			return "EQUAL_OR_LESS", i + 2, true
		}
	case "no":
		if t.is(i+1, "more") && t.is(i+2, "than") {
			return "EQUAL_OR_LESS", i + 3, true
		}
		if t.is(i+1, "less") && t.is(i+2, "than") {
			return "EQUAL_OR_MORE", i + 3, true
		}
	}
	return "", i, false
}

// clockPrepBefore reports whether a preposition of a point in time
// stands before token i: "at about noon", "until about midnight".
func (t *tagger) clockPrepBefore(i int) bool {
	switch t.w(i - 1) {
	case "at", "until", "till", "by", "from", "since", "after", "before", "to":
		return true
	}
	return false
}

// startsNumber reports whether a quantity starts at token i.
func (t *tagger) startsNumber(i int) bool {
	_, j := t.number(i)
	return j > i
}

// number parses a cardinal: digits, number words, "a", "a few", "several".
// It returns -1 for an unspecified number.
func (t *tagger) number(i int) (float64, int) {
	if i >= len(t.toks) {
		return 0, i
	}
	tk := &t.toks[i]
	if i >= 2 && t.toks[i-1].w == "and" && (t.toks[i-2].w == "hundred" || t.toks[i-2].w == "thousand") && tk.w != "a" && tk.w != "an" {
		// "Some hundred and fifty years ago": the tens of a number the
		// words before began, which no count here reads whole; "fifty
		// years ago" alone would be a wrong date
		return 0, i
	}
	if tk.kind == kNum {
		n := float64(tk.n)
		j := i + 1
		// 1.5, 2,000 are not durations of interest beyond the decimal
		if t.w(j) == "." && t.attached(j) && j+1 < len(t.toks) && t.toks[j+1].kind == kNum && t.attached(j+1) &&
			(len(t.toks[j+1].w) <= 2 || len(t.toks[j+1].w) == 3 && (t.is(j+2, "seconds") || t.is(j+2, "second"))) {
			// "1.5", "2.25 hours", "3.75 years", "40.666 seconds" (a lap
			// time; three digits after a point are a thousands separator
			// in much of Europe, so only seconds take them)
			n += float64(t.toks[j+1].n) / math.Pow(10, float64(len(t.toks[j+1].w)))
			j += 2
		}
		if (t.w(i-1) == "," || t.w(i-1) == ".") && t.attached(i) && t.attached(i-1) && i > 1 && t.toks[i-2].kind == kNum {
			return 0, i // the "300" of "1,300", the "25" of "2.25": a part of a number
		}
		for t.w(j) == "," && t.attached(j) && j+1 < len(t.toks) && t.toks[j+1].kind == kNum && len(t.toks[j+1].w) == 3 && t.attached(j+1) && n == float64(int(n)) {
			n, j = n*1000+float64(t.toks[j+1].n), j+2 // "1,300 years"
		}
		// 1 1/2, 1-1/2
		k := j
		if t.w(k) == "-" && t.attached(k) && t.attached(k+1) && k+3 < len(t.toks) && t.toks[k+1].kind == kNum && t.w(k+2) == "/" && t.attached(k+2) {
			k++
		}
		if k+2 < len(t.toks) && t.toks[k].kind == kNum && t.w(k+1) == "/" && t.toks[k+2].kind == kNum && t.toks[k+2].n != 0 && t.toks[k].n < t.toks[k+2].n {
			n += float64(t.toks[k].n) / float64(t.toks[k+2].n)
			j = k + 3
		}
		if j == k && k < len(t.toks) && t.attached(k) && t.toks[k].kind == kPunct {
			// "3½ years", "2¼ hours": a vulgar fraction rune
			switch t.w(k) {
			case "½":
				n, j = n+0.5, k+1
			case "¼":
				n, j = n+0.25, k+1
			case "¾":
				n, j = n+0.75, k+1
			}
		}
		return n, j
	}
	switch tk.w {
	case "a", "an":
		if t.is(i+1, "few") {
			if t.is(i+2, "hundred") || t.is(i+2, "thousand") {
				return -1, i + 3 // "a few hundred years"
			}
			return -1, i + 2
		}
		if t.is(i+1, "couple") {
			if t.is(i+2, "of") {
				return 2, i + 3
			}
			return 2, i + 2
		}
		if t.is(i+1, "half") { // a half year
			return 0.5, i + 2
		}
		if t.is(i+1, "dozen") {
			return 12, i + 2
		}
		if t.is(i+1, "hundred") {
			if m, e := t.hundredAnd(i + 2); e > 0 {
				return 100 + m, e // "a hundred and forty years ago"
			}
			return 100, i + 2 // "a hundred years"
		}
		if t.is(i+1, "thousand") {
			return 1000, i + 2
		}
		return 1, i + 1
	case "few", "several", "many", "some":
		if tk.w != "some" && (t.is(i+1, "hundred") || t.is(i+1, "thousand")) {
			return -1, i + 2 // "several hundred years": a vague count
		}
		return -1, i + 1
	case "couple":
		if t.is(i+1, "of") {
			return 2, i + 2
		}
	case "dozens", "hundreds", "thousands", "millions", "billions":
		if t.is(i+1, "of") {
			return -1, i + 2
		}
	case "half":
		if t.is(i+1, "a") || t.is(i+1, "an") {
			return 0.5, i + 2
		}
	}
	n, ok := numberWord(tk.w)
	if !ok {
		return 0, i
	}
	j := i + 1
	// twenty-two, twenty two
	if n >= 20 && n < 100 {
		k := j
		if t.w(k) == "-" && t.attached(k) {
			k++
		}
		if m, ok := numberWord(t.w(k)); ok && m < 10 && m > 0 {
			n += m
			j = k + 1
		}
	}
	if t.is(j, "hundred") {
		n *= 100
		j++
		if m, e := t.hundredAnd(j); e > 0 {
			n, j = n+int(m), e // "two hundred and fifty years"
		}
	} else if t.is(j, "thousand") {
		n *= 1000 // "two thousand years"
		j++
	} else if t.is(j, "dozen") {
		n *= 12 // "two dozen years"
		j++
	}
	if t.is(j, "and") && t.is(j+1, "a") && t.is(j+2, "half") {
		return float64(n) + 0.5, j + 3
	}
	if t.is(j, "-") && t.is(j+1, "and") && t.is(j+2, "-") && t.is(j+3, "a") && t.is(j+4, "-") && t.is(j+5, "half") && t.attached(j+5) {
		return float64(n) + 0.5, j + 6 // "one-and-a-half years"
	}
	return float64(n), j
}

// hundredAnd parses the "and forty", "and twenty-five" that goes on a
// number of hundreds at token k ("a hundred and forty years ago", "two
// hundred and fifty years"): the tens and units and the token after them,
// or 0, 0 when "and" is followed by no number word below a hundred ("a
// hundred and one" counts one; "a hundred and more" is left alone).
func (t *tagger) hundredAnd(k int) (float64, int) {
	if !t.is(k, "and") {
		return 0, 0
	}
	n, ok := numberWord(t.w(k + 1))
	if !ok || n <= 0 || n >= 100 {
		return 0, 0
	}
	e := k + 2
	if n >= 20 && n%10 == 0 {
		m := e
		if t.w(m) == "-" && t.attached(m) {
			m++
		}
		if u, ok := numberWord(t.w(m)); ok && u > 0 && u < 10 {
			n, e = n+u, m+1
		}
	}
	return float64(n), e
}

// positionWord reports whether positioned can find an expression at word
// w: whether w is one of the words its switch knows. qualified calls
// positioned only for these; TestGateWords checks the list against
// positioned's cases.
func positionWord(w string) bool {
	switch w {
	case "early", "late", "mid", "the", "earlier", "later", "end":
		return true
	}
	return false
}

// positioned parses "early", "late", "mid", "the end of" and the like
// before a date. It finds nothing at a word positionWord rejects.
func (t *tagger) positioned(i int) cand {
	if (t.is(i, "early") || t.is(i, "mid")) && (t.is(i+1, "-") || t.is(i+1, "to")) {
		if c := t.partSpan(i); c.ok() {
			return c // "early-to-mid 2021"
		}
	}
	mod, j := "", i
	switch t.w(i) {
	case "early", "late":
		if t.is(i, "late") && t.is(i-1, "of") && t.phraseEnds(i+1) && !t.is(i+1, "-") {
			// "Costs have risen of late": lately, some time gone
			return cand{i: i - 1, j: i + 1, typ: Date, val: "PAST_REF"}
		}
		mod, j = "START", i+1
		if t.w(i) == "late" {
			mod = "END"
		}
		if t.is(j, "-") && t.attached(j) && t.attached(j+1) && j+1 < len(t.toks) && (t.toks[j+1].kind == kNum || isMonthWord(t.w(j+1))) {
			j++ // "early-2013", "late-March": hyphenated, as "mid-2014"
		}
		if t.is(j, "may") && t.toks[j].upper && t.is(j+1, "bank") && t.is(j+2, "holiday") {
			// "the late May bank holiday", "the early May bank holiday":
			// Britain's bank holidays on the last and the first Monday of
			// May, no part of the month
			n := 1
			if mod == "END" {
				n = -1
			}
			return t.namedDay(i, j+3, func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, n) })
		}
		if mod == "END" && t.is(j, "summer") && t.is(j+1, "bank") && t.is(j+2, "holiday") {
			// "the late summer bank holiday": the name England and Wales
			// give the last Monday of August, no part of the summer
			// (Scotland's summer bank holiday is the first Monday)
			return t.namedDay(i, j+3, func(y int) time.Time { return nthWeekday(y, time.August, time.Monday, -1) })
		}
		if p, ok := partOfDay(t.w(j)); ok && !t.is(j+1, "-") {
			// "by late afternoon", "early morning": a part of a day the
			// text does not give, unless one follows ("late afternoon
			// Friday")
			c := t.midPart(i, j, p)
			c.mod = mod
			return c
		}
	case "mid":
		mod, j = "MID", i+1
		if t.w(j) == "-" {
			j++
		}
		if p, ok := partOfDay(t.w(j)); ok && p != "NI" {
			return t.midPart(i, j, p)
		}
		if (t.is(j, "century") || t.is(j, "decade")) && t.phraseEnds(j+1) && t.tenseAt(i, j+1) != tPast {
			// "by mid-century", "until mid-decade": the middle of the
			// century (decade) holding the reference day, as "the middle
			// of the century"; "mid-century modern" is a style, and "in
			// mid-century" told in the past may be another century
			if bu := t.bareUnit(j, false); bu.ok() {
				c := t.withPosition(bu, i, mod)
				c.the = false
				return c
			}
		}
	case "the":
		k := i + 1
		if k < len(t.toks) && (t.toks[k].kind == kNum || t.toks[k].start) {
			if c := t.monthlyDay(i); c.ok() {
				return c // "the first Tuesday of each month"
			}
			if c := t.fiscalSpan(i); c.ok() {
				return c // "the 2013-14 financial year"
			}
		}
		if t.is(k, "month") && t.is(k+1, "of") && k+2 < len(t.toks) && t.toks[k+2].upper {
			// "in the month of May", "the month of June 2014" (Indian,
			// Pakistani and Nigerian usage): the month, with its words
			if _, ok := monthOf(t.w(k + 2)); ok {
				if c := t.core(k + 2); c.ok() && c.i == k+2 && c.typ == Date && len(c.val) == 7 && c.val[4] == '-' {
					c.i, c.the = i, true
					return c
				}
			}
		}
		switch t.w(k) {
		case "better", "best":
			if t.is(k+1, "part") && t.is(k+2, "of") {
				return t.betterPart(i, k+3)
			}
			return cand{}
		case "end", "close":
			mod = "END"
		case "beginning", "start":
			mod = "START"
		case "middle":
			mod = "MID"
		case "turn":
			mod = "START"
		default:
			return cand{}
		}
		if !t.is(k+1, "of") {
			return cand{}
		}
		j = k + 2
	case "earlier", "later":
		return t.earlierLater(i)
	case "end":
		if t.is(i+1, "of") && !t.toks[i].upper {
			// "GM to close plant by end of 2019", "rates to rise at end of
			// March": a headline's or a business wire's "the end of" with
			// its article dropped, after a preposition of time ("no end
			// of trouble", "the end of 2019" are not this case)
			switch t.w(i - 1) {
			case "by", "at", "until", "till", "before", "from", "after", "since", "around", "towards", "toward":
				mod, j = "END", i+2
			default:
				return cand{}
			}
			break
		}
		// "end-2012", "end-March": the end of it
		if !t.is(i+1, "-") || !t.attached(i+1) || !t.attached(i+2) {
			return cand{}
		}
		mod, j = "END", i+2
	default:
		return cand{}
	}
	// "early in the week", "late in the day": the unit holding the
	// reference day (the anchor for a day)
	if (mod == "START" || mod == "END") && t.is(j, "in") && t.is(j+1, "the") {
		if bu := t.bareUnit(j+2, t.is(j+2, "day")); bu.ok() {
			c := t.withPosition(bu, i, mod)
			c.the = false
			return c
		}
		return cand{}
	}
	// "the end of the year": the core may start with "the".
	k := j
	if t.is(k, "the") && i+1 < j {
		if c := t.fiscalSpan(k); c.ok() {
			// "by the end of the financial year 2017-18", "the start of
			// the 2019-20 fiscal year": a point of the fiscal year its
			// span names (2018), no calendar interval
			return cand{i: i, j: c.j, typ: Date, val: c.val, mod: mod, iv: Interval{}, ivSet: true, the: true}
		}
	}
	if t.is(k, "the") && t.fiscalWord(k+1) && t.is(k+2, "year") && i+1 < j {
		if c := t.fiscalYearPoint(i, k+3, mod); c.ok() {
			return c
		}
	}
	if t.is(k, "the") {
		c := t.core(k + 1)
		if c.ok() && (c.the || isBareUnit(t, k+1)) {
			return t.withPosition(c, i, mod)
		}
		bu := t.bareUnit(k+1, false)
		if t.is(k+1, "decade") && t.lastSet && (t.lastNear(i) || mod == "END") && t.last.Year()/10 < t.ref.Year()/10 && t.tenseAt(i, k+2) == tPast &&
			(mod == "END" || t.last.Year()%10 <= positionYear(mod) || t.pastPerfectIn(i, k+2)) {
			// (its start or middle only when the year named is not later
			// in the decade, unless told back in a past perfect: "founded
			// in 2008. Sales rose at the start of the decade" is the
			// present decade's start, not 2000's, before the firm was)
			// "In 1972 she started her own practice. ... by the end of
			// the decade the firm employed 40": in a past narrative the
			// decade of the year last named, not the present one (whose
			// end, still to come, no past clause tells of; its start
			// only when no date was named near)
			bu.val = itoa(t.last.Year() / 10)
		}
		if bu.ok() && (t.is(k+1, "month") && !t.storyYr || t.is(k+1, "year")) && t.historyNear(i, k+2) {
			// "On 21 April 1994 ... By the end of the month": in a
			// history narrative the month (year) of the story's date
			if t.is(k+1, "month") {
				bu.val = fmtMonth(t.story.Year(), t.story.Month())
			} else {
				bu.val = itoa(t.story.Year())
			}
		}
		if bu.ok() {
			c := t.withPosition(bu, i, mod)
			if t.is(i+1, "turn") && c.ok() {
				// "the turn of the century": a few years either side of its start
				if iv, _, ok := intervalOf(c.val); ok {
					y := iv.Start.Year()
					c.mod, c.iv, c.ivSet = "APPROX", Interval{day(y-3, 1, 1), day(y+3, 12, 31)}, true
				}
			}
			return c
		}
		return cand{}
	}
	c := t.core(k)
	if !c.ok() || c.typ != Date && c.typ != Time {
		return cand{}
	}
	if c.feast {
		if i+1 < j {
			return t.feastPosition(i, k, mod, c) // "the end of Ramadan"
		}
		return cand{} // "late Ramadan": no such part is sure
	}
	// "the early 1990s", "the late summer": the article belongs to it
	c = t.withPosition(c, i, mod)
	if t.is(i+1, "-") && t.attached(i+1) && len(c.val) == 7 && c.val[4] == '-' && t.headNounAt(c.j) {
		// "the late-November trip", "the mid-March deadline": a month
		// joined to its position by a hyphen before a noun is a compound
		// adjective, and the article is the noun's (TBAQ "the
		// [late-November] trip"), as in "the 30-day truce"; "in the
		// mid-March sunshine" alike, "until the late-March" or "the
		// mid-March of 2010" keep it
		c.the = false
	}
	return c
}

// headNounAt reports whether token k is a lower-case word that can head
// the noun phrase a compound adjective opens ("trip", "deadline",
// "storms"): no preposition, conjunction, determiner, form of "be" or
// "have", modal or wh-word, which would show the phrase ended before it.
func (t *tagger) headNounAt(k int) bool {
	if k >= len(t.toks) || t.toks[k].kind != kWord || t.toks[k].upper || t.toks[k].nl {
		return false
	}
	w := t.toks[k].w
	if preposition(w) || determiner(w) || auxiliary(w) {
		return false
	}
	switch w {
	case "of", "but", "nor", "than", "that", "which", "who", "when", "where", "while", "if", "because",
		"will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do",
		"saw", "brought", "ago", "earlier", "later", "through", "till", "against", "around", "between":
		return false
	}
	return true
}

// betterPart parses "the better part of a decade", "the best part of five
// years" (token i is "the", k the first word after "of"): most of the
// duration, one expression with Mod LESS_THAN, as "nearly five years". Before
// a date ("the better part of 2014") or anything else it finds nothing, and
// the date is found alone.
func (t *tagger) betterPart(i, k int) cand {
	if k >= len(t.toks) || t.toks[k].kind != kNum && !t.startsNumber(k) {
		return cand{}
	}
	c := t.core(k)
	if !c.ok() || c.i != k || c.typ != Duration || c.dated || c.mod != "" {
		return cand{}
	}
	c.i, c.the, c.mod = i, false, "LESS_THAN"
	return c
}

// countedDay parses a day counted in a run of days that the clause says
// is a given day: "It's the second day of an offensive", "today is the
// eighth day of Desert Shield", "Tuesday marked the third day of
// protests" (token i is the ordinal). After "is", "'s", "marks" it is the
// day the sentence named before it, else the reference day; after "was",
// "marked" only a day the sentence named dates it. Elsewhere ("closed for
// a second day", "on the fourth day of the trial") the count names no day
// the text gives, and it is no expression.
func (t *tagger) countedDay(i int) cand {
	if !t.is(i-1, "the") || !t.is(i+2, "of") && !t.is(i+2, "in") && !t.is(i+2, "since") {
		return cand{}
	}
	k, present := i-2, false
	switch {
	case t.is(k, "is") || t.is(k, "marks"):
		present = true
	case t.is(k, "s") && t.is(k-1, "'") && t.attached(k):
		present = true // "It's the second day"
	case t.is(k, "was") || t.is(k, "marked"):
	default:
		return cand{}
	}
	if t.anchored && t.anchorAt <= k && t.sameSentence(t.anchorAt, i) {
		return cand{i: i - 1, j: i + 2, typ: Date, val: fmtDay(t.anchor)}
	}
	if present {
		return cand{i: i - 1, j: i + 2, typ: Date, val: fmtDay(t.ref)}
	}
	return cand{}
}

// fiscalYearPoint parses "the end of the fiscal year" (tokens [i, j), mod
// the position): a point of a fiscal year, which a fiscal year's name (the
// year it ends in, "fiscal 2013") values. With its last day right after it
// ("the end of the fiscal year on Sept. 30") it is that day's year; with no
// day, in a clause not in the past tense, the fiscal year under way, valued
// as "the current fiscal year" (the reference year). Either has no
// interval: a fiscal year need not be the calendar one. A start or middle
// before a day, or a past clause with no day, is left alone ("the fiscal
// year" stays a duration): the text does not say which fiscal year.
func (t *tagger) fiscalYearPoint(i, j int, mod string) cand {
	n := j
	if t.is(n, "on") || t.is(n, ",") {
		n++
	}
	if d := t.core(n); d.ok() && d.typ == Date && len(d.val) == 10 {
		if mod != "END" {
			return cand{}
		}
		return cand{i: i, j: j, typ: Date, val: d.val[:4], mod: mod, iv: Interval{}, ivSet: true, the: true}
	}
	if mod == "END" && t.is(i-1, ",") && t.lastSet && t.lastAt == i-1 && len(t.out) > 0 && t.clauseEndsAt(j) {
		// "keep the government open through September, the end of the
		// fiscal year": set off by commas after a month or a day, it
		// restates that date, whose year names the fiscal year, as its
		// last day after it does
		if v := t.out[len(t.out)-1].Value; (len(v) == 7 || len(v) == 10) && v[4] == '-' && v[5] <= '9' && v[0] <= '9' {
			return cand{i: i, j: j, typ: Date, val: v[:4], mod: mod, iv: Interval{}, ivSet: true, the: true}
		}
	}
	if t.is(j, "in") && mod == "END" {
		// "by the end of the financial year in March": the year of the
		// month it ends in, as with its last day
		if d := t.core(j + 1); d.ok() && d.typ == Date && len(d.val) == 7 && d.val[4] == '-' && d.val[5] <= '9' {
			return cand{i: i, j: j, typ: Date, val: d.val[:4], mod: mod, iv: Interval{}, ivSet: true, the: true}
		}
	}
	if t.tenseAt(i, j) == tPast {
		return cand{}
	}
	return cand{i: i, j: j, typ: Date, val: itoa(t.ref.Year()), mod: mod, iv: Interval{}, ivSet: true, the: true}
}

func isBareUnit(t *tagger, i int) bool {
	u, pl := unitOf(t.w(i))
	return u != uNone && !pl
}

// withPosition gives the date c a position mod (START, MID, END) and makes
// it start at token i; a leading "the" belongs to such an expression ("the
// early 1990s", "the end of the year").
func (t *tagger) withPosition(c cand, i int, mod string) cand {
	if c.typ != Date && c.typ != Time {
		return cand{}
	}
	if c.val == "" {
		return cand{}
	}
	c.i = i
	if c.mod == "" {
		c.mod = mod
	}
	c.the = true
	return c
}

// bareUnit parses "the year", "the month", "the week", "the day" after
// "the end of" and similar: the unit containing the anchor.
func (t *tagger) bareUnit(i int, anchored bool) cand {
	u, pl := unitOf(t.w(i))
	if pl {
		return cand{}
	}
	base := t.ref
	if anchored {
		base = t.anchor
	}
	switch u {
	case uYear:
		if t.toks[i].upper && t.is(i+1, "of") && !t.opensSentence(i) {
			// "the Year of the Dragon", "the Year of Mercy": a year
			// named, of a calendar or a cause, not the one holding the
			// anchor
			return cand{}
		}
		return cand{i: i, j: i + 1, typ: Date, val: itoa(base.Year()), the: true}
	case uMonth:
		return cand{i: i, j: i + 1, typ: Date, val: fmtMonth(base.Year(), base.Month()), the: true}
	case uWeek:
		return cand{i: i, j: i + 1, typ: Date, val: fmtWeek(base), the: true}
	case uDay:
		return cand{i: i, j: i + 1, typ: Date, val: fmtDay(base), the: true}
	case uQuarter:
		return cand{i: i, j: i + 1, typ: Date, val: itoa(base.Year()) + "-Q" + itoa((int(base.Month())-1)/3+1), the: true}
	case uDecade:
		return cand{i: i, j: i + 1, typ: Date, val: itoa(base.Year() / 10), the: true}
	case uCentury:
		return cand{i: i, j: i + 1, typ: Date, val: pad(base.Year()/100, 2), the: true}
	}
	return cand{}
}

// anchorSince reports whether the anchor was set by a date after "since"
// in a sentence before the one holding token i ("has been open around the
// clock since Aug. 5. Four people remain missing, down from 11 earlier in
// the week"): the start of a state that runs up to now places no event,
// so "earlier in the week" after it is of the reference week, not of the
// week of that date.
func (t *tagger) anchorSince(i int) bool {
	return t.anchored && t.anchorAt <= i && t.is(t.anchorIn-1, "since") && !t.sameSentence(t.anchorAt, i)
}

// earlierLater parses "earlier this month", "later this year", "earlier in
// the day", "later that day", "later today".
func (t *tagger) earlierLater(i int) cand {
	earlier := t.w(i) == "earlier"
	j := i + 1
	var c cand
	switch t.w(j) {
	case "this", "that", "last", "next":
		c = t.core(j)
	case "in":
		if t.is(j+1, "the") && !t.is(j+2, "day") {
			c = t.bareUnit(j+2, !t.anchorSince(i))
		}
	case "today", "yesterday", "tonight", "tomorrow":
		c = t.core(j)
	default:
		if _, ok := weekdayOf(t.w(j)); ok && t.toks[j].upper {
			c = t.core(j) // "later Monday": TimeBank leaves "later" out
			c.i = j
			return c
		}
	}
	if !c.ok() || c.typ != Date && c.typ != Time {
		return cand{}
	}
	if u, _ := unitOf(t.w(i - 1)); u != uNone && i > 1 && t.toks[i-1].kind == kWord && (t.quantityAt(i-2) || t.is(i-2, "a") || t.is(i-2, "an")) {
		// "Trading will start 30 minutes earlier next week": "earlier"
		// compares the count before it, no part of the week after ("The
		// days earlier in the week were calm" has no count: the week's)
		c.i = j
		return c
	}
	iv, _, ok := intervalOf(c.val)
	if !ok {
		return cand{}
	}
	c.i, c.the = i, false
	// Within the unit, before or after the reference day when it falls in it.
	base := t.ref
	if t.w(j) == "that" || t.w(j) == "in" && !t.anchorSince(i) {
		base = t.anchor
	}
	if !base.Before(iv.Start) && !base.After(iv.End) {
		if earlier {
			iv.End = base
		} else {
			iv.Start = base
		}
		c.iv, c.ivSet = iv, true
	} else if earlier {
		c.mod = "START"
	} else {
		c.mod = "END"
	}
	return c
}

// core parses the expression proper at token i.
func (t *tagger) core(i int) cand {
	if i >= len(t.toks) {
		return cand{}
	}
	tk := t.toks[i]
	if tk.kind == kNum {
		if t.codeNumber(i) {
			return cand{} // "Flight TK1823", "an A330", "EUR2000": part of a code or an amount
		}
		if len(tk.w) == 4 && tk.n >= 1000 && t.trainTime(i, i+1) {
			return t.clock(i) // "the 1830 from Paddington": a train, no year
		}
		if len(tk.w) == 4 && tk.n >= 1300 && tk.n < 1500 && t.hijriYear(i) {
			return cand{} // "1434 AH", "Shawwal 1, 1433": a year of the Islamic calendar, no Gregorian year
		}
		if len(tk.w) == 4 && tk.n >= 1000 && t.trainShape(i, i+1) {
			return cand{} // "the 1830 from Paddington will be withdrawn": a train or a thing of a year, none sure
		}
		best := t.numeric(i)
		if c := t.quantity(i); c.j > best.j {
			best = c
		}
		if len(tk.w) <= 2 && tk.n >= 1 && tk.n <= 31 {
			// dayMonth, firstDay, ordinalDay read only a day's number
			if c := t.dayMonth(i); c.j > best.j {
				best = c
			}
			if c := t.firstDay(i); c.j > best.j {
				best = c
			}
			if c := t.ordinalDay(i); c.j > best.j {
				best = c
			}
		}
		if c := t.clock(i); c.j > best.j {
			best = c
		}
		switch t.w(i + 1) {
		case "st", "nd", "rd", "th":
			// "21st century", "3rd quarter": a number alone is neither
			if c := t.century(i); c.j > best.j {
				best = c
			}
			if c := t.quarter(i); c.j > best.j {
				best = c
			}
		case "q", "h":
			if c := t.quarterShort(i); c.j > best.j {
				best = c // "4Q12", "2H13"
			}
		}
		if len(best.val) == 4 && best.typ == Date {
			t.yearsPart(&best) // it changes only a year
		}
		return best
	}
	if tk.w == "'" {
		return t.decade(i)
	}
	if tk.w == "q" || tk.w == "h" {
		return t.quarterCode(i) // "Q3 2025", "H1", written as one word
	}
	if tk.kind != kWord || !tk.start {
		return cand{}
	}
	var best cand
	try := func(c cand) {
		if c.j > best.j {
			best = c
		}
	}
	w := tk.w
	if _, ok := monthOf(w); ok {
		try(t.monthDate(i))
		try(t.monthQuarter(i))
	}
	if d, ok := weekdayOf(w); ok {
		if tk.upper && t.habitWeekday(i) {
			// "from 9 a.m. to 4 p.m. Monday through Friday": the days a
			// habit keeps, sets
			return cand{i: i, j: i + 1, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d))}
		}
		if tk.upper && t.everyPairWeekday(i) {
			// "every Friday and Saturday": "every" spans the pair, a set
			// of each day ("every Friday and Saturday night": of its night)
			if p, ok := partOfDay(t.w(i + 1)); ok {
				return cand{i: i, j: i + 2, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d)) + "T" + p}
			}
			return cand{i: i, j: i + 1, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d))}
		}
		if tk.upper && t.workRegimeWeekday(i) {
			// "penalty rates for Sunday work", "a ban on Saturday
			// working": the work of every such day, a set
			return cand{i: i, j: i + 1, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d))}
		}
		try(t.weekday(i, 0))
		if pd, ok := pluralPartOfDay(t.w(i + 1)); ok && tk.upper && len(w) > 5 {
			// "Tuesday nights", "Sunday mornings": a part of every such
			// day, a set (TimeBank: XXXX-WXX-2TNI)
			try(cand{i: i, j: i + 2, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d)) + "T" + pd})
		}
	}
	if _, ok := weekdayPlural(w); ok && tk.upper {
		d, _ := weekdayPlural(w)
		try(cand{i: i, j: i + 1, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d))})
	}
	if w == "quarter" || w == "latest" || w == "year" {
		try(t.reportQuarter(i))
	}
	if w == "same" || w == "corresponding" || w == "comparable" {
		try(t.samePeriod(i))
	}
	if w == "year" || w == "week" || w == "full" || w == "fortnight" || t.fiscalWord(i) {
		try(t.reportPeriod(i))
	}
	if (w == "week" || w == "month" || w == "year") && t.is(i-1, "the") && t.is(i+1, "after") && t.is(i+2, "next") && !t.is(i+3, "'") {
		// "the week after next", "the month after next": two units ahead
		if u, _ := unitOf(t.w(i + 3)); u == uNone {
			c := cand{i: i, j: i + 3, typ: Date, the: true}
			switch w {
			case "week":
				c.val = fmtWeek(t.ref.AddDate(0, 0, 14))
			case "month":
				d := day(t.ref.Year(), t.ref.Month()+2, 1)
				c.val = fmtMonth(d.Year(), d.Month())
			default:
				c.val = itoa(t.ref.Year() + 2)
			}
			try(c)
		}
	}
	if (w == "week" || w == "month" || w == "year") && t.is(i-1, "the") && t.is(i+1, "before") && t.is(i+2, "last") && !t.is(i+3, "'") {
		// "the week before last", "the year before last": two units back
		if u, _ := unitOf(t.w(i + 3)); u == uNone {
			c := cand{i: i, j: i + 3, typ: Date, the: true}
			switch w {
			case "week":
				c.val = fmtWeek(t.ref.AddDate(0, 0, -14))
			case "month":
				d := day(t.ref.Year(), t.ref.Month()-2, 1)
				c.val = fmtMonth(d.Year(), d.Month())
			default:
				c.val = itoa(t.ref.Year() - 2)
			}
			try(c)
		}
	}
	if w == "year" {
		try(t.yearEnd(i))
		try(t.yearBackAdj(i))
	}
	if (w == "decade" || w == "century") && t.is(i+1, "'") && t.is(i+2, "s") && t.is(i+3, "end") {
		try(t.unitsEnd(i))
	}
	if w == "week" && t.is(i+1, "'") && t.is(i+2, "s") && t.is(i+3, "end") {
		try(t.weekEnd(i))
	}
	if w == "week" && t.is(i-1, "the") && t.is(i+1, "of") {
		// "the week of March 4"
		if d := t.core(i + 2); d.ok() && d.typ == Date && len(d.val) == 10 {
			if iv, _, ok := intervalOf(d.val); ok {
				try(cand{i: i, j: d.j, typ: Date, val: fmtWeek(iv.Start), the: true})
			}
		}
	}
	if w == "weekend" && t.is(i-1, "the") && t.is(i+1, "of") {
		// "the weekend of Oct. 13", "the weekend of March 3-4": the
		// weekend of that day's week, as "the week of March 4" (not the
		// reference day's weekend)
		if d := t.core(i + 2); d.ok() && d.typ == Date && len(d.val) == 10 {
			if iv, _, ok := intervalOf(d.val); ok {
				j := d.j
				if t.is(j, "-") && j+1 < len(t.toks) && t.toks[j+1].kind == kNum && len(t.toks[j+1].w) <= 2 && t.attached(j) && t.attached(j+1) {
					j += 2 // "March 3-4": the weekend's two days
				}
				try(cand{i: i, j: j, typ: Date, val: fmtWeek(iv.Start) + "-WE", the: true})
			}
		}
	}
	if p, ok := partOfDay(w); ok && p != "NI" && t.is(i-1, "the") && !t.is(i+1, "of") && !t.is(i+1, "-") {
		switch t.w(i - 2) {
		case "in", "during", "by", "until", "through", "throughout":
			// "On Saturday the fire broke out in the morning": that part
			// of the day the sentence (or a past-tense sentence before)
			// named; with no such day it is left alone ("stay indoors in
			// the afternoon" is any afternoon)
			if t.anchored && t.anchorAt <= i && (t.sameSentence(t.anchorAt, i) || t.sentenceBefore(t.anchorAt, i) && t.anchor.Before(t.ref) && t.tenseAt(i, i+1) == tPast) {
				try(cand{i: i, j: i + 1, typ: Time, val: fmtDay(t.anchor) + "T" + p, noDay: true, the: true})
			} else if d, ok := t.narrativeTimeDay(i, i+1); ok && t.phraseEnds(i+1) && !t.beforeLastTime(partStart(p)) {
				// "By 5 p.m. police had sealed off the block, and residents
				// were told to stay indoors through the evening": the
				// evening of the night being told; a part of the day
				// earlier than the night's last TIME ("By 11 p.m. ...
				// until the afternoon") is another day's
				try(cand{i: i, j: i + 1, typ: Time, val: fmtDay(d) + "T" + p, noDay: true, the: true})
			} else if t.tenseAt(i, i+1) == tPast && t.phraseEnds(i+1) && !t.infinitiveBefore(i) && !(t.anchored && t.anchorAt <= i && t.near(t.anchorAt, i) && t.anchor.Before(t.ref)) && !(t.lastSet && t.lastWide && !t.lastSince && t.lastAt <= i && t.near(t.lastAt, i) && t.last.Year() < t.ref.Year() && t.last.AddDate(0, 2, 0).Before(t.ref)) && !t.wideGoneIn(i) {
				// "Markets were closed in the afternoon", with no past day
				// named near: the day of the report, as a bare clock time
				// ("at 8 p.m.") is valued, with no interval; but not after
				// a month or a year of an earlier year named near (not
				// after "since"), whose day the text does not give ("In
				// June 1944, troops landed and fought through the
				// afternoon")
				try(cand{i: i, j: i + 1, typ: Time, val: fmtDay(t.ref) + "T" + p, noDay: true, the: true})
			}
		}
	}
	if w == "weekends" && (t.is(i-1, "on") || t.is(i-1, "at") || t.is(i-1, "during")) {
		try(cand{i: i, j: i + 1, typ: Set, val: "XXXX-WXX-WE"})
	}
	if (w == "past" || w == "last" || w == "next" || w == "coming") && t.is(i-1, "the") && (t.is(i+1, "half") || t.is(i+1, "quarter")) {
		try(t.halfCentury(i))
	}
	if (w == "rest" || w == "remainder") && t.is(i-1, "the") && t.is(i+1, "of") && t.is(i+2, "the") {
		try(t.restOf(i))
	}
	if (w == "rest" || w == "remainder") && t.is(i-1, "the") && t.is(i+1, "of") && !t.is(i+2, "the") {
		// "for the rest of September", "the remainder of 2015": one
		// expression, the month or year named, as "the rest of the year";
		// not before a possessive ("the rest of September's fixtures"
		// are fixtures, "the rest of March Madness" a name)
		if d := t.core(i + 2); d.ok() && d.i == i+2 && d.typ == Date && d.mod == "" && (len(d.val) == 7 && d.val[4] == '-' && d.val[5] <= '9' || len(d.val) == 4) && !t.is(d.j, "'") && !(d.j < len(t.toks) && t.toks[d.j].upper && t.toks[d.j].kind == kWord && !t.toks[d.j].nl) {
			try(cand{i: i, j: d.j, typ: Date, val: d.val, the: true})
		}
	}
	if w == "weekend" && t.is(i-1, "the") && (t.is(i+1, "before") || t.is(i+1, "after")) {
		try(t.weekNextTo(i))
	}
	if w == "weekend" && t.is(i-1, "the") {
		v := t.weekend(t.ref, 0, i, i+1)
		if t.sundayAhead(i, i+1) {
			// "temperatures should rise by the weekend" on a Sunday: the
			// weekend to come, not the one ending today
			v = fmtWeek(t.ref.AddDate(0, 0, 6)) + "-WE"
		}
		try(cand{i: i, j: i + 1, typ: Date, val: v, the: true})
	}
	if w == "long" && t.is(i-1, "the") && t.is(i+1, "weekend") && !t.is(i+2, "'") {
		// "over the long weekend": the weekend a holiday lengthens, as
		// "the weekend" (on a Sunday, in the future, the one to come)
		try(cand{i: i, j: i + 2, typ: Date, val: t.longWeekend(i, i+2), the: true})
	}
	if (w == "three" || w == "four" || w == "3" || w == "4") && t.is(i-1, "the") && t.is(i+1, "-") && t.is(i+2, "day") {
		// "over the three-day weekend", "the four-day weekend", "the
		// three-day holiday weekend": a weekend a holiday lengthens, as
		// "the long weekend"; one dated by what follows ("the three-day
		// weekend in May", "of 2012", "last year", "before the
		// election") is not the current one
		e := i + 4
		if t.is(i+3, "holiday") {
			e++
		}
		if t.is(e-1, "weekend") && !t.is(e, "'") && !t.datedAfter(e) {
			try(cand{i: i, j: e, typ: Date, val: t.longWeekend(i, e), the: true})
		}
	}
	if t.is(i+1, "day") {
		if _, ok := ordinalWord(w); ok {
			try(t.countedDay(i))
		}
	}
	switch w {
	case "this", "last", "next", "past", "coming", "previous", "prior", "following", "current", "latest", "same", "that", "recent", "upcoming", "final", "first", "second", "third", "fourth", "fifth", "trailing":
		try(t.relative(i))
	case "every", "each", "daily", "weekly", "monthly", "quarterly", "yearly", "annually", "hourly", "nightly", "biweekly", "per", "a", "an", "once", "twice", "alternate":
		try(t.set(i))
	case "fy":
		// "FY2013", "FY13", "FY 2013", "FY2014/15": the fiscal year, valued
		// as "fiscal 2013" (the year it ends in, no interval)
		if y, e := t.fiscalYearName(i); y > 0 {
			try(cand{i: i, j: e, typ: Date, val: itoa(y), ivSet: true})
		}
	case "tax":
		// "tax year 2009", "tax year 2024-25": a tax authority's year,
		// valued as "fiscal year 2009" (the span by the year it ends in),
		// with no calendar interval: Britain's runs from 6 April
		if t.fiscalWord(i) {
			if last, end := t.fiscalSpanEnd(i + 2); end > 0 {
				try(cand{i: i, j: end, typ: Date, val: itoa(last), ivSet: true})
			} else if c := t.year(i + 2); c.ok() {
				c.i, c.iv, c.ivSet = i, Interval{}, true
				try(c)
			}
		}
	case "fiscal":
		if c := t.year(i + 1); c.ok() {
			c.i, c.iv, c.ivSet = i, Interval{}, true // "fiscal 1989": not the calendar year's days
			try(c)
		}
		if t.is(i+1, "year") {
			// "fiscal year 2014", "the fiscal year 2014 budget": fiscal
			// 2014, not the calendar year's days
			if c := t.year(i + 2); c.ok() {
				c.i, c.iv, c.ivSet = i, Interval{}, true
				try(c)
			}
		}
		// "the fiscal first quarter", "fiscal second-quarter": valued as
		// the calendar quarter, as TimeBank does, but with no interval: a
		// company's fiscal quarter need not be the calendar one
		k := i + 1
		if t.is(k, "-") && t.attached(k) {
			k++
		}
		if c := t.quarter(k); c.ok() {
			c.i, c.iv, c.ivSet = i, Interval{}, true
			if iv, _, ok := intervalOf(c.val); ok && c.val[5] == 'Q' && !t.hasYear(k, c.j) && t.ref.Sub(iv.End) > 120*24*time.Hour && iv.End.Year() < t.ref.Year() {
				// "Oracle's fiscal third-quarter results" in March: a
				// company reports a quarter within weeks of its end, so a
				// fiscal quarter whose calendar namesake ended months ago
				// is one of the fiscal year that ends this year (Oracle's
				// third quarter ended in February): the reference year
				c.val, c.fiscal = itoa(t.ref.Year())+c.val[4:], true
			}
			try(c)
		}

	}
	if deicticWord(w) {
		try(t.deictic(i))
	}
	// Each parser below runs only where its own first test can pass (a
	// parser that fails returns no candidate, which try ignores), sparing
	// the call and its 144-byte result for most words.
	next := t.w(i + 1)
	if next == "o" {
		try(t.clockWord(i)) // "three o'clock"
	}
	if (w == "half" || w == "quarter") && (next == "past" || next == "to") || w == "a" && next == "quarter" {
		try(t.clockPast(i)) // "half past three", "a quarter to ten"
	}
	if tk.upper {
		try(t.holiday(i))
		try(t.feast(i))
	}
	if _, ok := seasonOf(w); ok {
		try(t.season(i))
	}
	if n, ok := ordinalWord(w); ok {
		// a word: "third quarter", "first half", "21st century" need the unit next
		if next == "-" || next == "quarter" || next == "half" {
			try(t.quarter(i))
		}
		if n >= 1 && (next == "-" || next == "century") {
			try(t.century(i))
		}
		if next == "sunday" {
			try(t.churchSunday(i, n)) // "the first Sunday of Advent"
		}
	}
	if strings.HasSuffix(w, "ties") {
		try(t.decadeWord(i)) // "the nineties"
	}
	try(t.quantity(i))
	switch w {
	case "two", "year", "nineteen", "eighteen", "twenty":
		try(t.spokenYear(i))
	}
	if len(best.val) == 4 && best.typ == Date {
		t.yearsPart(&best) // it changes only a year
	}
	return best
}

// yearsPart joins the year c to the quarter or half named after it in the
// possessive: "this year's third quarter", "next year's first half",
// "1989's fourth quarter" are that quarter of that year; "last year's
// quarter" and "last year's period", soon after a quarter was named, are
// that quarter in the year said.
func (t *tagger) yearsPart(c *cand) {
	if c.typ == Date && c.mod == "" && len(c.val) == 4 && c.j == c.i+1 && t.is(c.i-1, "the") && (t.is(c.j, "quarter") || t.is(c.j, "period")) &&
		t.lastQ != "" && t.qAt <= c.i && t.qAt > c.i-60 && t.toks[c.i].kind == kNum {
		// "the 1988 quarter", "the 1989 period" in a report on a quarter:
		// that quarter in the year named
		c.j, c.val, c.the = c.j+1, c.val+t.lastQ[4:], true
		c.back = c.val != t.lastQ
		return
	}
	if c.typ != Date || c.mod != "" || len(c.val) != 4 || !t.is(c.j, "'") || !t.attached(c.j) || !t.is(c.j+1, "s") {
		return
	}
	if c.val[0] < '0' || c.val[0] > '9' {
		return
	}
	k := c.j + 2
	if q := t.quarter(k); q.ok() && len(q.val) == 7 && q.val[4] == '-' {
		c.j, c.val = q.j, c.val+q.val[4:]
		return
	}
	if (t.is(k, "quarter") || t.is(k, "period")) && t.lastQ != "" && t.qAt < k && t.qAt > k-60 {
		c.j, c.val = k+1, c.val+t.lastQ[4:]
		c.back = c.val != t.lastQ
	}
}

func isoDay(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// secondDay returns the bare day of "April 24 and 25", "March 3 or 4",
// "May 5-7" after the month-day expression c.
func (t *tagger) secondDay(c cand) (cand, bool) {
	if c.typ != Date || len(c.val) != 10 || c.j+1 >= len(t.toks) {
		return cand{}, false
	}
	if _, ok := monthOf(t.w(c.i)); !ok {
		return cand{}, false
	}
	switch t.w(c.j) {
	case "and", "or", "to", "through", "-", "–":
	case ",":
		if !t.dayList(c.j, atoi(c.val[8:10])) {
			return cand{}, false // "April 7, 2014", "on April 7, 9 people died"
		}
	case "/":
		// "the night of June 5/6, 1944": the next day only, attached
		// (dates.go's firstDay reads "5/6 June")
		if !t.attached(c.j) || !t.attached(c.j+1) || t.toks[c.j+1].n != atoi(c.val[8:10])+1 {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	k := c.j + 1
	tk := t.toks[k]
	if tk.kind != kNum || len(tk.w) > 2 || tk.n < 1 || tk.n > 31 {
		return cand{}, false
	}
	if k+1 < len(t.toks) {
		if u, _ := unitOf(t.w(k + 1)); u != uNone {
			return cand{}, false
		}
		if _, ok := monthOf(t.w(k + 1)); ok {
			return cand{}, false
		}
		if t.is(k+1, "am") || t.is(k+1, "pm") || (t.is(k+1, "a") || t.is(k+1, "p")) && t.is(k+2, ".") && t.is(k+3, "m") {
			return cand{}, false // "between 10 p.m. on Jan. 3 and 6 a.m. on Jan. 4": a clock time, no day
		}
		if (t.w(k+1) == ":" || t.w(k+1) == ".") && t.attached(k+1) && k+2 < len(t.toks) && t.toks[k+2].kind == kNum && len(t.toks[k+2].w) == 2 && t.attached(k+2) {
			return cand{}, false // "Aired August 8, 2011 - 15:00 ET": a clock time, no day
		}
		if t.figureAfterTo(c.j, k) {
			return cand{}, false // "fell in the week ended Nov. 14 to 3.596 trillion": a figure, no day
		}
		if t.w(k+1) == "," && t.yearOnly(k+2) == 0 && k+2 < len(t.toks) && t.toks[k+2].kind == kNum && !t.is(c.j, ",") {
			return cand{}, false
		}
	}
	y, m := c.val[:4], c.val[5:7]
	val := y + "-" + m + "-" + pad(tk.n, 2)
	if _, _, ok := intervalOf(val); !ok {
		return cand{}, false
	}
	return cand{i: k, j: k + 1, typ: Date, val: val}, true
}

// dayList reports whether the comma at k, after a month's day numbered
// first ("on April 7, 9, 10, 12, 17, 24 and 30"), opens a list of later
// days of that month: bare days of one or two figures, each after the one
// before, separated by commas and closed by "and" or "or" (an Oxford comma
// allowed) before a stop, the line's end or a preposition. A number not so
// closed ("April 7, 9 people died", "on April 7, 9 and 10 people were
// hurt") or a year ("April 7, 2014") is no day.
func (t *tagger) dayList(k, first int) bool {
	prev, closed := first, false
	for n := 0; ; n++ {
		sep := k
		if !t.is(sep, ",") && !t.is(sep, "and") && !t.is(sep, "or") {
			return false
		}
		k++
		if t.is(sep, ",") && (t.is(k, "and") || t.is(k, "or")) {
			sep, k = k, k+1
		}
		if (t.is(sep, "and") || t.is(sep, "or")) && n == 0 {
			return false // "April 7 and 9" is secondDay's; a list has a comma first
		}
		if k >= len(t.toks) || t.toks[k].kind != kNum || len(t.toks[k].w) > 2 || t.toks[k].n <= prev || t.toks[k].n > 31 || t.toks[k].nl {
			return false
		}
		prev = t.toks[k].n
		k++
		if t.is(sep, "and") || t.is(sep, "or") {
			closed = true
			break
		}
	}
	if k+1 < len(t.toks) && t.is(k, ",") && t.yearOnly(k+1) != 0 {
		return false // "June 1, 4 and 8, 2015": a year for them all, which the first day has not read
	}
	if !closed || k < len(t.toks) && !t.toks[k].nl {
		if tk := t.toks[k]; tk.kind == kWord && !preposition(tk.w) || tk.kind == kNum || t.is(k, "-") || t.is(k, "/") || t.is(k, ":") || t.is(k, ".") && t.attached(k) && k+1 < len(t.toks) && t.toks[k+1].kind == kNum {
			return false
		}
	}
	return closed
}

// dayRange joins the month-day c and the bare day d after it into one
// expression when they are the ends of a range: "July 28-29", "from Oct. 5
// to 7", "between April 24 and 25". The value is the first day's (TIMEX3 has
// no value for a span of days); the interval runs from the first day to the
// second. "April 24 and 25" without "between" is two dates, and "moved
// from March 3 to 5" (a verb of change before it) is two dates too.
func (t *tagger) dayRange(c, d cand) (cand, bool) {
	if d.val <= c.val {
		return cand{}, false
	}
	switch t.w(c.j) {
	case "-", "–":
	case "/":
		// "the night of 28/29 September" (dates.go's firstDay): the two
		// days of a night
	case "to", "through":
		if t.changeVerbBefore(c.i) {
			return cand{}, false
		}
	case "and":
		if !t.is(c.i-1, "between") {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	j := d.j
	if len(c.val) == 10 && len(d.val) == 10 {
		// "July 28-29, 2011", "between May 2 and 4, 2010": the year after
		// the range is both days' ("18-20 March 2011" has it already)
		k := j
		if t.is(k, ",") {
			k++
		}
		if y := t.yearOnly(k); y > 0 && d.j == c.j+1+1 {
			cv, dv := itoa(y)+c.val[4:], itoa(y)+d.val[4:]
			if _, _, ok := intervalOf(cv); ok {
				if _, _, ok := intervalOf(dv); ok {
					c.val, d.val, j = cv, dv, k+1
				}
			}
		}
	}
	s, _, ok1 := intervalOf(c.val)
	e, _, ok2 := intervalOf(d.val)
	if !ok1 || !ok2 {
		return cand{}, false
	}
	return cand{i: c.i, j: j, typ: Date, val: c.val, iv: Interval{Start: s.Start, End: e.End}, ivSet: true}, true
}

// dayFirstRange joins the bare first day c of "18-20 March", "from 3 to
// 5 May", "between 7 and 9 June" with the day-month after it into one
// range, on dayRange's terms.
func (t *tagger) dayFirstRange(c cand) (cand, bool) {
	if c.typ != Date || len(c.val) != 10 || c.j != c.i+1 || c.j+1 >= len(t.toks) || t.toks[c.i].kind != kNum {
		return cand{}, false
	}
	d := t.match(c.j + 1)
	if !d.ok() || d.i != c.j+1 || d.typ != Date || len(d.val) != 10 || d.val[:8] != c.val[:8] {
		return cand{}, false
	}
	r, ok := t.dayRange(c, d)
	return r, ok
}

// changeVerbBefore reports whether a verb of moving a date ("postponed",
// "moved", "delayed", "pushed back", "rescheduled", "brought forward")
// stands before token i in its sentence: "from March 3 to 5" after it is a
// change of date, not a range.
func (t *tagger) changeVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		tk := t.toks[k]
		if t.endsAt(k, stopSemicolon) {
			return false
		}
		w := tk.w
		for _, p := range [...]string{"postpone", "delay", "move", "moving", "push", "reschedul", "brought", "bring", "advance", "shift", "chang"} {
			if len(w) >= len(p) && w[:len(p)] == p {
				return true
			}
		}
	}
	return false
}

// partSpan parses "early-to-mid 2021", "mid-to-late June", "early to
// mid 2023": a span over two parts of one year or month is one
// expression, the year or month with no mod (its whole interval: no
// single part holds the span). The second part must come later than the
// first ("early-to-late" and "mid-to-early" are no such span) and be
// written before a year or month the part rules read.
func (t *tagger) partSpan(i int) cand {
	k := i + 1
	if t.is(k, "-") && t.attached(k) {
		k++
		if !t.is(k, "to") || !t.is(k+1, "-") || !t.attached(k+1) {
			return cand{}
		}
		k += 2
	} else if t.is(k, "to") {
		k++
	} else {
		return cand{}
	}
	second := t.w(k)
	if !(t.w(i) == "early" && (second == "mid" || second == "late") || t.w(i) == "mid" && second == "late") {
		return cand{}
	}
	d := t.positioned(k)
	if !d.ok() || d.i != k || d.typ != Date || d.mod != "MID" && d.mod != "END" {
		return cand{}
	}
	return cand{i: i, j: d.j, typ: Date, val: d.val}
}

// pluralAfter reports whether token k is a lower-case word in -s (a
// plural noun, or a verb: either way the figure before it may be a count).
func (t *tagger) pluralAfter(k int) bool {
	if k >= len(t.toks) || t.toks[k].kind != kWord || t.toks[k].upper {
		return false
	}
	w := t.toks[k].w
	return len(w) > 3 && w[len(w)-1] == 's'
}

// spokenYear parses years in words: "nineteen ninety-six", "the year two
// thousand".
func (t *tagger) spokenYear(i int) cand {
	w := t.w(i)
	if w == "two" && t.is(i+1, "thousand") && (t.is(i-1, "year") || t.is(i-1, "in")) {
		return cand{i: i, j: i + 2, typ: Date, val: "2000"}
	}
	if w == "year" && t.is(i-1, "the") && t.is(i+1, "two") && t.is(i+2, "thousand") {
		return cand{i: i, j: i + 3, typ: Date, val: "2000", the: true}
	}
	if w == "year" && t.is(i-1, "the") && !t.toks[i].nl {
		// "The year 2020 was one of the warmest", "in the year 1999": one
		// expression, as "the year two thousand" (TBAQ); not a range
		// ("the year 2020-21") nor a year before a noun's hyphen, left
		// to the year rules; nor a figure before a plural
		// or a count noun ("Over the year 1500 jobs went", "Over the year
		// 2000 people left": a count). "The year 2020's toll" is the
		// year's possessive (the year rule alone reads "2020's" as a
		// decade)
		if y := t.yearOnly(i + 1); y > 0 && !t.toks[i+1].nl && !t.is(i+2, "-") && !t.is(i+2, "–") && !t.is(i+2, "/") && (!t.is(i+2, "'") || t.is(i+3, "s")) && !t.pluralAfter(i+2) && !(i+2 < len(t.toks) && t.toks[i+2].kind == kWord && !t.yearContext(i+1, i+2)) {
			return cand{i: i, j: i + 2, typ: Date, val: itoa(y), the: true}
		}
	}
	if w != "nineteen" && w != "eighteen" && w != "twenty" {
		return cand{}
	}
	cent, _ := numberWord(w)
	n, j := t.number(i + 1)
	if j == i+1 || n < 10 || n > 99 || n != float64(int(n)) {
		return cand{}
	}
	if w == "twenty" && !t.is(i-1, "in") {
		return cand{}
	}
	return cand{i: i, j: j, typ: Date, val: itoa(cent*100 + int(n))}
}

// startWord reports whether an expression can begin with word w: a cheap
// test (one switch) that spares the parsers most of the words of a text. It
// must accept every word the lexicon functions know; TestStartWord checks.
func startWord(w string) bool {
	if len(w) < 2 && w != "a" && w != "q" && w != "h" || len(w) > 13 {
		return false
	}
	switch w {
	case "a", "q", "h", "about", "almost", "an", "anzac", "another", "annually", "approximately", "apr", "april", "armistice", "around", "ash", "at",
		"afternoon", "aug", "august", "autumn", "bastille", "biweekly", "black", "boxing", "centuries", "century", "christmas", "circa",
		"columbus", "coming", "comparable", "corresponding", "couple", "current", "currently", "cyber", "daily", "day", "days", "dec", "decade", "decades",
		"december", "distant", "dozen", "dozens", "each", "earlier", "early", "earth", "easter", "eight", "eighteen",
		"eighteenth", "eighth", "eighties", "eighty", "election", "eleven", "eleventh", "evening", "end", "every", "fall", "fat", "father",
		"feb", "february", "few", "fewer", "fifteen", "fifteenth", "fifth", "fifties", "fifty", "final", "first",
		"fiscal", "five", "fy", "following", "full", "forties", "fortnight", "fortnights", "forty", "four", "fourteen",
		"fourteenth", "fourth", "fri", "friday", "fridays", "future", "good", "half", "halloween", "holy", "hour",
		"hourly", "hours", "hr", "hrs", "hundred", "hundreds", "hanukkah", "chanukah", "hanukah", "chanukkah", "rosh", "yom", "immediate", "inauguration", "independence", "jan", "january", "jul", "july",
		"jun", "june", "jamhuri", "labor", "last", "late", "lately", "later", "latest", "less", "long", "many", "mar", "march",
		"madaraka", "martin", "mashujaa", "maundy", "may", "medium", "melbourne", "memorial", "mid", "midday", "midnight", "min", "mins", "minute", "minutes", "moments",
		"mon", "monday", "morning", "mondays", "month", "monthly", "months", "more", "mother", "near", "nearly", "new",
		"next", "night", "nightly", "nights", "nine", "nineteen", "nineteenth", "nineties", "ninety", "ninth",
		"no", "noon", "nov", "november", "now", "nowadays", "oct", "october", "one", "orthodox", "other", "over",
		"overnight", "palm", "passover", "pesach", "past", "per", "presidents", "previous", "prior", "q1", "q2", "q3", "q4", "quarter",
		"quarterly", "quarters", "recent", "recently", "remembrance", "right", "roughly", "saint", "same", "sat", "saturday",
		"saturdays", "season", "seasons", "second", "seconds", "sep", "sept", "september", "seven", "seventeen",
		"seventeenth", "seventh", "seventies", "seventy", "several", "short", "shrove", "six", "sixteen", "sixteenth", "sixth",
		"sixties", "sixty", "some", "soon", "spring", "st", "summer", "sun", "sunday", "sundays", "ten", "tenth",
		"thanksgiving", "that", "the", "these", "third", "thirteen", "thirteenth", "thirties", "thirty", "this",
		"thousands", "millions", "billions", "three", "thu", "thur", "thurs", "thursday", "thursdays", "today", "tomorrow", "tonight", "trailing",
		"tue", "tues", "tuesday", "tuesdays", "twelfth", "twelve", "twenties", "twentieth", "twenty",
		"twenty-first", "two", "under", "up", "upcoming", "valentine", "ve", "veterans", "victory", "wed",
		"wednesday", "wednesdays", "week", "weekend", "weekends", "weekly", "weeks", "winter", "wk", "wks", "xmas",
		"year", "yearly", "years", "yesterday", "yr", "yrs", "zero",
		"hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong",
		"pentecost", "whitsun", "whitsunday", "whit", "ascension", "epiphany", "groundhog", "hogmanay", "all",
		"rest", "remainder", "financial",
		"sukkot", "succot", "sukkos", "shavuot", "shavuos",
		"ramadan", "ramzan", "ramazan", "eid", "diwali", "deepavali", "navratri", "navaratri", "lunar", "chinese", "lent", "advent", "tet", "seollal",
		"budget", "alternate", "tax":
		return true
	}
	return false
}

// pluralPartOfDay returns the part-of-day code of "mornings", "afternoons",
// "evenings", "nights".
func pluralPartOfDay(w string) (string, bool) {
	if len(w) < 2 || w[len(w)-1] != 's' {
		return "", false
	}
	return partOfDay(w[:len(w)-1])
}

// weekdaySetFirst turns the bare weekday c into a set when a second weekday
// with a plural part of day follows after "and" or "or": "on Monday and
// Tuesday nights" is every Monday night and every Tuesday night, as TimeBank
// has it (XXXX-WXX-1TNI).
func (t *tagger) weekdaySetFirst(c cand) (cand, bool) {
	if c.typ != Date || c.j != c.i+1 || !t.toks[c.i].upper || len(t.w(c.i)) < 6 || !t.is(c.j, "and") && !t.is(c.j, "or") {
		return cand{}, false
	}
	d, ok := weekdayOf(t.w(c.i))
	if !ok {
		return cand{}, false
	}
	if _, ok := weekdayOf(t.w(c.j + 1)); !ok || !t.toks[c.j+1].upper {
		return cand{}, false
	}
	p, ok := pluralPartOfDay(t.w(c.j + 2))
	if !ok {
		return cand{}, false
	}
	return cand{i: c.i, j: c.j, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(d)) + "T" + p}, true
}

// nextWeekday resolves the second weekday of "next Thursday and Friday",
// "Monday or Tuesday", "from Tuesday to Thursday": the first such day on or
// after the one just found; after "and", "or" the nearest such day, before
// it or after ("Friday and Thursday" in a past clause), but after "between"
// the span's end, which follows its start ("between Thursday and Monday").
func (t *tagger) nextWeekday(c cand) (cand, bool) {
	if c.typ != Date || len(c.val) != 10 || c.j+1 >= len(t.toks) {
		return cand{}, false
	}
	switch t.w(c.j) {
	case "and", "or", "to", "through", "-", "–", "until":
	default:
		return cand{}, false
	}
	k := c.j + 1
	wd, ok := weekdayOf(t.w(k))
	if !ok || !t.toks[k].upper || len(t.w(k)) < 6 {
		return cand{}, false
	}
	first := -1
	for m := c.i; m < c.j; m++ {
		if _, ok := weekdayOf(t.w(m)); ok && t.toks[m].upper {
			first = m
		}
	}
	if first < 0 || c.j-first > 1 && !t.is(first+1, ".") {
		return cand{}, false
	}
	iv, _, ok := intervalOf(c.val)
	if !ok {
		return cand{}, false
	}
	fwd := (int(wd) - int(iv.Start.Weekday()) + 7) % 7
	if fwd > 3 && (t.w(c.j) == "and" || t.w(c.j) == "or") && !t.is(first-1, "between") {
		fwd -= 7 // "statements made Friday and Thursday": the nearest such day, which may come before
	}
	d := iv.Start.AddDate(0, 0, fwd)
	n := cand{i: k, j: k + 1, typ: Date, val: fmtDay(d)}
	if p, ok := partOfDay(t.w(k + 1)); ok {
		n.j, n.typ, n.val = k+2, Time, n.val+"T"+p
	}
	return n, true
}

// anchorNear reports whether the anchor was set in the sentence holding
// token i or in the one before it.
func (t *tagger) anchorNear(i int) bool {
	if !t.anchored {
		return false
	}
	return t.near(t.anchorAt, i)
}

// dayUnknown reports whether a day counted from the narrative's day at
// token i ("the next day", "the day before") cannot be known: the date the
// text named last is coarser than a day and came after the last day named
// ("In March 2011 the rebels took the town. The next day ..."), so the
// count has no day to start from (neither the reference day nor a day
// named before the month).
func (t *tagger) dayUnknown(i int) bool {
	return t.lastSet && t.lastWide && t.lastAt <= i && (!t.anchored || t.anchorAt < t.lastAt)
}

// undatedDay gives a day that dayUnknown found has no known start: in a
// past-tense clause a day gone by that the text does not date (PAST_REF),
// else nothing.
func (t *tagger) undatedDay(c cand) cand {
	if t.tenseAt(c.i, c.j) != tPast {
		return cand{}
	}
	c.typ, c.val, c.mod = Date, "PAST_REF", ""
	return c
}

// laterMonth reports whether the month c was counted from the date last
// named, a number of months on or back: "Three months later", "Two
// months earlier" ("An inquiry began in February 2009. Three months
// later, detectives arrested a man, who was charged in June": the month
// the chain has reached frames its sentence as "In May 2009," would,
// when the month it counts from was written with its year; one counted
// from a month whose year the tense guessed ("Police arrested a man in
// May. Two months later") is not (emit checks that).
func (t *tagger) laterMonth(c cand) bool {
	return c.j-c.i >= 2 && (t.is(c.j-2, "months") || t.is(c.j-2, "month")) && (t.is(c.j-1, "later") || t.is(c.j-1, "earlier"))
}

// lastReach reports whether the date last named stands in the sentence
// holding token i, in the one before it, or, when [i, j) is in a past
// clause, two before it with the sentence between in the past ("In May
// 2010, five states signed. Egypt and Sudan refused to sign. Burundi
// joined the following February": the chain goes on); a sentence between
// in the present or the future ("The treaty is still in force.") ends
// it.
func (t *tagger) lastReach(i, j int) bool {
	if t.lastNear(i) {
		return true
	}
	if !t.lastSet || t.lastAt > i || t.sentencesBack(t.lastAt, i, 2) != 2 || t.tenseAt(i, j) != tPast {
		return false
	}
	own := true // the date's own sentence
	for k := t.lastAt - 1; k < i; k++ {
		if t.endsAt(k, 0) {
			if !own && t.tenseAt(k, k+1) != tPast {
				return false
			}
			own = false
		}
	}
	return true
}

// lastNear reports whether the date last named stands in the sentence
// holding token i or in the one before it.
func (t *tagger) lastNear(i int) bool {
	return t.lastSet && t.near(t.lastAt, i)
}

// sameSentence reports whether token from lies in the sentence holding
// token i.
func (t *tagger) sameSentence(from, i int) bool {
	for k := from; k < i && k < len(t.toks); k++ {
		tk := t.toks[k]
		if t.endsAt(k, stopLine) {
			return false
		}
		if tk.w == "." && t.is(k-1, "m") && k+1 < len(t.toks) && t.toks[k+1].upper {
			return false // "... at 8 p.m. The polls": the period of "p.m." ends the sentence too
		}
	}
	return true
}

// sentencesBack returns how many sentences lie between token from and
// token i: 0 in the same sentence, 1 for the sentence before, and so on
// (counting ends as sentenceBefore does), up to max+1.
func (t *tagger) sentencesBack(from, i, max int) int {
	ends, endAt := 0, -1
	for k := from; k < i && k < len(t.toks); k++ {
		tk := t.toks[k]
		if tk.nl && endAt != k-1 {
			ends++
		}
		if t.endsAt(k, 0) ||
			tk.w == "." && t.is(k-1, "m") && k+1 < len(t.toks) && t.toks[k+1].upper {
			ends, endAt = ends+1, k
		}
		if ends > max {
			break
		}
	}
	return ends
}

// sentenceBefore reports whether token from lies in the sentence holding
// token i or in the one before it, counting a period of "p.m." before a
// capital as an end, as sameSentence does.
func (t *tagger) sentenceBefore(from, i int) bool {
	ends, endAt := 0, -1
	for k := from; k < i && k < len(t.toks); k++ {
		tk := t.toks[k]
		if tk.nl && endAt != k-1 {
			ends++ // a line break ends a sentence that no period ended
		}
		if t.endsAt(k, 0) ||
			tk.w == "." && t.is(k-1, "m") && k+1 < len(t.toks) && t.toks[k+1].upper {
			ends, endAt = ends+1, k
		}
		if ends > 1 {
			return false
		}
	}
	return true
}

// near reports whether token from lies in the sentence holding token i or
// in the one before it.
func (t *tagger) near(from, i int) bool {
	ends := 0
	for k := from; k < i && k < len(t.toks); k++ {
		if t.endsAt(k, 0) {
			ends++
		}
		if ends > 1 {
			return false
		}
	}
	return true
}

// changeFigure reports whether token k ends a figure of change: "%",
// "percent", "per cent", "pct", "points".
func (t *tagger) changeFigure(k int) bool {
	switch t.w(k) {
	case "%", "percent", "pct", "points":
		return true
	case "cent":
		return t.is(k-1, "per")
	}
	return false
}

// reportQuarter parses the quarter of business news: "the quarter", "the
// latest quarter", "the current quarter" (the quarter being reported: the one
// that held the day 45 days before the reference day), and "the year-earlier
// quarter", "the year-ago quarter" (the same quarter a year before; so is
// "the year-earlier period" soon after a quarter was named, and "the latest
// period" is that quarter).
func (t *tagger) reportQuarter(i int) cand {
	if c := t.holidayQuarter(i); c.ok() {
		return c
	}
	if !t.is(i-1, "the") && !t.is(i-2, "the") {
		return cand{}
	}
	if t.is(i, "quarter") && t.is(i-1, "the") && t.is(i-2, "on") && t.changeFigure(i-3) {
		// "GDP rose 0.4% on the quarter", "up 2 per cent on the
		// quarter": a comparison with the quarter before, as "on the
		// month" and "year-on-year", no quarter named
		return cand{}
	}
	if _, ok := ordinalWord(t.w(i - 1)); ok {
		return cand{} // "the third quarter" that quarter left alone (of a game)
	}
	if _, ok := monthOf(t.w(i - 1)); ok && t.is(i, "quarter") && t.is(i-2, "the") && t.toks[i-1].upper && isFullMonth(t.w(i-1)) {
		// "the October quarter" (Australian copy: the three months to
		// October): a quarter the month names, which no calendar quarter
		// is unless the month ends one ("the June quarter", monthQuarter);
		// not the quarter being reported
		return cand{}
	}
	if t.is(i, "quarter") && t.is(i+1, "-") && t.attached(i+1) && (t.is(i+2, "final") || t.is(i+2, "finals") || t.is(i+2, "finalist") || t.is(i+2, "finalists")) {
		return cand{} // "the quarter-finals": a round of a tournament
	}
	j := i
	yearBack := false
	switch t.w(i) {
	case "latest", "current":
		j++
	case "year":
		if t.is(i+1, "-") && (t.is(i+2, "earlier") || t.is(i+2, "ago")) {
			j, yearBack = i+3, true
		}
	}
	if yearBack {
		// "the year-earlier third quarter", "the year-ago first half": that
		// quarter a year before the one it would be alone
		if q := t.quarter(j); q.ok() && len(q.val) == 7 && q.val[4] == '-' {
			return cand{i: i, j: q.j, typ: Date, val: itoa(atoi(q.val[:4])-1) + q.val[4:], the: true, back: true}
		}
	}
	if yearBack && t.is(j, "period") && t.lastP != "" && t.pAt < i && t.pAt > i-120 && t.pAt > t.qAt {
		// "For the nine months, net was ... In the year-earlier period":
		// the same stretch a year before, which no calendar unit names
		return cand{i: i, j: j + 1, typ: Duration, val: t.lastP, the: true}
	}
	if yearBack && t.is(j, "period") && t.lastQ != "" && t.qAt < i && t.qAt > i-120 {
		// "the year-earlier period" in a report on a quarter: that quarter a year before
		return cand{i: i, j: j + 1, typ: Date, val: itoa(atoi(t.lastQ[:4])-1) + t.lastQ[4:], the: true, back: true}
	}
	if yearBack && t.is(j, "period") && (t.lastQ == "" || t.qAt < i-120) && t.lastP == "" && t.businessSentence(i) {
		// "In the year-ago period, it earned $101 million" with no
		// quarter named near: the quarter being reported (the one that
		// held the day 45 days before the reference day) a year before
		base := t.ref.AddDate(-1, 0, -45)
		return cand{i: i, j: j + 1, typ: Date, val: itoa(base.Year()) + "-Q" + itoa((int(base.Month())-1)/3+1), the: true, back: true}
	}
	if t.w(i) == "latest" && t.is(j, "period") && t.lastQ != "" && t.qAt < i && t.qAt > i-60 {
		// "the latest period" in a report on a quarter: that quarter
		return cand{i: i, j: j + 1, typ: Date, val: t.lastQ, the: true}
	}
	if !t.is(j, "quarter") || t.is(j+1, "of") || t.is(j-1, "-") && !yearBack {
		return cand{}
	}
	if !yearBack && j == i && t.is(j+1, "a") && t.is(j+2, "year") && (t.is(j+3, "ago") || t.is(j+3, "earlier")) && t.lastQ != "" && t.qAt < i && t.qAt > i-60 {
		// "the quarter a year ago": the quarter being reported, a year before
		return cand{i: i, j: j + 4, typ: Date, val: itoa(atoi(t.lastQ[:4])-1) + t.lastQ[4:], the: true, back: true}
	}
	if !yearBack && j == i && (t.lastQ == "" || t.qAt < i-60) {
		switch t.w(j + 1) {
		case "ended", "ending", "to", "through":
			// "the quarter ended Sept. 30", "the quarter to December": the
			// calendar quarter that ends in that month, unless a quarter
			// was named just before ("its fiscal first quarter ... the
			// quarter ended Sept. 29" is that fiscal quarter, as TimeBank
			// values it); a quarter ending in another month keeps the
			// reported one
			if d := t.core(j + 2); d.ok() && d.typ == Date && len(d.val) >= 7 && d.val[4] == '-' && d.val[5] <= '9' {
				if m := atoi(d.val[5:7]); m%3 == 0 {
					return cand{i: i, j: j + 1, typ: Date, val: d.val[:4] + "-Q" + itoa(m/3), the: true}
				}
			}
		}
	}
	base := t.ref.AddDate(0, 0, -45)
	val := itoa(base.Year()) + "-Q" + itoa((int(base.Month())-1)/3+1)
	if t.lastQ != "" && t.qAt < i && t.qAt > i-60 && t.w(i) != "latest" && t.w(i) != "current" {
		val = t.lastQ
	}
	if yearBack {
		val = itoa(atoi(val[:4])-1) + val[4:]
	}
	return cand{i: i, j: j + 1, typ: Date, val: val, the: true, back: yearBack}
}

// yearBackAdj parses the adjective "year-earlier", "year-ago" ("from
// year-earlier levels"): the quarter a year before the one being reported
// when a quarter was named just before, else the year before the reference
// day's.
func (t *tagger) yearBackAdj(i int) cand {
	if !t.is(i+1, "-") || !t.attached(i+1) || !t.attached(i+2) || !t.is(i+2, "earlier") && !t.is(i+2, "ago") {
		return cand{}
	}
	if t.lastQ != "" && t.qAt < i && t.qAt > i-60 {
		return cand{i: i, j: i + 3, typ: Date, val: itoa(atoi(t.lastQ[:4])-1) + t.lastQ[4:], back: true}
	}
	k := i + 3
	if u, _ := unitOf(t.w(k)); u != uNone || t.is(k, "period") || t.is(k, "fiscal") {
		return cand{} // "the year-earlier period, nine months": which period is not known
	}
	if _, e := t.number(k); e > k && t.toks[k].kind == kWord {
		return cand{}
	}
	return cand{i: i, j: i + 3, typ: Date, val: itoa(t.ref.Year() - 1), back: true}
}

// periodBefore reports whether token k names a part of a year: "months",
// "weeks", "quarter", "half".
func (t *tagger) periodBefore(k int) bool {
	switch t.w(k) {
	case "months", "weeks", "days", "quarter", "quarters", "half":
		return true
	}
	return false
}

// yearEnd parses "year-end", "year end", "the year's end", "year-end 1988":
// the end of a year, Mod END; without a year, the year-end nearest the
// reference day, or the past one in a past-tense clause.
func (t *tagger) yearEnd(i int) cand {
	j := i + 1
	switch {
	case t.is(j, "-") && t.attached(j) && t.is(j+1, "end"):
		j += 2
	case t.is(j, "end"):
		j++
	case t.is(j, "'") && t.is(j+1, "s") && t.is(j+2, "end"):
		j += 3
	default:
		return cand{}
	}
	if t.fiscalWord(i-1) && t.is(i+1, "end") {
		// "Tax year end: five things to do", "the financial year end is
		// near": the end of the year of account under way, valued as "the
		// current fiscal year" (the reference year), no calendar interval;
		// in a past clause, which year's end is unsure: none
		if t.yearOnly(j) > 0 || t.tenseAt(i, j) == tPast {
			return cand{}
		}
		return cand{i: i - 1, j: j, typ: Date, val: itoa(t.ref.Year()), mod: "END", ivSet: true}
	}
	if y := t.yearOnly(j); y > 0 {
		return cand{i: i, j: j + 1, typ: Date, val: itoa(y), mod: "END"}
	}
	y := t.pickYear(t.yearDirection(i, j), func(cy int) (time.Time, time.Time) {
		d := day(cy, time.December, 31)
		return d, d
	})
	if !t.is(i+1, "-") {
		return cand{i: i, j: j, typ: Date, val: itoa(y), mod: "END", the: true} // "by the year's end"
	}
	// "by year-end", the accounting term: TimeBank values it as the year's
	// last day; the interval and granularity stay those of the end of the
	// year (its last third), which is what a reader can rely on
	iv := applyMod(Interval{day(y, time.January, 1), day(y, time.December, 31)}, GranYear, "END")
	return cand{i: i, j: j, typ: Date, val: fmtDay(day(y, time.December, 31)), mod: "END", the: true, iv: iv, ivSet: true, gran: GranYear}
}

// unitsEnd parses "decade's end", "the century's end" (token i is the
// unit): the end of the decade (century) holding the reference day, as
// "the end of the decade", in a clause not in the past tense ("by
// decade's end, the firm had doubled" may be another decade: none).
func (t *tagger) unitsEnd(i int) cand {
	if t.tenseAt(i, i+4) == tPast {
		return cand{}
	}
	c := t.bareUnit(i, false)
	if !c.ok() {
		return cand{}
	}
	c.j, c.mod = i+4, "END"
	return c
}

// reportPeriod parses the year or week a report covers: "for the year",
// "during the week", "the full year" are the reference day's year or week;
// "the fiscal year" and "the year ended March 31", which no calendar year
// names, are durations. The article must precede.
func (t *tagger) reportPeriod(i int) cand {
	if t.is(i, "fortnight") {
		// "the fortnight beginning September 21", "the fortnight ended
		// May 3": a stretch of two weeks from or up to a day, as "the
		// week ended"; no other "the fortnight" is read here
		switch t.w(i + 1) {
		case "ended", "ending", "beginning", "starting", "commencing":
			if d := t.core(i + 2); t.is(i-1, "the") && d.ok() && d.typ == Date {
				return cand{i: i, j: i + 1, typ: Duration, val: "P2W", the: true}
			}
		}
		return cand{}
	}
	j := i
	if t.w(i) == "full" || t.fiscalWord(i) {
		if !t.is(i+1, "year") {
			return cand{}
		}
		j = i + 1
	}
	if c := t.fiscalYearEnded(i, j); c.ok() {
		return c // "for the fourth quarter and fiscal year ended December 31, 2012"
	}
	if !t.is(i-1, "the") || t.toks[j].upper && j > 0 && !t.toks[j-1].upper {
		return cand{}
	}
	switch t.w(j + 1) {
	case "ahead", "before", "after", "earlier", "later", "ago", "-", "of", "in", "old", "long":
		return cand{}
	case "to", "through":
		// "the year to December 2014", "the week to Friday" (British
		// business copy), "the year through March" (American copy): the
		// stretch that ends then, as "the year ended March 31"; the end
		// must be a month or a day ("the year to date", "from the year
		// to 2014", "through the year through 2014" are none)
		// "the fiscal year to June" too (Commonwealth copy)
		e := j + 2
		if t.is(e, "the") && (t.is(e+1, "end") || t.is(e+1, "middle")) && t.is(e+2, "of") {
			// "in the year to the end of June", "the week to the middle
			// of March": the stretch ends at that part of the month, a
			// duration as "the year to June"
			e += 3
		}
		if d := t.core(e); (j == i || t.fiscalWord(i)) && d.ok() && d.typ == Date && len(d.val) >= 7 && d.val[4] == '-' && d.val[5] <= '9' {
			val := "P1Y"
			if t.w(j) == "week" {
				val = "P1W"
			}
			return cand{i: i, j: j + 1, typ: Duration, val: val, the: true}
		}
		return cand{}
	}
	if t.is(j+1, "'") && t.is(j+2, "s") && t.is(j+3, "end") {
		return cand{} // "the year's end"
	}
	if c := t.year(j + 1); c.ok() {
		return cand{} // "for the year 2014": that year, which names itself
	}
	week := t.w(j) == "week"
	end := j + 1
	switch t.w(j + 1) {
	case "ended", "ending", "beginning", "starting", "commencing":
		// "the year ended March 31": the twelve months up to that day,
		// which no calendar year names; a duration; so is "the week
		// beginning Monday", "the year starting April 1", the stretch
		// from that day
		if d := t.core(j + 2); !d.ok() || d.typ != Date {
			return cand{}
		}
		val := "P1Y"
		if week {
			val = "P1W"
		}
		return cand{i: i, j: end, typ: Duration, val: val, the: true}
	default:
		if t.fiscalWord(i) {
			if end < len(t.toks) && !t.toks[end].upper && ruleNoun(t.w(end)) && !t.is(end+1, "out") {
				// "Under the tax year rules", "the financial year
				// basis": the kind of year a rule counts in, no year
				return cand{}
			}
			// a company's fiscal year need not be the calendar year
			return cand{i: i, j: end, typ: Duration, val: "P1Y", the: true}
		}
		if j == i {
			switch {
			case t.is(i-2, "for") || t.is(i-2, "during") || t.is(i-2, "throughout"):
			case week && (t.is(i-2, "ending") || t.is(i-2, "ended") || t.is(i-2, "closing") || t.is(i-2, "finishing") || t.is(i-2, "through")):
				// "rose on Friday, ending the week with a small gain", "will
				// last through the week": the week of the day named, or the
				// reference week
			case !week && t.is(i+1, "so") && t.is(i+2, "far"):
				// "the biggest opening of the year so far": the year up
				// to now, the reference year; a year named before in the
				// sentence ("In 2012 it was the wettest month of the year
				// so far") may be the one meant: none
				if t.lastSet && t.lastAt <= i && t.sameSentence(t.lastAt, i) && t.last.Year() != t.ref.Year() {
					return cand{}
				}
			case week && t.is(i+1, "'") && t.is(i+2, "s"):
				// "the week's most active session": the week being reported
			case !week && t.is(i-2, "of") && t.periodBefore(i-3):
				// "the first nine months of the year": the year last named
				// (not a comparison "a year earlier" made of it)
				base := t.ref
				if t.lastMainSet && (t.lastMain.Year() <= t.ref.Year() || t.sameSentence(t.lastAt, i)) {
					// a year to come named in an earlier sentence ("plans
					// to keep it until 2015") is a horizon, not the year
					// the text goes on about
					base = t.lastMain
				}
				return cand{i: i, j: end, typ: Date, val: itoa(base.Year()), the: true}
			case !week && t.is(end, "when") && t.yearIsWhen(i):
				// "cement 2009's place in history as the year when the
				// government began", "1989 was the year when the wall
				// fell": the year the sentence named last
				return cand{i: i, j: end, typ: Date, val: itoa(t.last.Year()), the: true}
			case !week && t.is(i-2, "to") && t.is(i-3, "start") && !t.is(i-4, "the") && !t.is(end, "'"):
				// "a catastrophic start to the year", "a strong start to
				// the year": the year under way, or the year its sentence
				// (or a past sentence before) named; not "an end to the
				// year" (told in January, the year just gone), nor before
				// a possessive ("from start to the year's best view")
				base := t.ref
				if t.lastMainSet && t.lastAt <= i && (t.sameSentence(t.lastAt, i) || t.sentenceBefore(t.lastAt, i) && t.tenseAt(i, end) == tPast) && !spanPrep(t.w(t.lastStart()-1)) && t.lastNamesYear() {
					// not a year named as a point of comparison or a span's
					// end ("Since 2008, the firm has never had a worse start
					// to the year", "Compared with 2019, stocks had their
					// best start to the year": the year under way), and a
					// date that names its year ("In 2008", "In March
					// 2008"; "Sales fell in December. Retailers had a weak
					// start to the year" in January is the year begun)
					base = t.lastMain
				}
				return cand{i: i, j: end, typ: Date, val: itoa(base.Year()), the: true}
			default:
				return cand{} // a bare "the year" is too often no particular year
			}
		}
	}
	val := itoa(t.ref.Year())
	if !week && t.lastQ != "" && t.qAt < i && !t.qFuture && t.businessSentence(i) {
		// "Fourth-quarter profit fell ... For the full year, it earned
		// $32 million" in a January paper: the year of the quarter being
		// reported
		val = t.lastQ[:4]
	} else if !week && t.lastMainSet && t.lastMain.Year() == t.ref.Year()-1 && t.lastAt <= i &&
		(t.sameSentence(t.lastAt, i) || t.sentenceBefore(t.lastAt, i)) && t.tenseAt(i, end) == tPast {
		// "a loss for the three months ended Dec. 31 ... For the full
		// year, revenue rose 4 percent" in a March paper: a year told as
		// over, right after a date of the year before, is that year, not
		// the one under way
		val = itoa(t.lastMain.Year())
	}
	if week {
		if j != i {
			return cand{}
		}
		val = fmtWeek(t.ref)
		if t.anchored && t.anchorAt <= i && t.anchor.Before(t.ref) && (t.sameSentence(t.anchorAt, i) || t.sentenceBefore(t.anchorAt, i)) && t.tenseAt(i, i+1) != tFuture {
			// "Stocks tumbled on Friday. For the week, the index
			// dropped 3.8%" in a Monday paper: the week of the day the
			// narrative is on
			val = fmtWeek(t.anchor)
		}
	}
	return cand{i: i, j: end, typ: Date, val: val, the: true}
}

// yearIsWhen reports whether "the year" at token i (before "when") is
// said to be a year its sentence named last: after "as" or a form of "be"
// or "become" ("2009's place in history as the year when", "1989 was the
// year when"), the last expression a year of the same
// sentence. "He recalls the year when his father died" (no link) and a
// last expression that is no year are left alone; so is a year told as a
// point in time ("The question in 2010 was the year when"), a year before
// a verb or a comma ahead of "as" ("In 2009, analysts saw this as the
// year when"), and a form of "be" whose subject is not the year ("By 2015
// the aim is the year when").
func (t *tagger) yearIsWhen(i int) bool {
	switch t.w(i - 2) {
	case "as", "was", "is", "be", "been", "being", "became", "becomes", "become", "remains", "remained":
	default:
		return false
	}
	if !t.lastYear || !t.lastSet || t.lastAt > i || !t.sameSentence(t.lastAt, i) {
		return false
	}
	if at := t.lastStart(); at < 0 || pointPrep(t.w(at-1)) {
		// "The question in 2010 was the year when peak oil would
		// arrive", "By 2015 the aim is the year when": a year told as
		// a point in time is not the subject the year is said to be
		return false
	}
	if t.is(i-2, "as") {
		// "2009's place in history as", "he described 1989 as": no verb
		// nor comma between the year and "as" ("In 2009, analysts saw
		// this as the year when": another thing seen as a year)
		for m := t.lastAt; m < i-2; m++ {
			if t.is(m, ",") || t.cue(m) != tNone {
				return false
			}
		}
		return true
	}
	// "1989 was the year when", "Next year will be the year when", "2009
	// has been the year when": the year is the subject of the link
	switch t.lastAt {
	case i - 2:
		return true
	case i - 3:
		switch t.w(i - 3) {
		case "will", "would", "has", "had", "may", "might", "could", "must", "should":
			return true
		}
	}
	return false
}

// lastStart returns the token at which the expression ending before
// t.lastAt starts, or -1 when none is found.
func (t *tagger) lastStart() int {
	if !t.lastSet || t.lastAt <= 0 || t.lastAt > len(t.toks) {
		return -1
	}
	e := int(t.toks[t.lastAt-1].e)
	for n := len(t.out) - 1; n >= 0; n-- {
		if t.out[n].End != e {
			continue
		}
		for k := t.lastAt - 1; k >= 0; k-- {
			if int(t.toks[k].s) == t.out[n].Start {
				return k
			}
		}
		return -1
	}
	return -1
}

// lastNamesYear reports whether the expression named last names its year:
// a year ("in 2008", "last year") or a date with a year in figures ("March
// 2008"), not a month or day whose year was inferred ("in December").
func (t *tagger) lastNamesYear() bool {
	if t.lastYear {
		return true
	}
	at := t.lastStart()
	if at < 0 {
		return false
	}
	for k := at; k < t.lastAt; k++ {
		if t.toks[k].kind == kNum && len(t.toks[k].w) == 4 {
			return true
		}
	}
	return false
}

// pointPrep reports whether w, before a date, makes it a point or span of
// time ("in 2010", "by 2015", "since 2008"), no subject of a verb.
func pointPrep(w string) bool {
	switch w {
	case "in", "on", "at", "by", "since", "during", "for", "from", "until", "till", "before", "after", "of", "through", "over", "to", "than", "with", "against":
		return true
	}
	return false
}

// spanPrep reports whether w, before a year, makes it a point of
// comparison or the start or end of a span ("since 2008", "compared with
// 2019", "than in 2015"), not the year a sentence is about.
func spanPrep(w string) bool {
	switch w {
	case "since", "with", "than", "from", "against", "versus", "vs", "until", "till", "to", "over":
		return true
	}
	return false
}

// quarterYearBack returns the quarter a year before the quarter last named
// when token i stands in a sentence of figures ("net income of $5 million,
// up from $4 million a year earlier" in a report on a quarter), or in a
// sentence that names the quarter and a result of it ("its net loss for
// the third quarter narrowed from a year earlier"), or "".
func (t *tagger) quarterYearBack(i int) string {
	if t.q3m != "" && t.q3mAt <= i && t.sameSentence(t.q3mAt, i) && (t.lastQ == "" || t.qAt < t.q3mAt) {
		// "in the three months ending in June, up 13 percent from a
		// year earlier": that quarter a year before, after a figure
		for k := i - 1; k >= 0 && k > i-40 && !t.endsAt(k, 0); k-- {
			switch t.toks[k].w {
			case "$", "%", "percent", "cents", "million", "billion", "£", "€", "#":
				return itoa(atoi(t.q3m[:4])-1) + t.q3m[4:]
			}
		}
	}
	if t.lastQ == "" || t.qAt > i || i-t.qAt > 100 {
		return ""
	}
	figures, result, start := false, false, i
	for k := i - 1; k >= 0 && k > i-40; k-- {
		tk := t.toks[k]
		if t.endsAt(k, 0) {
			break
		}
		start = k
		switch tk.w {
		case "$", "%", "percent", "cents", "million", "billion", "£", "€", "#":
			figures = true
		}
		result = result || resultNoun(tk.w)
	}
	if result && t.qAt >= start && t.comparedWith(i) {
		// "its net loss for the third quarter narrowed from a year
		// earlier" (TBAQ): a result of the quarter named in the same
		// sentence is compared, though no figure is given
		figures = true
	}
	if !figures {
		return ""
	}
	if t.qFuture {
		return "" // "expect faster growth in the second half": a period to come is no figure reported
	}
	return itoa(atoi(t.lastQ[:4])-1) + t.lastQ[4:]
}

// comparedWith reports whether "a year earlier" ("a year ago") at token
// i is what a result is compared with: after "from", "than", "with",
// "over", "on", "versus" ("narrowed from a year earlier", "compared with a
// year ago"). A clause of its own ("; a year earlier it had lost its
// chief", ", and a year earlier it was sold") dates a deed, not a figure.
func (t *tagger) comparedWith(i int) bool {
	switch t.w(i - 1) {
	case "from", "than", "with", "over", "on", "versus", "vs", "to":
		return true
	}
	return false
}

// resultNoun reports whether w names a company's result for a period:
// "loss", "profit", "earnings", "revenue", "sales".
func resultNoun(w string) bool {
	switch w {
	case "loss", "losses", "profit", "profits", "earnings", "income", "revenue", "revenues", "sales":
		return true
	}
	return false
}

// threeMonthsTo gives the calendar quarter that the month (or the month's
// last day) c closes after "the three months ended", "ending", "to" or
// "through" ("in the three months ending in June": 2014-Q2), or "".
// A month that closes no calendar quarter ("the three months to May") is
// a fiscal one, which this does not name.
func (t *tagger) threeMonthsTo(c cand) string {
	if len(c.val) != 7 && len(c.val) != 10 || c.val[4] != '-' {
		return ""
	}
	k := c.i - 1
	if t.is(k, "in") {
		k--
	}
	switch t.w(k) {
	case "ended", "ending", "to", "through":
	default:
		return ""
	}
	if !t.is(k-1, "months") || !t.is(k-2, "three") && !t.is(k-2, "3") || !t.is(k-3, "the") {
		return ""
	}
	m := atoi(c.val[5:7])
	if m%3 != 0 {
		return ""
	}
	if len(c.val) == 10 && validDate(atoi(c.val[:4]), m, atoi(c.val[8:10])+1) {
		return "" // "the three months to June 15": no quarter's last day
	}
	return c.val[:4] + "-Q" + itoa(m/3)
}

// reportingDay reports whether c dates a reporting verb ("officials said
// on Friday", "said Friday", "officials on Friday said") in a sentence
// that named another day before it: "The rebels attacked the town on
// Tuesday, officials said on Friday. That night, 12 died" goes on with
// Tuesday's story, so the day of the telling does not become the anchor.
// Alone in its sentence it does ("Officials said on Friday ... That
// night": Friday is all the text gives).
func (t *tagger) reportingDay(c cand) bool {
	if !t.anchored || t.anchorAt > c.i || !t.sameSentence(t.anchorAt, c.i) {
		return false
	}
	return t.saidOn(c)
}

// closesStretch reports whether the day of c closes a stretch that
// figures cover, or dates a state: "the six months to June 30", "the year
// ended March 31", "the quarter through Sept. 30", "as of June 30", "as at
// 31 March". Such a day is no day things happen on, and a clock time or a
// count of days after it does not take it ("set aside 45 million in the
// six months to June 30. Its shares fell 2.1 percent by 1120 GMT").
func (t *tagger) closesStretch(c cand) bool {
	k := c.i - 1
	switch t.w(k) {
	case "ended", "ending", "to", "through":
		switch t.w(k - 1) {
		case "year", "week", "period":
			return true
		}
		return t.periodBefore(k - 1)
	case "of", "at":
		return t.is(k-1, "as")
	}
	return false
}

// reportingVerb reports whether w is the past or present of a verb that
// reports speech: "said", "told", "announced".
func reportingVerb(w string) bool {
	switch w {
	case "said", "says", "told", "announced", "reported", "added", "stated", "confirmed":
		return true
	}
	return false
}

// sentenceAnchor returns the anchor when it was set earlier in the sentence
// holding token i, lies before the reference day, and dates a reporting verb
// near it ("said", "warned", "announced"): the date of a reported speech act ("warned on Friday that the storm could strengthen during the
// weekend"), against which a future is measured.
func (t *tagger) sentenceAnchor(i int) (time.Time, bool) {
	if !t.anchored || t.anchorAt > i || !t.anchor.Before(t.ref) {
		return time.Time{}, false
	}
	reported := false
	for k := max(0, t.anchorIn-4); k < i; k++ {
		tk := t.toks[k]
		if k >= t.anchorAt && (t.endsAt(k, stopLine)) {
			return time.Time{}, false
		}
		switch tk.w {
		case "said", "told", "warned", "announced", "reported", "added", "stated", "insisted", "predicted",
			"promised", "vowed", "pledged", "wrote", "posted", "tweeted", "declared", "indicated", "suggested", "forecast",
			"ordered", "demanded", "urged", "asked", "advised", "instructed":
			// an order or a request is said too: "On Thursday, the
			// governor ordered residents to leave by Friday" is the
			// Friday after it
			reported = true
		}
	}
	if !reported {
		return time.Time{}, false
	}
	return t.anchor, true
}

// midPart parses "mid-afternoon", "mid morning" (the part of day at token
// j), with the day after it when one follows ("mid-afternoon yesterday",
// "mid-morning Tuesday"): a TIME of that day, or, with no day, of the
// reference day in its value (as TimeBank has it) and no interval.
func (t *tagger) midPart(i, j int, p string) cand {
	c := cand{i: i, j: j + 1, typ: Time, val: fmtDay(t.ref) + "T" + p, mod: "MID", noDay: true}
	if d := t.core(j + 1); d.ok() && d.i == j+1 && d.typ == Date && len(d.val) == 10 {
		c.j, c.val, c.noDay = d.j, d.val+"T"+p, false
	} else if d := t.core(j + 3); t.is(j+1, "hours") && t.is(j+2, "of") && d.ok() && d.i == j+3 && d.typ == Date && len(d.val) == 10 {
		// "in the early morning hours of Friday": that day's morning (the
		// day stays an expression of its own)
		c.val, c.noDay = d.val+"T"+p, false
	} else if t.anchored && t.anchorAt <= i && (t.sameSentence(t.anchorAt, i) || t.sentenceBefore(t.anchorAt, i) && t.anchor.Before(t.ref) && t.tenseAt(i, j+1) == tPast) {
		// as a bare clock time: the day the sentence, or a past-tense
		// sentence before it, named ("The fire broke out on Saturday. By
		// late afternoon it was out."); the interval stays empty
		c.val = fmtDay(t.anchor) + "T" + p
	}
	return c
}

// monthYearBack returns the month a year before the month named last in
// token i's sentence when "a year earlier" ("a year ago") starting at i
// compares a figure with it: "Earnings rose 1.8% in October from a year
// earlier" is October of the year before, as "the same period last year"
// after a month is. ok is false without such a month, a figure in the
// sentence before i, or a word of comparison ("from", "than", "with",
// "over") right before i.
func (t *tagger) monthYearBack(i int) (string, bool) {
	if !t.lastSet || !t.lastMon || t.lastAt > i || !t.sameSentence(t.lastAt, i) {
		return "", false
	}
	switch t.w(i - 1) {
	case "from", "than", "with", "over":
	default:
		return "", false
	}
	// the month is the figure's period: "in October", "for June", with
	// no comma between it and the comparison unless it opens the sentence
	// ("In February, exports rose 3%"). "The company, which was founded in
	// March, said profits rose 3% from a year earlier" and "the 12 months
	// to February" compare another period
	m := t.lastAt - 1
	if _, ok := monthOf(t.w(m)); !ok {
		return "", false
	}
	switch t.w(m - 1) {
	case "in", "for", "during":
	default:
		return "", false
	}
	if opens := m-2 < 0 || t.endsAt(m-2, 0) || t.toks[m-1].nl; !opens {
		for k := t.lastAt; k < i; k++ {
			switch t.w(k) {
			case ",", ";", "—", "(", ")":
				return "", false
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-40 && !t.endsAt(k, 0); k-- {
		switch t.toks[k].w {
		case "$", "%", "percent", "cents", "million", "billion", "£", "€":
			return fmtMonth(t.last.Year()-1, t.last.Month()), true
		}
	}
	return "", false
}

// samePeriod parses "the same period last year", "the corresponding
// quarter a year earlier", "the comparable period of 1988" soon after a
// quarter was named (within 60 tokens, or 120 in a sentence of business
// figures): that quarter a year before (or in the year named). "the same
// period" after a month named in its sentence, with no quarter that near
// ("Sales in February rose 5 percent from the same period last year"), is
// that month a year before. With neither it is not tagged: "last year"
// alone is found, the period not being known.
func (t *tagger) samePeriod(i int) cand {
	month := t.is(i+1, "month")
	if !t.is(i-1, "the") || !t.is(i+1, "period") && !t.is(i+1, "quarter") && !month {
		return cand{}
	}
	// "the same month last year" is a month whatever quarter was named
	qNear := !month && t.lastQ != "" && t.qAt <= i && (t.qAt > i-60 || t.qAt > i-120 && t.businessSentence(i))
	mNear := !qNear && !t.is(i+1, "quarter") && t.lastSet && t.lastMon && t.lastAt <= i && t.sameSentence(t.lastAt, i)
	if !qNear && !mNear {
		return cand{}
	}
	k := i + 2
	if mNear {
		y := t.last.Year() - 1
		switch {
		case t.is(k, "last") && t.is(k+1, "year") && t.last.Year() == t.ref.Year():
			k += 2
		case t.is(k, "a") && t.is(k+1, "year") && (t.is(k+2, "ago") || t.is(k+2, "earlier")):
			k += 3
		default:
			return cand{}
		}
		return cand{i: i, j: k, typ: Date, val: fmtMonth(y, t.last.Month()), the: true, back: true}
	}
	y := atoi(t.lastQ[:4]) - 1
	switch {
	case t.is(k, "last") && t.is(k+1, "year"):
		k += 2
	case t.is(k, "of") && t.is(k+1, "last") && t.is(k+2, "year"):
		k += 3
	case t.is(k, "a") && t.is(k+1, "year") && (t.is(k+2, "ago") || t.is(k+2, "earlier")):
		k += 3
	case (t.is(k, "of") || t.is(k, "in")) && t.yearOnly(k+1) > 0:
		y, k = t.yearOnly(k+1), k+2
	default:
		return cand{}
	}
	val := itoa(y) + t.lastQ[4:]
	return cand{i: i, j: k, typ: Date, val: val, the: true, back: val != t.lastQ}
}

// phraseEnds reports whether a noun phrase can end before token k: k is
// punctuation, the end, or a word that starts a new phrase, not a noun that
// the phrase before it would qualify ("the morning rush hour").
func (t *tagger) phraseEnds(k int) bool {
	if k >= len(t.toks) || t.toks[k].kind == kPunct {
		return true
	}
	switch t.w(k) {
	case "in", "on", "at", "for", "and", "but", "or", "as", "after", "before", "when", "while", "with", "to", "from", "of", "by", "because", "amid", "until":
		return true
	}
	return false
}

// infinitiveBefore reports whether "to" and a verb come before token i in
// its sentence ("urged residents to stay indoors in the afternoon"): the
// clause is a plan or advice, not a report of the day. A conjunction
// opening a clause of its own in the past ("as the", "while they" and a
// past verb) between them ends the search: "Residents fled to shelters as
// the shelling went on through the afternoon" reports the day, whatever
// "to" was before; "told volunteers to act as the police in the
// afternoon" stays advice.
func (t *tagger) infinitiveBefore(i int) bool {
	for k := i - 1; k >= 0 && k > i-10; k-- {
		if t.toks[k].kind == kPunct && (t.w(k) == "." || t.w(k) == ";") {
			return false
		}
		if k < i-2 && clauseOpener(t.w(k)) && clauseSubject(t.w(k+1)) {
			for m := k + 2; m < i-1; m++ {
				if t.cue(m) == tPast {
					// "as the shelling went on": a clause told in the
					// past, unless a habit of old governs the sentence
					// ("Children used to play in the streets while the
					// men worked in the fields in the afternoon": no day)
					return t.usedToBefore(k)
				}
			}
		}
		if t.is(k, "to") && k+1 < i && t.toks[k+1].kind == kWord && !t.toks[k+1].upper && !t.is(k+1, "the") {
			return true
		}
	}
	return false
}

// usedToBefore reports whether "used to" comes before token k in its
// sentence: a habit of old ("Farmers used to rest as the heat peaked").
func (t *tagger) usedToBefore(k int) bool {
	for m := k - 1; m > 0 && m > k-12; m-- {
		if t.endsAt(m, stopLine) {
			return false
		}
		if t.is(m, "to") && t.is(m-1, "used") {
			return true
		}
	}
	return false
}

// wideGoneIn reports whether a weekend, a week, a month, a season or a year that
// ended before the reference day was named before token i in its
// sentence (not after "since"): a part of a day or a midnight told after
// it is of a day the text does not give ("Last week, residents hid in
// shelters through the afternoon", "The talks dragged on last week, and
// the deal was signed after midnight"), not the reference day's. A time
// in an aside between commas is the subject's ("The bank, founded in
// 1999, closed its doors at midnight") and does not count.
func (t *tagger) wideGoneIn(i int) bool {
	return t.lastSet && (t.lastWide || t.lastEnd.After(t.last)) && !t.lastSince && t.lastAt <= i && t.sameSentence(t.lastAt, i) && t.lastEnd.Before(t.ref) && !t.asideEnds(t.lastAt) && !t.perfectBetween(t.lastAt, i)
}

// perfectBetween reports whether "has" or "have" stands in tokens [from,
// i): a present perfect brings the story up to now ("Fighting erupted
// last month and has continued, with heavy shelling after midnight": last
// night's). A semicolon between counts too: another clause ("Last
// month's talks ended without a deal; in the afternoon, protesters
// marched").
func (t *tagger) perfectBetween(from, i int) bool {
	for k := from; k < i && k < len(t.toks); k++ {
		if t.is(k, "has") || t.is(k, "have") || t.is(k, ";") {
			return true
		}
	}
	return false
}

// asideEnds reports whether the comma at j closes an aside opened by a
// comma a few words before ("The bank, founded in 1999, closed its doors
// at midnight"): a time of the subject's, not of the clause's event.
func (t *tagger) asideEnds(j int) bool {
	if !t.is(j, ",") {
		return false
	}
	for m := j - 1; m >= 0 && m > j-9; m-- {
		if t.endsAt(m, stopLine) {
			return false
		}
		if t.is(m, ",") {
			return true
		}
	}
	return false
}

// clauseOpener reports whether w is a conjunction that opens a clause
// of its own ("as the shelling went on", "while they waited").
func clauseOpener(w string) bool {
	switch w {
	case "as", "while", "when", "because", "although", "though", "whereas":
		return true
	}
	return false
}

// clauseSubject reports whether w opens a clause's subject after a
// conjunction: the article or a personal pronoun ("as the", "while
// they"); "as a precaution" is a phrase, no clause.
func clauseSubject(w string) bool {
	switch w {
	case "the", "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}

// restOf parses "the rest of the week" ("day", "month", "year"; "the
// remainder of the year"): the unit holding the reference day, its
// interval from that day to the unit's end. In a past-tense clause it is
// the unit holding the day the narrative is on ("fell ill on Tuesday and
// stayed home for the rest of the week"), or, with no day named, the
// reference unit with no interval; but a decade (century) told in the past
// is the one of the date last named, which must lie in an earlier decade
// (century) than the reference day's, or it is none.
func (t *tagger) restOf(i int) cand {
	u, pl := unitOf(t.w(i + 3))
	if pl || t.is(i+4, "'") {
		return cand{}
	}
	base, ivOK := t.ref, true
	if t.tenseAt(i, i+4) == tPast {
		if t.anchored && t.anchor.Before(t.ref) {
			base = t.anchor
		} else {
			ivOK = false
		}
		// "spent the rest of the decade in exile": told in the past, the
		// rest of a decade (century) is one gone by, so the story's date
		// must stand in an earlier decade (century) than the reference
		// day's; with none, which decade the text does not say
		if u == uDecade || u == uCentury {
			span := 10
			if u == uCentury {
				span = 100
			}
			if !t.lastSet || t.last.Year()/span >= t.ref.Year()/span {
				return cand{}
			}
			base, ivOK = t.last, true
		}
	}
	c := cand{i: i, j: i + 4, typ: Date, the: true, ivSet: true}
	var end time.Time
	switch u {
	case uDay:
		c.val, end = fmtDay(base), base
	case uWeek:
		c.val = fmtWeek(base)
		end = base.AddDate(0, 0, (7-int(base.Weekday()))%7)
	case uMonth:
		c.val, end = fmtMonth(base.Year(), base.Month()), lastOfMonth(base.Year(), base.Month())
	case uYear:
		c.val, end = itoa(base.Year()), day(base.Year(), 12, 31)
	case uDecade:
		// "the rest of the decade": the calendar decade holding the day
		c.val, end = itoa(base.Year()/10), day(base.Year()/10*10+9, 12, 31)
	case uCentury:
		c.val, end = pad(base.Year()/100, 2), day(base.Year()/100*100+99, 12, 31)
	default:
		return cand{}
	}
	if ivOK {
		c.iv = Interval{base, end}
	}
	return c
}

// halfCentury parses "the past half century", "the next half-century",
// "the last half decade": fifty (five) years up to or from now, a
// duration, as "the past decade" is; and "the past quarter century", "the
// last quarter-century": twenty-five years, as "a quarter century" (no
// quarter of a year). "the last quarter of the century" is a part of a
// century, left to the quarter rule.
func (t *tagger) halfCentury(i int) cand {
	k := i + 2
	if t.is(k, "-") && t.attached(k) {
		k++
	}
	if t.is(i+1, "quarter") {
		if t.is(k, "century") {
			return cand{i: i, j: k + 1, typ: Duration, val: "P25Y", the: true}
		}
		return cand{}
	}
	switch t.w(k) {
	case "century":
		return cand{i: i, j: k + 1, typ: Duration, val: "P50Y", the: true}
	case "decade":
		return cand{i: i, j: k + 1, typ: Duration, val: "P5Y", the: true}
	}
	return cand{}
}

// fiscalWord reports whether token k is "fiscal", or "financial",
// "budget" or "tax" before "year" (the British "financial year", the
// American public bodies' "budget year", a tax authority's "tax year"),
// which the fiscal rules share. "budget
// year" before "after", "on", "by" or "over" is a budget cut or passed
// time after time ("cut the budget year after year"), no year.
func (t *tagger) fiscalWord(k int) bool {
	if k < 0 || k >= len(t.toks) || len(t.toks[k].w) < 6 && t.toks[k].w != "tax" {
		return false
	}
	switch t.toks[k].w {
	case "tax":
		return t.budgetYear(k) // "the 2017-18 tax year", "tax year 2009"
	case "fiscal":
		return true
	case "financial":
		return t.is(k+1, "year")
	case "budget":
		return t.budgetYear(k)
	}
	return false
}

// budgetYear reports whether "budget" at k opens "budget year" naming a
// year of account, for fiscalWord.
func (t *tagger) budgetYear(k int) bool {
	return t.is(k+1, "year") && !t.is(k+2, "after") && !t.is(k+2, "on") && !t.is(k+2, "by") && !t.is(k+2, "over") && !t.is(k+2, "-")
}

// ruleNoun reports whether w is a noun of a rule or a system that "the
// tax year", "the fiscal year" may qualify ("the tax year rules", "the
// financial year basis"): the phrase names a kind of year, no year.
func ruleNoun(w string) bool {
	switch w {
	case "rule", "rules", "regime", "system", "basis", "convention", "conventions", "calendar", "definition", "concept", "structure", "framework", "provisions", "regulations":
		return true
	}
	return false
}

// isMonthWord reports whether w names a month.
func isMonthWord(w string) bool {
	_, ok := monthOf(w)
	return ok
}

// yearModifier reports whether c is a year written before a noun as its
// modifier, after an article or a possessive ("the 1988 estimate", "its
// 2009 report"). Before the date the narrative is on, it names a thing of
// the past, and the narrative does not move back to that year: "In March
// 2009 ... four times the 1988 estimate. Okafor lost the election that
// May" is May 2009. A later one moves it on ("In 1972 ... The 1984
// strike nearly ruined it; that year" is 1984).
func (t *tagger) yearModifier(c cand) bool {
	if c.j != c.i+1 || t.toks[c.i].kind != kNum || len(c.val) != 4 || c.j >= len(t.toks) {
		return false
	}
	switch t.w(c.i - 1) {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that":
	default:
		return false
	}
	nx := t.toks[c.j]
	return nx.kind == kWord && !nx.upper && !t.attached(c.j)
}

// weekEnd reads "at week's end", "by the week's end" (the week at i): the
// end of the reference week, as "the end of the week", in a clause not
// in the past; in a past clause, the end of the week of the day the
// sentence named, or none ("Stocks rallied at week's end" in a Monday
// paper may be last week's). "each week's end" is no one week.
func (t *tagger) weekEnd(i int) cand {
	k := i - 1
	if t.is(k, "the") {
		k--
	}
	switch t.w(k) {
	case "at", "by", "toward", "towards", "until", "till", "before", "near":
	default:
		return cand{}
	}
	d := t.ref
	if t.tenseAt(i, i+4) == tPast {
		if !t.anchored || t.anchorAt > i || !t.sameSentence(t.anchorAt, i) {
			return cand{}
		}
		d = t.anchor
	}
	return cand{i: i, j: i + 4, typ: Date, val: fmtWeek(d), mod: "END", the: true}
}

// holidayQuarter reads "the holiday quarter", "holiday-quarter sales"
// (the quarter at i): the October-December quarter of retailers and
// makers of gifts, valued as "the fourth quarter" would be there. "the
// holiday quarter of Palma" (a district) has "of" after it, and is none.
func (t *tagger) holidayQuarter(i int) cand {
	if !t.is(i, "quarter") || t.is(i+1, "of") || t.is(i+1, "-") {
		return cand{}
	}
	k := i - 1
	if t.is(k, "-") && t.attached(k) && t.attached(i) {
		k--
	}
	if !t.is(k, "holiday") {
		return cand{}
	}
	c := cand{i: k, j: i + 1, typ: Date}
	switch t.w(k - 1) {
	case "the", "this", "its", "their":
		if k == i-1 {
			c.i, c.the = k-1, t.is(k-1, "the")
			if !c.the {
				c.i = k // "its holiday quarter": the possessive stays out
			}
			break
		}
		fallthrough
	default:
		if k == i-1 {
			return cand{} // "a holiday quarter", "holiday quarters": no one quarter
		}
	}
	y := atoi(t.quarterYear(c.i, c.j, "-Q4", false))
	switch t.w(c.j) {
	case "will", "would", "could", "should", "may", "might":
		// "Park said the holiday quarter would bring ...": its own verb
		// points forward, whatever the reporting verb before it
		if day(y, 12, 31).Before(t.ref) {
			y++
		}
	}
	c.val = itoa(y) + "-Q4"
	return c
}

// saidOn reports whether the day c stands next to a verb of reporting
// ("said on Friday", "said Friday", "Friday's statement said" is not).
func (t *tagger) saidOn(c cand) bool {
	k := c.i - 1
	if t.is(k, "on") {
		k--
	}
	return reportingVerb(t.w(k)) || reportingVerb(t.w(c.j))
}

// recordBase reports whether c is the date a record is counted from:
// after "since" and a superlative a few words before it ("the smallest
// gain since March 2011", "its lowest level since 2008", "the first
// back-to-back decline since the first quarter of 2014"). Such a date is
// a base of comparison, not the time the story is on: it does not become
// the date last named, which "a year earlier", "the year" and "the
// previous month" later count from.
func (t *tagger) recordBase(c cand) bool {
	k := c.i - 1
	if t.comparisonBase(c) {
		return true
	}
	if !t.is(k, "since") {
		return false
	}
	if t.is(c.j, "when") || t.is(c.j, ",") && t.is(c.j+1, "when") {
		// "the worst drought since 2011, when rivers ran dry. A year
		// later, ...": a clause of "when" tells of that time, which the
		// story is then on
		return false
	}
	for m, n := k-1, 0; m >= 0 && n < 8; m, n = m-1, n+1 {
		if t.endsAt(m, stopSemicolon) || t.toks[m].kind == kPunct && t.toks[m].w == "," {
			return false
		}
		if superlative(t.toks[m].w) {
			return true
		}
	}
	return false
}

// superlative reports whether w is a superlative of the words that
// records are told with ("lowest", "biggest", "best", "first").
func superlative(w string) bool {
	switch w {
	case "best", "worst", "most", "least", "first", "largest", "biggest", "highest", "lowest", "smallest",
		"weakest", "strongest", "fastest", "slowest", "sharpest", "steepest", "deepest", "longest", "shortest",
		"greatest", "widest", "narrowest", "cheapest", "heaviest", "lightest", "busiest", "quietest", "warmest",
		"coldest", "wettest", "driest", "hottest", "poorest", "richest", "softest", "hardest", "tightest":
		return true
	}
	return false
}

// positionYear returns the last year of a decade (0-9) that a position
// mod ("START", "MID") may be told of from: its start from the first
// three years, its middle from the first six.
func positionYear(mod string) int {
	switch mod {
	case "START":
		return 2
	case "MID":
		return 5
	}
	return 9
}

// pastPerfectIn reports whether the clause holding tokens [i, j) has
// "had" ("which had carried its last train a decade earlier", "A decade
// earlier, he had served"): a past perfect, which tells of a time before
// the story's.
func (t *tagger) pastPerfectIn(i, j int) bool { return t.perfectWithin(i, j, false) }

// perfectWithin reports whether "had" stands in the clause of tokens
// [i, j), within 15 words before or after it. With conj, an "and", "but"
// or "then" ends the clause: after the expression always, before it when
// a simple past follows it (see perfectClause).
func (t *tagger) perfectWithin(i, j int, conj bool) bool {
	from := 0 // the first token of the expression's clause, within 15 words
	for k, n := i-1, 0; k >= 0 && n < 15; k, n = k-1, n+1 {
		if t.endsAt(k, stopSemicolon|stopComma) {
			from = k + 1
			break
		}
		from = k
		switch t.w(k) {
		case "had":
			return true
		case "and", "but", "then":
			if conj && t.cue(k+1) == tPast {
				return false
			}
		}
	}
	if t.is(j, ",") {
		verb := false // a verb in the simple past before the expression, in its clause
		for k := from; k < i && !verb; k++ {
			verb = t.cue(k) == tPast
		}
		if verb {
			// "By the time rain put it out on Tuesday, Oct. 10, 1871, it
			// had burned for a day": the expression's clause has its own
			// verb in the simple past; the "had" after the comma is the
			// next clause's
			return false
		}
		j++ // "In June 2000, he had been jailed"
	}
	for k, n := j, 0; k < len(t.toks) && n < 15; k, n = k+1, n+1 {
		if t.endsAt(k, stopSemicolon|stopComma) {
			break
		}
		switch t.w(k) {
		case "had":
			return true
		case "and", "but", "then":
			if conj {
				return false
			}
		}
	}
	return false
}

// datedAfter reports whether the words from token k date the phrase
// before them with another time: "in May", "of 2012", "last year",
// "before the election", "two years ago".
func (t *tagger) datedAfter(k int) bool {
	switch t.w(k) {
	case "in", "of", "last", "next", "that", "before", "after", "following", "preceding", "ago":
		return true
	}
	return k < len(t.toks) && t.toks[k].kind == kNum
}

// figureAfterTo reports whether the number at k, after "to" or "through"
// at k-1 following a month and day, is a figure a quantity fell or rose
// to rather than the last day of a span: a decimal ("in the week ended
// Nov. 14 to 3.596 trillion"), or a number before a word of scale or
// measure ("rose on Nov. 14 to 3 million barrels", "to 12 percent", "to
// 9 cents"). "from Oct. 5 to 7", "Nov. 14 to 18." keep the span.
func (t *tagger) figureAfterTo(to, k int) bool {
	if !t.is(to, "to") && !t.is(to, "through") || k+1 >= len(t.toks) {
		return false
	}
	if t.is(k+1, ".") && t.attached(k+1) && k+2 < len(t.toks) && t.toks[k+2].kind == kNum && t.attached(k+2) {
		return true
	}
	switch t.w(k + 1) {
	case "million", "billion", "trillion", "thousand", "hundred", "percent", "%", "per", "cents", "cent", "pence",
		"points", "barrels", "tons", "tonnes", "degrees", "bn", "mn", "m", "bcf", "tcf", "mw", "gw":
		return true
	}
	return false
}

// momentAside reports whether the day c closes an aside that says what
// a clock time just named was the moment of: "At 4:53 p.m., the moment
// the quake struck on Jan. 12, 2010, church bells rang", "At 2:46 p.m.,
// the minute the wave hit on March 11, 2011, ...". The clock time is of
// the story's day, an anniversary; the day in the aside is the event
// remembered, which the next "in the morning" or "that evening" does not
// count from. Only a day of a year before the reference year counts so:
// "At 9:30 a.m., the moment trading opened on Monday, the index fell" is
// the story's own day. An aside of no clock time ("On Jan. 12, 2010, the
// moment ...") or a day in the main clause after the aside keeps its
// anchor.
func (t *tagger) momentAside(c cand, day time.Time) bool {
	if day.Year() >= t.ref.Year() {
		return false
	}
	for k := c.i - 1; k >= 2 && k >= c.i-14; k-- {
		switch t.w(k) {
		case ",", ".":
			if !t.attached(k) || !t.attached(k+1) {
				return false // not "7.0" or "1,300"
			}
		case ";", ":", "(", ")":
			return false
		case "moment", "minute", "instant", "hour":
			return t.is(k-1, "the") && t.is(k-2, ",") && t.lastTime != "" && t.lastTimeAt == k-2
		}
	}
	return false
}
