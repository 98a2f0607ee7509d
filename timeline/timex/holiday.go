package timex

import (
	"strconv"
	"time"
)

// holidayDate returns the date of a named day in year y.
type holidayDate func(y int) time.Time

func fixed(m time.Month, d int) holidayDate { return func(y int) time.Time { return day(y, m, d) } }

func fromEaster(off int) holidayDate {
	return func(y int) time.Time { return easter(y).AddDate(0, 0, off) }
}

// holidayAt recognises the named day starting at token i: it returns the
// date rule, the token after the name, whether the name is a weekend, and
// ok.
func (t *tagger) holidayAt(i int) (holidayDate, int, bool, bool) {
	w := t.w(i)
	next := t.w(i + 1)
	switch w {
	case "palm":
		if next == "sunday" {
			return fromEaster(-7), i + 2, false, true
		}
	case "good":
		if next == "friday" && t.toks[i].upper {
			return fromEaster(-2), i + 2, false, true
		}
	case "holy", "maundy":
		if next == "saturday" && w == "holy" {
			return fromEaster(-1), i + 2, false, true
		}
		if next == "thursday" {
			return fromEaster(-3), i + 2, false, true
		}
		if next == "week" && w == "holy" && t.toks[i+1].upper {
			return fromEaster(0), i + 2, false, true // the week before Easter: the ISO week ending on Easter Sunday
		}
	case "ash":
		if next == "wednesday" {
			return fromEaster(-46), i + 2, false, true
		}
	case "fat", "shrove":
		if next == "tuesday" && t.toks[i+1].upper {
			return fromEaster(-47), i + 2, false, true // the day before Ash Wednesday
		}
	case "black":
		if next == "friday" && t.toks[i+1].upper {
			// the day after Thanksgiving
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4).AddDate(0, 0, 1) }, i + 2, false, true
		}
	case "small":
		if next == "business" && t.is(i+2, "saturday") && t.toks[i+1].upper && t.toks[i+2].upper {
			// "Small Business Saturday": the Saturday after Thanksgiving
			// (US), between Black Friday and Cyber Monday
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4).AddDate(0, 0, 2) }, i + 3, false, true
		}
	case "cyber":
		if next == "monday" && t.toks[i+1].upper {
			// the Monday after Thanksgiving
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4).AddDate(0, 0, 4) }, i + 2, false, true
		}
	case "orthodox":
		if next == "christmas" && t.is(i+2, "eve") {
			return fixed(time.January, 6), i + 3, false, true // the Julian 24 December
		}
		if next == "easter" {
			f := func(y int) time.Time { return orthodoxEaster(y) }
			if t.is(i+2, "sunday") {
				return f, i + 3, false, true
			}
			return f, i + 2, false, true
		}
		if next == "christmas" {
			return fixed(time.January, 7), i + 2, false, true
		}
	case "easter":
		if t.orthodoxFaithful(i) && (next != "monday" && next != "weekend" && next != "week") {
			f := func(y int) time.Time { return orthodoxEaster(y) }
			if next == "sunday" || next == "day" {
				return f, i + 2, false, true
			}
			return f, i + 1, false, true
		}
		switch next {
		case "sunday", "day":
			return fromEaster(0), i + 2, false, true
		case "monday":
			return fromEaster(1), i + 2, false, true
		case "weekend":
			return fromEaster(-1), i + 2, true, true
		case "week":
			return fromEaster(0), i + 2, false, true
		case "holidays", "holiday", "break", "truce", "ceasefire", "egg", "eggs", "service", "services", "message", "mass", "bunny", "vigil", "triduum":
			if next == "holiday" && t.is(i+2, "weekend") {
				return fromEaster(-1), i + 3, true, true // "the Easter holiday weekend", as "the Easter weekend"
			}
			if next == "truce" || next == "ceasefire" {
				return fromEaster(0), i + 1, false, true
			}
			return nil, 0, false, false
		}
		return fromEaster(0), i + 1, false, true
	case "christmas", "xmas":
		if t.orthodoxFaithful(i) && !t.newCalendarChurch(i) {
			// the Julian 25 December, 7 January from 1900 to 2099
			switch next {
			case "eve":
				return fixed(time.January, 6), i + 2, false, true
			case "day":
				return fixed(time.January, 7), i + 2, false, true
			}
			switch next {
			case "tree", "trees", "market", "markets", "card", "cards", "gift", "gifts", "shopping", "season", "holidays", "carol", "carols", "lights", "party", "dinner", "present", "presents":
				return nil, 0, false, false
			}
			return fixed(time.January, 7), i + 1, false, true
		}
		switch next {
		case "eve":
			return fixed(time.December, 24), i + 2, false, true
		case "day":
			return fixed(time.December, 25), i + 2, false, true
		case "week":
			// "until Christmas week": the ISO week holding the day, as
			// "Easter week" is Easter's
			return fixed(time.December, 25), i + 2, false, true
		case "tree", "trees", "market", "markets", "card", "cards", "gift", "gifts", "shopping", "season", "holidays", "carol", "carols", "lights", "party", "dinner", "present", "presents":
			return nil, 0, false, false
		}
		return fixed(time.December, 25), i + 1, false, true
	case "passover", "pesach":
		// the first day, 15 Nisan (it begins at sundown the evening before)
		return passover, i + 1, false, true
	case "rosh":
		if next == "hashanah" || next == "hashana" {
			return roshHashanah, i + 2, false, true
		}
	case "yom":
		if next == "kippur" {
			return func(y int) time.Time { return roshHashanah(y).AddDate(0, 0, 9) }, i + 2, false, true
		}
	case "hanukkah", "chanukah", "hanukah", "chanukkah":
		return hanukkah, i + 1, false, true
	case "sukkot", "succot", "sukkos":
		// 15 Tishri, the first day of Tabernacles
		return func(y int) time.Time { return roshHashanah(y).AddDate(0, 0, 14) }, i + 1, false, true
	case "shavuot", "shavuos":
		// 6 Sivan, fifty days from the first day of Passover
		return func(y int) time.Time { return passover(y).AddDate(0, 0, 50) }, i + 1, false, true
	case "day":
		// "the Day of Atonement", Yom Kippur
		if next == "of" && t.is(i+2, "atonement") && t.toks[i+2].upper {
			return func(y int) time.Time { return roshHashanah(y).AddDate(0, 0, 9) }, i + 3, false, true
		}
	case "advent":
		// "Advent Sunday", the first Sunday of Advent
		if next == "sunday" && t.toks[i+1].upper {
			return adventSunday, i + 2, false, true
		}
	case "boxing":
		if next == "day" {
			return fixed(time.December, 26), i + 2, false, true
		}
	case "new":
		// New Year's Day, New Year's Eve, New Year
		switch t.w(i - 1) {
		case "lunar", "chinese", "jewish", "persian", "iranian", "islamic", "hindu", "vietnamese", "korean", "tibetan", "thai", "orthodox":
			return nil, i, false, false // "the Lunar New Year": not the first of January
		}
		if next == "year" && t.toks[i].upper {
			k := i + 2
			if t.is(k, "'") && t.is(k+1, "s") {
				k += 2
			}
			switch t.w(k) {
			case "eve":
				return fixed(time.December, 31), k + 1, false, true
			case "day":
				return fixed(time.January, 1), k + 1, false, true
			}
			if k == i+2 && t.toks[min(i+1, len(t.toks)-1)].upper {
				return fixed(time.January, 1), k, false, true
			}
		}
	case "thanksgiving":
		f := func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4) }
		if next == "day" {
			return f, i + 2, false, true
		}
		return f, i + 1, false, true
	case "melbourne":
		if next == "cup" && t.toks[i].upper && t.toks[i+1].upper && t.is(i+2, "day") {
			// Melbourne Cup Day, Victoria's public holiday: the first
			// Tuesday of November ("the Melbourne Cup" alone is a race)
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Tuesday, 1) }, i + 3, false, true
		}
	case "memorial":
		if next == "day" {
			return func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, -1) }, i + 2, false, true
		}
	case "labor", "labour":
		if next == "day" && w == "labor" {
			return func(y int) time.Time { return nthWeekday(y, time.September, time.Monday, 1) }, i + 2, false, true
		}
	case "veterans", "armistice", "remembrance":
		if w == "remembrance" && next == "sunday" {
			// Britain's Remembrance Sunday: the second Sunday of November
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Sunday, 2) }, i + 2, false, true
		}
		if next == "day" || next == "'" && t.is(i+2, "day") {
			k := i + 2
			if next == "'" {
				k++
			}
			return fixed(time.November, 11), k, false, true
		}
	case "halloween":
		return fixed(time.October, 31), i + 1, false, true
	case "valentine":
		if next == "'" && t.is(i+2, "s") && t.is(i+3, "day") {
			return fixed(time.February, 14), i + 4, false, true
		}
	case "victory":
		if next == "day" {
			return fixed(time.May, 9), i + 2, false, true
		}
	case "ve":
		if next == "day" {
			return fixed(time.May, 8), i + 2, false, true
		}
	case "d":
		if next == "-" && t.is(i+2, "day") {
			return nil, 0, false, false
		}
	case "independence":
		if next == "day" {
			return t.independenceDay(i), i + 2, false, true
		}
	case "fourth":
		if next == "of" && t.is(i+2, "july") {
			return fixed(time.July, 4), i + 3, false, true
		}
	case "st", "saint":
		k := i + 1
		if t.is(k, ".") {
			k++
		}
		if t.is(k, "patrick") && t.is(k+1, "'") && t.is(k+2, "s") && t.is(k+3, "day") {
			return fixed(time.March, 17), k + 4, false, true
		}
		if t.is(k, "stephen") && t.toks[k].upper && t.is(k+1, "'") && t.is(k+2, "s") && t.is(k+3, "day") && t.toks[k+3].upper && !t.stStephenElsewhere() {
			// St Stephen's Day, Ireland's (and the Western churches')
			// name of 26 December; Hungary's St Stephen's Day is 20
			// August, and a text that speaks of Hungary is left alone
			return fixed(time.December, 26), k + 4, false, true
		}
	case "mother", "father":
		if next == "'" && t.is(i+2, "s") && t.is(i+3, "day") {
			if w == "mother" {
				return func(y int) time.Time { return nthWeekday(y, time.May, time.Sunday, 2) }, i + 4, false, true
			}
			return func(y int) time.Time { return nthWeekday(y, time.June, time.Sunday, 3) }, i + 4, false, true
		}
	case "columbus":
		if next == "day" {
			return func(y int) time.Time { return nthWeekday(y, time.October, time.Monday, 2) }, i + 2, false, true
		}
	case "presidents":
		k := i + 1
		if t.is(k, "'") {
			k++
		}
		if t.is(k, "day") {
			return func(y int) time.Time { return nthWeekday(y, time.February, time.Monday, 3) }, k + 1, false, true
		}
	case "martin":
		// Martin Luther King (Jr.) Day
		k := i + 1
		if t.is(k, "luther") && t.is(k+1, "king") {
			k += 2
			if t.is(k, "jr") {
				k = t.dot(k + 1)
			}
			if t.is(k, "day") {
				return func(y int) time.Time { return nthWeekday(y, time.January, time.Monday, 3) }, k + 1, false, true
			}
		}
	case "earth":
		if next == "day" {
			return fixed(time.April, 22), i + 2, false, true
		}
	case "bastille":
		if next == "day" {
			return fixed(time.July, 14), i + 2, false, true
		}
	case "may":
		if next == "day" && t.is(i+2, "bank") && t.is(i+3, "holiday") {
			// "the May Day bank holiday": Britain's early May bank
			// holiday, the first Monday of May, not May 1
			return func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, 1) }, i + 4, false, true
		}
		if next == "day" && t.toks[i].upper && t.toks[i+1].upper {
			return fixed(time.May, 1), i + 2, false, true
		}
		if next == "bank" && t.is(i+2, "holiday") && t.toks[i].upper && !t.is(i-1, "early") && !t.is(i-1, "late") && !t.mayBankHolidaysBetween() {
			// "the May bank holiday": Britain's early May bank holiday,
			// the first Monday of May, the one so named ("the late May
			// bank holiday" is the Spring Bank Holiday); between the two
			// the name may be of either, and the month is left alone
			return func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, 1) }, i + 3, false, true
		}
	case "august":
		if next == "bank" && t.is(i+2, "holiday") && t.toks[i].upper && !t.scotlandSpoken() {
			// "the August bank holiday": the Summer Bank Holiday of
			// England, Wales and Northern Ireland, the last Monday of
			// August; Scotland's is the first, and a text that speaks of
			// Scotland is left alone
			return func(y int) time.Time { return nthWeekday(y, time.August, time.Monday, -1) }, i + 3, false, true
		}
	case "spring", "summer":
		// Britain's Spring Bank Holiday, the last Monday of May; the
		// Summer Bank Holiday is the last Monday of August in England
		// but the first in Scotland, and is left alone
		if w == "spring" && next == "bank" && t.is(i+2, "holiday") && t.toks[i+1].upper {
			return func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, -1) }, i + 3, false, true
		}
	case "madaraka", "jamhuri", "mashujaa":
		// Kenya's national days: Madaraka Day (1 June), Jamhuri Day (12
		// December), Mashujaa Day (20 October)
		if next == "day" {
			switch w {
			case "madaraka":
				return fixed(time.June, 1), i + 2, false, true
			case "jamhuri":
				return fixed(time.December, 12), i + 2, false, true
			}
			return fixed(time.October, 20), i + 2, false, true
		}
	case "anzac":
		if next == "day" {
			return fixed(time.April, 25), i + 2, false, true // Australia's and New Zealand's day of the Gallipoli landing
		}
	case "pentecost", "whitsun", "whitsunday":
		// the seventh Sunday after Easter
		if w == "whitsun" && next == "monday" || w == "pentecost" && next == "monday" {
			return fromEaster(50), i + 2, false, true
		}
		if next == "sunday" && w == "pentecost" {
			return fromEaster(49), i + 2, false, true
		}
		return fromEaster(49), i + 1, false, true
	case "whit":
		switch next {
		case "sunday":
			return fromEaster(49), i + 2, false, true
		case "monday":
			return fromEaster(50), i + 2, false, true
		}
	case "ascension":
		// forty days after Easter, counting Easter as the first
		if next == "day" || next == "thursday" {
			return fromEaster(39), i + 2, false, true
		}
	case "epiphany":
		return fixed(time.January, 6), i + 1, false, true
	case "groundhog":
		if next == "day" {
			return fixed(time.February, 2), i + 2, false, true
		}
	case "hogmanay":
		return fixed(time.December, 31), i + 1, false, true
	case "all":
		// All Saints' Day, All Souls' Day
		k := i + 2
		if t.is(k, "'") {
			k++
		}
		if t.is(k, "day") && t.toks[i+1].upper {
			switch next {
			case "saints":
				return fixed(time.November, 1), k + 1, false, true
			case "souls":
				return fixed(time.November, 2), k + 1, false, true
			}
		}
	case "election":
		// the United States' Election Day, written as a name: "Election
		// day" with only a sentence's capital is any country's vote
		if next == "day" && t.toks[i].upper && t.toks[i+1].upper {
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Monday, 1).AddDate(0, 0, 1) }, i + 2, false, true
		}
	}
	return nil, 0, false, false
}

