package timex

import "testing"

// leadCases are rules the lead added in session 6 from the reviewers'
// reports of wrong dates in older rules.
var leadCases = []formCase{
	// "through" after a verb that sets a new term
	{"'extended the program through June 30' in May: the end of the new term, to come (was last June)", "2013-05-15",
		"The government extended the program through June 30.",
		[]want{{"June 30", "DATE", "2013-06-30", "-", "", ""}}},
	{"a verb of a new term far back in the clause ('have extended ... credit lines through February'), as TimeBank dates such a term", "2013-11-05",
		"Banks have extended the company up to $200 million in short-term credit lines through February.",
		[]want{{"February", "DATE", "2014-02", "-", "", ""}}},
	{"counter-example: a stretch of this year through a month gone is no new term", "2013-05-15",
		"Sales rose this year through April.",
		[]want{{"this year", "DATE", "2013", "-", "", ""}, {"April", "DATE", "2013-04", "-", "", ""}}},
	{"counter-example: 'through' before a place is no term ('drove through Kabul on Monday' is last Monday)", "2013-05-15",
		"The convoy drove through Kabul on Monday.",
		[]want{{"Monday", "DATE", "2013-05-13", "-", "", ""}}},
	{"counter-example: a state kept through a month is past by its verb", "2013-05-15",
		"The plant stayed closed through March.",
		[]want{{"March", "DATE", "2013-03", "-", "", ""}}},
}

func TestFindLead(t *testing.T) { runFormCases(t, leadCases, false) }
