package timex

import "testing"

// round7Wiki are the rules of the seventh round drawn from encyclopedic
// history narratives (items 165-174): background sections, chronologies
// and explainers whose story lies decades back while the reference date
// is the day of publication. Each rule has its reason and at least one
// counter-example, where the trigger stands in another sense or tense.
var round7Wiki = []formCase{
	// a history narrative's bare months, days and seasons take its year
	{"a bare month in a past clause after two dates of a year three or more back is of the story's year", "2013-07-26",
		"A retreat began on 5 December 1950, and Seoul changed hands again on 4 January 1951. It was retaken in March.",
		[]want{{"5 December 1950", "DATE", "1950-12-05", "", "", ""}, {"4 January 1951", "DATE", "1951-01-04", "", "", ""}, {"March", "DATE", "1951-03", "-", "1951-03-01", "1951-03-31"}}},
	{"a day-first date after the story's day goes on in its year, past the 31 days of storyYear", "2009-02-10",
		"Protests began in January 1978, and on 8 September 1978 troops fired on crowds. Strikes closed the oil industry on 4 November.",
		[]want{{"January 1978", "DATE", "1978-01", "", "", ""}, {"8 September 1978", "DATE", "1978-09-08", "", "", ""}, {"4 November", "DATE", "1978-11-04", "-", "1978-11-04", "1978-11-04"}}},
	{"a season after the story's month is of the story's year", "2012-07-05",
		"The Evian Accords were signed on 18 March 1962, and a ceasefire took effect on 19 March 1962. The OAS waged a bombing campaign through the spring.",
		[]want{{"18 March 1962", "DATE", "1962-03-18", "", "", ""}, {"19 March 1962", "DATE", "1962-03-19", "", "", ""}, {"the spring", "DATE", "1962-SP", "-", "", ""}}},
	{"January to March after October to December is the next year's: the winter goes on", "2013-05-27",
		"The siege began on 8 September 1941 and the last road was cut in November 1941. In December and January alone, 100,000 people died.",
		[]want{{"8 September 1941", "DATE", "1941-09-08", "", "", ""}, {"November 1941", "DATE", "1941-11", "", "", ""}, {"December", "DATE", "1941-12", "-", "", ""}, {"January", "DATE", "1942-01", "-", "", ""}}},
	{"a month after 'since' in the story is a state begun earlier in the story's year", "2016-07-01",
		"The battle began on 1 July 1916 and ended in November 1916. It was meant to relieve Verdun, which had been under attack since February.",
		[]want{{"1 July 1916", "DATE", "1916-07-01", "", "", ""}, {"November 1916", "DATE", "1916-11", "", "", ""}, {"February", "DATE", "1916-02", "-", "", ""}}},
	{"counter-example: a year alone may be a founding the story does not go on from", "2013-06-10",
		"The company was founded in 1998 and listed in 2004. It cut 200 jobs in March.",
		[]want{{"1998", "DATE", "1998", "", "", ""}, {"2004", "DATE", "2004", "", "", ""}, {"March", "DATE", "2013-03", "-", "", ""}}},
	{"counter-example: a future clause is not the story", "2013-06-10",
		"The plant opened on 3 May 1998 and closed on 9 June 2001. A new owner will reopen it in March.",
		[]want{{"3 May 1998", "DATE", "1998-05-03", "", "", ""}, {"9 June 2001", "DATE", "2001-06-09", "", "", ""}, {"March", "DATE", "2014-03", "-", "", ""}}},
	{"counter-example: dates after 'since' start a state up to now, no story", "2013-07-17",
		"Wages have fallen every month since May 2010, and rates have stayed low since March 2009. Mark Carney took over at the start of July.",
		[]want{{"every month", "SET", "P1M", "", "", ""}, {"May 2010", "DATE", "2010-05", "", "", ""}, {"March 2009", "DATE", "2009-03", "", "", ""}, {"the start of July", "DATE", "2013-07", "START", "", ""}}},
	{"counter-example: one old date is no story yet (an obituary's birth)", "2014-11-07",
		"The wall fell on 9 November 1989. He spoke in December.",
		[]want{{"9 November 1989", "DATE", "1989-11-09", "", "", ""}, {"December", "DATE", "2013-12", "-", "", ""}}},
	{"counter-example: a month before the story's month that this year has passed is left to the tense (news may be back in the present)", "2009-08-10",
		"Troops fired on crowds on 8 September 1978, and an earthquake struck on 16 September 1978. In June, prices rose.",
		[]want{{"8 September 1978", "DATE", "1978-09-08", "", "", ""}, {"16 September 1978", "DATE", "1978-09-16", "", "", ""}, {"June", "DATE", "2009-06", "-", "", ""}}},
	{"a month before the story's month that this year has not reached is the story's: the tense would name last year, which the text never named", "2009-04-29",
		"Cases rose in September 1918, and on 28 September 1918 a parade went ahead. The wave had begun in late August.",
		[]want{{"September 1918", "DATE", "1918-09", "", "", ""}, {"28 September 1918", "DATE", "1918-09-28", "", "", ""}, {"late August", "DATE", "1918-08", "END", "", ""}}},
	{"the story reaches two sentences back when the sentence between is in the past", "2014-04-07",
		"On 21 April 1994 the council voted, and on 29 April 1994 the killing peaked. The rebels advanced from the north. They took Kigali on 4 July.",
		[]want{{"21 April 1994", "DATE", "1994-04-21", "", "", ""}, {"29 April 1994", "DATE", "1994-04-29", "", "", ""}, {"4 July", "DATE", "1994-07-04", "-", "", ""}}},
	{"counter-example: a sentence in the present between ends the story", "2014-04-07",
		"On 21 April 1994 the council voted, and on 29 April 1994 the killing peaked. The country is calm now. Rebels took a border town on 4 July.",
		[]want{{"21 April 1994", "DATE", "1994-04-21", "", "", ""}, {"29 April 1994", "DATE", "1994-04-29", "", "", ""}, {"now", "DATE", "PRESENT_REF", "", "", ""}, {"4 July", "DATE", "2013-07-04", "-", "", ""}}},
	{"counter-example: 'may' the modal and 'spring' the verb in a history narrative are no dates", "2013-07-26",
		"Stalin died in March 1953, and the armistice was signed on 27 July 1953. It may never have been signed without his death, and water continued to spring from the ruins.",
		[]want{{"March 1953", "DATE", "1953-03", "", "", ""}, {"27 July 1953", "DATE", "1953-07-27", "", "", ""}}},
	{"'N days later' goes on with the story though its day is not given: it counts as a link of the chain", "2009-02-10",
		"Protests began in January 1978, and ceremonies held 40 days later led to new deaths. The cycle repeated through the spring.",
		[]want{{"January 1978", "DATE", "1978-01", "", "", ""}, {"40 days", "DURATION", "P40D", "", "0", "0"}, {"the spring", "DATE", "1978-SP", "-", "", ""}}},
	{"counter-example: 'N days later' after a recent date is no history", "2009-02-10",
		"Protests began in January 2008, and ceremonies held 40 days later led to new deaths. The cycle repeated through the spring.",
		[]want{{"January 2008", "DATE", "2008-01", "", "", ""}, {"40 days", "DURATION", "P40D", "", "", ""}, {"the spring", "DATE", "2008-SP", "-", "", ""}}},

	// a plural subject's "mark", "celebrate" in the simple present: a timetable
	{"'mark' after a plural subject, in the simple present, is a timetable: the coming day", "2013-07-26",
		"North and South Korea mark 60 years on Saturday since the armistice.",
		[]want{{"60 years", "DURATION", "P60Y", "", "", ""}, {"Saturday", "DATE", "2013-07-27", "-", "", ""}}},
	{"'celebrate' the same", "2012-07-04",
		"Algerians celebrate independence on Thursday.",
		[]want{{"Thursday", "DATE", "2012-07-05", "-", "", ""}}},
	{"counter-example: 'to mark' after a past verb is the past day", "2013-07-29",
		"Veterans gathered to mark the anniversary on Saturday.",
		[]want{{"Saturday", "DATE", "2013-07-27", "-", "", ""}}},
	{"counter-example: 'mark' the noun after a determiner gives no timetable", "2013-07-26",
		"The team made its mark on Saturday.",
		[]want{{"Saturday", "DATE", "2013-07-20", "-", "", ""}}},
	{"counter-example: January-March a sentence after December is not carried into the next year (news may be back in the present)", "2013-06-10",
		"He was convicted in October 2008 and sentenced on 5 December 2008. He was released in March.",
		[]want{{"October 2008", "DATE", "2008-10", "", "", ""}, {"5 December 2008", "DATE", "2008-12-05", "", "", ""}, {"March", "DATE", "2013-03", "-", "", ""}}},
	{"counter-example: 'the end of the month' in the present after a history is the reference month", "2014-04-07",
		"A plane was shot down on 6 April 1994, and a ferry sank on 9 April 1994. Rent is due at the end of the month.",
		[]want{{"6 April 1994", "DATE", "1994-04-06", "", "", ""}, {"9 April 1994", "DATE", "1994-04-09", "", "", ""}, {"the end of the month", "DATE", "2014-04", "END", "", ""}}},
	{"counter-example: 'May' the modal after 'the following' is no month", "2013-05-27",
		"On 25 October 1917 the Bolsheviks seized the palace, and on 26 October 1917 they formed a government. Historians say the following may explain it.",
		[]want{{"25 October 1917", "DATE", "1917-10-25", "", "", ""}, {"26 October 1917", "DATE", "1917-10-26", "", "", ""}}},
	{"counter-example: 'since' in a present perfect is no backdrop; the story date stays the day", "2013-07-26",
		"On 25 June 1950 troops crossed the line. It has divided the peninsula since 1945.",
		[]want{{"25 June 1950", "DATE", "1950-06-25", "", "", ""}, {"1945", "DATE", "1945", "", "", ""}}},

	// a clock time right before "the next day" is on that day
	{"a clock time right before 'the next day', 'the following day' is on that day, which stays an expression of its own", "2012-07-05",
		"The accords were signed on 18 March 1962. A ceasefire took effect at noon the next day, and troops withdrew at 10 a.m. the following day.",
		[]want{{"18 March 1962", "DATE", "1962-03-18", "", "", ""}, {"noon", "TIME", "1962-03-19T12:00", "", "", ""}, {"the next day", "DATE", "1962-03-19", "", "", ""},
			{"10 a.m.", "TIME", "1962-03-20T10:00", "", "", ""}, {"the following day", "DATE", "1962-03-20", "", "", ""}}},
	{"counter-example: a sentence stop between leaves the clock time on the day before", "2012-07-05",
		"The accords were signed on 18 March 1962 at noon. The next day a ceasefire took effect.",
		[]want{{"18 March 1962", "DATE", "1962-03-18", "", "", ""}, {"noon", "TIME", "1962-03-18T12:00", "", "", ""}, {"The next day", "DATE", "1962-03-19", "", "", ""}}},
	{"counter-example: a date after 'on' keeps giving the clock time its day", "2012-07-05",
		"The accords were signed on 18 March 1962. Talks had ended at 10 p.m. on 17 March 1962.",
		[]want{{"18 March 1962", "DATE", "1962-03-18", "", "", ""}, {"10 p.m.", "TIME", "1962-03-17T22:00", "", "", ""}, {"17 March 1962", "DATE", "1962-03-17", "", "", ""}}},

	// the story year reaches day-first dates as it reached month-first ones
	{"a day-first date within 31 days after the story's day is of its year, as 'Nov. 10' after 'Nov. 9, 1989'", "2014-04-07",
		"On the evening of 6 April 1994, a plane was shot down. On 21 April, the council voted.",
		[]want{{"6 April 1994", "DATE", "1994-04-06", "", "", ""}, {"21 April", "DATE", "1994-04-21", "-", "1994-04-21", "1994-04-21"}}},
	{"counter-example: a day-first date in a future clause is still to come", "2014-04-07",
		"On 6 April 1994, a plane was shot down. A memorial will open on 21 April.",
		[]want{{"6 April 1994", "DATE", "1994-04-06", "", "", ""}, {"21 April", "DATE", "2014-04-21", "-", "", ""}}},

	// a date after "since" in a past-perfect clause is the story's backdrop
	{"a year after 'since' in a past perfect does not move the story: 'Three days later' counts from its day", "2013-07-26",
		"On 25 June 1950, troops crossed the line that had divided the peninsula since the Japanese surrender in 1945. Three days later, Seoul fell.",
		[]want{{"25 June 1950", "DATE", "1950-06-25", "", "", ""}, {"1945", "DATE", "1945", "", "", ""}, {"Three days", "DURATION", "P3D", "", "1950-06-28", "1950-06-28"}}},
	{"counter-example: a past perfect without 'since' goes on with the story it tells", "2004-01-28",
		"On 3 March 2001 he was jailed. He had fled to Florida in June 1998 and returned to Cuba later that year.",
		[]want{{"3 March 2001", "DATE", "2001-03-03", "", "", ""}, {"June 1998", "DATE", "1998-06", "", "", ""}, {"later that year", "DATE", "1998", "", "", ""}}},
	{"counter-example: 'since' in the simple past names a time the story may go back to", "2013-07-26",
		"On 25 June 1950 troops crossed the border, closed since 1945. That year, the division hardened.",
		[]want{{"25 June 1950", "DATE", "1950-06-25", "", "", ""}, {"1945", "DATE", "1945", "", "", ""}, {"That year", "DATE", "1945", "", "", ""}}},

	// "that winter" after a year alone
	{"'that winter' after a year alone is the winter that begins in its December", "2015-05-08",
		"The blight was first seen in 1845. That winter, the government bought maize.",
		[]want{{"1845", "DATE", "1845", "", "", ""}, {"That winter", "DATE", "1845-WI", "-", "", ""}}},
	{"counter-example: 'that winter' after January is the winter of the year before", "2015-05-08",
		"The river froze in January 2010. That winter was the coldest in decades.",
		[]want{{"January 2010", "DATE", "2010-01", "", "", ""}, {"That winter", "DATE", "2009-WI", "-", "", ""}, {"decades", "DURATION", "PXDE", "", "", ""}}},

	// a season "of that year"
	{"a season 'of that year', 'of the following year' counts from the date last named", "2015-05-08",
		"By March 1847, 700,000 people worked on public schemes. Soup kitchens fed millions by the summer of that year, and the blight came back in the spring of the following year.",
		[]want{{"March 1847", "DATE", "1847-03", "", "", ""}, {"the summer of that year", "DATE", "1847-SU", "-", "", ""}, {"the spring of the following year", "DATE", "1848-SP", "-", "", ""}}},
	{"counter-example: 'the summer of 1989' keeps its year", "2015-05-08",
		"He left in March 1847. The summer of 1989 was hot.",
		[]want{{"March 1847", "DATE", "1847-03", "", "", ""}, {"The summer of 1989", "DATE", "1989-SU", "-", "", ""}}},

	// "the following March"
	{"'the following March' is the first such month after the date last named", "2013-05-27",
		"The Bolsheviks seized the palace on 25 October 1917, and the following March the capital moved to Moscow.",
		[]want{{"25 October 1917", "DATE", "1917-10-25", "", "", ""}, {"the following March", "DATE", "1918-03", "-", "1918-03-01", "1918-03-31"}}},
	{"'the following September' after November is the next year's", "2009-02-10",
		"Students seized the embassy on 4 November 1979 and were still there on 30 November 1979. The following September, Iraq invaded.",
		[]want{{"4 November 1979", "DATE", "1979-11-04", "", "", ""}, {"30 November 1979", "DATE", "1979-11-30", "", "", ""}, {"The following September", "DATE", "1980-09", "-", "1980-09-01", "1980-09-30"}}},
	{"counter-example: 'the following' before a month and a day is left to the day's own reading", "2013-05-27",
		"Talks opened on 2 February 2013 and set the following March 3 deadline.",
		[]want{{"2 February 2013", "DATE", "2013-02-02", "", "", ""}, {"March 3", "DATE", "", "", "", ""}}},

	// "the end of the month" in a history narrative
	{"'the end of the month' in a history narrative is the month of the date last named", "2014-04-07",
		"A plane was shot down on 6 April 1994. On 21 April, the council voted. By the end of the month, thousands had been killed.",
		[]want{{"6 April 1994", "DATE", "1994-04-06", "", "", ""}, {"21 April", "DATE", "1994-04-21", "", "", ""}, {"the end of the month", "DATE", "1994-04", "END", "", ""}}},
	{"counter-example: the end of the month in a future clause is this month's", "2014-04-07",
		"A plane was shot down on 6 April 1994, and a ferry sank on 9 April 1994. A report will be ready by the end of the month.",
		[]want{{"6 April 1994", "DATE", "1994-04-06", "", "", ""}, {"9 April 1994", "DATE", "1994-04-09", "", "", ""}, {"the end of the month", "DATE", "2014-04", "END", "", ""}}},
	{"counter-example: a story of last year is no history: the month stays the tense's", "2014-04-07",
		"The mine closed on 6 March 2013 and reopened on 9 March 2013. By the end of the month, 40 workers had left.",
		[]want{{"6 March 2013", "DATE", "2013-03-06", "", "", ""}, {"9 March 2013", "DATE", "2013-03-09", "", "", ""}, {"the end of the month", "DATE", "", "END", "", ""}}},
}

func TestRound7Wiki(t *testing.T) {
	runFormCases(t, round7Wiki, true)
}
