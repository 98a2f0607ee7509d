package events

import (
	"slices"
	"testing"
)

// TestTitles8CommonSubjects checks the titles of happenings whose subject
// is a common-noun phrase, not a name, on news passages written for this
// test (strikes, protests, accidents, votes, courts, sport): a bare
// "Return", "Strike", "Guilty", "Agreement" or "Protest" tells a reader
// browsing the timeline nothing, so the title names who or what as the
// sentence does. Each rule has counter-examples: a subject that names no
// one in particular ("Officials", "Some", "The two"), a pronoun, a
// coordination, a verb with an object, an infinitive, a sentence that
// tells both a start and an end keep the older, barer title.
func TestTitles8CommonSubjects(t *testing.T) {
	for _, c := range []struct{ reason, date, text, want string }{
		// A way back told by who returned.
		{"who returned to work, past the phrase after the noun",
			"2025-03-14", "Dock workers at the city's container port returned to work on Friday.", "Dock workers return to work"},
		{"a possessive stays: dropping it would make 'The minister's aides' 'Minister aides'",
			"2024-05-08", "The factory's workers returned to work on Monday.", "Factory's workers return to work"},
		{"'to school'", "2024-05-08", "Children returned to school on Monday.", "Children return to school"},
		{"'to their homes' is 'home'",
			"2024-05-08", "Residents returned to their homes on Sunday after the evacuation order was lifted.", "Residents return home"},
		{"an arrival by who arrived", "2024-05-08", "The first refugees arrived on Monday.", "First refugees arrive"},
		{"a landing, past its manner", "2024-05-08", "The plane landed safely on Sunday after an engine failure.", "Plane lands"},
		{"counter-example: a pronoun names no one", "2024-05-08", "They returned home on Thursday.", "Return"},
		{"counter-example: an arrival by a pronoun", "2024-05-08", "They arrived on Monday.", "Arrival"},
		{"counter-example: 'Some' names no one", "2024-05-08", "Some returned to work on Monday.", "Return"},
		{"counter-example: 'The two' names no one", "2024-05-08", "The two returned home on Monday.", "Return"},
		{"counter-example: 'Officials' names no one in particular", "2024-05-08", "Officials returned to the site on Monday.", "Return"},
		{"counter-example: a coordination is not its first noun alone",
			"2024-05-08", "Striking rail workers and bus drivers returned to work on Monday.", "Return"},

		// A workers' strike by its strikers and its start or end.
		{"the strikers before 'workers' and the start",
			"2024-05-08", "Postal workers began a 48-hour strike on Monday.", "Postal workers begin strike"},
		{"the strike's end, its strikers in the detail",
			"2024-05-08", "The miners ended their strike on Friday after six weeks.", "Miners end strike"},
		{"'The teachers' strike ended'", "2024-05-08", "The teachers' strike ended on Wednesday after the union accepted a new contract.", "Teachers end strike"},
		{"the trade with its modifier", "2024-05-08", "Bus drivers in the capital went on strike on Monday, leaving thousands of commuters stranded.", "Bus drivers strike"},
		{"counter-example: a strike ballot launched is no strike begun",
			"2024-05-08", "The union launched a strike ballot on Monday over pay.", "Strike"},
		{"'called off the strike' is its end; the title keeps one verb",
			"2024-05-08", "The nurses' union called off the strike on Friday.", "Nurses end strike"},
		{"counter-example: an infinitive tells no end",
			"2024-05-08", "Union leaders held talks to end the strike on Monday.", "Strike"},

		// A verdict or plea by whom.
		{"'found the former mayor guilty'", "2024-05-08", "A jury found the former mayor guilty of fraud on Friday.", "Former mayor found guilty"},
		{"'was found guilty'", "2024-05-08", "The former mayor was found guilty of fraud on Friday.", "Former mayor found guilty"},
		{"'pleaded guilty'", "2024-05-08", "The driver pleaded guilty to dangerous driving on Monday.", "Driver pleads guilty"},
		{"a person called by surname", "2024-05-08", "A jury found Emeka Okafor guilty of fraud on Friday.", "Okafor found guilty"},
		{"counter-example: a pronoun stays out", "2024-05-08", "A jury found him guilty of fraud on Friday.", "Guilty"},

		// An approval by its subject and object.
		{"a council's approval", "2024-05-08", "The city council approved the new budget on Monday.", "City council approves new budget"},
		{"a plural subject", "2024-05-08", "Shareholders approved the merger on Thursday.", "Shareholders approve merger"},
		{"counter-example: 'Officials' names no one in particular", "2024-05-08", "Officials approved the plan on Monday.", "Agreement"},

		// A happening's noun and the verb after it.
		{"'The protest began'", "2024-05-08", "The protest began on Saturday morning and went on until dusk.", "Protest begins"},
		{"'The hearing was adjourned'", "2024-05-08", "The hearing was adjourned on Tuesday.", "Hearing adjourned"},
		{"'was called off' keeps its particle", "2024-05-08", "The demonstration was called off on Friday.", "Demonstration called off"},
		{"the trial of someone is the trial's", "2024-05-08", "The trial of the three men began on Monday.", "Trial begins"},
		{"counter-example: a noun of people before 'of' keeps them",
			"2024-05-08", "Relatives of the victims marched through the town on Sunday.", "Relatives march through the town"},

		{"a noun the sources call off", "2024-05-08", "Organisers called off the march on Friday.", "March called off"},
		{"counter-example: a plan to call off tells no fate", "2024-05-08", "Organisers met to call off the march on Friday.", "March"},
		{"a verb with its particle 'off' and its object", "2024-05-08", "Police called off the search on Friday.", "Police call off search"},
		{"counter-example: 'off' after a verb of motion is where",
			"2024-05-08", "A fishing boat sank off the coast on Friday.", "Fishing boat sinks"},
		{"counter-example: a return with an object is no way back", "2024-05-08", "The company returned the money on Monday.", "Return"},

		// A bare quantity is named by its group.
		{"'Hundreds of students'", "2024-05-08", "Hundreds of students walked out of classes on Friday to protest against the cuts.", "Students protest against the cuts"},
		{"counter-example: 'Hundreds of students and their parents' is not the students alone",
			"2024-05-08", "Hundreds of students and their parents walked out of classes on Friday to protest against the cuts.", "Hundreds protest against the cuts"},

		// What a vote was for.
		{"'voted on Wednesday to raise the minimum wage', past the date",
			"2024-05-08", "Lawmakers voted on Wednesday to raise the minimum wage.", "Lawmakers vote to raise minimum wage"},
		{"a tally keeps its place in a short title", "2024-05-08", "Councillors voted 12-4 on Tuesday to approve the plan.", "Councillors vote 12-4 to approve plan"},
		{"'voted for'", "2024-05-08", "Shareholders voted for the merger on Friday.", "Shareholders vote for merger"},
		{"counter-example: a vote in an election has no goal", "2024-05-08", "Residents voted on Sunday in a local election.", "Residents vote"},
		{"counter-example: a comma ends the vote's words", "2024-05-08", "Lawmakers voted on Wednesday, the speaker said.", "Lawmakers vote"},

		{"counter-example: 'Two of the climbers' is a part, no crowd", "2024-05-08", "Two of the climbers were rescued on Sunday.", "Two rescued"},

		// Agreement of the verb.
		{"a noun in -us is one", "2024-05-08", "The bus overturned on Tuesday night, injuring 14 passengers.", "Bus overturns"},
		{"counter-example: buses are many", "2024-05-08", "Two buses collided on Tuesday night, injuring 14 passengers.", "Buses collide"},
	} {
		oneTitle(t, c.reason, c.date, c.text, c.want)
	}
}

