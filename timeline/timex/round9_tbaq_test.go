package timex

import "testing"

// round9TBAQCases come from an error analysis of TBAQ-cleaned (every
// missed, spurious, mis-valued and mis-bounded expression, sorted by
// kind); each rule is one that holds on news written for these cases,
// with counter-examples where its trigger stands in another sense.
var round9TBAQCases = []formCase{
	// "almost" before a point counted back ("N units ago", "N units earlier")
	{"'almost three years ago' is one expression: the modifier bounds the point, inside as 'nearly' is (TBAQ: 'almost four years ago', 'almost two years ago', both with it)", "2013-06-05",
		"The mine closed almost three years ago.",
		[]want{{"almost three years ago", "DATE", "2010", "AFTER", "", ""}}},
	{"'Almost a year earlier' likewise, counted back from the year the text established", "2013-06-05",
		"The mine closed in 2010. Almost a year earlier, the owners had cut 200 jobs.",
		[]want{{"2010", "DATE", "2010", "", "", ""}, {"Almost a year earlier", "DATE", "2009", "AFTER", "", ""}}},
	{"counter-example: before a bare duration 'almost' stays out, its sense in Mod ('for almost two weeks', TBAQ 'for almost five months', 'for almost two decades')", "2013-06-05",
		"The talks dragged on for almost two weeks.",
		[]want{{"two weeks", "DURATION", "P2W", "LESS_THAN", "", ""}}},
	{"counter-example: 'Almost two years after the flood' is a duration before an event, 'almost' out", "2013-06-05",
		"Almost two years after the flood, homes stand empty.",
		[]want{{"two years", "DURATION", "P2Y", "LESS_THAN", "", ""}}},
	{"counter-example: 'almost' before no number ('almost every day', 'almost 30 years old', 'ask almost anyone who graduated a generation ago') is no modifier of the point", "2013-06-05",
		"Almost every day, protesters gathered. He was almost 30 years old.",
		[]want{{"every day", "SET", "P1D", "", "", ""}}},
	{"counter-example: 'about five years ago' keeps 'about' outside, as the hand-annotated items have it ('about 10,000 years ago')", "2013-06-05",
		"The union struck about five years ago.",
		[]want{{"five years ago", "DATE", "2008", "APPROX", "", ""}}},
}

func TestRound9TBAQ(t *testing.T) {
	runFormCases(t, round9TBAQCases, false)
}
