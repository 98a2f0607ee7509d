package timex

import "testing"

// coverageCases are classes of temporal expressions checked against the
// classes a published rule-based tagger (HeidelTime's English resources)
// covers, each added where TimeBank annotates the class and the tagger
// missed it or valued it wrongly. The sentences are written for these
// tests.
var coverageCases = []formCase{
	// a week straddling two months
	{"'that month' after a week is the month of the day named in it, not the month of the week's Monday", "2025-11-19",
		"He arrived on May 3. That week he resigned. That month prices fell.",
		[]want{{"May 3", "DATE", "2025-05-03", "", "", ""}, {"That week", "DATE", "2025-W18", "", "", ""}, {"That month", "DATE", "2025-05", "", "2025-05-01", "2025-05-31"}}},
	{"a week named alone counts by its Thursday: 'the following month' after the week of Monday 28 April is May", "2025-11-19",
		"The plant closed the week of May 1. The following month it reopened.",
		[]want{{"the week of May 1", "DATE", "2025-W18", "", "", ""}, {"The following month", "DATE", "2025-06", "", "", ""}}},
	{"counter-example: a week inside one month leaves the month as it was", "2025-11-19",
		"He arrived on May 14. That week he resigned. That month prices fell.",
		[]want{{"May 14", "DATE", "2025-05-14", "", "", ""}, {"That week", "DATE", "2025-W20", "", "", ""}, {"That month", "DATE", "2025-05", "", "", ""}}},

	// a weekday with a plural part of day is a set
	{"'Tuesday nights' is every Tuesday night, a set", "2025-11-19",
		"The club meets on Tuesday nights.",
		[]want{{"Tuesday nights", "SET", "XXXX-WXX-2TNI", "", "0", "0"}}},
	{"'Sunday mornings' is every Sunday morning", "2025-11-19",
		"The market opens Sunday mornings.",
		[]want{{"Sunday mornings", "SET", "XXXX-WXX-7TMO", "", "0", "0"}}},
	{"'Monday and Tuesday nights': both weekdays take the part of day, two sets", "2025-11-19",
		"Two new flights will leave on Monday and Tuesday nights from March 30.",
		[]want{{"Monday", "SET", "XXXX-WXX-1TNI", "", "0", "0"}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI", "", "0", "0"}, {"March 30", "DATE", "2026-03-30", "", "", ""}}},
	{"counter-example: a singular part of day is that one day", "2025-11-19",
		"The club met on Tuesday night.",
		[]want{{"Tuesday night", "TIME", "2025-11-18TNI", "", "", ""}}},
	{"counter-example: 'Monday and Tuesday' with no part of day are two days", "2025-11-19",
		"The club met on Monday and Tuesday.",
		[]want{{"Monday", "DATE", "2025-11-17", "", "", ""}, {"Tuesday", "DATE", "2025-11-18", "", "", ""}}},

	// vague references
	{"'at present' is the present, as 'currently'", "2025-11-19",
		"At present, there are 40 staff. The cause is at present unclear.",
		[]want{{"At present", "DATE", "PRESENT_REF", "", "0", "0"}, {"at present", "DATE", "PRESENT_REF", "", "0", "0"}}},
	{"counter-example: 'at present prices' is an adjective before its noun", "2025-11-19",
		"Sales at present prices rose.",
		nil},
	{"'the other day' is a recent day the text does not name", "2025-11-19",
		"I saw him the other day. The other day, she called.",
		[]want{{"the other day", "DATE", "PAST_REF", "", "0", "0"}, {"The other day", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: 'every other day' is a set, and 'the other day' after 'one day' a contrast", "2025-11-19",
		"He trains every other day. One day he wins, the other day he loses.",
		[]want{{"every other day", "SET", "P2D", "", "", ""}, {"One day", "DURATION", "P1D", "", "", ""}}},

	// seasons with a year in two digits
	{"'the summer of '69' is that summer", "2025-11-19",
		"It was the summer of '69. The winter of '98 was mild.",
		[]want{{"the summer of '69", "DATE", "1969-SU", "", "1969-06-01", "1969-08-31"}, {"The winter of '98", "DATE", "1998-WI", "", "", ""}}},
	{"counter-example: an apostrophe before a decade ('the '60s') still makes a decade", "2025-11-19",
		"It was the music of the '60s.",
		[]want{{"the '60s", "DATE", "196", "", "", ""}}},

	// coordinated decades
	{"'the 1970s and 80s': the second decade takes the first's century", "2025-11-19",
		"The music of the 1970s and 80s is back.",
		[]want{{"the 1970s", "DATE", "197", "", "", ""}, {"80s", "DATE", "198", "", "1980-01-01", "1989-12-31"}}},
	{"'the 1990s and 00s': a decade that would go back is of the next century", "2025-11-19",
		"The music of the 1990s and 00s is back.",
		[]want{{"the 1990s", "DATE", "199", "", "", ""}, {"00s", "DATE", "200", "", "", ""}}},
	{"counter-example: ages after a possessive are no decades", "2025-11-19",
		"The men, in their 60s and 70s, were released.",
		nil},

	// two units ahead
	{"'the week after next' is the week two ahead, as 'the week before last' two back", "2025-11-19",
		"It opens the week after next. The sale ends the month after next.",
		[]want{{"the week after next", "DATE", "2025-W49", "", "2025-12-01", "2025-12-07"}, {"the month after next", "DATE", "2026-01", "", "", ""}}},
	{"counter-example: 'the week after' with a clause is the week after the day last named", "2025-11-19",
		"He arrived on Nov. 10. The week after, he left.",
		[]want{{"Nov. 10", "DATE", "2025-11-10", "", "", ""}, {"The week after", "DATE", "2025-W47", "", "", ""}}},

	// a fiscal year written FY
	{"'FY2013', 'FY13', 'FY 2013' are fiscal 2013: the year in the value, no interval", "2025-11-19",
		"Sales rose in FY2013, in FY13 and in FY 2013.",
		[]want{{"FY2013", "DATE", "2013", "", "0", "0"}, {"FY13", "DATE", "2013", "", "0", "0"}, {"FY 2013", "DATE", "2013", "", "0", "0"}}},
	{"counter-example: a lower-case 'fy' is no fiscal year", "2025-11-19",
		"The file fy13 was lost.",
		nil},

	// named days from the checklist
	{"Pentecost and Whit Sunday are Easter plus 49 days, Whit Monday plus 50", "2025-11-19",
		"He spoke at Pentecost. He spoke on Whit Sunday. Shops close on Whit Monday.",
		[]want{{"Pentecost", "DATE", "2025-06-08", "", "", ""}, {"Whit Sunday", "DATE", "2025-06-08", "", "", ""}, {"Whit Monday", "DATE", "2025-06-09", "", "", ""}}},
	{"Ascension Day is Easter plus 39 days (a Thursday)", "2025-11-19",
		"Banks closed on Ascension Day.",
		[]want{{"Ascension Day", "DATE", "2025-05-29", "", "", ""}}},
	{"fixed days: Epiphany, Groundhog Day, All Saints' Day, All Souls' Day, Hogmanay", "2025-11-19",
		"It snowed at Epiphany, on Groundhog Day, on All Saints' Day and on All Souls' Day, and at Hogmanay.",
		[]want{{"Epiphany", "DATE", "2025-01-06", "", "", ""}, {"Groundhog Day", "DATE", "2025-02-02", "", "", ""}, {"All Saints' Day", "DATE", "2025-11-01", "", "", ""}, {"All Souls' Day", "DATE", "2025-11-02", "", "", ""}, {"Hogmanay", "DATE", "2025-12-31", "", "", ""}}},
	{"counter-example: a lower-case 'epiphany' is a realisation, and 'all saints' no day", "2025-11-19",
		"She had an epiphany about all saints.",
		nil},

	// clock times in words
	{"'nine o'clock' is a clock time as '9 o'clock'; 'in the evening' makes it p.m.", "2025-11-19",
		"It starts at nine o'clock. The bells rang at seven o'clock in the evening.",
		[]want{{"nine o'clock", "TIME", "2025-11-19T09:00", "", "", ""}, {"seven o'clock in the evening", "TIME", "2025-11-19T19:00", "", "", ""}}},
	{"counter-example: a capitalised 'O'Clock' mid-sentence is a title", "2025-11-19",
		"He read The One O'Clock News.",
		nil},

	// a part of the day in a report of the day
	{"'in the afternoon' in a past-tense report with no day named near is the reference day's afternoon, no interval", "2013-03-15",
		"Trading will be light Monday. Markets were closed in the afternoon in some Asian countries.",
		[]want{{"Monday", "DATE", "2013-03-18", "", "", ""}, {"the afternoon", "TIME", "2013-03-15TAF", "", "0", "0"}}},
	{"counter-example: advice ('urged residents to stay indoors in the afternoon') names no day", "2013-07-08",
		"Officials urged residents to stay indoors in the afternoon.",
		nil},
	{"counter-example: 'the morning' before a noun qualifies it ('the morning rush hour')", "2013-11-04",
		"Only one train in three ran during the morning rush hour.",
		nil},
	{"counter-example: with no past tense it is any afternoon", "2013-07-08",
		"Residents stay indoors in the afternoon.",
		nil},

	// "another" before a counted duration
	{"'another 20 years' holds 'another', as 'another month' does", "2025-11-19",
		"We cannot wait another 20 years. It will take another three weeks.",
		[]want{{"another 20 years", "DURATION", "P20Y", "", "0", "0"}, {"another three weeks", "DURATION", "P3W", "", "0", "0"}}},
	{"counter-example: 'another' before a count of things is no expression", "2025-11-19",
		"Another 20 people were hurt.",
		nil},

	// vulgar fractions
	{"'3½ years' is P3Y6M as '3 1/2 years'; '2¼ hours' PT2H15M", "2025-11-19",
		"The war lasted 3½ years. The vote took 2¼ hours.",
		[]want{{"3½ years", "DURATION", "P3Y6M", "", "0", "0"}, {"2¼ hours", "DURATION", "PT2H15M", "", "0", "0"}}},
	{"counter-example: a fraction of points is no expression", "2025-11-19",
		"He scored 3½ points.",
		nil},

	// a day after "this/last/next" and a month
	{"'last March 3' is that day of the month 'last March' chooses; 'next March 3rd', 'this November 24' likewise", "2025-11-19",
		"It opened last March 3. It opens next March 3rd. It closed this November 24.",
		[]want{{"last March 3", "DATE", "2025-03-03", "", "2025-03-03", "2025-03-03"}, {"next March 3rd", "DATE", "2026-03-03", "", "", ""}, {"this November 24", "DATE", "2025-11-24", "", "", ""}}},
	{"counter-example: a count after the month is no day ('Last March 3 people died')", "2025-11-19",
		"Last March 3 people died.",
		[]want{{"Last March", "DATE", "2025-03", "", "", ""}}},
}

func TestFindCoverage(t *testing.T) { runFormCases(t, coverageCases, false) }
