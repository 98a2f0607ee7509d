package timex

import "testing"

// round6FeatCases are the rules adopted after tagging the narrative
// features, profiles and obituaries of testdata/news (items 38 on), whose
// time anchor moves with the story: each case is a class of miss or wrong
// value found there, with counter-examples.
var round6FeatCases = []formCase{
	// a month after "since" is gone
	{"'has met every Sunday since August' in July: the August gone, not the one just ahead", "2014-07-17",
		"The congregation has met in the gym every Sunday since August.",
		[]want{{"every Sunday", "SET", "XXXX-WXX-7", "", "0", "0"}, {"August", "DATE", "2013-08", "", "2013-08-01", "2013-08-31"}}},
	{"'since June' in July is this year's June, as before", "2014-07-17",
		"Prices have risen since June.",
		[]want{{"June", "DATE", "2014-06", "", "", ""}}},
	{"counter-example: 'until August' in July is the August just ahead", "2014-07-17",
		"The offer stands until August.",
		[]want{{"August", "DATE", "2014-08", "", "", ""}}},

	// the end of the decade of a past narrative
	{"'by the end of the decade' in a past clause after 1972 is the 1970s' end", "2015-06-16",
		"In 1972 she left to start her own practice. By the end of the decade the firm employed 40 engineers.",
		[]want{{"1972", "DATE", "1972", "", "", ""}, {"the end of the decade", "DATE", "197", "END", "1977-01-01", "1979-12-31"}}},
	{"the end of the decade in a past clause reaches back past a sentence with no date", "2016-02-10",
		"In 1983 he bet the company on a boot. Sales doubled within three years. By the end of the decade, the boots were standard issue.",
		[]want{{"1983", "DATE", "1983", "", "", ""}, {"three years", "DURATION", "P3Y", "", "", ""}, {"the end of the decade", "DATE", "198", "END", "", ""}}},
	{"counter-example: a clause to come keeps the present decade", "2015-06-16",
		"In 1972 she left. The firm hopes to double in size by the end of the decade.",
		[]want{{"1972", "DATE", "1972", "", "", ""}, {"the end of the decade", "DATE", "201", "END", "", ""}}},
	{"counter-example: with no date named, a past clause keeps the present decade", "2015-06-16",
		"Sales fell at the start of the decade.",
		[]want{{"the start of the decade", "DATE", "201", "START", "", ""}}},
	// "that summer" closing a clause
	{"'sued the council that summer, and' after a year named: the season of that year, though a noun precedes it", "2010-09-13",
		"In February 2008 engineers hit an old mine working. The contractor sued the council that summer, and the council sued back.",
		[]want{{"February 2008", "DATE", "2008-02", "", "", ""}, {"that summer", "DATE", "2008-SU", "", "2008-06-01", "2008-08-31"}}},
	{"counter-example: 'the floods that spring brings': 'that' a pronoun before a verb", "2010-09-13",
		"In 2009 the river rose. The floods that spring brings are worse.",
		[]want{{"2009", "DATE", "2009", "", "", ""}}},

	// "that May": the month of the year last named
	{"'lost the election that May' after 'March 2009' two sentences back is May 2009", "2010-09-13",
		"The case was settled in March 2009. The cost had reached 410 million pounds. Okafor lost the election that May.",
		[]want{{"March 2009", "DATE", "2009-03", "", "", ""}, {"that May", "DATE", "2009-05", "", "2009-05-01", "2009-05-31"}}},
	{"counter-example: with no date named before, 'that May' is none ('that' a conjunction)", "2010-09-13",
		"He said that May would be busy.",
		nil},
	{"counter-example: 'that' after a reporting verb is a conjunction before the month", "2014-03-01",
		"Rivers rose in January. The Met Office said on Thursday that February was the wettest month.",
		[]want{{"January", "DATE", "2014-01", "", "", ""}, {"Thursday", "DATE", "2014-02-27", "", "", ""}, {"February", "DATE", "2014-02", "", "", ""}}},

	// a year as a noun's modifier, before the narrative's date, does not move it back
	{"'four times the 1988 estimate' does not move the story from 2009: 'that May' is 2009's", "2010-09-13",
		"The case was settled in March 2009. By then the cost was four times the 1988 estimate. Okafor lost the election that May.",
		[]want{{"March 2009", "DATE", "2009-03", "", "", ""}, {"1988", "DATE", "1988", "", "", ""}, {"that May", "DATE", "2009-05", "", "", ""}}},
	{"counter-example: a modifier year after the narrative's date moves it on", "2015-06-16",
		"In 1972 she left. The 1984 strike nearly ruined the firm; that year she sold her house.",
		[]want{{"1972", "DATE", "1972", "", "", ""}, {"1984", "DATE", "1984", "", "", ""}, {"that year", "DATE", "1984", "", "", ""}}},
	{"counter-example: 'in 1988' is no modifier: the story moves back", "2010-09-13",
		"The case was settled in March 2009. The study was published in 1988. That year, the council met twice.",
		[]want{{"March 2009", "DATE", "2009-03", "", "", ""}, {"1988", "DATE", "1988", "", "", ""}, {"That year", "DATE", "1988", "", "", ""}}},

	// "overnight" in a sentence about a month gone
	{"'In February 2008 ... the tunnel flooded overnight': a night of that month, its day not given (PAST_REF)", "2010-09-13",
		"In February 2008 engineers hit an old mine working; the tunnel flooded overnight, and work stopped.",
		[]want{{"February 2008", "DATE", "2008-02", "", "", ""}, {"overnight", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: a year named in the sentence before leaves overnight the night before the reference day", "2010-09-13",
		"Profit rose in 2009. Shares fell overnight in New York.",
		[]want{{"2009", "DATE", "2009", "", "", ""}, {"overnight", "TIME", "2010-09-12TNI", "", "2010-09-12", "2010-09-13"}}},
	{"counter-example: a month just gone may be a figure's", "2010-09-13",
		"Sales in August rose, and shares fell overnight.",
		[]want{{"August", "DATE", "2010-08", "", "", ""}, {"overnight", "TIME", "2010-09-12TNI", "", "", ""}}},
	// a later clock time of a past narrative in the next sentence
	{"'By 8 p.m. ... At 9:40 p.m., he called': the next sentence's later clock time is on the day the first one took", "2014-07-17",
		"The rain began a little after 6 p.m. on July 16, 2013. By 8 p.m., the creek had risen four feet. At 9:40 p.m., the county's manager called the dam's operator.",
		[]want{{"6 p.m.", "TIME", "2013-07-16T18:00", "", "", ""}, {"July 16, 2013", "DATE", "2013-07-16", "", "", ""}, {"8 p.m.", "TIME", "2013-07-16T20:00", "", "0", "0"}, {"9:40 p.m.", "TIME", "2013-07-16T21:40", "", "0", "0"}}},
	{"an earlier clock time in the small hours after a late one is the next day's (lateOn, round6_live_test.go), not the day of the one before", "2014-07-17",
		"The storm hit on July 16, 2013. By 11 p.m. the creek had risen. At 2 a.m. the dam broke.",
		[]want{{"July 16, 2013", "DATE", "2013-07-16", "", "", ""}, {"11 p.m.", "TIME", "2013-07-16T23:00", "", "", ""}, {"2 a.m.", "TIME", "2013-07-17T02:00", "", "0", "0"}}},
	{"counter-example: a clause not past keeps the reference day", "2014-07-17",
		"The storm hit on July 16, 2013, at 8 p.m. The service starts at 11 p.m.",
		[]want{{"July 16, 2013", "DATE", "2013-07-16", "", "", ""}, {"8 p.m.", "TIME", "2013-07-16T20:00", "", "", ""}, {"11 p.m.", "TIME", "2014-07-17T23:00", "", "0", "0"}}},

	// "the first hour": a stretch of one unit
	{"'For the first hour', 'for the first decade' are one unit, a duration, as 'the first hours' is some", "2014-07-17",
		"For the first hour nobody noticed. For the first decade he struggled.",
		[]want{{"the first hour", "DURATION", "PT1H", "", "0", "0"}, {"the first decade", "DURATION", "P10Y", "", "0", "0"}}},
	{"counter-example: 'the first day' (often a date) and 'the first week of October' are not", "2014-07-17",
		"On the first day he left. The first-year students came in the first week of October.",
		[]want{{"the first week of October", "DATE", "2013-W40", "", "", ""}}},
	// a person's age before "named"
	{"'a 19-year-old named Daniel Reece' is a person, no duration", "2011-11-04",
		"Police arrested a 19-year-old named Daniel Reece. A 30-year-old identified as Smith was held.",
		nil},
	{"counter-example: the age of a thing stays a duration", "2011-11-04",
		"The 20-year-old war ended.",
		[]want{{"20-year-old", "DURATION", "P20Y", "", "0", "0"}}},
	// "the decade that followed"
	{"'in the decade that followed', 'the year that followed' are one unit from an event on, a duration", "2016-05-14",
		"She toured Europe twice in the decade that followed. The year that followed his death was hard.",
		[]want{{"the decade", "DURATION", "P10Y", "", "0", "0"}, {"The year", "DURATION", "P1Y", "", "0", "0"}}},
	{"counter-example: 'the day that followed' (a date, not known) and 'the decade that follows' are left alone", "2016-05-14",
		"The day that followed was calm. The decade that follows will be hard.",
		nil},

	// a clause whose verb is left out after a semicolon
	{"'The first won in 1983; the second, Lantern Hill, in May': the verbless clause takes the past of the one before", "2009-11-18",
		"She trained two winners. The first won in 1983; the second, Lantern Hill, in May.",
		[]want{{"1983", "DATE", "1983", "", "", ""}, {"May", "DATE", "2009-05", "", "2009-05-01", "2009-05-31"}}},
	{"counter-example: a clause with a verb of its own keeps it ('shipments begin in May')", "2009-11-18",
		"Profits rose; shipments begin in May.",
		[]want{{"May", "DATE", "2010-05", "", "", ""}}},
	{"counter-example: a future before the semicolon gives the future", "2009-11-18",
		"The first will run in March; the second in May.",
		[]want{{"March", "DATE", "2010-03", "", "", ""}, {"May", "DATE", "2010-05", "", "", ""}}},

	// "overnight" meaning suddenly
	{"'made her famous overnight', 'didn't happen overnight' are suddenly, no night", "2009-11-18",
		"The Derby made her famous overnight. It didn't happen overnight.",
		nil},
	{"counter-example: 'shares fell overnight' is the night before", "2009-11-18",
		"Shares fell overnight.",
		[]want{{"overnight", "TIME", "2009-11-17TNI", "", "", ""}}},
	// a flashback in the past perfect
	{"'which had carried its last train a decade earlier. ... the next year': a flashback; the next year counts from the story's 1978", "2010-09-13",
		"In 1978 the committee proposed a railway along the harbour branch, which had carried its last train a decade earlier. The plan was shelved the next year.",
		[]want{{"1978", "DATE", "1978", "", "", ""}, {"a decade earlier", "DATE", "1968", "", "", ""}, {"the next year", "DATE", "1979", "", "", ""}}},
	{"a flashback with 'had' after the expression", "2010-09-13",
		"He joined in 1978. A decade earlier, he had served in Vietnam. The next year he was promoted.",
		[]want{{"1978", "DATE", "1978", "", "", ""}, {"A decade earlier", "DATE", "1968", "", "", ""}, {"The next year", "DATE", "1979", "", "", ""}}},
	{"counter-example: a simple past moves the story back ('A decade earlier he served ... The next year he came home')", "2010-09-13",
		"He joined in 1978. A decade earlier he served in Vietnam. The next year he came home.",
		[]want{{"1978", "DATE", "1978", "", "", ""}, {"A decade earlier", "DATE", "1968", "", "", ""}, {"The next year", "DATE", "1969", "", "", ""}}},
	// "A year on," opening a sentence about now
	{"'A year on, Millbrook is half empty': so long after the story's event is now, the reference year", "2014-07-17",
		"The flood hit in July 2013. A year on, Millbrook is half empty. Five years on, the scars remain.",
		[]want{{"July 2013", "DATE", "2013-07", "", "", ""}, {"A year on", "DATE", "2014", "", "2014-01-01", "2014-12-31"}, {"Five years on", "DATE", "2014", "", "", ""}}},
	{"counter-example: in the past or the future, or not opening a sentence, it stays a duration", "2014-07-17",
		"A year on, the town was rebuilt. Two years on, it will be rebuilt. He spent a year on the project.",
		[]want{{"A year", "DURATION", "P1Y", "", "0", "0"}, {"Two years", "DURATION", "P2Y", "", "0", "0"}, {"a year", "DURATION", "P1Y", "", "0", "0"}}},
	// "N years later" in apposition to a date
	{"'Next week, 22 years later, judges will decide': set off by commas after a date, it restates the date's year", "2011-11-04",
		"He was arrested in October 1989. Next week, 22 years later, three judges will decide. In 1995, two years later, he appealed.",
		[]want{{"October 1989", "DATE", "1989-10", "", "", ""}, {"Next week", "DATE", "2011-W45", "", "", ""}, {"22 years later", "DATE", "2011", "", "2011-01-01", "2011-12-31"}, {"1995", "DATE", "1995", "", "", ""}, {"two years later", "DATE", "1995", "", "", ""}}},
	{"counter-example: opening a sentence it counts from the date named", "2011-11-04",
		"He was arrested in October 1989. Two years later, he appealed.",
		[]want{{"October 1989", "DATE", "1989-10", "", "", ""}, {"Two years later", "DATE", "1991", "", "", ""}}},
}

func TestFindRound6Feat(t *testing.T) { runFormCases(t, round6FeatCases, false) }
