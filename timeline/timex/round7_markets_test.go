package timex

import "testing"

// round7MarketsCases are the rules adopted after tagging markets,
// earnings and economic-data copy (testdata/news 115-129: closes, weekly
// wraps, fiscal-year earnings, jobs, prices, claims and GDP reports,
// bonds and central banks), each with counter-examples.
var round7MarketsCases = []formCase{
	// a record's base after "since"
	{"'the smallest gain since March 2011' is a record's base: 'from a year earlier' after it is a year before the reference year, not before 2011", "2012-04-13",
		"Prices rose 2.7 percent, the smallest gain since March 2011. Core prices were up 2.3 percent from a year earlier.",
		[]want{{"March 2011", "DATE", "2011-03", "-", "2011-03-01", "2011-03-31"}, {"a year earlier", "DATE", "2011", "-", "", ""}}},
	{"'the highest since May 2011' leaves 'the first three months of the year' to the reference year", "2012-04-13",
		"Gasoline reached $3.94 on April 5, the highest since May 2011. Prices rose 13 percent in the first three months of the year.",
		[]want{{"April 5", "DATE", "2012-04-05", "-", "", ""}, {"May 2011", "DATE", "2011-05", "-", "", ""}, {"the first three months", "DURATION", "P3M", "-", "0", "0"}, {"the year", "DATE", "2012", "-", "", ""}}},
	{"counter-example: 'since' with no superlative names the story's time, which 'a year earlier' counts from", "2012-04-13",
		"Prices have risen since March 2011. A year earlier they had fallen.",
		[]want{{"March 2011", "DATE", "2011-03", "-", "", ""}, {"A year earlier", "DATE", "2010", "-", "", ""}}},
	{"counter-example: 'Since' opening a clause of cause is no record's base", "2012-04-13",
		"Since the first quarter of 2011 was the weakest, the year after it looked better. Sales fell in the first three months of the year.",
		[]want{{"the first quarter of 2011", "DATE", "2011-Q1", "-", "", ""}, {"the first three months", "DURATION", "P3M", "-", "0", "0"}, {"the year", "DATE", "2011", "-", "", ""}}},

	// a part of the day before a noun of dealings: left alone
	{"'in morning trading', 'in afternoon trade' are not tagged, as TBAQ leaves 'Sunday's morning talk shows' and the devset 'in morning trading'", "2012-05-23",
		"Shares rose 2.6 percent in morning trading. The index fell in afternoon trade.",
		nil},
	{"counter-example: 'in the morning' with a day named in its sentence is that morning", "2012-05-23",
		"On Tuesday, the index fell in the morning.",
		[]want{{"Tuesday", "DATE", "2012-05-22", "-", "", ""}, {"the morning", "TIME", "2012-05-22TMO", "", "", ""}}},

	// "overnight" of a loan
	{"'overnight' before a noun of lending is a loan's term, no night", "2015-03-18",
		"The bank held its benchmark overnight lending rate near zero. The overnight interbank rate rose, and overnight repo costs climbed.",
		nil},
	{"counter-example: 'overnight' across a comma from 'lending' is a night", "2015-03-18",
		"Markets rallied overnight, lending support to the euro.",
		[]want{{"overnight", "TIME", "2015-03-17TNI", "-", "", ""}}},

	// a count of days of a kind
	{"'the past 20 trading days', 'the next 10 business days' are one expression each, as 'the past 12 months'", "2015-08-20",
		"Volume was above the average for the past 20 trading days. Payment is due within the next 10 business days. Prices rose in the last three straight months.",
		[]want{{"the past 20 trading days", "DURATION", "P20D", "-", "0", "0"}, {"the next 10 business days", "DURATION", "P10D", "-", "0", "0"}, {"the last three straight months", "DURATION", "P3M", "-", "0", "0"}}},
	{"counter-example: 'sessions' is no unit of time, and 'trading' before another noun adds nothing", "2015-08-20",
		"The index rose for the last five straight sessions. It was the busiest of the past 20 trading sessions.",
		nil},

	// maturities
	{"a bond's maturity is a duration, as TBAQ marks 'the 10-year note' and 'the 30-year Treasury bond'", "2016-02-01",
		"Two-year yields in Germany reached minus 0.5 per cent. The Treasury will sell $24bn of three-year notes.",
		[]want{{"Two-year", "DURATION", "P2Y", "-", "0", "0"}, {"three-year", "DURATION", "P3Y", "-", "0", "0"}}},

	// a quarter reported that has not ended: fiscal
	{"'3Q profit climbs', 'fiscal third-quarter profit rose' in July: a quarter still running cannot be reported, so it is a fiscal one, no interval; 'the year-ago quarter' goes back to it", "2014-07-22",
		"Apex Devices 3Q profit climbs 12 percent\nApex said its third-quarter profit rose 12 percent. That compared with $1.7 billion in the year-ago quarter.",
		[]want{{"3Q", "DATE", "2014-Q3", "-", "0", "0"}, {"third-quarter", "DATE", "2014-Q3", "-", "0", "0"}, {"the year-ago quarter", "DATE", "2013-Q3", "-", "0", "0"}}},
	{"'Target 1Q profit jumps' in May: the quarter is over, the calendar quarter stays", "2010-05-20",
		"Target 1Q profit jumps 30 percent; shares rise",
		[]want{{"1Q", "DATE", "2010-Q1", "-", "2010-01-01", "2010-03-31"}}},
	{"counter-example: a forecast or a timetable of results keeps the calendar quarter", "2014-07-22",
		"Apex expects third-quarter profit to rise. Apex will report third-quarter results on Oct. 20.",
		[]want{{"third-quarter", "DATE", "2014-Q3", "-", "2014-07-01", "2014-09-30"}, {"third-quarter", "DATE", "2014-Q3", "-", "2014-07-01", "2014-09-30"}, {"Oct. 20", "DATE", "2014-10-20", "-", "", ""}}},
	{"counter-example: '3Q' before no word of results is none", "2014-07-22",
		"He owns 3Q shares. The 3Q team won.",
		nil},

	// the holiday quarter
	{"'the holiday quarter' is the October-December quarter, chosen as 'the fourth quarter'; its own modal points forward", "2014-07-22",
		"Park said the holiday quarter would bring the largest launch in years.",
		[]want{{"the holiday quarter", "DATE", "2014-Q4", "-", "2014-10-01", "2014-12-31"}, {"years", "DURATION", "PXY", "-", "0", "0"}}},
	{"'holiday-quarter sales rose' in January is the quarter just gone", "2015-01-27",
		"Holiday-quarter sales rose 5 percent.",
		[]want{{"Holiday-quarter", "DATE", "2014-Q4", "-", "2014-10-01", "2014-12-31"}}},
	{"counter-example: a district 'of' a city, or 'a holiday quarter' with no article of one, is none", "2015-01-27",
		"They stayed in the holiday quarter of Palma. It was a holiday quarter to forget.",
		nil},

	// a month of figures or of a forecast
	{"'the January payrolls report' in a future clause in February is the January just gone: the nearest month", "2016-02-01",
		"Investors will look to the January payrolls report on Friday.",
		[]want{{"January", "DATE", "2016-01", "-", "", ""}, {"Friday", "DATE", "2016-02-05", "-", "", ""}}},
	{"'up from its April forecast' is a forecast made before, in a present clause", "2014-07-22",
		"Apex now expects revenue of $58 billion, up from its April forecast of $57 billion.",
		[]want{{"now", "DATE", "PRESENT_REF", "-", "0", "0"}, {"April", "DATE", "2014-04", "-", "", ""}}},
	{"'the March count was revised up' in February: figures of a month gone", "2016-02-01",
		"The government revised the March count up.",
		[]want{{"March", "DATE", "2015-03", "-", "", ""}}},
	{"counter-example: 'the June meeting' is no figure, and keeps the tense's month", "2016-02-01",
		"Officials will decide at the June meeting.",
		[]want{{"June", "DATE", "2016-06", "-", "", ""}}},

	// a futures contract's month
	{"'for January delivery', 'for January settlement', 'the January contract' after them are the coming January", "2009-11-30",
		"Crude oil for January delivery fell 55 cents. The January contract is down 4.3 percent in November. Brent for January settlement slipped.",
		[]want{{"January", "DATE", "2010-01", "-", "", ""}, {"January", "DATE", "2010-01", "-", "", ""}, {"November", "DATE", "2009-11", "-", "", ""}, {"January", "DATE", "2010-01", "-", "", ""}}},
	{"counter-example: 'the January contract' of a wage deal, 'the January settlement' of a lawsuit keep the tense's month", "2009-11-30",
		"Workers signed the January contract after a strike. Under the January settlement, the company paid $5 million.",
		[]want{{"January", "DATE", "2009-01", "-", "", ""}, {"January", "DATE", "2009-01", "-", "", ""}}},

	// "week's end"
	{"'at week's end' in a present clause is the end of the reference week", "2014-10-17",
		"Stocks rebound at week's end. The deal should close by the week's end.",
		[]want{{"week's end", "DATE", "2014-W42", "END", "2014-10-18", "2014-10-19"}, {"the week's end", "DATE", "2014-W42", "END", "", ""}}},
	{"counter-example: in a past clause with no day named it is none; 'each week's end' is no one week", "2014-10-20",
		"Stocks rallied at week's end.",
		nil},

	// a perfect participle
	{"'having forecast growth ... in April' is a deed done before: the April gone", "2014-07-31",
		"The company now expects sales to be flat, having forecast growth of 3 to 5 per cent in April.",
		[]want{{"now", "DATE", "PRESENT_REF", "-", "0", "0"}, {"April", "DATE", "2014-04", "-", "", ""}}},
	{"counter-example: 'having to wait until April' is no participle; the future holds", "2014-07-31",
		"Having to wait until April, he will go in June.",
		[]want{{"April", "DATE", "2015-04", "-", "", ""}, {"June", "DATE", "2015-06", "-", "", ""}}},

	// the previous month of monthly figures
	{"'the previous month' counts from the month last named, not from the day of the report", "2013-06-07",
		"Nonfarm payrolls increased 175,000 last month, the Labor Department said on Friday. The government revised the previous month's figure down.",
		[]want{{"last month", "DATE", "2013-05", "-", "", ""}, {"Friday", "DATE", "2013-06-07", "-", "", ""}, {"the previous month", "DATE", "2013-04", "-", "2013-04-01", "2013-04-30"}}},
	{"'in March from February, after 0.4 percent the previous month': the base after 'from' is no month told of", "2012-04-13",
		"The index increased 0.3 percent in March from February, after climbing 0.4 percent the previous month.",
		[]want{{"March", "DATE", "2012-03", "-", "", ""}, {"February", "DATE", "2012-02", "-", "", ""}, {"the previous month", "DATE", "2012-02", "-", "", ""}}},
	{"counter-example: a day named after no month keeps 'the previous month' the month before it", "2013-06-07",
		"On Friday, the department said hiring slowed from the previous month.",
		[]want{{"Friday", "DATE", "2013-06-07", "-", "", ""}, {"the previous month", "DATE", "2013-05", "-", "", ""}}},

	// "May" before a noun of figures
	{"'May sales', 'May exports' are the month: the modal never stands before such a noun", "2010-05-20",
		"The company will report May sales on June 3. May exports fell 3 percent.",
		[]want{{"May", "DATE", "2010-05", "-", "", ""}, {"June 3", "DATE", "2010-06-03", "-", "", ""}, {"May", "DATE", "2010-05", "-", "", ""}}},
	{"counter-example: the modal before a verb, or a headline's capitalised noun, is none", "2010-05-20",
		"Investors may sell. Retailers May Sales Slump",
		nil},

	// the next event in a month
	{"'its next policy meeting in April' after a past reporting verb is the April to come", "2015-06-18",
		"The Fed said a rate hike remained unlikely at its next policy meeting in April.",
		[]want{{"April", "DATE", "2016-04", "-", "", ""}}},
	{"counter-example: a past verb after the month, or a unit after 'next', leaves the tense to decide", "2015-06-18",
		"The committee's next meeting in April was cancelled. The talks resumed the next week in March.",
		[]want{{"April", "DATE", "2015-04", "-", "", ""}, {"the next week", "DATE", "", "", "", ""}, {"March", "DATE", "2015-03", "-", "", ""}}},
	// self-review: each rule's trigger in another sense or tense
	{"self-review: a record's base leaves a later month to its own tense", "2013-06-14",
		"Unemployment fell to 7.5 percent, the lowest since December 2008. In January, it had been 7.9 percent.",
		[]want{{"December 2008", "DATE", "2008-12", "-", "", ""}, {"January", "DATE", "2013-01", "-", "", ""}}},
	{"self-review: 'overnight' of fighting, a comma before 'lending', is a night", "2013-06-14",
		"Fighting raged overnight in Homs, lending urgency to the talks.",
		[]want{{"overnight", "TIME", "2013-06-13TNI", "-", "", ""}}},
	{"self-review: a forecast of quarterly results after 'said' keeps the calendar quarter", "2014-07-22",
		"Analysts said third-quarter earnings would fall.",
		[]want{{"third-quarter", "DATE", "2014-Q3", "-", "2014-07-01", "2014-09-30"}}},
	{"self-review: 'the March figures' to come and gone", "2016-02-01",
		"The March figures will show a decline. The March figures showed a decline.",
		[]want{{"March", "DATE", "2016-03", "-", "", ""}, {"March", "DATE", "2015-03", "-", "", ""}}},
	{"self-review: jets 'ordered for January delivery' are no futures contract: the tense decides", "2015-06-18",
		"The jets were ordered for January delivery.",
		[]want{{"January", "DATE", "2015-01", "-", "", ""}}},
	{"self-review: 'having' as a verb is no perfect participle", "2015-06-18",
		"The bank is having a difficult year, and it cut rates in March.",
		[]want{{"March", "DATE", "2015-03", "-", "", ""}}},
	{"self-review: 'the previous month' after a day that is no report's counts from that day", "2013-06-14",
		"In May, sales rose. On June 10, the firm said the previous month was its best.",
		[]want{{"May", "DATE", "2013-05", "-", "", ""}, {"June 10", "DATE", "2013-06-10", "-", "", ""}, {"the previous month", "DATE", "2013-05", "-", "", ""}}},
	{"self-review: 'May sales will slow' is still the month (a month to come, in April)", "2015-04-20",
		"Retailers fear May sales will slow.",
		[]want{{"May", "DATE", "2015-05", "-", "", ""}}},
	{"self-review: 'next to' a building before 'in May' is no event to come", "2015-06-18",
		"A bomb exploded next to the embassy in May.",
		[]want{{"May", "DATE", "2015-05", "-", "", ""}}},
}

func TestRound7Markets(t *testing.T) { runFormCases(t, round7MarketsCases, true) }
