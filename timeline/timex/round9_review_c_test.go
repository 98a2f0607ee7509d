package timex

import "testing"

// round9ReviewCCases review the session-9 rules of round9_left_test.go and
// round9_tbaq_test.go adversarially: news sentences with the rules'
// trigger words in other tenses, senses and orders. "counter" cases were
// wrong dates before the rule was narrowed (the reason says what it gave);
// "checked" cases are the rule right on a sentence of its own.
var round9ReviewCCases = []formCase{
	// "and play again on Saturday"
	{"checked: 'United lost on Sunday, and play again on Saturday against Chelsea' is the next fixture", "2015-06-16",
		"United lost on Sunday, and play again on Saturday against Chelsea.",
		[]want{{"Sunday", "DATE", "2015-06-14", "", "", ""}, {"Saturday", "DATE", "2015-06-20", "", "", ""}}},
	{"counter: 'and play again on Saturday was suspended by rain' makes 'play' a noun, the subject of a past verb: the Saturday gone (was 2015-06-20)", "2015-06-16",
		"Nadal won on Monday, and play again on Saturday was suspended by rain.",
		[]want{{"Monday", "DATE", "2015-06-15", "", "", ""}, {"Saturday", "DATE", "2015-06-13", "", "", ""}}},
	{"checked: 'and fought again on Saturday' is past", "2015-06-16",
		"Police said the two men had argued on Friday, and fought again on Saturday.",
		[]want{{"Friday", "DATE", "2015-06-12", "", "", ""}, {"Saturday", "DATE", "2015-06-13", "", "", ""}}},

	// "A week before Easter, he was arrested"
	{"counter: an infinitive after a past verb ('were told to close two days before Easter') is an order for the coming Easter (was 2014-04-20)", "2015-03-25",
		"The shops were told to close two days before Easter.",
		[]want{{"two days", "DURATION", "P2D", "", "", ""}, {"Easter", "DATE", "2015-04-05", "", "", ""}}},
	{"counter: a past wish ('We wanted it done a week before Easter') may be of the coming Easter (was 2014-04-20)", "2015-03-25",
		"\"We wanted it done a week before Easter,\" he said.",
		[]want{{"a week", "DURATION", "P1W", "", "", ""}, {"Easter", "DATE", "2015-04-05", "", "", ""}}},
	{"checked: 'Police said the suspect was arrested two days before Easter' in late March is last year's (April 3 is still ahead)", "2015-03-25",
		"Police said the suspect was arrested two days before Easter.",
		[]want{{"two days", "DURATION", "P2D", "", "", ""}, {"Easter", "DATE", "2014-04-20", "", "", ""}}},
	{"checked: a span already gone ('closed one month before Thanksgiving' on Nov. 10) keeps this year's", "2015-11-10",
		"The factory closed one month before Thanksgiving.",
		[]want{{"one month", "DURATION", "P1M", "", "", ""}, {"Thanksgiving", "DATE", "2015-11-26", "", "", ""}}},

	// "Monday went badly"
	{"counter: a participle of a clause after a timetable ('meet Thursday armed with', 'go to the polls Sunday divided over', 'opens Saturday dedicated to') is no past verb (were the days gone)", "2015-06-16",
		"Leaders meet Thursday armed with new proposals. Voters head to the polls Sunday divided over the economy. The exhibition opens Saturday dedicated to the victims.",
		[]want{{"Thursday", "DATE", "2015-06-18", "", "", ""}, {"Sunday", "DATE", "2015-06-21", "", "", ""}, {"Saturday", "DATE", "2015-06-20", "", "", ""}}},
	{"counter: an adverb between the participle and its preposition ('a vote Thursday backed only by Democrats') likewise (was 2015-06-11)", "2015-06-16",
		"The bill goes to a vote Thursday backed only by Democrats.",
		[]want{{"Thursday", "DATE", "2015-06-18", "", "", ""}}},
	{"counter: a participle ending its clause after a timetable ('returns Monday refreshed.', 'flies home Sunday rested and ready') is no past verb (were the days gone)", "2015-06-16",
		"The team returns Monday refreshed. The squad flies home Sunday rested and ready.",
		[]want{{"Monday", "DATE", "2015-06-22", "", "", ""}, {"Sunday", "DATE", "2015-06-21", "", "", ""}}},
	{"checked: 'The company Monday reported a loss', 'Officials said Monday marked the start' are the Monday gone", "2015-06-16",
		"The company Monday reported a loss. Officials said Monday marked the start of talks.",
		[]want{{"Monday", "DATE", "2015-06-15", "", "", ""}, {"Monday", "DATE", "2015-06-15", "", "", ""}}},

	// "said in 2012 that the plant would open in the summer"
	{"counter: a season of another clause in the past ('would retire, and he finally did so in the summer') is not the speech's year (was 2012-SU)", "2015-06-16",
		"He said in 2012 that he would retire, and he finally did so in the summer.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"the summer", "DATE", "2015-SU", "", "", ""}}},
	{"counter: 'the summer of next year' is no summer of 2012 (was 2012-SU)", "2015-06-16",
		"He said in 2012 that the plant would open in the summer of next year.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"the summer", "DATE", "2015-SU", "", "", ""}, {"next year", "DATE", "2016", "", "", ""}}},
	{"counter: another speech between ('who said in 2012 that he would quit, now says the plant would open in the summer') governs the 'would' (was 2012-SU)", "2015-06-16",
		"Smith, who said in 2012 that he would quit, now says the plant would open in the summer if approved.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"now", "DATE", "PRESENT_REF", "", "", ""}, {"the summer", "DATE", "2015-SU", "", "", ""}}},
	{"checked: 'He said in 2012 that the plant would close in the winter' is 2012's winter", "2015-06-16",
		"He said in 2012 that the plant would close in the winter.",
		[]want{{"2012", "DATE", "2012", "", "", ""}, {"the winter", "DATE", "2012-WI", "", "", ""}}},

	// activity verbs + "until"
	{"checked: 'The rebels hid the hostages until Aug. 14' is the one gone; 'agreed to delay the vote until Aug. 14' after 'met and' is to come", "2015-06-16",
		"The rebels hid the hostages until Aug. 14. The board met and agreed to delay the vote until Aug. 14.",
		[]want{{"Aug. 14", "DATE", "2014-08-14", "", "", ""}, {"Aug. 14", "DATE", "2015-08-14", "", "", ""}}},
	{"checked: 'met expectations and kept rates on hold until Aug. 14' ('met' not of lasting there) stays to come as before", "2015-06-16",
		"The central bank met expectations and kept rates on hold until Aug. 14.",
		[]want{{"Aug. 14", "DATE", "2015-08-14", "", "", ""}}},

	// the "On Monday," continuation of a one-date story
	{"counter: the present looking back ('the museum opened a new exhibit', 'the last survivor ... died') is the news's Monday (were 1963-11-25, 1941-12-08)", "2015-06-16",
		"On Friday, Nov. 22, 1963, Kennedy was shot in Dallas. On Monday, the museum opened a new exhibit on the assassination.\n\nOn Sunday, Dec. 7, 1941, Japan attacked Pearl Harbor. On Monday, the last survivor of the USS Arizona died at 98.",
		[]want{{"Friday, Nov. 22, 1963", "DATE", "1963-11-22", "", "", ""}, {"Monday", "DATE", "2015-06-15", "", "", ""}, {"Sunday, Dec. 7, 1941", "DATE", "1941-12-07", "", "", ""}, {"Monday", "DATE", "2015-06-15", "", "", ""}}},
	{"checked: 'On Tuesday, Sept. 11, 2001, ... On Friday, Bush visited the site' is the story's Friday", "2015-06-16",
		"On Tuesday, Sept. 11, 2001, hijackers flew two planes into the World Trade Center. On Friday, Bush visited the site.",
		[]want{{"Tuesday, Sept. 11, 2001", "DATE", "2001-09-11", "", "", ""}, {"Friday", "DATE", "2001-09-14", "", "", ""}}},

	// Theresa May
	{"checked: after 'Theresa May', 'Critics of May' is the person, and 'the end of May', 'the year to May', 'May 4' stay months", "2016-07-20",
		"Theresa May became prime minister last week. Critics of May say she has no plan. The deadline is the end of May. Sales rose in the year to May. The letter to May 4 voters was sent.",
		[]want{{"last week", "DATE", "2016-W28", "", "", ""}, {"the end of May", "DATE", "2016-05", "END", "", ""}, {"the year", "DURATION", "P1Y", "", "", ""}, {"May", "DATE", "2016-05", "", "", ""}, {"May 4", "DATE", "2016-05-04", "", "", ""}}},

	// the Lunar New Year's names, a bare Eid
	{"counter: a town's festival ('the Spring Festival in Prague') in a text naming Chinese is none (was 2015); 'the 1968 Tet attacks' are the war's (was 2015)", "2015-06-16",
		"The Chinese troupe performed at the Spring Festival in Prague in May. In Vietnam, the 1968 Tet attacks shocked America.",
		[]want{{"May", "DATE", "2015-05", "", "", ""}, {"1968", "DATE", "1968", "", "", ""}}},
	{"counter: a name given ('Koreans call it Seollal') is no day (was 2016); 'before Seollal' is", "2016-02-10",
		"Seoul's roads were jammed before Seollal. Koreans call it Seollal.",
		[]want{{"Seollal", "DATE", "2016", "", "", ""}}},
	{"checked: 'Chinese tourists flocked to Japan during the Spring Festival' in June is this year's; 'because of Tet' too", "2015-06-16",
		"Chinese tourists flocked to Japan during the Spring Festival. Vietnam's exports slowed in February because of Tet.",
		[]want{{"the Spring Festival", "DATE", "2015-02-19", "", "", ""}, {"February", "DATE", "2015-02", "", "", ""}, {"Tet", "DATE", "2015", "", "", ""}}},
	{"counter: 'Eid' after a verb of speech or before a comma and an age is a person (was 2014)", "2015-06-16",
		"Police said Eid, a 32-year-old cleaner, was arrested. Eid, 32, was held overnight.",
		[]want{{"overnight", "TIME", "2015-06-15TNI", "", "", ""}}},
	{"checked: 'The ceasefire held through Eid' in June, before both Eids of the year, is last year's", "2015-06-16",
		"The ceasefire held through Eid.",
		[]want{{"Eid", "DATE", "2014", "", "", ""}}},

	// "almost ... ago"
	{"checked: 'founded almost 30 years ago' is one expression, AFTER", "2013-06-05",
		"The firm, founded almost 30 years ago, was sold.",
		[]want{{"almost 30 years ago", "DATE", "1983", "AFTER", "", ""}}},
	{"checked: 'It has been almost three years since' keeps 'almost' out of the duration", "2013-06-05",
		"It has been almost three years since the mine closed.",
		[]want{{"three years", "DURATION", "P3Y", "LESS_THAN", "", ""}}},

	// "the two day rally", "the late-November trip"
	{"checked: 'the 90 day deadline', 'the late-November storm' leave the article out; 'The one hour meeting' keeps it", "2014-01-16",
		"Officials set the 90 day deadline. She said the late-November storm killed 12. The one hour meeting ended.",
		[]want{{"90 day", "DURATION", "P90D", "", "", ""}, {"late-November", "DATE", "2013-11", "END", "", ""}, {"The one hour", "DURATION", "PT1H", "", "", ""}}},

	// "a year earlier" with a quarter and a result noun
	{"counter: 'a year earlier' opening a clause of its own after the result ('; a year earlier it had lost', ', and a year earlier it was sold') dates a deed, the year (were 2012-Q3)", "2013-10-24",
		"The company said sales in the third quarter rose; a year earlier it had lost its chief executive. Profit for the third quarter fell, the company said, and a year earlier it was sold to a rival.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"a year earlier", "DATE", "2012", "", "", ""}, {"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"a year earlier", "DATE", "2012", "", "", ""}}},
	{"checked: 'Revenue in the third quarter, which ended Sept. 30, fell from a year earlier' is 2012-Q3", "2013-10-24",
		"Revenue in the third quarter, which ended Sept. 30, fell from a year earlier.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"Sept. 30", "DATE", "2013-09-30", "", "", ""}, {"a year earlier", "DATE", "2012-Q3", "", "", ""}}},

	// "at the the end"
	{"checked: a doubled article elsewhere ('the the deal') gives nothing; 'at the the end of October' opens at the second", "2012-10-30",
		"He said the the deal was done at the the end of October.",
		[]want{{"the end of October", "DATE", "2012-10", "END", "", ""}}},

	// "that same day" after a month
	{"counter: a full day named in the month's sentence ('ended on Jan. 5, two months after it began in November. That same day') may be the day meant: PAST_REF as before (was 2011-11-XX)", "2012-02-06",
		"The strike ended on Jan. 5, two months after it began in November. That same day, police arrested 20.",
		[]want{{"Jan. 5", "DATE", "2012-01-05", "", "", ""}, {"two months", "DURATION", "P2M", "", "", ""}, {"November", "DATE", "2011-11", "", "", ""}, {"That same day", "DATE", "PAST_REF", "", "", ""}}},
	{"checked: 'He was born in March 1970. That same day, his father died' is 1970-03-XX", "2012-02-06",
		"He was born in March 1970. That same day, his father died.",
		[]want{{"March 1970", "DATE", "1970-03", "", "", ""}, {"That same day", "DATE", "1970-03-XX", "", "0", "0"}}},
}

func TestRound9ReviewC(t *testing.T) { runFormCases(t, round9ReviewCCases, false) }
