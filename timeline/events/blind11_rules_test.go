package events

import (
	"slices"
	"testing"
)

// TestBlind11Phrases checks the rules prompted by the eleventh blind set,
// on sentences written for this test: each case gives the trigger and date
// wanted of the one mention, or none. Every rule has counter-examples in
// which its trigger word has another meaning.
func TestBlind11Phrases(t *testing.T) {
	for _, c := range []struct {
		reason, date, text string
		trigger, value     string // "" for no mention
	}{
		// a resignation told as "stepped down"
		{"'stepped down on June 30': a resignation",
			"2015-11-20", "Ruth Adebayo stepped down on June 30.", "stepped", "2015-06-30"},
		{"'will step down on Friday': a resignation to come",
			"2027-03-10", "The chairman will step down on Friday.", "step", "2027-03-12"},
		{"'stepped down from the board': a resignation",
			"2027-03-10", "The chairman stepped down from the board on Monday.", "stepped", "2027-03-08"},
		{"counter-example: 'stepped down the stairs' is a step",
			"2027-03-10", "He stepped down the stairs on Monday.", "", ""},
		{"counter-example: 'stepped down from the stage' is a step",
			"2027-03-10", "The dancer stepped down from the stage on Monday.", "", ""},
		{"counter-example: 'stepped up patrols' is none",
			"2027-03-10", "Police stepped up patrols on Monday.", "", ""},
		// a birth
		{"'was born in Wick in 1928': a birth",
			"2015-11-20", "Gunn was born in Wick in 1928.", "born", "1928"},
		{"counter-example: 'born out of frustration' is no birth",
			"2027-03-10", "The movement was born out of frustration in 2019.", "", ""},
		{"counter-example: 'Kenyan-born' qualifies the runner; the win is the news",
			"2027-03-10", "A Kenyan-born runner won the race on Sunday.", "won", "2027-03-07"},
		// a publication told by its year or month
		{"'was published in 1961': a publication",
			"2015-11-20", "The novel was published in 1961.", "published", "1961"},
		{"'A review, published in September, found': the aside's publication",
			"2015-11-20", "An independent review, published in September, found that 23 students had been admitted.", "published", "2015-09"},
		{"counter-example: 'An open letter was published on Monday': the letter's news, no publication",
			"2027-03-08", "An open letter was published on Monday.", "", ""},
		{"counter-example: 'Figures published in March showed': figures qualified, no publication",
			"2027-03-10", "Figures published in March showed that inflation rose.", "", ""},
		// a person or a thing unveiled, in the passive
		{"'was unveiled at Marsh Lane on Wednesday': a new manager presented",
			"2009-11-25", "Pryce was unveiled at Marsh Lane on Wednesday.", "unveiled", "2009-11-25"},
		{"counter-example: 'The plan unveiled on Monday drew criticism': a plan qualified",
			"2027-03-10", "The plan unveiled on Monday drew criticism.", "", ""},
		// "placed on leave"
		{"'was placed on leave on Wednesday': a suspension",
			"2015-04-16", "A clerk in the admissions office was placed on leave on Wednesday.", "placed", "2015-04-15"},
		{"counter-example: bets 'placed on Leave' name a side, no suspension",
			"2027-03-10", "Most bets were placed on Leave on Friday.", "", ""},
		{"counter-example: 'The government unveiled a budget' is no one unveiled",
			"2027-03-10", "The government unveiled a budget on Monday.", "", ""},
		{"counter-example: a wreath placed on a grave is none",
			"2027-03-10", "A wreath was placed on the grave on Monday.", "", ""},
		// a state, no closing or opening
		{"'will stay closed on Tuesday': a state",
			"2021-02-08", "Schools will stay closed on Tuesday because teachers cannot log in.", "", ""},
		{"'after being closed on Monday and Tuesday': a state; the reopening is Wednesday's",
			"2021-02-10", "Schools reopened on Wednesday with paper timetables after being closed on Monday and Tuesday.", "reopened", "2021-02-10"},
		{"counter-example: 'after being arrested on Monday' is a happening",
			"2027-03-10", "He fell ill after being arrested on Monday.", "arrested", "2027-03-08"},
		{"counter-example: 'were being questioned on Monday' is a happening",
			"2027-03-10", "Two men were being questioned on Monday.", "questioned", "2027-03-08"},
		{"counter-example: 'The shop closed on Monday' is a closure",
			"2027-03-10", "The shop closed on Monday.", "closed", "2027-03-08"},
		// a noun that refers back
		{"'paid on Wednesday ... since the attack': no attack on Wednesday",
			"2021-03-04", "Staff were paid on Wednesday for the first time since the attack.", "", ""},
		{"'A review of the attack will be presented on April 15': no attack on April 15, the review's presentation",
			"2021-03-04", "An external review of the attack will be presented to the council on April 15.", "presented", "2021-04-15"},
		{"counter-example: 'was presented with an award' is none",
			"2027-03-10", "She was presented with an award on Friday.", "", ""},
		{"counter-example: 'the risk presented by the storm' is none",
			"2027-03-10", "The risk presented by the storm on Friday was small.", "", ""},
		// a service restored
		{"'restored its payroll system on March 1': a service back",
			"2021-03-04", "Hamar restored its payroll system on March 1.", "restored", "2021-03-01"},
		{"'Power was restored on Friday': a service back",
			"2027-03-10", "Power was restored on Friday.", "restored", "2027-03-05"},
		{"counter-example: 'restored confidence' is none",
			"2027-03-10", "The win restored confidence on Friday.", "", ""},
		{"counter-example: 'restored the painting' is none",
			"2027-03-10", "Experts restored the painting in March.", "", ""},
		// a relative clause's bare year takes its head as subject
		{"'The medical school, which opened in 1969,': the school's opening",
			"2015-04-16", "The medical school, which opened in 1969, admits about 200 students a year.", "opened", "1969"},
		{"counter-example: a verb that names no happening in the clause gives none",
			"2015-04-16", "The plan, which failed in 1990, was revived.", "", ""},

		{"'Results of the election will be announced on Monday': no election on Monday",
			"2027-03-10", "Results of the election will be announced on Monday.", "", ""},
		{"counter-example: 'since the attack on Sunday': the noun's own date",
			"2021-03-04", "Schools have been closed since the attack on Sunday.", "attack", "2021-02-28"},
		{"counter-example: 'the collapse of the talks in Konya on March 9': the noun's own phrase",
			"2021-03-11", "The collapse of the talks in Konya on March 9 angered unions.", "talks", "2021-03-09"},
		// a claim of an attack
		{"'claimed the attack on February 12': the claim's day, not the attack's",
			"2021-03-04", "The gang claimed the attack on February 12.", "", ""},
		{"counter-example: 'claimed victory on Sunday' is the victory",
			"2027-03-10", "Reyes claimed victory on Sunday.", "victory", "2027-03-07"},
		// a death told with its announcement
		{"'has died aged 84, his publisher said Tuesday': no death dated by the saying",
			"2012-10-23", "Scottish novelist Alasdair Gunn has died aged 84, his publisher said Tuesday.", "", ""},
		{"counter-example: 'died on Monday, police said' keeps the death's own day",
			"2027-03-10", "Smith died on Monday, police said.", "died", "2027-03-08"},
		{"counter-example: another happening in the present perfect is still the announcement's",
			"2027-03-10", "The company has resigned from the group, officials said on Monday.", "resigned", "2027-03-08"},
		// a dismissal
		{"'was sacked on November 16': a dismissal",
			"2009-11-25", "Paul Dacre was sacked on November 16.", "sacked", "2009-11-16"},
		{"counter-example: 'the sacked Paul Dacre' names a person, no dismissal of the day",
			"2009-11-18", "Hollis replaced the sacked Paul Dacre on Monday.", "", ""},
		{"counter-example: 'his sacked predecessor' names a person: the meeting is the news",
			"2009-11-18", "He met his sacked predecessor on Monday.", "met", "2009-11-16"},
		// a discovery of a happening is the happening
		{"'discovered the attack at around 4 a.m. on Sunday': the attack",
			"2021-02-08", "Staff discovered the attack at around 4 a.m. on Sunday.", "attack", "2021-02-07"},
		{"'The attack, discovered on Sunday,': the attack",
			"2021-02-10", "The attack, discovered on Sunday, shut down email.", "attack", "2021-02-07"},
		{"counter-example: 'discovered the body' stays a discovery",
			"2021-02-08", "Police discovered the body on Sunday.", "discovered", "2021-02-07"},
		{"counter-example: 'discovered a new species' stays a discovery",
			"2021-02-08", "Scientists discovered a new species on Sunday.", "discovered", "2021-02-07"},
		// a possessive date after "after" dates its noun, never the verb before
		{"'sacked ... after Saturday's 4-0 home defeat': the defeat is Saturday's, no sacking on Saturday",
			"2009-11-16", "League One side Fenbridge United have sacked manager Paul Dacre after Saturday's 4-0 home defeat by Leyton Orient.", "defeat", "2009-11-14"},
		{"'Markets rallied after Sunday's election': the election is Sunday's (was a rally on Sunday)",
			"2009-11-16", "Markets rallied after Sunday's election.", "election", "2009-11-15"},
		{"counter-example: 'won Sunday's presidential runoff': the verb governs its noun",
			"2009-11-16", "Quiroga won Sunday's presidential runoff.", "won", "2009-11-15"},
		{"counter-example: 'last week's floods began returning': a happening's word between",
			"2009-11-16", "Last week's floods began returning on Monday.", "", ""},
		// a relative aside of up to ten words
		{"'Pryce, who left Newport County by mutual consent in October, was unveiled': October is the aside's",
			"2009-11-25", "Pryce, who left Newport County by mutual consent in October, was unveiled at Marsh Lane on Wednesday.", "", ""},
		{"counter-example: the main verb keeps its own day past a long aside",
			"2027-03-10", "Smith, who won the title in Paris in 2019, resigned on Friday.", "resigned", "2027-03-05"},
	} {
		oneMention(t, c.reason, c.date, c.text, c.trigger, c.value)
	}
}

