package timex

import "testing"

// round7HealthCases are the rules adopted after tagging public-health,
// technology, space and transport news (testdata/news 145-159), each with
// counter-examples.
var round7HealthCases = []formCase{
	// a weekday in a name
	{"'Patch Tuesday' (a software maker's monthly updates) is a name, no day, as 'Super Tuesday'", "2015-03-11",
		"Microsoft released fixes as part of its monthly Patch Tuesday updates. The next Patch Tuesday is April 14.",
		[]want{{"monthly", "SET", "P1M", "", "0", "0"}, {"April 14", "DATE", "2015-04-14", "", "", ""}}},
	{"counter-example: a weekday after a capitalised subject in AP style keeps its day", "2015-03-11",
		"Microsoft Tuesday released fixes for 45 flaws.",
		[]want{{"Tuesday", "DATE", "2015-03-10", "", "", ""}}},

	// the baseline of a change
	{"', up from 20 percent on Sunday': the baseline lies before the day the change reaches, though 'would' points forward", "2010-04-19",
		"Eurocontrol said about 30 percent of flights would operate on Monday, up from 20 percent on Sunday.",
		[]want{{"Monday", "DATE", "2010-04-19", "", "", ""}, {"Sunday", "DATE", "2010-04-18", "", "", ""}}},
	{"a forecast's baseline is the day before the day forecast, both to come", "2010-04-19",
		"Traffic will reach 50 percent on Wednesday, up from 30 percent on Tuesday.",
		[]want{{"Wednesday", "DATE", "2010-04-21", "", "", ""}, {"Tuesday", "DATE", "2010-04-20", "", "", ""}}},
	{"with no day named before, the baseline is before now ('down from 886 million shares Thursday')", "2010-04-19",
		"Volume will be light, down from 886 million shares Thursday.",
		[]want{{"Thursday", "DATE", "2010-04-15", "", "", ""}}},
	{"counter-example: 'up from' with no figure, or no comma before it, is no baseline", "2010-04-19",
		"He will fly up from London on Sunday. The index will open up from 20 points on Tuesday.",
		[]want{{"Sunday", "DATE", "2010-04-25", "", "", ""}, {"Tuesday", "DATE", "2010-04-20", "", "", ""}}},

	// a stretch of time between a past deed and its day
	{"'was held for 40 minutes outside Peterborough on 3 January': the stretch is how long, the deed is past and its day gone", "2013-12-12",
		"One train was held for 40 minutes outside Peterborough on 3 January. He was stuck for hours on 2 January.",
		[]want{{"40 minutes", "DURATION", "PT40M", "", "0", "0"}, {"3 January", "DATE", "2013-01-03", "", "", ""}, {"hours", "DURATION", "PTXH", "", "0", "0"}, {"2 January", "DATE", "2013-01-02", "", "", ""}}},
	{"counter-example: 'for' before a noun of no time is a plan or a cause, and the day within six weeks stays the near one", "2013-12-12",
		"A vote was called for the members on 3 January.",
		[]want{{"3 January", "DATE", "2014-01-03", "", "", ""}}},

	// a habit after a singular subject
	{"'The flu season usually peaks in February': a habit in the present, after a singular subject, is any year's month", "2013-01-11",
		"The flu season usually peaks in February. It usually rains in March.",
		[]want{{"February", "DATE", "XXXX-02", "", "0", "0"}, {"March", "DATE", "XXXX-03", "", "0", "0"}}},
	{"counter-example: 'unusually' is no adverb of habit, and a past verb after 'usually' keeps its year", "2013-01-11",
		"The season was unusually severe in February. In 2010 the flu usually peaked in February.",
		[]want{{"February", "DATE", "2013-02", "", "", ""}, {"2010", "DATE", "2010", "", "", ""}, {"February", "DATE", "2010-02", "", "", ""}}},
}

func TestRound7Health(t *testing.T) { runFormCases(t, round7HealthCases, false) }
