package timex

import "testing"

// round8FYCases hold the one convention for a fiscal year written as the
// two calendar years it straddles: where a noun of a year of account
// ("fiscal", "financial year", "budget year", "FY") names the span, it is
// the fiscal year named by the year it ends in, as TimeBank values
// "fiscal 1989" and as the package already valued "FY2014/15" and "the
// 2013-14 financial year", with no calendar interval. A span no such noun
// names keeps its reading: its first year, both years' days. A value left
// "" is not checked.
var round8FYCases = []formCase{
	// the noun before the span, with or without "the"
	{"'financial year 2012-13' with no article is the fiscal year, as 'the financial year 2016-17' (was 2012, both years' days)", "2014-05-20",
		"Revenue for financial year 2012-13 fell by a fifth.",
		[]want{{"2012-13", "DATE", "2013", "-", "0", "0"}}},
	{"'fiscal 2013-14', 'fiscal year 2013-14' as 'fiscal 1989' and 'FY2013-14' (were 'fiscal 2013', 'fiscal year 2013', 2013)", "2014-05-20",
		"Exports rose in fiscal 2013-14. The deficit for fiscal year 2014-15 is forecast at 4.1 percent.",
		[]want{{"fiscal 2013-14", "DATE", "2014", "-", "0", "0"}, {"fiscal year 2014-15", "DATE", "2015", "-", "0", "0"}}},
	{"counter-example: 'fiscal year 2014' and 'fiscal 1989', no span, keep their year", "2014-05-20",
		"The budget for fiscal year 2014 is set. Sales in fiscal 1989 rose.",
		[]want{{"fiscal year 2014", "DATE", "2014", "-", "0", "0"}, {"fiscal 1989", "DATE", "1989", "-", "0", "0"}}},

	// a list of fiscal years under one noun
	{"'the financial years 2013-14 and 2014-15': each span the plural noun names is a fiscal year (were 2013 and 2014)", "2016-02-08",
		"The council overspent in the financial years 2013-14 and 2014-15.",
		[]want{{"2013-14", "DATE", "2014", "-", "0", "0"}, {"2014-15", "DATE", "2015", "-", "0", "0"}}},
	{"'the fiscal years 2013/14, 2014/15 and 2015/16': a list joined by commas and 'and', the noun before the first", "2016-02-08",
		"Audits covered the fiscal years 2013/14, 2014/15 and 2015/16.",
		[]want{{"2013/14", "DATE", "2014", "-", "0", "0"}, {"2014/15", "DATE", "2015", "-", "0", "0"}, {"2015/16", "DATE", "2016", "-", "0", "0"}}},
	{"'the 2013-14 and 2014-15 financial years': the noun after the last span names them all (were 2013 and 2014)", "2016-02-08",
		"The 2013-14 and 2014-15 financial years were hard for the trust.",
		[]want{{"2013-14", "DATE", "2014", "-", "0", "0"}, {"2014-15", "DATE", "2015", "-", "0", "0"}}},
	{"'the government's 2013-14 fiscal year': a possessive for the article, the noun in the expression (was 2013)", "2015-03-10",
		"The government's 2013-14 fiscal year ended with a surplus.",
		[]want{{"2013-14 fiscal year", "DATE", "2014", "-", "0", "0"}}},
	{"counter-example: 'the 2013-14 title and the 2014-15 fiscal year': the noun names only the span it follows", "2016-02-08",
		"She won the 2013-14 title and the 2014-15 fiscal year award.",
		[]want{{"2013", "DATE", "2013", "-", "2013-01-01", "2014-12-31"}, {"the 2014-15 fiscal year", "DATE", "2015", "-", "0", "0"}}},

	// the second year written in full
	{"'the 1999-2000 financial year', 'the financial year 2013-2014': a fiscal year with its second year in full (were two years, 1999 and 2000)", "2001-06-12",
		"Revenue for the 1999-2000 financial year fell. The financial year 2000-2001 was better.",
		[]want{{"the 1999-2000 financial year", "DATE", "2000", "-", "0", "0"}, {"The financial year 2000-2001", "DATE", "2001", "-", "0", "0"}}},
	{"counter-example: 'In 1999-2000' with no noun of account stays two years", "2001-06-12",
		"In 1999-2000, he coached the team.",
		[]want{{"1999", "DATE", "1999", "-", "", ""}, {"2000", "DATE", "2000", "-", "", ""}}},

	// no noun of account: the span keeps its reading
	{"counter-example: 'the 2015-16 season', 'the 2015-16 budget' name no fiscal year: the first year, both years' days", "2016-02-08",
		"The 2015-16 season ended early. The council's 2015-16 budget was cut.",
		[]want{{"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"}, {"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"}}},
	{"counter-example (self-review): 'financial' or 'fiscal' elsewhere in the sentence ('the club's financial troubles', 'the fiscal cliff of 2012-13') names no fiscal year", "2016-02-08",
		"The club's financial troubles began in the 2013-14 season. The fiscal cliff of 2012-13 loomed.",
		[]want{{"2013", "DATE", "2013", "-", "2013-01-01", "2014-12-31"}, {"2012", "DATE", "2012", "-", "2012-01-01", "2013-12-31"}}},
	{"counter-example (self-review): 'The financial year ends in March' before a bare span in the next sentence leaves it a span of years", "2016-02-08",
		"The financial year ends in March. Sales in 2013-14 rose.",
		[]want{{"The financial year", "DURATION", "P1Y", "-", "", ""}, {"March", "DATE", "", "-", "", ""}, {"2013", "DATE", "2013", "-", "2013-01-01", "2014-12-31"}}},
}

func TestRound8FY(t *testing.T) { runFormCases(t, round8FYCases, true) }
