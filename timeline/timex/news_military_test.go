package timex

// newsMilitary are the news items of testdata/news (208-221) on military,
// defence and conflict reporting: wire copy from front lines (Reuters, AP,
// AFP), a NATO briefing, a UN mission's briefing, a defence ministry's
// news release, ceasefire and truce reports, casualty tallies and a
// regional paper's homecoming story, 2010-2016, dated on varied weekdays.
// Each was annotated by hand before the tagger was run, like
// newsArticles; where the tagger differs, the line says "gap:" with the
// hand annotation and keeps the tagger's output, so that a change to it
// is seen. First run: 155 of the 163 hand-annotated expressions of items
// 208-220 agreed (type, value, mod and interval); 3 were not found, 5
// differed. Item 221, written after them, 16 of 19 (171 of 182 in all).
// After the rules of round8_military_test.go, 179 of 182 agree; left:
// an elliptical "months" ("could take weeks and the battle for the city
// itself months": no verb or preposition before it), "throughout the
// night" (TIME by hand, but items 08 and 24 leave "worked through the
// night" untagged, so no rule until the convention is settled), and the
// interval of "later this week" (by hand from the day after the
// reference day; the package's, as item 08 has it, from that day).
//
// Conventions, by TimeBank and this package: a war's or an era's name
// ("the Korean War", "the Cold War", "the Second World War", "World War
// Two", "the Gulf War", "D-Day") is no expression, while a year or a
// decade inside one is ("the 2003 invasion" 2003, "the 1990s Balkan wars"
// 199, "the 1950-53 conflict" 1950 with both years as interval); "dawn",
// "sundown", "first light" and "nightfall" are not tagged; an ordinal day
// or night of an offensive or a truce ("the fourth day of the offensive",
// "a fourth straight day", "for a second straight night", "its first full
// day", "a 13th day", "the second day of strikes") and "the eve of the
// anniversary" name no calendar time; "midnight" a truce took effect at,
// told on the morning after, closes the day before (T24:00), and "after
// midnight" opens the paper's day (T00:00); "the evening of <date>", "the
// night of <date>" and "the early hours of <date>" are the date alone;
// "N days after" and "N days later" are the duration; "0600 hours local
// time" is a clock time like "4:40 a.m. local time".
var newsMilitary = []newsArticle{
	{"208-reuters-ukraine-ceasefire", "2015-02-15", "Reuters ceasefire, a Sunday: a dateline, 'took effect at midnight (2200 GMT Saturday)' (the midnight closing Saturday), 'until minutes before the deadline', 'after midnight' (Sunday's start), 'Sunday morning', 'the past 24 hours', 'agreed in Minsk on Thursday after 16 hours of talks', 'by Tuesday' to come, 'within two weeks', 'in April last year', 'in September' (last year's), 'within weeks', 'on Sunday evening'",
		[]want{
			{"Feb 15", "DATE", "2015-02-15", "-", "2015-02-15", "2015-02-15"},
			{"midnight", "TIME", "2015-02-14T24:00", "-", "0", "0"}, // was 2015-02-15T24:00 (the dateline's day closed); round8_military
			{"2200 GMT Saturday", "TIME", "2015-02-14T22:00", "-", "2015-02-14", "2015-02-14"},
			{"Sunday", "DATE", "2015-02-15", "-", "2015-02-15", "2015-02-15"},
			{"minutes", "DURATION", "PTXM", "-", "0", "0"},
			{"midnight", "TIME", "2015-02-15T00:00", "-", "0", "0"}, // was 2015-02-16T00:00; round8_military
			{"Sunday morning", "TIME", "2015-02-15TMO", "-", "2015-02-15", "2015-02-15"},
			{"the past 24 hours", "DURATION", "PT24H", "-", "0", "0"},
			{"Thursday", "DATE", "2015-02-12", "-", "2015-02-12", "2015-02-12"},
			{"16 hours", "DURATION", "PT16H", "-", "0", "0"},
			{"Tuesday", "DATE", "2015-02-17", "-", "2015-02-17", "2015-02-17"},
			{"two weeks", "DURATION", "P2W", "-", "0", "0"},
			{"April last year", "DATE", "2014-04", "-", "2014-04-01", "2014-04-30"},
			{"September", "DATE", "2014-09", "-", "2014-09-01", "2014-09-30"},
			{"weeks", "DURATION", "PXW", "-", "0", "0"},
			{"Sunday evening", "TIME", "2015-02-15TEV", "-", "2015-02-15", "2015-02-15"},
		}},
	{"209-ap-marjah-offensive", "2010-02-16", "AP front line, a Tuesday: 'the fourth day of the biggest offensive' (none), 'the 2001 invasion' (2001), 'at first light', 'until nightfall' (none), 'killed Monday', 'before dawn Saturday' (the day), '30 days', 'the past three days', 'killed Sunday ... that night', 'announced in December', 'by mid-2011', 'for months'",
		[]want{
			{"Tuesday", "DATE", "2010-02-16", "-", "2010-02-16", "2010-02-16"},
			{"2001", "DATE", "2001", "-", "2001-01-01", "2001-12-31"},
			{"Monday", "DATE", "2010-02-15", "-", "2010-02-15", "2010-02-15"},
			{"Saturday", "DATE", "2010-02-13", "-", "2010-02-13", "2010-02-13"},
			{"30 days", "DURATION", "P30D", "-", "0", "0"},
			{"the past three days", "DURATION", "P3D", "-", "0", "0"},
			{"Sunday", "DATE", "2010-02-14", "-", "2010-02-14", "2010-02-14"},
			{"that night", "TIME", "2010-02-14TNI", "-", "2010-02-14", "2010-02-14"},
			{"December", "DATE", "2009-12", "-", "2009-12-01", "2009-12-31"},
			{"mid-2011", "DATE", "2011", "MID", "2011-05-01", "2011-08-31"},
			{"months", "DURATION", "PXM", "-", "0", "0"},
		}},
	{"210-afp-syria-truce", "2016-09-13", "AFP truce, a Tuesday: 'a day after it took effect at sundown' (the duration; sundown none), 'overnight', 'at 7:00 pm (1600 GMT) on Monday', 'for seven days', 'The first 24 hours', 'within 48 hours', 'on Tuesday morning', 'since ... March 2011', 'agreed in February collapsed by late April'",
		[]want{
			{"Tuesday", "DATE", "2016-09-13", "-", "2016-09-13", "2016-09-13"},
			{"a day", "DURATION", "P1D", "-", "0", "0"},
			{"overnight", "TIME", "2016-09-12TNI", "-", "2016-09-12", "2016-09-13"},
			{"7:00 pm", "TIME", "2016-09-12T19:00", "-", "", ""},
			{"1600 GMT", "TIME", "2016-09-12T16:00", "-", "", ""},
			{"Monday", "DATE", "2016-09-12", "-", "2016-09-12", "2016-09-12"},
			{"seven days", "DURATION", "P7D", "-", "0", "0"},
			{"The first 24 hours", "DURATION", "PT24H", "-", "0", "0"},
			{"48 hours", "DURATION", "PT48H", "-", "0", "0"},
			{"Tuesday morning", "TIME", "2016-09-13TMO", "-", "2016-09-13", "2016-09-13"},
			{"March 2011", "DATE", "2011-03", "-", "2011-03-01", "2011-03-31"},
			{"February", "DATE", "2016-02", "-", "2016-02-01", "2016-02-29"},
			{"late April", "DATE", "2016-04", "END", "2016-04-21", "2016-04-30"},
		}},
	{"211-herald-marines-deploy", "2012-10-03", "Regional paper on a deployment, a Wednesday: 'next week', 'a six-month deployment', 'said yesterday', 'due to return in April' (next year's), 'weeks before', 'since 2007', 'in 2010', 'in six months', 'planned for the spring' (after that April), 'on Monday evening' to come, 'told MPs in the summer', 'by the end of 2013', 'by the end of 2014'",
		[]want{
			{"next week", "DATE", "2012-W41", "-", "2012-10-08", "2012-10-14"},
			{"six-month", "DURATION", "P6M", "-", "0", "0"},
			{"yesterday", "DATE", "2012-10-02", "-", "2012-10-02", "2012-10-02"},
			{"April", "DATE", "2013-04", "-", "2013-04-01", "2013-04-30"},
			{"weeks", "DURATION", "PXW", "-", "0", "0"},
			{"2007", "DATE", "2007", "-", "2007-01-01", "2007-12-31"},
			{"2010", "DATE", "2010", "-", "2010-01-01", "2010-12-31"},
			{"six months", "DURATION", "P6M", "-", "0", "0"},
			{"the spring", "DATE", "2013-SP", "-", "2013-03-01", "2013-05-31"},
			{"Monday evening", "TIME", "2012-10-08TEV", "-", "2012-10-08", "2012-10-08"},
			{"the summer", "DATE", "2012-SU", "-", "2012-06-01", "2012-08-31"},
			{"the end of 2013", "DATE", "2013", "END", "2013-09-01", "2013-12-31"},
			{"the end of 2014", "DATE", "2014", "END", "2014-09-01", "2014-12-31"},
		}},
	{"212-reuters-nato-libya", "2011-03-31", "Reuters NATO briefing, a Thursday: 'at 0600 GMT on Thursday', 'has bombed ... for 12 days', 'the past 24 hours', 'for at least 90 days', 'overnight', 'on Wednesday, a second straight day of retreat' (the ordinal none), 'on March 17', 'two days later, on the evening of March 19' (the duration; the date alone), 'the 1990s Balkan wars' (the decade), 'the Cold War' (none), 'on Friday', 'in mid-April'",
		[]want{
			{"March 31", "DATE", "2011-03-31", "-", "2011-03-31", "2011-03-31"},
			{"0600 GMT", "TIME", "2011-03-31T06:00", "-", "", ""},
			{"Thursday", "DATE", "2011-03-31", "-", "2011-03-31", "2011-03-31"},
			{"12 days", "DURATION", "P12D", "-", "0", "0"},
			{"the past 24 hours", "DURATION", "PT24H", "-", "0", "0"},
			{"at least 90 days", "DURATION", "P90D", "EQUAL_OR_MORE", "0", "0"},
			{"overnight", "TIME", "2011-03-30TNI", "-", "2011-03-30", "2011-03-31"},
			{"Wednesday", "DATE", "2011-03-30", "-", "2011-03-30", "2011-03-30"},
			{"March 17", "DATE", "2011-03-17", "-", "2011-03-17", "2011-03-17"},
			{"two days", "DURATION", "P2D", "-", "", ""},
			{"March 19", "DATE", "2011-03-19", "-", "2011-03-19", "2011-03-19"},
			{"1990s", "DATE", "199", "-", "1990-01-01", "1999-12-31"}, // was "the 1990s"; round8_military
			{"Friday", "DATE", "2011-04-01", "-", "2011-04-01", "2011-04-01"},
			{"mid-April", "DATE", "2011-04", "MID", "2011-04-11", "2011-04-20"},
		}},
	{"213-ap-yeonpyeong-shelling", "2010-11-23", "AP shelling, a Tuesday: 'since the Korean War ended in 1953' (the year), 'at 2:34 p.m.', 'lasted about an hour', 'within 13 minutes', 'through the afternoon', 'by nightfall' (none), 'two days after', 'eight months after', 'in March', 'the 1950-53 conflict' (its first year, both as interval)",
		[]want{
			{"Tuesday", "DATE", "2010-11-23", "-", "2010-11-23", "2010-11-23"},
			{"1953", "DATE", "1953", "-", "1953-01-01", "1953-12-31"},
			{"2:34 p.m.", "TIME", "2010-11-23T14:34", "-", "", ""},
			{"an hour", "DURATION", "PT1H", "APPROX", "0", "0"},
			{"13 minutes", "DURATION", "PT13M", "-", "0", "0"},
			{"the afternoon", "TIME", "2010-11-23TAF", "-", "", ""}, // was not found ("fled to shelters" read as advice); round8_military
			{"two days", "DURATION", "P2D", "-", "", ""},
			{"eight months", "DURATION", "P8M", "-", "", ""},
			{"March", "DATE", "2010-03", "-", "2010-03-01", "2010-03-31"},
			{"1950", "DATE", "1950", "-", "1950-01-01", "1953-12-31"},
		}},
	{"214-afp-mosul-offensive", "2016-10-17", "AFP offensive, a Monday: 'launched ... on Monday', 'at first light' and 'from dawn' (none), 'shortly before 2:00 am (2300 GMT Sunday)' (the clock time; GMT on the day before), 'at 0600 hours local time', 'The hour of victory' (none), 'could take weeks ... months', 'in June 2014, days before', 'in December' (last year's) and 'in June' (this year's), 'the coming weeks', 'since August 2014', 'overnight'",
		[]want{
			{"Monday", "DATE", "2016-10-17", "-", "2016-10-17", "2016-10-17"},
			{"2:00 am", "TIME", "2016-10-17T02:00", "-", "", ""},
			{"2300 GMT Sunday", "TIME", "2016-10-16T23:00", "-", "2016-10-16", "2016-10-16"},
			{"0600 hours local time", "TIME", "2016-10-17T06:00", "-", "", ""},
			{"weeks", "DURATION", "PXW", "-", "0", "0"},
			// gap: by hand "months" DURATION PXM ("could take weeks and the battle for the city itself months"), not found
			{"June 2014", "DATE", "2014-06", "-", "2014-06-01", "2014-06-30"},
			{"days", "DURATION", "PXD", "-", "0", "0"},
			{"December", "DATE", "2015-12", "-", "2015-12-01", "2015-12-31"},
			{"June", "DATE", "2016-06", "-", "2016-06-01", "2016-06-30"},
			{"the coming weeks", "DURATION", "PXW", "-", "0", "0"},
			{"August 2014", "DATE", "2014-08", "-", "2014-08-01", "2014-08-31"},
			{"overnight", "TIME", "2016-10-16TNI", "-", "2016-10-16", "2016-10-17"}, // was PAST_REF (after "since August 2014"); round8_military
		}},
	{"215-mod-raf-strikes", "2014-10-01", "Defence ministry news release, a Wednesday: 'Published: 1 October 2014', 'On the evening of Tuesday 30 September' (the date alone), 'in the early hours of Wednesday morning' (the morning), 'a flight of some seven hours', 'the second day of strikes' (none), 'on Friday 26 September', 'On Monday', 'daily', 'since August'",
		[]want{
			{"1 October 2014", "DATE", "2014-10-01", "-", "2014-10-01", "2014-10-01"},
			{"Tuesday 30 September", "DATE", "2014-09-30", "-", "2014-09-30", "2014-09-30"},
			{"Wednesday morning", "TIME", "2014-10-01TMO", "-", "2014-10-01", "2014-10-01"},
			{"some seven hours", "DURATION", "PT7H", "APPROX", "0", "0"},
			{"Friday 26 September", "DATE", "2014-09-26", "-", "2014-09-26", "2014-09-26"},
			{"Monday", "DATE", "2014-09-29", "-", "2014-09-29", "2014-09-29"},
			{"daily", "SET", "P1D", "-", "0", "0"},
			{"August", "DATE", "2014-08", "-", "2014-08-01", "2014-08-31"},
		}},
	{"216-yp-regiment-homecoming", "2013-04-12", "Regional paper homecoming, a Friday: 'yesterday', 'a six-month tour', 'shortly after 6am' and 'in the afternoon' (yesterday's), 'since mid-morning', 'began in October' and 'on December 18' (last year's), 'the past six months', 'on May 4' to come, 'before 2015', 'in 2006', 'the 17th century', 'the Second World War' and 'D-Day' (none)",
		[]want{
			{"yesterday", "DATE", "2013-04-11", "-", "2013-04-11", "2013-04-11"},
			{"six-month", "DURATION", "P6M", "-", "0", "0"},
			{"6am", "TIME", "2013-04-11T06:00", "-", "", ""},
			{"the afternoon", "TIME", "2013-04-11TAF", "-", "", ""},
			{"mid-morning", "TIME", "2013-04-11TMO", "MID", "", ""},
			{"October", "DATE", "2012-10", "-", "2012-10-01", "2012-10-31"},
			{"December 18", "DATE", "2012-12-18", "-", "2012-12-18", "2012-12-18"},
			{"the past six months", "DURATION", "P6M", "-", "0", "0"},
			{"May 4", "DATE", "2013-05-04", "-", "2013-05-04", "2013-05-04"},
			{"2015", "DATE", "2015", "-", "2015-01-01", "2015-12-31"},
			{"2006", "DATE", "2006", "-", "2006-01-01", "2006-12-31"},
			{"the 17th century", "DATE", "16", "-", "1600-01-01", "1699-12-31"},
		}},
	{"217-un-south-sudan", "2013-12-28", "UN news, a Saturday: a date line '28 December 2013', 'said today', 'within 48 hours', 'for a 13th day' (none), 'now', 'on Christmas Day', 'on the night of 15 December' (the date alone), 'on Tuesday', 'over the coming weeks', 'on Friday', 'by 31 December', 'early next week' (the ISO week across the new year), 'in July 2011', 'decades of civil war'",
		[]want{
			{"28 December 2013", "DATE", "2013-12-28", "-", "2013-12-28", "2013-12-28"},
			{"today", "DATE", "2013-12-28", "-", "2013-12-28", "2013-12-28"},
			{"48 hours", "DURATION", "PT48H", "-", "0", "0"},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"Christmas Day", "DATE", "2013-12-25", "-", "2013-12-25", "2013-12-25"},
			{"15 December", "DATE", "2013-12-15", "-", "2013-12-15", "2013-12-15"},
			{"Tuesday", "DATE", "2013-12-24", "-", "2013-12-24", "2013-12-24"},
			{"the coming weeks", "DURATION", "PXW", "-", "0", "0"},
			{"Friday", "DATE", "2013-12-27", "-", "2013-12-27", "2013-12-27"},
			{"31 December", "DATE", "2013-12-31", "-", "2013-12-31", "2013-12-31"},
			{"early next week", "DATE", "2014-W01", "START", "", ""},
			{"July 2011", "DATE", "2011-07", "-", "2011-07-01", "2011-07-31"},
			{"decades", "DURATION", "PXDE", "-", "0", "0"},
		}},
	{"218-reuters-yemen-truce", "2015-05-13", "Reuters truce, a Wednesday: 'A five-day humanitarian ceasefire', 'on Wednesday, its first full day' (the ordinal none), 'after midnight' (Wednesday's start), 'at 11 p.m. (2000 GMT) on Tuesday', 'for a second straight night' (none), 'until minutes before', 'within the five days', 'by Thursday evening', 'on March 26', 'in late March', 'the past seven weeks', 'due to expire at 11 p.m. on Sunday'",
		[]want{
			{"May 13", "DATE", "2015-05-13", "-", "2015-05-13", "2015-05-13"},
			{"five-day", "DURATION", "P5D", "-", "0", "0"},
			{"Wednesday", "DATE", "2015-05-13", "-", "2015-05-13", "2015-05-13"},
			{"midnight", "TIME", "2015-05-13T00:00", "-", "0", "0"}, // was 2015-05-13T24:00; round8_military
			{"11 p.m.", "TIME", "2015-05-12T23:00", "-", "", ""},
			{"2000 GMT", "TIME", "2015-05-12T20:00", "-", "", ""},
			{"Tuesday", "DATE", "2015-05-12", "-", "2015-05-12", "2015-05-12"},
			{"minutes", "DURATION", "PTXM", "-", "0", "0"},
			{"the five days", "DURATION", "P5D", "-", "0", "0"},
			{"Thursday evening", "TIME", "2015-05-14TEV", "-", "2015-05-14", "2015-05-14"},
			{"March 26", "DATE", "2015-03-26", "-", "2015-03-26", "2015-03-26"},
			{"late March", "DATE", "2015-03", "END", "2015-03-21", "2015-03-31"},
			{"the past seven weeks", "DURATION", "P7W", "-", "0", "0"},
			{"11 p.m.", "TIME", "2015-05-17T23:00", "-", "", ""},
			{"Sunday", "DATE", "2015-05-17", "-", "2015-05-17", "2015-05-17"},
		}},
	{"219-afp-mali-strikes", "2013-01-14", "AFP intervention, a Monday: 'for a fourth straight day on Monday' (the ordinal none), 'overnight', 'on Friday', 'on Thursday', 'on Sunday', 'more than nine hours', 'throughout the night' (last night), 'on Monday morning', 'within a week', 'on Monday afternoon', 'in April last year', 'in March' (that year's), 'since the 1990s'",
		[]want{
			{"Monday", "DATE", "2013-01-14", "-", "2013-01-14", "2013-01-14"},
			{"overnight", "TIME", "2013-01-13TNI", "-", "2013-01-13", "2013-01-14"},
			{"Friday", "DATE", "2013-01-11", "-", "2013-01-11", "2013-01-11"},
			{"Thursday", "DATE", "2013-01-10", "-", "2013-01-10", "2013-01-10"},
			{"Sunday", "DATE", "2013-01-13", "-", "2013-01-13", "2013-01-13"},
			{"more than nine hours", "DURATION", "PT9H", "MORE_THAN", "0", "0"},
			// gap: by hand "the night" TIME 2013-01-13TNI ("The fighting continued throughout the night", last night), not found: items 08 and 24 leave "Rescuers worked through the night" untagged by hand, so no rule yet
			{"Monday morning", "TIME", "2013-01-14TMO", "-", "2013-01-14", "2013-01-14"},
			{"a week", "DURATION", "P1W", "-", "0", "0"},
			{"Monday afternoon", "TIME", "2013-01-14TAF", "-", "2013-01-14", "2013-01-14"},
			{"April last year", "DATE", "2012-04", "-", "2012-04-01", "2012-04-30"},
			{"March", "DATE", "2012-03", "-", "2012-03-01", "2012-03-31"},
			{"the 1990s", "DATE", "199", "-", "1990-01-01", "1999-12-31"},
		}},
	{"220-bbc-iraq-bombings", "2013-03-20", "BBC casualty report, a Wednesday: 'killed ... on Tuesday, on the eve of the 10th anniversary' (the eve none), 'within an hour', 'shortly after 8am' (Tuesday's), 'the deadliest day' (none), 'in December 2011', 'the early hours of 20 March 2003' (the date alone), 'fell on 9 April' (2003's), 'the 2003 invasion', 'in 2006 and 2007', 'each month', 'the Gulf War in 1991', 'World War Two' (none), 'next month'",
		[]want{
			{"Tuesday", "DATE", "2013-03-19", "-", "2013-03-19", "2013-03-19"},
			{"an hour", "DURATION", "PT1H", "-", "0", "0"},
			{"8am", "TIME", "2013-03-19T08:00", "-", "", ""},
			{"December 2011", "DATE", "2011-12", "-", "2011-12-01", "2011-12-31"},
			{"20 March 2003", "DATE", "2003-03-20", "-", "2003-03-20", "2003-03-20"},
			{"9 April", "DATE", "2003-04-09", "-", "2003-04-09", "2003-04-09"},
			{"2003", "DATE", "2003", "-", "2003-01-01", "2003-12-31"},
			{"2006", "DATE", "2006", "-", "2006-01-01", "2006-12-31"},
			{"2007", "DATE", "2007", "-", "2007-01-01", "2007-12-31"},
			{"each month", "SET", "P1M", "-", "0", "0"},
			{"1991", "DATE", "1991", "-", "1991-01-01", "1991-12-31"},
			{"next month", "DATE", "2013-04", "-", "2013-04-01", "2013-04-30"},
		}},
	{"221-reuters-sri-lanka-war-end", "2009-05-18", "Reuters war's end, a Monday (written and annotated after the first 13, before the tagger ran on it): a dateline, 'said on Monday', 'more than a quarter of a century', 'at 0530 hours' and 'by 0930 hours' (the day of the sentence before), 'had fought through the weekend' (the weekend gone), 'the previous 72 hours', 'since dawn on Sunday' (the day), 'since January', 'on Sunday night', 'on Tuesday morning', 'declared Wednesday a national holiday' (to come), 'in 1983', 'February 2002', 'in 2006', 'January last year', 'the first four months of this year' (the duration and the year), 'later this week'",
		[]want{
			{"May 18", "DATE", "2009-05-18", "-", "2009-05-18", "2009-05-18"},
			{"Monday", "DATE", "2009-05-18", "-", "2009-05-18", "2009-05-18"},
			{"more than a quarter of a century", "DURATION", "P25Y", "MORE_THAN", "0", "0"},
			{"0530 hours", "TIME", "2009-05-18T05:30", "-", "", ""}, // was DURATION PT530H; round8_military
			{"0930 hours", "TIME", "2009-05-18T09:30", "-", "", ""}, // was DURATION PT930H; round8_military
			{"the weekend", "DATE", "2009-W20-WE", "-", "2009-05-16", "2009-05-17"},
			{"the previous 72 hours", "DURATION", "PT72H", "-", "0", "0"},
			{"Sunday", "DATE", "2009-05-17", "-", "2009-05-17", "2009-05-17"},
			{"January", "DATE", "2009-01", "-", "2009-01-01", "2009-01-31"},
			{"Sunday night", "TIME", "2009-05-17TNI", "-", "2009-05-17", "2009-05-17"},
			{"Tuesday morning", "TIME", "2009-05-19TMO", "-", "2009-05-19", "2009-05-19"},
			{"Wednesday", "DATE", "2009-05-20", "-", "2009-05-20", "2009-05-20"},
			{"1983", "DATE", "1983", "-", "1983-01-01", "1983-12-31"},
			{"February 2002", "DATE", "2002-02", "-", "2002-02-01", "2002-02-28"},
			{"2006", "DATE", "2006", "-", "2006-01-01", "2006-12-31"},
			{"January last year", "DATE", "2008-01", "-", "2008-01-01", "2008-01-31"},
			{"the first four months", "DURATION", "P4M", "-", "0", "0"},
			{"this year", "DATE", "2009", "-", "2009-01-01", "2009-12-31"},
			{"later this week", "DATE", "2009-W21", "-", "2009-05-18", "2009-05-24"}, // by hand the interval 2009-05-19..2009-05-24; the package's, as item 08 has it, runs from the reference day
		}},
}
