package timex

import "testing"

// round8MilitaryCases are the rules adopted after tagging military,
// defence and conflict news (testdata/news 208-220), each with
// counter-examples, among them sentences in which the rule's trigger
// word has another meaning or another tense.
var round8MilitaryCases = []formCase{
	// a past midnight on the reference day
	{"'took effect at midnight' under a dateline of the reference day is the midnight that opened it (the end of the day before)", "2014-03-03",
		"KABUL, March 3 (Reuters) - A curfew took effect at midnight, police said.",
		[]want{{"March 3", "DATE", "2014-03-03", "", "", ""}, {"midnight", "TIME", "2014-03-02T24:00", "-", "0", "0"}}},
	{"'attacked ... after midnight' with the reference day named in the sentence is that day's start, T00:00", "2014-03-03",
		"Gunmen attacked the compound on Monday after midnight, police said.",
		[]want{{"Monday", "DATE", "2014-03-03", "", "", ""}, {"midnight", "TIME", "2014-03-03T00:00", "-", "0", "0"}}},
	{"counter-example: a midnight to come under the same dateline closes the reference day", "2014-03-03",
		"KABUL, March 3 (Reuters) - A curfew will take effect at midnight, police said on Monday.",
		[]want{{"March 3", "DATE", "2014-03-03", "", "", ""}, {"midnight", "TIME", "2014-03-03T24:00", "-", "0", "0"}, {"Monday", "DATE", "2014-03-03", "", "", ""}}},
	{"counter-example: a day gone named before keeps its own midnight ('The talks, which began on Sunday, ended shortly after midnight' on Monday)", "2014-03-03",
		"KABUL, March 3 (Reuters) - The talks, which began on Sunday, ended shortly after midnight.",
		[]want{{"March 3", "DATE", "2014-03-03", "", "", ""}, {"Sunday", "DATE", "2014-03-02", "", "", ""}, {"midnight", "TIME", "2014-03-02T24:00", "-", "0", "0"}}},
	{"another meaning: 'midnight Mass' after 'at' in a Christmas Day story is the Mass of the night before, the same midnight that opened the day", "2014-12-25",
		"BETHLEHEM, Dec 25 (Reuters) - Pilgrims arrived at midnight Mass after a long walk.",
		[]want{{"Dec 25", "DATE", "2014-12-25", "", "", ""}, {"midnight", "TIME", "2014-12-24T24:00", "-", "0", "0"}}},
	{"counter-example: a midnight written with its day ('at midnight on Monday', a day gone) keeps it, with its interval", "2014-03-04",
		"The ceasefire took effect at midnight on Monday.",
		[]want{{"midnight", "TIME", "2014-03-03T24:00", "-", "2014-03-03", "2014-03-03"}, {"Monday", "DATE", "2014-03-03", "", "", ""}}},

	// "overnight" after "since" and a month
	{"'overnight' after 'since August 2014' in its sentence is last night: 'since' starts a period running up to now", "2016-10-17",
		"The coalition, which has carried out air strikes since August 2014, said it had struck targets around the city overnight.",
		[]want{{"August 2014", "DATE", "2014-08", "", "", ""}, {"overnight", "TIME", "2016-10-16TNI", "-", "2016-10-16", "2016-10-17"}}},
	{"counter-example: a month named as the sentence's time ('In February 2008') still leaves the night undated", "2013-05-01",
		"In February 2008 engineers hit an old mine working; the tunnel flooded overnight.",
		[]want{{"February 2008", "DATE", "2008-02", "", "", ""}, {"overnight", "DATE", "PAST_REF", "-", "0", "0"}}},
	{"counter-example: 'since March 2011' followed by a month of the story ('in June 2012') leaves the night undated", "2016-05-01",
		"Since March 2011 the rebels had held the town; in June 2012 they left it overnight.",
		[]want{{"March 2011", "DATE", "2011-03", "", "", ""}, {"June 2012", "DATE", "2012-06", "", "", ""}, {"overnight", "DATE", "PAST_REF", "-", "0", "0"}}},

	// "to" before a clause of its own
	{"'fled to shelters as the shelling went on through the afternoon': 'to' before 'as the' is no advice over the afternoon", "2010-11-23",
		"Residents fled to shelters as the shelling went on through the afternoon.",
		[]want{{"the afternoon", "TIME", "2010-11-23TAF", "-", "0", "0"}}},
	{"'told residents to stay indoors while they cleared the roads in the afternoon': the 'while they' clause reports the day", "2013-07-08",
		"Officials told residents to stay indoors while they cleared the roads in the afternoon.",
		[]want{{"the afternoon", "TIME", "2013-07-08TAF", "-", "0", "0"}}},
	{"counter-example: 'as a precaution' is a phrase, no clause: the advice holds", "2013-07-08",
		"Officials urged residents to stay indoors as a precaution in the afternoon.",
		nil},
	{"counter-example: 'as the' with no past verb after it is a phrase of the advice ('to act as the police')", "2014-07-18",
		"Officials told volunteers to act as the police in the afternoon.",
		nil},
	{"counter-example: advice with no conjunction stays none", "2013-07-08",
		"Officials urged residents to stay indoors in the afternoon.",
		nil},

	// a part of the day after a month or a year gone
	{"'fought through the afternoon' after 'In June 1944' in the sentence: a day the text does not give, none (was the reference day's afternoon)", "2014-06-05",
		"In June 1944, Allied troops landed in Normandy and fought through the afternoon.",
		[]want{{"June 1944", "DATE", "1944-06", "", "", ""}}},
	{"counter-example: a year after 'since' starts a period up to now, and the afternoon of the report stays the reference day's", "2014-06-05",
		"Prices have risen since 2012. Markets were closed in the afternoon.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"the afternoon", "TIME", "2014-06-05TAF", "-", "0", "0"}}},
	{"counter-example: 'this year' is no year gone: the afternoon stays the reference day's", "2014-06-05",
		"Sales rose this year. Markets were closed in the afternoon.",
		[]want{{"this year", "DATE", "2014", "", "", ""}, {"the afternoon", "TIME", "2014-06-05TAF", "-", "0", "0"}}},

	// a four-digit clock time with a leading zero
	{"'at 0530 hours', 'by 0930 hours' are 24-hour clock times, not durations of 530 and 930 hours", "2009-05-18",
		"Troops launched a final assault at 0530 hours and had cleared the coast by 0930 hours.",
		[]want{{"0530 hours", "TIME", "2009-05-18T05:30", "-", "0", "0"}, {"0930 hours", "TIME", "2009-05-18T09:30", "-", "0", "0"}}},
	{"counter-example: a count without a leading zero stays a duration ('530 hours', '0.5 hours', '2,000 hours')", "2009-05-18",
		"The mission lasted 530 hours. Engineers logged 0.5 hours of downtime and 2,000 hours of flight.",
		[]want{{"530 hours", "DURATION", "PT530H", "", "0", "0"}, {"0.5 hours", "DURATION", "PT30M", "", "0", "0"}, {"2,000 hours", "DURATION", "PT2000H", "", "0", "0"}}},
	{"counter-example: '0530 hours' with no 'at', 'by' before it is neither a clock time nor a duration", "2009-05-18",
		"Soldiers must report in 0530 hours, he said, and a 0600 hours curfew was imposed.",
		nil},

	// a year of the sentence's subject, a war whose beginning or end is told
	{"'The 1973 war began on Oct. 6', 'The Yom Kippur War of 1973 began on Oct. 6': the day of that year, as after 'In 1973,'", "2014-07-18",
		"The 1973 war began on Oct. 6 when Egypt attacked. The Yom Kippur War of 1973 began on Oct. 6. The 1991 Gulf War ended on Feb. 28, after 43 days.",
		[]want{{"1973", "DATE", "1973", "", "", ""}, {"Oct. 6", "DATE", "1973-10-06", "-", "1973-10-06", "1973-10-06"}, {"1973", "DATE", "1973", "", "", ""}, {"Oct. 6", "DATE", "1973-10-06", "-", "1973-10-06", "1973-10-06"},
			{"1991", "DATE", "1991", "", "", ""}, {"Feb. 28", "DATE", "1991-02-28", "-", "1991-02-28", "1991-02-28"}, {"43 days", "DURATION", "P43D", "", "0", "0"}}},
	{"counter-example: a year of a person ('The 2012 champion won again on Oct. 6') frames nothing: the day the tense gives", "2014-07-18",
		"The 2012 champion won again on Oct. 6.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"Oct. 6", "DATE", "2013-10-06", "", "", ""}}},
	{"counter-example: another verb ('was condemned on Monday') is today's news of the war: the weekday stays this week's", "2014-07-18",
		"The 2003 invasion was condemned on Monday by the inquiry.",
		[]want{{"2003", "DATE", "2003", "", "", ""}, {"Monday", "DATE", "2014-07-14", "-", "2014-07-14", "2014-07-14"}}},

	// a night written with a slash
	{"'the night of 28/29 September', 'the night of 5/6 June 1944': two days of a night, one expression with the first day's value, as '5-6 June'", "2016-09-29",
		"The strikes were carried out on the night of 28/29 September, the army said. Troops landed on the night of 5/6 June 1944.",
		[]want{{"28/29 September", "DATE", "2016-09-28", "-", "2016-09-28", "2016-09-29"}, {"5/6 June 1944", "DATE", "1944-06-05", "-", "1944-06-05", "1944-06-06"}}},
	{"counter-example: a slash before a day that is not the next ('5/16 June') makes no range: the second day alone", "2016-09-29",
		"The scores were 5/16 June.",
		[]want{{"16 June", "DATE", "2016-06-16", "", "", ""}}},

	// "as of" a four-digit clock time
	{"'as of 0600 hrs on Thursday': a 24-hour clock time, as after 'at'", "2016-09-29",
		"The ministry said 1,200 troops had been deployed as of 0600 hrs on Thursday.",
		[]want{{"0600 hrs", "TIME", "2016-09-29T06:00", "-", "2016-09-29", "2016-09-29"}, {"Thursday", "DATE", "2016-09-29", "", "", ""}}},
	{"counter-example: four digits and 'hours' with no 'as of', 'at' before them are no clock time (nor a duration, as '2025 year' is none)", "2016-09-29",
		"The fleet logged 1500 hours of flying.",
		nil},

	// a decade before a name
	{"'the 1990s Balkan wars': the decade modifies a name, and 'the' is the name's, as 'the 2003 invasion' leaves it out", "2011-03-31",
		"It is the alliance's biggest air campaign since the 1990s Balkan wars.",
		[]want{{"1990s", "DATE", "199", "-", "1990-01-01", "1999-12-31"}}},
	{"counter-example: the decade as the head ('since the 1990s.', 'In the 1990s, Bosnia burned') keeps its article; a capital opening the next line does not count", "2015-03-11",
		"It was the worst since the 1990s. In the 1990s, Bosnia burned. It recalled the 1990s\nMarkets fell.",
		[]want{{"the 1990s", "DATE", "199", "-", "", ""}, {"the 1990s", "DATE", "199", "-", "", ""}, {"the 1990s", "DATE", "199", "-", "", ""}}},
	{"'The 2014 local elections were held in May', 'The 2012 Olympics took place in July': the subject's year, the verb telling the event take place", "2015-06-02",
		"The 2014 local elections were held in May. The 2012 Olympics took place in July.",
		[]want{{"2014", "DATE", "2014", "", "", ""}, {"May", "DATE", "2014-05", "-", "2014-05-01", "2014-05-31"}, {"2012", "DATE", "2012", "", "", ""}, {"July", "DATE", "2012-07", "-", "2012-07-01", "2012-07-31"}}},
	{"counter-example: 'was held up' is a delay, and 'The 2012 review of the war' dates a review, whose verb says nothing of the war: the months the tense gives", "2015-06-02",
		"The 2014 summit was held up by a row in May. The 2012 review of the war ended in May.",
		[]want{{"2014", "DATE", "2014", "", "", ""}, {"May", "DATE", "2015-05", "", "", ""}, {"2012", "DATE", "2012", "", "", ""}, {"May", "DATE", "2015-05", "", "", ""}}},
	{"'The 2003 U.S.-led invasion began on March 20': a point with no space after it is inside a word and does not end the frame", "2015-06-02",
		"The 2003 U.S.-led invasion began on March 20. U.S. officials will meet on May 9.",
		[]want{{"2003", "DATE", "2003", "", "", ""}, {"March 20", "DATE", "2003-03-20", "-", "2003-03-20", "2003-03-20"}, {"May 9", "DATE", "2016-05-09", "-", "2016-05-09", "2016-05-09"}}},

	// "local" alone beside a GMT clock time
	{"'at 1450 local (1150 GMT)': 'local' alone is the zone when a GMT clock time follows in brackets; the four digits are no year", "2015-06-02",
		"The mortar rounds landed at 1450 local (1150 GMT). Polls opened at 7 a.m. local (4 a.m. GMT).",
		[]want{{"1450 local", "TIME", "2015-06-02T14:50", "-", "0", "0"}, {"1150 GMT", "TIME", "2015-06-02T11:50", "-", "0", "0"}, {"7 a.m. local", "TIME", "2015-06-02T07:00", "-", "0", "0"}, {"4 a.m. GMT", "TIME", "2015-06-02T04:00", "-", "0", "0"}}},
	{"counter-example: 'local' before a bracket with no clock time ('the 1999 local (council) elections') is an adjective: the year stays", "2015-06-02",
		"Turnout in the 1999 local (council) elections was low.",
		[]want{{"1999", "DATE", "1999", "-", "1999-01-01", "1999-12-31"}}},

	// Remembrance Sunday
	{"'Remembrance Sunday' is Britain's holiday, the second Sunday of November, not the Sunday before the paper", "2014-07-18",
		"The Queen will lead the nation on Remembrance Sunday.",
		[]want{{"Remembrance Sunday", "DATE", "2014-11-09", "-", "2014-11-09", "2014-11-09"}}},
	{"counter-example: 'remembrance service on Sunday' is that Sunday", "2014-11-12",
		"The remembrance service on Sunday drew 2,000.",
		[]want{{"Sunday", "DATE", "2014-11-09", "-", "2014-11-09", "2014-11-09"}}},
}

func TestRound8Military(t *testing.T) { runFormCases(t, round8MilitaryCases, false) }
