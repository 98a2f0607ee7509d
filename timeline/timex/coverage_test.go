package timex

import "testing"

// coverageCases are classes of temporal expressions checked against the
// classes a published rule-based tagger (HeidelTime's English resources)
// covers, each added where TimeBank annotates the class and the tagger
// missed it or valued it wrongly. The sentences are written for these
// tests.
var coverageCases = []formCase{
	// a week straddling two months
	{"'that month' after a week is the month of the day named in it, not the month of the week's Monday", "2025-11-19",
		"He arrived on May 3. That week he resigned. That month prices fell.",
		[]want{{"May 3", "DATE", "2025-05-03", "", "", ""}, {"That week", "DATE", "2025-W18", "", "", ""}, {"That month", "DATE", "2025-05", "", "2025-05-01", "2025-05-31"}}},
	{"a week named alone counts by its Thursday: 'the following month' after the week of Monday 28 April is May", "2025-11-19",
		"The plant closed the week of May 1. The following month it reopened.",
		[]want{{"the week of May 1", "DATE", "2025-W18", "", "", ""}, {"The following month", "DATE", "2025-06", "", "", ""}}},
	{"counter-example: a week inside one month leaves the month as it was", "2025-11-19",
		"He arrived on May 14. That week he resigned. That month prices fell.",
		[]want{{"May 14", "DATE", "2025-05-14", "", "", ""}, {"That week", "DATE", "2025-W20", "", "", ""}, {"That month", "DATE", "2025-05", "", "", ""}}},

	// a weekday with a plural part of day is a set
	{"'Tuesday nights' is every Tuesday night, a set", "2025-11-19",
		"The club meets on Tuesday nights.",
		[]want{{"Tuesday nights", "SET", "XXXX-WXX-2TNI", "", "0", "0"}}},
	{"'Sunday mornings' is every Sunday morning", "2025-11-19",
		"The market opens Sunday mornings.",
		[]want{{"Sunday mornings", "SET", "XXXX-WXX-7TMO", "", "0", "0"}}},
	{"'Monday and Tuesday nights': both weekdays take the part of day, two sets", "2025-11-19",
		"Two new flights will leave on Monday and Tuesday nights from March 30.",
		[]want{{"Monday", "SET", "XXXX-WXX-1TNI", "", "0", "0"}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI", "", "0", "0"}, {"March 30", "DATE", "2026-03-30", "", "", ""}}},
	{"counter-example: a singular part of day is that one day", "2025-11-19",
		"The club met on Tuesday night.",
		[]want{{"Tuesday night", "TIME", "2025-11-18TNI", "", "", ""}}},
	{"counter-example: 'Monday and Tuesday' with no part of day are two days", "2025-11-19",
		"The club met on Monday and Tuesday.",
		[]want{{"Monday", "DATE", "2025-11-17", "", "", ""}, {"Tuesday", "DATE", "2025-11-18", "", "", ""}}},
}

func TestFindCoverage(t *testing.T) { runFormCases(t, coverageCases, false) }
