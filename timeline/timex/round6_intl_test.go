package timex

import "testing"

// intlRuleCases are the rules drawn from the news items written in the
// conventions of papers outside the US newsroom (news 62-67): the
// financial year, day-first dates with dots, British and Australian
// named days, clock times with "tonight", bare ordinal days before a
// preposition, and a year that opens a sentence. Each rule has a
// counter-example.
var intlRuleCases = []formCase{
	// a quarter or half of a named fiscal year
	{"'Q3 FY2013', 'Q3 of FY13' are one expression: the fiscal year's quarter, no calendar interval", "2013-01-22",
		"Revenue rose 8 per cent in Q3 FY2013. Q3 of FY13 was weak.",
		[]want{{"Q3 FY2013", "DATE", "2013-Q3", "-", "0", "0"}, {"Q3 of FY13", "DATE", "2013-Q3", "-", "0", "0"}}},
	{"'the third quarter of the financial year' is the quarter of the fiscal year under way, valued by the reference year as 'the current fiscal year'", "2013-01-22",
		"Profit fell in the third quarter of the financial year. Sales rose in the first half of fiscal 2012.",
		[]want{{"the third quarter of the financial year", "DATE", "2013-Q3", "-", "0", "0"}, {"the first half of fiscal 2012", "DATE", "2012-H1", "-", "0", "0"}}},
	{"counter-example: 'the third quarter of the match' is a period of play, 'Q3 2013' a calendar quarter", "2013-01-22",
		"He scored in the third quarter of the match. Sales rose in Q3 2013.",
		[]want{{"Q3 2013", "DATE", "2013-Q3", "-", "2013-07-01", "2013-09-30"}}},

	// a bare quarter after a fiscal year's quarter
	{"after 'Q3 FY2013', a bare 'the fourth quarter', 'Q4' are of that fiscal year, no calendar interval", "2013-01-22",
		"Revenue rose in Q3 FY2013. Volumes could improve in the fourth quarter, and Q4 should beat Q3.",
		[]want{{"Q3 FY2013", "DATE", "2013-Q3", "-", "0", "0"}, {"the fourth quarter", "DATE", "2013-Q4", "-", "0", "0"}, {"Q4", "DATE", "2013-Q4", "-", "0", "0"}, {"Q3", "DATE", "2013-Q3", "-", "0", "0"}}},
	{"counter-example: with no fiscal year named, 'the fourth quarter' is the calendar quarter", "2013-01-22",
		"Sales rose in the fourth quarter.",
		[]want{{"the fourth quarter", "DATE", "2012-Q4", "-", "2012-10-01", "2012-12-31"}}},

	// a fiscal year named from the one under way
	{"'the next financial year', 'last fiscal year', 'the previous financial year' are fiscal years, valued from the reference year, no interval", "2013-01-22",
		"The board will approve the budget for the next financial year. Profit fell last fiscal year and in the previous financial year.",
		[]want{{"the next financial year", "DATE", "2014", "-", "0", "0"}, {"last fiscal year", "DATE", "2012", "-", "0", "0"}, {"the previous financial year", "DATE", "2012", "-", "0", "0"}}},
	{"counter-example: 'next year' is the calendar year, 'the next financial crisis' no time", "2013-01-22",
		"It will recover next year, before the next financial crisis.",
		[]want{{"next year", "DATE", "2014", "-", "2014-01-01", "2014-12-31"}}},

	// day-first dates with dots
	{"'14.02.2013', '3.8.2010' are day-first dates", "2013-01-22",
		"The board meets on 14.02.2013. The survey was published on 3.8.2010.",
		[]want{{"14.02.2013", "DATE", "2013-02-14", "-", "2013-02-14", "2013-02-14"}, {"3.8.2010", "DATE", "2010-08-03", "-", "2010-08-03", "2010-08-03"}}},
	{"counter-example: a longer run of dotted numbers is an address or a version", "2013-01-22",
		"Install version 1.14.02.2013 from 10.12.2012.5 now.",
		[]want{{"now", "DATE", "PRESENT_REF", "-", "0", "0"}}},

	// a clock word before "tonight"
	{"'midnight tonight', 'noon tomorrow' are one TIME each, as '8 p.m. tonight'", "2015-04-24",
		"Extra trains will run from midnight tonight. Pubs open at noon tomorrow.",
		[]want{{"midnight tonight", "TIME", "2015-04-24T24:00", "-", "2015-04-24", "2015-04-24"}, {"noon tomorrow", "TIME", "2015-04-25T12:00", "-", "2015-04-25", "2015-04-25"}}},
	{"counter-example: 'midnight on Sunday' stays two expressions", "2015-04-24",
		"The roads stay shut until midnight on Sunday.",
		[]want{{"midnight", "TIME", "2015-04-26T24:00", "-", "", ""}, {"Sunday", "DATE", "2015-04-26", "-", "", ""}}},

	// a bare ordinal day before a preposition
	{"'on the 26th for Republic Day', 'on the 29th when' end the day's phrase in a clause not in the past", "2013-01-22",
		"Factories will stay shut on the 26th for the holiday. The bank meets on the 29th when it is expected to cut rates.",
		[]want{{"the 26th", "DATE", "2013-01-26", "-", "", ""}, {"the 29th", "DATE", "2013-01-29", "-", "", ""}}},
	{"counter-example: a noun after the ordinal makes it no day", "2013-01-22",
		"He was honoured on the 25th anniversary of the firm, on the 26th floor.",
		nil},

	// British and Australian named days
	{"'Anzac Day' is 25 April", "2015-04-24",
		"Sydney will mark Anzac Day on Saturday.",
		[]want{{"Anzac Day", "DATE", "2015-04-25", "-", "2015-04-25", "2015-04-25"}, {"Saturday", "DATE", "2015-04-25", "", "", ""}}},
	{"'the Spring Bank Holiday', 'the late May bank holiday' are the last Monday of May; 'the May Day bank holiday', 'the early May bank holiday' the first", "2016-05-26",
		"Half-term coincides with the Spring Bank Holiday. It was warmer than on the May Day bank holiday. The early May bank holiday was wet, and the late May bank holiday will be dry.",
		[]want{{"Spring Bank Holiday", "DATE", "2016-05-30", "-", "", ""}, {"May Day bank holiday", "DATE", "2016-05-02", "-", "", ""}, {"early May bank holiday", "DATE", "2016-05-02", "-", "", ""}, {"late May bank holiday", "DATE", "2016-05-30", "-", "", ""}}},
	{"'Bank Holiday Monday' is the Monday, the name its extent", "2016-05-26",
		"Trips will peak between Friday and Bank Holiday Monday.",
		[]want{{"Friday", "DATE", "2016-05-27", "-", "", ""}, {"Bank Holiday Monday", "DATE", "2016-05-30", "-", "2016-05-30", "2016-05-30"}}},
	{"counter-example: 'May Day' alone is 1 May, 'late May' the end of the month, 'the Summer Bank Holiday' (a different Monday in Scotland) nothing", "2016-05-26",
		"May Day rallies were held. It rained in late May. The Summer Bank Holiday is busy.",
		[]want{{"May Day", "DATE", "2016-05-01", "-", "", ""}, {"late May", "DATE", "2016-05", "END", "", ""}}},

	// a year that opens a sentence
	{"'Last year heavy rains in late August and September flooded Sindh': the months of the year the sentence opened with", "2012-08-15",
		"Last year heavy rains in late August and September flooded Sindh. In 2009, the festival was held on June 3.",
		[]want{{"Last year", "DATE", "2011", "-", "", ""}, {"late August", "DATE", "2011-08", "END", "", ""}, {"September", "DATE", "2011-09", "-", "", ""}, {"2009", "DATE", "2009", "-", "", ""}, {"June 3", "DATE", "2009-06-03", "-", "", ""}}},
	{"counter-example: the frame ends with its sentence, and a future clause is not framed (its March, after words said in some month of 2011, is 2011's or 2012's: no year, round9_left2; was 2013-03, counted from now)", "2012-08-15",
		"Last year the rains came early. In August they were late. In 2011, he said the plant would open in March.",
		[]want{{"Last year", "DATE", "2011", "-", "", ""}, {"August", "DATE", "2012-08", "-", "", ""}, {"2011", "DATE", "2011", "-", "", ""}, {"March", "DATE", "XXXX-03", "-", "", ""}}},
	{"counter-example: a year inside the sentence frames nothing", "2012-08-15",
		"Rains that flooded Sindh in 2011 came back in late August.",
		[]want{{"2011", "DATE", "2011", "-", "", ""}, {"late August", "DATE", "2012-08", "END", "", ""}}},

	// what is forecast, advised or warned of is to come
	{"'The Met Office forecast dry weather on Saturday', 'has forecast showers on Saturday morning': a forecast's day is to come, whatever the tense", "2016-05-26",
		"The Met Office forecast dry weather for most of the country on Saturday and Sunday, with showers on Monday. The bureau has forecast showers on Saturday morning.",
		[]want{{"Saturday", "DATE", "2016-05-28", "-", "", ""}, {"Sunday", "DATE", "2016-05-29", "-", "", ""}, {"Monday", "DATE", "2016-05-30", "-", "", ""}, {"Saturday morning", "TIME", "2016-05-28TMO", "-", "", ""}}},
	{"counter-example: a forecast made on a day ('predicted on Monday that') and the noun keep the past", "2016-05-26",
		"The bureau predicted on Monday that rain would fall. The forecast for Tuesday was wrong.",
		[]want{{"Monday", "DATE", "2016-05-23", "-", "", ""}, {"Tuesday", "DATE", "2016-05-24", "-", "", ""}}},
	{"counter-example: a day past a clause boundary is not the forecast's", "2013-02-21",
		"Wal-Mart forecast weaker results for the year ahead, as the end of a tax holiday in January squeezed shoppers.",
		[]want{{"the year ahead", "DURATION", "P1Y", "", "", ""}, {"January", "DATE", "2013-01", "-", "", ""}}},
	{"'warned drivers to set off before 2pm on Friday': the deed advised is to come", "2016-05-26",
		"The RAC warned drivers to set off before 2pm on Friday. Police urged fans to arrive early on Saturday.",
		[]want{{"2pm", "TIME", "2016-05-27T14:00", "-", "", ""}, {"Friday", "DATE", "2016-05-27", "-", "", ""}, {"Saturday", "DATE", "2016-05-28", "-", "", ""}}},
	{"counter-example: in the passive ('was asked to leave on Wednesday') the day may date the request", "2016-05-26",
		"He was asked to leave on Wednesday.",
		[]want{{"Wednesday", "DATE", "2016-05-25", "-", "", ""}}},

	// a weekday with its ordinal day
	{"'Friday the 11th', 'Sunday the 11th of July' are one date each", "2010-06-15",
		"The World Cup opened on Friday the 11th and ends on Sunday the 11th of July.",
		[]want{{"Friday the 11th", "DATE", "2010-06-11", "-", "2010-06-11", "2010-06-11"}, {"Sunday the 11th of July", "DATE", "2010-07-11", "-", "", ""}}},
	{"counter-example: with no such day near, 'Friday the 13th' is a name and the weekday stands alone", "2010-06-15",
		"Friday the 13th is a film.",
		[]want{{"Friday", "DATE", "2010-06-18", "-", "", ""}}},

	// a survey's months
	{"'the quarterly survey for April to June will be published' names the months just gone, as 'figures for January'", "2010-06-15",
		"The quarterly survey for April to June will be published in August.",
		[]want{{"April", "DATE", "2010-04", "-", "", ""}, {"June", "DATE", "2010-06", "-", "", ""}, {"August", "DATE", "2010-08", "-", "", ""}}},
	{"counter-example: 'plans for April' follow the tense", "2010-06-15",
		"Plans for April will be announced.",
		[]want{{"April", "DATE", "2011-04", "-", "", ""}}},

	// a bare ordinal day in a sentence of another year
	{"'Last year's Youth Day ... on the 16th': the month of the 16th is not given, and the reference month's is wrong", "2010-06-15",
		"Last year's Youth Day was marred by clashes, when students fought with police on the 16th.",
		[]want{{"Last year", "DATE", "2009", "-", "", ""}}},
	{"counter-example: in a sentence of the reference year the 16th is of the reference month", "2010-06-15",
		"This year the clashes came on the 14th.",
		[]want{{"This year", "DATE", "2010", "-", "", ""}, {"the 14th", "DATE", "2010-06-14", "-", "", ""}}},

	// the year to a month
	{"'the year to March', 'the fiscal year to June', 'the week to Thursday' are durations up to that time, as 'the year ended March 31'", "2012-08-15",
		"Profit rose in the year to March. The fiscal year to June ended with a deficit. Unions were angry in the week to Thursday.",
		[]want{{"the year", "DURATION", "P1Y", "-", "0", "0"}, {"March", "DATE", "2012-03", "-", "", ""}, {"The fiscal year", "DURATION", "P1Y", "-", "0", "0"}, {"June", "DATE", "2012-06", "-", "", ""}, {"the week", "DURATION", "P1W", "-", "0", "0"}, {"Thursday", "DATE", "2012-08-09", "-", "", ""}}},
	{"counter-example: 'the year to date', 'from year to year' name no stretch to a month", "2012-08-15",
		"Sales for the year to date rose. Prices vary from year to year.",
		nil},

	// the end of a fiscal year in a month
	{"'by the end of the financial year in March' is of the year of that March", "2010-06-15",
		"The agency has promised jobs by the end of the financial year in March.",
		[]want{{"the end of the financial year", "DATE", "2011", "END", "0", "0"}, {"March", "DATE", "2011-03", "-", "", ""}}},
	{"counter-example: with no month, the fiscal year under way is the reference year's", "2010-06-15",
		"The agency has promised jobs by the end of the financial year.",
		[]want{{"the end of the financial year", "DATE", "2010", "END", "0", "0"}}},

	// a weekday in a sentence of another year
	{"'Last year the late May bank holiday saw 22 million journeys, and traffic had been heaviest on the Friday evening': a weekday the text does not place, no week of this year", "2016-05-26",
		"Last year the late May bank holiday saw 22 million car journeys, and the AA said that traffic had been heaviest on the Friday evening.",
		[]want{{"Last year", "DATE", "2015", "-", "", ""}, {"late May bank holiday", "DATE", "2015-05-25", "-", "", ""}}},
	{"counter-example: a year named again in the sentence ends the frame", "2013-04-23",
		"Last year's event sold out in under two hours, and this year's tickets go on sale on Thursday.",
		[]want{{"Last year", "DATE", "2012", "-", "", ""}, {"two hours", "DURATION", "PT2H", "", "", ""}, {"this year", "DATE", "2013", "-", "", ""}, {"Thursday", "DATE", "2013-04-25", "-", "", ""}}},

	// a 24-hour clock time with the zone of British, Indian, African or Asian copy
	{"'15:30 IST', '10:00 SAST', '09.00 AEST', '12:00 HKT' are clock times with their zones, as '14:32 GMT'", "2013-01-22",
		"Results came at 15:30 IST. The rally starts at 10:00 SAST. Gates open at 09.00 AEST. Trading halts 12:00 HKT.",
		[]want{{"15:30 IST", "TIME", "2013-01-22T15:30", "-", "", ""}, {"10:00 SAST", "TIME", "2013-01-22T10:00", "-", "", ""}, {"09.00 AEST", "TIME", "2013-01-22T09:00", "-", "", ""}, {"12:00 HKT", "TIME", "2013-01-22T12:00", "-", "", ""}}},
	{"counter-example: a figure with a dot and no zone is no clock time", "2013-01-22",
		"Shares rose 09.50 per cent. The index fell 12.30 points.",
		nil},

	// a day that labels a thing after "of"
	{"'elected this afternoon, a fortnight after the general election of February 25th. The Dáil assembled at 2.30pm': the clock time keeps the day the sentence told of", "2011-03-09",
		"Kenny was elected Taoiseach this afternoon, a fortnight after the general election of February 25th. The Dáil assembled at 2.30pm.",
		[]want{{"this afternoon", "TIME", "2011-03-09TAF", "-", "", ""}, {"a fortnight", "DURATION", "P2W", "-", "", ""}, {"February 25th", "DATE", "2011-02-25", "-", "", ""}, {"2.30pm", "TIME", "2011-03-09T14:30", "-", "0", "0"}}},
	{"counter-example: 'on the night of March 3' is no label, and the clock time takes that day", "2011-03-09",
		"He was seen this morning and on the night of March 3. The car left at 10pm.",
		[]want{{"this morning", "TIME", "2011-03-09TMO", "-", "", ""}, {"March 3", "DATE", "2011-03-03", "-", "", ""}, {"10pm", "TIME", "2011-03-03T22:00", "-", "0", "0"}}},

	// the nearest weekday with its ordinal
	{"'Friday the 11th' when February and March both have one is the nearest", "2011-03-09",
		"He will go to Brussels on Friday the 11th.",
		[]want{{"Friday the 11th", "DATE", "2011-03-11", "-", "", ""}}},

	// slashed dates of a day-first paper
	{"'02/03/2011' is 2 March in a text that wrote '14/02/2011'", "2011-03-09",
		"Returns published on 02/03/2011 showed a gap. Figures published on 14/02/2011 had shown less.",
		[]want{{"02/03/2011", "DATE", "2011-03-02", "-", "", ""}, {"14/02/2011", "DATE", "2011-02-14", "-", "", ""}}},
	{"counter-example: alone, or beside a month-first date, '02/03/2011' stays month first", "2011-03-09",
		"Returns published on 02/03/2011 showed a gap. Figures published on 02/14/2011 had shown less.",
		[]want{{"02/03/2011", "DATE", "2011-02-03", "-", "", ""}, {"02/14/2011", "DATE", "2011-02-14", "-", "", ""}}},

	// fiscal years written with a slash
	{"'2014/15' is a span of years as '2014-15'; 'FY2014/15', 'the first half of the 2015/16 financial year' are named by the year they end in", "2014-06-12",
		"The budget for 2014/15 is large. The target for FY2014/15 is hard. A Eurobond is planned in the first half of the 2015/16 financial year.",
		[]want{{"2014", "DATE", "2014", "-", "2014-01-01", "2015-12-31"}, {"FY2014/15", "DATE", "2015", "-", "0", "0"}, {"the first half of the 2015/16 financial year", "DATE", "2016-H1", "-", "0", "0"}}},
	{"counter-example: a figure after a slash that is no next year is no span ('2014/2', '2014/16')", "2014-06-12",
		"The ratio was 2014/2 and the code 2014/16.",
		nil},

	// a quarter of months with its year
	{"'the April-June quarter of next year' is one expression, that year's quarter", "2014-06-12",
		"The bond will be issued in the April-June quarter of next year or the July-September quarter of 2016.",
		[]want{{"the April-June quarter of next year", "DATE", "2015-Q2", "-", "2015-04-01", "2015-06-30"}, {"the July-September quarter of 2016", "DATE", "2016-Q3", "-", "", ""}}},
	{"counter-example: with no year after it the quarter's year is the tense's", "2014-06-12",
		"Sales rose in the January-March quarter.",
		[]want{{"the January-March quarter", "DATE", "2014-Q1", "-", "", ""}}},

	// Kenya's national days
	{"'Madaraka Day' is 1 June, 'Jamhuri Day' 12 December, 'Mashujaa Day' 20 October", "2014-06-12",
		"He spoke on Madaraka Day. Jamhuri Day was quiet. Mashujaa Day parades will be held.",
		[]want{{"Madaraka Day", "DATE", "2014-06-01", "-", "", ""}, {"Jamhuri Day", "DATE", "2013-12-12", "-", "", ""}, {"Mashujaa Day", "DATE", "2014-10-20", "-", "", ""}}},
	{"counter-example: the words alone name no day", "2014-06-12",
		"The Madaraka Express runs daily.",
		[]want{{"daily", "SET", "P1D", "-", "", ""}}},

	// a clock time in a future clause after a day to come
	{"'Crowds will mark Anzac Day on Saturday. The Dawn Service will begin at 4.30am': the clock time takes the day to come, as a past one takes the past day", "2015-04-24",
		"Crowds will mark Anzac Day on Saturday. The Dawn Service will begin at 4.30am AEST.",
		[]want{{"Anzac Day", "DATE", "2015-04-25", "-", "", ""}, {"Saturday", "DATE", "2015-04-25", "-", "", ""}, {"4.30am AEST", "TIME", "2015-04-25T04:30", "-", "0", "0"}}},
	{"counter-example: after a past day the future clock time keeps the reference day", "2015-04-24",
		"Crowds marked the day on Wednesday. The service will begin at 4.30am.",
		[]want{{"Wednesday", "DATE", "2015-04-22", "-", "", ""}, {"4.30am", "TIME", "2015-04-24T04:30", "-", "0", "0"}}},
	{"counter-example: a clock time two sentences on keeps the reference day", "2015-04-24",
		"Crowds will mark Anzac Day on Saturday. Roads will be shut. The service will begin at 4.30am.",
		[]want{{"Anzac Day", "DATE", "2015-04-25", "-", "", ""}, {"Saturday", "DATE", "2015-04-25", "-", "", ""}, {"4.30am", "TIME", "2015-04-24T04:30", "-", "0", "0"}}},

	// the long weekend
	{"'over the long weekend' is the weekend, as 'over the weekend'", "2016-05-26",
		"Lines around Reading will close over the long weekend.",
		[]want{{"the long weekend", "DATE", "2016-W21-WE", "-", "2016-05-28", "2016-05-29"}}},
	{"counter-example: 'the long weekend's traffic' leaves the weekend to its own rule", "2016-05-26",
		"Police braced for the long weekend's traffic.",
		nil},

	// a year with a clause of "when"
	{"'up on last year, when the holy month fell in August too': the month of the year the clause of 'when' speaks of", "2012-08-15",
		"Sales were up on last year, when the holy month fell in August too.",
		[]want{{"last year", "DATE", "2011", "-", "", ""}, {"August", "DATE", "2011-08", "-", "", ""}}},
	{"counter-example: a year with no 'when' after it frames nothing", "2012-08-15",
		"Sales rose in 2009 and fell in March.",
		[]want{{"2009", "DATE", "2009", "-", "", ""}, {"March", "DATE", "2012-03", "-", "", ""}}},

	// a headline's bare quarter named later with its fiscal year
	{"a headline's 'Q3' is the fiscal quarter the story names later as 'Q3 FY2013'", "2013-01-22",
		"Tata Motors Q3 profit falls 40 per cent\n\nRevenue rose 8 per cent in Q3 FY2013.",
		[]want{{"Q3", "DATE", "2013-Q3", "-", "0", "0"}, {"Q3 FY2013", "DATE", "2013-Q3", "-", "0", "0"}}},
	{"counter-example: a fiscal year named later without the quarter leaves the headline's quarter the calendar one", "2013-01-22",
		"Tata Motors Q3 profit falls 40 per cent\n\nRevenue rose 8 per cent. It expects growth in FY14.",
		[]want{{"Q3", "DATE", "2012-Q3", "-", "2012-07-01", "2012-09-30"}, {"FY14", "DATE", "2014", "-", "0", "0"}}},

	// a bare ordinal day as the subject of a reported clause
	{"'said that the 27th would be its busiest day': the day, its month by the verb after it", "2016-05-26",
		"Heathrow said that the 27th would be its busiest day. Officials said that the 21st was calm.",
		[]want{{"the 27th", "DATE", "2016-05-27", "-", "", ""}, {"the 21st", "DATE", "2016-05-21", "-", "", ""}}},
	{"counter-example: a noun after the ordinal ('the 3rd battalion would move') is no day", "2016-05-26",
		"He said that the 3rd battalion would move.",
		nil},
}

func TestFindIntlRules(t *testing.T) { runFormCases(t, intlRuleCases, false) }
