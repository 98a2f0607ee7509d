package timex

import "testing"

// farmRuleCases are the rules adopted after tagging the agriculture,
// commodities, climate and science items of testdata/news (250-263,
// newsFarm): each a class of miss or wrong value found there, with
// counter-examples where the trigger word means something else.
var farmRuleCases = []formCase{
	// a forecast told in the past: "was likely" before a preposition
	{"'said a hard freeze was likely in the region on Wednesday night' in a Monday paper: a forecast, the coming Wednesday (was last Wednesday)", "2013-11-04",
		"The National Weather Service said a hard freeze was likely in the region on Wednesday night.",
		[]want{{"Wednesday night", "TIME", "2013-11-06TNI", "", "2013-11-06", "2013-11-06"}}},
	{"'Rain is unlikely before Friday': the coming Friday", "2013-11-04",
		"Rain is unlikely before Friday, forecasters said.",
		[]want{{"Friday", "DATE", "2013-11-08", "", "", ""}}},
	{"counter-example: 'was likely started' is an adverb before a participle, a deed gone", "2013-11-04",
		"Investigators said the fire was likely started on Wednesday night.",
		[]want{{"Wednesday night", "TIME", "2013-10-30TNI", "", "", ""}}},
	{"counter-example: a cleft 'It was likely on Wednesday that he fled' is past", "2013-11-04",
		"It was likely on Wednesday that the suspect fled.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "", ""}}},
	{"counter-example: 'was likely lower on Sunday' compares, no forecast", "2013-11-04",
		"Turnout was likely lower on Sunday.",
		[]want{{"Sunday", "DATE", "2013-11-03", "", "", ""}}},
	{"counter-example: 'the suspect was likely in the area on Wednesday night' tells where he was, no forecast", "2015-06-09",
		"Police said the suspect was likely in the area on Wednesday night.",
		[]want{{"Wednesday night", "TIME", "2015-06-03TNI", "", "", ""}}},
	{"counter-example: 'is likely to fall' leaves a past clause after it to its verb", "2015-06-09",
		"The crop is likely to fall 10 percent after a dry spell in March hurt flowering.",
		[]want{{"March", "DATE", "2015-03", "", "", ""}}},

	// a present need
	{"'we need sun in July and August' in June after a past clause: the coming months (August was last year's)", "2015-06-09",
		"\"The rainy season started early, and we need sun in July and August,\" a farmer said.",
		[]want{{"July", "DATE", "2015-07", "", "", ""}, {"August", "DATE", "2015-08", "", "", ""}}},
	{"'The crop needs rain in August': the coming August", "2015-06-09",
		"The season started early. The crop needs rain in August.",
		[]want{{"August", "DATE", "2015-08", "", "", ""}}},
	{"counter-example: 'basic needs in August' is a noun in a past clause", "2015-06-09",
		"Aid covered basic needs in August.",
		[]want{{"August", "DATE", "2014-08", "", "", ""}}},
	{"counter-example: 'The need for rain in August was acute' and 'they needed rain in August' are past", "2015-06-09",
		"The need for rain in August was acute. Farmers said they needed rain in August.",
		[]want{{"August", "DATE", "2014-08", "", "", ""}, {"August", "DATE", "2014-08", "", "", ""}}},

	{"counter-example: a date in a phrase of the object ('need answers about the March attack'), 'need not', 'need only' is no need to come", "2015-06-09",
		"We need answers about the March attack. We need an inquiry into the March 3 shooting. They need not have worried in March. We need only look at what they did in March.",
		[]want{{"March", "DATE", "2015-03", "", "", ""}, {"March 3", "DATE", "2015-03-03", "", "", ""}, {"March", "DATE", "2015-03", "", "", ""}, {"March", "DATE", "2015-03", "", "", ""}}},

	// a habit goes on over "and" and a second verb of its subject
	{"'usually return in mid-March and last until July': any year's July too", "2015-06-09",
		"Rains usually return in mid-March and last until July.",
		[]want{{"mid-March", "DATE", "XXXX-03", "MID", "0", "0"}, {"July", "DATE", "XXXX-07", "", "0", "0"}}},
	{"'typically begin ... in late September and finish by mid-November'", "2014-09-11",
		"Farmers typically begin harvesting corn in late September and finish by mid-November.",
		[]want{{"late September", "DATE", "XXXX-09", "END", "0", "0"}, {"mid-November", "DATE", "XXXX-11", "MID", "0", "0"}}},
	{"counter-example: 'and last year it opened in April' is another clause", "2015-06-09",
		"The fair usually opens in March and last year it opened in April.",
		[]want{{"March", "DATE", "XXXX-03", "", "", ""}, {"last year", "DATE", "2014", "", "", ""}, {"April", "DATE", "2015-04", "", "", ""}}},
	{"counter-example: a new subject, an auxiliary or a past after 'and' ends the habit", "2015-06-09",
		"Mills usually start in October and farmers plant in April. Rains usually return in March and returned in May this year. Rains usually return in March and will last until July this year.",
		[]want{{"October", "DATE", "XXXX-10", "", "", ""}, {"April", "DATE", "2015-04", "", "", ""}, {"March", "DATE", "XXXX-03", "", "", ""}, {"May this year", "DATE", "2015-05", "", "", ""}, {"March", "DATE", "XXXX-03", "", "", ""}, {"July this year", "DATE", "2015-07", "", "", ""}}},

	// a headline's "over next decade"
	{"a headline's 'over next decade' is 'over the next decade', ten years from now", "2010-06-15",
		"OECD and FAO see farm prices staying above pre-crisis levels over next decade\n\nPARIS - Prices will rise.",
		[]want{{"next decade", "DURATION", "P10Y", "", "0", "0"}}},
	{"counter-example: in running text 'early next decade', 'over next decade' and a headline's 'to open next decade' are the calendar decade", "2010-06-15",
		"The plant will open early next decade. Demand will grow over next decade, he said.\n\nPower plant to open next decade\n\nLONDON - It will.",
		[]want{{"early next decade", "DATE", "202", "START", "", ""}, {"next decade", "DATE", "202", "", "", ""}, {"next decade", "DATE", "202", "", "", ""}}},

	// a season of the weather after "a" in a past clause
	{"'Last year's crop was hurt by a cold, wet spring': the spring of the year the sentence opened with", "2014-09-11",
		"Last year's crop was hurt by a cold, wet spring that delayed planting.",
		[]want{{"Last year", "DATE", "2013", "", "", ""}, {"spring", "DATE", "2013-SP", "", "2013-03-01", "2013-05-31"}}},
	{"'after a cool, wet spring pushed planting into June' in November: this year's spring", "2013-11-04",
		"Growers had combined only 44 percent of their corn after a cool, wet spring pushed planting into June.",
		[]want{{"spring", "DATE", "2013-SP", "", "", ""}, {"June", "DATE", "2013-06", "", "", ""}}},
	{"counter-example: a forecast, a season of politics, a season naming a kind of crop, and a past clause that names a year or a decade give no season", "2014-09-11",
		"Forecasters expect a cold, wet spring. It was a political spring of protest. Farmers sowed a dry spring wheat crop. The 2012 crop was hit by a hot, dry summer. In the 1930s farmers endured a hot, dry summer.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"the 1930s", "DATE", "193", "", "", ""}}},

	// a year past 2100 in a projection
	{"'By 2500, the melt could add 15 metres', 'in the year 2300': years of a projection past 2100", "2016-05-25",
		"By 2500, the melt could add 15 metres. Humans may live on Mars in the year 2300.",
		[]want{{"2500", "DATE", "2500", "", "2500-01-01", "2500-12-31"}, {"2300", "DATE", "2300", "", "", ""}}},
	{"counter-example: 'rose by 2500', 'cut by 2200, the firm said' mid-sentence and 'By 2500 metres' are amounts", "2016-05-25",
		"Sales rose by 2500. Jobs will be cut by 2200, the firm said. By 2500 metres the air is thin.",
		nil},

	// a season of nature or the farm in the present comes back every year
	{"'The four-month rainy season starts in June' is any year's June, as with 'usually'", "2012-07-19",
		"The four-month rainy season starts in June and brings most of the rain.",
		[]want{{"four-month", "DURATION", "P4M", "", "", ""}, {"June", "DATE", "XXXX-06", "", "0", "0"}}},
	{"'the harvest season peaks in January and February': both months any year's (a second month closing the phrase goes on with the habit)", "2012-09-14",
		"Mills usually start crushing cane in October and the harvest season peaks in January and February.",
		[]want{{"October", "DATE", "XXXX-10", "", "", ""}, {"January", "DATE", "XXXX-01", "", "0", "0"}, {"February", "DATE", "XXXX-02", "", "0", "0"}}},
	{"counter-example: a season of a year, this year's, or one of sport keeps its date", "2015-05-09",
		"The 2015 hurricane season starts on June 1. This year's monsoon season begins in June. The new season starts in August.",
		[]want{{"2015", "DATE", "2015", "", "", ""}, {"June 1", "DATE", "2015-06-01", "", "", ""}, {"This year", "DATE", "2015", "", "", ""}, {"June", "DATE", "2015-06", "", "", ""}, {"August", "DATE", "2015-08", "", "", ""}}},
	{"counter-example: a season in a clause after 'until' is this year's ('Relief is not expected until the monsoon season arrives in mid-July')", "2013-06-20",
		"Relief is not expected until the monsoon season arrives in mid-July.",
		[]want{{"mid-July", "DATE", "2013-07", "MID", "", ""}}},
	{"counter-example: a range with 'runs' keeps the next range, as round7_leftovers has it", "2015-08-10",
		"The flu season runs from October to May.",
		[]want{{"October", "DATE", "2015-10", "", "", ""}, {"May", "DATE", "2016-05", "", "", ""}}},

	// a horizon of decades; a season in a habit or under that horizon
	{"'In the next few decades, we will see ... in September': any year's September", "2012-09-19",
		"\"In the next few decades, we will see a blue Arctic Ocean in September,\" he said.",
		[]want{{"the next few decades", "DURATION", "PXDE", "", "", ""}, {"September", "DATE", "XXXX-09", "", "0", "0"}}},
	{"'could be ice-free in summer within a few decades': any year's summer, as a month there", "2012-09-19",
		"The ocean could be largely ice-free in summer within a few decades. Over the coming decades, the ice will vanish in summer.",
		[]want{{"summer", "DATE", "XXXX-SU", "", "0", "0"}, {"a few decades", "DURATION", "PXDE", "", "", ""}, {"the coming decades", "DURATION", "PXDE", "", "", ""}, {"summer", "DATE", "XXXX-SU", "", "0", "0"}}},
	{"'usually reaches its minimum in mid-September and grows again through the winter': any year's winter", "2012-09-19",
		"The ice usually reaches its minimum in mid-September and grows again through the winter.",
		[]want{{"mid-September", "DATE", "XXXX-09", "MID", "0", "0"}, {"the winter", "DATE", "XXXX-WI", "", "0", "0"}}},
	{"counter-example: a plan that runs 'for the next 20 years' or 'for the coming decades' keeps its month and season", "2012-09-19",
		"The plant will open in March and run for the next 20 years. The mine will open in the summer and run for the coming decades.",
		[]want{{"March", "DATE", "2013-03", "", "", ""}, {"the next 20 years", "DURATION", "P20Y", "", "", ""}, {"the summer", "DATE", "2013-SU", "", "", ""}, {"the coming decades", "DURATION", "PXDE", "", "", ""}}},
	{"counter-example: the horizon of another verb after a comma, or 'the coming decades' as a subject, leaves the month its year", "2015-06-09",
		"The ship will sail in September, the first of many voyages planned in the coming decades. The company said it will cut 500 jobs in March and the coming decades will be hard.",
		[]want{{"September", "DATE", "2015-09", "", "", ""}, {"the coming decades", "DURATION", "PXDE", "", "", ""}, {"March", "DATE", "2016-03", "", "", ""}, {"the coming decades", "DURATION", "PXDE", "", "", ""}}},
	{"counter-example: 'within the next two years' is no horizon for a season", "2010-03-04",
		"Sereno said his team would return in the autumn and hoped to publish within the next two years.",
		[]want{{"the autumn", "DATE", "2010-FA", "", "", ""}, {"the next two years", "DURATION", "P2Y", "", "", ""}}},

	// a half or a quarter of the year last named
	{"'the second half of that year' after 2008 is 2008-H2 (was 'that year' alone)", "2010-06-15",
		"Prices peaked in 2008 before falling sharply in the second half of that year. He joined in May 2009 and left in the third quarter of the following year.",
		[]want{{"2008", "DATE", "2008", "", "", ""}, {"the second half of that year", "DATE", "2008-H2", "", "2008-07-01", "2008-12-31"}, {"May 2009", "DATE", "2009-05", "", "", ""}, {"the third quarter of the following year", "DATE", "2010-Q3", "", "", ""}}},
	{"counter-example: 'the second half of that game' is play, and with no year named 'of that year' gives none", "2010-06-15",
		"Prices peaked in 2008. He scored in the second half of that game. ",
		[]want{{"2008", "DATE", "2008", "", "", ""}}},
	{"counter-example: with no year named before, 'the second half of that year' is not dated", "2010-06-15",
		"Profit fell in the second half of that year.",
		nil},

	// a century as a compound adjective
	{"'the 20th-century average': the article is the noun's, as 'the third-quarter results'", "2015-01-16",
		"It was 1.24 degrees above the 20th-century average, in a 19th-century house.",
		[]want{{"20th-century", "DATE", "19", "", "1900-01-01", "1999-12-31"}, {"19th-century", "DATE", "18", "", "", ""}}},
	{"counter-example: 'the 20th century' as a noun keeps its article", "2015-01-16",
		"It was the warmest year of the 20th century.",
		[]want{{"the 20th century", "DATE", "19", "", "", ""}}},

	// "weekly", "daily" before the capitalised name of a report
	{"'USDA's weekly Crop Progress report' is a set: the name ends in 'report'", "2013-11-04",
		"USDA's weekly Crop Progress report showed Monday.",
		[]want{{"weekly", "SET", "P1W", "", "0", "0"}, {"Monday", "DATE", "2013-11-04", "", "", ""}}},
	{"counter-example: 'the Israeli daily Haaretz reported' is a newspaper", "2013-11-04",
		"The Israeli daily Haaretz reported on Monday. The weekly Der Spiegel said so.",
		[]want{{"Monday", "DATE", "2013-11-04", "", "", ""}}},
}

func TestFindFarmRules(t *testing.T) { runFormCases(t, farmRuleCases, false) }
