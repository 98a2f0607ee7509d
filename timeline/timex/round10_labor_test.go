package timex

import "testing"

// round10LaborCases are the rules adopted after tagging the labour and
// workplace items of testdata/news (460-473), each with counter-examples,
// and the sentences of their self-review: the trigger words in another
// sense or another tense. A value left "" is not checked.
var round10LaborCases = []formCase{
	// a union local's number
	{"'USW Local 1234', 'members of Local 2010', 'SEIU Local 1199': a number after a capitalised 'Local' inside its sentence is a union local's label, no year (was a year)", "2016-05-05",
		"Members of United Steelworkers Local 1234 ratified the deal. Members of Local 2010 struck. SEIU Local 1199 called a strike.",
		nil},
	{"counter-example (self-review): lower-case 'the local 2012 elections', 'Local 2016 turnout' opening a sentence and 'Local 2010 struck in 2012' keep their years", "2016-05-05",
		"The local 2012 elections were held. Local 2016 turnout was low. Teamsters Local 2010 struck in 2012.",
		[]want{{"2012", "DATE", "2012", "-", "", ""}, {"2016", "DATE", "2016", "-", "", ""}, {"2012", "DATE", "2012", "-", "", ""}}},

	// an age group written without its hyphens
	{"'16-24 year olds', 'six month olds': a unit before 'olds' names people of that age, no duration (was P16Y)", "2011-11-16",
		"Unemployment for 16-24 year olds rose. Vaccines for six month olds were approved.",
		nil},
	{"counter-example (self-review): 'served 16 years', 'for two years' and 'olds' with no unit keep or give nothing else", "2011-11-16",
		"He served 16 years. Output rose for two years. The Olds were sold.",
		[]want{{"16 years", "DURATION", "P16Y", "-", "0", "0"}, {"two years", "DURATION", "P2Y", "-", "0", "0"}}},

	// a comma list of days before a pair
	{"'on 27, 28 and 31 January', 'on 3, 4, 5 and 7 February': each day of a comma list ending in a pair takes the pair's month (the first days were not found)", "2025-01-13",
		"Strikes will take place on 27, 28 and 31 January. They will also walk out on 3, 4, 5 and 7 February.",
		[]want{{"27", "DATE", "2025-01-27", "-", "", ""}, {"28", "DATE", "2025-01-28", "-", "", ""}, {"31 January", "DATE", "2025-01-31", "-", "", ""},
			{"3", "DATE", "2025-02-03", "-", "", ""}, {"4", "DATE", "2025-02-04", "-", "", ""}, {"5", "DATE", "2025-02-05", "-", "", ""}, {"7 February", "DATE", "2025-02-07", "-", "", ""}}},
	{"counter-example (self-review): a list that does not rise ('27, 2 and 3 March') gives only the pair, and a list of figures before 'per cent' or a noun gives none", "2025-01-13",
		"Figures were 27, 2 and 3 March. Pay rose 3, 4 and 5 per cent in 2024. He scored 3, 4 and 7 goals.",
		[]want{{"2", "DATE", "2024-03-02", "-", "", ""}, {"3 March", "DATE", "2024-03-03", "-", "", ""}, {"2024", "DATE", "2024", "-", "", ""}}},

	// a headline's "by end of 2019"
	{"'by end of 2019', 'at end of March', 'by end of next year': a preposition of time before 'end of' with the article dropped is the end of the date (was the date alone)", "2018-11-26",
		"GM to close Oshawa plant by end of 2019. Rates to rise at end of March. Deal due by end of next year.",
		[]want{{"end of 2019", "DATE", "2019", "END", "", ""}, {"end of March", "DATE", "2019-03", "END", "", ""}, {"end of next year", "DATE", "2019", "END", "", ""}}},
	{"counter-example (self-review): 'no end of 2019 trouble' (no preposition of time) keeps the year alone; 'End of 2019' capitalised and 'the end of' are read as before", "2018-11-26",
		"There was no end of 2019 trouble. The end of 2019 was wet. The end of an era came in 2017.",
		[]want{{"2019", "DATE", "2019", "-", "", ""}, {"The end of 2019", "DATE", "2019", "END", "", ""}, {"2017", "DATE", "2017", "-", "", ""}}},

	// a weekday before a noun of a working regime
	{"'penalty rates for Sunday work', 'refuse Saturday working', 'oppose Sunday opening', 'Sunday penalty rates', 'work Sunday shifts': the work of every such day, a set (was the coming or the last such day, a wrong date)", "2017-06-06",
		"Penalty rates for Sunday work will be cut. Staff refuse Saturday working. Unions oppose Sunday opening. Sunday penalty rates will fall. Nurses work Sunday shifts.",
		[]want{{"Sunday", "SET", "XXXX-WXX-7", "-", "0", "0"}, {"Saturday", "SET", "XXXX-WXX-6", "-", "0", "0"}, {"Sunday", "SET", "XXXX-WXX-7", "-", "0", "0"}, {"Sunday", "SET", "XXXX-WXX-7", "-", "0", "0"}, {"Sunday", "SET", "XXXX-WXX-7", "-", "0", "0"}}},
	{"counter-example (self-review): 'The Sunday overtime' (a determiner), 'On Sunday work resumed' (a preposition of the day), 'Sunday work on the bridge' (work on a thing), 'The Friday opening of the show', 'Sunday opening night', 'a Sunday penalty shootout' and 'will work Sunday' keep the one day", "2017-06-06",
		"The Sunday overtime was cancelled. On Sunday work resumed at the plant. Sunday work on the bridge will close the road. The Friday opening of the show drew crowds. He will work Sunday. A Sunday opening night drew crowds. He lost a Sunday penalty shootout.",
		[]want{{"Sunday", "DATE", "2017-06-04", "-", "", ""}, {"Sunday", "DATE", "2017-06-04", "-", "", ""}, {"Sunday", "DATE", "2017-06-11", "-", "", ""}, {"Friday", "DATE", "2017-06-02", "-", "", ""}, {"Sunday", "DATE", "2017-06-11", "-", "", ""}, {"Sunday", "DATE", "2017-06-04", "-", "", ""}, {"Sunday", "DATE", "2017-06-04", "-", "", ""}}},

	// "for Tuesday" ending a headline
	{"'Nurses set strike for Tuesday' ending a headline with a blank line after it: the line's end ends the phrase, a day planned, to come (was the Tuesday gone)", "2021-07-02",
		"Nurses at Mercy Regional set strike for Tuesday\n\nRoughly 600 nurses plan to walk out.\n\nUnion sets vote for Monday\n\nBy Karen Dolan",
		[]want{{"Tuesday", "DATE", "2021-07-06", "-", "", ""}, {"Monday", "DATE", "2021-07-05", "-", "", ""}}},
	{"counter-example (self-review): 'arrest man for Tuesday attack' (a noun after the day) and 'for Tuesday's attack' are deeds gone; a line of running text broken by hand ('scheduled for Monday' then 'but postponed') keeps its sentence", "2021-07-02",
		"Police arrest man for Tuesday attack\n\nA man was held.\n\nMan jailed for Tuesday's attack\n\nThe vote was scheduled for Monday\nbut postponed.",
		[]want{{"Tuesday", "DATE", "2021-06-29", "-", "", ""}, {"Tuesday", "DATE", "2021-06-29", "-", "", ""}, {"Monday", "DATE", "2021-06-28", "-", "", ""}}},

	// ", followed by" and "backdated to"
	{"'provides for an increase backdated to January 1st, followed by a rise on June 1st': a participle of sequence after a comma and a pay rise's 'backdated to' have no tense beyond their own objects; the clause's present gives the June to come (was June gone)", "2024-01-22",
		"The agreement provides for a 2.25 per cent increase backdated to January 1st, followed by a 1 per cent rise on June 1st. The deal will pay 3% backdated to April and 2% more from June.",
		[]want{{"January 1st", "DATE", "2024-01-01", "-", "", ""}, {"June 1st", "DATE", "2024-06-01", "-", "", ""}, {"April", "DATE", "2023-04", "-", "", ""}, {"June", "DATE", "2024-06", "-", "", ""}}},
	{"'will get a rise backdated to April', 'backdated to the start of April': what a rise is backdated to has gone by, whatever the clause's tense", "2024-01-22",
		"Nurses will get a rise backdated to April. Teachers will get theirs backdated to the start of April.",
		[]want{{"April", "DATE", "2023-04", "-", "", ""}, {"the start of April", "DATE", "2023-04", "START", "", ""}}},
	{"counter-example (self-review): 'was followed by', 'were backdated to April, and ... in March', 'it backdated to April the grants made in June' keep the past; 'The strike began in October, followed by a walkout on June 1' takes the past of 'began'", "2024-01-22",
		"The deal was followed by a strike on June 1. The increase was backdated to April, and staff got it in March. The firm said it backdated to April the grants made in June. The strike began in October, followed by a walkout on June 1.",
		[]want{{"June 1", "DATE", "2023-06-01", "-", "", ""}, {"April", "DATE", "2023-04", "-", "", ""}, {"March", "DATE", "2023-03", "-", "", ""}, {"April", "DATE", "2023-04", "-", "", ""}, {"June", "DATE", "2023-06", "-", "", ""}, {"October", "DATE", "2023-10", "-", "", ""}, {"June 1", "DATE", "2023-06-01", "-", "", ""}}},

	// "the prior week" after a weekly report's week
	{"'for the week ended Oct. 11 ... Claims for the prior week', 'Claims fell last week ... the prior week': the week before the week the report named (was the week before the reference day's)", "2014-10-16",
		"Claims fell for the week ended Oct. 11, the department said on Thursday. Claims for the prior week were unrevised. Continuing claims fell last week. The previous week they had risen.",
		[]want{{"the week", "DURATION", "P1W", "-", "", ""}, {"Oct. 11", "DATE", "2014-10-11", "-", "", ""}, {"Thursday", "DATE", "2014-10-16", "-", "", ""}, {"the prior week", "DATE", "2014-W40", "-", "", ""}, {"last week", "DATE", "2014-W41", "-", "", ""}, {"The previous week", "DATE", "2014-W40", "-", "", ""}}},
	{"counter-example (self-review): a day named since anchors the story ('On Oct. 1 a storm hit; the previous week was calm'), 'the previous month' is no week, and 'Last Week Tonight' is a title", "2014-10-16",
		"Claims fell in the week ended Oct. 11. On Oct. 1 a storm hit; the previous week was calm. Sales rose last week. The previous month was weak. He hosts Last Week Tonight. The previous week was quiet.",
		[]want{{"the week", "DURATION", "P1W", "-", "", ""}, {"Oct. 11", "DATE", "2014-10-11", "-", "", ""}, {"Oct. 1", "DATE", "2014-10-01", "-", "", ""}, {"the previous week", "DATE", "2014-W39", "-", "", ""}, {"last week", "DATE", "2014-W41", "-", "", ""}, {"The previous month", "DATE", "", "-", "", ""}, {"The previous week", "DATE", "", "-", "", ""}}},

	// "have had weeks to"
	{"'Ministers have had weeks to get round the table', 'has years to comply', 'had only hours left': a bare plural unit after 'have', 'had' before 'to' and a verb (or 'left') is the time one has for a deed, a stretch of no stated length (was none)", "2023-02-15",
		"Ministers have had weeks to get round the table. The firm has years to comply. Having months to plan, they waited. They had hours left.",
		[]want{{"weeks", "DURATION", "PXW", "-", "0", "0"}, {"years", "DURATION", "PXY", "-", "0", "0"}, {"months", "DURATION", "PXM", "-", "0", "0"}, {"hours", "DURATION", "PTXH", "-", "0", "0"}}},
	{"counter-example (self-review): 'have months of data' (a count of months' data), 'had weeks to the deadline' (no deed), 'had Weeks to thank' (a name) are no stretch here", "2023-02-15",
		"We have months of data. He had weeks to the deadline. The band had Weeks to thank for the song.",
		nil},
}

func TestRound10Labor(t *testing.T) { runFormCases(t, round10LaborCases, true) }
