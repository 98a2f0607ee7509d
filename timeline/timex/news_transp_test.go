package timex

// newsTransp are the news items of testdata/news (480-493) on transport:
// airlines (a summer timetable's new routes, blizzard cancellations, a
// non-stop route launch), air accident investigations (an interim report
// with a flight's clock times in two zones, a trade-press preliminary
// report in "90 seconds after take-off", "10s", "290h", a final board
// meeting "nearly a year after the crash"), rail (Easter engineering
// works, a fare rise "from today", a spring travel rush), shipping (a canal
// blockage, a port backlog), roads (closures "overnight from 10pm to 5am
// ... for five nights", a bank holiday getaway) and a car recall, as
// agencies (Reuters, AP, AFP, Xinhua, PA), papers (the BBC, the Guardian,
// the Sydney Morning Herald, a Yorkshire local paper) and trade press
// (Flightglobal, Lloyd's List) write them, 2009-2022, on every weekday.
// Each was annotated by hand before the tagger was run, like
// newsArticles, and TestNewsArticles tags them; a line marked "gap" keeps
// the tagger's output and gives the hand annotation. On the first run the
// tagger agreed with 157 of the 191 expressions annotated by hand
// (extent, type, value, mod); of the 34 others, twelve were the hand
// annotation's slips against the package's convention ("about" and
// "roughly" stay outside, nine; "Easter weekend" leaves its article out;
// "Jan. 28 this year" is one expression, two by hand), and the tagger
// found two the hand had missed (the headline's "weeks", "another year").
// Three more hand lines were revised to the package's or TBAQ's form
// ("days to weeks" one range, as "days or weeks"; "a day earlier" TBAQ's
// duration "a day"; "Friday" of "late on Friday", "on" outside). After
// the rules of round10_transp_test.go the tagger agrees with 190 of the
// 191 expressions as now annotated; the gap left is "through the night"
// (TIME of the night before, by hand), which TBAQ never tags.
//
// Conventions, by TimeBank and the package doc: "the summer timetable",
// "annual", "overnight closures" (an adjective before a noun) and "a year
// of delays" are none; a road closed "overnight from 10pm to 5am ... for
// five nights" is a set of nights with clock times of any day; a range
// "12 to 24 months" is one expression valued by its first figure, as "the
// next two to three days".
var newsTransp = []newsArticle{
	{"480-reuters-ryanair-summer-routes", "2016-01-13", "Reuters airline (Wednesday): 'summer timetable' (none), a dateline, 'on March 27', 'four times a week', 'twice daily from April', 'from the end of March', 'a year' (a rate), 'in December', 'the year to March 31', 'a year earlier', 'the coming months', 'on Feb. 1', 'at 1130 GMT'",
		[]want{
			{"Jan 13", "DATE", "2016-01-13", "-", "", ""},
			{"March 27", "DATE", "2016-03-27", "-", "", ""},
			{"Wednesday", "DATE", "2016-01-13", "-", "", ""},
			{"a week", "SET", "P1W", "-", "", ""},
			{"daily", "SET", "P1D", "-", "", ""},
			{"April", "DATE", "2016-04", "-", "", ""},
			{"the end of March", "DATE", "2016-03", "END", "", ""},
			{"a year", "SET", "P1Y", "-", "", ""},
			{"December", "DATE", "2015-12", "-", "", ""},
			{"the year", "DURATION", "P1Y", "-", "", ""},
			{"March 31", "DATE", "2016-03-31", "-", "", ""},
			{"a year earlier", "DATE", "2015", "-", "", ""},
			{"the coming months", "DURATION", "PXM", "-", "", ""},
			{"Feb. 1", "DATE", "2016-02-01", "-", "", ""},
			{"1130 GMT", "TIME", "2016-01-13T11:30", "-", "", ""},
		}},
	{"481-ap-blizzard-flight-cancellations", "2015-01-26", "AP airlines and a blizzard (Monday): 'on Monday and Tuesday', 'Wednesday morning', 'by 11 p.m. Monday', 'booked through Wednesday', 'As of 3 p.m. EST', 'scheduled for Monday', 'canceled for Tuesday', 'falling overnight' (a forecast: tonight), 'two to three days', 'In February 2013', 'over two days'",
		[]want{
			{"Monday", "DATE", "2015-01-26", "-", "", ""},
			{"Tuesday", "DATE", "2015-01-27", "-", "", ""},
			{"Tuesday", "DATE", "2015-01-27", "-", "", ""},
			{"Wednesday morning", "TIME", "2015-01-28TMO", "-", "", ""},
			{"11 p.m. Monday", "TIME", "2015-01-26T23:00", "-", "", ""},
			{"Wednesday", "DATE", "2015-01-28", "-", "", ""}, // 2015-01-21 on the first run, before round10_transp ('travelers booked through Wednesday could change their plans': the days of travel to come)
			{"3 p.m. EST", "TIME", "2015-01-26T15:00", "-", "", ""},
			{"Monday", "DATE", "2015-01-26", "-", "", ""},
			{"Tuesday", "DATE", "2015-01-27", "-", "", ""},
			{"overnight", "TIME", "2015-01-26TNI", "-", "", ""},
			{"Tuesday", "DATE", "2015-01-27", "-", "", ""},
			{"two to three days", "DURATION", "P2D", "-", "", ""},
			{"February 2013", "DATE", "2013-02", "-", "", ""},
			{"two days", "DURATION", "P2D", "-", "", ""},
		}},
	{"482-afp-bea-interim-report", "2009-07-02", "AFP air accident interim report (Thursday): a dateline with its year, 'said Thursday', 'a month ago', 'at 22:29 local time (0129 GMT) on May 31' (the GMT gloss is the next day), 'at 0210 GMT' (that night, June 1), 'over the next four minutes', 'until July 10', 'for at least 30 days', 'as long as' (none), 'later this month', 'the end of the year', '75-year', 'in late April'",
		[]want{
			{"July 2, 2009", "DATE", "2009-07-02", "-", "", ""},
			{"Thursday", "DATE", "2009-07-02", "-", "", ""},
			{"a month ago", "DATE", "2009-06", "-", "", ""},
			{"22:29 local time", "TIME", "2009-05-31T22:29", "-", "", ""},
			{"0129 GMT", "TIME", "2009-06-01T01:29", "-", "", ""},
			{"May 31", "DATE", "2009-05-31", "-", "", ""},
			{"0210 GMT", "TIME", "2009-06-01T02:10", "-", "", ""},
			{"the next four minutes", "DURATION", "PT4M", "-", "", ""},
			{"July 10", "DATE", "2009-07-10", "-", "", ""},
			{"at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE", "", ""},
			{"later this month", "DATE", "2009-07", "-", "", ""},
			{"the end of the year", "DATE", "2009", "END", "", ""},
			{"75-year", "DURATION", "P75Y", "-", "", ""},
			{"late April", "DATE", "2009-04", "END", "", ""},
		}},
	{"483-flightglobal-preliminary-report", "2019-08-15", "Flightglobal preliminary report (Thursday): 'seconds after take-off' (none), 'about 90 seconds after take-off', 'at 09:11 local time on 30 June', 'about 10s', 'on 11 June', '290h on type', 'released on 13 August', '12 to 24 months after', 'on 1 July', 'the final 2h', 'the coming weeks'",
		[]want{
			{"90 seconds", "DURATION", "PT90S", "APPROX", "", ""}, // hand annotation revised: 'about' stays outside, its meaning in Mod (package doc, Extents)
			{"09:11 local time", "TIME", "2019-06-30T09:11", "-", "", ""},
			{"30 June", "DATE", "2019-06-30", "-", "", ""},
			{"10s", "DURATION", "PT10S", "APPROX", "", ""}, // not tagged on the first run, before round10_transp (the trade press's one-letter units); by hand 'about 10s', 'about' outside
			{"11 June", "DATE", "2019-06-11", "-", "", ""},
			{"290h", "DURATION", "PT290H", "-", "", ""}, // not tagged on the first run, before round10_transp
			{"13 August", "DATE", "2019-08-13", "-", "", ""},
			{"12 to 24 months", "DURATION", "P12M", "-", "", ""},
			{"1 July", "DATE", "2019-07-01", "-", "", ""},
			{"the final 2h", "DURATION", "PT2H", "-", "", ""}, // not tagged on the first run, before round10_transp
			{"the coming weeks", "DURATION", "PXW", "-", "", ""},
		}},
	{"484-bbc-easter-engineering-works", "2018-03-25", "BBC rail engineering works (Sunday before Easter): 'Easter' in the headline, 'over the Easter weekend', 'from Good Friday until Easter Monday', 'every 20 minutes', 'on Saturday 31 March and Sunday 1 April', 'the four-day weekend', 'Last Easter', 'a year in advance', 'by 05:00 on Tuesday 3 April', 'an extra hour', 'Last year ... over Easter'",
		[]want{
			{"Easter", "DATE", "2018-04-01", "-", "", ""},
			{"Easter weekend", "DATE", "2018-W13-WE", "-", "", ""}, // hand annotation revised: the package's extent leaves the article out (item 65)
			{"Good Friday", "DATE", "2018-03-30", "-", "", ""},
			{"Easter Monday", "DATE", "2018-04-02", "-", "", ""},
			{"every 20 minutes", "SET", "PT20M", "-", "", ""},
			{"Saturday 31 March", "DATE", "2018-03-31", "-", "", ""},
			{"Sunday 1 April", "DATE", "2018-04-01", "-", "", ""},
			{"the four-day weekend", "DATE", "2018-W13-WE", "-", "", ""}, // hand annotation revised to the package's form (by hand 'four-day' P4D; 'the four-day weekend' is the weekend a holiday lengthens); 2018-W12-WE on the first run, before round10_transp (the holiday's weekend the text named before)
			{"Last Easter", "DATE", "2017-04-16", "-", "", ""},           // 2018-04-01 on the first run, before round10_transp ('last' before a holiday is one gone, however near this year's)
			{"a year", "DURATION", "P1Y", "-", "", ""},                   // SET on the first run, before round10_transp ('a year in advance' is a distance, as 'a year before')
			{"05:00", "TIME", "2018-04-03T05:00", "-", "", ""},
			{"Tuesday 3 April", "DATE", "2018-04-03", "-", "", ""},
			{"an extra hour", "DURATION", "PT1H", "-", "", ""},
			{"Last year", "DATE", "2017", "-", "", ""},
			{"Easter", "DATE", "2017-04-16", "-", "", ""},
		}},
	{"485-guardian-rail-fares-rise", "2016-01-02", "Guardian rail fares (Saturday, 2 January): 'another year of delays' (none), 'from today', 'since 2010', 'in five years', 'since last year', 'in 2014', 'now pays', 'an annual season ticket' (none), 'last year', 'last month', 'the 12 months to 10 December', 'over the past six months', 'from Monday', 'over the past 20 years', 'in January 2017'",
		[]want{
			{"another year", "DURATION", "P1Y", "-", "", ""}, // missed by hand (marked none); right by TimeBank, which tags 'another year' as a duration
			{"today", "DATE", "2016-01-02", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"five years", "DURATION", "P5Y", "-", "", ""},
			{"last year", "DATE", "2015", "-", "", ""},
			{"2014", "DATE", "2014", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"last year", "DATE", "2015", "-", "", ""},
			{"last month", "DATE", "2015-12", "-", "", ""},
			{"the 12 months", "DURATION", "P12M", "-", "", ""},
			{"10 December", "DATE", "2015-12-10", "-", "", ""},
			{"the past six months", "DURATION", "P6M", "-", "", ""},
			{"Monday", "DATE", "2016-01-04", "-", "", ""},
			{"the past 20 years", "DURATION", "P20Y", "-", "", ""},
			{"January 2017", "DATE", "2017-01", "-", "", ""},
		}},
	{"486-lloydslist-suez-blockage", "2021-03-25", "Lloyd's List shipping (Thursday): 'could take weeks', 'since Tuesday morning', 'at about 0740 local time on 23 March', 'on Thursday', 'delays of up to two weeks', 'through the night', 'on Wednesday', 'days to weeks', 'roughly 10 days', 'in 1975', 'eight years', 'the 1967 war', 'due on 31 March' (to come)",
		[]want{
			{"weeks", "DURATION", "PXW", "-", "", ""}, // the headline's 'could take weeks', missed by hand
			{"weeks", "DURATION", "PXW", "-", "", ""},
			{"Tuesday morning", "TIME", "2021-03-23TMO", "-", "", ""},
			{"0740 local time", "TIME", "2021-03-23T07:40", "APPROX", "", ""}, // hand annotation revised: 'about' outside
			{"23 March", "DATE", "2021-03-23", "-", "", ""},
			{"Thursday", "DATE", "2021-03-25", "-", "", ""},
			{"up to two weeks", "DURATION", "P2W", "EQUAL_OR_LESS", "", ""},
			// gap: 'through the night' (by hand TIME 2021-03-24TNI) is not tagged
			{"Wednesday", "DATE", "2021-03-24", "-", "", ""},
			{"days to weeks", "DURATION", "PXD", "-", "", ""}, // by hand two, 'days' and 'weeks'; the package joins two stretches of no stated length offered as one, as 'days or weeks' (TimeBank's 'weeks or months' PXW); 'days' alone on the first run, before round10_transp
			{"Thursday", "DATE", "2021-03-25", "-", "", ""},
			{"10 days", "DURATION", "P10D", "APPROX", "", ""}, // hand annotation revised: 'roughly' outside, as 'about'
			{"1975", "DATE", "1975", "-", "", ""},
			{"eight years", "DURATION", "P8Y", "-", "", ""},
			{"1967", "DATE", "1967", "-", "", ""},
			{"31 March", "DATE", "2021-03-31", "-", "", ""},
		}},
	{"487-reuters-west-coast-ports", "2015-02-17", "Reuters ports (Tuesday): 'months' in the headline, a dateline, 'up to three months', 'over the weekend', 'on Tuesday', 'on Monday', 'a five-year contract', 'late on Friday', 'nine months of talks', 'since October', 'a day earlier', 'before April', '$2 billion a day', 'in 2002', '10 days', 'about six weeks'",
		[]want{
			{"months", "DURATION", "PXM", "-", "", ""},
			{"Feb 17", "DATE", "2015-02-17", "-", "", ""},
			{"up to three months", "DURATION", "P3M", "EQUAL_OR_LESS", "", ""},
			{"the weekend", "DATE", "2015-W07-WE", "-", "", ""},
			{"Tuesday", "DATE", "2015-02-17", "-", "", ""},
			{"Monday", "DATE", "2015-02-16", "-", "", ""},
			{"five-year", "DURATION", "P5Y", "-", "", ""},
			{"Friday", "DATE", "2015-02-13", "-", "", ""}, // by hand 'late on Friday' Mod END; TBAQ has no 'late on' before a weekday, and 'on' is a preposition left outside: the extent stands
			{"nine months", "DURATION", "P9M", "-", "", ""},
			{"October", "DATE", "2014-10", "-", "", ""},
			{"Tuesday", "DATE", "2015-02-17", "-", "", ""},
			{"a day", "DURATION", "P1D", "-", "", ""}, // hand annotation revised: by hand 'a day earlier' DATE 2015-02-16, but TBAQ's one 'A day earlier' is a DURATION P1D, and the package gives the duration
			{"April", "DATE", "2015-04", "-", "", ""},
			{"a day", "SET", "P1D", "-", "", ""},
			{"2002", "DATE", "2002", "-", "", ""},
			{"10 days", "DURATION", "P10D", "-", "", ""},
			{"six weeks", "DURATION", "P6W", "APPROX", "", ""}, // hand annotation revised: 'about' outside
		}},
	{"488-yorkshireeveningpost-motorway-closures", "2017-06-06", "Local paper road closures (Tuesday): 'overnight closures' (an adjective: none), 'from next week', 'closed overnight from 10pm to 5am from Monday, June 12, for five nights' (a set of nights, clock times of any day), 'up to 20 minutes', 'from Sunday, June 18, until Friday, June 23', 'by the end of October', 'in August', 'Last year', 'for nine hours'",
		[]want{
			{"next week", "DATE", "2017-W24", "-", "", ""},
			{"overnight", "SET", "XXXX-XX-XXTNI", "-", "", ""}, // TIME 2017-06-06TNI on the first run, before round10_transp (closed overnight from 10pm to 5am ... for five nights: each night)
			{"10pm", "TIME", "XXXX-XX-XXT22:00", "-", "", ""},  // 2017-06-06T22:00 on the first run, before round10_transp
			{"5am", "TIME", "XXXX-XX-XXT05:00", "-", "", ""},   // 2017-06-06T05:00 on the first run, before round10_transp
			{"Monday, June 12", "DATE", "2017-06-12", "-", "", ""},
			{"five nights", "DURATION", "P5D", "-", "", ""},
			{"up to 20 minutes", "DURATION", "PT20M", "EQUAL_OR_LESS", "", ""},
			{"Sunday, June 18", "DATE", "2017-06-18", "-", "", ""},
			{"Friday, June 23", "DATE", "2017-06-23", "-", "", ""},
			{"the end of October", "DATE", "2017-10", "END", "", ""},
			{"August", "DATE", "2017-08", "-", "", ""},
			{"Last year", "DATE", "2016", "-", "", ""},
			{"nine hours", "DURATION", "PT9H", "-", "", ""},
		}},
	{"489-pa-bank-holiday-getaway", "2022-08-26", "PA bank holiday traffic (Friday): 'since 2019' in the headline, 'the August bank holiday weekend', 'on Friday ... between 3pm and 7pm', 'on Monday afternoon', 'the late summer bank holiday since 2019', 'on Sunday', 'Bank Holiday Monday', 'earlier this week', 'over bank holidays' (none: any)",
		[]want{
			{"2019", "DATE", "2019", "-", "", ""},
			{"August bank holiday weekend", "DATE", "2022-W34-WE", "-", "", ""}, // 'August' 2022-08 on the first run, before round10_transp; the hand extent's article revised to the package's 'Easter weekend'
			{"Friday", "DATE", "2022-08-26", "-", "", ""},
			{"3pm", "TIME", "2022-08-26T15:00", "-", "", ""},
			{"7pm", "TIME", "2022-08-26T19:00", "-", "", ""},
			{"Monday afternoon", "TIME", "2022-08-29TAF", "-", "", ""},
			{"late summer bank holiday", "DATE", "2022-08-29", "-", "", ""}, // 'the late summer' 2022-SU END on the first run, before round10_transp
			{"2019", "DATE", "2019", "-", "", ""},
			{"Sunday", "DATE", "2022-08-28", "-", "", ""}, // 2022-08-21 on the first run, before round10_transp ('Rail passengers also face disruption, with no trains running ... on Sunday': 'also' between the plural subject and the timetable's verb)
			{"Bank Holiday Monday", "DATE", "2022-08-29", "-", "", ""},
			{"earlier this week", "DATE", "2022-W34", "-", "", ""},
		}},
	{"490-ap-prius-recall", "2014-02-12", "AP car recall (Wednesday): 'said Wednesday', 'between March 2009 and February 2014', 'in about 40 minutes', 'starting in mid-March', 'in 1997', 'In 2010', 'last week', 'the year through March'",
		[]want{
			{"Wednesday", "DATE", "2014-02-12", "-", "", ""},
			{"March 2009", "DATE", "2009-03", "-", "", ""},
			{"February 2014", "DATE", "2014-02", "-", "", ""},
			{"40 minutes", "DURATION", "PT40M", "APPROX", "", ""}, // hand annotation revised: 'about' outside
			{"mid-March", "DATE", "2014-03", "MID", "", ""},
			{"1997", "DATE", "1997", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"last week", "DATE", "2014-W06", "-", "", ""},
			{"the year", "DURATION", "P1Y", "-", "", ""}, // DATE 2014 on the first run, before round10_transp ('the year through March', as 'the year to March')
			{"March", "DATE", "2014-03", "-", "", ""},
		}},
	{"491-xinhua-spring-festival-rush", "2017-01-13", "Xinhua rail travel rush (Friday): a dateline, 'annual' (none), 'started on Friday', 'the 40-day period', 'between Jan. 13 and Feb. 21', 'a year earlier', 'The Spring Festival, or Lunar New Year, falls on Jan. 28 this year', '30 days in advance', '28 days', 'a day' (a rate), 'On Thursday alone', 'year on year' (none), 'on Jan. 26', 'in early February'",
		[]want{
			{"Jan. 13", "DATE", "2017-01-13", "-", "", ""},
			{"Friday", "DATE", "2017-01-13", "-", "", ""},
			{"40-day", "DURATION", "P40D", "-", "", ""},
			{"Jan. 13", "DATE", "2017-01-13", "-", "", ""},
			{"Feb. 21", "DATE", "2017-02-21", "-", "", ""},
			{"a year earlier", "DATE", "2016", "-", "", ""},
			{"The Spring Festival", "DATE", "2017-01-28", "-", "", ""}, // 2017 on the first run (the festival's year, round 8 faith); the day since round10_transp's table of Chinese New Year days
			{"Lunar New Year", "DATE", "2017-01-28", "-", "", ""},      // 2017 on the first run, as above
			{"Jan. 28 this year", "DATE", "2017-01-28", "-", "", ""},   // hand annotation revised: by hand two, 'Jan. 28' and 'this year'; the package takes a month and day with the year after it as one, as '3 October last year'
			{"30 days", "DURATION", "P30D", "-", "", ""},
			{"28 days", "DURATION", "P28D", "-", "", ""},
			{"a day", "SET", "P1D", "-", "", ""},
			{"Thursday", "DATE", "2017-01-12", "-", "", ""},
			{"Jan. 26", "DATE", "2017-01-26", "-", "", ""},
			{"early February", "DATE", "2017-02", "START", "", ""},
		}},
	{"492-smh-perth-london-route", "2016-12-12", "Sydney Morning Herald route launch (Monday): 'March 2018' (headline and text), 'a 17-hour service', 'said on Monday', 'from March 24, 2018', 'in April next year', 'about 16 hours and 45 minutes', 'daily', 'at 6.50pm' and 'at 5am local time' (a timetable's: any day), 'since ... 1947', 'in December 1947', 'four days', 'about a year', 'in October next year'",
		[]want{
			{"March 2018", "DATE", "2018-03", "-", "", ""},
			{"March 2018", "DATE", "2018-03", "-", "", ""},
			{"17-hour", "DURATION", "PT17H", "-", "", ""},
			{"Monday", "DATE", "2016-12-12", "-", "", ""},
			{"March 24, 2018", "DATE", "2018-03-24", "-", "", ""},
			{"April next year", "DATE", "2017-04", "-", "", ""},
			{"16 hours and 45 minutes", "DURATION", "PT16H45M", "APPROX", "", ""}, // hand annotation revised: 'about' outside
			{"daily", "SET", "P1D", "-", "", ""},
			{"6.50pm", "TIME", "XXXX-XX-XXT18:50", "-", "", ""},         // 2016-12-12T18:50 on the first run, before round10_transp ('daily, departing Perth at 6.50pm': a timetable's)
			{"5am local time", "TIME", "XXXX-XX-XXT05:00", "-", "", ""}, // 2016-12-12T05:00 on the first run, before round10_transp
			{"1947", "DATE", "1947", "-", "", ""},
			{"December 1947", "DATE", "1947-12", "-", "", ""},
			{"four days", "DURATION", "P4D", "-", "", ""},
			{"a year", "DURATION", "P1Y", "APPROX", "", ""}, // hand annotation revised: 'about' outside
			{"October next year", "DATE", "2017-10", "-", "", ""},
		}},
	{"493-ap-ntsb-asiana-final", "2014-06-24", "AP accident board's findings (Tuesday): 'said Tuesday', 'the July 6, 2013, crash', 'more than four hours', 'at 11:27 a.m.' (the crash's day), 'about 7 seconds before impact', 'for about 20 seconds', 'nearly a year after the crash', 'the coming weeks', 'last week', 'In February'",
		[]want{
			{"Tuesday", "DATE", "2014-06-24", "-", "", ""},
			{"July 6, 2013", "DATE", "2013-07-06", "-", "", ""},
			{"more than four hours", "DURATION", "PT4H", "MORE_THAN", "", ""},
			{"11:27 a.m.", "TIME", "2013-07-06T11:27", "-", "", ""},
			{"7 seconds", "DURATION", "PT7S", "APPROX", "", ""},   // hand annotation revised: 'about' outside
			{"20 seconds", "DURATION", "PT20S", "APPROX", "", ""}, // hand annotation revised: 'about' outside
			{"nearly a year", "DURATION", "P1Y", "LESS_THAN", "", ""},
			{"the coming weeks", "DURATION", "PXW", "-", "", ""},
			{"last week", "DATE", "2014-W25", "-", "", ""},
			{"February", "DATE", "2014-02", "-", "", ""},
		}},
}
