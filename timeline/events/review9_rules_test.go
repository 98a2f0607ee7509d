package events

import (
	"slices"
	"testing"
)

// TestReview9Phrases: the adversarial review of the session-9 rules
// (blind11 and the leftovers). Each rule got new ordinary news sentences
// with its trigger in another meaning, tense or construction; "narrowed"
// cases were wrong before the review (the wrong result in the reason),
// "safe" cases check the rule holds. Known residue, left as no rule can
// tell it yet: "Prices stepped down in March" is still a resignation.
func TestReview9Phrases(t *testing.T) {
	for _, c := range []struct {
		reason, date, text string
		trigger, value     string // "" for no mention
	}{
		// "stepped down"
		{"narrowed: a passive easing (was 'Production steps down', Monday)",
			"2027-03-10", "Production was stepped down on Monday.", "", ""},
		{"narrowed: 'stepped down their search' eases a search (was 'Police step down search')",
			"2027-03-10", "Police stepped down their search on Monday.", "", ""},
		{"safe: a refusal to step down is none",
			"2027-03-10", "He refused to step down on Monday.", "", ""},
		{"safe: 'would step down' asked about is none",
			"2027-03-10", "He was asked on Monday whether he would step down.", "", ""},
		{"safe: a quoted refusal is none",
			"2027-03-10", "\"I will not step down,\" Smith said on Monday.", "", ""},
		// "born"
		{"narrowed: 'Children born in 2010' qualify a noun (was 'Children born', 2010)",
			"2027-03-10", "Children born in 2010 will start school on Monday.", "", ""},
		{"safe: a birth told in the passive",
			"2027-03-10", "Their daughter was born on Monday.", "born", "2027-03-08"},
		{"safe: 'Born in Wick, he moved to Glasgow in 1950' dates no birth by the move",
			"2027-03-10", "Born in Wick, he moved to Glasgow in 1950.", "", ""},
		{"safe: 'Babies born on Monday will be screened' qualifies",
			"2027-03-10", "Babies born on Monday will be screened.", "", ""},
		// "published ... in"
		{"safe: a study's aside",
			"2027-03-10", "The study, published in Nature in 2019, found no link.", "published", "2019"},
		{"safe: 'Articles published in the paper in 2019 were withdrawn': no publication",
			"2027-03-10", "Articles published in the paper in 2019 were withdrawn on Monday.", "", ""},
		{"safe: the language between",
			"2027-03-10", "The book was published in English in 2001.", "published", "2001"},
		// "was unveiled"
		{"safe: a statue unveiled",
			"2027-03-10", "A statue of the king was unveiled on Monday.", "unveiled", "2027-03-08"},
		{"safe: plans unveiled, the day before the plan's verb",
			"2027-03-10", "Plans were unveiled on Monday to close the hospital.", "unveiled", "2027-03-08"},
		{"safe: in a relative clause",
			"2027-03-10", "The budget, which was unveiled on Monday, drew criticism.", "unveiled", "2027-03-08"},
		// "placed on leave"
		{"narrowed: 'placed on leave entitlements' is no suspension (was 'Emphasis placed', March)",
			"2027-03-10", "Emphasis was placed on leave entitlements in March.", "", ""},
		{"safe: paid leave",
			"2027-03-10", "Two officers were placed on paid leave on Monday.", "placed", "2027-03-08"},
		{"safe: 'placed on leave pending' is a suspension",
			"2027-03-10", "A clerk was placed on leave pending an inquiry on Monday.", "placed", "2027-03-08"},
		// "sacked"
		{"narrowed: a quarterback sacked five times is tackled (was 'Five times sacked')",
			"2027-03-10", "The quarterback was sacked five times on Sunday.", "", ""},
		{"safe: 'Sacked workers protested' is the protest",
			"2027-03-10", "Sacked workers protested on Monday.", "protested", "2027-03-08"},
		{"safe: 'Fans called for him to be sacked' is no dismissal",
			"2027-03-10", "Fans called for him to be sacked on Monday.", "", ""},
		{"safe: a negated dismissal",
			"2027-03-10", "He was not sacked on Monday.", "", ""},
		// "restored" with a service noun
		{"narrowed: 'The old power station was restored' is a building (was 'Power station restored', 2005)",
			"2027-03-10", "The old power station was restored in 2005.", "", ""},
		{"narrowed: 'The church's water tower was restored' is a building",
			"2027-03-10", "The church's water tower was restored in 1990.", "", ""},
		{"safe: 'has been restored'",
			"2027-03-10", "Power has been restored on Friday.", "restored", "2027-03-05"},
		{"safe: 'restored the water supply'",
			"2027-03-10", "Engineers restored the water supply on Monday.", "restored", "2027-03-08"},
		{"safe: 'restored order' is none",
			"2027-03-10", "Police restored order on Monday.", "", ""},
		// "will be presented to"
		{"safe: a petition presented",
			"2027-03-10", "The petition was presented to parliament on Monday.", "presented", "2027-03-08"},
		{"safe: a plan to be presented in March",
			"2027-03-10", "The plan will be presented to investors in March.", "presented", "2027-03"},
		{"safe: an award to be presented is its ceremony's day",
			"2027-03-10", "The award will be presented to her on Friday.", "presented", "2027-03-12"},
		// ", which <verb> in <year>"
		{"narrowed: 'which hosted the final in 1966' gives no meeting (was 'Talks', 1966)",
			"2027-03-10", "The stadium, which hosted the final in 1966, will be demolished.", "", ""},
		{"safe: 'which peaked in 2022' names no happening",
			"2027-03-10", "Inflation, which peaked in 2022, fell sharply.", "", ""},
		{"safe: 'which its founder sold in 2010': the clause's own subject, no year for the head's verb",
			"2027-03-10", "The company, which its founder sold in 2010, collapsed on Monday.", "collapsed", "2027-03-08"},
		// "remain closed" as a state
		{"safe: 'remained closed' is no closure (it was 'Schools remained closes' before the rule)",
			"2027-03-10", "Schools remained closed on Monday.", "", ""},
		{"safe: 'remains closed after a crash on Monday': no closure dated",
			"2027-03-10", "The road remains closed after a crash on Monday.", "", ""},
		{"safe: the reopening keeps its day past 'after being closed for a week'",
			"2027-03-10", "The border reopened on Monday after being closed for a week.", "reopened", "2027-03-08"},
		// nouns referring back
		{"safe: 'The anniversary of the bombing was marked on Monday': no bombing on Monday (it was one before the rule)",
			"2027-03-10", "The anniversary of the bombing was marked on Monday.", "", ""},
		{"safe: 'Footage of the explosion was released': the release",
			"2027-03-10", "Footage of the explosion was released on Monday.", "released", "2027-03-08"},
		{"safe: 'the fire, which broke out on Monday': the clause's verb",
			"2027-03-10", "Police are investigating the cause of the fire, which broke out on Monday.", "broke", "2027-03-08"},
		{"safe: 'Survivors of the earthquake on Sunday': the noun's own date",
			"2027-03-10", "Survivors of the earthquake on Sunday were rescued.", "earthquake", "2027-03-07"},
		// "claimed the attack"
		{"safe: the claim's statement day is no attack's",
			"2027-03-10", "The group claimed the attack in a statement on Monday.", "", ""},
		{"safe: 'claimed the lives of six' is the blast's",
			"2027-03-10", "The blast claimed the lives of six people on Monday.", "blast", "2027-03-08"},
		{"safe: the clause's own verb dates the bombing",
			"2027-03-10", "The group claimed the bombing, which killed 30 people on Sunday.", "killed", "2027-03-07"},
		// "has died ..., X said Tuesday"
		{"safe: 'has died, her family said on Tuesday': no death on Tuesday (it was one before the rule)",
			"2027-03-10", "The singer has died, her family said on Tuesday.", "", ""},
		{"safe: the death's own day",
			"2027-03-10", "The actor has died in hospital on Monday, his agent said.", "died", "2027-03-08"},
		// longer relative asides
		{"safe: a nine-word aside keeps its month; the main verb its day",
			"2027-03-10", "The plant, which employs 400 people and was built in 1970, closed on Monday.", "closed", "2027-03-08"},
		{"safe: 'since at least March' in the aside dates no arrest",
			"2027-03-10", "Police said the man, who had been living in the city since at least March, was arrested on Monday.", "arrested", "2027-03-08"},
		// "discovered the <happening>"
		{"narrowed: 'discovered the crash site' is a place found (it went to no event)",
			"2027-03-10", "Investigators discovered the crash site on Monday.", "discovered", "2027-03-08"},
		{"safe: 'discovered the fraud in March': fraud is no happening of a day, the discovery stays",
			"2027-03-10", "Auditors discovered the fraud in March.", "discovered", "2027-03"},
		{"safe: 'discovered the theft' stays a discovery",
			"2027-03-10", "Police discovered the theft on Monday.", "discovered", "2027-03-08"},
		// possessive dates after "after"/"following"
		{"safe: 'relegated after Saturday's defeat': the defeat",
			"2027-03-10", "The team was relegated after Saturday's defeat.", "defeat", "2027-03-06"},
		{"safe: 'resigned following last week's vote': the vote, no resignation last week",
			"2027-03-10", "He resigned following last week's vote.", "vote", "2027-W09"},
		{"safe: 'After Sunday's attack, police arrested three men': the attack",
			"2027-03-10", "After Sunday's attack, police arrested three men.", "attack", "2027-03-07"},
		// "accepted" an offer
		{"narrowed: 'accepted a job offer' is no agreement (was 'Agreement')",
			"2027-03-10", "He accepted a job offer from Google on Monday.", "", ""},
		{"safe: 'has never accepted a ceasefire' is none",
			"2027-03-10", "Ukraine has never accepted a ceasefire, officials said on Monday.", "", ""},
		{"safe: 'accepted a bid' is none",
			"2027-03-10", "The club accepted a bid for the striker on Monday.", "", ""},
	} {
		oneMention(t, c.reason, c.date, c.text, c.trigger, c.value)
	}
}

