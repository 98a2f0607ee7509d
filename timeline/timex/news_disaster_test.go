package timex

// newsDisaster are the news items of testdata/news (580-593) from
// natural disasters and rescues told over several days, 2005-2023:
// earthquakes ("struck at 4:17 a.m. (0117 GMT)", aftershocks "over the
// next 48 hours"), cyclones, typhoons and floods ("made landfall late on
// Thursday", "expected to weaken by Sunday"), death tolls updated day by
// day ("rose to 1,061 on Monday from 1,033 a day earlier"), rescues after
// days ("more than 72 hours after", "42 hours after the earthquake
// struck"), evacuation orders "until further notice", aid pledges and
// appeals, and a disaster's anniversary ("a year after the earthquake",
// "five years since"), in Nepal, Turkey, Pakistan, China, Mozambique,
// Haiti, Japan, the US, the Philippines, Italy and Indonesia, as AP,
// Reuters, AFP, Xinhua, the BBC and UN OCHA situation reports write them.
// Each expression was annotated by hand before the tagger ran on the
// items; a line where the tagger first disagreed says so in a comment
// ("gap:" with the hand value; "hand annotation corrected" or "revised"
// where the hand value was wrong or the project's form differs). On the
// first run the tagger agreed with 205 of the 215 expressions annotated
// by hand (extent, type, value, mod). Of the 10 others six were the
// hand's slips against the package doc or the project's forms ("nine
// hours later" and "a day earlier" twice, where "later", "earlier" stay
// outside; "on or around 26 March" with "around" inside; "the night of
// 14 March" with "the night of" outside; "the 35 seconds" with its
// determiner), and four were gaps: a wrong day for "the morning" anchored
// on a date inside "the moment the quake struck on ...", "March" after
// "February or" not found, and a past "pledged ... on Saturday" and
// "pledged ... over the weekend" given the days to come. The tagger also
// gave "monthly" of "the monthly average", a SET by the project's form,
// which the hand had not; and the interval of "a day earlier" in item 590
// counts from the Saturday of the sentence before (a gap). After the
// round-10 rules (round10_disaster_test.go: a sum pledged dates the
// pledge; a month after "or" and a month; a day in a "the moment" aside
// anchors nothing; a figure reported "up from" one "a day earlier"
// counts from the report's day) all 216 expressions agree in extent,
// type, value, mod and interval; no gap is left. A probe outside the
// items found one general gap not taken up: a day of the month a few
// weeks ahead in a subject before a verb in -ed ("A quake on May 12
// killed 200 people" on April 25) is the coming one, since the package
// takes a day within six weeks of the reference day whatever the tense
// unless a strong past governs it.
//
// Conventions, as newsWeather's: "late on Thursday", "early on Tuesday"
// leave "late on", "early on" out; "42 hours after the earthquake
// struck", "a year after the earthquake", "four days after the disaster"
// are durations; "until further notice", "a second night", "a national
// day of mourning", "the monthly average" and "around the clock" are no
// expressions; a figure of magnitude is none.
var newsDisaster = []newsArticle{
	{"580-ap-nepal-quake-toll", "2015-04-26", "AP quake toll on a Sunday: 'Saturday's magnitude-7.8 earthquake', 'on Sunday', '11:56 a.m. local time Saturday', 'Sunday's aftershock', 'shortly after 12:30 p.m.' (Sunday's), 'by Sunday evening', 'on Saturday night', 'for days', 'for more than 24 hours', 'for weeks', 'since 1934', 'until May 15', 'the spring climbing season'",
		[]want{
			{"Saturday", "DATE", "2015-04-25", "-", "", ""},
			{"Sunday", "DATE", "2015-04-26", "-", "", ""},
			{"11:56 a.m. local time Saturday", "TIME", "2015-04-25T11:56", "-", "", ""},
			{"Sunday", "DATE", "2015-04-26", "-", "", ""},
			{"12:30 p.m.", "TIME", "2015-04-26T12:30", "", "", ""},
			{"Sunday evening", "TIME", "2015-04-26TEV", "-", "", ""},
			{"Saturday night", "TIME", "2015-04-25TNI", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "", ""},
			{"more than 24 hours", "DURATION", "PT24H", "MORE_THAN", "", ""},
			{"weeks", "DURATION", "PXW", "-", "", ""},
			{"Saturday", "DATE", "2015-04-25", "-", "", ""},
			{"1934", "DATE", "1934", "-", "", ""},
			{"May 15", "DATE", "2015-05-15", "-", "", ""},
			{"Sunday", "DATE", "2015-04-26", "-", "", ""},
			{"the spring", "DATE", "2015-SP", "-", "", ""},
		}},
	{"581-reuters-turkey-quake", "2023-02-06", "Reuters quake on a Monday: dateline 'Feb 6', 'on Monday', 'at 4:17 a.m. (0117 GMT)', 'nine hours later, at 1:24 p.m. (1024 GMT)', 'seven days of national mourning', 'since 1939', 'by Monday afternoon', 'over the next 48 hours', 'for a week', 'a 12-year civil war', 'by Tuesday morning', 'In August 1999'",
		[]want{
			{"Feb 6", "DATE", "2023-02-06", "-", "", ""},
			{"Monday", "DATE", "2023-02-06", "-", "", ""},
			{"4:17 a.m.", "TIME", "2023-02-06T04:17", "-", "", ""},
			{"0117 GMT", "TIME", "2023-02-06T01:17", "-", "", ""},
			{"nine hours", "DURATION", "PT9H", "-", "", ""}, // hand annotation corrected: by hand "nine hours later"; by the package doc hours "later" are the duration, "later" left out, as TimeBank marks them
			{"1:24 p.m.", "TIME", "2023-02-06T13:24", "-", "", ""},
			{"1024 GMT", "TIME", "2023-02-06T10:24", "-", "", ""},
			{"seven days", "DURATION", "P7D", "-", "", ""},
			{"1939", "DATE", "1939", "-", "", ""},
			{"Monday afternoon", "TIME", "2023-02-06TAF", "-", "", ""},
			{"the next 48 hours", "DURATION", "PT48H", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"12-year", "DURATION", "P12Y", "-", "", ""},
			{"Tuesday morning", "TIME", "2023-02-07TMO", "-", "", ""},
			{"August 1999", "DATE", "1999-08", "-", "", ""},
		}},
	{"582-afp-kashmir-quake-rescue", "2005-10-11", "AFP rescue on a Tuesday: 'three days after Kashmir quake' (headline, a duration), dateline 'Oct 11', 'on Tuesday', 'more than 72 hours after', 'a six-hour operation', 'at 8:50 am (0350 GMT) on Saturday', 'now put at', 'since Monday night', 'early on Tuesday', 'most of Monday', 'since Saturday', 'on Monday', 'take years', 'over the next six months', 'in November' (to come), 'since January 2001', 'three days of national mourning'",
		[]want{
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"Oct 11", "DATE", "2005-10-11", "-", "", ""},
			{"Tuesday", "DATE", "2005-10-11", "-", "", ""},
			{"more than 72 hours", "DURATION", "PT72H", "MORE_THAN", "", ""},
			{"six-hour", "DURATION", "PT6H", "-", "", ""},
			{"8:50 am", "TIME", "2005-10-08T08:50", "-", "", ""},
			{"0350 GMT", "TIME", "2005-10-08T03:50", "-", "", ""},
			{"Saturday", "DATE", "2005-10-08", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"Tuesday", "DATE", "2005-10-11", "-", "", ""},
			{"Monday night", "TIME", "2005-10-10TNI", "-", "", ""},
			{"Tuesday", "DATE", "2005-10-11", "-", "", ""},
			{"Monday", "DATE", "2005-10-10", "-", "", ""},
			{"Saturday", "DATE", "2005-10-08", "-", "", ""},
			{"Monday", "DATE", "2005-10-10", "-", "", ""},
			{"years", "DURATION", "PXY", "-", "", ""},
			{"the next six months", "DURATION", "P6M", "-", "", ""},
			{"November", "DATE", "2005-11", "-", "", ""},
			{"January 2001", "DATE", "2001-01", "-", "", ""},
			{"three days", "DURATION", "P3D", "-", "", ""},
		}},
	{"583-xinhua-jiuzhaigou-quake", "2017-08-09", "Xinhua quake on a Wednesday: dateline 'Aug. 9', 'on Tuesday night', 'said Wednesday', 'at 9:19 p.m. Tuesday (Beijing Time)', 'As of 6 p.m. Wednesday', 'by 8 a.m. Wednesday', 'in the 20 hours following the main quake', 'from Thursday until further notice', 'early Wednesday', 'on May 12, 2008', 'over the next three days', 'early on Wednesday morning'",
		[]want{
			{"Aug. 9", "DATE", "2017-08-09", "-", "", ""},
			{"Tuesday night", "TIME", "2017-08-08TNI", "-", "", ""},
			{"Wednesday", "DATE", "2017-08-09", "-", "", ""},
			{"9:19 p.m. Tuesday", "TIME", "2017-08-08T21:19", "-", "", ""},
			{"6 p.m. Wednesday", "TIME", "2017-08-09T18:00", "-", "", ""},
			{"8 a.m. Wednesday", "TIME", "2017-08-09T08:00", "-", "", ""},
			{"the 20 hours", "DURATION", "PT20H", "-", "", ""},
			{"Thursday", "DATE", "2017-08-10", "-", "", ""},
			{"early Wednesday", "DATE", "2017-08-09", "START", "", ""},
			{"May 12, 2008", "DATE", "2008-05-12", "-", "", ""},
			{"the next three days", "DURATION", "P3D", "-", "", ""},
			{"Wednesday morning", "TIME", "2017-08-09TMO", "-", "", ""},
		}},
	{"584-bbc-idai-landfall", "2019-03-15", "BBC cyclone on a Friday: 'late on Thursday', 'weaken by Sunday', 'for the next 72 hours', 'since last week', 'on Friday', 'before Saturday morning', 'on Friday afternoon', 'for days', 'within 24 hours', 'in February 2000', 'over several weeks', 'until Wednesday'",
		[]want{
			{"Thursday", "DATE", "2019-03-14", "-", "", ""},
			{"Sunday", "DATE", "2019-03-17", "-", "", ""},
			{"the next 72 hours", "DURATION", "PT72H", "-", "", ""},
			{"last week", "DATE", "2019-W10", "-", "", ""},
			{"Friday", "DATE", "2019-03-15", "-", "", ""},
			{"Saturday morning", "TIME", "2019-03-16TMO", "-", "", ""},
			{"Friday afternoon", "TIME", "2019-03-15TAF", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "", ""},
			{"24 hours", "DURATION", "PT24H", "-", "", ""},
			{"February 2000", "DATE", "2000-02", "-", "", ""},
			{"several weeks", "DURATION", "PXW", "-", "", ""},
			{"Wednesday", "DATE", "2019-03-20", "-", "", ""},
		}},
	{"585-ocha-idai-sitrep", "2019-03-23", "OCHA situation report on a Saturday: '(as of 23 March 2019)', 'the period from 20 to 23 March 2019' (one span), 'on or around 26 March', 'rose to 417 on 23 March, from 242 on 21 March', 'on the night of 14 March', 'this week', 'over the next three days', 'began on 16 March', 'by the end of the week', 'on 19 March', 'three days of national mourning, from 20 to 22 March', 'the next three months', 'launched on 22 March', 'By 22 March'",
		[]want{
			{"23 March 2019", "DATE", "2019-03-23", "-", "", ""},
			{"20 to 23 March 2019", "DATE", "2019-03-20", "-", "", ""},
			{"around 26 March", "DATE", "2019-03-26", "APPROX", "", ""}, // hand annotation revised: by hand "26 March"; the project keeps "around" inside with Mod APPROX ("around May 30", item 105; TBAQ "around 7:15 p.m.")
			{"23 March", "DATE", "2019-03-23", "-", "", ""},
			{"21 March", "DATE", "2019-03-21", "-", "", ""},
			{"14 March", "DATE", "2019-03-14", "-", "", ""}, // hand annotation revised: by hand "the night of 14 March" TIME 2019-03-14TNI; the project leaves "the night of" outside, as TBAQ marks it (item 130)
			{"this week", "DATE", "2019-W12", "-", "", ""},
			{"the next three days", "DURATION", "P3D", "-", "", ""},
			{"16 March", "DATE", "2019-03-16", "-", "", ""},
			{"the end of the week", "DATE", "2019-W12", "END", "", ""},
			{"19 March", "DATE", "2019-03-19", "-", "", ""},
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"20 to 22 March", "DATE", "2019-03-20", "-", "", ""},
			{"the next three months", "DURATION", "P3M", "-", "", ""},
			{"22 March", "DATE", "2019-03-22", "-", "", ""},
			{"22 March", "DATE", "2019-03-22", "-", "", ""},
		}},
	{"586-ap-haiti-anniversary", "2011-01-12", "AP anniversary on a Wednesday: 'mark a year since quake' (headline, a duration), 'gathered Wednesday', 'a year after the earthquake' (a duration), 'At 4:53 p.m., the moment the ... quake struck on Jan. 12, 2010' (today's clock time), 'in the morning', 'began in October', 'in the past 12 months', 'the first two years of reconstruction', 'in March' (2010), 'said Tuesday', 'postponed from Jan. 16', 'now expected in February or March' (to come), 'the 35 seconds', 'Every day since then'",
		[]want{
			{"a year", "DURATION", "P1Y", "-", "", ""},
			{"Wednesday", "DATE", "2011-01-12", "-", "", ""},
			{"a year", "DURATION", "P1Y", "-", "", ""},
			{"4:53 p.m.", "TIME", "2011-01-12T16:53", "-", "", ""},
			{"Jan. 12, 2010", "DATE", "2010-01-12", "-", "", ""},
			{"the morning", "TIME", "2011-01-12TMO", "-", "", ""}, // first run 2010-01-12TMO; round 10: a day in an aside that says what a clock time was the moment of ("At 4:53 p.m., the moment the quake struck on Jan. 12, 2010,") is no anchor
			{"October", "DATE", "2010-10", "-", "", ""},
			{"the past 12 months", "DURATION", "P12M", "-", "", ""},
			{"the first two years", "DURATION", "P2Y", "-", "", ""},
			{"March", "DATE", "2010-03", "-", "", ""},
			{"Tuesday", "DATE", "2011-01-11", "-", "", ""},
			{"Jan. 16", "DATE", "2011-01-16", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"February", "DATE", "2011-02", "-", "", ""},
			{"March", "DATE", "2011-03", "-", "", ""},            // first run not found; round 10: a capitalised month after "or" and a full month is the second month offered
			{"the 35 seconds", "DURATION", "PT35S", "-", "", ""}, // hand annotation corrected: by hand "35 seconds"; the project keeps the determiner inside ("the 20 hours", item 583; "the first 72 hours", newsWeather)
			{"Every day", "SET", "P1D", "-", "", ""},
		}},
	{"587-reuters-japan-five-years", "2016-03-11", "Reuters anniversary on a Friday: 'five years since' (headline and text, a duration), dateline 'March 11', 'on Friday', 'since Chernobyl in 1986', 'At 2:46 p.m., the moment the ... quake struck on March 11, 2011' (today's clock time), 'a minute of silence', 'for only two years', 'over the past five years', 'by March 2021', 'Five years on', 'on Thursday', 'on Wednesday', '30 to 40 years' (the lower bound), 'last September', 'by April 2017', 'on Friday afternoon'",
		[]want{
			{"five years", "DURATION", "P5Y", "-", "", ""},
			{"March 11", "DATE", "2016-03-11", "-", "", ""},
			{"Friday", "DATE", "2016-03-11", "-", "", ""},
			{"five years", "DURATION", "P5Y", "-", "", ""},
			{"1986", "DATE", "1986", "-", "", ""},
			{"2:46 p.m.", "TIME", "2016-03-11T14:46", "-", "", ""},
			{"March 11, 2011", "DATE", "2011-03-11", "-", "", ""},
			{"a minute", "DURATION", "PT1M", "-", "", ""},
			{"two years", "DURATION", "P2Y", "-", "", ""},
			{"the past five years", "DURATION", "P5Y", "-", "", ""},
			{"March 2021", "DATE", "2021-03", "-", "", ""},
			{"Five years", "DURATION", "P5Y", "-", "", ""},
			{"Thursday", "DATE", "2016-03-10", "-", "", ""},
			{"Wednesday", "DATE", "2016-03-09", "-", "", ""},
			{"30 to 40 years", "DURATION", "P30Y", "-", "", ""},
			{"last September", "DATE", "2015-09", "-", "", ""},
			{"April 2017", "DATE", "2017-04", "-", "", ""},
			{"Friday afternoon", "TIME", "2016-03-11TAF", "-", "", ""},
		}},
	{"588-afp-pakistan-floods", "2022-08-29", "AFP floods on a Monday: dateline 'Aug 29, 2022', 'rose to 1,061 on Monday from 1,033 a day earlier' (Sunday), 'since mid-June', 'in three decades', 'in August', 'the monthly average' (none), 'on Sunday', 'over the weekend', 'on Tuesday' (to come), 'over the next few days', 'since 2010', 'on Saturday', 'by the end of the week', 'until Wednesday'",
		[]want{
			{"Aug 29, 2022", "DATE", "2022-08-29", "-", "", ""},
			{"Monday", "DATE", "2022-08-29", "-", "", ""},
			{"a day", "DURATION", "P1D", "-", "2022-08-28", "2022-08-28"}, // hand annotation corrected: by hand "a day earlier" DATE 2022-08-28; by the package doc days "earlier" are the duration, "earlier" left out, as TimeBank marks "A day earlier", the day pointed to its interval
			{"mid-June", "DATE", "2022-06", "MID", "", ""},
			{"three decades", "DURATION", "P30Y", "-", "", ""},
			{"August", "DATE", "2022-08", "-", "", ""},
			{"monthly", "SET", "P1M", "-", "", ""}, // hand annotation revised: by hand none; the project marks "monthly" before a noun a SET, as TimeBank "weekly" (item 290 and others)
			{"Sunday", "DATE", "2022-08-28", "-", "", ""},
			{"the weekend", "DATE", "2022-W34-WE", "-", "", ""},
			{"Tuesday", "DATE", "2022-08-30", "-", "", ""},
			{"the next few days", "DURATION", "PXD", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"Saturday", "DATE", "2022-08-27", "-", "", ""}, // first run 2022-09-03; round 10: a sum pledged or promised is given by the pledge, whose day is past ("pledged 1.5 million pounds on Saturday")
			{"the end of the week", "DATE", "2022-W35", "END", "", ""},
			{"Wednesday", "DATE", "2022-08-31", "-", "", ""},
		}},
	{"589-ap-harvey-toll", "2017-08-31", "AP storm toll on a Thursday: 'on Thursday', 'nearly a week after the storm roared ashore' (a duration), 'late Friday', 'for four days', 'over the weekend and into Monday', 'on Wednesday', 'until further notice' (none), 'on Thursday afternoon', 'At its peak on Sunday', 'on Tuesday', 'return on Saturday' (to come), 'next week', 'in 2005', 'take years'",
		[]want{
			{"Thursday", "DATE", "2017-08-31", "-", "", ""},
			{"nearly a week", "DURATION", "P1W", "", "", ""},
			{"late Friday", "DATE", "2017-08-25", "END", "", ""},
			{"four days", "DURATION", "P4D", "-", "", ""},
			{"the weekend", "DATE", "2017-W34-WE", "-", "", ""},
			{"Monday", "DATE", "2017-08-28", "-", "", ""},
			{"Wednesday", "DATE", "2017-08-30", "-", "", ""},
			{"Thursday afternoon", "TIME", "2017-08-31TAF", "-", "", ""},
			{"Sunday", "DATE", "2017-08-27", "-", "", ""},
			{"Tuesday", "DATE", "2017-08-29", "-", "", ""},
			{"Saturday", "DATE", "2017-09-02", "-", "", ""},
			{"next week", "DATE", "2017-W36", "-", "", ""},
			{"2005", "DATE", "2005", "-", "", ""},
			{"years", "DURATION", "PXY", "-", "", ""},
		}},
	{"590-reuters-philippines-typhoon", "2021-12-20", "Reuters typhoon toll on a Monday: dateline 'Dec 20', 'this year', 'on Monday', 'late last week', 'on Thursday afternoon', 'on Saturday', 'for three days', 'up from 208 dead a day earlier' (Sunday), 'on Sunday', 'until January' (to come), '20 storms a year' (SET), 'In 2013', 'Christmas' (to come), 'over the weekend'",
		[]want{
			{"Dec 20", "DATE", "2021-12-20", "-", "", ""},
			{"this year", "DATE", "2021", "-", "", ""},
			{"Monday", "DATE", "2021-12-20", "-", "", ""},
			{"late last week", "DATE", "2021-W50", "END", "", ""},
			{"Thursday afternoon", "TIME", "2021-12-16TAF", "-", "", ""},
			{"Saturday", "DATE", "2021-12-18", "-", "", ""},
			{"three days", "DURATION", "P3D", "-", "", ""},
			{"a day", "DURATION", "P1D", "-", "2021-12-19", "2021-12-19"}, // hand annotation corrected: by hand "a day earlier" DATE 2021-12-19; by the package doc the duration, "earlier" left out (see item 588); first run its interval 2021-12-17, the day before the Saturday of the sentence before; round 10: a figure reported and compared "from" one "a day earlier" in a sentence of no date is of the report's day
			{"Sunday", "DATE", "2021-12-19", "-", "", ""},
			{"January", "DATE", "2022-01", "-", "", ""},
			{"a year", "SET", "P1Y", "-", "", ""},
			{"2013", "DATE", "2013", "-", "", ""},
			{"Christmas", "DATE", "2021-12-25", "-", "", ""},
			{"the weekend", "DATE", "2021-W50-WE", "-", "", ""}, // first run 2021-W51-WE; round 10: as item 588, "pledged $1.5 million in emergency aid over the weekend" is the weekend gone
		}},
	{"591-bbc-laquila-rescue", "2009-04-08", "BBC rescue on a Wednesday: 'after 42 hours' (headline), '42 hours after the earthquake struck', 'late on Tuesday evening', 'on Wednesday, from 228 the previous day', 'at 03:32 local time (01:32 GMT) on Monday', 'at 19:47 on Tuesday', 'now homeless', 'a second night' (none), 'on Friday' (to come), 'within two years', 'in July' (to come), 'in 1703', 'for months'",
		[]want{
			{"42 hours", "DURATION", "PT42H", "-", "", ""},
			{"42 hours", "DURATION", "PT42H", "-", "", ""},
			{"Tuesday evening", "TIME", "2009-04-07TEV", "-", "", ""},
			{"Wednesday", "DATE", "2009-04-08", "-", "", ""},
			{"the previous day", "DATE", "2009-04-07", "-", "", ""},
			{"03:32 local time", "TIME", "2009-04-06T03:32", "-", "", ""},
			{"01:32 GMT", "TIME", "2009-04-06T01:32", "-", "", ""},
			{"Monday", "DATE", "2009-04-06", "-", "", ""},
			{"19:47", "TIME", "2009-04-07T19:47", "-", "", ""},
			{"Tuesday", "DATE", "2009-04-07", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"Friday", "DATE", "2009-04-10", "-", "", ""},
			{"two years", "DURATION", "P2Y", "-", "", ""},
			{"July", "DATE", "2009-07", "-", "", ""},
			{"1703", "DATE", "1703", "-", "", ""},
			{"months", "DURATION", "PXM", "-", "", ""},
		}},
	{"592-afp-sulawesi-tsunami", "2018-10-02", "AFP tsunami toll on a Tuesday: dateline 'Oct 2, 2018', 'on Tuesday', 'four days after the disaster struck' (a duration), 'at 6:02 pm local time (1002 GMT) on Friday', 'up from 844 on Monday', 'for 14 days, until October 11', 'on Sunday', 'by Wednesday', 'on Monday night', 'within a week', 'in July and August', 'The 2004 Indian Ocean tsunami'",
		[]want{
			{"Oct 2, 2018", "DATE", "2018-10-02", "-", "", ""},
			{"Tuesday", "DATE", "2018-10-02", "-", "", ""},
			{"four days", "DURATION", "P4D", "-", "", ""},
			{"6:02 pm local time", "TIME", "2018-09-28T18:02", "-", "", ""},
			{"1002 GMT", "TIME", "2018-09-28T10:02", "-", "", ""},
			{"Friday", "DATE", "2018-09-28", "-", "", ""},
			{"Monday", "DATE", "2018-10-01", "-", "", ""},
			{"14 days", "DURATION", "P14D", "-", "", ""},
			{"October 11", "DATE", "2018-10-11", "-", "", ""},
			{"Sunday", "DATE", "2018-09-30", "-", "", ""},
			{"Wednesday", "DATE", "2018-10-03", "-", "", ""},
			{"Monday night", "TIME", "2018-10-01TNI", "-", "", ""},
			{"a week", "DURATION", "P1W", "-", "", ""},
			{"July", "DATE", "2018-07", "-", "", ""},
			{"August", "DATE", "2018-08", "-", "", ""},
			{"2004", "DATE", "2004", "-", "", ""},
		}},
	{"593-reuters-oroville-evacuation", "2017-02-14", "Reuters evacuation on a Tuesday: dateline 'Feb 14', 'on Tuesday', 'later this week', 'issued on Sunday afternoon', 'until further notice' (none), 'on Monday night', 'at 4:30 p.m. on Sunday', 'within an hour', 'on Saturday', 'in 1968', 'By Monday', 'from Wednesday night through Friday' (to come), 'around the clock' (none), 'on Sunday night', 'this year', 'five years of drought'",
		[]want{
			{"Feb 14", "DATE", "2017-02-14", "-", "", ""},
			{"Tuesday", "DATE", "2017-02-14", "-", "", ""},
			{"later this week", "DATE", "2017-W07", "", "", ""},
			{"Sunday afternoon", "TIME", "2017-02-12TAF", "-", "", ""},
			{"Monday night", "TIME", "2017-02-13TNI", "-", "", ""},
			{"4:30 p.m.", "TIME", "2017-02-12T16:30", "-", "", ""},
			{"Sunday", "DATE", "2017-02-12", "-", "", ""},
			{"an hour", "DURATION", "PT1H", "-", "", ""},
			{"Saturday", "DATE", "2017-02-11", "-", "", ""},
			{"1968", "DATE", "1968", "-", "", ""},
			{"Monday", "DATE", "2017-02-13", "-", "", ""},
			{"Wednesday night", "TIME", "2017-02-15TNI", "-", "", ""},
			{"Friday", "DATE", "2017-02-17", "-", "", ""},
			{"Sunday night", "TIME", "2017-02-12TNI", "-", "", ""},
			{"this year", "DATE", "2017", "-", "", ""},
			{"five years", "DURATION", "P5Y", "-", "", ""},
		}},
}
