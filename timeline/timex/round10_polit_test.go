package timex

import "testing"

// round10PolitCases are the rules adopted after tagging the national
// politics and legislature items of testdata/news (520-533), each with
// counter-examples, and the sentences of their self-review: the trigger
// words in another sense or another tense. A value left "" is not
// checked.
var round10PolitCases = []formCase{
	// "reaches", "completes": a timetable's present after a singular subject
	{"'The president reaches the 100-day mark on Saturday', 'completes his term on Friday': a day on the timetable, to come (were the Saturday and Friday gone)", "2017-04-24",
		"The president reaches the 100-day mark of his presidency on Saturday. The mayor completes his term on Friday.",
		[]want{{"100-day", "DURATION", "P100D", "-", "", ""}, {"Saturday", "DATE", "2017-04-29", "-", "", ""}, {"Friday", "DATE", "2017-04-28", "-", "", ""}}},
	{"counter-example (self-review): 'reaches' before 'of' is a noun ('the upper reaches of the river on Saturday'): the Saturday gone", "2017-04-26",
		"Rescuers searched the upper reaches of the river on Saturday.",
		[]want{{"Saturday", "DATE", "2017-04-22", "-", "", ""}}},
	{"counter-example (self-review): a headline's present tells what happened ('Dow reaches record high on Tuesday' over a story of the day gone)", "2014-07-09",
		"Dow reaches record high on Tuesday\n\nNEW YORK (Reuters) - U.S. stocks rose on Tuesday, lifting the Dow to a record.",
		[]want{{"Tuesday", "DATE", "2014-07-08", "-", "", ""}, {"Tuesday", "DATE", "2014-07-08", "-", "", ""}}},
	{"counter-example (self-review): 'reached', the past, keeps the day gone", "2017-04-26",
		"The president reached the 100-day mark on Saturday, aides said.",
		[]want{{"100-day", "DURATION", "P100D", "-", "", ""}, {"Saturday", "DATE", "2017-04-22", "-", "", ""}}},

	// a present in a clause of time under a future
	{"'will remain in session until its members' terms end in July', 'plan to vote before they leave in July', 'will decide once the committee meets in March': the present of a clause of time stands for the future, the month to come (was the nearest, July gone)", "2012-11-16",
		"The upper house will remain in session until its members' terms end in July. Lawmakers plan to vote before they leave in July. The party will decide once the committee meets in March.",
		[]want{{"July", "DATE", "2013-07", "-", "", ""}, {"July", "DATE", "2013-07", "-", "", ""}, {"March", "DATE", "2013-03", "-", "", ""}}},
	{"counter-example (self-review): a main clause in the past or the conditional, or a habit with no future, leaves the month to the tense", "2012-11-16",
		"The house sat until members returned in July. The house would sit until members return in July. Members usually vote before they leave in July.",
		[]want{{"July", "DATE", "2012-07", "-", "", ""}, {"July", "DATE", "2012-07", "-", "", ""}, {"July", "DATE", "XXXX-07", "-", "", ""}}},
	{"counter-example (self-review): 'when' asking of a day gone ('will ask when the talks ended in July') is no clause of time with a present", "2012-11-16",
		"Investigators will ask when the talks ended in July.",
		[]want{{"July", "DATE", "2012-07", "-", "", ""}}},

	// a bare plural before "of" after a verb of bearing
	{"'after surviving months of pressure', 'faced weeks of protests', 'suffered days of flooding', 'weathered years of scandal': a stretch of no stated length (were none)", "2012-09-04",
		"Hunt replaces him after surviving months of pressure. The government faced weeks of protests. The town suffered days of flooding. The party has weathered years of scandal.",
		[]want{{"months", "DURATION", "PXM", "-", "", ""}, {"weeks", "DURATION", "PXW", "-", "", ""}, {"days", "DURATION", "PXD", "-", "", ""}, {"years", "DURATION", "PXY", "-", "", ""}}},
	{"counter-example (self-review): units of a larger unit named ('face days of the week in order', 'after years of the decade') and a capitalised title are no stretch; 'covered months of data' has no verb of bearing", "2012-09-04",
		"Pupils face days of the week in order. He faced Months of Fire on stage. The survey covered months of data.",
		nil},

	// "just", "only", "mere" before a bare plural: the time one has or is left for a deed
	{"'leaving the House just days to act', 'gave lawmakers only weeks to respond', 'has just days to act': the time left for a deed, a stretch of no stated length (were none)", "2013-09-25",
		"A final vote could come Friday, leaving the House just days to act. The ruling gave lawmakers only weeks to respond. The House has just days to act.",
		[]want{{"Friday", "DATE", "2013-09-27", "-", "", ""}, {"days", "DURATION", "PXD", "-", "", ""}, {"weeks", "DURATION", "PXW", "-", "", ""}, {"days", "DURATION", "PXD", "-", "", ""}}},
	{"counter-example (self-review): no deed after 'to' ('just days to the final', 'only hours to the deadline'), no object after 'leaves' ('leaves just days to spare'), a number after 'to' are none", "2013-09-25",
		"The win left them just days to the final. The plan leaves just days to spare. They had only hours to the deadline. It gave him just minutes to two goals.",
		nil},

	// a bare plural after a verb's object, before "after"/"before" and a clause in the past
	{"'downgraded the nation's credit rating days after lawmakers struck a deal', 'sold his stake weeks after the company collapsed', 'arrested the man hours after the attack began': some units after the object of a past verb, before a clause in the past, a duration (were none)", "2013-10-10",
		"S&P downgraded the nation's credit rating days after lawmakers struck a deal. He sold his stake weeks after the company collapsed. Police arrested the man hours after the attack began.",
		[]want{{"days", "DURATION", "PXD", "-", "", ""}, {"weeks", "DURATION", "PXW", "-", "", ""}, {"hours", "DURATION", "PTXH", "-", "", ""}}},
	{"counter-example (self-review): a compound or a plural of kind ('took sick days', 'counted trading days', 'were dark days', 'missed his school days') is no stretch", "2013-10-10",
		"He took sick days after he fell ill. They counted trading days after the crash began. Those were dark days after the war ended. He missed his school days after he moved.",
		nil},

	// "Inauguration Day": the United States' January 20 of a year after an election
	{"'on Inauguration Day, Jan. 20' in January 2025, 'on Inauguration Day' after the November 2016 election, 'Inauguration Day 2009': January 20 of the year after an election (was none)", "2016-11-20",
		"Trump will be sworn in on Inauguration Day. Inauguration Day 2009 drew crowds.",
		[]want{{"Inauguration Day", "DATE", "2017-01-20", "-", "", ""}, {"Inauguration Day 2009", "DATE", "2009-01-20", "-", "", ""}}},
	{"the same in the inauguration year", "2025-01-14",
		"Republicans hope to confirm several picks on Inauguration Day, Jan. 20, or soon afterward.",
		[]want{{"Inauguration Day", "DATE", "2025-01-20", "-", "", ""}, {"Jan. 20", "DATE", "2025-01-20", "-", "", ""}}},
	{"counter-example (self-review): in a year of no inauguration the year is not sure; another country's ('Taiwan's Inauguration Day', 'The Philippine Inauguration Day'), a lower-case 'inauguration day' and a year of no inauguration are none", "2019-05-01",
		"He was sworn in on Inauguration Day. Taiwan's Inauguration Day is May 20. The Philippine Inauguration Day came. The inauguration day of the mayor. Inauguration Day 2010 was odd.",
		[]want{{"May 20", "DATE", "2019-05-20", "-", "", ""}, {"2010", "DATE", "2010", "-", "", ""}}},
}

func TestRound10Polit(t *testing.T) { runFormCases(t, round10PolitCases, true) }
