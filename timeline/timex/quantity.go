package timex

// Quantities: durations, the dates counted from them, and sets.

import (
	"strconv"
	"strings"
	"time"
)

// quantity parses durations ("three years", "a 30-day", "four-year-old")
// and the dates built from them ("two days ago", "a year earlier", "two
// days later").
func (t *tagger) quantity(i int) cand {
	if w := t.toks[i].w; (w == "a" || w == "an") && t.speedPer(i) {
		return cand{} // "120 miles an hour": a unit of speed
	}
	if t.is(i, "a") && t.is(i+1, "while") {
		return t.vagueSpan(i)
	}
	if t.is(i, "a") && t.is(i+1, "night") && t.is(i+2, "out") {
		switch t.w(i - 1) {
		case "on", "after", "for", "from", "during":
			// "had been on a night out with friends", "after a night out
			// in the city": an evening's outing, no stretch of time ("spent
			// a night out in the open" stays one)
			return cand{}
		}
	}
	if w := t.toks[i].w; (w == "a" || w == "an") && t.is(i+1, "half") && t.is(i+2, "-") && t.attached(i+2) {
		return cand{} // "a half-day strike": the article belongs to the noun ("half-day" is found at "half")
	}
	if w := t.toks[i].w; (w == "a" || w == "an") && t.compoundUnit(i+1) {
		// "a night-school teacher", "a day-care place", "a year-on-year
		// rise": the unit opens a compound noun or adjective, no stretch
		// of time ("a week-long strike", "a year-earlier quarter" stay)
		return cand{}
	}
	if t.is(i, "one") && t.is(i+1, "day") && !t.toks[i].upper {
		// "Islam will one day be the largest religion": some day to come
		switch t.w(i - 1) {
		case "will", "would", "may", "might", "could", "can", "should", "must", "to", "ll":
			return cand{i: i, j: i + 2, typ: Date, val: "FUTURE_REF"}
		}
	}
	if t.is(i, "moments") && t.is(i+1, "ago") {
		// "moments ago", as "minutes ago": a past time the text does not give
		return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF"}
	}
	if t.is(i, "another") {
		// "it will take another month", "for another year": one more unit
		if u, pl := unitOf(t.w(i + 1)); u != uNone && !pl && u != uWeekend && u != uSeason && !t.titleWord(i+1) {
			if t.is(i-1, "on") && !continueOn(t.w(i-2)) || t.is(i-1, "until") || t.is(i-1, "till") || t.is(i-1, "to") && t.movedTo(i) {
				// "a new attempt on another day", "postponed to another
				// week", "saved until another day": a time not named, no
				// stretch ("for another day", "up to another year",
				// "sentenced to another year", "stay on another year" are:
				// "to" counts only after a verb of moving a date, "on" not
				// as the particle of a verb of going on)
				return cand{}
			}
			return cand{i: i, j: i + 2, typ: Duration, val: durValue(1, u)}
		}
		// "another 20 years", "another three weeks": the word belongs to
		// the duration, as in "another month"
		if k := i + 1; k < len(t.toks) && (t.toks[k].kind == kNum || t.startsNumber(k)) {
			if c := t.quantity(k); c.ok() && c.typ == Duration && c.i == k && !c.dated {
				c.i = i
				return c
			}
		}
		return cand{}
	}
	n, j := t.number(i)
	if j > i && (t.is(j, "minutes") || t.is(j, "minute")) && t.pastTheHour(j+1) {
		return cand{} // "It's 18 minutes past the hour": a broadcast's clock, no stretch of time
	}
	if j > i && n > 0 && (t.is(j, "million") || t.is(j, "billion")) && t.is(j+1, "years") && t.is(j+2, "ago") {
		// "3 billion years ago", "65 million years ago": some time long
		// before the year 1, as "billions of years ago"
		return cand{i: i, j: j + 3, typ: Date, val: "PAST_REF"}
	}
	if j > i && n > 0 && (t.is(j, "million") || t.is(j, "billion")) && t.is(j+1, "years") && !t.is(j+2, "-") && !t.is(i-1, "$") && !t.is(j+2, "later") && !t.is(j+2, "earlier") {
		// "Dinosaurs ruled for 165 million years", "the 4.5 billion years
		// since": a duration, in millennia as "2,000 years" is P2L
		m := n * 1000
		if t.is(j, "billion") {
			m *= 1000
		}
		if m == float64(int(m)) {
			return cand{i: i, j: j + 2, typ: Duration, val: "P" + itoa(int(m)) + "L"}
		}
	}
	if j > i && n > 0 && n == float64(int(n)) && n < 100 && (t.is(j, "millennia") || t.is(j, "millenniums") || n == 1 && t.is(j, "millennium")) &&
		!t.toks[j].upper && !t.is(j+1, "-") && !t.is(j+1, "ago") && !t.is(j+1, "later") && !t.is(j+1, "earlier") && !t.is(j+1, "old") {
		// "three millenniums", "two millennia": a duration in
		// millennia, as "two thousand years" is P2L ("two millennia
		// ago" is left alone, as no year is sure)
		return cand{i: i, j: j + 1, typ: Duration, val: "P" + itoa(int(n)) + "L"}
	}
	if j > i && n != 0 && (t.is(j, "generation") || t.is(j, "generations")) && t.is(j+1, "ago") {
		// "a generation ago", "two generations ago": a time gone whose
		// year the words do not fix (a generation is no set number of
		// years), as "a few years ago"
		return cand{i: i, j: j + 2, typ: Date, val: "PAST_REF"}
	}
	if j == i {
		u0, pl0 := unitOf(t.w(i)) // the word's unit, which the tests below read
		if u0 == uNone {
			switch t.w(i) {
			case "half", "hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong":
				// the tests below that need no unit word at i
			default:
				return cand{} // most words: no unit, so none of the tests below holds
			}
		}
		// "in the year since the attack", "the decade since": one unit
		// from an event to now, as "the years since"
		if u, pl := u0, pl0; u != uNone && !pl && u >= uDay && u <= uDecade && u != uWeekend && u != uSeason && u != uQuarter &&
			t.is(i-1, "the") && t.is(i+1, "since") && !t.toks[i].upper {
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(1, u), the: true}
		}
		// "in the decade that followed", "the year that followed": one
		// unit from an event on, as "the decade since" is up to now
		if u, pl := u0, pl0; u != uNone && !pl && u >= uWeek && u <= uDecade && u != uWeekend && u != uSeason && u != uQuarter &&
			t.is(i-1, "the") && (t.is(i+1, "that") || t.is(i+1, "which")) && t.is(i+2, "followed") && !t.toks[i].upper {
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(1, u), the: true}
		}
		// "the year ahead", "the week ahead": one unit from now on, a
		// duration as TimeBank marks "the weeks ahead" (PXW); "the week
		// ahead of the vote" is before it, no stretch to come
		if u, pl := u0, pl0; u != uNone && !pl && u >= uDay && u <= uDecade && u != uWeekend && u != uSeason && u != uQuarter &&
			t.is(i-1, "the") && t.is(i+1, "ahead") && !t.is(i+2, "of") && !t.toks[i].upper {
			return cand{i: i, j: i + 2, typ: Duration, val: durValue(1, u), the: true}
		}
		// "a weeklong strike", "a yearlong inquiry": one unit, as one word
		switch t.w(i) {
		case "hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong":
			u, _ := unitOf(t.w(i)[:len(t.w(i))-4])
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(1, u)}
		}
		// "in the weeks before the shooting", "the days after the vote": an
		// unknown number of units next to an event; the article stays out
		if u, pl := u0, pl0; u != uNone && pl && u >= uHour && u <= uDecade && t.is(i-1, "the") && !t.toks[i].upper {
			switch t.w(i + 1) {
			case "before", "after", "following", "preceding", "leading", "since":
				if t.w(i+1) != "leading" || t.is(i+2, "up") {
					return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
				}
			case "that":
				if t.is(i+2, "followed") {
					return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
				}
			}
		}
		if c := t.vagueSpan(i); c.ok() {
			return c
		}
		// bare plural units after "for": "for years"
		if u, pl := u0, pl0; u != uNone && pl && t.is(i+1, "-") && t.attached(i+1) && (t.is(i+2, "long") || t.is(i+2, "old")) {
			return cand{i: i, j: i + 3, typ: Duration, val: durValue(-1, u)}
		}
		if u, pl := u0, pl0; u != uNone && !pl && t.is(i+1, "-") && t.attached(i+1) && t.is(i+2, "long") {
			return cand{i: i, j: i + 3, typ: Duration, val: durValue(1, u)}
		}
		if !t.is(i+1, "-") || !t.is(i+2, "old") {
			// most words: no "N-old" to read
		} else if u, pl := u0, pl0; (u == uDecade || u == uCentury) && !pl && t.attached(i+1) && !t.isAge(i+3) {
			// "the decade-old law", "a century-old building": one unit, as
			// "decade-long"
			return cand{i: i, j: i + 3, typ: Duration, val: durValue(1, u)}
		}
		if t.is(i, "half") && t.is(i-1, "a") && t.is(i+1, "hour") && !t.toks[i+1].upper {
			// "a half hour": half an hour, as "half-hour" ("the second
			// half hour of the show" stays out; "the next half hour" is
			// found at "next")
			return cand{i: i - 1, j: i + 2, typ: Duration, val: durValue(0.5, uHour)}
		}
		if t.is(i, "half") && t.is(i+1, "-") && t.attached(i+1) && t.attached(i+2) {
			// "a half-hour show", "a half-day strike": half a unit
			if u, pl := unitOf(t.w(i + 2)); u != uNone && !pl && u != uWeekend && u != uSeason && u != uQuarter && u != uDecade && u != uCentury {
				return cand{i: i, j: i + 3, typ: Duration, val: durValue(0.5, u)}
			}
		}
		if u, pl := u0, pl0; u != uNone && pl && u >= uMinute && t.is(i+1, "ago") {
			return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF"}
		}
		if u, pl := u0, pl0; u != uNone && pl && u >= uHour && u <= uCentury && u != uWeekend && u != uSeason && u != uQuarter && !t.toks[i].upper {
			switch t.w(i - 1) {
			case "take", "takes", "took", "taking", "taken", "last", "lasts", "lasted", "lasting", "spent", "spend", "spends", "spending",
				"wait", "waits", "waited", "waiting":
				// "could take months", "took centuries to build", "spent
				// years in jail", "waited hours": a stretch of no stated length
				return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
			case "had", "have", "has", "having":
				if t.is(i+1, "to") && i+2 < len(t.toks) && t.toks[i+2].kind == kWord && !t.toks[i+2].upper && !determiner(t.w(i+2)) && !memoryVerb(t.w(i+2)) || t.is(i+1, "left") {
					// "Ministers have had weeks to get round the table",
					// "has years to comply", "had only days left": the time
					// one has for a deed, a stretch of no stated length
					// ("had weeks to the Olympics" names no deed; "have
					// months of data" is a count of months; "has had days
					// to remember", "has hours to suit commuters" are days
					// and hours of a kind, no stretch one has)
					return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
				}
			case "just", "only", "mere":
				if t.timeForDeed(i) {
					return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
				}
			case "back":
				switch t.w(i - 2) {
				case "go", "goes", "went", "gone", "going", "date", "dates", "dated", "dating", "stretch", "stretches", "stretched", "stretching":
					// "The roots of the violence went back decades", "a
					// feud that dates back centuries": a stretch of no
					// stated length
					return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
				}
			case "be", "been", "is", "was", "are", "were":
				switch t.w(i + 1) {
				case "before", "since", "behind", "old", "late":
					// "it could be years before the plant reopens", "it has
					// been months since he left", "is years behind
					// schedule", "is decades old": a stretch of no stated
					// length
					return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
				}
			}
		}
		if u, pl := u0, pl0; u != uNone && pl && u >= uHour && u <= uCentury && u != uWeekend && u != uSeason && u != uQuarter && !t.toks[i].upper && t.alternativeSpan(i) {
			// "for weeks, possibly months", "days or weeks", "months, if
			// not years": the alternative to a stretch is one too
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
		}
		if u, pl := u0, pl0; u != uNone && pl && u >= uHour && u <= uCentury && u != uWeekend && u != uSeason && u != uQuarter && t.is(i+1, "away") && !t.toks[i].upper {
			// "is still decades away", "weeks away from a deal": a stretch
			// of no stated length
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
		}
		if u, pl := u0, pl0; u != uNone && pl && u >= uMinute && u <= uYear && u != uWeekend && u != uSeason && u != uQuarter && t.is(i+1, "from") && !t.is(i+2, "now") && !t.toks[i].upper && t.copulaNear(i) {
			// "was weeks from running out of cash", "is minutes from
			// victory": as "weeks away from", a stretch of no stated
			// length (the copula before it: "flew days from Paris" is no
			// such case)
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
		}
		if u, pl := u0, pl0; u != uNone && pl && (t.is(i-1, "for") || t.is(i-1, "within")) && (u >= uHour || u == uMinute && (t.clauseEnds(i+1) || t.is(i-1, "within") && t.is(i+1, "of"))) {
			// "within hours"; "arrived within minutes", "fell within
			// minutes of the decision" (not "for minutes of the
			// meeting": after "within", "of" says what the span runs
			// from, no meeting's record)
			if t.is(i+1, "ago") {
				return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF"}
			}
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
		}
		return cand{}
	}
	if n > 0 && (t.is(j, "to") || t.is(j, "or") || t.is(j, "-") && t.attached(j) && t.toks[i].kind == kNum) {
		// "two to three weeks", "10-15 years", "four or five years": one
		// stretch, valued by its lower bound, as TimeBank does
		if n2, j2 := t.number(j + 1); j2 > j+1 && n2 > n {
			if u, _ := unitOf(t.w(j2)); u != uNone {
				j = j2
			}
		}
	}
	if (t.w(i) == "a" || t.w(i) == "an") && t.is(j, "long") && t.copulaBefore(i) {
		switch t.w(j + 1) {
		case "night", "day", "week", "evening":
			// "It was a long night", "it will be a long day for the
			// staff": an appraisal of the time, not a stretch measured
			// ("spent a long night in the cold" stays a duration)
			return cand{}
		}
	}
	switch t.w(j) {
	case "more", "additional", "extra", "further", "consecutive", "straight", "full", "trading", "business", "working", "long", "short", "whole", "calendar":
		if u, _ := unitOf(t.w(j + 1)); u != uNone && n != 1 || t.w(i) != "a" && t.w(i) != "an" {
			if u, _ := unitOf(t.w(j + 1)); u != uNone {
				j++
			}
		} else if u, _ := unitOf(t.w(j + 1)); u != uNone {
			j++
		}
	}
	if t.is(j, "earth") && t.toks[j].upper && j+1 < len(t.toks) && !t.toks[j+1].upper {
		// "687 Earth days", "12 Earth years": a planet's span told in
		// ours ("Earth Day", "three Earth Days" are the holiday)
		if u, _ := unitOf(t.w(j + 1)); u == uDay || u == uYear || u == uHour || u == uMonth || u == uWeek {
			j++
		}
	}
	if accountWord(t.w(j)) {
		// "two financial years", "three fiscal years", "over four budget
		// years": years of account, as many years long
		if u, pl := unitOf(t.w(j + 1)); pl && (u == uYear || u == uQuarter && t.is(j, "fiscal")) && !(i > 0 && t.attached(i) && (t.is(i-1, "/") || t.is(i-1, "-"))) {
			j++ // ("the 2015/16 fiscal year": the end of a span, no count)
		}
	}
	hyph := false
	if t.w(j) == "-" && t.attached(j) {
		j++
		hyph = true
	}
	if d := subSecond(t.w(j)); d > 0 && n > 0 && !hyph {
		// "20 milliseconds": a fraction of a second, PT0.02S
		return cand{i: i, j: j + 1, typ: Duration, val: "PT" + strconv.FormatFloat(n/d, 'f', -1, 64) + "S", the: true}
	}
	u, plural := unitOf(t.w(j))
	if u == uNone {
		u, plural = t.unitLetter(i, j, n)
	}
	if u == uNone || t.titleWord(j) && t.toks[i].kind == kNum {
		return cand{} // CBS's "60 Minutes": a name
	}
	if n < 0 && plural && (t.is(i-1, "on") || t.is(i-1, "most") && t.is(i-2, "on")) && (u == uDay || u == uNight || u == uWeekend) {
		return cand{} // "hazardous on many days": some of the days, no stretch of time
	}
	w0 := t.w(i)
	if (w0 == "a" || w0 == "an") && hyph && !plural && u >= uDay && u <= uYear && u != uWeekend && u != uSeason && u != uQuarter &&
		t.is(i-1, "-") && t.attached(i-1) && t.attached(i) && t.hyphenRateCount(i-2) {
		// "$120 billion-a-month asset purchases", "the $1-a-day poverty
		// line", "a once-a-year event", "a 24-hour-a-day service": a rate
		// written as one hyphenated word, a set as "$85 billion a month"
		return cand{i: i, j: j + 1, typ: Set, val: durValue(1, u)}
	}
	if (w0 == "a" || w0 == "an") && plural && n == 1 {
		return cand{}
	}
	if u == uQuarter && (w0 == "a" || w0 == "an" || n == 3 && plural) && t.is(j+1, "of") && t.is(j+2, "an") && t.is(j+3, "hour") {
		// "a quarter of an hour", "three quarters of an hour"
		return cand{i: i, j: j + 4, typ: Duration, val: "PT" + itoa(int(15*n)) + "M", the: true}
	}
	if u == uQuarter && !plural && (w0 == "a" || w0 == "an") {
		// "a quarter century", "a quarter-century", "a quarter of a century"
		k := j + 1
		if t.is(k, "-") && t.attached(k) {
			k++
		} else if t.is(k, "of") && t.is(k+1, "a") {
			k += 2
		}
		if t.is(k, "century") {
			if t.is(k+1, "ago") {
				// "a quarter century ago": the year 25 years back, roughly
				return t.shifted(i, k+2, 25, uYear, t.ref, -1, true)
			}
			return cand{i: i, j: k + 1, typ: Duration, val: "P25Y", the: true}
		}
	}
	if u == uQuarter && !plural && (w0 == "a" || w0 == "an") && !hyph && (t.is(j+1, "of") || t.fractionBefore(i)) {
		// "a quarter of the staff", "shrank by almost a quarter": a
		// fraction, no three months
		return cand{}
	}
	if u == uSeason || u == uQuarter && (w0 == "a" || w0 == "an") && !t.is(j+1, "ago") && !t.is(j+1, "earlier") && !t.is(j+1, "later") {
		if u == uSeason {
			return cand{}
		}
	}
	if t.toks[i].kind == kNum && t.toks[i].n >= 1000 && !hyph && n == float64(int(n)) && len(t.toks[i].w) == 4 {
		return cand{} // "2025 year" is not a duration
	}
	if t.toks[i].kind == kNum && len(t.toks[i].w) > 1 && t.toks[i].w[0] == '0' {
		// "at 0530 hours", "by 0930 hours": a count is never written with
		// a leading zero; a 24-hour clock time is (clock reads it)
		return cand{}
	}
	k := j + 1
	if !hyph && u == uYear && !plural && n == 1 && t.is(k, "-") && t.attached(k) && (t.is(k+1, "earlier") || t.is(k+1, "ago")) {
		return cand{} // "a year-earlier loss": the adjective "year-earlier", a date
	}
	if hyph && u == uQuarter && plural {
		return cand{} // three-quarters: a fraction
	}
	if u == uQuarter && !plural && t.is(k, "-") && t.attached(k) && (t.is(k+1, "point") || t.is(k+1, "percentage") || t.is(k+1, "percent")) {
		return cand{} // "four quarter-point increases", "two quarter-percentage-point cuts": a fraction of a point
	}
	if u == uSecond && (w0 == "a" || w0 == "an") && !plural && !hyph && t.is(k, "-") && t.attached(k) && !t.is(k+1, "and") {
		return cand{} // "a second-half goal", "a second-largest bank": an ordinal
	}
	if u == uSecond && (w0 == "a" || w0 == "an") && !plural && !hyph && t.is(k, ",") && t.ordinalAside(k+1) {
		return cand{} // "a second, four-day break", "a second, larger strike": an ordinal
	}
	if u == uSecond && (w0 == "a" || w0 == "an") && !plural && !hyph && t.is(k, "and") && t.ordinalAfterAnd(k+1) {
		return cand{} // "a second and final five-year term", "a second and third round": an ordinal
	}
	if u == uSecond && (w0 == "a" || w0 == "an") && !plural && !hyph && k < len(t.toks) && t.toks[k].kind == kNum && !t.toks[k].nl {
		return cand{} // "a second 48-hour strike", "a second 5 percent rise": an ordinal before a figure
	}
	if u == uSecond && (w0 == "a" || w0 == "an") && !plural && k < len(t.toks) && t.toks[k].kind == kWord {
		switch t.w(k) {
		case "ago", "later", "earlier", "or", "and", "of", "before", "after", "to", "in", "for", "longer":
		default:
			return cand{} // "a second term": an ordinal
		}
	}
	if !hyph && t.is(k, "old") && u == uYear {
		return cand{} // "37 years old": an age
	}
	if t.is(k, "olds") && (u == uYear || u == uMonth || u == uWeek) {
		return cand{} // "16-24 year olds", "six month olds": people of that age, the hyphens left out
	}
	if !hyph && t.is(k, "of") && t.is(k+1, "age") && (u == uYear || u == uMonth || u == uWeek) && t.ageEnds(k+2) {
		return cand{} // "everyone over six months of age", "under 18 years of age": an age
	}
	if t.is(k, "and") && t.is(k+1, "a") && t.is(k+2, "half") && n > 0 {
		n += 0.5
		k += 3
	}
	if t.is(k, "or") && t.is(k+1, "so") {
		k += 2
	}
	c := cand{i: i, j: k, typ: Duration, val: durValue(n, u), the: true}
	if t.is(k, "-") && t.attached(k) && t.is(k+1, "olds") {
		return cand{} // "Fifteen-year-olds", "10-year-olds": people of that age
	}
	if !hyph && !plural && n > 1 {
		// "the two day rally", "the three week strike": a count above one
		// with its unit in the singular is a compound adjective written
		// without its hyphen, and the article is its noun's, as in "the
		// 30-day truce" (TBAQ "the [two day] rally"); "the two days of
		// music" keeps it
		c.the = false
	}
	if hyph {
		c.the = false // "the 30-day truce": the article belongs to the noun
		// "four-year-old", "decades-long"; a person's age is no expression
		if t.w(k) == "-" && t.attached(k) && (t.is(k+1, "old") || t.is(k+1, "long")) {
			if t.is(k+1, "old") && t.isAge(k+2) {
				return cand{}
			}
			c.j = k + 2
		}
		return c
	}
	if t.is(k, "-") && t.attached(k) && (t.is(k+1, "old") || t.is(k+1, "long")) {
		if t.is(k+1, "old") && t.isAge(k+2) {
			return cand{} // "a year-old baby": an age
		}
		c.j = k + 2
		if (w0 == "a" || w0 == "an") && c.i == i && c.mod == "" {
			// "a week-long crisis", "a year-old dispute": the article
			// belongs to the noun, as in "a 30-day truce"
			c.i = i + 1
		}
		return c
	}
	if n > 0 && n == float64(int(n)) {
		if v, end := t.compound(k, int(n), u); end > k {
			c.val, c.j = v, end
			return c
		}
	}
	switch t.w(k) {
	case "on":
		if c, ok := t.weekOnDay(i, k, n, u); ok {
			return c
		}
		// "A year on, Millbrook is half empty": opening a sentence not in
		// the past or the future, so long after the story's event is now,
		// that unit of the reference date ("Five years on, the scars
		// remain"); in the past it is left a duration (counted from which
		// event, the text does not always say)
		if n > 0 && isWhole(n) && t.is(k+1, ",") && (i == 0 || t.toks[i].nl || t.endsAt(i-1, 0)) && (t.tenseAt(i, k+1) != tPast || t.presentPerfectAfter(k+2)) && t.tenseAt(i, k+1) != tFuture {
			switch u {
			case uYear:
				return cand{i: i, j: k + 1, typ: Date, val: itoa(t.ref.Year())}
			case uMonth:
				return cand{i: i, j: k + 1, typ: Date, val: fmtMonth(t.ref.Year(), t.ref.Month())}
			}
		}
	case "ago":
		if q := t.quarterYearBack(i); q != "" && n == 1 && u == uYear {
			return cand{i: i, j: k + 1, typ: Date, val: q, back: true}
		}
		if (u == uWeek || u == uFortnight) && n > 0 && isWhole(n) {
			// "three weeks ago today", "a week ago Sunday": that very day
			// so many weeks back (the Sunday a week before the last one)
			w := int(n)
			if u == uFortnight {
				w *= 2
			}
			switch d := t.w(k + 1); {
			case d == "today":
				return cand{i: i, j: k + 2, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, -7*w))}
			case d == "yesterday":
				return cand{i: i, j: k + 2, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, -1-7*w))}
			default:
				if wd, ok := weekdayOf(d); ok && t.toks[k+1].upper && len(d) >= 6 && !t.is(k+2, "'") {
					back := (int(t.ref.Weekday()) - int(wd) + 7) % 7
					if back == 0 {
						back = 7
					}
					return cand{i: i, j: k + 2, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, -back-7*w))}
				}
			}
		}
		if u == uYear && n > 0 && isWhole(n) && t.is(k+1, "this") && (t.is(k+2, "month") || t.is(k+2, "week")) && t.phraseEnds(k+3) {
			// "a year ago this month", "two years ago this week": that
			// month (week) so many years back, one expression, as "three
			// weeks ago today"
			back := t.ref.AddDate(-int(n), 0, 0)
			val := fmtMonth(back.Year(), back.Month())
			if t.is(k+2, "week") {
				w := fmtWeek(t.ref) // the reference week's number, so many years back
				val = itoa(atoi(w[:4])-int(n)) + w[4:]
			}
			return cand{i: i, j: k + 3, typ: Date, val: val}
		}
		if n == 1 && u == uYear && t.quarterYearBack(i) == "" {
			if m, ok := t.monthYearBack(i); ok {
				// "Sales rose 5% in October from a year ago": that October
				// a year back
				return cand{i: i, j: k + 1, typ: Date, val: m, back: true}
			}
		}
		c := t.shifted(i, k+1, n, u, t.ref, -1, true)
		c.back = n == 1 && u == uYear // "up from $3 a year ago": a comparison
		return c
	case "earlier", "later":
		if t.is(i-1, "the") || t.is(k+1, "than") {
			return c // "a month earlier than usual": a comparison, not a date
		}
		if t.presentVerbBefore(i) && !(t.anchored && t.anchorNear(i)) {
			// "the melt season now starts a week earlier and ends two
			// weeks later": a habit in the present compared with another
			// time, no day of the narrative (a day named near, "The vote
			// is on March 3, and the count comes two days later", keeps
			// its count)
			return c
		}
		if t.w(k) == "later" && (t.tenseAt(i, k+1) == tPresent || t.habitual(i)) && !(t.anchored && t.anchorNear(i)) && !t.lastNear(i) {
			// "until it damages the liver 20 or 30 years later",
			// "Symptoms usually appear two weeks later": a habit or a
			// general truth in the present, with no day of the narrative
			// near, counts from no day; a stretch, not a date after now
			return c
		}
		if (u == uYear || u == uDecade) && t.w(k) == "later" && t.is(i-1, ",") && t.lastSet && t.lastAt == i-1 && t.is(k+1, ",") {
			// "Next week, 22 years later, three judges will decide": set
			// off by commas right after a date, it restates that date
			// (counted from an event the text told before): its year
			return cand{i: i, j: k + 1, typ: Date, val: itoa(t.last.Year())}
		}
		if q := t.quarterYearBack(i); q != "" && n == 1 && u == uYear && t.w(k) == "earlier" {
			return cand{i: i, j: k + 1, typ: Date, val: q, back: true}
		} else if m, ok := t.monthYearBack(i); ok && n == 1 && u == uYear && t.w(k) == "earlier" {
			return cand{i: i, j: k + 1, typ: Date, val: m, back: true}
		}
		sign := 1
		if t.w(k) == "earlier" {
			sign = -1
		}
		base := t.anchor
		if u == uYear || u == uMonth || u == uDecade {
			// "He joined in 2005. Two years later ...": the date last
			// named, whatever its precision
			base = t.ref
			if t.lastNear(i) {
				base = t.last
			} else if t.anchored {
				base = t.anchor
			}
			if y, ok := t.comparedYear(i); ok && t.w(k) == "earlier" {
				base = day(y, time.January, 1) // "won 48 seats in the 2012 election, up from 31 four years earlier"
			}
		}
		if sign < 0 && (u == uDay || u == uWeek) && t.figureFromBefore(i) && t.reportInSentence(i) && !(t.anchored && t.sameSentence(t.anchorAt, i)) {
			// "Police said 56 were missing, up from 208 dead a day
			// earlier" after "It left the country on Saturday": a figure
			// reported and compared with an earlier one is the latest, of
			// the report's day when its sentence names none, not of a day
			// the story told before ("It had risen from 3 metres a day
			// earlier", with no report, goes on from the story's day)
			base = t.ref
		}
		if sign > 0 && n < 0 && (t.anchored || t.tenseAt(i, k+1) == tPast) {
			// "A few days later, they left": some days after a date of the
			// narrative, not the future; a duration
			return c
		}
		if u == uSecond && n < 86400 || u == uMinute && n < 1440 || u == uHour && n < 24 {
			// "12 seconds later", "an hour later", "575 seconds later",
			// "90 minutes later": a stretch within the day the narrative
			// is on (less than a day, whatever the unit), which TimeBank
			// marks as the duration ("later" outside); a day value would
			// say nothing
			return c
		}
		if sign > 0 && !t.anchored && !t.lastSet && t.tenseAt(i, k+1) != tFuture {
			// "Four days later it closed", "Five years later, the scars
			// remain" with no date named before: not days after the
			// reference day, which only a future could mean
			return c
		}
		if (u == uDay || u == uNight || u == uWeek || u == uFortnight) && t.dayUnknown(i) && !(t.anchored && t.sameSentence(t.anchorAt, t.lastAt)) {
			// "He escaped on Monday. He also escaped in 2008, and was
			// captured three days later": the story has moved to a year
			// or month with no day named in it, so the days count from
			// no known day (not from Monday); a year told in the
			// sentence of the day ("was arrested on Monday, her third
			// arrest since 2008", "said on Monday that profit in 2014
			// rose") is a detail of it, and the story stays on the day
			return c
		}
		d := t.shifted(i, k+1, n, u, base, sign, false)
		if d.val != "PAST_REF" && d.val != "FUTURE_REF" && !base.Equal(t.ref) && t.toldAsPast(d).val == "PAST_REF" {
			// "Two days later, it revised its forecast" after a day still
			// to come: counted from the wrong day, a stretch of no known
			// place
			return c
		}
		c := d
		c.back = sign < 0 && n == 1 && u == uYear // "from $3 a year earlier": a comparison
		if (u == uDay || u == uNight || u == uWeek || u == uFortnight) && n > 0 && isWhole(n) {
			// "two days later", "a week earlier": TimeBank marks the
			// duration ("later" outside), as it does "an hour later"; the
			// day it points to goes in the interval, so the narrative (and
			// a consumer dating events) still has it
			if iv, _, ok := intervalOf(c.val); ok {
				return cand{i: i, j: k, typ: Duration, val: durValue(n, u), mod: c.mod, iv: iv, ivSet: true, dated: true}
			}
		}
		return c
	case "from":
		if t.is(k+1, "now") {
			return t.shifted(i, k+2, n, u, t.ref, 1, false)
		}
		if u <= uWeek && n > 0 && isWhole(n) && !t.is(i-1, "for") {
			// "a week from Monday", "two days from today": counted from
			// that day
			if d := t.core(k + 1); d.ok() && d.typ == Date && len(d.val) == 10 {
				if iv, _, ok := intervalOf(d.val); ok {
					return t.shifted(i, d.j, n, u, iv.Start, 1, false)
				}
			}
		}
	case "after", "before":
		// "That strike came two days after the visit": the visit is the
		// anchor (the strike's date) minus two days.
		switch t.w(i - 1) {
		case "just", "only", "exactly", "barely", "some":
			i--
		}
		came := false
		switch t.w(i - 1) {
		case "came", "come", "comes", "happened", "occurred", "followed", "took":
			came = true
		case "place":
			came = t.is(i-2, "took")
		}
		if d := t.core(k + 1); d.ok() && d.i == k+1 && (d.typ == Date || d.typ == Time) {
			// "came two days before Christmas": measured from the date
			// named, not the anchor; the duration and the date stay two
			// expressions, as TimeBank has them
			came = false
		}
		if came && t.w(i-1) != "come" && t.w(i-1) != "comes" && t.anchor.After(t.ref) {
			// a deed told as past cannot be dated by a day still to come
			// ("will vote on Thursday before a two-week Easter recess. The
			// vote came three days after leaders reached a deal"): the
			// anchor is not its day, and the duration stays a duration
			came = false
		}
		if came && t.anchorNear(i) {
			if n > 0 && (u == uDay || u == uWeek) {
				sign := -1
				if t.w(k) == "before" {
					sign = 1
				}
				s := t.shifted(i, k+1, n, u, t.anchor, sign, false)
				s.i = c.i
				return s
			}
		}
		if t.w(k) == "after" && u == uDay && n > 0 && n == float64(int(n)) && t.nowClause(i) {
			// "Rescuers have given up hope, four days after an earthquake
			// killed 112 people": now is four days after the quake
			s := t.shifted(i, k+1, n, u, t.ref, -1, false)
			s.i = c.i
			return s
		}
	}
	return c
}