// TestReview9Titles: titles of the reviewed rules.
func TestReview9Titles(t *testing.T) {
	for _, c := range []struct {
		reason, date, text, want string
	}{
		{"narrowed: a disaster that killed a person names no place by him (was 'John Smith tornado')",
			"2027-03-10", "A tornado killed John Smith, 45, on Sunday.", "Tornado"},
		{"narrowed: a person's possession is no place (was 'Prime Minister Smith's storm')",
			"2027-03-10", "A storm hit Prime Minister Smith's convoy on Sunday.", "Storm"},
		{"narrowed: an adverb is no object (was 'Storm hits hard')",
			"2027-03-10", "A storm hit hard on Sunday.", "Storm"},
		{"narrowed: a possessive phrase is no headline object (was 'Floods hits region's farmers')",
			"2027-03-10", "Floods hit the region's farmers on Sunday.", "Floods"},
		{"narrowed: a plural disaster takes a plural verb (was 'Floods hits coast')",
			"2027-03-10", "Floods hit the coast on Sunday.", "Floods hit coast"},
		{"safe: a place the gazetteer knows",
			"2027-03-10", "A storm hit northern Spain on Sunday.", "Spain storm"},
		{"safe: a bare day after 'struck' is no place",
			"2027-03-10", "An earthquake struck Monday, killing three people.", "Earthquake"},
		{"safe: a relative clause's passive (was 'Closes' before the rule)",
			"2027-03-10", "The plant, which was closed on Monday, employs 400.", "Plant closed"},
		{"safe: 'The men, who were arrested' (plural head)",
			"2027-03-10", "The men, who were arrested on Sunday, were freed.", "Men arrested"},
		{"safe: 'An investigation of the crash will be launched': the investigation",
			"2027-03-10", "An investigation of the crash will be launched on Monday.", "Investigation launched"},
		{"safe: a subordinate clause's subject past the main one ('After Smith won the election, Jones resigned')",
			"2027-03-10", "After Smith won the election, Jones resigned on Monday.", "Jones resigns"},
		{"safe: 'who resigned before Smith was appointed': Smith",
			"2027-03-10", "Jones, who resigned before Smith was appointed on Monday, spoke.", "Smith appointed"},
	} {
		oneTitle(t, c.reason, c.date, c.text, c.want)
	}
}

