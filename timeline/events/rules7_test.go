package events

import (
	"slices"
	"testing"
)

// TestAttackTitles checks the titles of attacks told by who or what made
// them, and that gunfire is no blaze, with counter-examples where the
// older title was right.
func TestAttackTitles(t *testing.T) {
	for _, c := range []struct {
		reason, date, text, want string
	}{
		{"'opened fire' is shooting, not a fire: was 'Charleston fire'", "2015-06-18",
			"A gunman opened fire inside a church in Charleston on Wednesday night, killing nine people.", "Charleston shooting"},
		{"'returned fire' is gunfire, not a disaster", "2015-06-18",
			"Soldiers returned fire after militants attacked a checkpoint in Kandahar on Wednesday, killing three.", "Kandahar strike"},
		{"'came under heavy fire' is gunfire, not a disaster", "2015-06-18",
			"A convoy came under heavy fire in Kandahar on Wednesday, and two soldiers were killed.", "Kandahar strike"},
		{"counter-example: a fire that killed people is a fire", "2015-06-18",
			"A fire swept through a market in Lagos on Wednesday, killing nine people.", "Lagos fire"},
		{"a shark that killed a surfer made a shark attack, no strike", "2015-06-29",
			"A surfer was killed by a shark at a beach in Sydney on Sunday.", "Sydney shark attack"},
		{"a dog that attacked a boy made a dog attack", "2015-06-29",
			"A dog attacked a four-year-old boy in Perth on Saturday, police said.", "Perth dog attack"},
		{"counter-example: dogs that only search after an attack make no dog attack", "2015-06-29",
			"Sniffer dogs searched the market in Kabul after militants attacked it on Saturday, killing six.", "Kabul strike"},
		{"counter-example: 'the Tamil Tigers' are a name, no tiger attack", "2009-03-02",
			"Tamil Tigers attacked an army camp in Mullaitivu on Saturday, killing 12 soldiers.", "Mullaitivu strike"},
		{"counter-example: a weapon still names the strike", "2015-06-29",
			"A drone strike killed four militants in Yemen on Saturday.", "Yemen drone strike"},
	} {
		got := titlesOf(extractMerge(t, article("attack", c.date, c.text)))
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%s: %q gave titles %q, want %q first", c.reason, c.text, got, c.want)
		}
	}
}

// TestPastYearIn checks the happenings dated by a bare past year after
// "in", and the bare years that date none.
func TestPastYearIn(t *testing.T) {
	for _, c := range []struct {
		reason, text, trigger, value string
	}{
		{"'was convicted in 2004' dates the conviction by its year", "Michael Tolbert was convicted in 2004 of murder.", "convicted", "2004"},
		{"'In 2011, a riot broke out' dates the riot", "In 2011, a riot broke out at the same prison.", "broke", "2011"},
		{"counter-example: a model year dates nothing", "The 2004 model was recalled.", "", ""},
		{"counter-example: 'since 2004' is a span, no date", "The prison has been closed since 2004.", "", ""},
		{"counter-example: a year to come is a plan, no happening", "The prison will be closed in 2030.", "", ""},
		{"counter-example: a year with no one named ('since it invaded Ukraine in 2022', 'He also escaped in 2008') would make a headline of a bare verb: none", "He also escaped in 2008.", "", ""},
	} {
		oneMention(t, c.reason, "2027-03-10", c.text, c.trigger, c.value)
	}
	// "Swimmer ... was suspended for two years in 2019, Swimming Australia
	// said on Tuesday": the suspension is 2019's, the statement Tuesday's.
	evs := extractMerge(t, article("year", "2027-03-10", "Swimmer Jane Cole was suspended for two years in 2019, Swimming Australia said on Tuesday."))
	var got []string
	for _, e := range evs {
		got = append(got, e.Date.Value+" "+e.Title)
	}
	if want := []string{"2019 Cole suspended", "2027-03-09 Swimming Australia statement"}; !slices.Equal(got, want) {
		t.Errorf("a past year before an attribution: got %q, want %q", got, want)
	}
}

// TestPassivePronounTitles checks that a passive told of "he" or "she"
// names the person the pronoun stands for, and that a passive's verb keeps
// its participle before a place.
func TestPassivePronounTitles(t *testing.T) {
	for _, c := range []struct {
		reason, text string
		want         []string
	}{
		{"'He was captured on Wednesday' after the escape of a named man: he was captured (was 'Captures in Canton')",
			"Michael Tolbert escaped from the state prison in Pearl on Monday. He was captured on Wednesday.",
			[]string{"Tolbert escapes", "Tolbert captured"}},
		{"a passive before a place keeps its participle, with no pronoun to open its sentence",
			"Michael Tolbert escaped from the state prison in Pearl on Monday. On Wednesday he was captured in Canton.",
			[]string{"Tolbert escapes", "Captured in Canton"}},
		{"counter-example: a passive of someone else named in its sentence is that one's",
			"Michael Tolbert escaped from the state prison in Pearl on Monday. A guard was arrested on Wednesday in Canton.",
			[]string{"Tolbert escapes", "Guard arrested"}},
	} {
		if got := titlesOf(extractMerge(t, article("passive", "2015-03-12", c.text))); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.reason, got, c.want)
		}
	}
}

// TestVisitingQualifier checks that "visiting" before a noun it qualifies
// names no visit.
func TestVisitingQualifier(t *testing.T) {
	for _, c := range []struct {
		reason, text, trigger, value string
	}{
		{"'visiting' before a noun it qualifies ('its visiting hall') is no visit: the reopening is the happening (was 'Pearl visit')", "The prison will reopen its visiting hall on Dec. 28.", "reopen", "2027-12-28"},
		{"counter-example: 'will be visiting Paris' is a visit", "Kerry will be visiting Paris on Friday.", "visiting", "2027-03-12"},
	} {
		oneMention(t, c.reason, "2027-03-10", c.text, c.trigger, c.value)
	}
}
