package events

import "testing"

// TestEvleft9Titles holds the title leftovers of the session 8 review,
// fixed with general rules, each with counter-examples.
func TestEvleft9Titles(t *testing.T) {
	for _, c := range []struct {
		reason, date, text, want string
	}{
		// a disaster with no place the gazetteer knows
		{"fixed: the name after the verb is where (was 'Tornado')",
			"2027-03-10", "A tornado struck Moore, Oklahoma, on Monday.", "Moore tornado"},
		{"fixed: else what it did to what (was 'Storm')",
			"2027-03-10", "A storm hit the coast on Sunday.", "Storm hits coast"},
		{"fixed: an adjective stays with its noun",
			"2027-03-10", "A powerful storm hit the northern coast on Sunday.", "Storm hits northern coast"},
		{"counter: a known place still names it",
			"2027-03-10", "A storm killed three people in Galicia on Sunday.", "Galicia storm"},
		{"counter: nothing after the verb leaves the disaster alone",
			"2027-03-10", "A tornado hit on Sunday.", "Tornado"},
		{"counter: 'killed three people' names no object for a headline (the people are victims)",
			"2027-03-10", "A storm killed three people on Sunday.", "Storm"},
		// a plea told with a pronoun
		{"fixed: 'He pleaded guilty' with no one named is the plea (was 'Guilty')",
			"2027-03-10", "He pleaded guilty on Friday.", "Pleads guilty"},
		{"counter: a common noun subject stays",
			"2027-03-10", "The former mayor pleaded guilty on Friday.", "Former mayor pleads guilty"},
		// a relative clause's verb
		{"fixed: the noun before ', which' is the subject (was 'Calls')",
			"2027-03-10", "The bout, which was called off on Friday, will be rescheduled.", "Bout called off"},
		{"fixed: an active verb in the clause too (was 'Sinks')",
			"2027-03-10", "The ferry, which sank on Sunday, will be raised.", "Ferry sinks"},
		{"fixed: a plural head takes a plural verb",
			"2027-03-10", "The men, who escaped on Sunday, were caught.", "Men escape"},
		{"counter: a name before ', who' is found as before",
			"2027-03-10", "Smith, who was arrested on Friday, will appear in court.", "Smith arrested"},
		// an offer accepted
		{"fixed: 'accepted a pay offer' is an agreement (was no event)",
			"2027-03-10", "Union leaders accepted a pay offer on Monday.", "Union leaders accept pay offer"},
		{"fixed: a singular subject",
			"2027-03-10", "The union accepted the offer on Monday.", "Union accepts offer"},
	} {
		oneTitle(t, c.reason, c.date, c.text, c.want)
	}
}

// TestEvleft9Mentions: the persons and words of the leftovers, and their
// counter-examples, as mentions.
func TestEvleft9Mentions(t *testing.T) {
	for _, c := range []struct {
		reason, date, text string
		trigger, value     string
	}{
		{"fixed: a figure before the offer still makes the agreement (its title, with no object a headline can use, is 'Agreement')",
			"2027-03-10", "Nurses accepted a 5% pay offer on Monday.", "accepted", "2027-03-08"},
		{"counter: 'accepted the award' is no agreement",
			"2027-03-10", "She accepted the award on Monday.", "", ""},
		{"counter: 'accepted responsibility for the leak' is no agreement",
			"2027-03-10", "The company accepted responsibility for the leak on Monday.", "", ""},
		{"counter: 'the offer's terms' past 'accepted the award' stay apart",
			"2027-03-10", "She accepted the award, and an offer of help, on Monday.", "", ""},
	} {
		oneMention(t, c.reason, c.date, c.text, c.trigger, c.value)
	}
	// "He pleaded guilty" after the person is named: the person's plea
	got := titlesOf(extractMerge(t, article("plea", "2027-03-10", "Alan Smith was arrested in May. He pleaded guilty on Friday to fraud.")))
	if len(got) != 2 || got[1] != "Smith pleads guilty" {
		t.Errorf("fixed: 'He pleaded guilty' is the named person's plea (was 'Smith guilty'): titles %q", got)
	}
	got = titlesOf(extractMerge(t, article("plea", "2027-03-10", "Alan Smith was arrested in May. He was found guilty on Friday.")))
	if len(got) != 2 || got[1] != "Smith found guilty" {
		t.Errorf("fixed: 'He was found guilty' is the named person's verdict (was 'Smith guilty'): titles %q", got)
	}
}
