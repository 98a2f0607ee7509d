package timex

import "testing"

// round8EduCases are the rules adopted after tagging the education and
// labour items of testdata/news (288-301), each with counter-examples, and
// the sentences of their self-review: the trigger words in another sense or
// another tense. A value left "" is not checked.
var round8EduCases = []formCase{
	// "a second" before a hyphenated figure compound (since merged with
	// main's wider rule: "a second" before any figure is an ordinal)
	{"'A second 48-hour walkout', 'a second 10-day truce': an ordinal before a compound of a figure, no second of time (was PT1S)", "2014-02-03",
		"A second 48-hour walkout is planned. Rebels agreed a second 10-day truce.",
		[]want{{"48-hour", "DURATION", "PT48H", "-", "0", "0"}, {"10-day", "DURATION", "P10D", "-", "0", "0"}}},
	{"counter-example (self-review): 'for a second. 48 hours later' and 'a second or two' keep the second of time", "2014-02-03",
		"The lights went out for a second.\n48 hours later the line was cut. It lasted a second or two.",
		[]want{{"a second", "DURATION", "PT1S", "-", "0", "0"}, {"48 hours", "DURATION", "PT48H", "-", "0", "0"}, {"a second", "DURATION", "PT1S", "-", "0", "0"}}},

	// "per cent a year": a rate
	{"'2.5 per cent a year', '3 per cent a month': 'per cent' is 'percent', the period after it a rate (was a DURATION)", "2013-02-13",
		"The Government has offered 2.5 per cent a year. Prices rose 3 per cent a month.",
		[]want{{"a year", "SET", "P1Y", "-", "0", "0"}, {"a month", "SET", "P1M", "-", "0", "0"}}},
	{"counter-example (self-review): 'per cent a year earlier', 'per cent a year ago' are distances in time, and 'a year' after a word of no amount a duration", "2013-02-13",
		"Sales rose 4 per cent from 3 per cent a year earlier. It was 2 per cent a year ago. The cent a year could buy was spent.",
		[]want{{"a year earlier", "DATE", "2012", "-", "", ""}, {"a year ago", "DATE", "2012", "-", "", ""}, {"a year", "DURATION", "P1Y", "", "", ""}}},

	// "the year to the end of June"
	{"'in the year to the end of June', 'the week to the middle of March': the stretch up to that part of a month is a duration, as 'the year to June' (was none)", "2013-08-29",
		"Employment rose 1.8 per cent in the year to the end of June. Sales fell in the week to the middle of March.",
		[]want{{"the year", "DURATION", "P1Y", "-", "0", "0"}, {"the end of June", "DATE", "2013-06", "END", "", ""}, {"the week", "DURATION", "P1W", "-", "0", "0"}, {"the middle of March", "DATE", "2013-03", "MID", "", ""}}},
	{"counter-example (self-review): 'the year to date' and 'runs to the end of the year' are no stretch up to a month: none, and the year's end", "2013-08-29",
		"Shares are up 10 per cent in the year to date. The plan runs to the end of the year.",
		[]want{{"the end of the year", "DATE", "2013", "END", "", ""}}},

	// "May to July 2015"
	{"'for May to July 2015', 'for March-April': a capitalised May or March before 'to', 'through' or a hyphen and a month is the first month of a span (was none)", "2015-08-12",
		"There were 740,000 job vacancies for May to July 2015. Output for March-April was flat.",
		[]want{{"May", "DATE", "2015-05", "-", "", ""}, {"July 2015", "DATE", "2015-07", "-", "", ""}, {"March", "DATE", "2015-03", "-", "", ""}, {"April", "DATE", "2015-04", "-", "", ""}}},
	{"counter-example (self-review): the modal 'may to', 'Theresa May to meet', 'may through' are no months", "2015-08-12",
		"Prices may to some extent recover. Theresa May to meet Merkel. Workers may through their union appeal.",
		nil},

	// the week or weekend next to a day named
	{"'the week before Easter', 'the week after Christmas', 'the weekend after Thanksgiving': one expression, the ISO week (weekend) next to the day (was the holiday alone)", "2016-03-11",
		"Nobody wants to strike the week before Easter. Exams resume the week after Christmas 2016. Fares rise the weekend after Thanksgiving 2016.",
		[]want{{"week before Easter", "DATE", "2016-W12", "-", "2016-03-21", "2016-03-27"}, {"week after Christmas 2016", "DATE", "2016-W52", "-", "", ""}, {"weekend after Thanksgiving 2016", "DATE", "2016-W47-WE", "-", "", ""}}},
	{"'the week before Memorial Day' (a Monday) is the week before its own; 'the weekend before the May 3 vote' (a Tuesday) the weekend just before it, the extent ending at the date as in 'the day before the March 3 vote'", "2016-03-11",
		"The week before Memorial Day 2016 is busy. Polls close the weekend before the May 3 vote.",
		[]want{{"week before Memorial Day 2016", "DATE", "2016-W21", "-", "", ""}, {"weekend before the May 3", "DATE", "2016-W17-WE", "-", "", ""}}},
	{"counter-example (self-review): 'the week before Christmas' on a Friday straddles two weeks, only the day; 'the week after the election' has no date; 'the week before,' ending its phrase counts from the date last named", "2016-03-11",
		"Sales rose in the week before Christmas 2015. The week after the election was quiet. It opened on May 4, 2015, and he had left the week before.",
		[]want{{"Christmas 2015", "DATE", "2015-12-25", "-", "", ""}, {"May 4, 2015", "DATE", "2015-05-04", "-", "", ""}, {"the week before", "DATE", "2015-W18", "-", "", ""}}},

	// a strike called in the present perfect
	{"'has called a one-day strike on Monday', 'have announced a nationwide bandh on Tuesday', 'has called a strike for Monday': the present perfect takes no day gone, the action is to come (was the Monday gone)", "2013-05-17",
		"DUTA has called a one-day strike on Monday. Unions have announced a nationwide bandh on Tuesday. The union has also called a strike for Monday.",
		[]want{{"one-day", "DURATION", "P1D", "-", "0", "0"}, {"Monday", "DATE", "2013-05-20", "-", "", ""}, {"Tuesday", "DATE", "2013-05-21", "-", "", ""}, {"Monday", "DATE", "2013-05-20", "-", "", ""}}},
	{"counter-example (self-review): the simple past 'called a strike on Monday, saying', 'have called off the strike on Monday', a present perfect of a deed ('have arrested a man on Monday') keep the day gone", "2013-05-17",
		"The union called a strike on Monday, saying talks had failed. Drivers have called off the strike on Monday. Police have arrested a man on Monday.",
		[]want{{"Monday", "DATE", "2013-05-13", "-", "", ""}, {"Monday", "DATE", "2013-05-13", "-", "", ""}, {"Monday", "DATE", "2013-05-13", "-", "", ""}}},

	// a holiday before a full date
	{"'break up for Christmas on 17 December 2010', 'closed for Easter on April 2, 2015', 'after New Year's Day on January 4, 2010': the holiday within three weeks of the date written after it is of its year (was the tense's year)", "2009-11-19",
		"Schools will break up for Christmas on 17 December 2010. The shop closed for Easter on April 2, 2015. Offices reopen after New Year's Day on January 4, 2010.",
		[]want{{"Christmas", "DATE", "2010-12-25", "-", "", ""}, {"17 December 2010", "DATE", "2010-12-17", "-", "", ""}, {"Easter", "DATE", "2015-04-05", "-", "", ""}, {"April 2, 2015", "DATE", "2015-04-02", "-", "", ""}, {"New Year's Day", "DATE", "2010-01-01", "-", "", ""}, {"January 4, 2010", "DATE", "2010-01-04", "-", "", ""}}},
	{"counter-example (self-review): 'Christmas on a farm' has no date after 'on'; 'The Christmas tree came down on 3 March 2011' (a noun between, and months off); a date with no year leaves the tense to choose", "2009-11-19",
		"He spent Christmas on a farm. The Christmas tree came down on 3 March 2011. They celebrated Christmas on 24 December.",
		[]want{{"Christmas", "DATE", "2008-12-25", "-", "", ""}, {"3 March 2011", "DATE", "2011-03-03", "-", "", ""}, {"Christmas", "DATE", "2008-12-25", "-", "", ""}, {"24 December", "DATE", "2008-12-24", "-", "", ""}}},

	// a clock time on an occasion's day with its date after
	{"'at 8am on A-level results day on Thursday 13 August', 'at 7am on polling day, Thursday 7 May': the clock time is of the date the occasion's day is given (was the reference day)", "2015-05-04",
		"The hotline opens at 8am on A-level results day on Thursday 13 August. Polls open at 7am on polling day, Thursday 7 May.",
		[]want{{"8am", "TIME", "2015-08-13T08:00", "-", "", ""}, {"Thursday 13 August", "DATE", "2015-08-13", "-", "", ""}, {"7am", "TIME", "2015-05-07T07:00", "-", "", ""}, {"Thursday 7 May", "DATE", "2015-05-07", "-", "", ""}}},
	{"counter-example (self-review): 'at 9am on results day' with no date after, 'at 10am on the first day of the trial, on Monday' (a day of something, 'of' between) keep the reference day", "2015-05-04",
		"Staff arrive at 9am on results day. He spoke at 10am on the first day of the trial, on Monday.",
		[]want{{"9am", "TIME", "2015-05-04T09:00", "-", "", ""}, {"10am", "TIME", "2015-05-04T10:00", "-", "", ""}, {"Monday", "DATE", "2015-05-04", "-", "", ""}}},

	// what a deed clears the way for
	{"'voted Tuesday ..., clearing the way for students to return to class Wednesday', 'The ruling on Monday paved the way for executions to resume on Thursday': the infinitive after 'the way for' comes after the day of the deed (was the Wednesday, the Thursday gone)", "2012-09-18",
		"Teachers voted Tuesday to suspend their walkout, clearing the way for 350,000 students to return to class Wednesday. The ruling on Monday paved the way for executions to resume on Thursday.",
		[]want{{"Tuesday", "DATE", "2012-09-18", "-", "", ""}, {"Wednesday", "DATE", "2012-09-19", "-", "", ""}, {"Monday", "DATE", "2012-09-17", "-", "", ""}, {"Thursday", "DATE", "2012-09-20", "-", "", ""}}},
	{"counter-example (self-review): 'cleared the way Monday for' (the deed's day), '..., officials said Thursday' past a comma, 'went home to rest Wednesday' (no 'the way for'), and no day named before keep the tense's day", "2012-09-18",
		"The court cleared the way Monday for the merger to proceed. The vote paves the way for talks to resume, officials said Thursday. They went home to rest Wednesday. The ruling paved the way for executions to resume on Thursday.",
		[]want{{"Monday", "DATE", "2012-09-17", "-", "", ""}, {"Thursday", "DATE", "2012-09-13", "-", "", ""}, {"Wednesday", "DATE", "2012-09-12", "-", "", ""}, {"Thursday", "DATE", "2012-09-13", "-", "", ""}}},

	// the rest of a month or a year named
	{"'for the rest of September', 'the remainder of 2015', 'the rest of May 2010': one expression, the month or year named, as 'the rest of the year' (was the month alone)", "2014-09-15",
		"The plant will run a four-day week for the rest of September. Prices will stay high for the remainder of 2015. He spent the rest of May 2010 in hospital.",
		[]want{{"four-day", "DURATION", "P4D", "-", "0", "0"}, {"the rest of September", "DATE", "2014-09", "-", "", ""}, {"the remainder of 2015", "DATE", "2015", "-", "", ""}, {"the rest of May 2010", "DATE", "2010-05", "-", "", ""}}},
	{"counter-example (self-review): 'the rest of September's fixtures' (a possessive: fixtures), 'the rest of the staff' (no time) keep the month alone or nothing", "2014-09-15",
		"The rest of September's fixtures were cancelled. The rest of the staff left.",
		[]want{{"September", "DATE", "2014-09", "-", "", ""}}},

	// "in May" before a verb of the modal list
	{"'Students who graduated in May face high debt', 'Results published since May show gains': a capitalised May after a preposition is the month, whatever verb follows (was none: 'May face', 'May show' read as the modal)", "2013-09-25",
		"Students who graduated in May face high debt. Results published since May show gains.",
		[]want{{"May", "DATE", "2013-05", "-", "", ""}, {"May", "DATE", "2013-05", "-", "", ""}}},
	{"counter-example (self-review): 'The firm may face fines', 'The fund and may face fines', 'SHARES IN MAY BE SOLD' (capitals) keep the modal", "2013-09-25",
		"The firm may face fines. The fund and may face fines. SHARES IN MAY BE SOLD.",
		nil},

	// the end of a span of clock times and weekdays
	{"'from 8am on Tuesday until 5pm on Wednesday', 'from 8am Tuesday to 5pm Wednesday' said on a Wednesday: the end is the first such weekday on or after the start (was the reference Wednesday)", "2016-06-29",
		"Junior doctors will strike from 8am on Tuesday until 5pm on Wednesday. Nurses will strike from 8am Tuesday to 5pm Wednesday.",
		[]want{{"8am", "TIME", "2016-07-05T08:00", "-", "", ""}, {"Tuesday", "DATE", "2016-07-05", "-", "", ""}, {"5pm", "TIME", "2016-07-06T17:00", "-", "", ""}, {"Wednesday", "DATE", "2016-07-06", "-", "", ""}, {"8am Tuesday", "TIME", "2016-07-05T08:00", "-", "", ""}, {"5pm Wednesday", "TIME", "2016-07-06T17:00", "-", "", ""}}},
	{"counter-example (self-review): a span told in the past ends on the day the tense gives after its start, a year as the start gives nothing to count from", "2016-06-29",
		"Doctors struck from 8am on Monday until 5pm on Wednesday. He worked there from 2008 until 5pm on Wednesday.",
		[]want{{"8am", "TIME", "2016-06-27T08:00", "-", "", ""}, {"Monday", "DATE", "2016-06-27", "-", "", ""}, {"5pm", "TIME", "2016-06-29T17:00", "-", "", ""}, {"Wednesday", "DATE", "2016-06-29", "-", "", ""}, {"2008", "DATE", "2008", "-", "", ""}, {"5pm", "TIME", "2016-06-29T17:00", "-", "", ""}, {"Wednesday", "DATE", "2016-06-29", "-", "", ""}}},

	// a timetable in the plain present after a plural subject
	{"'Exams begin on 12 May', 'Contracts expire on 31 March', 'Lectures resume on 6 June' (plural subjects): a timetable to come, as 'The exam begins on 12 May' (was the day gone)", "2013-09-25",
		"Exams begin on 12 May. Contracts expire on 31 March. Lectures resume on 6 June.",
		[]want{{"12 May", "DATE", "2014-05-12", "-", "", ""}, {"31 March", "DATE", "2014-03-31", "-", "", ""}, {"6 June", "DATE", "2014-06-06", "-", "", ""}}},
	{"counter-example (self-review): 'The exams began on 12 May' (past), 'Stocks end higher on Monday' and 'Shops close on Whit Monday' (a market day gone, a habit: 'end', 'close', 'open' are not read so), 'hopes begin to fade on Monday' (an infinitive after) keep their readings (the Mondays as before)", "2013-09-25",
		"The exams began on 12 May. Stocks end higher on Monday. Hopes begin to fade on Monday.",
		[]want{{"12 May", "DATE", "2013-05-12", "-", "", ""}, {"Monday", "DATE", "2013-09-30", "-", "", ""}, {"Monday", "DATE", "2013-09-30", "-", "", ""}}},

	// "Monday next", "Friday last"
	{"'on Monday next', 'on Friday last', 'on Wednesday next at 10am' (Irish and Indian usage): one expression, the coming (past) such day, never today (was the weekday alone; on a Wednesday 'Wednesday next' was today)", "2015-08-19",
		"The CAO will issue offers on Monday next. Results issued on Friday last. The board will meet on Wednesday next at 10am.",
		[]want{{"Monday next", "DATE", "2015-08-24", "-", "", ""}, {"Friday last", "DATE", "2015-08-14", "-", "", ""}, {"Wednesday next", "DATE", "2015-08-26", "-", "", ""}, {"10am", "TIME", "2015-08-26T10:00", "-", "", ""}}},
	{"counter-example (self-review): 'Monday next week', 'Friday last year' (next and last a noun's), 'Friday last saw a surge' (a verb after: left to the tense)", "2015-08-19",
		"He will speak on Monday next week. He died on Friday last year. Friday last saw a surge.",
		[]want{{"Monday", "DATE", "2015-08-24", "-", "", ""}, {"next week", "DATE", "2015-W35", "-", "", ""}, {"Friday", "DATE", "2015-08-14", "-", "", ""}, {"last year", "DATE", "2014", "-", "", ""}, {"Friday", "DATE", "2015-08-14", "-", "", ""}}},

	// "the October quarter"
	{"'in the October quarter' (the three months to October, Australian statistics): no calendar quarter, so no reported quarter for 'quarter' (was 2012-Q3); the month stays", "2012-11-08",
		"Hours worked fell 0.3 per cent in the October quarter.",
		[]want{{"October", "DATE", "2012-10", "-", "", ""}}},
	{"counter-example (self-review): 'the June quarter', 'the September quarter' are calendar quarters, and 'the quarter' in figures the reported one", "2012-11-08",
		"GDP grew in the June quarter. Profit rose in the September quarter. Sales rose in the quarter.",
		[]want{{"the June quarter", "DATE", "2012-Q2", "-", "", ""}, {"the September quarter", "DATE", "2012-Q3", "-", "", ""}, {"the quarter", "DATE", "2012-Q3", "-", "", ""}}},

	// a copula right before a date
	{"'GCSE results day is 21 August', 'Polling day is on 21 August', 'The hearings are on 3 June' in February: the present copula says when a thing is, a date to come (was the 21 August gone, the nearer)", "2014-02-12",
		"GCSE results day is 21 August. Polling day is on 21 August. The hearings are on 3 June.",
		[]want{{"21 August", "DATE", "2014-08-21", "-", "", ""}, {"21 August", "DATE", "2014-08-21", "-", "", ""}, {"3 June", "DATE", "2014-06-03", "-", "", ""}}},
	{"counter-example (self-review): 'The best day was 21 August' (the past copula), 'Today is 12 February' (the day itself), 'The rate is 7% in August' (not right before) keep their readings", "2014-02-12",
		"The best day was 21 August. Today is 12 February. The rate is 7% in August.",
		[]want{{"21 August", "DATE", "2013-08-21", "-", "", ""}, {"Today", "DATE", "2014-02-12", "-", "", ""}, {"12 February", "DATE", "2014-02-12", "-", "", ""}, {"August", "DATE", "2013-08", "-", "", ""}}},
}

func TestRound8Edu(t *testing.T) { runFormCases(t, round8EduCases, true) }