// nowClause reports whether the expression at token i follows a comma
// that closes a main clause in the present or the present perfect ("have
// given up hope,", "are still searching,"), so that it measures from the
// reference day. A past or future verb in that clause, or any date named
// in the sentence before, makes it something else.
// compoundUnit reports whether token k is a unit in the singular joined by
// a hyphen to a lowercase word that makes a compound of it ("night-school",
// "day-care", "year-on-year", "day-trip"): not "-long", "-old",
// "-earlier", "-later", "-ago", which keep a stretch or a date of time,
// nor another unit ("a quarter-century").
func (t *tagger) compoundUnit(k int) bool {
	if u, pl := unitOf(t.w(k)); u == uNone || pl || !t.is(k+1, "-") || !t.attached(k+1) || !t.attached(k+2) {
		return false
	}
	n := t.toks[k+2]
	if n.kind != kWord || n.upper {
		return false
	}
	switch n.w {
	case "long", "old", "earlier", "later", "ago", "and", "or", "plus":
		return false
	}
	u, _ := unitOf(n.w)
	return u == uNone // "a quarter-century", "a quarter-hour": a unit of units
}

func (t *tagger) nowClause(i int) bool {
	if !t.is(i-1, ",") {
		return false
	}
	now := false
	for k := i - 2; k >= 0 && k >= i-30; k-- {
		tk := t.toks[k]
		if t.endsAt(k, stopLine|stopSemicolon) {
			break
		}
		if t.anchored && t.anchorAt > k {
			return false // a date named earlier in the sentence
		}
		switch tk.w {
		case "have", "has", "is", "are", "remain", "remains", "continue", "continues":
			now = true
			continue
		}
		switch t.cue(k) {
		case tPast:
			if !t.is(k-1, "have") && !t.is(k-1, "has") && !t.is(k-1, "been") {
				return false
			}
		case tFuture:
			return false
		}
	}
	return now
}