// independenceDay picks the country's day from the words just before
// "Independence Day" ("Ukraine's", "Ukrainian"); without one it is the
// United States' July 4.
func (t *tagger) independenceDay(i int) holidayDate {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch t.w(k) {
		case "ukraine", "ukrainian", "ukrainians":
			return fixed(time.August, 24)
		case "india", "indian":
			return fixed(time.August, 15)
		case "mexico", "mexican":
			return fixed(time.September, 16)
		case "israel", "israeli":
			return nil
		}
	}
	return fixed(time.July, 4)
}

// holiday parses a named day with an optional year ("Christmas 2024",
// "Easter of 2023"); without one the tense picks the year.
func (t *tagger) holiday(i int) cand {
	if !t.toks[i].upper {
		return cand{}
	}
	if t.is(i, "inauguration") {
		return t.inaugurationDay(i)
	}
	f, j, weekend, ok := t.holidayAt(i)
	if !ok || f == nil {
		return cand{}
	}
	switch t.w(j) {
	case "war", "rising", "uprising", "offensive", "massacre", "agreement", "accord", "accords":
		return cand{} // "the Yom Kippur War", "the Easter Rising", "the Good Friday Agreement": named after the day, not the day
	case "road", "street", "lane", "avenue", "square", "island", "islands", "park":
		if j < len(t.toks) && t.toks[j].upper {
			return cand{} // "at Easter Road", "Christmas Island": a place named after the day, as "Friday Street"
		}
	}
	week := t.w(j-1) == "week"
	jw := j // "weekend"
	if t.is(j, "holiday") && !t.toks[j].upper {
		// "the Thanksgiving holiday weekend", "the May bank holiday
		// weekend": the holiday's weekend, as "the Thanksgiving weekend"
		jw = j + 1
	}
	if !weekend && t.is(jw, "weekend") && !t.toks[jw].upper {
		// "the Memorial Day weekend", "the Thanksgiving weekend": the
		// weekend a holiday on a fixed weekday closes (a Monday) or
		// opens (a Thursday, a Friday)
		y := t.ref.Year()
		wd := f(y).Weekday()
		if wd == f(y-1).Weekday() && wd == f(y+1).Weekday() && (wd == time.Monday || wd == time.Thursday || wd == time.Friday) {
			// only a day on a fixed weekday ("Christmas" moves through
			// the week, and its weekend is not sure)
			inner := f
			f = func(y int) time.Time {
				d := inner(y)
				switch d.Weekday() {
				case time.Monday:
					return d.AddDate(0, 0, -2)
				case time.Thursday:
					return d.AddDate(0, 0, 2)
				case time.Friday:
					return d.AddDate(0, 0, 1)
				}
				return d
			}
			weekend, j = true, jw+1
		}
	}
	mk := func(y int) string {
		d := f(y)
		if weekend {
			return fmtWeek(d) + "-WE"
		}
		if week {
			return fmtWeek(d) // Easter Sunday closes its ISO week
		}
		return fmtDay(d)
	}
	k := j
	if t.is(k, ",") || t.is(k, "of") {
		k++
	}
	if y := t.yearOnly(k); y > 0 && (k == j || !t.is(j, ",") || t.yearEndsPhrase(k+1)) {
		return cand{i: i, j: k + 1, typ: Date, val: mk(y)}
	}
	if y := t.deicticYear(j); y > 0 && !t.is(j, "this") && !t.is(j+2, "'") {
		// "Valentine's Day last year", "Christmas next year": that
		// year's day, one expression, as "3 October last year" ("this
		// year" after a holiday is the clause's: "Hanukkah begins on
		// Christmas Eve this year")
		return cand{i: i, j: j + 2, typ: Date, val: mk(y)}
	}
	k = j
	switch t.w(k) {
	case "night", "morning", "evening", "afternoon", "weekend", "holiday":
		k++
	case "this", "so", "as":
		if t.is(k+1, "early") || t.is(k+1, "late") {
			k += 2 // "last celebrated Easter this early in 2008": that year's
		}
	}
	if y := t.possessiveYearBefore(i); y > 0 {
		// "During last year's Christmas enforcement period", "next
		// year's Easter": the day of the year the possessive names
		return cand{i: i, j: j, typ: Date, val: mk(y)}
	}
	if y := t.inYear(k); y > 0 {
		// "on Thanksgiving night in 2011": that year's day (the year
		// stays an expression of its own, as TimeBank marks it)
		return cand{i: i, j: j, typ: Date, val: mk(y)}
	}
	if y := t.namedEventYear(j); y > 0 {
		// "the Ash Wednesday fires of 1983", "the Boxing Day tsunami of
		// 2004": an event named after the day, of that year's day
		return cand{i: i, j: j, typ: Date, val: mk(y)}
	}
	if y := t.holidayNearDay(j, f); y > 0 {
		// "break up for Christmas on 17 December 2010": the day's year
		return cand{i: i, j: j, typ: Date, val: mk(y)}
	}
	dir := t.yearDirection(i, j)
	from := i
	if (t.is(i-1, "last") || t.is(i-1, "next")) && determiner(t.w(i-2)) {
		// "It was his last Christmas with the family", "the last
		// Christmas before the war": a final one, of a year the text
		// does not give (was last year's)
		return cand{}
	}
	switch t.w(i - 1) {
	case "last":
		// "last Thanksgiving": the word belongs to the expression, and
		// the day is one gone, however near this year's still to come
		// ("Last Easter" a week before Easter is a year ago)
		dir, from = strongPast, i-1
	case "next":
		dir, from = 1, i-1
	}
	y, picked := t.framedYear(i, j), false
	if y == 0 && from == i && !week && !weekend && t.servedIn(i) {
		// "He served in Vietnam at Christmas": a tour of duty told of
		// with no year is of a year the text does not give
		return cand{i: i, j: j, typ: Date, val: "XXXX" + mk(t.ref.Year())[4:], the: t.is(i, "day")}
	}
	if y == 0 && from == i && !weekend && !week && t.figSet {
		if ym := t.monthNamedYear(i, j, t.figMonth.Month()); ym > 0 && f(ym).Month() == t.figMonth.Month() {
			y = ym // "in January 2012 ..., after the removal of the subsidy on New Year's Day"
		}
	}
	if y == 0 || from != i {
		y, picked = t.pickYear(dir, func(cy int) (time.Time, time.Time) { d := f(cy); return d, d }), true
	}
	if picked && from == i && dir == 0 && f(y).Sub(t.ref) > holidayRunUp && t.holidayAttribute(i, j) && t.tenseAt(i, j) == tPast {
		// "Tesco said its Christmas sales fell" in July: a thing named
		// for a holiday is told of in the holiday's run-up, so a past
		// clause takes the coming one only within it (holidayAttribute);
		// months before, it is the one gone
		y--
	}
	if back := t.spanBeforeHoliday(i); picked && from == i && !weekend && !week && back != nil && dir < 0 && !t.infinitiveBefore(i-3) && !t.pastPlan(i-3) && !t.wishBefore(i-3) {
		// "A week before Easter, he was arrested" in late March: a past
		// deed dated a span before the day is done, so the day it
		// counts back from is the last one whose deed lies on or before
		// the reference day (was the coming Easter, the nearest)
		for n := 0; n < 2 && back(f(y)).After(t.ref); n++ {
			y--
		}
	}
	if from == i && y == t.ref.Year() && t.is(i, "may") && t.is(i+1, "bank") && !t.ref.Before(nthWeekday(y, time.May, time.Monday, -1)) {
		// "Traffic was heavy over the May bank holiday" after the late
		// May bank holiday: this year's name may be of either, as
		// between the two (mayBankHolidaysBetween): the month alone
		return cand{i: i, j: i + 1, typ: Date, val: fmtMonth(y, time.May)}
	}
	if from == i && !weekend && !week && t.is(i-1, "of") && t.is(i-2, "eve") && t.is(i-3, "the") {
		// "on the eve of Yom Kippur": the day before the named day
		return cand{i: i - 3, j: j, typ: Date, val: fmtDay(f(y).AddDate(0, 0, -1))}
	}
	if p, ok := partOfDay(t.w(j)); ok && !week && !weekend && !t.toks[j].upper && p != "DT" {
		// "on Thanksgiving night", "on Christmas morning": that part of
		// the day, a TIME, as "Friday night"
		return cand{i: from, j: j + 1, typ: Time, val: mk(y) + "T" + p, the: t.is(i, "day")}
	}
	return cand{i: from, j: j, typ: Date, val: mk(y), the: t.is(i, "day")}
}

