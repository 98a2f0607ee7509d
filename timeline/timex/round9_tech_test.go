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
}

func TestRound9Tech(t *testing.T) { runFormCases(t, round9TechCases, true) }
