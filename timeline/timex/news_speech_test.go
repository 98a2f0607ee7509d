package timex

// newsSpeech are the news items of testdata/news (222-233) made of direct
// and reported speech: wire stories built on quotes whose tense and
// deixis belong to the speaker's moment ("'We arrived here on Monday and
// we leave tomorrow,' he told reporters late Wednesday" in a Thursday
// paper), reported speech ("said he would return next week"), Q&A
// transcripts of interviews held days before publication, a governor's
// remarks as the press office transcribes them (time stamps, "(Applause.)"),
// a daily press briefing, a speech printed the next day ("'Today we are
// saying enough is enough,' he told an audience" after "in a speech on
// Tuesday"), a press conference quoted the day after, court testimony
// with its Q. and A., editorial glosses in brackets ("yesterday
// (Saturday)", "[on Monday]"), a magazine Q&A and a tribute, 2009-2016,
// on varied weekdays. Each was annotated by hand before the tagger was
// run, like newsArticles, and TestNewsArticles tags them; a line marked
// "gap" keeps the tagger's output and gives the hand annotation. On the
// first run the tagger agreed with 162 of the 174 expressions annotated by
// hand (extent, type, value, mod), found two the hand annotation had
// missed (in headlines) and one that is none ("the last day"). Items
// 234 and 235 were written and annotated after the rules of
// round8_speech_test.go, to try them on fresh text: on their first run
// the tagger agreed with 26 of their 30 expressions. After the rules of
// round8_speech_test.go, 171 of the 174 expressions of 222-233 and 29 of
// the 30 of 234-235 agree; the gaps left are the headline's quote in
// single marks (226), a habit told in the past (230: "In winter the light
// was lit at 4 p.m.", and a headline's "I still get up at 5 a.m.") and an
// undated quote more than 150 tokens after the speech dated (234).
//
// Conventions, by TimeBank and the package doc: a deictic word inside a
// quotation counts from the speaker's moment when the text dates it (the
// reporting verb's day, the interview's, the speech's); "now", "these
// days" are PRESENT_REF; "back then", "then", "by then", "at this
// moment", "at the moment", "at any time", "this time", "in my
// lifetime", "all my life", "a normal day" are none (TimeBank leaves them
// out: "There are no shipments at the moment" is untagged in TBAQ);
// "Today" in "BBC Radio 4's Today programme" is a title; a possessive's
// "'s" stays outside ("this week's meeting"); "about" stays outside with
// Mod APPROX; a habit ("I got up at 5 a.m. every morning") has clock
// times of any day (XXXX-XX-XXT05:00).
var newsSpeech = []newsArticle{
	{"222-reuters-minister-visit", "2013-10-17", "Reuters diplomacy (Thursday): a quote told 'late Wednesday' whose 'tomorrow' is Thursday, 'said he would return next week', 'Four years ago', 'Now', 'for the first time in a decade', 'Last year'",
		[]want{
			{"Oct 17", "DATE", "2013-10-17", "-", "", ""},
			{"Thursday", "DATE", "2013-10-17", "-", "", ""},
			{"four-day", "DURATION", "P4D", "-", "0", "0"},
			{"Monday", "DATE", "2013-10-14", "-", "", ""},
			{"tomorrow", "DATE", "2013-10-17", "-", "", ""}, // the speaker's tomorrow: told late Wednesday, in the reporting clause after the quote (2013-10-18 on the first run, before round8_speech)
			{"late Wednesday", "DATE", "2013-10-16", "END", "", ""},
			{"next week", "DATE", "2013-W43", "-", "", ""},
			{"the end of the year", "DATE", "2013", "END", "", ""},
			{"Four years ago", "DATE", "2009", "-", "", ""},
			{"Now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"a decade", "DURATION", "P10Y", "-", "0", "0"},
			{"March", "DATE", "2013-03", "-", "", ""},
			{"Last year", "DATE", "2012", "-", "", ""},
		}},
	{"223-transcript-mayor-interview", "2014-05-12", "Q&A transcript of an interview 'conducted on Friday', published Monday: 'A: Last Thursday.', 'about two hours', 'by the end of the month', 'every morning', 'these days', 'The council meets on Wednesday', 'A year from now'; 'at any time', 'by then' none",
		[]want{
			{"May 12, 2014", "DATE", "2014-05-12", "-", "", ""},
			{"Friday", "DATE", "2014-05-09", "-", "", ""},
			{"April 28", "DATE", "2014-04-28", "-", "", ""},
			{"Last Thursday", "DATE", "2014-05-08", "-", "", ""},
			{"two hours", "DURATION", "PT2H", "APPROX", "0", "0"},
			{"the end of the month", "DATE", "2014-05", "END", "", ""},
			{"the past two weeks", "DURATION", "P2W", "-", "0", "0"},
			{"1999", "DATE", "1999", "-", "", ""},
			{"nine days", "DURATION", "P9D", "-", "0", "0"},
			{"every day", "SET", "P1D", "-", "0", "0"},
			{"every morning", "SET", "XXXX-XX-XXTMO", "-", "", ""},
			{"these days", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"Wednesday", "DATE", "2014-05-14", "-", "", ""},
			{"A year from now", "DATE", "2015", "-", "", ""},
		}},
	{"224-governor-remarks-transcript", "2015-09-23", "A governor's remarks as her office transcribes them (Wednesday): the release date, time stamps '11:04 A.M. EDT' and 'END 11:21 A.M. EDT', 'Four years ago, I stood here', 'Back then' (none), 'a decade', 'three years and eight months', 'Today', 'These days', 'A year from now', 'in my lifetime' and 'at this moment' (none), 'Next spring', 'the end of this decade'",
		[]want{
			{"September 23, 2015", "DATE", "2015-09-23", "-", "", ""},
			{"11:04 A.M. EDT", "TIME", "2015-09-23T11:04", "-", "", ""},
			{"Four years ago", "DATE", "2011", "-", "", ""},
			{"a decade", "DURATION", "P10Y", "-", "0", "0"},
			{"three years and eight months", "DURATION", "P3Y8M", "-", "0", "0"},
			{"Today", "DATE", "2015-09-23", "-", "", ""},
			{"These days", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"every day", "SET", "P1D", "-", "0", "0"},
			{"A year from now", "DATE", "2016", "-", "", ""},
			{"August 2011", "DATE", "2011-08", "-", "", ""},
			{"Next spring", "DATE", "2016-SP", "-", "", ""},
			{"the end of this decade", "DATE", "201", "END", "", ""},
			{"11:21 A.M. EDT", "TIME", "2015-09-23T11:21", "-", "", ""},
		}},
	{"225-guardian-minister-reported", "2010-02-10", "Guardian politics (Wednesday), reported speech: 'has said he will return ... next week', 'BBC Radio 4's Today programme' (a title) 'on Tuesday', 'within days', a quote's 'last month', 'told the committee last Thursday', 'on Tuesday night', a quote's 'a year ago' and 'this summer', 'before Christmas'",
		[]want{
			{"next week", "DATE", "2010-W07", "-", "", ""},
			{"Tuesday", "DATE", "2010-02-09", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "0", "0"},
			{"last month", "DATE", "2010-01", "-", "", ""},
			{"last Thursday", "DATE", "2010-02-04", "-", "", ""},
			{"December", "DATE", "2009-12", "-", "", ""},
			{"the spring", "DATE", "2010-SP", "-", "", ""},
			{"six months", "DURATION", "P6M", "-", "0", "0"},
			{"Tuesday night", "TIME", "2010-02-09TNI", "-", "", ""},
			{"a year ago", "DATE", "2009", "-", "", ""},
			{"this summer", "DATE", "2010-SU", "-", "", ""},
			{"Now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"October", "DATE", "2009-10", "-", "", ""},
			{"Christmas", "DATE", "2009-12-25", "-", "", ""}, // 'promised in October that a decision would be made before Christmas': the Christmas after that October (2010-12-25 on the first run)
			{"Christmas", "DATE", "2009-12-25", "-", "", ""},
		}},
	{"226-pm-speech-next-day", "2012-11-07", "British politics (Wednesday): a speech 'in Carlisle on Tuesday' quoted in the next paragraph, whose 'Today' is Tuesday and 'Tomorrow' Wednesday; 'by the end of the week', 'starting this winter', 'this week's meeting ... on Thursday', a quote's 'two years ago and now', 'said yesterday'",
		[]want{
			{"Today", "DATE", "2012-11-07", "-", "", ""}, // missed by hand, found by the tagger (the headline's quote); gap: by hand 2012-11-06, the speech's day
			{"the next six years", "DURATION", "P6Y", "-", "0", "0"},
			{"Tuesday", "DATE", "2012-11-06", "-", "", ""}, // 'promised ... in a speech ... on Tuesday': the speech is past (2012-11-13 on the first run, before round8_speech)
			{"a week", "DURATION", "P1W", "-", "0", "0"},
			{"2009", "DATE", "2009", "-", "", ""},
			{"Today", "DATE", "2012-11-06", "-", "", ""},    // the speech's day, told in the sentence before (2012-11-07 on the first run)
			{"Tomorrow", "DATE", "2012-11-07", "-", "", ""}, // (2012-11-08 on the first run)
			{"the end of the week", "DATE", "2012-W45", "END", "", ""},
			{"this winter", "DATE", "2012-WI", "-", "", ""},
			{"January", "DATE", "2013-01", "-", "", ""},
			{"Last week", "DATE", "2012-W44", "-", "", ""},
			{"four years", "DURATION", "P4Y", "-", "0", "0"},
			{"the summer", "DATE", "2012-SU", "-", "", ""},
			{"this week", "DATE", "2012-W45", "-", "", ""},
			{"Thursday", "DATE", "2012-11-08", "-", "", ""},
			{"next month", "DATE", "2012-12", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"two years ago", "DATE", "2010", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"yesterday", "DATE", "2012-11-06", "-", "", ""},
		}},
	{"227-afp-count-brackets", "2016-04-11", "AFP election (Monday): 'Sunday's vote', an editorial '[on Monday]' inside a quote, 'told supporters late Sunday', a quote's 'by Wednesday', 'yesterday (Saturday)' glossed in brackets (the speaker's yesterday), 'In an interview with AFP on Friday, two days before the vote', 'within 48 hours', 'on Monday morning', 'Six years ago'; 'this time' none",
		[]want{
			{"Monday", "DATE", "2016-04-11", "-", "", ""},
			{"Sunday", "DATE", "2016-04-10", "-", "", ""},
			{"Monday", "DATE", "2016-04-11", "-", "", ""},
			{"late Sunday", "DATE", "2016-04-10", "END", "", ""},
			{"Wednesday", "DATE", "2016-04-13", "-", "", ""},
			{"yesterday", "DATE", "2016-04-09", "-", "", ""}, // the speaker's yesterday (she spoke late Sunday), as the bracket glosses it (2016-04-10 on the first run)
			{"Saturday", "DATE", "2016-04-09", "-", "", ""},
			{"Friday", "DATE", "2016-04-08", "-", "", ""},
			{"two days", "DURATION", "P2D", "-", "0", "0"},
			{"48 hours", "DURATION", "PT48H", "-", "0", "0"},
			{"Monday morning", "TIME", "2016-04-11TMO", "-", "", ""},
			{"the end of the week", "DATE", "2016-W15", "END", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"Six years ago", "DATE", "2010", "-", "", ""},
			{"May 15", "DATE", "2016-05-15", "-", "", ""},
		}},
	{"228-pa-manager-presser", "2009-10-16", "PA football (Friday): 'last weekend's derby defeat', 'Speaking at his pre-match press conference on Thursday, Kerrigan said: \"... today is the last day ... Tomorrow we train, Saturday we play.\"' (Thursday's today, Friday's tomorrow), a quote's 'He trained yesterday' (Wednesday), 'six weeks', '90 minutes', 'the last 10 minutes'; 'At the moment' none; 'the last day we talk about it' none (a DURATION P1D on the first run, before round8_speech)",
		[]want{
			{"last weekend", "DATE", "2009-W41-WE", "-", "", ""},
			{"Saturday", "DATE", "2009-10-17", "-", "", ""},
			{"Thursday", "DATE", "2009-10-15", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "0", "0"},
			{"today", "DATE", "2009-10-15", "-", "", ""},
			{"Tomorrow", "DATE", "2009-10-16", "-", "", ""}, // the quote of Thursday going on past its first sentence (2009-10-17 on the first run)
			{"Saturday", "DATE", "2009-10-17", "-", "", ""},
			{"yesterday", "DATE", "2009-10-14", "-", "", ""}, // the press conference of Thursday quoted on (2009-10-15 on the first run)
			{"six weeks", "DURATION", "P6W", "-", "0", "0"},
			{"90 minutes", "DURATION", "PT90M", "-", "0", "0"},
			{"the last 10 minutes", "DURATION", "PT10M", "-", "0", "0"},
			{"January", "DATE", "2010-01", "-", "", ""},
		}},
	{"229-ap-trial-testimony", "2011-03-22", "AP court (Tuesday): 'testified Monday', 'a few hours after', 'at about 3 a.m. on Jan. 9, 2010', a 2010 quote's 'now' (PRESENT_REF), Q. and A. of a cross-examination ('for three months', 'arrested ... in April' of 2010), 'since 2006', 'resumes Wednesday', 'last two weeks'",
		[]want{
			{"hours", "DURATION", "PTXH", "-", "0", "0"}, // missed by hand in the headline, found by the tagger
			{"Monday", "DATE", "2011-03-21", "-", "", ""},
			{"a few hours", "DURATION", "PTXH", "-", "0", "0"},
			{"3 a.m.", "TIME", "2010-01-09T03:00", "APPROX", "", ""},
			{"Jan. 9, 2010", "DATE", "2010-01-09", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"three months", "DURATION", "P3M", "-", "0", "0"},
			{"April", "DATE", "2010-04", "-", "", ""},
			{"2006", "DATE", "2006", "-", "", ""},
			{"Wednesday", "DATE", "2011-03-23", "-", "", ""},
			{"two weeks", "DURATION", "P2W", "-", "0", "0"},
		}},
	{"230-lighthouse-keeper-qa", "2014-08-17", "Magazine Q&A (Sunday): a headline's habitual 'I still get up at 5 a.m.', 'For 32 years', 'He is 81 now', 'back then' (none), 'These days', 'at 5 a.m. every morning', 'In winter' (any winter), 'at 4 p.m.', 'four-hour shifts', 'Every day.', 'last summer for the first time in a decade', 'the last 20 years', 'the two centuries before', 'in my lifetime' (none)",
		[]want{
			{"5 a.m.", "TIME", "2014-08-17T05:00", "-", "", ""}, // gap: by hand XXXX-XX-XXT05:00 (a habit: 'I still get up at 5 a.m.')
			{"Sunday 17 August 2014", "DATE", "2014-08-17", "-", "", ""},
			{"32 years", "DURATION", "P32Y", "-", "0", "0"},
			{"1998", "DATE", "1998", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"These days", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"5 a.m.", "TIME", "XXXX-XX-XXT05:00", "-", "", ""},
			{"every morning", "SET", "XXXX-XX-XXTMO", "-", "", ""},
			{"winter", "DATE", "2013-WI", "-", "", ""},          // gap: by hand XXXX-WI ('In winter the light was lit': any winter of the habit)
			{"4 p.m.", "TIME", "2014-08-17T16:00", "-", "", ""}, // gap: by hand XXXX-XX-XXT16:00
			{"four-hour", "DURATION", "PT4H", "-", "0", "0"},
			{"Every day", "SET", "P1D", "-", "0", "0"},
			{"last summer", "DATE", "2013-SU", "-", "", ""},
			{"a decade", "DURATION", "P10Y", "-", "0", "0"},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"the last 20 years", "DURATION", "P20Y", "-", "0", "0"},
			{"the two centuries", "DURATION", "P200Y", "-", "0", "0"},
		}},
	{"231-press-briefing-transcript", "2015-12-08", "Daily press briefing transcript (Tuesday): its date line and time stamp, 'Good afternoon' (a greeting, none), the week's trip 'on Thursday', 'on Friday', 'on Saturday', 'yesterday morning', 'about 40 minutes', 'this month', 'next week', 'As I said yesterday', 'on the 18th', 'at this moment' (none), 'before the end of the year', 'for months', 'now and in the weeks ahead', 'earlier today', 'this morning', '(The briefing was concluded at 2:58 p.m.)'",
		[]want{
			{"Tuesday, December 8, 2015", "DATE", "2015-12-08", "-", "", ""},
			{"2:14 p.m. EST", "TIME", "2015-12-08T14:14", "-", "", ""},
			{"Thursday", "DATE", "2015-12-10", "-", "", ""},
			{"Friday", "DATE", "2015-12-11", "-", "", ""},
			{"Saturday", "DATE", "2015-12-12", "-", "", ""},
			{"yesterday morning", "TIME", "2015-12-07TMO", "-", "", ""},
			{"40 minutes", "DURATION", "PT40M", "APPROX", "0", "0"},
			{"this month", "DATE", "2015-12", "-", "", ""},
			{"next week", "DATE", "2015-W51", "-", "", ""},
			{"yesterday", "DATE", "2015-12-07", "-", "", ""},
			{"the 18th", "DATE", "2015-12-18", "-", "", ""},
			{"the end of the year", "DATE", "2015", "END", "", ""},
			{"months", "DURATION", "PXM", "-", "0", "0"},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"the weeks ahead", "DURATION", "PXW", "-", "0", "0"},
			{"earlier today", "DATE", "2015-12-08", "-", "", ""},
			{"this morning", "TIME", "2015-12-08TMO", "-", "", ""},
			{"2:58 p.m.", "TIME", "2015-12-08T14:58", "-", "", ""},
		}},
	{"232-reuters-ceo-interview", "2016-02-29", "Reuters exclusive (Monday, a leap day): 'said in an interview on Friday' closing the lead, the quote's 'last week' (the week before Friday's, as 'a deal announced on Feb. 16' confirms), 'the next two years', 'A year ago', 'now', 'every quarter since 2014', 'fourth-quarter results on Wednesday', 'in the next few weeks', 'in May'; 'until then' none",
		[]want{
			{"2018", "DATE", "2018", "-", "", ""},
			{"Feb 29", "DATE", "2016-02-29", "-", "", ""},
			{"2018", "DATE", "2018", "-", "", ""},
			{"Friday", "DATE", "2016-02-26", "-", "", ""},
			{"last week", "DATE", "2016-W07", "-", "", ""}, // the week before the interview of Friday (2016-W08 on the first run)
			{"the next two years", "DURATION", "P2Y", "-", "0", "0"},
			{"Feb. 16", "DATE", "2016-02-16", "-", "", ""},
			{"A year ago", "DATE", "2015", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"every quarter", "SET", "P1Q", "-", "0", "0"},
			{"2014", "DATE", "2014", "-", "", ""},
			{"fourth-quarter", "DATE", "2015-Q4", "-", "", ""},
			{"Wednesday", "DATE", "2016-03-02", "-", "", ""},
			{"the next few weeks", "DURATION", "PXW", "-", "0", "0"},
			{"May", "DATE", "2016-05", "-", "", ""},
		}},
	{"233-tribute-former-mayor", "2013-06-04", "Local paper tribute (Tuesday): 'died ... on Sunday', 'said on Monday: \"... only on Friday\"' (the Friday before Monday), 'last week', 'first elected in 2008', 'In my lifetime' and 'Back then' (none), 'from 1979 to 1991', 'almost three decades', 'the 1980s', 'These days', 'tomorrow', 'next Tuesday at 11am'",
		[]want{
			{"Sunday", "DATE", "2013-06-02", "-", "", ""},
			{"Monday", "DATE", "2013-06-03", "-", "", ""},
			{"Friday", "DATE", "2013-05-31", "-", "", ""},
			{"last week", "DATE", "2013-W22", "-", "", ""},
			{"2008", "DATE", "2008", "-", "", ""},
			{"1979", "DATE", "1979", "-", "", ""},
			{"1991", "DATE", "1991", "-", "", ""},
			{"three decades", "DURATION", "P30Y", "LESS_THAN", "0", "0"},
			{"the 1980s", "DATE", "198", "-", "", ""},
			{"These days", "DATE", "PRESENT_REF", "-", "0", "0"},
			{"tomorrow", "DATE", "2013-06-05", "-", "", ""},
			{"next Tuesday", "DATE", "2013-06-11", "-", "", ""},
			{"11am", "TIME", "2013-06-11T11:00", "-", "", ""},
		}},
	{"234-ap-governor-flood-aid", "2011-09-14", "AP disaster politics (Wednesday), written after the rules of round8_speech to try them on fresh text: 'said Tuesday that federal flood aid would reach the hardest-hit towns within days', a quote told to reporters with no day ('this morning', 'on Friday') and going on in the next paragraph with no closing mark ('Last week ...This week'), 'by the end of the month', 'in a call on Sunday', 'on Aug. 28', a closing quote's 'years, not months' and 'today' (the story's Tuesday)",
		[]want{
			{"days", "DURATION", "PXD", "-", "0", "0"},
			{"Tuesday", "DATE", "2011-09-13", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "0", "0"},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"this morning", "TIME", "2011-09-13TMO", "-", "", ""}, // the morning of the speech the lead dates, a quote told to reporters with no day (2011-09-14TMO on the first run)
			{"Friday", "DATE", "2011-09-16", "-", "", ""},
			{"Last week", "DATE", "2011-W36", "-", "", ""},
			{"This week", "DATE", "2011-W37", "-", "", ""},
			{"the end of the month", "DATE", "2011-09", "END", "", ""},
			{"Sunday", "DATE", "2011-09-11", "-", "", ""},
			{"Aug. 28", "DATE", "2011-08-28", "-", "", ""},
			{"years", "DURATION", "PXY", "-", "0", "0"},
			{"months", "DURATION", "PXM", "-", "0", "0"},
			{"today", "DATE", "2011-09-14", "-", "", ""}, // gap: by hand 2011-09-13, the story's Tuesday (AP names the day of the speech; an undated quote is of that day), but the speech was dated more than 150 tokens before
		}},
	{"235-bbc-airline-strike-interview", "2015-03-02", "BBC business (Monday), written after the rules of round8_speech to try them on fresh text: 'a pilots' strike planned for next week', 'Speaking to BBC Radio 5 live on Saturday', 'had broken down on Friday night', a quote's 'on Thursday', 'yesterday [Friday]', 'today', 'tomorrow' (Saturday's), 'at 00:01 on 9 March', '48 hours', 'eight months', '40-year', 'next Monday and Tuesday', 'said in a statement on Monday'",
		[]want{
			{"next week", "DATE", "2015-W11", "-", "", ""},
			{"Saturday", "DATE", "2015-02-28", "-", "", ""},
			{"Friday night", "TIME", "2015-02-27TNI", "-", "", ""},
			{"Thursday", "DATE", "2015-02-26", "-", "", ""},
			{"yesterday", "DATE", "2015-02-27", "-", "", ""},
			{"Friday", "DATE", "2015-02-27", "-", "", ""},
			{"today", "DATE", "2015-02-28", "-", "", ""},    // the interview's Saturday (2015-02-27 on the first run: the bracketed Friday of the quote before was taken, through 'she said.')
			{"tomorrow", "DATE", "2015-03-01", "-", "", ""}, // (2015-03-03 on the first run: 'Speaking to BBC Radio 5 live on Saturday' was not read as a speech dated)
			{"00:01", "TIME", "2015-03-09T00:01", "-", "", ""},
			{"9 March", "DATE", "2015-03-09", "-", "", ""},
			{"48 hours", "DURATION", "PT48H", "-", "0", "0"},
			{"eight months", "DURATION", "P8M", "-", "0", "0"},
			{"40-year", "DURATION", "P40Y", "-", "0", "0"},
			{"next Monday", "DATE", "2015-03-09", "-", "", ""},
			{"Tuesday", "DATE", "2015-03-10", "-", "", ""},
			{"Monday", "DATE", "2015-03-02", "-", "", ""},
		}},
}