// servedIn reports whether the holiday at token i is told in a clause of
// a tour of duty, "served in" and a place's name before it in its
// sentence, with no date named earlier in the sentence: "He served in
// Vietnam during Tet", "She served in Iraq over Christmas" tell of a life
// whose year the text has not given, not of the last such holiday.
// "served meals in Leeds on Christmas Day" (an object) and "will serve in"
// are not.
func (t *tagger) servedIn(i int) bool {
	if t.lastSet && t.sameSentence(t.lastAt, i) {
		return false
	}
	for m := i - 2; m >= 1 && m >= i-10; m-- {
		if t.endsAt(m, stopLine|stopSemicolon|stopComma) {
			return false
		}
		if t.is(m, "served") && t.is(m+1, "in") && m+2 < i && t.toks[m+2].upper && t.toks[m+2].kind == kWord {
			return !t.is(m-1, "who") && !t.is(m-1, "that")
		}
	}
	return false
}

// wishBefore reports whether a past verb of wish, plan or order stands
// before token i in its sentence ("We wanted it done a week before
// Easter", "ordered the shops shut two days before Christmas"): what was
// wished may lie ahead, so no day is counted back from.
func (t *tagger) wishBefore(i int) bool {
	for k := i - 1; k >= 0 && k > i-12; k-- {
		if t.endsAt(k, stopLine|stopSemicolon) {
			return false
		}
		switch t.w(k) {
		case "wanted", "hoped", "planned", "intended", "aimed", "expected", "urged", "ordered", "asked", "wished", "promised", "pledged", "agreed", "decided", "demanded":
			return true
		}
	}
	return false
}

