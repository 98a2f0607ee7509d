package timex

import "testing"

// round6FormalCases are the rules adopted after tagging news items that
// quote or summarise formal texts (testdata/news 70-76: statements,
// judgments, filings, resolutions, rulings, notices), each with
// counter-examples.
var round6FormalCases = []formCase{
	// "the medium term"
	{"'over the medium term' is the time to come, as 'the near term' and 'over the long term'", "2014-03-13",
		"Rates will rise over the medium term. In the medium term, inflation should settle at 2 percent.",
		[]want{{"the medium term", "DATE", "FUTURE_REF", "-", "0", "0"}, {"the medium term", "DATE", "FUTURE_REF", "-", "0", "0"}}},
	{"counter-example: 'the medium-term outlook' is an adjective, and 'a medium term' no time", "2014-03-13",
		"The medium-term outlook improved. The word is a medium term between two others.",
		nil},
	{"'over medium term', 'in short term' ending a headline (no article, as headlines write) are FUTURE_REF too", "2014-03-13",
		"NZ bank signals more rises over medium term\nWELLINGTON - The bank raised rates.",
		[]want{{"medium term", "DATE", "FUTURE_REF", "-", "0", "0"}}},
	{"counter-example: without the article in running text, 'in long term care' is a noun", "2014-03-13",
		"He invests in long term care. She works in short term lets.",
		nil},

	// "per annum"
	{"'per annum' is a rate, a SET as 'per year' and '5 percent a year'", "2013-05-22",
		"The bonds pay a coupon of 5.25 percent per annum. Growth averaged 2.6 percent per year.",
		[]want{{"per annum", "SET", "P1Y", "-", "0", "0"}, {"per year", "SET", "P1Y", "-", "0", "0"}}},
	{"counter-example: 'a per diem' is an allowance, no set", "2013-05-22",
		"Staff receive a per diem of 40 dollars.",
		nil},

	// a number after "resolution"
	{"'resolution 1881' is a label, no year, as 'Flight 1549'", "2009-07-31",
		"Resolution 1881 extends the mission. The force was created by resolution 1769, adopted on July 31, 2007.",
		[]want{{"July 31, 2007", "DATE", "2007-07-31", "-", "2007-07-31", "2007-07-31"}}},
	{"counter-example: a year before 'resolution' and after 'the' stays a year", "2009-07-31",
		"The 2005 resolution referred Darfur to the court.",
		[]want{{"2005", "DATE", "2005", "-", "2005-01-01", "2005-12-31"}}},

	// a span of years with a slash
	{"'the 2012/13 season', 'in 2015/16' are spans as '2012-13': the first year, its interval both", "2016-02-02",
		"He won the title in the 2012/13 season. In 2015/16 sales rose.",
		[]want{{"2012", "DATE", "2012", "-", "2012-01-01", "2013-12-31"}, {"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"}}},
	{"counter-example: 'Regulation 2016/679', 'case 2014/10' and '2011/12/05' are no spans", "2016-02-02",
		"Regulation 2016/679 applies. Case 2014/10 was heard.",
		nil},

	// the stretch "to" a month or a day
	{"'the year to December 2014', 'the week to Friday' (British business copy) are a stretch and its end, as TimeBank marks 'the year ended March 31'", "2014-03-13",
		"It forecast inflation of 2.3 percent in the year to December 2014. Sales rose 4 percent in the week to Friday.",
		[]want{{"the year", "DURATION", "P1Y", "-", "0", "0"}, {"December 2014", "DATE", "2014-12", "-", "", ""}, {"the week", "DURATION", "P1W", "-", "0", "0"}, {"Friday", "DATE", "2014-03-07", "-", "", ""}}},
	{"counter-example: 'the year to date' and 'from the year to 2015' are no stretch", "2014-03-13",
		"The year to date was good. He moved the vote from the year to 2015.",
		[]want{{"2015", "DATE", "2015", "-", "", ""}}},

	// a day of "that year"
	{"'31 December of that year', 'June 2 of the following year' take the year of the date last named, as 'November of that year'", "2009-07-31",
		"The force was created on July 31, 2007, and took over on 31 December of that year. He joined on May 3, 2004 and left on June 2 of the following year.",
		[]want{{"July 31, 2007", "DATE", "2007-07-31", "-", "", ""}, {"31 December of that year", "DATE", "2007-12-31", "-", "2007-12-31", "2007-12-31"}, {"May 3, 2004", "DATE", "2004-05-03", "-", "", ""}, {"June 2 of the following year", "DATE", "2005-06-02", "-", "2005-06-02", "2005-06-02"}}},
	{"counter-example: with no date named before, 'of that year' adds nothing to the day", "2009-07-31",
		"It took over on 31 December.",
		[]want{{"31 December", "DATE", "2008-12-31", "-", "", ""}}},

	// the words of a formal deadline
	{"'no later than', 'not later than', 'on or before' in a clause not in the past are a deadline to come", "2009-07-31",
		"The resolution asks Ban to submit a plan no later than January 31. Parties file their lists not later than January 30 and pay on or before January 29.",
		[]want{{"January 31", "DATE", "2010-01-31", "-", "", ""}, {"January 30", "DATE", "2010-01-30", "-", "", ""}, {"January 29", "DATE", "2010-01-29", "-", "", ""}}},
	{"counter-example: told in the past, the deadline is gone", "2009-07-31",
		"He filed it no later than January 31.",
		[]want{{"January 31", "DATE", "2009-01-31", "-", "", ""}}},

	// a participle set off by commas after a noun
	{"'Resolution 1881, adopted by the council, asks ...': the participle describes the noun and is no past of the clause", "2009-07-31",
		"Resolution 1881, adopted unanimously by the 15-member council, asks Ban to submit a plan no later than January 31. The bill, passed by the House, goes to the Senate no later than January 30.",
		[]want{{"January 31", "DATE", "2010-01-31", "-", "", ""}, {"January 30", "DATE", "2010-01-30", "-", "", ""}}},
	{"counter-example: the main verb after a relative clause, and a participle after a verb, keep the past", "1989-11-01",
		"First of America, which now has 45 banks, announced an agreement to acquire the Peoria, Ill., bank holding company in January. He arrived, exhausted by the trip, and left on October 30.",
		[]want{{"now", "DATE", "PRESENT_REF", "-", "0", "0"}, {"January", "DATE", "1989-01", "-", "", ""}, {"October 30", "DATE", "1989-10-30", "-", "", ""}}},

	// a day that closes a stretch
	{"a day closing a stretch ('the six months to June 30', 'as of June 30') gives no day to a clock time after it", "2010-08-05",
		"It set aside 45 million pounds in the six months to June 30. Its shares fell 2.1 percent by 1120 GMT. Debt stood at 2 billion as of July 31. The index fell at 1400 GMT.",
		[]want{{"the six months", "DURATION", "P6M", "-", "0", "0"}, {"June 30", "DATE", "2010-06-30", "-", "", ""}, {"1120 GMT", "TIME", "2010-08-05T11:20", "-", "0", "0"}, {"July 31", "DATE", "2010-07-31", "-", "", ""}, {"1400 GMT", "TIME", "2010-08-05T14:00", "-", "0", "0"}}},
	{"counter-example: a day things happened on gives its day to a clock time in the next past sentence", "2010-08-05",
		"The plant was shut on June 30. Its shares fell 2.1 percent by 1120 GMT.",
		[]want{{"June 30", "DATE", "2010-06-30", "-", "", ""}, {"1120 GMT", "TIME", "2010-06-30T11:20", "-", "0", "0"}}},

	// the end of a stretch told as past
	{"the end of a stretch after 'to', 'ended' in a past clause is gone, though within six weeks ahead", "2013-05-22",
		"Sales rose 4 percent in the six months to June 30. Profit fell in the year to 30 June. Revenue climbed in the quarter ended June 30.",
		[]want{{"the six months", "DURATION", "P6M", "-", "0", "0"}, {"June 30", "DATE", "2012-06-30", "-", "", ""}, {"the year", "DURATION", "P1Y", "-", "0", "0"}, {"30 June", "DATE", "2012-06-30", "-", "", ""}, {"the quarter", "DATE", "2012-Q2", "", "", ""}, {"June 30", "DATE", "2012-06-30", "-", "", ""}}},
	{"counter-example: in a future clause, or after a verb of speech, the nearest day stays", "2013-05-22",
		"Profits will rise in the year to June 30. He said sales would rise in the six months to June 30. Results for the year ending June 30 are due.",
		[]want{{"the year", "DURATION", "P1Y", "-", "0", "0"}, {"June 30", "DATE", "2013-06-30", "-", "", ""}, {"the six months", "DURATION", "P6M", "-", "0", "0"}, {"June 30", "DATE", "2013-06-30", "-", "", ""}, {"the year", "DURATION", "P1Y", "-", "0", "0"}, {"June 30", "DATE", "2013-06-30", "-", "", ""}}},

	// the year of a range written at its end
	{"a range's start with no year takes the year its end writes: 'the period 1 January to 31 March 2013', 'from January to March 2013', 'between June and August 2010'", "2014-06-11",
		"The report covers the period 1 January to 31 March 2013. Data for January to March 2013 were revised. Output grew between June and August 2010.",
		[]want{{"1 January", "DATE", "2013-01-01", "-", "", ""}, {"31 March 2013", "DATE", "2013-03-31", "-", "", ""}, {"January", "DATE", "2013-01", "-", "", ""}, {"March 2013", "DATE", "2013-03", "-", "", ""}, {"June", "DATE", "2010-06", "-", "", ""}, {"August 2010", "DATE", "2010-08", "-", "", ""}}},
	{"a start after its end's month is of the year before: 'from November to February 2011', 'from November 3 to January 5, 2011'", "2014-06-11",
		"The strike ran from November to February 2011. The trial ran from November 3 to January 5, 2011.",
		[]want{{"November", "DATE", "2010-11", "-", "", ""}, {"February 2011", "DATE", "2011-02", "-", "", ""}, {"November 3", "DATE", "2010-11-03", "-", "", ""}, {"January 5, 2011", "DATE", "2011-01-05", "-", "", ""}}},
	{"counter-example: an end with no year, or a bare year as the end, gives the start nothing; 'June and August 2010' without 'between' is left to each", "2014-06-11",
		"It ran from March 3 to April 5. From June to 2013 nothing moved.",
		[]want{{"March 3", "DATE", "2014-03-03", "-", "", ""}, {"April 5", "DATE", "2014-04-05", "-", "", ""}, {"June", "DATE", "2014-06", "-", "", ""}, {"2013", "DATE", "2013", "-", "", ""}}},

	// a year after a range of days
	{"'July 28-29, 2011', 'between May 2 and 4, 2010': the year after a range of days is both days'", "2014-06-11",
		"The talks ran July 28-29, 2011. The fair ran between May 2 and 4, 2010, in Lyon.",
		[]want{{"July 28-29, 2011", "DATE", "2011-07-28", "-", "2011-07-28", "2011-07-29"}, {"May 2 and 4, 2010", "DATE", "2010-05-02", "-", "2010-05-02", "2010-05-04"}}},
	{"counter-example: with no year after it the range keeps the year its tense gives", "2014-06-11",
		"The talks ran July 28-29 and ended.",
		[]want{{"July 28-29", "DATE", "2013-07-28", "-", "2013-07-28", "2013-07-29"}}},

	// "the trailing 12 months"
	{"'the trailing 12 months' (finance) is 'the past 12 months', one duration", "2013-05-08",
		"Over the trailing 12 months, margins widened. The trailing three years were poor.",
		[]want{{"the trailing 12 months", "DURATION", "P12M", "-", "0", "0"}, {"The trailing three years", "DURATION", "P3Y", "-", "0", "0"}}},
	{"counter-example: 'trailing' without the article, or before no count of units, is none", "2013-05-08",
		"The team was trailing 3 points. The trailing edge moved. Trailing 12-month earnings rose.",
		[]want{{"12-month", "DURATION", "P12M", "-", "0", "0"}}},
}

func TestFindRound6Formal(t *testing.T) { runFormCases(t, round6FormalCases, false) }
