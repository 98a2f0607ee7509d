package timex

// newsHistory8 are the news items of testdata/news (278-283) in which a long
// past narrative sits inside or behind the news: an encyclopedic explainer
// on a divided island (1878-2015), a news story with a long background
// section (a sovereignty dispute from 1833), an anniversary feature on a city
// fire of 1871, a biography inside a profile (1944-2016), a company's history
// in a bankruptcy story (1868-2014) and a court case's long history
// (1989-2010), in the styles of Reuters, AP, a city paper and the Guardian,
// 2010-2016. The narrative's years must hold for its bare months, seasons,
// weekdays and relative dates ("that November", "the following spring",
// "Five days later", "the next morning", "the end of the decade"), and must
// not leak into the news around it ("Talks resumed in February last year
// but stalled in October", "will travel to Ushuaia on Monday"). Each was
// annotated by hand before the tagger was run; where the tagger differs,
// the line says "gap:" and gives the hand value. First run (before the
// round-8 rules): 103 of the 119 hand expressions with the hand's type and
// value, and one spurious ("a night-school teacher"); the round-8 rules
// closed every gap ("first run" notes keep the old value), leaving only
// the package's conventions noted by the lines that differ from the hand.
//
// Conventions, as in newsWiki: "N days later" is the duration with the day
// it points to; "N years later" and "the following year" the year; "N
// months later" the duration; "the night before" a day is that night; an age
// ("At 71", "now 48") is no expression, while "now" is PRESENT_REF; a war's
// name and "the 30th anniversary" are no expression; "A hundred and forty
// years ago" is the year it points to, "tonight" the night of the reference
// day, apart.
var newsHistory8 = []newsArticle{
	{"278-reuters-cyprus-division", "2015-05-11", "Reuters explainer: 'on Friday' and 'last October' of the news, years 1878-1925, 'In April 1955 ... that November' (1955-11), 'four years', 'February 1959 ... that December' (1959-12), 'Aug. 16, 1960', 'within three years', 'Dec. 21, 1963 ... the following spring' (1964-SP), 'July 15, 1974. Five days later' (1974-07-20), 'mid-August' (1974), 'November 1983', 'April 24, 2004 ... a week later, on May 1' (2004-05-01), back in the news: 'February last year ... in October' (2014-10), 'April 26' (2015), 'Saturday'",
		[]want{
			{"Friday", "DATE", "2015-05-15", "-", "", ""},
			{"last October", "DATE", "2014-10", "-", "", ""},
			{"1878", "DATE", "1878", "-", "", ""},
			{"1914", "DATE", "1914", "-", "", ""},
			{"1925", "DATE", "1925", "-", "", ""},
			{"April 1955", "DATE", "1955-04", "-", "", ""},
			{"that November", "DATE", "1955-11", "-", "", ""},
			{"four years", "DURATION", "P4Y", "-", "", ""},
			{"February 1959", "DATE", "1959-02", "-", "", ""},
			{"that December", "DATE", "1959-12", "-", "", ""},
			{"Aug. 16, 1960", "DATE", "1960-08-16", "-", "", ""},
			{"three years", "DURATION", "P3Y", "-", "", ""},
			{"Dec. 21, 1963", "DATE", "1963-12-21", "-", "", ""},
			{"the following spring", "DATE", "1964-SP", "-", "", ""},
			{"July 15, 1974", "DATE", "1974-07-15", "-", "", ""},
			{"Five days", "DURATION", "P5D", "-", "1974-07-20", "1974-07-20"},
			{"mid-August", "DATE", "1974-08", "MID", "", ""},
			{"November 1983", "DATE", "1983-11", "-", "", ""},
			{"April 24, 2004", "DATE", "2004-04-24", "-", "", ""},
			{"a week", "DURATION", "P1W", "APPROX", "2004-05-01", "2004-05-01"}, // by hand no mod; the package marks "a week later" APPROX
			{"May 1", "DATE", "2004-05-01", "-", "", ""},
			{"February last year", "DATE", "2014-02", "-", "", ""},
			{"October", "DATE", "2014-10", "-", "", ""},
			{"April 26", "DATE", "2015-04-26", "-", "", ""},
			{"Saturday", "DATE", "2015-05-09", "-", "", ""},
		}},
	{"279-ap-falklands-dispute", "2012-03-30", "AP news with a background section: 'on Thursday', 'days before', 'in June' (2012) and 'last week' of the news, 'dates back to 1833', 'the 1960s', '17 years', 'In March 1982 ... On April 2' (1982), 'three days later' (1982-04-05), '74 days', 'June 14' (1982), 'the following year' (1983), '1990', 'In 2010 ... that December' (2010-12), back in the news: 'on Monday' (2012-04-02) and 'on June 14' (2012)",
		[]want{
			{"Thursday", "DATE", "2012-03-29", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "", ""},
			{"June", "DATE", "2012-06", "-", "", ""},
			{"last week", "DATE", "2012-W12", "-", "", ""},
			{"1833", "DATE", "1833", "-", "", ""},
			{"the 1960s", "DATE", "196", "-", "", ""},
			{"17 years", "DURATION", "P17Y", "-", "", ""},
			{"March 1982", "DATE", "1982-03", "-", "", ""},
			{"April 2", "DATE", "1982-04-02", "-", "", ""},                     // first run 2012-04-02; round 8: a story on a month goes on into the next
			{"three days", "DURATION", "P3D", "-", "1982-04-05", "1982-04-05"}, // first run no interval
			{"74 days", "DURATION", "P74D", "-", "", ""},
			{"June 14", "DATE", "1982-06-14", "-", "", ""},      // first run 2011-06-14
			{"the following year", "DATE", "1983", "-", "", ""}, // first run 2012
			{"1990", "DATE", "1990", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"that December", "DATE", "2010-12", "-", "", ""}, // first run "December"; round 8: "and that December" with its subject after
			{"Monday", "DATE", "2012-04-02", "-", "", ""},
			{"June 14", "DATE", "2012-06-14", "-", "", ""},
		}},
	{"280-tribune-chicago-fire-140", "2011-10-08", "city paper anniversary feature: 'A hundred and forty years ago tonight', 'Tuesday, Oct. 10, 1871', 'more than a day', 'The summer of 1871 ... between July and October' (1871), 'On Saturday night' and '9:40 p.m. on Sunday' of 1871 (the days before Oct. 10, 1871), 'before midnight', 'the next morning' and 'that afternoon' (1871-10-09), 'within weeks', 'the following year' (1872), '1875', '1893', 'six months', back in the news: 'Sunday' (2011-10-09), 'on Monday'",
		[]want{
			{"A hundred and forty years ago", "DATE", "1871", "-", "", ""}, // first run "forty years ago" 1971; round 8: "a hundred and forty"
			{"tonight", "TIME", "2011-10-08TNI", "-", "", ""},
			{"Tuesday, Oct. 10, 1871", "DATE", "1871-10-10", "-", "", ""},
			{"more than a day", "DURATION", "P1D", "MORE_THAN", "", ""},
			{"The summer of 1871", "DATE", "1871-SU", "-", "", ""},
			{"July", "DATE", "1871-07", "-", "", ""},                   // first run 2011-07; round 8: the "had" after the comma closing a simple-past clause is no flashback
			{"October", "DATE", "1871-10", "-", "", ""},                // first run 2011-10
			{"Saturday night", "TIME", "1871-10-07TNI", "-", "", ""},   // first run 2011-10-08TNI; round 8: a weekday of a story that named its day with its weekday
			{"9:40 p.m.", "TIME", "1871-10-08T21:40", "-", "", ""},     // first run 2011-10-02T21:40
			{"Sunday", "DATE", "1871-10-08", "-", "", ""},              // first run 2011-10-02
			{"midnight", "TIME", "1871-10-08T24:00", "-", "", ""},      // by hand 1871-10-09T00:00, the same instant; first run 2011-10-02T24:00
			{"the next morning", "TIME", "1871-10-09TMO", "-", "", ""}, // first run 2011-10-03TMO
			{"that afternoon", "TIME", "1871-10-09TAF", "-", "", ""},   // first run 2011-10-03TAF
			{"weeks", "DURATION", "PXW", "-", "", ""},
			{"the following year", "DATE", "1872", "-", "", ""}, // first run PAST_REF
			{"1875", "DATE", "1875", "-", "", ""},
			{"1893", "DATE", "1893", "-", "", ""},
			{"six months", "DURATION", "P6M", "-", "", ""},
			{"Sunday", "DATE", "2011-10-09", "-", "", ""},
			{"Monday", "DATE", "2011-10-10", "-", "", ""}, // first run 2011-10-03; round 8: "follows on <day>" is a timetable in the present
		}},
	{"281-guardian-scientist-profile", "2016-02-23", "Guardian profile with a biography: 'last month', '19 years', 'on Thursday' of the news, 'born ... in 1944', 'At 71' and 'at 16' (ages, none), 'three years', 'graduating in 1967, and that autumn' (1967-FA), 'the winter of 1971 ... the following summer' (1972-SU), 'five months', '2009', '1974 ... two years later' (1976), 'March 1985', 'since the 1970s', 'by the end of the decade' (the 1980s' end), 'January 1997', 'three years running', 'in May' (2016)",
		[]want{
			{"last month", "DATE", "2016-01", "-", "", ""},
			{"19 years", "DURATION", "P19Y", "-", "", ""},
			{"Thursday", "DATE", "2016-02-25", "-", "", ""},
			{"1944", "DATE", "1944", "-", "", ""},
			{"three years", "DURATION", "P3Y", "-", "", ""},
			// first run "a night" DURATION P1D ("a night-school teacher"); round 8: a unit opening a compound is none
			{"1967", "DATE", "1967", "-", "", ""},
			{"that autumn", "DATE", "1967-FA", "-", "", ""}, // first run missed; round 8: "and that autumn she joined"
			{"the winter of 1971", "DATE", "1971-WI", "-", "", ""},
			{"five months", "DURATION", "P5M", "-", "", ""},
			{"the following summer", "DATE", "1972-SU", "-", "", ""},
			{"2009", "DATE", "2009", "-", "", ""},
			{"1974", "DATE", "1974", "-", "", ""},
			{"two years later", "DATE", "1976", "-", "", ""},
			{"March 1985", "DATE", "1985-03", "-", "", ""},
			{"the 1970s", "DATE", "197", "-", "", ""},
			{"the end of the decade", "DATE", "198", "END", "", ""},
			{"January 1997", "DATE", "1997-01", "-", "", ""},
			{"three years", "DURATION", "P3Y", "-", "", ""},
			{"May", "DATE", "2016-05", "-", "", ""},
		}},
	{"282-reuters-textile-maker-history", "2014-09-18", "Reuters company history in a bankruptcy story: 'on Wednesday', '146 years', '1868', 'the 1920s', 'the 1980s', 'between 1981 and 1986', 'June 1988 ... the following spring' (1989-SP) '... that August' (1989-08), 'the 1990s', '2001', 'since the second quarter of 2008', back in the news: 'six months', 'by the end of the year' (2014), 'on Thursday'",
		[]want{
			{"Wednesday", "DATE", "2014-09-17", "-", "", ""},
			{"146 years", "DURATION", "P146Y", "-", "", ""},
			{"1868", "DATE", "1868", "-", "", ""},
			{"the 1920s", "DATE", "192", "-", "", ""},
			{"the 1980s", "DATE", "198", "-", "", ""},
			{"1981", "DATE", "1981", "-", "", ""},
			{"1986", "DATE", "1986", "-", "", ""},
			{"June 1988", "DATE", "1988-06", "-", "", ""},
			{"the following spring", "DATE", "1989-SP", "-", "", ""},
			{"that August", "DATE", "1989-08", "-", "", ""}, // first run "August"; round 8: "that August" before "for"
			{"Wednesday", "DATE", "2014-09-17", "-", "", ""},
			{"the 1990s", "DATE", "199", "-", "", ""},
			{"2001", "DATE", "2001", "-", "", ""},
			{"the second quarter of 2008", "DATE", "2008-Q2", "-", "", ""},
			{"six months", "DURATION", "P6M", "-", "", ""},
			{"the end of the year", "DATE", "2014", "END", "", ""},
			{"Thursday", "DATE", "2014-09-18", "-", "", ""},
		}},
	{"283-reuters-retrial-long-case", "2010-11-24", "Reuters court story with a case's history: 'on Wednesday', 'a 1989 murder', 'more than two decades', 'now 48' (now PRESENT_REF, the age none), 'October 1990', 'Dec. 3, 1989', 'July 1992', '1997', 'March 2003 ... that November' (2003-11), '2007', '17 years', 'February 2009. Three months later ... charged in June' (2009-06: the story's year is the last), back in the news: 'three days in July' (2010), 'on Wednesday', 'the jury in 1990', 'in January' (2011)",
		[]want{
			{"Wednesday", "DATE", "2010-11-24", "-", "", ""},
			{"1989", "DATE", "1989", "-", "", ""},
			{"more than two decades", "DURATION", "P20Y", "MORE_THAN", "", ""}, // by hand P2DE; the package writes decades of a duration in years, as "the past two decades"
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"October 1990", "DATE", "1990-10", "-", "", ""},
			{"Dec. 3, 1989", "DATE", "1989-12-03", "-", "", ""},
			{"July 1992", "DATE", "1992-07", "-", "", ""},
			{"1997", "DATE", "1997", "-", "", ""},
			{"March 2003", "DATE", "2003-03", "-", "", ""},
			{"that November", "DATE", "2003-11", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"17 years", "DURATION", "P17Y", "-", "", ""},
			{"February 2009", "DATE", "2009-02", "-", "", ""},
			{"Three months later", "DATE", "2009-05", "-", "", ""}, // by hand the duration "Three months"; the package gives "N months later" the month it points to, the right one
			{"June", "DATE", "2009-06", "-", "", ""},               // first run 2010-06; round 8: "Three months later," counted from "February 2009" frames its sentence
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"July", "DATE", "2010-07", "-", "", ""},
			{"Wednesday", "DATE", "2010-11-24", "-", "", ""},
			{"1990", "DATE", "1990", "-", "", ""},
			{"January", "DATE", "2011-01", "-", "", ""},
		}},
}