// holidayRunUp is how long before a holiday a thing named for it ("its
// Christmas schedule") is talked of as the coming one in a past clause.
const holidayRunUp = 61 * 24 * time.Hour

// spanBeforeHoliday returns, for a named day at token i after a span and
// "before" ("a week before Easter", "two days before Christmas", "three
// months before Thanksgiving"), the step from that day back to the day
// the span points to; nil when no such span stands there. A vague count
// ("weeks before Christmas", "a few days before") gives none.
func (t *tagger) spanBeforeHoliday(i int) func(time.Time) time.Time {
	if i < 3 || !t.is(i-1, "before") {
		return nil
	}
	u, _ := unitOf(t.w(i - 2))
	if u != uDay && u != uWeek && u != uFortnight && u != uMonth {
		return nil
	}
	n, e := t.number(i - 3)
	k := int(n)
	if e != i-2 || k < 1 || k > 12 || float64(k) != n {
		return nil
	}
	switch u {
	case uDay:
		return func(d time.Time) time.Time { return d.AddDate(0, 0, -k) }
	case uWeek:
		return func(d time.Time) time.Time { return d.AddDate(0, 0, -7*k) }
	case uFortnight:
		return func(d time.Time) time.Time { return d.AddDate(0, 0, -14*k) }
	}
	return func(d time.Time) time.Time { return d.AddDate(0, -k, 0) }
}

// namedEventYear gives the year of "the Ash Wednesday fires of 1983" at the
// token j after the day's name: one or two lower-case nouns, "of" and a
// year that ends the phrase or comes before a verb ("a Christmas bonus of
// 2000 dollars" is an amount), else 0.
func (t *tagger) namedEventYear(j int) int {
	for k := j; k < j+2 && k < len(t.toks); k++ {
		tk := t.toks[k]
		if tk.kind != kWord || tk.upper || tk.nl || t.phraseEnds(k) {
			return 0
		}
		switch tk.w {
		case "the", "a", "an", "is", "was", "were", "are", "has", "had", "will", "would", "that", "which", "this", "last", "next":
			return 0
		}
		if t.is(k+1, "of") {
			if y := t.yearOnly(k + 2); y > 0 && (t.phraseEnds(k+3) || t.cue(k+3) != tNone) {
				return y
			}
			return 0
		}
	}
	return 0
}

// namedDay is the day f gives over tokens [i, j), a holiday named with
// no year: the year the tense picks, as for "Christmas".
func (t *tagger) namedDay(i, j int, f holidayDate) cand {
	y := t.framedYear(i, j)
	if y == 0 {
		y = t.pickYear(t.yearDirection(i, j), func(cy int) (time.Time, time.Time) { d := f(cy); return d, d })
	}
	return cand{i: i, j: j, typ: Date, val: fmtDay(f(y))}
}

// mayBankHolidaysBetween reports whether the reference day lies after
// Britain's early May bank holiday and before its late one (the first and
// the last Monday of May), when "the May bank holiday" may be either.
func (t *tagger) mayBankHolidaysBetween() bool {
	y := t.ref.Year()
	return t.ref.After(nthWeekday(y, time.May, time.Monday, 1)) && t.ref.Before(nthWeekday(y, time.May, time.Monday, -1))
}

// feastSpan gives the days a festival whose day is not certain may fall
// on in year y: the whole festival for mod "", its first day for
// "START", its last for "END" (zero times: no such part).
type feastSpan func(y int, mod string) (lo, hi time.Time)

// partOf narrows the span of days a to b to the part mod names: all of it
// for "", its first day for "START", its last for "END"; ok is false for
// any other mod.
func partOf(a, b int, mod string) (int, int, bool) {
	switch mod {
	case "":
		return a, b, true
	case "START":
		return a, a, true
	case "END":
		return b, b, true
	}
	return 0, 0, false
}

// islamicFeast is the span of days d1 to d2 of Islamic month m.
func islamicFeast(m, d1, d2 int) feastSpan {
	return func(y int, mod string) (time.Time, time.Time) {
		d1, d2, ok := partOf(d1, d2, mod)
		if !ok {
			return time.Time{}, time.Time{}
		}
		return islamicSpan(y, m, d1, d2)
	}
}