// shifted builds the date n units from base in direction sign, spanning
// tokens [i, j). Weeks and fortnights give an approximate day, or after
// "ago", from two weeks back, the ISO week.
func (t *tagger) shifted(i, j int, n float64, u unit, base time.Time, sign int, ago bool) cand {
	c := cand{i: i, j: j, typ: Date}
	if n < 0 {
		if sign < 0 {
			c.val = "PAST_REF"
		} else {
			c.val = "FUTURE_REF"
		}
		return c
	}
	whole := n == float64(int(n))
	k := int(n) * sign
	if years := yearsIn(u) * n; years > 0 && base.Year()+sign*int(years+0.5) < 1 {
		// "6,000 years ago": before the year 1, which a calendar value
		// cannot hold; the past all the same
		c.val = "PAST_REF"
		return c
	}
	switch u {
	case uSecond, uMinute, uHour:
		d := base
		if u == uHour && n >= 24 {
			d = base.AddDate(0, 0, sign*int(n/24))
		}
		c.val = fmtDay(d)
		if !ago && !(u == uHour && n >= 24) {
			c.val = fmtDay(base)
		}
	case uDay, uNight:
		if !whole {
			return cand{}
		}
		c.val = fmtDay(base.AddDate(0, 0, k))
	case uWeek, uFortnight:
		if !whole {
			return cand{}
		}
		if u == uFortnight {
			k *= 2
		}
		if ago && (k <= -2 || k >= 2) {
			// "six weeks ago", "a fortnight ago": the week, not a day the
			// text does not give; a day would be a guess
			c.val = fmtWeek(base.AddDate(0, 0, 7*k))
			break
		}
		c.val, c.mod = fmtDay(base.AddDate(0, 0, 7*k)), "APPROX"
	case uMonth:
		if !whole {
			return cand{}
		}
		d := day(base.Year(), base.Month()+time.Month(k), 1)
		c.val = fmtMonth(d.Year(), d.Month())
	case uQuarter:
		if !whole {
			return cand{}
		}
		d := day(base.Year(), base.Month()+time.Month(3*k), 1)
		c.val = itoa(d.Year()) + "-Q" + itoa((int(d.Month())-1)/3+1)
	case uYear:
		if !whole {
			// "a year and a half ago": the month 18 months back
			m := sign * int(n*12+0.5)
			d := day(base.Year(), base.Month()+time.Month(m), 1)
			c.val = fmtMonth(d.Year(), d.Month())
			if c.mod == "" {
				c.mod = "APPROX"
			}
			break
		}
		c.val = pad(base.Year()+k, 4) // "2,000 years ago" is the year 0013, not the 14th century
	case uDecade:
		c.val = pad(base.Year()+sign*int(10*n+0.5), 4) // "a decade and a half ago": 15 years
		c.mod = "APPROX"
	case uCentury:
		if !whole {
			// "half a century ago": the year 50 years back, roughly
			c.val, c.mod = itoa(base.Year()+sign*int(100*n+0.5)), "APPROX"
			break
		}
		c.val = pad((base.Year()+100*k)/100, 2)
	default:
		return cand{}
	}
	return c
}