// newsHistory8b are the items written after the round-8 rules (284-287),
// annotated by hand before the tagger was run on them, to measure the rules
// on text they were not made from: an anniversary report (a disaster of
// 1966), a news story with a treaty history (1929-2014), a company's
// history in a deal story (1865-2013) and a court fight since 1874. First
// run: 63 of the 67 hand expressions with the hand's type and value; the
// four gaps (the disaster's day named again on its anniversary, with the
// two times after it, and "the following February" two sentences on) were
// closed by general rules afterwards.
var newsHistory8b = []newsArticle{
	{"284-bbc-aberfan-50", "2016-10-21", "BBC anniversary: '50 years on' (headline), '50 years ago', '09:15 BST on Friday', '21 October 1966', 'a minute's silence', 'for days', 'the morning of Friday 21 October' (the date, 1966), 'that afternoon' (1966-10-21TAF), '11:00 that morning' (1966), '76 days', 'December 1966', 'August 1967', '1968', '1997', '2007', back in the news: 'on Friday', 'on Saturday'",
		[]want{
			{"50 years", "DURATION", "P50Y", "-", "", ""},
			{"50 years ago", "DATE", "1966", "-", "", ""},
			{"09:15 BST", "TIME", "2016-10-21T09:15", "-", "", ""},
			{"Friday", "DATE", "2016-10-21", "-", "", ""},
			{"21 October 1966", "DATE", "1966-10-21", "-", "", ""},
			{"a minute", "DURATION", "PT1M", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "", ""},
			{"Friday 21 October", "DATE", "1966-10-21", "-", "", ""}, // first run 2016-10-21; round 8: the story's own day named again in a past perfect on its anniversary
			{"that afternoon", "TIME", "1966-10-21TAF", "-", "", ""}, // first run 2016-10-21TAF
			{"days", "DURATION", "PXD", "-", "", ""},
			{"11:00 that morning", "TIME", "1966-10-21T11:00", "-", "", ""}, // first run 2016-10-21T11:00
			{"76 days", "DURATION", "P76D", "-", "", ""},
			{"December 1966", "DATE", "1966-12", "-", "", ""},
			{"August 1967", "DATE", "1967-08", "-", "", ""},
			{"1968", "DATE", "1968", "-", "", ""},
			{"1997", "DATE", "1997", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"Friday", "DATE", "2016-10-21", "-", "", ""},
			{"Saturday", "DATE", "2016-10-22", "-", "", ""},
		}},
	{"285-reuters-nile-dam-talks", "2014-08-25", "Reuters news with a treaty history: 'on Monday', 'eight months after', 'April 2011', 'weeks after', 'in 2017', 'A 1929 treaty', 'a 1959 agreement', 'In May 2010 ... the following February' (2011-02), 'June 2013 ... that month' (2013-06), back in the news: 'stalled in January' (2014), 'in June' (2014), 'next month'",
		[]want{
			{"Monday", "DATE", "2014-08-25", "-", "", ""},
			{"eight months", "DURATION", "P8M", "-", "", ""},
			{"April 2011", "DATE", "2011-04", "-", "", ""},
			{"weeks", "DURATION", "PXW", "-", "", ""},
			{"2017", "DATE", "2017", "-", "", ""},
			{"1929", "DATE", "1929", "-", "", ""},
			{"1959", "DATE", "1959", "-", "", ""},
			{"May 2010", "DATE", "2010-05", "-", "", ""},
			{"the following February", "DATE", "2011-02", "-", "", ""}, // first run "February" 2014-02; round 8: "the following" reaches two sentences back through a past one
			{"June 2013", "DATE", "2013-06", "-", "", ""},
			{"that month", "DATE", "2013-06", "-", "", ""},
			{"January", "DATE", "2014-01", "-", "", ""},
			{"June", "DATE", "2014-06", "-", "", ""},
			{"next month", "DATE", "2014-09", "-", "", ""},
		}},
	{"286-reuters-nokia-history", "2013-09-03", "Reuters company history in a deal story: 'on Tuesday', 'a 30-year run', 'in 1865 ... six years later' (1871), '1967', '1982. A decade later' (1992), 'within months', 'By 1998', 'the next two years', 'June 2007', '2007', 'the end of 2010. That September' (2010-09), 'the following February' (2011-02), 'the first quarter of 2014', 'last month', 'within 12 months'",
		[]want{
			{"Tuesday", "DATE", "2013-09-03", "-", "", ""},
			{"30-year", "DURATION", "P30Y", "-", "", ""},
			{"1865", "DATE", "1865", "-", "", ""},
			{"six years later", "DATE", "1871", "-", "", ""},
			{"1967", "DATE", "1967", "-", "", ""},
			{"1982", "DATE", "1982", "-", "", ""},
			{"A decade later", "DATE", "1992", "APPROX", "", ""}, // by hand no mod; the package marks "a decade" APPROX, as "a decade ago"
			{"months", "DURATION", "PXM", "-", "", ""},
			{"1998", "DATE", "1998", "-", "", ""},
			{"the next two years", "DURATION", "P2Y", "-", "", ""},
			{"June 2007", "DATE", "2007-06", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"the end of 2010", "DATE", "2010", "END", "", ""},
			{"That September", "DATE", "2010-09", "-", "", ""},
			{"the following February", "DATE", "2011-02", "-", "", ""},
			{"the first quarter of 2014", "DATE", "2014-Q1", "-", "", ""},
			{"last month", "DATE", "2013-08", "-", "", ""},
			{"12 months", "DURATION", "P12M", "-", "", ""},
		}},
	{"287-ap-shoreline-lease-case", "2013-02-14", "AP court story with a case since 1874: 'on Thursday', 'dates to 1874', '1903', 'the summer of 1926', '99 years', 'June 12, 1962 ... that October' (1962-10), '1965', 'the next four decades', 'March 2008 ... the following month' (2008-04), 'December 2011', back in the news: 'Jan. 9' (2013), 'until 2025', 'Thursday'",
		[]want{
			{"Thursday", "DATE", "2013-02-14", "-", "", ""},
			{"1874", "DATE", "1874", "-", "", ""},
			{"1903", "DATE", "1903", "-", "", ""},
			{"the summer of 1926", "DATE", "1926-SU", "-", "", ""},
			{"99 years", "DURATION", "P99Y", "-", "", ""},
			{"June 12, 1962", "DATE", "1962-06-12", "-", "", ""},
			{"that October", "DATE", "1962-10", "-", "", ""},
			{"1965", "DATE", "1965", "-", "", ""},
			{"the next four decades", "DURATION", "P40Y", "-", "", ""}, // by hand P4DE; the package writes decades of a duration in years
			{"March 2008", "DATE", "2008-03", "-", "", ""},
			{"the following month", "DATE", "2008-04", "-", "", ""},
			{"December 2011", "DATE", "2011-12", "-", "", ""},
			{"Jan. 9", "DATE", "2013-01-09", "-", "", ""},
			{"2025", "DATE", "2025", "-", "", ""},
			{"Thursday", "DATE", "2013-02-14", "-", "", ""},
		}},
}
