package timex

import "testing"

// round7ReviewACases are an adversarial review of the round-7 weather and
// markets rules: ordinary news sentences in which each rule's trigger
// words stand in another sense, tense or construction. Cases marked
// "narrowed" showed a wrong date, fixed by narrowing the rule; the
// others held, and guard the rule.
var round7ReviewACases = []formCase{
	// the next event in a month
	{"narrowed: 'raised rates at its next meeting in March' tells a deed done at a meeting gone, no reported words: the tense decides (was March 2016)", "2015-06-18",
		"The Fed raised rates at its next meeting in March, after holding them in January.",
		[]want{{"March", "DATE", "2015-03", "-", "", ""}, {"January", "DATE", "2015-01", "-", "", ""}}},
	{"narrowed: 'won the next election in May' in June is the May gone (was May 2016)", "2015-06-18",
		"The party won the next election in May.",
		[]want{{"May", "DATE", "2015-05", "-", "", ""}}},
	{"held: 'the next election in May is expected' is to come; after 'said', a backshifted 'remained' still is", "2015-06-18",
		"The next election in May is expected to be close. The Fed said a rate hike remained unlikely at its next policy meeting in April.",
		[]want{{"May", "DATE", "2016-05", "-", "", ""}, {"April", "DATE", "2016-04", "-", "", ""}}},

	// a futures contract's month
	{"narrowed: 'Last summer, crude for August delivery peaked' is the August then traded, 2011's (was August 2012, after the reference day)", "2012-05-10",
		"Last summer, crude for August delivery peaked at $114.",
		[]want{{"Last summer", "DATE", "2011-SU", "-", "", ""}, {"August", "DATE", "2011-08", "-", "", ""}}},
	{"narrowed rule, held: 'On Nov. 28, crude for January delivery fell' is the January after that day", "2009-12-01",
		"On Nov. 28, crude for January delivery fell 2 percent.",
		[]want{{"Nov. 28", "DATE", "2009-11-28", "-", "", ""}, {"January", "DATE", "2010-01", "-", "", ""}}},
	{"held: a year opening the sentence dates the contract; 'The December futures contract' in May is the coming December", "2012-05-10",
		"In 2008, crude for July delivery hit $147 a barrel. The December futures contract rose.",
		[]want{{"2008", "DATE", "2008", "-", "", ""}, {"July", "DATE", "2008-07", "-", "", ""}, {"December", "DATE", "2012-12", "-", "", ""}}},

	// a perfect participle
	{"narrowed: 'having agreed to sell the unit by June' is a deed still to do: the clause's 'will' decides (was June 2013)", "2014-02-10",
		"The firm, having agreed to sell the unit by June, will close its plant.",
		[]want{{"June", "DATE", "2014-06", "-", "", ""}}},
	{"held: 'Having won in March' and 'Having agreed to a deal in April' are deeds done", "2014-02-10",
		"Having won in March, he will defend his title in July. Having agreed to a deal in April, the union went on strike.",
		[]want{{"March", "DATE", "2013-03", "-", "", ""}, {"July", "DATE", "2014-07", "-", "", ""}, {"April", "DATE", "2013-04", "-", "", ""}}},

	// a quarter reported, in a clause a year opens (an old wrong date the fiscal rule kept)
	{"fixed: 'Last year, third-quarter profit rose' in July is 2013's quarter (was 2014-Q3, a quarter still running, made fiscal)", "2014-07-22",
		"Last year, third-quarter profit rose 5 percent. In 2013, Apex said its third-quarter profit rose 12 percent.",
		[]want{{"Last year", "DATE", "2013", "-", "", ""}, {"third-quarter", "DATE", "2013-Q3", "-", "2013-07-01", "2013-09-30"}, {"2013", "DATE", "2013", "-", "", ""}, {"third-quarter", "DATE", "2013-Q3", "-", "2013-07-01", "2013-09-30"}}},
	{"held: a month with its year opening the sentence is no year frame for a quarter: 'In January 2014, ... fourth-quarter profit rose' is 2013's", "2014-07-22",
		"In January 2014, Apex said fourth-quarter profit rose.",
		[]want{{"January 2014", "DATE", "2014-01", "-", "", ""}, {"fourth-quarter", "DATE", "2013-Q4", "-", "2013-10-01", "2013-12-31"}}},
	{"held: a quarter not ended reported in September is fiscal; 'the year-ago quarter' goes back to it", "2014-09-05",
		"The company said third-quarter sales fell. That compared with a loss in the year-ago quarter.",
		[]want{{"third-quarter", "DATE", "2014-Q3", "-", "0", "0"}, {"the year-ago quarter", "DATE", "2013-Q3", "-", "0", "0"}}},

	// a record's base
	{"narrowed: a record's base with a clause of 'when' after it is the time the story is on: 'A year later' counts from it (was the duration 'A year')", "2014-05-14",
		"It was the worst drought since 2011, when rivers ran dry. A year later, the rains returned.",
		[]want{{"2011", "DATE", "2011", "-", "", ""}, {"A year later", "DATE", "2012", "-", "", ""}}},
	{"held: 'their lowest since July 2008. A year earlier' counts from now", "2010-07-09",
		"Jobless claims fell to their lowest since July 2008. A year earlier, claims stood at 560,000.",
		[]want{{"July 2008", "DATE", "2008-07", "-", "", ""}, {"A year earlier", "DATE", "2009", "-", "", ""}}},

	// "overnight" and lending
	{"held: 'stopped overnight lending' is a loan's term; 'acted overnight, lending' a night", "2013-06-20",
		"Banks stopped overnight lending to each other on Thursday. The Fed acted overnight, lending $85 billion to the insurer.",
		[]want{{"Thursday", "DATE", "2013-06-20", "-", "", ""}, {"overnight", "TIME", "2013-06-19TNI", "-", "", ""}}},

	// the previous month, week's end, figures, the holiday quarter, trading days
	{"held: 'the previous month' after 'in May' is April; after 'in April from March' it is March", "2013-06-14",
		"Retail sales rose in May. The previous month they had fallen. Exports rose in April from March, and the previous month they rose too.",
		[]want{{"May", "DATE", "2013-05", "-", "", ""}, {"The previous month", "DATE", "2013-04", "-", "", ""}, {"April", "DATE", "2013-04", "-", "", ""}, {"March", "DATE", "2013-03", "-", "", ""}, {"the previous month", "DATE", "2013-03", "-", "", ""}}},
	{"held: 'will return at week's end' on a Monday is this week's end; 'By week's end, he had resigned' none", "2014-10-20",
		"He will return at week's end. By week's end, he had resigned.",
		[]want{{"week's end", "DATE", "2014-W43", "END", "", ""}}},
	{"held: 'The December jobs report, released last Friday' in January is the December gone; 'The October forecast was' in June the October gone", "2014-01-15",
		"The December jobs report, released last Friday, was weak. The October forecast was far too optimistic, the minister admitted.",
		[]want{{"December", "DATE", "2013-12", "-", "", ""}, {"last Friday", "DATE", "2014-01-10", "-", "", ""}, {"October", "DATE", "2013-10", "-", "", ""}}},
	{"held: 'the holiday quarter' sold in July is the quarter gone; hoped for, the one to come", "2015-07-22",
		"Apple sold 74 million iPhones in the holiday quarter. Retailers hope the holiday quarter will be strong.",
		[]want{{"the holiday quarter", "DATE", "2014-Q4", "-", "", ""}, {"the holiday quarter", "DATE", "2015-Q4", "-", "", ""}}},
	{"held: the modal 'may' before 'report', 'sell' and a headline's 'May Trade' is none", "2010-05-20",
		"The company may report earnings on Tuesday. Shares May Trade Lower as Investors Sell",
		[]want{{"Tuesday", "DATE", "2010-05-25", "-", "", ""}}},
}

func TestRound7ReviewA(t *testing.T) { runFormCases(t, round7ReviewACases, false) }