// monthlyDay parses a day that recurs each month (token i is "the"): "the
// first Tuesday of each month", "the second Tuesday of every month", "the
// last Friday of every month", "the 15th of each month", "the first day
// of every month", and "the third Wednesday of the month" after an adverb
// of habit and a present verb ("Council normally meets on the third
// Wednesday of the month"). It is one SET, valued by its period, P1M, as
// "each month" is; otherwise ("the first Monday of May", "The vote is on
// the last Friday of the month") it finds nothing, and the day's own rules
// apply.
func (t *tagger) monthlyDay(i int) cand {
	k := i + 1
	if k >= len(t.toks) {
		return cand{}
	}
	switch {
	case t.toks[k].kind == kNum && len(t.toks[k].w) <= 2 && t.toks[k].n >= 1 && t.toks[k].n <= 31 && t.attached(k+1):
		switch t.w(k + 1) {
		case "st", "nd", "rd", "th":
			k += 2 // "the 15th of each month"
		default:
			return cand{}
		}
	default:
		if _, ok := ordinalWord(t.w(k)); !ok && !t.is(k, "last") {
			return cand{}
		}
		k++
		if _, ok := weekdayOf(t.w(k)); ok && t.toks[k].upper || t.is(k, "day") || t.is(k, "weekday") {
			k++ // "the first Tuesday", "the last day", "the first weekday"
		} else {
			return cand{}
		}
	}
	if !t.is(k, "of") || !t.is(k+2, "month") || t.is(k+3, "'") {
		return cand{}
	}
	if !t.is(k+1, "each") && !t.is(k+1, "every") && !(t.is(k+1, "the") && t.habitual(i)) {
		return cand{}
	}
	return cand{i: i, j: k + 3, typ: Set, val: "P1M"}
}

func (t *tagger) set(i int) cand {
	w := t.w(i)
	switch w {
	case "daily", "weekly":
		if k := i + 1; k < len(t.toks) && t.toks[k].upper && t.toks[k].kind == kWord && !t.toks[k].nl && !t.namedReportAfter(k) {
			return cand{} // "the Israeli daily Haaretz": a newspaper
		}
	case "nightly", "monthly", "hourly":
		if k := i + 1; (t.titleWord(i) || t.toks[i].upper && t.is(k, "news")) && k < len(t.toks) && t.toks[k].upper && t.toks[k].kind == kWord && !t.toks[k].nl {
			// "NBC Nightly News", "the Ebony Monthly Review": a
			// capitalised word between capitalised words inside a
			// sentence is a programme's or a paper's name ("Nightly
			// curfews were imposed" opens a sentence and stays a set,
			// but "Nightly News anchor Brian Williams" opening one is the
			// programme)
			return cand{}
		}
	}
	switch w {
	case "alternate":
		// "on alternate days", "in alternate years", "on alternate
		// weekends": one in two, as "every other day" is P2D; only after
		// "on", "in", "every" or "for" ("They alternate days at the desk"
		// is a verb; "the alternate days proposed", "an alternate day for
		// the vote" are choices)
		switch t.w(i - 1) {
		case "on", "in", "every", "for":
		default:
			return cand{}
		}
		if u, pl := unitOf(t.w(i + 1)); pl && u >= uDay && u <= uYear && u != uSeason && u != uQuarter && !t.toks[i+1].upper {
			if u == uWeekend {
				return cand{i: i, j: i + 2, typ: Set, val: "XXXX-WXX-WE"}
			}
			return cand{i: i, j: i + 2, typ: Set, val: durValue(2, u)}
		}
		return cand{}
	case "daily":
		return cand{i: i, j: i + 1, typ: Set, val: "P1D"}
	case "weekly":
		return cand{i: i, j: i + 1, typ: Set, val: "P1W"}
	case "biweekly":
		return cand{i: i, j: i + 1, typ: Set, val: "P2W"}
	case "monthly":
		return cand{i: i, j: i + 1, typ: Set, val: "P1M"}
	case "quarterly":
		if k := i + 1; k < len(t.toks) && t.toks[k].kind != kPunct && !t.is(k, "and") && !t.is(k, "or") {
			return cand{} // "its quarterly dividend": an adjective of a payment, not a set
		}
		return cand{i: i, j: i + 1, typ: Set, val: "P3M"}
	case "annually", "yearly":
		return cand{i: i, j: i + 1, typ: Set, val: "P1Y"}
	case "hourly":
		return cand{i: i, j: i + 1, typ: Set, val: "PT1H"}
	case "nightly":
		return cand{i: i, j: i + 1, typ: Set, val: "XXXX-XX-XXTNI"}
	case "every", "each", "per", "a", "an":
		j := i + 1
		if w == "an" && (!t.is(j, "hour") || !t.rateAmount(i-1) && !t.countedThing(i-1)) {
			// "an hour" is the only unit after "an", and a rate only after
			// an amount or a counted thing ("$20 an hour", "one train an
			// hour", "four buses an hour"); "walks an hour a day" is a time
			// spent
			return cand{}
		}
		if (w == "a" || w == "an") && !t.perUnit(i) || (w == "per" || w == "a" || w == "an") && t.speedPer(i) {
			return cand{}
		}
		if w == "every" && (t.is(j, "other") || t.is(j, "second") || t.is(j, "alternate")) {
			if wd, ok := weekdayOf(t.w(j + 1)); ok && t.toks[j+1].upper {
				// "every other Tuesday", "every second Monday": a set of
				// that weekday (one in two), not the Tuesday to come
				return cand{i: i, j: j + 2, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(wd))}
			}
		}
		if w == "every" && t.is(j, "second") && j+1 < len(t.toks) && t.toks[j+1].kind == kWord && !t.toks[j+1].nl {
			if _, pl := unitOf(t.w(j + 1)); !pl {
				switch t.w(j + 1) {
				case "of", "and", "or", "to", "in", "on", "at", "for", "until", "during", "since", "when", "while", "the", "a", "an", "that", "so", "as", "after", "before":
				default:
					// "every second vote", "every second Briton": one in
					// two of a thing, no time ("every second of the day" is
					// a set)
					if u, _ := unitOf(t.w(j + 1)); u == uNone {
						return cand{}
					}
				}
			}
		}
		if w == "every" && t.is(j, "other") {
			u, pl := unitOf(t.w(j + 1))
			if u != uNone && !pl {
				return cand{i: i, j: j + 2, typ: Set, val: durValue(2, u)}
			}
			return cand{}
		}
		if w == "every" && (t.is(j, "few") || t.is(j, "several")) {
			// "every few days": a set of no stated period
			if u, pl := unitOf(t.w(j + 1)); u != uNone && pl {
				return cand{i: i, j: j + 2, typ: Set, val: durValue(-1, u)}
			}
		}
		if w == "every" {
			if n, ok := ordinalWord(t.w(j)); ok && n > 1 {
				if u, pl := unitOf(t.w(j + 1)); u != uNone && !pl && u != uSeason && u != uWeekend {
					// "every fifth day", "every second week", "every fourth
					// year": one in n, a set of period n, as "every other
					// day" is P2D
					return cand{i: i, j: j + 2, typ: Set, val: durValue(float64(n), u)}
				}
			}
			if n, k := t.number(j); k > j && n > 1 {
				if t.is(k, "or") || t.is(k, "to") || t.is(k, "-") && t.attached(k) && t.toks[j].kind == kNum {
					// "every three or four years", "every 2-3 weeks": a set
					// valued by the lower bound, as the range is
					if n2, k2 := t.number(k + 1); k2 > k+1 && n2 > n {
						k = k2
					}
				}
				if u, pl := unitOf(t.w(k)); u != uNone && pl {
					return cand{i: i, j: k + 1, typ: Set, val: durValue(n, u)}
				}
			}
			if t.is(j, "half") {
				// "every half an hour", "every half a day": a set of that
				// stretch, as "every 30 minutes"
				if d := t.quantity(j); d.ok() && d.i == j && d.typ == Duration && d.mod == "" && !strings.Contains(d.val, "X") {
					return cand{i: i, j: d.j, typ: Set, val: d.val}
				}
			}
		}
		if wd, ok := weekdayOf(t.w(j)); ok && t.toks[j].upper {
			if p, ok := partOfDay(t.w(j + 1)); ok {
				// "every Saturday night"
				return cand{i: i, j: j + 2, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(wd)) + "T" + p}
			}
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(wd))}
		}
		if m, ok := monthOf(t.w(j)); ok && isFullMonth(t.w(j)) && t.toks[j].upper {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-" + pad(int(m), 2)}
		}
		if (w == "every" || w == "each") && j < len(t.toks) && t.toks[j].upper {
			if h := t.holiday(j); h.ok() && h.i == j && h.typ == Date {
				// "every Black Friday for 15 years", "each Christmas": a
				// named day of every year, a set (as "every year")
				return cand{i: i, j: h.j, typ: Set, val: "P1Y"}
			}
		}
		if p, ok := partOfDay(t.w(j)); ok {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-XX-XXT" + p}
		}
		if s, ok := seasonOf(t.w(j)); ok && w != "a" && !t.properSeason(j) {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-" + s}
		}
		if w == "per" && t.is(j, "annum") {
			// "5.25 percent per annum": the Latin of "per year", a set as
			// that is ("a per diem" is an allowance, none)
			return cand{i: i, j: j + 1, typ: Set, val: "P1Y"}
		}
		u, pl := unitOf(t.w(j))
		if u == uNone || pl {
			return cand{}
		}
		return cand{i: i, j: j + 1, typ: Set, val: setValue(u)}
	case "once", "twice":
		return cand{}
	}
	return cand{}
}

