package timex

import (
	"strings"
	"time"
)

// fiscalYearName parses the name of a fiscal year starting at token k:
// "FY2013", "FY13", "FY 2013", "fiscal 2013", "fiscal year 2013", or a
// fiscal year named from the one under way, "the financial year", "the
// current (new, this) fiscal year", "the next financial year", "the
// previous (last) fiscal year". It returns the year that names it and the
// token after the name, or 0. A fiscal year is named by the year it ends
// in ("fiscal 1989", as TimeBank values it); the one under way is valued
// as TimeBank values "the current fiscal year", by the reference year.
func (t *tagger) fiscalYearName(k int) (int, int) {
	if k >= len(t.toks) {
		return 0, 0
	}
	switch t.w(k) {
	case "fy":
		n := k + 1
		if !t.toks[k].upper || n >= len(t.toks) || t.toks[n].kind != kNum {
			return 0, 0
		}
		if y := t.yearOnly(n); y > 0 {
			if last, end := t.fiscalSpanEnd(n); end > 0 {
				return last, end // "FY2014/15": named by the year it ends in
			}
			return y, n + 1
		}
		if len(t.toks[n].w) == 2 && t.attached(n) {
			y := 1900 + t.toks[n].n // "FY13"; "FY98"
			if t.toks[n].n <= 50 {
				y += 100
			}
			return y, n + 1
		}
		return 0, 0
	case "fiscal":
		n := k + 1
		if t.is(n, "year") {
			n++
		}
		if y := t.yearOnly(n); y > 0 {
			if last, end := t.fiscalSpanEnd(n); end > 0 {
				return last, end // "fiscal 2013-14", "fiscal year 2013-14"
			}
			return y, n + 1
		}
		return 0, 0
	}
	n, off := k, 0
	switch t.w(k) {
	case "the", "its", "their":
		n++
	}
	switch t.w(n) {
	case "current", "new", "this":
		n++
	case "next", "coming":
		n, off = n+1, 1
	case "previous", "prior", "last":
		n, off = n+1, -1
	}
	if y := t.yearOnly(n); y > 0 && off == 0 && n == k+1 {
		// "the 2015/16 financial year", "the 2014-15 fiscal year": named
		// by the year it ends in
		if last, end := t.fiscalSpanEnd(n); end > 0 && (t.is(end, "fiscal") || t.is(end, "financial") || t.is(end, "tax")) && t.is(end+1, "year") {
			return last, end + 2
		}
	}
	if n == k {
		return 0, 0
	}
	if (t.is(n, "fiscal") || t.is(n, "financial") || t.is(n, "tax")) && t.is(n+1, "year") && !t.is(n+2, "'") {
		if y := t.yearOnly(n + 2); y > 0 && off == 0 {
			return y, n + 3 // "the fiscal year 2013"
		}
		return t.ref.Year() + off, n + 2
	}
	return 0, 0
}

// accountWord reports whether w names years of account before "year" or
// "years": "fiscal", "financial" (British and Indian copy), "budget" (the
// American public bodies'), "tax" (a tax authority's year: Britain's runs
// from 6 April, Australia's from 1 July, America's is the calendar year).
// "two financial years", "the previous three tax years" are as many years
// long.
func accountWord(w string) bool {
	return w == "fiscal" || w == "financial" || w == "budget" || w == "tax"
}

// fiscalSpan parses a fiscal year written as the span of the two calendar
// years it straddles, with its noun (token i is "the"): "the 2013-14
// financial year", "the 2015/16 fiscal year", "the financial year
// 2016-17", "the budget year 2014-15". It is named by the year it ends in,
// as "FY2014/15" is, with no calendar interval. A span with no such noun
// ("the 2015-16 budget", "the 2012-13 season") is no fiscal year here: it
// is found as its first year, the interval both.
func (t *tagger) fiscalSpan(i int) cand {
	k := i + 1
	n, after := k, 0
	if accountWord(t.w(k)) && t.is(k+1, "year") {
		n = k + 2 // "the financial year 2016-17"
	}
	y := t.yearOnly(n)
	if y == 0 {
		return cand{}
	}
	last, end := t.fiscalSpanEnd(n)
	if end == 0 {
		return cand{}
	}
	after = end
	if n == k {
		// "the 2013-14 financial year"; "the 2013-14 financial year's
		// budget" is the year too, the possessive outside
		if !accountWord(t.w(end)) || !t.is(end+1, "year") {
			return cand{}
		}
		after = end + 2
	}
	return cand{i: i, j: after, typ: Date, val: itoa(last), ivSet: true, the: true}
}