// bothEids is a bare "Eid": the span from the first day Eid al-Fitr may
// fall in year y to the last Eid al-Adha may, when both fall in y (a year
// holding one of them twice, or one only, gives none).
func bothEids(y int, mod string) (time.Time, time.Time) {
	if mod != "" {
		return time.Time{}, time.Time{}
	}
	f1, f2 := islamicSpan(y, 10, 1, 1)
	a1, a2 := islamicSpan(y, 12, 10, 10)
	if f1.IsZero() || a1.IsZero() || f1.Year() != y || f2.Year() != y || a1.Year() != y || a2.Year() != y {
		return time.Time{}, time.Time{}
	}
	if a1.Before(f1) {
		f1 = a1
	}
	if f2.After(a2) {
		a2 = f2
	}
	return f1, a2
}

// eidPerson reports whether the bare "Eid" at token i is rather a person:
// right after a verb of speech ("Police said Eid, a 32-year-old cleaner,
// was arrested"), or before a comma and an age ("Eid, 32, was held").
func (t *tagger) eidPerson(i int) bool {
	if i > 0 && (reportingVerb(t.w(i-1)) || t.is(i-1, "told") || t.is(i-1, "asked")) {
		return true
	}
	return t.is(i+1, ",") && i+2 < len(t.toks) && t.toks[i+2].kind == kNum
}

// nameCalled reports whether the name at token i (after an optional
// "the") is given as a name: after "known as", "called", "named" ("where
// it is known as Tet", "the holiday called Seollal", "Koreans call it Seollal").
func (t *tagger) nameCalled(i int) bool {
	k := i - 1
	if t.is(k, "the") {
		k--
	}
	if t.is(k, "it") {
		switch t.w(k - 1) {
		case "call", "calls", "called", "calling", "name", "names", "named":
			return true // "Koreans call it Seollal"
		}
	}
	return t.is(k, "called") || t.is(k, "named") || t.is(k, "as") && t.is(k-1, "known")
}

// textNames reports whether the text names any of words (lower case) as a
// capitalised word.
func (t *tagger) textNames(words ...string) bool {
	for k := range t.toks {
		if !t.toks[k].upper {
			continue
		}
		for _, w := range words {
			if t.toks[k].w == w {
				return true
			}
		}
	}
	return false
}

// daySpan is a festival known only to fall between two days of the year
// (from month m1, day d1 to month m2, day d2): a lunisolar festival.
func daySpan(m1 time.Month, d1 int, m2 time.Month, d2 int) feastSpan {
	return func(y int, mod string) (time.Time, time.Time) {
		if mod != "" {
			return time.Time{}, time.Time{}
		}
		return day(y, m1, d1), day(y, m2, d2)
	}
}

// lunarNewYears holds the first day of the Chinese lunisolar year for
// each year from 1980 to 2040, four digits (month and day) a year, as
// China's calendar (reckoned at UTC+8) gives it.
const lunarNewYears = "0216020501250213020202200209012902170206" + // 1980-1989
	"0127021502040123021001310219020701280216" + // 1990-1999
	"0205012402120201012202090129021802070126" + // 2000-2009
	"0214020301230210013102190208012802160205" + // 2010-2019
	"0125021202010122021001290217020601260213" + // 2020-2029
	"0203012302110131021902080128021502040124" + // 2030-2039
	"0212" // 2040

// lunarNewYearSpan is the Lunar New Year of year y: its day for the years
// lunarNewYears holds, else the days it may fall on (21 January to 20
// February, with a margin).
func lunarNewYearSpan(y int, mod string) (time.Time, time.Time) {
	if mod != "" {
		return time.Time{}, time.Time{}
	}
	if k := (y - 1980) * 4; y >= 1980 && k+4 <= len(lunarNewYears) {
		d := day(y, time.Month(atoiDigits(lunarNewYears[k:k+2])), atoiDigits(lunarNewYears[k+2:k+4]))
		return d, d
	}
	return day(y, time.January, 19), day(y, time.February, 22)
}

// fromEasterSpan is a season of the church year from Easter plus off1 days
// to Easter plus off2.
func fromEasterSpan(off1, off2 int) feastSpan {
	return func(y int, mod string) (time.Time, time.Time) {
		off1, off2, ok := partOf(off1, off2, mod)
		if !ok {
			return time.Time{}, time.Time{}
		}
		e := easter(y)
		return e.AddDate(0, 0, off1), e.AddDate(0, 0, off2)
	}
}

// adventSunday returns the first Sunday of Advent of year y, the fourth
// Sunday before Christmas (27 November to 3 December).
func adventSunday(y int) time.Time {
	d := day(y, time.November, 27)
	return d.AddDate(0, 0, (7-int(d.Weekday()))%7)
}

// adventSpan is Advent: from its first Sunday to Christmas Eve.
func adventSpan(y int, mod string) (time.Time, time.Time) {
	switch mod {
	case "":
		return adventSunday(y), day(y, time.December, 24)
	case "START":
		return adventSunday(y), adventSunday(y)
	}
	return time.Time{}, time.Time{}
}

// feastAt recognises at token i the name of a festival whose day the
// tagger cannot give for sure: the festivals of the Islamic calendar, kept
// by the sighting of the moon (Ramadan, Eid al-Fitr, Eid al-Adha), those
// of the Hindu and Chinese lunisolar calendars (Diwali, Navratri, the
// Lunar New Year, and its names in China, Vietnam and Korea: the Spring
// Festival, Tet, Seollal), and the seasons of the church year (Lent, Advent). It
// returns their span, the token after the name, whether a leading "the"
// belongs to it, and ok.
func (t *tagger) feastAt(i int) (feastSpan, int, bool, bool) {
	switch t.w(i) {
	case "ramadan", "ramzan", "ramazan":
		if t.personName(i) {
			return nil, 0, false, false // "Tariq Ramadan", "Ramadan said"
		}
		return islamicFeast(9, 1, 30), i + 1, false, true
	case "eid":
		k := i + 1
		if t.is(k, "-") && t.attached(k) {
			k++
		}
		switch t.w(k) {
		case "al", "el", "ul":
			k++
			if t.is(k, "-") && t.attached(k) {
				k++
			}
		}
		switch t.w(k) {
		case "fitr":
			return islamicFeast(10, 1, 1), k + 1, false, true // 1 Shawwal
		case "adha", "azha":
			return islamicFeast(12, 10, 10), k + 1, false, true // 10 Dhu al-Hijjah
		}
		if k == i+1 && !t.is(k, "-") && !t.personName(i) && !t.eidPerson(i) && (k >= len(t.toks) || !t.toks[k].upper || t.toks[k].nl) {
			// a bare "Eid": al-Fitr or al-Adha, which the text does not
			// say; only the year that holds both ("Eid al-Ghadir", "Eid
			// Mubarak", "Mohammed Eid" are none)
			return bothEids, i + 1, false, true
		}
	case "diwali", "deepavali":
		// the new moon of Kartika (Amavasya), 17 October to 15 November
		return daySpan(time.October, 15, time.November, 17), i + 1, false, true
	case "navratri", "navaratri":
		// the autumn Navratri, late September to late October (the spring
		// one, Chaitra Navratri, is named as such)
		if t.is(i-1, "chaitra") {
			return nil, 0, false, false
		}
		return daySpan(time.September, 15, time.October, 28), i + 1, false, true
	case "lunar", "chinese":
		// the first day of the Chinese lunisolar year, 21 January to 20
		// February
		if t.is(i+1, "new") && t.is(i+2, "year") && t.toks[i+1].upper && t.toks[i+2].upper {
			return lunarNewYearSpan, i + 3, true, true
		}
	case "spring":
		// "the Spring Festival": China's name of the Lunar New Year, in
		// a text about China ("the Spring Festival of Arts", a spring
		// festival elsewhere are none)
		if t.is(i+1, "festival") && t.toks[i+1].upper && !t.is(i+2, "of") && !(t.is(i+2, "in") && i+3 < len(t.toks) && t.toks[i+3].upper) && !t.nameCalled(i) && t.textNames("china", "chinese", "beijing", "shanghai", "taiwan") {
			return lunarNewYearSpan, i + 2, true, true
		}
	case "tet":
		// Vietnam's Lunar New Year, in a text about Vietnam ("the Tet
		// Offensive" is a war's name)
		if t.w(i+1) != "offensive" && t.w(i+1) != "attacks" && t.w(i+1) != "attack" && (i == 0 || t.toks[i-1].kind != kNum) && !t.nameCalled(i) && t.textNames("vietnam", "vietnamese", "hanoi", "saigon") {
			return daySpan(time.January, 19, time.February, 22), i + 1, false, true
		}
	case "seollal":
		// Korea's Lunar New Year
		if t.nameCalled(i) {
			return nil, 0, false, false // "where it is known as Seollal": the name, no day
		}
		return daySpan(time.January, 19, time.February, 22), i + 1, false, true
	case "lent":
		// Ash Wednesday to Holy Saturday
		if t.churchSeason(i) {
			return fromEasterSpan(-46, -1), i + 1, false, true
		}
	case "advent":
		if t.churchSeason(i) {
			return adventSpan, i + 1, false, true
		}
	}
	return nil, 0, false, false
}

