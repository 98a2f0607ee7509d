package timex

import (
	"math"
	"strconv"
	"time"
)

// monthOf returns the month a word names (full names and the usual
// abbreviations, lower-cased, without the period).
func monthOf(w string) (time.Month, bool) {
	switch w {
	case "january", "jan":
		return time.January, true
	case "february", "feb":
		return time.February, true
	case "march", "mar":
		return time.March, true
	case "april", "apr":
		return time.April, true
	case "may":
		return time.May, true
	case "june", "jun":
		return time.June, true
	case "july", "jul":
		return time.July, true
	case "august", "aug":
		return time.August, true
	case "september", "sep", "sept":
		return time.September, true
	case "october", "oct":
		return time.October, true
	case "november", "nov":
		return time.November, true
	case "december", "dec":
		return time.December, true
	}
	return 0, false
}

// isFullMonth reports whether w is a month's full name.
func isFullMonth(w string) bool { return len(w) >= 5 || w == "may" || w == "june" || w == "july" }

func weekdayOf(w string) (time.Weekday, bool) {
	switch w {
	case "monday", "mon":
		return time.Monday, true
	case "tuesday", "tue", "tues":
		return time.Tuesday, true
	case "wednesday", "wed":
		return time.Wednesday, true
	case "thursday", "thu", "thur", "thurs":
		return time.Thursday, true
	case "friday", "fri":
		return time.Friday, true
	case "saturday", "sat":
		return time.Saturday, true
	case "sunday", "sun":
		return time.Sunday, true
	}
	return 0, false
}

// weekdayPlural names a weekday in the plural ("on Mondays": a set).
func weekdayPlural(w string) (time.Weekday, bool) {
	if len(w) > 6 && w[len(w)-1] == 's' {
		d, ok := weekdayOf(w[:len(w)-1])
		return d, ok && len(w) >= 7 // "Sundays", "Mondays", "Fridays" too
	}
	return 0, false
}

// numberWord returns the value of a cardinal number word.
func numberWord(w string) (int, bool) {
	switch w {
	case "zero":
		return 0, true
	case "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "thirteen":
		return 13, true
	case "fourteen":
		return 14, true
	case "fifteen":
		return 15, true
	case "sixteen":
		return 16, true
	case "seventeen":
		return 17, true
	case "eighteen":
		return 18, true
	case "nineteen":
		return 19, true
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	case "sixty":
		return 60, true
	case "seventy":
		return 70, true
	case "eighty":
		return 80, true
	case "ninety":
		return 90, true
	case "hundred":
		return 100, true
	case "dozen":
		return 12, true
	}
	return 0, false
}

// ordinalWord returns the value of an ordinal number word.
func ordinalWord(w string) (int, bool) {
	switch w {
	case "first":
		return 1, true
	case "second":
		return 2, true
	case "third":
		return 3, true
	case "fourth":
		return 4, true
	case "fifth":
		return 5, true
	case "sixth":
		return 6, true
	case "seventh":
		return 7, true
	case "eighth":
		return 8, true
	case "ninth":
		return 9, true
	case "tenth":
		return 10, true
	case "eleventh":
		return 11, true
	case "twelfth":
		return 12, true
	case "thirteenth":
		return 13, true
	case "fourteenth":
		return 14, true
	case "fifteenth":
		return 15, true
	case "sixteenth":
		return 16, true
	case "seventeenth":
		return 17, true
	case "eighteenth":
		return 18, true
	case "nineteenth":
		return 19, true
	case "twentieth":
		return 20, true
	case "twenty-first":
		return 21, true
	case "last", "final":
		return -1, true
	}
	return 0, false
}

// Units of duration.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uNight
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uSeason
	uYear
	uDecade
	uCentury
)

// unitOf returns the unit a word names and whether it is plural.
func unitOf(w string) (u unit, plural bool) {
	switch w {
	case "second":
		return uSecond, false
	case "seconds":
		return uSecond, true
	case "minute", "min":
		return uMinute, false
	case "minutes", "mins":
		return uMinute, true
	case "hour", "hr":
		return uHour, false
	case "hours", "hrs":
		return uHour, true
	case "day":
		return uDay, false
	case "days":
		return uDay, true
	case "night":
		return uNight, false
	case "nights":
		return uNight, true
	case "week", "wk":
		return uWeek, false
	case "weeks", "wks":
		return uWeek, true
	case "weekend":
		return uWeekend, false
	case "weekends":
		return uWeekend, true
	case "fortnight":
		return uFortnight, false
	case "fortnights":
		return uFortnight, true
	case "month":
		return uMonth, false
	case "months":
		return uMonth, true
	case "quarter":
		return uQuarter, false
	case "quarters":
		return uQuarter, true
	case "season":
		return uSeason, false
	case "seasons":
		return uSeason, true
	case "year", "yr":
		return uYear, false
	case "years", "yrs":
		return uYear, true
	case "decade":
		return uDecade, false
	case "decades":
		return uDecade, true
	case "century":
		return uCentury, false
	case "centuries":
		return uCentury, true
	}
	return uNone, false
}

