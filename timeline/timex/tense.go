package timex

// Tense cues and the choice between past and future readings.

import (
	"iter"
	"strings"
	"time"
)

// tenseAt returns the tense of the clause around tokens [i, j): the
// nearest cue word before the expression in the same sentence, or failing
// one, the nearest after it.
func (t *tagger) tenseAt(i, j int) tense {
	c, _ := t.tenseCue(i, j)
	return c
}

// tenseCue is tenseAt that also returns the cue's token (-1 when none).
// A past-tense verb of deciding or promising after the expression ("on
// Thursday agreed to plead guilty", "Monday vowed to retaliate") is
// dated by it: the tense is past, though the same verb before the
// expression ("vowed to retaliate by Friday") points forward.
func (t *tagger) tenseCue(i, j int) (tense, int) {
	const window = 25
	rel := false // the expression is in a relative clause set off by commas
	semi := -1   // the semicolon that opens the expression's clause
	aside, asideAt, asideEnd := tNone, -1, -1
	for k, d := i-1, 1; k >= 0 && d <= window; k = k - 1 {
		tk := t.toks[k]
		if t.toks[k+1].nl && t.toks[k].kind == kPunct && t.abbrevDot(k) && (t.toks[k].w == ".") {
			// "according to Thomson Reuters I/B/E/S.", then a new
			// paragraph: a period that could close an abbreviation
			// still ends the sentence at a line break
			break
		}
		if tk.kind == kWord {
			d++ // the window counts words: figures and punctuation do not make a clause longer
		}
		if t.endsAt(k, stopSemicolon) {
			if t.is(k, ";") {
				semi = k
			}
			break
		}
		if t.pastSubClause(k, j) {
			// "Crews are bracing for heat, after cooler weather on Sunday
			// brought relief": the subordinate clause's own past verb,
			// right after the day, tells it, not the main clause's
			return tPast, j
		}
		if o := t.asideClosedAt(k, i); o >= 0 {
			// "Obama meets Karzai, who arrived on Tuesday, at the White
			// House on Friday": a relative or parenthetical clause closed
			// before the expression has a tense of its own, which governs
			// only what it holds; its verb is the cue only when the main
			// clause has none
			if asideAt < 0 {
				asideEnd = k
				for m := k - 1; m > o; m-- {
					if c := t.cue(m); c != tNone {
						aside, asideAt = c, m
						break
					}
				}
			}
			k = o
			continue
		}
		if m := t.reducedRelative(k); m > 0 {
			past := t.w(m) == "was" || t.w(m) == "were" || t.w(m) == "had"
			switch {
			case tk.w == "planned" && !past:
				return tFuture, k // "Elections planned in June will be delayed": a plan to come
			case tk.w == "planned":
				return tNone, k // "Elections planned in June were delayed": the plan's day, either side
			case !past && bookingParticiple(tk.w) && (t.is(k+1, "for") || t.is(k+1, "through")) && k+2 == i:
				// "Travelers booked through Wednesday could change their
				// plans", "Passengers booked for Friday can rebook": the
				// day of the travel booked, to come ("Tickets booked
				// Wednesday will be refunded" keeps the booking's day)
				return tFuture, k
			case past:
				return tPast, k // "Cuts proposed in May were rejected": all told as past
			}
			// "Officials elected in June will take office": the date
			// belongs to the participle's phrase, which has no tense of
			// its own; the main verb's future does not say which June
			return tNone, k
		}
		if t.appositiveParticiple(k, i) {
			continue // "Resolution 1881, adopted by the council, asks ... no later than January 31"
		}
		if t.determinerParticiple(k) {
			continue // "The planned strike on Monday will go ahead": an adjective, no verb
		}
		if (tk.w == "followed" || tk.w == "preceded") && t.is(k-1, ",") && t.is(k+1, "by") {
			// "The deal provides for a rise in January, followed by
			// another on June 1": a participle of sequence after a comma
			// has no tense of its own; the clause before the comma gives it
			continue
		}
		if tk.w == "backdated" && t.is(k+1, "to") {
			if i <= k+5 && !t.punctBetween(k+1, i) {
				// "will get a rise backdated to April", "backdated to the
				// start of April": what a rise is backdated to has gone
				// by, whatever the clause's tense
				return tPast, k
			}
			switch t.w(k - 1) {
			case "he", "she", "it", "they", "we", "i", "who", "which", "that":
				// "The firm said it backdated to April the grants": a
				// verb after its subject
				return tPast, k
			}
			if k > 0 && !auxiliary(t.w(k-1)) {
				// "provides for an increase backdated to January 1st,
				// followed by a rise on June 1st": the participle dates
				// only its own object; the clause's verb gives the tense
				// of the rest ("was backdated to April, and" has its verb;
				// "3% backdated to April and 2% more from June" is of the
				// clause's "will pay")
				continue
			}
		}
		if plannedParticiple(tk.w) && t.afterWouldHave(k) {
			continue // "Elvis would have turned 80 on Thursday": no past of its own; the modal decides
		}
		if tk.w == "would" && t.wouldHave(k) {
			// "Call Lane would have been very busy in the early hours of
			// Sunday morning", "would not have seen him on Friday": what
			// would have been, before the date, is past, as "could have
			// emerged" ("would have to appear on Monday", "would have a
			// hearing" look ahead; after the date, "By Friday the crews
			// would have cleared the road" may be a future seen from the
			// past, and is left to the modal)
			return tPast, k
		}
		if (tk.w == "was" || tk.w == "were") && t.likelyToWeekday(k, i) {
			// "Forecasters said the weather was likely to improve on
			// Friday": a forecast told in the past, as "was expected
			// to", is of a day to come
			return tFuture, k
		}
		if tk.w == "since" && t.sinceGoverns(k, i) {
			continue // "agreed on Wednesday to cut output for the first time since 2008, reducing production from January"
		}
		if c := t.cue(k); c != tNone && !t.is(k-1, "than") {
			// ("landed 20 minutes earlier than scheduled on Tuesday": a
			// plan's word after "than" is a comparison, no cue)
			if c == tFuture && pastPlanVerb(tk.w) && !determiner(t.w(k-1)) &&
				(t.governsDay(k, i) && !auxiliary(t.w(k-1)) || t.speechPhraseBefore(k, i) && !beForm(t.w(k-1))) {
				// (not "the promised tax cuts", "her pledged reforms":
				// an adjective; "had promised ... in a speech on
				// Tuesday" is past too)
				// "The minister promised in November to resign", "vowed
				// in December to fight on": the date right after the
				// verb dates the promise, which is past; what it
				// promises comes after ("promised to resign in June")
				return tPast, k
			}
			return c, k
		}
		if tk.nl {
			break
		}
		if (tk.w == "who" || tk.w == "which") && t.is(k-1, ",") {
			// "The minister, who cut short his holiday on Tuesday, is
			// expected to visit on Friday": a clause set off by commas
			// has a tense of its own, which the main clause's verbs do
			// not give
			rel = true
			break
		}
	}
	for k, d := j, 1; k < len(t.toks) && d <= window; k = k + 1 {
		tk := t.toks[k]
		if tk.kind == kWord {
			d++
		}
		if tk.nl {
			break
		}
		if t.endsAt(k, stopSemicolon) || rel && t.is(k, ",") {
			break
		}
		if p := k - 1; (tk.w == "which" || tk.w == "who") && (t.is(p, ",") || (t.is(p, "\"") || t.is(p, "”")) && t.is(p-1, ",")) && t.mainVerbBetween(j, p) {
			// "The album, out March 5, includes the single, which went on
			// sale on Tuesday": past the main clause's verb, a relative
			// clause set off by commas tells of another thing
			break
		}
		if t.nounParticiple(k) {
			continue // "shut the plant early Friday to begin an outage expected to last five weeks"
		}
		if c := t.cue(k); c != tNone {
			if c == tFuture && (t.plannedRelative(k) || t.plannedRelative(k+1)) {
				continue // "As of 3 p.m. EST, flights scheduled for Monday had been scrapped": the main verb's tense
			}
			if c == tFuture && pastPlanVerb(tk.w) {
				return tPast, k
			}
			if c == tFuture {
				// "The judge on Monday ordered the city to pay by Friday":
				// an order's deadline, a day declared, lie after the verb;
				// a date before it times the order itself
				switch tk.w {
				case "ordered", "demanded", "declared", "named", "designated":
					return tPast, k
				case "orders", "demands", "declares", "names", "designates":
					return tPresent, k
				}
			}
			return c, k
		}
	}
	if semi >= 0 && t.gapped(semi, i, j) {
		// "The first won in 1983; the second, Lantern Hill, in May": a
		// clause with no verb after a semicolon leaves its verb out and
		// takes the one of the clause before
		for k, d := semi-1, 1; k >= 0 && d <= window; k-- {
			if t.toks[k].kind == kWord {
				d++
			}
			if t.endsAt(k, 0) || t.toks[k].nl && k < semi-1 {
				break
			}
			if c := t.cue(k); c != tNone {
				return c, k
			}
		}
	}
	if asideAt >= 0 {
		if v := asideEnd + 1; v < i && t.toks[v].kind == kWord && !t.toks[v].upper && presentS(t.w(v)) {
			// "The envoy, who visited Kabul on Friday, reports to
			// Congress on Tuesday": a verb in -s right after the clause
			// closes is the main clause's, in the present, though no cue
			// word
			return tPresent, v
		}
		return aside, asideAt
	}
	return tNone, -1
}

// presentS reports whether w has the form of a verb in the simple present
// of the third person: in -s, not -ss, -us, -is ("reports", "announces";
// not "press", "bonus", "this").
func presentS(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// asideClosedAt returns the token that opens a relative or parenthetical
// clause closed by token k, before the expression at i: ", who ... ,", ",
// which ... ,", ", whose ... ,", "— who ... —", "( ... )" within the
// sentence; -1 when k
// closes none. A comma closes a clause of "who" or "which" only when no
// "and" or "or" stands between it and the expression: "the envoy, who
// visited Kabul, Kandahar and Herat on Friday" is one clause with a list
// in it.
func (t *tagger) asideClosedAt(k, i int) int {
	tk := &t.toks[k]
	if tk.kind != kPunct {
		return -1
	}
	switch tk.w {
	case ")":
		for m := k - 1; m >= 0 && k-m <= 40; m-- {
			if t.toks[m].nl || t.endsAt(m, stopSemicolon) {
				return -1
			}
			if t.is(m, "(") {
				return m
			}
			if t.is(m, ")") {
				return -1
			}
		}
	case ",", "—":
		for m := k + 1; m < i; m++ {
			if t.is(m, "and") || t.is(m, "or") {
				return -1
			}
		}
		for m := k - 1; m > 0 && k-m <= 40; m-- {
			mt := &t.toks[m]
			if mt.nl || t.endsAt(m, stopSemicolon) || mt.kind == kPunct && (mt.w == "," || mt.w == "—" || mt.w == "(" || mt.w == ")") {
				return -1
			}
			if (mt.w == "who" || mt.w == "which" || mt.w == "whose") && !mt.upper && t.is(m-1, tk.w) {
				if m+1 == k {
					return -1
				}
				return m - 1
			}
		}
	}
	return -1
}

// mainVerbBetween reports whether a verb in the simple present of the
// third person ("includes", "has") stands among the words of [from, to)
// after a comma: the main clause's verb, with no tense cue of its own.
func (t *tagger) mainVerbBetween(from, to int) bool {
	comma := false
	for k := from; k < to; k++ {
		tk := t.toks[k]
		if t.is(k, ",") {
			comma = true
			continue
		}
		if !comma || tk.kind != kWord || tk.upper || k == 0 || t.toks[k-1].kind != kPunct {
			continue
		}
		w := tk.w
		if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
			return true // ", includes": the verb right after the comma that closes the aside
		}
	}
	return false
}

// gapped reports whether the clause from the semicolon at semi to the
// expression over [i, j) is one whose verb is left out: nothing before the
// expression but names, determiners, ordinals and prepositions ("; the
// second, Lantern Hill, in May"), and the clause ending right after it.
func (t *tagger) gapped(semi, i, j int) bool {
	if !t.clauseEndsAt(j) {
		return false
	}
	for k := semi + 1; k < i; k++ {
		tk := t.toks[k]
		if tk.kind != kWord || tk.upper {
			continue
		}
		switch tk.w {
		case "the", "a", "an", "its", "his", "her", "their", "first", "second", "third", "fourth", "last", "next", "other", "another", "one", "two", "three",
			"in", "on", "at", "by", "for":
		default:
			return false
		}
	}
	return true
}

// pastPlanVerb reports whether w is the past tense of a verb whose object
// is a plan or a promise: "agreed", "decided", "vowed". The verb itself is
// past; what it governs is to come.
func pastPlanVerb(w string) bool {
	switch w {
	case "agreed", "decided", "planned", "wanted", "hoped", "intended", "aimed", "promised", "pledged", "vowed", "threatened":
		return true
	}
	return false
}

