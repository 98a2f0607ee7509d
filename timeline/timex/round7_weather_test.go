package timex

import "testing"

// round7WeatherCases are the rules adopted after tagging weather, disaster
// and emergency news (testdata/news 100-111), each with counter-examples,
// among them sentences in which the rule's trigger word has another
// meaning or another tense.
var round7WeatherCases = []formCase{
	// a unit of speed
	{"'315 km per hour', '120 miles an hour', '2 metres per second' are units of speed: no set, no duration", "2015-03-16",
		"Winds of 315 km per hour, gusts of 120 miles an hour, and a current of 2 metres per second hit the coast.",
		nil},
	{"counter-example: a price per hour and a distance a day stay rates, and 'in an hour' a duration", "2015-03-16",
		"He earns $20 per hour and drove 300 miles a day. The storm moved 10 miles in an hour.",
		[]want{{"per hour", "SET", "PT1H", "", "0", "0"}, {"a day", "SET", "P1D", "", "0", "0"}, {"an hour", "DURATION", "PT1H", "", "0", "0"}}},

	// a night of a run
	{"'on the first night', 'on the final night' are a night of a run, as 'the first day': none", "2015-05-02",
		"The toll rose from 2,500 on the first night. Crowds peaked on the final night.",
		nil},
	{"counter-example: 'the first hour' stays one unit, 'the first nights' some nights", "2015-05-02",
		"For the first hour nobody came. The first nights were cold.",
		[]want{{"the first hour", "DURATION", "PT1H", "", "0", "0"}, {"The first nights", "DURATION", "PXD", "", "0", "0"}}},

	// "overnight" before a weekday
	{"'overnight on Wednesday into Thursday' is Wednesday's night, though the reference day is Monday", "2014-02-10",
		"More rain is forecast for Wednesday, with gusts possible overnight on Wednesday into Thursday.",
		[]want{{"Wednesday", "DATE", "2014-02-12", "", "", ""}, {"overnight", "TIME", "2014-02-12TNI", "", "2014-02-12", "2014-02-13"}, {"Wednesday", "DATE", "2014-02-12", "", "", ""}, {"Thursday", "DATE", "2014-02-13", "", "", ""}}},
	{"'overnight into Tuesday' is the night before Tuesday; 'overnight Monday into Tuesday' Monday's", "2015-01-29",
		"The storm raged overnight into Tuesday. Snow was heaviest overnight Monday into Tuesday.",
		[]want{{"overnight", "TIME", "2015-01-26TNI", "", "2015-01-26", "2015-01-27"}, {"Tuesday", "DATE", "2015-01-27", "", "", ""}, {"overnight", "TIME", "2015-01-26TNI", "", "2015-01-26", "2015-01-27"}, {"Monday", "DATE", "2015-01-26", "", "", ""}, {"Tuesday", "DATE", "2015-01-27", "", "", ""}}},
	{"'will fall overnight on Friday' in a Friday paper is tonight", "2014-11-07",
		"Rain will fall overnight on Friday.",
		[]want{{"overnight", "TIME", "2014-11-07TNI", "", "2014-11-07", "2014-11-08"}, {"Friday", "DATE", "2014-11-07", "", "", ""}}},
	{"counter-example: 'made arrests overnight on Friday' in a Friday paper is the night just gone; 'overnight,' before a day keeps it too", "2014-11-07",
		"Police made arrests overnight on Friday. The storm strengthened overnight, and on Thursday it hit the coast.",
		[]want{{"overnight", "TIME", "2014-11-06TNI", "", "", ""}, {"Friday", "DATE", "2014-11-07", "", "", ""}, {"overnight", "TIME", "2014-11-06TNI", "", "", ""}, {"Thursday", "DATE", "2014-11-06", "", "", ""}}},

	// clock times of a daily set
	{"'between 11 am and 4 pm daily', 'from 9 a.m. to 5 p.m. every day' are any day's hours, as 'daily at 6 a.m.'", "2015-05-27",
		"The monsoon is expected on June 1. People should stay indoors between 11 am and 4 pm daily and drink water. The museum opens from 9 a.m. to 5 p.m. every day.",
		[]want{{"June 1", "DATE", "2015-06-01", "", "", ""}, {"11 am", "TIME", "XXXX-XX-XXT11:00", "", "0", "0"}, {"4 pm", "TIME", "XXXX-XX-XXT16:00", "", "0", "0"}, {"daily", "SET", "P1D", "", "0", "0"}, {"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "", "0", "0"}, {"5 p.m.", "TIME", "XXXX-XX-XXT17:00", "", "0", "0"}, {"every day", "SET", "P1D", "", "0", "0"}}},
	{"counter-example: a day between the clock time and 'daily' keeps its day; 'daily' far after is another clause's (the clock time takes the Monday of the sentence before, as a past narrative does)", "2015-05-27",
		"The shop opened at 9 a.m. on Monday, and sales rose daily. He left at 4 pm and sales rose daily.",
		[]want{{"9 a.m.", "TIME", "2015-05-25T09:00", "", "", ""}, {"Monday", "DATE", "2015-05-25", "", "", ""}, {"daily", "SET", "P1D", "", "", ""}, {"4 pm", "TIME", "2015-05-25T16:00", "", "0", "0"}, {"daily", "SET", "P1D", "", "", ""}}},

	// a tally up to a day
	{"'reported 266 deaths till Tuesday evening': a tally, a figure its object, is up to a day gone", "2015-05-27",
		"Telangana reported 266 deaths till Tuesday evening. Hospitals recorded 1,200 admissions until Sunday.",
		[]want{{"Tuesday evening", "TIME", "2015-05-26TEV", "", "", ""}, {"Sunday", "DATE", "2015-05-24", "", "", ""}}},
	{"counter-example: no figure, or a modal after the verb, leaves 'until' looking ahead", "2015-05-27",
		"The agency reported delays until Friday. Officials reported that 12 roads will stay shut until Friday.",
		[]want{{"Friday", "DATE", "2015-05-29", "", "", ""}, {"Friday", "DATE", "2015-05-29", "", "", ""}}},

	// another zone's clock time in brackets
	{"'1:25 a.m. (1625 GMT Friday)': the aside's day is not the story's, so 'by midday' after it is Saturday's", "2016-04-16",
		"A powerful earthquake struck early on Saturday. The quake hit at 1:25 a.m. (1625 GMT Friday) near Kumamoto. It was followed by 100 aftershocks by midday.",
		[]want{{"Saturday", "DATE", "2016-04-16", "", "", ""}, {"1:25 a.m.", "TIME", "2016-04-16T01:25", "", "", ""}, {"1625 GMT Friday", "TIME", "2016-04-15T16:25", "", "2016-04-15", "2016-04-15"}, {"midday", "TIME", "2016-04-16T12:00", "", "0", "0"}}},
	{"'11 p.m. local time (0400 GMT Friday). Police arrived at 11:30 p.m.': the local night goes on, Thursday", "2013-05-24",
		"The bomb exploded at 11 p.m. local time (0400 GMT Friday). Police arrived at 11:30 p.m.",
		[]want{{"11 p.m. local time", "TIME", "2013-05-23T23:00", "", "", ""}, {"0400 GMT Friday", "TIME", "2013-05-24T04:00", "", "", ""}, {"11:30 p.m.", "TIME", "2013-05-23T23:30", "", "0", "0"}}},
	{"counter-example: a local clock time in brackets after a GMT one is the story's day, and it stays", "2016-04-16",
		"The quake struck at 0300 GMT Saturday (11 p.m. Friday local time). Rescuers arrived at 11:40 p.m.",
		[]want{{"0300 GMT Saturday", "TIME", "2016-04-16T03:00", "", "", ""}, {"11 p.m. Friday", "TIME", "2016-04-15T23:00", "", "", ""}, {"11:40 p.m.", "TIME", "2016-04-15T23:40", "", "0", "0"}}},
	{"counter-example: a clock time with its day outside brackets still dates what follows", "2016-04-16",
		"Polls closed at 8 p.m. Thursday. Counting ended at 11 p.m.",
		[]want{{"8 p.m. Thursday", "TIME", "2016-04-14T20:00", "", "2016-04-14", "2016-04-14"}, {"11 p.m.", "TIME", "2016-04-14T23:00", "", "0", "0"}}},

	// "this spring" before the spring
	{"'this spring' said in January is this year's, whatever the tense ('leave acres unplanted', an adjective in -ed)", "2014-01-17",
		"Farmers said they would leave acres unplanted this spring. The orchards were planted this spring.",
		[]want{{"this spring", "DATE", "2014-SP", "", "2014-03-01", "2014-05-31"}, {"this spring", "DATE", "2014-SP", "", "", ""}}},
	{"counter-example: 'this winter' in a past clause in March or June is the winter just gone; 'this fall' in early January within 61 days of its end", "2014-03-20",
		"This winter was the coldest. The air has been hazardous this winter.",
		[]want{{"This winter", "DATE", "2013-WI", "", "", ""}, {"this winter", "DATE", "2013-WI", "", "", ""}}},
	{"counter-example: 'this fall' in a present perfect ten days into January is the fall just gone", "2014-01-10",
		"Sales have been weak this fall.",
		[]want{{"this fall", "DATE", "2013-FA", "", "", ""}}},

	// a month after "into" and a verb of lasting
	{"'could continue into March', 'dragged on well into May': the month a stretch lasts into", "2014-02-10",
		"The flooding could continue into March. Talks dragged on well into May.",
		[]want{{"March", "DATE", "2014-03", "", "2014-03-01", "2014-03-31"}, {"May", "DATE", "2013-05", "", "", ""}}},
	{"counter-example: 'tore into May' is a name, 'marched into March Square' a place", "2014-02-10",
		"Johnson tore into May over Brexit. Protesters marched into March Square.",
		nil},

	// "at least" before "another"
	{"'for at least another week' is one duration, EQUAL_OR_MORE, as 'at least 90 days'", "2013-03-22",
		"The river will remain high for at least another week.",
		[]want{{"at least another week", "DURATION", "P1W", "EQUAL_OR_MORE", "0", "0"}}},
	{"counter-example: 'at least another man' counts people; 'another week' alone has no mod", "2013-03-22",
		"At least another man died. He stayed another week.",
		[]want{{"another week", "DURATION", "P1W", "-", "0", "0"}}},

	// an event named after a holiday, of a year
	{"'the Ash Wednesday fires of 1983', 'the Boxing Day tsunami of 2004 killed': that year's day", "2009-02-10",
		"The fires surpassed the Ash Wednesday fires of 1983. The Boxing Day tsunami of 2004 killed 230,000.",
		[]want{{"Ash Wednesday", "DATE", "1983-02-16", "", "1983-02-16", "1983-02-16"}, {"1983", "DATE", "1983", "", "", ""}, {"Boxing Day", "DATE", "2004-12-26", "", "", ""}, {"2004", "DATE", "2004", "", "", ""}}},
	{"counter-example: 'a Christmas bonus of 2000 dollars' is an amount; 'the Christmas sales of the year' names no year", "2009-02-10",
		"He got a Christmas bonus of 2000 dollars. The Christmas sales of the year rose.",
		[]want{{"Christmas", "DATE", "2008-12-25", "", "", ""}, {"Christmas", "DATE", "2008-12-25", "", "", ""}}},

	// a passive forecast of the weather
	{"'Rainfall totals ... were forecast through Sunday', the clause opening its line: what is forecast is to come", "2011-08-26",
		"He cut short his vacation.\n\nRainfall totals of 6 to 10 inches were forecast through Sunday.",
		[]want{{"Sunday", "DATE", "2011-08-28", "", "", ""}}},
	{"counter-example: 'had been forecast' is a forecast gone by; a forecast of sales keeps the tense", "2011-08-26",
		"Rain had been forecast for Sunday, but the day stayed dry. Sales were forecast to rise on Monday.",
		[]want{{"Sunday", "DATE", "2011-08-21", "", "", ""}, {"Monday", "DATE", "2011-08-22", "", "", ""}}},

	// the deadline of an order
	{"'ordered the evacuation of low-lying areas by 5 p.m. Saturday': an order's deadline is after it", "2011-08-26",
		"Officials ordered the evacuation of low-lying areas by 5 p.m. Saturday.",
		[]want{{"5 p.m. Saturday", "TIME", "2011-08-27T17:00", "", "2011-08-27", "2011-08-27"}}},
	{"counter-example: a bare day, 'early on' or 'by helicopter' time the order, the day gone", "2011-08-26",
		"Officials ordered the evacuation of 5,000 people on Monday. Police ordered the evacuation early on Monday. They ordered the evacuation by helicopter on Monday.",
		[]want{{"Monday", "DATE", "2011-08-22", "", "", ""}, {"Monday", "DATE", "2011-08-22", "", "", ""}, {"Monday", "DATE", "2011-08-22", "", "", ""}}},

	// a day declared
	{"'has declared Wednesday a national day of mourning': a day declared is to come", "2009-02-10",
		"Kevin Rudd has declared Wednesday a national day of mourning.",
		[]want{{"Wednesday", "DATE", "2009-02-11", "", "", ""}}},
	{"counter-example: the simple past 'declared Monday a holiday', and 'has declared Monday that' (the day of the words), keep the tense", "2009-02-10",
		"The government declared Monday a holiday. The mayor has declared Monday that the city was safe.",
		[]want{{"Monday", "DATE", "2009-02-09", "", "", ""}, {"Monday", "DATE", "2009-02-09", "", "", ""}}},

	// a stretch undone
	{"'had wiped out years of development', 'could undo decades of progress': what is undone took that time", "2015-03-16",
		"The cyclone had wiped out years of development. The crisis could undo decades of progress.",
		[]want{{"years", "DURATION", "PXY", "", "0", "0"}, {"decades", "DURATION", "PXDE", "", "0", "0"}}},
	{"counter-example: 'ruled out years of talks' is no verb of undoing; 'rulings of years past' no stretch", "2015-03-16",
		"He ruled out years of talks. The court reversed rulings of years past.",
		nil},

	// a set of a range
	{"'every three or four years', 'every 2-3 weeks': a set valued by the lower bound, as the range is", "2015-07-02",
		"Heatwaves will come every three or four years. He visits every 2-3 weeks.",
		[]want{{"every three or four years", "SET", "P3Y", "", "0", "0"}, {"every 2-3 weeks", "SET", "P2W", "", "0", "0"}}},
	{"counter-example: 'every two or three people' counts people; 'three or four years' alone is a duration", "2015-07-02",
		"Every two or three people agree. It took three or four years.",
		[]want{{"three or four years", "DURATION", "P3Y", "", "0", "0"}}},

	// stretches offered as alternatives
	{"'within weeks or months', 'days or even weeks' are one stretch, valued by the first, as TimeBank marks 'weeks or months' PXW", "2016-05-08",
		"He died within weeks or months of his capture. It could last days or even weeks.",
		[]want{{"weeks or months", "DURATION", "PXW", "", "0", "0"}, {"days or even weeks", "DURATION", "PXD", "", "0", "0"}}},
	{"'for weeks, possibly months', 'months, if not years': after a comma the alternative is a stretch of its own", "2016-05-08",
		"We won't have this fire out for weeks, possibly months. It may take months, if not years.",
		[]want{{"weeks", "DURATION", "PXW", "", "0", "0"}, {"months", "DURATION", "PXM", "", "0", "0"}, {"months", "DURATION", "PXM", "", "0", "0"}, {"years", "DURATION", "PXY", "", "0", "0"}}},
	{"counter-example: 'and months later' is no alternative; a smaller unit after 'or' is not joined, nor tagged alone", "2016-05-08",
		"He spent weeks, and months later he left. It took years or months.",
		[]want{{"weeks", "DURATION", "PXW", "", "0", "0"}, {"years", "DURATION", "PXY", "", "0", "0"}}},

	// a state in force until a clock time
	{"'A tornado watch is in effect until 9 p.m. CDT' after a sentence naming a day to come: today's 9 p.m.", "2013-05-28",
		"The storm is expected to make landfall early Monday. A tornado watch is in effect until 9 p.m. CDT.",
		[]want{{"early Monday", "DATE", "2013-06-03", "START", "", ""}, {"9 p.m. CDT", "TIME", "2013-05-28T21:00", "", "0", "0"}}},
	{"counter-example: a clause with 'will' keeps the day to come, as 'The Dawn Service will begin at 4.30am'", "2013-05-28",
		"The parade is on Saturday. The roads will stay closed until 6 p.m.",
		[]want{{"Saturday", "DATE", "2013-06-01", "", "", ""}, {"6 p.m.", "TIME", "2013-06-01T18:00", "", "0", "0"}}},

	// a month ranked by the weather
	{"'the third-warmest May since 1895', 'the driest May in 50 years': a superlative of the weather ranks a month", "2013-06-28",
		"It was the third-warmest May since 1895. It was the driest May in 50 years.",
		[]want{{"May", "DATE", "2013-05", "", "", ""}, {"1895", "DATE", "1895", "", "", ""}, {"May", "DATE", "2013-05", "", "", ""}, {"50 years", "DURATION", "P50Y", "", "0", "0"}}},
	{"counter-example: another adjective before 'May' leaves a name ('the greatest May' of a person's career is none)", "2013-06-28",
		"Voters backed the tireless May over Johnson.",
		nil},

	// a day of a habit
	{"'The monsoon usually reaches Kerala on June 1', 'usually begins on 14 April': any year's day, as a bare month of a habit", "2015-05-27",
		"The monsoon usually reaches Kerala on June 1. The festival usually begins on 14 April.",
		[]want{{"June 1", "DATE", "XXXX-06-01", "", "0", "0"}, {"14 April", "DATE", "XXXX-04-14", "", "0", "0"}}},
	{"counter-example: a clause after 'and' is no habit; a day with its year keeps it; a habit told in the past is still any year's day (review A: 'usually reached ... on June 1 in the 1990s' was 2014-06-01, outside the 1990s)", "2015-05-27",
		"The monsoon usually reached Kerala on June 1 in the 1990s. It usually arrives early, and this year it came on May 25. It usually arrives on June 1, 2015 style.",
		[]want{{"June 1", "DATE", "XXXX-06-01", "", "0", "0"}, {"the 1990s", "DATE", "199", "", "", ""}, {"this year", "DATE", "2015", "", "", ""}, {"May 25", "DATE", "2015-05-25", "", "", ""}, {"June 1, 2015", "DATE", "2015-06-01", "", "", ""}}},

	// self-review: the trigger words in other senses and tenses
	{"review: 'miles per hour' before a day leaves the day; 'an hour later' after a speed is still a duration", "2015-05-27",
		"Gusts reached 100 miles per hour on Tuesday, and the storm moved on an hour later.",
		[]want{{"Tuesday", "DATE", "2015-05-26", "", "", ""}, {"an hour", "DURATION", "PT1H", "", "", ""}}},
	{"review: a tally with a modal after it ('would close until Monday') looks ahead", "2015-05-27",
		"Health officials reported 3 cases and said schools would close until Monday.",
		[]want{{"Monday", "DATE", "2015-06-01", "", "", ""}}},
	{"review: a bracketed GMT time with no day of its own to set leaves the local night on, Tuesday", "2016-05-25",
		"The polls closed at 8 p.m. (0100 GMT Wednesday). Results came at 11 p.m.",
		[]want{{"8 p.m.", "TIME", "2016-05-24T20:00", "", "", ""}, {"0100 GMT Wednesday", "TIME", "2016-05-25T01:00", "", "", ""}, {"11 p.m.", "TIME", "2016-05-24T23:00", "", "0", "0"}}},
	{"review: 'this spring' said in July is this spring, past or not", "2014-07-10",
		"Farmers planted early this spring.",
		[]want{{"early this spring", "DATE", "2014-SP", "START", "", ""}}},
	{"review: 'ordered' of a purchase, its own day named, then 'by Friday' in another clause: the days keep their tense", "2011-08-26",
		"She ordered the book on Monday and it arrived by Friday.",
		[]want{{"Monday", "DATE", "2011-08-22", "", "", ""}, {"Friday", "DATE", "2011-08-26", "", "", ""}}},
	{"review: an order's deadline of a month is left to the year that frames the sentence ('In 2011, Obama ordered the withdrawal of all troops by December'); a bare clock time takes no day from it", "2014-03-05",
		"In 2011, Obama ordered the withdrawal of all troops by December. Officials ordered the evacuation by 5:30 p.m. Saturday. Police ordered the crowd out by 10 p.m.",
		[]want{{"2011", "DATE", "2011", "", "", ""}, {"December", "DATE", "2011-12", "", "", ""}, {"5:30 p.m. Saturday", "TIME", "2014-03-08T17:30", "", "", ""}, {"10 p.m.", "TIME", "2014-03-05T22:00", "", "0", "0"}}},
	{"review: 'have declared Saturday a success' judges a day gone; 'has named Friday as a public holiday' names one to come", "2011-08-24",
		"Organisers have declared Saturday a success. He has named Friday as a public holiday.",
		[]want{{"Saturday", "DATE", "2011-08-20", "", "", ""}, {"Friday", "DATE", "2011-08-26", "", "", ""}}},
}

func TestRound7Weather(t *testing.T) { runFormCases(t, round7WeatherCases, false) }
