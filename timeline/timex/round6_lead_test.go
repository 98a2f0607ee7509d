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

// timetableCases: a verb of a timetable in the present, after a singular
// subject, looks forward, as "The deadline expires Monday" does.
var timetableCases = []formCase{
	{"'The suspect appears in court on Monday' on a Wednesday: the hearing to come (was last Monday)", "2013-05-15",
		"The suspect appears in court on Monday.",
		[]want{{"Monday", "DATE", "2013-05-20", "-", "", ""}}},
	{"'Parliament debates the bill on Thursday' on a Wednesday: tomorrow (was last week's Thursday)", "2013-05-15",
		"Parliament debates the bill on Thursday.",
		[]want{{"Thursday", "DATE", "2013-05-16", "-", "", ""}}},
	{"counter-example: the past tense keeps the day gone", "2013-05-15",
		"The suspect appeared in court on Monday.",
		[]want{{"Monday", "DATE", "2013-05-13", "-", "", ""}}},
	{"counter-example: a noun after a determiner is no verb ('the hearings on Monday' has no tense cue; 'the marks' neither)", "2013-05-15",
		"The marks on Monday were the lowest.",
		[]want{{"Monday", "DATE", "2013-05-13", "-", "", ""}}},
}

func TestFindTimetable(t *testing.T) { runFormCases(t, timetableCases, false) }

// everySecondCases: "every second", "every other" before a weekday or a
// thing.
var everySecondCases = []formCase{
	{"'every second Monday' is a set of Mondays (was 'every second' PT1S and the coming Monday)", "2013-05-15",
		"The market is held every second Monday.",
		[]want{{"every second Monday", "SET", "XXXX-WXX-1", "-", "", ""}}},
	{"'every other Tuesday' is a set of Tuesdays (was the coming Tuesday)", "2013-05-15",
		"The committee meets every other Tuesday.",
		[]want{{"every other Tuesday", "SET", "XXXX-WXX-2", "-", "", ""}}},
	{"'every second vote' is one vote in two, no time (was PT1S)", "2013-05-15",
		"Every second vote was lost.",
		nil},
	{"'every second Briton' is one person in two, no time (was PT1S)", "2013-05-15",
		"Every second Briton owns a smartphone.",
		nil},
	{"counter-example: 'every second' at a clause's end is each second", "2013-05-15",
		"He checks the price every second.",
		[]want{{"every second", "SET", "PT1S", "-", "", ""}}},
	{"counter-example: 'every second week' keeps its period", "2013-05-15",
		"The bins are emptied every second week.",
		[]want{{"every second week", "SET", "P2W", "-", "", ""}}},
}

func TestFindEverySecond(t *testing.T) { runFormCases(t, everySecondCases, false) }