// cue classifies token k as a tense cue, looking at its neighbours for
// "going to", "set to", "due to", "is to".
func (t *tagger) cue(k int) tense {
	tk := t.toks[k]
	if tk.kind != kWord {
		return tNone
	}
	if (tk.w == "am" || tk.w == "pm") && k > 0 && t.toks[k-1].kind == kNum {
		return tNone // "2.30am": a clock time, not "I am"
	}
	if k > 0 && t.toks[k-1].w == "having" && intentTo(tk.w) && t.is(k+1, "to") && !determiner(t.w(k+2)) {
		// "The firm, having agreed to sell the unit by June, will close
		// its plant": what was agreed or promised is still to do, and
		// its date is left to the clause's verb
		return tNone
	}
	if k > 0 && t.toks[k-1].w == "having" && perfectParticiple(tk.w) {
		// "The company now expects flat sales, having forecast growth in
		// April": a perfect participle tells of a deed done before
		return tPast
	}
	if t.withFuture(k) {
		// "Collection will be delayed, with Thursday routes collected on
		// Friday": the absolute phrase runs in the main clause's future
		return tFuture
	}
	if t.modalVerbBefore(k) {
		// "will operate extended hours through the end of January", "to
		// offer reduced fares": a form in -ed after a modal and its verb
		// is an adjective, no past
		return tNone
	}
	switch tk.w {
	case "forecast", "forecasts", "forecasted", "predicted", "predicts", "predict":
		if c, ok := t.forecastCue(k); ok {
			return c
		}
	case "to":
		if t.adviceTo(k) || t.headlineTo(k) {
			return tFuture
		}
	case "reports", "report":
		if !tk.upper && k > 0 && t.toks[k-1].kind == kWord && !determiner(t.toks[k-1].w) {
			switch t.w(k + 1) {
			case "results", "earnings", "quarterly", "first", "second", "third", "fourth", "fiscal", "its", "their":
				// "The company reports results on Thursday", "Target,
				// which reports fourth-quarter results next week": a
				// timetable, as "meets" ("media reports on Thursday said"
				// is a noun)
				if t.is(k-1, "will") {
					// "will report results for the fourth quarter":
					// the future of "will" stands, as for any verb
					return tFuture
				}
				return tPresent
			}
		}
	case "left":
		if u, pl := unitOf(t.w(k - 1)); u != uNone && pl && k > 2 && (t.quantityAt(k-2) || t.toks[k-2].kind == kWord && t.quantityAt(k-3)) {
			// "The Senate has 12 legislative days left before the Easter
			// recess": what remains, no past ("days" cannot leave)
			return tNone
		}
	case "ordered", "orders", "demanded", "demands":
		if t.orderDeadline(k) {
			// "ordered the evacuation of low-lying areas by 5 p.m.
			// Saturday": the deadline an order sets is after it
			return tFuture
		}
	case "declared", "declares", "named", "names", "designated", "designates":
		if t.dayDeclared(k) {
			// "has declared Wednesday a national day of mourning": a day
			// declared is to come
			return tFuture
		}
	case "out":
		if t.releaseOut(k) {
			return tPresent // "their new album, out Jan. 22": a release date
		}
	case "hits":
		if t.goesPhrase(k) {
			return tPresent // "The film hits theaters Dec. 20": a release
		}
	case "falls":
		if t.is(k+1, "on") && !tk.upper && !t.headlineLine(k) && !t.fallsNoun(k) && t.dateOpensAt(k+2) {
			// "The holiday falls on Saturday this year": where a day
			// lies in the calendar, told in the present; a headline's
			// present is a past ("Oil falls on Tuesday"), and "fell on"
			// stays past
			return tPresent
		}
	case "needs", "need":
		if t.is(k+1, "to") {
			return tFuture // "needs to raise the money by Monday": an obligation to come
		}
		if t.needVerb(k) {
			// "we need sun in July and August", "The crop needs rain in
			// August": what is needed is still to come
			return tFuture
		}
	case "plan", "plans", "planned", "plot", "plots", "decided", "agreed", "wants", "wanted", "hope", "hoped", "intend", "intended", "aim", "aimed":
		if t.is(k+1, "to") || t.is(k+1, "for") && tk.w == "planned" {
			return tFuture
		}
		if (tk.w == "planned" || tk.w == "wants" || tk.w == "plans") && (t.is(k+1, "a") || t.is(k+1, "an")) {
			// "planned a demonstration on Saturday", "wants a vote before
			// the August recess": the event is to come
			return tFuture
		}
		if tk.w == "planned" && (t.is(k-1, "is") || t.is(k-1, "are") || t.is(k-1, "being") && (t.is(k-2, "is") || t.is(k-2, "are"))) {
			// "A rally is planned Saturday": a plan in the present passive
			// names an event to come ("was planned" stays past)
			return tFuture
		}
		if tk.w == "planned" || tk.w == "decided" || tk.w == "agreed" || tk.w == "wanted" || tk.w == "hoped" || tk.w == "intended" || tk.w == "aimed" {
			return tPast
		}
		return tNone
	case "hit", "lay":
		// a past form that is also the bare verb: after a modal, "to" or
		// "did" it is the infinitive and carries no tense ("will hit its
		// borrowing limit again in mid-May": the modal decides)
		if k > 0 {
			switch t.toks[k-1].w {
			case "will", "would", "ll", "could", "may", "might", "should", "must", "can", "shall", "to", "did", "does", "do", "not", "t":
				return tNone
			}
		}
	case "could", "may", "might", "should", "must", "can":
		if tk.w == "may" && tk.upper {
			return tNone
		}
		if t.is(k+1, "have") || t.is(k+1, "not") && t.is(k+2, "have") {
			return tPast // "could have emerged"
		}
		if (tk.w == "could" || tk.w == "can") && (t.is(k+1, "not") || t.is(k+1, "n")) {
			if tk.w == "could" {
				return tPast // "could not stop the bullet"
			}
			return tNone
		}
		if tk.w == "could" && t.negatedBefore(k) {
			return tPast // "neither he nor his wife could be located Wednesday"
		}
		return tFuture
	case "going", "set", "due", "is", "are", "was", "were":
		if t.likelyForecast(k) {
			// "said a hard freeze was likely in the region on Wednesday
			// night": a forecast told in the past is of a time to come
			return tFuture
		}
		if t.is(k+1, "to") {
			if (tk.w == "due" || tk.w == "set") && t.is(k-1, "been") && t.is(k-2, "had") {
				// "had been due to expire Friday evening": a plan in the
				// past perfect was for a day gone by
				return tPast
			}
			return tFuture // "was to meet": a plan
		}
		if tk.w == "going" || tk.w == "set" || tk.w == "due" {
			return tNone
		}
	case "until", "till", "through", "thru":
		if tk.w == "through" || tk.w == "thru" {
			// "extended the program through June 30": the end of a new
			// term, as "until"; only before a month or a weekday ("drove
			// through Paris on Monday" is no term)
			_, mon := monthOf(t.w(k + 1))
			_, wd := weekdayOf(t.w(k + 1))
			if !mon && !wd || !t.termVerbBefore(k) && !(wd && t.runVerbBefore(k)) {
				return tNone
			}
		}
		// "Until Thursday, they had not called him a suspect": a past
		// perfect after it says the day is gone
		for m, n := k+1, 0; m < len(t.toks) && n < 15; m, n = m+1, n+1 {
			if t.endsAt(m, stopSemicolon) {
				break
			}
			if t.is(m, "had") {
				return tPast
			}
		}
		if t.pastBeforeUntil(k) {
			// "was one of the deadliest until December, when a gunman
			// killed 20 children": what lasted until the day is over
			return tPast
		}
		return tFuture
	case "since":
		// "searching since the Oct. 23 shooting": a date after "since" is gone
		return tPast
	case "ll":
		if k > 0 && t.toks[k-1].w == "'" {
			return tFuture
		}
		return tNone
	case "march":
		if tk.upper {
			return tNone
		}
	case "brings", "sees", "marks":
		if _, ok := weekdayOf(t.w(k - 1)); ok && t.toks[k-1].upper {
			switch {
			case tk.w == "marks" && t.anniversaryAfter(k):
				// "Monday marks the 50th anniversary of the march": a
				// day of the calendar, known ahead, the coming or
				// current one, in a headline too
				return tPresent
			case !t.stoplessLine(k):
				// "Thursday brings the Galibier", "Saturday sees the
				// final": a day as the subject of a present verb is a
				// day on the timetable, to come
				return tPresent
			}
			// a headline, whose present tells what happened ("Monday
			// marks deadliest day for Iraq this year"), in title case or
			// not, with body text after it or not
			return tNone
		}
	case "last", "next", "earlier", "ago", "yesterday", "tomorrow":
		return tNone // these belong to expressions, which resolve themselves
	case "s", "d", "t":
		return tNone
	}
	if k > 0 && barePresent(tk.w) {
		p := t.toks[k-1]
		if p.upper && p.kind == kWord && t.titleWord(k) {
			// "taken from a home in the North End at 9:15 p.m. Saturday",
			// "in the West End on Saturday", "Hilton Head": in running
			// text a capitalised verb after a capitalised word is the
			// end of a place's name, no present (a title-case headline,
			// "Leaders Meet Monday", or a text in capitals keeps its verb)
			return tNone
		}
		switch {
		case p.w == "," && t.afterRelative(k-1):
			return tPresent // "Real Madrid, who beat Barcelona last weekend, host Celta on Saturday"
		case p.kind != kWord, determiner(p.w):
			// "The vote on Sept. 11", "a visit on Monday": a noun
		case t.is(k-2, "did") || t.is(k-2, "t") || t.is(k-2, "not"):
			return tPast // "did they meet on Monday?"
		case p.w == "they" || p.w == "we" || p.w == "i" || p.w == "you" || p.w == "who":
			return tPresent // "they meet Monday": a timetable
		case p.w == "and" && t.is(k+1, "again") && !t.toks[k].upper && (t.is(k-2, ",") || t.weekdayAt(k-2)) && !t.pastAfterAgain(k+2):
			// "They played until Sunday, and play again on Saturday": a
			// second verb in the plain present with "again", after a
			// clause closed by a comma or a weekday, is the next
			// fixture, whatever the tense of the verb before "and"
			// ("and played again on Saturday" is past; "mixed work and
			// play again on Saturday" joins two nouns)
			return tPresent
		case p.w == "and" && t.presentBefore(k-1):
			// "Arsenal have now gone five games without a win and face
			// Bayern on Tuesday night": a second verb of a subject in the
			// present or present perfect
			return tPresent
		case (p.w == "also" || p.w == "still") && k >= 2 && t.toks[k-2].kind == kWord && (t.is(k-2, "they") || t.is(k-2, "we") || pluralForm(t.w(k-2))):
			// "Rail passengers also face disruption ... on Sunday", "they
			// still meet on Monday": an adverb between a plural subject and
			// the timetable's verb
			return tPresent
		case p.upper && !t.is(k-2, "to") || len(p.w) > 3 && p.w[len(p.w)-1] == 's' && p.w[len(p.w)-2] != 's' && p.w != "news":
			return tPresent // "Arafat meet separately Monday", "voters head to the polls Sunday"
		case t.pluralSubjectBefore(k):
			return tPresent // "Talks with the troika resume on Sunday"
		}
	}
	if (tk.w == "open" || tk.w == "close") && k > 0 && t.toks[k-1].kind == kWord && (!t.toks[k-1].upper || t.opensSentence(k-1)) && len(t.w(k-1)) > 3 && strings.HasSuffix(t.w(k-1), "s") && !strings.HasSuffix(t.w(k-1), "ss") && t.clockAfterAt(k+1) {
		// "Polls close at 8 p.m. on Sunday": the hour of a timetable
		// after a plural subject, still to come (a market's "close lower
		// on Wednesday", "close at 16,000" give no clock time and keep
		// the day gone; "will close at 10.30pm" is the future's)
		return tPresent
	}
	if tk.w == "follows" && !tk.upper && t.is(k+1, "on") && k+2 < len(t.toks) && t.toks[k+2].upper && !t.is(k+3, "'") {
		// "A parade follows on Monday": what comes next in a timetable;
		// "The ruling follows a hearing on Monday", "follows on the heels
		// of", "follows Monday's vote" tell of what went before and are
		// no cue
		if _, ok := weekdayOf(t.w(k + 2)); ok {
			return tPresent
		}
		if _, ok := monthOf(t.w(k + 2)); ok {
			return tPresent
		}
	}
	switch tk.w {
	case "expires", "ends", "shuts", "starts", "resumes", "returns", "heads", "goes", "faces", "hosts", "leaves", "convenes", "votes", "kicks",
		"begins", "opens", "takes", "comes", "arrives", "meets", "closes", "plays", "visits", "travels", "testifies", "holds", "runs", "lasts", "continues",
		"reopens", "restarts", "debuts", "premieres", "concludes", "departs", "launches",
		"appears", "debates", "hears", "sits", "reconvenes", "marks", "celebrates", "unveils", "publishes", "delivers",
		"addresses", "tours", "flies", "decides", "considers", "examines", "sentences", "receives", "welcomes", "attends",
		"joins", "signs", "enters", "reaches", "completes":
		// a timetable in the present after a singular subject: "The
		// deadline expires Monday", "Parliament votes Tuesday", "The
		// president reaches the 100-day mark on Saturday"; not a noun
		// after a determiner ("the votes") nor "reaches" before "of" ("the
		// upper reaches of the river")
		if k > 0 && !tk.upper {
			if (tk.w == "reaches" || tk.w == "completes") && (t.is(k+1, "of") || t.headlineLine(k) || t.stoplessLine(k)) {
				// (a headline's present tells what happened: "Dow
				// reaches record high on Tuesday")
				return tNone
			}
			if t.toks[k-1].kind == kNum {
				return tNone // "lost by 12 votes on Monday": a noun after a number
			}
			if t.toks[k-1].w == "and" && k > 1 && t.dateEnd(k-2) {
				// "Early voting began Thursday and ends Friday": after a
				// date and "and", a second verb of the same subject
				return tPresent
			}
			switch t.toks[k-1].w {
			case "the", "a", "an", "its", "his", "her", "their", "our", "of", "and", "s", "whose", "these", "those", "no",
				"more", "fewer", "few", "enough", "many", "several", "some", "two", "three", "four", "five", "six", "seven",
				"eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "by", "in", "with", "without":
				// a noun after a determiner, a quantity or a preposition
				// ("won by two votes", "fewer votes", "in votes")
				return tNone
			}
			return tPresent
		}
	}
	switch tk.w {
	case "begin", "start", "resume", "reopen", "expire":
		// "Exams begin on 12 May", "Classes resume on Monday": a
		// timetable in the present after a plural subject, as "begins"
		// after a singular one; only right after the subject and before
		// a word that takes a date ("to begin on Monday", "will begin"
		// are the infinitive's and the modal's). Not "open", "close",
		// "end": "Stocks close at 16,000 on Monday", "Shares end higher"
		// report a market day gone in the present, "Shops close on Whit
		// Monday" a habit
		if k > 0 && !tk.upper && t.pluralSubject(k-1) && !t.toks[k].nl {
			switch t.w(k + 1) {
			case "on", "in", "from", "next", "this", "after":
				return tPresent
			}
			if _, ok := weekdayOf(t.w(k + 1)); ok && t.toks[k+1].upper {
				return tPresent
			}
			if _, ok := monthOf(t.w(k + 1)); ok && t.toks[k+1].upper {
				return tPresent
			}
		}
	}
	switch tk.w {
	case "open", "ship", "launch", "arrive", "debut":
		// "Pre-orders open Friday", "The phones ship on Friday": a
		// release's timetable in the present after a plural subject,
		// right before a weekday; not in a headline, and not before
		// anything else ("Stocks open higher on Monday", "Shops open
		// Sundays" are a market's day and a habit)
		if k > 0 && !tk.upper && t.pluralSubject(k-1) && !t.toks[k].nl && !t.headlineLine(k) {
			m := k + 1
			if t.is(m, "on") {
				m++
			}
			if _, ok := weekdayOf(t.w(m)); ok && m < len(t.toks) && t.toks[m].upper && len(t.w(m)) >= 6 && !t.is(m+1, "'") && !marketMove(t.w(m+1)) && !marketNoun(t.w(k-1)) {
				return tPresent
			}
		}
	}
	c := cueOf(tk.w)
	if c != tNone && k > 1 && t.is(k-1, "-") && t.attached(k) && t.attached(k-1) && t.toks[k-2].kind == kWord {
		// "the highest-paid player", "a smaller-than-expected rise", "a
		// state-owned bank": the last part of a compound adjective, no verb
		return tNone
	}
	if (tk.w == "hopes" || tk.w == "aims") && k+1 < len(t.toks) {
		switch t.toks[k+1].w {
		case "had", "have", "has", "were", "was", "are", "is", "will", "would", "could", "of", "faded", "rose", "fell", "grew", "dimmed":
			return tNone // "By Wednesday, hopes had faded": a plural noun, the subject
		}
	}
	if c == tNone && k > 0 && len(tk.w) > 3 && tk.w[len(tk.w)-1] == 's' && tk.w[len(tk.w)-2] != 's' && !tk.upper {
		switch t.toks[k-1].w {
		case "who", "which", "he", "she", "it", "that":
			return tPresent // "who faces", "it remains": a present-tense verb
		}
	}
	if c == tPast && k > 0 && isParticiple(tk.w) {
		if t.adjectiveParticiple(k) {
			return tNone
		}
		switch t.toks[k-1].w {
		case "be":
			if k > 1 && t.toks[k-2].w == "to" {
				return tFuture // "talks to be held on Monday": a planned event
			}
			return tNone // "will be paid": the modal decides
		case "been", "being", "to", "not", "stay", "stays", "remain", "remains", "keep", "keeps", "become", "becomes":
			// a participle or infinitive: no tense of its own; after a
			// verb of state it is an adjective ("will stay closed
			// through Wednesday": the modal decides)
			return tNone
		case "is", "are", "am":
			return tPresent // "is headed to a runoff"
		}
		if t.keepObject(k) {
			return tNone // "keeps the government funded through Sept. 30": a state, no tense
		}
	}
	if c == tPresent && t.is(k+1, "expected") || t.is(k+1, "scheduled") || t.is(k+1, "due") {
		return tFuture
	}
	if c == tFuture && t.is(k-1, "been") && t.is(k-2, "had") {
		switch tk.w {
		case "scheduled", "slated", "expected", "due":
			// "had been scheduled to expire at midnight Friday": a plan in
			// the past perfect was for a day gone by, as "had been set for"
			return tPast
		}
	}
	return c
}

