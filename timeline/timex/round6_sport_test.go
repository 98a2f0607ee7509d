package timex

import "testing"

// round6SportCases are the rules adopted after tagging sports copy and
// science and medicine news (testdata/news 78-83), each with
// counter-examples.
var round6SportCases = []formCase{
	// counted seasons of a sport or a show
	{"'the past three seasons', 'the last two seasons' of a sport have no calendar length: none, as 'three seasons'", "2014-01-31",
		"He has scored 15 goals in each of the past three seasons. Over the last two seasons he played 60 games. He played three seasons for Leeds.",
		nil},
	{"counter-example: 'the past three years', 'the past three months' and 'last season' keep their values", "2014-01-31",
		"He has scored in each of the past three years and the past three months. He scored 19 goals last season.",
		[]want{{"the past three years", "DURATION", "P3Y", "", "0", "0"}, {"the past three months", "DURATION", "P3M", "", "0", "0"}, {"last season", "DATE", "PAST_REF", "", "0", "0"}}},

	// an age as a noun before a second object
	{"'handing the 26-year-old a three-year contract': a determiner after the age shows the noun left out, a person", "2014-01-31",
		"Rovers handed the 26-year-old a three-year contract. They gave the 19-year-old his debut.",
		[]want{{"three-year", "DURATION", "P3Y", "", "0", "0"}}},
	{"counter-example: a thing's age before its noun stays a duration", "2014-01-31",
		"The 150-year-old stadium will close. A decade-old rivalry resumed.",
		[]want{{"150-year-old", "DURATION", "P150Y", "", "0", "0"}, {"decade-old", "DURATION", "P10Y", "", "0", "0"}}},

	// a compound duration without a comma
	{"'one minute 18 seconds', 'two hours 15 minutes 20 seconds' (race margins and times) are one duration, as with commas", "2011-07-19",
		"Voeckler leads Evans by one minute 18 seconds. She won in two hours 15 minutes 20 seconds.",
		[]want{{"one minute 18 seconds", "DURATION", "PT1M18S", "", "0", "0"}, {"two hours 15 minutes 20 seconds", "DURATION", "PT2H15M20S", "", "0", "0"}}},
	{"counter-example: a figure that counts something else, or a larger unit after, starts no compound", "2011-07-19",
		"In two years 100 people died. He rode for three hours 20-minute stints. It took 10 minutes 2 hours ago.",
		[]want{{"two years", "DURATION", "P2Y", "", "0", "0"}, {"three hours", "DURATION", "PT3H", "", "0", "0"}, {"20-minute", "DURATION", "PT20M", "", "0", "0"}, {"10 minutes", "DURATION", "PT10M", "", "0", "0"}, {"2 hours ago", "DATE", "", "", "", ""}}},

	// a time spent per period
	{"'each extra hour a week', 'an hour a day': a time spent per period is a rate, a SET", "2015-10-07",
		"The benefit grew with each extra hour a week. He walks an hour a day.",
		[]want{{"a week", "SET", "P1W", "", "0", "0"}, {"an hour", "DURATION", "PT1H", "", "0", "0"}, {"a day", "SET", "P1D", "", "0", "0"}}},
	{"'150 minutes of moderate activity a week' is a rate too, the noun between", "2015-10-07",
		"The WHO recommends 150 minutes of moderate activity a week.",
		[]want{{"150 minutes", "DURATION", "PT150M", "", "0", "0"}, {"a week", "SET", "P1W", "", "0", "0"}}},
	{"counter-example: 'an hour a week later', 'minutes of the game a day after' are distances in time", "2015-10-07",
		"Within an hour a week later he left. He spent 20 minutes of the game on the bench a day after.",
		[]want{{"an hour", "DURATION", "PT1H", "", "0", "0"}, {"a week", "DURATION", "P1W", "", "", ""}, {"20 minutes", "DURATION", "PT20M", "", "0", "0"}, {"a day", "DURATION", "P1D", "", "", ""}}},

	// a second verb after a present perfect with an adverb
	{"'have now lost both matches, and face Sigma on Thursday': the present perfect with an adverb, a comma before 'and', still sets the timetable", "2009-08-23",
		"Everton have now lost both of their opening matches for the second straight year, and face Sigma Olomouc on Thursday.",
		[]want{{"now", "DATE", "PRESENT_REF", "", "0", "0"}, {"Thursday", "DATE", "2009-08-27", "", "", ""}}},
	{"counter-example: a simple past before 'and face' keeps the day gone", "2009-08-23",
		"They lost heavily and face a ban imposed on Thursday.",
		[]want{{"Thursday", "DATE", "2009-08-20", "", "", ""}}},

	// a weekday as the subject of a timetable verb
	{"'Thursday brings the Galibier', 'Saturday sees the final': a day as the subject of a present verb is to come", "2011-07-19",
		"The riders rested on Monday. Thursday brings the Galibier, raced for the first time. Saturday sees the time trial.",
		[]want{{"Monday", "DATE", "2011-07-18", "", "", ""}, {"Thursday", "DATE", "2011-07-21", "", "", ""}, {"Saturday", "DATE", "2011-07-23", "", "", ""}}},
	{"counter-example: a day after the verb, or the past 'brought', keeps the tense's reading", "2011-07-19",
		"Thursday brought the Galibier. The storm brings rain on Monday, forecasters said.",
		[]want{{"Thursday", "DATE", "2011-07-14", "", "", ""}, {"Monday", "DATE", "", "", "", ""}}},
	// a set of one in n
	{"'every fifth day', 'every second week', 'every fourth year' are sets of period n, as 'every other day' is P2D", "2012-04-04",
		"He pitches every fifth day. Bins are emptied every second week. The Games are held every fourth year.",
		[]want{{"every fifth day", "SET", "P5D", "", "0", "0"}, {"every second week", "SET", "P2W", "", "0", "0"}, {"every fourth year", "SET", "P4Y", "", "0", "0"}}},
	{"counter-example: an ordinal before a noun of no time is none ('every third person')", "2012-04-04",
		"Every third person is ill. The Senate elects every third seat.",
		nil},

	// a fraction of a unit
	{"'11.4 days' keeps its decimal (0.4 of a day is 9.6 hours, no whole number), '1.5 weeks' too", "2014-09-23",
		"Symptoms began 11.4 days after infection on average. It took 1.5 weeks and 3.7 years.",
		[]want{{"11.4 days", "DURATION", "P11.4D", "", "0", "0"}, {"1.5 weeks", "DURATION", "P1.5W", "", "0", "0"}, {"3.7 years", "DURATION", "P3.7Y", "", "0", "0"}}},
	{"counter-example: a fraction that is a whole number of the next unit is written in it, as TimeBank writes 'a minute and a half' PT1M30S", "2014-09-23",
		"They were followed for a median of 7.5 years, 2.5 days and 1.5 minutes.",
		[]want{{"7.5 years", "DURATION", "P7Y6M", "", "0", "0"}, {"2.5 days", "DURATION", "P2DT12H", "", "0", "0"}, {"1.5 minutes", "DURATION", "PT1M30S", "", "0", "0"}}},
	{"'2.25 hours', '3.75 years': two decimals are one figure (was '25 hours', '75 years')", "2014-09-23",
		"The operation took 2.25 hours. He served 3.75 years.",
		[]want{{"2.25 hours", "DURATION", "PT2H15M", "", "0", "0"}, {"3.75 years", "DURATION", "P3Y9M", "", "0", "0"}}},
	{"counter-example: a figure of three decimals is read as none rather than as its tail ('555 years'); a British clock time stays a time", "2014-09-23",
		"It was 1.555 years. He arrived at 2.30am on Monday.",
		[]want{{"2.30am", "TIME", "2014-09-22T02:30", "", "", ""}, {"Monday", "DATE", "2014-09-22", "", "", ""}}},
	// a window or a show that closes
	{"'The transfer window shuts on Sept. 1', 'The exhibition closes Sept. 1': a timetable in the present, the day to come", "2014-01-31",
		"The summer transfer window shuts on Sept. 1. The exhibition closes Sept. 1.",
		[]want{{"The summer", "DATE", "2014-SU", "", "", ""}, {"Sept. 1", "DATE", "2014-09-01", "", "", ""}, {"Sept. 1", "DATE", "2014-09-01", "", "", ""}}},
	{"counter-example: a market's close is told in the past, the day gone", "2014-01-31",
		"The Dow closed at a record on Sept. 1.",
		[]want{{"Sept. 1", "DATE", "2013-09-01", "", "", ""}}},
	// a possessive weekday as the subject of a timetable
	{"'Sunday's race starts at 2pm', 'Saturday's final kicks off', 'Monday's hearing takes place': the day to come", "2011-07-19",
		"Sunday's race starts at 2pm. Saturday's final kicks off at 3pm. Monday's hearing takes place in Leeds.",
		[]want{{"Sunday", "DATE", "2011-07-24", "", "", ""}, {"2pm", "TIME", "2011-07-24T14:00", "", "", ""}, {"Saturday", "DATE", "2011-07-23", "", "", ""}, {"3pm", "TIME", "2011-07-23T15:00", "", "", ""}, {"Monday", "DATE", "2011-07-25", "", "", ""}}},
	{"counter-example: the verb with an object, another verb first, or the past keep the day gone", "2011-07-19",
		"Monday's attack begins a new phase. Sunday's draw leaves them 14th. Friday's game started at 2pm.",
		[]want{{"Monday", "DATE", "2011-07-18", "", "", ""}, {"Sunday", "DATE", "2011-07-17", "", "", ""}, {"Friday", "DATE", "2011-07-15", "", "", ""}, {"2pm", "TIME", "", "", "", ""}}},
	// millions of years counted
	{"'for 165 million years', 'the 4.5 billion years since' are durations in millennia, as '2,000 years' is P2L", "2010-03-04",
		"Dinosaurs ruled for 165 million years. In the 4.5 billion years since, much changed. Humans evolved over 2.5 million years.",
		[]want{{"165 million years", "DURATION", "P165000L", "", "0", "0"}, {"4.5 billion years", "DURATION", "P4500000L", "", "0", "0"}, {"2.5 million years", "DURATION", "P2500L", "", "0", "0"}}},
	{"counter-example: 'ago' makes a time gone, and money is no time", "2010-03-04",
		"Earth formed 4.5 billion years ago. He earned 3 million dollars over the years.",
		[]want{{"4.5 billion years ago", "DATE", "PAST_REF", "", "0", "0"}, {"the years", "DURATION", "", "", "", ""}}},
	// "a week on Friday"
	{"'a week on Friday', 'two weeks on Saturday' (British) are the coming weekday and so many weeks, one date (was a SET 'a week' and last Friday)", "2015-11-26",
		"The final Test starts a week on Friday. The vote is two weeks on Saturday.",
		[]want{{"a week on Friday", "DATE", "2015-12-04", "", "2015-12-04", "2015-12-04"}, {"two weeks on Saturday", "DATE", "2015-12-12", "", "", ""}}},
	{"counter-example: a possessive day or a place after 'on' is no such date", "2015-11-26",
		"He stayed a week on Friday's orders. He spent a week on Mars.",
		[]want{{"a week", "DURATION", "P1W", "", "0", "0"}, {"Friday", "DATE", "2015-11-20", "", "", ""}, {"a week", "DURATION", "P1W", "", "0", "0"}}},

	// lap times
	{"'one minute 40.666 seconds', '1.234 seconds': seconds keep three decimals, unrounded", "2015-11-26",
		"Hamilton took pole with a lap of one minute 40.666 seconds and won by 1.234 seconds, 3.25 weeks after the crash.",
		[]want{{"one minute 40.666 seconds", "DURATION", "PT1M40.666S", "", "0", "0"}, {"1.234 seconds", "DURATION", "PT1.234S", "", "0", "0"}, {"3.25 weeks", "DURATION", "P3.25W", "", "", ""}}},
	{"counter-example: three digits after a point before another unit may be a thousands separator: none", "2015-11-26",
		"It took 1.555 years and 2.500 days.",
		nil},
	// a range after "the next", "the past"
	{"'the next four to six weeks', 'the past two or three years' are one range with the determiner, as TBAQ marks 'the next 12 to 18 months'", "2014-09-23",
		"Officials expect a peak in the next four to six weeks. Over the past two or three years prices rose. In the next 2-3 days it will rain.",
		[]want{{"the next four to six weeks", "DURATION", "P4W", "", "0", "0"}, {"the past two or three years", "DURATION", "P2Y", "", "0", "0"}, {"the next 2-3 days", "DURATION", "P2D", "", "0", "0"}}},
	{"counter-example: a range of things, not of time, is none; a range of seasons too", "2014-09-23",
		"The last 10 to 20 people left. He was among the last two or three players in the next four to six seasons.",
		nil},
	// some units before or after, after a passive
	{"'was done minutes before the deadline', 'were killed days after the vote': a participle after 'be' ends the verb, as a past verb does before 'hours after'", "2016-08-31",
		"The deal was done minutes before the deadline. Three men were killed days after the vote.",
		[]want{{"minutes", "DURATION", "PTXM", "", "0", "0"}, {"days", "DURATION", "PXD", "", "0", "0"}}},
	{"counter-example: 'the minutes before the meeting' (a record) and an adjective before the plural are none", "2016-08-31",
		"He read the minutes before the meeting. The red days after were sad.",
		nil},
}

func TestFindRound6Sport(t *testing.T) { runFormCases(t, round6SportCases, true) }
