package timex

import "testing"

// round10TranspCases are the rules adopted after tagging the transport
// news of testdata/news (480-493), each with counter-examples, and the
// sentences of their self-review: the trigger words in another sense or
// another tense. A value left "" is not checked.
var round10TranspCases = []formCase{
	// "last" before a holiday: the one gone, however near this year's
	{"'Last Easter' a week before Easter: last year's, not the one a week away", "2018-03-25",
		"Last Easter, a signalling failure left thousands of passengers stranded.",
		[]want{{"Last Easter", "DATE", "2017-04-16", "-", "", ""}}},
	{"'last Christmas' three days after Christmas: the one just gone", "2015-12-28",
		"Sales were strong last Christmas, the retailer said.",
		[]want{{"last Christmas", "DATE", "2015-12-25", "-", "", ""}}},
	{"counter-example: a bare holiday a week away keeps the near one, in the past too", "2018-03-25",
		"The line closes over Easter. Bookings rose before Easter.",
		[]want{{"Easter", "DATE", "2018-04-01", "-", "", ""}, {"Easter", "DATE", "2018-04-01", "-", "", ""}}},
	{"counter-example (self-review): 'the last Christmas before the war', 'his last Easter' are a final one, no date", "2018-03-25",
		"It was the last Christmas before the war. It was his last Easter at the abbey.",
		[]want{}},

	// "a year in advance": a distance, not a rate
	{"'plan these works a year in advance', 'on sale a week in advance': how far ahead, a duration", "2018-03-25",
		"We plan these works a year in advance. Tickets go on sale a week in advance.",
		[]want{{"a year", "DURATION", "P1Y", "-", "", ""}, {"a week", "DURATION", "P1W", "-", "", ""}}},
	{"counter-example: an amount before it keeps the rate ('$5 a year in advance', 'pay £400 a year in advance')", "2018-03-25",
		"It costs $5 a year in advance. Fans pay £400 a year in advance.",
		[]want{{"a year", "SET", "P1Y", "-", "", ""}, {"a year", "SET", "P1Y", "-", "", ""}}},
	{"counter-example (self-review): 'twice a year in advance of the summit', 'four times a day in advance' stay rates", "2018-03-25",
		"Ministers meet twice a year in advance of the summit. Trains run four times a day in advance.",
		[]want{{"a year", "SET", "P1Y", "-", "", ""}, {"a day", "SET", "P1D", "-", "", ""}}},

	// "the year through March": a stretch, as "the year to March"
	{"'the year through March', 'the week through Friday' (American copy): durations, as 'the year to March'", "2014-02-12",
		"Toyota expects record profit for the year through March. Sales rose 4% in the week through Friday.",
		[]want{{"the year", "DURATION", "P1Y", "-", "", ""}, {"March", "DATE", "2014-03", "-", "", ""}, {"the week", "DURATION", "P1W", "-", "", ""}, {"Friday", "DATE", "2014-02-07", "-", "", ""}}},
	{"counter-example (self-review): 'through the year through 2013' (a year, no month or day) and 'the year, through March' leave 'the year' alone", "2014-02-12",
		"Prices rose through the year through 2013. Spending rose through the year, through March.",
		[]want{{"2013", "DATE", "2013", "-", "", ""}, {"March", "DATE", "", "-", "", ""}}},

	// Britain's August bank holiday
	{"'the August bank holiday weekend', 'the late summer bank holiday': the last Monday of August and its weekend", "2022-08-26",
		"Drivers face delays over the August bank holiday weekend. Trips are the highest for the late summer bank holiday since 2019.",
		[]want{{"August bank holiday weekend", "DATE", "2022-W34-WE", "-", "", ""}, {"late summer bank holiday", "DATE", "2022-08-29", "-", "", ""}, {"2019", "DATE", "2019", "-", "", ""}}},
	{"'Traffic was heavy over the August bank holiday' in September: this year's, gone", "2022-09-10",
		"Traffic was heavy over the August bank holiday.",
		[]want{{"August bank holiday", "DATE", "2022-08-29", "-", "", ""}}},
	{"counter-example: a text that speaks of Scotland (its August bank holiday is the first Monday) keeps the month", "2022-09-10",
		"Traffic was heavy over the August bank holiday. In Scotland, roads were quiet.",
		[]want{{"August", "DATE", "2022-08", "-", "", ""}}},
	{"counter-example (self-review): 'in late summer', 'the late summer sun' are the season's end, no holiday", "2022-08-26",
		"Crowds came in late summer. The late summer sun was hot.",
		[]want{{"late summer", "DATE", "2022-SU", "END", "", ""}, {"The late summer", "DATE", "", "END", "", ""}}},

	// two stretches of no stated length joined by "to"
	{"'could take days to weeks', 'weeks to months': one range of no stated length, valued by the first, as 'days or weeks'", "2021-03-25",
		"The work could take days to weeks. Repairs may take weeks to months.",
		[]want{{"days to weeks", "DURATION", "PXD", "-", "", ""}, {"weeks to months", "DURATION", "PXW", "-", "", ""}}},
	{"counter-example: 'to' before no larger unit ('weeks to the end of the month', 'years to build') leaves the stretch alone", "2021-03-25",
		"It could take weeks to the end of the month. It took years to build.",
		[]want{{"weeks", "DURATION", "PXW", "-", "", ""}, {"the end of the month", "DATE", "2021-03", "END", "", ""}, {"years", "DURATION", "PXY", "-", "", ""}}},
	{"counter-example (self-review): a counted stretch ('two weeks to months') is no bare range", "2021-03-25",
		"It took two weeks to months of work.",
		[]want{{"two weeks", "DURATION", "P2W", "-", "", ""}}},

	// a clock time of a participle after "daily,"
	{"'would be daily, departing Perth at 6.50pm and arriving at Heathrow at 5am': a timetable's hours, any day's", "2016-12-12",
		"The service would be daily, departing Perth at 6.50pm and arriving at Heathrow at 5am local time. Flights run nightly, leaving Dublin at 11pm.",
		[]want{{"daily", "SET", "P1D", "-", "", ""}, {"6.50pm", "TIME", "XXXX-XX-XXT18:50", "-", "", ""}, {"5am local time", "TIME", "XXXX-XX-XXT05:00", "-", "", ""}, {"nightly", "SET", "XXXX-XX-XXTNI", "-", "", ""}, {"11pm", "TIME", "XXXX-XX-XXT23:00", "-", "", ""}}},
	{"counter-example: a day named after the hour ('daily, starting at 9am on Monday') keeps that day", "2016-12-12",
		"Prices are updated daily, starting at 9am on Monday.",
		[]want{{"daily", "SET", "P1D", "-", "", ""}, {"9am", "TIME", "2016-12-12T09:00", "-", "", ""}, {"Monday", "DATE", "2016-12-12", "-", "", ""}}},
	{"counter-example (self-review): 'Daily' opening the sentence, or 'daily' ending the sentence before, is no such set before a participle", "2016-12-12",
		"Daily, the ship left at 6pm. Prices rose daily. Trading, starting at 9am, was brisk.",
		[]want{{"Daily", "SET", "P1D", "-", "", ""}, {"6pm", "TIME", "2016-12-12T18:00", "-", "", ""}, {"daily", "SET", "P1D", "-", "", ""}, {"9am", "TIME", "2016-12-12T09:00", "-", "", ""}}},

	// the trade press's one-letter units
	{"'logged 290h on type', 'the final 2h', 'about 10s after the first impact', '5s later' (Flightglobal's style): hours and seconds", "2019-08-15",
		"The pilot had logged 290h on type. The recorder captured the final 2h of the flight. It came to rest about 10s after the first impact and stopped 5s later.",
		[]want{{"290h", "DURATION", "PT290H", "-", "", ""}, {"the final 2h", "DURATION", "PT2H", "-", "", ""}, {"10s", "DURATION", "PT10S", "APPROX", "", ""}, {"5s", "DURATION", "PT5S", "-", "", ""}}},
	{"counter-example: 's' with no bound or distance ('ran 100m in 10s', 'in their 10s'), a capital ('2H', a half-year) or more attached ('14h30') is none", "2019-08-15",
		"He ran 100m in 10s. In their 10s, they flew. Sales rose in 2H. The shop opens at 14h30.",
		[]want{}},
	{"counter-example (self-review): 'h' after a figure of four digits or a decimal part of a name ('Route 1000h') stays alone", "2019-08-15",
		"The Route 1000h bus was late.",
		[]want{}},

	// "the long weekend" after a holiday's weekend named before
	{"'over the Easter weekend ... over the four-day weekend ... over the long weekend' on the Sunday before Easter: the holiday's weekend named before", "2018-03-25",
		"Disruption is expected over the Easter weekend. Network Rail said it would spend £130m over the four-day weekend. Roads will be busy over the long weekend.",
		[]want{{"Easter weekend", "DATE", "2018-W13-WE", "-", "", ""}, {"the four-day weekend", "DATE", "2018-W13-WE", "-", "", ""}, {"the long weekend", "DATE", "2018-W13-WE", "-", "", ""}}},
	{"counter-example: with no holiday named, or after 'Last weekend' (no holiday), the current weekend, as 'the weekend' (on the Sunday of a long weekend, the one under way)", "2016-05-29",
		"Last weekend was wet. Roads will be busy for the rest of the long weekend. Police made 20 arrests over the four-day weekend.",
		[]want{{"Last weekend", "DATE", "2016-W20-WE", "-", "", ""}, {"the long weekend", "DATE", "2016-W21-WE", "-", "", ""}, {"the four-day weekend", "DATE", "2016-W21-WE", "-", "", ""}}},
	{"counter-example (self-review): 'the Memorial Day weekend' then 'the three-day weekend' in the past: the same weekend", "2016-05-31",
		"Traffic was heavy over the Memorial Day weekend. Police made arrests over the three-day weekend.",
		[]want{{"Memorial Day weekend", "DATE", "2016-W21-WE", "-", "", ""}, {"the three-day weekend", "DATE", "2016-W21-WE", "-", "", ""}}},

	// a booking's day in a reduced relative
	{"'travelers booked through Wednesday could change their plans', 'Passengers booked for Friday will get refunds': the day booked, to come", "2015-01-26",
		"Travelers booked through Wednesday could change their plans. Passengers booked for Friday will get refunds.",
		[]want{{"Wednesday", "DATE", "2015-01-28", "-", "", ""}, {"Friday", "DATE", "2015-01-30", "-", "", ""}}},
	{"counter-example: the booking's own day ('Tickets booked Wednesday', 'booked on Wednesday'), or a main verb in the past, keep the day gone", "2015-01-26",
		"Tickets booked Wednesday will be refunded. Travelers booked on Wednesday can change plans. Passengers booked through Wednesday were refunded.",
		[]want{{"Wednesday", "DATE", "2015-01-21", "-", "", ""}, {"Wednesday", "DATE", "2015-01-21", "-", "", ""}, {"Wednesday", "DATE", "2015-01-21", "-", "", ""}}},
	{"counter-example (self-review): 'booked through Expedia' names no day; the weekday after the main verb takes its tense", "2015-01-26",
		"Travelers booked through Expedia can change plans on Wednesday. He booked the room through Friday last week.",
		[]want{{"Wednesday", "DATE", "2015-01-28", "-", "", ""}, {"Friday", "DATE", "", "-", "", ""}, {"last week", "DATE", "2015-W04", "-", "", ""}}},

	// a plan's participle in a reduced relative after the expression
	{"'As of 3 p.m. EST, more than 2,800 flights scheduled for Monday had been scrapped' after a sentence naming a day to come: the main verb's past, the reference day", "2015-01-26",
		"Travelers could change their plans on Wednesday.\n\nAs of 3 p.m. EST, more than 2,800 flights scheduled for Monday had been scrapped.",
		[]want{{"Wednesday", "DATE", "2015-01-28", "-", "", ""}, {"3 p.m. EST", "TIME", "2015-01-26T15:00", "-", "", ""}, {"Monday", "DATE", "2015-01-26", "-", "", ""}}},
	{"counter-example: with the main verb in the future ('flights scheduled for Friday will leave at 6 a.m.') the plan's day holds", "2015-01-26",
		"Flights scheduled for Friday will leave at 6 a.m.",
		[]want{{"Friday", "DATE", "2015-01-30", "-", "", ""}, {"6 a.m.", "TIME", "2015-01-30T06:00", "-", "", ""}}},
	{"counter-example (self-review): 'is scheduled' (no plural noun before it) stays the plan's future", "2015-01-26",
		"The vote is on Friday. At 5 p.m. the count is scheduled to begin.",
		[]want{{"Friday", "DATE", "2015-01-30", "-", "", ""}, {"5 p.m.", "TIME", "2015-01-30T17:00", "-", "", ""}}},

	// the Lunar New Year's day, from a table
	{"'The Spring Festival, or Lunar New Year, falls on Jan. 28 this year' in a Chinese text: the day, 2017-01-28", "2017-01-13",
		"China's rail network will carry 356 million passengers. The Spring Festival, or Lunar New Year, falls on Jan. 28 this year.",
		[]want{{"The Spring Festival", "DATE", "2017-01-28", "-", "2017-01-28", "2017-01-28"}, {"Lunar New Year", "DATE", "2017-01-28", "-", "", ""}, {"Jan. 28 this year", "DATE", "2017-01-28", "-", "", ""}}},
	{"'Chinese New Year' in 2015 and 2026, 'last Chinese New Year' in March 2014: the days of the table", "2014-03-10",
		"Sales fell after Chinese New Year 2015. Stores open before the Lunar New Year 2026. Demand peaked before last Chinese New Year.",
		[]want{{"Chinese New Year 2015", "DATE", "2015-02-19", "-", "", ""}, {"the Lunar New Year 2026", "DATE", "2026-02-17", "-", "", ""}, {"last Chinese New Year", "DATE", "2014-01-31", "-", "", ""}}},
	{"counter-example: a year outside the table keeps its year; 'Tet' and 'Seollal', reckoned in other zones, keep theirs", "2015-02-10",
		"Chinese New Year 1975 was quiet. In Vietnam, Tet is near. Koreans mark Seollal.",
		[]want{{"Chinese New Year 1975", "DATE", "1975", "-", "", ""}, {"Tet", "DATE", "2015", "-", "", ""}, {"Seollal", "DATE", "2015", "-", "", ""}}},
	{"counter-example (self-review): 'the Lunar New Year holiday' (a break) and 'the Spring Festival of Arts' are none", "2015-02-10",
		"Factories close for the Lunar New Year holiday. China hosts the Spring Festival of Arts.",
		[]want{}},

	// clock times of each of a count of nights
	{"'closed overnight from 10pm to 5am from Monday, June 12, for five nights', 'closes from 11pm to 6am for three nights': any night's hours, and 'overnight' each night", "2017-06-06",
		"The carriageway will be closed overnight from 10pm to 5am from Monday, June 12, for five nights. The line closes from 11pm to 6am for three nights.",
		[]want{{"overnight", "SET", "XXXX-XX-XXTNI", "-", "", ""}, {"10pm", "TIME", "XXXX-XX-XXT22:00", "-", "", ""}, {"5am", "TIME", "XXXX-XX-XXT05:00", "-", "", ""}, {"Monday, June 12", "DATE", "2017-06-12", "-", "", ""}, {"five nights", "DURATION", "P5D", "-", "", ""},
			{"11pm", "TIME", "XXXX-XX-XXT23:00", "-", "", ""}, {"6am", "TIME", "XXXX-XX-XXT06:00", "-", "", ""}, {"three nights", "DURATION", "P3D", "-", "", ""}}},
	{"counter-example: a day named after the hours ('on Monday'), or days not nights ('for two days'), keep the day", "2017-06-06",
		"The road was closed overnight from 10pm to 5am on Monday. The bridge shuts from 11pm to 6am for two days.",
		[]want{{"overnight", "TIME", "2017-06-05TNI", "-", "", ""}, {"10pm", "TIME", "2017-06-05T22:00", "-", "", ""}, {"5am", "TIME", "", "-", "", ""}, {"Monday", "DATE", "", "-", "", ""}, {"11pm", "TIME", "2017-06-06T23:00", "-", "", ""}, {"6am", "TIME", "", "-", "", ""}, {"two days", "DURATION", "P2D", "-", "", ""}}},
	{"counter-example (self-review): nights in another clause ('held overnight from 10pm and jailed for five nights') are no count of the hour's nights", "2017-06-06",
		"He was held overnight from 10pm and jailed for five nights.",
		[]want{{"overnight", "TIME", "2017-06-05TNI", "-", "", ""}, {"10pm", "TIME", "2017-06-05T22:00", "-", "", ""}, {"five nights", "DURATION", "P5D", "-", "", ""}}},

	// "also", "still" between a plural subject and a timetable's verb
	{"'Rail passengers also face disruption ... on Sunday', 'Fans also face a long trip on Sunday', 'Workers still head to the office on Sunday' on a Friday: the Sunday to come, as without the adverb", "2022-08-26",
		"Rail passengers also face disruption, with no trains running on Sunday. Fans also face a long trip on Sunday. Workers still head to the office on Sunday.",
		[]want{{"Sunday", "DATE", "2022-08-28", "-", "", ""}, {"Sunday", "DATE", "2022-08-28", "-", "", ""}, {"Sunday", "DATE", "2022-08-28", "-", "", ""}}},
	{"counter-example: a past verb after the adverb ('also met', 'also faced') keeps the Sunday gone", "2022-08-26",
		"The teams also met on Sunday. Passengers also faced delays on Sunday.",
		[]want{{"Sunday", "DATE", "2022-08-21", "-", "", ""}, {"Sunday", "DATE", "2022-08-21", "-", "", ""}}},
	{"counter-example (self-review): a past verb after 'also' with no plural subject ('The union also called a vote on Sunday') keeps the default", "2022-08-26",
		"The union also called a vote on Sunday.",
		[]want{{"Sunday", "DATE", "2022-08-21", "-", "", ""}}},
}

func TestRound10Transp(t *testing.T) { runFormCases(t, round10TranspCases, true) }
