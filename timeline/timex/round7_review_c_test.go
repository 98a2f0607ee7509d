package timex

import "testing"

// round7ReviewC is the review of round 7's history-narrative and
// press-release rules on ordinary news: background dates that send the
// story back years and then return to the present, obituaries, courts,
// sports, notices. Narrowed cases were wrong dates before the review;
// held cases came out right and stay so.
var round7ReviewC = []formCase{
	// narrowed: two old dates years apart are a background, no story told month by month
	{"narrowed: an obituary's birth and a later milestone years apart are no story; the death is this year's", "2014-10-14",
		"Smith was born in Leeds in May 1931 and joined the navy in June 1949. He died on Oct. 8 at his home.",
		[]want{{"May 1931", "DATE", "1931-05", "", "", ""}, {"June 1949", "DATE", "1949-06", "", "", ""}, {"Oct. 8", "DATE", "2014-10-08", "", "", ""}}},
	{"narrowed: an obituary's death in a month this year has not reached is last year's, not the milestone's year", "2014-03-14",
		"Smith was born in May 1931 and joined the navy in June 1949. He died on Nov. 8 at his home.",
		[]want{{"May 1931", "DATE", "1931-05", "", "", ""}, {"June 1949", "DATE", "1949-06", "", "", ""}, {"Nov. 8", "DATE", "2013-11-08", "", "", ""}}},
	{"narrowed: a company's founding and listing years apart, then news of the year", "2014-10-14",
		"The company was founded in March 2001 and listed in June 2005. It cut 500 jobs in August.",
		[]want{{"March 2001", "DATE", "2001-03", "", "", ""}, {"June 2005", "DATE", "2005-06", "", "", ""}, {"August", "DATE", "2014-08", "", "", ""}}},
	{"narrowed: a sports story recalls two finals years apart, then this season's match", "2014-09-15",
		"Italy won the final in July 2006 and lost in June 2010. They beat Norway in September.",
		[]want{{"July 2006", "DATE", "2006-07", "", "", ""}, {"June 2010", "DATE", "2010-06", "", "", ""}, {"September", "DATE", "2014-09", "", "", ""}}},
	{"narrowed: a past perfect background years apart, then the simple past of the news", "2013-11-20",
		"He had joined the bank in May 2002 and had become chief in June 2007. He resigned on Sept. 4.",
		[]want{{"May 2002", "DATE", "2002-05", "", "", ""}, {"June 2007", "DATE", "2007-06", "", "", ""}, {"Sept. 4", "DATE", "2013-09-04", "", "", ""}}},
	{"narrowed: a quotation recalling two dates years apart, then this year", "2013-11-20",
		"\"We came here in May 2002 and built the school in June 2007,\" she said. \"In August the roof fell in.\"",
		[]want{{"May 2002", "DATE", "2002-05", "", "", ""}, {"June 2007", "DATE", "2007-06", "", "", ""}, {"August", "DATE", "2013-08", "", "", ""}}},
	{"narrowed: a bridge's opening and rebuilding decades apart, then this summer's cracks", "2013-11-20",
		"The bridge opened in May 1962 and was rebuilt in June 1990. Cracks were found in the summer.",
		[]want{{"May 1962", "DATE", "1962-05", "", "", ""}, {"June 1990", "DATE", "1990-06", "", "", ""}, {"the summer", "DATE", "2013-SU", "", "", ""}}},
	{"narrowed: the winter after a background years apart is the one just gone", "2013-04-20",
		"The bridge opened in May 1962 and was rebuilt in June 1990. It was closed in December.",
		[]want{{"May 1962", "DATE", "1962-05", "", "", ""}, {"June 1990", "DATE", "1990-06", "", "", ""}, {"December", "DATE", "2012-12", "", "", ""}}},
	{"narrowed: a club's two titles years apart, then the coach sacked this autumn (in a relative clause, after 'said')", "2013-11-20",
		"The club won the title in May 1998 and again in May 2003. The coach, who was sacked in September, said he was sad.",
		[]want{{"May 1998", "DATE", "1998-05", "", "", ""}, {"May 2003", "DATE", "2003-05", "", "", ""}, {"September", "DATE", "2013-09", "", "", ""}}},
	{"narrowed: a reporting verb's month after a background is this year's", "2013-11-20",
		"The club won the title in May 1998 and again in May 2003, the coach said in September.",
		[]want{{"May 1998", "DATE", "1998-05", "", "", ""}, {"May 2003", "DATE", "2003-05", "", "", ""}, {"September", "DATE", "2013-09", "", "", ""}}},
	{"narrowed: an obituary's birth and marriage, then the death this month", "2013-11-20",
		"She was born in March 1940 and married in June 1962. She died in hospital on Nov. 14.",
		[]want{{"March 1940", "DATE", "1940-03", "", "", ""}, {"June 1962", "DATE", "1962-06", "", "", ""}, {"Nov. 14", "DATE", "2013-11-14", "", "", ""}}},
	{"counter-example (held): a history narrative jumping two years a paragraph still keeps its year ('by the autumn' of 1957)", "2012-07-05",
		"The uprising spread in August 1955. In January 1957 the army was given full powers, and by the autumn the network had been crushed.",
		[]want{{"August 1955", "DATE", "1955-08", "", "", ""}, {"January 1957", "DATE", "1957-01", "", "", ""}, {"the autumn", "DATE", "1957-FA", "", "", ""}}},

	// held: these came out right before the review
	{"held: a background of two old dates, then a month this year has passed", "2014-05-14",
		"The company was founded in March 2001 and listed in June 2005. It cut 500 jobs in January.",
		[]want{{"March 2001", "DATE", "2001-03", "", "", ""}, {"June 2005", "DATE", "2005-06", "", "", ""}, {"January", "DATE", "2014-01", "", "", ""}}},
	{"held: an obituary's 'last week' after two old dates", "2014-10-14",
		"Smith was born in Leeds in May 1931 and joined the navy in June 1949. He died last week at his home.",
		[]want{{"May 1931", "DATE", "1931-05", "", "", ""}, {"June 1949", "DATE", "1949-06", "", "", ""}, {"last week", "DATE", "2014-W41", "", "", ""}}},
	{"held: a court story's hearing this year, a month before the crime's", "2015-03-11",
		"Jones was convicted in October 2008 of a robbery committed in August 2008. A hearing was held in February on his appeal.",
		[]want{{"October 2008", "DATE", "2008-10", "", "", ""}, {"August 2008", "DATE", "2008-08", "", "", ""}, {"February", "DATE", "2015-02", "", "", ""}}},
	{"held: a weekday after two old dates is the reference week's", "2015-03-11",
		"Jones was convicted on Oct. 3, 2008, and a robbery was committed on Aug. 9, 2008. On Tuesday the court heard his appeal.",
		[]want{{"Oct. 3, 2008", "DATE", "2008-10-03", "", "", ""}, {"Aug. 9, 2008", "DATE", "2008-08-09", "", "", ""}, {"Tuesday", "DATE", "2015-03-10", "", "", ""}}},
	{"held: Saturday's match after a final recalled", "2014-09-15",
		"Italy won the final on July 9, 2006, and lost in June 2010. On Saturday they beat Norway 2-0.",
		[]want{{"July 9, 2006", "DATE", "2006-07-09", "", "", ""}, {"June 2010", "DATE", "2010-06", "", "", ""}, {"Saturday", "DATE", "2014-09-13", "", "", ""}}},
	{"held: a 'since' chain starts states up to now, no story", "2013-11-20",
		"Prices have risen since May 2008 and wages have fallen since June 2009. In October, inflation reached 3 percent.",
		[]want{{"May 2008", "DATE", "2008-05", "", "", ""}, {"June 2009", "DATE", "2009-06", "", "", ""}, {"October", "DATE", "2013-10", "", "", ""}}},
	{"held: a past perfect 'since' chain, then the news", "2013-11-20",
		"He had worked at the bank since May 2002 and had run it since June 2007. He resigned in September.",
		[]want{{"May 2002", "DATE", "2002-05", "", "", ""}, {"June 2007", "DATE", "2007-06", "", "", ""}, {"September", "DATE", "2013-09", "", "", ""}}},
	{"held: an obituary's funeral after a weekday of this week", "2013-11-20",
		"She was born in March 1940 and married in June 1962. She died in hospital on Saturday morning, and her funeral was held in November.",
		[]want{{"March 1940", "DATE", "1940-03", "", "", ""}, {"June 1962", "DATE", "1962-06", "", "", ""}, {"Saturday morning", "TIME", "2013-11-16TMO", "", "", ""}, {"November", "DATE", "2013-11", "", "", ""}}},
}

func TestRound7ReviewC(t *testing.T) { runFormCases(t, round7ReviewC, false) }
