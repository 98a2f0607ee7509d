package timex

import "testing"

// review3Cases are counter-examples found reviewing the rules of the
// sports/science, history and culture branches of session 6: natural
// news sentences in which a rule's trigger appears but its reading is
// wrong. Each case says what the rule had given and why the answer now
// given is the true one.
var review3Cases = []formCase{
	// "a week on Friday": British for a day to come
	{"'rose 2% a week on Friday' is a rate and the day gone (was 'a week on Friday' 2013-06-21)", "2013-06-12",
		"Prices rose 2% a week on Friday.",
		[]want{{"a week", "SET", "P1W", "-", "", ""}, {"Friday", "DATE", "2013-06-07", "-", "", ""}}},
	{"in a past clause 'a week on Friday' is no day to come (was 2013-06-21)", "2013-06-12",
		"Talks resumed a week on Friday, officials said.",
		[]want{{"a week", "DURATION", "P1W", "-", "", ""}, {"Friday", "DATE", "2013-06-07", "-", "", ""}}},
	{"still: a present clause keeps the British date", "2013-06-12",
		"The vote is a week on Friday.",
		[]want{{"a week on Friday", "DATE", "2013-06-21", "-", "", ""}}},
}

func TestRound6Review3(t *testing.T) { runFormCases(t, review3Cases, false) }
