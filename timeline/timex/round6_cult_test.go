package timex

import "testing"

// round6CultCases are the rules adopted after tagging culture, education
// and agriculture news (testdata/news 86-90), each with counter-examples.
var round6CultCases = []formCase{
	// a season word naming a period of the school calendar
	{"'the autumn term', 'the fall semester', 'Every spring term' are school periods, not seasons: none (a British spring term runs from January)", "2013-07-16",
		"Councils expect to hire more staff in the autumn term. Strikes hit the fall semester. Every spring term we advertise. She teaches summer semesters.",
		nil},
	{"counter-example: the season alone, or a season before another noun, keeps its value", "2013-07-16",
		"Councils expect to hire more staff in the autumn. Every spring we advertise. The summer holidays start soon.",
		[]want{{"the autumn", "DATE", "2013-FA", "", "", ""}, {"Every spring", "SET", "XXXX-SP", "", "0", "0"}, {"The summer", "DATE", "2013-SU", "", "", ""}}},
	{"counter-example: 'the long term', 'the short term' keep their values", "2013-07-16",
		"The plan works in the short term but not over the long term.",
		[]want{{"the short term", "DATE", "FUTURE_REF", "", "0", "0"}, {"the long term", "DATE", "FUTURE_REF", "", "0", "0"}}},

	// a habit with a plural subject
	{"'Mills usually start crushing cane in October': a plural subject, the plain verb after 'usually', any year's month", "2012-09-14",
		"Mills usually start crushing cane in October. They typically plant in April. Farmers generally harvest in March.",
		[]want{{"October", "DATE", "XXXX-10", "", "0", "0"}, {"April", "DATE", "XXXX-04", "", "0", "0"}, {"March", "DATE", "XXXX-03", "", "0", "0"}}},
	{"counter-example: a past verb after 'usually' is a month of that year", "2012-09-14",
		"Mills usually started crushing cane in October. They usually planted in April.",
		[]want{{"October", "DATE", "2011-10", "", "", ""}, {"April", "DATE", "2012-04", "", "", ""}}},
	{"counter-example: a singular subject before a plain word, or a perfect, is no habit", "2012-09-14",
		"The company has usually reported in October. The bank usually met in October.",
		[]want{{"October", "DATE", "2011-10", "", "", ""}, {"October", "DATE", "2011-10", "", "", ""}}},
	{"counter-example: the clause after 'and' has its own tense", "2012-09-14",
		"Mills usually start in October, and this year they will start in November.",
		[]want{{"October", "DATE", "XXXX-10", "", "0", "0"}, {"this year", "DATE", "2012", "", "", ""}, {"November", "DATE", "2012-11", "", "", ""}}},

	// a range of months under way
	{"'The monsoon season, which runs from June to September, has brought less rain' in September: the range holding the reference month is this year's", "2012-09-14",
		"The monsoon season, which runs from June to September, has brought less rain so far. The festival runs from August through October.",
		[]want{{"June", "DATE", "2012-06", "", "", ""}, {"September", "DATE", "2012-09", "", "", ""}, {"August", "DATE", "2012-08", "", "", ""}, {"October", "DATE", "2012-10", "", "", ""}}},
	{"counter-example: in the future tense the range is the next one", "2012-09-14",
		"The season will run from June to September.",
		[]want{{"June", "DATE", "2013-06", "", "", ""}, {"September", "DATE", "2013-09", "", "", ""}}},
	{"counter-example: a range with its year, or one that does not hold the reference month, is left to the other rules", "2012-09-14",
		"The season ran from June to September 2011. The fair runs from October to December.",
		[]want{{"June", "DATE", "2011-06", "", "", ""}, {"September 2011", "DATE", "2011-09", "", "", ""}, {"October", "DATE", "2012-10", "", "", ""}, {"December", "DATE", "2012-12", "", "", ""}}},

	// a release in the present
	{"'The film hits theaters Dec. 20', 'hits stores on Friday': a release told in the present, a date to come", "2013-05-26",
		"The studio's sequel hits theaters Dec. 20 after a year's delay. The phone hits stores on Friday.",
		[]want{{"Dec. 20", "DATE", "2013-12-20", "", "", ""}, {"a year", "DURATION", "P1Y", "", "", ""}, {"Friday", "DATE", "2013-05-31", "", "", ""}}},
	{"counter-example: 'hits' of anything else, or the past 'hit', says nothing of the time", "2013-05-26",
		"The storm hits the coast Dec. 20 in the story. The phone hit stores on Dec. 20.",
		[]want{{"Dec. 20", "DATE", "2012-12-20", "", "", ""}, {"Dec. 20", "DATE", "2012-12-20", "", "", ""}}},

	// the hour of a weekly set
	{"'airs Sundays at 9 p.m.', 'every Monday at 10 a.m.', 'daily at 6 a.m.': the hour of a set is any day's", "2013-01-17",
		"The show airs Sundays at 9 p.m. on the network. The board meets every Monday at 10 a.m. Trains run daily at 6 a.m.",
		[]want{{"Sundays", "SET", "XXXX-WXX-7", "", "0", "0"}, {"9 p.m.", "TIME", "XXXX-XX-XXT21:00", "", "0", "0"},
			{"every Monday", "SET", "XXXX-WXX-1", "", "0", "0"}, {"10 a.m.", "TIME", "XXXX-XX-XXT10:00", "", "0", "0"},
			{"daily", "SET", "P1D", "", "0", "0"}, {"6 a.m.", "TIME", "XXXX-XX-XXT06:00", "", "0", "0"}}},
	{"counter-example: a single day before 'at' gives its day to the hour", "2013-01-17",
		"The show aired on Sunday at 9 p.m.",
		[]want{{"Sunday", "DATE", "2013-01-13", "", "", ""}, {"9 p.m.", "TIME", "2013-01-13T21:00", "", "", ""}}},

	// a relative clause past the main verb
	{"'The album, out March 5, includes the single, which went on sale on Tuesday': the relative clause after the main verb has its own tense", "2013-01-17",
		"The album, \"Salt Roads,\" out March 5, includes the single \"Harbour Lights,\" which went on sale on Tuesday.",
		[]want{{"March 5", "DATE", "2013-03-05", "", "", ""}, {"Tuesday", "DATE", "2013-01-15", "", "", ""}}},
	{"counter-example: a past main verb dates the day; a relative clause right after the date still counts", "2013-01-17",
		"The album, out March 5, sold 100,000 copies, which pleased the label. He arrived on March 5, which was a surprise.",
		[]want{{"March 5", "DATE", "2012-03-05", "", "", ""}, {"March 5", "DATE", "2012-03-05", "", "", ""}}},

	// the day of an event of a named year
	{"'will hold next year's ceremony on Feb. 22', 'lost at last year's ceremony on Feb. 24': the day is the event's, in that year", "2014-03-03",
		"The academy will hold next year's ceremony on Feb. 22. She lost at last year's ceremony on Feb. 24.",
		[]want{{"next year", "DATE", "2015", "", "", ""}, {"Feb. 22", "DATE", "2015-02-22", "", "", ""}, {"last year", "DATE", "2013", "", "", ""}, {"Feb. 24", "DATE", "2013-02-24", "", "", ""}}},
	{"counter-example: a person of that year ('last year's winner plays on March 5') leaves the day to the tense", "2014-03-03",
		"Last year's winner plays on March 5.",
		[]want{{"Last year", "DATE", "2013", "", "", ""}, {"March 5", "DATE", "2014-03-05", "", "", ""}}},

	// a holiday weekend with its length
	{"'over the three-day weekend', 'the four-day weekend' are the weekend, as 'the long weekend'", "2013-05-26",
		"Over the three-day weekend it grossed $82 million. Traffic was heavy over the four-day weekend.",
		[]want{{"the three-day weekend", "DATE", "2013-W21-WE", "", "2013-05-25", "2013-05-26"}, {"the four-day weekend", "DATE", "2013-W21-WE", "", "", ""}}},
	{"counter-example: without 'the', or before a possessive, the length stays a duration", "2013-05-26",
		"It plans a three-day weekend break. The four-day weekend's take was huge.",
		[]want{{"three-day", "DURATION", "P3D", "", "0", "0"}, {"four-day", "DURATION", "P4D", "", "0", "0"}}},
}

func TestRound6Cult(t *testing.T) { runFormCases(t, round6CultCases, false) }
