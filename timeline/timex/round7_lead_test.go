package timex

import "testing"

// lead7Cases are rules the lead added in session 7.
var lead7Cases = []formCase{
	// days counted after the story moved to a year or month with no day
	{"'three days later' after 'in 2008' counts from no known day (was Monday + 3 of this week)", "2015-03-12",
		"Tolbert escaped from the prison on Monday. He also escaped in 2008, and was captured three days later.",
		[]want{{"Monday", "DATE", "2015-03-09", "-", "", ""}, {"2008", "DATE", "2008", "-", "", ""}, {"three days", "DURATION", "P3D", "-", "0", "0"}}},
	{"'a week later' after 'In 1999' likewise", "2015-03-12",
		"The mayor resigned on Tuesday. In 1999 his predecessor was arrested, and he quit a week later.",
		[]want{{"Tuesday", "DATE", "2015-03-10", "-", "", ""}, {"1999", "DATE", "1999", "-", "", ""}, {"a week", "DURATION", "P1W", "-", "0", "0"}}},
	{"counter-example: with no coarser date between, the days count from the day named", "2015-03-12",
		"Tolbert escaped from the prison on Monday. He was captured three days later.",
		[]want{{"Monday", "DATE", "2015-03-09", "-", "", ""}, {"three days", "DURATION", "P3D", "-", "2015-03-12", "2015-03-12"}}},
	{"counter-example: a day named after the year is the new start", "2015-03-12",
		"In 2008 he escaped on March 3, and he was captured three days later.",
		[]want{{"2008", "DATE", "2008", "-", "", ""}, {"March 3", "DATE", "2008-03-03", "-", "", ""}, {"three days", "DURATION", "P3D", "-", "2008-03-06", "2008-03-06"}}},

	// "will" before a day just gone
	{"'will be home by Christmas' in a January paper is next Christmas (was the one just gone: a day within six weeks was taken whatever the tense)", "2015-01-20",
		"The troops will be home by Christmas, the minister said.",
		[]want{{"Christmas", "DATE", "2015-12-25", "-", "", ""}}},
	{"'will resume on Dec. 28' in a January paper is next December's, 352 days ahead", "2015-01-10",
		"The talks will resume on Dec. 28.",
		[]want{{"Dec. 28", "DATE", "2015-12-28", "-", "", ""}}},
	{"counter-example: a past clause keeps the day just gone", "2015-01-20",
		"The shops were busy over Christmas, and sales rose on Dec. 28.",
		[]want{{"Christmas", "DATE", "2014-12-25", "-", "", ""}, {"Dec. 28", "DATE", "2014-12-28", "-", "", ""}}},
	{"counter-example: 'expects to' is no 'will': a plan may be read after its day, the nearest is kept", "2015-01-20",
		"The company expects to finish the work by Christmas.",
		[]want{{"Christmas", "DATE", "2014-12-25", "-", "", ""}}},
	{"counter-example: 'will' after a past date of its own sentence is the future of that time", "2013-01-20",
		"In December 2012, he said he will be home for Christmas.",
		[]want{{"December 2012", "DATE", "2012-12", "-", "", ""}, {"Christmas", "DATE", "2012-12-25", "-", "", ""}}},

	// a determiner between "will" and the day, after the merge of the two reviews
	{"an object right after the verb leaves the day to 'will': 'will debate the bill on Dec. 28' in a January paper is next December's", "2015-01-10",
		"Parliament will debate the bill on Dec. 28.",
		[]want{{"Dec. 28", "DATE", "2015-12-28", "-", "", ""}}},
	{"a place after 'to' likewise: 'will return to the capital on Dec. 28'", "2015-01-10",
		"The minister will return to the capital on Dec. 28.",
		[]want{{"Dec. 28", "DATE", "2015-12-28", "-", "", ""}}},
	{"counter-example: a topic's noun phrase ('over the blackout on Dec. 28') holds a known thing's day, which may be gone", "2015-01-10",
		"Ministers will be questioned over the blackout on Dec. 28.",
		[]want{{"Dec. 28", "DATE", "2014-12-28", "-", "", ""}}},
}

func TestFindLead7(t *testing.T) { runFormCases(t, lead7Cases, false) }