// personName reports whether the capitalised word at i is a person's name
// rather than a festival's: after a capitalised word on its line other
// than a preposition or a determiner of time ("Tariq Ramadan", but
// "During Ramadan" in a headline), or before a verb of saying ("Ramadan
// said").
func (t *tagger) personName(i int) bool {
	if t.givenName(i) {
		return true
	}
	switch t.w(i - 1) {
	case "during", "before", "after", "until", "since", "throughout", "last", "next", "this", "of", "in", "for", "the", "through", "into", "over", "ahead":
		return false
	}
	switch t.w(i + 1) {
	case "begins", "began", "starts", "started", "ends", "ended", "falls", "fell", "is", "will", "lasts", "lasted":
		return false
	}
	// a name the text gave before ("Police named the victim as Mohammed
	// Ramadan, 34. Ramadan, a father of three, was shot on Monday"): the
	// same person on second reference
	for k := i - 1; k >= 0 && k >= i-3000; k-- {
		if t.toks[k].upper && t.w(k) == t.w(i) && t.givenName(k) {
			return true
		}
	}
	return false
}

// givenName is personName on the words around token i alone.
func (t *tagger) givenName(i int) bool {
	switch t.w(i + 1) {
	case "said", "says", "told", "added", "wrote":
		return true
	}
	timeWord := func(w string) bool {
		switch w {
		case "during", "before", "after", "until", "since", "throughout", "last", "next", "this", "of", "in", "for", "the", "through", "into", "over", "ahead":
			return true
		}
		return false
	}
	if n := i + 1; n < len(t.toks) && t.toks[n].kind == kWord && t.toks[n].upper && !t.toks[n].nl && !timeWord(t.w(i-1)) {
		// a given name before a surname: "Ramadan Shallah, the Islamic
		// Jihad leader", "Chechen leader Ramzan Kadyrov", "Egypt's
		// Ramadan Sobhi" ("during Ramadan Muslims fast" keeps the
		// month; a headline's "Ramadan Begins" too)
		_, month := monthOf(t.w(n))
		_, wd := weekdayOf(t.w(n))
		switch t.w(n) {
		case "begins", "began", "starts", "started", "ends", "ended", "is", "was", "will", "in", "on", "at":
		default:
			if !month && !wd {
				return true
			}
		}
	}
	if i == 0 || t.toks[i-1].kind != kWord || !t.toks[i-1].upper || t.toks[i].nl {
		return false
	}
	if timeWord(t.w(i - 1)) {
		return false // a headline's capitals: "Fasting During Ramadan"
	}
	return true
}

// churchSeason reports whether the capitalised "Lent" or "Advent" at i
// names the season: after a preposition or a determiner of time ("during
// Lent", "the start of Advent", "this Lent"), or opening a sentence before
// a verb of its course ("Lent begins"). "Lent" is also the past of
// "lend" ("Banks Lent More"), "Advent" a word of "the Advent of" and of
// names ("Advent International", "an Advent calendar").
func (t *tagger) churchSeason(i int) bool {
	next := t.w(i + 1)
	switch next {
	case "of", "calendar", "calendars", "wreath", "wreaths", "candle", "candles":
		return false
	}
	if i+1 < len(t.toks) && t.toks[i+1].kind == kWord && t.toks[i+1].upper && !t.toks[i+1].nl {
		return false
	}
	switch t.w(i - 1) {
	case "during", "of", "for", "in", "before", "after", "until", "through", "throughout", "since", "this", "last", "next", "into", "at", "over":
		return true
	}
	if t.opensSentence(i) {
		switch next {
		case "begins", "began", "starts", "started", "ends", "ended", "lasts", "lasted", "runs", "is", "was", "will", "falls", ",":
			return true
		}
	}
	return false
}

// feast parses a festival feastAt recognises, with an optional year
// ("Ramadan 2014"); without one the tense picks the year, and "last",
// "next" before it belong to it ("Last Ramadan"). Its value is the month
// its days fall in when every reckoning puts them in that month ("Eid
// al-Fitr" in 2013 is 2013-08), else their year ("Ramadan", which always
// spans two months, "Diwali", "Lent"), else nothing: a wrong day is worse
// than none. Before "holiday", "holidays", "break", as "the Easter
// holidays", it names a school's or an office's break and is not tagged.
func (t *tagger) feast(i int) cand {
	f, j, the, ok := t.feastAt(i)
	if !ok {
		return cand{}
	}
	switch t.w(j) {
	case "holiday", "holidays", "break":
		return cand{}
	}
	whole := func(y int) (time.Time, time.Time) { return f(y, "") }
	from, y := i, 0
	switch {
	case t.yearOnly(j) > 0:
		y, j = t.yearOnly(j), j+1 // "Ramadan 2014"
	case (t.is(j, "of") || t.is(j, ",") && t.yearEndsPhrase(j+2)) && t.yearOnly(j+1) > 0:
		y, j = t.yearOnly(j+1), j+2 // "the Ramadan of 1973"
	case t.inYear(j) > 0 && t.yearEndsPhrase(j+2):
		y = t.inYear(j) // "during Ramadan in 1973": the year stays an expression of its own
	case t.deicticYear(j) > 0 && !t.is(j, "this") && !t.is(j+2, "'"):
		y, j = t.deicticYear(j), j+2
	case (t.is(i-1, "last") || t.is(i-1, "next")) && determiner(t.w(i-2)):
		// "his last Ramadan", "the last Ramadan before the 1967 war": a
		// final one, of a year the text does not give
		return cand{}
	case t.is(i-1, "last"):
		// the last one wholly gone ("Last Ramadan" during this one is a
		// year ago)
		for y = t.ref.Year(); y > t.ref.Year()-3; y-- {
			if _, hi := whole(y); !hi.IsZero() && hi.Before(t.ref) {
				break
			}
		}
		from = i - 1
	case t.is(i-1, "next"):
		for y = t.ref.Year(); y < t.ref.Year()+3; y++ {
			if lo, _ := whole(y); lo.After(t.ref) {
				break
			}
		}
		from = i - 1
	case t.dayYearAfter(j) > 0:
		y = t.dayYearAfter(j) // "Chinese New Year fell on Feb. 3 last year"
	default:
		y = t.framedYear(i, j)
		if y == 0 && t.servedIn(i) {
			// "He served in Vietnam during Tet": no year
			val := feastValue(f, t.ref.Year(), "")
			if val == "" {
				return cand{}
			}
			return cand{i: from, j: j, typ: Date, val: "XXXX" + val[4:], the: the, feast: true}
		}
		if y == 0 {
			y = t.pickYear(t.feastDirection(i, j), whole)
		}
	}
	val := feastValue(f, y, "")
	if val == "" {
		return cand{}
	}
	return cand{i: from, j: j, typ: Date, val: val, the: the, feast: true}
}

