package timex

import "testing"

// round8CouncilCases are the rules adopted after tagging the local
// government news of testdata/news (194-207): council meeting schedules,
// fiscal years of public bodies, each with counter-examples, and the
// sentences of their self-review: the trigger words in another sense or
// another tense. A value left "" is not checked.
var round8CouncilCases = []formCase{
	// a day that recurs each month
	{"'the first Tuesday of each month' is one SET, valued by its period (was 'each month' alone)", "2015-06-17",
		"The council meets on the first Tuesday of each month.",
		[]want{{"the first Tuesday of each month", "SET", "P1M", "-", "0", "0"}}},
	{"'the last Friday of every month', 'the 15th of each month', 'the first day of every month' too", "2014-12-02",
		"Customers who pay by the 15th of each month avoid a fee. Markets open on the last Friday of every month and on the first day of every month.",
		[]want{{"the 15th of each month", "SET", "P1M", "-", "0", "0"}, {"the last Friday of every month", "SET", "P1M", "-", "0", "0"}, {"the first day of every month", "SET", "P1M", "-", "0", "0"}}},
	{"'Council normally meets on the third Wednesday of the month': after an adverb of habit and a present verb, 'of the month' is each month", "2015-10-22",
		"Council normally meets on the third Wednesday of the month.",
		[]want{{"the third Wednesday of the month", "SET", "P1M", "-", "0", "0"}}},
	{"counter-example (self-review): with no habit, or in the past, 'the last Friday of the month' is no set", "2015-10-22",
		"The vote is on the last Friday of the month. The board usually met on the first Monday of the month.",
		nil},
	{"counter-example: 'the first Tuesday of November' is that day of the month named", "2014-03-05",
		"He was elected on the first Tuesday of November.",
		[]want{{"the first Tuesday of November", "DATE", "2013-11-05", "-", "", ""}}},
	{"counter-example (self-review): 'the second Tuesday of each year' is no monthly day; 'The first of each month's meetings' is no day of the month (its 'each month' is found alone, as before)", "2014-03-05",
		"The fair opens on the second Tuesday of each year. The first of each month's meetings was cancelled.",
		[]want{{"each year", "SET", "P1Y", "-", "0", "0"}, {"each month", "SET", "P1M", "-", "0", "0"}}},

	// the clock time of a meeting that recurs monthly
	{"'meets at 6 p.m. on the second Tuesday of every month': the hour of any such day (was the reference day's)", "2011-09-20",
		"The City Council meets at 6 p.m. on the second Tuesday of every month.",
		[]want{{"6 p.m.", "TIME", "XXXX-XX-XXT18:00", "-", "0", "0"}, {"the second Tuesday of every month", "SET", "P1M", "-", "0", "0"}}},
	{"counter-example (self-review): 'at 6 p.m. on the second day of the trial' is no recurring hour", "2011-09-20",
		"He arrived at 6 p.m. on the second day of the trial.",
		[]want{{"6 p.m.", "TIME", "2011-09-20T18:00", "-", "", ""}}},

	// the budget year
	{"'the budget year' is the fiscal year of a public body, a duration as 'the fiscal year'", "2015-06-17",
		"The council approved a spending plan for fiscal 2016, the budget year that begins July 1.",
		[]want{{"fiscal 2016", "DATE", "2016", "-", "0", "0"}, {"the budget year", "DURATION", "P1Y", "-", "0", "0"}, {"July 1", "DATE", "2015-07-01", "-", "", ""}}},
	{"'the end of the budget year', 'the current budget year' as those of the fiscal year", "2015-06-17",
		"Reserves will run low by the end of the budget year. The current budget year looks tight.",
		[]want{{"the end of the budget year", "DATE", "2015", "END", "0", "0"}, {"The current budget year", "DATE", "2015", "-", "0", "0"}}},
	{"counter-example (self-review): 'cut the budget year after year', 'the budget, a year late' name no year of account", "2015-06-17",
		"The council has cut the budget year after year. It balanced the budget year on year. It passed the budget, a year late.",
		[]want{{"a year", "DURATION", "P1Y", "-", "0", "0"}}},

	// years of account counted
	{"'the next two financial years', 'three fiscal years', 'four budget years' are that many years", "2016-02-25",
		"The council faces cuts over the next two financial years. The past three fiscal years were hard, and the plan covers four budget years.",
		[]want{{"the next two financial years", "DURATION", "P2Y", "-", "0", "0"}, {"The past three fiscal years", "DURATION", "P3Y", "-", "0", "0"}, {"four budget years", "DURATION", "P4Y", "-", "0", "0"}}},
	{"counter-example (self-review): 'two financial advisers', 'five budget cycles' count no years; the end of a span before 'fiscal year' is no count", "2014-06-12",
		"He hired two financial advisers over five budget cycles. Kenya's 2015/16 fiscal year starts in July.",
		[]want{{"2015/16 fiscal year", "DATE", "2016", "-", "0", "0"}, {"July", "DATE", "2014-07", "-", "", ""}}}, // round8_fy: the span before "fiscal year" is the fiscal year, with or without "the"

	// a fiscal year written as a span, with its noun
	{"'the 2013-14 financial year', 'the financial year 2016-17' are fiscal years, named by the year they end in (was the first year, both years its interval)", "2012-09-21",
		"The mayor will set the budget for the 2013-14 financial year. The corporation presented a budget for the financial year 2016-17.",
		[]want{{"the 2013-14 financial year", "DATE", "2014", "-", "0", "0"}, {"the financial year 2016-17", "DATE", "2017", "-", "0", "0"}}},
	{"counter-example: a span without 'financial year' ('the 2015-16 budget', 'the 2012-13 season') stays its first year", "2016-02-08",
		"The council's 2015-16 budget was handed down last June. The 2012-13 season ended early.",
		[]want{{"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"}, {"last June", "DATE", "2015-06", "-", "", ""}, {"2012", "DATE", "2012", "-", "2012-01-01", "2013-12-31"}}},
	{"counter-example (self-review): a single year after 'the financial year', and years too far apart, are no span", "2016-02-08",
		"Profit for the financial year 2015 rose. The 2013-19 financial year plan was shelved.",
		[]want{{"2015", "DATE", "2015", "", "", ""}, {"2013", "DATE", "", "", "", ""}}},

	// an ordinal between a determiner and a participle
	{"'will elect its first directly elected mayor on 15 November': the participle after 'its first' and an adverb is an adjective, the modal decides (was 2011-11-15)", "2012-09-21",
		"Bristol will elect its first directly elected mayor on 15 November, after voters backed the change in May. The city will choose its only elected member on 3 December.",
		[]want{{"15 November", "DATE", "2012-11-15", "-", "", ""}, {"May", "DATE", "2012-05", "-", "", ""}, {"3 December", "DATE", "2012-12-03", "-", "", ""}}},
	{"counter-example: a past verb after 'the first' as its subject keeps the past ('The first won in 1983; the second in May')", "2009-11-18",
		"She trained two winners. The first won in 1983; the second, Lantern Hill, in May.",
		[]want{{"1983", "DATE", "1983", "-", "", ""}, {"May", "DATE", "2009-05", "-", "", ""}}},
	{"counter-example (self-review): 'The first arrived Monday', 'The first arrived late Monday' (a day or a time word after the participle) keep the past", "2012-11-08",
		"The first arrived Monday, the second on Tuesday. The first arrived late Monday.",
		[]want{{"Monday", "DATE", "2012-11-05", "-", "", ""}, {"Tuesday", "DATE", "2012-11-06", "-", "", ""}, {"late Monday", "DATE", "2012-11-05", "END", "", ""}}},
	{"counter-example (self-review): 'The council first elected a mayor on 15 November' is past, no determiner before 'first'; 'Its first directly elected mayor took office on 15 November' is past by 'took'", "2012-09-21",
		"The council first elected a mayor on 15 November. Its first directly elected mayor took office on 15 November.",
		[]want{{"15 November", "DATE", "2011-11-15", "-", "", ""}, {"15 November", "DATE", "2011-11-15", "-", "", ""}}},

	// an amount per unit of time, its unit a word or a letter
	{"'about 50p a week', 'Rs. 120 crore a year', 'costs 30 pounds a month' are rates, SETs (were durations)", "2016-02-25",
		"The rise will add about 50p a week to a bill. The hike will bring in Rs. 120 crore a year. Parking costs 30 pounds a month.",
		[]want{{"a week", "SET", "P1W", "-", "0", "0"}, {"a year", "SET", "P1Y", "-", "0", "0"}, {"a month", "SET", "P1M", "-", "0", "0"}}},
	{"counter-example: '400 pounds a season' (no set length), 'Rs 500 crore a year after it opens' (a distance in time), and a letter apart from its figure are no rate", "2016-02-25",
		"Season tickets cost 400 pounds a season. The plant will cost Rs 500 crore a year after it opens. He won 5 m a week ago.",
		[]want{{"a year", "DURATION", "P1Y", "-", "0", "0"}, {"a week ago", "DATE", "", "", "", ""}}},

	// one in two
	{"'on alternate days', 'on alternate weeks', 'on alternate weekends' are sets of one in two, as 'every other day'", "2014-02-15",
		"Water will be supplied on alternate days. Bins are collected on alternate weeks, and he sees his children on alternate weekends.",
		[]want{{"alternate days", "SET", "P2D", "-", "0", "0"}, {"alternate weeks", "SET", "P2W", "-", "0", "0"}, {"alternate weekends", "SET", "XXXX-WXX-WE", "-", "0", "0"}}},
	{"counter-example (self-review): 'They alternate days at the desk' (a verb), 'The alternate days proposed', 'an alternate day for the vote' (choices) are no sets", "2014-02-15",
		"They alternate days at the desk. The alternate days proposed were rejected. An alternate day for the vote is Friday.",
		[]want{{"Friday", "DATE", "2014-02-21", "-", "", ""}}},

	// clock hours after a span of days
	{"'from January 25 to February 1 between 11 am and 3 pm': the hours kept on each of those days (were February 1's)", "2012-01-05",
		"Nominations can be filed from January 25 to February 1 between 11 am and 3 pm. The exhibition runs from 3 to 9 March, from 10am to 4pm.",
		[]want{{"January 25", "DATE", "2012-01-25", "-", "", ""}, {"February 1", "DATE", "2012-02-01", "-", "", ""}, {"11 am", "TIME", "XXXX-XX-XXT11:00", "-", "0", "0"}, {"3 pm", "TIME", "XXXX-XX-XXT15:00", "-", "0", "0"},
			{"3 to 9 March", "DATE", "2012-03-03", "-", "2012-03-03", "2012-03-09"}, {"10am", "TIME", "XXXX-XX-XXT10:00", "-", "0", "0"}, {"4pm", "TIME", "XXXX-XX-XXT16:00", "-", "0", "0"}}},
	{"counter-example: hours after a single day are that day's", "2012-01-05",
		"Voting will be held on February 16 between 7 a.m. and 5 p.m. The road will be closed on Saturday between 8 am and 6 pm.",
		[]want{{"February 16", "DATE", "2012-02-16", "-", "", ""}, {"7 a.m.", "TIME", "2012-02-16T07:00", "-", "", ""}, {"5 p.m.", "TIME", "2012-02-16T17:00", "-", "", ""},
			{"Saturday", "DATE", "2012-01-07", "-", "", ""}, {"8 am", "TIME", "2012-01-07T08:00", "-", "", ""}, {"6 pm", "TIME", "2012-01-07T18:00", "-", "", ""}}},
	{"counter-example (self-review): a span of days closing its sentence leaves the hours of the next sentence to their day", "2012-01-05",
		"He was held from January 25 to February 1. Between 11 am and 3 pm on Tuesday he was questioned.",
		[]want{{"January 25", "DATE", "", "-", "", ""}, {"February 1", "DATE", "", "-", "", ""}, {"11 am", "TIME", "2012-01-03T11:00", "-", "", ""}, {"3 pm", "TIME", "2012-01-03T15:00", "-", "", ""}, {"Tuesday", "DATE", "2012-01-03", "-", "", ""}}},

	// a participle of habit set off by commas
	{"'The budget, usually presented in January, will now be presented later': the month is any year's (was the reference year's)", "2012-01-05",
		"The corporation's budget, usually presented in January, will now be presented after the polls. The vote, usually held in November, will take place in December.",
		[]want{{"January", "DATE", "XXXX-01", "-", "0", "0"}, {"now", "DATE", "PRESENT_REF", "-", "", ""}, {"November", "DATE", "XXXX-11", "-", "0", "0"}, {"December", "DATE", "2012-12", "-", "", ""}}},
	{"counter-example (self-review): an adjective after the comma ('usually cautious'), and the adverb inside a past clause ('was usually presented'), leave the month to the tense", "2012-01-05",
		"The council, usually cautious, approved the plan in January. The budget was usually presented in March.",
		[]want{{"January", "DATE", "2012-01", "-", "", ""}, {"March", "DATE", "2011-03", "-", "", ""}}},

	// "fall" with no article after "by", "until", "since"
	{"'to exit bankruptcy by fall' ending a headline, 'ready by fall.', 'since fall,' are the season (were none)", "2014-02-21",
		"Detroit manager proposes plan to exit bankruptcy by fall\n\nThe plan will be ready by fall. Prices have risen since fall, he said.",
		[]want{{"fall", "DATE", "2014-FA", "-", "2014-09-01", "2014-11-30"}, {"fall", "DATE", "2014-FA", "-", "", ""}, {"fall", "DATE", "2013-FA", "-", "", ""}}},
	{"counter-example (self-review): 'hit by fall in profits', 'driven by fall and holiday demand', 'injured by a fall' are no season", "2014-02-21",
		"Shares hit by fall in profits. Sales were driven by fall and holiday demand. He was injured by a fall.",
		nil},

	// clock hours after a daily rate
	{"'600 truck trips a day, most of them between 6 a.m. and 8 p.m.': any day's hours (were the reference day's)", "2009-11-12",
		"A traffic study found the center would add about 600 truck trips a day, most of them between 6 a.m. and 8 p.m.",
		[]want{{"a day", "SET", "P1D", "-", "0", "0"}, {"6 a.m.", "TIME", "XXXX-XX-XXT06:00", "-", "0", "0"}, {"8 p.m.", "TIME", "XXXX-XX-XXT20:00", "-", "0", "0"}}},
	{"'will stay open daily from 8 a.m. to 5 p.m. until the deadline': 'daily' is the same rate, the hours any day's (item 76 revised so)", "2015-03-14",
		"Collection centers will stay open daily from 8 a.m. to 5 p.m. until the deadline, he said.",
		[]want{{"daily", "SET", "P1D", "-", "0", "0"}, {"8 a.m.", "TIME", "XXXX-XX-XXT08:00", "-", "0", "0"}, {"5 p.m.", "TIME", "XXXX-XX-XXT17:00", "-", "0", "0"}}},
	{"counter-example (self-review): hours with a day of their own after the rate, or in the next sentence, keep that day; so do hours after a span of days with a day named", "2012-01-05",
		"The plant processes 600 tonnes a day, and was shut between 6 a.m. and 8 p.m. on Tuesday. It handles 600 trips a day. Between 6 a.m. and 8 p.m. on Monday the road was shut. Forms can be filed from January 25 to February 1 between 11 am and 3 pm on Tuesday.",
		[]want{{"a day", "SET", "P1D", "-", "0", "0"}, {"6 a.m.", "TIME", "2012-01-03T06:00", "-", "", ""}, {"8 p.m.", "TIME", "2012-01-03T20:00", "-", "", ""}, {"Tuesday", "DATE", "2012-01-03", "-", "", ""},
			{"a day", "SET", "P1D", "-", "0", "0"}, {"6 a.m.", "TIME", "2012-01-02T06:00", "-", "", ""}, {"8 p.m.", "TIME", "2012-01-02T20:00", "-", "", ""}, {"Monday", "DATE", "2012-01-02", "-", "", ""},
			{"January 25", "DATE", "2012-01-25", "-", "", ""}, {"February 1", "DATE", "2012-02-01", "-", "", ""}, {"11 am", "TIME", "2012-01-10T11:00", "-", "", ""}, {"3 pm", "TIME", "2012-01-10T15:00", "-", "", ""}, {"Tuesday", "DATE", "2012-01-10", "-", "", ""}}},
}

func TestRound8Council(t *testing.T) { runFormCases(t, round8CouncilCases, true) }