// presentBefore reports whether the clause before "and" at k has
// "have", "has", "is" or "are" for its verb, within twelve words, with no
// past-tense verb after it.
func (t *tagger) presentBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		tm := t.toks[m]
		if t.endsAt(m, stopLine|stopSemicolon) {
			return false
		}
		switch tm.w {
		case "have", "has", "is", "are":
			return !t.is(m-1, "to") && !t.is(m-1, "will") && !t.is(m-1, "would")
		case "and", "but", "that", "which":
			return false
		}
		if tm.kind == kWord && cueOf(tm.w) == tPast {
			// "Everton have now lost both matches, and face Sigma on
			// Thursday": a participle after "have" ("has", an adverb
			// between) is the present perfect
			for _, h := range [2]int{m - 1, m - 2} {
				if (t.is(h, "have") || t.is(h, "has")) && !t.is(h-1, "to") && !t.is(h-1, "will") && !t.is(h-1, "would") &&
					(h == m-1 || t.toks[m-1].kind == kWord && t.toks[m-1].w != "been") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// ordinalBefore reports whether w is an ordinal or a word of rank that
// stands between a determiner and an adjective ("its first elected
// mayor", "the only elected member", "the last appointed chief").
func ordinalBefore(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "last", "only", "next":
		return true
	}
	return false
}

// adjectiveParticiple reports whether the past participle at token k is
// an adjective before its noun rather than a verb of the clause: after a
// determiner ("the elected president", "a wounded soldier"), after an
// adverb in -ly that follows one ("the newly elected president will
// visit Paris on Tuesday": the modal decides, not "elected"), or after an
// ordinal that follows one, an adverb between or not ("will elect its
// first directly elected mayor on 15 November").
func (t *tagger) adjectiveParticiple(k int) bool {
	p := t.w(k - 1)
	if determiner(p) {
		return true
	}
	if len(p) > 4 && p[len(p)-2:] == "ly" && t.toks[k-1].kind == kWord && determiner(t.w(k-2)) {
		return true
	}
	if m := k - 1; (ordinalBefore(t.w(m)) || len(p) > 4 && p[len(p)-2:] == "ly" && t.toks[m].kind == kWord && ordinalBefore(t.w(m-1))) &&
		k+1 < len(t.toks) && t.toks[k+1].kind == kWord && !t.toks[k+1].upper && !t.toks[k+1].start && !determiner(t.w(k+1)) && !preposition(t.w(k+1)) {
		// "its first directly elected mayor", "the only elected member":
		// an ordinal between the determiner and the participle, an adverb
		// in -ly after it, a noun after it ("The first won in 1983", "The
		// first arrived late Monday" are verbs of "the first")
		if !ordinalBefore(t.w(m)) {
			m--
		}
		if determiner(t.w(m - 1)) {
			return true
		}
	}
	if len(p) > 4 && p[len(p)-3:] == "ing" && t.toks[k-1].kind == kWord && aspectVerb(t.w(k-2)) &&
		k+1 < len(t.toks) && t.toks[k+1].kind == kWord && !t.toks[k+1].upper && !determiner(t.w(k+1)) && !preposition(t.w(k+1)) {
		// "would begin flying stranded customers home on Tuesday", "were
		// evacuating injured residents": after a verb in -ing that a form
		// of "be" or of beginning makes a verb, the participle is the
		// adjective of its object ("The bombing killed 12 people": the
		// noun in -ing is the subject, "killed" its verb)
		return true
	}
	return false
}

// aspectVerb reports whether w is a form of "be" or of a verb of
// beginning, continuing or stopping, after which a word in -ing is a verb.
func aspectVerb(w string) bool {
	switch w {
	case "be", "been", "is", "are", "was", "were", "am", "begin", "begins", "began", "begun", "start", "starts", "started",
		"keep", "keeps", "kept", "continue", "continues", "continued", "stop", "stops", "stopped", "resume", "resumes", "resumed":
		return true
	}
	return false
}

// preposition reports whether w is a preposition that may follow a
// participle used as a verb ("was tired on Monday", "stranded in Spain").
func preposition(w string) bool {
	switch w {
	case "on", "in", "at", "by", "for", "from", "to", "with", "into", "onto", "after", "before", "during", "since", "until", "over", "off", "out", "up", "down", "as", "and", "or":
		return true
	}
	return false
}

// quantityAt reports whether a count stands at token k: a figure, a
// number word, "few", "several".
func (t *tagger) quantityAt(k int) bool {
	return k >= 0 && (t.toks[k].kind == kNum || t.startsNumber(k) || t.is(k, "few") || t.is(k, "several"))
}

// determiner reports whether w is an article, a demonstrative or a
// possessive, after which a verb form is a noun or an adjective.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose":
		return true
	}
	return false
}

// pastAfterAgain reports whether a verb in the simple past follows token k
// in its clause (up to a comma, "who", "which", "that" or the sentence's
// end): "Nadal won on Monday, and play again on Saturday was suspended by
// rain" makes "play" a noun, the subject of "was" (the day gone).
func (t *tagger) pastAfterAgain(k int) bool {
	for m := k; m < len(t.toks) && m < k+12; m++ {
		if t.endsAt(m, stopLine|stopSemicolon|stopComma) {
			return false
		}
		switch t.w(m) {
		case "who", "which", "that", "when", "where":
			return false
		}
		if t.toks[m].kind == kWord && !t.toks[m].upper && t.cue(m) == tPast {
			return true
		}
	}
	return false
}

// weekdayAt reports whether token k is a weekday's name.
func (t *tagger) weekdayAt(k int) bool {
	if k < 0 || k >= len(t.toks) {
		return false
	}
	_, ok := weekdayOf(t.w(k))
	return ok
}

// pluralForm reports whether w has the form of a plural noun: in -s, not
// -ss, longer than three letters, not "news".
func pluralForm(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w != "news"
}

// barePresent reports whether w is the plain present of a verb that news
// uses for a timetable ("leaders meet Monday", "voters head to the polls
// Sunday"), which after a plural subject points forward. "open" and
// "close" are left out: market reports use them for the day just gone
// ("Stocks close lower on Wednesday").
func barePresent(w string) bool {
	switch w {
	case "meet", "visit", "hold", "travel", "begin", "start", "vote", "resume", "gather", "head", "go",
		"return", "arrive", "convene", "fly", "leave", "kick", "play", "host", "face",
		"reopen", "reconvene", "depart", "testify", "end", "expire", "mark", "celebrate", "commemorate":
		return true
	}
	return false
}

// clockAfterAt reports whether "at" and a clock time with a.m. or p.m.
// stand at k: "at 8 p.m.", "at 7am".
func (t *tagger) clockAfterAt(k int) bool {
	if !t.is(k, "at") || k+1 >= len(t.toks) || t.toks[k+1].kind != kNum || t.toks[k+1].n > 12 {
		return false
	}
	for m := k + 2; m < k+6 && m < len(t.toks); m++ {
		switch t.w(m) {
		case "am", "pm":
			return true
		case "a", "p":
			return t.is(m+1, ".") && t.is(m+2, "m") || t.is(m+1, "m")
		case ":", ".":
			continue
		}
		if t.toks[m].kind != kNum {
			return false
		}
	}
	return false
}

// headlineTo reports whether "to" at k is a headline's future: "to" and
// a verb of an event or a timetable after a noun, in a line with no
// sentence stop ("Full schedule to resume Monday", "Obama to visit Japan
// on Tuesday"). In running text "to" and a verb tells of a purpose, not a
// time ("flew to Paris to meet him on Monday").
func (t *tagger) headlineTo(k int) bool {
	if k < 1 || k+1 >= len(t.toks) || t.toks[k-1].kind != kWord || t.toks[k+1].upper {
		return false
	}
	switch p := t.w(k - 1); p {
	case "up", "down", "back", "due", "set", "going", "is", "are", "was", "were", "has", "have", "had", "want", "wants", "plans", "seeks", "fails", "vows", "agrees", "refuses", "moves", "how", "what", "where", "when", "not":
		return false
	default:
		if determiner(p) || preposition(p) || t.cue(k-1) != tNone {
			return false
		}
	}
	switch v := t.w(k + 1); {
	case barePresent(v):
	default:
		switch v {
		case "open", "close", "launch", "ship", "sign", "announce", "release", "strike", "unveil", "decide", "debate", "quit", "name", "report", "rule", "sell", "buy":
		default:
			return false
		}
	}
	return t.headlineLine(k)
}

// headlineLine is stoplessLine that lets a headline's semicolon or colon
// join its parts ("Heathrow cancels flights; full schedule to resume
// Monday"): a line of at most 25 words with no period, '!' or '?'.
func (t *tagger) headlineLine(k int) bool { return t.shortLine(k, false) }

// sentenceStops are what, beside a period, '!' or '?' that ends a
// sentence, ends the stretch that around walks.
type sentenceStops uint8

const (
	stopSemicolon sentenceStops = 1 << iota // a semicolon
	stopLine                                // a token that opens a line
	stopComma                               // a comma
)

// endsAt reports whether token k ends the sentence: a period closing it,
// not an abbreviation (see abbrevDot), '!' or '?', or what stops adds.
func (t *tagger) endsAt(k int, stops sentenceStops) bool {
	tk := &t.toks[k]
	return tk.nl && stops&stopLine != 0 || tk.kind == kPunct && t.punctEnds(k, stops)
}

// punctEnds is endsAt for the punctuation token k.
func (t *tagger) punctEnds(k int, stops sentenceStops) bool {
	switch t.toks[k].w {
	case ".", "!", "?":
	case ";":
		if stops&stopSemicolon == 0 {
			return false
		}
	case ",":
		if stops&stopComma == 0 {
			return false
		}
	default:
		return false
	}
	return !t.abbrevDot(k)
}

// around yields the indexes of the tokens of the sentence around [i, j),
// first those before i, nearest first, then those from j on, at most limit
// on each side: a side ends at a period ('!', '?') closing a sentence, not
// an abbreviation, or at what stops adds.
func (t *tagger) around(i, j, limit int, stops sentenceStops) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, step := range [2]int{-1, 1} {
			k := i - 1
			if step > 0 {
				k = j
			}
			for n := 0; k >= 0 && k < len(t.toks) && n < limit; k, n = k+step, n+1 {
				if t.endsAt(k, stops) {
					break
				}
				if !yield(k) {
					return
				}
			}
		}
	}
}

// abbrevDot reports whether the period at k closes an abbreviation or an
// initial rather than a sentence.
func (t *tagger) abbrevDot(k int) bool {
	if k == 0 || !t.attached(k) {
		return false
	}
	p := t.toks[k-1]
	if p.kind == kNum {
		// a decimal point: "$5.3 million"
		return k+1 < len(t.toks) && t.toks[k+1].kind == kNum && t.attached(k+1)
	}
	if p.kind != kWord {
		return false
	}
	if len(p.w) == 1 {
		return true
	}
	switch p.w {
	case "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "jan", "feb", "mar", "apr", "jun",
		"jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "inc", "co", "corp", "jr", "sr", "prof", "no", "mt", "ft":
		return true
	case "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
		"md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
		"vt", "wash", "wis", "wyo", "ltd", "bros", "dept", "adm", "capt", "sgt", "rev", "ave", "blvd":
		// a US state or another abbreviation that may end a sentence too:
		// "Birmingham, Ala., killed" goes on, "lives in Seattle, Wash. He" ends
		if k+1 >= len(t.toks) {
			return false
		}
		n := t.toks[k+1]
		return n.w == "," || n.kind == kWord && !n.upper
	}
	return false
}

// holidayAttribute reports whether the holiday's name at [i, j) stands
// between a possessive ("its", "their", "the firm's") and a noun it
// qualifies: "has unveiled its Christmas schedule", "published their
// Easter programme": the holiday names the season of the thing, so a
// deed's past tense does not date it, and the nearest holiday is taken.
// A month, a weekday or a figure ("held its Jan. 5 meeting", "its Friday
// session") is the thing's own day and keeps the tense, and so does a
// noun of a stay ("spent his Christmas holiday in Spain", "break",
// "trip").
func (t *tagger) holidayAttribute(i, j int) bool {
	switch {
	case t.is(i-1, "s") && t.is(i-2, "'"):
	case i > 0:
		switch t.w(i - 1) {
		case "its", "their", "his", "her", "our", "my", "your":
		default:
			return false
		}
	default:
		return false
	}
	tk := t.toks[i]
	if tk.kind != kWord || !tk.upper {
		return false
	}
	if _, ok := monthOf(tk.w); ok {
		return false
	}
	if _, ok := weekdayOf(tk.w); ok {
		return false
	}
	if j >= len(t.toks) || t.toks[j].kind != kWord || t.toks[j].upper || !t.sameSentence(i, j) {
		return false
	}
	switch t.w(j) {
	case "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "as", "was", "were", "is", "are", "will", "would", "has", "had", "have",
		"holiday", "holidays", "break", "vacation", "leave", "trip", "visit", "stay", "eve", "day", "weekend", "week", "s":
		return false
	}
	return true
}

// direction returns -1 (past), +1 (future) or 0 (either) for tokens [i, j).
func (t *tagger) direction(i, j int) int {
	switch t.tenseAt(i, j) {
	case tPast:
		return -1
	case tFuture, tPresent:
		return 1
	}
	return 0
}

// yearDirection is direction for choosing the year of a month or a day of
// the month: a present-tense clause ("is continuing under a June
// agreement") says nothing about which June, so only past and future cues
// count and the nearest date is taken otherwise.
func (t *tagger) yearDirection(i, j int) int {
	t.wouldYear = 0 // set below only; an early return leaves no stale year
	if (t.is(i-1, "the") || t.is(i-1, "s") && t.is(i-2, "'")) && t.relativeTimetable(j) {
		// "on the eve of the January transfer window, which opens on
		// Wednesday": the thing the date names is still to come
		return 1
	}
	if t.expectationUndone(i) {
		// "Analysts had expected that June would bring a rebound, but
		// sales fell": a time expected in the past, with what came of it
		// told in the past, is gone
		return -1
	}
	if t.aheadOfDate(i) && !(t.lastSet && t.sameSentence(t.lastAt, i) && t.last.Before(t.ref.AddDate(0, 0, -14))) {
		// "Storage reached 82% on Monday, ahead of the 1 November
		// target": what a deed is ahead of comes after it, and the deed
		// is recent; a day within weeks behind may still be taken. A
		// deed dated weeks back in the sentence ("Prices rose in
		// February ahead of the March 3 vote") leaves the tense to
		// choose
		return 1
	}
	if t.effectInfinitive(i) && !(t.lastSet && t.sameSentence(t.lastAt, i) && t.last.Year() < t.ref.Year()) && t.tenseAt(i, j) == tPast {
		// "Regulators approved new rates to take effect in January":
		// the effect of a deed told in the past is after it (a future,
		// "are to take effect in June", stays one), and the deed, told with no
		// date or a recent one ("filed on Friday, asking for rates to
		// take effect in January"), is recent: the nearest such month
		// ("In 2012, Congress passed a law to take effect in January"
		// is left to the year)
		return 0
	}
	if t.holidayAttribute(i, j) && t.tenseAt(i, j) == tPast {
		// "The BBC has unveiled its Christmas schedule" in mid-December:
		// the holiday names the thing's season, not the deed's day: the
		// nearest ("will unveil its Christmas schedule" keeps the future)
		return 0
	}
	if t.bookedFor(i) && !t.futureCue(i, j) {
		// "bookings for Christmas and New Year were up 12 per cent":
		// what is booked lies ahead of the booking, and a report of
		// bookings is of the coming holiday or the one just gone: the
		// nearest, whatever the tense
		return 0
	}
	if t.is(i-1, "from") && t.untilFurtherNotice(j) {
		// "ordered staff out from Dec. 15 until further notice": a
		// measure open at its end runs on from its first day, which may
		// be still to come whatever the verb's tense: the nearest
		return 0
	}
	if (t.is(i-1, "for") || t.is(i-1, "on")) && (t.is(i-3, "is") || t.is(i-3, "are")) && !t.inQuotation(i) {
		switch t.w(i - 2) {
		case "set", "scheduled", "due", "slated":
			// "The trial is set for Dec. 28", "The report is due on
			// Dec. 28" in January: a plan told in the present is of a
			// date to come, even when last December's is nearer ("was
			// set for", "had been due on" are past and keep the tense);
			// a day gone within a week stays gone, as after "will"; a
			// quotation's present is its speaker's, left to its speech
			t.willWithin = 7
			return strongFuture
		}
	}
	if t.anchored && t.anchorAt <= i && t.sameSentence(t.anchorAt, i) && t.wayForTo(i) {
		// "On Monday, the council cleared the way for work to start in
		// June": what a deed of a day named opens the way for comes
		// after it, as a weekday there does (round8_edu)
		return 1
	}
	c, k := t.tenseCue(i, j)
	t.wouldFrame, t.wouldYear = time.Time{}, 0
	if c == tFuture && k >= 0 && k < i && t.is(k, "would") {
		t.wouldFrame = t.wouldFrameAt(k, i, j)
		t.wouldYear = t.wouldYearAt(k, i)
		if !t.wouldFrame.IsZero() && t.is(k+1, "have") && k+2 < i && perfectParticiple(t.w(k+2)) {
			// "He said in October that prices would have fallen in
			// September": a past seen from the dated speech, not its
			// future (the September before, not the one after)
			t.wouldFrame = time.Time{}
			return -1
		}
	}
	if c == tPast && k >= 0 && k < i && t.lastAt <= k && !wouldSpeechVerb(t.w(k)) {
		// "He said in 2012 that the plant opened in March": a past told
		// in words dated by a year alone is of that year or the one
		// before, which the text does not say (see wouldYearAt)
		t.wouldYear = t.wouldYearAt(k, i)
	}
	if c == tPast && k >= 0 && k < i && pastPlanVerb(t.w(k)) {
		if to := t.dayThenTo(k); to > 0 && to < i {
			// "OPEC agreed on Wednesday to cut output ..., reducing
			// production from January": the day dates the agreement,
			// what was agreed is still to do, as in "agreed to cut
			// output from January"; the nearest such month is taken
			return 0
		}
	}
	if c == tFuture && k >= 0 && k < i && (t.is(k, "agreed") || t.is(k, "decided")) {
		// "agreed to sell its stake in October": the month may date the
		// agreement or the sale; the nearest such month is taken
		return 0
	}
	if c == tPast && k >= 0 && k < i && i-k <= 4 && reportingVerb(t.w(k)) && t.timetableSubject(i, j) {
		// "The theatre said the winter season opens in December" in
		// July: the reported clause keeps its present, a timetable of
		// the thing the date names, which is to come (the reporting
		// verb's past does not date it)
		return 1
	}
	switch c {
	case tPast:
		if t.governsDay(k, i) || t.pastEventVerb(k, i) {
			return strongPast
		}
		return -1
	case tFuture:
		t.willWithin = 7
		if k >= 0 && k < i && (t.is(k, "until") || t.is(k, "till")) {
			// "The exhibition will run until Christmas": the "will" before
			// the verb of lasting governs the day "until" gives, unless
			// the day is gone within two weeks ("Schools will stay shut
			// until Jan. 6" in a mid-January paper is a closure just over)
			for m := k - 1; m >= 0 && m >= k-4 && t.toks[m].kind == kWord; m-- {
				if t.is(m, "will") {
					k, t.willWithin = m, 14
					break
				}
			}
		}
		if k >= 0 && k < i && (t.is(k, "will") || t.is(k, "shall") || t.is(k, "ll") && t.is(k-1, "'") || t.presentPlan(k)) && !t.willLooksBack(k) && t.willGoverns(k, i, j) {
			// a date of its own sentence may frame it ("In December 2012,
			// he said he will be home for Christmas": that year's; see
			// willFrameAt and pickYear)
			t.willFrame = t.willFrameAt(k, i, j)
			return strongFuture
		}
		return 1
	}
	if c == tPresent && t.citedRelease(c, k, i) {
		return -1 // "according to the figures, out Jan. 22." is gone
	}
	if c == tPresent && k >= 0 && k < i && i-k <= 12 && t.is(k, "out") && t.releaseOut(k) && t.pastMainBefore(k-1) {
		// "Critics loved the film, out Jan. 22." in March, "The band
		// released a single from their album, out Jan. 22." in November:
		// after a clause told in the past the release may be gone or to
		// come: the nearest (was always to come: Jan. 22 of next year)
		return 0
	}
	if c == tPresent && k >= 0 && k < i && i-k <= 3 && t.futureTimeClause(k) {
		// "will remain in session until its members' terms end in July",
		// "plan to vote before they leave in July": in a clause of time
		// under a future the present stands for the future, so the month
		// is the one to come (round10_polit)
		return 1
	}
	if c == tPresent && k >= 0 && k < i && i-k <= 12 && (timetableVerb(t.w(k)) || t.goesPhrase(k) || t.releaseOut(k)) {
		// "The new fiscal year begins Oct. 1", "The law takes effect Jan.
		// 1", "The deal expires at the end of the fiscal year on Sept.
		// 30": a timetable in the present names a date to come
		return 1
	}
	if c == tPresent && (t.is(k, "is") || t.is(k, "are")) && k == i-2 && (t.is(i-1, "in") || t.is(i-1, "on")) && k > 0 && scheduledNoun(t.w(k-1)) &&
		!(t.is(j, "'") && t.attached(j)) && (j >= len(t.toks) || t.cue(j) == tNone) {
		// "The mid-term elections are in November", "The vote is in
		// March" in January: a scheduled event told in the present is
		// to come, a month alone too ("Peak season is in August", "Most
		// births are in August" are habits, left to the tense)
		return 1
	}
	if c == tPresent && (t.is(k, "is") || t.is(k, "are")) && (k == i-1 || k == i-2 && t.is(i-1, "on")) && k > 0 && t.toks[k-1].kind == kWord &&
		!(t.is(j, "'") && t.attached(j)) && (j >= len(t.toks) || t.cue(j) == tNone) && !t.bareMonth(i, j) {
		// "GCSE results day is 21 August", "Polling day is on 7 May",
		// "The hearings are on 3 June": a copula right before the date
		// says when a thing is, a date to come, as "The deadline is"; a
		// possessive ("The figure is January's highest") names the date
		// of another thing, and a verb after the date ("The truth is
		// September was a disaster") makes it the subject of a clause:
		// both left to the tense; so is a month alone, as often a habit
		// ("The busiest month is August", "Peak season is June, July and
		// August")
		return 1
	}
	if c == tPresent && k >= j && k-j <= 1 && timetableVerb(t.w(k)) {
		// "Hanukkah begins in mid-December", "The offer expires on
		// Friday": a timetable verb right after the date points forward
		return 1
	}
	if c == tPresent || c == tNone && (t.is(i-1, "by") || t.deadlineBefore(i)) {
		if t.deadlineBefore(i) {
			// "must report no later than January 31", "file on or before
			// March 21": the words of a deadline, a day to come
			return 1
		}
		switch t.w(i - 1) {
		case "by", "before":
			// "must be repaid by Dec. 31", "before Christmas" in a present
			// clause: a deadline to come
			return 1
		case "through":
			if c == tPresent {
				// "a bill that keeps the government funded through Sept.
				// 30": what lasts through a day in the present lasts
				// until it comes
				return 1
			}
		}
	}
	return 0
}

