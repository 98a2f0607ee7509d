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

	// Clock times next to a repeating day.
	{"a clock time before \"every\" and a weekday is any such day's hour; \"every\" spans a pair of weekdays", "2008-07-03",
		"Tate Modern stays open until 10pm every Friday and Saturday through the summer.",
		[]want{{"10pm", "TIME", "XXXX-XX-XXT22:00", "", "", ""}, {"every Friday", "SET", "XXXX-WXX-5", "", "", ""}, {"Saturday", "SET", "XXXX-WXX-6", "", "", ""}, {"the summer", "DATE", "2008-SU", "", "", ""}}},
	{"a range of clock hours, then a comma and \"every\" + a weekday: a listing's hours", "2008-07-03",
		"Car-boot sale, Battersea Park, 8am-2pm, every Sunday until October.",
		[]want{{"8am", "TIME", "XXXX-XX-XXT08:00", "", "", ""}, {"2pm", "TIME", "XXXX-XX-XXT14:00", "", "", ""}, {"every Sunday", "SET", "XXXX-WXX-7", "", "", ""}, {"October", "DATE", "2008-10", "", "", ""}}},
	{"\"each\" spans a list of weekdays closed by \"and\"", "2008-07-03",
		"Classes are held at 6pm each Monday, Wednesday and Friday.",
		[]want{{"6pm", "TIME", "XXXX-XX-XXT18:00", "", "", ""}, {"each Monday", "SET", "XXXX-WXX-1", "", "", ""}, {"Wednesday", "SET", "XXXX-WXX-3", "", "", ""}, {"Friday", "SET", "XXXX-WXX-5", "", "", ""}}},
	{"a new subject after \"and\" with no past or future keeps the habit of the clause before", "2008-07-03",
		"Gates open at noon each day, and the last act finishes by 10.30pm.",
		[]want{{"noon", "TIME", "XXXX-XX-XXT12:00", "", "", ""}, {"each day", "SET", "P1D", "", "", ""}, {"10.30pm", "TIME", "XXXX-XX-XXT22:30", "", "", ""}}},
	{"counter-example: a new subject in the past after the habit is told of a day", "2008-07-03",
		"Gates open at noon each day, and the minister arrived at 10 a.m.",
		[]want{{"noon", "TIME", "XXXX-XX-XXT12:00", "", "", ""}, {"each day", "SET", "P1D", "", "", ""}, {"10 a.m.", "TIME", "2008-07-03T10:00", "", "", ""}}},
	{"counter-example: a new subject in the future after the habit is told of a day", "2008-07-03",
		"Gates open at noon each day, and the final will start at 8pm.",
		[]want{{"noon", "TIME", "XXXX-XX-XXT12:00", "", "", ""}, {"each day", "SET", "P1D", "", "", ""}, {"8pm", "TIME", "2008-07-03T20:00", "", "", ""}}},
	{"counter-example: \"each night's\" after a clock time is a thing of the day, no set of the hour", "2008-07-03",
		"The bar closed at 10pm, each night's takings counted by the manager.",
		[]want{{"10pm", "TIME", "2008-07-03T22:00", "", "", ""}, {"each night", "SET", "XXXX-XX-XXTNI", "", "", ""}}},
	{"counter-example: \"Every Friday\" opening the next sentence leaves the clock time its day", "2008-07-03",
		"He was last seen at 10pm. Every Friday he went to the pub.",
		[]want{{"10pm", "TIME", "2008-07-03T22:00", "", "", ""}, {"Every Friday", "SET", "XXXX-WXX-5", "", "", ""}}},
	{"counter-example: a possessive ends the list of \"every\"", "2008-07-03",
		"He played every Friday and Saturday's final was cancelled.",
		[]want{{"every Friday", "SET", "XXXX-WXX-5", "", "", ""}, {"Saturday", "DATE", "2008-07-05", "", "", ""}}},
	{"counter-example: a comma before \"and\" ends the list of \"every\"", "2008-07-03",
		"Trains ran every Friday, and Saturday was quiet.",
		[]want{{"every Friday", "SET", "XXXX-WXX-5", "", "", ""}, {"Saturday", "DATE", "2008-06-28", "", "", ""}}},
	{"counter-example: a comma with no list after it is no list", "2008-07-03",
		"He trains every Friday, Saturday he rests.",
		[]want{{"every Friday", "SET", "XXXX-WXX-5", "", "", ""}, {"Saturday", "DATE", "2008-07-05", "", "", ""}}},
	{"counter-example: \"on Friday and Saturday\" with no \"every\" are days", "2008-07-03",
		"The shop stayed open until 10pm on Friday and Saturday.",
		[]want{{"10pm", "TIME", "2008-06-27T22:00", "", "", ""}, {"Friday", "DATE", "2008-06-27", "", "", ""}, {"Saturday", "DATE", "2008-06-28", "", "", ""}}},
}

func TestLeftARules(t *testing.T) { runFormCases(t, leftARuleCases, false) }
