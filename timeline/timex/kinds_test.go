package timex

import "testing"

// kindCases are the rules adopted from a checklist of the TIMEX3
// annotation guidelines' expression kinds, tried on a development set of
// news texts written for the purpose (cmd/timexeval/testdata/devset).
// Each sentence is written for these tests; counter-examples keep a rule
// from overfiring.
var kindCases = []formCase{
	// ten years ahead or behind is a stretch, not a calendar decade
	{"'over the next decade' is ten years from now", "2013-03-21", "The plan would cut spending by $975 billion over the next decade.",
		[]want{{"the next decade", "DURATION", "P10Y", "", "0", "0"}}},
	{"'for the past decade' is the ten years up to now", "2013-09-11", "For the past decade, the city has held the ceremony every year.",
		[]want{{"the past decade", "DURATION", "P10Y", "", "0", "0"}, {"every year", "SET", "P1Y", "", "0", "0"}}},
	{"'the coming decade' is ten years ahead", "2013-03-21", "Demand will double in the coming decade.",
		[]want{{"the coming decade", "DURATION", "P10Y", "", "0", "0"}}},
	{"counter-example: 'the last decade' keeps its TimeBank value, the decade gone", "2013-03-21", "In the last decade, the town doubled in size.",
		[]want{{"the last decade", "DATE", "200", "", "", ""}}},

	// "quarterly" as an adverb is a set; as an adjective it is not annotated
	{"'pays a dividend quarterly' is a set", "2012-10-25", "The company pays a dividend quarterly.",
		[]want{{"quarterly", "SET", "P3M", "", "0", "0"}}},
	{"'reports quarterly and annually' are two sets", "2012-10-25", "It reports quarterly and annually.",
		[]want{{"quarterly", "SET", "P3M", "", "0", "0"}, {"annually", "SET", "P1Y", "", "0", "0"}}},
	{"counter-example: 'its quarterly dividend' is no expression", "2012-10-25", "The bank raised its quarterly dividend by 2 cents.",
		nil},

	// a quarter named by its months
	{"'the April-June quarter' is the second quarter", "2013-09-10", "The company sold 31 million iPhones in the April-June quarter.",
		[]want{{"the April-June quarter", "DATE", "2013-Q2", "", "2013-04-01", "2013-06-30"}}},
	{"'the October-December period' is the fourth quarter, the one that began last", "2013-01-30", "Profit fell in the October-December period.",
		[]want{{"the October-December period", "DATE", "2012-Q4", "", "2012-10-01", "2012-12-31"}}},
	{"'the October-to-December period' is the fourth quarter", "2013-03-21", "Growth in the October-to-December period slowed.",
		[]want{{"the October-to-December period", "DATE", "2012-Q4", "", "2012-10-01", "2012-12-31"}}},
	{"counter-example: months that make no calendar quarter are two months", "2013-09-10", "Sales rose in the June-August period.",
		[]want{{"June", "DATE", "", "", "", ""}, {"August", "DATE", "", "", "", ""}}},

	// ages
	{"counter-example: 'Fifteen-year-olds' are people, not a duration", "2013-12-02", "Fifteen-year-olds in Britain made no progress.",
		nil},
	{"counter-example: '10-year-olds' are people", "2013-12-02", "The test is taken by 10-year-olds.",
		nil},

	// a participle after a verb of state is an adjective, no past cue
	{"'will stay closed through Wednesday' is the coming Wednesday", "2012-10-30", "The subway will stay closed through Wednesday.",
		[]want{{"Wednesday", "DATE", "2012-10-31", "", "2012-10-31", "2012-10-31"}}},
	{"'will remain closed until Thursday' is the coming Thursday", "2012-10-30", "Schools will remain closed until Thursday.",
		[]want{{"Thursday", "DATE", "2012-11-01", "", "", ""}}},
	{"counter-example: 'remained closed on Monday' is past", "2012-10-30", "Schools remained closed on Monday.",
		[]want{{"Monday", "DATE", "2012-10-29", "", "", ""}}},

	// a clock time in the sentence after one that named a past day
	{"a clock time in a past-tense sentence after one that named a past day takes that day", "2013-04-21",
		"An earthquake struck southwest China on Saturday. The quake hit at 8:02 a.m. in a mountainous county.",
		[]want{{"Saturday", "DATE", "2013-04-20", "", "", ""}, {"8:02 a.m.", "TIME", "2013-04-20T08:02", "", "0", "0"}}},
	{"counter-example: a clock time in a present-tense sentence after a past day keeps the reference day", "2013-04-21",
		"An earthquake struck on Saturday. The briefing is at 3 p.m.",
		[]want{{"Saturday", "DATE", "2013-04-20", "", "", ""}, {"3 p.m.", "TIME", "2013-04-21T15:00", "", "0", "0"}}},

	// a timetable in the present dates what is to come
	{"'begins Oct. 1' in March is the coming October", "2013-03-20", "The new fiscal year begins Oct. 1.",
		[]want{{"Oct. 1", "DATE", "2013-10-01", "", "2013-10-01", "2013-10-01"}}},
	{"'takes effect Jan. 1' in March is next January", "2013-03-20", "The law takes effect Jan. 1.",
		[]want{{"Jan. 1", "DATE", "2014-01-01", "", "", ""}}},
	{"'goes on sale' is a timetable phrase: the coming autumn", "2013-03-19", "The new model goes on sale in the autumn.",
		[]want{{"the autumn", "DATE", "2013-FA", "", "2013-09-01", "2013-11-30"}}},
	{"'go into effect', 'goes to the polls' are timetable phrases", "2013-03-19", "The rules go into effect in February. The country goes to the polls in February.",
		[]want{{"February", "DATE", "2014-02", "", "", ""}, {"February", "DATE", "2014-02", "", "", ""}}},
	{"counter-example: 'goes' alone says nothing of the time (the nearest February)", "2013-03-19", "The money goes to schools in February.",
		[]want{{"February", "DATE", "2013-02", "", "", ""}}},
	{"counter-example: 'went on sale' is past", "2013-03-19", "The new model went on sale in the autumn.",
		[]want{{"the autumn", "DATE", "2012-FA", "", "", ""}}},
	{"counter-example: 'opened Oct. 1' is past", "2013-03-20", "The season opened Oct. 1.",
		[]want{{"Oct. 1", "DATE", "2012-10-01", "", "", ""}}},
	{"counter-example: a timetable date within 45 days is the nearest", "2012-10-05", "The fiscal year ends Sept. 30.",
		[]want{{"The fiscal year", "DURATION", "P1Y", "", "", ""}, {"Sept. 30", "DATE", "2012-09-30", "", "", ""}}},

	// ordinal weekdays of a month, sets of a weekday's part
	{"'the first Monday in October' is computed like 'the first Monday of October'", "2013-06-26", "The court returns on the first Monday in October.",
		[]want{{"the first Monday in October", "DATE", "2013-10-07", "", "2013-10-07", "2013-10-07"}}},
	{"counter-example: 'Monday in Paris' is a weekday", "2013-06-26", "He spoke Monday in Paris.",
		[]want{{"Monday", "DATE", "2013-06-24", "", "", ""}}},
	{"'every Saturday night' is a set of that part of the day", "2013-02-04", "The show was seen every Saturday night by millions.",
		[]want{{"every Saturday night", "SET", "XXXX-WXX-6TNI", "", "0", "0"}}},

	// "of the year" in a future-tense clause
	{"'the second half of the year' in a future clause is this year's, whatever year was named", "2013-04-12",
		"Revenue fell from the fourth quarter. The bank expects fees to fall in the second half of the year.",
		[]want{{"the fourth quarter", "DATE", "2012-Q4", "", "", ""}, {"the second half of the year", "DATE", "2013-H2", "", "", ""}}},
	{"counter-example: 'the first half of the year' in a past clause is the year last named", "2013-04-12",
		"In 2011, sales fell in the first half of the year.",
		[]want{{"2011", "DATE", "2011", "", "", ""}, {"the first half of the year", "DATE", "2011-H1", "", "", ""}}},

	// units under a second, vague counts in the millions
	{"'20 milliseconds' is PT0.02S", "2013-03-21", "The chip answers in 20 milliseconds.",
		[]want{{"20 milliseconds", "DURATION", "PT0.02S", "", "0", "0"}}},
	{"'billions of years' is a stretch of years", "2013-03-21", "The sun will burn for billions of years.",
		[]want{{"billions of years", "DURATION", "PXY", "", "0", "0"}}},
	{"counter-example: 'billions of people' is no expression", "2013-03-21", "Billions of people live there.",
		nil},

	// 24-hour clock times with zones and days
	{"'1953 HKT' is a clock time in Hong Kong, not the year 1953", "2013-03-22", "Updated 1153 GMT (1953 HKT).",
		[]want{{"1153 GMT", "TIME", "2013-03-22T11:53", "", "0", "0"}, {"1953 HKT", "TIME", "2013-03-22T19:53", "", "0", "0"}}},
	{"'2200 GMT Thursday' is one expression on that Thursday", "2013-03-22", "The blast came at 2200 GMT Thursday.",
		[]want{{"2200 GMT Thursday", "TIME", "2013-03-21T22:00", "", "2013-03-21", "2013-03-21"}}},
	{"'2300 GMT on Wednesday' takes Wednesday", "2013-03-22", "The ceasefire began at 2300 GMT on Wednesday.",
		[]want{{"2300 GMT", "TIME", "2013-03-20T23:00", "", "", ""}, {"Wednesday", "DATE", "2013-03-20", "", "", ""}}},

	// early and late parts of a day
	{"'by late afternoon' after a past day named in the sentence before takes that day, no interval", "2013-03-20",
		"A fire broke out on Saturday. By late afternoon, it was out.",
		[]want{{"Saturday", "DATE", "2013-03-16", "", "", ""}, {"late afternoon", "TIME", "2013-03-16TAF", "END", "0", "0"}}},
	{"'early morning' with no day has the reference day in its value and no interval", "2013-03-20", "Fog formed in the early morning.",
		[]want{{"early morning", "TIME", "2013-03-20TMO", "START", "0", "0"}}},
	{"'late afternoon Friday' takes Friday", "2013-03-20", "The talks ended late afternoon Friday.",
		[]want{{"late afternoon Friday", "TIME", "2013-03-15TAF", "END", "2013-03-15", "2013-03-15"}}},
	{"counter-example: 'the late-night show' is no part of a day", "2013-03-20", "He hosts the late-night show.",
		nil},

	// bare plurals before "away"
	{"'still decades away' is a stretch of decades", "2013-03-22", "A useful quantum computer is still decades away.",
		[]want{{"decades", "DURATION", "PXDE", "", "0", "0"}}},
	{"'weeks away from a deal' is a stretch of weeks", "2013-03-22", "Negotiators are weeks away from a deal.",
		[]want{{"weeks", "DURATION", "PXW", "", "0", "0"}}},

	{"'could take months' is a stretch of months", "2013-03-22", "A decision could take months.",
		[]want{{"months", "DURATION", "PXM", "", "0", "0"}}},
	{"'took centuries to build' is a stretch of centuries", "2013-03-22", "What took centuries to build is melting.",
		[]want{{"centuries", "DURATION", "PXCE", "", "0", "0"}}},
	{"counter-example: 'take days off' has no unit after the verb", "2013-03-22", "Workers take time off.",
		nil},

	// a timetable in the plain present after a plural subject
	{"'Markets reopen Tuesday' is the coming Tuesday", "2013-03-20", "Markets reopen Tuesday after the holiday.",
		[]want{{"Tuesday", "DATE", "2013-03-26", "", "", ""}}},
	{"'Talks end Friday' is the coming Friday", "2013-03-20", "Talks end Friday in Geneva.",
		[]want{{"Friday", "DATE", "2013-03-22", "", "", ""}}},
	{"counter-example: 'did they end Friday' is past", "2013-03-20", "Why did they end Friday?",
		[]want{{"Friday", "DATE", "2013-03-15", "", "", ""}}},

	// two units back; counted from a named day
	{"'the week before last' is two weeks back", "2013-03-20", "The week before last, he left for Rome.",
		[]want{{"The week before last", "DATE", "2013-W10", "", "2013-03-04", "2013-03-10"}}},
	{"'the year before last' is two years back", "2013-03-20", "The year before last, it rained all summer.",
		[]want{{"The year before last", "DATE", "2011", "", "", ""}}},
	{"'a week from Monday' is the Monday after next Monday", "2013-03-20", "The exhibition opens a week from Monday.",
		[]want{{"a week from Monday", "DATE", "2013-04-01", "", "", ""}}},
	{"'two days from today' is two days on", "2013-03-20", "The vote is two days from today.",
		[]want{{"two days from today", "DATE", "2013-03-22", "", "", ""}}},
	{"counter-example: 'a week from the vote' names no day", "2013-03-20", "It came a week from the vote.",
		[]want{{"a week", "DURATION", "P1W", "", "0", "0"}}},

	// "in the morning" of a day named
	{"'in the morning' of a day named in the sentence is that day's morning, no interval", "2013-03-20",
		"On Saturday the fire broke out in the morning.",
		[]want{{"Saturday", "DATE", "2013-03-16", "", "", ""}, {"the morning", "TIME", "2013-03-16TMO", "", "0", "0"}}},
	{"counter-example: 'in the afternoon' with no day named is any afternoon, no expression", "2013-03-20",
		"Officials urged residents to stay indoors in the afternoon.",
		nil},

	// ranges of durations
	{"'two to three weeks' is one stretch valued by its lower bound", "2013-03-20", "Shipments resume within two to three weeks.",
		[]want{{"two to three weeks", "DURATION", "P2W", "", "0", "0"}}},
	{"'10-15 years' is one stretch", "2013-03-20", "The project will take 10-15 years.",
		[]want{{"10-15 years", "DURATION", "P10Y", "", "0", "0"}}},
	{"counter-example: a falling range is two numbers, the second with the unit", "2013-03-20", "The queue fell from 5 to 3 hours.",
		[]want{{"3 hours", "DURATION", "PT3H", "", "0", "0"}}},

	// named weekdays
	{"'Black Friday' is the day after Thanksgiving", "2013-12-16", "On Black Friday, shoppers lined up before dawn.",
		[]want{{"Black Friday", "DATE", "2013-11-29", "", "2013-11-29", "2013-11-29"}}},
	{"'Cyber Monday' is the Monday after Thanksgiving", "2013-12-16", "Cyber Monday sales jumped 20 percent.",
		[]want{{"Cyber Monday", "DATE", "2013-12-02", "", "", ""}}},
	{"'Super Tuesday' is a name, not last Tuesday", "2013-12-16", "On Super Tuesday, voters chose their candidates.",
		nil},
	{"'Bloody Sunday' is a name, not last Sunday", "2013-12-16", "Bloody Sunday is remembered every year.",
		[]want{{"every year", "SET", "P1Y", "", "0", "0"}}},
	{"counter-example: a name before 'Friday' that is no such word leaves the weekday", "2013-12-16", "CNN Friday reported the sale.",
		[]want{{"Friday", "DATE", "2013-12-13", "", "", ""}}},

	// a day of the month as an ordinal word
	{"'the July Fourth holiday' is July 4", "2013-12-16", "During the July Fourth holiday, he rested.",
		[]want{{"July Fourth", "DATE", "2013-07-04", "", "2013-07-04", "2013-07-04"}}},
	{"counter-example: 'June second-quarter' is a month and a quarter", "2013-12-16", "In June second-quarter sales rose.",
		[]want{{"June", "DATE", "", "", "", ""}, {"second-quarter", "DATE", "", "", "", ""}}},

	// the new year
	{"'in the new year' in December is next year", "2013-12-16", "Talks will resume in the new year.",
		[]want{{"the new year", "DATE", "2014", "", "2014-01-01", "2014-12-31"}}},
	{"'the new year' in January is this year", "2014-01-06", "Sales were slow in the new year.",
		[]want{{"the new year", "DATE", "2014", "", "", ""}}},
	{"counter-example: 'the new year' in June is unclear, no expression", "2013-06-16", "Talks will resume in the new year.",
		nil},

	// quarter and half codes
	{"'Q3 2013' is that quarter", "2013-03-21", "Profit in Q3 2013 rose.",
		[]want{{"Q3 2013", "DATE", "2013-Q3", "", "2013-07-01", "2013-09-30"}}},
	{"'H1 2013' is that half", "2013-03-21", "Profit in H1 2013 rose.",
		[]want{{"H1 2013", "DATE", "2013-H1", "", "2013-01-01", "2013-06-30"}}},
	{"'Q4' in a sentence of figures is the fourth quarter that began last", "2013-03-21", "In Q4, sales rose 5 percent.",
		[]want{{"Q4", "DATE", "2012-Q4", "", "", ""}}},
	{"counter-example: a model name is no quarter", "2013-03-21", "The Audi Q4 is new.",
		nil},
	{"counter-example: 'H1N1' is a virus", "2013-03-21", "The H1N1 virus spread, and sales fell 5 percent.",
		nil},

	// four digits after a label
	{"counter-example: 'Room 1205' is a room, not a year", "2013-03-21", "Room 1205 was empty.",
		nil},
	{"counter-example: 'Flight 1549' is a flight", "2013-03-21", "Flight 1549 landed on the river.",
		nil},
	{"'in 2013' stays a year", "2013-03-21", "The number of flights fell in 2013.",
		[]want{{"2013", "DATE", "2013", "", "", ""}}},

	// years far back
	{"'2,000 years ago' is the year 0013, four digits, not a century", "2013-03-20", "2,000 years ago, Rome ruled the region.",
		[]want{{"2,000 years ago", "DATE", "0013", "", "0013-01-01", "0013-12-31"}}},
	{"'6,000 years ago' lies before the year 1: the past, no calendar value", "2013-03-20", "About 6,000 years ago, the city was built.",
		[]want{{"6,000 years ago", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: 'ten years ago' is that year", "2013-03-20", "Ten years ago, he came.",
		[]want{{"Ten years ago", "DATE", "2003", "", "2003-01-01", "2003-12-31"}}},

	// a comparison a year back names no year of its own
	{"'the first nine months of the year' after 'a year earlier' is this year", "2012-10-25",
		"Net income rose to $41 million from $36.6 million a year earlier. For the first nine months of the year, revenue climbed 8 percent.",
		[]want{{"a year earlier", "DATE", "", "", "", ""}, {"the first nine months", "DURATION", "P9M", "", "", ""}, {"the year", "DATE", "2012", "", "", ""}}},
	{"'a year ago' in figures after a half to come is no half a year back", "2013-07-31",
		"Economists expect faster growth in the second half of the year. Unemployment has fallen to 7.6 percent from 8.2 percent a year ago.",
		[]want{{"the second half of the year", "DATE", "2013-H2", "", "", ""}, {"a year ago", "DATE", "2012", "", "", ""}}},
	{"counter-example: 'a year ago' in figures after a reported quarter is that quarter a year back", "2012-10-25",
		"Profit rose in the third quarter. Net income was $41 million, up from $36.6 million a year ago.",
		[]want{{"the third quarter", "DATE", "2012-Q3", "", "", ""}, {"a year ago", "DATE", "2011-Q3", "", "", ""}}},
}

func TestFindKinds(t *testing.T) { runFormCases(t, kindCases, true) }