// fiscalSpanEnd reads the span of two calendar years a fiscal year
// straddles, from the four-digit year at i: "2013-14", "2015/16", or with
// the second year in full, "1999-2000", "2013/2014". It returns the year
// the span ends in and the token after it, or end 0: the second year must
// be the next one ("2013-15" is no fiscal year).
func (t *tagger) fiscalSpanEnd(i int) (last, end int) {
	y := t.yearOnly(i)
	if y == 0 {
		return 0, 0
	}
	if last, end := t.yearSpanEnd(i); end > 0 {
		if last != y+1 {
			return 0, 0
		}
		return last, end
	}
	k := i + 1
	if k+1 >= len(t.toks) || !t.is(k, "-") && !t.is(k, "/") || !t.attached(k) || !t.attached(k+1) {
		return 0, 0
	}
	if n := t.toks[k+1]; n.kind != kNum || len(n.w) != 4 || n.n != y+1 {
		return 0, 0
	}
	if k+2 < len(t.toks) && t.attached(k+2) && (t.is(k+2, "-") || t.is(k+2, "/")) {
		return 0, 0
	}
	return y + 1, k + 2
}

// fiscalListSpan values a span of years at i, ending at end, that a noun
// of a year of account names without "the" before the span: after
// "financial year", "fiscal years", "budget year" ("for financial year
// 2012-13", "in the financial years 2013-14 and 2014-15"), before
// "fiscal year" or "financial years" ("the government's 2013-14 fiscal
// year", "the 2013-14 and 2014-15 financial years"), or in a list joined
// by "and", "to" or a comma to such a span. Each is a fiscal year, named by
// the year it ends in with no interval, as "FY2014/15" is. It reports false
// for a span no such noun names ("the 2015-16 season", "in 2013-14" after
// "the club's financial troubles"): the first year, both years' days.
func (t *tagger) fiscalListSpan(i, end int) bool {
	fiscalBefore := func(k int) bool {
		// "financial year 2012-13", "fiscal years 2013-14", "fiscal 2013-14"
		return t.is(k, "fiscal") || (t.is(k, "year") || t.is(k, "years")) && accountWord(t.w(k-1)) || t.is(k, "year") && t.fiscalWord(k-1)
	}
	fiscalAfter := func(k int) bool {
		// "2013-14 financial years", "2013-14 fiscal year"
		return accountWord(t.w(k)) && (t.is(k+1, "years") || t.fiscalWord(k) && t.is(k+1, "year"))
	}
	if fiscalBefore(i-1) || fiscalAfter(end) {
		return true
	}
	// back over a list: "the financial years 2012-13, 2013-14 and 2014-15"
	for k, n := i, 0; n < 4; n++ {
		if !t.is(k-1, "and") && !t.is(k-1, "to") && !t.is(k-1, ",") && !t.is(k-1, "or") {
			break
		}
		p := k - 4 // "2013 - 14 and": the year three tokens before the joint
		if p < 0 || t.toks[p].kind != kNum {
			break
		}
		if _, e := t.fiscalSpanEnd(p); e != k-1 {
			break
		}
		if fiscalBefore(p - 1) {
			return true
		}
		k = p
	}
	// on over a list: "the 2013-14 and 2014-15 financial years"
	for k, n := end, 0; n < 4; n++ {
		if !t.is(k, "and") && !t.is(k, "to") && !t.is(k, ",") && !t.is(k, "or") {
			break
		}
		_, e := t.fiscalSpanEnd(k + 1)
		if e == 0 {
			break
		}
		if fiscalAfter(e) {
			return true
		}
		k = e
	}
	return false
}

