package timex

import "testing"

// round8BcastCases are the rules adopted after tagging the broadcast
// transcripts and radio or television scripts of testdata/news (302-315),
// each with counter-examples, and the sentences of their self-review: the
// trigger words in another sense or another tense. A value left "" is not
// checked.
var round8BcastCases = []formCase{
	// a weekday in lower case in a text typed with no capitals at all
	{"an all-lowercase transcript: 'since tuesday night', 'on friday and saturday' are weekdays", "2013-02-14",
		"good evening the roads have been closed since tuesday night and the storm dropped snow on friday and saturday",
		[]want{{"tuesday night", "TIME", "2013-02-12TNI", "-", "", ""}, {"friday", "DATE", "2013-02-08", "-", "", ""}, {"saturday", "DATE", "2013-02-09", "-", "", ""}}},
	{"counter-example: in a text with capitals a lower-case weekday is a word of its own ('his girl friday')", "2013-02-14",
		"His girl friday left on Monday.",
		[]want{{"Monday", "DATE", "2013-02-11", "-", "", ""}}},
	{"counter-example (self-review): in a lower-case text the short forms stay words ('the sun', 'they sat', 'wed')", "2013-02-14",
		"they met on friday and the sun was out so they sat by the sea and wed in june",
		[]want{{"friday", "DATE", "2013-02-08", "-", "", ""}}},

	// a broadcast's own clock: minutes past an hour it does not name
	{"'It's 18 minutes past the hour', 'five minutes before the hour': no duration, no clock time", "2013-06-05",
		"It's 18 minutes past the hour. It is five minutes before the hour, and here is the news.",
		[]want{}},
	{"counter-example: minutes after an event, or after an hour the text names, stay a duration", "2013-06-05",
		"The fire started 18 minutes after the explosion. Talks lasted 45 minutes after the hour of prayer.",
		[]want{{"18 minutes", "DURATION", "PT18M", "-", "", ""}, {"45 minutes", "DURATION", "PT45M", "-", "", ""}}},
	{"counter-example (self-review): 'for 20 minutes after the hour-long speech' is a duration and an hour", "2013-06-05",
		"The band played for 20 minutes after the hour-long speech.",
		[]want{{"20 minutes", "DURATION", "PT20M", "-", "", ""}, {"hour-long", "DURATION", "PT1H", "-", "", ""}}},

	// a bare clock hour after a part of the day named just before
	{"'this afternoon ... It happened at about 1:45 local time': the afternoon's 13:45", "2014-07-17",
		"An explosion at a chemical plant this afternoon has injured 12 people. It happened at about 1:45 local time.",
		[]want{{"this afternoon", "TIME", "2014-07-17TAF", "-", "", ""}, {"1:45 local time", "TIME", "2014-07-17T13:45", "APPROX", "", ""}}},
	{"'tonight ... At 9:30 local time': the evening's 21:30", "2014-07-17",
		"The sirens started tonight. At 9:30 local time, the army moved in.",
		[]want{{"tonight", "TIME", "2014-07-17TNI", "-", "", ""}, {"9:30 local time", "TIME", "2014-07-17T21:30", "-", "", ""}}},
	{"counter-example: after 'this morning' the hour stays as written", "2014-07-17",
		"Officials met this morning. The talks began at 9:30 local time.",
		[]want{{"this morning", "TIME", "2014-07-17TMO", "-", "", ""}, {"9:30 local time", "TIME", "2014-07-17T09:30", "-", "", ""}}},
	{"counter-example (self-review): an hour the night does not hold ('last night ... at 2:15') stays as written", "2014-07-17",
		"Last night the alarm rang at 2:15 local time.",
		[]want{{"Last night", "TIME", "2014-07-16TNI", "-", "", ""}, {"2:15 local time", "TIME", "", "-", "", ""}}},
	{"counter-example (self-review): a clock time on another day ('tomorrow at 3 o'clock') is not the afternoon's", "2014-07-17",
		"Officials met this afternoon. They meet again tomorrow at 3 o'clock.",
		[]want{{"this afternoon", "TIME", "2014-07-17TAF", "-", "", ""}, {"tomorrow", "DATE", "2014-07-18", "-", "", ""}, {"3 o'clock", "TIME", "2014-07-18T03:00", "-", "", ""}}},
	{"counter-example: two sentences or a new paragraph after the part of the day leave the hour alone", "2014-07-17",
		"Crews arrived this afternoon. Roads were closed. It began at 4:30 local time.\n\nThe plant opened at 5:15 local time.",
		[]want{{"this afternoon", "TIME", "2014-07-17TAF", "-", "", ""}, {"4:30 local time", "TIME", "2014-07-17T04:30", "-", "", ""}, {"5:15 local time", "TIME", "2014-07-17T05:15", "-", "", ""}}},

	// "at least" before "the next/past N units"
	{"'for at least the next two hours', 'at least the past 18 months' (TBAQ wsj_1014): the bound is inside, EQUAL_OR_MORE", "2014-07-17",
		"Residents must stay indoors for at least the next two hours. Sales have fallen for at least the past 18 months.",
		[]want{{"at least the next two hours", "DURATION", "PT2H", "EQUAL_OR_MORE", "", ""}, {"at least the past 18 months", "DURATION", "P18M", "EQUAL_OR_MORE", "", ""}}},
	{"counter-example: a span with no number, or no span after 'the', keeps its form ('at least the next few days', 'at least the last two games')", "2014-07-17",
		"We stayed at least the next few days. It was at least the last two games of the season.",
		[]want{{"the next few days", "DURATION", "PXD", "-", "", ""}}},

	// a month and a capitalised spelled ordinal before a holiday's noun
	{"'before the July Fourth recess': the day, as 'the July Fourth holiday'", "2013-06-05",
		"The House could take it up before the July Fourth recess.",
		[]want{{"July Fourth", "DATE", "2013-07-04", "-", "", ""}}},
	{"counter-example: a capitalised name after it ('the May Fourth Movement') is a name", "2013-06-05",
		"The May Fourth Movement began in 1919.",
		[]want{{"1919", "DATE", "1919", "-", "", ""}}},

	// a frequency word inside a capitalised name
	{"'NBC Nightly News': a programme's name, no set", "2015-01-26",
		"Protesters gathered nightly. NBC Nightly News anchor Brian Williams said so.",
		[]want{{"nightly", "SET", "XXXX-XX-XXTNI", "-", "", ""}}},
	{"counter-example (self-review): 'Nightly' opening a sentence, or 'nightly' before a weekday, is the set", "2015-01-26",
		"Nightly curfews were imposed. Shows run nightly Tuesday through Sunday.",
		[]want{{"Nightly", "SET", "XXXX-XX-XXTNI", "-", "", ""}, {"nightly", "SET", "XXXX-XX-XXTNI", "-", "", ""}, {"Tuesday", "DATE", "", "-", "", ""}, {"Sunday", "DATE", "", "-", "", ""}}},
	// a weekday's possessive whose noun is the subject of a past verb
	{"'after Thursday's election left no party with a majority' in a future clause: the Thursday gone", "2010-05-08",
		"Cameron says he will try to form a government after Thursday's election left no party with a majority.",
		[]want{{"Thursday", "DATE", "2010-05-06", "-", "", ""}}},
	{"counter-example: the possessive's noun before a future verb is the day to come ('Friday's vote will decide')", "2010-05-08",
		"Friday's vote will decide the matter.",
		[]want{{"Friday", "DATE", "2010-05-14", "-", "", ""}}},
	{"counter-example (self-review): a participle after the noun ('Tuesday's vote held in Paris will ...') is no verb of the noun", "2010-05-08",
		"Officials said Tuesday's vote held in Paris will be repeated.",
		[]want{{"Tuesday", "DATE", "", "-", "", ""}}},

	// "has a/one more <noun> on <weekday>": a schedule
	{"'He has one more race on Thursday', 'The team has a game on Saturday': the day to come", "2016-08-09",
		"He has one more race on Thursday. The team has a game on Saturday.",
		[]want{{"Thursday", "DATE", "2016-08-11", "-", "", ""}, {"Saturday", "DATE", "2016-08-13", "-", "", ""}}},
	{"counter-example: 'had', 'has had' and a possessive day keep the past ('He had a game on Saturday', 'has had a bruise on Sunday', 'has a point on Saturday's evidence')", "2016-08-09",
		"He had a game on Saturday. He has had a bruise since Sunday. Each side has a point on Saturday's evidence.",
		[]want{{"Saturday", "DATE", "2016-08-06", "-", "", ""}, {"Sunday", "DATE", "2016-08-07", "-", "", ""}, {"Saturday", "DATE", "2016-08-06", "-", "", ""}}},
	{"counter-example (self-review): a participle or a preposition between ('have a suspect arrested on Sunday', 'has a stake in the firm it bought on Monday') leaves the past", "2016-08-09",
		"Police have a suspect arrested on Sunday. The company has a stake in the firm it bought on Monday.",
		[]want{{"Sunday", "DATE", "2016-08-07", "-", "", ""}, {"Monday", "DATE", "2016-08-08", "-", "", ""}}},
	// an activity that went on "until" a time is past
	{"'Rescue workers searched the river until late in the afternoon' after 'killed Monday': that afternoon, gone", "2014-03-10",
		"At least six people were killed Monday when a bus plunged off a bridge. It was the second such accident in a week. Rescue workers searched the river until late in the afternoon.",
		[]want{{"Monday", "DATE", "2014-03-10", "-", "", ""}, {"a week", "DURATION", "P1W", "-", "", ""}, {"the afternoon", "TIME", "2014-03-10TAF", "-", "", ""}}},
	{"'They searched until Friday' in a Wednesday paper: the Friday gone", "2014-03-12",
		"They searched until Friday.",
		[]want{{"Friday", "DATE", "2014-03-07", "-", "", ""}}},
	{"counter-example: a change of plan ('was postponed until the afternoon') or a future ('will search until the afternoon') is no activity gone", "2014-03-12",
		"The hearing was postponed until the afternoon. Rescuers will search until Friday.",
		[]want{{"Friday", "DATE", "2014-03-14", "-", "", ""}}},
}

func TestRound8Bcast(t *testing.T) { runFormCases(t, round8BcastCases, true) }