// isAge reports whether the words after "N-year-old" show the age of a
// person: a name, punctuation, a preposition (the noun left out), or a
// person noun within the next three words.
func (t *tagger) isAge(k int) bool {
	if k >= len(t.toks) {
		return true
	}
	tk := t.toks[k]
	if tk.kind != kWord || tk.upper {
		return true
	}
	for n := 0; n < 5 && k+n < len(t.toks); n++ { // "a 44-year-old anti-abortion protester"
		tk := t.toks[k+n]
		if tk.kind != kWord && tk.w != "-" {
			break
		}
		if tk.kind != kWord {
			continue
		}
		switch tk.w {
		case "man", "woman", "boy", "girl", "son", "daughter", "child", "baby", "mother", "father", "brother", "sister",
			"wife", "husband", "victim", "suspect", "patient", "men", "women", "boys", "girls", "children", "veteran",
			"teenager", "retiree", "grandmother", "grandfather", "nephew", "niece", "cousin", "friend", "survivor",
			"resident", "native", "quarterback", "star", "champion", "athlete", "actress", "chief", "candidate", "graduate",
			"pilot", "nurse", "judge", "priest", "pope", "queen", "king", "prince", "princess", "heir", "rookie", "captain",
			"coach", "boss", "executive", "guard", "girlfriend", "boyfriend", "mom", "dad", "grandson", "granddaughter",
			"widow", "orphan", "toddler", "infant", "youngster", "youth", "person", "people", "pontiff", "cardinal", "bishop",
			"archbishop", "cleric", "imam", "rabbi", "monk", "nun", "pastor", "general", "colonel", "billionaire", "millionaire",
			"tycoon", "mogul", "magnate", "heiress", "hero", "spouse", "fugitive", "gunman", "rebel", "hostage", "inmate",
			"convict", "plaintiff", "accused", "detainee", "refugee", "leader", "president", "lawmaker", "model", "legend":
			// "The 28-year-old quarterback": a person's age
			return true
		case "a", "an", "the", "his", "her", "their":
			if n == 0 {
				// "handing the 26-year-old a three-year contract": a
				// determiner right after the age opens another phrase, so
				// the noun was left out, and a left-out noun is a person
				return true
			}
		case "who", "in", "of", "at", "from", "with", "and", "was", "is", "has", "had", "named", "identified", "whose":
			if n == 0 {
				// "a 44-year-old from Ohio", "a 19-year-old named Daniel
				// Reece": a person
				return true
			}
			return false // "a four-year-old war with Russia": the noun came first
		}
		w := tk.w
		if n == 0 && len(w) > 5 && w[len(w)-3:] == "ing" && t.objectStarts(k+1) {
			// "A 40-year-old earning $25,000 a year", "a 30-year-old
			// paying the full premium": a person (the noun left out) doing
			// something; "a 40-year-old building in Paris" is a thing
			return true
		}
		if len(w) > 4 {
			switch w[len(w)-3:] {
			case "ist", "ian", "ent", "ant":
				return true
			}
			switch w[len(w)-2:] {
			case "er", "or":
				return true
			}
		}
	}
	return false
}

// objectStarts reports whether token k starts the object of a verb: a
// figure, an amount ("$25,000") or a determiner.
func (t *tagger) objectStarts(k int) bool {
	if k >= len(t.toks) {
		return false
	}
	if t.toks[k].kind == kNum {
		return true
	}
	switch t.w(k) {
	case "$", "£", "€", "a", "an", "the", "his", "her", "their", "its", "more", "less":
		return true
	}
	return false
}

// speedPer reports whether "per", "a" or "an" at token i joins a unit of
// length to an hour or a second: "315 km per hour", "120 miles an hour",
// "30 metres per second" are units of speed, no set and no duration
// ("$20 per hour", "300 miles a day" stay rates).
func (t *tagger) speedPer(i int) bool {
	if !t.is(i+1, "hour") && !t.is(i+1, "second") {
		return false
	}
	switch t.w(i - 1) {
	case "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "feet", "foot":
		return true
	}
	return false
}

// perUnit reports whether "a" at token i means "per": "twice a week", "24
// hours a day", "four flights a week", "$5 a year".
func (t *tagger) perUnit(i int) bool {
	if i == 0 {
		return false
	}
	switch t.w(i + 2) {
	case "after", "before":
		if t.adjustment(i+3) && t.rateAmount(i-1) {
			// "$145 a month after tax credits", "5 percent a year after
			// inflation": a rate net of a deduction
			return true
		}
		return false
	case "later", "earlier", "ago":
		// "The launch comes a year after the last one": a distance in
		// time, not a rate ("pays £5m a year into the fund" is one)
		return false
	case "on":
		if t.is(i+3, "from") || t.is(i+3, "since") {
			return false // "fell to £51m a year on from the crash" ("£5m a year on roads" is a rate)
		}
	case "in":
		if t.is(i+3, "advance") && !t.is(i+4, "of") && !t.rateAmount(i-1) {
			switch t.w(i - 1) {
			case "times", "twice", "once", "thrice":
			default:
				// "We plan these works a year in advance": how far
				// ahead, a distance in time, as "a year before" ("pays
				// £5m a year in advance", "twice a year in advance of"
				// keep their rate)
				return false
			}
		}
	}
	p := t.toks[i-1]
	switch p.w {
	case "times", "twice", "once", "thrice", "million", "billion", "thousand", "hundred", "percent", "%", "dollars", "cents":
		// "$33 million a year", "5 percent a year", "7% a year": a rate
		return true
	case "more", "extra":
		// "would pay about $150 more a month", "earn £2,000 extra a year",
		// "5% more a year": a sum of money (or a share) more per period
		// is a rate
		return t.moneyAmount(i - 2)
	case "cent":
		// "2.5 per cent a year", "3 per cent a month" (British and
		// Commonwealth spelling of "percent"): a rate
		return t.is(i-2, "per") && t.rateAmount(i-3)
	case "trillion", "crore", "crores", "lakh", "lakhs", "pence", "pounds", "euros", "rupees", "p", "m", "bn", "k":
		// "Rs. 120 crore a year", "30 pounds a week"; "50p a week",
		// "£51m a year", "$40k a year" (the unit attached to the
		// figure): an amount per day, week, month or year is a rate ("400
		// pounds a season" is none, as a season has no set length)
		if len(p.w) <= 2 && !(i >= 2 && t.toks[i-2].kind == kNum && t.attached(i-1)) {
			return false
		}
		u, _ := unitOf(t.w(i + 1))
		return u == uDay || u == uWeek || u == uMonth || u == uYear
	case "ppm", "ppb", "mm", "cm", "km", "kg", "mt", "gt", "gw", "mw", "kw", "kwh", "mwh", "gwh", "twh", "mph", "ha", "lb", "lbs", "oz", "bcm", "mtoe":
		// "rising by about 2 ppm a year", "3.3 mm a year", "80 km a day",
		// "2.5 Gt a year": a figure in a unit of measure, per day, week,
		// month or year, is a rate (the abbreviation has no plural "s"
		// for the rule on plural nouns below)
		if i < 2 || t.toks[i-2].kind != kNum {
			return false
		}
		u, _ := unitOf(t.w(i + 1))
		return u == uDay || u == uWeek || u == uMonth || u == uYear
	case "was", "is", "has", "this", "as", "us", "its", "his", "hers", "yours", "ours", "theirs", "less", "thus", "across", "towards", "plus", "always", "perhaps", "sometimes", "afterwards",
		"lasts", "takes", "spends", "waits", "remains", "stays", "serves", "needs", "gets", "gives", "allows", "requires":
		// "The ban lasts a year", "it takes a week": a verb of time
		// before a duration, not a plural noun before a rate
		return false
	}
	if p.kind == kNum {
		return true
	}
	if pu, _ := unitOf(p.w); pu >= uSecond && pu <= uHour && t.toks[i-1].kind == kWord {
		// "an hour a day", "each extra hour a week": a time spent per
		// period is a rate
		if u, _ := unitOf(t.w(i + 1)); u >= uDay && u <= uMonth {
			return true
		}
	}
	if t.spentOf(i - 1) {
		// "150 minutes of moderate activity a week", "eight hours of
		// sleep a night": a time spent on something, per period
		if u, _ := unitOf(t.w(i + 1)); u >= uDay && u <= uMonth {
			return true
		}
	}
	if t.measureOf(i - 1) {
		// "25 centimetres of ice a year", "two units of alcohol a week":
		// an amount of something per period
		if u, _ := unitOf(t.w(i + 1)); u >= uDay && u <= uYear && u != uWeekend && u != uSeason && u != uQuarter {
			return true
		}
	}
	if p.kind == kWord && !p.upper && t.is(i-2, "one") && !t.is(i-3, "at") && !t.is(i+2, "old") {
		// "one train an hour", "one flight a day": a count of one thing
		// per period is a rate, as "four flights a week" ("at one point
		// a year", "one son a year old" are none: no count, an age)
		u, _ := unitOf(t.w(i + 1))
		return u == uDay || u == uWeek || u == uMonth || u == uYear || u == uHour
	}
	if p.kind == kWord && !p.upper && len(p.w) > 3 && p.w[len(p.w)-1] == 's' && p.w[len(p.w)-2] != 's' && p.w[len(p.w)-2] != 'u' {
		u, _ := unitOf(t.w(i + 1))
		return u == uDay || u == uWeek || u == uMonth || u == uYear || u == uHour
	}
	return false
}

// spentOf reports whether the words ending at token k are a noun phrase
// after "N minutes of" or "N hours of" (a figure, then minutes or hours,
// then "of", then at most three words, no punctuation between): "150
// minutes of moderate activity", "eight hours of sleep".
func (t *tagger) spentOf(k int) bool {
	o := t.ofPhrase(k)
	if o < 0 {
		return false
	}
	u, pl := unitOf(t.w(o - 2))
	if !pl || u < uMinute || u > uHour {
		return false
	}
	_, m := t.number(o - 3)
	return m == o-2
}

// ofPhrase returns the first token of the words after "of" that end at
// token k (one to three lower-case words, the last of them possibly
// capitalised, no punctuation between), with two tokens before "of" for
// the figure and its noun; -1 when there is none.
func (t *tagger) ofPhrase(k int) int {
	for n := 0; n < 3 && k-n-3 >= 0; n++ {
		o := k - n
		tk := t.toks[o]
		if tk.kind != kWord || tk.upper && n > 0 {
			return -1
		}
		if t.is(o-1, "of") {
			return o
		}
	}
	return -1
}

// measureOf reports whether the words ending at token k are a noun
// phrase after a figure, a plural noun of measure that is no unit of
// time, and "of" (at most three words after it, no punctuation between):
// "25 centimetres of ice", "two units of alcohol", "3 million barrels
// of oil".
func (t *tagger) measureOf(k int) bool {
	o := t.ofPhrase(k)
	if o < 0 {
		return false
	}
	w := t.toks[o-2]
	if w.kind != kWord || w.upper || len(w.w) < 4 || w.w[len(w.w)-1] != 's' {
		return false
	}
	if u, _ := unitOf(w.w); u != uNone {
		return false // "three years of war": a time, not a measure
	}
	if t.rateAmount(o - 3) {
		return true
	}
	_, m := t.number(o - 3)
	return m == o-2 // "two units"
}

// hyphenRateCount reports whether token k, before "-a-" and a unit,
// counts what a hyphenated rate counts: an amount (rateAmount), "once",
// "twice", "thrice", a number word ("one-a-day") or a unit
// ("24-hour-a-day").
func (t *tagger) hyphenRateCount(k int) bool {
	if t.rateAmount(k) {
		return true
	}
	switch t.w(k) {
	case "once", "twice", "thrice":
		return true
	}
	if _, ok := numberWord(t.w(k)); ok {
		return true
	}
	u, _ := unitOf(t.w(k))
	return u != uNone && k > 0 && t.is(k-1, "-")
}

// rateAmount reports whether token k ends an amount a rate counts: a
// figure ("$145", "12") or "million", "billion", "percent" and the like
// after one.
func (t *tagger) rateAmount(k int) bool {
	if k < 0 || k >= len(t.toks) {
		return false
	}
	if t.toks[k].kind == kNum {
		return true
	}
	switch t.w(k) {
	case "million", "billion", "thousand", "hundred", "percent", "%", "dollars", "cents":
		return true
	}
	return false
}

// moneyAmount reports whether token k ends a sum of money or a share:
// a figure after a currency sign ("$150", "£2,000"), or "dollars",
// "pounds", "euros", "percent", "%" or a figure's "m", "bn" ("£5m").
func (t *tagger) moneyAmount(k int) bool {
	if k < 1 || k >= len(t.toks) {
		return false
	}
	if t.toks[k].kind == kNum {
		for k >= 2 && t.is(k-1, ",") && t.attached(k) && t.attached(k-1) && t.toks[k-2].kind == kNum {
			k -= 2 // "$2,000": back over the groups of digits
		}
		switch t.w(k - 1) {
		case "$", "£", "€":
			return true
		}
		return false
	}
	switch t.w(k) {
	case "dollars", "pounds", "euros", "percent", "%":
		return true
	case "m", "bn", "million", "billion":
		return t.moneyAmount(k - 1)
	}
	return false
}