// durValue renders n units as a TIMEX3 duration; n < 0 means "some" (X).
// Fractions go down one unit: 2.5 years is P2Y6M, 1.5 hours PT1H30M.
func durValue(n float64, u unit) string {
	// A fraction is written in the next smaller unit when it makes a whole
	// number of it ("7.5 years" P7Y6M, "2.25 hours" PT2H15M, as TimeBank
	// writes "a minute and a half" PT1M30S); otherwise the figure keeps its
	// decimal in its own unit ("11.4 days" P11.4D, not P11DT10H: 0.4 of a
	// day is 9.6 hours, and a rounded value would be a wrong one).
	if n > 0 && n != float64(int(n)) && wholeFinerPart(n, u) {
		whole, frac := int(n), n-float64(int(n))
		switch u {
		case uYear:
			return "P" + nz(whole, "Y") + itoa(int(frac*12+0.5)) + "M"
		case uMonth:
			return "P" + nz(whole, "M") + itoa(int(frac*30+0.5)) + "D"
		case uWeek:
			return "P" + itoa(int(n*7+0.5)) + "D"
		case uDay:
			return "P" + nz(whole, "D") + "T" + itoa(int(frac*24+0.5)) + "H"
		case uHour:
			return "PT" + nz(whole, "H") + itoa(int(frac*60+0.5)) + "M"
		case uMinute:
			return "PT" + nz(whole, "M") + itoa(int(frac*60+0.5)) + "S"
		}
	}
	num := func(f float64) string {
		if f < 0 {
			return "X"
		}
		if f == float64(int(f)) {
			return itoa(int(f))
		}
		return ftoa(f)
	}
	switch u {
	case uSecond:
		return "PT" + num(n) + "S"
	case uMinute:
		return "PT" + num(n) + "M"
	case uHour:
		return "PT" + num(n) + "H"
	case uDay, uNight:
		return "P" + num(n) + "D"
	case uWeek:
		return "P" + num(n) + "W"
	case uWeekend:
		return "P" + num(n) + "WE"
	case uFortnight:
		if n < 0 {
			return "PXW"
		}
		return "P" + num(2*n) + "W"
	case uMonth:
		return "P" + num(n) + "M"
	case uQuarter:
		return "P" + num(n) + "Q"
	case uSeason:
		if n < 0 {
			return "PXM"
		}
		return "P" + num(3*n) + "M"
	case uYear:
		if n >= 1000 && n == float64(int(n)) && int(n)%1000 == 0 {
			return "P" + itoa(int(n)/1000) + "L" // millennia, as TimeBank writes them: "two thousand years" P2L
		}
		return "P" + num(n) + "Y"
	case uDecade:
		if n < 0 {
			return "PXDE"
		}
		return "P" + num(10*n) + "Y"
	case uCentury:
		if n < 0 {
			return "PXCE"
		}
		return "P" + num(100*n) + "Y"
	}
	return ""
}

// wholeFinerPart reports whether the fraction of n units u is a whole
// number of the next smaller unit that durValue writes it in.
func wholeFinerPart(n float64, u unit) bool {
	frac := n - float64(int(n))
	var m float64
	switch u {
	case uYear:
		m = 12
	case uMonth:
		m = 30
	case uWeek:
		frac, m = n, 7 // written whole in days: "1.5 weeks" is no whole number of them
	case uDay:
		m = 24
	case uHour, uMinute:
		m = 60
	default:
		return true
	}
	x := frac * m
	return math.Abs(x-math.Round(x)) < 1e-6
}

// nz renders a whole part with its unit letter, or nothing when it is 0.
func nz(n int, u string) string {
	if n == 0 {
		return ""
	}
	return itoa(n) + u
}

