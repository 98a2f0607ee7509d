package timex

// newsBcast are the news items of testdata/news (302-315) written as
// broadcast transcripts and radio or television scripts: an evening
// newscast's "Good evening. Tonight, ...", an anchor handing over ("Jim,
// what's the latest tonight?"), a correspondent's "Earlier today", a
// morning show's "this morning" and "It's 18 minutes past the hour", the
// hourly bulletin's "BBC News at 1300 GMT" and "the news at this hour",
// "Right now", "As we speak", a weather segment's forecast ("by tomorrow
// morning", "between midnight and noon tomorrow", "Then on Wednesday, a
// bitter cold follows"), sports results "last night" on a Saturday
// morning, an election night, VOA Special English, and an all-lowercase,
// unpunctuated transcript, 2009-2016 on varied weekdays. Each was
// annotated by hand before the tagger was run, like newsArticles, and
// TestNewsArticles tags them; a line marked "gap" keeps the tagger's
// output and gives the hand annotation. On the first run the tagger
// agreed with 101 of the 121 expressions annotated by hand (extent,
// type, value, mod); of the 20 others, three were the hand annotation's
// slips of extent against the package's convention ("around 10 o'clock",
// "late last night", "up to 180 days" are whole), and the tagger found
// one "now" the hand had missed. After the rules of round8_bcast_test.go,
// 108 of the 121 agree exactly, 113 counting the three slips of extent,
// "the afternoon" for "until late in the afternoon" (TBAQ tags "in the
// morning" as "the morning") and "in a matter of minutes", which TBAQ
// leaves untagged ("matter of days", "matter of months"); the gaps left
// are told on their lines: a forecast told in the present ("Then on
// Wednesday, a bitter cold follows"), a programme's title "WEEKEND
// EDITION SATURDAY", "all day", "all night long", "throughout the day",
// "a weekend of rallies" and the range "the next 24 to 36 hours".
//
// Conventions, by TimeBank (TBAQ's ABC, CNN, PRI and VOA files) and the
// package doc: "Now" opening an anchor's turn is PRESENT_REF, as in TBAQ;
// "tonight" is TIME of the reference day's night; a programme's own
// clock and structure are none: "this hour", "this half hour", "at the
// top of the hour", "later in the program", "after the break", "at this
// hour", "in a moment", "as we speak", "We'll be right back"; "Good
// evening" and "Good morning" are greetings.
var newsBcast = []newsArticle{
	{"302-cnn-evening-newscast", "2011-02-15", "CNN evening newscast (Tuesday): 'Good evening' (none), 'Tonight', 'in a moment' (none), 'Right now', 'this afternoon', 'until Thursday', an anchor's 'what's the latest tonight?', 'just after 2 p.m.', 'within three hours', 'Earlier today', 'since 1994', 'Coming up this hour' (none)",
		[]want{
			{"Tonight", "TIME", "2011-02-15TNI", "-", "", ""},
			{"Right now", "DATE", "PRESENT_REF", "-", "", ""},
			{"this afternoon", "TIME", "2011-02-15TAF", "-", "", ""},
			{"Thursday", "DATE", "2011-02-17", "-", "", ""},
			{"tonight", "TIME", "2011-02-15TNI", "-", "", ""},
			{"2 p.m.", "TIME", "2011-02-15T14:00", "-", "", ""},
			{"three hours", "DURATION", "PT3H", "-", "", ""},
			{"Earlier today", "DATE", "2011-02-15", "-", "", ""},
			{"1994", "DATE", "1994", "-", "", ""},
		}},
	{"303-npr-morning-edition", "2013-06-05", "NPR morning show (Wednesday): 'votes this morning', 'more than a year', 'around 10 o'clock Eastern', 'since last summer', 'joins us now', 'What happens today?', 'late last night', 'as of this morning', 'next week', 'the July Fourth recess', '18 minutes past the hour' (none: a broadcast clock of no named hour)",
		[]want{
			{"this morning", "TIME", "2013-06-05TMO", "-", "", ""},
			{"more than a year", "DURATION", "P1Y", "MORE_THAN", "", ""},
			{"around 10 o'clock Eastern", "TIME", "2013-06-05T10:00", "APPROX", "", ""}, // by the package's convention (TBAQ: 'around 7:15 p.m.'), 'around' is inside with Mod APPROX; the hand annotation left it out
			{"last summer", "DATE", "2012-SU", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"today", "DATE", "2013-06-05", "-", "", ""},
			{"late last night", "TIME", "2013-06-04TNI", "END", "", ""}, // 'late' is inside with Mod END, as in 'late Tuesday night'; the hand annotation left it out
			{"this morning", "TIME", "2013-06-05TMO", "-", "", ""},
			{"next week", "DATE", "2013-W24", "-", "", ""},
			{"July Fourth", "DATE", "2013-07-04", "-", "", ""}, // 'July' (2013-07) on the first run, before round8_bcast ('the July Fourth recess')
			// '18 minutes past the hour': none by hand; PT18M on the first run, before round8_bcast
		}},
	{"304-abc-world-news-tonight", "2009-12-04", "ABC evening news on a jobs Friday: 'We begin tonight', 'today', 'this morning', 'last month', 'in nearly two years', 'all day', 'this afternoon', 'in November', 'in January' (to come), 'none tonight'",
		[]want{
			{"tonight", "TIME", "2009-12-04TNI", "-", "", ""},
			{"today", "DATE", "2009-12-04", "-", "", ""},
			{"this morning", "TIME", "2009-12-04TMO", "-", "", ""},
			{"last month", "DATE", "2009-11", "-", "", ""},
			{"nearly two years", "DURATION", "P2Y", "LESS_THAN", "", ""},
			{"this afternoon", "TIME", "2009-12-04TAF", "-", "", ""},
			{"November", "DATE", "2009-11", "-", "", ""},
			{"January", "DATE", "2010-01", "-", "", ""},
			{"tonight", "TIME", "2009-12-04TNI", "-", "", ""},
			// gap: 'all day' (by hand DURATION P1D) is not tagged
		}},
	{"305-voa-world-report", "2014-03-10", "VOA hourly news (Monday): 'killed Monday', 'in a week', 'until late in the afternoon', 'on Wednesday' (to come), 'after a weekend of rallies', 'since November', 'On Tuesday, Japan marks three years since ... March 11, 2011', 'the news at this hour' (none)",
		[]want{
			{"Monday", "DATE", "2014-03-10", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"the afternoon", "TIME", "2014-03-10TAF", "-", "", ""}, // not tagged on the first run, before round8_bcast ('searched ... until' is a past activity); by hand 'late in the afternoon' Mod END, but TBAQ tags 'in the morning' as 'the morning' (wsj), so the extent stands
			{"Wednesday", "DATE", "2014-03-12", "-", "", ""},
			{"a weekend", "DURATION", "P1WE", "-", "", ""}, // by hand DATE 2014-W10-WE (the weekend just gone); 'a weekend of rallies' reads as a length too: no rule
			{"November", "DATE", "2013-11", "-", "", ""},
			{"Tuesday", "DATE", "2014-03-11", "-", "", ""},
			{"three years", "DURATION", "P3Y", "-", "", ""},
			{"March 11, 2011", "DATE", "2011-03-11", "-", "", ""},
		}},
	{"306-pri-the-world", "2016-04-21", "PRI The World (Thursday): 'as early as next month', 'on Sunday', 'for months', 'on the line now', 'since Sunday night', 'next Monday', 'by mid-May', 'up to 180 days', 'in the meantime' and 'Later in the program' (none), 'in August'",
		[]want{
			{"next month", "DATE", "2016-05", "-", "", ""},
			{"Sunday", "DATE", "2016-04-17", "-", "", ""},
			{"months", "DURATION", "PXM", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"Sunday night", "TIME", "2016-04-17TNI", "-", "", ""},
			{"next Monday", "DATE", "2016-04-25", "-", "", ""},
			{"mid-May", "DATE", "2016-05", "MID", "", ""},
			{"up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS", "", ""}, // 'up to' is inside with Mod EQUAL_OR_LESS by the package's convention; the hand annotation left it out
			{"August", "DATE", "2016-08", "-", "", ""},
		}},
	{"307-bbc-world-service-news", "2012-09-16", "BBC World Service bulletin (Sunday): 'BBC News at 1300 GMT', 'this morning', 'On Friday', 'Tuesday's attack', 'have now been detained', 'over the next couple of days', 'at the top of the hour' (none)",
		[]want{
			{"1300 GMT", "TIME", "2012-09-16T13:00", "-", "", ""},
			{"this morning", "TIME", "2012-09-16TMO", "-", "", ""},
			{"Friday", "DATE", "2012-09-14", "-", "", ""},
			{"Tuesday", "DATE", "2012-09-11", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"the next couple of days", "DURATION", "P2D", "-", "", ""},
		}},
	{"308-nbc-weather-segment", "2015-01-26", "NBC weather segment (Monday): 'NBC Nightly News' (a title), 'And now the weather', 'tonight', 'this evening', 'by tomorrow morning', 'overnight', 'between midnight and noon tomorrow', 'until late Tuesday night', 'the next 24 to 36 hours', 'Then on Wednesday, a bitter cold follows' (to come), 'through the end of the week', 'closed tomorrow'",
		[]want{
			{"now", "DATE", "PRESENT_REF", "-", "", ""}, // missed by hand, right by TimeBank ('Now' opening a turn is PRESENT_REF in TBAQ's CNN and ABC files)
			{"tonight", "TIME", "2015-01-26TNI", "-", "", ""},
			{"this evening", "TIME", "2015-01-26TEV", "-", "", ""},
			{"tomorrow morning", "TIME", "2015-01-27TMO", "-", "", ""},
			{"overnight", "TIME", "2015-01-26TNI", "-", "", ""},
			{"midnight", "TIME", "2015-01-26T24:00", "-", "", ""},
			{"noon tomorrow", "TIME", "2015-01-27T12:00", "-", "", ""},
			{"late Tuesday night", "TIME", "2015-01-27TNI", "END", "", ""},
			{"the next 24 to 36 hours", "DURATION", "PT24H", "-", "", ""}, // by hand two expressions, '24' PT24H and '36 hours' PT36H; a range: no rule
			{"Wednesday", "DATE", "2015-01-21", "-", "", ""},              // gap: by hand 2015-01-28 (a forecast told in the present: 'Then on Wednesday, a bitter cold follows')
			{"the end of the week", "DATE", "2015-W05", "END", "", ""},
			{"tomorrow", "DATE", "2015-01-27", "-", "", ""},
			// 'NBC Nightly News': none by hand; SET XXXX-XX-XXTNI on the first run, before round8_bcast
		}},
	{"309-espn-sports-results", "2010-10-30", "Sports show on a Saturday morning: 'since 1954', results 'last night' (Friday night), 'Game 3 is tonight', 'next Saturday', 'this week'; 'their last 16 games' (none)",
		[]want{
			{"1954", "DATE", "1954", "-", "", ""},
			{"last night", "TIME", "2010-10-29TNI", "-", "", ""},
			{"tonight", "TIME", "2010-10-30TNI", "-", "", ""},
			{"last night", "TIME", "2010-10-29TNI", "-", "", ""},
			{"next Saturday", "DATE", "2010-11-06", "-", "", ""},
			{"this week", "DATE", "2010-W43", "-", "", ""},
		}},
	{"310-abc-nopunct-transcript", "2013-02-14", "An all-lowercase, unpunctuated transcript (Thursday): 'tonight', 'will take days', 'since tuesday night', 'until the weekend', 'on friday and saturday' (gone), 'early next week', 'last night', 'yesterday and today', 'by tomorrow afternoon', 'we'll be right back' (none)",
		[]want{
			{"tonight", "TIME", "2013-02-14TNI", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "", ""},
			{"tuesday night", "TIME", "2013-02-12TNI", "-", "", ""}, // not tagged on the first run, before round8_bcast (weekdays in lower case), nor 'friday' and 'saturday'
			{"the weekend", "DATE", "2013-W07-WE", "-", "", ""},
			{"friday", "DATE", "2013-02-08", "-", "", ""},
			{"saturday", "DATE", "2013-02-09", "-", "", ""},
			{"early next week", "DATE", "2013-W08", "START", "", ""},
			{"last night", "TIME", "2013-02-13TNI", "-", "", ""},
			{"yesterday", "DATE", "2013-02-13", "-", "", ""},
			{"today", "DATE", "2013-02-14", "-", "", ""},
			{"tomorrow afternoon", "TIME", "2013-02-15TAF", "-", "", ""},
		}},
	{"311-cbs-morning-show", "2016-08-09", "CBS morning show (Tuesday): 'It is Tuesday, August 9th, 2016', 'Right now', 'in just a few hours', 'last night', 'one more race on Thursday' (to come), 'after midnight here', 'Tonight', 'since 2010', 'Ahead this half hour' (none)",
		[]want{
			{"Tuesday, August 9th, 2016", "DATE", "2016-08-09", "-", "", ""},
			{"Right now", "DATE", "PRESENT_REF", "-", "", ""},
			{"a few hours", "DURATION", "PTXH", "-", "", ""},
			{"last night", "TIME", "2016-08-08TNI", "-", "", ""},
			{"Thursday", "DATE", "2016-08-11", "-", "", ""}, // 2016-08-04 on the first run, before round8_bcast (a schedule told in the present: "He has one more race on Thursday")
			{"midnight", "TIME", "2016-08-09T00:00", "-", "", ""},
			{"Tonight", "TIME", "2016-08-09TNI", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
		}},
	{"312-cnn-breaking-live", "2014-07-17", "CNN breaking news (Thursday): 'right now', 'this afternoon', 'at about 1:45 local time' (the afternoon's), 'As we speak' (none), 'for at least the next two hours', 'in 2012', 'just last month', 'at the top of the hour' (none), 'throughout the day'",
		[]want{
			{"right now", "DATE", "PRESENT_REF", "-", "", ""},
			{"this afternoon", "TIME", "2014-07-17TAF", "-", "", ""},
			{"1:45 local time", "TIME", "2014-07-17T13:45", "APPROX", "", ""}, // 2014-07-17T01:45 on the first run, before round8_bcast (the sentence before named 'this afternoon')
			{"right now", "DATE", "PRESENT_REF", "-", "", ""},
			{"at least the next two hours", "DURATION", "PT2H", "EQUAL_OR_MORE", "", ""}, // 'the next two hours' with no mod on the first run, before round8_bcast; the hand annotation had the mod but left 'at least' out of the extent
			{"2012", "DATE", "2012", "-", "", ""},
			{"last month", "DATE", "2014-06", "-", "", ""},
			// gap: 'throughout the day' (by hand 'the day', DATE 2014-07-17) is not tagged
		}},
	{"313-npr-weekend-edition", "2010-05-08", "NPR weekend show (Saturday): 'WEEKEND EDITION SATURDAY' (a title), 'Thursday's election left' (gone), 'this morning', 'through the weekend', 'this week', 'On Thursday afternoon', 'in a matter of minutes', 'now in its third week', 'later in the hour' (none)",
		[]want{
			{"SATURDAY", "DATE", "2010-05-08", "-", "", ""}, // gap: by hand none (the programme's title; the day is right)
			{"Thursday", "DATE", "2010-05-06", "-", "", ""}, // 2010-05-13 on the first run, before round8_bcast ("after Thursday's election left no party with a majority": the past)
			{"this morning", "TIME", "2010-05-08TMO", "-", "", ""},
			{"the weekend", "DATE", "2010-W18-WE", "-", "", ""},
			{"this week", "DATE", "2010-W18", "-", "", ""},
			{"Thursday afternoon", "TIME", "2010-05-06TAF", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			// 'in a matter of minutes': by hand 'minutes' PTXM, but TBAQ leaves 'matter of days' and 'a "matter of months"' untagged (two in the gold), so the tagger's none stands: a slip of the hand annotation
		}},
	{"314-abc-election-night", "2012-11-06", "ABC election night (Tuesday): 'election night 2012', 'It is 8 p.m. on the East Coast', 'Tonight', 'this afternoon', 'since early this morning', 'late tonight', 'four years ago at this hour', 'all night long'",
		[]want{
			{"2012", "DATE", "2012", "-", "", ""},
			{"8 p.m.", "TIME", "2012-11-06T20:00", "-", "", ""},
			{"Tonight", "TIME", "2012-11-06TNI", "-", "", ""},
			{"this afternoon", "TIME", "2012-11-06TAF", "-", "", ""},
			{"early this morning", "TIME", "2012-11-06TMO", "START", "", ""},
			{"late tonight", "TIME", "2012-11-06TNI", "END", "", ""},
			{"four years ago", "DATE", "2008", "-", "", ""},
			{"Tonight", "TIME", "2012-11-06TNI", "-", "", ""},
			// gap: 'all night long' (by hand 'all night', TIME 2012-11-06TNI) is not tagged
		}},
	{"315-voa-special-english", "2009-08-12", "VOA Special English (Wednesday): 'Last Thursday', 'next week', 'on August 20th', 'since ... 2001', 'since 2002', 'a second five-year term', 'on election day' (none), 'in the coming days'",
		[]want{
			{"Last Thursday", "DATE", "2009-08-06", "-", "", ""},
			{"next week", "DATE", "2009-W34", "-", "", ""},
			{"August 20th", "DATE", "2009-08-20", "-", "", ""},
			{"2001", "DATE", "2001", "-", "", ""},
			{"2002", "DATE", "2002", "-", "", ""},
			{"five-year", "DURATION", "P5Y", "-", "", ""},
			{"the coming days", "DURATION", "PXD", "-", "", ""},
		}},
}
