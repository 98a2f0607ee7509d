package timex

import "testing"

// round10ClimateCases are the rules adopted after tagging the climate,
// environment and science items of testdata/news (500-513), each with
// counter-examples, and the sentences of their self-review: the trigger
// words in another sense or another tense. A value left "" is not checked.
var round10ClimateCases = []formCase{
	// "the past quarter century"
	{"'over the past quarter century', 'the last quarter-century', 'the next quarter century': twenty-five years, as 'the past half century' is fifty (was 'the past quarter' P1Q, a quarter of a year)", "2018-06-13",
		"Data taken over the past quarter century show it. Over the last quarter-century, prices rose. The next quarter century will be hard.",
		[]want{{"the past quarter century", "DURATION", "P25Y", "-", "0", "0"}, {"the last quarter-century", "DURATION", "P25Y", "-", "0", "0"}, {"The next quarter century", "DURATION", "P25Y", "-", "0", "0"}}},
	{"counter-example (self-review): 'the past quarter' of a company's results stays a quarter of a year, and 'the last quarter of the century' is a part of a century, none", "2018-06-13",
		"Profits in the past quarter rose. In the last quarter of the century, the town grew.",
		[]want{{"the past quarter", "DURATION", "P1Q", "-", "", ""}}},

	// a figure in an abbreviated unit of measure, per period
	{"'rising by about 2 ppm a year', '3.3 mm a year', '2 Gt a year', '3 km a day': a figure in an abbreviated unit of measure per period is a rate, a SET (was a DURATION)", "2013-05-10",
		"Levels rose by about 2 ppm a year. Seas rise 3.3 mm a year. Emissions fell 2 Gt a year. The ice moved 3 km a day.",
		[]want{{"a year", "SET", "P1Y", "-", "0", "0"}, {"a year", "SET", "P1Y", "-", "0", "0"}, {"a year", "SET", "P1Y", "-", "0", "0"}, {"a day", "SET", "P1D", "-", "0", "0"}}},
	{"counter-example (self-review): 'walked 5 km a year ago' and 'was 400 ppm a year earlier' are distances in time; 'the ppm a year' with no figure is no rate", "2013-05-10",
		"He walked 5 km a year ago. It stood at 400 ppm a year earlier. The ppm a year could reach was higher.",
		[]want{{"a year ago", "DATE", "2012", "-", "", ""}, {"a year earlier", "DATE", "2011", "-", "", ""}, {"a year", "DURATION", "P1Y", "", "", ""}}},

	// a subordinate clause's own past verb right after a weekday
	{"'are bracing for heat ..., after cooler weather on Sunday brought some relief', 'will restart, as demand on Tuesday rose sharply', 'will reopen because flooding on Saturday damaged the track': the clause's past verb right after the day tells it, the day gone (was the coming one)", "2020-01-08",
		"Firefighters are bracing for heat by the end of the week, after cooler weather on Sunday brought some relief. The plant will restart, as demand on Tuesday rose sharply. The line will reopen next month because flooding on Saturday damaged the track.",
		[]want{{"the end of the week", "DATE", "2020-W02", "END", "", ""}, {"Sunday", "DATE", "2020-01-05", "-", "", ""}, {"Tuesday", "DATE", "2020-01-07", "-", "", ""}, {"next month", "DATE", "2020-02", "-", "", ""}, {"Saturday", "DATE", "2020-01-04", "-", "", ""}}},
	{"counter-example (self-review): a present after the day ('after the storm on Sunday passes'), no verb after it ('After rain on Sunday, crews will rest'), a participle before 'by', and 'as' with no comma ('such as talks on Friday') keep the main clause's future", "2020-01-08",
		"Crews will rest after the storm on Sunday passes. After rain on Sunday, crews will rest. Talks will resume after a break on Friday announced by the chair. Leaders will hold meetings such as talks on Friday planned weeks ago.",
		[]want{{"Sunday", "DATE", "2020-01-12", "-", "", ""}, {"Sunday", "DATE", "2020-01-12", "-", "", ""}, {"Friday", "DATE", "2020-01-10", "-", "", ""}, {"Friday", "DATE", "2020-01-10", "-", "", ""}, {"weeks ago", "DATE", "PAST_REF", "", "", ""}}},

	// "the year 2020"
	{"'The year 2020 was one of the warmest', 'in the year 1999': one expression, as TBAQ's 'the year two thousand' (was the year alone)", "2021-01-15",
		"The year 2020 was one of the warmest. In the year 1999, he left.",
		[]want{{"The year 2020", "DATE", "2020", "-", "2020-01-01", "2020-12-31"}, {"the year 1999", "DATE", "1999", "-", "", ""}}},
	{"counter-example (self-review): 'the year 2020-21' (a range), 'Over the year 1500 jobs went' (a count before a plural) and 'the year 2020 brings hope' (a verb in -s: no telling) leave 'the year' out", "2021-01-15",
		"The year 2020-21 was hard. Over the year 1500 jobs went. The year 2020 brings hope.",
		[]want{{"2020", "DATE", "2020", "-", "", ""}, {"2020", "DATE", "2020", "-", "", ""}}},

	// "early-to-mid 2021"
	{"'into early-to-mid 2021', 'in mid-to-late 2022', 'early to mid 2023', 'in early-to-mid June': a span over two parts of a year or month is one expression, the year or month with no mod (was 'mid 2021' MID, May to August, losing the early months)", "2021-01-15",
		"Conditions will continue into early-to-mid 2021. Growth will slow in mid-to-late 2022. Prices peak in early to mid 2023. It opens in early-to-mid June.",
		[]want{{"early-to-mid 2021", "DATE", "2021", "-", "2021-01-01", "2021-12-31"}, {"mid-to-late 2022", "DATE", "2022", "-", "", ""}, {"early to mid 2023", "DATE", "2023", "-", "", ""}, {"early-to-mid June", "DATE", "2021-06", "-", "", ""}}},
	{"counter-example (self-review): 'early trading to mid-morning lows' (no year or month after, a part of a day), 'late to early 2020' (parts in the wrong order) keep the parts alone", "2021-01-15",
		"Prices fell in early trading to mid-morning lows. The shift ran late to early 2020.",
		[]want{{"mid-morning", "TIME", "2021-01-15TMO", "MID", "", ""}, {"early 2020", "DATE", "2020", "START", "", ""}}},

	// "the first week of the month"
	{"'in August, when a storm broke up the ice in the first week of the month', 'In March 2011 he left, and in the second week of the month he returned': the month the sentence named last, as 'that month' (was none)", "2012-09-19",
		"The ice melted fast in August, when a storm broke up ice in the first week of the month. In March 2011 he left, and in the second week of the month he returned.",
		[]want{{"August", "DATE", "2012-08", "-", "", ""}, {"the first week of the month", "DATE", "2012-W31", "-", "2012-08-01", "2012-08-07"}, {"March 2011", "DATE", "2011-03", "-", "", ""}, {"the second week of the month", "DATE", "2011-W10", "-", "2011-03-08", "2011-03-14"}}},
	{"counter-example (self-review): with no month named in its sentence ('Officials will meet in the first week of the month', a month in the sentence before) it stays none", "2012-09-19",
		"It rained in August. Officials will meet in the first week of the month.",
		[]want{{"August", "DATE", "2012-08", "-", "", ""}}},
	{"counter-example (self-review): the sentence's last expression a day, no month ('On Monday the landlord said rent is due in the first week of the month': any month's): none", "2012-09-19",
		"On Monday the landlord said rent is due in the first week of the month.",
		[]want{{"Monday", "DATE", "2012-09-17", "-", "", ""}}},

	// a horizon of two decades or more in years
	{"'could be ice-free in summer within 20 or 30 years', 'within 30 years': a count of two decades or more after 'within' is a horizon of decades, the season any year's (was next summer)", "2012-09-19",
		"Serreze said the Arctic could be ice-free in summer within 20 or 30 years. The Arctic could be ice-free in summer within 30 years.",
		[]want{{"summer", "DATE", "XXXX-SU", "-", "0", "0"}, {"20 or 30 years", "DURATION", "P20Y", "", "", ""}, {"summer", "DATE", "XXXX-SU", "-", "0", "0"}, {"30 years", "DURATION", "P30Y", "-", "", ""}}},
	{"counter-example (self-review): 'within 10 years' is no horizon of decades; 'will return in the autumn and hopes to finish within 25 years' is another verb's horizon; 'left in summer and returned within 20 years' is past: the seasons keep their years", "2012-09-19",
		"The Arctic could be ice-free in summer within 10 years. He will return in the autumn and hopes to finish within 25 years. They left in summer and returned within 20 years.",
		[]want{{"summer", "DATE", "2013-SU", "-", "", ""}, {"10 years", "DURATION", "P10Y", "-", "", ""}, {"the autumn", "DATE", "2012-FA", "-", "", ""}, {"25 years", "DURATION", "P25Y", "-", "", ""}, {"summer", "DATE", "2012-SU", "-", "", ""}, {"20 years", "DURATION", "P20Y", "-", "", ""}}},

	// "a strong start to the year"
	{"'after a catastrophic start to the year', 'In 2008 the firm had a weak start to the year': the year under way, or the year its sentence named (was none)", "2020-01-06",
		"Crews are bracing, after a catastrophic start to the year. In 2008 the firm had a weak start to the year.",
		[]want{{"the year", "DATE", "2020", "-", "", ""}, {"2008", "DATE", "2008", "-", "", ""}, {"the year", "DATE", "2008", "-", "", ""}}},
	{"counter-example (self-review): 'a strong end to the year' told in January may be the year gone, 'from start to the year's best view' a possessive: none", "2020-01-06",
		"Retailers had a strong end to the year. Walk from start to the year's best view.",
		nil},

	// "as the year when"
	{"'cement 2009's place in history as the year when', '1989 was the year when the wall fell', 'Next year will be the year when we win': the year the sentence named last (was none)", "2009-12-07",
		"These findings cement 2009's place in history as the year when the government began acting. 1989 was the year when the wall fell. Next year will be the year when we win.",
		[]want{{"2009", "DATE", "2009", "-", "", ""}, {"the year", "DATE", "2009", "-", "", ""}, {"1989", "DATE", "1989", "-", "", ""}, {"the year", "DATE", "1989", "-", "", ""}, {"Next year", "DATE", "2010", "-", "", ""}, {"the year", "DATE", "2010", "-", "", ""}}},
	{"counter-example (self-review): 'he recalls the year when his father died' (no 'as' or 'be': another year), 'On Monday he said it was the year when' (the last expression a day, no year) stay none", "2009-12-07",
		"In 2009 he left, and he recalls the year when his father died. On Monday he said it was the year when things changed.",
		[]want{{"2009", "DATE", "2009", "-", "", ""}, {"Monday", "DATE", "2009-12-07", "-", "", ""}}},

	// a habit going on into a clause of time
	{"'The level usually peaks in May, before plants ... absorb carbon dioxide during the summer growing season', 'The monsoon usually arrives in June, before farmers plant rice in July': the habit goes on into a clause of time in the present, its season or month any year's (was this year's)", "2013-05-10",
		"The level usually peaks in May, before plants in the northern hemisphere absorb carbon dioxide during the summer growing season. The monsoon usually arrives in June, before farmers plant rice in July.",
		[]want{{"May", "DATE", "XXXX-05", "-", "0", "0"}, {"the summer", "DATE", "XXXX-SU", "-", "0", "0"}, {"June", "DATE", "XXXX-06", "-", "0", "0"}, {"July", "DATE", "XXXX-07", "-", "0", "0"}}},
	{"counter-example (self-review): a past in the clause ('before the report came out in June'), no habit before it ('Prices peaked in May, before plants absorb it during the summer') keep the year", "2013-05-10",
		"The level usually peaks in May, before the report came out in June. Prices peaked in May, before plants absorb it during the summer.",
		[]want{{"May", "DATE", "XXXX-05", "-", "", ""}, {"June", "DATE", "2012-06", "-", "", ""}, {"May", "DATE", "2013-05", "-", "", ""}, {"the summer", "DATE", "2012-SU", "-", "", ""}}},
}

func TestRound10Climate(t *testing.T) { runFormCases(t, round10ClimateCases, false) }
