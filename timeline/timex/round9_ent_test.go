package timex

import "testing"

// round9EntCases are the rules adopted after tagging the entertainment and
// listings items of testdata/news (336-349), each with counter-examples,
// and the sentences of their self-review: the trigger words in another
// sense or another tense. A value left "" is not checked.
var round9EntCases = []formCase{
	// a listing's hours right after its days and a comma
	{"'open Tuesdays to Sundays, 10 a.m.-5 p.m.': the hours of those days, any day's", "2019-09-30",
		"The galleries are open Tuesdays to Sundays, 10 a.m.-5 p.m. The market runs Wednesdays and Saturdays, 8 a.m. to 1 p.m., all year.",
		[]want{{"Tuesdays", "SET", "XXXX-WXX-2", "-", "", ""}, {"Sundays", "SET", "XXXX-WXX-7", "-", "", ""}, {"10 a.m.", "TIME", "XXXX-XX-XXT10:00", "-", "", ""}, {"5 p.m.", "TIME", "XXXX-XX-XXT17:00", "-", "", ""},
			{"Wednesdays", "SET", "XXXX-WXX-3", "-", "", ""}, {"Saturdays", "SET", "XXXX-WXX-6", "-", "", ""}, {"8 a.m.", "TIME", "XXXX-XX-XXT08:00", "-", "", ""}, {"1 p.m.", "TIME", "XXXX-XX-XXT13:00", "-", "", ""}}},
	{"counter-example: a clause after the comma with words of its own is told of a day ('Shops are closed on Sundays, and the minister will speak at 3 p.m.')", "2019-09-30",
		"Shops are closed on Sundays, and the minister will speak at 3 p.m.",
		[]want{{"Sundays", "SET", "XXXX-WXX-7", "-", "", ""}, {"3 p.m.", "TIME", "2019-09-30T15:00", "-", "", ""}}},
	{"counter-example (self-review): a weekday in the singular before the comma is told once: the hour is that day's", "2019-09-30",
		"The bishop said mass on Sunday, 10 a.m. being the hour.",
		[]want{{"Sunday", "DATE", "2019-09-29", "-", "", ""}, {"10 a.m.", "TIME", "2019-09-29T10:00", "-", "", ""}}},
	{"counter-example (self-review): a clock time after other words behind the comma keeps its day", "2019-09-30",
		"It opens on Saturdays, but today at 10 a.m. it stayed shut.",
		[]want{{"Saturdays", "SET", "XXXX-WXX-6", "-", "", ""}, {"today", "DATE", "2019-09-30", "-", "", ""}, {"10 a.m.", "TIME", "2019-09-30T10:00", "-", "", ""}}},

	// hours after "between" or "from" right after an hourly or weekly set
	{"'every Sunday afternoon between 4pm and 7pm', 'every hour from 11 a.m. to 4 p.m.': any day's hours", "2006-04-23",
		"The chart is announced every Sunday afternoon between 4pm and 7pm. The fair has shows every hour from 11 a.m. to 4 p.m.",
		[]want{{"every Sunday afternoon", "SET", "XXXX-WXX-7TAF", "-", "", ""}, {"4pm", "TIME", "XXXX-XX-XXT16:00", "-", "", ""}, {"7pm", "TIME", "XXXX-XX-XXT19:00", "-", "", ""},
			{"every hour", "SET", "PT1H", "-", "", ""}, {"11 a.m.", "TIME", "XXXX-XX-XXT11:00", "-", "", ""}, {"4 p.m.", "TIME", "XXXX-XX-XXT16:00", "-", "", ""}}},
	{"counter-example: hours with a day of their own after them keep it ('every hour from 11 a.m. to 4 p.m. on Tuesday')", "2006-04-23",
		"Sirens sounded every hour from 11 a.m. to 4 p.m. on Tuesday.",
		[]want{{"every hour", "SET", "PT1H", "-", "", ""}, {"11 a.m.", "TIME", "2006-04-18T11:00", "-", "", ""}, {"4 p.m.", "TIME", "2006-04-18T16:00", "-", "", ""}, {"Tuesday", "DATE", "2006-04-18", "-", "", ""}}},
	{"counter-example (self-review): a weekday told once ('last Sunday between 4pm and 7pm') keeps its day", "2006-04-23",
		"Fans queued every Sunday. Last Sunday between 4pm and 7pm the shop sold out.",
		[]want{{"every Sunday", "SET", "XXXX-WXX-7", "-", "", ""}, {"Last Sunday", "DATE", "2006-04-16", "-", "", ""}, {"4pm", "TIME", "", "-", "", ""}, {"7pm", "TIME", "", "-", "", ""}}},
	{"counter-example (self-review): 'every Sunday afternoon' in a sentence before the hours does not reach them", "2006-04-23",
		"He rang every Sunday afternoon. Between 4pm and 7pm on Tuesday the shop shut.",
		[]want{{"every Sunday afternoon", "SET", "XXXX-WXX-7TAF", "-", "", ""}, {"4pm", "TIME", "2006-04-18T16:00", "-", "", ""}, {"7pm", "TIME", "2006-04-18T19:00", "-", "", ""}, {"Tuesday", "DATE", "2006-04-18", "-", "", ""}}},

	// "through" a weekday after a verb of a run in the present
	{"'fills the park through Sunday', 'runs through Saturday': the run's last day, to come", "2008-07-10",
		"The puppet fair fills Barnsdall Park through Sunday. The play runs through Saturday at the Ford.",
		[]want{{"Sunday", "DATE", "2008-07-13", "-", "", ""}, {"Saturday", "DATE", "2008-07-12", "-", "", ""}}},
	{"counter-example: the past of the run ('ran through Sunday') or no verb of a run ('drove through Sunday') is gone", "2008-07-10",
		"The fair ran through Sunday. They drove through Sunday to reach the coast.",
		[]want{{"Sunday", "DATE", "2008-07-06", "-", "", ""}, {"Sunday", "DATE", "2008-07-06", "-", "", ""}}},
	{"counter-example (self-review): 'plays' in a clause before a comma does not reach across it", "2008-07-10",
		"The band plays jazz, and it toured through Sunday.",
		[]want{{"Sunday", "DATE", "2008-07-06", "-", "", ""}}},

	// ", out <date>": a release date in an aside that closes its sentence
	{"'their new album, out Jan. 22.', 'the sequel (out Friday)': a release, to come", "2015-11-12",
		"The band have announced a tour in support of their new album, out Jan. 22. Fans have waited for the sequel (out Friday).",
		[]want{{"Jan. 22", "DATE", "2016-01-22", "-", "", ""}, {"Friday", "DATE", "2015-11-13", "-", "", ""}}},
	{"counter-example: a main verb after the aside dates the day; 'knocked out' with no comma is a deed", "2015-11-12",
		"The album, out Jan. 22, sold 100,000 copies. He was knocked out Jan. 22 in Las Vegas.",
		[]want{{"Jan. 22", "DATE", "2015-01-22", "-", "", ""}, {"Jan. 22", "DATE", "2015-01-22", "-", "", ""}}},
	{"counter-example (self-review): 'out' of a count or a place before a comma is no release ('voted out, Friday')", "2015-11-12",
		"The mayor was voted out on Tuesday, and the council met, out of town, on Friday.",
		[]want{{"Tuesday", "DATE", "2015-11-10", "-", "", ""}, {"Friday", "DATE", "2015-11-06", "-", "", ""}}},
	// "the three-day holiday weekend"
	{"'over the three-day holiday weekend' on its Sunday: that weekend, as 'the three-day weekend'", "2022-02-20",
		"The film opened at No. 1 over the three-day holiday weekend.",
		[]want{{"the three-day holiday weekend", "DATE", "2022-W07-WE", "-", "2022-02-19", "2022-02-20"}}},
	{"counter-example: 'a three-day holiday weekend break', or one dated after it ('in May'), keeps the duration", "2022-02-20",
		"They booked a three-day holiday weekend break. The three-day holiday weekend in May was wet.",
		[]want{{"three-day", "DURATION", "P3D", "-", "", ""}, {"three-day", "DURATION", "P3D", "-", "", ""}, {"May", "DATE", "2021-05", "-", "", ""}}},
	{"counter-example (self-review): a possessive after it ('the three-day holiday weekend's') is not the weekend", "2022-02-20",
		"The three-day holiday weekend's traffic was heavy.",
		[]want{{"three-day", "DURATION", "P3D", "-", "", ""}}},

	// a holiday qualifying a noun after a possessive
	{"'has unveiled its Christmas schedule' in mid-December: the coming Christmas, not the deed's past", "2010-12-14",
		"The BBC has unveiled its Christmas schedule. The store's Christmas sales rose.",
		[]want{{"Christmas", "DATE", "2010-12-25", "-", "", ""}, {"Christmas", "DATE", "2010-12-25", "-", "", ""}}},
	{"counter-example: a noun of a stay ('spent his Christmas holiday') or a day of the month ('held its Jan. 5 meeting') keeps the past", "2010-12-14",
		"He spent his Christmas holiday in Spain. The board held its Jan. 5 meeting.",
		[]want{{"Christmas", "DATE", "2009-12-25", "-", "", ""}, {"Jan. 5", "DATE", "2010-01-05", "-", "", ""}}},
	{"counter-example (self-review): a holiday just gone stays the nearest ('unveiled its Thanksgiving menu' in December)", "2010-12-14",
		"The chain unveiled its Thanksgiving menu.",
		[]want{{"Thanksgiving", "DATE", "2010-11-25", "-", "", ""}}},
	// a season after a possessive, before "season"
	{"'The Hollywood Bowl's summer season continues', 'its winter season opens': the season of the year, the extent the season word", "2008-07-10",
		"The Hollywood Bowl's summer season continues with a jazz bill. The theatre's winter season opens in December.",
		[]want{{"summer", "DATE", "2008-SU", "-", "", ""}, {"winter", "DATE", "2008-WI", "-", "", ""}, {"December", "DATE", "2008-12", "-", "", ""}}},
	{"counter-example: another noun after the season word ('the club's summer signing', 'their summer homes') is none", "2008-07-10",
		"The club's summer signing was a flop. Their summer homes are empty.",
		[]want{}},
	{"counter-example (self-review): a possessive of the season itself ('summer season's finale') is none", "2008-07-10",
		"The orchestra's summer season's finale is on Friday.",
		[]want{{"Friday", "DATE", "2008-07-11", "-", "", ""}}},
}

func TestRound9Ent(t *testing.T) { runFormCases(t, round9EntCases, true) }
