package timex

import "testing"

// round10ObitCases are the rules adopted after tagging the obituaries and
// profiles of testdata/news (560-573), each with counter-examples, and the
// sentences of their self-review: the trigger words in another sense or
// another tense. A value left "" is not checked.
var round10ObitCases = []formCase{
	// "like yesterday": the idiom of a memory still fresh
	{"'It feels like yesterday', 'it seems like only yesterday', 'I remember it like it was yesterday', 'as if it were just yesterday': an idiom, no day", "2025-04-15",
		"\"It feels like yesterday,\" she said. It seems like only yesterday. I remember it like it was yesterday. He spoke of it as if it were just yesterday.",
		[]want{}},
	{"counter-example: a possessive after 'like' ('felt like yesterday's rally') is the day before", "2025-04-15",
		"Tuesday's session felt like yesterday's rally all over again.",
		[]want{{"Tuesday", "DATE", "2025-04-15", "-", "", ""}, {"yesterday", "DATE", "2025-04-14", "-", "", ""}}},
	{"counter-example (self-review): 'yesterday' as a subject after 'like', or the weather that 'looked like' it did yesterday, is the day before", "2025-04-15",
		"It seemed like yesterday was the worst of it. The sky looked as it did yesterday.",
		[]want{{"yesterday", "DATE", "2025-04-14", "-", "", ""}, {"yesterday", "DATE", "2025-04-14", "-", "", ""}}},
	{"counter-example (self-review): 'he looked like he had yesterday' and 'like yesterday, the market fell' keep the day", "2025-04-15",
		"Like yesterday, the market fell. He felt it was yesterday that counted.",
		[]want{{"yesterday", "DATE", "2025-04-14", "-", "", ""}, {"yesterday", "DATE", "2025-04-14", "-", "", ""}}},

	// a holiday's name on a place
	{"'at Easter Road', 'Christmas Island', 'Easter Island': a place named after the day, as 'Friday Street'", "2015-07-06",
		"He was at Easter Road last month. Flights to Christmas Island and Easter Island resume in May.",
		[]want{{"last month", "DATE", "2015-06", "-", "", ""}, {"May", "DATE", "2016-05", "", "", ""}}},
	{"counter-example: the holiday before a lower-case noun ('the Easter road trip', 'Christmas park closures') stays the day", "2015-03-02",
		"Traffic peaks on the Easter road trip. Christmas park closures were announced.",
		[]want{{"Easter", "DATE", "2015-04-05", "", "", ""}, {"Christmas", "DATE", "", "", "", ""}}},
	{"counter-example (self-review): 'Easter Sunday', 'Christmas Day' and 'Easter Monday' are the days", "2015-03-02",
		"Services are held on Easter Sunday and Easter Monday, and on Christmas Day.",
		[]want{{"Easter Sunday", "DATE", "2015-04-05", "", "", ""}, {"Easter Monday", "DATE", "2015-04-06", "", "", ""}, {"Christmas Day", "DATE", "", "", "", ""}}},
}

func TestRound10Obit(t *testing.T) { runFormCases(t, round10ObitCases, true) }