// timetableSubject reports whether the expression over [i, j), after
// "the" and with at most one lower-case noun after it, is the subject of
// a timetable verb in the present right after it: "the winter season
// opens", "the spring term begins". A past ("the winter season opened")
// or another verb ("the winter season was hard") does not count.
func (t *tagger) timetableSubject(i, j int) bool {
	if !t.is(i, "the") && !t.is(i-1, "the") {
		return false
	}
	m := j
	if m < len(t.toks) && t.toks[m].kind == kWord && !t.toks[m].upper && !timetableVerb(t.w(m)) && t.cue(m) == tNone && !preposition(t.w(m)) {
		m++ // "season", "term"
	}
	if m >= len(t.toks) || !t.sameSentence(i, m) || !timetableVerb(t.w(m)) || t.cue(m) != tPresent {
		return false
	}
	if n := t.w(m + 1); !preposition(n) && n != "next" && n != "this" && !t.phraseEnds(m+1) {
		// "said the winter closes many mountain roads": an object after
		// the verb makes it a deed, often a habit, no timetable
		return false
	}
	switch t.w(m) {
	case "takes", "runs", "lasts", "continues", "falls":
		// "said the winter takes its toll", "said the winter falls
		// hardest on the poor": a habit as often as a timetable
		return false
	}
	return true
}

// deadlineBefore reports whether the words of a formal deadline stand
// right before the expression at i: "no later than", "not later than",
// "on or before".
func (t *tagger) deadlineBefore(i int) bool {
	switch {
	case t.is(i-1, "than") && t.is(i-2, "later"):
		return t.is(i-3, "no") || t.is(i-3, "not")
	case t.is(i-1, "before") && t.is(i-2, "or"):
		return t.is(i-3, "on")
	}
	return false
}

// relativeTimetable reports whether a noun phrase after the expression
// ending at j (one to three words; the date after "the" or a possessive,
// see yearDirection) is followed by a relative clause whose
// verb is a timetable verb in the present: "the January transfer window,
// which opens on Wednesday", "the March deadline that expires Friday".
func (t *tagger) relativeTimetable(j int) bool {
	k := j
	for n := 0; n < 3 && k < len(t.toks) && t.toks[k].kind == kWord && !t.is(k, "which") && !t.is(k, "that"); n++ {
		k++
	}
	if t.is(k, ",") {
		k++
	}
	if k == j || t.is(k-1, ",") && k-1 == j || !t.is(k, "which") && !t.is(k, "that") {
		return false // no noun after the date: the clause may be about all of it
	}
	return timetableVerb(t.w(k + 1))
}

// strongPast is the direction of a date that a past-tense verb right
// before it governs ("died on Jan. 3", "took effect Jan. 1"): the past
// holds even for a day within weeks ahead (see pickYear).
const strongPast = -2

// refYearLast reports whether the last expression emitted is the
// reference year, written or named ("2016", "this year").
func (t *tagger) refYearLast() bool {
	n := len(t.out)
	if n == 0 || len(t.out[n-1].Value) != 4 {
		return false
	}
	v := t.out[n-1].Value
	for k := 0; k < 4; k++ {
		if v[k] < '0' || v[k] > '9' {
			return false
		}
	}
	return atoi(v) == t.ref.Year()
}

// strongFuture is the direction of a date in a clause whose verb "will"
// (or "shall") puts ahead ("The troops will be home by Christmas" in a
// January paper): the future holds even for a day within weeks behind (see
// pickYear). "would", "plans to", "is expected to" are weaker: a report of
// a plan may be read after its day.
const strongFuture = 2

// willLooksBack reports whether the "will" at k may yet date a day gone:
// its verb looks back or takes the day as its topic ("will mark the
// anniversary on Dec. 9", "will look back on", "will cover Dec. 9",
// "will investigate what happened on"), or it stands in a quotation,
// which a reporting verb may date in the past ("'I will be sentenced on
// Dec. 9,' he told reporters in November").
func (t *tagger) willLooksBack(k int) bool {
	for q := k - 1; q >= 0 && !t.endsAt(q, stopSemicolon); q-- {
		if t.is(q, "\"") || t.is(q, "“") {
			return true
		}
	}
	m := k + 1
	if t.is(m, "not") {
		m++
	}
	if t.is(m, "be") {
		m++
	}
	switch t.w(m) {
	case "mark", "remember", "recall", "commemorate", "discuss", "review", "investigate", "examine", "cover", "describe", "recount", "revisit", "look":
		return true
	}
	return false
}

// auxiliary reports whether w is a form of "be" or "have" that makes a
// participle of the verb after it ("are being planned", "has promised").
func auxiliary(w string) bool {
	return beForm(w) || w == "has" || w == "have" || w == "had"
}

// determinerParticiple reports whether the word at k is a participle in
// -ed between a determiner and a lower-case word ("the planned strike",
// "a proposed cut", "its revised forecast", "the promised tax cuts"): an
// adjective of the noun after it, no tense of the clause.
func (t *tagger) determinerParticiple(k int) bool {
	w := t.toks[k].w
	if k < 1 || len(w) < 5 || !strings.HasSuffix(w, "ed") || !determiner(t.w(k-1)) {
		return false
	}
	switch t.w(k - 1) {
	case "whose", "this", "these", "those":
		return false // "This ended on Monday": a pronoun and its verb
	}
	n := k + 1
	return n < len(t.toks) && t.toks[n].kind == kWord && !t.toks[n].upper && !t.toks[n].nl
}

// beForm reports whether w is a form of "be" ("is promised").
func beForm(w string) bool {
	switch w {
	case "be", "being", "been", "is", "are", "was", "were", "am":
		return true
	}
	return false
}

// presentPlan reports whether the cue at k is a plan in the present
// passive, "is scheduled for", "are slated for": as "will", it puts the
// day ahead ("The hearing is scheduled for Christmas Eve" in a January
// paper is next December's); "was scheduled for" may be a plan over.
// ("is set for", "is due on" reach the day by another path: "set" and
// "due" are no cue words.)
func (t *tagger) presentPlan(k int) bool {
	switch t.w(k) {
	case "scheduled", "slated":
		return (t.is(k-1, "is") || t.is(k-1, "are")) && (t.is(k+1, "for") || t.is(k+1, "on"))
	}
	return false
}

// topicPreposition reports whether w opens a phrase about a known thing
// ("over the killing", "about the blackout", "for the attack", "with
// those of", "after the vote"), whose day may be gone.
func topicPreposition(w string) bool {
	switch w {
	case "over", "about", "for", "after", "following", "since", "of", "from", "with", "behind", "regarding", "concerning", "against", "into", "during", "before":
		return true
	}
	return false
}

// willGoverns reports whether the "will" at k governs the day at i as
// its verb's own: no date named between them ("will return to work on
// Monday after spending Christmas in hospital": Christmas is no day of the
// return), no noun phrase with a determiner or a possessive after a
// preposition of a topic (see topicPreposition) nor "than"
// between them ("will be charged over the killing on Dec. 30", "will
// face questions over the blackout on New Year's Eve", "will be compared
// with those of Dec. 26", "will be lower than on Christmas Day": the day
// names a thing already known, which may be gone), and no past perfect
// before it in its sentence ("who had been promised they will be home by
// Christmas": a future seen from a past).
func (t *tagger) willGoverns(k, i, j int) bool {
	if t.lastSet && t.lastAt > k && t.lastAt <= i && t.sameSentence(k, i) {
		return false
	}
	m := k + 1
	if t.toks[k].upper {
		// "Will the troops be home by Christmas?": the subject stands
		// between the "will" and its verb
		for m < i && !t.is(m, "be") && !t.is(m, "have") {
			m++
		}
	}
	for ; m < i; m++ {
		w := t.w(m)
		if w == "than" || w == "back" {
			return false // ("will restate results going back to Dec. 20")
		}
		if (determiner(w) || w == "s" && t.is(m-1, "'")) && topicPreposition(t.w(m-1)) {
			// "will be charged over the killing on Dec. 30": the day is
			// the known thing's; an object right after the verb ("will
			// open its first store on Dec. 1", "will debate the bill on
			// Dec. 28") leaves the day to the verb
			return false
		}
		switch w {
		case "retroactively", "retroactive", "backdated":
			return false // "will apply retroactively from Jan. 1": a day gone
		}
		if m > k+1 && t.toks[m].kind == kWord && !t.toks[m].upper && (strings.HasSuffix(w, "ed") || t.cue(m) == tPast && isParticiple(w)) && !auxiliary(t.w(m-1)) && !t.is(m-1, "not") && !t.is(m-1, "will") {
			// "will get refunds for flights cancelled on Dec. 22": a
			// participle after a noun dates a deed of its own
			return false
		}
	}
	if t.is(j, "'") && t.is(j+1, "s") {
		return false // "will appeal Dec. 20's verdict": a known thing's day
	}
	if j < len(t.toks) && t.toks[j].kind == kWord && !t.toks[j].upper && !preposition(t.w(j)) && t.cue(j) == tNone && !t.holidayPlanShown(k, i, j) {
		switch t.w(j) {
		case "but", "unless", "when", "if", "because", "while", "so", "then", "next", "this", "last", "at":
		default:
			// "will refund tickets for Dec. 22 flights": a date before its
			// noun names a known thing, which may be gone
			return false
		}
	}
	for m := k - 1; m >= 0 && !t.endsAt(m, stopSemicolon); m-- {
		if t.is(m, "had") && m+1 < len(t.toks) && t.toks[m+1].kind == kWord && (isParticiple(t.w(m+1)) || t.cue(m+1) == tPast || strings.HasSuffix(t.w(m+1), "ed")) {
			return false
		}
	}
	return true
}

// holidayPlanShown reports whether the "will" at k is followed by a verb
// of making a plan public and a holiday before a noun of a plan, with a
// possessive before the holiday: "will unveil its Christmas schedule",
// "will announce their Easter programme". What is to be shown is of the
// holiday to come, even a few weeks after the last one. The noun must
// name a plan: "will announce its Christmas trading figures" in January
// reports the season gone, and other verbs ("will review its Christmas
// schedule") leave the day to the nearest, as a date before its noun.
func (t *tagger) holidayPlanShown(k, i, j int) bool {
	if i != k+3 || !t.holidayAttribute(i, j) {
		return false
	}
	switch t.w(k + 1) {
	case "unveil", "announce", "publish", "reveal", "launch", "release", "present", "outline", "detail":
	default:
		return false
	}
	switch t.w(j) {
	case "schedule", "schedules", "programme", "programmes", "program", "programs", "lineup", "lineups", "timetable", "timetables", "menu", "menus", "plans", "campaign", "advert", "adverts":
		return true
	}
	return false
}