// fiscalPeriod parses a quarter or half of a named fiscal year, its code
// ("-Q3", "-H1") known and the name at token k ("Q3 FY2013", "the third
// quarter of the financial year", "the first half of fiscal 2013"): the
// fiscal year's name with the code, no calendar interval (a fiscal
// quarter need not be the calendar one), from token i.
func (t *tagger) fiscalPeriod(i, k int, code string) cand {
	if t.is(k, "of") {
		k++
	}
	y, e := t.fiscalYearName(k)
	if y == 0 {
		return cand{}
	}
	return cand{i: i, j: e, typ: Date, val: itoa(y) + code, ivSet: true, fiscal: code[1] == 'Q', fy: true}
}

// fiscalBare values a quarter or half named with no year ("the fourth
// quarter", "Q4", code "-Q4") after a period of a named fiscal year: a
// period of that fiscal year, with no calendar interval (an Indian
// company's fourth quarter of FY2013 is January to March 2013, no
// calendar fourth quarter). It reports false when no fiscal year was named.
func (t *tagger) fiscalBare(i, j int, code string) (cand, bool) {
	y := t.fiscalY
	if y == 0 && t.w(i) == "q" {
		// "Tata Motors Q3 profit falls" over a story that goes on to say
		// "Q3 FY2013": the same quarter, named later with its fiscal year
		y = t.fiscalLater(j, code)
	}
	if y == 0 {
		return cand{}, false
	}
	if y == t.fiscalY && len(t.fiscalP) == 2 && t.fiscalP[0] == code[1] {
		// fiscal periods run in order: "reported a loss for Q4 FY2013. In
		// the first quarter, it will" is the next fiscal year's first,
		// "reported Q1 FY2014 results. Revenue in the fourth quarter had
		// been flat" the last one's fourth
		switch n, last, tn := code[2], t.fiscalP[1], t.tenseAt(i, j); {
		case n < last && tn == tFuture:
			y++
		case n > last && tn == tPast:
			y--
		}
	}
	return cand{i: i, j: j, typ: Date, val: itoa(y) + code, ivSet: true, fiscal: code[1] == 'Q'}, true
}

// fiscalLater looks on from token k for the quarter code ("-Q3") written
// again with its fiscal year ("Q3 FY2013", "Q3 of fiscal 2013") and
// returns that year, or 0.
func (t *tagger) fiscalLater(k int, code string) int {
	letter := strings.ToLower(code[1:2])
	for ; k+2 < len(t.toks); k++ {
		if !t.is(k, letter) || !t.toks[k].upper || t.toks[k+1].kind != kNum || !t.attached(k+1) || t.toks[k+1].w != code[2:] {
			continue
		}
		if c := t.fiscalPeriod(k, k+2, code); c.ok() {
			return atoi(c.val[:4])
		}
	}
	return 0
}

// fiscalYearRelative parses "next financial year", "the previous fiscal
// year", "this financial year" with the word at i: the fiscal year named
// from the one under way, valued by that year (see fiscalYearName), with
// no interval.
func (t *tagger) fiscalYearRelative(i int) cand {
	switch t.w(i) {
	case "this", "next", "coming", "previous", "prior", "last":
	default:
		return cand{}
	}
	if t.is(i, "prior") && !t.is(i-1, "the") {
		return cand{}
	}
	y, e := t.fiscalYearName(i)
	if y == 0 {
		return cand{}
	}
	return cand{i: i, j: e, typ: Date, val: itoa(y), ivSet: true, the: true}
}

// A year followed by a clause of "when" frames that clause too ("up on
// last year, when the holy month fell in August too"): tag.go's emit
// sets the frame for both.

// opensSentence reports whether the expression starting at token i opens
// its sentence, alone or after "In": "In 2011, ...", "Last year ...".
func (t *tagger) opensSentence(i int) bool {
	if t.is(i-1, "in") && t.toks[i-1].upper {
		i--
	}
	return i == 0 || t.toks[i].nl || t.toks[i-1].kind == kPunct && t.punctEnds(i-1, stopLine)
}

// monthAbbrevPoint reports whether the point at k closes a month's
// abbreviation before its day ("Jan. 25", "Sept. 1"): no sentence's end
// ("The 2011 uprising began on Jan. 25, and Mubarak fell on Feb. 11").
func (t *tagger) monthAbbrevPoint(k int) bool {
	if k < 1 || !t.attached(k) || k+1 >= len(t.toks) || t.toks[k+1].kind != kNum {
		return false
	}
	_, ok := monthOf(t.w(k - 1))
	return ok && !isFullMonth(t.w(k-1))
}

