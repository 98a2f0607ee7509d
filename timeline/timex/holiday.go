package timex

import "time"

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
	case "cyber":
		if next == "monday" && t.toks[i+1].upper {
			// the Monday after Thanksgiving
			return func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4).AddDate(0, 0, 4) }, i + 2, false, true
		}
	case "orthodox":
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
		switch next {
		case "sunday", "day":
			return fromEaster(0), i + 2, false, true
		case "monday":
			return fromEaster(1), i + 2, false, true
		case "weekend":
			return fromEaster(-1), i + 2, true, true
		case "week":
			return fromEaster(0), i + 2, false, true
		case "holidays", "holiday", "break", "truce", "ceasefire", "egg", "eggs", "service", "services", "message", "mass", "bunny", "vigil":
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
		switch next {
		case "eve":
			return fixed(time.December, 24), i + 2, false, true
		case "day":
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
	case "memorial":
		if next == "day" {
			return func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, -1) }, i + 2, false, true
		}
	case "labor", "labour":
		if next == "day" && w == "labor" {
			return func(y int) time.Time { return nthWeekday(y, time.September, time.Monday, 1) }, i + 2, false, true
		}
	case "veterans", "armistice", "remembrance":
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
	f, j, weekend, ok := t.holidayAt(i)
	if !ok || f == nil {
		return cand{}
	}
	switch t.w(j) {
	case "war", "rising", "uprising", "offensive", "massacre", "agreement", "accord", "accords":
		return cand{} // "the Yom Kippur War", "the Easter Rising", "the Good Friday Agreement": named after the day, not the day
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
			return fmtWeek(d.AddDate(0, 0, -1))
		}
		return fmtDay(d)
	}
	k := j
	if t.is(k, ",") || t.is(k, "of") {
		k++
	}
	if y := t.yearOnly(k); y > 0 {
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
	dir := t.yearDirection(i, j)
	from := i
	switch t.w(i - 1) {
	case "last":
		dir, from = -1, i-1 // "last Thanksgiving": the word belongs to the expression
	case "next":
		dir, from = 1, i-1
	}
	y := t.framedYear(i, j)
	if y == 0 || from != i {
		y = t.pickYear(dir, func(cy int) (time.Time, time.Time) { d := f(cy); return d, d })
	}
	return cand{i: from, j: j, typ: Date, val: mk(y)}
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