// willFrameAt returns the first day of a past date that frames the "will"
// at k of the expression over [i, j) (zero if none): the last date named
// before the "will" in its sentence, unless it stands in a clause set off
// by commas or dashes ("The airport, which shut in December 2010, will
// stay open over Christmas") or before ", and" or ", but" (another
// clause); else a month named after the expression in its sentence as
// the day of a verb of speech or promise ("..., the minister said on Dec.
// 1", "promised in November", "said last month"; see saidBefore), its
// latest first day not after the reference day.
func (t *tagger) willFrameAt(k, i, j int) time.Time {
	if t.lastSet && t.lastAt <= k && t.sameSentence(t.lastAt, i) {
		for m := t.lastAt; m < k; m++ {
			if (t.is(m, ",") || t.is(m, "—")) && (t.asideClosedAt(m, i) >= 0 || t.is(m+1, "and") || t.is(m+1, "but")) {
				return time.Time{}
			}
		}
		return t.last
	}
	for m := j; m < len(t.toks) && m < j+20 && !t.endsAt(m, stopSemicolon|stopLine); m++ {
		tk := &t.toks[m]
		if tk.kind != kWord {
			continue
		}
		if !t.saidBefore(m) {
			continue
		}
		mo, ok := monthOf(tk.w)
		if ok && tk.upper {
			y := t.ref.Year()
			if mo > t.ref.Month() {
				y--
			}
			return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		}
		if tk.w == "month" && t.is(m-1, "last") {
			return time.Date(t.ref.Year(), t.ref.Month()-1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// saidBefore reports whether a verb of speech or promise stands right
// before the date word at m, alone or with "on", "in", "last" between
// ("said on Dec. 1", "promised in November", "said last month", AP's
// "said Dec. 1"): the date the words were said.
func (t *tagger) saidBefore(m int) bool {
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		switch w := t.w(k); {
		case reportingVerb(w), w == "promised", w == "pledged", w == "vowed", w == "predicted", w == "warned", w == "insisted":
			return true
		case w == "on", w == "in", w == "last":
		default:
			return false
		}
	}
	return false
}

// governsDay reports whether the past-tense cue at k stands right before
// the expression at i, with at most "on", "in", "at" or "effect" between
// them: "died on Jan. 3", "began Nov. 28", "took effect on Jan. 1". A
// participle ("was headed", "is scheduled") is no such verb.
func (t *tagger) governsDay(k, i int) bool {
	if k < 0 || k >= i || i-k > 3 {
		return false
	}
	if isParticiple(t.w(k)) && (t.is(k-1, "is") || t.is(k-1, "are") || t.is(k-1, "be") || t.is(k-1, "been")) {
		return false
	}
	for m := k + 1; m < i; m++ {
		switch t.w(m) {
		case "on", "in", "at", "effect":
		default:
			return false
		}
	}
	return true
}

// pastEventVerb reports whether the past-tense cue at k is the verb of a
// deed done ("attacked", "was stabbed", "fled") in the same clause as the
// expression at i, within twelve words before it with no comma, dash or
// quotation between: "was stabbed outside a nightclub in the early hours
// of New Year's Day", "attacked him at about 2.30am on 1 January". Such a
// day is gone even when its namesake lies a few weeks ahead. A reporting
// verb ("said" ... "it must repay by Jan. 14"), a participle after "is",
// "are", "be", "been", and a verb of a plan or a course ("was headed to a
// Dec. 6 runoff", "was scheduled", "was due") date nothing done, nor
// does a past form after a future cue in its sentence ("will redeem
// preferred shares on Oct. 31").
func (t *tagger) pastEventVerb(k, i int) bool {
	if k < 0 || k >= i || reportingVerb(t.w(k)) {
		return false
	}
	switch t.w(k) {
	case "was", "were", "had", "did", "headed", "scheduled", "set", "due", "expected", "slated", "planned", "poised", "bound", "meant", "supposed", "going", "agreed", "decided", "vowed", "promised", "pledged", "asked", "urged", "called", "told", "warned",
		"postponed", "delayed", "moved", "rescheduled", "deferred", "adjourned", "cancelled", "canceled", "pushed", "brought", "put":
		return false
	}
	if isParticiple(t.w(k)) && (t.is(k-1, "is") || t.is(k-1, "are") || t.is(k-1, "be") || t.is(k-1, "been")) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-30; m-- {
		if t.endsAt(m, stopLine|stopSemicolon) {
			break
		}
		if t.cue(m) == tFuture {
			return false // "will redeem Series H preferred shares on Oct. 31": an adjective in -ed after a future
		}
	}
	words := 0
	for m := k + 1; m < i; m++ {
		tm := t.toks[m]
		if tm.kind == kWord {
			words++
			switch tm.w {
			case "for":
				if t.forSpan(m) {
					continue // "was held for 40 minutes outside Peterborough on 3 January": how long, no plan
				}
				return false
			case "that", "which", "and", "but", "or", "to", "until", "by", "before", "when", "while", "if":
				return false // another clause, or a deadline or a plan
			}
			continue
		}
		if tm.kind == kPunct && tm.w != "-" && tm.w != "'" && tm.w != "." {
			return false
		}
	}
	return words <= 12
}

// forSpan reports whether "for" at token m opens a stretch of time
// ("for 40 minutes", "for two hours", "for hours", "for about a week",
// "for a while"): how long a deed lasted, not the day it was planned for.
func (t *tagger) forSpan(m int) bool {
	for k := m + 1; k < len(t.toks) && k <= m+4; k++ {
		tk := t.toks[k]
		if tk.kind == kNum {
			continue
		}
		if tk.kind != kWord {
			return false
		}
		if _, ok := unitOf(tk.w); ok || tk.w == "while" {
			return true
		}
		if _, ok := numberWord(tk.w); ok {
			continue
		}
		switch tk.w {
		case "a", "an", "about", "nearly", "almost", "more", "than", "over", "several", "few", "some", "another", "just", "around":
		default:
			return false
		}
	}
	return false
}

// pickYear returns the year for which the dates built by mk fall best
// around the reference day. The nearest of last year's, this year's and
// next year's is taken, unless the tense points the other way (dir -1 past,
// +1 future) and the candidate on that side lies within maxTenseDays of the
// reference day: "in May" in a past-tense clause of April is last May. A
// single day within 45 days of the reference day is taken whatever the
// tense: "by Jan. 14" in a past-tense clause of January 6 is next week;
// but not a day ahead that a past-tense verb governs (dir strongPast):
// "died on Jan. 3" in a November paper is last January; nor a day behind in
// a clause of "will" (dir strongFuture): "will resume on Dec. 28" in a
// January paper is next December's.
func (t *tagger) pickYear(dir int, mk func(y int) (time.Time, time.Time)) int {
	const maxTenseDays = 340
	strong := dir == strongPast
	if strong {
		dir = -1
	}
	strongF := dir == strongFuture
	if strongF {
		dir = 1
	}
	s0, e0 := mk(t.ref.Year())
	single := s0.Equal(e0)
	y := t.ref.Year()
	near, nearD, nearSide := y, int64(1<<62), 0
	var ns, ne time.Time // the nearest candidate's first and last day
	tensed, tensedD := 0, int64(1<<62)
	for _, cy := range [3]int{y - 1, y, y + 1} {
		s, e := mk(cy)
		var d int64
		side := 0
		switch {
		case t.ref.Before(s):
			d, side = int64(s.Sub(t.ref).Hours()/24), 1
		case t.ref.After(e):
			d, side = int64(t.ref.Sub(e).Hours()/24), -1
		}
		if d < nearD {
			near, nearD, nearSide, ns, ne = cy, d, side, s, e
		}
		if dir != 0 && (side == dir || side == 0) && d < tensedD {
			tensed, tensedD = cy, d
		}
	}
	if dir == 1 && !t.wouldFrame.IsZero() {
		// "The minister promised in October that a decision would be
		// made before Christmas" in February: the future of the past
		// speech is the first such day after it, though gone now
		for _, cy := range [3]int{y - 1, y, y + 1} {
			// the first that has not ended by then ("said on Dec. 16
			// that the road would reopen in December" is that December)
			if s, e := mk(cy); !e.Before(t.wouldFrame) && s.Sub(t.wouldFrame) <= 366*24*time.Hour {
				return cy
			}
		}
	}
	if strongF && nearSide < 0 && (nearD <= int64(t.willWithin) || !t.willFrame.IsZero() && t.willFrame.Before(ns)) {
		// a day gone within a week (a weekday said after it may frame
		// it), or one still to come when a date the sentence names
		// framed the "will" ("On Dec. 1, he promised the troops will be
		// home by Christmas"), is the one gone
		strongF = false
	}
	if single && nearD <= 45 && !(strong && nearSide > 0) && !(strongF && nearSide < 0) {
		return near // a day within six weeks of the reference day is that one, whatever the tense
	}
	if !single && !strong && nearSide > 0 && ns.Year() == t.ref.Year() && nearD <= 31 && ne.Sub(ns) <= 31*24*time.Hour {
		// the month just ahead in the same year is the coming one,
		// whatever the tense: "told oil companies of a cutback in
		// September" in August is next month, not eleven months back,
		// which news copy calls "last September" (a bare month is one
		// of the current year); "fell in January" in December is still
		// last January; a deed's past verb governing it ("peaked at 8.2
		// percent in April" in March) keeps it gone
		return near
	}
	if dir != 0 && (tensedD <= maxTenseDays || (strong || strongF) && tensedD <= 366) {
		return tensed
	}
	return near
}

// isParticiple reports whether w, a past-tense cue, can also be a past
// participle ("headed", "paid", "held"), which after "be" or "is" carries
// no past tense of its own.
func isParticiple(w string) bool {
	switch w {
	case "was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "previously", "recently",
		"came", "went", "took", "gave", "saw", "began", "spoke", "flew", "drew", "knew", "became", "ran",
		"wrote", "rode", "rang", "sang", "sank", "stole", "swore", "swam", "threw", "woke", "wore", "withdrew",
		"undertook", "overtook", "ate", "broke", "chose", "drove", "forgot", "froze", "grew", "hid", "fell", "rose":
		return false
	}
	return len(w) > 2
}

// negatedBefore reports whether a negative subject or adverb ("neither",
// "nor", "never", "nobody", "no one") stands within eight words before
// token k in its clause: "Neither he nor his wife could be located" is a
// failed past attempt, as "could not" is.
func (t *tagger) negatedBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		tm := t.toks[m]
		if tm.kind == kPunct && tm.w != "'" && tm.w != "-" {
			return false
		}
		switch tm.w {
		case "neither", "nor", "never", "nobody", "none":
			return true
		case "one":
			if t.is(m-1, "no") {
				return true
			}
		}
	}
	return false
}

// goesPhrase reports whether token k is "goes" or "go" in a phrase of a
// timetable: "goes on sale", "go into effect", "goes to the polls", and
// "hits theaters", "hits stores" of a release. The
// verb alone ("the money goes to schools") says nothing of the time.
func (t *tagger) goesPhrase(k int) bool {
	if t.is(k, "hits") {
		// "The film hits theaters Dec. 20", "The phone hits stores on
		// Friday": a release, to come ("hits the market" alone, "the
		// storm hits the coast" say nothing of the time)
		switch t.w(k + 1) {
		case "theaters", "theatres", "cinemas", "stores", "shops", "shelves", "bookstores", "screens", "newsstands":
			return true
		}
		return false
	}
	if !t.is(k, "goes") && !t.is(k, "go") {
		return false
	}
	return t.is(k+1, "on") && t.is(k+2, "sale") || t.is(k+1, "into") && t.is(k+2, "effect") || t.is(k+1, "to") && t.is(k+2, "the") && t.is(k+3, "polls")
}

// timetableVerb reports whether w is a verb of a timetable in the present
// ("expires", "begins", "takes effect"), which dates what is to come.
func timetableVerb(w string) bool {
	switch w {
	case "expires", "ends", "starts", "begins", "opens", "resumes", "convenes", "takes", "runs", "lasts", "continues", "falls":
		return true
	case "expire", "start", "begin", "resume", "reopen":
		// the plain form after a plural subject ("Exams begin on 12
		// May"), which cue reads as the present only there
		return true
	case "closes", "shuts":
		// "The transfer window closes on Sept. 1", "The exhibition shuts
		// on March 3" (a market's day gone is told in the past, "closed")
		return true
	}
	return false
}

// dateEnd reports whether token k ends a weekday or a day of the month:
// "Thursday", "March 3", "3 March".
func (t *tagger) dateEnd(k int) bool {
	tk := t.toks[k]
	if tk.kind == kNum {
		return tk.n >= 1 && tk.n <= 31 && len(tk.w) <= 2
	}
	if _, ok := weekdayOf(tk.w); ok && tk.upper && len(tk.w) >= 6 {
		return true
	}
	if _, ok := monthOf(tk.w); ok && tk.upper {
		return true
	}
	return false
}

// reducedRelative reports whether token k is a past participle that opens
// a reduced relative clause after a plural noun, with the clause's own
// verb after it: "Officials elected in June will take office", "Tickets
// bought before Friday are refunded", "Troops deployed in March were
// withdrawn". It returns the token of that verb, or 0: with no verb after
// it before a comma or "and" ("Troops deployed in March, officials said";
// "Rebels attacked on Sunday and were repelled") the participle is the
// past tense of the clause.
func (t *tagger) reducedRelative(k int) int {
	if k == 0 {
		return 0
	}
	tk, p := t.toks[k], t.toks[k-1]
	if tk.kind != kWord || tk.upper || p.kind != kWord {
		return 0
	}
	if n := len(p.w); n < 4 || p.w[n-1] != 's' || p.w[n-2] == 's' || p.w[n-2] == '\'' {
		return 0 // a plural noun before it: "officials", "tickets"
	}
	if !(len(tk.w) >= 5 && strings.HasSuffix(tk.w, "ed")) && !irregularParticiple(tk.w) && !t.bareParticipleBeforeWeekday(k) {
		return 0
	}
	if cueOf(tk.w) == tFuture {
		return 0 // "Talks scheduled for Monday will": a plan, which the cue points forward
	}
	return t.reducedMainVerb(k)
}

// plannedRelative reports whether token k is a participle of planning
// ("scheduled", a future cue) opening a reduced relative after a plural
// noun, with the clause's own verb after it: "more than 2,800 flights
// scheduled for Monday had been scrapped". For an expression before it
// in the clause ("As of 3 p.m. EST, ...") the plan is the noun's, and
// the tense is the main verb's.
func (t *tagger) plannedRelative(k int) bool {
	if k == 0 || cueOf(t.w(k)) != tFuture {
		return false
	}
	tk, p := t.toks[k], t.toks[k-1]
	if tk.kind != kWord || tk.upper || p.kind != kWord || !(len(tk.w) >= 5 && strings.HasSuffix(tk.w, "ed")) {
		return false
	}
	if n := len(p.w); n < 4 || p.w[n-1] != 's' || p.w[n-2] == 's' || p.w[n-2] == '\'' {
		return false
	}
	return t.reducedMainVerb(k) > 0
}

// reducedMainVerb gives the token of the verb of the clause a reduced
// relative opened by the participle at k leads to (see reducedRelative),
// or 0.
func (t *tagger) reducedMainVerb(k int) int {
	p := t.toks[k-1]
	switch p.w {
	case "has", "was", "is", "does", "this", "its", "his", "hers", "ours", "theirs", "yours", "news", "always", "perhaps", "sometimes", "years", "days", "weeks", "months", "hours":
		return 0
	}
	for m, n := k+1, 0; m < len(t.toks) && n < 12; m, n = m+1, n+1 {
		w := t.toks[m].w
		switch w {
		case "after", "before", "since", "until":
			if n > 0 {
				return 0 // "Prices rose in March before costs fell": another clause
			} // right after the participle a preposition: "Tickets bought before Friday"
		case ".", ",", ";", ":", "!", "?", "and", "but", "or", "while", "as", "when", "that", "who", "which", "(", "\"", "—",
			"because", "although", "though", "if", "so", "where", "despite", "amid", "than", "once":
			return 0 // another clause: the participle was the verb of its own
		case "will", "would", "can", "could", "may", "might", "must", "should", "shall", "is", "are", "was", "were", "has", "have", "had":
			if t.toks[m].upper {
				continue // "in May", "Will Smith": a month or a name
			}
			if n == 0 {
				return 0
			}
			return m
		}
	}
	return 0
}

// appositiveParticiple reports whether the past participle at k opens a
// phrase set off by commas after a noun, closed before the expression at
// i and followed by the clause's own verb: "Resolution 1881, adopted
// unanimously by the council, asks Ban to report no later than January
// 31", "The bill, passed in May, goes to the Senate". The phrase describes
// the noun; its participle is no tense of the clause the expression
// stands in. After a verb ("He arrived, tired, and slept") it is none.
func (t *tagger) appositiveParticiple(k, i int) bool {
	if k < 2 || !t.is(k-1, ",") {
		return false
	}
	tk := t.toks[k]
	if tk.kind != kWord || tk.upper || !(len(tk.w) >= 5 && strings.HasSuffix(tk.w, "ed")) && !irregularParticiple(tk.w) {
		return false
	}
	if p := t.toks[k-2]; p.kind == kPunct || p.kind == kWord && (t.cue(k-2) != tNone || determiner(p.w)) || t.afterRelative(k-1) {
		return false // after a verb, or the main verb after a relative clause ("First of America, which now has 45 banks, announced")
	}
	for m := k + 1; m < i-1; m++ {
		if t.endsAt(m, stopSemicolon) {
			return false
		}
		if !t.is(m, ",") {
			continue
		}
		// the clause's own verb after the closing comma: a tense cue or
		// a verb of the present ("asks", "goes")
		n := t.toks[m+1]
		if n.kind == kWord && !n.upper && (t.cue(m+1) != tNone || len(n.w) > 3 && strings.HasSuffix(n.w, "s") && !strings.HasSuffix(n.w, "ss")) {
			return true
		}
	}
	return false
}

// irregularParticiple reports whether w is a past participle that does
// not end in -ed: "chosen", "taken", "held".
// bareParticipleBeforeWeekday reports whether the word at k is an
// irregular participle right before a weekday ("Votes cast Monday will be
// counted today", "Goods stolen Sunday were found"): after a plural noun
// (see reducedRelative) it opens a reduced relative, a deed done on that
// day. Only before a weekday with no preposition: "Voters cast ballots on
// Monday" has an object after the verb.
func (t *tagger) bareParticipleBeforeWeekday(k int) bool {
	switch t.w(k) {
	case "cast", "stolen", "thrown", "shot", "caught", "spent", "lost", "struck", "broken", "drawn":
	default:
		return false
	}
	_, ok := weekdayOf(t.w(k + 1))
	return ok && t.toks[k+1].upper
}

func irregularParticiple(w string) bool {
	switch w {
	case "chosen", "taken", "held", "made", "sold", "bought", "built", "given", "written", "seen", "sent", "paid", "won", "found", "named":
		return true
	}
	return false
}

// bookingParticiple reports whether w is a participle of reserving travel
// or a seat, whose "for" or "through" names the day reserved.
func bookingParticiple(w string) bool {
	switch w {
	case "booked", "ticketed", "reserved":
		return true
	}
	return false
}

// afterRelative reports whether the comma at k closes a relative clause
// set off by commas after a subject: "Real Madrid, who beat Barcelona 2-1
// last weekend, host Celta", so that the verb after it is the main one.
func (t *tagger) afterRelative(k int) bool {
	for m, n := k-1, 0; m > 0 && n < 15; m, n = m-1, n+1 {
		tk := t.toks[m]
		if t.endsAt(m, stopSemicolon) {
			return false
		}
		if tk.w == "who" || tk.w == "which" || tk.w == "whose" {
			return t.is(m-1, ",") // "Southampton, whose manager signed on Wednesday, play ... on Tuesday"
		}
		if tk.w == "," {
			return false
		}
	}
	return false
}

// keepObject reports whether the participle at k follows "keep", "keeps",
// "keeping", "kept", "leave", "leaves" and an object of one to three words
// ("keeps the government funded", "leaves the plant closed"): the
// participle is an adjective of the object, as after "stay closed", and
// the verb before it carries the tense.
func (t *tagger) keepObject(k int) bool {
	for m := k - 2; m >= 0 && m >= k-4; m-- {
		if t.toks[m+1].kind != kWord {
			return false
		}
		switch t.w(m) {
		case "keep", "keeps", "keeping", "kept", "leave", "leaves":
			return true
		}
	}
	return false
}

// termVerbBefore reports whether a verb that sets a new term ("extended",
// "renewed", "postponed") stands in the clause before "through" at k:
// "extended the program through June 30" looks forward, where "kept the
// plant closed through Sept. 30" and "sales rose this year through
// August" tell a stretch gone by.
func (t *tagger) termVerbBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-20; m-- {
		if t.endsAt(m, stopComma) {
			return false
		}
		w := t.w(m)
		if strings.HasPrefix(w, "extend") || strings.HasPrefix(w, "renew") || strings.HasPrefix(w, "prolong") {
			return true
		}
		switch w {
		case "postponed", "delayed", "deferred", "adjourned", "suspended", "postpones", "delays", "defers", "adjourns", "suspends":
			return true
		}
	}
	return false
}