// adjustment reports whether the words from token k name what a rate is
// counted net of: "after tax credits", "after taxes", "after inflation",
// "before fees", "after expenses", the noun ending its phrase (no verb
// after it: "a year after costs were cut" is a year after an event).
func (t *tagger) adjustment(k int) bool {
	if !adjustmentWord(t.w(k)) {
		return false
	}
	if adjustmentWord(t.w(k + 1)) {
		k++ // "tax credits"
	}
	// the noun ends its phrase: "Profits rose 20% a year after costs
	// were cut" is a year after an event, its subject "costs"
	if k+1 >= len(t.toks) || t.toks[k+1].kind == kPunct || t.toks[k+1].nl {
		return true
	}
	switch t.w(k + 1) {
	case "and", "or", "but", "in", "for", "from", "between", "since", "over", "to", "on", "than",
		"compared", "according", "while", "as", "at", "of", "during", "until", "through", "with", "by",
		"this", "last", "next", "each", "every", "per":
		return true
	}
	return false
}

// adjustmentWord reports whether w names what a rate may be counted net
// of ("tax", "inflation", "fees").
func adjustmentWord(w string) bool {
	switch w {
	case "tax", "taxes", "inflation", "fees", "expenses", "costs", "credits", "subsidies", "deductions", "discounts", "rebates":
		return true
	}
	return false
}

// nextFiner reports whether u2 is the unit a compound duration names after
// u: years then months, months then weeks or days, days then hours, and so
// down to seconds.
func nextFiner(u, u2 unit) bool {
	switch u {
	case uYear:
		return u2 == uMonth
	case uMonth:
		return u2 == uWeek || u2 == uDay
	case uWeek:
		return u2 == uDay
	case uDay:
		return u2 == uHour
	case uHour:
		return u2 == uMinute
	case uMinute:
		return u2 == uSecond
	}
	return false
}

// weekOnDay reads "a week on Friday", "two weeks on Saturday", "a
// fortnight on Sunday" (British: so many weeks after the coming weekday)
// at [i, k+2), "on" at k, as one date: the coming Friday and a week. A
// weekday the same as the reference day's, or in the possessive ("a week
// on Friday's schedule"), is left alone.
func (t *tagger) weekOnDay(i, k int, n float64, u unit) (cand, bool) {
	if u != uWeek && u != uFortnight || n <= 0 || !isWhole(n) || k+1 >= len(t.toks) {
		return cand{}, false
	}
	d := t.w(k + 1)
	wd, ok := weekdayOf(d)
	if !ok || !t.toks[k+1].upper || len(d) < 6 || t.is(k+2, "'") {
		return cand{}, false
	}
	delta := (int(wd) - int(t.ref.Weekday()) + 7) % 7
	if delta == 0 {
		return cand{}, false
	}
	// "rose 2% a week on Friday" is a rate and a day; "was sacked a week
	// on Friday" is no date to come: the reading is British for a day
	// ahead, so a past clause or an amount before "a week" leaves it.
	if t.rateAmount(i-1) || t.tenseAt(i, k+2) == tPast {
		return cand{}, false
	}
	w := int(n)
	if u == uFortnight {
		w *= 2
	}
	return cand{i: i, j: k + 2, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, delta+7*w))}, true
}

// bareFiner reports whether the tokens from k are a figure and the unit
// that a compound duration names after u with no comma or "and" between:
// "one minute 18 seconds", "two hours 15 minutes" (race times and
// margins); "two years 100 people" has no unit after the figure.
func (t *tagger) bareFiner(k int, u unit) bool {
	if k >= len(t.toks) || t.w(k) == "a" || t.w(k) == "an" {
		return false
	}
	v, m := t.number(k)
	u2, _ := unitOf(t.w(m))
	if m == k || v <= 0 || v != float64(int(v)) && u2 != uSecond {
		return false
	}
	return nextFiner(u, u2) && !t.is(m+1, "-")
}

// compound extends a duration of n units u ending at token k with smaller
// units: "2 hours, 22 minutes and 55 seconds" is PT2H22M55S, "two years and
// three months" P2Y3M. It returns the value and the token after the last
// part, or end == k when nothing follows.
func (t *tagger) compound(k, n int, u unit) (string, int) {
	if !t.is(k, ",") && !t.is(k, "and") && !t.bareFiner(k, u) {
		return "", k
	}
	parts := map[unit]int{u: n}
	last, end := u, k
	secs := "" // seconds with a decimal, written as they are
	for {
		m := end
		if t.is(m, ",") {
			m++
		}
		if t.is(m, "and") {
			m++
		}
		if m == end && !t.bareFiner(m, last) {
			break
		}
		v, m2 := t.number(m)
		u2, _ := unitOf(t.w(m2))
		if m2 == m || v <= 0 || v != float64(int(v)) && u2 != uSecond || t.w(m) == "a" || t.w(m) == "an" {
			break
		}
		if !nextFiner(last, u2) {
			break // "a century, 60 years": a list, not one duration
		}
		if v != float64(int(v)) {
			secs = ftoa(v) // "one minute 40.666 seconds": a lap time
		}
		parts[u2], last, end = int(v), u2, m2+1
	}
	if end == k {
		return "", k
	}
	date, clock := "", ""
	for _, p := range []struct {
		u unit
		s string
	}{{uCentury, ""}, {uDecade, ""}, {uYear, "Y"}, {uMonth, "M"}, {uWeek, "W"}, {uDay, "D"}} {
		if v, ok := parts[p.u]; ok {
			switch p.u {
			case uCentury:
				parts[uYear] += 100 * v
			case uDecade:
				parts[uYear] += 10 * v
			default:
				date += itoa(v) + p.s
			}
		}
	}
	for _, p := range []struct {
		u unit
		s string
	}{{uHour, "H"}, {uMinute, "M"}, {uSecond, "S"}} {
		if v, ok := parts[p.u]; ok {
			if p.u == uSecond && secs != "" {
				clock += secs + p.s
				continue
			}
			clock += itoa(v) + p.s
		}
	}
	v := "P" + date
	if clock != "" {
		v += "T" + clock
	}
	return v, end
}

// objectBefore reports whether token k, a lower-case noun, ends the
// object of a verb: a word not in -ly that is no determiner, preposition,
// number word, adjective of order or superlative ("the final minutes
// before", "several days before" are no such case), after a verb cue or
// a possessive or determiner that follows one ("scrubs launch", "sold
// his shares"). With bare set (before "minutes", which may be a
// meeting's record: "read the council minutes before the vote") the
// noun must follow the verb with no determiner.
func (t *tagger) objectBefore(k int, bare bool) bool {
	if k < 1 || t.toks[k].kind != kWord || t.toks[k].upper {
		return false
	}
	w := t.w(k)
	if determiner(w) || preposition(w) || t.cue(k) != tNone || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "est") {
		return false
	}
	if _, ok := numberWord(w); ok {
		return false
	}
	switch w {
	case "final", "last", "first", "closing", "opening", "dying", "early", "late", "few", "several", "many", "some", "and", "or", "but", "that", "which", "who", "than", "as":
		return false
	}
	m := k - 1
	if !bare && (determiner(t.w(m)) || t.w(m) == "his" || t.w(m) == "her" || t.w(m) == "its" || t.w(m) == "their") {
		m--
	}
	if m < 0 || t.toks[m].kind != kWord {
		return false
	}
	v := t.w(m)
	// a verb cue, or a verb in -s after a name ("SpaceX scrubs launch")
	return t.cue(m) != tNone || m > 0 && t.toks[m-1].upper && !t.toks[m].upper && len(v) > 3 && v[len(v)-1] == 's' && v[len(v)-2] != 's'
}

// vagueSpan parses a stretch of time of no stated length that is still a
// duration: "the weeks ahead", "the years to come" (the article belongs to
// it), "over the years", "the first hours of the war", "the early years",
// "in years" after a superlative or "the first time" ("the lowest level in
// years"), a bare plural before "of" after a word of passing time ("after
// months of talks", "follows years of war") or of undoing ("wiped out
// years of development", "erased decades of progress") or opening a
// sentence ("Months of talks ended"), and "a while" after "for", "in",
// "after". The unit is
// token i (or the word before it for "a while").
func (t *tagger) vagueSpan(i int) cand {
	if t.is(i, "a") && t.is(i+1, "while") {
		switch t.w(i - 1) {
		case "for", "in", "after", "quite", "little":
			return cand{i: i, j: i + 2, typ: Duration, val: "PXX"}
		}
		return cand{}
	}
	u, pl := unitOf(t.w(i))
	// "Wednesday, minutes before it was due to close", "Minutes later":
	// some minutes, a duration as some hours are (the tests below, before
	// "before", "after", "later", "earlier")
	minutes := u == uMinute && pl && !t.is(i-1, "the") && (t.is(i+1, "before") || t.is(i+1, "after") || t.is(i+1, "later") || t.is(i+1, "earlier"))
	if !minutes && (u == uNone || !pl || u < uHour || u > uCentury || u == uWeekend || u == uSeason || u == uQuarter || t.titleWord(i)) {
		return cand{}
	}
	val := durValue(-1, u)
	if t.is(i-1, "the") {
		if t.is(i+1, "and") || t.is(i+1, "or") {
			if u2, pl2 := unitOf(t.w(i + 2)); pl2 && u2 > u && u2 <= uYear {
				// "the weeks and months ahead", "the days and weeks to
				// come": some time to come, as TimeBank marks "recent weeks
				// and months" PAST_REF
				switch {
				case t.is(i+3, "ahead"):
					return cand{i: i, j: i + 4, typ: Date, val: "FUTURE_REF", the: true}
				case t.is(i+3, "to") && t.is(i+4, "come"):
					return cand{i: i, j: i + 5, typ: Date, val: "FUTURE_REF", the: true}
				}
			}
		}
		switch t.w(i + 1) {
		case "ahead":
			return cand{i: i, j: i + 2, typ: Duration, val: val, the: true}
		case "to":
			if t.is(i+2, "come") {
				return cand{i: i, j: i + 3, typ: Duration, val: val, the: true}
			}
		}
		switch t.w(i - 2) {
		case "over", "through", "across", "throughout":
			if u >= uMonth && !t.is(i+1, "of") {
				return cand{i: i, j: i + 1, typ: Duration, val: val, the: true}
			}
		}
		return cand{}
	}
	if t.is(i-1, "in") && u >= uDay && t.is(i+1, "to") && t.is(i+2, "come") {
		// "in years to come", "in decades to come": as "the years to
		// come"
		return cand{i: i, j: i + 3, typ: Duration, val: val}
	}
	switch t.w(i + 1) {
	case "before", "after", "later", "earlier":
		// "Hours before the vote", "died weeks after the attack", "The
		// findings come days before a conference": some units, a duration
		// (the date is not known)
		if i == 0 || t.toks[i-1].kind == kPunct && !t.abbrevDot(i-1) || t.toks[i-1].kind == kWord && !t.toks[i].upper && (t.cue(i-1) != tNone || t.is(i-1, "just") || t.is(i-1, "only") || t.is(i-1, "come") || t.is(i-1, "comes") || t.passiveEnds(i-1)) {
			return cand{i: i, j: i + 1, typ: Duration, val: val}
		}
		if (t.is(i+1, "before") || t.is(i+1, "earlier") && t.clauseEndsAt(i+2)) && t.objectBefore(i-1, u == uMinute) && !t.toks[i].upper {
			// "SpaceX scrubs launch minutes before lift-off", "sold his
			// shares days before the collapse": after the object of a
			// verb, some units before an event, a duration
			return cand{i: i, j: i + 1, typ: Duration, val: val}
		}
		if (t.is(i+1, "before") || t.is(i+1, "after")) && u != uMinute && !t.toks[i].upper && t.nounEndsAt(i-1) && t.pastClauseAt(i+2) {
			// "downgraded the nation's credit rating days after lawmakers
			// struck a deal": after a noun, some units before or after a
			// clause told in the past, a duration (round10_polit)
			return cand{i: i, j: i + 1, typ: Duration, val: val}
		}
	}
	if t.is(i-1, "in") && u >= uWeek && !t.is(i+1, "of") && t.superlativeBefore(i-1) {
		return cand{i: i, j: i + 1, typ: Duration, val: val}
	}
	if u2, _ := unitOf(t.w(i + 3)); t.is(i+1, "of") && t.is(i+2, "the") && u2 > u {
		// "face days of the week in order", "the months of the year":
		// units of a larger one, named, no stretch (round10_polit)
		return cand{}
	}
	if t.is(i+1, "of") && u >= uDay {
		switch t.w(i - 1) {
		case "after", "following", "follows", "followed", "despite", "amid", "ending", "ended", "ends", "capping", "caps", "capped", "spent", "endured",
			// a verb of undoing ("erased decades of progress", "could
			// undo years of work"): what is undone took that time
			"erased", "erase", "erases", "undo", "undoes", "undid", "undone", "reversed", "reverse", "reverses",
			// a verb of bearing ("after surviving months of pressure",
			// "faced weeks of protests", "weathered years of scandal"):
			// what is borne lasts that time (round10_polit)
			"survived", "survive", "survives", "surviving", "endure", "endures", "enduring",
			"faced", "face", "faces", "facing", "suffered", "suffers", "suffering",
			"weathered", "weathers", "weathering", "withstood", "withstand", "withstands":
			return cand{i: i, j: i + 1, typ: Duration, val: val}
		case "into":
			if t.plungedInto(i - 1) {
				// "plunged Cuba into years of hardship": a stretch the
				// verb sends its object into
				return cand{i: i, j: i + 1, typ: Duration, val: val}
			}
		case "out":
			if w := t.w(i - 2); w == "wiped" || w == "wipe" || w == "wipes" || w == "wiping" {
				// "had wiped out years of development"
				return cand{i: i, j: i + 1, typ: Duration, val: val}
			}
		}
		if i == 0 || t.toks[i].upper && t.toks[i-1].kind == kPunct && !t.abbrevDot(i-1) && t.w(i-1) != "," {
			return cand{i: i, j: i + 1, typ: Duration, val: val}
		}
	}
	return cand{}
}

