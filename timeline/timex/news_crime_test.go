package timex

// newsCrime are the news items of testdata/news (376-389) written as local
// public-safety copy: a police blotter ("At 2:14 a.m. Saturday", "between
// 9 p.m. Friday and 7 a.m. Saturday"), a missing-person appeal ("last
// seen on Tuesday evening, 10 October 2017, ... at around 6.30pm"), a
// highway crash, a fire department's report, a road closure, an arrest, an
// Amber Alert, a coastguard rescue, an appeal for witnesses, a DUI
// crackdown, a wildfire evacuation, a campus timely warning, a shooting
// arrest and a weekly police log of dated headings and bare clock times,
// 2006-2026 on varied weekdays. Each was annotated by hand before the
// tagger was run, like newsArticles, and TestNewsArticles tags them; a
// line marked "gap" keeps the tagger's output and gives the hand
// annotation. On the first run the tagger agreed with 146 of the 158
// expressions annotated by hand (extent, type, value, mod); of the 12
// others, two were slips of the hand annotation ("about a week": "about"
// stays outside; "the past month" is DATE, as TBAQ gives "the past
// year"), and the tagger found "as soon as possible" (FUTURE_REF in TBAQ),
// which the hand had missed. It also tagged two numbers as years: a
// reference "10-1234" and a telephone number "513-556-1111", and "a
// night out" as a duration. A third slip showed when a rule for it broke
// older items: the package leaves "late on" out of "late on Sunday
// night". After the rules of round9_crime_test.go, 155 of the 158 agree
// exactly, and the three others are those slips: no gap is left.
//
// Conventions, by TimeBank and the package doc: ages ("a 27-year-old
// man", "The man, 34") are none; "about" and "approximately" stay outside
// a clock time with Mod APPROX, "around" is inside; "since then", "as soon
// as possible", "until further notice", "around the clock", "after dark",
// "closing time" are none.
var newsCrime = []newsArticle{
	{"376-startribune-police-blotter", "2012-03-19", "Monday police blotter of the weekend: 'between Friday and Sunday', 'between 9 p.m. Friday and 7 a.m. Saturday', 'At 2:14 a.m. Saturday', 'on Saturday afternoon', 'since March 1', 'early Sunday', 'last week', 'for 60 days'",
		[]want{
			{"Friday", "DATE", "2012-03-16", "-", "", ""},
			{"Sunday", "DATE", "2012-03-18", "-", "", ""},
			{"9 p.m. Friday", "TIME", "2012-03-16T21:00", "-", "", ""},
			{"7 a.m. Saturday", "TIME", "2012-03-17T07:00", "-", "", ""},
			{"2:14 a.m. Saturday", "TIME", "2012-03-17T02:14", "-", "", ""},
			{"1:40 a.m. Sunday", "TIME", "2012-03-18T01:40", "-", "", ""},
			{"Saturday afternoon", "TIME", "2012-03-17TAF", "-", "", ""},
			{"March 1", "DATE", "2012-03-01", "-", "", ""},
			{"early Sunday", "DATE", "2012-03-18", "START", "", ""},
			{"Friday morning", "TIME", "2012-03-16TMO", "-", "", ""},
			{"this month", "DATE", "2012-03", "-", "", ""},
			{"last week", "DATE", "2012-W11", "-", "", ""},
			{"60 days", "DURATION", "P60D", "-", "", ""},
		}},
	{"377-kentpolice-missing-teenager", "2017-10-11", "Missing-person appeal (Wednesday): 'last seen on Tuesday evening, 10 October 2017, ... at around 6.30pm', 'since then' (none), 'overnight and this morning', 'shortly after midnight', 'on Tuesday night', 'for this long' (none)",
		[]want{
			{"Tuesday evening, 10 October 2017", "TIME", "2017-10-10TEV", "-", "", ""}, // two expressions on the first run ('Tuesday evening', '10 October 2017'), before round9_crime
			{"around 6.30pm", "TIME", "2017-10-10T18:30", "APPROX", "", ""},
			{"overnight", "TIME", "2017-10-10TNI", "-", "", ""},
			{"this morning", "TIME", "2017-10-11TMO", "-", "", ""},
			{"midnight", "TIME", "2017-10-11T00:00", "-", "", ""},
			{"as soon as possible", "DATE", "FUTURE_REF", "-", "", ""}, // missed by hand, right by TimeBank (TBAQ tags 'as soon as possible' FUTURE_REF)
			{"Tuesday night", "TIME", "2017-10-10TNI", "-", "", ""},
			// 'quoting reference 10-1234': none by hand; DATE 1234 on the first run, before round9_crime
		}},
	{"378-ap-interstate-crash", "2008-07-05", "AP highway crash (Saturday): 'early Saturday', 'at about 12:50 a.m.', 'a Fourth of July fireworks show', 'for more than six hours', 'shortly before 7 a.m.', 'since last July', 'as of Saturday afternoon', 'began at 6 p.m. Thursday and ends at midnight Sunday', 'Last year'",
		[]want{
			{"early Saturday", "DATE", "2008-07-05", "START", "", ""},
			{"12:50 a.m.", "TIME", "2008-07-05T00:50", "APPROX", "", ""},
			{"Fourth of July", "DATE", "2008-07-04", "-", "", ""},
			{"more than six hours", "DURATION", "PT6H", "MORE_THAN", "", ""},
			{"7 a.m.", "TIME", "2008-07-05T07:00", "-", "", ""},
			{"last July", "DATE", "2007-07", "-", "", ""},
			{"Saturday afternoon", "TIME", "2008-07-05TAF", "-", "", ""},
			{"6 p.m. Thursday", "TIME", "2008-07-03T18:00", "-", "", ""},
			{"midnight Sunday", "TIME", "2008-07-06T24:00", "-", "", ""},
			{"Last year", "DATE", "2007", "-", "", ""},
		}},
	{"379-brocktonfire-house-fire", "2021-01-14", "Fire department report (Thursday): 'early Thursday morning', 'at 4:37 a.m.', 'within four minutes', 'by 5:30 a.m.', 'for several hours', 'last fall', 'this week', 'On Monday night', 'from 10 a.m. to 2 p.m. on Saturday' (to come)",
		[]want{
			{"early Thursday morning", "TIME", "2021-01-14TMO", "START", "", ""},
			{"4:37 a.m.", "TIME", "2021-01-14T04:37", "-", "", ""},
			{"four minutes", "DURATION", "PT4M", "-", "", ""},
			{"4:45 a.m.", "TIME", "2021-01-14T04:45", "-", "", ""},
			{"5:30 a.m.", "TIME", "2021-01-14T05:30", "-", "", ""},
			{"several hours", "DURATION", "PTXH", "-", "", ""},
			{"last fall", "DATE", "2020-FA", "-", "", ""},
			{"this week", "DATE", "2021-W02", "-", "", ""},
			{"Monday night", "TIME", "2021-01-11TNI", "-", "", ""},
			{"10 a.m.", "TIME", "2021-01-16T10:00", "-", "", ""},
			{"2 p.m.", "TIME", "2021-01-16T14:00", "-", "", ""},
			{"Saturday", "DATE", "2021-01-16", "-", "", ""},
		}},
	{"380-bbc-road-closure", "2015-05-22", "BBC road closure (Friday): 'for two weeks', 'from 20:00 BST on Monday to 06:00 on Tuesday', 'every night', 'earlier this month', 'up to 15 minutes', 'on 3 May', 'for nearly five hours', 'by 5 June', 'in the autumn', 'this weekend', 'on Saturday'",
		[]want{
			{"two weeks", "DURATION", "P2W", "-", "", ""},
			{"20:00 BST", "TIME", "2015-05-25T20:00", "-", "", ""},
			{"Monday", "DATE", "2015-05-25", "-", "", ""},
			{"06:00", "TIME", "2015-05-26T06:00", "-", "", ""}, // not tagged on the first run, before round9_crime ('from 20:00 BST on Monday to 06:00 on Tuesday')
			{"Tuesday", "DATE", "2015-05-26", "-", "", ""},
			{"every night", "SET", "XXXX-XX-XXTNI", "-", "", ""},
			{"earlier this month", "DATE", "2015-05", "-", "", ""},
			{"up to 15 minutes", "DURATION", "PT15M", "EQUAL_OR_LESS", "", ""},
			{"3 May", "DATE", "2015-05-03", "-", "", ""},
			{"nearly five hours", "DURATION", "PT5H", "LESS_THAN", "", ""},
			{"5 June", "DATE", "2015-06-05", "-", "", ""},
			{"the autumn", "DATE", "2015-FA", "-", "", ""},
			{"this weekend", "DATE", "2015-W21-WE", "-", "", ""},
			{"Saturday", "DATE", "2015-05-23", "-", "", ""},
		}},
	{"381-spokanepolice-car-prowls", "2019-08-27", "Police arrest release (Tuesday): 'over the past month', 'shortly after 3 a.m. Monday', 'on Aug. 16', 'since late July', 'almost nightly', 'on Monday morning', 'on Wednesday' (to come), 'in the coming weeks', 'every night', 'at 6:30 p.m. Thursday'",
		[]want{
			{"the past month", "DATE", "2019-07", "-", "", ""}, // by hand DURATION P1M; TBAQ gives 'the past year' (no number) DATE, the year before, twice: a slip of the hand annotation
			{"3 a.m. Monday", "TIME", "2019-08-26T03:00", "-", "", ""},
			{"Aug. 16", "DATE", "2019-08-16", "-", "", ""},
			{"late July", "DATE", "2019-07", "END", "", ""},
			{"nightly", "SET", "XXXX-XX-XXTNI", "-", "", ""},
			{"Monday morning", "TIME", "2019-08-26TMO", "-", "", ""},
			{"Wednesday", "DATE", "2019-08-28", "-", "", ""},
			{"the coming weeks", "DURATION", "PXW", "-", "", ""},
			{"every night", "SET", "XXXX-XX-XXTNI", "-", "", ""},
			{"6:30 p.m. Thursday", "TIME", "2019-08-29T18:30", "-", "", ""},
		}},
	{"382-cbc-amber-alert", "2023-06-04", "CBC Amber Alert (Sunday): 'Sunday morning', 'at about 9:15 p.m. Saturday', 'at 11:40 p.m.', 'shortly before midnight' (Saturday's), 'around 5 a.m. Sunday', 'in court Monday' (to come), 'since March 2021', 'overnight'",
		[]want{
			{"Sunday morning", "TIME", "2023-06-04TMO", "-", "", ""},
			{"9:15 p.m. Saturday", "TIME", "2023-06-03T21:15", "APPROX", "", ""}, // 2023-06-10T21:15 on the first run, before round9_crime ('from a home in the city's North End at ... Saturday': the 'End' of a place's name was read as a verb in the present)
			{"11:40 p.m.", "TIME", "2023-06-03T23:40", "-", "", ""},              // 2023-06-04T23:40 on the first run (the Saturday before was wrong), before round9_crime
			{"midnight", "TIME", "2023-06-03T24:00", "-", "", ""},                // 2023-06-04T24:00 on the first run, as above
			{"around 5 a.m. Sunday", "TIME", "2023-06-04T05:00", "APPROX", "", ""},
			{"Monday", "DATE", "2023-06-05", "-", "", ""},
			{"March 2021", "DATE", "2021-03", "-", "", ""},
			{"overnight", "TIME", "2023-06-03TNI", "-", "", ""},
		}},
	{"383-mca-yacht-rescue", "2010-09-13", "Coastguard rescue (Monday): 'late on Sunday night', 'at 10.52pm', 'within ten minutes', 'at 11.20pm', 'shortly after 1am on Monday', 'since Saturday morning', 'in a week', 'On Wednesday', 'in August', 'since 2006'",
		[]want{
			{"Sunday night", "TIME", "2010-09-12TNI", "-", "", ""}, // by hand 'late on Sunday night' Mod END; the package leaves 'late on' out (news_weather's conventions, 'late on Friday night' in 111): a slip of the hand annotation
			{"10.52pm", "TIME", "2010-09-12T22:52", "-", "", ""},
			{"ten minutes", "DURATION", "PT10M", "-", "", ""},
			{"11.20pm", "TIME", "2010-09-12T23:20", "-", "", ""},
			{"1am", "TIME", "2010-09-13T01:00", "-", "", ""},
			{"Monday", "DATE", "2010-09-13", "-", "", ""},
			{"Saturday morning", "TIME", "2010-09-11TMO", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"Wednesday", "DATE", "2010-09-08", "-", "", ""},
			{"August", "DATE", "2010-08", "-", "", ""},
			{"2006", "DATE", "2006", "-", "", ""},
		}},
	{"384-wyp-witness-appeal", "2024-02-08", "Appeal for witnesses (Thursday): 'at the weekend', 'at about 2.40am on Sunday 4 February', 'between 11pm on Saturday and 2am on Sunday', 'on Tuesday', 'until 5 March', 'in the early hours of Sunday morning', 'a few minutes before'",
		[]want{
			{"the weekend", "DATE", "2024-W05-WE", "-", "", ""},
			{"2.40am", "TIME", "2024-02-04T02:40", "APPROX", "", ""},
			{"Sunday 4 February", "DATE", "2024-02-04", "-", "", ""},
			// 'had been on a night out with friends': none by hand; DURATION P1D on the first run, before round9_crime
			{"11pm", "TIME", "2024-02-03T23:00", "-", "", ""},
			{"Saturday", "DATE", "2024-02-03", "-", "", ""},
			{"2am", "TIME", "2024-02-04T02:00", "-", "", ""},
			{"Sunday", "DATE", "2024-02-04", "-", "", ""},
			{"Tuesday", "DATE", "2024-02-06", "-", "", ""},
			{"5 March", "DATE", "2024-03-05", "-", "", ""},
			{"Sunday morning", "TIME", "2024-02-04TMO", "-", "", ""}, // 2024-02-11TMO on the first run, before round9_crime ('would have been very busy in the early hours of Sunday morning' is the past)
			{"a few minutes", "DURATION", "PTXM", "-", "", ""},
		}},
	{"385-sacbee-dui-crackdown", "2006-12-15", "CHP holiday crackdown (Friday): 'over the Christmas holiday', 'at 6 p.m. Friday, Dec. 22', 'at 11:59 p.m. Monday, Dec. 25', 'on Saturday night', 'on New Year's Eve', 'said Thursday', 'last year's Christmas enforcement period', 'Saturday's checkpoint ... from 8 p.m. to 2 a.m.', 'Since Jan. 1', 'in 2005', 'in October'",
		[]want{
			{"Christmas", "DATE", "2006-12-25", "-", "", ""},
			{"6 p.m. Friday, Dec. 22", "TIME", "2006-12-22T18:00", "-", "", ""},
			{"11:59 p.m. Monday, Dec. 25", "TIME", "2006-12-25T23:59", "-", "", ""},
			{"Saturday night", "TIME", "2006-12-16TNI", "-", "", ""},
			{"New Year's Eve", "DATE", "2006-12-31", "-", "", ""},
			{"Thursday", "DATE", "2006-12-14", "-", "", ""},
			{"last year", "DATE", "2005", "-", "", ""},
			{"Christmas", "DATE", "2005-12-25", "-", "", ""}, // 2006-12-25 on the first run, before round9_crime ('last year's Christmas enforcement period')
			{"Saturday", "DATE", "2006-12-16", "-", "", ""},
			{"8 p.m.", "TIME", "2006-12-16T20:00", "-", "", ""},
			{"2 a.m.", "TIME", "2006-12-17T02:00", "-", "", ""},
			{"Jan. 1", "DATE", "2006-01-01", "-", "", ""},
			{"2005", "DATE", "2005", "-", "", ""},
			{"October", "DATE", "2006-10", "-", "", ""},
		}},
	{"386-kgw-wildfire-evacuation", "2025-08-19", "Wildfire evacuation (Tuesday): 'Tuesday afternoon', 'at 3:10 p.m. Monday', 'by 11 a.m. Tuesday', 'after noon', 'until further notice' (none), 'until 8 p.m. Wednesday', 'on Thursday', 'by the weekend', 'on Monday night', 'around the clock' (none), 'this month', '7 p.m. tomorrow'",
		[]want{
			{"Tuesday afternoon", "TIME", "2025-08-19TAF", "-", "", ""},
			{"3:10 p.m. Monday", "TIME", "2025-08-18T15:10", "-", "", ""},
			{"11 a.m. Tuesday", "TIME", "2025-08-19T11:00", "-", "", ""},
			{"noon", "TIME", "2025-08-19T12:00", "-", "", ""},
			{"8 p.m. Wednesday", "TIME", "2025-08-20T20:00", "-", "", ""},
			{"Thursday", "DATE", "2025-08-21", "-", "", ""},
			{"the weekend", "DATE", "2025-W34-WE", "-", "", ""},
			{"Monday night", "TIME", "2025-08-18TNI", "-", "", ""},
			{"this month", "DATE", "2025-08", "-", "", ""},
			{"7 p.m. tomorrow", "TIME", "2025-08-20T19:00", "-", "", ""},
		}},
	{"387-ucpd-timely-warning", "2016-11-02", "Campus timely warning (Wednesday): 'Date and time: Tuesday, Nov. 1, 2016, at approximately 10:45 p.m.', 'in two weeks', 'on Oct. 19 at about 9 p.m.', 'after dark' (none), 'every night', 'issued at 1:30 a.m. Wednesday'",
		[]want{
			{"Tuesday, Nov. 1, 2016", "DATE", "2016-11-01", "-", "", ""},
			{"10:45 p.m.", "TIME", "2016-11-01T22:45", "APPROX", "", ""},
			{"two weeks", "DURATION", "P2W", "-", "", ""},
			{"Oct. 19", "DATE", "2016-10-19", "-", "", ""},
			{"9 p.m.", "TIME", "2016-10-19T21:00", "APPROX", "", ""},
			{"every night", "SET", "XXXX-XX-XXTNI", "-", "", ""},
			// '513-556-1111': none by hand; DATE 1111 on the first run, before round9_crime
			{"1:30 a.m. Wednesday", "TIME", "2016-11-02T01:30", "-", "", ""},
		}},
	{"388-nydailynews-bronx-shooting", "2014-04-29", "Shooting arrest (Tuesday): 'last week', 'said Tuesday', 'Monday evening', 'about a week after', 'at 11:25 p.m. on April 21', 'early the next morning', 'on Thursday', 'within hours', 'Tuesday night', 'for 15 years', 'on Sunday', 'this year', 'in 2013'",
		[]want{
			{"last week", "DATE", "2014-W17", "-", "", ""},
			{"Tuesday", "DATE", "2014-04-29", "-", "", ""},
			{"Monday evening", "TIME", "2014-04-28TEV", "-", "", ""},
			{"a week", "DURATION", "P1W", "APPROX", "", ""}, // by the package's convention 'about' stays outside with Mod APPROX; the hand annotation put it inside
			{"11:25 p.m.", "TIME", "2014-04-21T23:25", "-", "", ""},
			{"April 21", "DATE", "2014-04-21", "-", "", ""},
			{"early the next morning", "TIME", "2014-04-22TMO", "START", "", ""},
			{"Thursday", "DATE", "2014-04-24", "-", "", ""},
			{"hours", "DURATION", "PTXH", "-", "", ""},
			{"Tuesday night", "TIME", "2014-04-29TNI", "-", "", ""},
			{"15 years", "DURATION", "P15Y", "-", "", ""},
			{"Sunday", "DATE", "2014-04-27", "-", "", ""},
			{"this year", "DATE", "2014", "-", "", ""},
			{"2013", "DATE", "2013", "-", "", ""},
		}},
	{"389-amherstbulletin-police-log", "2026-01-26", "Weekly police log (Monday): 'last week', dated headings 'Monday, Jan. 19' ... 'Sunday, Jan. 25', each over bare clock times ('7:52 a.m. --') of that day, 'since Friday', 'for more than an hour', 'for two hours', 'overnight'",
		[]want{
			{"last week", "DATE", "2026-W04", "-", "", ""},
			{"Monday, Jan. 19", "DATE", "2026-01-19", "-", "", ""},
			{"7:52 a.m.", "TIME", "2026-01-19T07:52", "-", "", ""},
			{"4:15 p.m.", "TIME", "2026-01-19T16:15", "-", "", ""}, // 2026-01-26T16:15 on the first run, before round9_crime (the second entry under the heading 'Monday, Jan. 19')
			{"Friday", "DATE", "2026-01-16", "-", "", ""},          // 2026-01-23 on the first run, before round9_crime ('sometime since Friday' in an entry under 'Monday, Jan. 19': counted from the heading's day)
			{"Wednesday, Jan. 21", "DATE", "2026-01-21", "-", "", ""},
			{"12:30 a.m.", "TIME", "2026-01-21T00:30", "-", "", ""},
			{"9:06 p.m.", "TIME", "2026-01-21T21:06", "-", "", ""},
			{"Friday, Jan. 23", "DATE", "2026-01-23", "-", "", ""},
			{"3:40 p.m.", "TIME", "2026-01-23T15:40", "-", "", ""},
			{"more than an hour", "DURATION", "PT1H", "MORE_THAN", "", ""},
			{"Saturday, Jan. 24", "DATE", "2026-01-24", "-", "", ""},
			{"1:58 a.m.", "TIME", "2026-01-24T01:58", "-", "", ""},
			{"two hours", "DURATION", "PT2H", "-", "", ""},
			{"11:20 p.m.", "TIME", "2026-01-24T23:20", "-", "", ""},
			{"Sunday, Jan. 25", "DATE", "2026-01-25", "-", "", ""},
			{"6:05 a.m.", "TIME", "2026-01-25T06:05", "-", "", ""},
			{"overnight", "TIME", "2026-01-24TNI", "-", "", ""},
		}},
}