// runVerbBefore reports whether a verb of a run told in the present
// ("runs", "continues", "plays", "fills", "remains", "stays", "lasts")
// stands in the clause before "through" at k: "The puppet fair fills the
// park through Sunday", "The show runs through Saturday" name the run's
// last day, to come, as "until" does ("ran through Sunday" is past, and
// "plays" in another clause does not count).
func (t *tagger) runVerbBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-10; m-- {
		if t.endsAt(m, stopComma) {
			return false
		}
		switch t.w(m) {
		case "runs", "continues", "plays", "fills", "remains", "stays", "lasts":
			// a noun ("Human remains were recovered through Sunday",
			// "the plays") is no verb of a run
			return !t.toks[m].upper && !determiner(t.w(m-1))
		}
		if t.cue(m) == tPast {
			// a past verb nearer "through" is the one it goes with: "The
			// senator remains in hospital after doctors operated through
			// Sunday", "Human remains were recovered through Sunday"
			return false
		}
	}
	return false
}

// releaseOut reports whether "out" at token k, set off by a comma or a
// bracket before it, opens a release date right after it: "their new
// album, out Jan. 22", "the sequel (out Friday)": a date to come, as "hits
// theaters Dec. 20", when the aside closes its sentence. "He was knocked
// out Jan. 22", "sold out March 3" (no comma) are deeds and keep their
// tense, and so does an aside before the main verb ("The album, out March
// 5, sold 100,000 copies").
func (t *tagger) releaseOut(k int) bool {
	if !t.is(k, "out") || !t.is(k-1, ",") && !t.is(k-1, "(") {
		return false
	}
	_, mon := monthOf(t.w(k + 1))
	_, wd := weekdayOf(t.w(k + 1))
	if !(mon || wd) || !t.toks[k+1].upper {
		return false
	}
	// the aside closes its sentence: a main verb after it dates the day
	// ("The album, out March 5, sold 100,000 copies" is last March's)
	m := k + 2
	if mon {
		if t.is(m, ".") && t.attached(m) {
			m++ // "Jan."
		}
		if m < len(t.toks) && t.toks[m].kind == kNum {
			m++
		}
	}
	return m >= len(t.toks) || t.is(m, ".") || t.is(m, ")") || t.endsAt(m-1, stopLine)
}

// scheduledNoun reports whether w names an event held on a date set in
// advance, the subject of "is in March", "are on Friday": an election,
// a vote, a hearing, a final.
func scheduledNoun(w string) bool {
	switch w {
	case "elections", "polls", "referendum", "primary", "primaries", "hearings", "votes", "games", "olympics",
		"final", "finals", "ceremony", "inauguration", "wedding", "festival", "auditions", "sessions", "exams", "playoffs":
		return true
	}
	return eventNoun(w)
}

// citedRelease reports whether the date at token i, whose clause has
// the tense c from the cue at k, is the release date of a source the
// text cites: "Unemployment fell, according to the latest figures, out
// Friday." on a Saturday. What a report cites is published already, so
// its release day is gone (or today), not the one to come as for "their
// new album, out Jan. 22".
func (t *tagger) citedRelease(c tense, k, i int) bool {
	return c == tPresent && k >= 1 && k < i && i-k <= 12 && t.is(k, "out") && t.releaseOut(k) && t.accordingToBefore(k-1)
}

// accordingToBefore reports whether the noun
// phrase that an aside at token a (its comma or bracket) closes is the
// object of "according to" ("according to the latest figures, out
// Friday"): a source the text cites is out already. A comma or a verb
// between them ("According to the publisher, the book, out Friday, is")
// ends the phrase.
func (t *tagger) accordingToBefore(a int) bool {
	for m := a - 1; m >= 1 && m >= a-8; m-- {
		if t.is(m, "to") && t.is(m-1, "according") {
			return m < a-1
		}
		if t.toks[m].nl || t.is(m, ",") || t.is(m, ";") || t.is(m, "(") || t.is(m, ")") || t.is(m, ".") || t.toks[m].kind == kWord && t.cue(m) != tNone {
			return false
		}
	}
	return false
}

// announcedBefore reports whether the clause around [i, j) is told in
// the past by a verb of making a programme known ("announced",
// "unveiled", "revealed", "published"; also in the passive after it, "was
// announced"): what it made known is the one under way or to come.
func (t *tagger) announcedBefore(i, j int) bool {
	c, k := t.tenseCue(i, j)
	if c != tPast || k < 0 {
		return false
	}
	w := t.w(k)
	if k >= j && (w == "was" || w == "were") {
		w = t.w(k + 1) // "The Bowl's summer season was announced on Tuesday"
	}
	switch w {
	case "announced", "unveiled", "revealed", "published", "released", "outlined", "detailed", "presented", "launched":
		return true
	}
	return false
}

// pastMainBefore reports whether the clause that an aside opening at
// token a closes is told in the simple past: the nearest tense cue before
// a in its sentence, passing over a relative clause's own verb ("The
// band, who played here last year, have announced ...") and cues that are
// no verb ("their first since 2012"), is past and no perfect of the
// present ("have announced"). A release date in an aside after it may be
// gone ("Critics loved the film, out Jan. 22." in March) or to come ("The
// band released a single from their album, out Jan. 22." in November).
func (t *tagger) pastMainBefore(a int) bool {
	for m := a - 1; m >= 0 && m >= a-30; m-- {
		if t.endsAt(m, stopSemicolon) {
			return false
		}
		if c := t.cue(m); c != tNone && !t.relativeVerb(m) && !adverbCue(t.w(m)) {
			return c == tPast && !t.is(m-1, "have") && !t.is(m-1, "has")
		}
		if t.toks[m].nl {
			return false
		}
	}
	return false
}

// adverbCue reports whether w is a tense cue that is no verb: "since",
// "ago", "last", "earlier" ("their first tour since 2012" in an aside does
// not tell the main clause's tense).
func adverbCue(w string) bool {
	switch w {
	case "since", "ago", "last", "earlier", "previously", "recently", "yesterday", "once", "before", "after", "then", "next", "later", "soon":
		return true
	}
	return false
}

// relativeVerb reports whether a relative pronoun ("who", "which",
// "whose") stands between the comma or bracket before token m and m: the
// verb at m is the relative clause's, not the main clause's.
func (t *tagger) relativeVerb(m int) bool {
	for p := m - 1; p >= 0 && p >= m-12 && !t.is(p, ",") && !t.is(p, "(") && !t.endsAt(p, stopSemicolon); p-- {
		switch t.w(p) {
		case "who", "which", "whose":
			return true
		}
	}
	return false
}

// pastBeforeUntil reports whether the clause before "until" at k has a
// past verb of a state that lasted ("was", "remained", "ran", "served")
// or of a tally kept up to the day ("reported 266 deaths till Tuesday")
// for its nearest cue (within fourteen tokens, with no "to", a modal or a comma
// between): "was the deadliest until December", "ran until September"
// tell of a time gone; "was told to stay until Friday", "postponed until
// Tuesday" do not.
func (t *tagger) pastBeforeUntil(k int) bool {
	for m := k - 1; m >= 0 && m >= k-14; m-- {
		tm := t.toks[m]
		if tm.nl || tm.kind == kPunct && !t.abbrevDot(m) && tm.w != "'" && tm.w != "-" && (tm.w != "." || m == 0 || len(t.toks[m-1].w) != 1 || !t.toks[m-1].upper) {
			return false
		}
		switch tm.w {
		case "to", "will", "would", "could", "may", "might", "should", "must", "can", "shall", "ll", "not", "and", "but", "that", "which", "who":
			return false
		}
		switch tm.w {
		case "was", "were", "remained", "stayed", "lasted", "ran", "continued", "served", "lived", "worked", "reigned", "ruled", "existed", "stood",
			"raged", "persisted", "lingered", "waited", "fought",
			"searched", "battled", "talked", "negotiated", "debated", "marched", "protested", "played", "danced", "slept", "partied", "celebrated",
			"argued", "deliberated", "wrangled", "quarrelled", "quarreled", "bickered", "hesitated", "resisted", "sat", "met", "camped", "hid":
			// and the activities that went on up to it: "Rescue workers
			// searched the river until late in the afternoon", "talked
			// until midnight"
			return true
		case "went", "carried", "dragged":
			if t.is(m+1, "on") {
				return true // "The protest went on until midnight on Tuesday": it lasted
			}
		case "reported", "recorded", "registered", "counted", "logged":
			// "Telangana reported 266 deaths till Tuesday evening": a
			// tally up to a day, a figure its object, is of a day gone
			// ("reported delays until Friday" may be a forecast)
			for n := m + 1; n < k; n++ {
				if t.toks[n].kind == kNum {
					return true
				}
			}
		}
		if m > 0 && t.toks[m-1].kind == kNum && strings.HasSuffix(tm.w, "ed") {
			continue // "registered 600,000 displaced people until Monday": a participle qualifying the figure's noun
		}
		if t.cue(m) != tNone {
			return false // "postponed until Tuesday", "extended its deadline until Friday": a new day, which may be to come
		}
	}
	return false
}

// pluralSubjectBefore reports whether the plain verb at k follows a
// sentence-opening plural noun and its prepositional phrase of one to
// four words: "Talks with the troika resume on Sunday", "Negotiations on
// the budget resume Monday".
func (t *tagger) pluralSubjectBefore(k int) bool {
	for m := k - 2; m >= 1 && m >= k-5; m-- {
		if t.toks[m].kind != kWord {
			return false
		}
		switch t.w(m) {
		case "with", "between", "on", "over", "for", "of", "among":
		default:
			continue
		}
		n := m - 1
		w := t.w(n)
		if len(w) <= 3 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || t.toks[n].kind != kWord {
			return false
		}
		return n == 0 || t.toks[n-1].kind == kPunct && !t.abbrevDot(n-1) || t.toks[n].nl || determiner(t.w(n-1))
	}
	return false
}

// anniversaryAfter reports whether "anniversary", or a count of years
// and "since" ("50 years since"), follows the verb at k within six words
// of its clause: what the verb marks is a day of the calendar.
func (t *tagger) anniversaryAfter(k int) bool {
	for m := k + 1; m < len(t.toks) && m <= k+7; m++ {
		if t.toks[m].nl || t.endsAt(m, stopSemicolon) || t.is(m, ",") {
			return false
		}
		if t.is(m, "anniversary") || t.is(m, "since") && (t.is(m-1, "years") || t.is(m-1, "year")) {
			return true
		}
	}
	return false
}

// stoplessLine reports whether token k stands in a line of at most 25
// words with no sentence stop: a headline, whose present tense tells of
// what happened ("Monday marks deadliest day for Iraq this year").
func (t *tagger) stoplessLine(k int) bool { return t.shortLine(k, true) }

// shortLine reports whether token k stands in a line of at most 25 words
// with no period, '!' or '?' (and, when colons is set, no ';' or ':').
func (t *tagger) shortLine(k int, colons bool) bool {
	a := k
	for a > 0 && !t.toks[a].nl {
		if a--; k-a > 40 {
			return false
		}
	}
	words := 0
	for m := a; m < len(t.toks) && (m == a || !t.toks[m].nl); m++ {
		tk := &t.toks[m]
		switch {
		case tk.kind == kWord:
			if words++; words > 25 {
				return false
			}
		case tk.w == "." && !t.abbrevDot(m), tk.w == "!", tk.w == "?", colons && (tk.w == ";" || tk.w == ":"):
			return false
		}
	}
	return true
}

// intentTo reports whether w is the participle of a verb of intent or
// agreement that takes an infinitive of a deed to come ("having agreed
// to sell", "having promised to hold a vote").
func intentTo(w string) bool {
	switch w {
	case "agreed", "promised", "pledged", "vowed", "decided", "planned", "offered", "threatened", "undertaken", "resolved",
		"arranged", "committed", "chosen", "elected", "opted", "volunteered", "sworn", "proposed", "scheduled":
		return true
	}
	return false
}

// perfectParticiple reports whether w can be the past participle after
// "having" ("having forecast", "having raised", "having been"); "having
// to wait" and "having lunch" are not.
func perfectParticiple(w string) bool {
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) || irregularParticiple(w) {
		return true
	}
	switch w {
	case "forecast", "cut", "set", "put", "hit", "had", "been", "done", "gone", "said", "told", "kept", "left",
		"lost", "met", "spent", "led", "fallen", "risen", "grown", "run", "come", "become", "begun", "shut", "quit", "bid":
		return true
	}
	return false
}

// orderDeadline reports whether the active verb of ordering at token k
// ("ordered", "demanded") has an object and a deadline in its phrase:
// "by", "until" or "till" before a weekday, alone or after a clock time,
// or "tomorrow", "tonight" ("ordered the evacuation of
// low-lying areas by 5 p.m. Saturday", "demanded the withdrawal of troops
// by Friday"). A bare day ("ordered the evacuation on Saturday"), "early
// on Saturday" or "by helicopter" time or tell the order, not its deed;
// a weekday, "on", a conjunction or a relative word before the deadline
// ends the search ("ordered the book on Monday and it arrived by Friday").
func (t *tagger) orderDeadline(k int) bool {
	switch t.w(k - 1) {
	case "was", "were", "been", "being", "is", "are", "be", "had":
		return false // the passive or a past perfect tells of the order
	}
	if !t.is(k+1, "the") && !t.is(k+1, "all") && !t.is(k+1, "its") && !t.is(k+1, "their") && !t.is(k+1, "an") && !t.is(k+1, "a") {
		return false
	}
	for m := k + 2; m < len(t.toks) && m < k+16; m++ {
		tm := t.toks[m]
		if tm.kind == kPunct && tm.w != "-" || tm.nl {
			return false
		}
		switch tm.w {
		case "and", "but", "or", "on", "when", "while", "after", "before", "that", "which", "who", "as", "since":
			return false // "ordered the book on Monday and it arrived by Friday": another clause, or the order's own day
		}
		if _, wd := weekdayOf(tm.w); wd && tm.upper {
			return false
		}
		if tm.w != "by" && tm.w != "until" && tm.w != "till" {
			continue
		}
		// a weekday, alone or after a clock time ("by Friday", "by 5
		// p.m. Saturday", "by noon on Friday"): a month's deadline
		// ("ordered the withdrawal of all troops by December") is as
		// often one a year opening the sentence dates ("In 2011, ..."),
		// and a bare clock time takes its day from elsewhere
		for n := m + 1; n < len(t.toks) && n <= m+9; n++ {
			tn := t.toks[n]
			if _, wd := weekdayOf(tn.w); wd && tn.upper {
				return true
			}
			if tn.w == "tomorrow" || tn.w == "tonight" {
				return true
			}
			if tn.kind == kWord && n > m+1 {
				switch tn.w {
				case "a", "p", "am", "pm", "m", "on", "noon", "midnight", "local", "time", "gmt", "et", "edt", "est":
				default:
					return false
				}
			} else if tn.kind == kWord && tn.w != "noon" && tn.w != "midnight" {
				return false
			}
		}
		return false
	}
	return false
}