// TestBlind11PronounYear: a bare year of the background dates a happening
// whose subject is "he" or "she" standing for the person the story last
// named; not a pronoun inside another noun's clause, nor "it".
func TestBlind11PronounYear(t *testing.T) {
	for _, c := range []struct {
		reason, text string
		want         []string
	}{
		{"'He won the prize in 1974': the story's person", "Alasdair Gunn died on Monday. He won the James Tait Black prize in 1974.",
			[]string{"Gunn wins James Tait Black prize", "Gunn dies"}},
		{"'Born in Wick in 1928, he worked': the participle's subject past the comma", "Alasdair Gunn died on Monday. Born in Wick in 1928, he worked as a trawlerman.",
			[]string{"Gunn born", "Gunn dies"}},
		{"counter-example: 'The prize he won in 1974 was lost': the pronoun is inside the prize's clause", "Alasdair Gunn died on Monday. The prize he won in 1974 was lost.",
			[]string{"Gunn dies"}},
		{"counter-example: 'It was founded in 1990': 'it' stands for no person", "Alasdair Gunn died on Monday. It was founded in 1990.",
			[]string{"Gunn dies"}},
	} {
		got := titlesOf(extractMerge(t, article("pronoun", "2012-10-25", c.text)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: titles %q, want %q", c.reason, got, c.want)
		}
	}
}

// TestBlind11RelativeYear: a relative clause's bare year and the main
// verb's day make two events, each with its own subject.
func TestBlind11RelativeYear(t *testing.T) {
	got := titlesOf(extractMerge(t, article("rel", "2015-04-16", "The bridge, which opened in 1969, closed on Tuesday.")))
	if len(got) != 2 || got[0] != "Bridge opens" || got[1] != "Bridge closes" {
		t.Errorf("the clause's year and the main verb's day: titles %q, want [Bridge opens Bridge closes]", got)
	}
}

// TestBlind11ClauseSubject: a clause opened by "after", "before", "when",
// "because" or "until" names its own subject; a relative pronoun's head
// is not it.
func TestBlind11ClauseSubject(t *testing.T) {
	for _, c := range []struct {
		reason, date, text, want string
	}{
		{"'Hollis, who took over after Paul Dacre was sacked': Dacre (was 'Hollis sacked')",
			"2009-11-25", "Caretaker Gary Hollis, who took over after Paul Dacre was sacked on November 16, will stay on.", "Dacre sacked"},
		{"counter-example: the relative pronoun's head is the subject of its own verb",
			"2027-03-10", "Gary Hollis, who was sacked on Monday, will stay on.", "Hollis sacked"},
		{"'A review of the attack will be presented': the review, not the attack (was 'Attack presented')",
			"2021-03-04", "An external review of the attack will be presented to the council on April 15.", "Review presented"},
		{"counter-example: 'The head of the company' is no study: its head stays",
			"2027-03-10", "The head of the company resigned on Friday.", "Head resigns"},
		{"counter-example: 'after the raid' opens no subject",
			"2027-03-10", "Mark Smith was arrested on Monday after the raid.", "Smith arrested"},
	} {
		oneTitle(t, c.reason, c.date, c.text, c.want)
	}
}

// TestBlind11OnceOnly: one person's arrest told to the day in one article
// and to the month in another is one; not another verb (a player wins
// often in a month) nor another person.
func TestBlind11OnceOnly(t *testing.T) {
	for _, w := range []string{"arrested", "died", "resigned", "appointed", "sentenced", "convicted", "stepped", "sacked", "born", "charged"} {
		if !onceOnly[stem(w)] {
			t.Errorf("onceOnly lacks the stem %q of %q", stem(w), w)
		}
	}
	evs := extractMerge(t,
		article("day", "2015-04-14", "Police arrested Carol Denning, 52, at her home in Burlington, Ont., on Monday."),
		article("month", "2015-11-20", "Carol Denning, who was arrested in April, admitted in court in Hamilton to taking $412,000."),
		article("other", "2015-11-20", "Mark Hollis, who was arrested in April, was released on bail."),
		article("win-day", "2015-04-14", "Carol Denning won the Hamilton open on Monday."),
		article("win-month", "2015-11-20", "Carol Denning, who won in April, lost on Thursday."),
	)
	eventOf := eventBySource(evs)
	checkSameEvent(t, eventOf, "an arrest told to the day and to the month, the same person, is one", "day#s1", "month#s1", true)
	checkSameEvent(t, eventOf, "counter: another person's arrest that month is another", "day#s1", "other#s1", false)
	if eventOf["win-month#s1"] != "" && eventOf["win-day#s1"] != "" {
		checkSameEvent(t, eventOf, "counter: a win told by its month is no win of one day (one wins often)", "win-day#s1", "win-month#s1", false)
	}
}
