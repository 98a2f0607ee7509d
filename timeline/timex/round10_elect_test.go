package timex

import "testing"

// round10ElectCases are the rules adopted after tagging the election news
// of testdata/news (440-453), each with counter-examples, and the
// sentences of their self-review: the trigger words in another sense or
// another tense.
var round10ElectCases = []formCase{
	// a list of days after a month's day
	{"'on April 7, 9, 10, 12, 17, 24 and 30': every listed day is one of April's", "2014-03-05",
		"The polls will be held on April 7, 9, 10, 12, 17, 24 and 30, and on May 7 and 12.",
		[]want{{"April 7", "DATE", "2014-04-07", "-", "", ""}, {"9", "DATE", "2014-04-09", "-", "", ""}, {"10", "DATE", "2014-04-10", "-", "", ""}, {"12", "DATE", "2014-04-12", "-", "", ""},
			{"17", "DATE", "2014-04-17", "-", "", ""}, {"24", "DATE", "2014-04-24", "-", "", ""}, {"30", "DATE", "2014-04-30", "-", "", ""}, {"May 7", "DATE", "2014-05-07", "-", "", ""}, {"12", "DATE", "2014-05-12", "-", "", ""}}},
	{"an Oxford comma and a preposition after the list: 'on April 3, 5, and 7 in Delhi'", "2014-03-05",
		"Hearings were held on April 3, 5, and 7 in Delhi.",
		[]want{{"April 3", "DATE", "2013-04-03", "-", "", ""}, {"5", "DATE", "2013-04-05", "-", "", ""}, {"7", "DATE", "2013-04-07", "-", "", ""}}},
	{"counter-example: a count after the comma with no list closed by 'and' ('On April 7, 9 people died')", "2014-03-05",
		"On April 7, 9 people died.",
		[]want{{"April 7", "DATE", "2014-04-07", "-", "", ""}}},
	{"counter-example (self-review): a list closed before a noun is of counts ('On April 8, 9 and 10 people were hurt')", "2014-03-05",
		"On April 8, 9 and 10 people were hurt.",
		[]want{{"April 8", "DATE", "2014-04-08", "-", "", ""}}},
	{"counter-example (self-review): numbers before a unit are no days ('on May 4, 12 and 19 minutes into the game')", "2014-03-05",
		"He scored on May 4, 12 and 19 minutes into the game.",
		[]want{{"May 4", "DATE", "2013-05-04", "-", "", ""}, {"19 minutes", "DURATION", "PT19M", "-", "", ""}}},
	{"counter-example: a year after the list is theirs all, which the first day has not read: the list is left alone", "2015-03-05",
		"Games on June 1, 4 and 8, 2015 are sold out.",
		[]want{{"June 1", "DATE", "2015-06-01", "-", "", ""}, {"2015", "DATE", "2015", "-", "", ""}}},

	// "a second and final"
	{"'a second and final five-year term', 'a second and third round': ordinals, no second of time", "2017-08-10",
		"Kenyatta is seeking a second and final five-year term. A second and third round of talks failed.",
		[]want{{"five-year", "DURATION", "P5Y", "-", "", ""}}},
	{"counter-example: 'for a second and then' goes on with a clause: a second of time", "2017-08-10",
		"He paused for a second and then spoke.",
		[]want{{"a second", "DURATION", "PT1S", "-", "", ""}}},
	{"counter-example (self-review): 'last' before a time word opens a new expression ('waited a second and last night the storm hit')", "2017-08-10",
		"He waited a second and last night the storm hit.",
		[]want{{"a second", "DURATION", "PT1S", "-", "", ""}, {"last night", "TIME", "2017-08-09TNI", "-", "", ""}}},

	// a weekday in a name before a date
	{"'on Super Tuesday, March 1', 'on Black Monday, Oct. 19, 1987': the name is no weekday, the date stands alone", "2016-02-01",
		"More than a dozen states hold contests on Super Tuesday, March 1. Markets fell on Black Monday, Oct. 19, 1987.",
		[]want{{"March 1", "DATE", "2016-03-01", "-", "", ""}, {"Oct. 19, 1987", "DATE", "1987-10-19", "-", "", ""}}},
	{"counter-example: a plain weekday before its date joins it ('on Tuesday, March 1'), as does one after a lower-case word ('a super Tuesday, March 1')", "2016-02-01",
		"Votes on Tuesday, March 1 are due. It was a super Tuesday, March 1, for the team.",
		[]want{{"Tuesday, March 1", "DATE", "2016-03-01", "-", "", ""}, {"Tuesday, March 1", "DATE", "2016-03-01", "-", "", ""}}},
	{"counter-example (self-review): a capitalised word that names nothing before the weekday leaves it a day ('Voters, Tuesday, March 1'; 'By Tuesday, March 1')", "2016-02-01",
		"By Tuesday, March 1, the polls will be closed.",
		[]want{{"Tuesday, March 1", "DATE", "2016-03-01", "-", "", ""}}},

	// a clock time in a "will" clause after a day gone that its sentence named
	{"'Polls closed at 10pm on Thursday and counting will resume at 9am' on a Friday: the hour to come is the reference day's, not Thursday's", "2017-10-13",
		"Polls closed at 10pm on Thursday and counting will resume at 9am. Counting stopped on Thursday night and will resume at 9am.",
		[]want{{"10pm", "TIME", "2017-10-12T22:00", "-", "", ""}, {"Thursday", "DATE", "2017-10-12", "-", "", ""}, {"9am", "TIME", "2017-10-13T09:00", "-", "", ""},
			{"Thursday night", "TIME", "2017-10-12TNI", "-", "", ""}, {"9am", "TIME", "2017-10-13T09:00", "-", "", ""}}},
	{"counter-example: 'would', a future told in the past, keeps the day named ('said on Monday he would arrive at 9am')", "2017-10-13",
		"He said on Monday he would arrive at 9am.",
		[]want{{"Monday", "DATE", "2017-10-09", "-", "", ""}, {"9am", "TIME", "2017-10-09T09:00", "-", "", ""}}},
	{"counter-example (self-review): a day to come keeps its hour ('On Monday the board will meet at 9am'), and a past clause its day ('Polls closed on Thursday at 10pm')", "2017-10-13",
		"On Monday the board will meet at 9am. Polls closed on Thursday and the count began at 11pm.",
		[]want{{"Monday", "DATE", "2017-10-16", "-", "", ""}, {"9am", "TIME", "2017-10-16T09:00", "-", "", ""}, {"Thursday", "DATE", "2017-10-12", "-", "", ""}, {"11pm", "TIME", "2017-10-12T23:00", "-", "", ""}}},

	// "N years earlier" after a figure compared, in a sentence with a year
	{"'won 48 seats in the 2012 election, up from 31 four years earlier': counted from the sentence's year, not the one of the sentence before", "2017-10-13",
		"She was re-elected in 2017. The party won 48 seats in the 2012 election, up from 31 four years earlier. Results from the 2013 vote took three days. Turnout in the 2013 vote was 61 percent, against 58 percent five years earlier.",
		[]want{{"2017", "DATE", "2017", "-", "", ""}, {"2012", "DATE", "2012", "-", "", ""}, {"four years earlier", "DATE", "2008", "-", "", ""}, {"2013", "DATE", "2013", "-", "", ""}, {"three days", "DURATION", "P3D", "-", "", ""}, {"2013", "DATE", "2013", "-", "", ""}, {"five years earlier", "DATE", "2008", "-", "", ""}}},
	{"counter-example: with no year in the sentence, or no figure compared, the count keeps its base ('Sales rose 5 percent, up from 3 percent two years earlier')", "2017-10-13",
		"She was re-elected in 2016. Sales rose 5 percent, up from 3 percent two years earlier.",
		[]want{{"2016", "DATE", "2016", "-", "", ""}, {"two years earlier", "DATE", "2014", "-", "", ""}}},
	{"counter-example (self-review): 'from' without 'up' or 'down' ('moved from 2010 offices ... two years earlier') is no comparison", "2017-10-13",
		"In 2015 the firm moved from offices it had leased two years earlier.",
		[]want{{"2015", "DATE", "2015", "-", "", ""}, {"two years earlier", "DATE", "2013", "-", "", ""}}},

	// a headline's label year before a colon
	{"'General election 2015: Polls open across the UK', 'Budget 2019: Donohoe to unveil': the label's year", "2015-05-07",
		"General election 2015: Polls open across the UK\n\nBudget 2019: Donohoe to unveil plans",
		[]want{{"2015", "DATE", "2015", "-", "", ""}, {"2019", "DATE", "2019", "-", "", ""}}},
	{"counter-example: a figure opening its line, or after a word of a clock, is a clock time ('2000: Police say', 'Update 2015:', 'Curfew 1800:')", "2015-05-07",
		"2000: Police say the road is shut.\n\nUpdate 2015: Polls closed in Florida\n\nCurfew 1800: residents must stay indoors",
		[]want{}},
	{"counter-example (self-review): after a preposition, or in a sentence, the colon's figure is no label ('He spoke at 1930: we are ready.')", "2015-05-07",
		"He spoke at 1930: we are ready. The tally reached 2014: a record for the town.",
		[]want{}},
}

func TestRound10Elect(t *testing.T) { runFormCases(t, round10ElectCases, false) }
