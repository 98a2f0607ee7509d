package timex

import "testing"

// review3Cases are counter-examples found reviewing the rules of the
// sports/science, history and culture branches of session 6: natural
// news sentences in which a rule's trigger appears but its reading is
// wrong. Each case says what the rule had given and why the answer now
// given is the true one.
var review3Cases = []formCase{
	// "a week on Friday": British for a day to come
	{"'rose 2% a week on Friday' is a rate and the day gone (was 'a week on Friday' 2013-06-21)", "2013-06-12",
		"Prices rose 2% a week on Friday.",
		[]want{{"a week", "SET", "P1W", "-", "", ""}, {"Friday", "DATE", "2013-06-07", "-", "", ""}}},
	{"in a past clause 'a week on Friday' is no day to come (was 2013-06-21)", "2013-06-12",
		"Talks resumed a week on Friday, officials said.",
		[]want{{"a week", "DURATION", "P1W", "-", "", ""}, {"Friday", "DATE", "2013-06-07", "-", "", ""}}},
	{"still: a present clause keeps the British date", "2013-06-12",
		"The vote is a week on Friday.",
		[]want{{"a week on Friday", "DATE", "2013-06-21", "-", "", ""}}},

	// "the three-day weekend": the current one only when nothing dates it
	{"'the three-day weekend in May' in a September paper is May's, not the weekend just gone (was 2014-W36-WE)", "2014-09-10",
		"Three people died during the three-day weekend in May.",
		[]want{{"three-day", "DURATION", "P3D", "-", "", ""}, {"May", "DATE", "2014-05", "-", "", ""}}},
	{"'the four-day weekend last year' is last year's (was 2014-W36-WE)", "2014-09-10",
		"Traffic deaths rose over the four-day weekend last year.",
		[]want{{"four-day", "DURATION", "P4D", "-", "", ""}, {"last year", "DATE", "2013", "-", "", ""}}},
	{"still: the three-day weekend with nothing after it is the one just gone", "2014-03-10",
		"Shoppers spent $2 billion during the three-day weekend.",
		[]want{{"the three-day weekend", "DATE", "2014-W10-WE", "-", "", ""}}},

	// "next year's" and an event's noun before "on" and a day
	{"'unveiled next year's budget on Oct. 3': the day of the unveiling, gone (was 2014-10-03)", "2013-10-10",
		"The government unveiled next year's budget on Oct. 3.",
		[]want{{"next year", "DATE", "2014", "-", "", ""}, {"Oct. 3", "DATE", "2013-10-03", "-", "", ""}}},
	{"'announced next year's festival on March 1': the day of the announcement (was 2015-03-01)", "2014-03-10",
		"Organizers announced next year's festival on March 1.",
		[]want{{"next year", "DATE", "2015", "-", "", ""}, {"March 1", "DATE", "2014-03-01", "-", "", ""}}},
	{"still: a verb of holding dates the event", "2014-03-10",
		"The academy will hold next year's ceremony on Feb. 22.",
		[]want{{"next year", "DATE", "2015", "-", "", ""}, {"Feb. 22", "DATE", "2015-02-22", "-", "", ""}}},
	{"still: after a preposition the day is the event's", "2014-03-10",
		"Turnout fell after last year's election on May 6.",
		[]want{{"last year", "DATE", "2013", "-", "", ""}, {"May 6", "DATE", "2013-05-06", "-", "", ""}}},

	// a month and day after a full day of an earlier year
	{"an obituary: 'born on Jan. 5, 1931 ... He died on Jan. 20' in a February paper is this January's death (was 1931-01-20)", "2014-02-01",
		"Smith was born on Jan. 5, 1931, in Brooklyn. He died on Jan. 20 at a hospital in Manhattan.",
		[]want{{"Jan. 5, 1931", "DATE", "1931-01-05", "-", "", ""}, {"Jan. 20", "DATE", "2014-01-20", "-", "", ""}}},
	{"'founded on Jan. 2, 1998. It filed for bankruptcy on Jan. 21' in a February paper: this January (was 1998-01-21)", "2014-02-01",
		"The firm was founded on Jan. 2, 1998. It filed for bankruptcy on Jan. 21.",
		[]want{{"Jan. 2, 1998", "DATE", "1998-01-02", "-", "", ""}, {"Jan. 21", "DATE", "2014-01-21", "-", "", ""}}},
	{"still: a month and day this year has not reached goes on the story", "2014-11-07",
		"On Nov. 9, 1989, the wall fell. In the early hours of Nov. 10, crowds climbed it.",
		[]want{{"Nov. 9, 1989", "DATE", "1989-11-09", "-", "", ""}, {"Nov. 10", "DATE", "1989-11-10", "-", "", ""}}},

	// a decade after "in their", "in his", "in her"
	{"'in her 1980s heyday': four figures name the decade, not an age (was none)", "2014-11-20",
		"Ticket sales peaked in her 1980s heyday.",
		[]want{{"1980s", "DATE", "198", "-", "", ""}}},
	{"still: 'in their 80s' is an age", "2014-11-20",
		"Most survivors are in their 80s.",
		nil},

	// a weekday as the subject of "brings", "sees", "marks"
	{"a headline's present tells what happened: 'Sunday sees heaviest fighting in months' is the Sunday gone (was 2013-06-16)", "2013-06-12",
		"Sunday sees heaviest fighting in months",
		[]want{{"Sunday", "DATE", "2013-06-09", "-", "", ""}, {"months", "DURATION", "PXM", "-", "", ""}}},
	{"a title-case headline likewise (was 2013-06-17)", "2013-06-12",
		"Monday Marks Deadliest Day for Iraq This Year",
		[]want{{"Monday", "DATE", "2013-06-10", "-", "", ""}, {"This Year", "DATE", "2013", "-", "", ""}}},
	{"still: in running text the day of the timetable is to come", "2013-06-12",
		"Tuesday brings more rain, forecasters say.",
		[]want{{"Tuesday", "DATE", "2013-06-18", "-", "", ""}}},

	// a weekday in the possessive before a timetable verb
	{"'Monday's trading starts lower' tells how the day went: the Monday gone (was 2013-06-17)", "2013-06-12",
		"Monday's trading starts lower.",
		[]want{{"Monday", "DATE", "2013-06-10", "-", "", ""}}},
	{"still: 'starts at 2pm' is the timetable's", "2013-06-12",
		"Sunday's race starts at 2pm.",
		[]want{{"Sunday", "DATE", "2013-06-16", "-", "", ""}, {"2pm", "TIME", "2013-06-16T14:00", "-", "", ""}}},

	// a range of bare months that holds the reference month
	{"a past range is over, not the one under way: 'In 2010, the monsoon, which ran from June to September' (was 2012-06, 2012-09)", "2012-09-20",
		"In 2010, the monsoon, which ran from June to September, killed 2,000 people.",
		[]want{{"2010", "DATE", "2010", "-", "", ""}, {"June", "DATE", "2010-06", "-", "", ""}, {"September", "DATE", "2010-09", "-", "", ""}}},
	{"'Last year the monsoon ran from June to September' is last year's (was 2012)", "2012-09-20",
		"Last year the monsoon ran from June to September.",
		[]want{{"Last year", "DATE", "2011", "-", "", ""}, {"June", "DATE", "2011-06", "-", "", ""}, {"September", "DATE", "2011-09", "-", "", ""}}},
	{"still: a present range is the one under way", "2012-09-20",
		"The monsoon season, which runs from June to September, has brought less rain so far.",
		[]want{{"June", "DATE", "2012-06", "-", "", ""}, {"September", "DATE", "2012-09", "-", "", ""}}},
}

func TestRound6Review3(t *testing.T) { runFormCases(t, review3Cases, false) }
