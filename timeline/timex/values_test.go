package timex

import "testing"

// valueCases are the rules adopted after classifying the wrong values
// (expressions found with the right extent but a different value) on the
// TempEval-3 training set. Each sentence is written for these tests; the
// counter-examples keep a rule from overfiring.
var valueCases = []formCase{
	// "overnight" in the narrative of a past day
	{"overnight after a past day named in the sentence before is the night before that day", "2026-03-09",
		"Oslo shares closed lower on Friday. They were weighed down by overnight losses in Tokyo.",
		[]want{{"Friday", "DATE", "2026-03-06", "", "", ""}, {"overnight", "TIME", "2026-03-05TNI", "", "2026-03-05", "2026-03-06"}}},
	{"overnight after a past day named in the same sentence is the night before that day", "2026-03-09",
		"On Friday, shares fell after overnight losses in Tokyo.",
		[]want{{"Friday", "DATE", "2026-03-06", "", "", ""}, {"overnight", "TIME", "2026-03-05TNI", "", "", ""}}},
	{"counter-example: overnight with no day named is the night before the reference day", "2026-03-09",
		"Rebels shelled the city overnight, officials said.",
		[]want{{"overnight", "TIME", "2026-03-08TNI", "", "2026-03-08", "2026-03-09"}}},
	{"counter-example: overnight in a future clause is the coming night", "2026-03-09",
		"On Friday the river peaked. Forecasters say more rain will fall overnight.",
		[]want{{"Friday", "DATE", "2026-03-06", "", "", ""}, {"overnight", "TIME", "2026-03-09TNI", "", "", ""}}},
	{"counter-example: a day named later in the sentence dates the night, not the narrative's day", "2026-11-13",
		"Teachers staged a strike on Thursday. A drone strike killed three people overnight, officials said on Friday.",
		[]want{{"Thursday", "DATE", "2026-11-12", "", "", ""}, {"overnight", "TIME", "2026-11-12TNI", "", "", ""}, {"Friday", "DATE", "2026-11-13", "", "", ""}}},
	{"overnight does not move the day the narrative is on", "2013-01-28",
		"Troops took the airport on Monday. The previous day, jets had struck rebel positions overnight. Two days earlier, on Friday, the rebels had fled.",
		[]want{{"Monday", "DATE", "2013-01-28", "", "", ""}, {"The previous day", "DATE", "2013-01-27", "", "", ""}, {"overnight", "TIME", "2013-01-26TNI", "", "", ""},
			{"Two days earlier", "DATE", "2013-01-25", "", "", ""}, {"Friday", "DATE", "2013-01-25", "", "", ""}}},
	{"the previous weekday counts from the day the narrative is on", "2026-03-09",
		"The index closed lower on Friday, down 3% from the previous Friday.",
		[]want{{"Friday", "DATE", "2026-03-06", "", "", ""}, {"the previous Friday", "DATE", "2026-02-27", "", "", ""}}},

	// the past perfect of a plan
	{"'had been due to' is a plan for a day gone by", "2026-03-09",
		"The offer was extended to March 20. It had been due to expire Friday evening.",
		[]want{{"March 20", "DATE", "2026-03-20", "", "", ""}, {"Friday evening", "TIME", "2026-03-06TEV", "", "", ""}}},
	{"'had been set to' is a plan for a day gone by", "2026-03-09",
		"The vote had been set to take place on Thursday.",
		[]want{{"Thursday", "DATE", "2026-03-05", "", "", ""}}},
	{"counter-example: 'is due to' points forward", "2026-03-09",
		"The offer is due to expire Friday evening.",
		[]want{{"Friday evening", "TIME", "2026-03-13TEV", "", "", ""}}},
	{"counter-example: 'was set to' is a plan still to come", "2026-03-09",
		"The vote was set to take place on Thursday, officials said.",
		[]want{{"Thursday", "DATE", "2026-03-12", "", "", ""}}},

	// the quarter being reported
	{"a quarter still to come is no reported quarter for the year-ago period", "2026-10-24",
		"Analysts expect losses through the second quarter of 2027. The company earned $46.9 million. In the year-ago period, it earned $101.4 million.",
		[]want{{"the second quarter of 2027", "DATE", "2027-Q2", "", "", ""}, {"the year-ago period", "DATE", "2025-Q3", "", "", ""}}},
	{"the year-ago period with no quarter named is the reported quarter a year before", "2026-10-24",
		"Acme earned $12 million. In the year-earlier period, it earned $15 million.",
		[]want{{"the year-earlier period", "DATE", "2025-Q3", "", "", ""}}},
	{"counter-example: the year-ago period after a quarter named is that quarter a year before", "2026-10-24",
		"Acme earned $12 million in the second quarter. In the year-earlier period, it earned $15 million.",
		[]want{{"the second quarter", "DATE", "2026-Q2", "", "", ""}, {"the year-earlier period", "DATE", "2025-Q2", "", "", ""}}},
	{"counter-example: the year-ago period outside a sentence of figures is no date", "2026-10-24",
		"Critics compared the rally with the year-ago period of unrest.",
		nil},

	// ranges of months and timetables
	{"the end of a range of months is not before its start", "2026-03-14",
		"Forecasters said the season, which runs from June through November, will be busier than normal.",
		[]want{{"June", "DATE", "2026-06", "", "", ""}, {"November", "DATE", "2026-11", "", "", ""}}},
	{"a range of months across the new year ends in the next year", "2026-03-14",
		"The exhibition will run from November to February.",
		[]want{{"November", "DATE", "2026-11", "", "", ""}, {"February", "DATE", "2027-02", "", "", ""}}},
	{"counter-example: a month after 'to' with no month before it takes its own year", "2026-03-14",
		"The vote was moved to November.",
		[]want{{"November", "DATE", "2025-11", "", "", ""}}},
	{"a present timetable verb further back in the clause points forward", "2026-03-14",
		"The deal, reached in January, expires at the end of the fiscal year on Sept. 30.",
		[]want{{"January", "DATE", "2026-01", "", "", ""}, {"the fiscal year", "DURATION", "P1Y", "", "", ""}, {"Sept. 30", "DATE", "2026-09-30", "", "", ""}}},
	{"counter-example: a past verb near the day dates it", "2026-03-14",
		"The deal expired at the end of the fiscal year on Sept. 30.",
		[]want{{"the fiscal year", "DURATION", "P1Y", "", "", ""}, {"Sept. 30", "DATE", "2025-09-30", "", "", ""}}},

	// "last" the verb, "a year" the distance, "the June quarter"
	{"'to last' before a duration is the verb", "2013-04-09",
		"The trial is expected to last six weeks.",
		[]want{{"six weeks", "DURATION", "P6W", "", "", ""}}},
	{"'could last a year' is the verb before the duration", "2013-04-09",
		"The drought could last a year, officials warned.",
		[]want{{"a year", "DURATION", "P1Y", "", "", ""}}},
	{"counter-example: 'compared to last year' is the year", "2013-04-09",
		"Sales rose 5 percent compared to last year.",
		[]want{{"last year", "DATE", "2012", "", "", ""}}},
	{"'a year after' is a distance, not a rate", "2013-04-09",
		"The launch comes a year after the first model went on sale.",
		[]want{{"a year", "DURATION", "P1Y", "", "", ""}}},
	{"'$33 million a year' is a rate, as '$5 a year' is", "2013-04-09",
		"The deal will add about $33 million a year in profit.",
		[]want{{"a year", "SET", "P1Y", "", "", ""}}},
	{"counter-example: 'flights a week' is a rate", "2013-04-09",
		"The airline runs four flights a week to Lagos.",
		[]want{{"a week", "SET", "P1W", "", "", ""}}},
	{"'the June quarter' is the calendar quarter ending in June", "2013-08-09",
		"Sales in the June quarter fell for the first time in a decade.",
		[]want{{"the June quarter", "DATE", "2013-Q2", "", "", ""}, {"a decade", "DURATION", "P10Y", "", "", ""}}},
	{"'the December quarter' in a January paper is the quarter just ended", "2013-01-24",
		"Apple sold 48 million phones in the December quarter.",
		[]want{{"the December quarter", "DATE", "2012-Q4", "", "", ""}}},

	// the week of the narrative
	{"'the week' after a past day is that day's week", "2013-06-10",
		"The index tumbled 1.2 percent on Friday. For the week, it dropped 3.8 percent.",
		[]want{{"Friday", "DATE", "2013-06-07", "", "", ""}, {"the week", "DATE", "2013-W23", "", "", ""}}},
	{"counter-example: 'the week' with no day named is the reference week", "2013-06-12",
		"For the week, the index is up 2 percent.",
		[]want{{"the week", "DATE", "2013-W24", "", "", ""}}},

	// the year being reported
	{"'the full year' after a reported fourth quarter is that quarter's year", "2013-01-30",
		"Acme said its fourth-quarter profit fell 79 percent. For the full year, it earned $32 million.",
		[]want{{"fourth-quarter", "DATE", "2012-Q4", "", "", ""}, {"the full year", "DATE", "2012", "", "", ""}}},
	{"counter-example: 'the full year' with no quarter reported is the reference year", "2013-01-30",
		"Acme expects sales of $5 billion for the full year.",
		[]want{{"the full year", "DATE", "2013", "", "", ""}}},
	{"counter-example: 'the full year' after a quarter still to come is the reference year", "2013-01-30",
		"Acme expects a loss in the second quarter. For the full year, it expects a profit of $3 million.",
		[]want{{"the second quarter", "DATE", "2013-Q2", "", "", ""}, {"the full year", "DATE", "2013", "", "", ""}}},

	// minutes and hours later
	{"seconds later is a duration", "2013-04-17",
		"On Monday, the first bomb exploded at 2:49 p.m. A second blast followed 12 seconds later.",
		[]want{{"Monday", "DATE", "2013-04-15", "", "", ""}, {"2:49 p.m.", "TIME", "2013-04-15T14:49", "", "", ""}, {"12 seconds", "DURATION", "PT12S", "", "", ""}}},
	{"an hour earlier is a duration", "2013-04-17",
		"The plane landed on Monday. An hour earlier, the tower had lost contact.",
		[]want{{"Monday", "DATE", "2013-04-15", "", "", ""}, {"An hour", "DURATION", "PT1H", "", "", ""}}},
	{"counter-example: days later is a date after the day named", "2013-04-17",
		"The plane landed on Monday. Two days later, the crew left.",
		[]want{{"Monday", "DATE", "2013-04-15", "", "", ""}, {"Two days later", "DATE", "2013-04-17", "", "", ""}}},
	{"counter-example: 48 hours later is two days later", "2013-04-17",
		"The plane landed on Monday. Forty-eight hours later, the crew left.",
		[]want{{"Monday", "DATE", "2013-04-15", "", "", ""}, {"Forty-eight hours later", "DATE", "2013-04-17", "", "", ""}}},

	// "came N days before" a date
	{"'came two days before' a named date is no anaphora: a duration and the date", "2013-04-17",
		"Shoppers crowded stores on Thanksgiving. The attack came two days before Christmas.",
		[]want{{"Thanksgiving", "DATE", "2012-11-22", "", "", ""}, {"two days", "DURATION", "P2D", "", "", ""}, {"Christmas", "DATE", "2012-12-25", "", "", ""}}},
	{"counter-example: 'came two days after' an event is dated from the anchor", "2013-04-17",
		"Rebels shelled the port on Monday. The strike came two days after the talks collapsed.",
		[]want{{"Monday", "DATE", "2013-04-15", "", "", ""}, {"two days after", "DATE", "2013-04-13", "", "", ""}}},

	// "last" and the month just gone
	{"'last February' in a March paper is last year's", "2013-03-01",
		"Two helicopters crashed last February, killing 73 soldiers.",
		[]want{{"last February", "DATE", "2012-02", "", "", ""}}},
	{"counter-example: a bare February in a March paper is this year's", "2013-03-01",
		"Two helicopters crashed in February, killing 73 soldiers.",
		[]want{{"February", "DATE", "2013-02", "", "", ""}}},
	{"counter-example: 'last January' in a March paper keeps the nearest past January", "2013-03-20",
		"The plant closed last January.",
		[]want{{"last January", "DATE", "2013-01", "", "", ""}}},

	// the month just ahead
	{"the month just ahead in a past-tense clause is the coming one", "2026-08-16",
		"The ministry told refiners of a 15 percent cut in crude supplies in September.",
		[]want{{"September", "DATE", "2026-09", "", "2026-09-01", "2026-09-30"}}},
	{"the month just ahead named as a modifier is the coming one", "2026-10-30",
		"Dealers placed orders to start the first trading day for November contracts.",
		[]want{{"November", "DATE", "2026-11", "", "", ""}}},
	{"counter-example: a month two ahead in a past-tense clause is last year's", "2026-08-16",
		"Exports fell in October, the ministry said.",
		[]want{{"October", "DATE", "2025-10", "", "", ""}}},
	{"counter-example: January in a past-tense clause of December is this year's", "2026-12-20",
		"Exports fell in January, the ministry said.",
		[]want{{"January", "DATE", "2026-01", "", "", ""}}},
	{"counter-example: the month before in a future clause is next year's", "2026-10-30",
		"The plant will reopen in September.",
		[]want{{"September", "DATE", "2027-09", "", "", ""}}},
}

func TestFindValues(t *testing.T) {
	for _, tc := range valueCases {
		t.Run(tc.reason, func(t *testing.T) {
			got := Find(tc.text, date(tc.ref))
			if len(got) != len(tc.want) {
				t.Fatalf("%q: got %d expressions %v, want %d", tc.text, len(got), describe(got), len(tc.want))
			}
			for k, w := range tc.want {
				if w.value == "" {
					w.value = got[k].Value
				}
				checkTimex(t, got[k], w)
			}
		})
	}
}
