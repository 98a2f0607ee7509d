package timex

import "testing"

// guardCases are wrong dates found by the events tests on articles we wrote
// (blind set 5), kept here so that no later rule brings them back. The
// reference day 2026-06-09 is a Tuesday.
var guardCases = []formCase{
	{"'votes' after a number is a noun, not a timetable verb: 'lost ... by 12 votes late on Monday' is the Monday gone", "2026-06-09",
		"The government lost the vote by 12 votes late on Monday, officials said.",
		[]want{{"Monday", "DATE", "2026-06-08", "", "", ""}}},
	{"'votes' after a quantity is a noun: the past verb dates the weekday", "2026-06-09",
		"The motion won more votes on Monday than expected.",
		[]want{{"Monday", "DATE", "2026-06-08", "", "", ""}}},
	{"counter-example: a timetable verb after a singular subject still points forward", "2026-06-09",
		"Parliament votes Thursday on the budget.",
		[]want{{"Thursday", "DATE", "2026-06-11", "", "", ""}}},
}

func TestFindGuards(t *testing.T) { runFormCases(t, guardCases, false) }