// alternativeSpan reports whether the bare plural unit at token i follows
// a stretch of no stated length just found ("weeks", "months") and words
// that offer it as an alternative after a comma: ", possibly", ",
// perhaps", ", maybe", ", if not", ", or even", ", not" ("for weeks,
// possibly months", "months, if not years"). Without the comma ("within
// weeks or months") the two are one expression, as TimeBank marks it.
func (t *tagger) alternativeSpan(i int) bool {
	alt, comma := false, false
	k := i - 1
	for ; k >= 0 && k >= i-4; k-- {
		switch t.w(k) {
		case "or", "possibly", "perhaps", "maybe", "not":
			alt = true
			continue
		case ",":
			comma = true
			continue
		case "even", "if":
			continue
		}
		break
	}
	if !alt || !comma || k < 0 || len(t.out) == 0 {
		return false // "weeks or months" is one expression (emit joins it)
	}
	if u, pl := unitOf(t.w(k)); u == uNone || !pl {
		return false
	}
	last := t.out[len(t.out)-1]
	return last.Type == Duration && last.End == int(t.toks[k].e) && strings.Contains(last.Value, "X")
}

// passiveEnds reports whether token k is a past participle after a form
// of "be" ("The deal was done minutes before the deadline", "were killed
// days after"), which carries no tense cue of its own but ends a clause's
// verb all the same.
func (t *tagger) passiveEnds(k int) bool {
	if k < 1 || t.toks[k].kind != kWord {
		return false
	}
	w := t.toks[k].w
	if !(len(w) > 4 && w[len(w)-2:] == "ed" || irregularParticiple(w) || w == "done") {
		return false
	}
	switch t.w(k - 1) {
	case "was", "were", "is", "are", "be", "been", "being":
		return true
	}
	return false
}

// superlativeBefore reports whether a superlative or "first time" stands
// within six words before token k in its clause ("the lowest level in
// years", "for the first time in decades").
func (t *tagger) superlativeBefore(k int) bool {
	for m, n := k-1, 0; m >= 0 && n < 6; m-- {
		tk := t.toks[m]
		if tk.w == "'" || tk.w == "’" {
			continue // "the worst storm we've seen in decades": a contraction, no clause break
		}
		n++
		if tk.kind == kPunct {
			return false
		}
		w := tk.w
		switch w {
		case "first", "most", "best", "worst", "least", "fewest":
			return true
		}
		if len(w) > 5 && w[len(w)-3:] == "est" {
			switch w {
			case "interest", "protest", "request", "contest", "arrest", "suggest", "invest", "harvest", "forest", "honest", "modest", "manifest":
			default:
				return true
			}
		}
	}
	return false
}

// yearsIn returns the number of years in a unit of a year or more, else 0.
func yearsIn(u unit) float64 {
	switch u {
	case uYear:
		return 1
	case uDecade:
		return 10
	case uCentury:
		return 100
	}
	return 0
}

// subSecond returns how many of the unit w make a second ("milliseconds"
// 1000), or 0 when w is no unit shorter than a second.
func subSecond(w string) float64 {
	switch w {
	case "millisecond", "milliseconds":
		return 1e3
	case "microsecond", "microseconds":
		return 1e6
	case "nanosecond", "nanoseconds":
		return 1e9
	}
	return 0
}

// isWhole reports whether n is a whole number.
func isWhole(n float64) bool { return n == float64(int(n)) }

// fractionBefore reports whether the quantity at i follows "by" or "than",
// directly or after a word of approximation ("fell by almost a quarter",
// "more than a quarter"): a share of something, not a stretch of time.
func (t *tagger) fractionBefore(i int) bool {
	k := i - 1
	switch t.w(k) {
	case "almost", "nearly", "about", "roughly", "around", "some", "over", "just":
		k--
	}
	return t.is(k, "by") || t.is(k, "than")
}

// presentVerbBefore reports whether a verb in the simple present in -s
// ("starts", "ends", "comes") stands within three words before token i,
// with at most "about", "roughly", "around", "some", "nearly", "almost"
// between.
func (t *tagger) presentVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := t.w(k); w {
		case "about", "roughly", "around", "some", "nearly", "almost", "now":
			continue
		default:
			switch w {
			case "starts", "ends", "begins", "comes", "arrives", "lasts", "runs", "opens", "closes", "peaks", "falls", "rises",
				"occurs", "happens", "returns", "finishes", "melts", "freezes", "blooms", "leaves":
				return true
			}
			return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && t.cue(k) == tPresent
		}
	}
	return false
}

// copulaNear reports whether a form of "be" stands right before token i,
// or before "just", "only", "still", "now" right before it ("was weeks
// from", "is only days from").
func (t *tagger) copulaNear(i int) bool {
	switch t.w(i - 1) {
	case "just", "only", "still", "now", "mere":
		if t.copulaBefore(i - 1) {
			return true
		}
	}
	return t.copulaBefore(i)
}

// copulaBefore reports whether a form of "be" stands right before token i
// ("was a long night", "will be a long day", "it's a long week").
func (t *tagger) copulaBefore(i int) bool {
	switch t.w(i - 1) {
	case "was", "is", "be", "been", "were", "are", "being":
		return true
	case "s":
		return t.is(i-2, "'") || t.is(i-2, "’")
	}
	return false
}

// plungedInto reports whether a verb that sends its object into a
// stretch of time ("plunged", "dragged", "sank", "tipped", "pushed")
// stands within four words before "into" at k, with no punctuation
// between: "plunged Cuba into years of hardship", "dragged the country
// into decades of war". "divided the calendar into months of equal
// length" names units, not a stretch.
func (t *tagger) plungedInto(k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if t.toks[m].kind == kPunct {
			return false
		}
		switch t.w(m) {
		case "plunged", "plunge", "plunges", "plunging", "dragged", "drag", "drags", "dragging",
			"sank", "sink", "sinks", "sinking", "sunk", "tipped", "tip", "tips", "tipping",
			"pushed", "push", "pushes", "pushing", "threw", "throw", "throws", "thrown", "throwing":
			return true
		}
	}
	return false
}

// namedReportAfter reports whether the capitalised words from k, up to
// four, name a report, a survey or a meeting, the lower-case noun after
// them saying so: "USDA's weekly Crop Progress report", "the daily
// Situation Report update" are sets of a publication ("the Israeli daily
// Haaretz reported" is a newspaper).
func (t *tagger) namedReportAfter(k int) bool {
	for m := k; m < len(t.toks) && m < k+5; m++ {
		tk := t.toks[m]
		if tk.kind != kWord || tk.nl && m > k {
			return false
		}
		if tk.upper {
			continue
		}
		switch tk.w {
		case "report", "reports", "survey", "update", "updates", "bulletin", "index", "briefing", "briefings", "meeting", "meetings", "data", "figures":
			return true
		}
		return false
	}
	return false
}

// ordinalAside reports whether token k, after "a second,", opens another
// adjective of the noun to come: a compound written with a hyphen
// ("four-day", "24-hour") or a word of comparison or kind ("larger",
// "separate"), so that "second" is an ordinal ("a second, four-day
// break"); "for a second, he paused" goes on with a clause.
func (t *tagger) ordinalAside(k int) bool {
	if k+2 < len(t.toks) && t.is(k+1, "-") && t.attached(k+1) && t.attached(k+2) && t.toks[k+2].kind == kWord {
		return true
	}
	switch t.w(k) {
	case "larger", "bigger", "smaller", "separate", "similar", "related", "longer", "shorter", "more", "even", "unrelated", "much":
		return k+1 < len(t.toks) && t.toks[k+1].kind == kWord
	}
	return false
}

// comparedYear returns the year a figure compared with "N years earlier"
// at i is counted from: after "up from", "down from" or "against" and a
// figure ("won 48 seats in the 2012 election, up from 31 four years
// earlier"), the year written last before them in the sentence, even one
// before a noun ("the 2012 election"), which does not move the story's
// date. A sentence with no such year, or no figure compared, has none.
func (t *tagger) comparedYear(i int) (int, bool) {
	k := i - 1
	for ; k > 0 && k >= i-4 && (t.toks[k].kind == kNum || t.is(k, ",") || t.is(k, ".") || t.is(k, "%") || t.is(k, "$") || t.is(k, "percent")); k-- {
	}
	if k == i-1 || k < 1 {
		return 0, false // no figure right before
	}
	switch {
	case t.is(k, "from") && (t.is(k-1, "up") || t.is(k-1, "down")):
		k -= 2
	case t.is(k, "against"):
		k--
	default:
		return 0, false
	}
	for ; k > 0 && k > i-30; k-- {
		if t.endsAt(k, stopSemicolon|stopLine) {
			return 0, false
		}
		if tk := t.toks[k]; tk.kind == kNum && len(tk.w) == 4 {
			if c := t.year(k); c.ok() && c.val == tk.w {
				return tk.n, true
			}
		}
	}
	return 0, false
}

// ordinalAfterAnd reports whether token k, after "a second and", is an
// ordinal or "final" before the noun both qualify ("a second and final
// term", "a second and third round"), so that "second" is an ordinal too;
// "for a second and then" goes on with a clause, and "final" or an
// ordinal must stand before a word that is no unit of time ("paused a
// second and last week resumed").
func (t *tagger) ordinalAfterAnd(k int) bool {
	switch t.w(k) {
	case "final", "third", "fourth", "fifth", "last":
	default:
		return false
	}
	if k+1 >= len(t.toks) || t.toks[k+1].kind != kWord && t.toks[k+1].kind != kNum || t.toks[k+1].nl {
		return false
	}
	if u, _ := unitOf(t.w(k + 1)); u != uNone {
		return false
	}
	_, wd := weekdayOf(t.w(k + 1))
	_, pd := partOfDay(t.w(k + 1))
	return !wd && !pd
}

// countedThing reports whether token k is a noun after a count: "train"
// in "one train", "buses" in "four buses", "12 trains".
func (t *tagger) countedThing(k int) bool {
	if k < 1 || t.toks[k].kind != kWord || t.toks[k].upper {
		return false
	}
	if t.is(k-1, "one") {
		return true
	}
	if t.toks[k-1].kind == kNum {
		return true
	}
	_, m := t.number(k - 1)
	return m == k
}

