package timex

// newsTravel are the news items of testdata/news (236-249) on travel,
// tourism, transport and aviation: airline and rail strikes, timetable
// changes, holiday getaways, tourism figures, an airline's schedule
// release, a travel warning and a diverted flight, as agencies (Reuters,
// AP, AFP, PA, Xinhua), papers (the BBC, the Straits Times, a British
// local paper and travel pages), trade press and PR Newswire write them,
// 2009-2016, on varied weekdays. They are dense with the time language
// of the trade: "from 0001 local time on Wednesday (2201 GMT on
// Tuesday)", "one train an hour", "the 07:15 from Brighton", "the 0702 or
// the 0734", "services will run every 15 minutes", "departing at 6:05
// p.m. daily", "the winter schedule starting Oct. 27", "from Dec. 15
// until further notice", "between 9 a.m. and noon, Monday to Friday",
// "the Thanksgiving holiday weekend", "The Sunday after Thanksgiving",
// "the Thursday before Easter", "the May bank holiday weekend", "between
// Thursday and Monday", "the 12 months to June", "the 2015-16 ski
// season", "year on year". Each was annotated by hand before the tagger
// was run, like newsArticles, and TestNewsArticles tags them; a line
// marked "gap" keeps the tagger's output and gives the hand annotation.
// On the first run 195 of the 244 hand expressions agreed in extent, type,
// value and mod; after the rules of round8_travel_test.go, 227 (and two
// hand lines were revised to the package's and TBAQ's extent: "almost"
// outside, "the first nine months" apart from "of 1997").
//
// Conventions, by TimeBank and the package doc: "year on year",
// "half-term", "the school holidays", "the winter schedule", "the peak
// season", "until further notice", "a gallon", "a person" and
// adjectives before a noun ("annual migration", "weekly frequency") are
// none. A train named by its departure ("the 0715 from Brighton") is a
// clock time: of the day the sentence names, or of any day
// (XXXX-XX-XXT07:15) for a timetable's service. A clock time glossed in
// another zone in brackets ("0001 local time on Wednesday (2201 GMT on
// Tuesday)") is the same moment, so its weekday is the day next to the
// one it glosses. "one train an hour" is a rate, a SET as "$200 million
// a day".
var newsTravel = []newsArticle{
	{"236-reuters-pilots-strike", "2014-04-02", "Reuters aviation strike, a Wednesday: 'for three days from Wednesday' in the headline, a dateline, 'a three-day strike', 'from 0001 local time on Wednesday (2201 GMT on Tuesday) until 2359 local time on Friday' (the GMT gloss in brackets is the evening before), 'resume ... on Saturday', 'until Sunday morning', 'the age of 55' (none), 'at the end of 2013', 'last month', 'this year', 'a four-day strike in February 2010', 'after a day', 'at 1012 GMT'",
		[]want{
			{"three days", "DURATION", "P3D", "-", "0", "0"},
			{"Wednesday", "DATE", "2014-04-02", "-", "2014-04-02", "2014-04-02"},
			{"April 2", "DATE", "2014-04-02", "-", "2014-04-02", "2014-04-02"},
			{"three-day", "DURATION", "P3D", "-", "0", "0"},
			{"Wednesday", "DATE", "2014-04-02", "-", "2014-04-02", "2014-04-02"},
			{"0001 local time", "TIME", "2014-04-02T00:01", "-", "2014-04-02", "2014-04-02"},
			{"Wednesday", "DATE", "2014-04-02", "-", "2014-04-02", "2014-04-02"},
			{"2201 GMT", "TIME", "2014-04-01T22:01", "-", "2014-04-01", "2014-04-01"}, // a gap on the first run (2014-04-08), before round8_travel's bracketed gloss in another zone
			{"Tuesday", "DATE", "2014-04-01", "-", "2014-04-01", "2014-04-01"},
			{"2359 local time", "TIME", "2014-04-04T23:59", "-", "2014-04-04", "2014-04-04"},
			{"Friday", "DATE", "2014-04-04", "-", "2014-04-04", "2014-04-04"},
			{"Saturday", "DATE", "2014-04-05", "-", "2014-04-05", "2014-04-05"},
			{"Sunday morning", "TIME", "2014-04-06TMO", "-", "2014-04-06", "2014-04-06"},
			{"the end of 2013", "DATE", "2013", "END", "2013-09-01", "2013-12-31"},
			{"2013", "DATE", "2013", "-", "2013-01-01", "2013-12-31"},
			{"last month", "DATE", "2014-03", "-", "2014-03-01", "2014-03-31"},
			{"this year", "DATE", "2014", "-", "2014-01-01", "2014-12-31"},
			{"four-day", "DURATION", "P4D", "-", "0", "0"},
			{"February 2010", "DATE", "2010-02", "-", "2010-02-01", "2010-02-28"},
			{"a day", "DURATION", "P1D", "-", "0", "0"},
			{"1012 GMT", "TIME", "2014-04-02T10:12", "-", "0", "0"},
		}},
	{"237-bbc-rail-walkout", "2013-06-20", "BBC rail strike, a Thursday: 'a 24-hour walkout next week', 'at 00:01 BST on Tuesday 25 June', 'one train an hour' (a rate: SET), 'delays of up to two hours this month', 'On Monday the 07:15 from Brighton was cancelled, and passengers on the 07:32' (trains named by their departure, that Monday's), 'a further 48-hour strike ... in July', 'in October 2011', 'for two days', 'by Friday', 'over the last three weeks', 'the school holidays' (none), 'for nine days from 27 July'",
		[]want{
			{"24-hour", "DURATION", "PT24H", "-", "0", "0"},
			{"24-hour", "DURATION", "PT24H", "-", "0", "0"},
			{"next week", "DATE", "2013-W26", "-", "2013-06-24", "2013-06-30"},
			{"00:01 BST", "TIME", "2013-06-25T00:01", "-", "2013-06-25", "2013-06-25"},
			{"Tuesday 25 June", "DATE", "2013-06-25", "-", "2013-06-25", "2013-06-25"},
			{"an hour", "SET", "PT1H", "-", "0", "0"}, // DURATION on the first run, before round8_travel's rate 'one train an hour'
			{"up to two hours", "DURATION", "PT2H", "EQUAL_OR_LESS", "0", "0"},
			{"this month", "DATE", "2013-06", "-", "2013-06-01", "2013-06-30"},
			{"Monday", "DATE", "2013-06-17", "-", "2013-06-17", "2013-06-17"},
			{"07:15", "TIME", "2013-06-17T07:15", "-", "0", "0"}, // missed on the first run (with '07:32'), before round8_travel's trains named by their departure
			{"07:32", "TIME", "2013-06-17T07:32", "-", "0", "0"},
			{"48-hour", "DURATION", "PT48H", "-", "0", "0"},
			{"July", "DATE", "2013-07", "-", "2013-07-01", "2013-07-31"},
			{"October 2011", "DATE", "2011-10", "-", "2011-10-01", "2011-10-31"},
			{"two days", "DURATION", "P2D", "-", "0", "0"},
			{"Friday", "DATE", "2013-06-21", "-", "2013-06-21", "2013-06-21"},
			{"the last three weeks", "DURATION", "P3W", "-", "0", "0"},
			{"nine days", "DURATION", "P9D", "-", "0", "0"},
			{"27 July", "DATE", "2013-07-27", "-", "2013-07-27", "2013-07-27"},
		}},
	{"238-ap-thanksgiving-travel", "2015-11-24", "AP holiday travel, a Tuesday: 'for Thanksgiving', 'over the Thanksgiving holiday weekend', 'since 2007', 'as Wednesday through Sunday' (this week's), 'between Friday, Nov. 20, and Tuesday, Dec. 1', 'from last year', 'The Sunday after Thanksgiving' (one day), 'on Nov. 30 last year, the busiest day of the year', 'since 2008', 'a gallon' (none), 'on Monday', 'from a year ago', 'on Wednesday afternoon between 3 p.m. and 7 p.m.', 'Wednesday morning', 'Thanksgiving Day itself', 'save yourself hours', 'on Wednesday and Thursday'",
		[]want{
			{"Thanksgiving", "DATE", "2015-11-26", "-", "2015-11-26", "2015-11-26"},
			{"Thanksgiving holiday weekend", "DATE", "2015-W48-WE", "-", "2015-11-28", "2015-11-29"}, // missed on the first run ('Thanksgiving' alone), before round8_travel's '<holiday> holiday weekend'
			{"2007", "DATE", "2007", "-", "2007-01-01", "2007-12-31"},
			{"Tuesday", "DATE", "2015-11-24", "-", "2015-11-24", "2015-11-24"},
			{"Wednesday", "DATE", "2015-11-18", "-", "2015-11-18", "2015-11-18"}, // gap: by hand 'Wednesday' 2015-11-25, 'Sunday' 2015-11-29 ('defines the holiday period as Wednesday through Sunday': a present of definition, read as no tense and so the past; no general rule)
			{"Sunday", "DATE", "2015-11-22", "-", "2015-11-22", "2015-11-22"},    // gap: see above
			{"Friday, Nov. 20", "DATE", "2015-11-20", "-", "2015-11-20", "2015-11-20"},
			{"Tuesday, Dec. 1", "DATE", "2015-12-01", "-", "2015-12-01", "2015-12-01"},
			{"last year", "DATE", "2014", "-", "2014-01-01", "2014-12-31"},
			{"The Sunday after Thanksgiving", "DATE", "2015-11-29", "-", "2015-11-29", "2015-11-29"}, // two expressions on the first run, before round8_travel's 'the <weekday> after <day>'
			{"Nov. 30 last year", "DATE", "2014-11-30", "-", "2014-11-30", "2014-11-30"},
			// gap: missed, by hand 'the year' DATE 2014 ('the busiest day of the year'; TBAQ has no such case, left)
			{"2008", "DATE", "2008", "-", "2008-01-01", "2008-12-31"},
			{"Monday", "DATE", "2015-11-23", "-", "2015-11-23", "2015-11-23"},
			{"a year ago", "DATE", "2014", "-", "2014-01-01", "2014-12-31"},
			{"Wednesday afternoon", "TIME", "2015-11-25TAF", "-", "2015-11-25", "2015-11-25"},
			{"3 p.m.", "TIME", "2015-11-25T15:00", "-", "0", "0"},
			{"7 p.m.", "TIME", "2015-11-25T19:00", "-", "0", "0"},
			{"Wednesday morning", "TIME", "2015-11-25TMO", "-", "2015-11-25", "2015-11-25"},
			{"Thanksgiving Day", "DATE", "2015-11-26", "-", "2015-11-26", "2015-11-26"},
			// gap: missed, by hand 'hours' DURATION PTXH ('save yourself hours': the object of a verb, with no preposition; left)
			{"Wednesday", "DATE", "2015-11-25", "-", "2015-11-25", "2015-11-25"},
			{"Thursday", "DATE", "2015-11-26", "-", "2015-11-26", "2015-11-26"},
		}},
	{"239-pa-easter-getaway", "2016-03-24", "PA travel, the Thursday before Easter: 'the Easter getaway', 'Good Friday' (the busiest day), 'over the four-day weekend', 'over the long weekend', 'from Good Friday until Easter Monday', 'on Saturday and Sunday', 'its busiest Easter', 'between today and Tuesday 5 April', 'the school holidays' (none), 'Last year, traffic peaked between 3pm and 7pm on the Thursday before Easter' (last year's Easter), 'over the weekend', 'Sunday night'",
		[]want{
			{"Easter", "DATE", "2016-03-27", "-", "2016-03-27", "2016-03-27"},
			{"Easter", "DATE", "2016-03-27", "-", "2016-03-27", "2016-03-27"},
			{"Good Friday", "DATE", "2016-03-25", "-", "2016-03-25", "2016-03-25"},
			{"Good Friday", "DATE", "2016-03-25", "-", "2016-03-25", "2016-03-25"},
			{"the four-day weekend", "DATE", "2016-W12-WE", "-", "2016-03-26", "2016-03-27"},
			{"the long weekend", "DATE", "2016-W12-WE", "-", "2016-03-26", "2016-03-27"},
			{"Good Friday", "DATE", "2016-03-25", "-", "2016-03-25", "2016-03-25"},
			{"Easter Monday", "DATE", "2016-03-28", "-", "2016-03-28", "2016-03-28"},
			{"Saturday", "DATE", "2016-03-26", "-", "2016-03-26", "2016-03-26"},
			{"Sunday", "DATE", "2016-03-27", "-", "2016-03-27", "2016-03-27"},
			{"Easter", "DATE", "2016-03-27", "-", "2016-03-27", "2016-03-27"},
			{"today", "DATE", "2016-03-24", "-", "2016-03-24", "2016-03-24"},
			{"Tuesday 5 April", "DATE", "2016-04-05", "-", "2016-04-05", "2016-04-05"},
			{"Last year", "DATE", "2015", "-", "2015-01-01", "2015-12-31"},
			{"3pm", "TIME", "2015-04-02T15:00", "-", "0", "0"},
			{"7pm", "TIME", "2015-04-02T19:00", "-", "2015-04-02", "2015-04-02"},
			{"the Thursday before Easter", "DATE", "2015-04-02", "-", "2015-04-02", "2015-04-02"}, // 'Easter' alone on the first run (and the clock times 2015-XX-XX), before round8_travel's 'the <weekday> before <day>'
			{"the weekend", "DATE", "2016-W12-WE", "-", "2016-03-26", "2016-03-27"},
			{"Sunday night", "TIME", "2016-03-27TNI", "-", "2016-03-27", "2016-03-27"},
		}},
	{"240-afp-thai-arrivals", "2015-07-21", "AFP tourism figures, a Tuesday: the dateline 'BANGKOK, July 21, 2015 (AFP)', 'year on year' (none), 'in June', 'on Tuesday', 'a year after a military coup', 'the first half of 2015', 'the same period last year', 'In the 12 months to June', 'the first six months', 'the whole of 2015', 'the peak season' (none) 'from November to March', 'the second half' in a quote, 'in May last year', 'on April 1'",
		[]want{
			{"July 21, 2015", "DATE", "2015-07-21", "-", "2015-07-21", "2015-07-21"},
			{"June", "DATE", "2015-06", "-", "2015-06-01", "2015-06-30"},
			{"Tuesday", "DATE", "2015-07-21", "-", "2015-07-21", "2015-07-21"},
			{"a year", "DURATION", "P1Y", "-", "0", "0"},
			{"the first half of 2015", "DATE", "2015-H1", "-", "2015-01-01", "2015-06-30"},
			{"the same period last year", "DATE", "2014-H1", "-", "2014-01-01", "2014-06-30"},
			{"the 12 months", "DURATION", "P12M", "-", "0", "0"},
			{"June", "DATE", "2015-06", "-", "2015-06-01", "2015-06-30"},
			{"the first six months", "DURATION", "P6M", "-", "0", "0"},
			{"2015", "DATE", "2015", "-", "2015-01-01", "2015-12-31"},
			{"November", "DATE", "2015-11", "-", "2015-11-01", "2015-11-30"},
			{"March", "DATE", "2016-03", "-", "2016-03-01", "2016-03-31"},
			// gap: missed, by hand 'the second half' DATE 2015-H2 (in a quote three sentences after 'the first half of 2015': a bare half is read only in the sentence after one, since a match has halves too)
			{"May last year", "DATE", "2014-05", "-", "2014-05-01", "2014-05-31"},
			{"April 1", "DATE", "2015-04-01", "-", "2015-04-01", "2015-04-01"},
		}},
	{"241-prn-winter-schedule", "2013-08-13", "PR Newswire airline release, a Tuesday: 'daily nonstop service', 'its winter schedule starting Oct. 27' (the schedule none), 'today', 'depart Atlanta at 6:05 p.m. daily and arrive in Lisbon at 7:55 a.m. local time' (every day's times), 'go on sale Saturday', 'three times weekly from Dec. 19 through April 26, 2014', 'daily during the peak holiday period from Dec. 21 to Jan. 5', 'Over the past five years', 'effective March 30, 2014', 'each year'",
		[]want{
			{"Aug. 13, 2013", "DATE", "2013-08-13", "-", "2013-08-13", "2013-08-13"},
			{"daily", "SET", "P1D", "-", "0", "0"},
			{"Oct. 27", "DATE", "2013-10-27", "-", "2013-10-27", "2013-10-27"},
			{"today", "DATE", "2013-08-13", "-", "2013-08-13", "2013-08-13"},
			{"6:05 p.m.", "TIME", "XXXX-XX-XXT18:05", "-", "0", "0"},
			{"daily", "SET", "P1D", "-", "0", "0"},
			{"7:55 a.m. local time", "TIME", "XXXX-XX-XXT07:55", "-", "0", "0"}, // 2013-10-27T07:55 on the first run, before round8_travel's clock time going on from one of a habit
			{"Saturday", "DATE", "2013-08-17", "-", "2013-08-17", "2013-08-17"},
			{"weekly", "SET", "P1W", "-", "0", "0"},
			{"Dec. 19", "DATE", "2013-12-19", "-", "2013-12-19", "2013-12-19"},
			{"April 26, 2014", "DATE", "2014-04-26", "-", "2014-04-26", "2014-04-26"},
			{"daily", "SET", "P1D", "-", "0", "0"},
			{"Dec. 21", "DATE", "2013-12-21", "-", "2013-12-21", "2013-12-21"},
			{"Jan. 5", "DATE", "2014-01-05", "-", "2014-01-05", "2014-01-05"},
			{"the past five years", "DURATION", "P5Y", "-", "0", "0"},
			{"March 30, 2014", "DATE", "2014-03-30", "-", "2014-03-30", "2014-03-30"},
			{"each year", "SET", "P1Y", "-", "0", "0"},
		}},
	{"242-ap-travel-warning", "2011-12-09", "AP travel warning, a Friday: 'on Friday', 'from Dec. 15 until further notice' (six days ahead; 'until further notice' none), 'issued on May 3', 'from Monday', 'between 9 a.m. and noon, Monday to Friday' (every such day's hours, the weekdays SETs), 'daily since late November', 'for 36 hours last weekend', 'in 2010 after two years', 'every six months'",
		[]want{
			{"Friday", "DATE", "2011-12-09", "-", "2011-12-09", "2011-12-09"},
			{"Dec. 15", "DATE", "2011-12-15", "-", "2011-12-15", "2011-12-15"}, // 2010-12-15 on the first run, before round8_travel's 'from <date> until further notice'
			{"May 3", "DATE", "2011-05-03", "-", "2011-05-03", "2011-05-03"},
			{"Monday", "DATE", "2011-12-12", "-", "2011-12-12", "2011-12-12"},
			{"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "-", "0", "0"},
			{"noon", "TIME", "XXXX-XX-XXT12:00", "-", "0", "0"}, // '9 a.m.' and 'noon, Monday' of 2011-12-12 and 'Friday' 2011-12-09 on the first run, before round8_travel's noon in a range of hours on a span of weekdays
			{"Monday", "SET", "XXXX-WXX-1", "-", "0", "0"},
			{"Friday", "SET", "XXXX-WXX-5", "-", "0", "0"},
			{"daily", "SET", "P1D", "-", "0", "0"},
			{"late November", "DATE", "2011-11", "END", "2011-11-21", "2011-11-30"},
			{"36 hours", "DURATION", "PT36H", "-", "0", "0"},
			{"last weekend", "DATE", "2011-W48-WE", "-", "2011-12-03", "2011-12-04"},
			{"2010", "DATE", "2010", "-", "2010-01-01", "2010-12-31"},
			{"two years", "DURATION", "P2Y", "-", "0", "0"},
			{"every six months", "SET", "P6M", "-", "0", "0"},
		}},
	{"243-straitstimes-mrt-sundays", "2012-02-06", "Straits Times rail, a Monday: 'on Sunday mornings' (SET), 'for the next six months', 'yesterday', 'From Feb 19, the first trains on Sundays will start at 7am instead of 5.30am, and services will run every 15 minutes until 9am, instead of every seven minutes' (every Sunday's times), 'last month', 'on Dec 15' and 'on Dec 17' (last year's), 'on April 2', 'after 11pm in the first two weeks of March' (every such night's hour), 'up to 20 minutes', 'the 6.10am train ... every Sunday'",
		[]want{
			{"Sunday mornings", "SET", "XXXX-WXX-7TMO", "-", "0", "0"},
			{"the next six months", "DURATION", "P6M", "-", "0", "0"},
			{"yesterday", "DATE", "2012-02-05", "-", "2012-02-05", "2012-02-05"},
			{"Feb 19", "DATE", "2012-02-19", "-", "2012-02-19", "2012-02-19"},
			{"Sundays", "SET", "XXXX-WXX-7", "-", "0", "0"},
			{"7am", "TIME", "XXXX-XX-XXT07:00", "-", "0", "0"},
			{"5.30am", "TIME", "XXXX-XX-XXT05:30", "-", "0", "0"},
			{"every 15 minutes", "SET", "PT15M", "-", "0", "0"},
			{"9am", "TIME", "XXXX-XX-XXT09:00", "-", "0", "0"}, // 2012-02-19 on the first run (with '7am' and '5.30am'), before round8_travel's clock times after a weekday in the plural
			{"every seven minutes", "SET", "PT7M", "-", "0", "0"},
			{"last month", "DATE", "2012-01", "-", "2012-01-01", "2012-01-31"},
			{"Dec 15", "DATE", "2011-12-15", "-", "2011-12-15", "2011-12-15"},
			{"Dec 17", "DATE", "2011-12-17", "-", "2011-12-17", "2011-12-17"},
			{"April 2", "DATE", "2012-04-02", "-", "2012-04-02", "2012-04-02"},
			{"11pm", "TIME", "2012-04-02T23:00", "-", "0", "0"},           // gap: by hand XXXX-XX-XXT23:00 (every night of the fortnight; the package takes the day of 'April 2' in the sentence before). By hand also one DURATION 'the first two weeks of March'; revised: TBAQ splits 'the first nine months' from 'of 1997' (2 of 2), as the package does
			{"the first two weeks", "DURATION", "P2W", "-", "0", "0"},     // revised to TBAQ, see above
			{"March", "DATE", "2012-03", "-", "2012-03-01", "2012-03-31"}, // revised to TBAQ, see above
			{"up to 20 minutes", "DURATION", "PT20M", "EQUAL_OR_LESS", "0", "0"},
			{"6.10am", "TIME", "XXXX-XX-XXT06:10", "-", "0", "0"}, // 2012-02-06 on the first run, before round8_travel's service named by its departure in a habit
			{"every Sunday", "SET", "XXXX-WXX-7", "-", "0", "0"},
		}},
	{"244-telegraph-ski-season", "2015-10-17", "British travel pages, a Saturday: 'the 2015-16 season' (its first year, as the project's 'the 2012-13 season'), 'this week', 'on 21 November', 'a week earlier', 'since June', 'on 28 November', 'next weekend', 'the February half-term' (half-term none), 'the week of 15 February', 'A week's package', 'a person' (none), 'that week', 'in early January' (the coming one), 'Last season', 'in March', 'bookings for Christmas and New Year' (the coming ones), 'on last year', 'the school holidays' (none), 'until late April'",
		[]want{
			{"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"},
			{"this week", "DATE", "2015-W42", "-", "2015-10-12", "2015-10-18"},
			{"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"}, // missed by hand ("will now open"); the package's "now", kept
			{"21 November", "DATE", "2015-11-21", "-", "2015-11-21", "2015-11-21"},
			{"a week", "DURATION", "P1W", "-", "0", "0"},
			{"June", "DATE", "2015-06", "-", "2015-06-01", "2015-06-30"},
			{"28 November", "DATE", "2015-11-28", "-", "2015-11-28", "2015-11-28"},
			{"next weekend", "DATE", "2015-W43-WE", "-", "2015-10-24", "2015-10-25"},
			{"February", "DATE", "2016-02", "-", "2016-02-01", "2016-02-29"},
			{"the week of 15 February", "DATE", "2016-W07", "-", "2016-02-15", "2016-02-21"},
			{"A week", "DURATION", "P1W", "-", "0", "0"},
			{"that week", "DATE", "PAST_REF", "-", "0", "0"},                          // gap: by hand 'that week' DATE 2016-W07 (the week last named), 'early January' 2016-01 START; 'compared with' reads as a past, which sends both back
			{"early January", "DATE", "2015-01", "START", "2015-01-01", "2015-01-10"}, // gap: see above
			{"Last season", "DATE", "PAST_REF", "-", "0", "0"},
			{"March", "DATE", "2015-03", "-", "2015-03-01", "2015-03-31"},
			{"Christmas", "DATE", "2015-12-25", "-", "2015-12-25", "2015-12-25"}, // 2014-12-25 on the first run (with 'New Year' 2015-01-01), before round8_travel's 'bookings for <holiday>'
			{"New Year", "DATE", "2016-01-01", "-", "2016-01-01", "2016-01-01"},
			{"last year", "DATE", "2014", "-", "2014-01-01", "2014-12-31"},
			{"late April", "DATE", "2016-04", "END", "2016-04-21", "2016-04-30"},
		}},
	{"245-flight-finnair-results", "2010-08-25", "Airline trade press on half-year results, a Wednesday: 'the second quarter', 'year-on-year' (none), 'in April', 'the April-June period', 'a year earlier', 'the first half', 'in July, the first month of the peak summer season', 'through the summer', 'a third weekly frequency' (an adjective before a noun: none), 'from 31 October', 'the winter timetable' (none), 'the first quarter of 2011', 'the six days'",
		[]want{
			{"the second quarter", "DATE", "2010-Q2", "-", "2010-04-01", "2010-06-30"},
			{"April", "DATE", "2010-04", "-", "2010-04-01", "2010-04-30"},
			{"the April-June period", "DATE", "2010-Q2", "-", "2010-04-01", "2010-06-30"},
			{"a year earlier", "DATE", "2009-Q2", "-", "2009-04-01", "2009-06-30"},
			{"the first half", "DATE", "2010-H1", "-", "2010-01-01", "2010-06-30"},
			{"July", "DATE", "2010-07", "-", "2010-07-01", "2010-07-31"},
			{"summer", "DATE", "2010-SU", "-", "2010-06-01", "2010-08-31"}, // missed on the first run ('the peak summer season'), before round8_travel's season of the trade's year
			{"the summer", "DATE", "2010-SU", "-", "2010-06-01", "2010-08-31"},
			{"weekly", "SET", "P1W", "-", "0", "0"}, // gap: by hand none ('a third weekly frequency': an adjective before a noun, as 'quarterly dividend'); the package's 'weekly' is a SET before any noun
			{"31 October", "DATE", "2010-10-31", "-", "2010-10-31", "2010-10-31"},
			{"the first quarter of 2011", "DATE", "2011-Q1", "-", "2011-01-01", "2011-03-31"},
			{"the six days", "DURATION", "P6D", "-", "0", "0"},
		}},
	{"246-argus-0715-axed", "2009-11-13", "British local paper, a Friday: trains named by their departure in four figures ('the 0715 from Brighton', 'the 0702 or the 0734', 'a new 0720 service': every day's times), 'on December 13', 'takes 51 minutes', 'a day', 'From next month', 'an hour and ten minutes', 'every day for 12 years', 'An extra 20 minutes', 'almost three hours a week', 'since February', 'in May', 'on January 2'",
		[]want{
			{"0715", "TIME", "XXXX-XX-XXT07:15", "-", "0", "0"},
			{"0715", "TIME", "XXXX-XX-XXT07:15", "-", "0", "0"},
			{"December 13", "DATE", "2009-12-13", "-", "2009-12-13", "2009-12-13"},
			{"51 minutes", "DURATION", "PT51M", "-", "0", "0"},
			{"a day", "SET", "P1D", "-", "0", "0"},
			{"next month", "DATE", "2009-12", "-", "2009-12-01", "2009-12-31"},
			{"0702", "TIME", "XXXX-XX-XXT07:02", "-", "0", "0"},
			{"0734", "TIME", "XXXX-XX-XXT07:34", "-", "0", "0"},
			{"an hour and ten minutes", "DURATION", "PT1H10M", "-", "0", "0"},
			{"0715", "TIME", "XXXX-XX-XXT07:15", "-", "0", "0"},
			{"every day", "SET", "P1D", "-", "0", "0"},
			{"12 years", "DURATION", "P12Y", "-", "0", "0"},
			{"20 minutes", "DURATION", "PT20M", "-", "0", "0"},
			{"three hours", "DURATION", "PT3H", "LESS_THAN", "0", "0"}, // by hand 'almost three hours'; revised: "almost" stays outside the extent, its meaning in Mod (package doc, TimeBank)
			{"a week", "SET", "P1W", "-", "0", "0"},
			{"0720", "TIME", "XXXX-XX-XXT07:20", "-", "0", "0"}, // the trains named by their departure ('0715', '0702', '0734', '0720') were all missed on the first run, before round8_travel
			{"February", "DATE", "2009-02", "-", "2009-02-01", "2009-02-28"},
			{"May", "DATE", "2010-05", "-", "2010-05-01", "2010-05-31"},
			{"January 2", "DATE", "2010-01-02", "-", "2010-01-02", "2010-01-02"},
		}},
	{"247-reuters-diverted-flight", "2016-02-14", "Reuters aviation, a Sunday: 'ATHENS, Feb 14 (Reuters)', 'on Sunday', 'at 10:55 local time (0855 GMT)', 'at 11:40 local time (0940 GMT)', 'for four hours', 'at 17:40 local time (1540 GMT)', 'in a week', 'On Tuesday', '20 minutes after take-off', 'since November'; the flight number 'TK1823' is no year",
		[]want{
			{"Feb 14", "DATE", "2016-02-14", "-", "2016-02-14", "2016-02-14"},
			{"Sunday", "DATE", "2016-02-14", "-", "2016-02-14", "2016-02-14"},
			{"10:55 local time", "TIME", "2016-02-14T10:55", "-", "0", "0"},
			{"0855 GMT", "TIME", "2016-02-14T08:55", "-", "0", "0"},
			{"11:40 local time", "TIME", "2016-02-14T11:40", "-", "0", "0"},
			{"0940 GMT", "TIME", "2016-02-14T09:40", "-", "0", "0"},
			{"four hours", "DURATION", "PT4H", "-", "0", "0"},
			{"17:40 local time", "TIME", "2016-02-14T17:40", "-", "0", "0"},
			{"1540 GMT", "TIME", "2016-02-14T15:40", "-", "0", "0"},
			{"a week", "DURATION", "P1W", "-", "0", "0"},
			{"Tuesday", "DATE", "2016-02-09", "-", "2016-02-09", "2016-02-09"},
			{"20 minutes", "DURATION", "PT20M", "-", "0", "0"},
			{"November", "DATE", "2015-11", "-", "2015-11-01", "2015-11-30"}, // the first run also gave '1823' DATE of 'TK1823', before round8_travel's code numbers
		}},
	{"248-pa-may-bank-holiday", "2012-04-30", "PA travel, a Monday: 'for May bank holiday' (the first Monday of May), 'over the May bank holiday weekend', 'today', 'expects Friday to be its busiest day', 'between Thursday and Monday' (the Monday after), 'on Friday evening', 'over the weekend', 'two bank holiday weekends in May', 'a second, four-day break in June' ('a second' an ordinal), 'in the summer', 'early this year' ('early' an adverb of 'taking': the year only), 'last week', 'on Sunday'",
		[]want{
			{"May bank holiday", "DATE", "2012-05-07", "-", "2012-05-07", "2012-05-07"}, // 'May' alone on the first run, before round8_travel's 'the May bank holiday'
			{"May bank holiday weekend", "DATE", "2012-W18-WE", "-", "2012-05-05", "2012-05-06"},
			{"today", "DATE", "2012-04-30", "-", "2012-04-30", "2012-04-30"},
			{"Friday", "DATE", "2012-05-04", "-", "2012-05-04", "2012-05-04"},
			{"Thursday", "DATE", "2012-05-03", "-", "2012-05-03", "2012-05-03"},
			{"Monday", "DATE", "2012-05-07", "-", "2012-05-07", "2012-05-07"},            // 2012-04-30 on the first run, before round8_travel's 'between <weekday> and <weekday>'
			{"Friday evening", "TIME", "2012-04-27TEV", "-", "2012-04-27", "2012-04-27"}, // gap: by hand 2012-05-04TEV ('had added four extra trains on Friday evening': the trains run on the coming Friday; the past perfect of the adding sends it back)
			{"the weekend", "DATE", "2012-W18-WE", "-", "2012-05-05", "2012-05-06"},
			{"May", "DATE", "2012-05", "-", "2012-05-01", "2012-05-31"},
			{"four-day", "DURATION", "P4D", "-", "0", "0"},
			{"June", "DATE", "2012-06", "-", "2012-06-01", "2012-06-30"}, // the first run also gave 'a second' PT1S of 'a second, four-day break', before round8_travel's ordinal 'a second,'
			{"the summer", "DATE", "2012-SU", "-", "2012-06-01", "2012-08-31"},
			{"early this year", "DATE", "2012", "START", "2012-01-01", "2012-04-30"}, // gap: by hand 'this year' DATE 2012 ('taking their main holiday early this year': 'early' an adverb of the verb, which no rule tells from 'cut jobs early this year')
			{"last week", "DATE", "2012-W17", "-", "2012-04-23", "2012-04-29"},
			{"Sunday", "DATE", "2012-05-06", "-", "2012-05-06", "2012-05-06"},
		}},
	{"249-xinhua-spring-travel", "2014-01-16", "Xinhua transport, a Thursday: 'annual' before a noun (none), 'BEIJING, Jan. 16 (Xinhua)', 'China's 40-day Spring Festival travel rush', 'on Thursday', 'until Feb. 24', 'The Spring Festival, or the Lunar New Year, falls on Jan. 31 this year', 'year on year' (none), 'Jan. 27 and Jan. 28', 'Feb. 6', 'the seven-day break', '20 days in advance this year', '18 days last year', 'on Wednesday', 'a week'",
		[]want{
			{"Jan. 16", "DATE", "2014-01-16", "-", "2014-01-16", "2014-01-16"},
			{"40-day", "DURATION", "P40D", "-", "0", "0"},
			{"Spring Festival", "DATE", "2014-01-31", "-", "2014-01-31", "2014-01-31"}, // missed before round 9 (left: 'the Spring Festival' in a text about China is the Lunar New Year), its year only until round10_transp gave the day (table of Chinese New Year days)
			{"Thursday", "DATE", "2014-01-16", "-", "2014-01-16", "2014-01-16"},
			{"Feb. 24", "DATE", "2014-02-24", "-", "2014-02-24", "2014-02-24"},
			{"The Spring Festival", "DATE", "2014-01-31", "-", "2014-01-31", "2014-01-31"}, // gap of extent: by hand 'Spring Festival' (no article); missed before round 9 (left), its year only until round10_transp gave the day
			{"the Lunar New Year", "DATE", "2014-01-31", "-", "2014-01-31", "2014-01-31"},  // gap of extent: by hand 'Lunar New Year' (no article); the year only (round 8, faith) until round10_transp gave the day (table of Chinese New Year days)
			{"Jan. 31 this year", "DATE", "2014-01-31", "-", "2014-01-31", "2014-01-31"},   // 'Jan. 31' and 'this year' by hand, revised to the package's one extent, as 'Nov. 30 last year' in 238
			{"Jan. 27", "DATE", "2014-01-27", "-", "2014-01-27", "2014-01-27"},
			{"Jan. 28", "DATE", "2014-01-28", "-", "2014-01-28", "2014-01-28"},
			{"Feb. 6", "DATE", "2014-02-06", "-", "2014-02-06", "2014-02-06"},
			{"seven-day", "DURATION", "P7D", "-", "0", "0"},
			{"20 days", "DURATION", "P20D", "-", "0", "0"},
			{"this year", "DATE", "2014", "-", "2014-01-01", "2014-12-31"},
			{"18 days", "DURATION", "P18D", "-", "0", "0"},
			{"last year", "DATE", "2013", "-", "2013-01-01", "2013-12-31"},
			{"Wednesday", "DATE", "2014-01-15", "-", "2014-01-15", "2014-01-15"},
			{"a week", "SET", "P1W", "-", "0", "0"},
		}},
}