// eventSubjectYear reports whether the year over tokens [i, j) dates the
// subject of its sentence, a war or another event that happened once,
// whose beginning, end or taking place the verb right after tells ("began",
// "ended", "opened", "broke out", "took place", "was held"; a place's name
// may follow the noun: "The 2011 war in Libya ended in October"): "The 1973 war began
// on Oct. 6", "The 2008-09 Gaza war ended on Jan. 18", "The Yom Kippur
// War of 1973 began on Oct. 6". The clause is then that year's, as after
// "In 1973,". A year of a person or a thing ("The 2012 champion won on
// Oct. 6") or another verb ("The 2003 invasion was condemned on Monday":
// today's news of it) frames nothing.
func (t *tagger) eventSubjectYear(i, j int) bool {
	if j != i+1 || t.toks[i].n > t.ref.Year() {
		return false // "The 2008-09 Gaza war ended on Jan. 18": which year is not said
	}
	the := -1
	verb := -1
	switch {
	case t.is(i-1, "the"):
		// "The 1973 war", "The 1991 Gulf War", "The 2014 local
		// elections", "The 2003 U.S.-led invasion"
		the = i - 1
		for k := j; k < j+7 && k < len(t.toks); k++ {
			if onceEventNoun(t.w(k)) {
				verb = k + 1
				if (t.is(verb, "in") || t.is(verb, "against")) && verb+1 < len(t.toks) && t.toks[verb+1].kind == kWord && t.toks[verb+1].upper {
					// "The 2011 war in Libya ended in October": the
					// place's name goes with the event
					for verb++; verb < len(t.toks) && t.toks[verb].kind == kWord && t.toks[verb].upper; verb++ {
					}
				}
				break
			}
			if t.toks[k].kind != kWord && !(t.toks[k].kind == kPunct && (t.is(k, "-") || t.is(k, ".")) && t.attached(k)) || preposition(t.w(k)) || t.is(k, "of") || determiner(t.w(k)) {
				break // "The 2012 report on the war": the year is the report's
			}
		}
	case t.is(i-1, "of") && onceEventNoun(t.w(i-2)):
		// "The Yom Kippur War of 1973", "The war of 1812"
		for k := i - 3; k >= 0 && k >= i-7; k-- {
			if t.is(k, "the") {
				the = k
				break
			}
			if !(t.toks[k].kind == kWord && t.toks[k].upper || t.is(k, "-") && t.attached(k)) {
				break
			}
		}
		verb = j
	}
	if the < 0 || verb < 0 || !(t.toks[the].upper && t.opensSentence(the) || t.is(the-1, "and") && t.is(the-2, ",") || !t.toks[the].upper && t.reportedClauseAt(the)) {
		// the subject opens the sentence, or a clause after ", and"
		// ("The 1967 war ended on June 10, and the 1973 war began on
		// Oct. 6"), or a reported clause ("Israel said the 2006 war
		// began on July 12")
		return false
	}
	switch t.w(verb) {
	case "began", "started", "ended", "erupted", "happened", "occurred", "opened":
		return true
	case "broke":
		return t.is(verb+1, "out")
	case "took":
		return t.is(verb+1, "place") // "The 2010 election took place on May 6"
	case "was", "were":
		// "The 2014 local elections were held in May"; "was held up" is
		// a delay
		return (t.is(verb+1, "held") || t.is(verb+1, "fought")) && !t.is(verb+2, "up") && !t.is(verb+2, "back")
	}
	return false
}

// reportedClauseAt reports whether token k opens the clause a reporting
// verb in the past governs: right after "said", "told reporters",
// "announced", "recalled" or "noted", or after "that" following one
// ("Israel said the 2006 war began", "said that the 2006 war began").
func (t *tagger) reportedClauseAt(k int) bool {
	p := k - 1
	if t.is(p, "that") {
		p--
	}
	if t.is(p, "reporters") && t.is(p-1, "told") {
		return true
	}
	switch t.w(p) {
	case "said", "announced", "recalled", "noted":
		return true
	}
	return false
}

