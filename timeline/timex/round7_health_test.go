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

	// "later" counted from no day
	{"'until it damages the liver 20 or 30 years later', 'Symptoms usually appear two weeks later': a general truth in the present counts from no day, a duration", "2014-11-20",
		"Many do not know they have the virus until it damages the liver 20 or 30 years later. Symptoms usually appear two weeks later.",
		[]want{{"20 or 30 years", "DURATION", "P20Y", "", "0", "0"}, {"two weeks", "DURATION", "P2W", "", "0", "0"}}},
	{"'Five years later, the scars remain' opening a text: no date named before and no future, a duration", "2014-11-20",
		"Five years later, the scars remain.",
		[]want{{"Five years", "DURATION", "P5Y", "", "0", "0"}}},
	{"counter-example: a date named near, in the present or the past, still anchors the count", "2014-11-20",
		"The vote is on March 3, and the count comes two days later. He joined in 2005. Two years later, he is the boss.",
		[]want{{"March 3", "DATE", "2015-03-03", "", "", ""}, {"two days", "DURATION", "P2D", "", "2015-03-05", "2015-03-05"}, {"2005", "DATE", "2005", "", "", ""}, {"Two years later", "DATE", "2007", "", "", ""}}},
	{"counter-example: a future keeps counting from now", "2014-11-20",
		"The company will decide two weeks later.",
		[]want{{"two weeks", "DURATION", "P2W", "", "2014-12-04", "2014-12-04"}}},
	{"'575 seconds later', 'Ninety minutes later': less than a day in any unit is a stretch within the narrative's day, as 'an hour later'", "2016-10-17",
		"It launched on Monday morning. About 575 seconds later, it separated. Ninety minutes later it docked.",
		[]want{{"Monday morning", "TIME", "2016-10-17TMO", "", "", ""}, {"575 seconds", "DURATION", "PT575S", "APPROX", "0", "0"}, {"Ninety minutes", "DURATION", "PT90M", "", "0", "0"}}},
	{"counter-example: 36 hours later is past the day, and dates the next", "2016-10-17",
		"It launched on Monday morning. 36 hours later it landed.",
		[]want{{"Monday morning", "TIME", "2016-10-17TMO", "", "", ""}, {"36 hours later", "DATE", "2016-10-18", "", "", ""}}},

	// a headline's "to" and a verb
	{"'full schedule to resume Monday' in a headline (its parts joined by a semicolon) is the future of headlines", "2013-01-20",
		"Heathrow cancels hundreds more flights; full schedule to resume Monday\n\nLONDON (Reuters) - Heathrow cancelled flights.",
		[]want{{"Monday", "DATE", "2013-01-21", "", "", ""}}},
	{"'Schools to reopen Tuesday after storm': a headline with no semicolon too", "2013-01-20",
		"Schools to reopen Tuesday after storm",
		[]want{{"Tuesday", "DATE", "2013-01-22", "", "", ""}}},
	{"counter-example: in running text 'to' and a verb tells of a purpose, and a past verb rules", "2013-01-20",
		"Obama flew to Paris to meet Hollande on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-01-15", "", "", ""}}},
	{"counter-example: a headline's 'to' before no verb of an event ('Shares fall to lowest') leaves the headline's present as it was", "2013-01-20",
		"Shares fall to lowest on Tuesday",
		[]want{{"Tuesday", "DATE", "2013-01-15", "", "", ""}}},

	// a month with its year framing a clause of "when"
	{"'in December 2010, when passengers slept there over the Christmas period': a month with its year frames the past clause of 'when', as a year does", "2013-01-20",
		"The airport has cut flights since it was shut for five days in December 2010, when thousands of passengers slept in its terminals over the Christmas period.",
		[]want{{"five days", "DURATION", "P5D", "", "", ""}, {"December 2010", "DATE", "2010-12", "", "", ""}, {"Christmas", "DATE", "2010-12-25", "", "", ""}}},
	{"counter-example: the frame ends with its sentence, and a clause not past leaves the year to the tense", "2013-01-20",
		"The plant shut in December 2010. Staff will be home by Easter. In December 2012, he said he will be home for Christmas.",
		[]want{{"December 2010", "DATE", "2010-12", "", "", ""}, {"Easter", "DATE", "2013-03-31", "", "", ""}, {"December 2012", "DATE", "2012-12", "", "", ""}, {"Christmas", "DATE", "2012-12-25", "", "", ""}}},

	// some units before an event, after a verb's object
	{"'SpaceX scrubs launch minutes before lift-off', 'sold his shares days before the collapse': after a verb's object, a bare plural before 'before' is some units, a duration", "2015-01-06",
		"SpaceX scrubs launch minutes before lift-off\n\nHe sold his shares days before the collapse.",
		[]want{{"minutes", "DURATION", "PTXM", "", "0", "0"}, {"days", "DURATION", "PXD", "", "0", "0"}}},
	{"counter-example: 'the final minutes before', 'the minutes before the vote' (a record) and 'Fed minutes' are no such stretch", "2015-01-06",
		"The final minutes before the whistle were tense. They published the minutes before the vote. The Fed minutes before the vote were hawkish.",
		nil},

	// a set of half a unit
	{"'every half an hour' is a set of 30 minutes, as 'every 30 minutes'", "2013-12-12",
		"Trains will run every half an hour. Doses are given every half a day.",
		[]want{{"every half an hour", "SET", "PT30M", "", "0", "0"}, {"every half a day", "SET", "PT12H", "", "0", "0"}}},
	{"counter-example: 'every half of the game' is no time", "2013-12-12",
		"Every half of the game was dull. He slept for half an hour.",
		[]want{{"half an hour", "DURATION", "PT30M", "", "0", "0"}}},

	// a season of a timetable
	{"'the winter timetable', 'the summer timetable' of a railway are no seasons, as 'the autumn term'", "2013-12-12",
		"Trains will run faster when the winter timetable starts on Sunday. The summer timetable begins in May.",
		[]want{{"Sunday", "DATE", "2013-12-15", "", "", ""}, {"May", "DATE", "2014-05", "", "", ""}}},
	{"counter-example: a season with no timetable after it keeps its value", "2013-12-12",
		"The timetable changes this winter. Trains were delayed last winter.",
		[]want{{"this winter", "DATE", "2013-WI", "", "", ""}, {"last winter", "DATE", "2012-WI", "", "", ""}}},

	// the holiday quarter
	{"'the holiday quarter', 'holiday-quarter results' are the calendar fourth quarter, of the year the tense and the reporting give", "2013-10-15",
		"Intel expects revenue of about $13.7 billion in the holiday quarter.",
		[]want{{"the holiday quarter", "DATE", "2013-Q4", "", "2013-10-01", "2013-12-31"}}},
	{"the holiday quarter just reported in January is last year's", "2014-01-24",
		"Apple will report its holiday-quarter results on Monday.",
		[]want{{"holiday-quarter", "DATE", "2013-Q4", "", "", ""}, {"Monday", "DATE", "2014-01-27", "", "", ""}}},
	{"counter-example: 'the holiday season', 'holiday sales' name no quarter", "2014-01-24",
		"The holiday season was busy. Holiday sales rose 5 percent.",
		nil},

	// this week and the weekend on a Sunday
	{"on a Sunday, 'this week' and 'by the weekend' in a future clause are the ones to come: the ISO week ends that day", "2013-01-20",
		"The Met Office said temperatures should rise by the weekend. Southeastern said it would run its snow timetable every day this week.",
		[]want{{"the weekend", "DATE", "2013-W04-WE", "", "2013-01-26", "2013-01-27"}, {"every day", "SET", "P1D", "", "", ""}, {"this week", "DATE", "2013-W04", "", "2013-01-21", "2013-01-27"}}},
	{"counter-example: a past clause on a Sunday, and a future one on a Saturday, keep the current week and weekend", "2013-01-20",
		"Snow fell this week. The match was played at the weekend.",
		[]want{{"this week", "DATE", "2013-W03", "", "", ""}, {"the weekend", "DATE", "2013-W03-WE", "", "", ""}}},
	{"counter-example: on a Saturday the weekend to come is this one", "2013-01-19",
		"Temperatures should rise by the weekend. It will run trains every day this week.",
		[]want{{"the weekend", "DATE", "2013-W03-WE", "", "", ""}, {"every day", "SET", "P1D", "", "", ""}, {"this week", "DATE", "2013-W03", "", "", ""}}},

	// a paragraph break after an abbreviation's period
	{"'according to Thomson Reuters I/B/E/S.' then a new paragraph: the period ends the sentence, so the forecast's 'expected' does not make the next quarter a forecast", "2013-10-15",
		"Analysts on average had expected $13.9 billion, according to Thomson Reuters I/B/E/S.\n\nThird-quarter net income fell to $3 billion from $2 billion a year earlier.",
		[]want{{"Third-quarter", "DATE", "2013-Q3", "", "", ""}, {"a year earlier", "DATE", "2012-Q3", "", "", ""}}},
	{"counter-example: within a line, 'U.S.' does not end the sentence and a later quarter keeps the clause's cue", "2013-10-15",
		"Analysts had expected U.S. sales to rise in the fourth quarter.",
		[]want{{"the fourth quarter", "DATE", "2013-Q4", "", "", ""}}},

	// some units from a state, after a copula
	{"'was weeks from running out of cash', 'is only minutes from victory': as 'weeks away from', a stretch of no stated length", "2014-01-24",
		"The company was weeks from running out of cash. The team was only minutes from victory.",
		[]want{{"weeks", "DURATION", "PXW", "", "0", "0"}, {"minutes", "DURATION", "PTXM", "", "0", "0"}}},
	{"counter-example: no copula before it ('drove miles from Paris'), or 'from now', leaves the rule out", "2014-01-24",
		"They walked days from Paris. The election is days from now.",
		[]want{{"now", "DATE", "PRESENT_REF", "", "", ""}}},

	// self-review: the trigger words in other meanings and tenses
	{"self-review: a lower-case 'patch' before a weekday is a noun and the day keeps its date", "2015-03-11",
		"Microsoft issued a patch Tuesday for the flaw.",
		[]want{{"Tuesday", "DATE", "2015-03-10", "", "", ""}}},
	{"self-review: a baseline with words after its figure is still before the day reached; a comma after the figure ends the phrase and the tense decides", "2010-04-20",
		"Shares closed up 3 percent on Monday, up from a low of $5 on Friday. The river rose, up from 2 metres, on Sunday.",
		[]want{{"Monday", "DATE", "2010-04-19", "", "", ""}, {"Friday", "DATE", "2010-04-16", "", "", ""}, {"Sunday", "DATE", "2010-04-18", "", "", ""}}},
	{"self-review: 'for two days of work' is a stretch too, and the past deed keeps its day", "2013-12-12",
		"He was paid for two days of work on 3 January.",
		[]want{{"two days", "DURATION", "P2D", "", "0", "0"}, {"3 January", "DATE", "2013-01-03", "", "", ""}}},
	{"self-review: the same subject and verb in the past tense is no habit", "2013-12-12",
		"The festival usually ends in March. The festival ended in March.",
		[]want{{"March", "DATE", "XXXX-03", "", "0", "0"}, {"March", "DATE", "2013-03", "", "", ""}}},
	{"self-review: a headline's 'to' before a verb of no event ('to see') leaves the headline's present", "2013-01-20",
		"Crowds flock to see comet on Tuesday",
		[]want{{"Tuesday", "DATE", "2013-01-15", "", "", ""}}},
	{"self-review: 'minutes' after a determiner may be a meeting's record, and 'the holiday quarter of' a town is a district", "2013-12-12",
		"They read the council minutes before the vote. Tourists filled the holiday quarter of the old town.",
		nil},
	{"self-review: on a Sunday, a future reported on a day gone ('said on Friday') measures the weekend from that day", "2013-01-20",
		"Forecasters said on Friday that the storm will ease by the weekend.",
		[]want{{"Friday", "DATE", "2013-01-18", "", "", ""}, {"the weekend", "DATE", "2013-W03-WE", "", "", ""}}},
}

func TestRound7Health(t *testing.T) { runFormCases(t, round7HealthCases, false) }
