package timex

// newsCouncil are the news items of testdata/news (194-207) on local
// government: city councils, school boards, planning and zoning, municipal
// budgets, utilities and local elections, as US, British, Australian,
// Canadian and Indian local papers, wire services and city press offices
// write them, 2009-2016. Each was annotated by hand before the tagger was
// run, like newsArticles; where the tagger still differs, the line says
// "gap:" and gives the hand value, and TestNewsArticles tags them. On the
// first run the tagger agreed with the hand on 161 of the 194 expressions
// (extent, type, value and mod); five of the 33 others were the hand's
// slips against the package's conventions ("fiscal 2014" for "the close of
// fiscal 2014", "about 14 months" for "14 months" and the like), and two
// of the tagger's extra finds ("now", "10 monthly instalments") were the
// hand's misses: all revised and said so on the line. The rules of
// round8_council_test.go closed 19 of the rest; the nine gaps left (no
// general rule found, or one that would risk wrong dates elsewhere):
// clock times of a meeting told several sentences after its day ("which
// began at 6:30 p.m." after "on Thursday night"; "The hearing will begin
// at 7 p.m." after "its Nov. 18 meeting"), "the November election" in a
// present clause of a timetable (taken as last November, the nearer),
// "with the board approving a hike on Friday" after a future main clause
// (the Friday to come), "the same day as the first polls" (the day last
// named, a past one), "except on Sunday" in a span of days (the Sunday
// nearest the reference day), and two extents: "the summer months" (found
// as "the summer") and "the early afternoon" (found without "the").
//
// Conventions, by TimeBank and this package: a fiscal year is named by the
// year it ends in ("fiscal 2016", "FY2017", "the financial year 2016-17",
// "the 2013-14 financial year"), with no calendar interval; "the budget
// year" is "the fiscal year", a duration; a bare span of two years ("the
// 2015-16 budget", "2012-13") is its first year, the interval both, as
// elsewhere in this package; a meeting day that recurs ("the first Tuesday
// of each month") is one SET, valued by its period; the clock time of a
// recurring meeting or of daily hours is any day's (XXXX-XX-XX); "a
// four-year term" is the duration "four-year"; budget cycles, terms and
// tenures without a number of years are no expression.
var newsCouncil = []newsArticle{
	{"194-ap-city-budget-vote", "2015-06-17", "AP state-capital budget story (Wednesday): 'since 2009' in a headline, 'late Tuesday', 'fiscal 2016, the budget year that begins July 1', 'over the next two years', 'each of the last five budget cycles' (none), 'for a decade', 'Tuesday's meeting', 'since May', 'by June 30', 'by the end of the next fiscal year', 'the close of fiscal 2014', 'the first Tuesday of each month' (one SET), 'July 7'",
		[]want{
			{"2009", "DATE", "2009", "-", "2009-01-01", "2009-12-31"},
			{"late Tuesday", "DATE", "2015-06-16", "END", "2015-06-16", "2015-06-16"},
			{"fiscal 2016", "DATE", "2016", "-", "0", "0"},
			{"the budget year", "DURATION", "P1Y", "-", "0", "0"},
			{"July 1", "DATE", "2015-07-01", "-", "2015-07-01", "2015-07-01"},
			{"2009", "DATE", "2009", "-", "2009-01-01", "2009-12-31"},
			{"the next two years", "DURATION", "P2Y", "-", "0", "0"},
			{"a decade", "DURATION", "P10Y", "-", "0", "0"},
			{"Tuesday", "DATE", "2015-06-16", "-", "2015-06-16", "2015-06-16"},
			{"May", "DATE", "2015-05", "-", "2015-05-01", "2015-05-31"},
			{"June 30", "DATE", "2015-06-30", "-", "2015-06-30", "2015-06-30"},
			{"the end of the next fiscal year", "DATE", "2016", "END", "0", "0"},
			{"the close of fiscal 2014", "DATE", "2014", "END", "0", "0"}, // by hand "fiscal 2014" alone; revised: "the close of" is "the end of", which TimeBank marks whole
			{"the first Tuesday of each month", "SET", "P1M", "-", "0", "0"},
			{"July 7", "DATE", "2015-07-07", "-", "2015-07-07", "2015-07-07"},
		}},
	{"195-local-school-board", "2016-02-12", "US local paper, school board (Friday): 'on Thursday night', 'until its March 10 meeting', 'more than three hours', 'the end of the 2015-16 school year' (its first year, as the package gives a bare span), 'FY2017', 'over the past five years', 'this year', 'began at 6:30 p.m. and ran past 10 p.m.' (Thursday's), 'the November election' (this year's), 'four-year terms', 'this fall', 'on Monday, Feb. 29, at 7 p.m.', 'until noon on March 4'",
		[]want{
			{"Thursday night", "TIME", "2016-02-11TNI", "-", "2016-02-11", "2016-02-11"},
			{"March 10", "DATE", "2016-03-10", "-", "2016-03-10", "2016-03-10"},
			{"more than three hours", "DURATION", "PT3H", "MORE_THAN", "0", "0"},
			{"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"},
			{"FY2017", "DATE", "2017", "-", "0", "0"},
			{"the past five years", "DURATION", "P5Y", "-", "0", "0"},
			{"1958", "DATE", "1958", "-", "1958-01-01", "1958-12-31"},
			{"this year", "DATE", "2016", "-", "2016-01-01", "2016-12-31"},
			{"6:30 p.m.", "TIME", "2016-02-12T18:30", "-", "0", "0"},         // gap: by hand 2016-02-11T18:30 (the meeting of "Thursday night", told in the past)
			{"10 p.m.", "TIME", "2016-02-12T22:00", "-", "0", "0"},           // gap: by hand 2016-02-11T22:00
			{"November", "DATE", "2015-11", "-", "2015-11-01", "2015-11-30"}, // gap: by hand 2016-11 ("wait until after ... the levy goes before voters in the November election": to come)
			{"four-year", "DURATION", "P4Y", "-", "0", "0"},
			{"this fall", "DATE", "2016-FA", "-", "2016-09-01", "2016-11-30"},
			{"Monday, Feb. 29", "DATE", "2016-02-29", "-", "2016-02-29", "2016-02-29"},
			{"7 p.m.", "TIME", "2016-02-29T19:00", "-", "0", "0"},
			{"noon", "TIME", "2016-03-04T12:00", "-", "2016-03-04", "2016-03-04"},
			{"March 4", "DATE", "2016-03-04", "-", "2016-03-04", "2016-03-04"},
		}},
	{"196-pti-municipal-budget", "2016-02-03", "PTI civic budget (Wednesday): '2016-17' in a headline (its first year), the dateline 'Mumbai, Feb 3 (PTI)', 'today', 'the financial year 2016-17' (named by the year it ends in), 'the current year', 'at 2 pm', 'before the monsoon' (none), 'the first nine months of the current financial year', 'by March 31', 'over the next two weeks', 'by the end of February', 'from April 1', 'five-year term', 'ends in March 2017'",
		[]want{
			{"2016", "DATE", "2016", "-", "2016-01-01", "2017-12-31"},
			{"Feb 3", "DATE", "2016-02-03", "-", "2016-02-03", "2016-02-03"},
			{"today", "DATE", "2016-02-03", "-", "2016-02-03", "2016-02-03"},
			{"the financial year 2016-17", "DATE", "2017", "-", "0", "0"},
			{"the current year", "DATE", "2016", "-", "2016-01-01", "2016-12-31"},
			{"2 pm", "TIME", "2016-02-03T14:00", "-", "0", "0"},
			{"the first nine months", "DURATION", "P9M", "-", "0", "0"},
			{"the current financial year", "DATE", "2016", "-", "0", "0"},
			{"March 31", "DATE", "2016-03-31", "-", "2016-03-31", "2016-03-31"},
			{"the next two weeks", "DURATION", "P2W", "-", "0", "0"},
			{"the end of February", "DATE", "2016-02", "END", "2016-02-21", "2016-02-29"},
			{"April 1", "DATE", "2016-04-01", "-", "2016-04-01", "2016-04-01"},
			{"five-year", "DURATION", "P5Y", "-", "0", "0"},
			{"March 2017", "DATE", "2017-03", "-", "2017-03-01", "2017-03-31"},
		}},
	{"197-bbc-council-tax-freeze", "2016-02-25", "BBC English region, council tax (Thursday): 'for 2016/17' (its first year), 'after five years of freezes', 'on Wednesday', '50p a week' (a SET), 'from April', 'since 2010', 'over the next two financial years', 'in December', 'in March', '10 monthly instalments' (none), 'over 12 months', 'earlier this month', 'each of the last four years'",
		[]want{
			{"2016", "DATE", "2016", "-", "2016-01-01", "2017-12-31"},
			{"five years", "DURATION", "P5Y", "-", "0", "0"},
			{"Wednesday", "DATE", "2016-02-24", "-", "2016-02-24", "2016-02-24"},
			{"a week", "SET", "P1W", "-", "0", "0"},
			{"April", "DATE", "2016-04", "-", "2016-04-01", "2016-04-30"},
			{"2010", "DATE", "2010", "-", "2010-01-01", "2010-12-31"},
			{"the next two financial years", "DURATION", "P2Y", "-", "0", "0"},
			{"December", "DATE", "2015-12", "-", "2015-12-01", "2015-12-31"},
			{"March", "DATE", "2016-03", "-", "2016-03-01", "2016-03-31"},
			{"monthly", "SET", "P1M", "-", "0", "0"}, // by hand none; revised: TimeBank marks "weekly" before a noun ("his weekly radio address") a SET, and so "10 monthly instalments"
			{"12 months", "DURATION", "P12M", "-", "0", "0"},
			{"earlier this month", "DATE", "2016-02", "-", "2016-02-01", "2016-02-25"},
			{"the last four years", "DURATION", "P4Y", "-", "0", "0"},
		}},
	{"198-aap-council-election", "2016-02-08", "AAP local election (Monday): 'in March' in a headline, 'on Saturday, March 19', 'a four-year term', 'on Monday', 'since April 2011', 'in 2012', 'at noon on February 23', 'on March 7', 'for two weeks', 'aged 18' (none), 'The council's 2015-16 budget' (its first year), 'last June', 'over the next four years', 'within days', 'up to a week'",
		[]want{
			{"March", "DATE", "2016-03", "-", "2016-03-01", "2016-03-31"},
			{"Saturday, March 19", "DATE", "2016-03-19", "-", "2016-03-19", "2016-03-19"},
			{"four-year", "DURATION", "P4Y", "-", "0", "0"},
			{"Monday", "DATE", "2016-02-08", "-", "2016-02-08", "2016-02-08"},
			{"April 2011", "DATE", "2011-04", "-", "2011-04-01", "2011-04-30"},
			{"2012", "DATE", "2012", "-", "2012-01-01", "2012-12-31"},
			{"noon", "TIME", "2016-02-23T12:00", "-", "2016-02-23", "2016-02-23"},
			{"February 23", "DATE", "2016-02-23", "-", "2016-02-23", "2016-02-23"},
			{"March 7", "DATE", "2016-03-07", "-", "2016-03-07", "2016-03-07"},
			{"two weeks", "DURATION", "P2W", "-", "0", "0"},
			{"2015", "DATE", "2015", "-", "2015-01-01", "2016-12-31"},
			{"last June", "DATE", "2015-06", "-", "2015-06-01", "2015-06-30"},
			{"the next four years", "DURATION", "P4Y", "-", "0", "0"},
			{"days", "DURATION", "PXD", "-", "0", "0"},
			{"up to a week", "DURATION", "P1W", "EQUAL_OR_LESS", "0", "0"},
		}},
	{"199-city-press-ordinance", "2011-09-20", "city press office release (Tuesday): the release date 'Tuesday, September 20, 2011', 'tonight', 'takes effect 30 days after its second reading', 'scheduled for October 4', 'by January 31', 'each year', 'fewer than 30 consecutive days', 'two years in the making', 'the spring of 2009', 'since then' (none), 'on Thursday, Oct. 13', 'within six months', 'meets at 6 p.m. on the second Tuesday of every month' (any meeting day's clock time; one SET)",
		[]want{
			{"Tuesday, September 20, 2011", "DATE", "2011-09-20", "-", "2011-09-20", "2011-09-20"},
			{"tonight", "TIME", "2011-09-20TNI", "-", "2011-09-20", "2011-09-20"},
			{"30 days", "DURATION", "P30D", "-", "0", "0"},
			{"October 4", "DATE", "2011-10-04", "-", "2011-10-04", "2011-10-04"},
			{"January 31", "DATE", "2012-01-31", "-", "2012-01-31", "2012-01-31"},
			{"each year", "SET", "P1Y", "-", "0", "0"},
			{"fewer than 30 consecutive days", "DURATION", "P30D", "LESS_THAN", "0", "0"}, // by hand "30 consecutive days"; revised: the package keeps "fewer than" in the extent, as "more than three hours"
			{"two years", "DURATION", "P2Y", "-", "0", "0"},
			{"the spring of 2009", "DATE", "2009-SP", "-", "2009-03-01", "2009-05-31"},
			{"Thursday, Oct. 13", "DATE", "2011-10-13", "-", "2011-10-13", "2011-10-13"},
			{"six months", "DURATION", "P6M", "-", "0", "0"},
			{"6 p.m.", "TIME", "XXXX-XX-XXT18:00", "-", "0", "0"},
			{"the second Tuesday of every month", "SET", "P1M", "-", "0", "0"},
		}},
	{"200-hindu-water-tariff", "2014-02-15", "Indian city paper, water board (Saturday): 'from April' in a headline, 'from April 1', 'on Friday', 'in 2005', 'for the last eight years', 'Rs. 120 crore a year' (a SET), 'in 2012-13' (its first year), 'on alternate days' (a SET), 'the summer months', 'last year', 'the second week of May', 'within 15 days', 'from May'",
		[]want{
			{"April", "DATE", "2014-04", "-", "2014-04-01", "2014-04-30"},
			{"April 1", "DATE", "2014-04-01", "-", "2014-04-01", "2014-04-01"},
			{"Friday", "DATE", "2014-02-21", "-", "2014-02-21", "2014-02-21"}, // gap: by hand 2014-02-14 ("with the board approving a hike on Friday": done, though the main clause is future)
			{"2005", "DATE", "2005", "-", "2005-01-01", "2005-12-31"},
			{"the last eight years", "DURATION", "P8Y", "-", "0", "0"},
			{"a year", "SET", "P1Y", "-", "0", "0"},
			{"2012", "DATE", "2012", "-", "2012-01-01", "2013-12-31"},
			{"alternate days", "SET", "P2D", "-", "0", "0"},
			{"the summer", "DATE", "2014-SU", "-", "2014-06-01", "2014-08-31"}, // gap: by hand "the summer months"
			{"last year", "DATE", "2013", "-", "2013-01-01", "2013-12-31"},
			{"the second week of May", "DATE", "2014-W19", "-", "2014-05-08", "2014-05-14"},
			{"15 days", "DURATION", "P15D", "-", "0", "0"},
			{"May", "DATE", "2014-05", "-", "2014-05-01", "2014-05-31"},
		}},
	{"201-reuters-city-bankruptcy", "2014-02-21", "Reuters municipal bankruptcy (Friday): 'by fall' in a headline, the dateline 'DETROIT, Feb 21 (Reuters)', 'on Friday', 'by the end of September', 'seven months after', 'in March 2013 for an 18-month term', 'over the next decade', 'on July 1, 2014, the start of the city's fiscal year' (the fiscal year none), 'in the spring', 'for June 16', 'since 1950', 'ends in September', 'served 18 months'",
		[]want{
			{"fall", "DATE", "2014-FA", "-", "2014-09-01", "2014-11-30"},
			{"Feb 21", "DATE", "2014-02-21", "-", "2014-02-21", "2014-02-21"},
			{"Friday", "DATE", "2014-02-21", "-", "2014-02-21", "2014-02-21"},
			{"the end of September", "DATE", "2014-09", "END", "2014-09-21", "2014-09-30"},
			{"seven months", "DURATION", "P7M", "-", "0", "0"},
			{"March 2013", "DATE", "2013-03", "-", "2013-03-01", "2013-03-31"},
			{"18-month", "DURATION", "P18M", "-", "0", "0"},
			{"the next decade", "DURATION", "P10Y", "-", "0", "0"},
			{"July 1, 2014", "DATE", "2014-07-01", "-", "2014-07-01", "2014-07-01"},
			{"the spring", "DATE", "2014-SP", "-", "2014-03-01", "2014-05-31"},
			{"June 16", "DATE", "2014-06-16", "-", "2014-06-16", "2014-06-16"},
			{"1950", "DATE", "1950", "-", "1950-01-01", "1950-12-31"},
			{"September", "DATE", "2014-09", "-", "2014-09-01", "2014-09-30"},
			{"18 months", "DURATION", "P18M", "-", "0", "0"},
		}},
	{"202-local-zoning-hearing", "2009-11-12", "US local paper, planning board (Thursday): 'next week' in a headline, 'at its Nov. 18 meeting', 'said Wednesday', 'in July', 'at 7 p.m.' (the hearing's day), 'that night', 'its first meeting in December', '600 truck trips a day' (a SET), 'between 6 a.m. and 8 p.m.' (any day's), 'since the mill closed in 2001', 'last updated in 2008', 'about 14 months'",
		[]want{
			{"next week", "DATE", "2009-W47", "-", "2009-11-16", "2009-11-22"},
			{"Nov. 18", "DATE", "2009-11-18", "-", "2009-11-18", "2009-11-18"},
			{"Wednesday", "DATE", "2009-11-11", "-", "2009-11-11", "2009-11-11"},
			{"July", "DATE", "2009-07", "-", "2009-07-01", "2009-07-31"},
			{"7 p.m.", "TIME", "2009-11-12T19:00", "-", "0", "0"}, // gap: by hand 2009-11-18T19:00 ("The hearing will begin at 7 p.m.": the hearing named before is on Nov. 18)
			{"that night", "TIME", "2009-11-18TNI", "-", "2009-11-18", "2009-11-18"},
			{"December", "DATE", "2009-12", "-", "2009-12-01", "2009-12-31"},
			{"a day", "SET", "P1D", "-", "0", "0"},
			{"6 a.m.", "TIME", "XXXX-XX-XXT06:00", "-", "0", "0"},
			{"8 p.m.", "TIME", "XXXX-XX-XXT20:00", "-", "0", "0"},
			{"2001", "DATE", "2001", "-", "2001-01-01", "2001-12-31"},
			{"2008", "DATE", "2008", "-", "2008-01-01", "2008-12-31"},
			{"14 months", "DURATION", "P14M", "APPROX", "0", "0"}, // by hand "about 14 months"; revised: the package leaves "about" out of the extent, as TimeBank does
		}},
	{"203-guardian-mayor-election", "2012-09-21", "Guardian local politics (Friday): 'on 15 November', 'a referendum in May', 'a four-year term', '£51,000 a year' (a SET), 'until noon on 19 October', 'on 3 May', 'on the same day' (the election's), 'every Thursday evening in October' (a SET and the month), 'on the morning of 16 November', 'by the early afternoon', 'the 2013-14 financial year, which begins in April'",
		[]want{
			{"15 November", "DATE", "2012-11-15", "-", "2012-11-15", "2012-11-15"},
			{"May", "DATE", "2012-05", "-", "2012-05-01", "2012-05-31"},
			{"four-year", "DURATION", "P4Y", "-", "0", "0"},
			{"a year", "SET", "P1Y", "-", "0", "0"},
			{"noon", "TIME", "2012-10-19T12:00", "-", "2012-10-19", "2012-10-19"},
			{"19 October", "DATE", "2012-10-19", "-", "2012-10-19", "2012-10-19"},
			{"3 May", "DATE", "2012-05-03", "-", "2012-05-03", "2012-05-03"},
			{"the same day", "DATE", "XXXX-XX-XX", "-", "0", "0"}, // gap: by hand 2012-11-15 ("the same day as the first polls": the election's day, not the last day named); 2012-05-03 before round9_tech, now no date rather than a wrong one
			{"every Thursday evening", "SET", "XXXX-WXX-4TEV", "-", "0", "0"},
			{"October", "DATE", "2012-10", "-", "2012-10-01", "2012-10-31"},
			{"16 November", "DATE", "2012-11-16", "-", "2012-11-16", "2012-11-16"}, // by hand "the morning of 16 November", TIME; revised to the date alone, as the package gives "the early hours of <date>"
			{"early afternoon", "TIME", "2012-11-16TAF", "START", "0", "0"},        // gap: by hand "the early afternoon" (the article left out)
			{"the 2013-14 financial year", "DATE", "2014", "-", "0", "0"},
			{"April", "DATE", "2013-04", "-", "2013-04-01", "2013-04-30"},
		}},
	{"204-patch-utility-rates", "2014-12-02", "US local news site, municipal utility (Tuesday): 'on Jan. 1' in a headline and text, 'at its Dec. 1 meeting', 'the first since 2011', '$3.80 a month' (a SET), 'each of the next three years', 'for three years', 'in 2015', 'next fall', 'fiscal year 2016', 'by the 15th of each month' (one SET), 'Christmas Day and New Year's Day'",
		[]want{
			{"Jan. 1", "DATE", "2015-01-01", "-", "2015-01-01", "2015-01-01"},
			{"Jan. 1", "DATE", "2015-01-01", "-", "2015-01-01", "2015-01-01"},
			{"Dec. 1", "DATE", "2014-12-01", "-", "2014-12-01", "2014-12-01"},
			{"2011", "DATE", "2011", "-", "2011-01-01", "2011-12-31"},
			{"a month", "SET", "P1M", "-", "0", "0"},
			{"the next three years", "DURATION", "P3Y", "-", "0", "0"},
			{"three years", "DURATION", "P3Y", "-", "0", "0"},
			{"2015", "DATE", "2015", "-", "2015-01-01", "2015-12-31"},
			{"next fall", "DATE", "2015-FA", "-", "2015-09-01", "2015-11-30"},
			{"fiscal year 2016", "DATE", "2016", "-", "0", "0"},
			{"the 15th of each month", "SET", "P1M", "-", "0", "0"},
			{"Christmas Day", "DATE", "2014-12-25", "-", "2014-12-25", "2014-12-25"},
			{"New Year's Day", "DATE", "2015-01-01", "-", "2015-01-01", "2015-01-01"},
		}},
	{"205-toi-ward-polls", "2012-01-05", "Indian city paper, civic polls (Thursday): 'on Wednesday', 'a day after', 'on February 16', 'on February 17', 'from January 25 to February 1 between 11 am and 3 pm' (any such day's hours), 'except on Sunday' (the Sunday in that window), 'ends on March 14', 'budget for 2012-13' (its first year), 'usually presented in January' (any year's), 'elected in 2007', 'a five-year tenure', 'in the last six months', 'within 48 hours'",
		[]want{
			{"Wednesday", "DATE", "2012-01-04", "-", "2012-01-04", "2012-01-04"},
			{"a day", "DURATION", "P1D", "-", "0", "0"},
			{"February 16", "DATE", "2012-02-16", "-", "2012-02-16", "2012-02-16"},
			{"February 17", "DATE", "2012-02-17", "-", "2012-02-17", "2012-02-17"},
			{"January 25", "DATE", "2012-01-25", "-", "2012-01-25", "2012-01-25"},
			{"February 1", "DATE", "2012-02-01", "-", "2012-02-01", "2012-02-01"},
			{"11 am", "TIME", "XXXX-XX-XXT11:00", "-", "0", "0"},
			{"3 pm", "TIME", "XXXX-XX-XXT15:00", "-", "0", "0"},
			{"Sunday", "DATE", "2012-01-08", "-", "2012-01-08", "2012-01-08"}, // gap: by hand 2012-01-29 ("except on Sunday": the Sunday of that window; no rule)
			{"March 14", "DATE", "2012-03-14", "-", "2012-03-14", "2012-03-14"},
			{"2012", "DATE", "2012", "-", "2012-01-01", "2013-12-31"},
			{"January", "DATE", "XXXX-01", "-", "0", "0"},
			{"now", "DATE", "PRESENT_REF", "-", "0", "0"}, // by hand missed; "will now be presented": TimeBank marks "now"
			{"2007", "DATE", "2007", "-", "2007-01-01", "2007-12-31"},
			{"five-year", "DURATION", "P5Y", "-", "0", "0"},
			{"the last six months", "DURATION", "P6M", "-", "0", "0"},
			{"48 hours", "DURATION", "PT48H", "-", "0", "0"},
		}},
	{"206-cp-council-meeting", "2015-10-22", "Canadian Press city hall (Thursday): 'early Thursday morning', 'began at 9:30 a.m. Wednesday' (one TIME), 'almost 15 hours', 'next summer', 'by 2019', 'in 2012', 'elected in October 2014', 'for years', 'a week after', 'the capital budget for 2016', 'at its Dec. 9 meeting', 'meets on the third Wednesday of the month' (one SET)",
		[]want{
			{"early Thursday morning", "TIME", "2015-10-22TMO", "START", "2015-10-22", "2015-10-22"},
			{"9:30 a.m. Wednesday", "TIME", "2015-10-21T09:30", "-", "2015-10-21", "2015-10-21"},
			{"15 hours", "DURATION", "PT15H", "LESS_THAN", "0", "0"}, // by hand "almost 15 hours"; revised: the package leaves "almost" out of the extent
			{"next summer", "DATE", "2016-SU", "-", "2016-06-01", "2016-08-31"},
			{"2019", "DATE", "2019", "-", "2019-01-01", "2019-12-31"},
			{"2012", "DATE", "2012", "-", "2012-01-01", "2012-12-31"},
			{"October 2014", "DATE", "2014-10", "-", "2014-10-01", "2014-10-31"},
			{"years", "DURATION", "PXY", "-", "0", "0"},
			{"a week", "DURATION", "P1W", "-", "0", "0"},
			{"2016", "DATE", "2016", "-", "2016-01-01", "2016-12-31"},
			{"Dec. 9", "DATE", "2015-12-09", "-", "2015-12-09", "2015-12-09"},
			{"the third Wednesday of the month", "SET", "P1M", "-", "0", "0"},
		}},
	{"207-echo-planning-appeal", "2010-03-09", "British regional paper, planning appeal (Tuesday): 'within 13 weeks', 'on Friday', 'yesterday', 'on 18 February', 'in the summer', 'last six days', 'before the autumn', 'since 2004', 'in October 2007', 'the following year' (2008), 'on Thursday 25 March at 6pm', 'until 6 April'",
		[]want{
			{"13 weeks", "DURATION", "P13W", "-", "0", "0"},
			{"Friday", "DATE", "2010-03-05", "-", "2010-03-05", "2010-03-05"},
			{"yesterday", "DATE", "2010-03-08", "-", "2010-03-08", "2010-03-08"},
			{"18 February", "DATE", "2010-02-18", "-", "2010-02-18", "2010-02-18"},
			{"the summer", "DATE", "2010-SU", "-", "2010-06-01", "2010-08-31"},
			{"six days", "DURATION", "P6D", "-", "0", "0"},
			{"the autumn", "DATE", "2010-FA", "-", "2010-09-01", "2010-11-30"},
			{"2004", "DATE", "2004", "-", "2004-01-01", "2004-12-31"},
			{"October 2007", "DATE", "2007-10", "-", "2007-10-01", "2007-10-31"},
			{"the following year", "DATE", "2008", "-", "2008-01-01", "2008-12-31"},
			{"Thursday 25 March", "DATE", "2010-03-25", "-", "2010-03-25", "2010-03-25"},
			{"6pm", "TIME", "2010-03-25T18:00", "-", "2010-03-25", "2010-03-25"},
			{"6 April", "DATE", "2010-04-06", "-", "2010-04-06", "2010-04-06"},
		}},
}