// TestReview9PronounYear: "he" or "she" stands for the last person named
// only when the sentence before named that person or opened with a
// pronoun itself; a relative ("Her brother") told in between takes it.
func TestReview9PronounYear(t *testing.T) {
	for _, c := range []struct {
		reason, text string
		want         []string
	}{
		{"narrowed: 'Her brother was jailed in 2015. He was released in 2019.' (was 'Lopez released', 2019)",
			"Maria Lopez was arrested on Monday. Her brother was jailed in 2015. He was released in 2019.",
			[]string{"Lopez arrested"}},
		{"narrowed: 'Her husband ... He was born in 1930' (was 'Berg born', 1930)",
			"Anna Berg died on Monday. Her husband, a farmer, died in 2001. He was born in 1930.",
			[]string{"Farmer dies", "Berg dies"}},
		{"narrowed: 'a woman was attacked in 2019. She was injured' (was Evans's injury)",
			"Mark Evans was charged on Monday. Police said a woman was attacked in 2019. She was injured in 2020.",
			[]string{"Evans charged"}},
		{"safe: the chain of pronouns back to the named person",
			"Alasdair Gunn died on Monday. Born in Wick in 1928, he worked as a trawlerman. He won the James Tait Black prize in 1974.",
			[]string{"Gunn born", "Gunn wins James Tait Black prize", "Gunn dies"}},
	} {
		got := titlesOf(extractMerge(t, article("pronoun", "2027-03-10", c.text)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: titles %q, want %q", c.reason, got, c.want)
		}
	}
}

// TestReview9OnceOnly: one person's once-only happening told to the day
// and to the month merges, unless each names its own place and the places
// differ, or the months differ.
func TestReview9OnceOnly(t *testing.T) {
	evs := extractMerge(t,
		article("leeds", "2027-03-10", "Police arrested John Smith in Leeds on Monday."),
		article("london", "2027-03-25", "John Smith, who was arrested in London in March, appeared in court."),
		article("died-day", "2027-03-10", "Mary Jones died in Leeds on Monday."),
		article("died-month", "2027-03-25", "Mary Jones, who died in March, was buried on Friday."),
		article("april", "2027-04-25", "Mary Jones, who resigned in April, was praised."),
		article("resigned-day", "2027-03-10", "Mary Jones resigned on Monday."),
	)
	eventOf := eventBySource(evs)
	checkSameEvent(t, eventOf, "narrowed: arrests in Leeds on Monday and in London in March are two (they merged)", "leeds#s1", "london#s1", false)
	checkSameEvent(t, eventOf, "safe: a death to the day and to the month, a place only on one side, is one", "died-day#s1", "died-month#s1", true)
	checkSameEvent(t, eventOf, "safe: a resignation in April is no resignation on a Monday in March", "resigned-day#s1", "april#s1", false)
}
