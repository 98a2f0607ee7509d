package timex

import "testing"

// round10ObitCases are the rules adopted after tagging the obituaries and
// profiles of testdata/news (560-573), each with counter-examples, and the
// sentences of their self-review: the trigger words in another sense or
// another tense. A value left "" is not checked.
var round10ObitCases = []formCase{
	// "like yesterday": the idiom of a memory still fresh
	{"'It feels like yesterday', 'it seems like only yesterday', 'I remember it like it was yesterday', 'as if it were just yesterday': an idiom, no day", "2025-04-15",
		"\"It feels like yesterday,\" she said. It seems like only yesterday. I remember it like it was yesterday. He spoke of it as if it were just yesterday.",
		[]want{}},
	{"counter-example: a possessive after 'like' ('felt like yesterday's rally') is the day before", "2025-04-15",
		"Tuesday's session felt like yesterday's rally all over again.",
		[]want{{"Tuesday", "DATE", "2025-04-15", "-", "", ""}, {"yesterday", "DATE", "2025-04-14", "-", "", ""}}},
	{"counter-example (self-review): 'yesterday' as a subject after 'like', or the weather that 'looked like' it did yesterday, is the day before", "2025-04-15",
		"It seemed like yesterday was the worst of it. The sky looked as it did yesterday.",
		[]want{{"yesterday", "DATE", "2025-04-14", "-", "", ""}, {"yesterday", "DATE", "2025-04-14", "-", "", ""}}},
	{"counter-example (self-review): 'he looked like he had yesterday' and 'like yesterday, the market fell' keep the day", "2025-04-15",
		"Like yesterday, the market fell. He felt it was yesterday that counted.",
		[]want{{"yesterday", "DATE", "2025-04-14", "-", "", ""}, {"yesterday", "DATE", "2025-04-14", "-", "", ""}}},

	// a holiday's name on a place
	{"'at Easter Road', 'Christmas Island', 'Easter Island': a place named after the day, as 'Friday Street'", "2015-07-06",
		"He was at Easter Road last month. Flights to Christmas Island and Easter Island resume in May.",
		[]want{{"last month", "DATE", "2015-06", "-", "", ""}, {"May", "DATE", "2016-05", "", "", ""}}},
	{"counter-example: the holiday before a lower-case noun ('the Easter road trip', 'Christmas park closures') stays the day", "2015-03-02",
		"Traffic peaks on the Easter road trip. Christmas park closures were announced.",
		[]want{{"Easter", "DATE", "2015-04-05", "", "", ""}, {"Christmas", "DATE", "", "", "", ""}}},
	{"counter-example (self-review): 'Easter Sunday', 'Christmas Day' and 'Easter Monday' are the days", "2015-03-02",
		"Services are held on Easter Sunday and Easter Monday, and on Christmas Day.",
		[]want{{"Easter Sunday", "DATE", "2015-04-05", "", "", ""}, {"Easter Monday", "DATE", "2015-04-06", "", "", ""}, {"Christmas Day", "DATE", "", "", "", ""}}},
	// "the following decade" is ten years from the story's date
	{"'over the following decade', 'The following decade': ten years, a duration, as 'the next decade' and 'the decade that followed'", "2021-05-04",
		"The group listed in 1999 and tripled its capacity over the following decade. Sales tripled over the following decade.",
		[]want{{"1999", "DATE", "1999", "-", "", ""}, {"the following decade", "DURATION", "P10Y", "-", "", ""}, {"the following decade", "DURATION", "P10Y", "-", "", ""}}},
	{"counter-example: 'the following year', 'the following month' stay the calendar unit after the story's date", "2021-05-04",
		"The group listed in 1999. The following year it bought a rival, and the following month it cut jobs.",
		[]want{{"1999", "DATE", "1999", "-", "", ""}, {"The following year", "DATE", "2000", "-", "", ""}, {"the following month", "DATE", "", "", "", ""}}},
	{"counter-example (self-review): 'following' as a verb or a preposition ('following a decade of war', 'the decade following the war') gives no 'following decade'", "2021-05-04",
		"Following a decade of war, the country rebuilt. The decade following the war was hard.",
		[]want{{"a decade", "DURATION", "P10Y", "-", "", ""}}},

	// "for over N units": more than
	{"'for over 60 years', 'for over a decade': more than, Mod MORE_THAN ('over' outside the extent)", "2012-02-05",
		"She was a member for over 60 years. He has worked there for over a decade.",
		[]want{{"60 years", "DURATION", "P60Y", "MORE_THAN", "", ""}, {"a decade", "DURATION", "P10Y", "MORE_THAN", "", ""}}},
	{"counter-example: 'spread over three years', 'Over 60 years, the town grew' are the stretch, no bound", "2012-02-05",
		"Payments are spread over three years. Over 60 years, the town grew.",
		[]want{{"three years", "DURATION", "P3Y", "-", "", ""}, {"60 years", "DURATION", "P60Y", "-", "", ""}}},
	{"counter-example (self-review): 'over' after 'for' that is no number ('for over the weekend', 'voted for over-55s') keeps its form", "2012-02-05",
		"The shop closed for over the weekend. Residents voted for over-55s housing.",
		[]want{{"the weekend", "DATE", "", "", "", ""}}},

	// a bare hour joined by a hyphen to an hour with a.m. or p.m.
	{"'Monday, 4-8 p.m.' in a notice: two clock times, the first on the second's half of the clock", "2012-02-05",
		"Family will receive friends Monday, 4-8 p.m., at the funeral home.",
		[]want{{"Monday", "DATE", "2012-02-06", "-", "", ""}, {"4", "TIME", "2012-02-06T16:00", "-", "", ""}, {"8 p.m.", "TIME", "2012-02-06T20:00", "-", "", ""}}},
	{"counter-example: a later first hour ('9-3 a.m.'), a spaced hyphen, an age ('aged 4-8') or no a.m./p.m. ('open 9-5') gives no first clock time", "2012-02-05",
		"The shift runs 9-3 a.m. on weekdays. The office is open 9-5. Classes for children aged 4-8 p.m. sessions.",
		[]want{{"3 a.m.", "TIME", "", "", "", ""}, {"8 p.m.", "TIME", "", "", "", ""}}},
	{"counter-example (self-review): a score or a count before 'p.m.' words ('won 4-8 in the p.m. session' has no clock time at 4)", "2012-02-05",
		"The team lost 4-8 in the final. Rooms 4-8 are closed.",
		[]want{}},
	// a death notice's line of the rites to come
	{"'Mass of Christian Burial Tuesday, 10 a.m.', 'Interment Tuesday', 'Memorial service Saturday, 2 p.m.': a verbless notice line opening with the rite is to come", "2012-02-05",
		"She died Thursday. Mass of Christian Burial Tuesday, 10 a.m., at the church. Interment Tuesday at Calvary Cemetery. Memorial service Saturday, 2 p.m., at the hall.",
		[]want{{"Thursday", "DATE", "2012-02-02", "-", "", ""}, {"Tuesday", "DATE", "2012-02-07", "-", "", ""}, {"10 a.m.", "TIME", "2012-02-07T10:00", "-", "", ""}, {"Tuesday", "DATE", "2012-02-07", "-", "", ""}, {"Saturday", "DATE", "2012-02-11", "-", "", ""}, {"2 p.m.", "TIME", "2012-02-11T14:00", "-", "", ""}}},
	{"counter-example: a rite with a verb keeps its tense ('Funeral was Tuesday', 'Burial followed Tuesday', 'The funeral Tuesday drew hundreds')", "2012-02-05",
		"Funeral was Tuesday at the church. Burial followed Tuesday. The funeral Tuesday drew hundreds.",
		[]want{{"Tuesday", "DATE", "2012-01-31", "-", "", ""}, {"Tuesday", "DATE", "2012-01-31", "-", "", ""}, {"Tuesday", "DATE", "2012-01-31", "-", "", ""}}},
	{"counter-example (self-review): 'Mass' and 'Services' in other senses ('Mass protests Tuesday in Cairo.', 'Services resumed Tuesday.') are no rite", "2012-02-05",
		"Mass protests Tuesday in Cairo. Services resumed Tuesday.",
		[]want{{"Tuesday", "DATE", "2012-01-31", "-", "", ""}, {"Tuesday", "DATE", "2012-01-31", "-", "", ""}}},
	// a month and day inside a stretch counted forward from the story's date
	{"'In the spring of 1942 ... Over the next four months ..., and on June 2 he was shot down': the story's year, though June 2 of this year has passed", "2006-10-07",
		"He joined the RAF in 1937. In the spring of 1942 he was posted to Malta. Over the next four months he destroyed seven aircraft, and on June 2 he was shot down. He was decorated that autumn.",
		[]want{{"1937", "DATE", "1937", "-", "", ""}, {"the spring of 1942", "DATE", "1942-SP", "-", "", ""}, {"the next four months", "DURATION", "P4M", "-", "", ""}, {"June 2", "DATE", "1942-06-02", "-", "", ""}, {"that autumn", "DATE", "1942-FA", "-", "", ""}}},
	{"counter-example: with no stretch between ('born in March 1931. He died on June 2') or a day beyond the stretch ('the next two weeks ... on May 20' after March 1982) the tense decides", "2006-10-07",
		"He was born in March 1931. He died on June 2. In March 1982 troops landed. In the next two weeks they advanced, and on May 20 they took the port.",
		[]want{{"March 1931", "DATE", "1931-03", "-", "", ""}, {"June 2", "DATE", "2006-06-02", "-", "", ""}, {"March 1982", "DATE", "1982-03", "-", "", ""}, {"the next two weeks", "DURATION", "P2W", "-", "", ""}, {"May 20", "DATE", "2006-05-20", "-", "", ""}}},
	{"counter-example (self-review): a stretch to come ('will spend the next four months') or the present ('Over the next four months he plans ... on June 2') keeps the tense's day", "2006-03-07",
		"In the spring of 1942 he was posted to Malta. Over the next four months his son will retrace the route, and on June 2 he will lay a wreath.",
		[]want{{"the spring of 1942", "DATE", "1942-SP", "-", "", ""}, {"the next four months", "DURATION", "P4M", "-", "", ""}, {"June 2", "DATE", "2006-06-02", "-", "", ""}}},
	{"counter-example (self-review): a story's date that is a year alone ('In 1990 the plant closed. Over the next two months ... on Jan. 15') may be crossed by the stretch: the tense decides", "2006-10-07",
		"In 1990 the plant closed. Over the next two months workers protested, and on Jan. 15 they occupied it.",
		[]want{{"1990", "DATE", "1990", "-", "", ""}, {"the next two months", "DURATION", "P2M", "-", "", ""}, {"Jan. 15", "DATE", "2006-01-15", "-", "", ""}}},
}

func TestRound10Obit(t *testing.T) { runFormCases(t, round10ObitCases, true) }