// pastTheHour reports whether "past the hour" (or "after", "before", "to",
// "till" the hour) starts at k: what a broadcast says of its own clock
// ("It's 18 minutes past the hour", "five minutes before the hour"),
// minutes from an hour it does not name, which give neither a clock time
// nor a stretch of time. "18 minutes after the explosion" stays a
// duration, and so do the minutes after an hour the text names ("45
// minutes after the hour of prayer", "the hour-long show", "the hour's
// news").
func (t *tagger) pastTheHour(k int) bool {
	switch t.w(k) {
	case "past", "after", "before", "to", "till":
		if !t.is(k+1, "the") || !t.is(k+2, "hour") {
			return false
		}
		if k+3 >= len(t.toks) || t.toks[k+3].kind == kPunct && !t.is(k+3, "-") && !t.is(k+3, "'") {
			return true
		}
		switch t.w(k + 3) {
		case "and", "here", "now", "on", "in", "at":
			return true // "past the hour here in Washington"
		}
	}
	return false
}

// presentPerfectAfter reports whether the clause from token k has a
// present perfect for its first verb ("Thirteen years on, devolution has
// brought services closer", "the towns have recovered"): a time reached
// now, unlike "had recovered" or "recovered". An adverb may stand between
// ("has slowly recovered"); the scan stops at the clause's end.
func (t *tagger) presentPerfectAfter(k int) bool {
	for m := k; m < len(t.toks) && m < k+10; m++ {
		if t.toks[m].kind == kPunct || t.toks[m].nl {
			return false
		}
		switch t.w(m) {
		case "has", "have":
			n := m + 1
			if strings.HasSuffix(t.w(n), "ly") || t.is(n, "not") || t.is(n, "never") || t.is(n, "also") || t.is(n, "still") {
				n++
			}
			w := t.w(n)
			return n < len(t.toks) && t.toks[n].kind == kWord && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiple(w) || w == "been" || w == "brought" || w == "become" || w == "come" || w == "gone")
		case "had", "was", "were", "is", "are", "will", "would", "did", "does", "do":
			return false
		}
	}
	return false
}

// continueOn reports whether w, before "on", is a verb of going on ("The
// coach will stay on another year", "The senator hung on another week",
// "Fighting went on another week"): "on" is its particle, and "another
// year" the stretch it lasts, not a day not named.
func continueOn(w string) bool {
	switch w {
	case "stay", "stays", "stayed", "staying", "hang", "hangs", "hung", "hanging",
		"hold", "holds", "held", "holding", "carry", "carries", "carried", "carrying",
		"go", "goes", "went", "going", "keep", "keeps", "kept", "keeping",
		"live", "lives", "lived", "living", "soldier", "soldiers", "soldiered", "soldiering",
		"battle", "battles", "battled", "battling", "press", "presses", "pressed", "pressing",
		"play", "plays", "played", "playing", "drag", "drags", "dragged", "dragging",
		"linger", "lingers", "lingered", "lingering", "remain", "remains", "remained", "remaining",
		"continue", "continues", "continued", "continuing", "serve", "serves", "served", "serving",
		"work", "works", "worked", "working", "last", "lasts", "lasted", "lasting":
		return true
	}
	return false
}

// everyPairWeekday reports whether the weekday at token i closes a list
// of weekdays opened by "every" or "each": "every Friday and Saturday",
// "each Monday, Wednesday or Friday". A comma right before "and" or "or"
// ("every Friday, and Saturday was quiet"), a possessive after the
// weekday ("every Friday and Saturday's final") or a verb after it
// ("every Friday and Saturday sees the market") ends the list; only a
// part of the day, a word that opens a phrase or punctuation may follow.
func (t *tagger) everyPairWeekday(i int) bool {
	if n := i + 1; n < len(t.toks) && !t.toks[n].nl && t.toks[n].kind == kWord {
		// what may follow the list: a part of the day or a word that
		// opens a phrase ("every Friday and Saturday sees the market"
		// makes the day a subject)
		switch t.w(n) {
		case "at", "from", "until", "till", "through", "thru", "in", "during", "between", "to", "and", "or", "for", "when", "throughout", "only", "before", "after", "except", "on":
		default:
			if _, ok := partOfDay(t.w(n)); !ok {
				return false
			}
		}
	} else if t.is(n, "'") {
		return false
	}
	for k, n := i-1, 0; n < 6 && k >= 2; n++ {
		switch t.w(k) {
		case "and", "or":
			if t.is(k-1, ",") {
				return false
			}
		case ",":
			if n == 0 && !t.weekdayListGoesOn(i+1) {
				// "every Friday, Saturday he rests": a comma with no
				// "and" or "or" to close the list is no list
				return false
			}
		default:
			return false
		}
		p := k - 1
		if _, ok := weekdayOf(t.w(p)); !ok || !t.toks[p].upper || t.toks[p].nl {
			return false
		}
		if (t.is(p-1, "every") || t.is(p-1, "each")) && !t.toks[p-1].upper {
			return true
		}
		k = p - 1
	}
	return false
}

// timeForDeed reports whether the bare plural unit at i, after "just",
// "only" or "mere", is the time one has or is left for a deed: before
// "to" and a lower-case verb, after a form of "have" ("has just days to
// act") or after a verb of leaving or giving and its object of one to
// three words ("leaving the House just days to act", "gave lawmakers
// only weeks to respond"). With no object ("leaving just days to
// spare") or no deed after "to" ("just days to the vote") it is not.
func (t *tagger) timeForDeed(i int) bool {
	if !t.is(i+1, "to") || i+2 >= len(t.toks) || t.toks[i+2].kind != kWord || t.toks[i+2].upper || determiner(t.w(i+2)) {
		return false
	}
	if _, ok := numberWord(t.w(i + 2)); ok {
		return false
	}
	m := i - 2
	if t.is(m, "a") && t.is(i-1, "mere") {
		m--
	}
	switch t.w(m) {
	case "had", "have", "has", "having":
		return true
	}
	for n := 1; n <= 3; n++ {
		k := m - n
		if k < 0 || t.toks[k+1].kind != kWord || t.toks[k+1].nl {
			return false
		}
		switch t.w(k) {
		case "leave", "leaves", "leaving", "left", "give", "gives", "giving", "gave", "given":
			return true
		}
	}
	return false
}

// weekdayListGoesOn reports whether a list of weekdays goes on at token
// k: a comma or "and" or "or", then a weekday with its capital ("Monday,
// Wednesday and Friday" at Wednesday's end).
func (t *tagger) weekdayListGoesOn(k int) bool {
	if !t.is(k, ",") && !t.is(k, "and") && !t.is(k, "or") {
		return false
	}
	_, ok := weekdayOf(t.w(k + 1))
	return ok && k+1 < len(t.toks) && t.toks[k+1].upper
}

// nounEndsAt reports whether token k is a lower-case word that can end a
// noun phrase: no determiner, preposition, tense cue, number word, word in
// -ly or -est, nor a word that makes a compound of days ("sick days",
// "working days", "school days") or orders them ("the final days").
func (t *tagger) nounEndsAt(k int) bool {
	if k < 1 || t.toks[k].kind != kWord || t.toks[k].upper {
		return false
	}
	w := t.w(k)
	if determiner(w) || preposition(w) || t.cue(k) != tNone || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "est") {
		return false
	}
	if strings.HasSuffix(w, "ing") && (t.toks[k-1].kind != kWord || t.toks[k-1].upper || determiner(t.w(k-1)) || t.cue(k-1) != tNone) {
		// "the closing days", "were working days": an adjective or a
		// verb; "the credit rating days after" has a noun before it
		return false
	}
	if _, ok := numberWord(w); ok {
		return false
	}
	switch w {
	case "final", "last", "first", "early", "late", "few", "several", "many", "some", "and", "or", "but", "that", "which", "who", "than", "as",
		"sick", "school", "business", "holy", "feast", "rest", "dog", "glory", "salad", "happy", "good", "bad", "old", "those", "these", "two", "its", "their", "his", "her", "our", "my", "your":
		return false
	}
	// the object of a verb in the past: the verb, then a determiner or a
	// possessive, within six tokens ("downgraded the nation's credit
	// rating"; not "counted trading days", "were dark days")
	det := false
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		tm := t.toks[m]
		if tm.kind == kPunct && tm.w != "'" && tm.w != "’" || tm.nl {
			return false
		}
		if determiner(tm.w) || tm.w == "his" || tm.w == "her" || tm.w == "its" || tm.w == "their" || tm.w == "s" && m > 0 && (t.is(m-1, "'") || t.is(m-1, "’")) {
			det = true
			continue
		}
		if c := t.cue(m); c != tNone {
			return c == tPast && det && !beForm(tm.w) && !auxiliary(tm.w)
		}
	}
	return false
}

// pastClauseAt reports whether a clause told in the past opens at token
// k: a subject of one to three words, then a verb in the past ("lawmakers
// struck a deal", "the company filed for bankruptcy").
func (t *tagger) pastClauseAt(k int) bool {
	for n := 1; n <= 3; n++ {
		m := k + n
		if m >= len(t.toks) || t.toks[m-1].kind != kWord || t.toks[m-1].nl {
			return false
		}
		if t.cue(m-1) != tNone {
			return false
		}
		if t.toks[m].kind == kWord && !t.toks[m].upper && t.cue(m) == tPast && !t.is(m+1, "by") {
			// ("the man seized by police": a participle, no clause)
			return true
		}
	}
	return false
}

// unitLetter gives the unit of the trade press's one-letter abbreviation
// at token j, attached in lower case to the figure at token i: "logged
// 290h on type", "the final 2h of the flight" (hours); "about 10s after
// the impact" (seconds), only after a word of approximation or bound, or
// before "after", "before", "later", "earlier" ("in their 10s" is an age,
// "2H" a half-year). It gives uNone otherwise.
func (t *tagger) unitLetter(i, j int, n float64) (unit, bool) {
	if j != i+1 || j >= len(t.toks) || t.toks[i].kind != kNum || !t.attached(j) || t.toks[j].upper || n <= 0 || n >= 1000 {
		return uNone, false
	}
	if j+1 < len(t.toks) && t.attached(j+1) && t.toks[j+1].kind != kPunct {
		return uNone, false // "14h30", "2hrs" are other forms
	}
	switch t.w(j) {
	case "h":
		return uHour, n != 1
	case "s":
		switch t.w(i - 1) {
		case "about", "around", "some", "within", "after", "for", "nearly", "almost", "only", "just", "roughly", "approximately", "than", "final", "first", "last":
			return uSecond, n != 1
		}
		switch t.w(j + 1) {
		case "after", "before", "later", "earlier":
			return uSecond, n != 1
		}
	}
	return uNone, false
}

// figureFromBefore reports whether the expression at token i ends the
// comparison of a figure with an earlier one: "from", a figure and at
// most two words of what it counts before it ("up from 208 dead a day
// earlier", "from 1,033 a day earlier", "down from 40 cases a week
// earlier").
func (t *tagger) figureFromBefore(i int) bool {
	words := 0
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		tk := t.toks[k]
		switch {
		case tk.kind == kNum:
			m := k
			for m >= 2 && (t.is(m-1, ",") || t.is(m-1, ".")) && t.attached(m) && t.attached(m-1) && t.toks[m-2].kind == kNum {
				m -= 2 // "1,033", "2.5"
			}
			return t.is(m-1, "from")
		case tk.kind == kWord && words < 2 && !t.is(k, "from"):
			words++
		default:
			return false
		}
	}
	return false
}

// reportInSentence reports whether a reporting verb ("said", "reported",
// "announced" ...) stands before token i in its sentence with no past
// perfect between ("said it had risen from 250 a day earlier" goes back
// to the story's day).
func (t *tagger) reportInSentence(i int) bool {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		if t.endsAt(k, stopSemicolon) || t.is(k, "had") {
			return false
		}
		if reportingVerb(t.w(k)) {
			return true
		}
	}
	return false
}

// memoryVerb reports whether w, after "had days to", "has years to", makes
// the plural unit days or years of a kind ("days to remember", "years to
// celebrate", "hours to suit commuters"), not a stretch one has for a deed.
func memoryVerb(w string) bool {
	switch w {
	case "remember", "forget", "celebrate", "cherish", "savour", "savor", "treasure", "suit", "match", "mark":
		return true
	}
	return false
}
