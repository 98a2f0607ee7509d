package timex

import "testing"

// round9CrimeCases are the rules adopted after tagging the local
// public-safety items of testdata/news (376-389): police blotters and
// logs, appeals, crashes, fires and arrests. Each has counter-examples,
// and the sentences of its self-review: the trigger words in another
// sense or another tense. A value left "" is not checked.
var round9CrimeCases = []formCase{
	// a capitalised verb after a capitalised word is the end of a name
	{"'taken from a home in the city's North End at about 9:15 p.m. Saturday': a place's name, no present; the Saturday gone", "2023-06-04",
		"The boy was taken from a home in the city's North End at about 9:15 p.m. Saturday by a man who does not have custody of him. Police found the car in the East End on Saturday.",
		[]want{{"9:15 p.m. Saturday", "TIME", "2023-06-03T21:15", "APPROX", "", ""}, {"Saturday", "DATE", "2023-06-03", "-", "", ""}}},
	{"counter-example: a title-case headline keeps its verb ('Leaders Meet Monday'), and so does a verb in lower case ('Talks ... end on Friday')", "2023-06-04",
		"Leaders Meet Monday\n\nTalks between the two sides end on Friday.",
		[]want{{"Monday", "DATE", "2023-06-05", "-", "", ""}, {"Friday", "DATE", "2023-06-09", "-", "", ""}}},
	{"counter-example (self-review): a text in capitals keeps its verbs ('OBAMA AND KARZAI MEET MONDAY')", "2023-06-04",
		"OBAMA AND KARZAI MEET MONDAY. THE TALKS WILL BE HELD IN KABUL.",
		[]want{{"MONDAY", "DATE", "2023-06-05", "-", "", ""}}},
	{"counter-example (self-review): 'head' after a capitalised subject in lower case is the verb ('Voters in Land's End head to the polls on Thursday')", "2023-06-04",
		"Voters in Land's End head to the polls on Thursday.",
		[]want{{"Thursday", "DATE", "2023-06-08", "-", "", ""}}},

	// "would have" and a participle before the date
	{"'would have been very busy in the early hours of Sunday morning', 'would not have seen her on Friday': the past", "2024-02-08",
		"Call Lane would have been very busy in the early hours of Sunday morning. He would not have seen her on Friday.",
		[]want{{"Sunday morning", "TIME", "2024-02-04TMO", "-", "", ""}, {"Friday", "DATE", "2024-02-02", "-", "", ""}}},
	{"counter-example: 'would have to', 'would have a' look ahead", "2024-02-08",
		"He would have to appear in court on Monday. She said he would have a hearing on Friday.",
		[]want{{"Monday", "DATE", "2024-02-12", "-", "", ""}, {"Friday", "DATE", "2024-02-09", "-", "", ""}}},
	{"counter-example (self-review): 'would have been' before an age or a count of years is a birthday or an anniversary, which may be to come", "2015-01-06",
		"Elvis Presley would have been 80 on Thursday.",
		[]want{{"Thursday", "DATE", "2015-01-08", "-", "", ""}}},
	{"counter-example (self-review): after the date, 'would have' may be a future seen from the past ('By Friday, the crews would have cleared the road')", "2024-02-08",
		"By Friday, the crews would have cleared the road, officials said.",
		[]want{{"Friday", "DATE", "2024-02-09", "-", "", ""}}},

	// a holiday after a year's possessive
	{"'last year's Christmas enforcement period', 'next year's Easter', '2005's Christmas': the holiday of that year", "2006-12-15",
		"During last year's Christmas enforcement period, 34 people died. Next year's Easter falls early. 2005's Christmas was white.",
		[]want{{"last year", "DATE", "2005", "-", "", ""}, {"Christmas", "DATE", "2005-12-25", "-", "", ""}, {"Next year", "DATE", "2007", "-", "", ""}, {"Easter", "DATE", "2007-04-08", "-", "", ""}, {"2005", "DATE", "2005", "-", "", ""}, {"Christmas", "DATE", "2005-12-25", "-", "", ""}}},
	{"counter-example (self-review): a possessive not of a year, or not right before the holiday, leaves the holiday's year alone", "2006-12-15",
		"Last year's winner will race again on Christmas Day. The city's Christmas parade is on Saturday.",
		[]want{{"Last year", "DATE", "2005", "-", "", ""}, {"Christmas Day", "DATE", "2006-12-25", "-", "", ""}, {"Christmas", "DATE", "2006-12-25", "-", "", ""}, {"Saturday", "DATE", "2006-12-16", "-", "", ""}}},

	// four digits ending a telephone or reference number
	{"'call 513-556-1111', '556-1999', 'quoting reference 10-1234': no year", "2016-11-02",
		"Anyone with information should call 513-556-1111 or 556-1999, quoting reference 10-1234.",
		[]want{}},
	{"counter-example: a span of years ('the 1990-1994 war', 'the 1994-95 season') and a numeric date's year ('10-12-2014') stay", "2016-11-02",
		"The 1990-1994 war ended. The 1994-95 season was long. On 10-12-2014 the deal closed.",
		[]want{{"1990", "DATE", "1990", "-", "", ""}, {"1994", "DATE", "1994", "-", "", ""}, {"1994", "DATE", "1994", "-", "", ""}, {"2014", "DATE", "2014", "-", "", ""}}},
	{"counter-example (self-review): a span of an era ('in AD 800-1200', '800-1200 AD') keeps its second year", "2016-11-02",
		"The church was rebuilt in AD 800-1200. The site was used 800-1200 AD.",
		[]want{{"1200", "DATE", "1200", "-", "", ""}, {"1200", "DATE", "1200", "-", "", ""}}},
	{"counter-example (self-review): a range of figures ('the 100-2000 range') gives no year either, as before none was meant", "2016-11-02",
		"Prices sit in the 100-2000 range.",
		[]want{}},

	// "a night out" as an outing
	{"'had been on a night out with friends', 'after a night out in the city': an outing, no duration", "2024-02-08",
		"He had been on a night out with friends. After a night out in the city, he was robbed.",
		[]want{}},
	{"counter-example (self-review): 'spent a night out in the open' and 'a night in the cells' are a night long", "2024-02-08",
		"The climbers spent a night out in the open. He spent a night in the cells.",
		[]want{{"a night", "DURATION", "P1D", "-", "", ""}, {"a night", "DURATION", "P1D", "-", "", ""}}},

	// a log's dated heading over entries that open with clock times
	{"a police log: entries opening with clock times under a heading 'Monday, Jan. 19' are that day's", "2026-01-26",
		"Monday, Jan. 19\n\n7:52 a.m. -- A two-car crash was reported. No injuries.\n\n4:15 p.m. -- A package was reported stolen.\n\nWednesday, Jan. 21\n\n9:06 p.m. -- A man was arrested.",
		[]want{{"Monday, Jan. 19", "DATE", "2026-01-19", "-", "", ""}, {"7:52 a.m.", "TIME", "2026-01-19T07:52", "-", "", ""}, {"4:15 p.m.", "TIME", "2026-01-19T16:15", "-", "", ""}, {"Wednesday, Jan. 21", "DATE", "2026-01-21", "-", "", ""}, {"9:06 p.m.", "TIME", "2026-01-21T21:06", "-", "", ""}}},
	{"a weekday in a log's entry counts from the heading's day: 'since Friday' back, 'arrested on Monday' the heading's Monday, 'will appear in court on Friday' on", "2026-01-26",
		"Monday, Jan. 19\n\n4:15 p.m. -- A resident reported a package stolen sometime since Friday.\n\n9:30 p.m. -- A man was arrested on Monday and will appear in court on Friday.",
		[]want{{"Monday, Jan. 19", "DATE", "2026-01-19", "-", "", ""}, {"4:15 p.m.", "TIME", "2026-01-19T16:15", "-", "", ""}, {"Friday", "DATE", "2026-01-16", "-", "", ""}, {"9:30 p.m.", "TIME", "2026-01-19T21:30", "-", "", ""}, {"Monday", "DATE", "2026-01-19", "-", "", ""}, {"Friday", "DATE", "2026-01-23", "-", "", ""}}},
	{"counter-example: a weekday in prose, or in an entry with no heading above it, counts from the reference day", "2026-01-26",
		"A resident reported a package stolen on Friday.\n\n4:15 p.m. -- A man reported a theft on Friday.",
		[]want{{"Friday", "DATE", "2026-01-23", "-", "", ""}, {"4:15 p.m.", "TIME", "", "-", "", ""}, {"Friday", "DATE", "2026-01-23", "-", "", ""}}},
	{"counter-example (self-review): a weekday named inside an entry does not become the next entry's heading", "2026-01-26",
		"Monday, Jan. 19\n\n4:15 p.m. -- A bike stolen on Friday was found.\n\n9:30 p.m. -- A fight was reported.",
		[]want{{"Monday, Jan. 19", "DATE", "2026-01-19", "-", "", ""}, {"4:15 p.m.", "TIME", "2026-01-19T16:15", "-", "", ""}, {"Friday", "DATE", "2026-01-16", "-", "", ""}, {"9:30 p.m.", "TIME", "2026-01-19T21:30", "-", "", ""}}},
	{"counter-example: a line of prose between the heading and the entry ends the log", "2026-01-26",
		"Monday, Jan. 19\n\nThe week began quietly.\n\n4:15 p.m. -- A package was reported stolen.",
		[]want{{"Monday, Jan. 19", "DATE", "2026-01-19", "-", "", ""}, {"4:15 p.m.", "TIME", "2026-01-26T16:15", "-", "", ""}}},
	{"counter-example (self-review): a heading with words beside the day ('Police chief speaks on Monday') is no log heading", "2026-01-26",
		"Police chief speaks on Monday\n\n4:15 p.m. -- The chief spoke.",
		[]want{{"Monday", "DATE", "", "", "", ""}, {"4:15 p.m.", "TIME", "2026-01-26T16:15", "-", "", ""}}},

	// a weekday's part of the day, then its date
	{"'last seen on Tuesday evening, 10 October 2017': one expression, the date restating the day", "2017-10-11",
		"Chloe was last seen on Tuesday evening, 10 October 2017, in Week Street. He left on Monday night, Oct. 9, for Dover.",
		[]want{{"Tuesday evening, 10 October 2017", "TIME", "2017-10-10TEV", "-", "", ""}, {"Monday night, Oct. 9", "TIME", "2017-10-09TNI", "-", "", ""}}},
	{"counter-example (self-review): a date of another weekday after the comma stays apart", "2017-10-11",
		"She called on Monday morning, 10 October, twice.",
		[]want{{"Monday morning", "TIME", "2017-10-09TMO", "-", "", ""}, {"10 October", "DATE", "2017-10-10", "-", "", ""}}},
	{"counter-example (self-review): a count after the comma is no date ('On Tuesday evening, 10 people were arrested')", "2017-10-11",
		"On Tuesday evening, 10 people were arrested. On Monday night, 12 October marchers were held.",
		[]want{{"Tuesday evening", "TIME", "2017-10-10TEV", "-", "", ""}, {"Monday night", "TIME", "2017-10-09TNI", "-", "", ""}, {"12 October", "DATE", "", "", "", ""}}},

	// the second end of a range of 24-hour clock times
	{"'from 20:00 BST on Monday to 06:00 on Tuesday': the range's second end is a clock time", "2015-05-22",
		"The closure will run from 20:00 BST on Monday to 06:00 on Tuesday.",
		[]want{{"20:00 BST", "TIME", "2015-05-25T20:00", "-", "", ""}, {"Monday", "DATE", "2015-05-25", "-", "", ""}, {"06:00", "TIME", "2015-05-26T06:00", "-", "", ""}, {"Tuesday", "DATE", "2015-05-26", "-", "", ""}}},
	{"counter-example (self-review): odds and ratios after 'to' are no clock time ('cut his odds to 5:1', 'from 3:1 last year to 4:1')", "2015-05-22",
		"Bookmakers cut his odds to 5:1 on Friday. The ratio rose from 3:1 last year to 4:1 now.",
		[]want{{"Friday", "DATE", "2015-05-22", "-", "", ""}, {"last year", "DATE", "2014", "-", "", ""}, {"now", "DATE", "PRESENT_REF", "-", "", ""}}},
}

func TestRound9Crime(t *testing.T) { runFormCases(t, round9CrimeCases, true) }
