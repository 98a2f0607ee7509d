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
}

func TestFindLiveRules(t *testing.T) { runFormCases(t, liveRuleCases, false) }