// onceEventNoun reports whether w names an event that happens once and has a
// beginning and an end: a war, an invasion, a coup, an election.
func onceEventNoun(w string) bool {
	switch w {
	case "war", "wars", "invasion", "offensive", "conflict", "uprising", "revolution", "coup", "siege", "battle",
		"ceasefire", "truce", "occupation", "intervention", "insurgency", "crisis", "election", "elections",
		"referendum", "polls", "games", "olympics", "summit", "campaign", "cup":
		return true
	}
	return false
}

// framedYear returns the year the sentence holding tokens [i, j) opened
// with ("Last year heavy rains in late August flooded Sindh": 2011 in a
// 2012 paper, not the August just gone), or 0: none, or a clause not in
// the past tense ("In 2011, he said the plant would open in March" may
// mean the March after; "Last year's champion returns in September" is
// this September).
func (t *tagger) framedYear(i, j int) int {
	return t.framedYearIn(i, j, t.frameWhen)
}

// framedYearThrough is framedYear for a month and day: the year of a
// subject opening the sentence ("The 2011 uprising began on Jan. 25, and
// Mubarak fell on Feb. 11") reaches past ", and" to a month and day,
// which news writes with its year when it is another ("and markets fell
// again on Wednesday" is today's news, which a weekday tells).
func (t *tagger) framedYearThrough(i, j int) int {
	return t.framedYearIn(i, j, t.frameWhen && !t.frameSubj)
}

// wouldFramedYear returns the year a sentence opened with ("In 2012,")
// when the clause of the expression at [i, j) is a future seen from the
// past, after "would" ("In 2012, he said the plant would open in the
// summer"): a time to come of that year, not of now. It returns 0 for a
// year of now or to come, and for any other tense.
func (t *tagger) wouldFramedYear(i, j int) int {
	if t.frameY == 0 || t.frameY >= t.ref.Year() || t.frameAt > i || t.frameWhen {
		return 0
	}
	if c, k := t.tenseCue(i, j); c != tFuture || k < t.frameAt || k >= i || !t.is(k, "would") || t.is(k+1, "have") {
		return 0
	}
	return t.frameReach(i, true)
}

func (t *tagger) framedYearIn(i, j int, commaStops bool) int {
	if t.frameY == 0 || t.frameAt > i || t.tenseAt(i, j) != tPast {
		return 0
	}
	return t.frameReach(i, commaStops)
}

// frameReach returns the frame's year when the frame reaches token i: no
// sentence's end between (and, with commaStops, no comma of a clause of
// "when"), or 0.
func (t *tagger) frameReach(i int, commaStops bool) int {
	for k := t.frameAt; k <= i && k < len(t.toks); k++ {
		// any stop, even one that may close an abbreviation ("was not
		// Reece's. In April"): a frame reaches no further than it surely
		// holds
		if t.toks[k].nl || t.is(k, ".") && !(k+1 < len(t.toks) && t.attached(k+1)) && !t.monthAbbrevPoint(k) || t.is(k, "!") || t.is(k, "?") || t.is(k, ";") {
			// a point with no space after it is inside a word ("The 2003
			// U.S.-led invasion began on March 20")
			return 0
		}
		if commaStops && k > t.frameAt+1 && (t.is(k, ",") || t.is(k, "and") && t.is(k-1, ",")) {
			// "Unlike in 2010, when floods hit in August, the rains
			// arrived in June": the clause of "when" ends at its comma
			return 0
		}
	}
	return t.frameY
}

