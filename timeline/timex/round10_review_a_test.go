package timex

import "testing"

// round10ReviewACases are the adversarial review of the round-10 climate
// (round10_climate_test.go) and labour (round10_labor_test.go) rules:
// sentences written as agencies and papers write them, in which the rules'
// trigger words come in other tenses, meanings and orders. A case that
// found a wrong date names the narrowing that fixed it; a case where the
// rule was right keeps its best sentence. A value left "" is not checked.
var round10ReviewACases = []formCase{
	// a weekday in a subordinate clause with its own past verb (climate)
	{"review: 'when the session on Friday called to discuss the budget opens': a participle before 'to' is no past verb of the clause, the Friday to come (was the Friday gone, a wrong date)", "2020-01-08",
		"Officials will meet when the session on Friday called to discuss the budget opens.",
		[]want{{"Friday", "DATE", "2020-01-10", "-", "", ""}}},
	{"review: 'though talks on Friday planned for weeks may still go ahead': a participle before 'for' keeps the main clause's future", "2020-01-08",
		"The minister will resign, though talks on Friday planned for weeks may still go ahead.",
		[]want{{"Friday", "DATE", "2020-01-10", "-", "", ""}, {"weeks", "DURATION", "PXW", "-", "", ""}}},
	{"review (rule right): 'will appeal, since the ruling on Monday set a precedent', 'will open lower, after trading on Friday ended in a sell-off': the clause's own past, the day gone", "2020-01-08",
		"The company will appeal, since the ruling on Monday set a precedent. Shares will open lower, after trading on Friday ended in a sell-off.",
		[]want{{"Monday", "DATE", "2020-01-06", "-", "", ""}, {"Friday", "DATE", "2020-01-03", "-", "", ""}}},

	// "the first week of the month" (climate)
	{"review: 'In March, officials said rent is due in the first week of the month', 'wages are paid in the first week of the month': a rule in the present is any month's, none (was March's and August's first week, wrong dates)", "2012-09-19",
		"In March, officials said rent is due in the first week of the month. Sales fell last month, and wages are paid in the first week of the month.",
		[]want{{"March", "DATE", "2012-03", "-", "", ""}, {"last month", "DATE", "2012-08", "-", "", ""}}},
	{"review (rule right): 'The vote is set for October, and campaigning will begin in the first week of the month': a future clause, the month named", "2012-09-19",
		"The vote is set for October, and campaigning will begin in the first week of the month.",
		[]want{{"October", "DATE", "2012-10", "-", "", ""}, {"the first week of the month", "DATE", "2012-W40", "-", "2012-10-01", "2012-10-07"}}},

	// "a strong start to the year" (climate)
	{"review: 'Since 2008, the firm has never had a worse start to the year', 'Compared with 2019, stocks had their best start to the year': a year named as a point of comparison is not the year meant, the year under way (was 2008 and 2019, wrong dates)", "2020-01-06",
		"Since 2008, the firm has never had a worse start to the year. Compared with 2019, stocks had their best start to the year.",
		[]want{{"2008", "DATE", "2008", "-", "", ""}, {"the year", "DATE", "2020", "-", "", ""}, {"2019", "DATE", "2019", "-", "", ""}, {"the year", "DATE", "2020", "-", "", ""}}},
	{"review: 'Sales fell in December. Retailers had a weak start to the year', 'After a slump in December, retailers had a weak start to the year' in a January paper: a month whose year was inferred names no year, the year begun (was 2019, a wrong date)", "2020-01-06",
		"Sales fell in December. Retailers had a weak start to the year. After a slump in December, retailers had a weak start to the year.",
		[]want{{"December", "DATE", "2019-12", "-", "", ""}, {"the year", "DATE", "2020", "-", "", ""}, {"December", "DATE", "2019-12", "-", "", ""}, {"the year", "DATE", "2020", "-", "", ""}}},
	{"review (rule right): 'In March 2008 the firm had a weak start to the year': a date with its year in figures names the year", "2012-05-06",
		"In March 2008 the firm had a weak start to the year.",
		[]want{{"March 2008", "DATE", "2008-03", "-", "", ""}, {"the year", "DATE", "2008", "-", "", ""}}},
	{"review (rule right): 'the worst start to the year since 2008' (the year after it), 'a strong start to the year-long campaign' (no year meant)", "2020-01-06",
		"Stocks had the worst start to the year since 2008. It marked a strong start to the year-long campaign.",
		[]want{{"the year", "DATE", "2020", "-", "", ""}, {"2008", "DATE", "2008", "-", "", ""}, {"year-long", "DURATION", "P1Y", "-", "", ""}}},

	// "as the year when" (climate)
	{"review: 'The question in 2010 was the year when peak oil would arrive', 'The key question in 2009 is the year when', 'By 2015 the aim is the year when', 'In 2009, analysts saw this as the year when': the year told as a point in time, or another thing seen as a year, is not the year said to be: none (were 2010, 2009, 2015, 2009, wrong dates)", "2009-12-07",
		"The question in 2010 was the year when peak oil would arrive. The key question in 2009 is the year when China overtakes the US. By 2015 the aim is the year when emissions peak. In 2009, analysts saw this as the year when the recovery began.",
		[]want{{"2010", "DATE", "2010", "-", "", ""}, {"2009", "DATE", "2009", "-", "", ""}, {"2015", "DATE", "2015", "-", "", ""}, {"2009", "DATE", "2009", "-", "", ""}}},
	{"review (rule right): 'In 2009, he described 1989 as the year when', '2009 has been the year when': the year the link is said of", "2009-12-07",
		"In 2009, he described 1989 as the year when everything changed. 2009 has been the year when the climate debate went global.",
		[]want{{"2009", "DATE", "2009", "-", "", ""}, {"1989", "DATE", "1989", "-", "", ""}, {"the year", "DATE", "1989", "-", "", ""}, {"2009", "DATE", "2009", "-", "", ""}, {"the year", "DATE", "2009", "-", "", ""}}},

	// a habit going on into a clause of time (climate)
	{"review (rule right): 'The board usually meets in March, after the company publishes its results in February' is any year's; a year named in the clause ('before the new dam opens in June next year') keeps it", "2013-05-10",
		"The board usually meets in March, after the company publishes its results in February. The river usually floods in April, before the new dam opens in June next year.",
		[]want{{"March", "DATE", "XXXX-03", "-", "", ""}, {"February", "DATE", "XXXX-02", "-", "", ""}, {"April", "DATE", "XXXX-04", "-", "", ""}, {"June next year", "DATE", "2014-06", "-", "", ""}}},

	// "the year 2020" (climate)
	{"review: 'Over the year 2000 people left the town': a figure before a count noun is a count, no year (was 'the year 2000', a wrong date); 'The year 2020's toll', 'The year 1999's crash': the year's possessive (was '2020's', the decade 2020-2029, a wrong date)", "2021-01-15",
		"Over the year 2000 people left the town. The year 2020's toll was high. The year 1999's crash hurt.",
		[]want{{"The year 2020", "DATE", "2020", "-", "2020-01-01", "2020-12-31"}, {"The year 1999", "DATE", "1999", "-", "", ""}}},
	{"review (rule right): 'In the year 2020 alone, sales fell', 'The year 2020 saw record heat'", "2021-01-15",
		"In the year 2020 alone, sales fell. The year 2020 saw record heat.",
		[]want{{"the year 2020", "DATE", "2020", "-", "", ""}, {"The year 2020", "DATE", "2020", "-", "", ""}}},

	// "early-to-mid 2021" (climate)
	{"review (rule right): 'from early to mid-2022', 'The firm was hit early to mid-2020', 'The show runs early to late May': the whole year or month; 'early to late night sessions' is a part of a day", "2021-01-15",
		"Analysts expect a recovery from early to mid-2022. The firm was hit early to mid-2020 by the pandemic. The show runs early to late May. Traders arrived early to late night sessions.",
		[]want{{"early to mid-2022", "DATE", "2022", "-", "", ""}, {"early to mid-2020", "DATE", "2020", "-", "", ""}, {"early to late May", "DATE", "2021-05", "-", "", ""}, {"late night", "TIME", "2021-01-15TNI", "", "", ""}}},

	// a figure in an abbreviated unit, per period (climate)
	{"review (rule right): 'Output hit 300 MW a day' is a rate; 'ran 5 km a week ago', 'rose 2 mm a day before the flood' are no rate", "2013-05-10",
		"He ran 5 km a week ago. The river rose 2 mm a day before the flood. Output hit 300 MW a day.",
		[]want{{"a week ago", "DATE", "2013-05-03", "", "", ""}, {"a day", "DURATION", "P1D", "-", "", ""}, {"a day", "SET", "P1D", "-", "0", "0"}}},

	// a horizon of decades (climate)
	{"review (rule right): 'could be dry in summer within 20 years, scientists said on Monday' any year's summer; 'will be finished in the spring, and repaid within 30 years' keeps the coming spring", "2012-09-19",
		"The lake could be dry in summer within 20 years, scientists said on Monday. The dam will be finished in the spring, and repaid within 30 years.",
		[]want{{"summer", "DATE", "XXXX-SU", "-", "", ""}, {"20 years", "DURATION", "P20Y", "-", "", ""}, {"Monday", "DATE", "2012-09-17", "-", "", ""}, {"the spring", "DATE", "2013-SP", "-", "", ""}, {"30 years", "DURATION", "P30Y", "-", "", ""}}},

	{"review: 'Ferries usually sail in May, until the new law takes effect in July', 'Shops usually open on Sundays in December, until a ban takes effect in January': a change told once in the clause of time ends the habit, its month the one to come (was XXXX-07, XXXX-01)", "2013-05-10",
		"Ferries usually sail in May, until the new law takes effect in July. Shops usually open on Sundays in December, until a ban takes effect in January.",
		[]want{{"May", "DATE", "XXXX-05", "-", "", ""}, {"July", "DATE", "2013-07", "-", "", ""}, {"Sundays", "SET", "XXXX-WXX-7", "-", "", ""}, {"December", "DATE", "XXXX-12", "-", "", ""}, {"January", "DATE", "2014-01", "-", "", ""}}},
	{"review (rule right): 'Prices usually fall in January, after retailers hold sales in December, analysts said on Monday', 'peaks in May, once the harvest begins in June, but this year it peaked in April'", "2013-05-10",
		"Prices usually fall in January, after retailers hold sales in December, analysts said on Monday. The index usually peaks in May, once the harvest begins in June, but this year it peaked in April.",
		[]want{{"January", "DATE", "XXXX-01", "-", "", ""}, {"December", "DATE", "XXXX-12", "-", "", ""}, {"Monday", "DATE", "2013-05-06", "-", "", ""}, {"May", "DATE", "XXXX-05", "-", "", ""}, {"June", "DATE", "XXXX-06", "-", "", ""}, {"this year", "DATE", "2013", "-", "", ""}, {"April", "DATE", "2013-04", "-", "", ""}}},

	// "the past quarter century" (climate)
	{"review (rule right): 'In the last quarter century the city has doubled', 'The next quarter-century of growth' are 25 years; 'Profits in the last quarter, century-old rivals said' keeps a quarter of a year", "2016-03-05",
		"In the last quarter century the city has doubled. Profits in the last quarter, century-old rivals said, fell. The next quarter-century of growth is uncertain.",
		[]want{{"the last quarter century", "DURATION", "P25Y", "-", "", ""}, {"the last quarter", "DURATION", "P1Q", "-", "", ""}, {"century-old", "DURATION", "P100Y", "", "", ""}, {"The next quarter-century", "DURATION", "P25Y", "-", "", ""}}},

	// a headline's "by end of 2019" (labour)
	{"review (rule right): 'will close by end of next year', 'stalled at end of last week', 'from end of March'; 'no end of trouble', 'to end of the field' give no date of their own", "2018-11-26",
		"The plant will close by end of next year. Talks stalled at end of last week. Rates will rise from end of March. There was no end of trouble in 2019. He hit the ball to end of the field in 2017.",
		[]want{{"end of next year", "DATE", "2019", "END", "", ""}, {"end of last week", "DATE", "2018-W47", "END", "", ""}, {"end of March", "DATE", "2019-03", "END", "", ""}, {"2019", "DATE", "2019", "-", "", ""}, {"2017", "DATE", "2017", "-", "", ""}}},

	// an age group (labour)
	{"review (rule right): 'Sales to 18-30 year olds rose in 2010', 'for six month olds': ages, no duration", "2011-11-16",
		"Sales to 18-30 year olds rose in 2010. The drug is for six month olds.",
		[]want{{"2010", "DATE", "2010", "-", "", ""}}},

	// "for Tuesday" ending a headline (labour)
	{"review (rule right): 'Court sets sentencing for Tuesday' ending a headline in a Wednesday paper is the Tuesday to come", "2021-07-07",
		"Court sets sentencing for Tuesday\n\nThe hearing was brief.",
		[]want{{"Tuesday", "DATE", "2021-07-13", "-", "", ""}}},

	// a union local's number (labour)
	{"review: 'Voters Head to Polls in Local 2016 Races', 'The candidates in Local 2016 elections': a year before a noun of elections is the election's (was none)", "2016-05-05",
		"Voters Head to Polls in Local 2016 Races\n\nThe candidates in Local 2016 elections spent heavily.",
		[]want{{"2016", "DATE", "2016", "-", "", ""}, {"2016", "DATE", "2016", "-", "", ""}}},
	{"review (rule right): 'Members of Teamsters Local 2010 walked out' is a local's number", "2016-05-05",
		"Members of Teamsters Local 2010 walked out on Monday.",
		[]want{{"Monday", "DATE", "2016-05-02", "-", "", ""}}},

	// a comma list of days before a pair (labour)
	{"review: 'Gates 3, 4 and 5 May be closed': a list with no preposition of time or weekday before it is of labels; the list rule adds no day (the '4 and 5 May' pair is the older pair rule's)", "2025-01-13",
		"Gates 3, 4 and 5 May be closed.",
		[]want{{"4", "DATE", "2025-05-04", "-", "", ""}, {"5 May", "DATE", "2025-05-05", "-", "", ""}}},
	{"review (rule right): 'on Monday 3, 10 and 17 February', 'on 29, 30 and 31 December and 2 January': a list after a weekday or 'on'", "2025-01-13",
		"Trains will not run on Monday 3, 10 and 17 February. Talks were held on 29, 30 and 31 December and 2 January.",
		[]want{{"Monday", "DATE", "2025-01-13", "-", "", ""}, {"3", "DATE", "2025-02-03", "-", "", ""}, {"10", "DATE", "2025-02-10", "-", "", ""}, {"17 February", "DATE", "2025-02-17", "-", "", ""},
			{"29", "DATE", "2024-12-29", "-", "", ""}, {"30", "DATE", "2024-12-30", "-", "", ""}, {"31 December", "DATE", "2024-12-31", "-", "", ""}, {"2 January", "DATE", "2025-01-02", "-", "", ""}}},

	// a weekday before a noun of a working regime (labour)
	{"review: 'Officials said Sunday work would resume', 'The union said Saturday working conditions had improved', 'Police said Saturday overtime payments ... totalled': after a verb of saying the weekday is the day of the saying, as agencies write it (was a SET, a wrong date)", "2017-06-06",
		"Officials said Sunday work would resume on Monday. The union said Saturday working conditions had improved. Police said Saturday overtime payments to officers totalled $2 million.",
		[]want{{"Sunday", "DATE", "2017-06-04", "-", "", ""}, {"Monday", "DATE", "2017-06-05", "-", "", ""}, {"Saturday", "DATE", "2017-06-03", "-", "", ""}, {"Saturday", "DATE", "2017-06-03", "-", "", ""}}},
	{"review: 'Attention Sunday shifts to the Senate': 'shifts' before 'to' is a verb, the weekday a day (was a SET)", "2017-06-06",
		"Attention Sunday shifts to the Senate, where a vote is due.",
		[]want{{"Sunday", "DATE", "2017-06-11", "-", "", ""}}},
	{"review (rule right): 'She worked Sunday shifts for years': every Sunday's shifts, a set", "2017-06-06",
		"She worked Sunday shifts for years.",
		[]want{{"Sunday", "SET", "XXXX-WXX-7", "-", "0", "0"}, {"years", "DURATION", "PXY", "-", "", ""}}},

	// "backdated to" (labour)
	{"review: 'Pay rises backdated to April will be paid in June': what a rise is backdated to has gone by also in the subject, before the reduced relative's rule (was the April to come, a wrong date)", "2024-01-22",
		"Pay rises backdated to April will be paid in June.",
		[]want{{"April", "DATE", "2023-04", "-", "", ""}, {"June", "DATE", "2024-06", "-", "", ""}}},
	{"review (rule right): 'Heavy rain on Monday, followed by flooding on Tuesday, killed three people': ', followed by' takes the main verb's past; 'Rain is forecast for Wednesday, followed by snow on Thursday': the forecast's days to come", "2024-01-20",
		"Heavy rain on Monday, followed by flooding on Tuesday, killed three people. Rain is forecast for Wednesday, followed by snow on Thursday.",
		[]want{{"Monday", "DATE", "2024-01-15", "-", "", ""}, {"Tuesday", "DATE", "2024-01-16", "-", "", ""}, {"Wednesday", "DATE", "2024-01-24", "-", "", ""}, {"Thursday", "DATE", "2024-01-25", "-", "", ""}}},

	// "the prior week" after a weekly report's week (labour)
	{"review: 'Last week the Fed met. In June, the previous week had been calm', 'He will leave next week; the previous week he was away': a date named since 'last week' moves the text on, the rule counts from no week of its (was the week before last week, a wrong date; now the older reading, the week before the reference week)", "2014-10-16",
		"Last week the Fed met. In June, the previous week had been calm.",
		[]want{{"Last week", "DATE", "2014-W41", "-", "", ""}, {"June", "DATE", "2014-06", "-", "", ""}, {"the previous week", "DATE", "2014-W41", "-", "", ""}}},
	{"review (rule right): 'Continuing claims fell last week to the lowest since 2000. The previous week' counts from last week; a year named since as a comparison moves nothing", "2014-10-16",
		"Continuing claims fell last week to the lowest since 2000. The previous week they had risen.",
		[]want{{"last week", "DATE", "2014-W41", "-", "", ""}, {"2000", "DATE", "2000", "-", "", ""}, {"The previous week", "DATE", "2014-W40", "-", "", ""}}},

	// "have had weeks to" (labour)
	{"review: 'He has had days to remember', 'The shop has hours to suit commuters', 'The club has years to celebrate': days and hours of a kind, no stretch one has for a deed (were PXD, PTXH, PXY)", "2023-02-15",
		"He has had days to remember at Wimbledon. The shop has hours to suit commuters. The club has years to celebrate.",
		nil},
	{"review (rule right): 'Investors have months to decide', 'The team had minutes left', 'We have days to go'", "2023-02-15",
		"Investors have months to decide. The team had minutes left. We have days to go.",
		[]want{{"months", "DURATION", "PXM", "-", "", ""}, {"days", "DURATION", "PXD", "-", "", ""}}},
}

func TestRound10ReviewA(t *testing.T) { runFormCases(t, round10ReviewACases, false) }
