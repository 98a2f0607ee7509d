package timex

import "testing"

// round10ReviewBCases are the adversarial review of the round-10 energy
// and leftB rules: for each rule, ordinary news sentences where its
// trigger words stand in another tense, order or sense. A case that the
// rule got wrong is kept as a counter-example with the narrowing that
// fixed it; a case it got right is kept as its best witness.
var round10ReviewBCases = []formCase{
	// spanStartBefore: the day a span ends on counts from a start's day
	// only when a word names that day
	{"fixed: 'closed overnight from 10pm to 5am on Monday' in a Tuesday paper is the Monday gone (was the Monday to come, counted from the day after the start 'overnight' had dated)", "2017-06-06",
		"The road was closed overnight from 10pm to 5am on Monday.",
		[]want{{"overnight", "TIME", "2017-06-05TNI", "", "", ""}, {"10pm", "TIME", "2017-06-05T22:00", "", "", ""}, {"5am", "TIME", "2017-06-06T05:00", "", "", ""}, {"Monday", "DATE", "2017-06-05", "", "", ""}}},
	{"kept: a start with its weekday named ('from 8am on Saturday until 5pm on Monday') still dates the end's weekday, in the past and to come", "2017-06-06",
		"The road was closed from 8am on Saturday until 5pm on Monday. The bridge will shut from 8am on Saturday until 5pm on Monday.",
		[]want{{"8am", "TIME", "2017-06-03T08:00", "", "", ""}, {"Saturday", "DATE", "2017-06-03", "", "", ""}, {"5pm", "TIME", "2017-06-05T17:00", "", "", ""}, {"Monday", "DATE", "2017-06-05", "", "", ""},
			{"8am", "TIME", "2017-06-10T08:00", "", "", ""}, {"Saturday", "DATE", "2017-06-10", "", "", ""}, {"5pm", "TIME", "2017-06-12T17:00", "", "", ""}, {"Monday", "DATE", "2017-06-12", "", "", ""}}},
}

func TestRound10ReviewB(t *testing.T) { runFormCases(t, round10ReviewBCases, false) }