// setValue renders "every unit" as a TIMEX3 SET value.
func setValue(u unit) string {
	switch u {
	case uSecond:
		return "PT1S"
	case uMinute:
		return "PT1M"
	case uHour:
		return "PT1H"
	case uDay:
		return "P1D"
	case uNight:
		return "XXXX-XX-XXTNI"
	case uWeek:
		return "P1W"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uFortnight:
		return "P2W"
	case uMonth:
		return "P1M"
	case uQuarter:
		return "P1Q"
	case uSeason:
		// "once a season", "every season": a season of the year, three
		// months, as durValue counts one; TimeML has no unit of seasons
		return "P3M"
	case uYear:
		return "P1Y"
	case uDecade:
		return "P10Y"
	case uCentury:
		return "P100Y"
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }

// ftoa writes a figure with its decimals as read (at most three: "40.666",
// "2.25", "11.4"), never rounded to fewer.
func ftoa(f float64) string {
	return strconv.FormatFloat(math.Round(f*1000)/1000, 'f', -1, 64)
}

// seasonOf returns the TIMEX3 code of a season word.
func seasonOf(w string) (string, bool) {
	switch w {
	case "spring":
		return "SP", true
	case "summer":
		return "SU", true
	case "fall", "autumn":
		return "FA", true
	case "winter":
		return "WI", true
	}
	return "", false
}

// partOfDay returns the TIMEX3 code of a part of the day.
func partOfDay(w string) (string, bool) {
	switch w {
	case "morning":
		return "MO", true
	case "afternoon":
		return "AF", true
	case "evening":
		return "EV", true
	case "night":
		return "NI", true
	}
	return "", false
}

// Tense of a clause, as far as the cue words show it.
type tense int8

const (
	tNone tense = iota
	tPast
	tPresent
	tFuture
)

// cueOf classifies a lower-cased word as a tense cue.
func cueOf(w string) tense {
	switch w {
	case "will", "shall", "ll", "would", "expected", "expects", "expect", "scheduled", "slated",
		"due", "upcoming", "planning", "intends", "tomorrow", "next", "hopes", "aims", "soon", "until", "till",
		"payable", "effective", "starting", "beginning", "promised", "pledged", "vowed", "threatened":
		return tFuture
	case "is", "are", "am", "says", "tells", "meets", "visits", "holds", "arrives", "travels", "begins":
		return tPresent
	case "was", "were", "had", "did", "said", "told", "met", "came", "went", "took", "made", "gave", "saw",
		"began", "left", "spoke", "held", "won", "lost", "hit", "struck", "fell", "rose", "sent", "brought",
		"thought", "got", "found", "kept", "ran", "became", "wrote", "flew", "led", "drew", "sought", "shot",
		"fought", "knew", "felt", "meant", "paid", "stood", "heard", "bought", "sold", "built", "caught",
		"taught", "spent", "lent", "dealt", "broke", "chose", "drove", "ate", "forgot", "froze", "grew", "hid",
		"hung", "laid", "lay", "overtook", "rode", "rang", "sang", "sank", "slept", "slid", "sprang", "stole",
		"stuck", "swore", "swept", "swam", "threw", "understood", "woke", "wore", "wound", "withdrew", "undertook",
		"ago", "yesterday", "last", "earlier", "previously", "recently", "announced", "reported",
		"died", "fled", "sued", "owed", "tied", "lied", "used",
		"tore", "blew", "shook", "arose", "bore", "dug", "spun", "sped", "bled", "wept", "swung", "clung", "flung", "stung", "shrank", "forgave", "forbade":
		return tPast
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" {
		switch w {
		case "unspecified", "unidentified", "unnamed", "undisclosed", "unexpected", "unprecedented", "unchanged",
			"unconfirmed", "unrelated", "unresolved", "unarmed", "unemployed", "unfounded", "unlimited", "unscheduled",
			"unsecured", "unsolicited", "unauthorized", "unannounced", "unopposed", "undecided", "unaffected",
			"unprovoked", "unrestricted", "unnumbered", "unsigned", "unmanned", "unfinished", "undated", "unspoiled",
			"alleged", "unabated", "unheard", "renowned", "beloved", "sophisticated", "talented":
			return tNone // adjectives, no past tense: "on a still unspecified date in January"
		}
		switch w {
		case "need", "speed", "seed", "breed", "feed", "proceed", "succeed", "exceed", "indeed", "united",
			"red", "bed", "hundred", "shed", "embed", "naked", "sacred", "wicked", "kindred", "creed", "greed", "weed":
			return tNone
		}
		return tPast
	}
	return tNone
}
