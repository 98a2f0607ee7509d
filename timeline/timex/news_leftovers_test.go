package timex

// newsLeftovers are the news items of testdata/news (160-164) written
// for the round-7 leftovers: stories in which a relative or
// parenthetical clause in one tense stands inside a main clause of
// another ("hosts Abe, who arrived on Tuesday, at the White House on
// Friday"), a range of months runs across the turn of the year, a
// headline's weekday "marks" an anniversary, a clock time follows a day
// told late or stands in a sentence framed by another year, and names of
// programmes and papers are made of time words, in the styles of AP,
// Reuters, the BBC and AFP, 2013-2016. Each was annotated by hand before
// the tagger was run, like newsArticles, and TestNewsArticles tags them;
// a line marked "gap" would record where the tagger still differs (none:
// the three differences the first run showed, in 162, 163 and 164, were
// closed by the rules of round7_leftovers_test.go).
//
// Conventions, by TimeBank and this package: intervals are not checked
// here (""), only extent, type, value and mod; "this season" is not
// tagged; a clock time whose day the text does not give is written with
// X for the day (XXXX-XX-XXT06:00, 1995-XX-XXT00:00 in a sentence framed
// by 1995), as TimeBank writes a day of a known year ("1997-XX-XX").
var newsLeftovers = []newsArticle{
	{"160-ap-state-visit", "2014-04-16", "AP diplomacy (Wed): 'hosts Abe, who arrived in Washington on Tuesday, at the White House on Friday' (the coming Friday, by 'hosts'), 'who last met in September', 'failed to close in December', 'whose party won a landslide in 2012, addresses ... on Thursday' (a timetable, to come), 'flies ... on Saturday and returns ... on Sunday', a parenthesis '(which broke down in February)' before 'resumed on Monday', 'through the end of the month'",
		[]want{
			{"Tuesday", "DATE", "2014-04-15", "-", "", ""},
			{"Friday", "DATE", "2014-04-18", "-", "", ""},
			{"September", "DATE", "2013-09", "-", "", ""},
			{"December", "DATE", "2013-12", "-", "", ""},
			{"2012", "DATE", "2012", "-", "", ""},
			{"Thursday", "DATE", "2014-04-17", "-", "", ""},
			{"Saturday", "DATE", "2014-04-19", "-", "", ""},
			{"Sunday", "DATE", "2014-04-20", "-", "", ""},
			{"February", "DATE", "2014-02", "-", "", ""},
			{"Monday", "DATE", "2014-04-14", "-", "", ""},
			{"the end of the month", "DATE", "2014-04", "END", "", ""},
		}},
	{"161-reuters-gas-winter", "2015-01-22", "Reuters energy (Thu): a dateline, 'on Thursday', 'since 2007', 'The heating season, which runs from October to March' (the season under way, begun last October), 'which were filled in the summer' (last summer), 'on Wednesday', 'which forecast a cold snap for last weekend', 'now', 'until mid-February', 'which expires on Friday' (to come)",
		[]want{
			{"Jan 22", "DATE", "2015-01-22", "-", "", ""},
			{"Thursday", "DATE", "2015-01-22", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"October", "DATE", "2014-10", "-", "", ""},
			{"March", "DATE", "2015-03", "-", "", ""},
			{"the summer", "DATE", "2014-SU", "-", "", ""},
			{"Wednesday", "DATE", "2015-01-21", "-", "", ""},
			{"last weekend", "DATE", "2015-W03-WE", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"mid-February", "DATE", "2015-02", "MID", "", ""},
			{"Friday", "DATE", "2015-01-23", "-", "", ""},
		}},
	{"162-bbc-mine-anniversary", "2015-09-14", "BBC anniversary (Mon): a headline 'Wednesday marks 20 years since' (the coming Wednesday), 'will gather ... on Wednesday', '20 years', 'In 1995, the blast tore through the pit shortly after midnight' (a midnight of 1995, its day not given), 'which had started at 10 p.m.' (likewise), 'Rescuers reached the last survivors at 4 a.m.' (the story of 1995 goes on: a day of 1995), 'begins at 11 a.m. on Wednesday', 'at noon' (Wednesday's), 'which closed in 2001', 'now'",
		[]want{
			{"Wednesday", "DATE", "2015-09-16", "-", "", ""},
			{"20 years", "DURATION", "P20Y", "-", "", ""},
			{"Wednesday", "DATE", "2015-09-16", "-", "", ""},
			{"20 years", "DURATION", "P20Y", "-", "", ""},
			{"1995", "DATE", "1995", "-", "", ""},
			{"midnight", "TIME", "1995-XX-XXT00:00", "-", "", ""},
			{"10 p.m.", "TIME", "1995-XX-XXT22:00", "-", "", ""},
			{"4 a.m.", "TIME", "1995-XX-XXT04:00", "-", "", ""},
			{"11 a.m.", "TIME", "2015-09-16T11:00", "-", "", ""},
			{"Wednesday", "DATE", "2015-09-16", "-", "", ""},
			{"noon", "TIME", "2015-09-16T12:00", "-", "", ""},
			{"2001", "DATE", "2001", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
		}},
	{"163-afp-florida-storm", "2016-06-08", "AFP disaster (Wed): 'late Monday', 'at 11 p.m. Monday', 'began restoring power at 6 a.m., and by Tuesday evening' (the text says the morning is Tuesday's), 'Tuesday evening', 'NBC's Today show' and 'USA Today' (names, none), 'later this week'",
		[]want{
			{"late Monday", "DATE", "2016-06-06", "END", "", ""},
			{"11 p.m. Monday", "TIME", "2016-06-06T23:00", "-", "", ""},
			{"6 a.m.", "TIME", "2016-06-07T06:00", "-", "", ""},
			{"Tuesday evening", "TIME", "2016-06-07TEV", "-", "", ""},
			{"later this week", "DATE", "2016-W23", "-", "", ""},
		}},
	{"164-reuters-arsenal-preview", "2013-11-29", "Reuters sport preview (Fri): a headline and a lead 'host Southampton, who beat them (2-0) in August, ... on Saturday' (the coming Saturday), a dateline, 'who lost to Manchester United last weekend', 'this season' (none), '(who missed Tuesday's Champions League win ...)', 'signed a new contract on Wednesday', 'in four days', 'travelling to Norwich on Tuesday' (to come)",
		[]want{
			{"August", "DATE", "2013-08", "-", "", ""},
			{"Saturday", "DATE", "2013-11-30", "-", "", ""},
			{"Nov 29", "DATE", "2013-11-29", "-", "", ""},
			{"August", "DATE", "2013-08", "-", "", ""},
			{"Saturday", "DATE", "2013-11-30", "-", "", ""},
			{"last weekend", "DATE", "2013-W47-WE", "-", "", ""},
			{"Tuesday", "DATE", "2013-11-26", "-", "", ""},
			{"Wednesday", "DATE", "2013-11-27", "-", "", ""},
			{"four days", "DURATION", "P4D", "-", "", ""},
			{"Tuesday", "DATE", "2013-12-03", "-", "", ""},
		}},
}
