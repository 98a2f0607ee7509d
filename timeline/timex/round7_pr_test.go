package timex

import "testing"

// round7PRCases are the rules adopted after tagging the press releases and
// official notices of testdata/news (180-192), each with counter-examples,
// and the sentences of their self-review: the trigger words in another
// sense or another tense. A value left "" is not checked: the case says
// only that the rule leaves that expression alone.
var round7PRCases = []formCase{
	// a span of weekdays after a range of clock times
	{"'from 9 a.m. to 4 p.m. Monday through Friday' is the hours kept every such day: any day's clock times and two weekly sets (was '4 p.m. Monday' of the coming week and the Friday gone)", "2013-08-06",
		"Registration will be held from 9 a.m. to 4 p.m. Monday through Friday until Aug. 23.",
		[]want{{"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "-", "0", "0"}, {"4 p.m.", "TIME", "XXXX-XX-XXT16:00", "-", "0", "0"}, {"Monday", "SET", "XXXX-WXX-1", "-", "", ""}, {"Friday", "SET", "XXXX-WXX-5", "-", "", ""}, {"Aug. 23", "DATE", "2013-08-23", "-", "", ""}}},
	{"'between 8 a.m. and 5 p.m. ET Monday through Friday', a zone between; 'from 8pm to 6am, Monday to Thursday' after a comma", "2010-04-13",
		"Contact the firm between 8 a.m. and 5 p.m. ET Monday through Friday. Closures will run from 8pm to 6am, Monday to Thursday.",
		[]want{{"8 a.m.", "TIME", "XXXX-XX-XXT08:00", "-", "0", "0"}, {"5 p.m. ET", "TIME", "XXXX-XX-XXT17:00", "-", "0", "0"}, {"Monday", "SET", "XXXX-WXX-1", "-", "", ""}, {"Friday", "SET", "XXXX-WXX-5", "-", "", ""},
			{"8pm", "TIME", "XXXX-XX-XXT20:00", "-", "0", "0"}, {"6am", "TIME", "XXXX-XX-XXT06:00", "-", "0", "0"}, {"Monday", "SET", "XXXX-WXX-1", "-", "", ""}, {"Thursday", "SET", "XXXX-WXX-4", "-", "", ""}}},
	{"'open at 9 a.m. Monday through Friday' after 'at' is a habit too, and so it is told in the past", "2013-08-10",
		"The office is open at 9 a.m. Monday through Friday. It was open from 9 a.m. to 5 p.m. Monday through Friday.",
		[]want{{"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "-", "0", "0"}, {"Monday", "SET", "XXXX-WXX-1", "-", "", ""}, {"Friday", "SET", "XXXX-WXX-5", "-", "", ""},
			{"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "-", "0", "0"}, {"5 p.m.", "TIME", "XXXX-XX-XXT17:00", "-", "0", "0"}, {"Monday", "SET", "XXXX-WXX-1", "-", "", ""}, {"Friday", "SET", "XXXX-WXX-5", "-", "", ""}}},
	{"counter-example (self-review): a span of weekdays with no clock times is those days", "2013-08-06",
		"The strike will run Monday through Friday. The talks ran from Monday to Thursday.",
		[]want{{"Monday", "DATE", "2013-08-12", "-", "", ""}, {"Friday", "DATE", "2013-08-16", "-", "", ""}, {"Monday", "DATE", "2013-08-05", "-", "", ""}, {"Thursday", "DATE", "2013-08-08", "-", "", ""}}},
	{"counter-example (self-review): a single clock time after 'from' opens a stretch to the last day, and days of the month after the span name those days", "2013-08-10",
		"The road was closed from 5 p.m. Monday through Friday. The office will be open from 9 a.m. to 5 p.m. Monday through Friday, Aug. 26-30.",
		[]want{{"5 p.m. Monday", "TIME", "2013-08-05T17:00", "-", "", ""}, {"Friday", "DATE", "2013-08-09", "-", "", ""}, {"9 a.m.", "TIME", "", "-", "", ""}, {"5 p.m. Monday", "TIME", "", "-", "", ""}, {"Friday, Aug. 26", "DATE", "", "-", "", ""}}},

	// a range of clock times after a noun of opening hours
	{"'will operate extended hours from 7 a.m. to 7 p.m.', 'Opening hours are 9am to 5pm' are any day's hours", "2013-11-22",
		"The hotline will operate extended hours from 7 a.m. to 7 p.m. through the end of January. Opening hours are 9am to 5pm.",
		[]want{{"7 a.m.", "TIME", "XXXX-XX-XXT07:00", "-", "0", "0"}, {"7 p.m.", "TIME", "XXXX-XX-XXT19:00", "-", "0", "0"}, {"the end of January", "DATE", "2014-01", "END", "", ""}, {"9am", "TIME", "XXXX-XX-XXT09:00", "-", "0", "0"}, {"5pm", "TIME", "XXXX-XX-XXT17:00", "-", "0", "0"}}},
	{"counter-example (self-review): hours with a day after the range are that day's, and a count of hours is a stretch", "2013-11-22",
		"The extended hours from 7 a.m. to 7 p.m. on Saturday were popular. Police searched for 12 hours from 7 a.m. to 7 p.m. on Tuesday.",
		[]want{{"7 a.m.", "TIME", "2013-11-16T07:00", "-", "", ""}, {"7 p.m.", "TIME", "2013-11-16T19:00", "-", "", ""}, {"Saturday", "DATE", "2013-11-16", "-", "", ""},
			{"12 hours", "DURATION", "PT12H", "-", "0", "0"}, {"7 a.m.", "TIME", "2013-11-19T07:00", "-", "", ""}, {"7 p.m.", "TIME", "2013-11-19T19:00", "-", "", ""}, {"Tuesday", "DATE", "2013-11-19", "-", "", ""}}},

	// the first end of a range of clock times with its own a.m. or p.m.
	{"'from 4 p.m. to 7 p.m. on Wednesday, Aug. 14': the first end on the day the second names, not the day named before (was Aug. 23)", "2013-08-06",
		"Registration runs until Aug. 23. Families may register from 4 p.m. to 7 p.m. on Wednesday, Aug. 14.",
		[]want{{"Aug. 23", "DATE", "2013-08-23", "-", "", ""}, {"4 p.m.", "TIME", "2013-08-14T16:00", "-", "", ""}, {"7 p.m.", "TIME", "2013-08-14T19:00", "-", "", ""}, {"Wednesday, Aug. 14", "DATE", "2013-08-14", "-", "", ""}}},
	{"'from 8 a.m. to noon on Saturday, Nov. 30', 'from 10 p.m. to midnight on Friday': a second end in words gives its day too (item 193: was the reference day)", "2013-11-25",
		"Offices closed on Monday. The recycling center will be open from 8 a.m. to noon on Saturday, Nov. 30. The party runs from 10 p.m. to midnight on Friday.",
		[]want{{"Monday", "DATE", "2013-11-25", "-", "", ""}, {"8 a.m.", "TIME", "2013-11-30T08:00", "-", "", ""}, {"noon", "TIME", "2013-11-30T12:00", "-", "", ""}, {"Saturday, Nov. 30", "DATE", "2013-11-30", "-", "", ""},
			{"10 p.m.", "TIME", "2013-11-29T22:00", "-", "", ""}, {"midnight", "TIME", "2013-11-29T24:00", "-", "", ""}, {"Friday", "DATE", "2013-11-29", "-", "", ""}}},
	{"counter-example: a range past midnight leaves its first end alone ('from 10 p.m. to 2 a.m. on Saturday' may start on Friday)", "2013-08-06",
		"The bar will be open from 10 p.m. to 2 a.m. on Saturday.",
		[]want{{"10 p.m.", "TIME", "", "-", "0", "0"}, {"2 a.m.", "TIME", "2013-08-10T02:00", "-", "", ""}, {"Saturday", "DATE", "2013-08-10", "-", "", ""}}},

	// a range of days across the turn of the year
	{"'extended from Dec. 15 to Jan. 31', 'from 20 December to 4 January', 'between Dec. 28 and Jan. 2': the end after the start, in the next year (was 2013-01-31)", "2013-11-22",
		"The deadline has been extended from Dec. 15 to Jan. 31. The exhibition runs from 20 December to 4 January. Talks are planned between Dec. 28 and Jan. 2.",
		[]want{{"Dec. 15", "DATE", "2013-12-15", "-", "", ""}, {"Jan. 31", "DATE", "2014-01-31", "-", "2014-01-31", "2014-01-31"}, {"20 December", "DATE", "2013-12-20", "-", "", ""}, {"4 January", "DATE", "2014-01-04", "-", "", ""}, {"Dec. 28", "DATE", "2013-12-28", "-", "", ""}, {"Jan. 2", "DATE", "2014-01-02", "-", "", ""}}},
	{"counter-example (self-review): in a past clause the span is the one gone; a range within a year keeps its year", "2014-03-10",
		"The exhibition, which ran from Dec. 15 to Jan. 31, drew 40,000 visitors. Prices rose from March 3 to April 5 last year.",
		[]want{{"Dec. 15", "DATE", "2013-12-15", "-", "", ""}, {"Jan. 31", "DATE", "2014-01-31", "-", "", ""}, {"March 3", "DATE", "2013-03-03", "-", "", ""}, {"April 5 last year", "DATE", "2013-04-05", "-", "", ""}}},
	{"counter-example (self-review): a date brought forward may end before its start", "2013-11-22",
		"The vote, set for Dec. 15, was brought forward from Dec. 15 to Nov. 30.",
		[]want{{"Dec. 15", "DATE", "2013-12-15", "-", "", ""}, {"Dec. 15", "DATE", "2013-12-15", "-", "", ""}, {"Nov. 30", "DATE", "2013-11-30", "-", "", ""}}},

	// a deadline stated in the present
	{"'The deadline for applications is 5 p.m. on 31 January' in April is next January's, and 'the closing date is 14 March' (was 2012-01-31)", "2012-04-26",
		"The deadline for applications to the Better Bus Area Fund is 5 p.m. on 31 January, the department said. The closing date is 14 March.",
		[]want{{"5 p.m.", "TIME", "2013-01-31T17:00", "-", "", ""}, {"31 January", "DATE", "2013-01-31", "-", "", ""}, {"14 March", "DATE", "2013-03-14", "-", "", ""}}},
	{"counter-example (self-review): 'The deadline was' is gone, and a day after 'said on' dates the saying", "2012-04-26",
		"The deadline was 31 January. The deadline is a matter for ministers, he said on 31 January.",
		[]want{{"31 January", "DATE", "2012-01-31", "-", "", ""}, {"31 January", "DATE", "2012-01-31", "-", "", ""}}},

	// an age in months or years "of age"
	{"'everyone over six months of age', 'under 12 years of age' are ages, no durations", "2009-10-28",
		"Officials recommend that everyone over six months of age be vaccinated. Children under 12 years of age must be accompanied.",
		nil},
	{"counter-example (self-review): 'six months of age verification checks' is a stretch of something else", "2009-10-28",
		"It took six months of age verification checks.",
		[]want{{"six months", "DURATION", "P6M", "-", "0", "0"}}},

	// "overnight" before a noun of a service or works
	{"'Overnight closures', 'overnight train services' are a service kept at night, no night (was the night before the reference day)", "2013-07-03",
		"Overnight closures will then run for three weeks. Overnight train services will run to the new times.",
		[]want{{"three weeks", "DURATION", "P3W", "-", "0", "0"}}},
	{"counter-example (self-review): 'Overnight, closures' is a night, and 'overnight losses' the night before", "2014-03-10",
		"Overnight, closures were announced. Shares were depressed by overnight losses in New York.",
		[]want{{"Overnight", "TIME", "2014-03-09TNI", "-", "", ""}, {"overnight", "TIME", "2014-03-09TNI", "-", "", ""}}},

	// a form in -ed after a modal and its verb
	{"'will operate extended hours through the end of January': 'extended' is an adjective, the clause is future (was January 2013)", "2013-11-22",
		"The hotline will operate extended hours through the end of January.",
		[]want{{"the end of January", "DATE", "2014-01", "END", "", ""}}},
	{"counter-example (self-review): 'will be extended' is the verb's participle, and a finite past verb keeps the past", "2013-11-22",
		"The ban will be extended through the end of January. The council reduced its hours at the end of January.",
		[]want{{"the end of January", "DATE", "2014-01", "END", "", ""}, {"the end of January", "DATE", "2013-01", "END", "", ""}}},
	{"counter-example (self-review): after 'to' an -ed word may be the past verb of the sentence", "2013-11-20",
		"The decision to sell surprised investors on Monday.",
		[]want{{"Monday", "DATE", "2013-11-18", "-", "", ""}}},

	// "on the Sunday" after a day named
	{"'on the Sunday morning' after 'on Saturday 21 September' is the next day, the article inside (was the Sunday after the reference day)", "2013-06-19",
		"The event will take place on Saturday 21 September 2013 at the Royal Hall. A children's programme will run on the Sunday morning.",
		[]want{{"Saturday 21 September 2013", "DATE", "2013-09-21", "-", "", ""}, {"the Sunday morning", "TIME", "2013-09-22TMO", "-", "", ""}}},
	{"'arrested on 3 May and charged on the Monday': the Monday after that day", "2014-05-20",
		"He was arrested on 3 May and charged on the Monday.",
		[]want{{"3 May", "DATE", "2014-05-03", "-", "", ""}, {"the Monday", "DATE", "2014-05-05", "-", "2014-05-05", "2014-05-05"}}},
	{"counter-example (self-review): with no day named near, 'on the Sunday' is left to the tense; 'the Sunday Times' is a name", "2014-05-20",
		"It rained. The shop opened on the Sunday. He was arrested on 3 May. He read it on the Sunday Times website.",
		[]want{{"Sunday", "DATE", "2014-05-18", "-", "", ""}, {"3 May", "DATE", "2014-05-03", "-", "", ""}}},

	// a clause of "when" in the future after a day
	{"'added two days this year, on Oct. 11 and Feb. 14, when students will not attend': the days are to come, whatever 'added' says (was 2012-10-11 and 2013-02-14)", "2013-08-06",
		"The district added two professional development days this year, on Oct. 11 and Feb. 14, when students will not attend.",
		[]want{{"this year", "DATE", "2013", "-", "", ""}, {"Oct. 11", "DATE", "2013-10-11", "-", "", ""}, {"Feb. 14", "DATE", "2014-02-14", "-", "", ""}}},
	{"counter-example (self-review): a clause of 'when' in the past leaves the past day; 'when' opening a new clause without a comma is no such clause", "2013-08-06",
		"Pupils stayed home on Oct. 11, when teachers went on strike. They met on Oct. 11 when he will say nothing.",
		[]want{{"Oct. 11", "DATE", "2012-10-11", "-", "", ""}, {"Oct. 11", "DATE", "2012-10-11", "-", "", ""}}},

	// an absolute phrase after "with" in a future sentence
	{"'will be delayed by one day, with Thursday routes collected on Friday and Friday routes on Saturday': the participle runs in the future of the main clause (item 193: was the Friday and Saturday gone)", "2013-11-25",
		"Collection will be delayed by one day, with routes collected on Friday and others on Saturday.",
		[]want{{"one day", "DURATION", "P1D", "-", "0", "0"}, {"Friday", "DATE", "2013-11-29", "-", "", ""}, {"Saturday", "DATE", "2013-11-30", "-", "", ""}}},
	{"counter-example (self-review): after a past or a present main clause the phrase keeps the past", "2013-11-27",
		"The storm hit the coast, with three people killed on Monday. Police are investigating, with two men arrested on Monday.",
		[]want{{"Monday", "DATE", "2013-11-25", "-", "", ""}, {"Monday", "DATE", "2013-11-25", "-", "", ""}}},

	// "fiscal year ended" with no article
	{"'the fourth quarter and fiscal year ended December 31, 2012', 'for fiscal year ended June 30' are a stretch and its end, as 'the fiscal year ended' (was no expression)", "2013-03-04",
		"Results for the fourth quarter and fiscal year ended December 31, 2012. Revenue for fiscal year ended June 30, 2012 rose.",
		[]want{{"the fourth quarter", "DATE", "2012-Q4", "-", "", ""}, {"fiscal year", "DURATION", "P1Y", "-", "0", "0"}, {"December 31, 2012", "DATE", "2012-12-31", "-", "", ""}, {"fiscal year", "DURATION", "P1Y", "-", "0", "0"}, {"June 30, 2012", "DATE", "2012-06-30", "-", "", ""}}},
	{"counter-example (self-review): 'fiscal year 2012' names its year, and 'fiscal year ended' with no day after it is no stretch", "2013-03-04",
		"Sales rose in fiscal year 2012. Growth slowed as the quarter and fiscal year ended badly.",
		[]want{{"fiscal year 2012", "DATE", "2012", "-", "0", "0"}, {"the quarter", "DATE", "", "-", "", ""}}},

	// a comparison's base
	{"'compared with $43.4 million for the fourth quarter of 2011' is a base: 'the year' later is the year reported, 2012 (was 2011)", "2013-03-04",
		"Revenue for the quarter ended December 31, 2012 was $48.2 million, compared with $43.4 million for the fourth quarter of 2011. Net income for the year was $12.7 million.",
		[]want{{"the quarter", "DATE", "2012-Q4", "-", "", ""}, {"December 31, 2012", "DATE", "2012-12-31", "-", "", ""}, {"the fourth quarter of 2011", "DATE", "2011-Q4", "-", "", ""}, {"the year", "DATE", "2012", "-", "", ""}}},
	{"counter-example (self-review): 'compared with the floods in 1993', no figure between, is what the story goes on about", "2014-03-10",
		"The damage was compared with the floods in 1993. In August of that year, the river rose.",
		[]want{{"1993", "DATE", "1993", "-", "", ""}, {"August of that year", "DATE", "1993-08", "-", "", ""}}},
}

func TestRound7PR(t *testing.T) { runFormCases(t, round7PRCases, true) }