// dayDeclared reports whether the verb of declaring at token k, in the
// present or the present perfect, has a weekday for its object and a
// day's noun phrase after it ("has declared Wednesday a national day of
// mourning", "names Friday as a public holiday"). A simple past ("declared
// Monday a holiday") may tell of a day gone and is left to the other
// cues, and so is a judgement ("have declared Saturday a success").
func (t *tagger) dayDeclared(k int) bool {
	switch w := t.w(k); w {
	case "declared", "named", "designated":
		// a simple past is a declaration gone, unless its own day was
		// named before it ("The government on Monday declared Wednesday a
		// day of mourning": the Wednesday after that Monday)
		if !t.is(k-1, "has") && !t.is(k-1, "have") && !t.is(k-1, "ve") && !(t.anchored && t.anchorAt <= k && t.sameSentence(t.anchorAt, k)) {
			return false
		}
	}
	if _, ok := weekdayOf(t.w(k + 1)); !ok || k+1 >= len(t.toks) || !t.toks[k+1].upper {
		return false
	}
	if !t.is(k+2, "a") && !t.is(k+2, "an") && !t.is(k+2, "as") {
		return false
	}
	// the noun is a day's: "a national day of mourning", "a public
	// holiday" ("have declared Saturday a success" judges a day gone)
	for m := k + 3; m < len(t.toks) && m <= k+6; m++ {
		switch w := t.w(m); w {
		case "day", "holiday", "holidays":
			return true
		case "its", "their", "his", "her", "our":
			// "has named Sunday as its busiest day of the season": a
			// weekday of habit, no one day declared
			return false
		default:
			if superlative(w) {
				return false
			}
		}
	}
	return false
}

// futureCue reports whether the tense of the clause around [i, j) is the
// future: "Bookings for Easter will open next week" in July is next
// year's Easter, though last year's is nearer.
func (t *tagger) futureCue(i, j int) bool {
	c, _ := t.tenseCue(i, j)
	return c == tFuture
}

// dateOpensAt reports whether a day's date begins at k, or after "a" or
// "the" there: "falls on Saturday", "falls on Jan. 7", "falls on a
// Sunday", "falls on Christmas Day"; not "falls on the ice in Chicago on
// Monday", a caption's present of a deed.
func (t *tagger) dateOpensAt(k int) bool {
	if t.is(k, "a") || t.is(k, "the") {
		if _, ok := weekdayOf(t.w(k + 1)); ok && k+1 < len(t.toks) && t.toks[k+1].upper {
			return true
		}
		if _, ok := ordinalWord(t.w(k + 1)); ok {
			return true // "falls on the first Monday of May"
		}
		return false
	}
	if k >= len(t.toks) {
		return false
	}
	tk := t.toks[k]
	if tk.kind == kNum {
		return true
	}
	if tk.kind != kWord || !tk.upper {
		return false
	}
	if _, ok := weekdayOf(tk.w); ok {
		return true
	}
	if _, ok := monthOf(tk.w); ok {
		return true
	}
	_, _, _, ok := t.holidayAt(k) // "falls on Christmas Day" (words alone: the tense walk calls this)
	return ok
}

// fallsNoun reports whether "falls" at k, before "on", is the plural noun
// of a drop rather than the verb of where a day lies: after a word that
// qualifies a noun ("Sharp falls on Monday", "the falls on Monday",
// "Share price falls on Tuesday"), or with a verb of its own after the
// day ("falls on Monday wiped $1 trillion off shares", "falls on Tuesday
// and Wednesday erased the gains"). "Yom Kippur falls on Saturday this
// year", "Diwali falls on Nov. 3 and is a holiday" stay verbs.
func (t *tagger) fallsNoun(k int) bool {
	switch t.w(k - 1) {
	case "the", "sharp", "steep", "steeper", "big", "bigger", "biggest", "further", "recent", "price", "share", "stock",
		"these", "those", "such", "heavy", "heavier", "daily", "weekly", "market", "its", "their", "of", "in", "after", "and", "similar", "modest", "small", "large":
		return true
	}
	for m := k + 2; m < len(t.toks) && m < k+12; m++ {
		tk := t.toks[m]
		if tk.nl || tk.kind == kPunct && tk.w != "." && tk.w != "," || t.endsAt(m, 0) {
			return false
		}
		if tk.kind != kWord || tk.upper {
			continue
		}
		switch tk.w {
		case "and", "but", "as", "when", "while", "after", "before", "because", "so", "which", "that":
			if m+1 < len(t.toks) && !t.toks[m+1].upper {
				return false // "falls on Nov. 3 and is a holiday": the verb goes on
			}
		case "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "helped", "left", "sent", "cut", "hit", "put", "took":
			return true
		}
		if n := len(tk.w); n > 3 && tk.w[n-2:] == "ed" {
			return true // "falls on Monday wiped $1 trillion"
		}
	}
	return false
}

// needVerb reports whether "need" or "needs" at k is the verb of a present
// need whose time follows: "need" after a pronoun subject or an adverb,
// "needs" after a noun subject, then an object of one to three words and
// "in", "by", "during", "before", "until" or "through" before a month or a
// weekday ("we need sun in July and August", "The crop needs rain in
// August"). What is needed is still to come. A noun ("basic needs in
// August"), "need not", "need only", or a date in a phrase of the object
// ("need answers about the March attack") is none.
func (t *tagger) needVerb(k int) bool {
	if k == 0 || t.toks[k-1].kind != kWord {
		return false
	}
	p := t.w(k - 1)
	if t.toks[k].w == "need" {
		switch p {
		case "we", "i", "you", "they", "still", "also", "really", "urgently", "badly", "desperately":
		default:
			return false
		}
	} else if determiner(p) || preposition(p) || cueOf(p) != tNone {
		return false
	}
	for m := k + 1; m <= k+4 && m+1 < len(t.toks); m++ {
		tk := t.toks[m]
		if tk.kind != kWord {
			return false
		}
		switch tk.w {
		case "in", "by", "during", "before", "until", "through":
			if m == k+1 {
				return false
			}
			_, mon := monthOf(t.w(m + 1))
			_, wd := weekdayOf(t.w(m + 1))
			return (mon || wd) && !t.needSaidBefore(m+2)
		case "not", "n", "only", "hardly", "the", "this", "that", "these", "those", "what", "which", "who", "to", "and", "or":
			return false
		}
		if preposition(tk.w) {
			return false
		}
	}
	return false
}

// needSaidBefore reports whether a reporting verb after token k in its
// sentence is dated by a month or a weekday of its own ("\"We need rain
// in May,\" he said in April, but none came"): the need was told then, and
// its month is counted from the speech, not from the reference day.
func (t *tagger) needSaidBefore(k int) bool {
	for m := k; m+2 < len(t.toks) && m < k+20; m++ {
		if t.endsAt(m, stopLine|stopSemicolon) && !t.is(m+1, "\"") && !t.is(m+1, "”") {
			return false
		}
		if !reportingVerb(t.w(m)) {
			continue
		}
		n := m + 1
		switch t.w(n) {
		case "in", "on", "last":
			n++
		}
		_, mon := monthOf(t.w(n))
		_, wd := weekdayOf(t.w(n))
		return (mon || wd) && t.toks[n].upper
	}
	return false
}

// speechNoun reports whether w names an occasion of speaking: "speech",
// "interview", "statement", "remarks", "briefing", "conference",
// "address", "rally", "hearing", "debate", "broadcast", and the written
// word: "tweet", "post", "letter", "video", "blog", "column", "message".
func speechNoun(w string) bool {
	switch w {
	case "speech", "interview", "statement", "remarks", "briefing", "conference", "address", "rally", "hearing", "debate", "broadcast",
		"tweet", "post", "letter", "video", "blog", "column", "message":
		return true
	}
	return false
}

// speechOccasion reports whether the speech noun at token k stands after
// "in", "at" or "during" with only its determiner and modifiers between
// ("in a speech", "at his pre-match press conference", "during a
// television interview"): the occasion on which something was said, not
// one to be held ("will hold a news conference", "to give a speech").
func (t *tagger) speechOccasion(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		switch t.w(m) {
		case "in", "at", "during":
			return true
		case "and", "but", "or", "to", "will", "would", "hold", "holds", "give", "gives", "deliver", "delivers", "for":
			return false
		}
		if t.endsAt(m, stopComma|stopSemicolon) {
			return false
		}
	}
	return false
}

// likelyForecast reports whether a form of "be" at k after a noun of the
// weather is followed by "likely" or "unlikely" and a preposition: "said a
// hard freeze was likely in the region on Wednesday night", "Rain is
// unlikely before Friday" forecast a time to come. Only the weather:
// "the suspect was likely in the area on Wednesday night" tells where he
// was; "The fire was likely started on Wednesday" (an adverb before a
// deed) and "is likely to" (the verb after it decides) are no forecast.
func (t *tagger) likelyForecast(k int) bool {
	if !t.is(k+1, "likely") && !t.is(k+1, "unlikely") {
		return false
	}
	switch t.w(k - 1) {
	case "rain", "rains", "snow", "snowfall", "frost", "frosts", "freeze", "showers", "storms", "thunderstorms", "flooding", "floods",
		"winds", "gales", "sleet", "hail", "fog", "drizzle", "heat", "rainfall", "downpours", "blizzard", "blizzards":
	default:
		return false
	}
	switch n := t.w(k + 2); n {
	case "and", "or", "as", "to":
		return false
	default:
		if !preposition(n) {
			return false
		}
	}
	if t.is(k, "is") || t.is(k, "are") {
		return true
	}
	// "was likely" is a forecast only as reported speech shifted back: a
	// reporting verb before it in its sentence ("The weather service said
	// a hard freeze was likely"), not a past perfect one ("Forecasters had
	// warned that a hard freeze was likely on Wednesday night, but ..."),
	// and no clause after it telling what came of it (", and 10 inches
	// fell", ", but temperatures stayed above zero"). "Fog was likely on
	// the runway on Wednesday night, investigators said" explains a past;
	// "..., forecasters said" after it is a forecast.
	said, perfect := t.reportBefore(k)
	if perfect {
		return false
	}
	for m := k + 3; !said && m+1 < len(t.toks) && m < k+30; m++ {
		if t.endsAt(m, stopLine|stopSemicolon) {
			break
		}
		// "Snow was likely across the region on Friday, forecasters
		// said": a reporting clause after it whose speaker is of the
		// weather
		switch t.w(m) {
		case "forecasters", "forecaster", "meteorologists", "meteorologist", "weather":
			for q := m + 1; q < len(t.toks) && q <= m+4; q++ {
				if t.is(q, "said") || t.is(q, "say") || t.is(q, "says") || t.is(q, "warned") {
					said = true
				}
			}
		}
	}
	if !said {
		return false
	}
	return !t.outcomeAfter(k)
}

// likelyToWeekday reports whether the "was" or "were" at k opens "was
// likely to" and a verb, a weekday at i following in its clause, in a
// clause reported after a verb of speech and told as the forecast it was
// ("Forecasters said the weather was likely to improve on Friday"): as
// "was expected to", a day to come. Not a past perfect report ("had
// said"), nor one with a clause after it telling what came of it
// ("..., but the rain stayed"), nor a perfect ("was likely to have
// died on Friday"), nor a month ("said sales were likely to
// rise in March" may report a month gone), nor with no report ("The ship
// was likely to arrive on Friday" reasons about the past).
func (t *tagger) likelyToWeekday(k, i int) bool {
	if !t.is(k+1, "likely") || !t.is(k+2, "to") || t.is(k+3, "have") || i-k > 8 {
		return false // ("was likely to have died on Friday": a guess at a past)
	}
	if _, ok := weekdayOf(t.w(i)); !ok || !t.toks[i].upper {
		return false
	}
	for m := k + 3; m < i; m++ {
		if t.endsAt(m, stopComma|stopSemicolon) || t.is(m, "and") || t.is(m, "but") {
			return false
		}
	}
	said, _ := t.reportBefore(k)
	return said && !t.outcomeAfter(k)
}

// reportBefore reports whether a verb of speech or forecast stands
// before the token k in its sentence ("The weather service said a hard
// freeze was likely"), and whether, scanning back, one in the past
// perfect came first ("Forecasters had warned that ..."): then no other
// is looked for.
func (t *tagger) reportBefore(k int) (said, perfect bool) {
	for m := k - 2; m >= 0 && m >= k-20; m-- {
		if t.endsAt(m, stopLine|stopSemicolon) {
			break
		}
		switch t.w(m) {
		case "said", "says", "say", "warned", "warns", "forecast", "forecasts", "predicted", "predicts", "expected", "expects", "thought", "believed":
			if t.is(m-1, "had") || t.is(m-2, "had") {
				return false, true
			}
			said = true
		}
	}
	return said, false
}

// expectationUndone reports whether the date at token i is what was
// expected in the past, by a verb of expectation ("expected",
// "forecast", "predicted", "hoped") or a verb of speech in the past
// perfect ("had said", "had promised") before it in its sentence, with a
// clause after ", but" telling in the past what came of it (", and" may
// tell a reaction: "He forecast that sales would rise in June, and shares
// jumped"): "Analysts had
// expected that June would bring a rebound, but sales fell", "Sales were
// expected to rise in June, but they fell". The time expected is gone,
// whatever "would" or "expected" says. A plain "said" ("The company said
// it would cut jobs in June, but shares rose") tells no expectation
// undone: the plan may stand.
func (t *tagger) expectationUndone(i int) bool {
	found := false
	for m := i - 1; m >= 0 && m >= i-20; m-- {
		if t.endsAt(m, stopLine|stopSemicolon) || t.is(m, "but") {
			return false
		}
		w := t.w(m)
		switch w {
		case "expected", "forecast", "predicted", "anticipated", "hoped", "projected":
			switch t.w(m - 1) {
			case "is", "are", "be", "s", "being", "still":
				return false // "Sales are expected to rise in June, but ...": an expectation now
			}
			found = true
		default:
			found = wouldSpeechVerb(w) && (t.is(m-1, "had") || t.is(m-2, "had"))
		}
		if found {
			break
		}
	}
	return found && t.outcomeAfterBy(i-2, false)
}

// outcomeAfter reports whether a clause after the token k in its sentence
// tells, after ", and" or ", but", in the past what came of it (", and 10
// inches fell", ", but temperatures stayed above zero").
func (t *tagger) outcomeAfter(k int) bool { return t.outcomeAfterBy(k, true) }

// outcomeAfterBy is outcomeAfter, with ", and" counted only when and is
// set (", but" always).
func (t *tagger) outcomeAfterBy(k int, and bool) bool {
	for m := k + 3; m+1 < len(t.toks) && m < k+30; m++ {
		if t.endsAt(m, stopLine|stopSemicolon) {
			break
		}
		if t.is(m, ",") && (and && t.is(m+1, "and") || t.is(m+1, "but")) {
			for q := m + 2; q < len(t.toks) && q <= m+6; q++ {
				if t.endsAt(q, stopLine|stopSemicolon) {
					break
				}
				if t.toks[q].kind == kWord && !t.toks[q].upper && cueOf(t.w(q)) == tPast && !wouldSpeechVerb(t.w(q)) {
					return true
				}
			}
		}
	}
	return false
}

// speechPhraseBefore reports whether the expression at token i closes a
// phrase of a speech occasion that comes after the past verb of a
// promise at token k ("promised £2.3bn for flood defences in a speech in
// Carlisle on Tuesday", "pledged more troops at a news conference on
// Friday"): the day dates the occasion, on which the promise was made,
// so it is past; the verb's object is the thing promised, whose own day
// the text does not give. A promise with its own day ("promised a vote
// on Tuesday") or after "to" ("vowed to act by Friday") still points
// forward.
func (t *tagger) speechPhraseBefore(k, i int) bool {
	for m := i - 1; m > k && m >= i-8; m-- {
		if t.endsAt(m, stopComma|stopSemicolon) || t.is(m, "to") || t.is(m, "that") {
			return false // "promised in a speech to resign on Tuesday": the day of what is promised
		}
		if speechNoun(t.w(m)) {
			return t.speechOccasion(m)
		}
	}
	return false
}

