package timex

// newsRegion are items (396-409) of English-language papers outside the
// US and the UK, with their date habits, and of letters to the editor and
// opinion columns that argue about dates: The Hindu, Dawn, Punch, the
// Daily Nation, News24, the Philippine Daily Inquirer, The Straits Times,
// The Irish Times, the Irish Independent's letters page, a Hindustan
// Times op-ed, The Times of India, BusinessDay (Lagos), a Manila Bulletin
// letter and a Star (Nairobi) column, 2010-2026 on varied weekdays. They
// stress "on 23rd March", "the 2nd of June", "Monday next", "Friday
// last", "Tuesday next week", "Thursday week", "Last Sunday, 14th", "May
// this year", "in the month of May last year", "the financial year
// 2019-20", "the 2021/22 financial year", "a fortnight", "till date"
// (none, as "to date"), "since Independence" (none: an event), "the eve
// of Diwali", "Ten years on", "Last week's article (October 29)" and
// "Your report last Saturday (Oct. 3)". Each expression was annotated by
// hand before the tagger ran on the items; a line where the tagger
// disagreed says so in a comment ("gap:" with the hand value; "hand
// annotation corrected" where the hand value broke TimeBank's or the
// package's convention). First run: the tagger agreed with 159 of 180
// hand-annotated expressions (extent, type, value, mod) and added three
// of its own; of the 21 disagreements, 4 were slips of the hand against
// the project's conventions ("the past week" is the week up to the
// reference day, "Tuesday next week" is two expressions, "a decade ago"
// has Mod APPROX), 17 were gaps (one of them, found later, a fifth slip). After the rules of round9_region_test.go
// 177 of the 180 agree (counting the 5 corrected: the hand's "the night
// of November 8, 2016" is, by the package doc, the date alone), and the
// spurious "the winter" (of "the winter months of June, July and
// August") and "recently" (of "As recently as last month") are gone;
// the gaps left are told on their lines: "2am" after a meeting told on
// Wednesday (counted from "Monday last"), the headline's "Budget 2019",
// a forecast "was likely to improve on Friday" (left: "was likely to" in
// a past clause often tells of a past; fixed later by round9_left2's
// narrower rule), and "weeks" of "In the weeks
// that followed", which the hand left out.
var newsRegion = []newsArticle{
	{"396-thehindu-reservoirs", "2019-03-25", "The Hindu city copy (Monday): a 'March 25' dateline, 'since 2004', 'on 23rd March', 'Till date' (none), 'from Monday next', 'since Independence' (none), 'in the month of May last year', 'the financial year 2019-20', 'Last Sunday', 'on Wednesday', 'another fortnight'",
		[]want{
			{"2004", "DATE", "2004", "-", "", ""},
			{"March 25", "DATE", "2019-03-25", "-", "", ""},
			{"2004", "DATE", "2004", "-", "", ""},
			{"Monday", "DATE", "2019-03-25", "-", "", ""},
			{"23rd March", "DATE", "2019-03-23", "-", "", ""},
			{"last year", "DATE", "2018", "-", "", ""},
			{"Monday next", "DATE", "2019-04-01", "-", "", ""},             // "Monday" 2019-03-25 on the first run, before round9_region ("next" before the conjunction "if")
			{"the month of May last year", "DATE", "2018-05", "-", "", ""}, // "May last year" on the first run, before round9_region
			{"the financial year 2019-20", "DATE", "2020", "-", "", ""},
			{"Last Sunday", "DATE", "2019-03-24", "-", "", ""},
			{"Wednesday", "DATE", "2019-03-27", "-", "", ""},
			{"another fortnight", "DURATION", "P2W", "-", "", ""},
		}},
	{"397-dawn-load-shedding", "2011-06-14", "Dawn city copy (Tuesday): 'till June' (headline), a 'June 14' dateline, 'on Monday night', 'up to 12 hours a day', 'till the end of June', 'since the 2nd of June', 'by the first week of July', 'the past fortnight', 'on Thursday next', 'the summer of 2009', 'the fiscal year 2011-12', 'on Friday last'",
		[]want{
			{"June", "DATE", "2011-06", "-", "", ""},
			{"June 14", "DATE", "2011-06-14", "-", "", ""},
			{"Monday night", "TIME", "2011-06-13TNI", "-", "", ""},
			{"up to 12 hours", "DURATION", "PT12H", "EQUAL_OR_LESS", "", ""},
			{"a day", "SET", "P1D", "-", "", ""},
			{"the end of June", "DATE", "2011-06", "END", "", ""},
			{"Tuesday", "DATE", "2011-06-14", "-", "", ""},
			{"the 2nd of June", "DATE", "2011-06-02", "-", "", ""},
			{"the first week of July", "DATE", "2011-W27", "-", "", ""},
			{"the past fortnight", "DURATION", "P2W", "-", "", ""},
			{"Thursday next", "DATE", "2011-06-16", "-", "", ""},
			{"the summer of 2009", "DATE", "2009-SU", "-", "", ""},
			{"the fiscal year 2011-12", "DATE", "2012", "-", "", ""},
			{"Friday last", "DATE", "2011-06-10", "-", "", ""},
		}},
	{"398-punch-strike", "2016-09-29", "Punch (Lagos) labour copy (Thursday): 'on Wednesday', 'the strike it began on Monday last', 'till 2am' (of the night of the meeting), 'for two weeks', 'on Monday next', 'It will be recalled that the congress had on Thursday, September 22, 2016 issued', 'a seven-day ultimatum', 'in May this year', 'up to August', 'by December', 'for the past three days', 'since Monday'",
		[]want{
			{"Wednesday", "DATE", "2016-09-28", "-", "", ""},
			{"Monday last", "DATE", "2016-09-26", "-", "", ""},
			{"2am", "TIME", "XXXX-XX-XXT02:00", "-", "", ""}, // gap: by hand 2016-09-28T02:00 (the small hours after the meeting on the Tuesday night, ending on Wednesday); first run counts from "Monday last" (a wrong date); round10_leftB: two days told in the sentence, the clock time in neither's phrase: no day
			{"two weeks", "DURATION", "P2W", "-", "", ""},
			{"Monday next", "DATE", "2016-10-03", "-", "", ""},
			{"Thursday, September 22, 2016", "DATE", "2016-09-22", "-", "", ""},
			{"seven-day", "DURATION", "P7D", "-", "", ""},
			{"May this year", "DATE", "2016-05", "-", "", ""},
			{"August", "DATE", "2016-08", "-", "", ""},
			{"December", "DATE", "2016-12", "-", "", ""},
			{"the past three days", "DURATION", "P3D", "-", "", ""},
			{"Monday", "DATE", "2016-09-26", "-", "", ""},
		}},
	{"399-nation-exam-results", "2017-12-21", "Daily Nation (Nairobi) education copy (Thursday): 'released yesterday', 'a month after the candidates sat the examinations in November', 'in 2016', 'since 2013', 'next week', 'on January 15' (next year's), 'by the end of January', 'Last year, results were released on December 29', 'in 18 days', 'the usual six weeks', 'from today'",
		[]want{
			{"yesterday", "DATE", "2017-12-20", "-", "", ""},
			{"a month", "DURATION", "P1M", "-", "", ""},
			{"November", "DATE", "2017-11", "-", "", ""},
			{"2016", "DATE", "2016", "-", "", ""},
			{"2013", "DATE", "2013", "-", "", ""},
			{"next week", "DATE", "2017-W52", "-", "", ""},
			{"January 15", "DATE", "2018-01-15", "-", "", ""},
			{"the end of January", "DATE", "2018-01", "END", "", ""},
			{"Last year", "DATE", "2016", "-", "", ""},
			{"December 29", "DATE", "2016-12-29", "-", "", ""},
			{"18 days", "DURATION", "P18D", "-", "", ""},
			{"six weeks", "DURATION", "P6W", "-", "", ""},
			{"today", "DATE", "2017-12-21", "-", "", ""},
		}},
	{"400-news24-load-shedding", "2022-03-24", "News24 (Thursday): 'this weekend' (headline), 'from Friday evening until Sunday night', 'tripped on Thursday', 'on 18 March', 'for three days', 'the winter months of June, July and August' (the months; 'the winter months' none), 'on Wednesday', 'next month', 'the 2021/22 financial year', 'since 2008', 'before 1 April 2022'",
		[]want{
			{"this weekend", "DATE", "2022-W12-WE", "-", "", ""}, // 2022-W11-WE on the first run, before round9_region (a warning in the present on a Thursday: the weekend to come)
			{"Friday evening", "TIME", "2022-03-25TEV", "-", "", ""},
			{"Sunday night", "TIME", "2022-03-27TNI", "-", "", ""},
			{"Thursday", "DATE", "2022-03-24", "-", "", ""},
			{"Thursday", "DATE", "2022-03-24", "-", "", ""},
			{"18 March", "DATE", "2022-03-18", "-", "", ""},
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"June", "DATE", "2022-06", "-", "", ""},   // 2021-06 on the first run (from "the winter", then from "said"), before round9_region
			{"July", "DATE", "2022-07", "-", "", ""},   // 2021-07 on the first run, before round9_region
			{"August", "DATE", "2022-08", "-", "", ""}, // 2021-08 on the first run, before round9_region
			{"Wednesday", "DATE", "2022-03-23", "-", "", ""},
			{"next month", "DATE", "2022-04", "-", "", ""},
			{"the 2021/22 financial year", "DATE", "2022", "-", "", ""},
			{"2008", "DATE", "2008", "-", "", ""},
			{"1 April 2022", "DATE", "2022-04-01", "-", "", ""},
		}},
	{"401-inquirer-typhoon", "2015-06-21", "Philippine Daily Inquirer (Sunday): 'on Saturday', 'at 11 p.m. on Thursday', 'on Friday', 'on Saturday morning', 'until Monday', 'this year', 'Last Sunday, 14th' (one date), 'within 48 hours', 'a week before the harvest', 'on Tuesday', 'the typhoon of July 2012'",
		[]want{
			{"Saturday", "DATE", "2015-06-20", "-", "", ""},
			{"11 p.m.", "TIME", "2015-06-18T23:00", "-", "", ""},
			{"Thursday", "DATE", "2015-06-18", "-", "", ""},
			{"Friday", "DATE", "2015-06-19", "-", "", ""},
			{"Saturday morning", "TIME", "2015-06-20TMO", "-", "", ""},
			{"Monday", "DATE", "2015-06-22", "-", "", ""},
			{"this year", "DATE", "2015", "-", "", ""},
			{"Last Sunday, 14th", "DATE", "2015-06-14", "-", "", ""}, // "Last Sunday" on the first run, before round9_region (a bare ordinal after the weekday)
			{"48 hours", "DURATION", "PT48H", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"Tuesday", "DATE", "2015-06-23", "-", "", ""},
			{"July 2012", "DATE", "2012-07", "-", "", ""},
		}},
	{"402-straitstimes-gst", "2023-06-13", "The Straits Times (Tuesday): 'on Jan 1 next year' (headline), 'on Jan 1, 2024', 'on Tuesday', 'on Jan 1 this year', 'in February last year', 'in December', 'over the past two years', 'on July 3', 'the second half of 2023', 'in April', 'since October 2021'",
		[]want{
			{"Jan 1 next year", "DATE", "2024-01-01", "-", "", ""},
			{"Jan 1, 2024", "DATE", "2024-01-01", "-", "", ""},
			{"Tuesday", "DATE", "2023-06-13", "-", "", ""},
			{"Jan 1 this year", "DATE", "2023-01-01", "-", "", ""},
			{"February last year", "DATE", "2022-02", "-", "", ""},
			{"December", "DATE", "2023-12", "-", "", ""},
			{"the past two years", "DURATION", "P2Y", "-", "", ""},
			{"July 3", "DATE", "2023-07-03", "-", "", ""},
			{"the second half of 2023", "DATE", "2023-H2", "-", "", ""},
			{"April", "DATE", "2023-04", "-", "", ""},
			{"October 2021", "DATE", "2021-10", "-", "", ""},
		}},
	{"403-irishtimes-budget", "2018-10-03", "The Irish Times (Wednesday): 'Budget 2019', 'will on Tuesday next unveil', 'on Wednesday', 'at 1pm' (budget day's), 'on Thursday week', '€5 a week', 'the end of March 2019', 'for 2019', 'in the summer', 'in 2014', 'on Friday', 'ten years after the banking guarantee of September 2008', 'on Thursday last', 'next year', 'since 2007', 'before Christmas'",
		[]want{
			{"2019", "DATE", "2019", "-", "", ""},               // not found before round10_elect (a headline's label year before a colon: "Budget 2019: Donohoe to unveil ...")
			{"Tuesday next", "DATE", "2018-10-09", "-", "", ""}, // "Tuesday" on the first run, before round9_region ("will on Tuesday next unveil": the verb after the adverbial)
			{"Wednesday", "DATE", "2018-10-03", "-", "", ""},
			{"1pm", "TIME", "2018-10-09T13:00", "-", "", ""},
			{"Thursday week", "DATE", "2018-10-11", "-", "", ""}, // "Thursday" 2018-10-04 on the first run, before round9_region
			{"a week", "SET", "P1W", "-", "", ""},
			{"the end of March 2019", "DATE", "2019-03", "END", "", ""},
			{"2019", "DATE", "2019", "-", "", ""},
			{"the summer", "DATE", "2018-SU", "-", "", ""},
			{"2014", "DATE", "2014", "-", "", ""},
			{"Friday", "DATE", "2018-10-05", "-", "", ""},
			{"ten years", "DURATION", "P10Y", "-", "", ""},
			{"September 2008", "DATE", "2008-09", "-", "", ""},
			{"Thursday last", "DATE", "2018-09-27", "-", "", ""},
			{"next year", "DATE", "2019", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"Christmas", "DATE", "2018-12-25", "-", "", ""},
		}},
	{"404-irishindependent-letters", "2020-10-10", "Irish Independent letters (Saturday): 'Your report last Saturday (Oct. 3)', 'In 2010', 'more than 12 months', 'Ten years on' (2020, as the project's 'Five years on'), '18 months', 'on St Stephen's Day' (the last one), 'The HSE's winter plan' (none), 'on Monday', 'the promise of 2010', 'the last decade' (the decade, as the project values it), 'every year since 2014'",
		[]want{
			{"last Saturday", "DATE", "2020-10-03", "-", "", ""},
			{"Oct. 3", "DATE", "2020-10-03", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"more than 12 months", "DURATION", "P12M", "MORE_THAN", "", ""},
			{"Ten years on", "DATE", "2020", "-", "", ""},
			{"18 months", "DURATION", "P18M", "-", "", ""},
			{"St Stephen's Day", "DATE", "2019-12-26", "-", "", ""}, // not found on the first run, before round9_region (the Irish name of 26 December)
			{"Monday", "DATE", "2020-10-05", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"the last decade", "DATE", "201", "-", "", ""},
			{"every year", "SET", "P1Y", "-", "", ""},
			{"2014", "DATE", "2014", "-", "", ""},
		}},
	{"405-hindustantimes-oped", "2021-11-05", "Hindustan Times op-ed (Friday): 'Five years on' (headline), 'It has been five years since the night of November 8, 2016', 'from midnight', 'In the weeks that followed' (none), 'every day', 'within 50 days', 'By the end of the financial year 2017-18', 'In the first quarter of this year', 'Last week's article in these pages (October 29)', 'the summer of 2021', 'in 2016'",
		[]want{
			{"Five years on", "DATE", "2021", "-", "", ""},
			{"five years", "DURATION", "P5Y", "-", "", ""},
			{"November 8, 2016", "DATE", "2016-11-08", "-", "", ""}, // hand annotation corrected ("the night of November 8, 2016" TIME 2016-11-08TNI by hand): the package doc leaves "the night of" out, the date alone ("the night of March 3")
			{"midnight", "TIME", "2016-11-08T24:00", "-", "", ""},
			{"weeks", "DURATION", "PXW", "-", "", ""}, // gap: by hand none ("In the weeks that followed": a stretch after an event, no length)
			{"every day", "SET", "P1D", "-", "", ""},
			{"50 days", "DURATION", "P50D", "-", "", ""},
			{"the end of the financial year 2017-18", "DATE", "2018", "END", "", ""}, // "the financial year 2017-18" with no mod on the first run, before round9_region
			{"the first quarter of this year", "DATE", "2021-Q1", "-", "", ""},
			{"Last week", "DATE", "2021-W43", "-", "", ""},
			{"October 29", "DATE", "2021-10-29", "-", "", ""},
			{"the summer of 2021", "DATE", "2021-SU", "-", "", ""},
			{"2016", "DATE", "2016", "-", "", ""},
		}},
	{"406-toi-diwali-pollution", "2018-11-07", "The Times of India (Wednesday, Diwali day): 'on the eve of Diwali' (headline), 'on Tuesday, the eve of Diwali', 'at 4pm', 'since Sunday', 'over the past week', 'on 1st October', 'until 1 January', 'on Friday', 'on Monday', 'Last year, the AQI on Diwali' (last year's), 'in five years', 'next week', 'for a week after the festival'",
		[]want{
			{"Diwali", "DATE", "2018", "-", "", ""},
			{"Tuesday", "DATE", "2018-11-06", "-", "", ""},
			{"Diwali", "DATE", "2018", "-", "", ""},
			{"4pm", "TIME", "2018-11-06T16:00", "-", "", ""},
			{"Sunday", "DATE", "2018-11-04", "-", "", ""},
			{"the past week", "DATE", "2018-W44", "-", "", ""}, // hand annotation corrected (DURATION P1W by hand): the project values "the past week" as the week up to the reference day, as in item 63
			{"1st October", "DATE", "2018-10-01", "-", "", ""},
			{"1 January", "DATE", "2019-01-01", "-", "", ""},
			{"Friday", "DATE", "2018-11-09", "-", "", ""}, // was a gap (2018-11-02) until round9_left2's rule: a reported "was likely to" + verb before a weekday is a forecast
			{"Monday", "DATE", "2018-11-05", "-", "", ""},
			{"Last year", "DATE", "2017", "-", "", ""},
			{"Diwali", "DATE", "2017", "-", "", ""},
			{"five years", "DURATION", "P5Y", "-", "", ""},
			{"next week", "DATE", "2018-W46", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
		}},
	{"407-businessday-budget", "2010-10-15", "BusinessDay (Lagos) (Friday): 'FG's 2010 budget' (headline), 'the 2010 budget', 'as at September 30', 'on Thursday', 'for the year', 'in the first half of the year', 'signed on April 22', 'the third quarter', 'in July and August', 'before the end of December', 'The 2011 budget proposal', 'on Tuesday next week', 'for 2009'",
		[]want{
			{"2010", "DATE", "2010", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"September 30", "DATE", "2010-09-30", "-", "", ""},
			{"Thursday", "DATE", "2010-10-14", "-", "", ""},
			{"the year", "DATE", "2010", "-", "", ""},
			{"the first half of the year", "DATE", "2010-H1", "-", "", ""},
			{"April 22", "DATE", "2010-04-22", "-", "", ""},
			{"the third quarter", "DATE", "2010-Q3", "-", "", ""},
			{"July", "DATE", "2010-07", "-", "", ""},
			{"August", "DATE", "2010-08", "-", "", ""},
			{"the end of December", "DATE", "2010-12", "END", "", ""},
			{"2011", "DATE", "2011", "-", "", ""},
			{"Tuesday", "DATE", "2010-10-19", "-", "", ""}, // hand annotation corrected ("Tuesday next week" by hand): the package doc makes "next week" the noun's, two expressions
			{"next week", "DATE", "2010-W42", "-", "", ""},
			{"2009", "DATE", "2009", "-", "", ""},
		}},
	{"408-manilabulletin-letter", "2019-05-23", "Manila Bulletin letter (Thursday): 'your editorial of May 4', 'Every May', 'On May 13 this year', 'till 3 a.m. the next day', 'the 2016 elections', 'in December that year', 'last week', 'within 15 days', 'Classes open on June 3', 'Since 2009'",
		[]want{
			{"May 4", "DATE", "2019-05-04", "-", "", ""},
			{"Every May", "SET", "XXXX-05", "-", "", ""},
			{"May 13 this year", "DATE", "2019-05-13", "-", "", ""},
			{"3 a.m.", "TIME", "2019-05-14T03:00", "-", "", ""},
			{"the next day", "DATE", "2019-05-14", "-", "", ""},
			{"2016", "DATE", "2016", "-", "", ""},
			{"December that year", "DATE", "2016-12", "-", "", ""}, // "December" 2018-12 and "that year" 2018 on the first run, before round9_region
			{"last week", "DATE", "2019-W20", "-", "", ""},
			{"15 days", "DURATION", "P15D", "-", "", ""},
			{"June 3", "DATE", "2019-06-03", "-", "", ""},
			{"2009", "DATE", "2009", "-", "", ""},
		}},
	{"409-thestar-oped", "2026-02-18", "The Star (Nairobi) opinion column (Wednesday): 'Devolution at 13' (an age, none), 'on August 4, 2010', 'after the March 2013 General Election', 'Thirteen years on', 'wait months', 'the 2025/26 financial year', 'As recently as last month', 'the first half of the financial year', 'on Tuesday next week', 'A decade ago, in February 2016'",
		[]want{
			{"August 4, 2010", "DATE", "2010-08-04", "-", "", ""},
			{"March 2013", "DATE", "2013-03", "-", "", ""},
			{"Thirteen years on", "DATE", "2026", "-", "", ""}, // "Thirteen years" P13Y on the first run, before round9_region (a present perfect after it: "has brought")
			{"months", "DURATION", "PXM", "-", "", ""},
			{"the 2025/26 financial year", "DATE", "2026", "-", "", ""},
			{"last month", "DATE", "2026-01", "-", "", ""},
			{"the first half of the financial year", "DATE", "2026-H1", "-", "", ""},
			{"Tuesday", "DATE", "2026-02-24", "-", "", ""}, // hand annotation corrected, as in item 407
			{"next week", "DATE", "2026-W09", "-", "", ""},
			{"A decade ago", "DATE", "2016", "APPROX", "", ""}, // hand annotation corrected (no mod by hand): the project gives "a decade ago" Mod APPROX
			{"February 2016", "DATE", "2016-02", "-", "", ""},
		}},
}
