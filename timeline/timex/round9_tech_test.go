package timex

import "testing"

// round9TechCases are the rules adopted after tagging the technology and
// science news of testdata/news (356-369), each with counter-examples,
// and the sentences of their self-review: the trigger words in another
// sense or another tense. A value left "" is not checked.
var round9TechCases = []formCase{
	// a country's clock in capitals, and a place's clock after a 24-hour time
	{"'23:30 UK time', '9 p.m. US time', 'at 21:00 Moscow time': the zone is inside", "2008-03-12",
		"The embargo lifts at 23:30 UK time. The keynote starts at 9 p.m. US time. Talks open at 21:00 Moscow time.",
		[]want{{"23:30 UK time", "TIME", "2008-03-12T23:30", "-", "", ""}, {"9 p.m. US time", "TIME", "2008-03-12T21:00", "-", "", ""}, {"21:00 Moscow time", "TIME", "2008-03-12T21:00", "-", "", ""}}},
	{"counter-example: 'UK' or 'US' before another noun, or in lower case, is no zone ('at 10:30 UK markets', 'at 9 p.m. us time')", "2008-03-12",
		"Trading resumed at 10:30 UK markets said. We left at 9 p.m. us time permitting.",
		[]want{{"10:30", "TIME", "2008-03-12T10:30", "-", "", ""}, {"9 p.m.", "TIME", "2008-03-12T21:00", "-", "", ""}}},
	{"counter-example (self-review): 'the US time zone', 'in UK time limits' hold no clock time", "2008-03-12",
		"Apple switched the US time zone settings. The UK time limits were eased.",
		[]want{}},

	// a bare ordinal day right after a month
	{"'arrive in November, on the 10th': the month just named", "2020-09-16",
		"The Xbox will also arrive in November, on the 10th. The vote is in January on the 5th.",
		[]want{{"November", "DATE", "2020-11", "-", "", ""}, {"the 10th", "DATE", "2020-11-10", "-", "", ""}, {"January", "DATE", "2021-01", "-", "", ""}, {"the 5th", "DATE", "2021-01-05", "-", "", ""}}},
	{"counter-example: a month further back, or a day of the month, leaves the ordinal to the reference month", "2020-09-16",
		"Sales fell in August. Prices are due to rise on the 20th. Shops opened on September 3, and again on the 10th.",
		[]want{{"August", "DATE", "2020-08", "-", "", ""}, {"the 20th", "DATE", "2020-09-20", "-", "", ""}, {"September 3", "DATE", "2020-09-03", "-", "", ""}, {"the 10th", "DATE", "2020-09-10", "-", "", ""}}},
	{"counter-example (self-review): 'in November, the 10th anniversary' and 'February on the 30th' give no day", "2020-09-16",
		"In November, on the 10th anniversary of the launch, fans gathered. It came in February, on the 30th.",
		[]want{{"November", "DATE", "", "-", "", ""}, {"February", "DATE", "", "-", "", ""}}},

	// bare "past" before a weekday is the preposition
	{"'If the launch slips past Sunday', 'stays open past Friday': the weekday alone", "2020-05-28",
		"If the launch slips past Sunday, the next chance comes on Tuesday. The exhibit will stay open past Friday.",
		[]want{{"Sunday", "DATE", "2020-05-31", "-", "", ""}, {"Tuesday", "DATE", "2020-06-02", "-", "", ""}, {"Friday", "DATE", "2020-05-29", "-", "", ""}}},
	{"counter-example: 'this past Sunday', 'the past Sunday' are the day gone", "2020-05-28",
		"Crews worked this past Sunday. It rained past midnight on Sunday.",
		[]want{{"this past Sunday", "DATE", "2020-05-24", "-", "", ""}, {"midnight", "TIME", "", "", "", ""}, {"Sunday", "DATE", "2020-05-24", "-", "", ""}}},
	{"counter-example (self-review): 'well past Sunday's deadline' is Sunday alone, 'Past Sundays' a set", "2020-05-28",
		"Engineers worked well past Sunday's deadline. Past Sundays were quiet.",
		[]want{{"Sunday", "DATE", "2020-05-24", "-", "", ""}, {"Sundays", "SET", "XXXX-WXX-7", "", "", ""}}},

	// a span told in Earth's units
	{"'687 Earth days', 'about 12 Earth years': a duration", "2011-11-26",
		"A Martian year lasts 687 Earth days. Jupiter circles the Sun in about 12 Earth years.",
		[]want{{"687 Earth days", "DURATION", "P687D", "-", "", ""}, {"12 Earth years", "DURATION", "P12Y", "APPROX", "", ""}}},
	{"counter-example: 'Earth Day' and 'three Earth Days' are the holiday, 'two Earth orbits' no unit", "2011-11-26",
		"Organisers planned 30 Earth Day events. The probe made two Earth orbits.",
		[]want{{"Earth Day", "DATE", "", "", "", ""}}},
	{"counter-example (self-review): 'Earth' before another noun ('40 Earth scientists', '12 Earth Hours') is no unit", "2011-11-26",
		"About 40 Earth scientists met for three days. Cities held 12 Earth Hours.",
		[]want{{"three days", "DURATION", "P3D", "-", "", ""}}},

	// an amount of something per period
	{"'25 centimetres of ice a year', 'two units of alcohol a week': a rate, SET", "2019-06-19",
		"The glaciers lost about 25 centimetres of ice a year. Women drank two units of alcohol a week.",
		[]want{{"a year", "SET", "P1Y", "-", "", ""}, {"a week", "SET", "P1W", "-", "", ""}}},
	{"counter-example: years of something ('three years of war a decade ago'), or 'a year' before 'ago' or 'later', is no rate", "2019-06-19",
		"After 12 rounds of talks a year later, the deal was signed. Three years of war ended a decade ago.",
		[]want{{"a year", "DURATION", "P1Y", "-", "", ""}, {"Three years", "DURATION", "P3Y", "-", "", ""}, {"a decade ago", "DATE", "", "", "", ""}}},
	{"counter-example (self-review): 'a year' after a verb of time ('Ten tonnes of aid takes a week') stays a duration", "2019-06-19",
		"Moving ten tonnes of aid takes a week.",
		[]want{{"a week", "DURATION", "P1W", "-", "", ""}}},

	// a release's timetable in the present after a plural subject
	{"'Pre-orders open Friday', 'The phones ship on Friday', 'Flights arrive Monday': the day to come", "2014-09-09",
		"Pre-orders open Friday. The phones ship on Friday. Flights arrive Monday.",
		[]want{{"Friday", "DATE", "2014-09-12", "-", "", ""}, {"Friday", "DATE", "2014-09-12", "-", "", ""}, {"Monday", "DATE", "2014-09-15", "-", "", ""}}},
	{"counter-example: 'Stocks open higher on Friday' (a market's day), 'The doors were open Friday', 'Visitors arrived Monday' keep the past", "2014-09-09",
		"Stocks open higher on Friday. The doors were open Friday. Visitors arrived Monday.",
		[]want{{"Friday", "DATE", "2014-09-05", "-", "", ""}, {"Friday", "DATE", "2014-09-05", "-", "", ""}, {"Monday", "DATE", "2014-09-08", "-", "", ""}}},
	{"counter-example (self-review): 'Shares open Friday's session lower' and a headline 'Asian shares open Friday' are no timetable", "2014-09-09",
		"Asian shares open Friday\n\nShares open Friday's session lower, traders said.",
		[]want{{"Friday", "DATE", "2014-09-05", "-", "", ""}, {"Friday", "DATE", "2014-09-05", "-", "", ""}}},
	// a year before a colon after a preposition: a headline's source
	{"'melting twice as fast since 2000: study', 'In 2000: a list': the year", "2019-06-19",
		"Glaciers melting twice as fast since 2000: study\n\nPrices up in 2008: report.",
		[]want{{"2000", "DATE", "2000", "-", "", ""}, {"2008", "DATE", "2008", "-", "", ""}}},
	{"counter-example: a clock time opening a line ('2000: Police say'), a ratio ('2000:1') stay no year", "2019-06-19",
		"2000: Police say the road is shut.\n\nThe odds were 2000:1 against.",
		[]want{}},
	{"counter-example (self-review): 'since 1999:' before a line break, 'from 1500:1' (a ratio after a preposition) are no year", "2019-06-19",
		"Deaths since 1999:\n\nThe ratio fell from 1500:1.",
		[]want{}},

	// "another day" after "on", "to", "until": a day not named
	{"'a new attempt on another day', 'postponed to another week', 'saved until another day': no duration", "2020-05-28",
		"Any delay forces a new attempt on another day. The vote was postponed to another week. The rest was saved until another day.",
		[]want{}},
	{"counter-example: 'stay another day', 'for another week', 'up to another year' are durations", "2020-05-28",
		"The crew will stay another day. Talks go on for another week. It could take up to another year.",
		[]want{{"another day", "DURATION", "P1D", "-", "", ""}, {"another week", "DURATION", "P1W", "-", "", ""}, {"another year", "DURATION", "P1Y", "-", "", ""}}},
	{"counter-example (self-review): 'another day of protests' and 'close to another year' stay durations", "2020-05-28",
		"Another day of protests followed. It took close to another year.",
		[]want{{"Another day", "DURATION", "P1D", "-", "", ""}, {"another year", "DURATION", "P1Y", "-", "", ""}}},

	// "the same day as ...": the day of what follows, not the date last named
	{"'on the same day as XP', 'the same week as the strike': a day of no known date", "2014-04-04",
		"Support for Security Essentials runs until 14 July 2015. Office loses support on the same day as XP. The vote fell in the same week as the strike.",
		[]want{{"14 July 2015", "DATE", "2015-07-14", "-", "", ""}, {"the same day", "DATE", "XXXX-XX-XX", "-", "0", "0"}, {"the same week", "DATE", "XXXX-WXX", "-", "0", "0"}}},
	{"counter-example: 'the same day' with no 'as' is the day last named", "2014-04-04",
		"The plant closed on 2 April. Workers were told the same day.",
		[]want{{"2 April", "DATE", "2014-04-02", "-", "", ""}, {"the same day", "DATE", "2014-04-02", "-", "", ""}}},
	{"counter-example (self-review): 'that same day, as ...' and 'the same day, as planned' keep the day last named", "2014-04-04",
		"The plant closed on 2 April. Workers left that same day, as planned.",
		[]want{{"2 April", "DATE", "2014-04-02", "-", "", ""}, {"that same day", "DATE", "2014-04-02", "-", "", ""}}},

	// "the" before a day and month in figures and a noun is the noun's
	{"'the 15 March print edition', 'The 3 May vote': the article is the noun's", "2008-03-12",
		"The study appears in the 15 March print edition. The 3 May vote was close.",
		[]want{{"15 March", "DATE", "2008-03-15", "-", "", ""}, {"3 May", "DATE", "", "-", "", ""}}},
	{"counter-example: 'on the 15 March', 'the 15th March deadline' keep the article", "2008-03-12",
		"It opens on the 15 March. The 15th March deadline passed.",
		[]want{{"the 15 March", "DATE", "2008-03-15", "-", "", ""}, {"The 15th March", "DATE", "", "-", "", ""}}},
	{"counter-example (self-review): a verb after the date ('the 15 March issue' vs 'the 15 March saw') keeps it", "2008-03-12",
		"Rain fell on the 15 March and the 15 March saw floods.",
		[]want{{"the 15 March", "DATE", "", "-", "", ""}, {"the 15 March", "DATE", "", "-", "", ""}}},
	// "a year earlier" after "the three months ending in" a quarter's last month
	{"'in the three months ending in June, up 13 percent from a year earlier': that quarter a year before", "2014-09-09",
		"Apple sold 35.2 million iPhones in the three months ending in June, up 13 percent from a year earlier. Profit rose 8 percent in the three months to Sept. 30 from a year ago.",
		[]want{{"the three months", "DURATION", "P3M", "-", "", ""}, {"June", "DATE", "2014-06", "-", "", ""}, {"a year earlier", "DATE", "2013-Q2", "", "", ""}, {"the three months", "DURATION", "P3M", "-", "", ""}, {"Sept. 30", "DATE", "2013-09-30", "-", "", ""}, {"a year ago", "DATE", "2012-Q3", "", "", ""}}},
	{"counter-example: a month that closes no calendar quarter ('the three months to May'), or a day within the month, leave the year", "2014-09-09",
		"Sales rose 5 percent in the three months to May, up from a year earlier. Sales rose 5 percent in the three months to June 15, up from a year earlier.",
		[]want{{"the three months", "DURATION", "P3M", "-", "", ""}, {"May", "DATE", "2014-05", "-", "", ""}, {"a year earlier", "DATE", "2013", "", "", ""}, {"the three months", "DURATION", "P3M", "-", "", ""}, {"June 15", "DATE", "2014-06-15", "-", "", ""}, {"a year earlier", "DATE", "2013", "", "", ""}}},
	{"counter-example (self-review): no figure before it, or another sentence ('Rain fell in the three months to June. A year earlier it was dry'), is no comparison of that quarter", "2014-09-09",
		"Rain fell in the three months to June. A year earlier it was dry.",
		[]want{{"the three months", "DURATION", "P3M", "-", "", ""}, {"June", "DATE", "2014-06", "-", "", ""}, {"A year earlier", "DATE", "2013", "", "", ""}}},
}

func TestRound9Tech(t *testing.T) { runFormCases(t, round9TechCases, true) }