// forecastCue reads the verb of a forecast at k ("The Met Office forecast
// dry weather on Saturday", "has forecast showers on Saturday morning",
// "forecast a cold spell from Wednesday"): what is forecast is to come,
// so a day after its object points forward, whatever the tense of the
// forecast. It reports false for a noun ("the forecast for Saturday",
// after a determiner) and for a verb whose day or clause follows at once
// ("forecast on Monday that rain would fall", "predicted that"): then the
// day may date the forecast.
func (t *tagger) forecastCue(k int) (tense, bool) {
	if k == 0 || t.toks[k-1].kind != kWord || determiner(t.toks[k-1].w) || t.toks[k].upper {
		return tNone, false
	}
	n := k + 1
	if n >= len(t.toks) || t.toks[n].kind != kWord {
		return tNone, false
	}
	switch t.w(n) {
	case "on", "that", "in", "at", "last", "this", "yesterday", "today", "to", "for", "by", "with", "and", "or", "but":
		return tNone, false
	}
	if _, ok := weekdayOf(t.w(n)); ok {
		return tNone, false
	}
	// a form that may be past ("forecast", "predicted") with no auxiliary
	// points forward only for the weather: "Apple forecast quarterly
	// revenue below estimates on Tuesday" dates the forecast, as agency
	// leads put the day of the deed last; "has forecast", "forecasts"
	// cannot be dated by a day gone
	weatherOnly := false
	switch t.w(k) {
	case "forecast", "forecasted", "predicted":
		switch t.w(k - 1) {
		case "has", "have", "ve", "is", "are", "be":
		case "been":
			if t.is(k-2, "had") {
				return tNone, false // "Rain had been forecast for Sunday": a forecast gone by
			}
			weatherOnly = true
		default:
			weatherOnly = true
		}
	}
	weather := false
	if t.is(k-1, "was") || t.is(k-1, "were") {
		// the passive: the weather forecast is its subject ("Rainfall
		// totals of 6 to 10 inches were forecast through Sunday")
		weather = t.weatherSubject(k - 2)
	}
	// the day must be in the forecast's own phrase: "forecast weaker
	// results for the year ahead, as the end of a tax holiday in January
	// squeezed shoppers" forecasts nothing of January
	for m := n; m < len(t.toks) && m <= n+15; m++ {
		tm := t.toks[m]
		if weatherWord(tm.w) {
			weather = true
		}
		if tm.kind == kPunct && tm.w != "-" || tm.nl {
			break
		}
		switch tm.w {
		case "as", "when", "while", "because", "after", "since", "which", "who", "but":
			return tNone, false
		}
		_, wd := weekdayOf(tm.w)
		if wd && tm.upper || tm.w == "weekend" || tm.w == "tomorrow" || tm.w == "tonight" {
			if weatherOnly && !weather {
				return tNone, false
			}
			return tFuture, true
		}
	}
	return tNone, false
}

// weatherSubject reports whether a word of weather stands in the clause
// that ends at token k (up to ten words back, to a punctuation mark or a
// line break): the subject of a passive forecast.
func (t *tagger) weatherSubject(k int) bool {
	for m := k; m >= 0 && m > k-10; m-- {
		tm := t.toks[m]
		if tm.kind == kPunct && tm.w != "-" {
			return false
		}
		if weatherWord(tm.w) {
			return true
		}
		if tm.nl {
			return false // the clause opens its line
		}
	}
	return false
}

// weatherWord reports whether w names weather a forecast can be of ("dry
// weather", "showers", "a cold spell"): what is forecast of it is to come.
func weatherWord(w string) bool {
	switch w {
	case "weather", "rain", "rains", "showers", "shower", "snow", "snowfall", "sleet", "hail", "drizzle", "sunshine", "sun", "storm", "storms",
		"thunderstorms", "thunder", "frost", "fog", "wind", "winds", "gales", "gale", "heat", "heatwave", "cold", "spell", "temperatures",
		"highs", "lows", "downpours", "flooding", "floods", "cloud", "clouds", "skies", "blizzard", "blizzards", "ice", "freeze", "tornadoes", "hurricane",
		"rainfall", "gusts", "snowfalls", "thunderstorm":
		return true
	}
	return false
}

