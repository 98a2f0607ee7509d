package timex

import "testing"

// round6FeatCases are the rules adopted after tagging the narrative
// features, profiles and obituaries of testdata/news (items 38 on), whose
// time anchor moves with the story: each case is a class of miss or wrong
// value found there, with counter-examples.
var round6FeatCases = []formCase{
	// a month after "since" is gone
	{"'has met every Sunday since August' in July: the August gone, not the one just ahead", "2014-07-17",
		"The congregation has met in the gym every Sunday since August.",
		[]want{{"every Sunday", "SET", "XXXX-WXX-7", "", "0", "0"}, {"August", "DATE", "2013-08", "", "2013-08-01", "2013-08-31"}}},
	{"'since June' in July is this year's June, as before", "2014-07-17",
		"Prices have risen since June.",
		[]want{{"June", "DATE", "2014-06", "", "", ""}}},
	{"counter-example: 'until August' in July is the August just ahead", "2014-07-17",
		"The offer stands until August.",
		[]want{{"August", "DATE", "2014-08", "", "", ""}}},

	// the end of the decade of a past narrative
	{"'by the end of the decade' in a past clause after 1972 is the 1970s' end", "2015-06-16",
		"In 1972 she left to start her own practice. By the end of the decade the firm employed 40 engineers.",
		[]want{{"1972", "DATE", "1972", "", "", ""}, {"the end of the decade", "DATE", "197", "END", "1977-01-01", "1979-12-31"}}},
	{"the end of the decade in a past clause reaches back past a sentence with no date", "2016-02-10",
		"In 1983 he bet the company on a boot. Sales doubled within three years. By the end of the decade, the boots were standard issue.",
		[]want{{"1983", "DATE", "1983", "", "", ""}, {"three years", "DURATION", "P3Y", "", "", ""}, {"the end of the decade", "DATE", "198", "END", "", ""}}},
	{"counter-example: a clause to come keeps the present decade", "2015-06-16",
		"In 1972 she left. The firm hopes to double in size by the end of the decade.",
		[]want{{"1972", "DATE", "1972", "", "", ""}, {"the end of the decade", "DATE", "201", "END", "", ""}}},
	{"counter-example: with no date named, a past clause keeps the present decade", "2015-06-16",
		"Sales fell at the start of the decade.",
		[]want{{"the start of the decade", "DATE", "201", "START", "", ""}}},
}

func TestFindRound6Feat(t *testing.T) { runFormCases(t, round6FeatCases, false) }