// wouldFrameAt returns the first day of the past date of a speech act
// that the "would" at k reports, for the expression over [i, j) (zero if
// none): a date named before the "would" in its sentence, before the
// reference day, with a verb of speech or promise between them or right
// before it ("promised in October that a decision would be made before
// Christmas", "In October, the minister said the road would reopen by
// Christmas", "said on Tuesday that the road would reopen in
// December"); or a month after the expression as the day of such a verb
// ("..., the minister said in October"), as willFrameAt finds it. A
// year alone frames nothing ("In 2011, he said the plant would open in
// March": said in which month?), nor does a "would" with no speech dated
// ("A decision would be made before Christmas", "In October, sales would
// have risen").
func (t *tagger) wouldFrameAt(k, i, j int) time.Time {
	if t.lastSet && t.lastAt <= k && t.sameSentence(t.lastAt, i) && t.last.Before(t.ref) {
		if t.lastYear {
			// "In 2011, he said the plant would open in March": said in
			// which month of 2011? The first March after it is not known
			return time.Time{}
		}
		for m := max(0, t.lastAt-8); m < k; m++ {
			if m >= t.lastAt && (t.is(m, "had") || t.is(m, "if")) {
				break // "In October, he had said ... would": the verb's own time is earlier; "if": a condition
			}
			if w := t.w(m); wouldSpeechVerb(w) {
				if m < t.lastAt && t.lastAt-m > 3 && !(w == "told" && t.lastAt-m <= 6 && t.listenerBefore(m)) {
					continue // a verb well before the date is of another clause ("told the BBC in October" is its own)
				}
				return t.last
			}
		}
		return time.Time{}
	}
	f := t.willFrameAt(k, i, j)
	if f.IsZero() || !f.Before(t.ref) || t.lastSet && t.lastAt <= k && t.sameSentence(t.lastAt, i) {
		return time.Time{}
	}
	return f
}

// wouldYearAt returns the year a year alone names for the speech act
// that the "would" at k reports, for the expression at i, when that year
// is before the reference year (else 0): the verb of speech stands
// between the year and the "would", or right before the year ("In 2011,
// he said the plant would open in March", "In 2011 the minister promised
// the line would reopen in May", "said in 2012 that it would launch in
// March"). When in
// that year the words were said is not known, so neither is the year of
// the month to come after them (nor after "In 2011, he had said", words
// said by then). A condition ("if") leaves it alone.
func (t *tagger) wouldYearAt(k, i int) int {
	if !t.lastSet || !t.lastYear || t.lastAt > k || !t.sameSentence(t.lastAt, i) || t.last.Year() >= t.ref.Year() {
		return 0
	}
	for m := max(0, t.lastAt-6); m < k; m++ {
		if m >= t.lastAt && t.is(m, "if") {
			return 0
		}
		if w := t.w(m); wouldSpeechVerb(w) {
			if m < t.lastAt && t.lastAt-m > 3 && !(w == "told" && t.listenerBefore(m)) {
				continue // "told reporters in 2012 that": the year dates the telling
			}
			if k-m > 12 {
				return 0
			}
			return t.last.Year()
		}
	}
	return 0
}

// wouldSpeechVerb reports whether w is a verb of saying, promising or
// foreseeing in the past whose date dates the future that a "would" after
// it reports: "said", "told", "promised", "wrote", "predicted", "argued".
// "says" is of now.
func wouldSpeechVerb(w string) bool {
	switch w {
	case "said", "told", "announced", "reported", "added", "stated", "confirmed",
		"promised", "pledged", "vowed", "predicted", "warned", "insisted",
		"wrote", "claimed", "argued", "suggested", "indicated", "hinted", "signalled", "signaled", "forecast", "estimated":
		return true
	}
	return false
}

// listenerBefore reports whether "told" at token m has a listener of one
// or two words and then "in" or "on" ("told the BBC in October", "told
// reporters on Tuesday"), so the date after them dates the telling.
func (t *tagger) listenerBefore(m int) bool {
	for n := m + 2; n <= m+3 && n < len(t.toks); n++ {
		if t.toks[n-1].kind != kWord {
			return false
		}
		if t.is(n, "in") || t.is(n, "on") {
			return true
		}
	}
	return false
}

// untilFurtherNotice reports whether "until further notice" (or "until
// further notice is given") follows at token j.
func (t *tagger) untilFurtherNotice(j int) bool {
	return (t.is(j, "until") || t.is(j, "till")) && t.is(j+1, "further") && t.is(j+2, "notice")
}

// bookedFor reports whether the date at token i is what a booking is for:
// after "for" and a noun of bookings ("bookings for Christmas",
// "reservations for New Year's Eve", "tickets for Easter"), or
// coordinated with such a date ("for Christmas and New Year").
func (t *tagger) bookedFor(i int) bool {
	k := i - 1
	for n := 0; n < 6 && k > 0; n++ {
		switch {
		case t.is(k, "for"):
			switch t.w(k - 1) {
			case "bookings", "booking", "reservations", "reservation", "advance", "tickets", "seats", "flights", "fares", "packages", "holidays":
				return true
			}
			return false
		case t.is(k, "and") || t.is(k, "or") || t.is(k, ",") || t.is(k, "'") || t.is(k, "s"):
		case t.toks[k].kind == kWord && t.toks[k].upper, t.toks[k].kind == kNum:
		default:
			return false
		}
		k--
	}
	return false
}

// bareMonth reports whether the date from i to j is a month's name alone
// ("August", not "21 August" or "August 21").
func (t *tagger) bareMonth(i, j int) bool {
	_, ok := monthOf(t.w(i))
	return ok && j == i+1
}

// wouldHave reports whether "would" at k opens a perfect: "would have
// been", "would not have seen"; not "would have to", "would have a", nor
// "would have been" before a number, an age or a count of years a
// birthday or an anniversary reaches ("Elvis would have been 80 on
// Thursday" may be said before the day).
func (t *tagger) wouldHave(k int) bool {
	n := k + 1
	if t.is(n, "not") {
		n++
	}
	if t.is(n+1, "been") && n+2 < len(t.toks) && (t.toks[n+2].kind == kNum || t.startsNumber(n+2)) {
		return false
	}
	if t.is(n+1, "been") && determiner(t.w(n+2)) && n+3 < len(t.toks) && (t.toks[n+3].kind == kNum || t.startsNumber(n+3)) {
		return false // "It would have been his 80th birthday on Saturday"
	}
	p := n + 1
	if t.is(p, "been") {
		p++ // "The vote would have been held on Tuesday"
	}
	if plannedParticiple(t.w(p)) {
		// a plan called off: "The strike, which would have begun on
		// Monday, was called off", "would have taken effect on March 1",
		// "would have turned 80 on Thursday": what was planned may lie
		// ahead, and is left to the modal
		return false
	}
	return t.is(n, "have") && perfectParticiple(t.w(n+1))
}

// afterWouldHave reports whether token k follows "would (not) have" or
// "would (not) have been".
func (t *tagger) afterWouldHave(k int) bool {
	m := k - 1
	if t.is(m, "been") {
		m--
	}
	if !t.is(m, "have") {
		return false
	}
	if t.is(m-1, "not") {
		m--
	}
	return t.is(m-1, "would")
}

// plannedParticiple reports whether w is the participle of a verb of a
// planned or calendar event, which "would have" puts in a plan given up
// rather than in an inference about the past: "begun", "started",
// "opened", "held", "taken" (effect), "turned" (an age), "celebrated".
func plannedParticiple(w string) bool {
	switch w {
	case "begun", "started", "opened", "launched", "held", "staged", "taken", "turned", "celebrated", "marked",
		"ended", "closed", "finished", "expired", "played", "kicked", "resumed", "reopened",
		"debuted", "premiered", "aired", "arrived", "departed", "returned", "sailed", "flown":
		return true
	}
	return false
}

// marketMove reports whether w, after "open" and a weekday, tells how a
// market moved ("Asian shares open Friday lower after Wall Street slid"):
// a trading day told in the present of a report, not a timetable. A
// market's subject ("Sony shares open Friday at 1,000 yen", marketNoun)
// is such a report too.
func marketMove(w string) bool {
	switch w {
	case "higher", "lower", "up", "down", "flat", "mixed", "firmer", "weaker", "steady", "sharply", "slightly", "broadly":
		return true
	}
	return false
}

// marketNoun reports whether w is a traded thing or its market as the
// plural subject of "open" ("shares", "stocks", "markets", ...).
func marketNoun(w string) bool {
	switch w {
	case "shares", "stocks", "markets", "bourses", "indices", "indexes", "futures", "bonds", "equities", "prices", "trades":
		return true
	}
	return false
}

// pastSubClause reports whether token k opens a subordinate clause
// ("after", "when", "because", "since", "while", "though", "although";
// "as" only after a comma) whose verb, a past tense with no "by" after it,
// comes right after the expression ending before token j: "are bracing
// for heat, after cooler weather on Sunday brought some relief", "will
// reopen when floods on Monday receded". A present or future there
// ("after the storm on Sunday passes"), a participle before "by" ("after
// a break on Monday announced by the chair") or no verb right after the
// day ("after rain on Sunday, crews will rest") leave the tense to the
// other cues.
func (t *tagger) pastSubClause(k, j int) bool {
	switch t.w(k) {
	case "after", "when", "because", "since", "while", "though", "although":
	case "as":
		if !t.is(k-1, ",") {
			return false
		}
	default:
		return false
	}
	if j >= len(t.toks) || t.toks[j].kind != kWord || t.toks[j].upper || t.is(j+1, "by") {
		return false
	}
	return t.cue(j) == tPast
}

// punctBetween reports whether a punctuation token stands in (a, b).
func (t *tagger) punctBetween(a, b int) bool {
	for m := a + 1; m < b && m < len(t.toks); m++ {
		if t.toks[m].kind == kPunct {
			return true
		}
	}
	return false
}

// dayThenTo returns the index of the infinitive's "to" when the past
// verb of a plan at k is followed by the day it was made and then an
// infinitive ("agreed on Wednesday to cut", "decided Monday to close",
// "voted last week to strike", "agreed on Dec. 1 to"), or -1. "agreed on
// Wednesday to a deal" (a noun after "to") is no infinitive.
func (t *tagger) dayThenTo(k int) int {
	m := k + 1
	if t.is(m, "on") {
		m++
	}
	switch {
	case t.is(m, "yesterday") || t.is(m, "today"):
		m++
	case (t.is(m, "last") || t.is(m, "this")) && (t.is(m+1, "week") || t.is(m+1, "month")):
		m += 2
	default:
		if _, ok := weekdayOf(t.w(m)); ok {
			m++
			switch t.w(m) {
			case "morning", "afternoon", "evening", "night":
				m++
			}
			break
		}
		if _, ok := monthOf(t.w(m)); !ok {
			return -1
		}
		m++
		if t.is(m, ".") && t.attached(m) {
			m++
		}
		if m >= len(t.toks) || t.toks[m].kind != kNum {
			return -1
		}
		m++
	}
	if !t.is(m, "to") || m+1 >= len(t.toks) || t.toks[m+1].kind != kWord || determiner(t.w(m+1)) {
		return -1
	}
	return m
}

// nounParticiple reports whether the plan's participle at k ("expected",
// "scheduled", "slated", "due") before "to" or "for" belongs to a noun
// phrase of its own, after an article and at most two more words ("to
// begin a refueling outage expected to last about five weeks", "for a
// review scheduled for March"): it tells what is foreseen of that thing,
// not the tense of the clause of a date before it, which the forward scan
// would otherwise take ("Progress Energy shut down its plant early Friday
// to begin an outage expected to last five weeks" is the Friday gone). A
// participle after a form of "be" or a pronoun ("is expected to", "it
// expected to") is a verb, and stays a cue.
func (t *tagger) nounParticiple(k int) bool {
	switch t.w(k) {
	case "expected", "scheduled", "slated", "due":
	default:
		return false
	}
	if !t.is(k+1, "to") && !t.is(k+1, "for") {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		tk := t.toks[m]
		if tk.kind != kWord || tk.upper || beForm(tk.w) || auxiliary(tk.w) {
			return false
		}
		switch tk.w {
		case "a", "an", "the":
			return m < k-1
		case "it", "they", "he", "she", "we", "i", "you", "not", "also", "still", "widely", "now":
			return false
		}
	}
	return false
}

// sinceGoverns reports whether "since" at k has a date of its own before
// the expression at i, a comma closing its phrase before it ("for the
// first time since 2008, reducing production ... from January", "its
// lowest since March, and will fall in June"), inside the infinitive of
// a past verb of a plan ("agreed to", "decided on Monday to"): "since" is past for its own object only ("searching since
// the Oct. 23 shooting"), and a later expression of the sentence takes its
// tense from the verbs.
func (t *tagger) sinceGoverns(k, i int) bool {
	n := k + 1
	if n >= i-1 || n >= len(t.toks) {
		return false
	}
	tk := t.toks[n]
	_, month := monthOf(tk.w)
	if !(tk.kind == kNum && len(tk.w) == 4) && !(month && tk.upper) {
		return false
	}
	comma := false
	for m := n + 1; m < i; m++ {
		if t.is(m, ",") {
			comma = true // the phrase of "since" is closed: another clause holds the expression
		}
	}
	if !comma {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-20; m-- {
		if t.endsAt(m, stopSemicolon) || t.toks[m].nl {
			return false
		}
		if pastPlanVerb(t.w(m)) && (t.is(m+1, "to") || t.dayThenTo(m) > 0) {
			return true // "agreed on Wednesday to cut output for the first time since 2008, reducing ..."
		}
	}
	return false
}

// effectInfinitive reports whether the date at i follows "in", "on",
// "from" or "by" right after an infinitive of taking effect: "to take
// effect", "to go into effect", "to come into force", "to become
// effective" ("approved new rates to take effect in January"). "took
// effect in January", "which will take effect in March" are no
// infinitives and keep their tense.
func (t *tagger) effectInfinitive(i int) bool {
	switch t.w(i - 1) {
	case "in", "on", "from", "by":
	default:
		return false
	}
	k := i - 2
	switch {
	case t.is(k, "effect") && t.is(k-1, "take") && t.is(k-2, "to"):
		return true
	case (t.is(k, "effect") || t.is(k, "force")) && t.is(k-1, "into") && (t.is(k-2, "go") || t.is(k-2, "come")) && t.is(k-3, "to"):
		return true
	case t.is(k, "effective") && t.is(k-1, "become") && t.is(k-2, "to"):
		return true
	}
	return false
}

// aheadOfDate reports whether the date at i follows "ahead of" or "ahead
// of the" ("ahead of the 1 November target", "ahead of Nov. 8"): it
// names what is ahead of the clause's deed, not behind it.
func (t *tagger) aheadOfDate(i int) bool {
	k := i - 1
	if t.is(k, "the") {
		k--
	}
	return t.is(k, "of") && t.is(k-1, "ahead")
}

// futureTimeClause reports whether the present-tense verb at k ends the
// subject of a clause of time ("until", "till", "when", "before",
// "after", "once", at most five words before it, no punctuation but an
// apostrophe between) whose main clause, in the same sentence within
// fifteen words before the conjunction, has "will", "shall", "'ll" or a
// plan's verb before "to" ("plan to", "hopes to", "expected to"): "will
// remain in session until its members' terms end in July". A past or
// conditional main clause ("sat until members return", "would sit") and
// a habit with no future ("vote before they leave in July") are not so
// read.
func (t *tagger) futureTimeClause(k int) bool {
	sub := -1
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		tm := t.toks[m]
		if tm.kind == kPunct && tm.w != "'" && tm.w != "’" || tm.nl && m < k-1 {
			return false
		}
		switch tm.w {
		case "until", "till", "when", "before", "after", "once":
			sub = m
		}
		if sub >= 0 {
			break
		}
	}
	if sub < 1 || sub == k-1 {
		return false // "until return": no subject between
	}
	for m, n := sub-1, 0; m >= 0 && n < 15; m, n = m-1, n+1 {
		if t.endsAt(m, stopSemicolon) || t.toks[m+1].nl {
			return false
		}
		switch t.w(m) {
		case "will", "shall":
			return !t.toks[m].upper || m == 0 || t.endsAt(m-1, 0)
		case "ll":
			return t.is(m-1, "'") || t.is(m-1, "’")
		case "to":
			switch t.w(m - 1) {
			case "plan", "plans", "planning", "hope", "hopes", "hoping", "expected", "expects", "want", "wants", "intend", "intends", "aim", "aims", "set", "due", "scheduled":
				return true
			}
		case "would", "could", "might", "was", "were", "had", "did":
			return false
		}
		if t.cue(m) == tPast {
			return false
		}
	}
	return false
}
