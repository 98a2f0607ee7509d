package timex

import "testing"

// round6HistCases are the rules adopted after tagging anniversary, history
// and war-chronology news (testdata/news 92-97), each with
// counter-examples.
var round6HistCases = []formCase{
	// a war's name
	{"'the Six-Day War', 'the Hundred Years' War', 'the Thirty Years’ War' are names: no duration", "2014-08-11",
		"Israel captured Gaza in the Six-Day War. England and France fought the Hundred Years' War. The Thirty Years’ War ruined Germany.",
		nil},
	{"counter-example: a lower-case 'war' after the duration, or a duration before another capitalised noun, stays a duration", "2014-08-11",
		"It was a six-day war. The Six-Day Race ended. The 22-day War Powers review closed.",
		[]want{{"six-day", "DURATION", "P6D", "", "0", "0"}, {"Six-Day", "DURATION", "P6D", "", "0", "0"}, {"22-day", "DURATION", "P22D", "", "0", "0"}}},

	// an age as a decade
	{"'in their late eighties', 'in his 80s', 'in her early seventies' are ages: no decade", "2014-06-05",
		"Veterans in their late eighties came back. A man in his 80s died. She was in her early seventies.",
		nil},
	{"counter-example: 'in the late eighties', 'in the 1980s' are decades", "2014-06-05",
		"Prices rose in the late eighties and fell in the 1990s.",
		[]want{{"the late eighties", "DATE", "198", "END", "", ""}, {"the 1990s", "DATE", "199", "", "", ""}}},

	// any such weekday
	{"'falls on a Friday', 'on a Friday night' are any Friday: no date", "2016-07-01",
		"Armistice Day falls on a Friday this year. The market opens on a Monday. He arrived on a Friday night.",
		[]want{{"Armistice Day", "DATE", "2016-11-11", "", "", ""}, {"this year", "DATE", "2016", "", "", ""}}},
	{"counter-example: 'on Friday', 'on Friday night' keep their day", "2016-07-01",
		"The silence was held on Friday. He arrived on Thursday night.",
		[]want{{"Friday", "DATE", "2016-07-01", "", "", ""}, {"Thursday night", "TIME", "2016-06-30TNI", "", "", ""}}},

	// a day every year
	{"'every year on Nov. 9', 'each year on 11 November' are that day of any year, with no interval", "2014-11-07",
		"The city has held an event every year on Nov. 9 since 1990. Poppies are worn each year on 11 November.",
		[]want{{"every year", "SET", "P1Y", "", "0", "0"}, {"Nov. 9", "DATE", "XXXX-11-09", "", "0", "0"}, {"1990", "DATE", "1990", "", "", ""}, {"each year", "SET", "P1Y", "", "0", "0"}, {"11 November", "DATE", "XXXX-11-11", "", "0", "0"}}},
	{"counter-example: 'this year on Nov. 9' and 'every year, on Nov. 9 2013' are days of a year", "2014-11-07",
		"This year on Nov. 9 a concert is planned. He came every year until, on Nov. 9, 2013, he died.",
		[]want{{"This year", "DATE", "2014", "", "", ""}, {"Nov. 9", "DATE", "2014-11-09", "", "", ""}, {"every year", "SET", "P1Y", "", "0", "0"}, {"Nov. 9, 2013", "DATE", "2013-11-09", "", "", ""}}},

	// the anniversary's week
	{"'25 years ago this weekend' names the current weekend, whatever the past tense", "2014-11-07",
		"Twenty-five years ago this weekend, guards opened the gates.",
		[]want{{"Twenty-five years ago", "DATE", "1989", "", "", ""}, {"this weekend", "DATE", "2014-W45-WE", "", "2014-11-08", "2014-11-09"}}},
	{"counter-example: '50 years ago this week' stays one expression, the week of then", "2014-11-07",
		"Fifty years ago this week, the Beatles played here.",
		[]want{{"Fifty years ago this week", "DATE", "1964-W45", "", "", ""}}},
	{"counter-example: 'this weekend' in a past sentence with no 'ago' before it stays the weekend gone", "2014-11-07",
		"Guards opened the gates this weekend.",
		[]want{{"this weekend", "DATE", "2014-W44-WE", "", "", ""}}},

	// "overnight" before a date with its year
	{"'went up overnight in August 1961', 'overnight on Nov. 9, 1989': how fast, no night of the reference day", "2014-11-07",
		"The wall went up overnight in August 1961. It opened overnight on Nov. 9, 1989.",
		[]want{{"August 1961", "DATE", "1961-08", "", "", ""}, {"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}}},
	{"counter-example: 'overnight' before a place or a weekday stays the night", "2014-11-07",
		"Rebels attacked overnight in Kabul. In 2013 they did too. Police made arrests overnight on Thursday.",
		[]want{{"overnight", "TIME", "2014-11-06TNI", "", "", ""}, {"2013", "DATE", "2013", "", "", ""}, {"overnight", "TIME", "2014-11-06TNI", "", "", ""}, {"Thursday", "DATE", "2014-11-06", "", "", ""}}},

	// a story told in an earlier year goes on
	{"a month and day in a past clause after a full day of an earlier year, within 31 days after it, is of that year", "2014-11-07",
		"On the evening of Nov. 9, 1989, the wall opened. In the early hours of Nov. 10, crowds crossed.",
		[]want{{"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Nov. 10", "DATE", "1989-11-10", "", "1989-11-10", "1989-11-10"}}},
	{"the same on a later day of the month after", "2015-08-06",
		"A bomb destroyed Nagasaki on August 9, 1945. Japan announced its surrender on August 15.",
		[]want{{"August 9, 1945", "DATE", "1945-08-09", "", "", ""}, {"August 15", "DATE", "1945-08-15", "", "", ""}}},
	{"counter-example: a future clause keeps the day to come", "2014-11-07",
		"The wall fell on Nov. 9, 1989. A concert will be held on Nov. 10.",
		[]want{{"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Nov. 10", "DATE", "2014-11-10", "", "", ""}}},
	{"counter-example: a day before the old one, or more than 31 days after it, is left to the tense", "2014-11-07",
		"The wall fell on Nov. 9, 1989. Talks began on Nov. 3. The wall fell on Nov. 9, 1989. He spoke on Dec. 20.",
		[]want{{"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Nov. 3", "DATE", "2014-11-03", "", "", ""}, {"Nov. 9, 1989", "DATE", "1989-11-09", "", "", ""}, {"Dec. 20", "DATE", "2013-12-20", "", "", ""}}},
	{"counter-example: a full day of last year does not carry its year (news returns to the present)", "2014-11-07",
		"The deal was signed on Oct. 3, 2013. Talks resumed on Oct. 20.",
		[]want{{"Oct. 3, 2013", "DATE", "2013-10-03", "", "", ""}, {"Oct. 20", "DATE", "2014-10-20", "", "", ""}}},
}

func TestRound6Hist(t *testing.T) { runFormCases(t, round6HistCases, false) }
