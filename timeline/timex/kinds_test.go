package timex

import "testing"

// kindCases are the rules adopted from a checklist of the TIMEX3
// annotation guidelines' expression kinds, tried on a development set of
// news texts written for the purpose (cmd/timexeval/testdata/devset).
// Each sentence is written for these tests; counter-examples keep a rule
// from overfiring.
var kindCases = []formCase{
	// ten years ahead or behind is a stretch, not a calendar decade
	{"'over the next decade' is ten years from now", "2013-03-21", "The plan would cut spending by $975 billion over the next decade.",
		[]want{{"the next decade", "DURATION", "P10Y", "", "0", "0"}}},
	{"'for the past decade' is the ten years up to now", "2013-09-11", "For the past decade, the city has held the ceremony every year.",
		[]want{{"the past decade", "DURATION", "P10Y", "", "0", "0"}, {"every year", "SET", "P1Y", "", "0", "0"}}},
	{"'the coming decade' is ten years ahead", "2013-03-21", "Demand will double in the coming decade.",
		[]want{{"the coming decade", "DURATION", "P10Y", "", "0", "0"}}},
	{"counter-example: 'the last decade' keeps its TimeBank value, the decade gone", "2013-03-21", "In the last decade, the town doubled in size.",
		[]want{{"the last decade", "DATE", "200", "", "", ""}}},

	// "quarterly" as an adverb is a set; as an adjective it is not annotated
	{"'pays a dividend quarterly' is a set", "2012-10-25", "The company pays a dividend quarterly.",
		[]want{{"quarterly", "SET", "P3M", "", "0", "0"}}},
	{"'reports quarterly and annually' are two sets", "2012-10-25", "It reports quarterly and annually.",
		[]want{{"quarterly", "SET", "P3M", "", "0", "0"}, {"annually", "SET", "P1Y", "", "0", "0"}}},
	{"counter-example: 'its quarterly dividend' is no expression", "2012-10-25", "The bank raised its quarterly dividend by 2 cents.",
		nil},

	// a quarter named by its months
	{"'the April-June quarter' is the second quarter", "2013-09-10", "The company sold 31 million iPhones in the April-June quarter.",
		[]want{{"the April-June quarter", "DATE", "2013-Q2", "", "2013-04-01", "2013-06-30"}}},
	{"'the October-December period' is the fourth quarter, the one that began last", "2013-01-30", "Profit fell in the October-December period.",
		[]want{{"the October-December period", "DATE", "2012-Q4", "", "2012-10-01", "2012-12-31"}}},
	{"counter-example: months that make no calendar quarter are two months", "2013-09-10", "Sales rose in the June-August period.",
		[]want{{"June", "DATE", "", "", "", ""}, {"August", "DATE", "", "", "", ""}}},

	// ages
	{"counter-example: 'Fifteen-year-olds' are people, not a duration", "2013-12-02", "Fifteen-year-olds in Britain made no progress.",
		nil},
	{"counter-example: '10-year-olds' are people", "2013-12-02", "The test is taken by 10-year-olds.",
		nil},

	// a participle after a verb of state is an adjective, no past cue
	{"'will stay closed through Wednesday' is the coming Wednesday", "2012-10-30", "The subway will stay closed through Wednesday.",
		[]want{{"Wednesday", "DATE", "2012-10-31", "", "2012-10-31", "2012-10-31"}}},
	{"'will remain closed until Thursday' is the coming Thursday", "2012-10-30", "Schools will remain closed until Thursday.",
		[]want{{"Thursday", "DATE", "2012-11-01", "", "", ""}}},
	{"counter-example: 'remained closed on Monday' is past", "2012-10-30", "Schools remained closed on Monday.",
		[]want{{"Monday", "DATE", "2012-10-29", "", "", ""}}},

	// a clock time in the sentence after one that named a past day
	{"a clock time in a past-tense sentence after one that named a past day takes that day", "2013-04-21",
		"An earthquake struck southwest China on Saturday. The quake hit at 8:02 a.m. in a mountainous county.",
		[]want{{"Saturday", "DATE", "2013-04-20", "", "", ""}, {"8:02 a.m.", "TIME", "2013-04-20T08:02", "", "0", "0"}}},
	{"counter-example: a clock time in a present-tense sentence after a past day keeps the reference day", "2013-04-21",
		"An earthquake struck on Saturday. The briefing is at 3 p.m.",
		[]want{{"Saturday", "DATE", "2013-04-20", "", "", ""}, {"3 p.m.", "TIME", "2013-04-21T15:00", "", "0", "0"}}},

	// a timetable in the present dates what is to come
	{"'begins Oct. 1' in March is the coming October", "2013-03-20", "The new fiscal year begins Oct. 1.",
		[]want{{"Oct. 1", "DATE", "2013-10-01", "", "2013-10-01", "2013-10-01"}}},
	{"'takes effect Jan. 1' in March is next January", "2013-03-20", "The law takes effect Jan. 1.",
		[]want{{"Jan. 1", "DATE", "2014-01-01", "", "", ""}}},
	{"counter-example: 'opened Oct. 1' is past", "2013-03-20", "The season opened Oct. 1.",
		[]want{{"Oct. 1", "DATE", "2012-10-01", "", "", ""}}},
	{"counter-example: a timetable date within 45 days is the nearest", "2012-10-05", "The fiscal year ends Sept. 30.",
		[]want{{"The fiscal year", "DURATION", "P1Y", "", "", ""}, {"Sept. 30", "DATE", "2012-09-30", "", "", ""}}},

	// a comparison a year back names no year of its own
	{"'the first nine months of the year' after 'a year earlier' is this year", "2012-10-25",
		"Net income rose to $41 million from $36.6 million a year earlier. For the first nine months of the year, revenue climbed 8 percent.",
		[]want{{"a year earlier", "DATE", "", "", "", ""}, {"the first nine months", "DURATION", "P9M", "", "", ""}, {"the year", "DATE", "2012", "", "", ""}}},
	{"'a year ago' in figures after a half to come is no half a year back", "2013-07-31",
		"Economists expect faster growth in the second half of the year. Unemployment has fallen to 7.6 percent from 8.2 percent a year ago.",
		[]want{{"the second half of the year", "DATE", "2013-H2", "", "", ""}, {"a year ago", "DATE", "2012", "", "", ""}}},
	{"counter-example: 'a year ago' in figures after a reported quarter is that quarter a year back", "2012-10-25",
		"Profit rose in the third quarter. Net income was $41 million, up from $36.6 million a year ago.",
		[]want{{"the third quarter", "DATE", "2012-Q3", "", "", ""}, {"a year ago", "DATE", "2011-Q3", "", "", ""}}},
}

func TestFindKinds(t *testing.T) {
	for _, tc := range kindCases {
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
