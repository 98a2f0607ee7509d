package events

import "testing"

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
