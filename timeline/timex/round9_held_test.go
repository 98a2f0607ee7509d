package timex

import "testing"

// heldRuleCases are the rules added after the held-out items of
// news_held9_test.go, each with a reason and counter-examples.
var heldRuleCases = []formCase{
	{"a weekday heading over a line in the present is the coming day (a listing)", "2008-07-03",
		"Tickets from £12.\n\nFRIDAY\nThe Wireless Festival returns to Hyde Park.",
		[]want{{"FRIDAY", "DATE", "2008-07-04", "", "", ""}}},
	{"a heading closed by a colon, over a line in the future", "2008-07-03",
		"Friday:\nThe festival will return.",
		[]want{{"Friday", "DATE", "2008-07-04", "", "", ""}}},
	{"counter-example: a heading over a line in the past stays gone", "2008-07-03",
		"FRIDAY\nTroops entered the town.",
		[]want{{"FRIDAY", "DATE", "2008-06-27", "", "", ""}}},
	{"counter-example: a weekday inside a past sentence is no heading", "2008-07-03",
		"MONDAY\nThe festival returns. Tickets were sold on Friday.",
		[]want{{"MONDAY", "DATE", "2008-07-07", "", "", ""}, {"Friday", "DATE", "2008-06-27", "", "", ""}}},
}

func TestHeldRules(t *testing.T) { runFormCases(t, heldRuleCases, false) }
