package timex

import "testing"

// leftARuleCases are the rules added for the wrong dates the held-out
// items of news_held9_test.go still gave after session 9, each with a
// reason and counter-examples.
var leftARuleCases = []formCase{
	// A run of weekday headings in a listing.
	{"a weekday heading over a line with no verb the tagger knows follows the heading before it, to come", "2008-07-03",
		"FRIDAY\nThe festival returns to Hyde Park.\n\nSATURDAY\nPride London marches from Baker Street.",
		[]want{{"FRIDAY", "DATE", "2008-07-04", "", "", ""}, {"SATURDAY", "DATE", "2008-07-05", "", "", ""}}},
	{"the heading's weekday in the line it heads is the heading's day", "2008-07-03",
		"FRIDAY\nThe festival returns to Hyde Park.\n\nSATURDAY\nPride London marches from Baker Street at 1pm on Saturday.",
		[]want{{"FRIDAY", "DATE", "2008-07-04", "", "", ""}, {"SATURDAY", "DATE", "2008-07-05", "", "", ""}, {"1pm", "TIME", "2008-07-05T13:00", "", "", ""}, {"Saturday", "DATE", "2008-07-05", "", "", ""}}},
	{"counter-example: a run of headings over days gone keeps the past", "2008-07-02",
		"MONDAY\nTroops entered the town.\n\nTUESDAY\nShelling near the bridge at 3pm on Tuesday.",
		[]want{{"MONDAY", "DATE", "2008-06-30", "", "", ""}, {"TUESDAY", "DATE", "2008-07-01", "", "", ""}, {"3pm", "TIME", "2008-07-01T15:00", "", "", ""}, {"Tuesday", "DATE", "2008-07-01", "", "", ""}}},
	{"counter-example: a lone heading with no heading before it keeps the default past", "2008-07-03",
		"Listings.\n\nSATURDAY\nPride London marches from Baker Street at 1pm on Saturday.",
		[]want{{"SATURDAY", "DATE", "2008-06-28", "", "", ""}, {"1pm", "TIME", "2008-06-28T13:00", "", "", ""}, {"Saturday", "DATE", "2008-06-28", "", "", ""}}},
	{"counter-example: a heading over a line in the past stays gone even after a heading to come", "2008-07-03",
		"FRIDAY\nThe festival returns.\n\nSATURDAY\nA march was held on Saturday.",
		[]want{{"FRIDAY", "DATE", "2008-07-04", "", "", ""}, {"SATURDAY", "DATE", "2008-06-28", "", "", ""}, {"Saturday", "DATE", "2008-06-28", "", "", ""}}},
}

func TestLeftARules(t *testing.T) { runFormCases(t, leftARuleCases, false) }
