package timex

import "testing"

// liveRuleCases are the rules drawn from the live-coverage, chronology and
// broadcast items (news 54-61): clock times around midnight, time zones,
// timestamps and the words of broadcast copy. Each rule has a
// counter-example.
var liveRuleCases = []formCase{
	// "after midnight" opens a day
	{"'shortly after midnight' in a past clause is the start of the day (T00:00), not its end", "2013-10-28",
		"The storm reached Cornwall shortly after midnight.",
		[]want{{"midnight", "TIME", "2013-10-28T00:00", "", "0", "0"}}},
	{"'after midnight on Tuesday' is the midnight that opens Tuesday", "2012-10-23",
		"The rocket blasted off shortly after midnight on Tuesday.",
		[]want{{"midnight", "TIME", "2012-10-23T00:00", "", "2012-10-23", "2012-10-23"}, {"Tuesday", "DATE", "2012-10-23", "", "", ""}}},
	{"counter-example: 'before midnight' keeps the end of the day", "2013-10-28",
		"The storm reached Cornwall shortly before midnight.",
		[]want{{"midnight", "TIME", "2013-10-28T24:00", "", "0", "0"}}},
	{"counter-example: 'after midnight Friday' is a deadline, the end of Friday", "2013-10-28",
		"The strike will begin after midnight Friday.",
		[]want{{"midnight Friday", "TIME", "2013-11-01T24:00", "", "", ""}}},
	{"counter-example: a midnight to come after 'after' is tonight's, the end of today", "2013-10-28",
		"The storm will arrive shortly after midnight.",
		[]want{{"midnight", "TIME", "2013-10-28T24:00", "", "0", "0"}}},
	// a timestamp's clock time after a dash is no second day
	{"'Aired August 8, 2011 - 15:00 ET' is a date and a clock time, not the days 8 to 15", "2011-08-08",
		"Aired August 8, 2011 - 15:00 ET",
		[]want{{"August 8, 2011", "DATE", "2011-08-08", "", "2011-08-08", "2011-08-08"}, {"15:00 ET", "TIME", "2011-08-08T15:00", "", "0", "0"}}},
	{"counter-example: 'July 28-29' is still a range of days", "2011-08-08",
		"The talks ran July 28-29.",
		[]want{{"July 28-29", "DATE", "2011-07-28", "", "2011-07-28", "2011-07-29"}}},

	// the modal "may" before its verb
	{"'AND MAY BE UPDATED' in capitals is the modal, though 'and' may join months", "2011-08-08",
		"THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
		nil},
	{"counter-example: 'in April and May' is a month", "2011-08-08",
		"Sales fell in April and May.",
		[]want{{"April", "DATE", "2011-04", "", "", ""}, {"May", "DATE", "2011-05", "", "", ""}}},

	// a US zone alone after a clock time
	{"'10 p.m. Eastern,' takes its zone", "2011-08-08",
		"Tonight at 10 p.m. Eastern, a special report.",
		[]want{{"Tonight", "TIME", "2011-08-08TNI", "", "", ""}, {"10 p.m. Eastern", "TIME", "2011-08-08T22:00", "", "", ""}}},
	{"counter-example: '10 p.m. Eastern Europe' is a place", "2011-08-08",
		"The plane left at 10 p.m. Eastern Europe was asleep.",
		[]want{{"10 p.m.", "TIME", "2011-08-08T22:00", "", "", ""}}},

	// some minutes or hours ago, moments ago
	{"'moments ago', 'minutes ago', 'hours ago' are PAST_REF, as 'days ago'", "2011-08-08",
		"Moments ago it touched its low. He left minutes ago, and she hours ago.",
		[]want{{"Moments ago", "DATE", "PAST_REF", "", "0", "0"}, {"minutes ago", "DATE", "PAST_REF", "", "0", "0"}, {"hours ago", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: 'moments' with no 'ago' is nothing", "2011-08-08",
		"There were moments of calm.",
		nil},

	// some minutes before or after
	{"'minutes before it was due to close' after a comma is some minutes, as 'hours after'", "2014-04-10",
		"He came in at noon, minutes before it was due to close.",
		[]want{{"noon", "TIME", "2014-04-10T12:00", "", "", ""}, {"minutes", "DURATION", "PTXM", "", "0", "0"}}},
	{"counter-example: 'the minutes after the meeting' (a record) is nothing", "2014-04-10",
		"He read the minutes after the meeting.",
		nil},

	// half an hour
	{"'the next half hour', 'a half hour' are PT30M", "2011-08-08",
		"We will have more in the next half hour. It aired a half hour later.",
		[]want{{"the next half hour", "DURATION", "PT30M", "", "0", "0"}, {"a half hour", "DURATION", "PT30M", "", "", ""}}},
	{"counter-example: 'the second half hour of the show' is a part, nothing", "2011-08-08",
		"The second half hour of the show was dull.",
		nil},

	// an appraisal is no duration
	{"'It was a long night', 'it will be a long day' appraise the time: no duration", "2014-04-10",
		"It was a long night. It will be a long day for the staff.",
		nil},
	{"counter-example: 'spent a long night in the cold' is the night's stretch", "2014-04-10",
		"They spent a long night in the cold.",
		[]want{{"a long night", "DURATION", "P1D", "", "0", "0"}}},

	// a clock time before a part of a day
	{"'9:30 this morning', '8 p.m. tonight' are one TIME each, as '3 p.m. Tuesday'", "2011-08-08",
		"It opened at 9:30 this morning. We meet at 8 p.m. tonight.",
		[]want{{"9:30 this morning", "TIME", "2011-08-08T09:30", "", "2011-08-08", "2011-08-08"}, {"8 p.m. tonight", "TIME", "2011-08-08T20:00", "", "2011-08-08", "2011-08-08"}}},
	{"counter-example: 'at 11:45 on Thursday night' stays two expressions", "2011-08-08",
		"It happened at 11:45 on Thursday night.",
		[]want{{"11:45", "TIME", "2011-08-04T23:45", "", "", ""}, {"Thursday night", "TIME", "2011-08-04TNI", "", "", ""}}},
	// a small-hours clock time after a late time of the day
	{"'at 3:12 a.m.' after a sentence ending on 'Wednesday afternoon' is Thursday's", "2014-04-10",
		"A robbery went wrong on Wednesday afternoon. The man walked out at 3:12 a.m.",
		[]want{{"Wednesday afternoon", "TIME", "2014-04-09TAF", "", "", ""}, {"3:12 a.m.", "TIME", "2014-04-10T03:12", "", "0", "0"}}},
	{"'shortly after 1 a.m.' after 'At 11:30 p.m.' on a day named is the next day's", "2010-09-24",
		"Talks ran on Wednesday. At 11:30 p.m. the session was suspended. Delegates returned shortly after 1 a.m.",
		[]want{{"Wednesday", "DATE", "2010-09-22", "", "", ""}, {"11:30 p.m.", "TIME", "2010-09-22T23:30", "", "0", "0"}, {"1 a.m.", "TIME", "2010-09-23T01:00", "", "0", "0"}}},
	{"'after midnight' following a night of a day named opens the next day", "2013-03-22",
		"Gunfire echoed at 10 p.m. on Tuesday. The attackers were killed shortly after midnight.",
		[]want{{"10 p.m.", "TIME", "2013-03-19T22:00", "", "", ""}, {"Tuesday", "DATE", "2013-03-19", "", "", ""}, {"midnight", "TIME", "2013-03-20T00:00", "", "0", "0"}}},
	{"counter-example: a past perfect goes back and keeps the day", "2013-03-22",
		"He was arrested on Tuesday afternoon. He had been seen at 2 a.m. near the house.",
		[]want{{"Tuesday afternoon", "TIME", "2013-03-19TAF", "", "", ""}, {"2 a.m.", "TIME", "2013-03-19T02:00", "", "0", "0"}}},
	{"counter-example: a day named anew after the night keeps its small hours", "2013-08-22",
		"Forces shelled the suburbs overnight. Activists said the attack on Wednesday began at about 2:30 a.m.",
		[]want{{"overnight", "TIME", "2013-08-21TNI", "", "", ""}, {"Wednesday", "DATE", "2013-08-21", "", "", ""}, {"2:30 a.m.", "TIME", "2013-08-21T02:30", "APPROX", "0", "0"}}},
	{"counter-example: 'before midnight' after the night keeps the night's day", "2013-03-22",
		"Gunfire echoed at 10 p.m. on Tuesday. The attackers were killed just before midnight.",
		[]want{{"10 p.m.", "TIME", "2013-03-19T22:00", "", "", ""}, {"Tuesday", "DATE", "2013-03-19", "", "", ""}, {"midnight", "TIME", "2013-03-19T24:00", "", "0", "0"}}},

	// a past night told on, clock time by clock time
	{"clock times two sentences after a past day's TIME, the story told in the past between, take that day", "2014-04-10",
		"He entered the bank at 3:15 p.m. Wednesday, minutes before it was due to close. A teller set off an alarm. By 5 p.m. police had sealed off the block. The first hostage was let go at 6:40 p.m. Just before midnight he asked for pizza, which officers left at the door at 12:20 a.m.",
		[]want{{"3:15 p.m. Wednesday", "TIME", "2014-04-09T15:15", "", "2014-04-09", "2014-04-09"}, {"minutes", "DURATION", "PTXM", "", "", ""},
			{"5 p.m.", "TIME", "2014-04-09T17:00", "", "0", "0"}, {"6:40 p.m.", "TIME", "2014-04-09T18:40", "", "0", "0"},
			{"midnight", "TIME", "2014-04-09T24:00", "", "0", "0"}, {"12:20 a.m.", "TIME", "2014-04-10T00:20", "", "0", "0"}}},
	{"counter-example: a sentence in the present between ends the night's story", "2014-04-10",
		"He entered the bank at 3:15 p.m. Wednesday. Banks are closed on Sundays. By 5 p.m. police had sealed off the block.",
		[]want{{"3:15 p.m. Wednesday", "TIME", "2014-04-09T15:15", "", "", ""}, {"Sundays", "SET", "XXXX-WXX-7", "", "", ""}, {"5 p.m.", "TIME", "2014-04-10T17:00", "", "0", "0"}}},
	{"counter-example: a live page's stamp opening a line keeps the page's day", "2013-10-28",
		"The storm deepened on Sunday night.\n08:10 GMT: The barrier was closed at dawn.",
		[]want{{"Sunday night", "TIME", "2013-10-27TNI", "", "", ""}, {"08:10 GMT", "TIME", "2013-10-28T08:10", "", "0", "0"}}},
	// a live page's stamps
	{"newest-first stamps that go up the clock wrap to the evening before", "2014-09-19",
		"1.30am BST\nThe first result is in.\n12.05am BST\nCounting has begun.\n11.40pm BST\nWelcome to our coverage.",
		[]want{{"1.30am BST", "TIME", "2014-09-19T01:30", "", "0", "0"}, {"12.05am BST", "TIME", "2014-09-19T00:05", "", "0", "0"}, {"11.40pm BST", "TIME", "2014-09-18T23:40", "", "0", "0"}}},
	{"a past clock time later than its entry's stamp was the day before", "2014-09-19",
		"1.30am BST\nThe first result is in.\n12.05am BST\nA poll published at 10pm put no ahead.",
		[]want{{"1.30am BST", "TIME", "2014-09-19T01:30", "", "0", "0"}, {"12.05am BST", "TIME", "2014-09-19T00:05", "", "0", "0"}, {"10pm", "TIME", "2014-09-18T22:00", "", "0", "0"}}},
	{"counter-example: oldest-first stamps going up the clock stay on the day", "2013-10-28",
		"06:50 GMT: Welcome.\n07:35 GMT: Trains are cancelled.\n08:10 GMT: The barrier is closed.",
		[]want{{"06:50 GMT", "TIME", "2013-10-28T06:50", "", "0", "0"}, {"07:35 GMT", "TIME", "2013-10-28T07:35", "", "0", "0"}, {"08:10 GMT", "TIME", "2013-10-28T08:10", "", "0", "0"}}},
	{"counter-example: 'Updated at' a clock after the stamp is when the entry was written", "2014-09-19",
		"4.30am BST\nDundee votes yes.\n4.12am BST\nAngus votes no.\nUpdated at 4.20am BST",
		[]want{{"4.30am BST", "TIME", "2014-09-19T04:30", "", "0", "0"}, {"4.12am BST", "TIME", "2014-09-19T04:12", "", "0", "0"}, {"4.20am BST", "TIME", "2014-09-19T04:20", "", "0", "0"}}},
	{"counter-example: a clock time to come later than the stamp keeps the day", "2014-09-19",
		"1.30am BST\nThe first result is in.\n12.05am BST\nThe next result is expected at 3am.",
		[]want{{"1.30am BST", "TIME", "2014-09-19T01:30", "", "0", "0"}, {"12.05am BST", "TIME", "2014-09-19T00:05", "", "0", "0"}, {"3am", "TIME", "2014-09-19T03:00", "", "0", "0"}}},
	// a part of the day in a night told on
	{"'told to stay indoors through the evening' in a past night's story is that evening", "2014-04-10",
		"He entered the bank at 3:15 p.m. Wednesday. By 5 p.m. police had sealed off the block, and residents were told to stay indoors through the evening.",
		[]want{{"3:15 p.m. Wednesday", "TIME", "2014-04-09T15:15", "", "", ""}, {"5 p.m.", "TIME", "2014-04-09T17:00", "", "0", "0"}, {"the evening", "TIME", "2014-04-09TEV", "", "0", "0"}}},
	{"counter-example: the same advice with no night told is any evening, none", "2014-04-10",
		"Residents were told to stay indoors through the evening.",
		nil},
	// what one reacts to has happened
	{"'are reacting to the decision late Friday night' is last Friday, whatever the present tense", "2011-08-08",
		"Traders are reacting to the decision late Friday night. Markets are still digesting the news on Friday.",
		[]want{{"late Friday night", "TIME", "2011-08-05TNI", "END", "", ""}, {"Friday", "DATE", "2011-08-05", "", "", ""}}},
	{"counter-example: 'will react to the decision on Friday' is a future clause, next Friday", "2011-08-08",
		"Markets will react to the decision on Friday.",
		[]want{{"Friday", "DATE", "2011-08-12", "", "", ""}}},
	{"counter-example: a present progressive with no response verb points forward", "2011-08-08",
		"He is flying to Paris on Friday.",
		[]want{{"Friday", "DATE", "2011-08-12", "", "", ""}}},
	// "noon", "midnight" with a zone
	{"'noon local time (1600 GMT)', 'midnight GMT' keep their zones", "2013-03-22",
		"He spoke at noon local time (1600 GMT). The truce took hold at midnight GMT on Friday.",
		[]want{{"noon local time", "TIME", "2013-03-22T12:00", "", "0", "0"}, {"1600 GMT", "TIME", "2013-03-22T16:00", "", "0", "0"}, {"midnight GMT", "TIME", "2013-03-22T24:00", "", "", ""}, {"Friday", "DATE", "2013-03-22", "", "", ""}}},
	{"counter-example: 'noon' before a word that is no zone stays alone", "2013-03-22",
		"He spoke at noon local residents said.",
		[]want{{"noon", "TIME", "2013-03-22T12:00", "", "0", "0"}}},

	// a range of clock times with one a.m. or p.m.
	{"'between 2 and 4 a.m.', 'from 7 to 10 p.m. on Thursday': the first end takes the second's half of the clock and day", "2013-03-22",
		"The attack came between 2 and 4 a.m. Voting ran from 7 to 10 p.m. on Thursday.",
		[]want{{"2", "TIME", "2013-03-22T02:00", "", "0", "0"}, {"4 a.m.", "TIME", "2013-03-22T04:00", "", "0", "0"},
			{"7", "TIME", "2013-03-21T19:00", "", "0", "0"}, {"10 p.m.", "TIME", "2013-03-21T22:00", "", "", ""}, {"Thursday", "DATE", "2013-03-21", "", "", ""}}},
	{"counter-example: 'between 2 and 4 goals', 'from 2 to 4 percent' are no clock times", "2013-03-22",
		"He scored between 2 and 4 goals. It rose from 2 to 4 percent.",
		nil},
	{"counter-example: 'between 10 and 12 p.m.' (noon) leaves the 10 alone", "2013-03-22",
		"It happened between 10 and 12 p.m.",
		[]want{{"12 p.m.", "TIME", "2013-03-22T12:00", "", "0", "0"}}},
	// some minutes
	{"'within minutes', 'Minutes later' are some minutes, as 'within hours', 'days later'", "2013-03-20",
		"Police arrived within minutes. Minutes later, the building collapsed.",
		[]want{{"minutes", "DURATION", "PTXM", "", "0", "0"}, {"Minutes", "DURATION", "PTXM", "", "0", "0"}}},
	{"counter-example: 'the minutes' of a meeting, 'for minutes of the meeting' are records", "2013-03-20",
		"He read the minutes later. They talked for minutes of the meeting.",
		nil},
	// a dotted 24-hour clock time with its zone
	{"'06.20 BST', '16.45 GMT' are clock times, as '06:20 BST'", "2014-09-19",
		"Last updated at 16.45 GMT. The count began at 06.20 BST.",
		[]want{{"16.45 GMT", "TIME", "2014-09-19T16:45", "", "0", "0"}, {"06.20 BST", "TIME", "2014-09-19T06:20", "", "0", "0"}}},
	{"counter-example: '10.30 points', '3.25 percent' are figures", "2014-09-19",
		"The index was 10.30 points higher and prices rose 3.25 percent.",
		nil},
}

func TestFindLiveRules(t *testing.T) { runFormCases(t, liveRuleCases, false) }