// yearEndsPhrase reports whether the token k after four figures set
// after a festival (", 1973", "in 1973") lets them be its year: the end
// of the text or line, a punctuation mark, a capitalised word or a word
// of grammar. A lower-case word of content makes them a count: "During
// Ramadan, 2000 people were arrested", "in 2000 mosques".
func (t *tagger) yearEndsPhrase(k int) bool {
	if k >= len(t.toks) || t.toks[k].nl || t.toks[k].kind != kWord || t.toks[k].upper {
		return true
	}
	switch t.w(k) {
	case "and", "or", "when", "as", "after", "before", "while", "until", "but", "the", "a", "an", "was", "were", "is", "had", "has",
		"to", "in", "on", "at", "for", "with", "by", "that", "which", "fell", "began", "ended", "came", "started",
		"he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}

// feastValue is the value of part mod of festival f in year y: the day
// when the whole festival is known to the day (the Lunar New Year of a
// year lunarNewYears holds), the month when its days lie in one month,
// else the year when they lie in one year, else "".
func feastValue(f feastSpan, y int, mod string) string {
	lo, hi := f(y, mod)
	switch {
	case lo.IsZero() || lo.Year() != hi.Year():
		return ""
	case mod == "" && lo.Equal(hi):
		return fmtDay(lo)
	case lo.Month() == hi.Month():
		return fmtMonth(lo.Year(), lo.Month())
	}
	return itoa(lo.Year())
}

// feastPosition values "the end of Ramadan", "the start of Lent": the
// month or the year that part of the festival at token k falls in (c is
// the festival found there), with no mod, which would move the point to
// the end of that month or year.
func (t *tagger) feastPosition(i, k int, mod string, c cand) cand {
	f, _, _, ok := t.feastAt(k)
	if !ok || len(c.val) < 4 {
		return cand{}
	}
	y, err := strconv.Atoi(c.val[:4])
	if err != nil {
		return cand{}
	}
	val := feastValue(f, y, mod)
	if val == "" {
		return cand{}
	}
	return cand{i: i, j: c.j, typ: Date, val: val, the: true}
}

// feastDirection is the tense that picks a festival's year: its own
// relative clause's when one follows (", which fell on November 13" in a
// January paper is the last one, though the main clause spoke of plans;
// "ahead of Eid al-Fitr, which is expected on Sunday" the coming one,
// though the main clause is past), else the clause's.
func (t *tagger) feastDirection(i, j int) int {
	if t.is(j, ",") && t.is(j+1, "which") {
		// a verb of the festival's day; "is", "was" only before a word
		// that dates it ("which is expected", "which was on"), not
		// before a description ("Diwali, which is the biggest shopping
		// festival")
		dates := false
		switch t.w(j + 3) {
		case "expected", "due", "on", "set", "scheduled", "celebrated", "marked", "observed", "held", "likely":
			dates = true
		}
		switch t.w(j + 2) {
		case "fell", "began", "ended", "came", "started":
			return strongPast
		case "was":
			if dates {
				return strongPast
			}
		case "falls", "begins", "starts", "ends", "comes", "will":
			return strongFuture
		case "is":
			if dates {
				return strongFuture
			}
		}
	}
	return t.yearDirection(i, j)
}

// orthodoxFaithful reports whether "Christmas" or "Easter" at token i is
// the feast as the Orthodox (or Coptic) churches keep it: its sentence
// names them earlier ("Orthodox Christians", "Orthodox faithful", "the
// Russian Orthodox Church", "Coptic Christians") and says they keep it
// ("celebrated Christmas", "will mark Easter", "their Christmas").
// "The Orthodox patriarch met the pope before Christmas" keeps the
// Western day.
func (t *tagger) orthodoxFaithful(i int) bool {
	keep := t.is(i-1, "their")
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		if t.toks[k].kind == kPunct && t.punctEnds(k, 0) {
			return false
		}
		switch t.w(k) {
		case "celebrate", "celebrates", "celebrated", "celebrating", "mark", "marks", "marked", "marking", "observe", "observes", "observed", "observing":
			keep = true
		case "catholics", "catholic", "protestants", "protestant", "anglicans", "lutherans", "evangelicals", "western":
			if t.toks[k].upper {
				// "Unlike Orthodox Christians, who celebrate Christmas on
				// Jan. 7, Catholics in Ukraine will mark Christmas on
				// Friday": a church of the Western day keeps this feast
				return false
			}
		case "orthodox", "coptic":
			if !t.toks[k].upper || !keep {
				continue
			}
			for m := k + 1; m <= k+6 && m < i; m++ {
				switch t.w(m) {
				case "christians", "christian", "faithful", "believers", "worshippers", "churches", "church", "copts":
					return true
				}
			}
		}
		if t.toks[k].nl {
			return false // a line opens with token k
		}
	}
	return false
}

// churchSunday parses "the first Sunday of Advent", "the third Sunday of
// Lent", "the second Sunday of Easter" (token i the ordinal n): that
// Sunday of the season, with its leading "the".
func (t *tagger) churchSunday(i, n int) cand {
	if !t.toks[min(i+1, len(t.toks)-1)].upper || !t.is(i+2, "of") || i+3 >= len(t.toks) || !t.toks[i+3].upper {
		return cand{}
	}
	var f holidayDate
	switch t.w(i + 3) {
	case "advent":
		if n < 1 || n > 4 {
			return cand{}
		}
		f = func(y int) time.Time { return adventSunday(y).AddDate(0, 0, 7*(n-1)) }
	case "lent":
		if n < 1 || n > 6 {
			return cand{}
		}
		f = func(y int) time.Time { return easter(y).AddDate(0, 0, -49+7*n) }
	case "easter":
		if n < 1 || n > 7 {
			return cand{}
		}
		f = func(y int) time.Time { return easter(y).AddDate(0, 0, 7*(n-1)) }
	default:
		return cand{}
	}
	c := t.namedDay(i, i+4, f)
	c.the = true
	return c
}

// islamicMonthDay parses "the 29th of Ramadan", "the 10th of Muharram"
// (token i the day's number, after "the"): a day of an Islamic month,
// valued as feast values a festival, the month it falls in when every
// sighting puts it there, else the year; never the Gregorian month's day
// of that number ("the 29th of Ramazan" is no 29 August).
func (t *tagger) islamicMonthDay(i int) cand {
	n := t.toks[i].n
	if n > 30 || !t.attached(i+1) || i+3 >= len(t.toks) || !t.toks[i+3].upper {
		return cand{}
	}
	switch t.w(i + 1) {
	case "st", "nd", "rd", "th":
	default:
		return cand{}
	}
	m := 0
	switch t.w(i + 3) {
	case "muharram":
		m = 1
	case "ramadan", "ramzan", "ramazan":
		m = 9
	case "shawwal":
		m = 10
	default:
		return cand{}
	}
	f := islamicFeast(m, n, n)
	y := t.pickYear(t.yearDirection(i, i+4), func(y int) (time.Time, time.Time) { return f(y, "") })
	val := feastValue(f, y, "")
	if val == "" {
		return cand{}
	}
	return cand{i: i, j: i + 4, typ: Date, val: val, the: true, feast: true}
}

// newCalendarChurch reports whether the sentence holding token i names an
// Orthodox church that keeps Christmas on 25 December by the Revised
// Julian calendar (Greek, Romanian, Bulgarian, Cypriot, Antiochian,
// Finnish) and does not write 7 January: "Greek Orthodox faithful
// celebrated Christmas" in Athens is 25 December, while "The Greek
// Orthodox, Coptic and Syriac churches will celebrate Christmas on January
// 7" in Bethlehem (the Patriarchate of Jerusalem keeps the Julian
// calendar) says so.
func (t *tagger) newCalendarChurch(i int) bool {
	named, jan7 := false, false
	lo, hi := i, i
	for lo > 0 && i-lo < 40 && !t.toks[lo].nl && !(t.toks[lo-1].kind == kPunct && t.punctEnds(lo-1, 0)) {
		lo--
	}
	for hi+1 < len(t.toks) && hi-i < 40 && !t.toks[hi+1].nl && !(t.toks[hi].kind == kPunct && t.punctEnds(hi, 0)) {
		hi++
	}
	for k := lo; k <= hi; k++ {
		switch t.w(k) {
		case "greek", "romanian", "bulgarian", "cypriot", "antiochian", "finnish":
			named = true
		case "jan", "january":
			m := t.dot(k + 1)
			jan7 = jan7 || m < len(t.toks) && t.toks[m].n == 7 && t.toks[m].kind == kNum
		}
	}
	return named && !jan7
}

// dayYearAfter gives the year of the day a festival's own verb dates it
// to right after its name ("Chinese New Year fell on Feb. 3 last year",
// "Diwali falls on Nov. 3, 2010"): the year written or named within the
// day's phrase, else 0.
func (t *tagger) dayYearAfter(j int) int {
	switch t.w(j) {
	case "fell", "falls", "was", "is", "began", "begins", "came", "comes":
	default:
		return 0
	}
	if !t.is(j+1, "on") {
		return 0
	}
	for k := j + 2; k < j+7 && k < len(t.toks); k++ {
		if y := t.deicticYear(k); y > 0 {
			return y
		}
		if t.toks[k].kind == kNum && len(t.toks[k].w) == 4 {
			if t.toks[k].n >= 1300 && t.toks[k].n < 1500 && t.hijriYear(k) {
				return 0 // "Eid al-Fitr falls on Shawwal 1, 1433": a Hijri year
			}
			return t.yearOnly(k)
		}
		if t.toks[k].kind == kPunct && t.toks[k].w != "," && t.toks[k].w != "." || t.is(k, ".") && !t.abbrevDot(k) {
			return 0
		}
	}
	return 0
}

// holidayNearDay gives the year of a holiday's name ending before token j
// that "on" and a full date with its year written follow ("break up for
// Christmas on 17 December 2010", "closed for Easter on April 2, 2015"):
// the holiday within three weeks of that date, the last day of a term
// or of work before it or the first after it, else 0. A date further
// off ("Christmas on 3 March 2011") tells of another thing.
func (t *tagger) holidayNearDay(j int, f holidayDate) int {
	if !t.is(j, "on") {
		return 0
	}
	d := t.core(j + 1)
	if !d.ok() || d.i != j+1 || d.typ != Date || len(d.val) != 10 || d.mod != "" || !t.hasYear(d.i, d.j) {
		return 0
	}
	iv, _, ok := intervalOf(d.val)
	if !ok {
		return 0
	}
	for _, y := range [...]int{iv.Start.Year(), iv.Start.Year() + 1, iv.Start.Year() - 1} {
		if gap := f(y).Sub(iv.Start); gap <= 21*24*time.Hour && gap >= -21*24*time.Hour {
			return y
		}
	}
	return 0
}

// possessiveYearBefore returns the year named by a possessive right
// before token i ("last year's", "next year's", "this year's", "2005's"),
// or 0 when there is none.
func (t *tagger) possessiveYearBefore(i int) int {
	if i < 4 || !t.is(i-1, "s") || !t.is(i-2, "'") && !t.is(i-2, "’") {
		return 0
	}
	if y := t.deicticYear(i - 4); y > 0 {
		return y
	}
	if tk := t.toks[i-3]; tk.kind == kNum && len(tk.w) == 4 && tk.n >= 1900 && tk.n <= 2100 {
		return tk.n
	}
	return 0
}

// scotlandSpoken reports whether the text speaks of Scotland, whose
// August bank holiday is the first Monday of the month, not the last.
func (t *tagger) scotlandSpoken() bool {
	for k := range t.toks {
		switch t.w(k) {
		case "scotland", "scottish", "scots", "edinburgh", "glasgow", "aberdeen", "dundee", "inverness", "holyrood":
			return true
		}
	}
	return false
}

// stStephenElsewhere reports whether the text names Hungary, Hungarians or
// Budapest: there St Stephen's Day is the national day of 20 August, not
// 26 December. A text that names the Orthodox churches or a country of
// theirs is left alone too: their St Stephen's Day is 27 December, or 9
// January in the Julian calendar ("Serbs mark St Stephen's Day on January
// 9").
func (t *tagger) stStephenElsewhere() bool {
	for k := range t.toks {
		switch t.w(k) {
		case "hungary", "hungarian", "hungarians", "budapest",
			"orthodox", "serbia", "serbian", "serbians", "serbs", "belgrade", "greece", "greek", "greeks", "romania", "romanian", "romanians", "bulgaria", "bulgarian", "bulgarians", "russia", "russian", "russians", "montenegro", "montenegrin":
			return true
		}
	}
	return false
}

// inaugurationDay parses "Inauguration Day", both words capitalised: the
// United States' January 20 (since 1937) of a year after a presidential
// election, a year y with y%4 == 1. With a year after it ("Inauguration
// Day 2009", "Inauguration Day of 2013") it is that year's; without one,
// only when the text is dated in such a year, or from November of the
// election year before it ("Republicans hope to confirm him on
// Inauguration Day" on 14 January 2025 is 2025-01-20), as no other year
// is sure. Another country's ("Taiwan's Inauguration Day"), with a
// capitalised word or a possessive before it, is none (round10_polit).
func (t *tagger) inaugurationDay(i int) cand {
	if !t.is(i+1, "day") || !t.toks[i+1].upper {
		return cand{}
	}
	if p := t.toks[max(i-1, 0)]; i > 0 && (p.kind == kWord && p.upper && !t.opensSentence(i-1) || p.w == "'" || p.w == "’" || t.is(i-1, "s") && t.is(i-2, "'")) {
		return cand{}
	}
	j, k := i+2, i+2
	if t.is(k, ",") || t.is(k, "of") {
		k++
	}
	if y := t.yearOnly(k); y > 0 && (k == j || !t.is(j, ",") || t.yearEndsPhrase(k+1)) {
		if y%4 != 1 || y < 1937 {
			return cand{}
		}
		return cand{i: i, j: k + 1, typ: Date, val: fmtDay(time.Date(y, time.January, 20, 0, 0, 0, 0, time.UTC))}
	}
	y := t.ref.Year()
	switch {
	case y%4 == 1:
	case y%4 == 0 && t.ref.Month() >= time.November:
		y++
	default:
		return cand{}
	}
	if y < 1937 {
		return cand{}
	}
	return cand{i: i, j: j, typ: Date, val: fmtDay(time.Date(y, time.January, 20, 0, 0, 0, 0, time.UTC))}
}
