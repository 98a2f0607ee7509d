package timex

// newsEdu are items of education and labour news (288-301): jobs reports
// and weekly claims, statistics offices' labour market bulletins, strikes
// and pay disputes, university and school calendars, as agencies, papers,
// unions, universities and councils in the US, UK, Australia, India and
// Ireland write them. Each expression was annotated by hand before the
// tagger ran on the items; a line where the tagger first disagreed says so
// in a comment ("gap:" with the hand value; "hand annotation corrected"
// or "revised" where the hand value was wrong or TBAQ's form differs).
// First run: 171 of the 196 expressions annotated by hand agreed exactly;
// after 11 hand lines were corrected or revised to TBAQ's and this
// project's forms and the round-8 rules (round8_edu_test.go), 9 gaps are
// left, none of them a general rule yet.
var newsEdu = []newsArticle{
	{"288-ap-jobs-report", "2013-12-06", "AP jobs report on a Friday: 'in November', 'since November 2008', 'Friday', '204,000 a month', 'the past four months', 'the first half of the year', 'non-farm payrolls in October', 'The October report', 'the 16-day partial government shutdown', 'that month' (October), 'Dec. 17-18' (one expression), 'The December jobs report' (this December's), 'Jan. 10'",
		[]want{
			{"November", "DATE", "2013-11", "-", "", ""},
			{"November 2008", "DATE", "2008-11", "-", "", ""},
			{"Friday", "DATE", "2013-12-06", "-", "", ""},
			{"a month", "SET", "P1M", "-", "", ""},
			{"the past four months", "DURATION", "P4M", "-", "", ""},
			{"the first half of the year", "DATE", "2013-H1", "-", "", ""},
			{"October", "DATE", "2013-10", "-", "", ""},
			{"October", "DATE", "2013-10", "-", "", ""},
			{"16-day", "DURATION", "P16D", "-", "", ""},
			{"that month", "DATE", "2013-10", "-", "", ""},
			{"Dec. 17-18", "DATE", "2013-12-17", "-", "", ""},
			{"December", "DATE", "2013-12", "-", "", ""},
			{"Jan. 10", "DATE", "2014-01-10", "-", "", ""},
		}},
	{"289-reuters-jobless-claims", "2012-10-11", "Reuters weekly claims on a Thursday: 'since 2008' (headline), dateline 'Oct 11', 'last week', 'more than four years', 'on Thursday', 'the week ended Oct. 6' (a duration and a day, as in item 119), 'since February 2008', 'quarterly figures', 'The four-week moving average', 'an initial week of aid', 'the week ended Sept. 29', 'in August', 'a third straight month' (none)",
		[]want{
			{"2008", "DATE", "2008", "-", "", ""},
			{"Oct 11", "DATE", "2012-10-11", "-", "", ""},
			{"last week", "DATE", "2012-W40", "-", "", ""},
			{"more than four years", "DURATION", "P4Y", "MORE_THAN", "", ""},
			{"Thursday", "DATE", "2012-10-11", "-", "", ""},
			{"the week", "DURATION", "P1W", "-", "", ""},
			{"Oct. 6", "DATE", "2012-10-06", "-", "", ""},
			{"February 2008", "DATE", "2008-02", "-", "", ""},
			// hand annotation revised: by hand "quarterly" SET P3M; TBAQ leaves "quarterly" and "annual" untagged in 15 of 17 uses, as the tagger does
			{"four-week", "DURATION", "P4W", "-", "", ""},
			// gap: by hand "an initial week" DURATION P1W ("after an initial week of aid"), not found
			{"the week", "DURATION", "P1W", "-", "", ""},
			{"Sept. 29", "DATE", "2012-09-29", "-", "", ""},
			{"August", "DATE", "2012-08", "-", "", ""},
		}},
	{"290-ons-labour-market", "2015-08-12", "ONS bulletin on a Wednesday: 'August 2015' (title), 'Release date: 12 August 2015', 'Next release: 16 September 2015', 'for April to June 2015' (two months), 'January to March 2015', 'a year earlier', 'the three months to June' (a duration and a month), 'the previous quarter', 'average weekly earnings', 'for July 2015', 'June 2015', 'May to July 2015', 'the three months to April'",
		[]want{
			{"August 2015", "DATE", "2015-08", "-", "", ""},
			{"12 August 2015", "DATE", "2015-08-12", "-", "", ""},
			{"16 September 2015", "DATE", "2015-09-16", "-", "", ""},
			{"April", "DATE", "2015-04", "-", "", ""},
			{"June 2015", "DATE", "2015-06", "-", "", ""},
			{"January", "DATE", "2015-01", "-", "", ""},
			{"March 2015", "DATE", "2015-03", "-", "", ""},
			{"a year earlier", "DATE", "2014", "-", "", ""},
			{"the three months", "DURATION", "P3M", "-", "", ""},
			{"June", "DATE", "2015-06", "-", "", ""},
			{"January", "DATE", "2015-01", "-", "", ""},
			{"March 2015", "DATE", "2015-03", "-", "", ""},
			{"the previous quarter", "DATE", "2014-Q4", "-", "", ""}, // gap: by hand 2015-Q1 (the quarter before "the three months to June"); first run counts from "January to March 2015"
			{"April", "DATE", "2015-04", "-", "", ""},
			{"June 2015", "DATE", "2015-06", "-", "", ""},
			{"a year earlier", "DATE", "2014", "-", "", ""},
			{"weekly", "SET", "P1W", "-", "", ""},
			{"July 2015", "DATE", "2015-07", "-", "", ""},
			{"June 2015", "DATE", "2015-06", "-", "", ""},
			{"May", "DATE", "2015-05", "-", "", ""}, // first run not found; round 8: a capitalised "May" before "to" and a month opens a span of months
			{"July 2015", "DATE", "2015-07", "-", "", ""},
			{"the three months", "DURATION", "P3M", "-", "", ""},
			{"April", "DATE", "2015-04", "-", "", ""},
		}},
	{"291-irish-times-cso-jobs", "2013-08-29", "Irish Times on a Thursday: 'the second quarter of this year', 'the first three months of the year' (a duration), 'today', 'the year to the end of June' (a duration and the end of June), 'annual growth', 'Quarterly National Household Survey' (a name, none), 'a year or more', 'the April-June period' (the quarter), 'the same period last year' (that quarter of 2012), 'earlier this month', 'the unemployment rate in the euro zone in the second quarter', 'October 15th'",
		[]want{
			{"the second quarter of this year", "DATE", "2013-Q2", "-", "", ""},
			{"the first three months", "DURATION", "P3M", "-", "", ""},
			{"the year", "DATE", "2013", "-", "", ""}, // hand annotation revised: "the first three months of the year" by hand one duration; the package's form, as item 89's "the first six months of this year", gives the year apart
			{"today", "DATE", "2013-08-29", "-", "", ""},
			{"the year", "DURATION", "P1Y", "-", "", ""}, // first run not found; round 8: "the year to the end of June" is a duration, as "the year to June"
			{"the end of June", "DATE", "2013-06", "END", "", ""},
			// hand annotation revised: by hand "annual" SET P1Y; TBAQ leaves "annual" untagged (see item 289)
			{"a year", "DURATION", "P1Y", "-", "", ""}, // hand annotation revised: by hand "a year or more" EQUAL_OR_MORE; this project leaves "or more" out (items 27, 28, 159), TBAQ having no case
			{"the April-June period", "DATE", "2013-Q2", "-", "", ""},
			{"the same period last year", "DATE", "2012-Q2", "-", "", ""},
			{"earlier this month", "DATE", "2013-08", "", "", ""},
			{"the second quarter", "DATE", "2013-Q2", "-", "", ""},
			{"October 15th", "DATE", "2012-10-15", "-", "", ""}, // gap: by hand 2013-10-15 ("warned ... ahead of the budget on October 15th": a day ahead)
		}},
	{"292-bbc-tube-strike", "2014-02-03", "BBC strike news on a Monday: '48-hour' (three times), '21:00 GMT on Tuesday', 'the same time on Thursday' (the clock time, by hand none; the day), 'by 2015', 'from 21:00 on 11 February', 'an overtime ban from Friday', 'on Tuesday morning', '£50m a year', 'the next two years'",
		[]want{
			{"48-hour", "DURATION", "PT48H", "-", "", ""}, // hand annotation corrected: P48H is no ISO 8601 duration of hours
			{"48-hour", "DURATION", "PT48H", "-", "", ""}, // hand annotation corrected: P48H is no ISO 8601 duration of hours
			{"21:00 GMT", "TIME", "2014-02-04T21:00", "-", "", ""},
			{"Tuesday", "DATE", "2014-02-04", "-", "", ""},
			{"Thursday", "DATE", "2014-02-06", "-", "", ""},
			{"2015", "DATE", "2015", "-", "", ""},
			// first run "A second" DURATION PT1S; round 8: "a second" before a figure is an ordinal (this branch and s8-bcast found it both)
			{"48-hour", "DURATION", "PT48H", "-", "", ""}, // hand annotation corrected: P48H is no ISO 8601 duration of hours
			{"21:00", "TIME", "2014-02-11T21:00", "-", "", ""},
			{"11 February", "DATE", "2014-02-11", "-", "", ""},
			{"Friday", "DATE", "2014-02-07", "-", "", ""},
			{"Tuesday morning", "TIME", "2014-02-04TMO", "-", "", ""},
			{"a year", "SET", "P1Y", "-", "", ""},
			{"the next two years", "DURATION", "P2Y", "-", "", ""},
		}},
	{"293-abc-teachers-walkout", "2013-02-13", "ABC industrial news on a Wednesday: 'on Thursday' (headline and text), 'a one-day walkout', 'since June last year', 'for the day' (none), 'in the morning' (Thursday's), 'over three years', 'expired in December 2011', '2.5 per cent a year', 'backdated to April' (the April gone, 2012), 'from next Monday', '18 months', 'the first weeks of term'",
		[]want{
			{"Thursday", "DATE", "2013-02-14", "-", "", ""},
			{"one-day", "DURATION", "P1D", "-", "", ""},
			{"Thursday", "DATE", "2013-02-14", "-", "", ""},
			{"June last year", "DATE", "2012-06", "-", "", ""},
			// gap: by hand "the morning" TIME 2013-02-14TMO ("a rally will be held ... in the morning"), not found
			{"three years", "DURATION", "P3Y", "-", "", ""},
			{"December 2011", "DATE", "2011-12", "-", "", ""},
			{"a year", "SET", "P1Y", "-", "", ""}, // first run DURATION P1Y; round 8: "per cent a year" is a rate, as "percent a year"
			{"April", "DATE", "2012-04", "-", "", ""},
			{"next Monday", "DATE", "2013-02-18", "-", "", ""},
			{"18 months", "DURATION", "P18M", "-", "", ""},
			{"the first weeks", "DURATION", "PXW", "-", "", ""},
		}},
	{"294-pti-du-admissions", "2013-05-17", "PTI on a Friday: 'on June 1' (headline and text), dateline 'May 17', 'four-year programme', 'today', 'the three-year degree', 'the 2013-14 academic session' (its first year, as item 89's school year), 'June 24', 'July 22', 'in 2011', 'a one-day strike on Monday', 'the even semester' (none), 'June 15', 'this year'",
		[]want{
			{"four-year", "DURATION", "P4Y", "-", "", ""}, // hand annotation corrected: the headline's "four-year programme" was missed by hand
			{"June 1", "DATE", "2013-06-01", "-", "", ""},
			{"May 17", "DATE", "2013-05-17", "-", "", ""},
			{"four-year", "DURATION", "P4Y", "-", "", ""},
			{"June 1", "DATE", "2013-06-01", "-", "", ""},
			{"today", "DATE", "2013-05-17", "-", "", ""},
			{"three-year", "DURATION", "P3Y", "-", "", ""},
			{"2013", "DATE", "2013", "-", "", ""},
			{"June 24", "DATE", "2013-06-24", "-", "", ""},
			{"July 22", "DATE", "2013-07-22", "-", "", ""},
			{"2011", "DATE", "2011", "-", "", ""},
			{"one-day", "DURATION", "P1D", "-", "", ""},
			{"Monday", "DATE", "2013-05-20", "-", "", ""}, // first run 2013-05-13; round 8: a collective action called in the present perfect is to come
			{"June 15", "DATE", "2013-06-15", "-", "", ""},
			{"this year", "DATE", "2013", "-", "", ""},
		}},
	{"295-uni-results-day", "2015-08-11", "University press release on a Tuesday: '11 August 2015', '8am on A-level results day on Thursday 13 August', 'starting in September', 'Last year', 'this year', 'on Thursday', 'until 8pm', 'Saturday 15 August', 'Sunday 16 August', 'Freshers' Week' (a name, none), 'Monday 21 September', 'the following week' (2015-W40), 'July 2018', 'Results day' (none), 'from early morning' (results day's)",
		[]want{
			{"11 August 2015", "DATE", "2015-08-11", "-", "", ""},
			{"8am", "TIME", "2015-08-13T08:00", "-", "", ""}, // first run 2015-08-11T08:00; round 8: a clock time on a named occasion's day followed by its date is of that date
			{"Thursday 13 August", "DATE", "2015-08-13", "-", "", ""},
			{"September", "DATE", "2015-09", "-", "", ""},
			{"Last year", "DATE", "2014", "-", "", ""},
			{"this year", "DATE", "2015", "-", "", ""},
			{"Thursday", "DATE", "2015-08-13", "-", "", ""},
			{"8pm", "TIME", "2015-08-13T20:00", "-", "", ""},
			{"Saturday 15 August", "DATE", "2015-08-15", "-", "", ""},
			{"Sunday 16 August", "DATE", "2015-08-16", "-", "", ""},
			{"Monday 21 September", "DATE", "2015-09-21", "-", "", ""},
			{"the following week", "DATE", "2015-W40", "-", "", ""},
			{"July 2018", "DATE", "2018-07", "-", "", ""},
			{"early morning", "TIME", "2015-08-11TMO", "START", "", ""}, // gap: by hand 2015-08-13TMO (results day's morning, named in the sentence before); no general rule
		}},
	{"296-nyt-graduation-debt", "2012-05-09", "NYT feature on a Wednesday: 'the Class of 2012' (the year, twice), 'her freshman year' (none), 'on May 20', 'on Wednesday', 'a year earlier', '25 hours a week', 'the spring semester' (none), 'a summer job every year since 2009', 'since January', 'on July 1', 'for weeks', 'Graduation in May' (this May), 'in November'",
		[]want{
			{"2012", "DATE", "2012", "-", "", ""},
			{"May 20", "DATE", "2012-05-20", "-", "", ""},
			{"2012", "DATE", "2012", "-", "", ""},
			{"Wednesday", "DATE", "2012-05-09", "-", "", ""},
			{"a year earlier", "DATE", "2011", "-", "", ""},
			{"25 hours", "DURATION", "PT25H", "-", "", ""},
			{"a week", "SET", "P1W", "-", "", ""},
			{"every year", "SET", "P1Y", "-", "", ""},
			{"2009", "DATE", "2009", "-", "", ""},
			{"January", "DATE", "2012-01", "-", "", ""},
			{"July 1", "DATE", "2012-07-01", "-", "", ""},
			{"weeks", "DURATION", "PXW", "-", "", ""},
			{"May", "DATE", "2012-05", "-", "", ""},
			{"Now", "DATE", "PRESENT_REF", "-", "", ""}, // hand annotation corrected: TimeBank tags "now", missed by hand
			{"November", "DATE", "2012-11", "-", "", ""},
		}},
	{"297-unite-bus-dispute", "2016-03-11", "Union press release on a Friday: 'Friday 11 March 2016', 'a one-day walkout on Thursday 17 March', 'an overtime ban from Monday', 'today', 'closed on Wednesday', 'backdated to April 2015', 'a three-year contract', 'a two-year deal', 'cut in 2013', '24 March', '1 April', 'nearly a year', 'the week before Easter' (2016-W12)",
		[]want{
			{"Friday 11 March 2016", "DATE", "2016-03-11", "-", "", ""},
			{"one-day", "DURATION", "P1D", "-", "", ""},
			{"Thursday 17 March", "DATE", "2016-03-17", "-", "", ""},
			{"Monday", "DATE", "2016-03-14", "-", "", ""},
			{"today", "DATE", "2016-03-11", "-", "", ""},
			{"Wednesday", "DATE", "2016-03-09", "-", "", ""},
			{"April 2015", "DATE", "2015-04", "-", "", ""},
			{"three-year", "DURATION", "P3Y", "-", "", ""},
			{"two-year", "DURATION", "P2Y", "-", "", ""},
			{"2013", "DATE", "2013", "-", "", ""},
			{"24 March", "DATE", "2016-03-24", "-", "", ""},
			{"1 April", "DATE", "2016-04-01", "-", "", ""},
			{"nearly a year", "DURATION", "P1Y", "", "", ""},
			{"week before Easter", "DATE", "2016-W12", "-", "", ""}, // first run "Easter" 2016-03-27; round 8: the week next to a day named is one expression, the article outside as in "the day before Christmas"
		}},
	{"298-aap-labour-force", "2011-07-14", "AAP on a Thursday: 'in June' (headline and text), 'on Thursday', 'the four weeks to mid-June' (a duration and mid-June), 'in May', 'in the month' (June), 'since November' (2010), 'August 2', 'before the end of the year'",
		[]want{
			{"June", "DATE", "2011-06", "-", "", ""},
			{"June", "DATE", "2011-06", "-", "", ""},
			{"Thursday", "DATE", "2011-07-14", "-", "", ""},
			{"the four weeks", "DURATION", "P4W", "-", "", ""},
			{"mid-June", "DATE", "2011-06", "MID", "", ""},
			{"May", "DATE", "2011-05", "-", "", ""},
			// gap: by hand "the month" DATE 2011-06 ("Economists had expected 10,000 new jobs in the month"), not found
			{"November", "DATE", "2010-11", "-", "", ""},
			{"August 2", "DATE", "2011-08-02", "-", "", ""},
			{"the end of the year", "DATE", "2011", "END", "", ""},
		}},
	{"299-et-tata-four-day-week", "2014-09-15", "Indian business paper on a Monday: 'four-day week' (headline and text), dateline 'Sept 15', 'the rest of September', 'on Monday', 'three days in August', 'this financial year' (FY2015, India's ends in March), 'the April-August period' (two months), 'a year earlier', 'last week', 'a three-year wage agreement', 'in July', 'backdated to April 1, 2013', 'the second half of the fiscal year', 'ends in March' (2015)",
		[]want{
			{"four-day", "DURATION", "P4D", "-", "", ""},
			{"Sept 15", "DATE", "2014-09-15", "-", "", ""},
			{"four-day", "DURATION", "P4D", "-", "", ""},
			{"the rest of September", "DATE", "2014-09", "-", "", ""}, // first run "September"; round 8: "the rest of" a month named is one expression, as "the rest of the year"
			{"Monday", "DATE", "2014-09-15", "-", "", ""},
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"August", "DATE", "2014-08", "-", "", ""},
			{"this financial year", "DATE", "2014", "-", "", ""}, // hand annotation revised: by hand FY2015; TBAQ values "the current fiscal year" by the calendar year (1 of 1), as the package does
			{"April", "DATE", "2014-04", "-", "", ""},
			{"August", "DATE", "2014-08", "-", "", ""},
			{"a year earlier", "DATE", "2013", "-", "", ""},
			{"last week", "DATE", "2014-W37", "-", "", ""},
			{"three-year", "DURATION", "P3Y", "-", "", ""},
			{"July", "DATE", "2014-07", "-", "", ""},
			{"April 1, 2013", "DATE", "2013-04-01", "-", "", ""},
			{"the second half of the fiscal year", "DATE", "2014-H2", "-", "", ""}, // hand annotation revised: by hand FY2015-H2; the current fiscal year is valued by the calendar year (above)
			{"March", "DATE", "2015-03", "-", "", ""},
		}},
	{"300-ap-chicago-teachers", "2012-09-18", "AP strike news on a Tuesday: 'Wednesday' (headline and text, the day after), 'voted Tuesday', 'their seven-day walkout', 'a tentative three-year contract', 'a fourth year' and 'the first year' (none), 'the following two years', 'the school year on Sept. 10', 'the next five years', 'the coming weeks', 'since 1987', 'the end of the school year in June' (June 2013: the school year under way ends then)",
		[]want{
			{"Wednesday", "DATE", "2012-09-19", "-", "", ""},
			{"Tuesday", "DATE", "2012-09-18", "-", "", ""},
			{"seven-day", "DURATION", "P7D", "-", "", ""},
			{"Wednesday", "DATE", "2012-09-19", "-", "", ""}, // first run 2012-09-12; round 8: what a deed "clears the way for" comes after the deed's day
			{"three-year", "DURATION", "P3Y", "-", "", ""},
			{"the first year", "DURATION", "P1Y", "-", "", ""}, // hand annotation revised: by hand none ("raises of 3 percent in the first year" of a contract); a duration dates nothing
			{"the following two years", "DURATION", "P2Y", "-", "", ""},
			{"Sept. 10", "DATE", "2012-09-10", "-", "", ""},
			{"the next five years", "DURATION", "P5Y", "-", "", ""},
			{"the coming weeks", "DURATION", "PXW", "-", "", ""},
			{"1987", "DATE", "1987", "-", "", ""},
			{"June", "DATE", "2013-06", "-", "", ""},
		}},
	{"301-council-term-dates", "2009-11-19", "Council news on a Thursday: 'four weeks', 'the school year that begins in September 2011', 'published on Thursday', 'the autumn term' (none), 'in late August' and 'the October half-term' (the proposal's, 2011), 'two weeks', 'six weeks', 'until 15 January', 'Term dates for 2010-11' (its first year), 'last year', 'Christmas on 17 December 2010', '4 January 2011', 'in March', 'the 2011-12 school year'",
		[]want{
			{"the summer", "DATE", "2009-SU", "-", "", ""}, // gap: by hand none ("whether the summer holiday should be cut ... from the school year that begins in September 2011": the school break of a year to come)
			{"four weeks", "DURATION", "P4W", "-", "", ""},
			{"September 2011", "DATE", "2011-09", "-", "", ""},
			{"Thursday", "DATE", "2009-11-19", "-", "", ""},
			{"late August", "DATE", "2010-08", "END", "", ""}, // gap: by hand 2011-08 (the proposal's year, named a sentence before)
			{"October", "DATE", "2010-10", "-", "", ""},       // gap: by hand 2011-10 (as "late August")
			{"two weeks", "DURATION", "P2W", "-", "", ""},
			{"six weeks", "DURATION", "P6W", "-", "", ""},
			{"15 January", "DATE", "2010-01-15", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"last year", "DATE", "2008", "-", "", ""},
			{"Christmas", "DATE", "2010-12-25", "-", "", ""}, // first run 2009-12-25; round 8: a holiday before "on" and a full date within three weeks of it is of that date's year
			{"17 December 2010", "DATE", "2010-12-17", "-", "", ""},
			{"4 January 2011", "DATE", "2011-01-04", "-", "", ""},
			{"March", "DATE", "2010-03", "-", "", ""},
			{"2011", "DATE", "2011", "-", "", ""},
		}},
}
