package timex

import "testing"

// round10CbankCases are the rules adopted after tagging the central-bank
// and economy items of testdata/news (540-553), each with counter-examples,
// and the sentences of their self-review: the trigger words in another
// sense or another tense. A value left "" is not checked.
var round10CbankCases = []formCase{
	// "quarter-point"
	{"'four quarter-point increases', 'two quarter-percentage-point cuts': 'quarter' before '-point' is a fraction of a point, no count of quarters (was P4Q)", "2015-12-16",
		"Officials projected four quarter-point increases in 2016. The bank made two quarter-percentage-point cuts.",
		[]want{{"2016", "DATE", "2016", "-", "", ""}}},
	{"counter-example (self-review): 'four quarters of growth', 'two quarter' before a word of no point, and 'a quarter-point cut' keep their reading", "2015-12-16",
		"The economy had four quarters of growth. It took two quarters to recover. The Fed made a quarter-point cut.",
		[]want{{"four quarters", "DURATION", "P4Q", "-", "", ""}, {"two quarters", "DURATION", "P2Q", "-", "", ""}}},

	// "overnight and term" lending
	{"'its overnight and term repurchase agreement operations', 'overnight or longer-term funding': 'overnight' beside another term of a loan is a loan's term, no night (was the night before)", "2020-03-15",
		"The Desk has recently expanded its overnight and term repurchase agreement operations. Banks sought overnight or longer-term funding.",
		[]want{{"recently", "DATE", "PAST_REF", "-", "", ""}}},
	{"counter-example (self-review): 'overnight and into Monday', 'talks ran overnight and term papers were due' (no noun of lending) keep the night", "2020-03-16",
		"It rained overnight and into Monday. The talks ran overnight and term papers were due.",
		[]want{{"overnight", "TIME", "2020-03-15TNI", "-", "", ""}, {"Monday", "DATE", "2020-03-16", "-", "", ""}, {"overnight", "TIME", "2020-03-15TNI", "-", "", ""}}},

	// "on the quarter" after a figure of change
	{"'GDP rose 0.4% on the quarter', 'up 2 per cent on the quarter': a comparison with the quarter before, as 'on the month', no quarter named (was the quarter being reported)", "2026-02-16",
		"Consumption rose 0.4% on the quarter. Output was up 2 per cent on the quarter, and 3 percent on the quarter before.",
		nil},
	{"counter-example (self-review): 'focused on the quarter ahead', 'a loss on the quarter' and 'on the quarter's results' (no figure of change before 'on') keep the quarter being reported", "2026-02-16",
		"Analysts focused on the quarter ahead. Apex made a loss on the quarter.",
		[]want{{"the quarter", "DATE", "2026-Q1", "-", "", ""}, {"the quarter", "DATE", "2026-Q1", "-", "", ""}}},

	// three months of a quarter before a noun of figures
	{"'the October-December figures', 'the July-September GDP data': three months that make a calendar quarter, before a noun of figures, are that quarter, the noun left out (was two months, the year to come)", "2026-02-16",
		"A revised estimate of the October-December figures will be released on March 9. The July-September GDP data were weak.",
		[]want{{"October-December", "DATE", "2025-Q4", "-", "", ""}, {"March 9", "DATE", "2026-03-09", "-", "", ""}, {"July-September", "DATE", "2025-Q3", "-", "", ""}}},
	{"counter-example (self-review): months that make no calendar quarter ('the November-January figures'), and 'the October-December quarter' (the noun kept in the extent) are no such case (the two months stay as they were)", "2026-02-16",
		"The November-January figures were revised. In the October-December quarter it grew.",
		[]want{{"November", "DATE", "2025-11", "-", "", ""}, {"January", "DATE", "2026-01", "-", "", ""}, {"the October-December quarter", "DATE", "2025-Q4", "-", "", ""}}},

	// "the fortnight beginning", "the week beginning" a date
	{"'the fortnight beginning September 21, 2013', 'the week beginning Monday', 'the year starting April 1': a stretch from a day, a duration and the day, as 'the week ended Oct. 6' (was the date alone)", "2013-09-20",
		"The cut applies from the fortnight beginning September 21, 2013. Sales in the week beginning Monday rose. The year starting April 1 will be hard.",
		[]want{{"the fortnight", "DURATION", "P2W", "-", "", ""}, {"September 21, 2013", "DATE", "2013-09-21", "-", "", ""}, {"the week", "DURATION", "P1W", "-", "", ""}, {"Monday", "DATE", "2013-09-16", "-", "", ""}, {"The year", "DURATION", "P1Y", "-", "", ""}, {"April 1", "DATE", "2014-04-01", "-", "", ""}}},
	{"counter-example (self-review): 'The week beginning to look grim', 'the fortnight ending his tour', 'The year starting strong' (no date after the participle) are none", "2013-09-20",
		"The week beginning to look grim ended. He spent the fortnight ending his tour. The year starting strong was a relief.",
		nil},

	// a hyphenated rate
	{"'$120 billion-a-month asset purchases', 'the $1-a-day poverty line', 'a once-a-year event', 'a 24-hour-a-day service': a rate written as one hyphenated word is a set, as '$85 billion a month' (was a duration)", "2021-10-28",
		"They will taper their $120 billion-a-month asset purchases. Millions live below the $1-a-day poverty line. It was a once-a-year event. It is a 24-hour-a-day service.",
		[]want{{"a-month", "SET", "P1M", "-", "", ""}, {"a-day", "SET", "P1D", "-", "", ""}, {"a-year", "SET", "P1Y", "-", "", ""}, {"24-hour", "DURATION", "PT24H", "-", "", ""}, {"a-day", "SET", "P1D", "-", "", ""}}},
	{"counter-example (self-review): 'a month-long review', 'a day-old baby', 'the day-a-week plan' (no count before) keep their readings (the last a duration, as before); 'a month ago' is a date", "2021-10-28",
		"A month-long review began. It ended a month ago. The day-a-week plan is new.",
		[]want{{"month-long", "DURATION", "P1M", "-", "", ""}, {"a month ago", "DATE", "2021-09", "", "", ""}, {"a-week", "DURATION", "P1W", "-", "", ""}}},

	// Melbourne Cup Day
	{"'on Melbourne Cup day', 'on Melbourne Cup Day last year': Victoria's public holiday, the first Tuesday of November (was none)", "2009-10-06",
		"Economists expect a hike at the November 3 meeting, on Melbourne Cup day. The RBA hiked on Melbourne Cup Day last year.",
		[]want{{"November 3", "DATE", "2009-11-03", "-", "", ""}, {"Melbourne Cup day", "DATE", "2009-11-03", "-", "", ""}, {"Melbourne Cup Day last year", "DATE", "2008-11-04", "-", "", ""}}},
	{"counter-example (self-review): 'the Melbourne Cup' (a race), 'Melbourne Cup carnival', 'The Melbourne cup day sale' (a shop's lower-case name) are no day", "2009-10-06",
		"He won the Melbourne Cup in 2005. The Melbourne Cup carnival opens. The Melbourne cup day sale is on.",
		[]want{{"2005", "DATE", "2005", "-", "", ""}}},

	// "within minutes of"
	{"'fell within minutes of the decision', 'within minutes of its expiry': after 'within', 'minutes of' says what the span runs from, no meeting's record (was none)", "2017-11-02",
		"Sterling fell within minutes of the decision. Rockets were fired within minutes of its expiry.",
		[]want{{"minutes", "DURATION", "PTXM", "-", "", ""}, {"minutes", "DURATION", "PTXM", "-", "", ""}}},
	{"counter-example (self-review): 'the minutes of the meeting', 'He read minutes of the meeting' are a record", "2017-11-02",
		"The minutes of the meeting were released. He read minutes of the meeting.",
		nil},

	// "ahead of" a day after a day named
	{"'was at 157.2 on Tuesday, ahead of the Fed's two-day meeting ending Wednesday': what a day's news comes ahead of lies after that day, whatever the tense (was the Wednesday gone)", "2024-04-30",
		"The yen was at 157.2 per dollar on Tuesday, ahead of the Federal Reserve's two-day meeting ending Wednesday. Shares rose on Monday ahead of a vote on Thursday.",
		[]want{{"Tuesday", "DATE", "2024-04-30", "-", "", ""}, {"two-day", "DURATION", "P2D", "-", "", ""}, {"Wednesday", "DATE", "2024-05-01", "-", "", ""}, {"Monday", "DATE", "2024-04-29", "-", "", ""}, {"Thursday", "DATE", "2024-05-02", "-", "", ""}}},
	{"counter-example (self-review): 'fell ahead of the Fed meeting ending Wednesday' in a Thursday paper (no day named before) is the Wednesday gone; 'rose on Monday ahead of schedule, and fell on Tuesday' (a comma between) keeps the tense's day", "2024-05-02",
		"The yen fell ahead of the Fed meeting ending Wednesday. Shares rose on Monday ahead of schedule, and fell on Tuesday.",
		[]want{{"Wednesday", "DATE", "2024-05-01", "-", "", ""}, {"Monday", "DATE", "2024-04-29", "-", "", ""}, {"Tuesday", "DATE", "2024-04-30", "-", "", ""}}},
}

func TestFindRound10Cbank(t *testing.T) { runFormCases(t, round10CbankCases, false) }
