package timex

import "testing"

// round9PropCases are the rules adopted after tagging the property, retail
// and personal finance items of testdata/news (316-329), each with
// counter-examples, and the sentences of their self-review: the trigger
// words in another sense or another tense. A value left "" is not checked.
var round9PropCases = []formCase{
	// a tax year is a year of account
	{"'the 2017-18 tax year', 'The 2024-25 tax year', 'tax year 2024-25': a tax authority's year across two calendar years is named by the year it ends in, as 'the 2015/16 financial year', with no calendar interval (was the first year, both years' days)", "2019-01-29",
		"Returns for the 2017-18 tax year are due. The 2024-25 tax year ends soon. He filed for tax year 2024-25.",
		[]want{{"the 2017-18 tax year", "DATE", "2018", "-", "0", "0"}, {"The 2024-25 tax year", "DATE", "2025", "-", "0", "0"}, {"tax year 2024-25", "DATE", "2025", "-", "0", "0"}}},
	{"'tax year 2009', 'the current tax year', 'the previous three tax years': one expression each, as 'fiscal year 2009', 'the current fiscal year', 'the next two financial years' (was '2009' alone, none, none)", "2010-04-13",
		"The IRS expects 140 million returns for tax year 2009. Allowances reset in the current tax year. Savers can carry forward relief from the previous three tax years.",
		[]want{{"tax year 2009", "DATE", "2009", "-", "0", "0"}, {"the current tax year", "DATE", "2010", "-", "0", "0"}, {"the previous three tax years", "DURATION", "P3Y", "-", "0", "0"}}},
	{"counter-example (self-review): the verb 'tax' ('raised the tax year after year', 'tax year-round residents'), 'tax' before 'years ago' in another phrase, and a span of seasons with no year of account keep their readings", "2010-04-13",
		"Lawmakers raised the tax year after year. Towns tax year-round residents more. The tax was cut two years ago. The 2012-13 season was long.",
		[]want{{"two years ago", "DATE", "2008", "-", "", ""}, {"2012", "DATE", "2012", "-", "2012-01-01", "2013-12-31"}}},

	// a month "of last year"
	{"'Compared to June of last year', 'from February of last year', 'in March of next year', 'May of this year': one expression, the month of that year, as 'June of 2013' and 'June last year' (was the month of the tense's year, wrong after 'of', and the year apart)", "2014-07-22",
		"Compared to June of last year, sales were down. Prices fell 14 per cent from February of last year. The store opens in March of next year. Sales rose in May of this year.",
		[]want{{"June of last year", "DATE", "2013-06", "-", "2013-06-01", "2013-06-30"}, {"February of last year", "DATE", "2013-02", "-", "", ""}, {"March of next year", "DATE", "2015-03", "-", "", ""}, {"May of this year", "DATE", "2014-05", "-", "", ""}}},
	{"counter-example (self-review): a name 'Theresa May of last year's cabinet', a procession 'The March of last year's marchers', and a month with a comma before 'of last year's' keep no month of that year", "2014-07-22",
		"Theresa May of last year's cabinet spoke. The March of last year's marchers was long. The end of June, of last year's figures, was weak.",
		[]want{{"last year", "DATE", "2013", "-", "", ""}, {"last year", "DATE", "2013", "-", "", ""}, {"The end of June", "DATE", "2014-06", "END", "", ""}, {"last year", "DATE", "2013", "-", "", ""}}},

	// the nth weekend of a month
	{"'the first weekend of August', 'The second weekend of March 2013', 'the fourth weekend of November 2012': the weekend of the month's first (second ...) Saturday, as 'the first week of August' is its run of days (was the month alone)", "2025-07-17",
		"Tax holidays fall on the first weekend of August. The second weekend of March 2013 was cold. The fourth weekend of November 2012 was busy.",
		[]want{{"the first weekend of August", "DATE", "2025-W31-WE", "-", "2025-08-02", "2025-08-03"}, {"The second weekend of March 2013", "DATE", "2013-W10-WE", "-", "2013-03-09", "2013-03-10"}, {"The fourth weekend of November 2012", "DATE", "2012-W47-WE", "-", "2012-11-24", "2012-11-25"}}},
	{"counter-example (self-review): 'the first weekend of the season', 'of its release', 'of every month' name no month; 'the last weekend of June' stays the month (a month ending on a Saturday leaves it unsure)", "2025-07-17",
		"It was the first weekend of the season. The first weekend of its release drew crowds. He spent the first weekend of every month at home. The last weekend of June is a holiday.",
		[]want{{"every month", "SET", "P1M", "-", "", ""}, {"June", "DATE", "2025-06", "-", "", ""}}},

	// a holiday's part of the day, and its week
	{"'on Thanksgiving night', 'on Christmas morning', 'Christmas Eve night', 'Christmas Day evening': that part of the holiday, a TIME as 'Friday night', in the year the holiday takes (was the day alone)", "2012-11-23",
		"Millions headed to stores on Thanksgiving night. She called on Christmas morning. He spoke on Christmas Day evening. Crowds will gather on Christmas Eve night.",
		[]want{{"Thanksgiving night", "TIME", "2012-11-22TNI", "-", "", ""}, {"Christmas morning", "TIME", "2011-12-25TMO", "-", "", ""}, {"Christmas Day evening", "TIME", "2011-12-25TEV", "-", "", ""}, {"Christmas Eve night", "TIME", "2012-12-24TNI", "-", "", ""}}},
	{"counter-example (self-review): 'the Easter weekend morning' keeps the weekend, 'on Thanksgiving night in 2011' keeps that year's day and its year apart, and 'Christmas Night' capitalised (a title) is the day alone", "2012-11-23",
		"The Easter weekend morning was cold. They met on Thanksgiving night in 2011. He starred in Christmas Night, a film.",
		[]want{{"Easter weekend", "DATE", "2012-W14-WE", "-", "", ""}, {"Thanksgiving", "DATE", "2011-11-24", "-", "", ""}, {"2011", "DATE", "2011", "-", "", ""}, {"Christmas", "DATE", "", "-", "", ""}}},
	{"'held back until Christmas week', 'Christmas week next year': the ISO week holding 25 December, as 'Easter week' is Easter's (was Christmas Day)", "2015-12-26",
		"Shoppers held back until Christmas week. Stores close in Christmas week next year.",
		[]want{{"Christmas week", "DATE", "2015-W52", "-", "2015-12-21", "2015-12-27"}, {"Christmas week next year", "DATE", "2016-W51", "-", "2016-12-19", "2016-12-25"}}},
	{"counter-example (self-review): 'the Christmas weekend' (the day alone, its weekend unsure), plural 'Christmas weeks', and 'Easter week' unchanged", "2015-12-26",
		"The Christmas weekend was quiet. Christmas weeks are busy for shops. Easter week was busy.",
		[]want{{"Christmas", "DATE", "2015-12-25", "-", "", ""}, {"Christmas", "DATE", "2015-12-25", "-", "", ""}, {"Easter week", "DATE", "2015-W14", "-", "2015-03-30", "2015-04-05"}}},

	// a sum more per period
	{"'would pay about $150 more a month', 'earn $2,000 more a year', '£200 extra a week', '5% more a year', '$5 billion more a year': a sum of money or a share, 'more' or 'extra', per period is a rate, as '$150 a month' (was a DURATION)", "2018-03-15",
		"A borrower would pay about $150 more a month. Workers earn $2,000 more a year. Staff get £200 extra a week. Rents rose 5% more a year. It costs $5 billion more a year.",
		[]want{{"a month", "SET", "P1M", "-", "0", "0"}, {"a year", "SET", "P1Y", "-", "", ""}, {"a week", "SET", "P1W", "-", "", ""}, {"a year", "SET", "P1Y", "-", "", ""}, {"a year", "SET", "P1Y", "-", "", ""}}},
	{"counter-example (self-review): 'more a month later' is a distance in time; a bare count ('hired 2,000 more a year') and 'anything more a month can give' are no sums of money", "2018-03-15",
		"He paid $150 more a month later. The firm hired 2,000 more a year. Is there anything more a month can give?",
		[]want{{"a month", "DURATION", "P1M", "-", "", ""}, {"a year", "DURATION", "P1Y", "-", "", ""}, {"a month", "DURATION", "P1M", "-", "", ""}}},

	// a month's own figures
	{"'in line with January's inflation figure', 'January's jobs report', 'December's figures will be released', 'At June's sales pace, it would take': a month's possessive before a noun of figures is the month they cover, the nearest, whatever the tense, as 'the January payrolls report' (was the January to come)", "2023-03-20",
		"Firms will raise prices in line with January's inflation figure. Investors will watch January's jobs report. December's figures will be released next month.",
		[]want{{"January", "DATE", "2023-01", "-", "", ""}, {"January", "DATE", "2023-01", "-", "", ""}, {"December", "DATE", "2022-12", "-", "", ""}, {"next month", "DATE", "2023-04", "-", "", ""}}},
	{"'At June's sales pace, it would take 5.5 months' in July: June just gone; 'expect December's inflation figure to rise' in November: the December to come, the nearest", "2014-07-22",
		"At June's sales pace, it would take 5.5 months to clear the stock. Economists expect December's inflation figure to rise.",
		[]want{{"June", "DATE", "2014-06", "-", "", ""}, {"5.5 months", "DURATION", "P5M15D", "-", "", ""}, {"December", "DATE", "2014-12", "-", "", ""}}},
	{"counter-example (self-review): a month's possessive before no figures ('January's new signing', 'January's sales' in British copy, a sale season to come) keeps the tense's month", "2023-03-20",
		"Fans will cheer January's new signing. Shoppers will flock to January's sales.",
		[]want{{"January", "DATE", "2024-01", "-", "", ""}, {"January", "DATE", "2024-01", "-", "", ""}}},

	// the month of a figure compared with
	{"'it would take 5.5 months, up from 5.2 months in May', 'will rise to 6%, down from 7% in March', 'expected to climb to $3 billion, up from $2.4 billion in January': the figure compared with was measured, its month gone whatever the tense (was the month to come)", "2014-02-22",
		"It would take 5.5 months, up from 5.2 months in May. Unemployment will rise to 6%, down from 7% in March. Exports are expected to climb to $3 billion, up from $2.4 billion in January.",
		[]want{{"5.5 months", "DURATION", "P5M15D", "-", "", ""}, {"5.2 months", "DURATION", "P5M6D", "-", "", ""}, {"May", "DATE", "2013-05", "-", "", ""}, {"March", "DATE", "2013-03", "-", "", ""}, {"January", "DATE", "2014-01", "-", "", ""}}},
	{"counter-example (self-review): a range on ('will go up from $3 in March to $5 in June', 'up from $3 to $5 in June'), a rank ('will move up from 5th in May') and 'step down from the board in March' (no figure) keep the tense's month", "2014-02-22",
		"Prices will go up from $3 in March to $5 in June. Fares will go up from $3 to $5 in June. The team will move up from 5th in May. He will step down from the board in March.",
		[]want{{"March", "DATE", "2014-03", "-", "", ""}, {"June", "DATE", "2014-06", "-", "", ""}, {"June", "DATE", "2014-06", "-", "", ""}, {"May", "DATE", "2014-05", "-", "", ""}, {"March", "DATE", "2014-03", "-", "", ""}}},

	// a year of account's "year end" with no article
	{"'Tax year end: five things to do', 'Financial year end looms': the end of the year of account under way, valued as 'the current fiscal year', Mod END, no interval (was the calendar year's end, 2024 in April 2025)", "2025-04-01",
		"Tax year end: five things to do before Saturday.\nFinancial year end looms for small firms.",
		[]want{{"Tax year end", "DATE", "2025", "END", "0", "0"}, {"Saturday", "DATE", "", "-", "", ""}, {"Financial year end", "DATE", "2025", "END", "0", "0"}}},
	{"counter-example (self-review): in a past clause ('At financial year end, the firm had sold') which year's end is unsure: none; a bare 'year end' keeps the calendar year's", "2025-04-01",
		"At financial year end, the firm had sold its stake. Shares will rally into year end.",
		[]want{{"year end", "DATE", "2025", "END", "", ""}}},
}

func TestRound9Prop(t *testing.T) { runFormCases(t, round9PropCases, true) }
