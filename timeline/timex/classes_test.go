package timex

import "testing"

// classCases are rules adopted from classes of value errors found on the
// TempEval-3 training set (TBAQ-cleaned). The sentences are written for
// these tests; counter-examples keep each rule from overfiring.
var classCases = []formCase{
	// "N weeks ago" names a week, not a day
	{"six weeks ago is the ISO week six weeks back: the text gives no day", "2026-05-20", "The rebels were seen near the border six weeks ago.",
		[]want{{"six weeks ago", "DATE", "2026-W15", "-", "2026-04-06", "2026-04-12"}}},
	{"'two weeks ago' is a week too", "2026-05-20", "The ministry announced the cuts two weeks ago.",
		[]want{{"two weeks ago", "DATE", "2026-W19", "-", "2026-05-04", "2026-05-10"}}},
	{"'three weeks ago today' is that very day three weeks back", "2013-03-22", "Three weeks ago today, the plant closed.",
		[]want{{"Three weeks ago today", "DATE", "2013-03-01", "", "2013-03-01", "2013-03-01"}}},
	{"'a week ago Sunday' is the Sunday a week before the last one", "2013-03-22", "A week ago Sunday, the storm hit.",
		[]want{{"A week ago Sunday", "DATE", "2013-03-10", "", "2013-03-10", "2013-03-10"}}},
	{"counter-example: 'a week ago' stays the day a week back, roughly", "2026-05-20", "The ministry announced the cuts a week ago.",
		[]want{{"a week ago", "DATE", "2026-05-13", "APPROX", "2026-05-13", "2026-05-13"}}},
	{"counter-example: 'six days ago' is a day", "2026-05-20", "The ministry announced the cuts six days ago.",
		[]want{{"six days ago", "DATE", "2026-05-14", "", "2026-05-14", "2026-05-14"}}},

	// a past clause cannot tell of a day after the reference day
	{"'the next day' in a past clause after a day to come: counted from the wrong day, PAST_REF", "2026-03-12",
		"Ministers will meet again on April 14. The commission said in January that growth would slow. The next day, it resigned.",
		[]want{{"April 14", "DATE", "2026-04-14", "", "", ""}, {"January", "DATE", "2026-01", "", "", ""}, {"The next day", "DATE", "PAST_REF", "", "0", "0"}}},
	{"'two days later' in a past clause after a day to come is a plain stretch", "2026-03-12",
		"The summit is set for April 14. Two days later, the rebels withdrew.",
		[]want{{"April 14", "DATE", "2026-04-14", "", "", ""}, {"Two days", "DURATION", "P2D", "", "0", "0"}}},
	{"counter-example: 'a few days earlier' stays PAST_REF", "2013-03-22", "He arrived on Monday. A few days earlier, he had called.",
		[]want{{"Monday", "DATE", "2013-03-18", "", "", ""}, {"A few days earlier", "DATE", "PAST_REF", "", "0", "0"}}},
	{"'the day before' in a past clause after a day to come", "2026-03-12", "The summit is set for April 14. The day before, protesters gathered.",
		[]want{{"April 14", "DATE", "2026-04-14", "", "", ""}, {"The day before", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: a future anywhere in the sentence keeps the day to come", "2013-03-20", "The summit is on April 14. The next day, leaders who met last year will sign a pact.",
		[]want{{"April 14", "DATE", "2013-04-14", "", "", ""}, {"The next day", "DATE", "2013-04-15", "", "", ""}, {"last year", "DATE", "2012", "", "", ""}}},
	{"counter-example: in a future clause the day before a day to come is that day", "2026-03-12", "The summit is set for April 14. The day before, protesters will gather.",
		[]want{{"April 14", "DATE", "2026-04-14", "", "", ""}, {"The day before", "DATE", "2026-04-13", "", "2026-04-13", "2026-04-13"}}},
	{"counter-example: a past narrative counts from its day", "2026-03-12", "The quake struck on March 2. The next day, rescuers found a boy.",
		[]want{{"March 2", "DATE", "2026-03-02", "", "", ""}, {"The next day", "DATE", "2026-03-03", "", "2026-03-03", "2026-03-03"}}},

	// "the full year" told as over, right after a date of last year
	{"results for a period that ended last December: the full year told as over is last year", "2026-03-12",
		"The company lost $3 million in the three months ended Dec. 31. For the full year, revenue rose 4 percent.",
		[]want{{"the three months", "DURATION", "P3M", "", "", ""}, {"Dec. 31", "DATE", "2025-12-31", "", "", ""}, {"the full year", "DATE", "2025", "", "2025-01-01", "2025-12-31"}}},
	{"counter-example: a forecast for the full year is the year under way", "2026-03-12",
		"The company lost $3 million in the three months ended Dec. 31. For the full year, it expects revenue to rise 4 percent.",
		[]want{{"the three months", "DURATION", "P3M", "", "", ""}, {"Dec. 31", "DATE", "2025-12-31", "", "", ""}, {"the full year", "DATE", "2026", "", "", ""}}},
	{"counter-example: with no date of last year near, the year under way", "2026-10-12", "Sales rose in September. For the year, analysts' estimates were $6 a share.",
		[]want{{"September", "DATE", "2026-09", "", "", ""}, {"the year", "DATE", "2026", "", "", ""}}},

	// a timetable verb after a date and "and" is a second verb
	{"'began Thursday and ends Friday': 'ends' is a present timetable, the coming Friday", "2026-06-03", "Early voting began on Thursday and ends Friday.",
		[]want{{"Thursday", "DATE", "2026-05-28", "", "", ""}, {"Friday", "DATE", "2026-06-05", "", "", ""}}},
	{"counter-example: a plural noun after a determiner and 'and' is no verb", "2026-06-03", "Officials counted the ballots and the votes on Friday.",
		[]want{{"Friday", "DATE", "2026-05-29", "", "", ""}}},

	// "the day before/after" a date is one expression, that date's neighbour
	{"'the day before' a named day is the day before it, one expression", "2026-02-20", "The protest was held the day before Valentine's Day.",
		[]want{{"day before Valentine's Day", "DATE", "2026-02-13", "", "2026-02-13", "2026-02-13"}}},
	{"'the day after' a weekday in the possessive", "2026-02-20", "She quit the day after Monday's vote.",
		[]want{{"day after Monday", "DATE", "2026-02-17", "", "2026-02-17", "2026-02-17"}}},
	{"a past clause cannot put the day after the reference day: PAST_REF, not a guessed year", "2026-02-20", "He was arrested the day before the March 3 vote.",
		[]want{{"day before the March 3", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: before an event with no date, nothing to count from", "2026-02-20", "He left the day after the election.",
		nil},

	// a participle after a plural noun, with the clause's verb after it, is a reduced relative
	{"'Officials elected in June will': June is the nearest, not pushed by 'will'", "2026-08-20", "Officials elected in June will take office in September.",
		[]want{{"June", "DATE", "2026-06", "", "", ""}, {"September", "DATE", "2026-09", "", "", ""}}},
	{"'appointed in July will serve': the nearest July, not last year's by the participle", "2026-05-20", "Lawmakers appointed in July will serve until 2030.",
		[]want{{"July", "DATE", "2026-07", "", "", ""}, {"2030", "DATE", "2030", "", "", ""}}},
	{"a reduced relative before a past main verb is past too", "2013-03-20", "Cuts proposed in May were rejected.",
		[]want{{"May", "DATE", "2012-05", "", "", ""}}},
	{"'planned' in a reduced relative before a future is a plan to come", "2013-08-20", "Elections planned in June will be delayed.",
		[]want{{"June", "DATE", "2014-06", "", "", ""}}},
	{"counter-example: a plan's cue word keeps its own reading", "2013-03-20", "Talks scheduled for Monday will focus on trade.",
		[]want{{"Monday", "DATE", "2013-03-25", "", "", ""}}},
	{"counter-example: a participle with no verb after it before a comma is the past tense", "2026-05-20", "Troops deployed in July, officials said.",
		[]want{{"July", "DATE", "2025-07", "", "", ""}}},
	{"counter-example: a past verb before 'and' is the clause's verb", "2026-05-20", "Rebels attacked on Sunday and were repelled.",
		[]want{{"Sunday", "DATE", "2026-05-17", "", "", ""}}},

	// a rough clock time still names its day firmly
	{"'about 2:30 a.m. Thursday' sets the day for a bare clock time after it", "2013-03-22",
		"The fire broke out at about 2:30 a.m. Thursday and was brought under control by 6 a.m.",
		[]want{{"2:30 a.m. Thursday", "TIME", "2013-03-21T02:30", "APPROX", "2013-03-21", "2013-03-21"}, {"6 a.m.", "TIME", "2013-03-21T06:00", "", "0", "0"}}},
	{"counter-example: a rough clock time with no day sets none", "2013-03-22",
		"The fire broke out at about 2:30 a.m. and was brought under control by 6 a.m.",
		[]want{{"2:30 a.m.", "TIME", "2013-03-22T02:30", "APPROX", "0", "0"}, {"6 a.m.", "TIME", "2013-03-22T06:00", "", "0", "0"}}},

	// "fiscal year 2014" is fiscal 2014: no calendar year's days
	{"'fiscal year 2014' is fiscal 2014, with no calendar interval", "2013-03-22", "The fiscal year 2014 budget was approved.",
		[]want{{"fiscal year 2014", "DATE", "2014", "", "0", "0"}}},
	{"'fiscal year 2013-14' is a fiscal year, named by the year it ends in as 'the fiscal year 2013-14' (round8_fy; was 'fiscal year 2013', 2013), no calendar interval", "2013-03-22", "The budget for fiscal year 2013-14 is $5 billion.",
		[]want{{"fiscal year 2013-14", "DATE", "2014", "", "0", "0"}}},
	{"counter-example: a calendar year after 'year' alone keeps its days (round10_climate: 'the year 2014' one expression, as TBAQ's 'the year two thousand')", "2013-03-22", "The budget for the year 2014 is tight.",
		[]want{{"the year 2014", "DATE", "2014", "", "2014-01-01", "2014-12-31"}}},

	// "hopes", "aims" before a verb are a plural noun, no cue of the future
	{"'By Wednesday, hopes had faded': the past perfect decides", "2013-03-22", "By Wednesday, hopes had faded.",
		[]want{{"Wednesday", "DATE", "2013-03-20", "", "", ""}}},
	{"counter-example: 'hopes to' is the verb, pointing forward", "2013-03-22", "She hopes to finish by Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-03-27", "", "", ""}}},

	// a day whose event was called off may be still to come: the nearest such day
	{"'Saturday's match was postponed' in a Friday paper is tomorrow's match", "2013-03-22", "Saturday's match was postponed.",
		[]want{{"Saturday", "DATE", "2013-03-23", "", "", ""}}},
	{"the same words in a Monday paper are the Saturday just gone", "2013-03-25", "Saturday's match was postponed because of snow.",
		[]want{{"Saturday", "DATE", "2013-03-23", "", "", ""}}},
	{"the day an event was moved to is the nearest too, after the day it was moved from", "2013-03-22", "Saturday's match was postponed to Sunday because of snow.",
		[]want{{"Saturday", "DATE", "2013-03-23", "", "", ""}, {"Sunday", "DATE", "2013-03-24", "", "", ""}}},
	{"counter-example: with no calling off the past tense gives the past day", "2013-03-22", "Saturday's match was played in the rain.",
		[]want{{"Saturday", "DATE", "2013-03-16", "", "", ""}}},

	// a span of years: the first year's expression and value, the interval of them all
	{"'the 2013-14 season' spans two years", "2013-03-22", "The 2013-14 season starts in August.",
		[]want{{"2013", "DATE", "2013", "", "2013-01-01", "2014-12-31"}, {"August", "DATE", "2013-08", "", "", ""}}},
	{"'1990-94' spans five years", "2013-03-22", "He served as mayor from 1990-94.",
		[]want{{"1990", "DATE", "1990", "", "1990-01-01", "1994-12-31"}}},
	{"counter-example: an ISO day is no span of years", "2013-03-22", "It rained on 2011-12-05.",
		[]want{{"2011-12-05", "DATE", "2011-12-05", "", "2011-12-05", "2011-12-05"}}},
	{"counter-example: two digits not after the year are no span", "2013-03-22", "Rates in 2011-09 fell.",
		[]want{{"2011", "DATE", "2011", "", "2011-01-01", "2011-12-31"}}},

	// "this quarter" right after a reported quarter, in a sentence of figures, is that quarter
	{"'This quarter's loss' after a report on the third quarter, in November, is the third quarter", "2013-11-01",
		"The company reported a net loss of $8.1 million for the third quarter ended Sept. 30. This quarter's loss includes charges of $4.9 million.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"Sept. 30", "DATE", "2013-09-30", "", "", ""}, {"This quarter", "DATE", "2013-Q3", "", "2013-07-01", "2013-09-30"}}},
	{"counter-example: a forecast for this quarter is the quarter under way", "2013-11-01",
		"The company reported a net loss of $8.1 million for the third quarter ended Sept. 30. This quarter, it expects sales to rise 5 percent.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"Sept. 30", "DATE", "2013-09-30", "", "", ""}, {"This quarter", "DATE", "2013-Q4", "", "", ""}}},
	{"counter-example: 'this quarter' in the present after a reported quarter is the quarter under way", "2013-11-01",
		"The company reported a net loss of $8.1 million for the third quarter ended Sept. 30. This quarter, sales are running 5 percent ahead.",
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "", ""}, {"Sept. 30", "DATE", "2013-09-30", "", "", ""}, {"This quarter", "DATE", "2013-Q4", "", "", ""}}},
	{"counter-example: with no quarter reported before, the calendar quarter", "2013-11-01", "Sales rose 5 percent this quarter.",
		[]want{{"this quarter", "DATE", "2013-Q4", "", "", ""}}},
	{"'the week before' in a past clause after a month to come: PAST_REF", "2013-03-22", "Early next month, it will publish data. The week before, it had warned.",
		[]want{{"Early next month", "DATE", "2013-04", "START", "", ""}, {"The week before", "DATE", "PAST_REF", "", "0", "0"}}},
	{"counter-example: 'the week before' a day to come, in the future tense", "2013-03-22", "The summit is set for May 3. The week before, ministers will meet.",
		[]want{{"May 3", "DATE", "2013-05-03", "", "", ""}, {"The week before", "DATE", "2013-W17", "", "", ""}}},
	{"counter-example: 'the year before' a past year", "2013-03-22", "The war began in 2003. The year before, inspectors had searched the country.",
		[]want{{"2003", "DATE", "2003", "", "", ""}, {"The year before", "DATE", "2002", "", "", ""}}},

	// a plain present verb after a relative clause set off by commas is the main verb
	{"'Real Madrid, who beat Barcelona last weekend, host Celta on Saturday night': the coming Saturday", "2013-03-22",
		"Real Madrid, who beat Barcelona 2-1 last weekend, host Celta on Saturday night.",
		[]want{{"last weekend", "DATE", "2013-W11-WE", "", "", ""}, {"Saturday night", "TIME", "2013-03-23TNI", "", "", ""}}},
	{"counter-example: a past main verb after the relative clause keeps the past", "2013-03-22", "The rebels, which seized the town, lost it on Monday.",
		[]want{{"Monday", "DATE", "2013-03-18", "", "", ""}}},

	// "a second-" before a hyphen is an ordinal
	{"'a second-half goal' holds no duration of a second", "2013-08-02", "He scored a second-half goal.", nil},
	{"counter-example: 'lasted a second' is one", "2013-08-02", "The blackout lasted a second.",
		[]want{{"a second", "DURATION", "PT1S", "", "", ""}}},

	// a weekday before "next week", "last week", "this week" is that week's
	{"'Monday next week' is next week's Monday, not today", "2013-03-18", "Officials will meet again Monday next week.",
		[]want{{"Monday", "DATE", "2013-03-25", "", "", ""}, {"next week", "DATE", "2013-W13", "", "", ""}}},
	{"'Friday last week' is last week's Friday", "2013-03-20", "They met Friday last week.",
		[]want{{"Friday", "DATE", "2013-03-15", "", "", ""}, {"last week", "DATE", "2013-W11", "", "", ""}}},
}

func TestFindClasses(t *testing.T) { runFormCases(t, classCases, true) }
