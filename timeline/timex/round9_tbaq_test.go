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
	// a compound adjective leaves the article to its noun
	{"'the three day strike': a count above one with its unit in the singular is a compound adjective without its hyphen, the article its noun's (TBAQ 'the [two day] rally'), as 'the 30-day truce'", "2011-03-09",
		"Workers began the three day strike. The 24 hour walkout ended.",
		[]want{{"three day", "DURATION", "P3D", "", "", ""}, {"24 hour", "DURATION", "PT24H", "", "", ""}}},
	{"counter-example: the plural unit is a noun of its own, the article its own ('The three days of talks', 'the four weeks since')", "2011-03-09",
		"The three days of talks failed. In the four weeks since, prices rose.",
		[]want{{"The three days", "DURATION", "P3D", "", "", ""}, {"the four weeks", "DURATION", "P4W", "", "", ""}}},
	{"counter-example: a count of one keeps the article as before ('the one year term')", "2011-03-09",
		"He served the one year term.",
		[]want{{"the one year", "DURATION", "P1Y", "", "", ""}}},
	{"'the late-November trip', 'the mid-March deadline': a month joined to its position by a hyphen before a noun is a compound adjective (TBAQ 'the [late-November] trip')", "2014-01-16",
		"He made the late-November trip to Kabul. The council set the mid-March deadline. Snow fell in the mid-February cold.",
		[]want{{"late-November", "DATE", "2013-11", "END", "", ""}, {"mid-March", "DATE", "2014-03", "MID", "", ""}, {"mid-February", "DATE", "2013-02", "MID", "", ""}}},
	{"counter-example: no noun after it ('until the late-March,'), a verb after it ('The late-December saw'), no hyphen ('The late November trip') or a year ('The early-2012 election') keep the article", "2014-01-16",
		"Talks ran until the late-March, aides said. The late-December saw heavy snow. The late November trip was cut short. The early-2012 election saw low turnout.",
		[]want{{"the late-March", "DATE", "2013-03", "END", "", ""}, {"The late-December", "DATE", "2013-12", "END", "", ""}, {"The late November", "DATE", "2013-11", "END", "", ""}, {"The early-2012", "DATE", "2012", "START", "", ""}}},
	// a result of a quarter compared with "a year earlier"
	{"'its net loss for the third quarter narrowed from a year earlier': a result of the quarter named in the sentence, compared with no figure given, is that quarter a year before (TBAQ wsj_1025, as with figures)", "2013-10-24",
		"The airline said its net loss for the third quarter narrowed from a year earlier. Sales in the third quarter rose from a year ago.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"a year earlier", "DATE", "2012-Q3", "", "", ""}, {"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"a year ago", "DATE", "2012-Q3", "", "", ""}}},
	{"counter-example: no result noun in the sentence ('hired 200 workers, up from 150 a year earlier') leaves the year", "2013-10-24",
		"In the third quarter, the company hired 200 workers, up from 150 a year earlier.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"a year earlier", "DATE", "2012", "", "", ""}}},
	{"counter-example: the result in one sentence and 'A year earlier' in the next, with no figure, is the year", "2013-10-24",
		"Profit in the third quarter doubled. A year earlier, the chief executive had joined the firm.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"A year earlier", "DATE", "2012", "", "", ""}}},
	{"counter-example: 'a year earlier than planned' is a comparison of plans, no date", "2013-10-24",
		"Sales of the stake closed in the third quarter, a year earlier than planned.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"a year", "DURATION", "P1Y", "", "", ""}}},
	// a doubled article
	{"'at the the end of November': a doubled article is a slip of the copy, and the expression opens at the second (TBAQ wsj_0032)", "2012-10-30",
		"The offer is scheduled to expire at the the end of November. Output rose in the the third quarter.",
		[]want{{"the end of November", "DATE", "2012-11", "END", "", ""}, {"the third quarter", "DATE", "2012-Q3", "", "", ""}}},
	{"counter-example: a single article stays inside as before ('The end of the year', 'the third quarter')", "2012-10-30",
		"The end of the year is near. In the third quarter, sales rose.",
		[]want{{"The end of the year", "DATE", "2012", "END", "", ""}, {"the third quarter", "DATE", "2012-Q3", "", "", ""}}},
	// "that same day" after a month
	{"'killed in October ... crossed out that same day': the very day of the month just named, whose number the text does not give, YYYY-MM-XX with no interval (TBAQ 1998-10-XX), as a clock time of a known year is 1999-XX-XXT24:00", "2012-02-06",
		"In October, the doctor was gunned down. His name was crossed out that same day. The strike began in March 2011. The same day, police arrested 20.",
		[]want{{"October", "DATE", "2011-10", "", "", ""}, {"that same day", "DATE", "2011-10-XX", "", "0", "0"}, {"March 2011", "DATE", "2011-03", "", "", ""}, {"The same day", "DATE", "2011-03-XX", "", "0", "0"}}},
	{"counter-example: 'The next day' after a month may leave it (March 31), so stays PAST_REF; after a year ('Prices rose in 2010. That same day') the month is not known, PAST_REF", "2012-02-06",
		"The strike began in March 2011. The next day, police arrested 20. Prices rose in 2010. That same day, the bank failed.",
		[]want{{"March 2011", "DATE", "2011-03", "", "", ""}, {"The next day", "DATE", "PAST_REF", "", "", ""}, {"2010", "DATE", "2010", "", "", ""}, {"That same day", "DATE", "PAST_REF", "", "", ""}}},
	{"counter-example: not in the past ('Talks will resume that same day') it is left out, as before", "2012-02-06",
		"The strike began in March 2011. Talks will resume that same day.",
		[]want{{"March 2011", "DATE", "2011-03", "", "", ""}}},
}

func TestRound9TBAQ(t *testing.T) {
	runFormCases(t, round9TBAQCases, false)
}
