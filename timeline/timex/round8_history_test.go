package timex

import "testing"

// round8History are the rules of the eighth round drawn from long past
// narratives inside news (items 278-283): an explainer, a news story's
// background section, an anniversary feature, a profile's biography, a
// company's history and a court case's history. Each rule has its reason
// and counter-examples where the trigger stands in another sense or tense,
// or where the news is back in its present.
var round8History = []formCase{
	// a story dated by a month goes on into the next with a bare day
	{"a month and day in a past clause right after a month with its year three or more years back is of that year, within 31 days after the month", "2012-03-30",
		"In March 1982, workers raised the flag on South Georgia. On April 2, the junta invaded the islands.",
		[]want{{"March 1982", "DATE", "1982-03", "", "", ""}, {"April 2", "DATE", "1982-04-02", "-", "1982-04-02", "1982-04-02"}}},
	{"the same after a company's month: 'In March 2009 ... On April 2, it filed'", "2012-03-30",
		"In March 2009, the company cut 500 jobs. On April 2, it filed for bankruptcy.",
		[]want{{"March 2009", "DATE", "2009-03", "", "", ""}, {"April 2", "DATE", "2009-04-02", "-", "", ""}}},
	{"counter-example: a clause to come after the story's month is the news's day", "2012-03-30",
		"In March 2009, the company cut 500 jobs. On April 2, it will hold its annual meeting.",
		[]want{{"March 2009", "DATE", "2009-03", "", "", ""}, {"April 2", "DATE", "2012-04-02", "-", "", ""}}},
	{"counter-example: a day more than 31 days after the month, or before it, is left to the tense", "2012-03-30",
		"In March 2009, the company cut 500 jobs. On June 20, it filed for bankruptcy. On Feb. 20, it sold a plant.",
		[]want{{"March 2009", "DATE", "2009-03", "", "", ""}, {"June 20", "DATE", "2011-06-20", "-", "", ""}, {"Feb. 20", "DATE", "2012-02-20", "-", "", ""}}},
	{"counter-example: a bare month (no year written) does not open a story", "2012-03-30",
		"Exports fell in March, the ministry said. On April 2, it said imports rose.",
		[]want{{"March", "DATE", "2012-03", "", "", ""}, {"April 2", "DATE", "2012-04-02", "-", "", ""}}},

	// "had" after the comma closing a simple-past clause is the next clause's
	{"a date in a clause with its own simple-past verb, before a comma and a past perfect, is no flashback: the story goes on in the simple past", "2011-10-08",
		"A fire broke out tonight 140 years ago. By the time rain put it out on Tuesday, Oct. 10, 1871, it had burned for a day. The summer of 1871 had been dry; little rain fell between July and October.",
		[]want{{"tonight", "TIME", "2011-10-08TNI", "", "", ""}, {"140 years ago", "DATE", "1871", "", "", ""}, {"Tuesday, Oct. 10, 1871", "DATE", "1871-10-10", "", "", ""}, {"a day", "DURATION", "P1D", "", "", ""}, {"The summer of 1871", "DATE", "1871-SU", "", "", ""}, {"July", "DATE", "1871-07", "-", "", ""}, {"October", "DATE", "1871-10", "-", "", ""}}},
	{"counter-example: a fronted date with no verb before its comma takes the past perfect after it: a flashback of the news", "2014-05-20",
		"Police arrested the man on Tuesday. In May 1999, he had been jailed, and in June 2000, he had been fined. He appeared in court in November.",
		[]want{{"Tuesday", "DATE", "2014-05-20", "", "", ""}, {"May 1999", "DATE", "1999-05", "", "", ""}, {"June 2000", "DATE", "2000-06", "", "", ""}, {"November", "DATE", "2013-11", "-", "", ""}}},

	// "a hundred and forty"
	{"'a hundred and forty years ago', 'two hundred and twenty-five years': the tens after 'hundred and' belong to the number", "2011-10-08",
		"A hundred and forty years ago, a fire broke out. The town was founded two hundred and twenty-five years ago. It lasted a hundred and one days.",
		[]want{{"A hundred and forty years ago", "DATE", "1871", "-", "", ""}, {"two hundred and twenty-five years ago", "DATE", "1786", "", "", ""}, {"a hundred and one days", "DURATION", "P101D", "-", "", ""}}},
	{"counter-example: 'a hundred and twenty' people or dollars is no stretch of time; the unit after them keeps its own", "2014-05-20",
		"A hundred and twenty people died over two days. He paid a hundred and forty dollars a week.",
		[]want{{"two days", "DURATION", "P2D", "", "", ""}, {"a week", "SET", "P1W", "", "", ""}}},
	{"counter-example: 'a hundred and more', 'a hundred and the' count no tens", "2011-10-08",
		"A hundred and more years passed. He paid a hundred and the bill took days.",
		[]want{{"days", "DURATION", "PXD", "", "", ""}}},

	// "that December", "that autumn" without a preposition
	{"'and that autumn she joined', 'and that December the neighbours agreed': the month or season of the year last named, opening a clause with its subject after it", "2016-02-23",
		"She graduated in 1967, and that autumn she joined a survey ship. In 2010 drilling began, and that December the neighbours agreed to bar ships.",
		[]want{{"1967", "DATE", "1967", "", "", ""}, {"that autumn", "DATE", "1967-FA", "-", "", ""}, {"2010", "DATE", "2010", "", "", ""}, {"that December", "DATE", "2010-12", "-", "", ""}}},
	{"'That December the neighbours agreed' opening a sentence, 'bought its rival that August for $112 million' before a preposition", "2014-09-18",
		"In 2010 drilling began. That December the neighbours agreed to bar ships. In 1989 it bought its rival that August for $112 million.",
		[]want{{"2010", "DATE", "2010", "", "", ""}, {"That December", "DATE", "2010-12", "-", "", ""}, {"1989", "DATE", "1989", "", "", ""}, {"that August", "DATE", "1989-08", "-", "", ""}}},
	{"counter-example: 'that' of what is said, or before a verb, is a conjunction or a relative: no 'that autumn'", "2016-02-23",
		"In 2010 he warned that autumn would be hard. In 2011 he said the floods that spring brings were worse.",
		[]want{{"2010", "DATE", "2010", "", "", ""}, {"2011", "DATE", "2011", "", "", ""}}},
	{"counter-example: a month that is also a first name before a capitalised word may be a person: the month stays bare", "2016-02-23",
		"In 2010 she recorded an album, and that June Carter sang on it.",
		[]want{{"2010", "DATE", "2010", "", "", ""}, {"June", "DATE", "2010-06", "", "", ""}}},

	// a unit opening a compound
	{"'a night-school teacher', 'a day-care place', 'a year-on-year rise', 'a day-trip': the unit opens a compound, no duration", "2016-02-23",
		"A night-school teacher helped. She had a day-care place. It posted a year-on-year rise. He took a day-trip.",
		nil},
	{"counter-example: '-long', '-earlier', a unit after the hyphen, and a unit apart keep their expressions", "2016-02-23",
		"It was a week-long strike. Profit beat a year-earlier figure. He ruled for a quarter-century. He stayed a night.",
		[]want{{"week-long", "DURATION", "P1W", "", "", ""}, {"year-earlier", "DATE", "2015", "", "", ""}, {"a quarter-century", "DURATION", "P25Y", "", "", ""}, {"a night", "DURATION", "P1D", "", "", ""}}},

	// a weekday of a story that named a day with its weekday
	{"a bare weekday in a past clause of a story that named its day with its weekday is the nearest such day of the story", "2013-09-20",
		"The storm formed in September 1938. On Wednesday, Sept. 21, 1938, it struck Long Island. On Thursday, rescuers searched the ruins.",
		[]want{{"September 1938", "DATE", "1938-09", "", "", ""}, {"Wednesday, Sept. 21, 1938", "DATE", "1938-09-21", "", "", ""}, {"Thursday", "DATE", "1938-09-22", "-", "1938-09-22", "1938-09-22"}}},
	{"the weekday may lie before the story's day, and a clock time and a day after it go on with it", "2011-10-08",
		"By the time rain put it out on Tuesday, Oct. 10, 1871, the fire had burned for a day. The summer of 1871 had been dry; little rain fell between July and October. On Saturday night, a blaze destroyed four blocks, and firemen were still tired when the alarm came at 9:40 p.m. on Sunday. The flames reached the waterworks the next morning.",
		[]want{{"Tuesday, Oct. 10, 1871", "DATE", "1871-10-10", "", "", ""}, {"a day", "DURATION", "P1D", "", "", ""}, {"The summer of 1871", "DATE", "1871-SU", "", "", ""}, {"July", "DATE", "1871-07", "", "", ""}, {"October", "DATE", "1871-10", "", "", ""},
			{"Saturday night", "TIME", "1871-10-07TNI", "", "", ""}, {"9:40 p.m.", "TIME", "1871-10-08T21:40", "", "", ""}, {"Sunday", "DATE", "1871-10-08", "", "", ""}, {"the next morning", "TIME", "1871-10-09TMO", "", "", ""}}},
	{"counter-example: 'The talks resumed on Monday' in a paragraph after the history is the news's Monday", "2015-05-11",
		"The storm formed in September 1938. On Wednesday, Sept. 21, 1938, it struck Long Island. Hundreds died.\n\nOn Thursday, the town unveiled a memorial. The talks resumed on Monday.",
		[]want{{"September 1938", "DATE", "1938-09", "", "", ""}, {"Wednesday, Sept. 21, 1938", "DATE", "1938-09-21", "", "", ""}, {"Thursday", "DATE", "2015-05-07", "-", "", ""}, {"Monday", "DATE", "2015-05-11", "-", "", ""}}},
	{"counter-example: a story whose day was named without its weekday leaves the weekday to the news", "2013-09-20",
		"The storm formed in September 1938. It struck Long Island on Sept. 21, 1938. On Thursday, rescuers searched the ruins.",
		[]want{{"September 1938", "DATE", "1938-09", "", "", ""}, {"Sept. 21, 1938", "DATE", "1938-09-21", "", "", ""}, {"Thursday", "DATE", "2013-09-19", "-", "", ""}}},
	{"counter-example: a clause to come, or a sentence in the present between, is the news", "2013-09-20",
		"The storm formed in September 1938. On Wednesday, Sept. 21, 1938, it struck Long Island. On Thursday, the town will unveil a memorial. The town is calm now. On Tuesday, the mayor laid a wreath.",
		[]want{{"September 1938", "DATE", "1938-09", "", "", ""}, {"Wednesday, Sept. 21, 1938", "DATE", "1938-09-21", "", "", ""}, {"Thursday", "DATE", "2013-09-26", "-", "", ""}, {"now", "DATE", "PRESENT_REF", "", "", ""}, {"Tuesday", "DATE", "2013-09-17", "-", "", ""}}},
	{"counter-example: a single old day opens no story: 'On Monday' after it is the news's", "2016-12-07",
		"On Sunday, Dec. 7, 1941, Japanese planes attacked Pearl Harbor. On Monday, veterans gathered at the memorial.",
		[]want{{"Sunday, Dec. 7, 1941", "DATE", "1941-12-07", "", "", ""}, {"Monday", "DATE", "2016-12-05", "-", "", ""}}},

	// "the following February" two sentences after its date
	{"'the following February', 'the following spring' in a past clause reach the date two sentences back when the sentence between is in the past", "2014-08-25",
		"In May 2010, five states signed a framework. Egypt and Sudan refused to sign. Burundi joined the following February. In March 2011, Kenya signed. Uganda objected. Tanzania joined the following summer.",
		[]want{{"May 2010", "DATE", "2010-05", "", "", ""}, {"the following February", "DATE", "2011-02", "-", "", ""}, {"March 2011", "DATE", "2011-03", "", "", ""}, {"the following summer", "DATE", "2011-SU", "-", "", ""}}},
	{"counter-example: a sentence in the present between, a clause to come, or three sentences back leave 'the following' out (the bare month, or none)", "2014-08-25",
		"In May 2010, five states signed a framework. The treaty is still in force. Burundi joined the following February. In May 2011, five states signed. Egypt refused. Sudan refused. Burundi joined the following March. In May 2012, five states signed. Egypt refused. Burundi will join the following April.",
		[]want{{"May 2010", "DATE", "2010-05", "", "", ""}, {"February", "DATE", "2014-02", "-", "", ""}, {"May 2011", "DATE", "2011-05", "", "", ""}, {"May 2012", "DATE", "2012-05", "", "", ""}, {"April", "DATE", "2015-04", "-", "", ""}}},

	// "Three months later," opening a sentence frames it
	{"'Three months later,' counted from a month with its year and opening a sentence frames it as 'In May 2009,' would", "2010-11-24",
		"An inquiry began in February 2009. Three months later, detectives arrested a man, who was charged in June.",
		[]want{{"February 2009", "DATE", "2009-02", "", "", ""}, {"Three months later", "DATE", "2009-05", "", "", ""}, {"June", "DATE", "2009-06", "-", "", ""}}},
	{"counter-example: the frame holds for its sentence only, and not for a clause to come", "2010-11-24",
		"An inquiry began in February 2009. Three months later, detectives arrested a man. He was charged in June. Two months later, a judge said he would be tried in March.",
		[]want{{"February 2009", "DATE", "2009-02", "", "", ""}, {"Three months later", "DATE", "2009-05", "", "", ""}, {"June", "DATE", "2010-06", "-", "", ""}, {"Two months later", "DATE", "2010-08", "", "", ""}, {"March", "DATE", "2011-03", "-", "", ""}}},
	{"counter-example: counted from a month whose year the tense guessed, it frames nothing", "2010-02-10",
		"Police arrested a man in May. Two months later, he was charged, and in January he was freed.",
		[]want{{"May", "DATE", "2009-05", "", "", ""}, {"Two months later", "DATE", "2009-07", "", "", ""}, {"January", "DATE", "2010-01", "-", "", ""}}},

	// the story's own day on its anniversary
	{"the story's own day named again without its year in a past-perfect clause, in a paper of its anniversary, is the story's", "2016-10-21",
		"The slide began on 21 October 1966. On the morning of Friday 21 October, pupils had just returned to their classrooms when the tip slid. Half-term was due to begin that afternoon.",
		[]want{{"21 October 1966", "DATE", "1966-10-21", "", "", ""}, {"Friday 21 October", "DATE", "1966-10-21", "-", "", ""}, {"that afternoon", "TIME", "1966-10-21TAF", "", "", ""}}},
	{"counter-example: in the simple past, after 'by', or on another day than the anniversary, it is the news's", "2014-11-09",
		"The wall fell on Nov. 9, 1989. On Nov. 9, crowds gathered at the gate. The wall fell on Nov. 9, 1989. By Nov. 9, the city had built a memorial.",
		[]want{{"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Nov. 9", "DATE", "2014-11-09", "-", "", ""}, {"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Nov. 9", "DATE", "2014-11-09", "-", "", ""}}},
	{"counter-example: a past perfect the day after the anniversary may be yesterday's news", "2014-11-10",
		"The wall fell on Nov. 9, 1989. On Nov. 9, the city had lit a line of balloons.",
		[]want{{"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Nov. 9", "DATE", "2014-11-09", "-", "", ""}}},

	// "follows on Monday"
	{"'A parade follows on Monday', 'A final vote follows on Oct. 20': 'follows on' and a day is a timetable, the day to come", "2011-10-08",
		"The department will mark the anniversary on Sunday. A parade follows on Monday. A final vote follows on Oct. 20.",
		[]want{{"Sunday", "DATE", "2011-10-09", "", "", ""}, {"Monday", "DATE", "2011-10-10", "-", "", ""}, {"Oct. 20", "DATE", "2011-10-20", "-", "", ""}}},
	{"counter-example: 'follows' an event, 'follows Monday's vote', 'follows on the heels of' tell of what went before", "2011-10-08",
		"The ruling follows a hearing on Monday. The ruling follows Monday's vote. The ruling follows on the heels of a vote on Monday.",
		[]want{{"Monday", "DATE", "2011-10-03", "", "", ""}, {"Monday", "DATE", "2011-10-03", "", "", ""}, {"Monday", "DATE", "2011-10-03", "", "", ""}}},
}

func TestRound8History(t *testing.T) { runFormCases(t, round8History, true) }
