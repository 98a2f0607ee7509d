package timex

import "testing"

// round10ReviewBCases are the adversarial review of the round-10 energy
// and leftB rules: for each rule, ordinary news sentences where its
// trigger words stand in another tense, order or sense. A case that the
// rule got wrong is kept as a counter-example with the narrowing that
// fixed it; a case it got right is kept as its best witness.
var round10ReviewBCases = []formCase{
	// spanStartBefore: the day a span ends on counts from a start's day
	// only when a word names that day
	{"fixed: 'closed overnight from 10pm to 5am on Monday' in a Tuesday paper is the Monday gone (was the Monday to come, counted from the day after the start 'overnight' had dated)", "2017-06-06",
		"The road was closed overnight from 10pm to 5am on Monday.",
		[]want{{"overnight", "TIME", "2017-06-05TNI", "", "", ""}, {"10pm", "TIME", "2017-06-05T22:00", "", "", ""}, {"5am", "TIME", "2017-06-06T05:00", "", "", ""}, {"Monday", "DATE", "2017-06-05", "", "", ""}}},
	{"kept: a start with its weekday named ('from 8am on Saturday until 5pm on Monday') still dates the end's weekday, in the past and to come", "2017-06-06",
		"The road was closed from 8am on Saturday until 5pm on Monday. The bridge will shut from 8am on Saturday until 5pm on Monday.",
		[]want{{"8am", "TIME", "2017-06-03T08:00", "", "", ""}, {"Saturday", "DATE", "2017-06-03", "", "", ""}, {"5pm", "TIME", "2017-06-05T17:00", "", "", ""}, {"Monday", "DATE", "2017-06-05", "", "", ""},
			{"8am", "TIME", "2017-06-10T08:00", "", "", ""}, {"Saturday", "DATE", "2017-06-10", "", "", ""}, {"5pm", "TIME", "2017-06-12T17:00", "", "", ""}, {"Monday", "DATE", "2017-06-12", "", "", ""}}},

	// energy's 'the previous week' after a stretch's day, merged with
	// labor's weekEndedBefore (780eaf6)
	{"fixed: a week named after the stretch's day ('... the week ended Nov. 14. Prices rose last week after falling the previous week') is what 'the previous week' counts from: the week before last week (was the week before Nov. 14's, W45)", "2014-12-04",
		"Stocks fell 15 Bcf in the week ended Nov. 14. Prices rose last week after falling the previous week.",
		[]want{{"the week", "DURATION", "P1W", "", "", ""}, {"Nov. 14", "DATE", "2014-11-14", "", "", ""}, {"last week", "DATE", "2014-W48", "", "", ""}, {"the previous week", "DATE", "2014-W47", "", "", ""}}},
	{"kept: 'the previous week's figure' in the sentence after 'the week ended Nov. 14' is the week before that week", "2014-11-20",
		"Claims fell to 290,000 in the week ended Nov. 14, the department said. The previous week's figure was revised up.",
		[]want{{"the week", "DURATION", "P1W", "", "", ""}, {"Nov. 14", "DATE", "2014-11-14", "", "", ""}, {"The previous week", "DATE", "2014-W45", "", "", ""}}},

	// leftB's bare clock time past a comma after two weekdays
	{"fixed: days told in their order ('began on Monday and ended on Wednesday, with a deal signed at 9pm'): the clock time after the later day is that day's (was no day)", "2016-05-12",
		"Talks began on Monday and ended on Wednesday, with a deal signed at 9pm.",
		[]want{{"Monday", "DATE", "2016-05-09", "", "", ""}, {"Wednesday", "DATE", "2016-05-11", "", "", ""}, {"9pm", "TIME", "2016-05-11T21:00", "", "", ""}}},
	{"kept: a day told back from a later one ('said on Tuesday that the man, who was arrested on Monday in a raid, was released at 3pm') leaves the clock time no day", "2016-05-12",
		"Police said on Tuesday that the man, who was arrested on Monday in a raid on his home, was released at 3pm.",
		[]want{{"Tuesday", "DATE", "2016-05-10", "", "", ""}, {"Monday", "DATE", "2016-05-09", "", "", ""}, {"3pm", "TIME", "XXXX-XX-XXT15:00", "", "", ""}}},

	// energy's 'ahead of (the)' date
	{"fixed: an undated past deed ahead of a date five to eleven months on ('massed troops ahead of the Feb. 24 invasion', 'arrested 12 people ahead of the May 1 protests, which passed off peacefully', 'Shares had surged ahead of the June 15 rate decision') in September: the tense's date gone (was next year's)", "2022-09-07",
		"Russia massed troops on the border ahead of the Feb. 24 invasion. Police arrested 12 people ahead of the May 1 protests, which passed off peacefully. Shares had surged ahead of the June 15 rate decision.",
		[]want{{"Feb. 24", "DATE", "2022-02-24", "", "", ""}, {"May 1", "DATE", "2022-05-01", "", "", ""}, {"June 15", "DATE", "2022-06-15", "", "", ""}}},
	{"kept: a deed dated days back ('stepped up patrols on Tuesday ahead of the 10 September rally', 'signed the order on Friday, ahead of the June 1 start of hurricane season') and an undated one ahead of a month soon ('Shares rose ahead of Nov. 8 elections', two months on) look ahead", "2022-09-07",
		"Police stepped up patrols on Tuesday ahead of the 10 September rally. She signed the order on Friday, ahead of the June 1 start of hurricane season. Shares rose ahead of Nov. 8 elections.",
		[]want{{"Tuesday", "DATE", "2022-09-06", "", "", ""}, {"the 10 September", "DATE", "2022-09-10", "", "", ""}, {"Friday", "DATE", "2022-09-02", "", "", ""}, {"June 1", "DATE", "2023-06-01", "", "", ""}, {"Nov. 8", "DATE", "2022-11-08", "", "", ""}}},

	// energy's contract month and futures quarter
	{"fixed: a month gone named after 'in' dates the trade ('Crude for May delivery fell below zero in April' in a June paper): that May (was May 2021, the one to come)", "2020-06-20",
		"Crude for May delivery fell below zero in April.",
		[]want{{"May", "DATE", "2020-05", "", "", ""}, {"April", "DATE", "2020-04", "", "", ""}}},
	{"kept: a market report's contract month with no other date is current or to come ('Crude for May delivery fell below zero', 'May futures expired on Tuesday' in April)", "2020-04-20",
		"Crude for May delivery fell below zero. May futures expired on Tuesday.",
		[]want{{"May", "DATE", "2020-05", "", "", ""}, {"May", "DATE", "2020-05", "", "", ""}, {"Tuesday", "DATE", "2020-04-14", "", "", ""}}},
	{"fixed: a noun after 'contract' ('the fourth-quarter contract revenue rose') is a company's quarter, the one begun last, though futures were named (was 2017-Q4)", "2017-03-15",
		"Futures fell. The company reported the fourth-quarter contract revenue rose.",
		[]want{{"fourth-quarter", "DATE", "2016-Q4", "", "", ""}}},
	{"kept: 'The Q3 contract slipped 2 percent' after futures is the quarter to come; 'Prices for the December quarter' the one gone", "2017-03-15",
		"Electricity futures fell. The Q3 contract slipped 2 percent. Prices for the December quarter were weak.",
		[]want{{"Q3", "DATE", "2017-Q3", "", "", ""}, {"the December quarter", "DATE", "2016-Q4", "", "", ""}}},
}

func TestRound10ReviewB(t *testing.T) { runFormCases(t, round10ReviewBCases, false) }
