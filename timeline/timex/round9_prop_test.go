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
}

func TestRound9Prop(t *testing.T) { runFormCases(t, round9PropCases, true) }
