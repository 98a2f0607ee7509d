package timex

import "testing"

// leadRuleCases: "will report results for" a quarter keeps the future of
// "will" (the timetable reading of "reports results" is for the plain
// present), so a quarter whose last one ended more than a season ago is
// the one to come.
var leadRuleCases = []formCase{
	{"'will report results for the fourth quarter' in September is the quarter to come", "2017-09-12",
		"The company will report results for the fourth quarter in early November.",
		[]want{{"the fourth quarter", "DATE", "2017-Q4", "", "", ""}, {"early November", "DATE", "2017-11", "START", "", ""}}},
	{"counter-example: in January, the quarter just ended is the one reported", "2017-01-10",
		"The company will report results for the fourth quarter next month.",
		[]want{{"the fourth quarter", "DATE", "2016-Q4", "", "", ""}, {"next month", "DATE", "2017-02", "", "", ""}}},
	{"counter-example: the plain present stays a timetable of the quarter just ended", "2016-10-20",
		"The company reports third-quarter results on Tuesday.",
		[]want{{"third-quarter", "DATE", "2016-Q3", "", "", ""}, {"Tuesday", "DATE", "2016-10-25", "", "", ""}}},
	{"counter-example: a past clause keeps the quarter gone", "2017-09-12",
		"Sales rose in the fourth quarter.",
		[]want{{"the fourth quarter", "DATE", "2016-Q4", "", "", ""}}},
}

func TestLeadRules9(t *testing.T) { runFormCases(t, leadRuleCases, false) }
