package timex

import "testing"

// round6Blind6Cases are the tagger rules prompted by the sixth blind set
// of package events (agency copy on a wildfire, a mine blast, an airline's
// collapse and an eruption), each with a counter-example. No case uses the
// words of those articles.
var round6Blind6Cases = []formCase{
	// a participle after a verb in -ing is the adjective of its object
	{"'would start evacuating injured residents on Friday': 'injured' is an adjective, the modal decides", "2013-06-10",
		"The army said it would start evacuating injured residents on Friday.",
		[]want{{"Friday", "DATE", "2013-06-14", "", "", ""}}},
	{"'were flying displaced families home on Sunday': past all the same", "2013-06-10",
		"Helicopters were flying displaced families home on Sunday.",
		[]want{{"Sunday", "DATE", "2013-06-09", "", "", ""}}},
	{"counter-example: 'The shelling killed' is a noun in -ing and a past verb", "2013-06-10",
		"The shelling killed nine people on Thursday, officials will say.",
		[]want{{"Thursday", "DATE", "2013-06-06", "", "", ""}}},

	// a relative clause set off by commas has a tense of its own
	{"', who quit his post on Wednesday, is expected': the main verb does not send the clause forward", "2014-03-13",
		"The governor, who quit his post on Wednesday, is expected to testify next month.",
		[]want{{"Wednesday", "DATE", "2014-03-12", "", "", ""}, {"next month", "DATE", "2014-04", "", "", ""}}},
	{"counter-example: a future inside the clause still points forward", "2014-03-13",
		"The governor, who will testify on Monday, is in Boston.",
		[]want{{"Monday", "DATE", "2014-03-17", "", "", ""}}},
	{"counter-example: with no comma before 'who' the clause is the sentence's", "2014-03-13",
		"Officials who meet on Monday are expected to agree.",
		[]want{{"Monday", "DATE", "2014-03-17", "", "", ""}}},

	// "overnight" after a late hour of the narrative's day
	{"'late on Saturday ... overnight' is the night after Saturday", "2013-07-08",
		"The fire broke out late on Saturday and spread overnight, officials said.",
		[]want{{"Saturday", "DATE", "2013-07-06", "", "", ""}, {"overnight", "TIME", "2013-07-06TNI", "", "2013-07-06", "2013-07-07"}}},
	{"'shortly before 10 pm on Sunday. ... overnight': the night after that evening", "2013-07-09",
		"A gas explosion hit the plant shortly before 10 pm on Sunday. Workers were evacuated overnight.",
		[]want{{"10 pm", "TIME", "2013-07-07T22:00", "", "", ""}, {"Sunday", "DATE", "2013-07-07", "", "", ""}, {"overnight", "TIME", "2013-07-07TNI", "", "", ""}}},
	{"counter-example: a day told without its evening keeps the night before it", "2013-07-08",
		"Shares closed lower on Friday. They were depressed by overnight losses in Tokyo.",
		[]want{{"Friday", "DATE", "2013-07-05", "", "", ""}, {"overnight", "TIME", "2013-07-04TNI", "", "", ""}}},

	// a day told early or late is as firm an anchor as the bare day
	{"'late Thursday ... The eruption began at 10:17 pm': the clock time's value takes Thursday", "2026-04-10",
		"A geyser burst late Thursday, the office said.\n\nThe outburst began at 10:17 pm after a swarm of tremors.",
		[]want{{"late Thursday", "DATE", "2026-04-09", "END", "2026-04-09", "2026-04-09"}, {"10:17 pm", "TIME", "2026-04-09T22:17", "", "0", "0"}}},
	{"'early Monday ... overnight' in a later paper: the night before that Monday", "2013-07-10",
		"The dam gave way early Monday. Water had risen overnight, residents said.",
		[]want{{"early Monday", "DATE", "2013-07-08", "START", "", ""}, {"overnight", "TIME", "2013-07-07TNI", "", "", ""}}},
	{"counter-example: a clock time in the future tense keeps the reference day", "2026-04-10",
		"A geyser burst late Thursday, the office said.\n\nThe park will reopen at 9 am.",
		[]want{{"late Thursday", "DATE", "2026-04-09", "END", "", ""}, {"9 am", "TIME", "2026-04-10T09:00", "", "0", "0"}}},
}

func TestRound6Blind6(t *testing.T) {
	runFormCases(t, round6Blind6Cases, false)
}
