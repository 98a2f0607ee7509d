package timex

import (
	"testing"
	"time"
)

// want is one expected expression: its text, type and value; mod and the
// interval are checked when given.
type want struct {
	text, typ, value string
	mod              string // "" = not checked; "-" = must be empty
	start, end       string // inclusive interval, YYYY-MM-DD; "" = not checked; "0" = must be zero
}

type formCase struct {
	reason string
	ref    string // reference date, YYYY-MM-DD
	text   string
	want   []want
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Monday 2025-12-01 and Friday 2025-04-18 are the reference days of most
// cases; the sentences are written for these tests, not taken from the seeds.
var formCases = []formCase{
	// absolute dates
	{"month day, year", "2025-12-01", "The treaty was signed on April 17, 2025, in Geneva.",
		[]want{{"April 17, 2025", "DATE", "2025-04-17", "-", "2025-04-17", "2025-04-17"}}},
	{"day month year", "2025-12-01", "The treaty was signed on 17 April 2025.",
		[]want{{"17 April 2025", "DATE", "2025-04-17", "", "", ""}}},
	{"abbreviated month with a period, year from the reference", "2025-04-18", "Officials met on Apr. 17 in Paris.",
		[]want{{"Apr. 17", "DATE", "2025-04-17", "", "", ""}}},
	{"day month without a year", "2025-04-25", "The ministers met on 23 April.",
		[]want{{"23 April", "DATE", "2025-04-23", "", "", ""}}},
	{"dateline", "2025-11-24", "KYIV, Nov 24 (Reuters) - Ukraine said talks went well.",
		[]want{{"Nov 24", "DATE", "2025-11-24", "", "", ""}}},
	{"numeric date, month first", "2025-12-01", "The filing is dated 04/17/2025.",
		[]want{{"04/17/2025", "DATE", "2025-04-17", "", "", ""}}},
	{"numeric date, day first when the first number cannot be a month", "2025-12-01", "The filing is dated 17/04/2025.",
		[]want{{"17/04/2025", "DATE", "2025-04-17", "", "", ""}}},
	{"ISO date", "2025-12-01", "The filing is dated 2025-04-17.",
		[]want{{"2025-04-17", "DATE", "2025-04-17", "", "", ""}}},
	{"December 2 in a future clause of December 1 is this year's", "2025-12-01", "Witkoff will meet Putin on December 2.",
		[]want{{"December 2", "DATE", "2025-12-02", "", "", ""}}},
	{"December 2 in a past clause of January is last year's", "2026-01-10", "Witkoff met Putin on December 2.",
		[]want{{"December 2", "DATE", "2025-12-02", "", "", ""}}},
	{"month and year", "2025-12-01", "Russia invaded in February 2022 and took Kherson in March 2022.",
		[]want{{"February 2022", "DATE", "2022-02", "", "2022-02-01", "2022-02-28"}, {"March 2022", "DATE", "2022-03", "", "", ""}}},
	{"a bare year after in", "2025-12-01", "The war began in 2022.",
		[]want{{"2022", "DATE", "2022", "", "2022-01-01", "2022-12-31"}}},
	{"a number that is not a year", "2025-12-01", "About 2000 troops were sent.",
		nil},
	{"counts are not years", "2025-12-01", "Organisers said 2000 people attended and 1500 police were deployed; he scored 2025 points.",
		nil},
	{"years before plurals they qualify", "2025-12-01", "The 2024 elections and Russia's 2022 invasion.",
		[]want{{"2024", "DATE", "2024", "", "", ""}, {"2022", "DATE", "2022", "", "", ""}}},
	{"decade, with its article (TimeML: 'the 1990s')", "2025-12-01", "Prices rose in the 1990s.",
		[]want{{"the 1990s", "DATE", "199", "", "1990-01-01", "1999-12-31"}}},
	{"century", "2025-12-01", "It is the worst war of the 21st century.",
		[]want{{"the 21st century", "DATE", "20", "", "2000-01-01", "2099-12-31"}}},
	{"quarter resolved to the current year", "2025-12-01", "Profits fell in the third quarter.",
		[]want{{"the third quarter", "DATE", "2025-Q3", "", "2025-07-01", "2025-09-30"}}},
	{"quarter with a year", "2025-12-01", "Sales rose in the first quarter of 2024.",
		[]want{{"the first quarter of 2024", "DATE", "2024-Q1", "", "", ""}}},

	// deictic
	{"today", "2025-12-01", "The talks continue today.", []want{{"today", "DATE", "2025-12-01", "", "2025-12-01", "2025-12-01"}}},
	{"yesterday", "2025-12-01", "He arrived yesterday.", []want{{"yesterday", "DATE", "2025-11-30", "", "2025-11-30", "2025-11-30"}}},
	{"tomorrow", "2025-12-01", "He leaves tomorrow.", []want{{"tomorrow", "DATE", "2025-12-02", "", "", ""}}},
	{"tonight is a time", "2025-12-01", "They will speak tonight.", []want{{"tonight", "TIME", "2025-12-01TNI", "", "2025-12-01", "2025-12-01"}}},
	{"overnight in a past clause: the night before", "2025-12-01", "Drones struck Kyiv overnight.",
		[]want{{"overnight", "TIME", "2025-11-30TNI", "", "2025-11-30", "2025-12-01"}}},
	{"this morning", "2025-12-01", "He spoke this morning.", []want{{"this morning", "TIME", "2025-12-01TMO", "", "", ""}}},
	{"this evening", "2025-12-01", "They meet this evening.", []want{{"this evening", "TIME", "2025-12-01TEV", "", "", ""}}},
	{"later in the day, future: the reference day", "2025-12-01", "The leaders will brief the press later in the day.",
		[]want{{"later in the day", "DATE", "2025-12-01", "", "", ""}}},
	{"today inside a quotation dated by its reporting verb is that day", "2025-04-18",
		`He posted on Thursday that talks went well and added, "Today, we engaged in a positive way."`,
		[]want{{"Thursday", "DATE", "2025-04-17", "", "", ""}, {"Today", "DATE", "2025-04-17", "", "", ""}}},
	{"today outside a quotation is the reference day", "2025-04-18", "He posted on Thursday. Today he rests.",
		[]want{{"Thursday", "DATE", "2025-04-17", "", "", ""}, {"Today", "DATE", "2025-04-18", "", "", ""}}},
	{"now", "2025-12-01", "Ukraine now controls the town.", []want{{"now", "DATE", "PRESENT_REF", "", "0", "0"}}},
	{"recently", "2025-12-01", "He recently visited Kyiv.", []want{{"recently", "DATE", "PAST_REF", "", "0", "0"}}},
	{"in recent weeks", "2025-12-01", "Attacks grew in recent weeks.", []want{{"recent weeks", "DURATION", "PXW", "", "0", "0"}}},
	{"in recent years", "2025-12-01", "Attacks grew in recent years.", []want{{"recent years", "DATE", "PAST_REF", "", "0", "0"}}},
	{"in the coming days", "2025-12-01", "A deal may come in the coming days.", []want{{"the coming days", "DURATION", "PXD", "", "0", "0"}}},
	{"'in the short term' is the time to come (TimeBank)", "1989-11-01", "The plan placates some holders in the short term.", []want{{"the short term", "DATE", "FUTURE_REF", "", "0", "0"}}},
	{"'over the long term' is the time to come", "1989-11-01", "Over the long term, stocks rise.", []want{{"the long term", "DATE", "FUTURE_REF", "", "0", "0"}}},
	{"counter-example: 'long-term', 'the long term effects' are adjectives", "1989-11-01", "The long-term lot is full; the long term effects are bad.", []want{}},
	{"'in decades' after a superlative across a contraction is a vague duration", "2013-05-23", "This is the worst storm we've seen in decades.", []want{{"decades", "DURATION", "PXDE", "", "0", "0"}}},
	{"counter-example: 'in years' with no superlative before it is no expression", "2013-05-23", "We've seen storms in years past.", []want{}},
	{"in the coming quarters", "2025-12-01", "Margins may widen in the coming quarters.", []want{{"the coming quarters", "DATE", "FUTURE_REF", "", "0", "0"}}},

	// weekdays and tense
	{"weekday equal to the reference weekday is that day", "2025-12-01", "Zelensky is in Paris on Monday.",
		[]want{{"Monday", "DATE", "2025-12-01", "", "", ""}}},
	{"would meet: forward", "2025-12-01", "The Kremlin said he would meet on Tuesday with Putin.",
		[]want{{"Tuesday", "DATE", "2025-12-02", "", "", ""}}},
	{"is expected: forward", "2025-12-01", "The envoy is expected in Moscow on Tuesday.",
		[]want{{"Tuesday", "DATE", "2025-12-02", "", "", ""}}},
	{"is scheduled to travel: forward", "2025-12-01", "He is scheduled to travel to Moscow on Tuesday.",
		[]want{{"Tuesday", "DATE", "2025-12-02", "", "", ""}}},
	{"past tense: back", "2025-04-18", "A lawmaker told CNN on Tuesday that the plan was flawed.",
		[]want{{"Tuesday", "DATE", "2025-04-15", "", "", ""}}},
	{"will: forward", "2025-04-18", "The group will meet again on Wednesday.",
		[]want{{"Wednesday", "DATE", "2025-04-23", "", "", ""}}},
	{"no cue: back", "2025-04-18", "Rubio in Paris on Thursday.",
		[]want{{"Thursday", "DATE", "2025-04-17", "", "", ""}}},
	{"last Tuesday", "2025-12-01", "They spoke last Tuesday.", []want{{"last Tuesday", "DATE", "2025-11-25", "", "", ""}}},
	{"next Tuesday", "2025-12-01", "They speak next Tuesday.", []want{{"next Tuesday", "DATE", "2025-12-02", "", "", ""}}},
	{"weekday with a part of the day", "2025-12-01", "The strike came on Sunday night.",
		[]want{{"Sunday night", "TIME", "2025-11-30TNI", "", "2025-11-30", "2025-11-30"}}},
	{"weekday with a date", "2025-12-01", "It opened on Friday, November 28.",
		[]want{{"Friday, November 28", "DATE", "2025-11-28", "", "", ""}}},

	// weeks, weekends, months, years
	{"over the weekend, published on a Monday", "2025-12-01", "Officials met over the weekend in Florida.",
		[]want{{"the weekend", "DATE", "2025-W48-WE", "", "2025-11-29", "2025-11-30"}}},
	{"last week", "2025-12-01", "Talks were held last week.", []want{{"last week", "DATE", "2025-W48", "", "2025-11-24", "2025-11-30"}}},
	{"this week", "2025-12-01", "More talks are due this week.", []want{{"this week", "DATE", "2025-W49", "", "2025-12-01", "2025-12-07"}}},
	{"next week from a Friday", "2025-04-18", "The group meets next week in London.",
		[]want{{"next week", "DATE", "2025-W17", "", "2025-04-21", "2025-04-27"}}},
	{"last month", "2025-12-01", "Prices fell last month.", []want{{"last month", "DATE", "2025-11", "", "2025-11-01", "2025-11-30"}}},
	{"next year", "2025-12-01", "Elections are due next year.", []want{{"next year", "DATE", "2026", "", "2026-01-01", "2026-12-31"}}},
	{"earlier this month: start of the month to the reference day", "2025-12-10", "He resigned earlier this month.",
		[]want{{"earlier this month", "DATE", "2025-12", "", "2025-12-01", "2025-12-10"}}},
	{"late last year", "2025-12-01", "The plan was drafted late last year.",
		[]want{{"late last year", "DATE", "2024", "END", "2024-09-01", "2024-12-31"}}},
	{"early 2025", "2025-12-01", "The offensive began in early 2025.",
		[]want{{"early 2025", "DATE", "2025", "START", "2025-01-01", "2025-04-30"}}},
	{"mid-March", "2025-12-01", "Talks stalled in mid-March.",
		[]want{{"mid-March", "DATE", "2025-03", "MID", "2025-03-11", "2025-03-20"}}},
	{"the end of the year", "2025-06-01", "A deal is possible by the end of the year.",
		[]want{{"the end of the year", "DATE", "2025", "END", "2025-09-01", "2025-12-31"}}},
	{"this spring", "2025-12-01", "Fighting eased this spring.", []want{{"this spring", "DATE", "2025-SP", "", "2025-03-01", "2025-05-31"}}},
	{"last summer", "2025-12-01", "Fighting eased last summer.", []want{{"last summer", "DATE", "2025-SU", "", "", ""}}},

	// ago, later, anchors
	{"a week ago: approximate day", "2025-12-01", "Talks were held in Geneva a week ago.",
		[]want{{"a week ago", "DATE", "2025-11-24", "APPROX", "2025-11-24", "2025-11-24"}}},
	{"days ago: exact", "2025-12-01", "He left three days ago.", []want{{"three days ago", "DATE", "2025-11-28", "-", "", ""}}},
	{"a fortnight ago: the week two weeks back, not a day the text does not give", "2025-12-01", "They met a fortnight ago.", []want{{"a fortnight ago", "DATE", "2025-W47", "", "2025-11-17", "2025-11-23"}}},
	{"months ago: a month", "2025-12-01", "He was fired two months ago.", []want{{"two months ago", "DATE", "2025-10", "", "", ""}}},
	{"two days later anchors to the last date", "2025-12-01", "The talks began on November 3. Two days later, they collapsed.",
		[]want{{"November 3", "DATE", "2025-11-03", "", "", ""}, {"Two days", "DURATION", "P2D", "", "2025-11-05", "2025-11-05"}}},
	{"the day before anchors to the last date", "2025-12-01", "The vote was on November 20. Protests began the day before.",
		[]want{{"November 20", "DATE", "2025-11-20", "", "", ""}, {"the day before", "DATE", "2025-11-19", "", "", ""}}},
	{"came two days after: the earlier event is the anchor minus two days", "2025-04-22",
		"On Easter Sunday, a missile hit Odesa. That attack came two days after the envoy's visit to Moscow.",
		[]want{{"Easter Sunday", "DATE", "2025-04-20", "", "", ""}, {"two days after", "DATE", "2025-04-18", "", "", ""}}},
	{"N days after at the start of a clause is a duration", "2025-12-01", "Two days after the vote, the minister resigned.",
		[]want{{"Two days", "DURATION", "P2D", "", "0", "0"}}},

	{"came N after with the anchor sentences away is only a duration", "2023-02-10",
		"Rescuers arrived on Tuesday. The toll rose. The army deployed. The quake came two weeks after a smaller tremor.",
		[]want{{"Tuesday", "DATE", "2023-02-07", "", "", ""}, {"two weeks", "DURATION", "P2W", "", "0", "0"}}},
	{"a present-tense relative clause points forward", "2023-02-10", "Erdogan, who faces an election on May 14, declared an emergency.",
		[]want{{"May 14", "DATE", "2023-05-14", "", "", ""}}},
	{"a bare month in a past clause is the last one", "2025-04-18", "Aid resumed in March after it was halted in June.",
		[]want{{"March", "DATE", "2025-03", "", "", ""}, {"June", "DATE", "2024-06", "", "", ""}}},
	{"coordinated weekdays share the direction", "2024-03-15", "Leaders will gather next Thursday and Friday.",
		[]want{{"next Thursday", "DATE", "2024-03-21", "", "", ""}, {"Friday", "DATE", "2024-03-22", "", "", ""}}},
	{"a day range is one expression covering both days", "2024-03-15", "The vote runs from June 6-9.",
		[]want{{"June 6-9", "DATE", "2024-06-06", "", "2024-06-06", "2024-06-09"}}},

	{"the past week: the TimeML value, the trailing window as interval", "2025-12-01", "Russia launched 500 drones over the past week.",
		[]want{{"the past week", "DATE", "2025-W48", "", "2025-11-24", "2025-12-01"}}},
	{"the last weekend of a month is not the last weekend", "2025-12-01", "The festival is held on the last weekend of June.",
		[]want{{"June", "DATE", "2025-06", "", "", ""}}},
	{"an ordinal weekday of a month", "2025-12-01", "The vote is on the last Monday of May.",
		[]want{{"the last Monday of May", "DATE", "2026-05-25", "", "", ""}}},
	{"an ordinal weekday of a month and year", "2025-12-01", "It began on the second Sunday of June 2024.",
		[]want{{"the second Sunday of June 2024", "DATE", "2024-06-09", "", "", ""}}},
	{"an irregular participle after be has no tense: the modal decides", "1989-10-26", "The dividend will be paid Dec. 14 to holders.",
		[]want{{"Dec. 14", "DATE", "1989-12-14", "", "", ""}}},
	{"to be held: a planned event lies ahead", "1999-02-10", "The accession is to be held at the summit on April 24.",
		[]want{{"April 24", "DATE", "1999-04-24", "", "", ""}}},
	{"a present tense does not choose a month's year: the nearest", "1989-10-27", "It is trying to sell itself under a June agreement.",
		[]want{{"June", "DATE", "1989-06", "", "", ""}}},
	{"a quarter just ended is the one a future report is about", "1989-10-26", "The company expects to report a third-quarter loss.",
		[]want{{"third-quarter", "DATE", "1989-Q3", "", "", ""}}},
	{"a quarter long ended: a future clause means the next", "2025-02-20", "Sales will recover in the third quarter.",
		[]want{{"the third quarter", "DATE", "2025-Q3", "", "", ""}}},
	{"a possessive weekday dates a reported event, whatever the present tense", "1989-10-27", "The move follows Tuesday's declaration by Ford.",
		[]want{{"Tuesday", "DATE", "1989-10-24", "", "", ""}}},
	{"coordinated weekdays: the nearest such day", "1998-02-06", "Following are statements made Friday and Thursday by the lawyer.",
		[]want{{"Friday", "DATE", "1998-02-06", "", "", ""}, {"Thursday", "DATE", "1998-02-05", "", "", ""}}},
	{"a list of durations is not one compound", "2013-03-22", "It stood for a century, 60 years of it in ruins.",
		[]want{{"a century", "DURATION", "P100Y", "", "0", "0"}, {"60 years", "DURATION", "P60Y", "", "0", "0"}}},
	{"a quarter century is 25 years", "2013-03-22", "He ruled for a quarter of a century and a quarter-century more.",
		[]want{{"a quarter of a century", "DURATION", "P25Y", "", "0", "0"}, {"a quarter-century", "DURATION", "P25Y", "", "0", "0"}}},
	{"one-word unit adjectives are durations", "2013-03-22", "A weeklong strike ended a yearlong dispute.",
		[]want{{"weeklong", "DURATION", "P1W", "", "0", "0"}, {"yearlong", "DURATION", "P1Y", "", "0", "0"}}},
	{"the weeks before an event: an unknown number of weeks", "1999-05-06", "His car was seen in the weeks before the shooting.",
		[]want{{"weeks", "DURATION", "PXW", "", "0", "0"}}},
	{"a 24-hour clock time with its zone is a time, never a year", "2013-03-22", "Flights resumed at 1430 GMT; in 2000 hours were cut.",
		[]want{{"1430 GMT", "TIME", "2013-03-22T14:30", "", "", ""}, {"2000", "DATE", "2000", "", "", ""}}},
	{"a number with a thousands separator is one number", "2013-03-22", "He is the first pope from the Americas in 1,300 years.",
		[]want{{"1,300 years", "DURATION", "P1300Y", "", "0", "0"}}},
	{"'two thousand years' is a count in words, millennia as TimeBank writes them", "1998-01-21", "Some families have kept their secrets for more than two thousand years.",
		[]want{{"more than two thousand years", "DURATION", "P2L", "MORE_THAN", "0", "0"}}},
	{"'several hundred years', 'a few thousand years' are vague counts", "1998-01-21", "It lasted several hundred years, not a few thousand years.",
		[]want{{"several hundred years", "DURATION", "PXY", "", "0", "0"}, {"a few thousand years", "DURATION", "PXY", "", "0", "0"}}},
	{"counter-example: 'two thousand troops' is no time; 'the year two thousand' is a year", "1998-01-21", "Two thousand troops left in the year two thousand.",
		[]want{{"the year two thousand", "DATE", "2000", "", "", ""}}},
	{"Holy Week: the week ending on Easter Sunday", "2013-03-22", "The pope will lead Holy Week services.",
		[]want{{"Holy Week", "DATE", "2013-W13", "", "2013-03-25", "2013-03-31"}}},
	{"the year-earlier period after a quarter; a year-back quarter does not become the reported one", "1989-10-26",
		"Net rose in the third quarter from $3 million in the year-earlier period. In the year-ago period it fell.",
		[]want{{"the third quarter", "DATE", "1989-Q3", "", "", ""}, {"the year-earlier period", "DATE", "1988-Q3", "", "", ""},
			{"the year-ago period", "DATE", "1988-Q3", "", "", ""}}},
	{"the year-earlier period with no quarter named is left alone", "1989-10-26", "Net rose from the year-earlier period.", nil},
	{"a day-first range takes the month that follows and is one expression", "2013-03-22", "The summit runs from 18 to 20 March.",
		[]want{{"18 to 20 March", "DATE", "2013-03-18", "", "2013-03-18", "2013-03-20"}}},
	{"the first day of a day-first pair takes the month that follows", "2013-03-22", "The summit met on 18 and 20 March.",
		[]want{{"18", "DATE", "2013-03-18", "", "", ""}, {"20 March", "DATE", "2013-03-20", "", "", ""}}},
	{"the year a report covers is the reference year", "1989-10-26", "For the year, pet food volume was flat.",
		[]want{{"the year", "DATE", "1989", "", "1989-01-01", "1989-12-31"}}},
	{"the year ended a day is twelve months, not a calendar year", "1989-10-26", "It earned $5 million for the year ended March 31.",
		[]want{{"the year", "DURATION", "P1Y", "", "0", "0"}, {"March 31", "DATE", "1989-03-31", "", "", ""}}},
	{"a fiscal year need not be the calendar year", "1989-10-26", "Earnings will fall for the fiscal year.",
		[]want{{"the fiscal year", "DURATION", "P1Y", "", "0", "0"}}},
	{"a bare 'the year' and a title are no expression", "1989-10-26", "The year was hard. He was named Person of the Year.", nil},
	{"year-end: the end of the year, the past one in a past clause", "1989-10-26", "Debt rose at year-end. By year end it will fall.",
		[]want{{"year-end", "DATE", "1988-12-31", "END", "1988-09-01", "1988-12-31"}, {"year end", "DATE", "1989", "END", "1989-09-01", "1989-12-31"}}},
	{"the adjective year-earlier: the reported quarter a year before, or last year", "1989-10-26",
		"Profit fell from year-earlier levels. Net rose in the third quarter from year-ago results.",
		[]want{{"year-earlier", "DATE", "1988", "", "", ""}, {"the third quarter", "DATE", "1989-Q3", "", "", ""}, {"year-ago", "DATE", "1988-Q3", "", "", ""}}},
	{"the latest period after a quarter is that quarter", "1989-10-26", "Net rose in the third quarter. The latest period includes gains.",
		[]want{{"the third quarter", "DATE", "1989-Q3", "", "", ""}, {"The latest period", "DATE", "1989-Q3", "", "", ""}}},
	{"annually is a set", "2013-03-22", "The fair is held annually.", []want{{"annually", "SET", "P1Y", "", "0", "0"}}},
	{"the year after a part of it; the week's; year's end", "1989-10-26",
		"Revenue rose in the first nine months of the year. It was the week's busiest session. Rules apply by year's end.",
		[]want{{"the first nine months", "DURATION", "P9M", "", "0", "0"}, {"the year", "DATE", "1989", "", "", ""},
			{"the week", "DATE", "1989-W43", "", "", ""}, {"year's end", "DATE", "1989", "END", "", ""}}},
	{"today and tomorrow in general are no day", "1990-08-15", "The case is for today's youth a symbol. He chose the people of tomorrow. Today's meeting ended.",
		[]want{{"today", "DATE", "PRESENT_REF", "", "0", "0"}, {"tomorrow", "DATE", "FUTURE_REF", "", "0", "0"}, {"Today", "DATE", "1990-08-15", "", "", ""}}},
	{"titles and newspapers are no expressions", "1990-08-15", `Baker said on ABC's "This Week" that the Communist Party daily Granma lied. Flights run daily.`,
		[]want{{"daily", "SET", "P1D", "", "0", "0"}}},
	{"a two-digit decade after temperatures is degrees", "2013-03-22", "Highs will be in the mid-70s, as in the '80s.",
		[]want{{"the '80s", "DATE", "198", "", "", ""}}},
	{"counter-example: a decade after a word other than 'the' has no article", "2013-03-22", "Prices rose in 1990s Russia and in early 1990s Japan.",
		[]want{{"1990s", "DATE", "199", "", "", ""}, {"early 1990s", "DATE", "199", "START", "", ""}}},
	{"early or late in a unit: the unit holding the reference day", "2013-03-22", "Early in the week prices rose; late in the year they will fall.",
		[]want{{"Early in the week", "DATE", "2013-W12", "START", "", ""}, {"late in the year", "DATE", "2013", "END", "", ""}}},
	{"a bare ordinal day after a preposition: this month, or the next in a future clause", "2013-03-22",
		"The vote is on the 25th. The deadline will be extended until the 2nd. On the 25th anniversary, they met.",
		[]want{{"the 25th", "DATE", "2013-03-25", "", "", ""}, {"the 2nd", "DATE", "2013-04-02", "", "", ""}}},
	{"the day before a clause: its event is not dated", "1999-05-07", "He was last seen Nov. 3, the day before authorities issued a warrant.",
		[]want{{"Nov. 3", "DATE", "1998-11-03", "", "", ""}}},
	{"a half without a year in business news: the half to come in a future clause", "2013-03-22",
		"Growth will pick up in the second half. Sales rose 5% in the second half. He scored in the second half.",
		[]want{{"the second half", "DATE", "2013-H2", "", "", ""}, {"the second half", "DATE", "2012-H2", "", "", ""}}},
	{"a quarter of a game is no quarter of a year; 'of $' is", "2013-03-22",
		"He scored in the third quarter of the game. It lost $3 million in the fourth quarter of $20 million sales.",
		[]want{{"the fourth quarter", "DATE", "2012-Q4", "", "", ""}}},
	{"a hundred years is one duration", "2013-03-22", "The rule stood for a hundred years.",
		[]want{{"a hundred years", "DURATION", "P100Y", "", "0", "0"}}},
	{"a colon time after a preposition of time needs no a.m. or zone", "2013-03-22", "The meeting starts at 9:30 on Friday; the odds were 3:10.",
		[]want{{"9:30", "TIME", "2013-03-22T09:30", "", "", ""}, {"Friday", "DATE", "2013-03-22", "", "", ""}}},
	{"the past weekend", "2025-12-01", "Over the past weekend, talks continued.",
		[]want{{"the past weekend", "DATE", "2025-W48-WE", "", "2025-11-29", "2025-11-30"}}},
	{"earlier than: a comparison, so a duration", "2013-03-22", "The season started about a month earlier than usual.",
		[]want{{"a month", "DURATION", "P1M", "APPROX", "0", "0"}}},
	{"the week of a date", "2013-03-22", "The week of March 4 was cold.",
		[]want{{"The week of March 4", "DATE", "2013-W10", "", "2013-03-04", "2013-03-10"}}},
	{"that night: the anchor's night", "2025-06-01", "He arrived on May 3. That night he left.",
		[]want{{"May 3", "DATE", "2025-05-03", "", "", ""}, {"That night", "TIME", "2025-05-03TNI", "", "", ""}}},
	{"half of the year", "2013-03-22", "In the first half of the year, sales rose.",
		[]want{{"the first half of the year", "DATE", "2013-H1", "", "2013-01-01", "2013-06-30"}}},
	{"a two-digit year after in", "2025-06-01", "He graduated in '98.", []want{{"'98", "DATE", "1998", "", "", ""}}},
	{"a month with last year", "2025-06-01", "In June last year the talks failed.", []want{{"June last year", "DATE", "2024-06", "", "", ""}}},
	{"spoken year", "2025-06-01", "In nineteen ninety-six a bomb exploded.", []want{{"nineteen ninety-six", "DATE", "1996", "", "", ""}}},
	{"fraction of a year", "2025-06-01", "They lived there for 2 1/2 years.", []want{{"2 1/2 years", "DURATION", "P2Y6M", "", "0", "0"}}},
	{"a year earlier in a report of figures: the same quarter a year before", "1989-10-27",
		"Third-quarter profit rose to $5 million from $4 million a year earlier.",
		[]want{{"Third-quarter", "DATE", "1989-Q3", "", "", ""}, {"a year earlier", "DATE", "1988-Q3", "", "", ""}}},

	{"is headed: a participle after is is present, and a day within weeks is that one", "2022-11-09",
		"Georgia's Senate race is headed to a Dec. 6 runoff.", []want{{"Dec. 6", "DATE", "2022-12-06", "", "", ""}}},
	{"the end of the week is the reference week", "2022-11-09", "The vote on Dec. 6 is set. Results may come by the end of the week.",
		[]want{{"Dec. 6", "DATE", "2022-12-06", "", "", ""}, {"the end of the week", "DATE", "2022-W45", "END", "", ""}}},
	{"clock time with a zone and a separate day", "2024-10-09", "Trading will be halted at 2 p.m. Eastern time on Friday.",
		[]want{{"2 p.m. Eastern time", "TIME", "2024-10-11T14:00", "", "", ""}, {"Friday", "DATE", "2024-10-11", "", "", ""}}},

	{"a future reported on a dated past day is measured from that day", "2021-08-30",
		"Forecasters had warned on Friday that the storm could strengthen during the weekend.",
		[]want{{"Friday", "DATE", "2021-08-27", "", "", ""}, {"the weekend", "DATE", "2021-W34-WE", "", "2021-08-28", "2021-08-29"}}},
	{"said on Thursday he would go on Saturday, published Monday", "2021-08-30", "On Thursday, he said he would go on Saturday.",
		[]want{{"Thursday", "DATE", "2021-08-26", "", "", ""}, {"Saturday", "DATE", "2021-08-28", "", "", ""}}},
	{"at least before a date stays outside", "2021-08-30", "Schools will remain closed through at least Sept. 6.",
		[]want{{"Sept. 6", "DATE", "2021-09-06", "-", "", ""}}},
	{"later with a weekday", "2021-08-30", "The storm will reach Mississippi later Monday.",
		[]want{{"Monday", "DATE", "2021-08-30", "", "", ""}}},
	{"a season word in a name is not a season", "2024-08-12", "Los Angeles will host the next Summer Games in 2028.",
		[]want{{"2028", "DATE", "2028", "", "", ""}}},

	// holidays
	{"Mother's Day", "2025-06-01", "They met on Mother's Day.", []want{{"Mother's Day", "DATE", "2025-05-11", "", "", ""}}},
	{"Palm Sunday from Easter", "2025-04-17", "A missile struck Sumy on Palm Sunday.", []want{{"Palm Sunday", "DATE", "2025-04-13", "", "", ""}}},
	{"Good Friday", "2025-04-17", "Services are planned for Good Friday.", []want{{"Good Friday", "DATE", "2025-04-18", "", "", ""}}},
	{"Easter weekend", "2025-04-17", "He hoped for a truce by Easter weekend.",
		[]want{{"Easter weekend", "DATE", "2025-W16-WE", "", "2025-04-19", "2025-04-20"}}},
	{"Christmas", "2025-12-01", "Both sides want a deal by Christmas.", []want{{"Christmas", "DATE", "2025-12-25", "", "", ""}}},
	{"New Year's Day", "2025-12-01", "The law takes effect on New Year's Day.", []want{{"New Year's Day", "DATE", "2026-01-01", "", "", ""}}},
	{"Thanksgiving", "2025-12-01", "He spoke on Thanksgiving.", []want{{"Thanksgiving", "DATE", "2025-11-27", "", "", ""}}},
	{"Independence Day of Ukraine", "2025-12-01", "Kyiv marked Ukraine's Independence Day with a parade.",
		[]want{{"Independence Day", "DATE", "2025-08-24", "", "", ""}}},
	{"Victory Day", "2025-12-01", "Moscow held a parade on Victory Day.", []want{{"Victory Day", "DATE", "2025-05-09", "", "", ""}}},

	// durations are never dates
	{"a 30-day ceasefire", "2025-04-18", "Ukraine agreed to a 30-day ceasefire.", []want{{"30-day", "DURATION", "P30D", "", "0", "0"}}},
	{"more than three years", "2025-12-01", "The war has lasted more than three years.",
		[]want{{"more than three years", "DURATION", "P3Y", "MORE_THAN", "0", "0"}}},
	{"a nearly four-year-old war", "2025-12-01", "It is a nearly four-year-old war.",
		[]want{{"nearly four-year-old", "DURATION", "P4Y", "", "0", "0"}}},
	{"in the 22 days after", "2025-04-18", "Casualties rose in the 22 days after the announcement.",
		[]want{{"the 22 days", "DURATION", "P22D", "", "0", "0"}}},
	{"a compound duration", "2025-12-01", "She won in 2 hours, 22 minutes and 55 seconds.",
		[]want{{"2 hours, 22 minutes and 55 seconds", "DURATION", "PT2H22M55S", "", "0", "0"}}},
	{"three hours", "2025-12-01", "They talked for three hours.", []want{{"three hours", "DURATION", "PT3H", "", "0", "0"}}},
	{"the past three years", "2025-12-01", "Over the past three years the front barely moved.",
		[]want{{"the past three years", "DURATION", "P3Y", "", "0", "0"}}},
	{"a person's age is no expression", "2025-12-01", "A 44-year-old man was arrested.", nil},

	// sets
	{"every week", "2025-12-01", "They meet every week.", []want{{"every week", "SET", "P1W", "", "0", "0"}}},
	{"daily", "2025-12-01", "Strikes happen daily.", []want{{"daily", "SET", "P1D", "", "0", "0"}}},
	{"each year", "2025-12-01", "The summit is held each year.", []want{{"each year", "SET", "P1Y", "", "0", "0"}}},
	{"twice a week", "2025-12-01", "They speak twice a week.", []want{{"a week", "SET", "P1W", "", "", ""}}},

	// times
	{"clock time", "2025-12-01", "The meeting starts at 2 p.m.", []want{{"2 p.m.", "TIME", "2025-12-01T14:00", "", "", ""}}},
	{"clock time with a weekday", "2025-12-01", "The deadline is 9 a.m. Tuesday.", []want{{"9 a.m. Tuesday", "TIME", "2025-12-02T09:00", "", "", ""}}},
}

func TestFindForms(t *testing.T) { runFormCases(t, formCases, false) }

func describe(xs []Timex) []string {
	var s []string
	for _, x := range xs {
		s = append(s, x.Text+"="+string(x.Type)+":"+x.Value+"/"+x.Mod)
	}
	return s
}

func checkTimex(t *testing.T, g Timex, w want) {
	t.Helper()
	if g.Text != w.text || string(g.Type) != w.typ || g.Value != w.value {
		t.Errorf("got %q %s %s, want %q %s %s", g.Text, g.Type, g.Value, w.text, w.typ, w.value)
	}
	switch w.mod {
	case "":
	case "-":
		if g.Mod != "" {
			t.Errorf("%q: mod %q, want none", g.Text, g.Mod)
		}
	default:
		if g.Mod != w.mod {
			t.Errorf("%q: mod %q, want %q", g.Text, g.Mod, w.mod)
		}
	}
	switch w.start {
	case "":
	case "0":
		if !g.Interval.IsZero() {
			t.Errorf("%q: interval %v, want none", g.Text, g.Interval)
		}
	default:
		if s, e := g.Interval.Start.Format("2006-01-02"), g.Interval.End.Format("2006-01-02"); s != w.start || e != w.end {
			t.Errorf("%q: interval %s..%s, want %s..%s", g.Text, s, e, w.start, w.end)
		}
	}
}

func TestIntervalOf(t *testing.T) {
	for _, tc := range []struct {
		value, start, end string
		gran              Granularity
		reason            string
	}{
		{"2025-12-01", "2025-12-01", "2025-12-01", GranDay, "a day"},
		{"2025-12-01TNI", "2025-12-01", "2025-12-01", GranTime, "a part of a day"},
		{"2025-W48", "2025-11-24", "2025-11-30", GranWeek, "ISO week: Monday to Sunday"},
		{"2025-W48-WE", "2025-11-29", "2025-11-30", GranDay, "weekend of an ISO week"},
		{"2026-W01", "2025-12-29", "2026-01-04", GranWeek, "ISO week 1 may start in the year before"},
		{"2025-04", "2025-04-01", "2025-04-30", GranMonth, "a month"},
		{"2024-02", "2024-02-01", "2024-02-29", GranMonth, "a leap February"},
		{"2025-Q3", "2025-07-01", "2025-09-30", GranQuarter, "a quarter"},
		{"2025-H2", "2025-07-01", "2025-12-31", GranQuarter, "a half year"},
		{"2025-SU", "2025-06-01", "2025-08-31", GranSeason, "meteorological summer"},
		{"1994-WI", "1994-12-01", "1995-02-28", GranSeason, "winter runs into the next year (not an ISO week)"},
		{"2025", "2025-01-01", "2025-12-31", GranYear, "a year"},
		{"199", "1990-01-01", "1999-12-31", GranDecade, "a decade"},
		{"20", "2000-01-01", "2099-12-31", GranCentury, "a century"},
	} {
		iv, g, ok := intervalOf(tc.value)
		if !ok || g != tc.gran || iv.Start.Format("2006-01-02") != tc.start || iv.End.Format("2006-01-02") != tc.end {
			t.Errorf("%s (%s): got %v %s..%s %s", tc.value, tc.reason, ok, iv.Start.Format("2006-01-02"), iv.End.Format("2006-01-02"), g)
		}
	}
	for _, v := range []string{"PAST_REF", "P3Y", "XXXX-WXX-1", "2025-13", "2025-02-30", "2025-W54", "", "2025-Q5"} {
		if _, _, ok := intervalOf(v); ok {
			t.Errorf("%q has no days, but intervalOf gave some", v)
		}
	}
}

// TestStartWord checks that the start-word gate lets through every word the
// lexicon knows, so that no rule is silently cut off.
func TestStartWord(t *testing.T) {
	var words []string
	for _, w := range []string{"january", "jan", "feb", "march", "mar", "apr", "may", "june", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "monday", "mon", "tues", "thur", "thurs", "fri", "sat", "sun", "mondays", "fridays",
		"one", "twelve", "twenty", "ninety", "hundred", "dozen", "first", "twelfth", "twentieth", "last", "final",
		"hour", "hrs", "days", "night", "fortnights", "weekend", "quarters", "season", "yr", "decades", "centuries",
		"spring", "autumn", "fall", "winter", "morning"} {
		words = append(words, w)
	}
	for _, w := range words {
		known := false
		if _, ok := monthOf(w); ok {
			known = true
		}
		if _, ok := weekdayOf(w); ok {
			known = true
		}
		if _, ok := weekdayPlural(w); ok {
			known = true
		}
		if _, ok := numberWord(w); ok {
			known = true
		}
		if _, ok := ordinalWord(w); ok {
			known = true
		}
		if u, _ := unitOf(w); u != uNone {
			known = true
		}
		if _, ok := seasonOf(w); ok {
			known = true
		}
		if known && !startWord(w) {
			t.Errorf("startWord(%q) = false, but the lexicon knows the word", w)
		}
	}
	for _, w := range []string{"and", "of", "president", "ukraine", "talks"} {
		if startWord(w) {
			t.Errorf("startWord(%q) = true for a word that begins no expression", w)
		}
	}
}

// runFormCases runs table cases through Find, each as a subtest named by its
// reason. With anyValue, a case whose want has no value leaves the value
// unchecked (for cases about extents and types); without it, no value
// means the expression must have none.
func runFormCases(t *testing.T, cases []formCase, anyValue bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got := Find(tc.text, date(tc.ref))
			if len(got) != len(tc.want) {
				t.Fatalf("%q: got %d expressions %v, want %d", tc.text, len(got), describe(got), len(tc.want))
			}
			for k, w := range tc.want {
				if anyValue && w.value == "" {
					w.value = got[k].Value
				}
				checkTimex(t, got[k], w)
			}
		})
	}
}
