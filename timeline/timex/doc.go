// Package timex finds temporal expressions in news text and normalises them
// in the terms of TimeML's TIMEX3 against a reference date (an article's
// publication date).
//
// The package does no I/O and holds no mutable global state; every function
// is safe for concurrent use.
//
// # How it works
//
// Find splits the text into tokens (runs of letters, runs of digits, single
// punctuation runes; each knows whether white space or a line break precedes
// it) and walks them once. At each token that can begin an expression it
// tries hand-written parsers and keeps the longest match; no regular
// expressions are involved. Each parser resolves its value at once, from the
// reference date, the sentence's tense cues, and the date the text last
// established (the anchor). Curly apostrophes count as "'", the Unicode
// hyphens U+2010 and U+2011 as "-", and any Unicode space as a space.
//
// Tagger does the same work as Find while reusing its storage from call to
// call.
//
// # Extents
//
// Extents follow the TimeBank/TempEval-3 annotation: a leading "the" belongs
// to "the weekend", "the third quarter", "the past three years", "the 22
// days", "the end of the year"; "early", "late", "mid-" and "nearly", "more
// than", "less than", "at least" (before a duration), "up to", "around" are
// inside; "about",
// "almost" and "over" stay outside (their meaning goes into Mod: "for
// over 60 years" is MORE_THAN, as "for more than"; "spread over three
// years" and "Over 60 years, the town grew" are the stretch, no Mod), except
// "almost" before a point counted back ("almost four years ago", "almost a
// year earlier": it bounds the point, as "nearly" does, and TimeBank takes
// it in; "for almost two weeks" keeps it out); "on", "in",
// "since" and other prepositions stay outside; "the third-quarter results"
// leaves the article out, and so does any compound adjective before its
// noun: a count above one with a singular unit, its hyphen left out ("the
// two day rally", "the 24 hour strike": "two day"; "the two days of music"
// keeps it), and a month joined to "early", "late" or "mid" by a hyphen
// ("the late-November trip", "the mid-March deadline": "late-November";
// "until the late-March" and "the late November trip" keep it). "earlier
// this month" is one expression whose interval runs from the first of the
// month to the reference day. "the better part of a decade" ("the best
// part of two weeks") is one expression, most of the duration, Mod
// LESS_THAN as "nearly a decade"; before a date ("the better part of
// 2014") the phrase stays out and the date is found alone. A doubled
// article ("at the the end of November") is a slip of the copy: the
// expression opens at the second.
//
// # Values
//
//   - Dates: 2025-12-01, weeks 2025-W48 (ISO weeks, two digits), weekends
//     2025-W48-WE, months 2025-04, quarters 2025-Q3, halves 2025-H1, seasons
//     2025-SP/SU/FA/WI, years 2025, decades 199, centuries 20; times
//     2025-12-01T14:00 and parts of days 2025-12-01TMO/TAF/TEV/TNI ("tonight",
//     "this morning", "Sunday night"); vague references PRESENT_REF ("now",
//     "currently"), PAST_REF ("recently", "in recent years"), FUTURE_REF ("in
//     the coming quarters", "the coming days and weeks"); "in recent weeks"
//     ("days", "months") is a stretch up to now, PXW, as TimeBank marks it
//     five times in six, and "in the coming weeks" ("days", "months",
//     "years", "decades"; "the next few days") a stretch from now, PXW, as TimeBank
//     marks it four times in six ("the coming decades" PXDE, as "the next
//     few decades").
//   - Durations: P3Y, P30D, PT3H, P2Y6M ("2 1/2 years"), PXY ("several
//     years"); "a decade" is P10Y. A figure with one or two decimals is
//     one figure ("2.25 hours", never "25 hours"); its fraction is
//     written in the next smaller unit only when that makes a whole
//     number of it ("7.5 years" P7Y6M, "2.25 hours" PT2H15M), else it
//     keeps its decimal ("11.4 days" P11.4D, "1.5 weeks" P1.5W: a value
//     rounded to whole hours or days would be a wrong one). Seconds may
//     have three decimals, as lap times do ("one minute 40.666 seconds"
//     PT1M40.666S); before any other unit three digits after a point may
//     be a thousands separator ("1.555 years"), and no figure is read.
//     "a week on Friday", "two weeks on Saturday" (British) are one date,
//     the coming weekday and so many weeks, but not in a past clause nor
//     after an amount ("rose 2% a week on Friday": a rate and a day). Adjectival forms ("a 30-day ceasefire",
//     "a nearly four-year-old war", "decades-long") are durations, the
//     article left to the noun ("a week-long crisis": "week-long"). A person's
//     age ("a 44-year-old man", "37 years old", "a 44-year-old
//     anti-abortion protester", "the 28-year-old quarterback": a person
//     noun, or a noun of a role, within five words, or a preposition,
//     "named", "identified" or "whose" right after the age: "a
//     19-year-old named Daniel Reece") is not an expression; nor is it
//     with the noun left out before a verb in -ing and its object ("A
//     40-year-old earning $25,000 a year", "a 30-year-old paying the full
//     premium"; "a 150-year-old building in Paris" is a thing's age, a
//     duration), nor before a determiner, which opens another phrase and
//     so shows the noun left out ("handing the 26-year-old a three-year
//     contract").
//     Durations carry no interval, except days and weeks counted from the
//     narrative's day ("two days later": the day it points to). Compounds are one duration: "2
//     hours, 22 minutes and 55 seconds" is PT2H22M55S; each part must be the
//     next smaller unit, so "a century, 60 years" is a list of two. The
//     comma may be left out, as race times and margins are written ("by
//     one minute 18 seconds", "in two hours 15 minutes 20 seconds"),
//     when a figure and the next smaller unit follow.
//     A range is one duration valued by its lower bound, as TimeBank
//     does: "two to three weeks" P2W, "10-15 years" P10Y, "four or five
//     years" P4Y; after "the next", "the past", "the last", "the first"
//     the determiner is inside it ("the next four to six weeks" P4W, as
//     TBAQ marks "the next 12 to 18 months").
//     "weeklong" is P1W, "decade-old" P10Y, "century-old" P100Y,
//     "half-hour" PT30M, "a year-old dispute" P1Y ("year-old", the
//     article to the noun), "a quarter century" P25Y, "1,300 years" P1300Y,
//     "two dozen years" P24Y, whole thousands of years millennia as
//     TimeBank writes them ("two thousand years", "2,000 years" P2L),
//     and so is a count of millennia ("three millenniums", "two
//     millennia" P3L, P2L; not "two millennia ago" nor "millennia old",
//     an age; round10_leftB). "all day", "all night", "throughout the
//     night" are left untagged: TBAQ's gold leaves "events were held all
//     day" untagged, and tagging it lowered strict F1; "the year so far"
//     ("the biggest of the year so far") is the reference year, unless a
//     year before it in its sentence is another (none);
//     "several hundred years", "a few thousand years" PXY; "in
//     the weeks before the shooting" is PXW ("weeks", the article left out),
//     as are "the years since" and "the years that followed". One unit
//     ahead, "the year ahead", "the week ahead", "the month ahead", is that
//     unit from now on (P1Y, P1W, P1M, the article inside), as TimeBank
//     marks "the weeks ahead"; "the week ahead of the vote" is before the
//     vote and "a busy week ahead" has no article: neither is tagged. Stretches of
//     no stated length: "the weeks ahead", "the years to come", "over the
//     years" (the article inside), "the first hours of the war", "the
//     final days", "in years" after a superlative or "the first time"
//     ("the lowest level in decades", "the worst storm we've seen in
//     decades": an apostrophe is no clause break), a bare plural before "of" after a
//     word of passing time or opening a sentence ("after months of talks",
//     "Years of war"), a bare plural before "before", "after", "later",
//     "earlier" opening a clause or after a verb, "come" among them ("Hours before the vote", "The findings come days before a conference",
//     "was killed weeks after the bombing"), and a bare plural before "away" ("still decades away", "weeks away from a
//     deal") or after a verb of spending time ("could take months", "took
//     centuries to build", "spent years", "lasted hours", "waited hours")
//     or after "have", "had" before "to" and a verb, or "left" ("Ministers
//     have had weeks to get round the table", "has years to comply", "had
//     hours left"; "have months of data", "had weeks to the deadline" are
//     not so read, nor days of a kind: "has had days to remember", "has
//     hours to suit commuters"),
//     after "went back", "dates back" ("The roots went back decades"),
//     before "of" after a verb that plunges its object into it ("plunged
//     Cuba into years of hardship"; "divided the calendar into months of
//     equal length" names units), before "earlier" closing a clause after
//     a verb's object, as before "before" ("had fled the country days
//     earlier"),
//     a bare plural after a form of "be" before "before", "since",
//     "behind", "old", "late" ("it could be years before the plant
//     reopens", "it has been months since", "is decades old"), "a while" after "for",
//     "in", "after" (PXX). "the past year and a half" is P1Y6M, "the latest
//     nine months" P9M, "the trailing 12 months" (finance's "the past 12
//     months") P12M; without the article "trailing" is none ("trailing 3
//     points").
//   - "the new year" is the year about to begin when said from October
//     on, the year just begun in January and February, and no expression
//     otherwise.
//   - "at a later date", "as soon as possible", "the near term", "in the
//     short term", "over the medium term", "over the long term" are
//     FUTURE_REF ("the long-term lot", "the medium-term outlook" are
//     adjectives, no expression); so are "over medium term", "in short
//     term" ending a line (a headline, which drops the article; "in long
//     term care" is a noun); "in past
//     years" is PAST_REF.
//   - "the then-current price" is PAST_REF; "the current fiscal year" is
//     the reference year in the value, with no interval (as "fiscal
//     1989"). "the end of the fiscal year" (start, middle) is a point of a
//     fiscal year, valued by the year that names it, with no interval:
//     with its last day after it ("the end of the fiscal year on Sept.
//     30") that day's year; so "the end of the fiscal year" set off by a
//     comma right after a month or a day, closing its clause ("keep the
//     government open through September, the end of the fiscal year":
//     an apposition) takes that date's year; with no day, in a clause not in the past
//     tense, the reference year, as "the current fiscal year". A past
//     clause with no day, or a start before a day, does not say which
//     fiscal year: "the fiscal year" is left a duration there. "current",
//     "recent" and "future" alone ("current market
//     conditions") are no expression: TimeBank tags them about as often
//     as not, and the TempEval-3 test set less.
//   - "the recent past" is PAST_REF as "the past" is, and so is "the
//     distant past"; "the distant future", "the immediate future" are
//     FUTURE_REF as "the near future" ("the immediate future of the firm",
//     as "the future of", is none). "the foreseeable future" is left
//     untagged, as TimeBank leaves both its cases.
//   - A line in title case of three to 20 words with no sentence stop (a
//     headline: "Wages, Not Jobs, May Decide Next Year's Election") gives
//     its capitals no sense of a name: "Next Year" there is next year, as
//     a headline in capitals is read; in running text "ABC's This Week"
//     stays a name, and so it does in a headline after a possessive or a
//     capitalised "The" ("ABC's This Week Interviews Vice President",
//     "Bowie Returns With The Next Day Tour Dates"). Inside a sentence of
//     running text, right after another word, a capitalised "Today",
//     "Tonight", "Tomorrow", "Yesterday", "Now", "Last", "Next", "This"
//     (or "The Day") opens a name made of time words, a programme, a
//     paper or a film, and no expression ("HBO renewed Last Week
//     Tonight", "published in USA Today", "told NBC's Today show", "This
//     is VOA Today", "starred in The Day After Tomorrow"); such words
//     opening a sentence, a line or a quotation, or in a headline in
//     title case, stay dates. In a title-case headline "Last Week",
//     "This Month", "Next Year" right before a capitalised "Tonight",
//     "Today", "Tomorrow", "Yesterday" are a name too, since no sentence
//     puts two such words side by side ("Last Week Tonight With John
//     Oliver Renewed": none; "Storms Expected Tonight After Record Heat
//     Last Week" keeps both). A capitalised weekday and part of the day
//     before another capitalised word, in a line of running text, are a
//     programme's name ("appeared on Saturday Night Live", "ESPN's Monday
//     Night Football"): no expression; "on Saturday Night, police said"
//     stays a night. A weekday after "the" or "a" and before a
//     capitalised noun of a paper's name ("Times", "Telegraph", "Mirror",
//     "Herald", "Post", "Mail" ...) is the paper ("told the Sunday Times",
//     "a Sunday Telegraph columnist", after "weekly" or a possessive too:
//     "The weekly Sunday Times", "Britain's Sunday Telegraph"); "On Sunday Times Square was
//     packed" and "Sunday Mass" keep their day. A weekday before a
//     capitalised "Street", "Road", "Lane", "Avenue" or "Square" is a
//     place's name ("a branch on Friday Street"), no day.
//   - "of late" is PAST_REF as "lately" ("of late March" is the month's
//     end); "in years to come" ("decades", "weeks") is a stretch from now,
//     PXY, as "the years to come".
//   - "by mid-century", "until mid-decade" in a clause not in the past are
//     the middle of the century (decade) holding the reference day, as
//     "the middle of the century"; "mid-century modern" (a noun follows) is
//     a style, and "in mid-century" told in the past may be another
//     century: none.
//   - "at present" is PRESENT_REF as "currently" ("at present prices" is
//     an adjective, none); "the other day" is PAST_REF ("every other day"
//     is a set; after "one day" it is a contrast, none).
//   - "now" is PRESENT_REF also in "now that". "one day" after a modal or
//     "to" ("will one day be", "hopes to one day") is FUTURE_REF.
//   - "mid-afternoon", "mid morning", "late afternoon", "early morning" are
//     a TIME (Mod MID, END, START) of the day named after them
//     ("mid-afternoon yesterday", "late afternoon Friday"), or with no day
//     the day a bare clock time would take (the day named earlier in the
//     sentence or in a past-tense sentence before; else the reference day)
//     in the value and no interval; before "hours of" and a day ("in the
//     early morning hours of Friday") that day's. "late-night" is an
//     adjective, none.
//     "the morning", "the afternoon", "the evening" after "in", "during",
//     "by", "until" are that part of the day named in the sentence or in a
//     past-tense sentence before (value only, no interval); with no such
//     day, in a past-tense report ("Markets were closed in the
//     afternoon"), the reference day's (value only), unless a month or a
//     year of an earlier year, not after "since", was named in the
//     sentence or the one before ("In June 1944, troops landed and fought
//     through the afternoon": a day the text does not give, none) or a
//     weekend, week, month or year over before the reference day was named
//     before it in the sentence, outside an aside between commas ("Last
//     week, residents hid in shelters through the afternoon", "In May,
//     ..." in July: none); otherwise, after
//     advice ("urged residents to stay indoors in the afternoon") or
//     before a noun ("during the morning rush hour"), none (a "to" before
//     a conjunction that opens a clause of its own in the past, "as the",
//     "while they" and a past verb, is no advice over it: "Residents fled
//     to shelters as the shelling went on through the afternoon" reports
//     the day; "urged residents to stay indoors as a precaution in the
//     afternoon", "told volunteers to act as the police in the
//     afternoon" stay advice, and so does a habit of old: "Children used
//     to play in the streets while the men worked in the fields in the
//     afternoon" gives none); but in a
//     night told on (see narrativeTimeDay below: "By 5 p.m. police had
//     sealed off the block, and residents were told to stay indoors through
//     the evening") it is that night's day, even after advice, unless
//     the part begins earlier in the day than the night's last TIME ("By
//     11 p.m. ... until the afternoon" is another day's).
//   - "the next decade", "the coming decade", "the past decade", "the
//     following decade" ("listed in 1999 and tripled its capacity over the
//     following decade": ten years from the story's date, as "the decade
//     that followed"; "the following year" stays the calendar year) (and
//     century, but see "the last century" below) are durations, P10Y: ten years from or up to now, as "the
//     past ten years", not a calendar decade; "the past half century"
//     ("the next half-century") is P50Y and "the past half-decade" P5Y,
//     no half of a year, and "the past quarter century" ("the last
//     quarter-century") P25Y, no quarter of a year ("the last quarter of
//     the century" is none); "the last decade" keeps
//     TimeBank's value, the calendar decade gone. A headline leaves the
//     article out ("prices staying above pre-crisis levels over next
//     decade": P10Y after "over", "within", "for", "in"), while running
//     text's "early next decade" is the calendar decade.
//   - "Fifteen-year-olds", "10-year-olds" are people of that age, no
//     expression; so are "16-24 year olds", "six month olds", written
//     without their hyphens (a year, month or week right before "olds").
//   - "20 milliseconds" is PT0.02S ("microseconds", "nanoseconds"
//     likewise); "millions of years", "billions of years" are PXY; a
//     counted "165 million years", "4.5 billion years" is in millennia,
//     P165000L, P4500000L (with "ago" PAST_REF, as below).
//   - Sets: "every week" P1W, "daily" P1D ("weekly", "daily" before a
//     capitalised name are a newspaper, "the Israeli daily Haaretz",
//     unless a noun of a report, a survey or a meeting closes the name:
//     "USDA's weekly Crop Progress report" is P1W), "annually" and "each year" P1Y,
//     "every fifth day" P5D, "every second week" P2W (one in n, as "every
//     other day" P2D; "every third person" is none),
//     "quarterly" P3M as an adverb ("pays a dividend quarterly"; "its
//     quarterly dividend" is no expression),
//     "every Monday" and "on Sundays" XXXX-WXX-1 and -7 ("every other
//     Tuesday", "every second Monday" too: a set of that weekday; "every
//     second vote" is no time), "every Saturday
//     night" XXXX-WXX-6TNI, "Tuesday nights", "Sunday mornings"
//     XXXX-WXX-2TNI, XXXX-WXX-7TMO (in "on Monday and Tuesday nights"
//     both weekdays are such sets), a weekday right before a noun of a
//     working regime ("penalty rates for Sunday work", "a ban on Saturday
//     working", "Sunday opening", "Saturday overtime", "Sunday penalty
//     rates", "Sunday shifts") XXXX-WXX-7, the work of every such day
//     (a determiner or a preposition of the day before it, "the Sunday
//     overtime", "On Sunday work resumed", work on a thing, "Sunday work
//     on the bridge", "the Friday opening of the show", "a Sunday
//     opening night" and "a Sunday penalty shootout" keep the one day,
//     and so do a weekday after a verb of saying, "Officials said Sunday
//     work would resume", the day of the saying, and "shifts" as a verb,
//     "Attention Sunday shifts to the Senate"),
//     "twice a week"
//     (the "a week"), "$33 million a year", "5 percent a year" (the "a
//     year"; "7% a year" too, and "2.5 per cent a year" in British and
//     Commonwealth spelling, the figure before "per cent" making it an
//     amount), "5.25 percent per annum" (the "per
//     annum", the Latin of "per year"; "a per diem" is an allowance, none),
//     "every few days" PXD. "a year" before "after",
//     "before", "later", "earlier", "ago", or "in advance" (not before
//     "of", nor after "times" or an amount: "twice a year in advance of
//     the summit", "$5 a year in advance" are rates) is a distance, not a
//     rate ("plan the works a year in advance": DURATION P1Y; "comes
//     a year after the launch": DURATION P1Y), except after an amount and
//     before what a rate is counted net of ("$145 a month after tax
//     credits", "5 percent a year after inflation", "7% a year before
//     fees": a SET, the noun ending its phrase: "a year after costs were
//     cut" is a distance); it is a distance after a verb
//     of time ("the ban lasts a year", "it takes a week"). A time spent
//     per period is a rate too: "an hour a day", "each extra hour a week",
//     "150 minutes of moderate activity a week", "eight hours of sleep a
//     night" (minutes or hours, or a figure of them and "of" and at most
//     three words, before "a day", "a week", "a month"). "last" after "to" or a modal
//     and before a duration is the verb ("is expected to last six weeks":
//     the expression is "six weeks").
//   - "last season", "the past season" are PAST_REF, "next season", "the
//     coming season" FUTURE_REF: a season of sport or the stage, or of
//     the year, which the words do not tell apart ("the last season of
//     the show", "the last season for him" are a final one, no
//     expression); "this season" says no more than "now" and is left
//     alone, as annotators leave it. Seasons counted ("in each of the past
//     three seasons", "the last two seasons", "three seasons") are seasons
//     of a sport or a show, which have no calendar length: no expression.
//     A set of seasons ("once a season", "every season", "each season")
//     is a SET with a season of the year's length, P3M: TimeML has no
//     unit of seasons, and a SET needs a value (it had none); a season of
//     sport recurs yearly, which the words do not tell ("every summer" is
//     XXXX-SU, a set of the named season). Annotators mark these extents,
//     so they are not dropped.
//   - "the rest of the week" ("day", "month", "year", "decade", "century";
//     "the remainder of the year") is the unit holding the reference day, its interval from
//     that day to the unit's end; in a past-tense clause the unit of the
//     day the narrative is on ("fell ill on Tuesday and stayed home for
//     the rest of the week"), or with no such day the reference unit
//     with no interval. A decade or century told in the past is one gone
//     by: that of the date last named, if it lies in an earlier decade
//     (century) than the reference day's ("In 1972 ... for the rest of the
//     decade": 197), or
//     it is none ("He spent the rest of the decade in exile after the 1979
//     revolution" is not the present decade).
//   - "on many days", "on some days" count days: no expression.
//   - "the fall" before "of" (with no year after it), "in", "from", "to"
//     is a noun of an event or a decline ("the fall of the Taliban", "the
//     fall in oil prices"): no season.
//   - "a quarter" before "of" (but "a quarter of an hour", "of a
//     century") or after "by", "than" ("shrank by almost a quarter") is a
//     fraction: no duration.
//   - "the latest week", "the latest month" (of weekly or monthly figures)
//     are the calendar week or month before the reference day's.
//   - "a quarter of an hour" is PT15M ("three quarters" PT45M); "another month" is P1M, "another 20 years" P20Y (the word inside); "the decade since", "in the year since the
//     attack" are P10Y and P1Y (the article inside).
//
// # Resolution rules
//
//   - A weekday name is the reference day itself when it is the reference
//     day's weekday ("on Monday" in a Monday paper), unless "last" or "next"
//     says otherwise. Otherwise the tense decides: future or present cues
//     ("will", "would", "'ll", "is expected", "scheduled", "plans", "set
//     to", "due to", "going to", "until", "is", "are") give the next such
//     day; past cues (verbs in -ed, irregular past forms such as "said",
//     "told", "met", "was") and clauses with no cue give the previous one.
//     "last Tuesday" is the previous Tuesday, "next Tuesday" the following
//     one, "this Tuesday" the one in the reference ISO week; "Monday next
//     week", "Friday last week" are that weekday of the week named after
//     it (two expressions). A bare weekday after "this week" in its
//     sentence is that day of the reference week, when it lies on the
//     side of now that "later" or "earlier" before "this week", or else
//     the tense, gives ("storms were possible later this week, with the
//     greatest risk on Wednesday" in a Tuesday paper is tomorrow).
//     "earlier", "later" right after a unit of time compare its count
//     and join no week after them ("will start 30 minutes earlier next
//     week": the duration and next week).
//   - A clause set off by a comma and "who" or "which" has a tense of its
//     own: with no cue inside it, the main clause's verb after the closing
//     comma does not decide ("The minister, who cut short his holiday on
//     Tuesday, is expected to visit on Friday": Tuesday is the one gone).
//     Its verb governs only what it holds: for an expression after the
//     clause has closed (", who ... ,", ", which ... ,", ", whose ... ,",
//     "— who ... —", or any clause in parentheses), the search for a cue skips the
//     clause and reads the main clause ("Obama meets Karzai, who arrived
//     on Tuesday, at the White House on Friday": the coming Friday, by
//     "meets"); the clause's cue counts only when the main clause has
//     none, and not when a verb in -s stands right after the clause
//     closes ("The envoy, who visited Kabul on Friday, reports to Congress
//     on Tuesday": that verb's present, the coming Tuesday). A comma with "and" or "or" between it and the expression is a
//     list's inside the clause, which does not close it ("The envoy, who
//     visited Kabul, Kandahar and Herat on Friday, will report": the
//     Friday gone). A
//     participle after a verb in -ing that a form of "be" or a verb of
//     beginning makes a verb is the adjective of its object ("would begin
//     flying stranded customers home on Tuesday": the modal decides), as
//     after a determiner ("The shelling killed nine" keeps its past).
//   - A future reported on a dated past day is measured from that day: in
//     "warned on Friday that the storm could strengthen during the weekend"
//     (published Monday) the weekend is the one after that Friday; this
//     needs a reporting verb ("said", "warned", "announced" ...) near the
//     earlier date in the same sentence.
//   - The tense of an expression is that of the nearest cue word before it in the
//     same sentence, or failing one, the nearest after it (within 25 words:
//     figures and punctuation do not count, so "$42.875 a share" does not push the
//     verb out of reach). Participles, regular or not, after "be", "been",
//     "being", "to" are no cue ("will be paid Dec. 14": the modal decides); after
//     "to be" they point forward ("talks to be held on Monday"); after "is", "are"
//     ("is headed to") they are present. A weekday in the possessive ("follows
//     Tuesday's declaration") is not sent forward by a present tense,
//     unless its noun phrase is the subject of a timetable verb with no
//     object ("Sunday's race starts at 2pm", "Saturday's final kicks off",
//     "Monday's hearing takes place", "gets under way": the day to come;
//     "starts", "begins" only before a time, a place or the clause's end,
//     since "Monday's trading starts lower" tells how the day went;
//     "Monday's attack begins a new phase" stays gone); a
//     weekday that is itself the subject of "brings", "sees", "marks"
//     ("Thursday brings the Galibier", "Saturday sees the final") is a
//     day of the timetable, to come, except in a line with no sentence
//     stop, a headline, whose present tells what happened ("Sunday sees
//     heaviest fighting in months", "Monday marks deadliest day for Iraq
//     this year", in sentence case or title case, with body text after
//     it or not: the day gone). What "marks" marks may be a day of the
//     calendar, known ahead: with "anniversary" or "N years since" within
//     six words ("Monday marks the 50th anniversary of the march",
//     "Friday Marks 50 Years Since Kennedy Assassination") the weekday is
//     the coming or current one, in a headline too. A plain
//     present verb of a timetable ("meet", "vote", "head", "gather" ...) after
//     "they", "we", "who", a name, a plural noun or a relative clause set off
//     by commas, after a sentence-opening plural noun and its
//     prepositional phrase ("Talks with the troika resume on Sunday"),
//     or after "and" closing a clause whose verb is "have",
//     "has", "is", "are" with no past verb after it but its own
//     participle, an adverb between or not ("have gone five games
//     without a win and face Bayern on Tuesday night", "have now lost
//     both matches, and face Sigma on Thursday"), or after "also" or
//     "still" right after a plural subject ("Rail passengers also face
//     disruption ... on Sunday"; "also met", "also faced" keep the past),
//     is present ("Ministers meet Monday", "Real Madrid, who won
//     last weekend, host Celta on Saturday"), unless "did" or "not" precedes or it follows a determiner
//     ("The vote on Sept. 11 was close" is a noun); "open" and "close" are not among
//     them ("Stocks close lower on Wednesday" reports the day gone),
//     except after a plural subject and before "at" and a clock time with
//     a.m. or p.m. ("Polls close at 8 p.m. on Sunday", "The doors open at
//     7:30 p.m. on Saturday": a timetable's hour). So are
//     "expires", "ends", "shuts", "starts", "resumes", "votes", "goes", "heads", "faces",
//     "comes", "arrives", "meets", "closes", "plays", "visits", "travels",
//     "testifies", "holds", "runs", "lasts", "continues", "reopens",
//     "debuts", "launches", "appears", "debates", "hears", "sits", "marks",
//     "unveils", "publishes", "decides", "sentences", "attends", "signs"
//     (and after a plural subject "mark", "celebrate", "commemorate":
//     "North and South Korea mark 60 years on Saturday")
//     and the like after anything but a determiner ("The deadline expires Monday",
//     "Parliament votes Tuesday", "The decision comes Thursday"; not "the votes
//     Tuesday"); after a day and "and" they are a second verb ("Early voting
//     began Thursday and ends Friday"). A participle after a determiner, or after an adverb in -ly
//     that follows one, is an adjective, no cue ("On Tuesday, the newly
//     elected president will visit Paris": the modal decides). A month and day after
//     "by" or "before" in a present-tense clause (after "by", also in a clause
//     with no tense cue) is a deadline to come ("the plan ends by Dec. 31");
//     so is one after the words of a formal deadline, "no later than", "not
//     later than", "on or before", in a clause not in the past ("asks Ban
//     to submit a plan no later than January 31"). A past participle
//     opening a phrase set off by commas after a noun, with the clause's
//     own verb after the closing comma ("Resolution 1881, adopted by the
//     council, asks ...", "The bill, passed in May, goes ..."), describes
//     the noun: it is no past of the clause. After a verb ("He arrived,
//     exhausted, and left") or as the main verb after a relative clause
//     ("First of America, which now has 45 banks, announced") it is.
//     A participle of sequence after a comma (", followed by", ",
//     preceded by") has no tense of its own: "The agreement provides for
//     a rise in January, followed by another on June 1st" takes the
//     present of "provides", a June to come. A pay rise's "backdated to"
//     dates its own object as gone, whatever the clause's tense ("will
//     get a rise backdated to April", "to the start of April", "Pay rises
//     backdated to April will be paid in June": the April gone), and gives no tense to what comes after it in the clause ("3%
//     backdated to April and 2% more from June" in a clause of "will
//     pay": June to come); after an auxiliary ("was backdated to April")
//     or a subject pronoun ("it backdated to April the grants") it is a
//     verb.
//     A past participle after a plural noun with the clause's own verb
//     after it ("Officials elected in June will take office") opens a
//     reduced relative: before a future or present main verb the date in
//     it has no tense cue (the nearest such date), neither the
//     participle's past nor the main verb's future; before "was", "were",
//     "had" it is past ("Cuts proposed in May were rejected"); "planned"
//     before a future is a plan to come ("Elections planned in June will
//     be delayed"), and so is a participle of booking ("booked",
//     "ticketed", "reserved") right before "for" or "through" and the
//     date ("travelers booked through Wednesday could change their
//     plans": the days of travel; "Tickets booked Wednesday will be
//     refunded" keeps the booking's day). A participle of plan
//     ("scheduled") in such a relative after the expression ("As of 3
//     p.m. EST, more than 2,800 flights scheduled for Monday had been
//     scrapped") is the noun's plan, no cue of the clause, nor is the
//     noun before it: the main verb's tense governs. Before a comma or
//     "and" with no verb after it, the participle is the clause's past
//     ("Rebels attacked on Sunday and were repelled").
//     A participle after a verb of state ("will stay closed through
//     Wednesday", "remain", "keep", "become") is an adjective, no cue.
//     "died", "fled", "sued" and other short past forms are past cues; adjectives
//     in -ed ("unspecified", "undisclosed", "alleged") are none. "scheduled",
//     "slated", "expected", "due", "set" after "had been" are past ("had been scheduled
//     to expire at midnight Friday", "had been due to expire Friday evening"). "since" is a past cue ("searching since the
//     Oct. 23 shooting"); "until" points forward unless "had" follows it in the
//     sentence ("Until Thursday, they had not called him a suspect"), and so
//     does "through" before a month or weekday when a verb of a new term
//     ("extended", "renewed", "prolonged", "postponed", "adjourned") stands
//     in its clause ("extended the program through June 30" in May is this
//     June; "kept the plant closed through Sept. 30", "sales rose this year
//     through April" stay a stretch gone by). A period
//     after a state's abbreviation ("Ala.", "Calif.") or "Ltd." ends the sentence
//     only before a capital. Modals ("may", "might", "should", "must", "could")
//     point forward, except "could have", "could not" (past). "plans to", "set
//     to", "due to", "going to", "was to" point forward; "planned" alone points
//     back, but "planned a" (an event) and the present passive "is planned",
//     "are planned" ("A rally is planned Saturday") point forward. A verb in -s after "who",
//     "which", "he", "she", "it" is present ("who faces an election on May 14"). A
//     past verb of a plan or promise ("agreed", "decided", "vowed", "promised"
//     ...) AFTER the expression is dated by it ("on Thursday agreed to plead
//     guilty": past); before it, it points forward ("vowed to act by Friday"),
//     except right before it with only "in", "on", "at" between, a simple
//     past dating the promise ("promised in November to resign": past; not
//     "are being planned on Saturday"), and except a day that closes a
//     phrase of the occasion of speaking after "in", "at", "during" with
//     no "to" or "that" between ("promised £2.3bn for flood defences in a
//     speech in Carlisle on Tuesday", "pledged more troops at a news
//     conference on Friday", "vowed lower taxes at a rally in Ohio on
//     Sunday", "during a televised debate on Thursday"; also "interview",
//     "statement", "remarks", "briefing", "address", "hearing",
//     "broadcast": the promise was made that day, past; "promised
//     a vote on Tuesday", "promised in a speech to resign on Friday",
//     "vowed to hold a news conference on Monday" still point forward), and except that a month or a day of the month after "agreed to", "decided to"
//     takes the nearest such date, since it may date the agreement or the deal.
//   - A month and day or a weekday right after "for" that ends its phrase
//     was planned and is to come, whatever the tense ("called a snap
//     election for Jan. 17", "announced a strike for Friday"). A plan
//     told as over or undone is for the day before: a past perfect ("had
//     been set for Tuesday but was called off"), "originally",
//     "initially" or "first" as an adverb ("originally planned for
//     Tuesday, was held on Wednesday", "was first set for Sept. 26"; "The
//     first debate is set for Sept. 26" is an ordinal before its noun, a
//     plan still on), or a change after it ("scheduled for Monday but
//     postponed"); a month so undone ("a conference initially planned
//     for late May" in June) is the one gone by (a plan still on leaves a
//     month to the tense: "sales for January" is no month to come). A noun after the day ("jailed for the Jan. 6 riot",
//     "for Monday's attack") leaves it to the tense. A headline's "for
//     Tuesday" ending its line, a blank line after it ("Nurses set strike
//     for Tuesday"), ends its phrase there too, and nothing in the body
//     below is read as its clause; a line of running text broken by hand
//     ("scheduled for Monday" and "but postponed" on the next line) is
//     read on.
//   - A weekday in a past-tense clause whose event was called off
//     ("Saturday's match was postponed", "the vote on Sunday was
//     cancelled") is the nearest such day, which may be still to come:
//     tomorrow's match in a Friday paper, the Saturday just gone in a
//     Monday one; so is the day it was moved to ("postponed to Sunday",
//     "adjourned until Thursday"), and the day of a plan told in the past
//     and undone later in the sentence ("He was scheduled to be arraigned
//     Monday, but the hearing was postponed" in a Wednesday paper: the
//     Monday gone, where "was scheduled to" alone points forward; "was
//     to be", "was due to" alike; the undoing a verb after "was", "were",
//     "been", not "the delayed report").
//   - A weekday in the possessive before a noun of an act reported once
//     done ("Wednesday's ruling", "Monday's attack", "Friday's crash") is
//     the past one whatever the tense ("would look for ways around
//     Wednesday's ruling"), unless a word of waiting precedes it ("ahead
//     of", "before", "awaiting"). "could" after "neither", "nor", "never",
//     "nobody", "no one" is past, as "could not" is ("Neither he nor his
//     wife could be located Wednesday").
//   - A weekday that dates an outcome noun ("his triumph on Sunday", "her
//     victory Sunday", "the minister's resignation on Monday") is the past
//     one whatever the tense around it: a win, a defeat, a death is
//     reported once it has happened; "an expected victory on Sunday" is not
//     one yet.
//   - A day as an ordinal word after a month ("July Fourth", "March
//     first") counts before punctuation or a word of a holiday ("the July
//     Fourth holiday"); "June second-quarter" is no date.
//   - "March" and "May", which are also a verb, a noun and a modal, are a
//     month bare only after a word that takes a date ("in", "since", "last"
//     ...) or, capitalised, between a determiner or a possessive and a
//     lower-case noun ("The March accession", "her May visit", "Russia's
//     March election"); a preposition, a verb or a capital after it makes
//     it a name ("the March on Washington", "the March of Dimes", "March
//     Madness"). After "in", "since", "until", "during", "from", "through",
//     "before", "after" or "by", a "May" written so is the month even
//     before a verb the modal takes ("Students who graduated in May face
//     high debt"): no modal follows a preposition ("MAY" in capitals
//     keeps the old reading; "by" after a participle may bring a
//     passive's agent, a person: "Measures announced by May face a
//     vote" gives none). Capitalised before "to", "through" or an attached hyphen
//     and a month's full name other than these two, it opens a span of
//     months ("vacancies for May to July 2015", "output for March-April"):
//     the modal's "may to some extent", "Theresa May to meet" have no month
//     after.
//   - A bare month after "since" is gone, even the one just ahead that a
//     bare month otherwise is ("has met every Sunday since August" in a
//     July paper: last August); "until August" keeps the coming one.
//   - "the end of the decade" (its start, its middle) in a past-tense
//     clause, after a year of an earlier decade was named, is that year's
//     decade ("In 1972 she started her own practice ... by the end of the
//     decade the firm employed 40": 197, END): the end of the present
//     decade is still to come, and no past clause tells of it. Its start
//     or middle does so only when the year stands in the same or the
//     previous sentence, and not later in the decade than the start (its
//     first three years) or middle (six) unless told back in a past
//     perfect ("founded in 2008. Sales rose at the start of the decade" is
//     the present decade's); in a clause not past, the present decade.
//   - A month and day without a year ("December 2", "23 April") and a bare
//     month ("in March") take the year, among last, this and next, whose
//     date is nearest the reference day; when the tense points the other
//     way and the candidate on its side lies within 340 days, that one wins
//     ("in June", past tense, in an April paper: last June; a present tense
//     does not count here, "under a June agreement", except a verb of a
//     timetable within twelve tokens before it or right after it ("Hanukkah
//     begins in mid-December"): "begins Oct. 1", "expires at
//     the end of the fiscal year on Sept. 30", "takes
//     effect Jan. 1", "expires", "opens", "closes", "shuts" ("the transfer
//     window shuts on Sept. 1"), "runs through", "lasts until",
//     and the phrases "goes on sale", "go into effect", "goes to the polls",
//     "hits theaters" ("stores", "shelves", "screens": a release, "The
//     film hits theaters Dec. 20") point forward), except that a
//     day within 45 days of the reference day is always that one ("headed
//     to a Dec. 6 runoff" in a November paper is this December's) unless a
//     past-tense verb right before it governs it, with at most "on", "in",
//     "at" or "effect" between ("died on Jan. 3", "took effect Jan. 1" in a
//     November paper are last January's, up to a year back), or the
//     verb of a deed done in the same clause within twelve words before
//     it, with no comma, "that", "and", "to", "by", "until" between and no
//     future cue before it in the sentence ("was stabbed outside a
//     nightclub in the early hours of New Year's Day" in a November paper
//     is last New Year's Day; a reporting verb, "was headed", "was
//     scheduled", "was postponed" date no deed; "am", "pm" after a figure
//     are a clock time, no present tense), or "will" ("shall") puts its
//     clause ahead (also through "until" after its verb: "will run until
//     Christmas", not for a day gone within two weeks, "will stay shut
//     until Jan. 6" in mid-January; and so does a plan in the present passive, "is
//     scheduled for Christmas Eve", "are slated for") with no date named
//     before it in the sentence ("The
//     troops will be home by Christmas", "The talks will resume on Dec.
//     28" in a January paper are next December's, up to a year ahead;
//     "expects to", "would" are weaker and leave the nearest day, but a
//     "would" that reports a speech act dated by a month or a day before
//     the reference day (a verb of speech or promise next to the date
//     named before it in its sentence, or a month after it as that verb's
//     day) names the first such day after it, the future of that past
//     ("promised in October that a decision would be made before
//     Christmas" in February is the Christmas gone; "In October, the
//     minister said the road would reopen by Christmas"; "said on Tuesday
//     that the road would reopen in December" is still next December; a
//     year alone frames nothing: "In 2011, he said the plant would open in
//     March" does not say which March); "In
//     December 2012, he said he will be home for Christmas" is 2012's;
//     so are "will be sentenced on Dec. 9", AP's "will be sentenced Dec.
//     9", "will travel on Dec. 20"; not a "will" whose verb looks back or
//     takes the day as its topic, "will cover Dec. 9", "will look back
//     on", "will mark the anniversary on", "will investigate what
//     happened on", nor one inside a quotation, which its reporting verb
//     may date in the past: "'I will be sentenced on Dec. 9,' he told
//     reporters in November"; nor a day the "will" does not govern as
//     its verb's own: a date named between them ("will return on Monday
//     after spending Christmas in hospital"), a noun phrase with a
//     determiner or a possessive or "than" between them ("will be charged
//     over the killing on Dec. 30", "will be compared with those of Dec.
//     26"), "back" ("going back to Dec. 20"), a possessive after the
//     day ("will appeal Dec. 20's verdict"), a participle after a noun ("refunds for flights cancelled on
//     Dec. 22"), "retroactively" or "backdated" between them, the date
//     before a noun ("tickets for Dec. 22 flights"), a past perfect
//     before it ("who had been promised they will be home by
//     Christmas"); nor a day gone within a week; and a past date
//     the sentence names frames the "will" only when it lies before the
//     day gone: named before it outside a clause set off by commas and
//     before no ", and" ("This year the airport will open on Christmas
//     Day" is next December's), or a month named after it as the day of
//     a verb of speech or promise ("..., the minister said on Dec. 1",
//     "said last month"; not "adding that March will be busy")), and
//     a bare month just ahead in the same year (it begins within 31 days)
//     is the coming one whatever the tense, unless a deed's past verb
//     governs it as it would a day ("peaked at 8.2 percent in April" in
//     March is last April): news copy names a month of the
//     current year bare and says "last September" for eleven months back,
//     so "told refiners of a cut in supplies in September" in an August
//     paper is next month ("fell in January" in a December paper is still
//     last January, of the current year). "last February" in a March paper
//     is last year's: the month just gone would be "last month" or a bare
//     "in February" ("last June" in a March paper is last year's too). The end of a range of months
//     ("from June through November", "June to August") is the first such
//     month from the range's start on. A range of bare months after
//     "from" that holds the reference month ("The monsoon season, which
//     runs from June to September, has brought less rain so far" in
//     September) is the current year's, the one under way, when the
//     clause is in the present ("will run from June to September" is the
//     next; "ran from June to September" is over, so of another year:
//     "In 2010, the monsoon, which ran from June to September, killed"
//     is 2010's). A range across the turn of the year holds the reference
//     month too when it falls in either part ("Winter, which runs from
//     December to March, has been mild" in February): the range under
//     way, begun last year (2013-12 to 2014-03 in February 2014; in
//     December, this year's December). An end that names its year with
//     "last year", "this year", "next year" dates the start as a written
//     year does ("ran from December to March last year" in January 2016:
//     December 2014, not a December after its own end), and so does "in"
//     and a year right after the end ("ran from December to March in
//     2014": December 2013).
//   - A bare month in a clause whose verb in the simple present follows
//     "usually", "typically", "normally", "generally", "traditionally"
//     ("The monsoon usually runs from June to September") is any year's
//     month, XXXX-06, with no interval: a habit, not a date; so with a
//     plural subject ("they", "we", a noun in -s) and the verb's plain
//     form ("Mills usually start crushing cane in October"), never a past
//     ("usually started") or a perfect ("has usually reported"). So is a bare
//     month in a future-tense sentence with "within" a stretch of years
//     or more ("could be ice-free in September within a few decades"),
//     or with "the next few decades", "the coming decades" after "in",
//     "over", "within", "during", opening the sentence ("In the next few
//     decades, we will see a blue Arctic Ocean in September") or after
//     the month with no comma between ("ice-free in September in the
//     coming decades"); not after "for", the stretch a plan runs ("will
//     open in March and run for the next 20 years" is next March), nor
//     as a subject or the horizon of another verb ("will sail in
//     September, the first of many voyages planned in the coming
//     decades"); an opening horizon reaches no clause after ", and", ",
//     but" ("Over the coming decades, the region will warm, and in August
//     the government will publish a plan" is next August). The habit goes on over "and" and a second verb of the
//     same subject in the present, a preposition or "again" after it
//     ("Rains usually return in mid-March and last until July",
//     "typically begin harvesting in late September and finish by
//     mid-November"), and over "and" and a second month closing the
//     phrase ("in January and February."); a new subject ("and
//     farmers plant in April"), an auxiliary ("and will last until July
//     this year"), a past ("and returned in May") or a deictic word ("and
//     last year it opened in April") is another clause. A season of the
//     weather, of nature or of the farm as the subject of "starts",
//     "begins", "ends", "peaks", "arrives", "finishes" in the present
//     ("The four-month rainy season starts in June", "the harvest season
//     peaks in January and February") is such a habit with no adverb; a
//     season of a year ("The 2015 hurricane season starts on June 1",
//     "This year's monsoon season"), "the new season" of sport, one in a
//     clause after "until", "when" ("Relief is not expected until the
//     monsoon season arrives in mid-July": this July), one in a sentence
//     dated by a weekday or "today", set apart by "this time", "this year"
//     (not after "but") or measured against the normal ("The monsoon season
//     starts in June, the weather office said on Monday, a week later than
//     normal": this June), and a
//     range with "runs" ("The flu season runs from October to May" in
//     August is the next) keep their dates. A season after
//     "the" or "in" in such a habit ("grows again through the winter") or
//     in a future sentence with a horizon of decades ("could be ice-free
//     in summer within a few decades") is any year's, XXXX-WI, XXXX-SU;
//     "within the next two years" is no horizon for a season ("would
//     return in the autumn and hoped to publish within the next two
//     years" is the coming autumn).
//   - A season after "a" and words of the weather ("a cold, wet spring",
//     "a hot and dry summer") in a past clause is the season it tells of:
//     of the year its sentence opened with ("Last year's crop was hurt by
//     a cold, wet spring": 2013-SP in 2014), else the last one gone ("after
//     a cool, wet spring pushed planting into June" in November: this
//     year's); not in a forecast ("expect a cold, wet spring"), not "a
//     political spring", and not when the sentence names a year or a
//     decade before it ("The 2012 crop was hit by a hot, dry summer": the
//     tense cannot say which).
//   - A month or day after "the" or a possessive, before a noun whose
//     relative clause has a timetable verb in the present ("the January
//     transfer window, which opens on Wednesday"), is the coming one,
//     whatever the tense before it.
//   - A bare month after "figures for", "data for", "results for",
//     "statistics for" is the month they cover, the nearest such month
//     whatever the tense ("Figures for January will be published next
//     month" in February are last month's).
//   - "the second half of the year" is of the year last named, but of the
//     reference year in a future-tense clause ("expects fees to fall in
//     the second half of the year").
//   - Halves without a year ("the second half") count only in a sentence
//     about money or the economy ("scored in the second half" is a match)
//     and follow the quarters' rule, except that a future-tense clause
//     always means the half to come; "the third quarter of the game" is no
//     quarter of a year.
//   - "Q3 2025", "H1 2025", "Q1'13" and the analysts' "4Q12", "2H13" are
//     that quarter or half; "Q4", "H2" alone
//     count only in a sentence of figures ("the Audi Q4" is a car, "H1N1"
//     a virus) and take their year as "the fourth quarter" does.
//   - "Q2 last year", "the second quarter last year", "the first half
//     next year" are one expression, that quarter or half of the year
//     named.
//   - "H2", "Q4" count also anywhere after a quarter, or a half with its
//     number or year, was named in the text, and a bare "the second half"
//     in that sentence or the one after it
//     ("For H1 2013 ... Analysts said H2 would be harder", "test $40 in
//     the first quarter. Any recovery is unlikely before the second
//     half"); a bare half before ("Sales rose in the second half. He
//     scored in the second half") is not enough.
//   - A quarter or half without a year after "before", "until", "by" in
//     a clause not in the past tense is one to come, as in a future-tense
//     clause ("unlikely before the second half" in January is this
//     year's).
//   - Quarters without a year are the quarter that began last, unless the
//     clause is in the future tense and that quarter ended more than 90 days
//     ago: companies report a quarter in the season after it ends
//     ("expects to report third-quarter earnings" in October is this
//     year's third quarter).
//   - "last March 3", "next March 3rd", "this November 24" are that day of
//     the month the words choose ("Last March 3 people died" counts
//     people: the month alone).
//   - "this/last/next week|month|year|quarter|decade" are the unit holding
//     the reference day, the one before, the one after; "the week (month,
//     year) before last" the one two back, "the week (month, year) after
//     next" the one two ahead. "a week from Monday", "two days
//     from today" count from that day, as "two weeks from now" from the
//     reference day; after "for" the count is a stretch that begins on
//     the day ("closed for a week from 3 January": a week, and 3
//     January). "the weekend" and
//     "over the weekend" are the weekend just gone, unless the clause is in
//     the future tense (or the reference day falls on the weekend itself).
//     "the week" ("for the week", "the week's most active session",
//     "ending the week", "through the week") is the
//     reference week, or the week of a past day named in its sentence or
//     the one before ("Stocks tumbled on Friday. For the week, the index
//     dropped 3.8%" in a Monday paper: the week of that Friday), unless
//     its clause is in the future tense. "the full
//     year", "for the year" in a sentence of figures after a quarter was
//     reported are the year of that quarter ("Fourth-quarter profit fell
//     ... For the full year, it earned $32 million" in a January paper is
//     the year just ended).
//   - "N days ago" is the exact day; "N weeks ago" and "a fortnight ago" are
//     the day 7N (14) days back with Mod APPROX: TimeML values "a week ago"
//     as that day, but news uses it loosely (talks "a week ago" in a Monday
//     paper were on the Sunday before). The interval is that one day; how
//     far to widen an approximate date is left to the consumer, who sees
//     Mod APPROX. "N months ago" is that month, "N years ago" that year;
//     "a few years ago" is PAST_REF, and so are "a generation ago", "two
//     generations ago" (no set number of years; "a generation" alone is
//     no expression). "half a century ago", "a decade and
//     a half ago" are the year so many years back, Mod APPROX; "a quarter
//     century ago" is the year 25 years back; "2,000 years ago" the year
//     0013 (four digits, so that it is no century), and a year before the
//     year 1 ("6,000 years ago") PAST_REF; "a year and a half ago" the
//     month 18 months back, Mod APPROX. "1-1/2
//     years", "1½ years" and "one-and-a-half years" are P1Y6M.
//   - Anaphoric expressions are anchored to the last date of day precision
//     the text established (any explicit or deictic date; the reference day
//     until one is seen): "two days later", "one day earlier", "the day
//     before", "the next day", "the following Monday", "later that day".
//     "two years later", "three months earlier" count from the date last
//     named when it stands in the same or the previous sentence ("joined
//     in 2015. Two years later" is 2017), else from the anchor or the
//     reference day; "N days later" in a past-tense clause with no date
//     named before is a duration, not days after the reference day; so is
//     "a few days later" once a date is named or in a past clause (it is
//     FUTURE_REF only with neither). Seconds, minutes and hours (under a
//     day in all: "about 30 minutes earlier", "90 minutes later") "later"
//     or "earlier" are the duration, "later" left out ("12
//     seconds later", "an hour earlier": PT12S, PT1H), as TimeBank marks
//     them: a stretch within the day the narrative is on, whose day value
//     would say nothing. Days and weeks "later" or "earlier" ("two days
//     later", "a week earlier") are the duration too, "later" left out (P2D,
//     P1W), as TimeBank marks them ("Three days later", "A day earlier"),
//     but they keep the day they point to as their interval (a week's
//     Mod APPROX), and that day becomes the anchor: a consumer dating
//     events reads the interval (Timex.DateValue gives it as a value).
//     "that year", "the following month", "the next year" use the last
//     date of any precision (a week counts by the day named within it, or
//     else by its Thursday: "He arrived on May 3. That week ... That
//     month" is May, though the week began on 28 April) (but "within", "over", "during the next year"
//     count from the reference day: the next calendar year in the value,
//     the year ahead in the interval),
//     as do "the year before", "the month after", "the week before" when
//     a phrase ends there ("down from $450 million the year before"; none
//     before a date is named). "the prior year" is "the previous year".
//     "the previous week" and "the prior week" after a weekly report's
//     week ("for the week ended Oct. 11, the department said on Thursday.
//     Claims for the prior week were unrevised"; "Claims fell last week
//     ... the prior week") are the week before that week, within 60
//     tokens and unless a day other than the reference day has anchored
//     the story since ("On Oct. 1 a storm hit; the previous week was
//     calm" counts from Oct. 1) or a date other than a year has been
//     named since ("He will leave next week; the previous week", "In
//     June, the previous week": the older reading).
//     "end-2012", "end-March" are the end of that year or month;
//     so is a headline's or a business wire's "end of" with its article
//     dropped after a preposition of time ("to close plant by end of
//     2019", "at end of March", "by end of next year"); "no end of 2019
//     trouble" keeps the year alone;
//     "early-2013", "late-March" are written as "mid-2014" is.
//     After a verb in the simple present ("the season now starts a week
//     earlier and ends two weeks later"), with no day named in the
//     sentence or the one before, "N days (weeks) later" compares a habit
//     with another time: the duration, with no day.
//     "the day before" followed by a clause ("the day before authorities
//     issued a warrant") is no expression: that event's date is not known.
//   - "X came two days after Y" (came, happened, occurred, followed before
//     "N days/weeks after/before", with the anchor set in the same or the
//     previous sentence): the sentence's subject X is the anchor,
//     so "two days after" is given Y's date, the anchor minus two days (plus
//     for "before"), unless Y is itself a date ("came two days before
//     Christmas": the duration and the date, two expressions, as TimeBank
//     has "Eight trading days after Oct. 12"). In any other position ("Two days after the vote, ...")
//     "two days" is a duration: the date of Y is not known, and no date is
//     better than a wrong one. The exception is a clause about now: after a
//     comma that closes a main clause in the present or present perfect
//     with no date named before it ("Rescuers have given up hope, four
//     days after an earthquake killed 112 people"), "four days after" is
//     the day four days before the reference day.
//   - "today's" before a general noun ("today's youth", "today's world")
//     is PRESENT_REF and "the world of tomorrow" FUTURE_REF: no particular
//     day. A capitalised unit after the first word ("This Week", "60
//     Minutes") is a title, and "daily" before a capitalised name ("the
//     daily Haaretz") a newspaper: neither is an expression.
//   - "today", "yesterday", "tomorrow", "tonight" inside a quotation that
//     opens after a reporting verb dated earlier in the same sentence ("He
//     posted on Thursday ... and added, “Today, we engaged ...”) count
//     from that day, when the words were written; elsewhere from the
//     reference day, except where the text dates the speaker's moment
//     otherwise (the speaker's moment): a quotation whose reporting clause
//     after it names the day ("“We arrived on Monday and we leave
//     tomorrow,” the minister told reporters late Wednesday" in a Thursday
//     paper is Thursday; "said on Tuesday", "said in an interview on
//     Friday", "said yesterday") counts from that day; a quotation opened
//     in a sentence that dated a speech act ("Speaking at his press
//     conference on Thursday, Kerrigan said: “We train today. Tomorrow we
//     travel.”") counts from that day through all its sentences; and a
//     quotation with a reporting verb in the past and no day of its own
//     (“...,” he said; he told an audience: “...”; or a quotation right
//     after such a sentence, or a paragraph going on with the quotation
//     the paragraph before left open, as AP writes a quotation over
//     paragraphs) goes on with the speech act the text dated
//     last, up to 150 tokens before ("The minister said on Monday that the
//     plan was ready. “We start tomorrow,” she said" is Monday's
//     tomorrow): in a story, undated quotes after a dated speech are words
//     of that occasion, and a paper's copy is written the day before it is
//     printed. A speech two days or more before the reference day dates
//     only its own speaker's quotations (a pronoun, or a name whose head,
//     the capitalised word right before the verb or the last one right
//     after it, stands in the speech's sentence: "Brooks said" after
//     "Helen Brooks said in an interview on Friday"; not "Minister Bob
//     Grant said" after "Minister Ana Ruiz said", nor "Ruiz's spokesman
//     said"), and a pronoun only while no other speaker's reporting verb
//     came between ("Union leader Mark Dean said the workers were angry.
//     “We strike tomorrow,” he said" is Dean's); another
//     speaker's undated words ("a company spokesman said") may be fresh.
//     A later day the narrative names in a sentence of its own between
//     the speech and the quotation ("On Wednesday, union leaders met
//     managers.") ends the speech's reach. A day right after the
//     reporting verb that is the subject of what is said ("He said
//     Monday was the worst day", "said Sunday would be his last game")
//     dates no speech, nor does a channel's day of receipt ("in a letter
//     received on Friday"). A report inside the dated speech ("Ruiz said
//     on Monday that Grant had told her: “...”", a reporting verb after
//     "had" or in a clause after "that") quotes another speaker on a day
//     not given: the reference day's. A day in a relative clause set off
//     by commas ("Ruiz, who was elected on Monday, said: “...”") or
//     before a new subject after a comma ("He was arrested on Monday, and
//     his lawyer said: “...”") dates no reporting verb after it, and a
//     day inside a quotation ("“I said on Monday ...,” he said") dates no
//     speech act for the quotations after it. A clock time after "at"
//     dates the saying as a day does ("“We leave tonight,” he said at 6
//     p.m. Monday"), and "told" with a listener of one or two words frames
//     a "would" as "said" does ("He told the BBC in October that he would
//     step down in January"). A passive "was told", "were warned" before
//     the day dates words the subject heard, no speech of the subject's
//     ("He was told on Monday that he had been fired"); so does a noun of
//     speaking after a passive ("He was named in a letter on Monday",
//     "was criticised in a speech on Monday by the president"). A speech act is dated by a reporting verb next to the day
//     ("said on Tuesday", "said Tuesday"), with its subject after it
//     ("said Labour's Sarah Cole on Tuesday"), or a few words before it in
//     its clause ("told reporters late Wednesday"), a channel after "on"
//     ("wrote on Twitter on Friday"), or by a noun of speaking
//     after "in", "at", "during" ("in a speech in Carlisle on Tuesday", "at
//     his press conference on Thursday", "in a letter on Monday", "in a
//     tweet", "post", "video", "blog", "column", "message"); "announced", "confirmed",
//     "reported" date news, not words quoted ("Police arrested the man on
//     Monday. “We will charge him tomorrow,” a spokesman said", "The
//     company announced the deal on Monday" leave the reference day), and
//     a present "says" is the present; "speaking" ("spoke") dates a speech
//     before "to", "on", "at", "in" ("Speaking to BBC Radio 5 live on
//     Saturday"), not before "about" ("spoke about the attack on
//     Monday"); a day named inside a quotation is the speaker's and dates
//     no speech, nor a quotation after the sentence it stands in. "last
//     week", "this week", "next week" (and "month"), "this morning" ("this
//     afternoon", "this evening") and "last night" in such a quotation
//     count from the speaker's day too ("“We closed the sale last week,” Brooks said in an interview on
//     Friday" in a Monday paper is the week before Friday's). An editor's
//     gloss in brackets after the word names the day meant: "arrived
//     yesterday (Saturday)", "we meet them today [Monday]" are that
//     weekday, the one nearest the day the word counts from (within three
//     days), and so is the bracketed weekday; "yesterday (local time)"
//     changes nothing.
//   - "later in the day" is the reference day in a future-tense clause and
//     the anchor otherwise; "overnight" is the night before the reference day
//     (its interval spans both days) unless the clause is in the future; in
//     the narrative of a past day (named earlier in the sentence, or in a
//     past-tense sentence before), it is the night before that day ("Shares
//     closed lower Friday. They were depressed by overnight losses in New
//     York"), as a bare clock time takes that day. When the text told of
//     that day's evening ("broke out late on Monday and spread overnight",
//     "shortly before 11 pm on Tuesday ... brought to the surface
//     overnight": "late", an evening or night, a clock time from 6 p.m.),
//     the night is the one after that day. Spanning two days,
//     "overnight" does not change the day the narrative is on. A bare
//     clock time past a comma, more than four words after the day its
//     sentence last named, when another weekday was named before that day
//     in the sentence, a later one (the last day told back from it), has
//     no day: "on Wednesday suspended the strike it
//     began on Monday last, after a meeting that lasted till 2am" may be
//     of either day or the night between (XXXX-XX-XXT02:00); "ended on
//     Wednesday with a deal signed at 9pm" is Wednesday's (round10_leftB),
//     and so is "began on Monday and ended on Wednesday, with a deal
//     signed at 9pm", days told in their order (round10_review_b). A clock
//     time that ends a span after "to", "until", "till", "through" (or
//     "and" after "between"), in the morning, after a start in the
//     afternoon or evening of the same day, runs past midnight (not after
//     a verb of moving a time: "moved from 9pm to 7am"): "from 22:00 to 06:00",
//     "from 10pm to 6am", "between 11 p.m. and 5 a.m." end on the next
//     morning; an end with its own day ("to 6am Sunday") keeps it
//     (round10_leftB), and so does an end in a past clause whose start
//     had only the reference day ("Trading ran from 2pm to 4am", "the men
//     arrived between 10pm and 1am": the morning after is still to come,
//     round10_review_b). Conversely a start after "from" with no day of its
//     own takes the end's day, or the day before when it is later in the
//     day than the end ("The curfew ran from 10pm to 6am on Monday":
//     Sunday 22:00), and dates nothing itself: the weekday after the end
//     is left to the tense (the Monday gone, after "ran"), not counted on
//     from the reference day the start had taken for want of one. A day told
//     early or late ("late Thursday", "early Monday") anchors what
//     follows as the bare day does, but a morning clock time in a past
//     sentence after a day told late (not in a past perfect) is not that
//     day's: from midnight to 6 a.m. it is the next day's ("The storm hit
//     late Thursday. Power was restored at 3 a.m.": Friday), from 6 a.m. to
//     noon the text does not say which morning: the clock time has no
//     day, XXXX-XX-XXT06:00, unless the day after the one told late is
//     the reference day, the only morning left ("Talks broke down at 11
//     p.m. Monday. Negotiators returned at 8 a.m." is Tuesday 08:00 in a
//     Tuesday paper, no day in a Wednesday one), or unless the sentence
//     names that next day after the clock time ("Crews began restoring
//     power at 6 a.m., and by Tuesday evening ..." after "11 p.m.
//     Monday": Tuesday 06:00). So is an earlier hour told in the sentence
//     of a clock time of the evening or night, past an "and", in a past
//     clause ("The plane left at 11 p.m. Monday and landed at 6 a.m.": no
//     day, not Monday 06:00). A clock time in a past clause takes no
//     day to come that its sentence named ("Talks will begin on Monday,
//     the ministry said in a statement issued at 9 a.m.": the reference
//     day's 9 a.m., as for a clock time with no day; "opens on Monday
//     and will close at 5 p.m." is Monday's). "had" before an object
//     or "to" ("Firefighters had it under control by 7 a.m.") is the verb
//     of having, no past perfect, and does not send the clock time back.
//   - A day counted in a run of days is a date when the clause says which
//     day it is: "It's the second day of an offensive", "today is the
//     eighth day of Desert Shield", "Tuesday marked the third day of
//     protests" (after "is", "'s", "marks": the day the sentence named
//     before it, else the reference day; after "was", "marked": only a day
//     the sentence named), as TimeBank tags them. "closed for a second
//     day", "on the fourth day of the trial" name no day and are no
//     expression.
//   - Named days: Easter (Gregorian computus) and the days computed from it (Palm
//     Sunday, Maundy Thursday, Good Friday, Holy Saturday, Easter Monday, Easter
//     weekend, Easter week, Holy Week, Ash Wednesday), Orthodox Easter (Julian
//     computus) and Orthodox Christmas; Christmas (Eve), New Year's Day and Eve
//     (not after "Lunar", "Chinese", "Jewish" ...), Boxing Day, Thanksgiving
//     (fourth Thursday of November), Black Friday and Cyber Monday (the
//     day and the Monday after it), Shrove Tuesday (Easter less 47 days), Ascension Day (Easter plus 39
//     days), Pentecost or Whit Sunday (plus 49) and Whit Monday, Epiphany (6
//     January), Groundhog Day, All Saints' and All Souls' Day, Hogmanay,
//     Memorial Day, Labor Day, US Election Day (only written as a
//     name, both words capitalised: "Election day" with just a sentence's
//     capital, "election day", "polling day" are any country's vote, left
//     untagged),
//     Veterans/Armistice Day, Remembrance Sunday (Britain's, the second Sunday of
//     November; not the Sunday before the paper), Halloween, Valentine's Day, Victory Day (9 May), VE
//     Day (8 May), Bastille Day, May Day, St. Patrick's Day, Mother's and Father's
//     Day, Columbus Day, Presidents' Day, Martin Luther King Jr. Day, Earth Day;
//     Passover (15 Nisan), Rosh Hashanah, Yom Kippur ("the Day of
//     Atonement"), Sukkot (15 Tishri), Shavuot (6 Sivan) and Hanukkah (25
//     Kislev), their first full day by the fixed Hebrew calendar (the molad
//     of Tishri and its postponements); "Advent Sunday" and "the first
//     (second ...) Sunday of Advent", "of Lent", "of Easter" are that
//     Sunday, with their "the"; "the eve of" a named day ("on the eve of
//     Yom Kippur") is the day before it, one expression ("the eve of the
//     election" is none); "Christmas" or "Easter" in a sentence that
//     names the Orthodox or Coptic faithful or churches before it and
//     says they keep it ("Orthodox Christians celebrated Christmas on
//     Wednesday", "Orthodox Christians ... will mark Easter on May 1",
//     "several other Orthodox churches ..., so their Christmas falls on
//     Jan. 7") is their feast: 7 January (the Julian 25 December, from
//     1900 to 2099; "Orthodox Christmas Eve" 6 January) and Orthodox
//     Easter; an Orthodox prelate named near it ("The Orthodox patriarch
//     met the pope before Christmas") leaves the Western day, and so do
//     Catholics, Protestants or a Western church named between ("Unlike
//     Orthodox Christians, who ..., Catholics will mark Christmas"), and so does
//     a church of the Revised Julian calendar (Greek, Romanian,
//     Bulgarian, Cypriot, Antiochian, Finnish: 25 December) unless the
//     sentence writes 7 January; "the Easter
//     Triduum" is no Easter day, nor are "celebrate midnight mass", "led
//     a midnight service" (a rite named by its hour, after a determiner
//     or a verb of rite) a time ("at midnight Mass on Christmas Eve" is
//     an hour, of the day after "on") ("until midnight services were
//     suspended" keeps its hour); "last" or "next" before a named day
//     belongs to it ("last Thanksgiving"), and "last" gives one gone
//     however near this year's still to come ("Last Easter" a week before
//     Easter is a year ago; "last Christmas" on 28 December the one just
//     gone); an event named after the day
//     ("the Yom Kippur War", "the Easter Rising", "the Good Friday
//     Agreement") is no date, nor its weekday, and nor is a place named
//     after it, a capitalised "Road", "Street", "Lane", "Avenue",
//     "Square", "Island(s)" or "Park" after the day ("at Easter Road",
//     "Christmas Island"; "the Easter road trip" keeps the day);
//     "Super Tuesday", "Bloody Sunday", "Black Monday" are names, no
//     weekday, and a date written after one ("on Super Tuesday, March
//     1") stands alone, the name not joining it as a weekday would ("on
//     Tuesday, March 1"); "the Memorial Day weekend", "the Thanksgiving weekend" are
//     the weekend a holiday on a fixed weekday closes (Monday) or opens
//     (Thursday, Friday); "the Christmas weekend", whose day moves through
//     the week, is the day alone, but "Christmas week" is the ISO week
//     holding 25 December, as "Easter week" is Easter's; a holiday before
//     a lower-case part of the day ("on Thanksgiving night", "on Christmas
//     morning", "Christmas Eve night") is that part of it, a TIME as
//     "Friday night", in the year the holiday takes;
//     Independence Day is the country's that the preceding words name (Ukraine 24
//     August, India 15 August, Mexico 16 September; the United States' 4 July
//     otherwise). Their year is chosen like a month and day's; before
//     "last year", "next year" ("in the early hours of Valentine's Day
//     last year", "Easter Sunday next year") they take that year, one
//     expression, as "3 October last year" does (not before "last
//     year's", which opens another phrase; "this year" after a holiday
//     stays the clause's: "Hanukkah begins on Christmas Eve this year").
//   - "the Sept. 11 attacks" ("September 11 terrorist attacks", "the
//     Sept. 11 hijackers", "commission", "memorial") and "9/11" in a text
//     written after 2001 are 2001-09-11, a named event like a holiday
//     whose year is known; a bare "Sept. 11" keeps the year rule, as does
//     "the Sept. 11 attack" (it may be another: Benghazi, 2012), and
//     another month and day in figures without a year ("3/25") is left
//     alone. Such a date names
//     an event, not the day the narrative is on, so it does not become
//     the anchor.
//   - A month and day or a month before "last year", "this year", "next
//     year" take that year and hold it: "June 12 next year", "3 October
//     last year", "July last year".
//     A month before "of that year", "of the same year", "of the
//     following (next, previous) year" is one expression, the month in
//     the year of the date last named, or the year after or before it
//     ("In 2009 ... in November of that year": 2009-11); so is a day of
//     the month before them ("adopted on July 31, 2007, and took over on
//     31 December of that year": 2007-12-31; "June 2 of the following
//     year").
//   - A bare ordinal day after a preposition ("on the 25th", "until the
//     2nd") is in the reference month, or in the month before (past tense)
//     or after (future tense) when that day of this month lies on the other
//     side of the reference day; before a noun ("the 25th anniversary") it
//     is no date. "early in the week", "late in the year" are the unit
//     holding the reference day (the anchor for "the day"), Mod START/END.
//   - "the end of last year's session", "the start of this year's
//     campaign" are the end of the session, not of the year (a session or
//     a season may end long before it): the year alone is tagged ("last
//     year"); a day's or a month's end ("at the end of the day's
//     trading") keeps its position.
//   - Coordinated and ranged days share their first member's resolution:
//     "next Thursday and Friday" gives the Friday after that Thursday,
//     "made Friday and Thursday" the Thursday before that Friday (after
//     "and", "or" the nearest such day; after "to", "through" the next);
//     "April 24 and 25" gives a second expression for the bare day ("25")
//     in the same month, unless a.m. or p.m. follows it ("between 10 p.m.
//     on Jan. 3 and 6 a.m. on Jan. 4": a clock time); day first, "18 and
//     20 March" gives one for the earlier bare day ("18"), and a comma
//     list before such a pair one for each day, each after the one
//     before ("on 27, 28 and 31 January", "on 3, 4, 5 and 7 February";
//     "27, 2 and 3 March" is no list: the pair alone), when the list
//     follows a preposition of time or a weekday ("on Monday 3, 10 and
//     17 February"; "Gates 3, 4 and 5 May be closed" are labels).
//   - A range of days in one month is one expression: "July 28-29", "from
//     Oct. 5 to 7", "March 3 through 6", "between May 2 and 4", "18-20
//     March", "from 3 to 5 May", "between 7 and 9 June". Its value
//     is the first day's (TIMEX3 has no value for a span of days) and its
//     interval runs to the last day. A verb of change before it
//     ("postponed from March 3 to 5") makes two dates, as does a second day
//     not after the first. A year after the range is both days' ("July
//     28-29, 2011", "between May 2 and 4, 2010"). Two days written with a
//     slash, the second the next day ("the night of 28/29 September",
//     "5/6 June 1944", "the night of June 5/6, 1944", "Sept. 28/29"), are
//     the two days of a night, as "5-6 June"; "5/16 June", "Sept. 28/30"
//     are no range (the second day alone; the first).
//   - A range's start with no year (a month, or a month and day) takes
//     the year its end writes, after "to", "until", "through", a dash, or
//     "and" after "between": "for the period 1 January to 31 March 2013",
//     "from January to March 2013", "between June and August 2010"; a start
//     after the end in the calendar is of the year before ("from November
//     to February 2011": 2010-11). An end with no year of its own gives
//     the start nothing.
//   - "the last Monday of May", "the second Sunday of June 2024", "the
//     first Monday in October" are computed; "the first week of October", "the last week of June 2025"
//     are that run of seven days of the month (days 1–7, 8–14, 15–21,
//     22–28, or the last seven), valued as the ISO week holding the run's
//     middle day; "the last weekend of June" and the like are left alone
//     rather than read as the last weekend before the reference day.
//     "the first weekend of August", "the third weekend of May 2014" (an
//     ordinal to the fourth) are the weekend of the month's first (third)
//     Saturday, valued as its ISO week's weekend ("2025-W31-WE"), the
//     interval that Saturday and Sunday; "the first weekend of the season"
//     names no month and is none.
//     So is "the last day" (any unit) as the final one of a run, before a
//     relative clause whose subject is a pronoun or "when" ("today is the
//     last day we talk about it") or "to" and a verb ("Friday is the last
//     day to apply"): no stretch up to now, which "over the last day",
//     "in the last week" and "the last year to March" stay.
//   - "the week of March 4" is the ISO week holding that day; "the
//     weekend of Oct. 13" ("the weekend of March 3-4") that week's
//     weekend, one expression, not the reference weekend and a date
//     apart ("the weekend of the election" is left to "the weekend"). "3 p.m.
//     Tuesday" is one TIME expression; in "3 p.m. on Tuesday" the clock time
//     takes Tuesday's date but "Tuesday" stays an expression of its own;
//     so it does before "on Thursday night", where a clock time with no
//     a.m. or p.m. is read in the part of the day named ("at 11:45 on
//     Thursday night" is 23:45). A day that closes a stretch figures
//     cover or dates a state ("the six months to June 30", "the year
//     ended March 31", "as of June 30", "as at 31 March") is no day
//     things happen on: a bare clock time after it does not take it
//     ("set aside 45 million in the six months to June 30. Its shares
//     fell by 1120 GMT" is the reference day's). Such a day after "to",
//     "through" (a stretch after "in", "over", "during") or "ended" in a
//     clause whose verb is in the past and is no verb of speech is gone,
//     even within six weeks ahead ("extended for the six months to June
//     30", "the first weeks of the quarter to June 30" are left to the
//     rule of the nearest day): figures told as
//     past cover a stretch that is over ("Sales rose 4% in the six months
//     to June 30" in May is last June's; "said sales would rise in the six
//     months to June 30" is left to the rule of the nearest day).
//     Time zones after a clock time ("GMT", "ET", "HKT", "AEDT", "Eastern
//     time", "local time", a place's "Rome time") belong to it; a 24-hour clock time with its zone
//     takes a day after it as the others do ("2200 GMT Thursday", "2300
//     GMT on Wednesday"). "nine o'clock" is 9:00 as "9 o'clock"; "in the
//     morning", "in the evening" after it set a.m. or p.m. "06.20 BST", "16.45
//     GMT" (a period, as British papers write it) are clock times with
//     their zone; "10.30" alone is a figure. "9:30" without "a.m." or a zone is a clock time
//     only after "at", "by", "until", "from" and the like, also with
//     "about", "around", "shortly" between ("at about 11:00"). Four digits are
//     a 24-hour clock time only with
//     a zone or, after "at", "by", "until", "from", "as of", with "hours" ("0900
//     GMT", "at 1430 hours", "as of 0600 hrs"); never a year then. "local"
//     alone is a zone when a clock time with its zone follows in brackets
//     ("at 1450 local (1150 GMT)", "7 a.m. local (4 a.m. GMT)": only the
//     clock's "a.m." between the number and its zone, not "1200 local
//     (1,000 UTC staff)"); "the 1999 local (council) elections" keeps its
//     year. Four digits before "hours of" are a count, neither a clock
//     time nor a year ("as of 1000 hours of operation"). A number written with a
//     leading zero ("at 0530 hours", "a 0600 hours curfew") is never a
//     count: no duration (PT530H), whatever the clock time makes of it.
//   - "midnight" is the end of the day it belongs to (T24:00), except after
//     "after" in a past clause or before "on" and a day ("The storm
//     reached Cornwall shortly after midnight", "blasted off shortly after
//     midnight on Tuesday"): that is the midnight that opens the day
//     (T00:00). "after midnight Friday" (a deadline), a midnight to come
//     ("will arrive after midnight": tonight's) and one whose day is taken
//     from a day named before ("The talks, which began on Monday, ended
//     shortly after midnight": the midnight that closes Monday), unless that
//     day's last TIME lay late on it, keep T24:00. "at midnight",
//     "around midnight", "at about midnight" in a past clause with no day
//     named are the midnight just gone, the end of the day before the
//     reference day ("Police said the attack happened around midnight").
//     A midnight after "at" or "after" in a past clause whose day comes
//     from the text, not written with it, never closes the reference day,
//     which has not ended: a dateline or "on Wednesday" naming the
//     reference day before it ("DONETSK, Feb 15 - A ceasefire took effect
//     at midnight", "clashes on Wednesday after midnight") gives the
//     midnight that opened that day (the end of the day before after "at",
//     T00:00 after "after"). A midnight to come ("will take effect at
//     midnight") and one of a day gone named before ("The talks, which
//     began on Sunday, ended shortly after midnight" on Monday) keep theirs.
//     A past midnight after a weekend, week or month gone named in its
//     sentence, outside an aside between commas, is of a day the text does
//     not give ("The talks dragged on last week, and the deal was signed
//     after midnight": XXXX-XX-XXT00:00; "The bank, founded in 1999, closed
//     its doors at midnight" keeps the one just gone, and so does a story
//     a present perfect brings up to now, "erupted last month and has
//     continued, with heavy shelling after midnight"); a midnight after an
//     adverb of habit in its clause is any day's ("Bars usually closed at
//     midnight", "pubs always shut at midnight": XXXX-XX-XXT24:00).
//   - Broadcast and live copy: a clock time right before a part of a day
//     is one TIME with that day ("9:30 this morning", "8 p.m. tonight"), as
//     "3 p.m. Tuesday"; "on Thursday night" after it stays apart. A
//     capitalised US zone alone ("10 p.m. Eastern,", "9 p.m. Eastern
//     tonight") belongs to the clock time before punctuation or "tonight",
//     "today", "tomorrow" ("10 p.m. Eastern Europe" is a place). A
//     clock time after a dash is no second day of a range ("Aired August 8,
//     2011 - 15:00 ET" is a date and a TIME). "may" before its verb ("AND
//     MAY BE UPDATED", "and may not") is the modal even after "and".
//     "moments ago", "minutes ago", "hours ago" are PAST_REF as "days ago";
//     "the next half hour", "the past half hour", "a half hour" are PT30M;
//     bare "minutes" before "before", "after", "later", "earlier" after a
//     comma, a cue, a past participle after "be" ("was done minutes
//     before the deadline") or at a sentence's start ("Wednesday, minutes before it
//     was due to close", "Minutes later", "arrested minutes later") and
//     after "within" or "for" at a clause's end ("within minutes") is
//     PTXM, as "hours after", "within hours". "a long night", "a long day", "a long week" after a
//     form of "be" ("It was a long night") appraise the time and are no
//     duration; after another verb ("spent a long night") they stay one.
//   - Clock times told in quarters: "half past three" (03:30), "a quarter
//     to ten in the morning" (09:45), "quarter past 10 p.m." (22:15); the
//     hour as written unless "a.m.", "p.m." or "in the morning" says which
//     half, as "nine o'clock". "a quarter" is no duration there. With
//     no "a.m.", "p.m.", "in the morning" or zone, it is a clock time
//     only after a preposition of time ("at", "until", "around") and
//     closing its clause or before "on", "tonight" and the like:
//     "Profits fell by a quarter to 12 million" is a fraction.
//   - "noon", "midnight" keep a zone after them ("noon local time (1600
//     GMT)", "midnight GMT"), and are approximate as a clock time in
//     figures is: "around midnight" (inside, Mod APPROX, as "around 7:15
//     p.m."), "at about noon" ("about" outside; only after a preposition
//     of a point in time: "a film about midnight" is of it). In a range of clock times with one a.m. or
//     p.m. ("between 2 and 4 a.m.", "from 7 to 10 p.m. on Thursday") the
//     bare first end, an earlier hour below 12, takes the second's half of
//     the clock and its day; "between 2 and 4 goals" has no clock time.
//     So does a bare hour joined to it by a hyphen with no space, as paid
//     notices write ("Family will receive friends Monday, 4-8 p.m.": 16:00
//     and 20:00 that Monday), not after "aged" or "ages", and not a later
//     first hour ("9-3 a.m."), nor a range with no a.m. or p.m. ("9-5").
//   - In a present clause, a weekday within eight words after a verb of
//     response ("reacting to", "responding to", "recovering from",
//     "digesting") is past, as after an outcome noun: what one reacts to
//     has happened ("Traders are reacting to the decision late Friday
//     night"); "will react to the decision on Friday" is left to its
//     future tense, and so is a day after a word that opens what is
//     called for, planned or reported ("responding to calls for a vote on
//     Friday", "reacting to a report that ... on Thursday", "by calling a
//     summit on Friday", "figures due on Thursday").
//   - A night told on: a clock time with no day of its own, in a past
//     clause, takes the day of the last TIME when that TIME's day was the
//     text's, lies before the reference day, stands in this sentence or one
//     of the two before, and every sentence between goes on in the past
//     ("entered the bank at 3:15 p.m. Wednesday. A teller set off an alarm.
//     By 5 p.m. police had sealed off the block": Wednesday; a sentence in
//     the present between ends the story and the reference day stays); a
//     clock time earlier in the day than that TIME is another day's ("By
//     11 p.m. they were over. Markets opened at 9 a.m." keeps the
//     reference day), save a small-hours one after a late TIME (below). A
//     small-hours clock time (before 6 a.m.) or "after midnight" that would
//     take day D when the last TIME, in its sentence or the one before, lay
//     late on D (afternoon, evening, night, from noon on, midnight) belongs
//     to D+1 ("went wrong on Wednesday afternoon. He walked out at 3:12
//     a.m.": Thursday; "At 11:30 p.m. ... shortly after 1 a.m."), and so
//     does a later small-hours clock time after one already on D+1
//     ("called police at 2 a.m., and officers arrived at 2:30 a.m."); not in a
//     past perfect or after "earlier" (told back), nor when a day was named
//     anew in a later sentence ("overnight. ... the attack on Wednesday
//     began at about 2:30 a.m."). A clock time opening a line before a
//     colon, or alone on its line ("08:10 GMT: The barrier was closed",
//     "6.20am BST") is a live page's stamp (unless the first follows a
//     heading that names a past day and ends in a colon, "Timeline of
//     Monday's attack:", a chronology of that day) and keeps the page's day
//     whatever the entry before it told, but stamps wrap past midnight: on
//     a page whose first two stamps run newest first, a stamp that goes up
//     the clock from the small hours (before 6 a.m.) to the evening (from
//     6 p.m.) is the day before ("12.05am BST", then "11.40pm BST": the
//     evening before); oldest first, one that goes down it from the
//     evening to the small hours the day after. A stamp a few minutes out
//     of order stays on its day, and a first pair across midnight runs
//     newest first.
//     In an entry stamped in the small hours, a clock time of the evening
//     in a past clause was the day before ("12.05am BST ... A poll
//     published at 10pm"), but "Updated at 4.30am" is the time of writing
//     and stays; a later clock time in the day of the stamp may be
//     another zone's ("10.05am GMT ... the Nikkei closed at 3pm") and
//     keeps the day.
//   - A month before "of last year", "of this year", "of next year"
//     ("Compared to June of last year", "in March of next year") is one
//     expression, the month of that year, as "June of 2013" and "June last
//     year"; "May" and "March" only where they read as months ("Theresa
//     May of last year's cabinet", "The March of last year's marchers"
//     are none).
//   - A sum of money or a share with "more" or "extra" before "a month",
//     "a year" ("would pay about $150 more a month", "earn £200 extra a
//     week", "5% more a year") is a rate, a SET as "$150 a month"; a bare
//     count ("hired 2,000 more a year") and "more a month later" are not.
//   - "financial year" (British) is "fiscal year" to every rule below,
//     and so is "tax year" (a tax authority's year of account: Britain's
//     runs from 6 April, Australia's from 1 July, America's is the
//     calendar year): "the 2017-18 tax year", "tax year 2024-25" are named
//     by the year they end in, "tax year 2009" and "the current tax year"
//     are valued as "fiscal year 2009" and "the current fiscal year", with
//     no calendar interval, "the previous three tax years" is P3Y. The verb
//     ("raised the tax year after year", "tax year-round residents") is no
//     year of account. "Tax year end", "Financial year end" with no
//     article (a headline's) are the end of the year of account under way,
//     valued as "the current fiscal year", Mod END, no interval; in a past
//     clause none, as which year's end is unsure.
//     "the last tax year", "the previous financial year" count from the
//     reference year as "the current tax year" does (2015 and 2016 in
//     September 2016), though Britain's last tax year, 2015-16, would be
//     named 2016 by the year it ends in: the country, and so the year's
//     end, is not known, and the two must stay one year apart
//     (round10_leftB). "the tax year", "the fiscal year" before a noun of rules ("Under
//     the tax year rules", "on the financial year basis") names a kind of
//     year, no expression (round10_leftB).
//   - Business news: "for the year", "during the week", "the full year", "the
//     week's" are the reference day's year or week (a bare "the year" is none;
//     "the first nine months of the year" is the year last named, unless
//     that is a year to come named in an earlier sentence, a horizon
//     ("until 2015"): then the reference year); "the fiscal
//     year" and "the year ended March 31" ("the year to December 2014",
//     "the week to Friday" in British copy, "the year through March" in
//     American copy, whose end is a month or a day,
//     or "the end of" or "the middle of" one: "in the year to the end of
//     June"; not "the year to date") are durations (P1Y, P1W), since no calendar
//     year holds them; "fiscal 1989" and "the fiscal first quarter" take the value
//     TimeBank gives them (1989, 1989-Q1) but no interval, for the same reason
//     ("FY2013", "FY13", "FY 2013", "fiscal year 2013" are fiscal 2013 likewise;
//     "for the year 2014" is the year named, not the reference year); a fiscal quarter
//     without a year whose calendar namesake ended more than 120 days before
//     the reference day in an earlier year is of the fiscal year that ends in
//     the reference year ("fiscal third-quarter results" in March 2013 are
//     2013-Q3: companies report a quarter within weeks of its end), and it
//     is the quarter being reported that "the quarter" and "a year earlier"
//     go back to, though its calendar namesake has not begun. A quarter
//     that takes a fiscal quarter's name ("the quarter ended March 30", "a
//     year earlier" after "its fiscal second quarter") has no interval
//     either: the calendar quarter of that name is not the one meant.
//     "the next year or so" is the next year, Mod APPROX. "the quarter", "the
//     latest quarter", "the current quarter" (and "this quarter" right after
//     a quarter reported, in a sentence of figures, in the possessive and
//     not in the future tense, "This quarter's loss includes charges", or
//     in a past-tense clause) are the quarter being reported (the
//     one holding the day 45 days before the reference day, or the quarter last
//     named; "the latest period" soon after a quarter is that quarter);
//     "year-end", "the year's end" are the end of the year nearest the reference
//     day, or the past one in a past-tense clause ("decade's end", "the
//     century's end" the end of the decade or century holding the
//     reference day, in a clause not in the past; none in one) (the accounting term
//     "year-end" is valued as the year's last day, 1988-12-31, as TimeBank
//     has it, with the interval and granularity of the year's end); "the year-earlier quarter",
//     "the year-earlier period" (soon after a quarter was named), the adjective
//     "year-earlier", "year-ago" ("from year-earlier levels"; last year when no
//     quarter was named) and, in a sentence of figures ($, %, million, cents)
//     after a quarter was named, or in a sentence that names the quarter
//     and a result of it with no figure ("its net loss for the third
//     quarter narrowed from a year earlier": loss, profit, earnings, income,
//     revenue, sales; the comparison after "from", "than", "with", "over",
//     "on", "to", "versus", not a clause of its own: "; a year earlier it had
//     lost its chief" is the year), "a year ago" and "a year earlier" are that
//     quarter a year before, as TimeBank annotates them (a decimal point, "$5.3
//     million", ends no sentence). A year in the possessive before a quarter or a
//     half is one expression: "this year's third quarter" 2025-Q3, "next year's
//     first half" 2026-H1; "last year's quarter" (or "period") soon after a
//     quarter was named is that quarter a year before. "a year-earlier loss" holds
//     the adjective "year-earlier", not the duration "a year". "the year-earlier
//     third quarter" is that quarter a year before; "the 1988 quarter", "the 1988
//     period" soon after a quarter was named are that quarter in the year named;
//     "the quarter a year ago" is the quarter being reported, a year before ("the
//     year-earlier period" after "for the nine months" is that stretch, P9M);
//     "that quarter", "the same quarter" are the quarter last named; "the same
//     (corresponding, comparable) period last year" ("a year ago", "of 1988") is
//     that quarter a year before (in 1988), the quarter named within 60
//     tokens, or 120 in a sentence of figures; after a month named in its
//     sentence with no quarter that near ("Sales in February rose 5 percent
//     from the same period last year") it is that month a year before,
//     and so is "the same month last year" ("a year earlier") whatever
//     quarter was named, and a bare "a year earlier" ("a year ago") after
//     "from", "than", "with", "over" in a sentence of figures that named
//     the month ("Earnings rose 1.8% in October from a year earlier":
//     October of the year before; with no figure, or the month only in
//     the sentence before, the year; and the year too when the month is
//     not the figure's period after "in", "for" or "during", or stands
//     across a comma, unless it opens the sentence: "The company, which
//     was founded in March, said profits rose 3% from a year earlier",
//     "the 12 months to February"); with neither, the period is not known and "last year" alone is
//     tagged (the year only, not the whole phrase, whose value would be
//     finer than the year). That reading needs the quarter
//     to have been named as reported, not in a future-tense clause ("expect
//     faster growth in the second half ... from 8.2 percent a year ago" is
//     last year); a quarter that begins after the reference day ("losses
//     through the third quarter of 1990" in an October 1989 paper) is a
//     forecast and never the quarter being reported. "the year-ago
//     (year-earlier) period" in a sentence of figures with no quarter or
//     stretch named near is the quarter being reported (the one that held
//     the day 45 days before the reference day) a year before. "a year ago", "a year earlier" are comparisons: they do
//     not become the year that "the first nine months of the year" means.
//     "the April-June quarter", "the October-to-December period" are the
//     calendar quarter those months make, its year chosen as for "the
//     second quarter"; months that make no calendar quarter are left as
//     months. "the June quarter" ("March", "September", "December") is the
//     calendar quarter ending in that month, its year chosen likewise; so
//     is "the quarter to December" ("ended Sept. 30", "ending June 30")
//     when no quarter was named just before (else it is that quarter,
//     fiscal or not, as TimeBank values it). A month after "to" right
//     after a quarter is no end of a range of months.
//   - In a span of years with two digits after the first, after a hyphen
//     or a slash ("the 2013-14 season", "1990-94", "the 2012/13 season",
//     "in 2015/16") the expression is the first year, as TimeBank
//     marks it, and its interval holds all the years (a span a noun of a
//     year of account names is a fiscal year instead: Local government,
//     below); the second must be
//     later and within ten years ("2011-09" is no span), and a third part
//     makes a day ("2011-12-05"). Any other figure after a slash makes a
//     number of a law or a case ("Regulation 2016/679", "case 2014/10"),
//     no year.
//   - A four-digit number past 2100 is a year only in a projection:
//     after "By", "In", "Until" opening the sentence and before a comma
//     with a modal or a word of a projection in the clause after the comma
//     ("By 2500, the melt could add 15 metres"), or after "the year" ("in
//     the year 2300"); "Sales rose by 2500", "cut by 2200, the firm said"
//     and "By 2500 metres" are amounts, "By 2130, rescuers had reached the
//     village" and "Until 2300, the bars stay open" clock times.
//   - A four-digit number after a label ("Room 1205", "Flight 1549",
//     "Route 1776", "Vision 2030", "resolution 1881") is no year; nor is
//     a union local's number after a capitalised "Local" inside its
//     sentence ("USW Local 1234", "members of Local 2010"; "the local
//     2012 elections" and "Local 2016 turnout" opening a sentence keep
//     their years, as does a year before a noun of elections, "in Local
//     2016 Races").
//   - A bare four-digit number 1000–2100 is a year unless a count noun or another
//     plural follows it ("2000 people", "1500 police", "2025 points"), which a
//     date-introducing word before it ("in", "since", "the", "Russia's")
//     overrides. "the 80s" and "'98" are a decade and a year ("highs in the
//     mid-70s" are degrees); "the 1800s", "the early 1900s" are centuries (18,
//     19), "the 2000s" the decade; a decade's or century's article belongs
//     to it ("the 1990s", "the '80s"), as TimeML marks it, but not when
//     the decade modifies a capitalised name right after it ("the 1990s
//     Balkan wars": "1990s", the article is the name's, as in "the 2003
//     invasion"), unless, after a preposition, the name opens a clause of
//     its own, a tensed verb within two words after it ("In the 1990s
//     Britain had a boom", "By the 1970s American cars were losing
//     ground": "the 1990s", "the 1970s"); a bare
//     decade after a decade and "and", "or", "to" takes its century ("the
//     1970s and 80s": 198; "the 1990s and 00s": 200); "17/04/2025" is
//     read day first because 17 cannot be a month.
//   - Seasons are meteorological: spring March–May, summer June–August,
//     autumn September–November, winter December to February of the next
//     year (2025-WI runs into 2026). "this winter" before the season's
//     start in a past-tense clause is the one just gone ("This winter was
//     the coldest", said in March), and so it is in any clause not in the
//     future tense within 61 days of that one's end ("the air has been
//     hazardous this winter", said in March). "That summer" opening a
//     sentence, or "that summer" after a preposition of time ("during
//     that summer"), is the season of the year last named in that sentence
//     or the one before ("In 2009, he moved to Paris. That summer ...":
//     2009-SU; "In January 2010 ... That winter": 2009-WI), or closing a
//     clause before a comma, a period, "and" or "but" ("sued the council
//     that summer, and"); with no date that near, or after a noun before a
//     verb ("the floods that spring brings"), it is no expression. "that
//     May" (a capitalised month after "that") is the month of the year of
//     the date last named, as "that year" is ("settled in March 2009 ...
//     lost the election that May": 2009-05) when it closes its clause or
//     follows a preposition of time; with no date named before, or before
//     a verb ("said that February was the wettest"), "that" is a
//     conjunction and the month is read alone; so it is after a verb or
//     noun of saying or thinking even when a comma follows ("said that
//     May, the prime minister, would resign"; "said that summer, tourism
//     would recover"): none.
//   - A year written as a noun's modifier after an article or a possessive
//     ("four times the 1988 estimate"), before the date the story is on,
//     names a thing of the past and does not move the story back: "that
//     year", "that May" after it keep the story's year. A later one moves
//     it on ("In 1972 ... The 1984 strike nearly ruined it; that year":
//     1984).
//   - "overnight" in a past clause of a sentence that named a month or a
//     year at least two months gone, with no day named since ("In February
//     2008 ... the tunnel flooded overnight"), is a night whose day the text
//     does not give: PAST_REF, as "the next day" is there. A month or a
//     year right after "since" does not count: it starts a period that
//     runs up to now ("The coalition, which has carried out air strikes
//     since August 2014, said it had struck targets overnight": last
//     night; so too after a past perfect, "The rebels, who had held the
//     town since March 2012, withdrew overnight"). "the following spring", "the next summer", "the
//     previous winter" after a date named in that sentence or the one
//     before are the season after (before) it ("He left in 1962. The
//     following spring": 1963-SP); with no such date "the following
//     spring" is none and "next summer" the coming one. "the winter of 2014-15" (or "2014-2015") is one
//     expression, 2014-WI. "the summer of '69" is 1969-SU (a two-digit year
//     up to 30 is of this century). A capitalised season word inside a name
//     ("the Summer Games") is not a season.
//   - A clock time with no day, in a past-tense sentence right after one
//     whose clock time took a day gone by, and later in the day than it,
//     takes that day in its value (no interval), as a clock time after a
//     sentence naming the day does: "By 8 p.m. the creek had risen. At
//     9:40 p.m. he called the operator" is the evening of the 8 p.m.; an
//     earlier clock time ("At 2 a.m.") may be the next day's and keeps the
//     reference day.
//   - "the first hour", "the first decade", "the final year" (a singular
//     unit from an hour to a decade after "the first" or "the final", with
//     no "of" after it) are one unit, a duration (PT1H, P10Y), as "the
//     first hours" is some (PTXH); "the first day" is a date as often as
//     not and is left alone, and so is a unit a clause after it dates
//     ("The final year he was in office was 2008", "the first year that
//     the tournament was held"; a pronoun after a fronted "For the first
//     decade" is the subject, and that stays a duration).
//   - "in the decade that followed", "the year that followed" (a
//     singular unit from a week to a decade before "that followed" or
//     "which followed") are one unit from an event on, a duration, as "the
//     decade since" is up to now; "the day that followed" is left alone.
//   - A clause after a semicolon whose verb is left out ("The first won in
//     1983; the second, Lantern Hill, in May": nothing before the date but
//     names, determiners, ordinals and prepositions, and the clause ending
//     right after it) takes the tense of the clause before the semicolon.
//   - "overnight" after "famous", "rich", "star", "celebrity" or "happen"
//     ("made her famous overnight", "it didn't happen overnight") means
//     suddenly and is no expression; after "happen" only when denied
//     ("not", "n't", "never" just before): "the switchover will happen
//     overnight" is a night.
//   - A weekday in a death notice's line of the rites, a sentence with no
//     verb that opens with the rite ("Funeral", "Visitation", "Interment",
//     "Burial", "Memorial", "Services", "Committal", "Graveside",
//     "Rosary", "Mass of ...", "Celebration of ...") within eight words
//     before it, is the day to come: "She died Thursday. Mass of Christian
//     Burial Tuesday, 10 a.m." in a Sunday notice is the Tuesday after.
//     "Funeral was Tuesday", "The funeral Tuesday drew hundreds" and "Mass
//     protests Tuesday" keep the tense's day.
//   - "yesterday" ending its clause after "feel", "seem", "look" or
//     "sound" and "like" ("It feels like yesterday", "it seems like only
//     yesterday") or after "like it was", "as if it were", "as though it
//     were" ("I remember it like it was yesterday") is the idiom of a
//     memory still fresh, no day; "felt like yesterday's rally" and "it
//     seemed like yesterday was the worst" keep the day before.
//   - A date counted back with "earlier" in a past-perfect clause ("the
//     harbour branch, which had carried its last train a decade earlier";
//     "A decade earlier, he had served") is a flashback: "the next year",
//     "the following month" after it count from the date the story was on
//     before it (1978 gives 1979, not 1969). In the simple past ("A decade
//     earlier he served ... The next year he came home") the story moves
//     back with it.
//   - "A year on," "Five years on," opening a sentence not in the past or
//     the future ("A year on, Millbrook is half empty") is now, so long
//     after the story's event: the reference year (month), one expression
//     with "on". In the past it stays a duration: from which event the
//     text counts is not always said. (A present perfect, "the town has
//     recovered", reads as past here.)
//   - "N years later" (decades too) set off by commas right after a date
//     ("Next week, 22 years later, three judges will decide"; "In 1995,
//     two years later, he appealed") restates that date, counted from an
//     event told before: the date's year, not a count from it.
//   - "the day before Christmas", "the day after Monday's vote", "the
//     day before the March 3 election" are one expression (the article
//     outside, as TimeBank marks "day before last Tuesday"): the day next
//     to the date named; before an event with no date ("the day after the
//     election") there is nothing to count from, and no expression.
//     So are "the week after Christmas", "the week before Easter", "the
//     weekend before the May 3 vote": the ISO week (weekend) next to the
//     day. The week after a day holds the day a week on; the week before
//     is the one ending on a Sunday ("the week before Easter" is Holy
//     Week) or the one before a Monday ("the week before Memorial Day"),
//     and none before another weekday, whose seven days before straddle
//     two weeks ("the week before Christmas" on a Friday: only
//     "Christmas"). The weekend before a day is that of the week before
//     the day's; after a weekday, that of its week; after a Saturday or a
//     Sunday, the next.
//   - A clock time after "on" and the name of an occasion's day, up to
//     four words ending in "day" that are no date, then "on" or a comma
//     and a day ("at 8am on A-level results day on Thursday 13 August",
//     "at 7am on polling day, Thursday 7 May"), is of that day; with no
//     day after ("at 9am on results day") or a day "of" something between
//     ("on the first day of the trial, on Monday") the clock keeps the
//     day it had.
//   - A weekday ending an infinitive that "the way for" governs after
//     "clear", "pave" or "open" ("voted Tuesday to suspend the strike,
//     clearing the way for students to return to class Wednesday", "The
//     ruling on Monday paved the way for executions to resume on
//     Thursday") is the first such weekday after the day named before it
//     in the sentence: what a deed opens the way for comes after the
//     deed. The deed's own day ("cleared the way Monday for"), a day past
//     a comma ("..., officials said Thursday") and a sentence with no day
//     before keep the day the tense gives. A month there after a day
//     named before ("On Monday, the council cleared the way for work to
//     start in June") is likewise to come.
//   - "the rest of" or "the remainder of" a month or a year named ("for
//     the rest of September", "the remainder of 2015") is one expression
//     with the value of the month or year, as "the rest of the year"; a
//     possessive after it ("the rest of September's fixtures") leaves the
//     month alone.
//   - The weekday ending a span after "until", "till", "to" or "through"
//     and a clock time ("from 8am on Tuesday until 5pm on Wednesday",
//     "from 8am Tuesday to 5pm Wednesday"), when the last day named
//     stands between "from" and it in the same clause, is the first such
//     weekday on or after that start: said on a Wednesday, the Wednesday
//     after the coming Tuesday, not today. A year or a month as the start
//     gives nothing to count from ("from 2008 until 5pm on Wednesday"),
//     nor does a start whose day no word between "from" and the end names
//     (a weekday, a month, "today", "tomorrow", "yesterday", "tonight"):
//     "The road was closed overnight from 10pm to 5am on Monday" in a
//     Tuesday paper is the Monday gone, as the tense says, not the Monday
//     after the day "overnight" gave the start (round10_review_b).
//   - "begin", "start", "resume", "reopen", "expire" in the plain form
//     right after a plural subject and before "on", "in", "from",
//     "next", "this", "after", a weekday or a month ("Exams begin on 12
//     May", "Classes resume in January") are a timetable in the present,
//     a date to come, as "begins" after a singular subject. "open",
//     "close", "end" are not read so: markets report a day gone in that
//     form ("Stocks close at 16,000 on Monday", "Shares end higher"), and
//     "Shops close on Whit Monday" tells a habit.
//   - A weekday followed by "next" or "last" that ends its phrase ("on
//     Monday next", "on Friday last", "on Wednesday next at 10am": Irish,
//     Indian and older British usage) is one expression, the coming or
//     the past such day, never the reference day; before a noun ("Monday
//     next week", "Friday last year") "next" and "last" are the noun's,
//     and before a verb ("Friday last saw") the tense decides; "next to"
//     before a determiner or a capital is a preposition of place ("gathered on Monday next to the
//     parliament") and "last-minute" a compound: no such expression.
//   - "quarter" after "the" and a month that ends no calendar quarter
//     ("in the October quarter", the three months to October in
//     Australian statistics) is no quarter: not the one being reported
//     (the month stays an expression); "the June quarter" is the calendar
//     quarter, as above.
//   - A day or month right after a present copula after a word, "is" or
//     "are" (with "on" between or not: "GCSE results day is 21
//     August", "Polling day is on 7 May", "The hearings are on 3 June"),
//     is a date to come, as after "The deadline is": the copula says when
//     a thing is. The past copula ("The best day was 21 August"), a
//     date not right after it ("The rate is 7% in August"), a date in
//     the possessive ("The figure is January's highest") and one that is
//     the subject of a verb after it ("The truth is September was a
//     disaster") are left to the tense, and so is a month's name alone,
//     as often a habit ("The busiest month is August", "Peak season is
//     June, July and August"). A holiday or festival with no year in a sentence of
//     a tour of duty ("served in" and a place's name before it, no date
//     earlier in the sentence: "He served in Vietnam during Tet", "She
//     served in Iraq over Christmas") is of a year the text has not given:
//     XXXX, XXXX-12-25; a year framing the sentence gives its year, and
//     "served meals in Leeds on Christmas Day" (an object) or "Soldiers
//     who served in Iraq over Christmas" (a relative clause) are the
//     nearest (round10_leftB). A scheduled event's noun before "is in", "are in"
//     ("on") a date, a month alone too ("The mid-term elections are in
//     November", "The vote is in March" in January), is to come; "Peak
//     season is in August" (no event) is left to the tense (round10_leftB).
//   - A holiday's name before "on" and a full date with its year written
//     ("break up for Christmas on 17 December 2010", "closed for Easter
//     on April 2, 2015") is of the year of that date when it lies within
//     three weeks of it, the last day before the holiday or the first
//     after it; a date further off ("The Christmas tree came down on 3
//     March 2011") or with no year leaves the holiday's year to the tense.
//   - A weekday (after "on" or "for") closing a collective action
//     ("strike", "walkout", "bandh", "protest", "rally", "ballot") that a
//     verb of calling it governs in the present perfect ("The union has
//     called a one-day strike on Monday", "Unions have announced a bandh
//     on Tuesday") is the day to come: English puts no day gone with the
//     present perfect. The simple past ("called a strike on Monday,
//     saying"), "have called off", and a present perfect of another deed
//     ("have arrested a man on Monday") keep the day the tense gives, and
//     so does a day with a complement after it, no conjunction or
//     preposition ("has called the strike on Monday unlawful", "... a
//     success": a strike held, judged).
//   - "six weeks ago", "a fortnight ago" (two weeks or more) are the ISO
//     week that far back, not a day the text does not give; "a week ago"
//     stays the day a week back, Mod APPROX; "three weeks ago today",
//     "a week ago yesterday" and "a week ago Sunday" (the Sunday a week
//     before the last one) are that very day; "a year ago this month",
//     "two years ago this week" are that month (the reference week's
//     number) so many years back, one expression.
//   - A date counted from the narrative's day ("the next day", "the
//     following week", "the day before", "the week before", "two days
//     later") in a past-tense clause cannot lie after the reference day:
//     when the day last named was one still to come, the count went from
//     the wrong day, and the expression is PAST_REF ("two days later" a
//     duration with no interval), unless a cue of the future stands
//     anywhere in the sentence ("The next day, leaders who met last year
//     will sign a pact"); so is "the following morning" ("the next
//     night") told in the past with no day named before it.
//   - A day counted from the narrative's day ("the next day", "the
//     following day", "the day before", "that same day") after a date
//     named only as a month, a week or a year, with no day named since
//     ("In March 2011 the rebels took the town. The next day ..."), has no
//     day to start from: neither the reference day nor a day named before
//     the month is it. In a past-tense clause it is PAST_REF, except "that
//     same day" ("the same day") right after a month: the very day of that
//     month, whose number the text does not give, 2011-03-XX with no
//     interval ("killed last October ... crossed out that same day",
//     TimeBank 1998-10-XX; "the next day" may leave the month and stays
//     PAST_REF, and so does "that same day" when the month's sentence also
//     named a full day: "The strike ended on Jan. 5, two months after it
//     began in November. That same day" may be Jan. 5); otherwise it is left out rather than guessed. So are days and weeks counted
//     "later" or "earlier" there ("He escaped on Monday. He also escaped
//     in 2008, and was captured three days later"): the duration is
//     marked, with no day as its interval, not Monday's third day; a
//     year told in the very sentence of the day ("was arrested on Monday,
//     her third arrest since 2008. Two days later") is a detail of that
//     day, and the count goes on from it.
//     "that night" when the text has named no day at all, only a year, a
//     month or a week ("Ward was convicted in 1999. That night he
//     ...", "The vote was held in May. He spoke to reporters that
//     night") is no night of the reference day: it is left out, as
//     "that morning" is; after a day named ("on the night of 14 October
//     1989 ... the following summer ... near the shop that night") it is
//     that day's night.
//   - "the full year", "for the year" in a past-tense clause right after
//     a date of the year before ("the three months ended Dec. 31 ... For
//     the full year, revenue rose" in a March paper) are that year, told
//     as over, not the year under way.
//   - "left" after a count of a unit ("has 12 days left before the
//     Easter recess", "with a few weeks left") is what remains, no past
//     tense: days cannot leave ("Twelve people left" is the verb).
//   - A past form that is also the bare verb ("hit", "lay") after a
//     modal, "to" or "did" is the infinitive, no cue of the past ("will
//     hit its borrowing limit again in mid-May": the modal decides).
//     "wants a", "plans a" before an event point forward as "planned a"
//     does ("wants a vote before the August recess").
//   - A participle after "keep", "keeps", "kept", "leave", "leaves" and
//     an object of one to three words ("keeps the government funded") is
//     an adjective, as after "stay"; a month and day after "through" in a
//     present-tense clause is a deadline to come, as after "by" ("a bill
//     that keeps the government funded through Sept. 30").
//   - "X came (happened, occurred, followed, took place) N days after Y"
//     counts back from the anchor only when the anchor is not after the
//     reference day: a deed told as past is not dated by a day still to
//     come ("will vote on Thursday before the Easter recess. The vote came
//     three days after ...": the duration).
//   - A season word before "Olympics", "Olympic", "Paralympics", "Games"
//     in any case ("the winter Olympics") is part of a name, no season.
//     So is a season word before "term", "semester", "trimester" ("the
//     autumn term", "Every spring term", "the fall semester"): a period of
//     the school calendar, not the season (a British spring term runs
//     from January), and no expression.
//   - Looking after the expression for a tense, a relative clause set off
//     by a comma (", which", ", who") past a verb of the main clause in the
//     simple present ("The album, out March 5, includes the single, which
//     went on sale on Tuesday") is not read: it tells of another thing.
//   - A day of the month after "on" after "last year's", "this year's",
//     "next year's" and a noun of an event ("will hold next year's
//     ceremony on Feb. 22", "last year's election on May 6") is in that
//     year; after another noun ("last year's winner plays on March 5")
//     the tense decides, and so it does after a verb that is not one of
//     holding the event ("unveiled next year's budget on Oct. 3",
//     "announced next year's festival on March 1": the day of the deed).
//   - "the three-day weekend", "the four-day weekend" (and "the three-day
//     holiday weekend", round9_ent) are the weekend a
//     holiday lengthens, YYYY-Www-WE, as "the long weekend" ("a three-day
//     weekend break" keeps the duration); not when words after it date it
//     ("the three-day weekend in May", "of 2012", "last year", "before
//     the election"): that weekend is not the current one. After the
//     weekend of a holiday the text named ("over the Easter weekend",
//     "the Memorial Day weekend": a capitalised name in it), they are
//     that weekend ("would spend £130m over the four-day weekend" on the
//     Sunday before Easter); "Last weekend" names no holiday.
//   - A clock time after "at" right after a weekly or daily set
//     ("airs Sundays at 9 p.m.", "every Monday at 10 a.m.", "daily at 6
//     a.m.") is any day's hour, XXXX-XX-XXT21:00, with no interval, not
//     the reference day's; so is a clock time, or a range of them, right
//     before such a set ("sits at 9 a.m. every day", "from 9 a.m. to 5
//     p.m. each day", "opens at 6 a.m. daily", "between 8 p.m. and 2 a.m.
//     on weekends", "at 10 a.m. on Sundays"), though a day was named
//     before; not before "a day after", "and every day", nor before
//     "Every day" opening the next sentence. So is a clock time after
//     "at" closing a participle phrase set off by a comma after a
//     lower-case "daily" or "nightly" ("the service would be daily,
//     departing Perth at 6.50pm and arriving at 5am local time": up to
//     four words between the -ing verb and "at"), unless a day follows
//     the hour ("daily, starting at 9am on Monday"). So is a clock time,
//     or a range of them, before "for" and a count of nights, with at
//     most "from" and the first night's date between ("closed overnight
//     from 10pm to 5am from Monday, June 12, for five nights"), and the
//     "overnight" right before such a range is the set of those nights,
//     XXXX-XX-XXTNI ("for two days", or "and jailed for five nights",
//     another clause, are no count of the hour's nights).
//   - "the weeks and months ahead", "the days and weeks to come" are one
//     expression, FUTURE_REF, as TimeBank marks "recent weeks and months"
//     PAST_REF; "3 billion years ago", "65 million years ago" are
//     PAST_REF, the count inside ("more than" and Mod as for "a year ago").
//   - A month that ends the stretch figures cover ("the figures for the
//     three months to February will be released") is the nearest such
//     month, as after "figures for"; "last" after "and" before a counted
//     duration ("to start in August and last several months") is the
//     verb, as after "to".
//   - A month or day after "until" whose clause has a past verb of a
//     state that lasted ("was", "remained", "ran", "stood", "served",
//     "raged", "persisted", "waited", "went on") before it, within fourteen tokens and with no "to", modal or comma
//     between, is gone ("was one of the deadliest until December, when a
//     gunman killed 20 children"); a verb of deferral ("postponed until
//     Tuesday") or an infinitive ("told to stay until Friday") keeps it
//     to come.
//   - The last part of a hyphenated compound adjective ("the
//     highest-paid player", "a smaller-than-expected rise") is no tense
//     cue, nor a word of a plan after "than" ("landed earlier than
//     expected on Tuesday": the past verb decides). "his first 12 years ago" is "12 years ago" ("first" is his
//     first title), not the stretch "first 12 years".
//   - "the third quarter", "the second-half kickoff" without a year in a
//     sentence of play (a game, a touchdown, points, a goal ...) and not
//     of money are periods of a game, no expression.
//   - A month and day, a bare month or a named day followed by "in" and
//     a year ("on Thanksgiving night in 2011", "met on March 3 in 2011")
//     is of that year; the year stays an expression of its own.
//   - A numeric date's clock time keeps its "pm" and zone ("03/21/2013
//     4:40 pm EDT" is 16:40). "the last century" is the calendar century
//     gone (19 in 2013), as "the last decade" is; "the past century"
//     stays P100Y. A century as a compound adjective leaves the article
//     to its noun ("the 20th-century average": "20th-century"), as "the
//     third-quarter results" does; "the 20th century" keeps it.
//   - "the second half of that year", "the third quarter of the following
//     year" are that half or quarter of the year of the date last named
//     ("Prices peaked in 2008 before falling sharply in the second half of
//     that year": 2008-H2); with no date named before, and for "the second
//     half of that game", none.
//   - "reports" before "results", "earnings", "its", an ordinal ("The
//     company reports results on Thursday", "which reports fourth-quarter
//     results next Wednesday") is a timetable in the present, as
//     "meets"; after a determiner or before anything else ("Media reports
//     on Thursday said") a noun. After "will" the future stands ("will
//     report results for the fourth quarter in early November", written
//     in September, is the fourth quarter to come; in January, the one
//     just ended, still reported within a season of its end). A weekday in the possessive after a
//     word of waiting ("are waiting for Friday's jobs report", "ahead of
//     Sunday's vote") is not sent back by the present tense.
//     "the quarter-finals" is a round of a tournament, no quarter.
//   - A weekday naming a deadline someone set or faces ("The ECB set a
//     Monday deadline", "faces a Friday deadline") is the coming one,
//     unless the sentence tells it was missed or passed ("shares tendered
//     by the Tuesday deadline" is the one gone). "needs to", "need to"
//     point forward as "plans to" does; a weekday after "by" in a clause
//     with no tense cue is a deadline to come, as a month and day is.
//   - A month and day after "ending", "ended" that close a period
//     ("the fiscal year ending May 31", "the five weeks ended March 2")
//     is the nearest such day, whatever the tense of the report. A
//     quarter followed by its end (", which ends May 31", "ending in
//     September") is of the year that end falls in; an end that is not
//     the calendar quarter's last month makes it a fiscal quarter, valued
//     by that year with no interval ("its fiscal fourth quarter, which
//     ends in May" in March 2013: 2013-Q4).
//   - Health, technology and transport copy: "Patch Tuesday" is a name,
//     no day, as "Super Tuesday". A weekday after ", up from" or ", down
//     from" and a figure ("would operate on Monday, up from 20 percent on
//     Sunday") is the baseline of a change: the nearest such day before
//     the day named earlier in the sentence, or before the reference day,
//     whatever the tense (a week back when it is the reference day's
//     weekday and a day was named before: "rose to $12 on Friday, up from
//     $10 on Monday" in a Monday paper). A stretch after "for" ("was held for 40 minutes
//     outside Peterborough on 3 January") does not cut a past deed off from
//     its day, which stays gone though its namesake is near. "usually",
//     "typically" before a verb in -s after a singular subject ("The flu
//     season usually peaks in February") make a habit, any year's month.
//   - "N units later" in a clause in the present or of habit, with no
//     day of the narrative near ("until it damages the liver 20 or 30
//     years later", "Symptoms usually appear two weeks later"), or with
//     no date named before and no future ("Five years later, the scars
//     remain"), is a duration: it counts from no day the text gives, and
//     the reference day is not it. Less than a day in any unit ("575
//     seconds later", "90 minutes later") is a stretch within the
//     narrative's day, a duration, as "an hour later".
//   - In a headline (a line with no period; a semicolon may join its
//     parts), "to" and a verb of an event after a noun ("full schedule to
//     resume Monday", "Obama to visit Japan on Tuesday") is the future;
//     in running text it tells of a purpose ("flew to Paris to meet him
//     on Tuesday").
//   - A month with its year frames the clause after it as a year does
//     ("in December 2010, when passengers slept in its terminals over the
//     Christmas period": that Christmas), within its sentence and its
//     clause of "when", in the past tense.
//   - A bare plural unit before "before" after a verb's object ("SpaceX
//     scrubs launch minutes before lift-off", "sold his shares days
//     before the collapse") is some units, a duration, as after a verb;
//     not after a determiner, an adjective of order ("the final minutes
//     before") or a name ("the Fed minutes"); "minutes" only when no
//     determiner stands before the object ("read the council minutes
//     before the vote" is a meeting's record). "every half an hour" is
//     the set PT30M, as "every 30 minutes". A season word before
//     "timetable" ("the winter timetable") is a railway's or an airline's
//     period, no season, as before "term". ("the holiday quarter": see
//     the paragraph on markets copy.) A bare plural
//     unit after a form of "be" before "from" ("was weeks from running
//     out of cash", "is only minutes from victory") is a stretch of no
//     stated length, as "weeks away from"; "days from now" is not.
//   - On a Sunday, "this week" and "the weekend" in a future clause with
//     no past day of a report in the sentence ("should rise by the
//     weekend", "would run its snow timetable every day this week") are
//     the ones to come: the ISO week and its weekend end that day.
//   - A period that may close an abbreviation ("Thomson Reuters
//     I/B/E/S.") still ends the sentence before a line break: a tense cue
//     is not sought across it.
//   - Intervals are inclusive calendar days derived from the value; Mod
//     START, MID and END ("early", "mid-", "late", "the end of") narrow it to
//     the first, middle or last third (January–April, May–August,
//     September–December of a year; days 1–10, 11–20, 21–end of a month);
//     BEFORE/AFTER ("more than a year ago") leave it open (zero); APPROX
//     leaves it as the value gives it. "the past week|month|year" has the
//     TimeML value of the last calendar unit (2025-W48) but the interval of
//     the trailing window up to the reference day, which is what it means.
//
// # Copy outside the US newsroom
//
// British, Irish, Indian, Pakistani, Australian, South African and Hong
// Kong papers write dates day first and name their own periods:
//
//   - A day-first date with dots, "14.02.2013", "3.8.2010", is that day;
//     a longer run of dotted numbers ("10.12.2012.5") is an address or a
//     version. Slashed dates keep month first unless the first number
//     exceeds 12, or the text writes another slashed date day first
//     ("14/02/2011") and none month first: then "02/03/2011" is 2 March.
//   - A clock time with no day, in a clause in the future tense, right
//     after a sentence that named a day to come, takes that day in its
//     value ("Crowds will mark Anzac Day on Saturday. The Dawn Service
//     will begin at 4.30am"), as a past one takes the past day the
//     sentence before named; no interval. "over the long weekend" is the
//     weekend, as "over the weekend".
//   - A day after "of" that labels a thing ("elected this afternoon, a
//     fortnight after the general election of February 25th") does not
//     become the day later clock times take ("The Dáil assembled at
//     2.30pm" is this afternoon's); a part or stretch of a day before "of"
//     ("the night of March 3", "the end of") is no label.
//   - "Q3 FY2013", "Q3 of FY13", "the third quarter of the financial year",
//     "the first half of fiscal 2013" are one expression each: the
//     quarter or half of that fiscal year, valued by the fiscal year's name
//     (the year it ends in, as TimeBank values "fiscal 1989"; the one under
//     way by the reference year), with no calendar interval. After one,
//     a bare "the fourth quarter", "Q4" in the text is of the same fiscal
//     year, no calendar quarter, unless the order of quarters says
//     otherwise: an earlier quarter in a future clause is the next fiscal
//     year's ("a loss for Q4 FY2013. In the first quarter, it will cut
//     jobs": FY2014's), a later one in a past clause the last one's. A
//     bare "Q3" before it (a headline's) is of that fiscal year too when
//     the story names "Q3" later with its fiscal year. "the next financial
//     year", "last fiscal year", "the previous financial year" are fiscal years counted from
//     the reference year, no interval. "by the end of the financial year in
//     March" is of the year of that March.
//   - A span of years with a slash, "2014/15", is one as "2014-15" (the
//     first year, with both years' days); "FY2014/15" and "the 2015/16
//     financial year" are named by the year they end in. "the April-June
//     quarter of next year", "the July-September quarter of 2016" are one
//     expression, that year's quarter.
//   - As "the year to March" (business news, above), "the fiscal year to
//     June", "the financial year to March" are durations up to that time.
//   - Named days: Anzac Day (25 April); Kenya's Madaraka Day (1 June),
//     Mashujaa Day (20 October) and Jamhuri Day (12 December); Britain's Spring Bank Holiday and
//     "the late May bank holiday" (the last Monday of May), "the May Day
//     bank holiday" and "the early May bank holiday" (the first Monday);
//     "Bank Holiday Monday" is the Monday the tense picks, the name its
//     extent. The Summer Bank Holiday is the last Monday of August in
//     England, the first in Scotland: "the late summer bank holiday" (the
//     English name) and "the August bank holiday" (and its weekend) are
//     the last Monday, unless the text speaks of Scotland (then the month
//     alone); "Summer Bank Holiday" alone is left alone.
//   - "midnight tonight", "noon tomorrow" are one TIME each, as "8 p.m.
//     tonight". A bare ordinal day ("on the 26th") ends its phrase before a
//     preposition or conjunction ("on the 26th for Republic Day", "on the
//     3rd when"), not before a noun ("the 25th anniversary"); told in the
//     past it ends only before "and", "or", "at" ("made a birdie on the
//     18th for a 70" is a hole of a round, no day); after "that"
//     it is a day before an auxiliary ("said that the 27th would be its
//     busiest day"), its month by that verb's tense; in a sentence
//     framed by another year (below) it is not tagged, its month unknown.
//     "Friday the 11th" is the 11th within a month of the reference day
//     that falls on a Friday, when exactly one does ("Sunday the 11th of
//     July" the date, its weekday checked); else the weekday stands alone.
//   - A year that opens a sentence ("In 2011, ...", "Last year heavy rains
//     in late August and September flooded Sindh"), or a year alone that
//     dates the subject opening it, a war or another event that happens
//     once (war, invasion, coup, siege, election, summit, cup ...; modifiers
//     between, "The 2014 local elections", but no preposition; a place's
//     name after it, "The 2011 war in Libya", "the 2003 war against
//     Iraq"), when the verb right after tells its beginning, end or taking
//     place ("began", "opened", "ended", "broke out", "took place", "was
//     held"; not "was held up")
//     ("The 1973 war began on Oct. 6", "The 2014 local elections were held in May",
//     "The Yom Kippur War of 1973 began on Oct. 6", "The 1991 Gulf War
//     ended on Feb. 28"; not "The 2012 champion won on Oct. 6", "The 2003
//     invasion was condemned on Monday", nor a span of years, "The 2008-09
//     war ended on Jan. 18"), frames it (to the sentence's end; a point
//     with no space after it, "U.S.-led", is inside a word, and so is the
//     point of a month's abbreviation before its day, "Jan. 25"; the
//     subject may also open a clause after ", and": "The 1967 war ended on
//     June 10, and the 1973 war began on Oct. 6"): a month, a
//     day or a holiday without its year later in that sentence, in a
//     clause in the past tense, is of that year ("Last year's champion
//     returns in September" speaks of the September to come), and a
//     weekday of another year than the reference one is not tagged (the
//     text does not place its week), unless it dates the report ("Last
//     year's floods killed 400 people, officials said on Monday": this
//     Monday); a clock time whose day the text does not give, in such a
//     clause, is of a day of that year ("In 1999, the deal closed at
//     midnight": 1999-XX-XXT24:00; "In 1986, the reactor exploded at 1:23
//     a.m.": 1986-XX-XXT01:23), not of the reference day, as TimeBank
//     writes a day of a known year ("1997-XX-XX"); the reference year
//     frames nothing new. The narrative goes on in that year in the next
//     sentence when it is past and no report ("In 1995, the blast tore
//     through the pit shortly after midnight. Rescuers reached the last
//     survivors at 4 a.m.": 1995-XX-XXT04:00; "Police said the suspect
//     was arrested at 9 a.m." may be back in the present story and keeps
//     the reference day). A capitalised "Today", "Tonight", "Tomorrow",
//     "Yesterday", "Last", "This", "Next", "Early", "Late" right after a
//     clock time in "a.m." or "p.m." opens a sentence ("closed at 5 p.m.
//     This morning it reopened"), whose period the clock time's doubles
//     as ("began at 10 p.m. Today the museum opens"), and is no part of
//     it ("8 p.m. tonight" is one expression). Any stop ends the frame,
//     and so does another year named in the sentence ("Last year's event sold out, and this year's tickets
//     go on sale on Thursday"). A year followed by a clause of
//     "when" frames it the same way ("up on last year, when the holy month
//     fell in August too": last year's August), up to the comma that closes
//     that clause ("Unlike in 2010, when floods hit in August, the rains
//     arrived in June" is this June).
//   - What is forecast, advised or warned of is to come: a weekday in the
//     phrase of "forecast", "predicted" ("The Met Office forecast dry
//     weather on Saturday", "has forecast showers on Saturday morning")
//     or after the infinitive of an advice that times its deed with
//     "before", "after", "by", "until", "early", "late" and the like
//     ("warned drivers to set off before 2pm on Friday", "urged fans to
//     arrive early on Saturday"; a bare day at its end, "ordered him to pay
//     $412 million in restitution on Wednesday", is the order's as often)
//     points forward, whatever the tense of the forecast; a form that may
//     be past ("forecast", "predicted") with no auxiliary does so only when
//     weather is forecast ("Apple forecast quarterly revenue below
//     estimates on Tuesday" is the day of the forecast, as agency leads put
//     the deed's day last). A forecast dated
//     by the day right after its verb ("predicted on Monday that"), the
//     noun ("the forecast for Tuesday"), a day past a clause boundary, and
//     the passive ("was asked to leave on Wednesday") keep the other cues.
//   - A 24-hour clock time takes the zones of this copy as it takes "GMT":
//     "15:30 IST", "10:00 SAST", "09.00 AEST", "12:00 HKT" (also AEDT,
//     AWST, SGT, PKT, NZST, NZDT, JST, KST).
//   - "the quarterly survey for April to June will be published" names the
//     months just gone, as "figures for January" (also "estimates for",
//     "the report for").
//
// # Known limits
//
// The tagger does not parse syntax: a tense cue from a neighbouring clause can
// mislead a weekday or a month. Quoted speech is resolved against the
// publication date unless the text dates its speaker's moment (see
// "today" above); a Q&A transcript's answers ("conducted on Friday", then
// "A: I saw him yesterday.") have no quotation marks and keep the
// reference day, and so do quotations in single marks.
// The day of a reporting verb ("officials said on Friday") does not become
// the anchor when its sentence named another day before it ("The rebels
// attacked the town on Tuesday, officials said on Friday. That night ..."
// is Tuesday night). Otherwise the anchor is simply the last day named, which in a narrative that jumps
// back and forth can be the wrong one for "later in the day" or "the next
// day". A clock time without a day ("shortly before midnight", "at 8 p.m.")
// has the reference day in its value, as TimeBank annotates it, but no
// interval: the text does not say which day it is. Right after a day and "at"
// ("on Tuesday at 3 p.m.", "yesterday at about 9:30 a.m.") or before a day
// after an aside in brackets ("10:35 a.m. (0735 GMT) Friday", "10:30 a.m.
// local time (0830 GMT) on Friday") it takes that day; so it does when the
// aside restates the same clock time with its day ("at 4 in the morning (4
// a.m. EDT Thursday)"); from another zone's clock time there with its day
// it takes the day the two clocks imply, in its value only: zones differ
// by at most 14 hours, so a gap of 15 hours or more crosses midnight ("11
// p.m. local time (0400 GMT Friday)" is Thursday, "1 a.m. Tokyo time (1600
// GMT Monday)" Tuesday), a gap within 10 hours keeps the aside's day, and
// 11 to 14 hours, either way, leaves the reference day. In a sentence that named a day before it ("On Monday, the polls closed
// at 8 p.m.", "broke out at about 2:30 a.m. Thursday and was under
// control by 6 a.m.": a rough clock time names its day firmly) its value takes that day, as TimeBank does, but its interval
// stays empty; so it does in a past-tense sentence right after one that
// named a past day ("The quake struck on Saturday. It hit at 8:02 a.m."; "midnight" and "noon" alike); a clock time with no day never becomes the anchor.
// "at midnight" in a past-tense clause with no day named ("the shutdown that
// began at midnight") is the midnight just gone, the end of the day before
// the reference day (no interval); "expires at midnight" is the reference
// day's. Values
// follow TimeML but not every TimeBank habit (TimeBank is inconsistent about
// "now", bare "years", "the year"). "the fiscal year" alone is a
// duration and "the latest fiscal year" no expression; "the next
// financial year", "last fiscal year" and a quarter of "the financial
// year" are valued from the reference year, as TimeBank values "the
// current fiscal year", which need not be the name a country gives its
// fiscal year (Pakistan's July-June year is named by the year it ends
// in). A festival of a lunar or lunisolar calendar is given only what is
// sure of it (see Festivals below), never a day but the Lunar New Year's
// from a table; a bare "Eid" (al-Fitr or
// al-Adha?) is only the year that holds both; nor is a national day whose date
// depends on a country the text does not name ("Republic Day", "Youth
// Day"). "the day after his death", "the day
// before the talks opened" are no expression: the text gives the event's
// day only sometimes, and the last day named is not always it.
//
// Festivals whose day is not sure: the festivals of the Islamic calendar
// are kept from the sighting of the new moon, which differs by a day or
// two between countries (Saudi Arabia kept Eid al-Fitr 2014 on 28 July,
// Pakistan on 29 July), and the Hindu and Chinese lunisolar calendars
// need astronomy the tagger does not do; a wrong day is worse than none,
// so such a festival gets what is sure of it. "Ramadan" ("Ramzan",
// "Ramazan"), "Eid al-Fitr" (1 Shawwal) and "Eid al-Adha" (10 Dhu
// al-Hijjah; "Eid ul-Adha", "Eid-al-Adha" alike) are placed by the
// tabular Islamic calendar (civil epoch), which put every one of them
// from 2009 to 2016 on the day Saudi Arabia kept or the day after
// (TestIslamicDay); allowing two days either side covers every country's
// sighting. Their value is the month when all those days lie in one
// month ("Eid al-Fitr" in 2013 is 2013-08), else the year ("Ramadan",
// which always spans two months; "Eid al-Fitr" in 2011, 30 or 31
// August), else nothing (a festival across the new year). "Diwali",
// "Deepavali" (mid-October to mid-November), "Navratri" (late September
// to late October; not "Chaitra Navratri") are their year; "the Lunar
// New Year" and "Chinese New Year" ("the" belongs to it) are the first
// day of the Chinese lunisolar year, from a table of those days from
// 1980 to 2040 (China's calendar, at UTC+8, checked against the
// lunar-javascript library), and outside it (21 January to 20 February)
// their year; and so are the seasons of the church year that cross
// a month: "Lent" (Ash Wednesday to Holy Saturday) and "Advent" (its
// first Sunday to Christmas Eve; its month, December, when it begins
// on 1 to 3 December). The year is the one the tense picks over the
// span of days the festival may take, or the year written or named
// after it ("Ramadan last year", "Ramadan 2014", "the Ramadan of 1973",
// "during Ramadan in 1973", whose year stays an expression of its own);
// "last", "next" before it belong to it
// and take the last one wholly gone or the next one not yet begun ("Last
// Ramadan" said during Ramadan is a year before). A relative clause
// right after it ("Diwali, which fell on November 13", "Eid al-Fitr,
// which is expected on Sunday") dates it past or to come, whatever the
// main clause's tense, when its verb is one of the festival's day (fell,
// falls, began, begins, came, will; "is", "was" only before a word that
// dates, as "expected", "due", "on": "Diwali, which is the biggest
// shopping festival" leaves the main clause's tense); such a verb right
// after its name, with "on" and a day that writes or names its year
// ("Chinese New Year fell on Feb. 3 last year"), gives that year. "the
// end of Ramadan", "the start of Lent" are the month (else the year)
// that part falls in, with no mod: "the end of" a year-valued festival
// is not the end of the year; "late Ramadan" has no such part and leaves
// the festival alone; "the 29th of Ramazan", "the 10th of Muharram" (a
// day of an Islamic month) are the month they
// surely fall in, never the Gregorian month's day. A capitalised "Lent"
// or "Advent" is the season only after a preposition or a determiner of
// time ("during Lent", "the start of Advent", "this Lent") or opening a
// sentence before a verb of its course ("Lent begins"): "Banks Lent
// More in May" (a headline's "lent"), "The Advent of Streaming", "Advent
// International", "an Advent calendar" are none. "Ramadan" after a
// capitalised word other than a preposition or determiner ("Tariq
// Ramadan"), before a verb of saying, or before a capitalised word not
// after a preposition or determiner of time (a given name before a
// surname: "Ramadan Shallah, the Islamic Jihad leader", "Chechen leader
// Ramzan Kadyrov"; not "During Ramadan Muslims fast", a headline's
// "Ramadan Begins") is a person's name, none, and so is a later
// "Ramadan" of a text that named a person so, unless a preposition or a
// determiner of time stands before it or a verb of its course after it
// ("Mohammed Ramadan, 34. Ramadan, a father of three, was shot"; not
// "Ramadan began last week"). "last" or "next" after a determiner
// before a festival or a named day ("the last Ramadan before the 1967
// war", "his last Christmas with the family") is a final one, of a year
// the text does not give: none. Four figures from 1300 to
// 1499 before "AH", "A.H." or "Hijri", or after an Islamic month, its day
// and a comma ("1434 AH", "Shawwal 1, 1433", "the 27th of Ramadan,
// 1433"), are a year of the Islamic calendar: no Gregorian year, and no
// year for a festival dated to that day. Four figures after a festival
// (or a named day) and a comma, or after a festival and "in", are its
// year only before a punctuation mark, a capital or a word of grammar:
// "During Ramadan, 2000 people were arrested", "in 2000 mosques",
// "During Christmas, 2000 people" are counts. Before
// "holiday", "holidays", "break" a festival names a break ("the Lunar
// New Year holiday", as "the Easter holidays") and is not tagged. "the
// Year of the Dragon", "the Year of Mercy" (a capitalised "Year" before
// "of" within a sentence) are names, no year.
//
// "falls on" before a day in a sentence (not a headline, whose present
// tells of a day gone: "Oil falls on Tuesday") says where the day lies in
// the calendar, in the present, and is read as a timetable's verb: "Yom
// Kippur falls on Saturday this year" is the coming Saturday; "fell on"
// stays past, and so does "falls" as the plural noun of a drop: after a
// word that qualifies a noun ("Sharp falls on Monday", "the falls on
// Monday", "Share price falls on Tuesday") or with a verb of its own after
// the day ("falls on Monday wiped $1 trillion off shares"), and a verb
// whose "on" opens no day's date: a caption's "A woman falls on the ice
// in Chicago on Monday" is a deed gone ("falls on Saturday", "falls on
// Jan. 7", "falls on a Sunday", "falls on the first Monday of May",
// "falls on Christmas Day" read the calendar).
//
// Obituaries: "the year" set after a year and a comma ("went solo in
// 1972, the year her album won a Grammy") is that year, which the clause
// after it describes; "1972, the year before the war", "the year's" and
// "2012, the year ended Dec. 31" (a fiscal year), "In 2012, the year
// ahead" are left to their own rules. A month and day without a year set after "in" a year, a comma
// and "on" ("He was born in 1931, on May 5", "in 1926, on 11 February")
// narrows that year, an apposition, and is of it (a year closing a
// month, "the highest since October 2008, on Oct. 21", or a year in
// another sentence frames nothing, nor does a day that opens the main
// clause after the apposition: "The company, founded in 1998, on Nov. 3
// said"; the day must close its phrase, before a punctuation mark or
// "in", "at", "aged", "when"); so does a year after "this early
// in", "so late in" for a named day ("last celebrated Easter this early
// in 2008"). Ages ("He was 84", "aged 87", "at age 6")
// and "in his later years" are not tagged.
//
// Anniversary and history copy: a war's name is no duration ("the Six-Day
// War", "the Hundred Years' War": a duration written in capitals before a
// capitalised "War"; "a six-day war" stays one); a decade after "in
// their", "in his", "in her" ("veterans in their late eighties") is an
// age, not the 1980s, unless written in four figures ("in her 1980s
// heyday" is the decade); "overnight" before "in" or "on" and a date with
// its year ("the wall went up overnight in August 1961") says how fast,
// not which night, and is not tagged; a weekday after "on a" ("Armistice Day falls on a
// Friday this year", "on a Friday night") is any such day and is not
// tagged, since no day is made up; a month and day after "every year on",
// "each year on" ("a minute's silence every year on August 6") is that
// day of any year, XXXX-08-06, with no interval and no anchor, and so is
// a month after "every year in", "each year in" ("Parliament opens each
// year in September": XXXX-09) and either before "every year" closing its
// phrase ("on March 3 every year"); a weekday counted in a month there
// ("is held every year on the third Monday in April") is the month of any
// year, XXXX-04, its day of the month moving from year to year (not when
// the date writes its year: "every year in November 2009, 2010 and 2011"
// is November 2009); and "this
// weekend" after "ago" ("Twenty-five years ago this weekend, the gates
// opened") is the weekend of the anniversary, the current one, though the
// verb is past ("Fifty years ago this week" is one expression, that week
// of then). A month and day without a year in a past clause right after
// a full day of a year before last ("on the evening of Nov. 9, 1989 ...
// In the early hours of Nov. 10") is of that year when it falls within 31
// days after that day: the story goes on; a day before it, a later one, a
// clause to come, or a full day of last year leave the year to the tense,
// since news returns to the present; so does a month and day that this
// year has already passed ("born on Jan. 5, 1931 ... He died on Jan. 20"
// in a February paper is this January's death, not 1931's). The same
// holds for a day written before its month ("On the evening of 6 April
// 1994 ... On 21 April").
//
// Encyclopedic history narratives (background sections, chronologies,
// explainers of wars, revolutions, famines, a city's history) tell a
// story decades back while the reference date is the day of publication,
// and their bare months, days and seasons are the story's, not this
// year's. Once two dates in a row (each moving the date last named) lie
// three or more years before the reference year, not after "since",
// within two years of each other (dates further apart sum up a
// background: "born in May 1931 and joined the navy in June 1949. He
// died on Oct. 8" is this October; "was founded in March 2001 and listed
// in June 2005. It cut 500 jobs in August" this August), not a
// flashback (a run begun after a date of this year or the last and told
// all in the past perfect: "Police arrested the man on Tuesday. He had
// been jailed in May 1999 and again in June 2000. He appeared in court
// in November" is this November; a clause in the past perfect still
// goes on with it), and not in a clause of speech closing the story's
// sentence after a comma ("retook Seoul on 28 September 1950, veterans
// recalled at a ceremony in December": the speaker's December, this
// one), and
// the last was named as a month, a season or a day (not a year alone:
// "founded in 1998 ... It cut 200 jobs in March" is this March), a month,
// a month and day, a day and month, a season, "early July", "late
// August" in a past clause of that sentence or the next (or the one
// after, when the sentence between goes on in the past) take the story's
// year when they fall on or after its date ("on 4 January 1951 ... It
// was retaken in March": 1951-03; "on 18 March 1962 ... through the
// spring": 1962-SP), or the year after for January-March after
// October-December in the same sentence ("in December and January
// alone": 1941-12, 1942-01; not in a past perfect); after "since" one on or before it is of the
// story's year too ("Verdun, which had been under attack since
// February": 1916-02), and so is a month before the story's that this
// year has not reached, which the tense would put in last year, never
// named ("The second wave, in the autumn ... broke out in late August"
// in an April paper: 1918-08). A month before the story's that this year
// has passed, a clause to come, a sentence in the present between, a
// story further back or a single old date leave the year to the tense,
// except a month and day in a past clause after a stretch counted forward
// from the story's date ("the next N months", weeks or days, after
// "over", "in", "during", "within" or opening the sentence, in the day's
// sentence, the story's date in it or the one before, named as a month, a
// season or a day, not a year alone) that falls within that stretch: "In the spring of 1942 he was posted to Malta. Over the
// next four months he destroyed seven aircraft, and on June 2 he was shot
// down" is 1942-06-02 (spanYear); "born in March 1931. He died on June 2"
// and a day beyond the stretch stay the tense's. "N days later" (weeks, months) in a past clause
// after such a date is a link of the chain though its day is not given
// ("Protests began in January 1978 ... ceremonies held 40 days later ...
// through the spring": 1978-SP). A plan's deadline after "by" ("with
// orders to hand over power by June 1948": "to", "would" or "due"
// before it in its clause) neither moves the story nor ends it ("On 3
// June" after it is 1947's), and a bare month, season or part of a day
// whose year the tense guessed ("a strike that October" read as this
// October) does not end it; a date the text places (a year in figures,
// "last year", a weekday, a month and day) does. There "the end of the month", "the end of the year"
// are the month and year of the date last named. "the following March",
// "The following September" are the first such month after the date last
// named in that sentence or the one before (none without one; "the
// following March 3 deadline" is left to the day); "the summer of that
// year", "the spring of the following year" count from it as "November
// of that year" does; "that winter" after a year alone ("In 1845 ...
// That winter") is the winter that begins in its December, 1845-WI
// (after January 2010 it stays 2009-WI). A date within six words after
// "since" in a past-perfect clause, before the day the story is on, is
// its backdrop and does not become the date last named ("On 25 June
// 1950, troops crossed the line that had divided the peninsula since the
// Japanese surrender in 1945. Three days later": 28 June 1950); a past
// perfect alone may go on with its story ("had fled in June 1998 and
// returned later that year": 1998). A clock time right before "the next
// day", "the following day", "the same day" ("A ceasefire took effect at
// noon the next day") is on that day, which stays an expression of its
// own, as after "on", and sets the anchor itself (the clock time does
// not move it a day on first).
//
// Markets, earnings and economic-data copy: a date after "since" with a
// superlative a few words before it ("the smallest gain since March
// 2011", "its lowest level since 2008", "the first back-to-back decline
// since the first quarter of 2014") is the base a record is counted
// from, not the time the story is on (unless a clause of "when" tells of
// it: "the worst drought since 2011, when rivers ran dry"): it does not
// become the date last named (nor the quarter being reported), so "from a year earlier" and
// "the first three months of the year" after it still count from the
// figures' own period. A part of the day before a noun of a market's
// dealings ("in morning trading", "in afternoon trade") is left alone, as
// TBAQ leaves "Sunday's morning talk shows" and the devset "rose 1
// percent in morning trading". "overnight" before a noun of lending ("the overnight lending rate",
// "overnight repo", "the overnight interbank rate", "overnight deposits")
// is a loan's term, no night. "the past 20 trading days", "the next 10
// business days", "the last three straight months": the count takes its
// unit over the word that says which days count, and the article with
// it, as "the past 12 months". A bond's maturity is a duration, as TBAQ
// marks "the benchmark 30-year Treasury bond" and "the 10-year note" (2
// of 2): "two-year yields", "three-year notes" are P2Y, P3Y. A quarter
// without a year whose results are told as reported, in a past clause or
// before a headline's verb of change ("third-quarter profit rose", "Apex
// 3Q profit climbs"; AP's "1Q", "3Q" before a noun of results are
// quarters), is a fiscal quarter when its calendar namesake has not ended
// by the reference day (no company reports a quarter still running):
// valued by its number, with no interval, and the quarter "the year-ago
// quarter" goes back to; a forecast or a timetable ("expects
// third-quarter profit to rise", "said third-quarter earnings would
// fall", "will report third-quarter results on Oct. 20") keeps the
// calendar quarter. "the holiday quarter",
// "holiday-quarter sales" are the October-December quarter, chosen as
// "the fourth quarter" is, or the coming one when a modal follows ("the
// holiday quarter would bring"); "the holiday quarter of Palma" is none.
// A month before a noun of figures or of a forecast, after a determiner
// or a possessive ("the January payrolls report", "its April forecast",
// "the March count") is the nearest such month whatever the clause's
// tense, or the one gone after "from", "than" or in a past clause ("up
// from its April forecast", "revised the March count up" in February);
// so is a month's own possessive before such a noun, or before "sales",
// "jobs", "inflation" and the like and such a noun or "pace" ("in line
// with January's inflation figure" in a future clause in March is the
// January gone, "At June's sales pace, it would take" in July the June
// just reported); "January's sales" (a sale season) is no figure;
// a month after "in" that closes a figure compared with, "up from" or
// "down from" a figure ("would take 5.5 months, up from 5.2 months in
// May", "will rise to 6%, down from 7% in March") is gone whatever the
// tense, the figure having been measured (not a range on, "up from $3 in
// March to $5 in June", nor a rank, "up from 5th in May");
// "May" before such a noun ("May sales", "May exports") is the month, as
// the modal never stands there. A futures contract's month ("crude for
// January delivery", "gold for December delivery" (after a commodity
// or a contract), "January futures", "the January contract" in a text
// that spoke of delivery or futures) is the
// current or a coming one, whatever the tense; "the January settlement"
// of a lawsuit, "jets ordered for January delivery" and "the January
// contract" of a wage deal keep the tense's month; after a date its
// sentence named before it ("Last summer, crude for August delivery
// peaked") the contract is current or to come from that date, not from
// now. "at week's end", "by the week's end" are the end of the
// reference week in a clause not past (in a past one, of the week of a
// day its sentence named, or none). A perfect participle after "having"
// ("having forecast growth of 3 percent in April") is a past cue; a
// participle of intent before an infinitive ("having agreed to sell the
// unit by June", "having promised to") is none, and the clause's verb
// decides.
// "the previous month" counts from the month last named as a month when
// the date named since is the day of a report next to its verb ("175,000
// last month, the department said on Friday ... the previous month's
// figure" is April in June) or a comparison's base after "from" ("in
// March from February ... the previous month" is February); after
// another day ("In May, sales rose. On June 10, the firm said the
// previous month was its best") it counts from that day. A month
// after "in" right after "next" and a noun of a scheduled event ("its
// next policy meeting in April", "the next election in May"; not
// "exploded next to the embassy in May") is the one to come, though a reporting verb before
// it is past; a past verb after it ("the next meeting in April was
// cancelled"), or one before it with no verb of reported speech before
// that ("raised rates at its next meeting in March", "won the next
// election in May"), leaves it to the tense. A quarter without its year
// in a past clause that a year opens ("In 2013, Apex said its
// third-quarter profit rose", "Last year, third-quarter profit rose") is
// that year's, as a month there is; a month with its year ("In January
// 2014,") frames no quarter.
//
// Weather, disaster and emergency copy: a unit of length joined by "per",
// "a" or "an" to an hour or a second ("315 km per hour", "120 miles an
// hour", "2 metres per second") is a unit of speed, no set and no
// duration ("$20 per hour", "300 miles a day" stay rates). "the first
// night", "the final night" are a night of a run, as "the first day", and
// no expression. "overnight" right before a weekday, with or without
// "on", is that day's night ("overnight Monday into Tuesday", "overnight
// on Wednesday into Thursday"; "overnight into Sunday" is the night
// before that day); alone ("overnight on Thursday") it is so when the day
// is to come or gone, but for the reference day in a clause not in the
// future it is the night that ends on it ("made arrests overnight on
// Friday" in a Friday paper). Clock times that a daily set closes ("between
// 11 am and 4 pm daily", "from 9 a.m. to 5 p.m. every day") are any day's
// hours, XXXX-XX-XXT11:00, as "daily at 6 a.m.". A tally up to a day, a
// figure the object of "reported", "recorded", "registered", "counted" or
// "logged" before "until" or "till" ("reported 266 deaths till Tuesday
// evening"; a participle may qualify the figure's noun: "registered
// 600,000 displaced people until Monday"), is of a day gone. A GMT or
// UTC clock time in brackets right after a clock time ("1:25 a.m. (1625 GMT Friday)") is the wire's
// conversion of the same moment: its day becomes neither the day the
// story is on nor the day later clock times take ("by midday" is
// Saturday's); a local time in brackets after a GMT one ("0300 GMT
// Saturday (11 p.m. Friday local time)") does. "this spring",
// "this summer", "this autumn" said before the season's start are this
// year's season whatever the tense; they go back to last year's only
// within 61 days of its end, in a clause not in the future ("Sales have
// been weak this fall" on 10 January), while "this winter" in a past
// clause is the winter just gone.
//
// More of that copy: "March" or "May" after "into" and a verb of lasting
// ("could continue into March", "dragged on well into May") is the month
// ("tore into May" is a name; so is a month before another capitalised
// word, "runs into March Madness"; after "ran into" the month must end
// its phrase: "He ran into May at the conference" met someone). "at least", "more than" before "another"
// belong to the duration ("for at least another week" P1W,
// EQUAL_OR_MORE). A holiday's name before one or two lower-case nouns,
// "of" and a year that ends the phrase or comes before a verb ("the Ash
// Wednesday fires of 1983", "the Boxing Day tsunami of 2004 killed") is
// that year's day; "a Christmas bonus of 2000 dollars" is an amount. A
// passive forecast whose subject names the weather ("Rainfall totals of 6
// to 10 inches were forecast through Sunday") points forward as the
// active one does; "had been forecast" is a forecast gone by. An order's
// deadline is after the order: an active "ordered", "demanded" with an
// object and "by", "until" or "till" before a weekday, alone or after a
// clock time, or "tomorrow", "tonight" in its phrase ("ordered the
// evacuation of low-lying areas by 5 p.m. Saturday") points forward (a
// month's deadline is as often dated by a year that opens the sentence:
// "In 2011, Obama ordered the withdrawal of all troops by December"); a
// deadline after a day its sentence named before the order ("On Thursday,
// the governor ordered residents to leave by Friday") is the first such
// day after it, as after "said on Thursday" (an order or a request is
// said); a bare day, "early on Monday" or "by helicopter" time the
// order, and a weekday, "on", a conjunction or a relative word before the
// deadline end the search ("ordered the book on Monday and it arrived by
// Friday"). A weekday that is the object of "declares", "names",
// "designates" or of "has declared", "has named", "has designated" before
// "a", "an" or "as" and a day's noun ("has declared Wednesday a national
// day of mourning", "a public holiday") is a day to come; the simple past
// ("declared Monday a holiday"), a judgement ("have declared Saturday
// a success") and a possessive or superlative noun ("has named Sunday as
// its busiest day") keep the tense. A bare plural before "of" after a verb of
// undoing ("had wiped out years of development", "could undo decades of
// progress", "erased", "reversed") is a stretch of no stated length, as
// after "after months of talks". "every three or four years", "every 2-3
// weeks" are sets valued by the lower bound, as the range is. Two
// The trade press's one-letter units attached in lower case to a figure
// under 1,000 are durations: "logged 290h on type", "the final 2h"
// (hours), and seconds after a word of approximation or bound or before
// "after", "later" ("about 10s after the impact", "5s later"); "ran 100m
// in 10s", "2H" (a half-year) and "14h30" are none. Two
// stretches of no stated length joined by "or" or "to", the second the
// larger unit ("within weeks or months of his capture", "days or even
// weeks", "could take days to weeks") are one expression valued by the
// first, as TimeBank marks "weeks or months" PXW; after a comma the
// alternative is a stretch of its own ("for weeks, possibly months",
// "months, if not years"). A state in force now until a clock time ("A
// tornado watch is in effect until 9 p.m. CDT") ends today, though the
// sentence before named a day to come: "until", "till", "through" before
// a clock time with no "will" or "shall" before it in its sentence do not
// send it to that day, when the clause says the state holds now ("in
// effect", "in force", "in place", "remain", "still"); "The vote is on
// Thursday. Polls are open until 8 p.m." is Thursday's 8 p.m. A weekday or
// a month after "until", "on" and the like, followed by ", when" and a
// simple past that tells a deed ("closed until Tuesday, when repairs were
// finished", "held until March, when fighting resumed"), is gone, in a
// clause with no modal and not in the present. A passive forecast with an
// infinitive, of the weather or the water ("Temperatures were forecast to
// reach 40C on Saturday"), is of the nearest such day; so is a forecast
// told of the weather with "was likely", "is unlikely" and a preposition
// ("said a hard freeze was likely in the region on Wednesday night" in a
// Monday paper is the coming Wednesday), but not "the suspect was likely
// in the area on Wednesday night" (where he was), "was likely started on
// Wednesday" (an adverb before a deed) or "is likely to" (the verb after
// it decides). "Was likely" forecasts only as reported speech, after a
// reporting verb in its sentence: not after a past perfect one
// ("Forecasters had warned that a hard freeze was likely on Wednesday
// night"), not with a clause after it telling what came of it (", and 10
// inches fell"), and not before its reporting clause ("Fog was likely on
// the runway on Wednesday night, investigators said") unless forecasters
// or a weather service speak there ("Snow was likely across the region on
// Friday, forecasters said"). A present need with its object and "in", "by", "until" ...
// before a month or a weekday ("we need sun in July and August", "The
// crop needs rain in August") points forward; "basic needs in August",
// "the need for rain" are nouns, and "need answers about the March
// attack", "need not", "need only" no need of a time to come; a need
// reported by a verb dated by its own month or weekday ("\"We need rain in
// May,\" he said in April") counts from the speech, as the tense does.
// "May", "March" after a superlative of the weather
// ("the third-warmest May since 1895", "the wettest March on record") are
// months. A month and day in a clause of habit ("The monsoon usually
// reaches Kerala on June 1") is that day of any year, XXXX-06-01, with no
// interval, as a bare month there is; so is one in a habit told in the
// past ("usually reached Kerala on June 1 in the 1990s", "was usually
// held on Aug. 3"), not of last year. A date before the verb of an order
// or a declaration ("The judge on Monday ordered the city to pay by
// Friday") times the order: the future of the deadline is after the
// verb; a simple past "declared" with its own day named before it ("on
// Monday declared Wednesday a day of mourning") declares a day after
// that one. A "will" clause after the reference year named in its
// sentence ("In 2016, the company will open its first store on Dec. 1"
// in January 2016) points forward as one with no date before it; after
// another year or a month ("In December 2015, he said he will be home for
// Christmas") the nearest day stays. "The July Fourth parade of 1976" is
// that year's day, as "the Boxing Day tsunami of 2004".
//
// Press releases and official notices that news copy pastes: a span of
// weekdays in full ("Monday through Friday", "Monday to Thursday") right
// after a range of clock times, or a clock time after "at", is the hours
// kept every such day: "from 9 a.m. to 4 p.m. Monday through Friday" is
// XXXX-XX-XXT09:00, XXXX-XX-XXT16:00 and two sets, XXXX-WXX-1 and
// XXXX-WXX-5; a single clock time after "from" opens a stretch to the
// last day instead ("closed from 5 p.m. Monday through Friday"), and a
// span followed by days of the month names those days. A range of clock
// times right after a noun of opening hours ("will operate extended hours
// from 7 a.m. to 7 p.m.", "Opening hours are 9am to 5pm", "office hours
// of") is any day's hours, unless a day follows the range; a count of
// hours ("for 12 hours from 7 a.m.") is a stretch. The first end of a
// range of clock times, with its own a.m. or p.m., takes the day the
// second end names ("from 4 p.m. to 7 p.m. on Wednesday, Aug. 14", "from
// 8 a.m. to noon on Saturday, Nov. 30"), not the day named before, unless
// the range runs past midnight. A month and
// day with no year that ends a range of days right after its start
// ("extended from Dec. 15 to Jan. 31", "between Dec. 28 and Jan. 2") is
// the first such day on or after the start, across the turn of the year
// ("brought forward from ... to" is left to the tense). A day that a
// deadline, a closing date or a cut-off "is" in the present ("The
// deadline for applications is 5 p.m. on 31 January") is to come, even
// within six weeks gone, unless the sentence dates its speaker's words
// before now ("The deadline for comments is Nov. 15, officials said last
// month" in a Nov. 20 paper: the day just gone); "was" keeps it past. "N months of age", "N years
// of age" ending their phrase are ages, no durations. "overnight" before
// a noun of a service or works ("Overnight closures", "overnight train
// services") names no night. A word in -ed after a modal and a verb in
// its bare form ("will operate extended hours", "would offer reduced
// fares") is an adjective and gives its clause no past tense; after "to"
// it may be a past verb ("The decision to sell surprised investors").
// A date after "compared with", "compared to", "versus" and a figure
// ("compared with $43.4 million for the fourth quarter of 2011") is a
// comparison's base, which, like a record's base after "since", does not
// become the date "the year", "the quarter" later go back to. "on the
// Sunday", "on the Sunday morning" in a text that named a day in that
// sentence or the one before is the first such weekday on or after that
// day, the article inside ("The event will take place on Saturday 21
// September ... on the Sunday morning": 22 September); before "before",
// "after", "of" or a capitalised name ("on the Sunday Times website") it
// is left alone, and so is one before a word that is no preposition or
// conjunction ("on the Sunday edition's front page", "On the Sunday they
// began": a noun it qualifies, a clause that picks the day). A span of
// weekdays followed by a week ("Monday through Friday last week", "at 9
// a.m. Monday through Wednesday next week") names those days of that
// week, no weekly hours: its first day is of the week named, as "Monday
// last week" and "Monday of last week" are. A month and day, or a list of them, followed by a
// comma and a clause of "when" in the future ("added two days this year,
// on Oct. 11 and Feb. 14, when students will not attend") is to come,
// whatever the verb before it; a clause in the past is left to the other
// cues. A participle in -ed of an absolute phrase after ", with" in a
// sentence whose main clause is in the future ("Collection will be
// delayed by one day, with routes collected on Friday") is no past cue:
// the phrase tells how the future runs; after a past or a present main
// clause ("with three people killed on Monday") it stays past. "fiscal
// year ended", "financial year ending" before a day, with no article,
// after "for", "and", "in" or "during" ("for the fourth quarter and
// fiscal year ended December 31, 2012") is a duration, as "the fiscal
// year ended".
//
// Long past narratives inside news (round 8: background sections,
// anniversary features, a profile's biography, a company's or a court
// case's history). A month and day in a past clause right after a month
// written with its year three or more years back ("In March 1982,
// scrap-metal workers raised the flag. On April 2, the junta invaded")
// is of that year when it falls in that month or within 31 days after
// its end and that day of this year is still to come, as after a full
// day; a bare month ("Exports fell in March") opens no story, and a
// clause to come or a day after "for", "to" (a schedule: "A hearing was
// set for April 2") keeps the news's day. A past perfect after the comma
// that closes a clause with its own simple-past verb ("By the time rain
// put it out on Tuesday, Oct. 10, 1871, it had burned for a day") is the
// next clause's, so the date is no flashback of the news and the story
// goes on in the simple past ("little rain fell between July and
// October": 1871); "In May 1999, he had been jailed" still is. "a
// hundred and forty", "two hundred and twenty-five" take the tens after
// "hundred and" ("A hundred and forty years ago": 1871). "that December",
// "that autumn" with no preposition are the month or season of the year
// last named when they open a sentence or a clause after "and", "but" or
// a comma with the clause's subject right after ("and that autumn she
// joined a survey ship": a pronoun, a determiner or a capitalised word,
// not when the month may be a first name: "and that June Carter sang"),
// or stand before a preposition ("bought its rival that August for $112
// million"); "warned that autumn would be hard" and "the floods that
// spring brings" are a conjunction and a relative. "a" and a unit joined
// by a hyphen to a lowercase word that is no unit ("a night-school
// teacher", "a day-care place", "a year-on-year rise") open a compound,
// no duration; "-long", "-old", "-earlier", "-later", "-ago" and "a
// quarter-century" keep theirs. A bare weekday in a past clause of a
// history narrative (as historyYear's: two old dates in a row, the
// story's date in this sentence or the one before) that has named a day
// of its own with its weekday ("on Tuesday, Oct. 10, 1871") is the such
// weekday nearest that day, three days either side ("On Saturday night,
// a blaze destroyed four blocks": 1871-10-07; "at 9:40 p.m. on Sunday":
// 1871-10-08, and "the next morning" after it), while the story's last
// date holds that day and stands in the weekday's paragraph; a day named
// within a week after it moves it. A paragraph that names no date of the
// story before its weekday ("The talks resumed on Monday" after the
// history), a story whose days were named without their weekday ("won
// the final on July 9, 2006. On Saturday they lost to Spain"), a single
// old day, a clause to come, a sentence in the present between, a
// weekday dating a report ("Officials said on Thursday") and a sentence
// looking back from the present ("75 years later", "50 years on", an
// anniversary, "recalled") leave the weekday to the news. "the following February", "the following
// spring" in a past clause count from a date named two sentences back
// when the sentence between is in the past ("In May 2010, five states
// signed. Egypt and Sudan refused to sign. Burundi joined the following
// February": 2011-02), as in the sentence after it, and after a year
// alone the next year's ("Egypt signed in 2012. Burundi joined the
// following February": 2013-02); a sentence in the
// present between ("The treaty is still in force."), a clause to come or
// a date further back leave them to the bare month or season. "Three
// months later," "Two months earlier," opening a sentence, counted from a
// month written with its year, frame their sentence's past clauses as
// "In May 2009," does ("An inquiry began in February 2009. Three months
// later, detectives arrested a man, who was charged in June": 2009-06);
// the next sentence, a clause to come, and a count from a month whose
// year the tense guessed ("Police arrested a man in May. Two months
// later") are left to the tense. "follows on" before a weekday or a
// month ("A parade follows on Monday", after the anniversary's ceremony)
// is a timetable in the present, the day to come; "follows a hearing on
// Monday", "follows Monday's vote" and "follows on the heels of" tell of
// what went before and give no cue. On the anniversary itself, the
// story's own day named again without its year right after it, in a
// past-perfect clause ("the slide began on 21 October 1966 ... On the
// morning of Friday 21 October, pupils had just returned" in a paper of
// 21 October 2016), is the story's day, and "that afternoon" after it
// too; the simple past ("On Nov. 9, crowds gathered"), a past perfect
// after a simple past or in a relative clause ("crowds gathered where the
// school had stood", "Merkel said the wall had fallen"), "by", "until",
// "since", and any other day than the anniversary keep the news's.
//
// Travel and transport copy. A number written onto the letters before it
// with no space ("Flight TK1823", "an A330", "EUR2010") is part of a code,
// a model's name or an amount: no year, day, clock time or count; the
// letters of a fiscal year or a quarter ("FY2014", "Q3", "H1") are read
// where they begin. "a second," before another adjective of the noun, a
// compound with a hyphen or a word of comparison or kind ("a second,
// four-day break", "a second, larger strike"), is an ordinal, no second of
// time ("He paused for a second, then spoke" keeps it). A weekday in
// brackets after a clock time of another zone that glosses a clock time on
// a day just given ("from 0001 local time on Wednesday (2201 GMT on
// Tuesday)") is the same moment, so that day or the one next to it,
// whatever the tense (a future clause would send the Tuesday a week on).
// The second weekday of "between Thursday and Monday" is the span's end,
// the first such day after the first ("and" alone takes the nearest, which
// may come before), and "between Monday and Wednesday last week" names
// those days of the week named, as "Monday through Wednesday last week".
// "the Sunday after Thanksgiving", "the Thursday before Easter", "the
// Monday after Nov. 3" are one expression, the first such weekday after
// (before) the day named, in the year the day takes (a sentence framed by
// "Last year" gives last year's Easter), and a clock time "on" it takes its
// day; after "the election" or a clause no day is made up, nor when the
// day so found is still to come in a past clause (or gone in a future
// one): "Churches were full on the Sunday after Sept. 11" in a paper of
// Sept. 14, 2011 leaves the words apart. "the
// Thanksgiving holiday weekend", "the May bank holiday weekend" are the
// holiday's weekend, as "the Thanksgiving weekend" (a holiday on a fixed
// weekday only; "the Easter holiday weekend" is Easter's). "the May bank holiday" is Britain's early May bank
// holiday, the first Monday of May, unless the reference day lies between
// the two May bank holidays, when it may be either and "May" alone is
// kept, or after the late one when the tense gives this year's ("Traffic
// was heavy over the May bank holiday" in June).
//
// A train, a bus or a flight named by its departure, with no zone and no
// a.m. or p.m. ("the 0715 from Brighton", "the 07:15 to London Victoria",
// "a new 0720 service", "caught the 0715", "passengers on the 07:32", "the
// 0702 or the 0734"), is a clock time: of the day the sentence gives ("On
// Monday the 07:15 from Brighton was cancelled"), else a service of any
// day, XXXX-XX-XXT07:15. Four figures that could be a year count only
// after "the" and before "from" or "to" and a capitalised name, or a noun
// of a service, in a sentence that speaks of transport ("Commuters on the
// 1745 from Waterloo"; a train, service, passenger, station, timetable,
// operator ...); with none, "the 2008 from Chateau Latour" (a vintage),
// "the 2300 from Syria" (a count), "The 1830 from Paddington will be
// withdrawn" are neither a train nor a year, none, and so is one before a
// verb of the plural ("The 1500 to Madrid were deported on a flight"). "the 0800 number", "the 1500
// metres", "in 1830 from Paris" are none. A date after "from" and before
// "until further notice" ("ordered staff out from Dec. 15 until further
// notice") is the nearest such day whatever the tense: a measure open at
// its end may start after it is reported. "an hour" after an amount or a
// counted thing ("one train an hour", "four buses an hour", "$20 an
// hour") is a rate, a SET as "four flights a week"; "walks an hour a
// day", "takes an hour" keep the duration.
// A clock time after a weekday in the plural in its sentence, with no day
// named between ("the first trains on Sundays will start at 7am instead of
// 5.30am, and services will run every 15 minutes until 9am"), is the hour
// of every such day, XXXX-XX-XXT07:00 ("Shops open on Sundays, but on
// Monday at 9am the mall will close" keeps Monday's). A clock time with
// a.m. or p.m. after "the" and before a noun of a service ("the 6.10am
// train", "the 8am flight") names the service: a day right after it gives
// its day ("the 8am train yesterday"), a habit after it ("every Sunday")
// or no day at all makes it any day's, as "the 0715 from Brighton".
// "noon" and "midnight" count as hours in a range of clock times kept on a
// span of weekdays ("between 9 a.m. and noon, Monday to Friday"): any
// day's, XXXX-XX-XXT12:00, with the weekdays SETs; "at noon, Monday"
// alone, or "from noon Monday through Friday", keep their day.
// A date after "for" and a noun of bookings ("bookings for Christmas and
// New Year", "tickets for Easter", "reservations for New Year's Eve") is
// the nearest such day whatever the tense: what is booked lies ahead of
// the booking, and a report of bookings is of the coming holiday or the one
// just gone ("Spending for Christmas fell" keeps the tense); in a clause
// of the future it is the coming one ("Bookings for Easter will open next
// week" in July, though last year's is nearer).
// A season between "the", an adjective of the trade ("peak", "busy",
// "high", "main") and "season", "months" or "period" ("the peak summer
// season") is that season of the year, as "the summer season" is, or of
// the year written after "of" ("The peak summer season of 2011"), or the
// year that opens a sentence told in the past ("In 2012, the peak summer
// season was wet", as "In 2012, the summer was wet"), or any
// year's in a habit ("Fares usually rise in the busy summer months":
// XXXX-SU, as "in the summer"); the extent is the season word. A clock time that goes on, in its sentence
// and with no day named since, from a clock time of a habit ("will depart
// Atlanta at 6:05 p.m. daily and arrive in Lisbon at 7:55 a.m. local
// time") is any day's too, when the subject goes on after "and" with a
// verb ("..., but the minister arrived at 10 a.m." is told of a day). A
// clause after the one of "on Sundays" reaches back to it only when it
// says the habit goes on ("..., and services will run every 15 minutes
// until 9am").
//
// Local government (round8_council). A day that recurs each month, "the
// first Tuesday of each month", "the last Friday of every month", "the
// 15th of each month", "the first day of every month", is one SET valued
// by its period, P1M, as "each month" is, and so is "the third Wednesday of
// the month" after an adverb of habit and a present verb ("Council
// normally meets on the third Wednesday of the month"); otherwise ("the
// first Tuesday of November", "The vote is on the last Friday of the
// month") the day's own rules apply. A clock time right before "on" such a day ("meets
// at 6 p.m. on the second Tuesday of every month") is any day's hour,
// XXXX-XX-XXT18:00, as before "on Sundays". "the budget year" of a public
// body is read as "the fiscal year" ("the budget year", a duration; "the
// end of the budget year", "the current budget year", the reference year
// with no interval); before "after", "on", "by", "over" or a hyphen ("cut
// the budget year after year") it names no year. "fiscal", "financial"
// and "budget" between a count and "years" ("the next two financial
// years", "three fiscal years", "four budget years") leave a duration of
// that many years, unless the count ends a span ("the 2015/16 fiscal
// year"). A fiscal year written as the span of its two calendar years
// with its noun, "the 2013-14 financial year", "the 2015/16 fiscal year",
// "the financial year 2016-17", is named by the year it ends in, as
// "FY2014/15" is, with no calendar interval; a span without that noun
// ("the 2015-16 budget", "the 2012-13 season") stays its first year, both
// years its interval. (round8_fy) The convention holds wherever a noun of a
// year of account names the span, with or without "the": after "fiscal",
// "fiscal year", "financial year(s)", "budget year(s)" ("fiscal 2013-14",
// "financial year 2012-13", "fiscal year 2014-15"), before "fiscal year"
// or "financial years" ("the government's 2013-14 fiscal year"), and for
// every span of a list under one such noun ("the financial years 2013-14
// and 2014-15", "the 2013-14 and 2014-15 financial years", joined by "and",
// "or", "to" or commas); the second year may be written in full ("the
// 1999-2000 financial year", "the financial year 2013-2014") but must be
// the next one. The noun must stand at the span: "financial" or "fiscal"
// elsewhere in the sentence ("the club's financial troubles began in the
// 2013-14 season", "the fiscal cliff of 2012-13") names no fiscal year,
// and "In 1999-2000" with no noun stays two years. A participle after a determiner and an ordinal or
// "only", an adverb in -ly between or not, before its noun ("will elect
// its first directly elected mayor on 15 November", "its only elected
// member") is an adjective and gives the clause no past; "The first won in
// 1983" (a preposition after it) keeps its verb. An amount in crore,
// lakh, pounds, pence, euros or rupees, or a figure with its unit letter
// attached ("50p", "£51m", "$40k"), before "a day", "a week", "a month"
// or "a year" is a rate, a SET, as "$33 million a year" is ("400 pounds a
// season", "a year after it opens", "a year on from the crash" are none);
// so is a figure in an abbreviated unit of measure ("ppm", "mm", "km",
// "kg", "Gt", "GW", "mph", "ha"), which has no plural "s" for the rule on
// plural nouns: "rising by about 2 ppm a year", "3.3 mm a year" ("5 km a
// year ago", "400 ppm a year earlier" keep their distances). "on alternate days", "in
// alternate years", "on alternate weekends" (after "on", "in", "every" or
// "for", the unit plural) are sets of one in two, P2D as "every other
// day"; "They alternate days" and "the alternate days proposed" are none.
// A range of clock hours after "between" or "from" right after a span of
// days written out ("Nominations can be filed from January 25 to February
// 1 between 11 am and 3 pm", "runs from 3 to 9 March, from 10am to 4pm")
// is the hours kept on each of those days, any day's (XXXX-XX-XXT11:00),
// as after a span of weekdays; after a single day ("on February 16
// between 7 a.m. and 5 p.m.") the hours are that day's; so are hours
// after "between" or "from" a few words after a daily rate in the same
// sentence ("600 truck trips a day, most of them between 6 a.m. and 8
// p.m."); hours with a day of their own after them ("between 6 a.m. and
// 8 p.m. on Tuesday") keep that day. An adverb of habit
// before a participle, set off by a comma ("The budget, usually presented
// in January, will now be presented after the polls"), makes the month
// after it any year's (XXXX-01), as "usually runs" does; "usually
// cautious" and "was usually presented" leave the month to the tense.
// "fall" with no article after "by", "until", "till" or "since", ending
// its line or sentence or before a comma ("plans to exit bankruptcy by
// fall", "prices have risen since fall,"), is the season, as "by spring"
// is; before another word ("hit by fall in profits", "driven by fall and
// holiday demand") or after an article it is a noun of a decline or a
// tumble. A clock time right after "of each month" or "of every month"
// ("meets on the first Tuesday of each month at 7 p.m.") is any day's
// hour, XXXX-XX-XXT19:00, as after "every Monday at".
//
// "the last day" (week, year) before a pronoun's clause is the final one
// of a run only where no preposition of a stretch precedes it: "Over the
// last week we have seen prices rise", "In the last year we have doubled
// sales" are the stretch up to now. A "would have" and a participle after
// a dated speech ("He said in October that prices would have fallen in
// September") is a past seen from the speech: the September before, not
// the one after. "a second" before a figure ("a second 48-hour strike",
// "a second 12-month extension") is an ordinal, no duration of a second.
// A verb of promise after a determiner ("will deliver the promised tax
// cuts in a budget speech on Tuesday", "her pledged reforms") is an
// adjective and dates no promise, as any participle in -ed between a
// determiner and its noun is no tense cue ("The planned strike on Monday
// will go ahead" is next Monday); "had promised more money in a speech on
// Tuesday" is a promise made then, past. "fall" before a comma and
// another season ("spooked by fall, winter and spring alike") is seasons
// in general, none. "noon" and "midnight" closing a range of hours after
// a daily rate or a span of days ("600 patients a day, most of them
// between 8 a.m. and noon") are any day's, as the figure before them;
// so are they after a weekly, daily or monthly set ("every Monday at
// noon", "daily at noon", "the 15th of every month at noon").
//
// Broadcast transcripts (round8_bcast). A weekday's full name in lower
// case ("since tuesday night", "on friday and saturday") is the weekday
// in a text with no upper-case letter at all, as some transcripts are
// typed; where the text has capitals it is a word of its own ("his girl
// friday"), and the short forms ("sun", "sat", "wed", "mon") stay words
// in any text. Even in such a text the weekday must follow a word that
// governs a day ("on", "since", "until", "by", "last", "next", "this",
// ...; "and", "or", "to" after another weekday) and stand as a word of
// its own: "follow @friday_news", "friday said", "robinson crusoe met
// friday", "the sunday times", "good friday" name no day. Minutes before "past", "after", "before", "to" or "till"
// "the hour" that ends its clause ("It's 18 minutes past the hour", "five
// minutes before the hour, and here is the news") are a broadcast's own
// clock: no duration and no clock time ("18 minutes after the explosion",
// "45 minutes after the hour of prayer" stay durations). A clock hour
// written with no a.m. or p.m. ("It happened at about 1:45 local time",
// "at 3 o'clock") in the sentence of "this afternoon", "this evening" or
// "tonight", or the next one, on the same day, is after noon when that
// part of the day holds it (1 to 6 in the afternoon, 4 to 11 in the
// evening, 6 to 11 at night); after "this morning", at an hour the part
// does not hold ("last night ... at 2:15"), on another day ("tomorrow at 3
// o'clock"), with its own morning after it ("at 4:15 this morning"), in
// the sentence after an evening or a night told as to come ("The vote is
// expected tonight. The polls opened at 7 o'clock"), or two sentences or
// a paragraph later, the hour stays as written. "at least" or "at most" before "the next", "the past", "the
// last", "the coming" or "the previous" and a number of units is inside
// the span, EQUAL_OR_MORE or EQUAL_OR_LESS ("for at least the next two
// hours", TBAQ's "at least the past 18 months"); "at least the next few
// days" keeps its form. "July Fourth" before "recess", "break" or
// "deadline" is the day, as before "holiday" ("the May Fourth Movement"
// is a name). "Nightly", "Monthly", "Hourly" capitalised between
// capitalised words inside a sentence ("NBC Nightly News") is a name, no
// set; opening a sentence ("Nightly curfews were imposed") it is the set,
// but before "News" ("Nightly News anchor Brian Williams") the programme.
// A weekday in the possessive whose noun is the subject of a past verb of
// an event's doing ("after Thursday's election left no party with a
// majority", "Tuesday's attack killed 12") is the day gone, whatever the
// clause around it says ("says he will try ..."); "Friday's vote will
// decide" and a participle after the noun ("Tuesday's vote held in Paris")
// leave the day to the clause. A bare weekday after "on" in "has (have) a,
// an, another, one more <noun> on" ("He has one more race on Thursday",
// "The team has a game on Saturday") is a schedule, the day to come, when
// the clause has no tense cue; "had a game on", "has had", "to have",
// a participle or a preposition between ("have a suspect arrested on
// Sunday") or a possessive day ("on Saturday's evidence") keep the past.
// A past verb of an activity that goes on ("searched", "battled",
// "talked", "negotiated", "debated", "marched", "protested", "played",
// "danced", "slept", "partied", "celebrated") before "until" tells of a
// time gone, as "remained" and "fought" do ("Rescue workers searched the
// river until late in the afternoon": that afternoon; "They searched until
// Friday": the Friday gone); a change of plan ("was postponed until the
// afternoon") or a modal ("will search until Friday") keeps the time to
// come.
//
// A plan or forecast told in the past ("was forecast for", "was expected
// on", "had been planned for" a weekday) followed by "but", a subject of
// the event ("it", "they", "the", "this", "that", "none", "nothing") and
// a denial within six words ("never", "did not", "didn't", "failed to":
// "Heavy rain was forecast for Sunday, but it never came") is of the day
// gone, however near the next such day ("but he never said how he would
// vote" denies another deed and leaves the day to the tense); a present forecast
// ("Rain is forecast for Sunday, but it never lasts") or a "but" with no
// denial keeps the day to come. A month and day right after "is" or
// "are" and "set", "scheduled", "due" or "slated" with "for" or "on"
// ("The trial is set for Dec. 28" in January) is to come, even when last
// year's is nearer; within a week gone it stays the day gone, as after
// "will"; "was set for" keeps the past.
//
// "Sunday" capitalised before "school" or "schools" is a name ("A Sunday
// school teacher"), unless a word of a day stands before it ("On Sunday
// school buses ran late"); "the Mail on Sunday", "the Independent on
// Sunday" after "in", "to", "told", "by", "for", "from" or before "'s",
// "newspaper", "columnist", "editor" or another day is the paper ("The
// Daily Mail on Sunday reported" keeps the day). A past midnight with no
// day ("stopped at midnight") followed by a comma and a reporting clause
// in the past dated before the reference day (", the army said on
// Tuesday") is the midnight that opened the day of the report.
//
// The year of a once-only event opening the sentence as its subject ("The
// 2011 uprising began on Jan. 25, and Mubarak fell on Feb. 11") frames a
// month and day past ", and", as "In 2011," does (a weekday there is
// today's news and is not framed); so does such a year in a clause right
// after "said", "announced", "recalled", "noted" (with or without
// "that": "Israel said the 2006 war began on July 12"). A subject "The
// <year> <event>" with a year not yet over and a verb of its taking place
// ("will be held", "will take place", "will begin", "is set for", "is
// scheduled for": "The 2016 election will be held on Nov. 8") gives a
// month and day after "on" or "for" that year; another verb ("will be
// discussed on Nov. 8") dates its own deed.
//
// A weekday after "from" before "until further notice" in a clause of
// "has been" or "have been" ("The road has been closed from Monday until
// further notice") is the day gone: the state the present perfect tells
// holds now ("will be closed from Monday" is to come). A number before
// 1800 after "some" ("Some 1500 local troops") or after "the" before
// "in", "at", "on", "with" or a point or comma ("He ran the 1500 in
// Berlin") is a count or a race, no year; a year of long ago is written
// "in 1500" or "the 1500s".
//
// A season in a clause after "would" in a sentence that opened with a
// year gone ("In 2012, he said the plant would open in the summer") is
// that year's, a future seen from then ("would have" and a frame of this
// year keep the tense). A season after "bookings for the", "tickets for
// the" (bookedFor) is the one under way, just gone (within a month) or to
// come, never one long over ("Bookings for the summer were up" in January
// is the coming summer), unless the sentence names a year or "last".
//
// A bare month after "the" and a singular noun of a disaster or an attack
// and "in" ("after the flood in August", "the earthquake in April") is
// gone, the nearest such month past, whatever the clause's tense ("the
// floods in August", plural, may be a season's to come, and so may one
// after "for", "ahead", "before", "awaiting", "expected", "fear":
// "bracing for the hurricane in August"). A weekday after
// "on" or "by" within four words of "need" or "needs" in the present
// ("The team needs a win on Sunday") is to come; a participle between
// ("after losing on Sunday") or "needed" keeps the past. "That" and a
// month opening a sentence before a bare noun and a past verb ("That
// November voters returned him") is the month of the year last named,
// as with a pronoun after it.
//
// Papers outside the US and the UK (round9_region): "Monday next", "Friday
// last" end their phrase also before a conjunction ("from Monday next if
// the inflow did not improve"; "if", "unless", "as", "because", "once",
// "so", "where") and, after an auxiliary or a modal and "on", before the
// verb ("will on Tuesday next unveil", "had on Monday last issued"); a
// unit of time there stays the noun's ("will on Monday next week vote").
// "Thursday week" after "on", "by", "from", "until", "till" or "before",
// in a clause not past, is a week after the coming Thursday, one
// expression; said on a Thursday it may be a week or two off, and the
// weekday stands alone. A weekday with a bare ordinal after it that ends
// the phrase ("Last Sunday, 14th,") is that date when the weekday agrees,
// as "Sunday the 14th" is; a hyphen after the ordinal makes it a rank ("On
// Sunday, 14th-placed Leeds won"). A month right before "that year", "the
// following year", "the same year" ("in December that year", without
// "of") is that month of the year last named, or of the year written as
// a modifier earlier in the sentence ("for the 2016 elections ... in
// December that year"), unless "'s", a hyphen, a number or "after year"
// follows. "the month of May" is the month with its words. "the end (the
// start) of" a fiscal year named by its span ("the financial year
// 2017-18") is that fiscal year with the position. "Thirteen years on,"
// before a present perfect ("devolution has brought") is now, as before a
// present. "St Stephen's Day" is 26 December, unless the text speaks of
// Hungary, whose St Stephen's Day is 20 August, or of the Orthodox
// churches or a country of theirs (Serbia, Russia, Greece, Romania,
// Bulgaria, Montenegro), whose St Stephen's Day is 27 December or 9
// January. "this weekend" on a
// Thursday or a Friday in a clause with no past nor future ("Eskom warns
// of load shedding this weekend", "The derby this weekend is sold out")
// is the weekend ahead; in the past, or early in the week, the one gone.
// A season before "months of" and a month ("the winter months of June,
// July and August") is no date: the months say which they are, and a
// southern winter is no northern one. "recently" between "as" and "as"
// ("as recently as last month") is none: the date after it is the
// expression. A month, or a list of months, that is the subject of "will"
// or "would" right after a verb of saying or forecasting, with "that" or
// not ("Eskom said June would be difficult", "said the winter months of
// June, July and August would be difficult", "Traders believe April will
// be volatile"), is to come: from now when the verb is present ("says",
// "warns", "predicts", "expects", "forecasts", "believes", "thinks",
// "fears", "hopes"), and after "said", "warned", "predicted" or
// "forecast" only when the saying is lately: not in a past perfect ("had
// warned that June would"), nor after a date in the sentence that lies
// more than a week back ("In March the utility warned that June would be
// difficult" is that June); a belief in the past ("He thought June would
// never end") is no saying. "would have" and a month after a preposition
// are left to the other rules.
//
// A second verb in the plain present of a timetable with "again" after
// "and" that follows a comma or a weekday ("They played until Sunday, and
// play again on Saturday") is the next fixture, to come, whatever the
// tense before "and" ("and played again" is past; "mixed work and play
// again on Saturday" joins nouns; "and play again on Saturday was
// suspended", a past verb after it in its clause, makes "play" a noun). A
// bare weekday right before a verb in
// the simple past, with no preposition, determiner or "last", "next",
// "until" before it and no "by" after the verb ("The reality is Monday
// went badly", "The company Monday reported a loss"), is its subject or
// its time, gone either way; not a form in "-ed" (or "held", "led" ...)
// before a preposition, an adverb in "-ly" or "only" allowed between, a
// participle of a clause after a timetable ("Leaders meet Thursday armed
// with new proposals", "a vote Thursday backed only by Democrats"). A named day after a span of days, weeks,
// fortnights or months and "before" ("A week before Easter, he was
// arrested") in a past clause is the last such day whose span before it
// ends on or before the reference day (in late March, last year's
// Easter); "before Easter" alone, "weeks before", a span already gone, an
// infinitive ("were told to close two days before Easter"), a past plan
// ("was due to open") and a past verb of wish or order before it ("We
// wanted it done a week before Easter") keep the nearest. A year after "in" right after a verb of speech or
// promise ("He said in 2012 that the plant would open in the summer",
// "said in 2012 that the summer would be hot") frames a season in the
// "would" clause as "In 2012, he said" does; not a season after a comma or
// a past verb that follows the "would" ("would retire, and he finally did
// so in the summer"), one before "of" ("the summer of next year"), nor
// one whose "would" another speech, "would" or "now" governs ("who said
// in 2012 that he would quit, now says the plant would open in the
// summer"). The
// deeds that go on up to "until" in the past ("argued", "met",
// "deliberated", "wrangled", "hesitated", "resisted", "sat", "camped",
// "hid") join the verbs of lasting: "The cabinet argued until Aug. 14" is
// gone, and in a story of 1945 that story's year. A story of one date
// only goes on with a weekday in the next sentence when it is told as a
// narrative tells its days: the date, with its weekday and year, opened
// its sentence after "On"; no date of this year or the last came before;
// the weekday opens the next sentence after "On", in the past, with no
// verb of report nor word of the present looking back ("new", "now",
// "museum", "memorial", "survivors", "veterans", "historians" ...: "On
// Monday, the museum opened a new exhibit" is the news's); and the
// reference day is not within two weeks of the
// date's anniversary ("On Sunday, Dec. 7, 1941, Japan attacked Pearl
// Harbor. On Monday, Roosevelt asked Congress to declare war" is
// 1941-12-08; "On Monday, veterans gathered at the memorial" on Dec. 7,
// "The talks resumed on Monday", a new paragraph are the news's).
//
// A capitalised "May" is the person, no month, when the text has named
// the person before ("Theresa May", "Mrs May", "Mrs. May", "Prime
// Minister May": a title or a capitalised word that no month follows,
// not "In", "Last", "Since", a weekday or a month) and it stands after
// "of", "to", "with" or "against" governed by a word of people or of
// dealings with them: "Critics of May", "the resignation of May", "a
// letter to May", "loyal to May", "talks with May", "a vote against May".
// A month's phrase keeps the month whoever the text names ("the end of
// May", "the three months to May", "in May", "by May", "plans for May"),
// and so does any "May" in a text that names no such person.
//
// The Lunar New Year's other names are that festival: "the Spring
// Festival" (valued as "the Lunar New Year") ("the" belongs
// to it) in a text that names China, Chinese, Beijing, Shanghai or
// Taiwan, not before "of" ("the Spring Festival of Arts") nor "in" and a
// place ("the Spring Festival in Prague"); "Tet" in a text that names
// Vietnam, Vietnamese, Hanoi or Saigon, not "the Tet Offensive", "the Tet
// attacks", nor after a year ("the 1968 Tet attacks"); "Seollal" (Korea);
// Tet and Seollal, reckoned at UTC+7 and UTC+9, fall a day apart from
// China's in some years, and keep their year only. A name given as a name ("known as Tet",
// "called Seollal", "Koreans call it Seollal") is none. A bare "Eid" (no "al-", "ul-", no capital
// after it as in "Eid Mubarak", no person "Mohammed Eid", none right
// after a verb of speech or before a comma and an age: "Police said Eid,
// a 32-year-old cleaner, was arrested", "Eid, 32,") may be al-Fitr
// or al-Adha: it is the year (picked by the tense, "last", "next" as for
// the other festivals) only when both may fall in that year, from two
// days before the first's earliest day to two days after the second's
// last; never a month.
//
// Entertainment listings (round9_ent). A range of clock hours right after
// a weekday in the plural and a comma, with nothing but the hours between
// ("open Tuesdays to Sundays, 10 a.m.-5 p.m.", "Wednesdays and Saturdays,
// 8 a.m. to 1 p.m."), is the hours of those days, any day's
// (XXXX-XX-XXT10:00); a clause after the comma with words of its own
// ("closed on Sundays, and the minister will speak at 3 p.m.") keeps its
// day. Hours after "between" or "from" right after "every hour" (PT1H) or
// a weekly set ("every Sunday afternoon between 4pm and 7pm") are any
// day's, as after "a day"; a day after the hours keeps them. "through" and
// a weekday after a verb of a run in the present, in its clause ("fills
// the park through Sunday", "runs through Saturday"), is the run's last
// day, to come, as after "until" ("ran through Sunday", "drove through
// Sunday" stay past); the verb's word after a determiner is a noun ("the
// remains"), and a past verb nearer "through" is the one it goes with
// ("Human remains were recovered through Sunday", "remains in hospital
// after doctors operated through Sunday": past; review round9_review_a).
// A month and day or a weekday after "out" set off by
// a comma or a bracket, the aside closing its sentence ("their new album,
// out Jan. 22.", "(out Friday)"), is a release date, to come, as "hits
// theaters Dec. 20"; with a main verb after the aside ("The album, out
// March 5, sold 100,000 copies") or no comma ("knocked out Jan. 22") the
// tense decides. After a main clause told in the simple past ("Critics
// loved the film, out Jan. 22." in March) a month's day so set off is the
// nearest, gone or to come ("released a single from their album, out Jan.
// 22." in November is next January's); a weekday keeps the day to come
// (review round9_review_a). A release date so set off after the object of
// "according to" ("Unemployment fell, according to the latest figures,
// out Friday." on a Saturday) is gone or today: what a text cites is out
// already (round10_leftB). A holiday's name between a possessive ("its", "their",
// "the store's") and a noun it qualifies, in a clause told in the past
// ("The BBC has unveiled its Christmas schedule" in mid-December), names
// the season of the thing, not the deed's day: the nearest such holiday,
// when it is at most two months ahead (holidayRunUp: such a thing is told
// of in the run-up; "Tesco said its Christmas sales fell" in July is the
// Christmas gone; review round9_review_a); a noun of a stay ("spent his Christmas holiday", "break", "trip"), a
// month, a weekday or a figure ("held its Jan. 5 meeting") keep the tense.
// A season's name after a possessive ("The Hollywood Bowl's summer season
// continues", "its winter season opens in December") and right before
// "season" is that season of the year, its extent the season word, as in
// "the peak summer season"; in a clause told in the past by a verb of
// making it known ("The Hollywood Bowl announced its summer season on
// Tuesday" in February, "was announced"), the season under way or to come
// (review round9_review_a); another noun ("the club's summer signing",
// "their summer homes") or a possessive of the season ("summer season's
// finale") leaves it untagged.
// Local public-safety copy (round9_crime). In running text a capitalised
// verb of a timetable ("End", "Head", "Meet") right after a capitalised
// word ends a place's name ("taken from a home in the city's North End at
// about 9:15 p.m. Saturday", "in the East End on Saturday"), no present
// that would send the weekday forward; a title-case headline ("Leaders
// Meet Monday") and a text in capitals keep their verbs. "would have" (or
// "would not have") and a past participle before the date tells what
// would have been, a past ("Call Lane would have been very busy in the
// early hours of Sunday morning"); "would have to", "would have a" look
// ahead, "would have been" before a number is a birthday or an
// anniversary that may be to come ("Elvis would have been 80 on
// Thursday", "It would have been his 80th birthday on Saturday"), and
// after the date ("By Friday, the crews would have cleared the road") the
// modal is left as it was. The participle of a planned or calendar event
// ("begun", "started", "held", "taken" effect, "turned" an age,
// "celebrated": plannedParticiple) after "would (not) have (been)" is a
// plan given up, which may lie ahead ("The strike, which would have begun
// on Monday, was called off", "Elvis would have turned 80 on Thursday"):
// neither it nor the modal is read as past (review round9_review_a). A holiday right after a year's possessive ("last year's
// Christmas enforcement period", "next year's Easter", "2005's
// Christmas") is that year's. Four digits after a hyphen joined to a
// three-digit number, to a number above 31, or forming a number below
// 1800 ("call 513-556-1111", "556-1999", "quoting reference 10-1234")
// end a telephone or reference number, no year ("the 1990-1994 war",
// "10-12-2014", "AD 800-1200" keep theirs). "a night out" after "on", "after", "for",
// "from" or "during" is an outing, no duration ("spent a night out in the
// open" stays one). In a log, a clock time opening a line under a line
// that holds only a day's date ("Monday, Jan. 19", then "7:52 a.m. --
// ...", "4:15 p.m. -- ...") takes that day, in its value, as long as every
// line between opens with a clock time too; a line of prose between ends
// the log, and a day named inside an entry is no heading. A weekday in
// such an entry counts from the heading's day, not the reference day:
// back for a day gone ("sometime since Friday"), the heading's own day for
// its weekday ("arrested on Monday" under "Monday, Jan. 19"), on for one
// to come ("will appear in court on Friday"). A weekday's part of the day followed by a comma and a date of
// that weekday ("last seen on Tuesday evening, 10 October 2017") is one
// expression, as "Tuesday, August 9th, 2016"; a date of another weekday
// stays apart. A 24-hour clock time written with a colon after "to" is a
// clock time when "from" and such a clock time stand within ten tokens
// before it ("from 20:00 BST on Monday to 06:00 on Tuesday"); odds and
// ratios ("cut his odds to 5:1") are not, and neither is a second end
// earlier than the first within its half of the day ("lowered his best
// from 13:05 to 12:58": a measure cut; a range over midnight, "from 22:30
// to 02:00", stays; review round9_review_a).
//
// Technology and science copy (round9_tech). A 24-hour clock time after a
// preposition of time takes a place's clock as one written with a.m. or
// p.m. does ("at 21:00 Moscow time"), and "UK" or "US" in capitals before
// "time" is such a place ("23:30 UK time", "9 p.m. US time"; "the US time
// zone" holds no clock time). A bare ordinal day right after a month
// named alone, with at most a comma between ("arrive in November, on the
// 10th"), is a day of that month; a day the month does not have gives
// none. Bare "past" before a weekday is the preposition ("If the launch
// slips past Sunday"): the weekday is found alone, while "this past
// Sunday" stays the day gone. A figure and "Earth" before a unit of time
// in lower case is a span in our units ("687 Earth days" P687D; "Earth
// Day" is the holiday). An amount of something per period is a rate, a
// SET, as "$33 million a year" is: a figure, a plural noun of measure
// that is no unit of time, "of" and at most three words before "a day",
// "a week", "a month" or "a year" ("25 centimetres of ice a year", "two
// units of alcohol a week"; "three years of war" is a time). "open",
// "ship", "launch", "arrive", "debut" after a plural subject and right
// before a weekday, or "on" and a weekday, are a release's timetable in
// the present ("Pre-orders open Friday", "The phones ship on Friday"): the
// day to come; not in a headline, nor before a possessive weekday or
// anything else ("Stocks open higher on Friday" is a market's day gone),
// nor before a market's move ("Asian shares open Friday lower") nor after
// a market's subject ("Sony shares open Friday at 1,000 yen").
// A year before a colon after "since" or "in", with a word after the
// colon on its line, is a year ("Glaciers melting twice as fast since
// 2000: study"); after "by", "until", "before", "after" or "from", which
// also take a clock time, only when one to three words end the line after
// the colon, a source's name ("Coal gone by 2040: UN report"; "Curfew from
// 1800: residents must stay indoors" is a clock time). A clock time
// opening its line ("2000: Police say") and a ratio ("2000:1") are not.
// "another day" ("week", "year") after "on", "until" or "till", or after
// "to" that follows a verb of moving a date ("postponed", "adjourned",
// "put off"), is a time not named, no duration ("a new attempt on another
// day", "postponed to another week"); "stay another day", "for another
// week", "sentenced to another year", and after the particle of a verb of
// going on ("The coach will stay on another year", "Fighting went on
// another week") are. "the same day as ..." ("week", "month", "year") is
// the day of what follows "as", which need not be the date last named
// ("Office loses support on the same day as XP"): a DATE of unknown value,
// XXXX-XX-XX, with no interval, rather than a wrong day. "the" before a
// day and month in figures ("the 15 March") and a noun the date qualifies
// (an event's, a publication's, a limit's: "the 15 March print edition",
// "the 3 May vote") is the noun's and stays out, as in "the March 15
// edition"; "on the 15 March" and "the 15th March" keep it. "a year
// earlier" ("a year ago") after a figure in the sentence of "the three
// months ended", "ending (in)", "to" or "through" a month that closes a
// calendar quarter, or its last day ("sold 35.2 million iPhones in the
// three months ending in June, up 13 percent from a year earlier"), is
// that quarter a year before (2013-Q2), as after "the quarter"; a month
// that closes no calendar quarter ("the three months to May": a fiscal
// quarter) or a day within the month leaves the year.
// "will" with a verb of making public ("unveil", "announce", "publish",
// "launch") and a possessive, a holiday and a noun of a plan ("will
// unveil its Christmas schedule", "its Easter timetable") is the coming
// holiday, even weeks after the last ("Christmas trading figures", or
// "will review", keep the nearest). After a past verb of speech, a
// timetable verb in the present right after "the" + a season or month
// (and one noun), before a preposition or the clause's end ("said the
// winter season opens in December") is to come. A month in a "would"
// clause reporting words dated by a year alone before the reference year
// ("In 2011, he said the plant would open in March", "said in 2012 that
// it would launch in March") is that year's or the next: XXXX-03, no
// year; so after other verbs of saying or foreseeing ("wrote in 2012
// that", "predicted in 2011 that") and after "told" with its listener
// ("told reporters in 2012 that the plant would open in March";
// round10_leftB), and a past told in such a clause ("said in 2012 that
// the plant opened in March") is of that year or the one before: XXXX-03. A month or weekday expected in the past, by a verb of
// expectation ("expected", "forecast", "predicted", "hoped", not "are
// expected") or a verb of speech in the past perfect ("had said"), with
// a clause after ", but" telling in the past what came of it (", and"
// may tell a reaction: "forecast that sales would rise in June, and
// shares jumped" keeps the future)
// (not another verb of speech: "but warned"), is gone: "Analysts had
// expected that June would bring a rebound, but sales fell" in January
// is last June; a plain "said ... would cut jobs in June, but shares
// rose" keeps the plan's future (round10_leftB). An irregular participle ("cast", "stolen", "caught") between a
// plural noun and a weekday opens a reduced relative, a deed done
// ("Votes cast Monday will be counted today": the Monday gone). "was
// likely to" + verb before a weekday in its clause, reported after a
// verb of speech ("Forecasters said the weather was likely to improve on
// Friday"), is a forecast, to come, as "was expected to"; not with no
// report, after "had said", with "to have", nor with ", but" + a past
// telling the outcome.
// A weekday standing as a line of its own (a listing's heading, "FRIDAY"
// or "Friday:") has no verb, and takes the tense of the line it heads:
// over "The Wireless Festival returns to Hyde Park" (present or future)
// it is the coming such day; over "Troops entered the town" it stays
// the one gone.
// A month's day numbered first and a list of later bare days of that
// month after a comma, each separated by a comma and the last by "and" or
// "or" ("on April 7, 9, 10, 12, 17, 24 and 30", an Oxford comma allowed),
// gives each listed day, as "April 24 and 25" gives the second; the list
// must close before a stop, the line's end or a preposition: "On April
// 7, 9 people died", "On April 8, 9 and 10 people were hurt" and "on May
// 4, 12 and 19 minutes into the game" are counts, and a year after the
// list ("June 1, 4 and 8, 2015") leaves it alone. "a second and" before
// "final" or an ordinal and the noun they share ("a second and final
// five-year term", "a second and third round") is an ordinal, no second
// of time; "for a second and then", or "last" before a word of time
// ("a second and last night"), keeps it. A year right before a colon is
// a clock time when it opens its line ("2000: Police say"), but the label
// of a headline when a word of the label stands before it on a short line
// with no sentence stop and a word follows the colon ("General election
// 2015: Polls open across the UK", "Budget 2019: Donohoe to unveil"): not
// after a preposition, an article, a verb or a word of the clock
// ("Update 2015:", "Curfew 1800:"), and no later than ten years after the
// reference year. A clock time with no day in a clause with "will" or
// "shall", after a day gone that its sentence named ("Polls closed at
// 10pm on Thursday and counting will resume at 9am"), is not that day's
// but the reference day's, as a clock time with no day is; "would" (a
// future told in the past: "said on Monday he would arrive at 9am") and
// a day to come ("On Monday the board will meet at 9am") keep the day.
// "N years earlier" after "up from", "down from" or "against" and a figure
// counts from the year written last before them in its sentence, even a
// year before a noun, which does not move the story's date ("won 48
// seats in the 2012 election, up from 31 four years earlier": 2008, not
// four years before a year the sentence before named); with no year in
// the sentence, or no figure compared, the count keeps its base.
// A weekday inside a subordinate clause ("after", "when", "because",
// "since", "while", "though", "although"; "as" after a comma) whose own
// past-tense verb follows the day at once ("Firefighters are bracing for
// heat by the end of the week, after cooler weather on Sunday brought some
// relief") is the day gone, whatever the main clause's tense; a present
// there ("after the storm on Sunday passes"), a participle before "by",
// "to" or "for" ("when the session on Friday called to discuss the budget
// opens"), or no verb after the day ("After rain on Sunday, crews will rest")
// leave it to the other cues.
// "the year" right before a four-figure year ("The year 2020 was one of
// the warmest") is one expression with it, as TBAQ's "the year two
// thousand"; not before a range ("the year 2020-21"), nor before a word
// in -s or a count noun, where the figure may be a count ("Over the year
// 1500 jobs went", "Over the year 2000 people left"); before "'s" it is
// the year's possessive ("The year 2020's toll", no decade). Two parts of one year or month joined by "to" ("early-to-mid
// 2021", "mid-to-late June", "early to mid 2023"), the second later than
// the first, are one expression: the year or month with no mod, its
// whole interval, since no single part holds the span.
// "the first week of the month" ("the last week of the month") is of the
// month its sentence named last ("in August, when a storm broke up the
// ice in the first week of the month"), as "that month", when its clause
// is told in the past or the future; with no month named in the sentence,
// or in the present of a rule ("In March, officials said rent is due in
// the first week of the month": any month's) it is none. "within" a count of twenty years or
// more ("could be ice-free in summer within 20 or 30 years") is a horizon
// of decades for a season, as "within a few decades", when no "and",
// "but" or comma stands between it and the season ("will return in the
// autumn and hopes to finish within 25 years" is the coming autumn).
// "the year" after "start to" and an article with its adjective ("a
// catastrophic start to the year") is the year under way, or the year
// its sentence (or a past sentence before) named, unless that year is a
// point of comparison ("Since 2008, the firm has never had a worse start
// to the year", "Compared with 2019": the year under way) or a date that
// names no year ("Sales fell in December. Retailers had a weak start to
// the year" in January: the year begun); "an end to the year"
// (told in January, maybe the year gone) and a possessive ("the year's")
// are left alone. "the year when" after "as" or a form of "be" or
// "become" ("cement 2009's place in history as the year when", "1989 was
// the year when the wall fell") is the year its sentence named last; with
// no such link ("he recalls the year when his father died") or no year
// named last in the sentence it is none; so too when the year is told as
// a point in time ("The question in 2010 was the year when"), when the
// subject of "be" is not the year ("By 2015 the aim is the year when"),
// and when a verb or comma stands between the year and "as" ("In 2009,
// analysts saw this as the year when").
// A clause of habit ("usually peaks in May") goes on past a comma into a
// clause of time ("before", "after", "when", "until", "once") with no
// verb in the past or future and no year in figures: "The level usually
// peaks in May, before plants absorb carbon dioxide during the summer
// growing season" makes the summer any year's, XXXX-SU ("before the
// report came out in June" is a June gone; a change told once, with
// "new", "effect" or "force" in the clause, ends the habit: "Ferries
// usually sail in May, until the new law takes effect in July" is the
// July to come).
//
// Energy, utilities and commodities copy (round10_energy). After a month
// and day, "to" or "through" before a decimal or before a word of scale or
// measure ("in the week ended Nov. 14 to 3.596 trillion", "rose on Nov. 14
// to 3 million barrels", "to 12 percent") reaches a figure, no last day of
// a span; "from Oct. 5 to 7" and "Nov. 14 to 18" keep theirs. A
// capitalised decade word after "the" before a common noun is a name
// ("the Forties pipeline system", "the Fifties field"), no decade; before a
// verb, a preposition, a conjunction or a clause ("The Sixties were",
// "The Seventies changed music", "in the Thirties, when"), before a noun
// of an age's people, culture or economy ("the Nineties boom", "the
// Sixties generation") and in lower case it stays one. A past verb of a plan
// followed by the day it was made and then an infinitive ("OPEC agreed on
// Wednesday to cut output, reducing production from January", "decided
// Monday to strike in December") dates the decision with the day and
// leaves what was agreed to come: a month after the infinitive is the
// nearest one, as after "agreed to"; "agreed on Tuesday to a deal struck
// in November" (a noun after "to") stays past, and so does a month in a
// clause of its own after the infinitive, opened by a relative or subject
// pronoun, "had" or a past verb ("decided on Tuesday to keep the rates it
// set in January", round10_review_b). Inside such an
// infinitive, "since" with a year or a month of its own closed by a comma
// ("for the first time since 2008, reducing ...") is past for its own
// object only. A capitalised "May" after "for" before "delivery",
// "settlement", "shipment" or "loading", or before "futures" ("crude
// futures for May delivery", "May futures"), is a contract's month. A
// month after "for" in the object of a verb that raises, cuts or revises
// a forecast, a target or an outlook ("raised its Brent forecast to $95 a
// barrel for December") is the current or a coming one, since a forecast
// is of a time ahead; a forecast only judged ("Its forecast for December
// proved too high"), an estimate, a forecast of a month's figures ("cut
// their forecast for March payrolls", a month that may be gone), a
// month a clause after it tells in the past ("raised its inflation
// forecast for February, when prices jumped", round10_review_b) and a
// sentence dated before keep the tense's month. Looking after a date for a tense, "expected", "scheduled",
// "slated" or "due" before "to" or "for" right after an article's noun
// phrase ("to begin a refueling outage expected to last five weeks", "a
// vote scheduled for Monday") belongs to that noun and is no cue: "shut
// down its plant early Friday to begin an outage expected to last five
// weeks" is the Friday gone; "is expected to" stays a cue. A
// commodity's contract ("Brent's January contract"), a futures strip
// ("the February strip" in a text that spoke of futures, delivery or
// contracts; "In January strip mining resumed" is none) and a market report's "Heating oil for January
// rose 2 cents" (a commodity, "for", the month and a verb of a price's
// move) name a contract month, current or to come, as "for January
// delivery"; "Oil for January was stored" and a wage deal's "January
// contract" keep the tense's month. A month gone named after "in" later
// in the sentence dates the trade: "Crude for May delivery fell below
// zero in April" in a June paper is that May, not the next
// (round10_review_b). A month after "in", "on", "from" or
// "by" right after an infinitive of taking effect ("to take effect", "to
// go into effect", "to come into force", "to become effective") in a
// clause told in the past ("Regulators approved new rates to take effect
// in January") is the nearest such month: the effect follows a recent
// deed; "took effect in January", a future ("are to take effect in
// June") and a deed dated in a year gone keep their readings. A date
// after "ahead of" or "ahead of the" ("reached 82% on Monday, ahead of
// the 1 November target", "rose ahead of Nov. 8 elections") is what a
// recent deed is ahead of: the coming one, or one within weeks behind
// ("sold ahead of the Sept. 5 deadline" two days on); a deed dated weeks
// back in the sentence ("rose in February ahead of the March 3 vote")
// leaves the tense to choose, and so does an undated deed ahead of a
// month more than four months after the reference month ("Russia massed
// troops on the border ahead of the Feb. 24 invasion" in September is
// the February gone: a date half a year off is as near behind as ahead,
// round10_review_b). "target" after a day and month is the
// date's noun, the article outside, as "the 3 May vote". "the previous
// week" in the sentence of a day that closes a stretch of figures, or the
// next ("fell by 15 Bcf in the week ended Nov. 14, after rising 40 Bcf
// the previous week", "as of Friday, November 28 ... a net decline from
// the previous week"), is the week before the one that day falls in, as
// TimeBank values it from its anchor; such a day anchors no clock time,
// but a day named after it that does counts instead, and so does a week
// named after it ("... in the week ended Nov. 14. Prices rose last week
// after falling the previous week" is the week before last week,
// round10_review_b). A quarter that names
// a futures contract by its delivery, after "futures for (the)",
// "contract(s) for (the)" or "swaps for (the)" ("Electricity futures for
// the June quarter"), before "delivery" after a commodity and "for"
// ("Power for second-quarter delivery"), or before "futures", "strip" or
// "contract" after "the" in a text that spoke of futures ("The Q3
// contract"), is the quarter under way or the next one, as a contract
// trades until its quarter ends; "Prices for the June quarter", a
// supplier's "contract for the third quarter" and "reported
// third-quarter contract wins", "the fourth-quarter contract revenue"
// (a noun after "contract", round10_review_b) keep the quarter that
// began last. "power", "electricity", "coal", "LNG" and "propane" count as
// commodities.
//
// A run of weekday headings goes forward in the order of the week: a
// heading over a line with no tense the tagger can read ("SATURDAY" over
// "Pride London marches from Baker Street", where "marches" may be a
// noun) is the first such weekday after the heading above it, when that
// heading was the reference day or a day to come ("FRIDAY" over "The
// festival returns"); under a run of days gone, or with no heading
// above, it keeps the past. The heading's own weekday in the line it
// heads ("at 1pm on Saturday" under "SATURDAY") is the heading's day.
// A clock time before "every" or "each" and a weekday ("until 10pm every
// Friday"), or before a comma and such a set ("8am-2pm, every Sunday"),
// is any such day's hour, XXXX-XX-XXT22:00, as before "every day"; a
// possessive ("each night's takings") or a new sentence ("at 10pm. Every
// Friday he ...") leaves the time its day. "every" or "each" spans a list
// of weekdays closed by "and" or "or" ("every Friday and Saturday", "each
// Monday, Wednesday and Friday": a set of each; "every Friday and
// Saturday night": XXXX-WXX-6TNI); a comma right before "and" ("every
// Friday, and Saturday was quiet"), a possessive or a verb after the
// weekday ("every Friday and Saturday sees the market") ends the list. After a clock time of a habit, a clause with a new subject
// ("Gates open at noon each day, and the last act finishes by 10.30pm")
// keeps the habit unless it is in the past or the future ("and the
// minister arrived at 10 a.m.", "and the final will start at 8pm").
// "Small Business Saturday" (capitalised) is a named day, the Saturday
// after Thanksgiving (US), as Black Friday and Cyber Monday are; in lower
// case it stays a weekday. "every" or "each" before a named day ("every
// Black Friday for 15 years", "Each Easter") is a yearly set, P1Y, as
// "every year"; "every Christmas tree" and a named accord give none.
// A month and day or a named day without its year, in a clause in the
// past tense, whose sentence named that very month earlier with another
// year ("a scarcity in January 2012 led to a strike, after the removal
// of the subsidy on New Year's Day"; "on Jan. 1" alike), is of that year;
// another month ("and fell on March 3"), the sentence before, a present
// or future clause ("will be remembered on New Year's Day"), a month set
// off by commas ("The company, founded in January 2012, reported results
// on Jan. 28") or a clause after "and", "but" or a semicolon keep the
// usual year.
// A slashed date whose two first numbers could each be the month
// ("07/02/2010") is read day first when another slashed date of the text
// proves that order ("14/02/2010"), or, with no such proof, when the text
// counts money in pounds and not in dollars: British copy writes day
// first. A text in pounds and dollars that proves neither order keeps the
// year only (a month and day made up would be a wrong date); a text in
// dollars, or with no cue, reads month first, as American copy. A number
// after "incident", "log", "ref" or "reference" ("quoting incident 1423")
// is a record's number, no year.
// "overnight" closing a past clause as an adverb ("He was treated in
// hospital overnight", "Asian shares fell overnight") after the text told
// of the anchor's day after noon ("robbed at about 4.15pm on Sunday",
// "closed at 4pm on Thursday", "Sunday afternoon") is the night after
// that day, as after an evening; before a noun ("overnight losses"), in a
// past perfect ("had smouldered overnight"), after a morning's event or
// when the afternoon was a speech's ("Police said at 2pm on Monday that
// the suspect was held overnight") it stays the night before.
// "earlier in the week" (or "later in the month") takes the unit of the
// day the text last established, unless that day was named after "since"
// in a sentence before ("has been open around the clock since Aug. 5.
// Four people remain missing, down from 11 earlier in the week"): the
// start of a state that runs up to now places no event, and the unit is
// the reference day's. A day of an event ("opened on Aug. 5"), or
// "since" in the same sentence, still anchors it.
//
// Politics and legislatures (round10_polit). "reaches" and "completes"
// join the verbs of a timetable in the present after a singular subject
// ("The president reaches the 100-day mark of his presidency on
// Saturday", "The mayor completes his term on Friday": the day to come);
// "reaches" before "of" is a noun ("the upper reaches of the river on
// Saturday"), a headline's present tells what happened ("Dow reaches
// record high on Tuesday") and "reached" stays past. A present-tense verb that ends
// the subject of a clause of time ("until", "till", "when", "before",
// "after", "once", at most five words before it) under a main clause
// with "will", "shall", "'ll" or a plan's verb before "to" ("plan to",
// "hopes to", "expected to") in the same sentence stands for the future,
// and the month after it is the one to come ("will remain in session
// until its members' terms end in July", "Lawmakers plan to vote before
// they leave in July" in November: next July); a main clause in the past
// or with "would", and a habit with no future ("Members usually vote
// before they leave in July"), leave the month to the tense. A bare
// plural unit before "of" after a verb of bearing ("after surviving
// months of pressure", "faced weeks of protests", "suffered days of
// flooding", "weathered years of scandal"; "endure", "withstand") is a
// stretch of no stated length, as after "after" or "endured"; units of a
// larger unit named ("days of the week", "months of the year") are no
// stretch after any such word. "Inauguration Day", both words
// capitalised, is the United States' January 20 (since 1937) of a year
// after a presidential election (y%4 == 1): with a year after it
// ("Inauguration Day 2009") that year's, and without one only in a text
// dated in such a year or from November of the election year before it
// ("hope to confirm him on Inauguration Day" on 14 January 2025:
// 2025-01-20); otherwise the year is not sure and it is none, as is
// another country's day ("Taiwan's Inauguration Day", "The Philippine
// Inauguration Day": a possessive or a capitalised word before it) and a
// lower-case "inauguration day". A bare plural unit after "just",
// "only" or "mere" before "to" and a lower-case verb, after a form of
// "have" or after a verb of leaving or giving and an object of one to
// three words ("leaving the House just days to act", "gave lawmakers only
// weeks to respond", "has just days to act"), is the time left for a
// deed, a stretch of no stated length; with no object ("leaves just days
// to spare") or no deed ("just days to the final") it is none. A bare
// plural unit (not "minutes") before "after" or "before" and a clause
// told in the past (a subject of one to three words, then a past verb),
// right after the object of a past verb that holds a determiner or a
// possessive ("downgraded the nation's credit rating days after
// lawmakers struck a deal", "sold his stake weeks after the company
// collapsed"), is some units, a duration, as "sold his shares days before
// the collapse"; a compound of days or a plural of kind ("took sick
// days", "counted trading days", "were dark days", "missed his school
// days") is not.
//
// Natural disasters and rescues (round10_disaster). A past "pledged" or
// "promised" whose object is a sum of money (a currency sign or a
// currency's name after a figure) and whose phrase the day closes, after
// "on", "over", "at", "during" or nothing, with at most "in" and three
// words between ("Britain pledged 1.5 million pounds on Saturday",
// "pledged $1.5 million in emergency aid over the weekend") dates the
// pledge: a sum is given by the pledge itself, so the day is gone. A deed
// promised ("promised a vote on Tuesday"), an infinitive ("pledged to pay
// $5 million on Friday"), a deadline ("promised $5 million by Friday"), a
// purpose ("pledged $50 million for a hospital opening on Thursday"), a
// share ("5 percent") and the participle after "were" keep the day to
// come. A capitalised month after "or" and a capitalised full month's
// name ("expected in February or March", "in January or May") is the
// second month offered, "March" and "May" too, when the first stands
// where a month does ("in", "by", "since" ...); "in June or march on the
// capital", "Johnson or May", "Either June or May will host" and a clause
// after a comma give none. A day
// in an aside after a clock time that says what the time was the moment
// of ("At 4:53 p.m., the moment the quake struck on Jan. 12, 2010,
// church bells rang": "the moment", "the minute", "the instant", "the
// hour" right after the comma) is the event remembered and anchors no
// later part of the day ("laid a wreath in the morning" is the story's
// day), when that day is of a year before the reference year; "At 9:30
// a.m., the moment trading opened on Monday" is the story's own day and
// anchors, and a day that opens the sentence before "the moment" keeps
// its anchor. A day or a week "earlier" at the end of a figure's
// comparison ("from", a figure, at most two words: "up from 208 dead a
// day earlier") in a sentence with a reporting verb and no day of its
// own counts from the reference day: the figure reported is the latest,
// not of a day the story told in a sentence before ("It left the country
// on Saturday. Police said 56 were missing, up from 208 dead a day
// earlier" points to Sunday on a Monday); with no report ("It had risen
// from 3 metres a day earlier"), a past perfect after the report ("said
// it had risen from 250 a day earlier") or a day in the sentence it
// counts from the anchor as before.
// Central-bank and economic copy (round 10): "quarter" before "-point" or
// "-percentage-point" ("four quarter-point increases") is a fraction of a
// point, no count of quarters. "overnight" before "and" or "or" and
// "term" or "longer" with a noun of lending within three words ("its
// overnight and term repurchase agreement operations", "overnight or
// longer-term funding") is a loan's term, no night; "overnight and into
// Monday" keeps the night. "the quarter" after "on" and a figure of change
// ("rose 0.4% on the quarter", "up 2 per cent on the quarter") is a
// comparison with the quarter before, as "on the month", and no
// expression. Three full month names joined by hyphens that make a
// calendar quarter, after "the" and before a noun of figures ("the
// October-December figures", "the July-September GDP data"), are that
// quarter, valued as "the July-September quarter", the noun left out of
// the extent. After "within", "minutes of" says what a span runs from
// ("fell within minutes of the decision"), no meeting's record. A weekday
// that ends a phrase of "ahead of" (at most twelve tokens, no comma or
// sentence end between) in a sentence that named a day before it ("was at
// 157.2 on Tuesday, ahead of the Fed's two-day meeting ending Wednesday")
// is the first such day after the day named, whatever the tense; with no
// day named before, the tense chooses ("fell ahead of the meeting ending
// Wednesday" in a Thursday paper is the Wednesday gone). "the week", "the
// year" or "the fortnight" before "beginning", "starting" or "commencing"
// and a date ("the fortnight beginning September 21, 2013", "the week
// beginning Monday") is a duration, the date apart, as "the week ended
// Oct. 6"; "the fortnight" is read only so. A rate written as one
// hyphenated word, "a" between a count and a unit from a day to a year
// ("$120 billion-a-month asset purchases", "the $1-a-day poverty line",
// "a once-a-year event", "a 24-hour-a-day service"), is a set, as "$85
// billion a month"; the count is an amount, "once", "twice", a number
// word or a hyphenated unit. "Melbourne Cup Day" (capitalised "Melbourne
// Cup"), Victoria's public holiday on which the Reserve Bank of Australia
// has met, is the first Tuesday of November; "the Melbourne Cup" alone is
// the race.
package timex
