package timex

// newsEnt are the news items of testdata/news (336-349) on entertainment
// and listings: box-office weekends ("over the three-day holiday weekend",
// "from Wednesday through Sunday", "its second weekend"), TV schedules and
// streaming drops ("airs Sundays at 9 p.m. Eastern", "the season finale
// airs May 19", "all 10 episodes dropping at once"), a museum's run and
// hours ("runs through Jan. 5", "Tuesdays to Sundays, 10 a.m.-5 p.m."), a
// theatre's "2026-27 season", a tour's dates, a festival line-up, awards
// season, a broadcaster's Christmas schedule, a weekend events guide, a
// Broadway closing, Cannes and a singles chart, 2006-2026 on varied
// weekdays, in the styles of Variety, AP, the New York Times, the
// Guardian, Billboard, Reuters, Deadline, the BBC, the Los Angeles Times,
// AFP and PA. Each was annotated by hand before the tagger was run, like
// newsArticles, and TestNewsArticles tags them; a line marked "gap" keeps
// the tagger's output and gives the hand annotation. On the first run the
// tagger agreed with 207 of 228 expressions annotated by hand (extent,
// type, value, mod), counted after five slips of the hand annotation
// were corrected and said so on their lines (two title expressions
// missed, "hours" written PXH, "more than 2,000 years old", an age,
// which the package leaves untagged, and "a week earlier", which the
// package writes as the duration "a week"); it also tagged five
// expressions the hand left out (gap: none by hand). After the rules of
// round9_ent_test.go, 220 of the 228 agree; the gaps left are told on
// their lines: "the year" after a superlative ("the busiest of the
// year", "the year's biggest release"), "the Monday after the finale" (a
// day after an event named, not a date), "three millenniums" (no unit of
// millennia; closed in round10_leftB), "all year" (TBAQ leaves "all day", "All week" untagged), a
// season's programme announced in February ("in the winter, from 27
// November to 23 January": next winter, the nearest is the one just
// gone), and five tags the hand left out (a category, "Friday Rush", "the
// following week" of a weekly habit, "the same weekend a year ago").
//
// Conventions, by TimeBank and this package (see newsCulture): a count of
// a film's run ("its second weekend", "its opening weekend") and a season
// of a show, a theatre or awards ("the final season", "an awards season",
// "Last season" aside, PAST_REF) are none; "the three-day holiday weekend"
// just gone is that weekend, YYYY-Www-WE; the weekdays and hours of a
// listing ("Tuesdays to Sundays, 10 a.m.-5 p.m.", "on Fridays at 8:30
// p.m.") are SETs and any day's hours; "the 2026-27 season" is its first
// year; "the Thanksgiving holiday" is the holiday's day, its extent the
// name; a category ("the second-best Thanksgiving opening on record", "a
// February release") is none.
var newsEnt = []newsArticle{
	{"336-variety-thanksgiving-box-office", "2017-11-26", "Variety box office on the Sunday after Thanksgiving: 'Over Five Days', 'the Thanksgiving holiday', 'from Wednesday through Sunday', 'the three-day weekend', 'Thanksgiving opening' (a category, none), 'last weekend's', 'its second weekend' and 'its opening weekend' (none), 'of the year', 'the five days', 'last year', 'Tuesday night', 'by Christmas', 'opens Dec. 8', 'two weeks', 'Year to date' (none)",
		[]want{
			{"Thanksgiving", "DATE", "2017-11-23", "-", "", ""}, // the title's 'Thanksgiving', missed by hand (a slip)
			{"Five Days", "DURATION", "P5D", "-", "", ""},
			{"Thanksgiving", "DATE", "2017-11-23", "-", "", ""},
			{"Wednesday", "DATE", "2017-11-22", "-", "", ""},
			{"Sunday", "DATE", "2017-11-26", "-", "", ""},
			{"Sunday", "DATE", "2017-11-26", "-", "", ""},
			{"the three-day weekend", "DATE", "2017-W47-WE", "-", "", ""},
			{"Thanksgiving", "DATE", "2017-11-23", "-", "", ""}, // gap: none by hand ('the second-best Thanksgiving opening on record', a category)
			{"2013", "DATE", "2013", "-", "", ""},
			{"last weekend", "DATE", "2017-W46-WE", "-", "", ""},
			// gap: 'the year' ('one of the busiest of the year', by hand DATE 2017) is not tagged
			{"the five days", "DURATION", "P5D", "-", "", ""},
			{"last year", "DATE", "2016", "-", "", ""},
			{"Tuesday night", "TIME", "2017-11-21TNI", "-", "", ""},
			{"Christmas", "DATE", "2017-12-25", "-", "", ""},
			{"Dec. 8", "DATE", "2017-12-08", "-", "", ""},
			{"two weeks", "DURATION", "P2W", "-", "", ""},
			// gap: 'the year' ('the year's biggest release', by hand DATE 2017) is not tagged
			{"2016", "DATE", "2016", "-", "", ""},
		}},
	{"337-ap-tv-season-finale", "2019-04-16", "AP television on a Tuesday: 'two-hour' (title and text), 'eight-year run', 'next month', 'said Tuesday', 'premiered Sunday', 'airs Sundays at 9 p.m. Eastern', 'the season finale airs May 19', 'longer than an hour', 'Sunday night's premiere', 'the 2017 premiere', 'nearly two years', 'the spring of 2018', 'before 2020', 'drops the Monday after the finale' (the finale's Monday), 'since its debut in April 2011'",
		[]want{
			{"two-hour", "DURATION", "PT2H", "-", "", ""},
			{"eight-year", "DURATION", "P8Y", "-", "", ""},
			{"next month", "DATE", "2019-05", "-", "", ""},
			{"two-hour", "DURATION", "PT2H", "-", "", ""},
			{"Tuesday", "DATE", "2019-04-16", "-", "", ""},
			{"Sunday", "DATE", "2019-04-14", "-", "", ""},
			{"Sundays", "SET", "XXXX-WXX-7", "-", "", ""},
			{"9 p.m. Eastern", "TIME", "XXXX-XX-XXT21:00", "-", "", ""},
			{"May 19", "DATE", "2019-05-19", "-", "", ""},
			{"an hour", "DURATION", "PT1H", "", "", ""},
			{"Sunday night", "TIME", "2019-04-14TNI", "-", "", ""},
			{"2017", "DATE", "2017", "-", "", ""},
			{"nearly two years", "DURATION", "P2Y", "LESS_THAN", "", ""},
			{"the spring of 2018", "DATE", "2018-SP", "-", "", ""},
			{"2020", "DATE", "2020", "-", "", ""},
			{"Monday", "DATE", "2019-04-15", "-", "", ""}, // gap: by hand DATE 2019-05-20
			{"April 2011", "DATE", "2011-04", "-", "", ""},
		}},
	{"338-nytimes-museum-exhibition", "2019-09-30", "NYT exhibition review on a Monday: 'a Century' (title), 'opens Thursday', 'three millenniums', 'runs through Jan. 5', 'since 1991', 'more than 2,000 years old', 'the early 20th century', 'five years', 'Tuesdays to Sundays, 10 a.m.-5 p.m.', 'until 9 p.m. on Fridays and Saturdays', 'begins Oct. 9', 'the second Wednesday of each month', 'through December', 'go on sale Tuesday', 'starting today', 'the spring of 2020'",
		[]want{
			{"a Century", "DURATION", "P100Y", "-", "", ""},
			{"Thursday", "DATE", "2019-10-03", "-", "", ""},
			{"three millenniums", "DURATION", "P3L", "-", "", ""}, // was a gap (no unit of millennia); round10_leftB: a count of millennia is P<n>L
			{"Jan. 5", "DATE", "2020-01-05", "-", "", ""},
			{"1991", "DATE", "1991", "-", "", ""},
			// 'more than 2,000 years old': by hand P2L MORE_THAN, a slip: an age is none by the package doc ("37 years old")
			{"the early 20th century", "DATE", "19", "START", "", ""},
			{"five years", "DURATION", "P5Y", "-", "", ""},
			{"Tuesdays", "SET", "XXXX-WXX-2", "-", "", ""},
			{"Sundays", "SET", "XXXX-WXX-7", "-", "", ""},
			{"10 a.m.", "TIME", "XXXX-XX-XXT10:00", "-", "", ""}, // 2019-09-30T10:00 on the first run, before round9_ent
			{"5 p.m.", "TIME", "XXXX-XX-XXT17:00", "-", "", ""},  // 2019-09-30T17:00 on the first run, before round9_ent
			{"9 p.m.", "TIME", "XXXX-XX-XXT21:00", "-", "", ""},
			{"Fridays", "SET", "XXXX-WXX-5", "-", "", ""},
			{"Saturdays", "SET", "XXXX-WXX-6", "-", "", ""},
			{"Oct. 9", "DATE", "2019-10-09", "-", "", ""},
			{"the second Wednesday of each month", "SET", "P1M", "-", "", ""},
			{"December", "DATE", "2019-12", "-", "", ""},
			{"Tuesday", "DATE", "2019-10-01", "-", "", ""},
			{"today", "DATE", "2019-09-30", "-", "", ""},
			{"the spring of 2020", "DATE", "2020-SP", "-", "", ""},
		}},
	{"339-guardian-theatre-season", "2026-02-11", "Guardian theatre on a Wednesday: '2026-27 season' (title and text), 'in September', 'announced on Wednesday', 'a 1956 comedy', 'previews on 4 September', 'press night on 15 September', 'runs until 31 October', 'in the winter, from 27 November to 23 January' (January after November: next year's), 'the busiest year in our history' and 'two seasons' (none), 'opens next Tuesday', 'on 3 March', 'every Friday at 1pm', 'the following week's shows' (none: each Friday's next week), 'Last season' (PAST_REF), 'since 2019'",
		[]want{
			{"2026", "DATE", "2026", "-", "", ""},
			{"2026", "DATE", "2026", "-", "", ""},
			{"September", "DATE", "2026-09", "-", "", ""},
			{"Wednesday", "DATE", "2026-02-11", "-", "", ""},
			{"1956", "DATE", "1956", "-", "", ""},
			{"4 September", "DATE", "2026-09-04", "-", "", ""},
			{"15 September", "DATE", "2026-09-15", "-", "", ""},
			{"31 October", "DATE", "2026-10-31", "-", "", ""},
			{"the winter", "DATE", "2025-WI", "-", "", ""},     // gap: by hand DATE 2026-WI
			{"27 November", "DATE", "2025-11-27", "-", "", ""}, // gap: by hand DATE 2026-11-27
			{"23 January", "DATE", "2026-01-23", "-", "", ""},  // gap: by hand DATE 2027-01-23
			{"next Tuesday", "DATE", "2026-02-17", "-", "", ""},
			{"3 March", "DATE", "2026-03-03", "-", "", ""},
			{"Friday", "DATE", "2026-02-13", "-", "", ""}, // gap: none by hand ('Friday Rush tickets', a name)
			{"every Friday", "SET", "XXXX-WXX-5", "-", "", ""},
			{"1pm", "TIME", "XXXX-XX-XXT13:00", "-", "", ""},
			{"the following week", "DATE", "2026-W08", "-", "", ""}, // gap: none by hand ('every Friday ... for the following week's shows': each Friday's next week)
			{"Last season", "DATE", "PAST_REF", "-", "", ""},
			{"2019", "DATE", "2019", "-", "", ""},
		}},
	{"340-billboard-tour-announcement", "2015-11-12", "Billboard tour announcement on a Thursday: '2016' (title), 'since 2012', 'out Jan. 22', 'kicks off March 3', 'wraps April 28', 'a two-night stand', 'on April 15 and 16', 'on sale Friday, Nov. 20, at 10 a.m. local time', 'beginning Tuesday', 'last year', 'three years', 'said on Thursday', 'over the summer', 'in the coming weeks', 'October 2013', '40 weeks'",
		[]want{
			{"2016", "DATE", "2016", "-", "", ""},
			{"2012", "DATE", "2012", "-", "", ""},
			{"Jan. 22", "DATE", "2016-01-22", "-", "", ""}, // 2015-01-22 on the first run, before round9_ent
			{"March 3", "DATE", "2016-03-03", "-", "", ""},
			{"April 28", "DATE", "2016-04-28", "-", "", ""},
			{"two-night", "DURATION", "P2D", "-", "", ""},
			{"April 15", "DATE", "2016-04-15", "-", "", ""},
			{"16", "DATE", "2016-04-16", "-", "", ""},
			{"Friday, Nov. 20", "DATE", "2015-11-20", "-", "", ""},
			{"10 a.m. local time", "TIME", "2015-11-20T10:00", "-", "", ""},
			{"Tuesday", "DATE", "2015-11-17", "-", "", ""},
			{"last year", "DATE", "2014", "-", "", ""},
			{"three years", "DURATION", "P3Y", "-", "", ""},
			{"Thursday", "DATE", "2015-11-12", "-", "", ""},
			{"the summer", "DATE", "2016-SU", "-", "", ""},
			{"the coming weeks", "DURATION", "PXW", "-", "", ""},
			{"October 2013", "DATE", "2013-10", "-", "", ""},
			{"40 weeks", "DURATION", "P40W", "-", "", ""},
		}},
	{"341-reuters-festival-lineup", "2009-01-13", "Reuters music festival on a Tuesday: 'on Tuesday', 'the three-day event', 'will run April 17-19', 'a week later than last year', 'the three days', 'at 10 a.m. Pacific time on Saturday', 'within hours', 'each of the past three years', 'Last year's festival', 'a week later than in 2008', 'in December', 'a second weekend' (none), 'from 2010', 'October 1999', 'every spring since 2001'",
		[]want{
			{"two weekends", "DURATION", "P2WE", "-", "", ""}, // the title's 'expands to two weekends', missed by hand (a slip)
			{"Tuesday", "DATE", "2009-01-13", "-", "", ""},
			{"three-day", "DURATION", "P3D", "-", "", ""},
			{"April 17-19", "DATE", "2009-04-17", "-", "2009-04-17", "2009-04-19"},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"last year", "DATE", "2008", "-", "", ""},
			{"the three days", "DURATION", "P3D", "-", "", ""},
			{"10 a.m. Pacific time", "TIME", "2009-01-17T10:00", "-", "", ""},
			{"Saturday", "DATE", "2009-01-17", "-", "", ""},
			{"hours", "DURATION", "PTXH", "-", "", ""}, // PXH by hand, a slip: hours are PTXH
			{"the past three years", "DURATION", "P3Y", "-", "", ""},
			{"Last year", "DATE", "2008", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"2008", "DATE", "2008", "-", "", ""},
			{"December", "DATE", "2008-12", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"October 1999", "DATE", "1999-10", "-", "", ""},
			{"every spring", "SET", "XXXX-SP", "-", "", ""},
			{"2001", "DATE", "2001", "-", "", ""},
		}},
	{"342-deadline-streaming-drop", "2017-10-25", "Deadline streaming on a Wednesday: 'Season 2' and 'its second season' (none), 'on Friday, Dec. 1', 'announced Wednesday', 'July 2016', 'that summer', 'six months', 'in June', 'a 22-week shoot', 'drops this Friday', 'on Nov. 11', 'so far this year', 'in 2018', '90 minutes ... a day' (a rate), 'the third quarter'",
		[]want{
			{"Friday, Dec. 1", "DATE", "2017-12-01", "-", "", ""},
			{"Wednesday", "DATE", "2017-10-25", "-", "", ""},
			{"July 2016", "DATE", "2016-07", "-", "", ""},
			{"that summer", "DATE", "2016-SU", "-", "", ""},
			{"six months", "DURATION", "P6M", "-", "", ""},
			{"June", "DATE", "2017-06", "-", "", ""},
			{"22-week", "DURATION", "P22W", "-", "", ""},
			{"this Friday", "DATE", "2017-10-27", "-", "", ""},
			{"Nov. 11", "DATE", "2017-11-11", "-", "", ""},
			{"this year", "DATE", "2017", "-", "", ""},
			{"2018", "DATE", "2018", "-", "", ""},
			{"90 minutes", "DURATION", "PT90M", "-", "", ""},
			{"a day", "SET", "P1D", "-", "", ""},
			{"the third quarter", "DATE", "2017-Q3", "-", "", ""},
		}},
	{"343-ap-golden-globe-nominations", "2012-12-13", "AP awards season on a Thursday: 'on Thursday', 'an awards season' (none), 'into late February' (next year's), 'early Thursday', 'The 70th annual' (none), 'handed out Jan. 13', 'announced Jan. 10', 'three days before', 'presented Feb. 24', 'This year's ceremony', 'since 2004', 'in 2007', 'since 1944'",
		[]want{
			{"Thursday", "DATE", "2012-12-13", "-", "", ""},
			{"late February", "DATE", "2013-02", "END", "", ""},
			{"early Thursday", "DATE", "2012-12-13", "START", "", ""},
			{"Jan. 13", "DATE", "2013-01-13", "-", "", ""},
			{"Jan. 10", "DATE", "2013-01-10", "-", "", ""},
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"Feb. 24", "DATE", "2013-02-24", "-", "", ""},
			{"This year", "DATE", "2012", "-", "", ""},
			{"2004", "DATE", "2004", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"1944", "DATE", "1944", "-", "", ""},
		}},
	{"344-bbc-christmas-tv-schedule", "2010-12-14", "BBC Christmas schedule on a Tuesday: 'Christmas schedule', 'on Christmas Day at 6pm', 'The channel's Christmas Day line-up', 'at 3pm', 'at 8.30pm', 'On Boxing Day ... at 9pm', 'the following night', 'on Saturday', 'the Christmas special follows on 25 December', '30 days', 'from 18 December until 2 January', 'Last year, the Christmas Day episode' (last year's), 'next week'",
		[]want{
			{"Christmas", "DATE", "2010-12-25", "-", "", ""},
			{"Christmas", "DATE", "2010-12-25", "-", "", ""}, // 2009-12-25 on the first run, before round9_ent
			{"Christmas Day", "DATE", "2010-12-25", "-", "", ""},
			{"6pm", "TIME", "2010-12-25T18:00", "-", "", ""},
			{"Christmas Day", "DATE", "2010-12-25", "-", "", ""},
			{"3pm", "TIME", "2010-12-25T15:00", "-", "", ""},
			{"8.30pm", "TIME", "2010-12-25T20:30", "-", "", ""},
			{"Boxing Day", "DATE", "2010-12-26", "-", "", ""},
			{"9pm", "TIME", "2010-12-26T21:00", "-", "", ""},
			{"the following night", "TIME", "2010-12-27TNI", "-", "", ""},
			{"Saturday", "DATE", "2010-12-18", "-", "", ""},
			{"Christmas", "DATE", "2010-12-25", "-", "", ""},
			{"25 December", "DATE", "2010-12-25", "-", "", ""},
			{"30 days", "DURATION", "P30D", "-", "", ""},
			{"18 December", "DATE", "2010-12-18", "-", "", ""},
			{"2 January", "DATE", "2011-01-02", "-", "", ""},
			{"Last year", "DATE", "2009", "-", "", ""},
			{"Christmas Day", "DATE", "2009-12-25", "-", "", ""},
			{"next week", "DATE", "2010-W51", "-", "", ""},
		}},
	{"345-latimes-weekend-guide", "2008-07-10", "LA Times weekend guide on a Thursday: 'late nights' (none), 'summer season', 'on Saturday at 8 p.m.', 'through Sunday', 'every hour from 11 a.m. to 4 p.m.' (any day's), 'until 9 p.m. on Saturdays through Labor Day', 'on Fridays at 8:30 p.m. through Aug. 29', 'Tonight', 'this summer', 'Wednesdays and Saturdays, 8 a.m. to 1 p.m., all year', 'opens July 18', '24 days', 'Friday night'",
		[]want{
			{"summer", "DATE", "2008-SU", "-", "", ""}, // not tagged on the first run, before round9_ent
			{"Saturday", "DATE", "2008-07-12", "-", "", ""},
			{"8 p.m.", "TIME", "2008-07-12T20:00", "-", "", ""},
			{"Sunday", "DATE", "2008-07-13", "-", "", ""}, // 2008-07-06 on the first run, before round9_ent
			{"every hour", "SET", "PT1H", "-", "", ""},
			{"11 a.m.", "TIME", "XXXX-XX-XXT11:00", "-", "", ""}, // 2008-07-06T11:00 on the first run, before round9_ent
			{"4 p.m.", "TIME", "XXXX-XX-XXT16:00", "-", "", ""},  // 2008-07-06T16:00 on the first run, before round9_ent
			{"9 p.m.", "TIME", "XXXX-XX-XXT21:00", "-", "", ""},
			{"Saturdays", "SET", "XXXX-WXX-6", "-", "", ""},
			{"Labor Day", "DATE", "2008-09-01", "-", "", ""},
			{"Fridays", "SET", "XXXX-WXX-5", "-", "", ""},
			{"8:30 p.m.", "TIME", "XXXX-XX-XXT20:30", "-", "", ""},
			{"Aug. 29", "DATE", "2008-08-29", "-", "", ""},
			{"Tonight", "TIME", "2008-07-10TNI", "-", "", ""},
			{"this summer", "DATE", "2008-SU", "-", "", ""},
			{"Wednesdays", "SET", "XXXX-WXX-3", "-", "", ""},
			{"Saturdays", "SET", "XXXX-WXX-6", "-", "", ""},
			{"8 a.m.", "TIME", "XXXX-XX-XXT08:00", "-", "", ""}, // 2008-07-10T08:00 on the first run, before round9_ent
			{"1 p.m.", "TIME", "XXXX-XX-XXT13:00", "-", "", ""}, // 2008-07-10T13:00 on the first run, before round9_ent
			// gap: 'all year' (by hand DURATION P1Y) is not tagged
			{"July 18", "DATE", "2008-07-18", "-", "", ""},
			{"24 days", "DURATION", "P24D", "-", "", ""},
			{"Friday night", "TIME", "2008-07-11TNI", "-", "", ""},
		}},
	{"346-variety-broadway-closing", "2015-06-19", "Variety Broadway on a Friday: 'in August' (title), 'on Aug. 30', 'announced Friday', 'By then' (none), 'Feb. 3, 2014', 'March 6, 2014', 'in recent months', 'last week', 'its weekly running costs', 'the fall of 2016', 'last year', 'May 2014', 'six weeks', 'The Broadway season that ended in May' (the season none)",
		[]want{
			{"August", "DATE", "2015-08", "-", "", ""},
			{"Aug. 30", "DATE", "2015-08-30", "-", "", ""},
			{"Friday", "DATE", "2015-06-19", "-", "", ""},
			{"Feb. 3, 2014", "DATE", "2014-02-03", "-", "", ""},
			{"March 6, 2014", "DATE", "2014-03-06", "-", "", ""},
			{"recent months", "DURATION", "PXM", "-", "", ""},
			{"last week", "DATE", "2015-W24", "-", "", ""},
			{"weekly", "SET", "P1W", "-", "", ""},
			{"the fall of 2016", "DATE", "2016-FA", "-", "", ""},
			{"last year", "DATE", "2014", "-", "", ""},
			{"May 2014", "DATE", "2014-05", "-", "", ""},
			{"six weeks", "DURATION", "P6W", "-", "", ""},
			{"May", "DATE", "2015-05", "-", "", ""},
		}},
	{"347-afp-cannes-lineup", "2014-04-17", "AFP festival line-up on a Thursday: '2014' (title), the dateline, 'on Thursday', 'The 12-day festival opens May 14', 'closes on May 25', 'in 1993', 'this year's jury', 'last year', 'in the coming days', 'Last year's top prize ... opened in October' (last October), 'September 1946'",
		[]want{
			{"2014", "DATE", "2014", "-", "", ""},
			{"April 17, 2014", "DATE", "2014-04-17", "-", "", ""},
			{"Thursday", "DATE", "2014-04-17", "-", "", ""},
			{"12-day", "DURATION", "P12D", "-", "", ""},
			{"May 14", "DATE", "2014-05-14", "-", "", ""},
			{"May 25", "DATE", "2014-05-25", "-", "", ""},
			{"1993", "DATE", "1993", "-", "", ""},
			{"this year", "DATE", "2014", "-", "", ""},
			{"last year", "DATE", "2013", "-", "", ""},
			{"the coming days", "DURATION", "PXD", "-", "", ""},
			{"Last year", "DATE", "2013", "-", "", ""},
			{"October", "DATE", "2013-10", "-", "", ""},
			{"September 1946", "DATE", "1946-09", "-", "", ""},
		}},
	{"348-pa-chart-number-one", "2006-04-23", "PA singles chart on a Sunday: 'fourth week' and 'a fourth consecutive week' (a count, none), 'said on Sunday', 'on April 2', 'the past seven days', 'a week earlier', 'every Sunday afternoon between 4pm and 7pm', 'released on 24 April', 'more than four weeks', 'the summer of 2004', 'next Sunday', 'since November 1952'",
		[]want{
			{"Sunday", "DATE", "2006-04-23", "-", "", ""},
			{"April 2", "DATE", "2006-04-02", "-", "", ""},
			{"the past seven days", "DURATION", "P7D", "-", "", ""},
			{"a week", "DURATION", "P1W", "APPROX", "", ""}, // by hand 'a week earlier' DATE 2006-W15, a slip: by the package doc weeks "earlier" are the duration, "earlier" left out, as TimeBank marks "A day earlier"
			{"every Sunday afternoon", "SET", "XXXX-WXX-7TAF", "-", "", ""},
			{"4pm", "TIME", "XXXX-XX-XXT16:00", "-", "", ""}, // 2006-04-23T16:00 on the first run, before round9_ent
			{"7pm", "TIME", "XXXX-XX-XXT19:00", "-", "", ""}, // 2006-04-23T19:00 on the first run, before round9_ent
			{"24 April", "DATE", "2006-04-24", "-", "", ""},
			{"more than four weeks", "DURATION", "P4W", "MORE_THAN", "", ""},
			{"the summer of 2004", "DATE", "2004-SU", "-", "", ""},
			{"next Sunday", "DATE", "2006-04-30", "-", "", ""},
			{"November 1952", "DATE", "1952-11", "-", "", ""},
		}},
	{"349-ap-presidents-day-box-office", "2022-02-20", "AP box office on the Sunday of a holiday weekend: 'Presidents Day' (title), 'over the three-day holiday weekend', 'from Friday through Sunday', 'estimates Sunday', 'With Monday's Presidents Day holiday', 'the four days', 'a February release' (none), 'March 2020', 'Last weekend's winner', 'its second weekend' (none), 'July 2020', 'a year ago', 'opens ... on May 13', 'released Tuesday'",
		[]want{
			{"Presidents Day", "DATE", "2022-02-21", "-", "", ""},
			{"the three-day holiday weekend", "DATE", "2022-W07-WE", "-", "", ""}, // 'three-day' P3D on the first run, before round9_ent
			{"Friday", "DATE", "2022-02-18", "-", "", ""},
			{"Sunday", "DATE", "2022-02-20", "-", "", ""},
			{"Sunday", "DATE", "2022-02-20", "-", "", ""},
			{"Monday", "DATE", "2022-02-21", "-", "", ""},
			{"Presidents Day", "DATE", "2022-02-21", "-", "", ""},
			{"the four days", "DURATION", "P4D", "-", "", ""},
			{"February", "DATE", "2022-02", "-", "", ""}, // gap: none by hand ('a February release', a category)
			{"March 2020", "DATE", "2020-03", "-", "", ""},
			{"Last weekend", "DATE", "2022-W06-WE", "-", "", ""},
			{"July 2020", "DATE", "2020-07", "-", "", ""},
			{"the same weekend", "DATE", "2022-W07-WE", "-", "", ""}, // gap: none by hand ('the same weekend a year ago' is last year's weekend, 2021-W07-WE)
			{"a year ago", "DATE", "2021", "-", "", ""},
			{"May 13", "DATE", "2022-05-13", "-", "", ""},
			{"Tuesday", "DATE", "2022-02-22", "-", "", ""},
		}},
}
