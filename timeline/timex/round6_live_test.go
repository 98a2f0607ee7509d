package timex

import "testing"

// liveRuleCases are the rules drawn from the live-coverage, chronology and
// broadcast items (news 54-61): clock times around midnight, time zones,
// timestamps and the words of broadcast copy. Each rule has a
// counter-example.
var liveRuleCases = []formCase{
	// "after midnight" opens a day
	{"'shortly after midnight' in a past clause is the start of the day (T00:00), not its end", "2013-10-28",
		"The storm reached Cornwall shortly after midnight.",
		[]want{{"midnight", "TIME", "2013-10-28T00:00", "", "0", "0"}}},
	{"'after midnight on Tuesday' is the midnight that opens Tuesday", "2012-10-23",
		"The rocket blasted off shortly after midnight on Tuesday.",
		[]want{{"midnight", "TIME", "2012-10-23T00:00", "", "2012-10-23", "2012-10-23"}, {"Tuesday", "DATE", "2012-10-23", "", "", ""}}},
	{"counter-example: 'before midnight' keeps the end of the day", "2013-10-28",
		"The storm reached Cornwall shortly before midnight.",
		[]want{{"midnight", "TIME", "2013-10-28T24:00", "", "0", "0"}}},
	{"counter-example: 'after midnight Friday' is a deadline, the end of Friday", "2013-10-28",
		"The strike will begin after midnight Friday.",
		[]want{{"midnight Friday", "TIME", "2013-11-01T24:00", "", "", ""}}},
	{"counter-example: a midnight to come after 'after' is tonight's, the end of today", "2013-10-28",
		"The storm will arrive shortly after midnight.",
		[]want{{"midnight", "TIME", "2013-10-28T24:00", "", "0", "0"}}},
}

func TestFindLiveRules(t *testing.T) { runFormCases(t, liveRuleCases, false) }
