package timex

import "testing"

// fixCases are the rules adopted after a blind evaluation of the event
// extractor found wrong dates. Each sentence is written for these tests, in
// the styles of wire copy, business news and politics; counter-examples keep
// a rule from overfiring.
var fixCases = []formCase{
	// day ranges are one interval
	{"Month D-D is one range", "2026-06-17", "The central bank's next meeting is scheduled for July 28-29.",
		[]want{{"July 28-29", "DATE", "2026-07-28", "", "2026-07-28", "2026-07-29"}}},
	{"from Month D to D is one range", "2026-10-10", "The summit, held from Oct. 5 to 7, ended without a communique.",
		[]want{{"Oct. 5 to 7", "DATE", "2026-10-05", "", "2026-10-05", "2026-10-07"}}},
	{"Month D through D is one range", "2026-02-01", "The trade fair runs March 3 through 6 in Hanover.",
		[]want{{"March 3 through 6", "DATE", "2026-03-03", "", "2026-03-03", "2026-03-06"}}},
	{"between Month D and D is one range", "2026-02-01", "Voting takes place between May 2 and 4.",
		[]want{{"May 2 and 4", "DATE", "2026-05-02", "", "2026-05-02", "2026-05-04"}}},
	{"counter-example: two days joined by 'and' are two dates", "2026-02-01", "Polls open on April 24 and 25 in the north.",
		[]want{{"April 24", "DATE", "2026-04-24", "", "2026-04-24", "2026-04-24"}, {"25", "DATE", "2026-04-25", "", "2026-04-25", "2026-04-25"}}},
	{"counter-example: a date moved from one day to another is two dates", "2026-02-10", "The vote was postponed from March 3 to 5.",
		[]want{{"March 3", "DATE", "2026-03-03", "", "2026-03-03", "2026-03-03"}, {"5", "DATE", "2026-03-05", "", "2026-03-05", "2026-03-05"}}},
	{"counter-example: a second day before the first is no range", "2026-02-10", "Shares fell on March 9 and 3.",
		[]want{{"March 9", "DATE", "", "", "", ""}, {"3", "DATE", "", "", "", ""}}},

	// a clock time without a day has no interval
	{"a bare midnight is no day", "2026-03-09", "Reyes conceded defeat in a short speech shortly before midnight.",
		[]want{{"midnight", "TIME", "2026-03-09T24:00", "", "0", "0"}}},
	{"a bare clock time is no day", "2026-03-09", "The polls closed at 8 p.m. and counting began.",
		[]want{{"8 p.m.", "TIME", "2026-03-09T20:00", "", "0", "0"}}},
	{"counter-example: a clock time with its day has that day", "2026-03-09", "Polls will close at 8 p.m. Sunday.",
		[]want{{"8 p.m. Sunday", "TIME", "2026-03-15T20:00", "", "2026-03-15", "2026-03-15"}}},
	{"counter-example: noon with its day has that day", "2026-03-09", "The deadline is noon Friday.",
		[]want{{"noon Friday", "TIME", "2026-03-13T12:00", "", "2026-03-13", "2026-03-13"}}},
}

func TestFindFixes(t *testing.T) {
	for _, tc := range fixCases {
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