// TestTitles8ArticleStrikers checks that a strike its sentence tells with
// no strikers takes them from its article when the article names one group
// of workers and no other; and not when it names two.
func TestTitles8ArticleStrikers(t *testing.T) {
	for _, c := range []struct {
		reason, date, text string
		want               []string
	}{
		{"the one group its article names",
			"2025-03-14", "Dock workers at the city's container port returned to work on Friday after union leaders accepted a pay offer late on Thursday. The strike began on March 3 and halted most shipping for eleven days.",
			[]string{"Dock workers begin strike", "Union leaders accept pay offer", "Dock workers return to work"}}, // the acceptance is an agreement since evleft9
		{"counter-example: two groups, whose strike it was is not told",
			"2025-03-14", "Dock workers marched through the city on Friday. Rail workers marched in the capital on Saturday. The strike began on March 3 and halted most shipping.",
			[]string{"Strike begins", "Rail workers march", "Dock workers march through the city"}},
		{"counter-example: a start and an end in one sentence: the strike's own title tells neither (which the date is is not told); the end's subject is the strike, not the possessive before it (was \"Dockers' ends\")",
			"2024-05-08", "The dockers' strike began on Monday and ended on Friday.",
			[]string{"Dockers' strike ends", "Dockers strike"}},
	} {
		evs := extractMerge(t, article("strikers", c.date, c.text))
		got := titlesOf(evs)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: titles %q, want %q", c.reason, got, c.want)
		}
	}
}
