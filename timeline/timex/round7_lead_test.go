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
}

func TestFindLead7(t *testing.T) { runFormCases(t, lead7Cases, false) }