// adviceTo reports whether the "to" at k opens the infinitive of an
// advice, a warning or a request to someone ("warned drivers to set off
// before 2pm on Friday", "urged fans to arrive early on Saturday"): the
// deed is to come after the words that ask for it. The verb stands one to
// three words before "to", in the active ("was asked to leave on
// Friday" may date the request and is left to the other cues).
func (t *tagger) adviceTo(k int) bool {
	if k+1 >= len(t.toks) || t.toks[k+1].kind != kWord || determiner(t.w(k+1)) {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-4; m-- {
		if t.toks[m].kind != kWord {
			return false
		}
		switch t.w(m) {
		case "warned", "urged", "advised", "told", "asked", "reminded", "encouraged", "ordered", "warns", "urges", "advises", "tells", "asks", "reminds":
			switch t.w(m - 1) {
			case "was", "were", "been", "being", "is", "are", "be":
				return false
			}
			return t.deedTimed(k + 1)
		}
	}
	return false
}

// deedTimed reports whether the infinitive from token k times its deed
// with a word that cannot date the request ("to set off before 2pm on
// Friday", "to arrive early on Saturday", "to leave by Sunday"). A bare
// day at its end ("ordered him to pay $412 million in restitution on
// Wednesday", "urged Congress to act on Tuesday") is, in agency copy, the
// day of the order as often as the deed's, and is left to the other cues.
func (t *tagger) deedTimed(k int) bool {
	for m := k; m < len(t.toks) && m < k+15; m++ {
		tm := t.toks[m]
		if tm.kind == kPunct && tm.w != "-" && tm.w != "$" || tm.nl {
			return false
		}
		switch tm.w {
		case "before", "after", "by", "until", "till", "early", "earlier", "late", "later", "from", "between", "no":
			return true
		}
	}
	return false
}

// weekdayOrdinal parses "Friday the 11th" (the weekday at i, "the" at k):
// the day of that number within a month of the reference day that falls
// on that weekday, the nearest when two do; else nothing, and the weekday
// stands alone ("Friday the 13th" in a month where no 13th is a Friday
// is a name, the weekday's own rule dates "Friday").
//
// The ordinal may also stand bare ("Last Sunday, 14th", "on Monday 3rd"),
// as Indian, Nigerian and Philippine papers write it, when the phrase ends
// after it (punctuation, the end of the line or text): a rank ("on Sunday,
// 5th in the table") is followed by more words, or by a hyphen ("On
// Sunday, 14th-placed Leeds won").
func (t *tagger) weekdayOrdinal(i, k int, wd time.Weekday) cand {
	n := k + 1
	if !t.is(k, "the") {
		n = k
		if e := n + 2; e < len(t.toks) && !t.toks[e].nl && (t.toks[e].kind != kPunct || t.is(e, "-") || t.is(e, "–") || t.is(e, "/") || t.is(e, "'") || t.is(e, "’")) {
			return cand{} // "On Sunday, 14th-placed Leeds won": a rank
		}
	}
	if n+1 >= len(t.toks) || t.toks[n].kind != kNum || len(t.toks[n].w) > 2 || !t.attached(n+1) {
		return cand{}
	}
	switch t.w(n + 1) {
	case "st", "nd", "rd", "th":
	default:
		return cand{}
	}
	if t.is(n+2, "of") {
		// "Sunday the 11th of July": the date, kept when its weekday agrees
		if c := t.dayMonth(n); c.ok() && len(c.val) == 10 {
			if d, _, ok := intervalOf(c.val); ok && d.Start.Weekday() == wd {
				return cand{i: i, j: c.j, typ: Date, val: c.val}
			}
		}
		return cand{}
	}
	found, hits, best := time.Time{}, 0, time.Duration(1<<62)
	for dm := -1; dm <= 1; dm++ {
		m := time.Date(t.ref.Year(), t.ref.Month()+time.Month(dm), 1, 0, 0, 0, 0, time.UTC)
		if !validDate(m.Year(), int(m.Month()), t.toks[n].n) {
			continue
		}
		if d := day(m.Year(), m.Month(), t.toks[n].n); d.Weekday() == wd {
			// the nearest such day (a Friday the 11th in February is
			// one in March too, four weeks on)
			dist := d.Sub(t.ref)
			if dist < 0 {
				dist = -dist
			}
			if dist < best {
				found, best = d, dist
			}
			hits++
		}
	}
	if hits == 0 {
		return cand{}
	}
	return cand{i: i, j: n + 2, typ: Date, val: fmtDay(found)}
}

// ofLabel reports whether the day c names a thing after "of" in a
// sentence that set the anchor before it ("Kenny was elected this
// afternoon, a fortnight after the general election of February 25th"):
// the day labels the election, and the clock times of the next sentence
// ("The Dáil assembled at 2.30pm") keep the day the sentence told of. A
// part or stretch of a day or a period before "of" ("the night of", "the
// end of", "the week of") makes no label.
func (t *tagger) ofLabel(c cand) bool {
	if !t.anchored || t.anchorAt > c.i || !t.is(c.i-1, "of") || !t.sameSentence(t.anchorAt, c.i) {
		return false
	}
	k := c.i - 2
	if k < 0 || t.toks[k].kind != kWord || t.toks[k].upper {
		return false
	}
	if u, _ := unitOf(t.w(k)); u != uNone {
		return false
	}
	if _, ok := partOfDay(t.w(k)); ok {
		return false
	}
	switch t.w(k) {
	case "end", "start", "beginning", "middle", "close", "turn", "eve", "morning", "night", "evening", "afternoon", "rest", "remainder", "part", "half", "first", "last", "week", "weekend":
		return false
	}
	return true
}

// daysFirst reports whether the text writes its slashed dates day first:
// some slashed date in it has a first number over 12 and a second of 12
// or less ("14/02/2011"), and none has it the other way ("02/14/2011").
// An ambiguous date ("02/03/2011") is then read day first, as the paper
// writes them all. When no slashed date proves the order, a text that
// counts in pounds and not in dollars is British and writes day first.
// The answer is worked out once, at the first ambiguous date.
func (t *tagger) daysFirst() bool {
	if t.slashOrder == 0 {
		t.slashOrder = -1
		day, month := false, false
		for k := 0; k+4 < len(t.toks); k++ {
			if t.toks[k].kind != kNum || !t.is(k+1, "/") || t.toks[k+2].kind != kNum || !t.is(k+3, "/") || t.toks[k+4].kind != kNum {
				continue
			}
			if !t.attached(k+1) || !t.attached(k+2) || !t.attached(k+3) || !t.attached(k+4) {
				continue
			}
			a, b := t.toks[k].n, t.toks[k+2].n
			switch {
			case a > 12 && a <= 31 && b >= 1 && b <= 12:
				day = true
			case b > 12 && b <= 31 && a >= 1 && a <= 12:
				month = true
			}
		}
		if day && !month {
			t.slashOrder = 1
		}
		if !day && !month {
			// no slashed date proves the order: the money the text
			// counts in tells its country's custom. Pounds and no
			// dollars: British, day first ("quoting incident 1423 of
			// 07/02/2010" after "withdrawn £200"); both: unknown
			pound, dollar := false, false
			for k := range t.toks {
				switch t.toks[k].w {
				case "£":
					pound = true
				case "$":
					dollar = true
				}
			}
			switch {
			case pound && !dollar:
				t.slashOrder = 1
			case pound && dollar:
				t.slashOrder = 2
			}
		}
	}
	return t.slashOrder == 1
}

// slashUnsure reports whether the text gives no sure order for its
// ambiguous slashed dates (daysFirst): it counts in both pounds and
// dollars, and proves neither order. Such a date keeps its year only.
func (t *tagger) slashUnsure() bool {
	t.daysFirst()
	return t.slashOrder == 2
}

// futureDayBefore reports whether the clock time over tokens [i, j), in a
// clause in the future tense, follows a sentence that named a day to come
// as the anchor ("Crowds will mark Anzac Day on Saturday. The Dawn Service
// will begin at 4.30am"): its value takes that day, as a past clock time
// takes the past day the sentence before named.
//
// A state in force now until a clock time ("A tornado watch is in effect
// until 9 p.m. CDT", after "The storm should make landfall early Monday")
// ends today: "until", "till", "through" right before the clock time with
// no "will", "'ll" or "shall" before it in its sentence do not make the
// clause one about the day to come.
func (t *tagger) futureDayBefore(i, j int) bool {
	if !t.anchored || !t.anchor.After(t.ref) || !t.sentenceBefore(t.anchorAt, i) || t.sameSentence(t.anchorAt, i) || t.tenseAt(i, j) != tFuture {
		return false
	}
	if w := t.w(i - 1); w == "until" || w == "till" || w == "through" {
		now := false
		for k := i - 2; k >= 0 && k > i-25; k-- {
			if t.endsAt(k, 0) {
				break
			}
			switch t.w(k) {
			case "will", "shall", "ll":
				return true
			case "effect", "force", "place":
				now = now || t.is(k-1, "in") // "is in effect until 9 p.m."
			case "remain", "remains", "still", "currently", "now":
				now = true // "Schools remain closed until noon"
			}
		}
		// "The vote is on Thursday. Polls are open until 8 p.m.": a state
		// not said to hold now is the day's the sentence before named
		return !now
	}
	return true
}
