package timex

import "testing"

// round10DisasterCases are the rules adopted after tagging the disaster
// and rescue items of testdata/news (580-593), each with counter-examples,
// and the sentences of their self-review: the trigger words in another
// sense or another tense. A value left "" is not checked.
var round10DisasterCases = []formCase{
	// a sum pledged: the day dates the pledge
	{"'pledged 1.5 million pounds on Saturday', 'pledged $1.5 million in emergency aid over the weekend', 'promised another $2.5 billion on Thursday': a sum is given by the pledge itself, whose day is past (were the Saturday, weekend and Thursday to come)", "2022-08-29",
		"Britain pledged 1.5 million pounds on Saturday, and China said it would send tents by the end of the week. Japan pledged $1.5 million in emergency aid over the weekend. Donors promised another $2.5 billion on Thursday.",
		[]want{{"Saturday", "DATE", "2022-08-27", "-", "", ""}, {"the end of the week", "DATE", "2022-W35", "END", "", ""}, {"the weekend", "DATE", "2022-W34-WE", "-", "", ""}, {"Thursday", "DATE", "2022-08-25", "-", "", ""}}},
	{"counter-example (self-review): a deed promised, an infinitive before the sum, a deadline with 'by' and a purpose with 'for' still point forward", "2022-08-29",
		"The minister promised a vote on Tuesday. He pledged to pay $5 million on Friday. They promised $5 million by Friday. The foundation pledged $50 million for a hospital opening on Thursday.",
		[]want{{"Tuesday", "DATE", "2022-08-30", "-", "", ""}, {"Friday", "DATE", "2022-09-02", "-", "", ""}, {"Friday", "DATE", "2022-09-02", "-", "", ""}, {"Thursday", "DATE", "2022-09-01", "-", "", ""}}},
	{"counter-example (self-review): a share, not a sum ('promised 5 percent on Friday'), and a pledge of no money keep the tense's day; the participle after 'were' is no past of the pledge", "2022-08-29",
		"The bond promised 5 percent on Friday. Japan pledged aid over the weekend. Funds were promised $5 million on Friday.",
		[]want{{"Friday", "DATE", "2022-09-02", "-", "", ""}, {"the weekend", "DATE", "2022-W35-WE", "-", "", ""}, {"Friday", "DATE", "2022-09-02", "-", "", ""}}},

	// "February or March"
	{"'expected in February or March', 'in January or May': the second of two months offered, both capitalised, is a month (was none)", "2011-01-12",
		"A runoff is now expected in February or March. The report may come in January or May.",
		[]want{{"now", "DATE", "PRESENT_REF", "-", "", ""}, {"February", "DATE", "2011-02", "-", "", ""}, {"March", "DATE", "2011-03", "-", "", ""}, {"January", "DATE", "2011-01", "-", "", ""}, {"May", "DATE", "2011-05", "-", "", ""}}},
	{"counter-example (self-review): the verb 'march' in lower case after 'or', 'May' after a name and not a month, and a clause after a comma give no month", "2011-01-12",
		"Protesters will rally in June or march on the capital. Voters chose between Johnson or May. The vote comes in June or, May said, later.",
		[]want{{"June", "DATE", "2011-06", "-", "", ""}, {"June", "DATE", "2011-06", "-", "", ""}}},

	// the day of "the moment" aside
	{"'At 4:53 p.m., the moment the quake struck on Jan. 12, 2010, church bells rang ... in the morning': the day in an aside that tells what the clock time was the moment of is the event remembered, no anchor for 'the morning' (was 2010-01-12TMO)", "2011-01-12",
		"At 4:53 p.m., the moment the magnitude-7.0 quake struck on Jan. 12, 2010, church bells rang across the capital. The president laid a wreath in the morning.",
		[]want{{"4:53 p.m.", "TIME", "2011-01-12T16:53", "-", "", ""}, {"Jan. 12, 2010", "DATE", "2010-01-12", "-", "", ""}, {"the morning", "TIME", "2011-01-12TMO", "-", "", ""}}},
	{"counter-example (self-review): a day that opens the sentence before 'the moment', and 'the hour' as a noun of the main clause with no clock time before, keep their anchor", "2011-01-12",
		"On Jan. 12, 2010, the moment the quake struck, he was at home. In the morning he fled. The hour the storm hit on Aug. 29, 2005, was the worst. By the evening the levees broke.",
		[]want{{"Jan. 12, 2010", "DATE", "2010-01-12", "-", "", ""}, {"the morning", "TIME", "2010-01-12TMO", "-", "", ""}, {"Aug. 29, 2005", "DATE", "2005-08-29", "-", "", ""}, {"the evening", "TIME", "2005-08-29TEV", "-", "", ""}}},
	{"'At 2:46 p.m., the minute the wave hit on March 11, 2011, sirens sounded': 'the minute' as 'the moment'; the afternoon is the story's day", "2016-03-11",
		"At 2:46 p.m., the minute the wave hit on March 11, 2011, sirens sounded. Survivors gathered at the shore in the afternoon.",
		[]want{{"2:46 p.m.", "TIME", "2016-03-11T14:46", "-", "", ""}, {"March 11, 2011", "DATE", "2011-03-11", "-", "", ""}, {"the afternoon", "TIME", "2016-03-11TAF", "-", "", ""}}},
	{"counter-example (self-review): a month before 'or' with no month's context ('Either Johnson or May', 'Either June or May will host') leaves 'May' a name", "2011-01-12",
		"Either Johnson or May will lead the party.",
		nil},

	// a figure reported "up from" one "a day earlier"
	{"'It left the country on Saturday. Police said 56 were missing, up from 208 dead a day earlier': a figure reported and compared with an earlier one, in a sentence of no date, is of the report's day (was the day before Saturday)", "2021-12-20",
		"It left the country on Saturday. Police said 56 people were missing and 500 injured, up from 208 dead a day earlier.",
		[]want{{"Saturday", "DATE", "2021-12-18", "-", "", ""}, {"a day", "DURATION", "P1D", "-", "2021-12-19", "2021-12-19"}}},
	{"counter-example (self-review): with no report ('It had risen from 3 metres a day earlier'), or with a day in its own sentence ('said on Thursday'), the comparison counts from the story's day; 'a day earlier than forecast' is a comparison with no day", "2021-12-20",
		"The river rose on Thursday. It had risen from 3 metres a day earlier. Officials said on Thursday it had risen from 3 metres a day earlier. The storm weakened a day earlier than forecast.",
		[]want{{"Thursday", "DATE", "2021-12-16", "-", "", ""}, {"a day", "DURATION", "P1D", "-", "2021-12-15", "2021-12-15"}, {"Thursday", "DATE", "2021-12-16", "-", "", ""}, {"a day", "DURATION", "P1D", "-", "2021-12-15", "2021-12-15"}, {"a day", "DURATION", "P1D", "-", "0", "0"}}},
	{"counter-example (self-review): a report in the past perfect ('The agency said it had risen from 250 a day earlier') goes back to the story's day, the day before Saturday", "2021-12-20",
		"The toll reached 300 on Saturday. The agency said it had risen from 250 a day earlier.",
		[]want{{"Saturday", "DATE", "2021-12-18", "-", "", ""}, {"a day", "DURATION", "P1D", "-", "2021-12-17", "2021-12-17"}}},
}

// round10DisasterAnyCases leave a value "" unchecked: the clock time
// before its day is another rule's to date.
var round10DisasterAnyCases = []formCase{
	{"counter-example (self-review): a day of the story's own days in the aside ('the moment trading opened on Monday') is the clock time's day and anchors 'the afternoon'", "2011-01-11",
		"At 9:30 a.m., the moment trading opened on Monday, the index fell. By the afternoon it had recovered.",
		[]want{{"9:30 a.m.", "TIME", "", "-", "", ""}, {"Monday", "DATE", "2011-01-10", "-", "", ""}, {"the afternoon", "TIME", "2011-01-10TAF", "-", "", ""}}},
}

func TestRound10DisasterRules(t *testing.T) {
	runFormCases(t, round10DisasterCases, false)
	runFormCases(t, round10DisasterAnyCases, true)
}
