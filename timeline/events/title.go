package events

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsroom/timeline/timeline/events/gazetteer"
)

// title names an event as an editor would: "Florida talks", "Witkoff meets
// Putin in Moscow", "Sumy missile strike", "Zelensky visits Ireland". An
// editor's title wins: the first of items (the event's, in their order)
// that has one. Otherwise the first report names the happening, a later
// article does not rename it (its id is its date and title): byArticle
// holds the items sorted (stably) by their article's publication date,
// the article's slug and the sentence.
func title(items, byArticle []*item, kind string, gaz *gazetteer.Gazetteer) string {
	for _, it := range items {
		if it.m.Title != "" {
			return it.m.Title
		}
	}
	items = byArticle
	place := titlePlace(items, gaz)
	principal := principals(items)
	var t string
	switch kind {
	case KindStrike:
		w := majority(items, func(it *item) string { return it.m.Detail })
		noun := "strike"
		switch {
		case w == "shooting" || strings.HasSuffix(w, " attack"):
			noun = w // "Charleston shooting", "Perth dog attack"
		case w != "":
			noun = w + " strike"
		}
		if place != "" {
			t = place + " " + noun
		} else {
			t = noun
		}
		if h := hurtTitle(items, place); w == "" && h != "" {
			t = h // "The woman injured on Sunday died": "Woman injured", no attack named
		}
	case KindTalks, KindTrip:
		// "talks" unless the sources rather speak of a meeting.
		noun, talks, meetings := "talks", 0, 0
		for _, it := range items {
			switch it.m.Detail {
			case "talks":
				talks++
			case "meeting":
				meetings++
			}
		}
		if meetings > talks {
			noun = "meeting"
		}
		if kind == KindTalks && talks+meetings == 0 && strings.EqualFold(majority(items, func(it *item) string { return it.m.Trigger }), "session") {
			noun = "session" // "the new parliament will hold its first session"
		}
		if kind == KindTrip && talks+meetings == 0 {
			noun = "trip" // "returned to Earth in October": no talks
			switch strings.ToLower(majority(items, func(it *item) string { return it.m.Trigger })) {
			case "returned":
				noun = "return"
			case "arrived", "arrival":
				noun = "arrival"
			case "visit", "visited", "visits", "visiting":
				noun = "visit"
			}
		}
		switch {
		case kind == KindTalks && len(principal) >= 2:
			a, b := hostLast(items, principal[0], principal[1], place, gaz)
			t = callName(items, a) + " meets " + callName(items, b)
			if place != "" {
				t += " in " + place
			}
		case kind == KindTrip && len(principal) == 0 && place != "" && journeyWord(majority(items, func(it *item) string { return it.m.Trigger })) != "":
			// "were flown to Lagos", "will return to Norway": no visit
			t = journeyWord(majority(items, func(it *item) string { return it.m.Trigger })) + " to " + place
		case kind == KindTrip && len(principal) >= 1 && place != "" && journeyWord(majority(items, func(it *item) string { return it.m.Trigger })) != "":
			verb := "flies"
			if journeyWord(majority(items, func(it *item) string { return it.m.Trigger })) == "Return" {
				verb = "returns"
			}
			t = callName(items, principal[0]) + " " + verb + " to " + place // "Silva returns to Lisbon"
		case kind == KindTrip && len(principal) >= 1 && place != "":
			t = callName(items, principal[0]) + " visits " + place
		case kind == KindTrip && len(principal) >= 1:
			t = callName(items, principal[0]) + " visit"
		case place != "" && kind == KindTrip:
			t = place + " visit"
		case place != "":
			t = place + " " + noun
		case len(principal) >= 1:
			t = callName(items, principal[0]) + " " + noun
		default:
			t = noun
			if kind == KindTrip && (noun == "return" || noun == "arrival" || noun == "trip") {
				if r := returnTitle(items); r != "" {
					t = r // "Dock workers return to work"
				}
			}
			if kind == KindTrip {
				// No name and no known place: who travels and where, as
				// the sentence gives them ("Scotland's transport minister
				// will visit Kirkwall" is "Transport minister visits
				// Kirkwall", not "Visit")
				for _, it := range items {
					trig := strings.ToLower(it.m.Trigger)
					if trig != "visit" && trig != "visits" && trig != "visited" {
						continue
					}
					if subj := clauseSubject(it.m.Quote, it.m.Trigger); subj != "" {
						t = subj + " visits"
						if it.m.Object != "" {
							t += " " + it.m.Object
						} else if where := namesAfter(it.m.Quote, it.m.Trigger); where != "" {
							t += " " + where // the place the gazetteer does not know
						}
						break
					}
				}
			}
		}
	case KindStatement:
		trig := strings.ToLower(majority(items, func(it *item) string { return it.m.Trigger }))
		var obj string
		for _, it := range items {
			if strings.EqualFold(it.m.Trigger, trig) && it.m.Object != "" {
				obj = it.m.Object
				break
			}
		}
		if presents[trig] == "" || obj == "" {
			// The majority verb says nothing a headline can use: the
			// first source that does ("told lawmakers" over "said").
			for _, it := range items {
				if t := strings.ToLower(it.m.Trigger); presents[t] != "" && it.m.Object != "" {
					trig, obj = t, it.m.Object
					break
				}
			}
		}
		sp := majority(items, func(it *item) string { return it.m.Subject })
		office := sp // the speaker named by its office, if no name is found
		if sp != "" && presents[trig] != "" && obj != "" {
			if isPerson(items, sp) {
				sp = callName(items, sp)
			}
			t = sp + " " + presents[trig] + " " + obj // "Trump tells reporters"
			break
		}
		if sp != "" && slices.ContainsFunc(items, func(it *item) bool { return slices.Contains(it.m.Orgs, sp) }) {
			// "Runner Grace Wanjiru has been banned, Athletics Kenya
			// said": the body that spoke, not the person spoken of.
			t = sp + " statement"
		} else if len(principal) > 0 {
			t = callName(items, principal[0]) + " statement"
		} else if sp := majority(items, func(it *item) string { return first(it.m.People) }); sp != "" {
			t = callName(items, sp) + " statement"
		} else if o := majority(items, func(it *item) string { return first(it.m.Orgs) }); o != "" {
			t = o + " statement"
		} else if office != "" {
			t = office + " statement" // "Police said on Tuesday that ...": "Police statement"
		} else {
			t = "statement"
		}
	case KindAgreement:
		subj := majority(items, func(it *item) string { return it.m.Subject })
		obj := ""
		for _, it := range items {
			if strings.HasPrefix(it.m.Object, "to ") {
				obj = it.m.Object
				break
			}
		}
		if subj != "" && obj != "" {
			t = callName(items, subj) + " agrees " + obj // "Van Aalst agrees to buy U.S. rival Harlan"
			break
		}
		if a := approvalTitle(items, principal); a != "" {
			t = a // "City council approves new budget", not "Agreement"
			break
		}
		switch {
		case place != "":
			t = place + " agreement"
		case len(principal) > 0:
			t = callName(items, principal[0]) + " agreement"
		default:
			if o := majority(items, func(it *item) string { return first(it.m.Orgs) }); o != "" {
				t = o + " agreement"
			} else {
				t = "agreement"
			}
		}
	default:
		// A verb the headline can put in the present ("wins") names the
		// happening better than a noun ("runoff").
		// Only a verb of the happening's frame, when it has one: "won"
		// names an election day, "polls closed at 8 p.m." does not.
		frame := majority(items, func(it *item) string { return frameOf(it.m) })
		verb := func(it *item) string {
			if presents[strings.ToLower(it.m.Trigger)] != "" && (frame == "" || frameOf(it.m) == frame) {
				return it.m.Trigger
			}
			return ""
		}
		trig := majority(items, verb)
		if trig == "" {
			trig = majority(items, func(it *item) string { return it.m.Trigger })
		}
		w := strings.ToLower(trig)
		if p, ok := presents[w]; ok {
			w = p
		}
		if frame == "@bodies" && w == "found" && !slices.ContainsFunc(items, func(it *item) bool { return bodyWords(it.m.Quote) }) {
			// "The painting was found on 17 January", "The driver was
			// found on Thursday": who or what, as its clause says
			for _, it := range items {
				if !strings.EqualFold(it.m.Trigger, "found") {
					continue
				}
				if !passiveAt(it.m.Quote, "found") {
					// "Police found him dead on Friday": the active's
					// subject is the finder, not who was found
					dead := strings.Contains(strings.ToLower(it.m.Quote), " dead")
					if obj := strings.TrimSuffix(it.m.Object, " dead"); obj != "" && obj != "dead" && !strings.Contains(obj, " ") {
						t = obj + " found" // "Police found the man dead": "Man found dead"
					} else if dead {
						t = "found"
					}
					if t != "" && dead {
						t += " dead"
					}
					continue
				}
				if subj := clauseSubject(dropRelative(it.m.Quote), it.m.Trigger); subj != "" {
					t = subj + " found"
					break
				}
			}
			if t == "" {
				t = "found" // no subject the clause gives: no name met on the way ("..., commissioner Bakare said")
			}
			if place != "" {
				t += " in " + place
			}
			break
		}
		if frame == "@bodies" && (w == "found" || w == "recovered") && slices.ContainsFunc(items, func(it *item) bool { return bodyWords(it.m.Quote) }) {
			// "Rescuers found the bodies of two miners", "The body of a
			// man was found": what was found, as a headline says it
			noun := "Body"
			if slices.ContainsFunc(items, func(it *item) bool { return strings.Contains(strings.ToLower(it.m.Quote), "bodies") }) {
				noun = "Bodies"
			}
			t = noun + " " + w
			if place != "" {
				t += " in " + place
			}
			break
		}
		if storm := namedStormOf(items); storm != "" && slices.ContainsFunc(items, func(it *item) bool { return strings.EqualFold(it.m.Trigger, "landfall") }) {
			t = storm + " makes landfall" // "Typhoon Tala makes landfall in Isabela"
			if place != "" {
				t += " in " + place
			}
			break
		}
		if d := majority(items, func(it *item) string { return it.m.Detail }); d != "" {
			if d == "collision" && frame == "@crash" {
				d = "crash" // "the crash of the bus": one vehicle, nothing it hit
			}
			if strings.HasSuffix(d, "strike") {
				t = d // "Dockworkers strike in Rotterdam"
				if st := strikeTitle(items, d); st != "" {
					t = st // "Postal workers begin strike", "Miners end strike"
				}
				if place != "" {
					t += " in " + place
				}
				break
			}
			if place != "" {
				t = place + " " + d // "Valencia floods"
			} else {
				t = disasterTitle(items, d)
			}
			break
		}
		if strings.EqualFold(trig, "guilty") {
			if g := guiltyTitle(items); g != "" {
				t = g // "Former mayor found guilty", not "Guilty"
				break
			}
		}
		// The subject of the happening, not of a statement about it; of
		// the sources that tell it by the headline's verb first: "Gunmen
		// kidnapped two engineers" and "the men were seized" is no
		// "Gunmen seized".
		subj := majority(items, func(it *item) string {
			if it.m.Kind != kind || !strings.EqualFold(it.m.Trigger, trig) {
				return ""
			}
			return it.m.Subject
		})
		if subj == "" {
			subj = majority(items, func(it *item) string {
				if it.m.Kind != kind {
					return ""
				}
				return it.m.Subject
			})
		}
		if subj != "" && !isPerson(items, subj) {
			for _, it := range items {
				if strings.EqualFold(it.m.Trigger, trig) && it.m.Subject == subj {
					if n := ofHappening(it.m.Quote, subj); n != "" {
						subj = n // "The trial of the three men began" is "Trial begins", not "Men begin"
					}
					break
				}
			}
		}
		if subj != "" && strings.Contains(subj, " ") && isPerson(items, subj) {
			subj = callName(items, subj)
		}
		subj = dropLength(subj)
		obj := ""
		for _, it := range items {
			if strings.EqualFold(it.m.Trigger, trig) && it.m.Object != "" {
				obj = " " + it.m.Object
				break
			}
		}
		if presents[strings.ToLower(trig)] == strings.ToLower(trig) {
			// A participle headline tells what was done to someone:
			// "A jury convicted Okafor" is "Okafor convicted".
			if subj == "" && obj != "" {
				subj = strings.TrimSpace(obj)
			}
			obj = ""
		}
		if n := happeningNoun[w]; n != "" && subj == "" && place != "" {
			t = place + " " + n // "Belgrade march"
			break
		}
		if plural(subj) || commonAtStart(items, subj) && plural(strings.ToLower(subj)) {
			w = pluralVerb(w) // "Four astronauts lift off", "Schools reopen"
		}
		if n := happeningNoun[w]; n != "" && place != "" && (subj == "" || !startsUpper(subj)) {
			t = place + " " + n // "Belgrade march", not "People march through central Belgrade"
			break
		}
		actors := principal
		if subj == "" && slices.ContainsFunc(items, func(it *item) bool {
			t := strings.ToLower(it.m.Trigger)
			return t == strings.ToLower(trig) && participle(t) && passiveAt(it.m.Quote, t)
		}) {
			// "One of the inmates who escaped from the Central
			// Correctional Facility was captured": a passive's subject
			// is whom it was done to, never a name met on the way.
			actors = nil
		}
		pronounActor := passivePronoun(items, trig)
		actors = slices.DeleteFunc(slices.Clone(actors), func(p string) bool {
			if presents[strings.ToLower(trig)] == "" {
				return false // a noun ("the first round ... Quiroga") has no object
			}
			// "The court upheld the ban of runner Grace Wanjiru": a name
			// met only after the verb is whom it was done to, no actor.
			name := callName(items, p)
			for _, it := range items {
				q, at := it.m.Quote, strings.Index(it.m.Quote, it.m.Trigger)
				if at >= 0 && strings.Contains(q[:at], name) {
					return false
				}
			}
			return true
		})
		if subj == "" && len(actors) == 0 && pronounActor != "" {
			// "Michael Tolbert escaped on Monday ... He was captured on
			// Wednesday": the person the pronoun stands for is whom it
			// was done to ("Tolbert captured in Canton").
			actors = []string{pronounActor}
		}
		if subj == "" && len(actors) == 0 && (presents[strings.ToLower(trig)] != "" || presentForm(strings.ToLower(trig))) {
			// No named subject: the one its sentence gives the verb
			// ("Schools in the county will reopen" is "Schools reopen";
			// "Reyes, who conceded ..." is "Reyes concedes").
			for _, it := range items {
				if strings.EqualFold(it.m.Trigger, trig) {
					if subj = clauseSubject(it.m.Quote, it.m.Trigger); subj == "" {
						subj = clauseSubject(dropRelative(it.m.Quote), it.m.Trigger) // "Kaya, founded in 1974, will take over"
					}
					if subj == "" {
						subj = relativeHeadOf(it.m.Quote, it.m.Trigger) // "The ferry, which sank on Sunday, will be raised"
					}
					if subj != "" {
						break
					}
				}
			}
			if plural(subj) || commonAtStart(items, subj) && plural(strings.ToLower(subj)) {
				w = pluralVerb(w) // "Crossings resume", not "Crossings resumes"
			}
		}
		if (w == "votes" || w == "vote") && subj != "" && (obj == "" || !strings.Contains(strings.TrimSpace(obj), " ") && strings.ContainsAny(obj, "0123456789")) {
			// "Lawmakers vote to raise minimum wage", not "Lawmakers
			// vote"; a tally keeps its place ("Councillors vote 12-4 to
			// approve plan")
			if goal := voteGoal(firstQuote(items, trig), trig); goal != "" {
				// A title stays short (six words): the tally gives way
				// to what the vote was for, a long goal to the tally.
				switch n := len(strings.Fields(subj + " " + w + goal)); {
				case n+len(strings.Fields(obj)) <= 6:
					obj += goal
				case n <= 6:
					obj = goal
				}
			}
		}
		if g := ofGroup(firstQuote(items, trig), subj); g != "" {
			subj, w = g, pluralVerb(w) // "Hundreds of students ... protest" is "Students protest"
		}
		if off, ok := phrasalOff(firstQuote(items, trig), trig); ok && obj == "" && !passiveAt(firstQuote(items, trig), strings.ToLower(trig)) {
			w += " off" // "Police called off the search": "Police call off search", not "Police call"
			if off != "" {
				obj = " " + off
			}
		}
		switch {
		case subj != "" && obj == "" && place != "" && accidentVerbs[w] && !strings.Contains(subj, place):
			t = subj + " " + w + " near " + place // "Tanker sinks near Crete", "Dam bursts near Tulcea"
		case subj != "" && obj != "" && sameHead(subj, obj) && participle(strings.ToLower(trig)):
			// "Schools were closed" and "closed all schools": the
			// object is the subject, the headline "Schools closed".
			t = subj + " " + strings.ToLower(trig)
		case subj != "":
			t = subj + " " + w + obj // "Lecornu resigns", "European Central Bank holds interest rates steady"
		case len(actors) > 0 && place != "":
			t = callName(items, actors[0]) + " " + w + " in " + place
		case place != "":
			t = w + " in " + place
		case len(actors) > 0:
			t = callName(items, actors[0]) + " " + w
		default:
			t = w
		}
	}
	if place == "" && bareNouns[strings.ToLower(t)] {
		// "Aftershock", "Hearing": a noun alone is named after where its
		// article's story is ("Malatya aftershock").
		if c := majority(items, func(it *item) string { return it.context }); c != "" {
			t = c + " " + strings.ToLower(t)
		} else if p := majority(items, func(it *item) string { return it.owner.mainPerson }); p != "" && !meetingTitles[strings.ToLower(t)] {
			// "Okafor hearing"; but "talks" or a "meeting" named after
			// the story's person would say that person took part.
			t = shortName(p) + " " + strings.ToLower(t)
		}
	}
	if kind != KindStatement {
		t = passiveTitle(items, t)
		t = nounPhase(items, t)
	}
	return upperFirst(t)
}

// disasterVerbs give the headline's verb of a disaster told by what it
// did to a place or thing.
var disasterVerbs = map[string]string{
	"hit": "hits", "struck": "strikes", "battered": "batters", "lashed": "lashes", "swept": "sweeps",
	"destroyed": "destroys", "damaged": "damages", "flooded": "floods", "ravaged": "ravages", "killed": "kills",
}

// disasterTitle titles a disaster d whose sources name no place the
// gazetteer knows: the name right after its verb is where it was ("A
// tornado struck Moore, Oklahoma" is "Moore tornado"); else what it did to
// what ("A storm hit the coast" is "Storm hits coast"); else d alone.
func disasterTitle(items []*item, d string) string {
	for _, it := range items {
		v := disasterVerbs[strings.ToLower(it.m.Trigger)]
		if v == "" || v == "kills" {
			continue // "A tornado killed John Smith": the victims, no place
		}
		if n := namesAfter(it.m.Quote, it.m.Trigger); n != "" && !strings.EqualFold(n, d) {
			if strings.ContainsAny(n, "'’") || namesPerson(it.m.People, n) {
				continue // "hit Prime Minister Smith's convoy": a person's, no place
			}
			return n + " " + d
		}
		if o := plainObject(it.m.Quote, it.m.Trigger); o != "" && !adverbObject(o) {
			if plural := strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "ss"); plural {
				// "Floods hit the coast": the verb agrees
				if strings.HasSuffix(v, "shes") {
					v = strings.TrimSuffix(v, "es")
				} else {
					v = strings.TrimSuffix(v, "s")
				}
			}
			return d + " " + v + " " + o
		}
	}
	return d
}

// namesPerson reports whether name is, or is part of, one of people.
func namesPerson(people []string, name string) bool {
	for _, p := range people {
		if strings.Contains(p, name) || strings.Contains(name, p) {
			return true
		}
		for _, w := range strings.Fields(name) {
			if strings.HasSuffix(p, " "+w) {
				return true
			}
		}
	}
	return false
}

// adverbObject reports whether o, the words after a disaster's verb, is
// an adverb, no object: "A storm hit hard on Sunday".
func adverbObject(o string) bool {
	switch o {
	case "hard", "again", "early", "late", "overnight", "twice", "back", "inland", "ashore", "hardest", "first":
		return true
	}
	return !strings.Contains(o, " ") && strings.HasSuffix(o, "ly")
}

// plainObject returns the common noun phrase, up to three words, right
// after the word trigger in quote, past a determiner: "hit the coast on
// Sunday" gives "coast", "hit the northern coast" "northern coast". It
// returns "" when a name, a number, a pronoun or nothing follows.
func plainObject(quote, trigger string) string {
	rest, ok := wordsAfter(quote, trigger)
	if !ok {
		return ""
	}
	if len(rest) > 0 && determiners[strings.ToLower(rest[0])] {
		rest = rest[1:]
	}
	var np []string
	for _, n := range rest {
		c := strings.TrimRight(n, ".,;:\"'“”")
		low := strings.ToLower(c)
		if strings.ContainsAny(c, "'’") {
			return "" // "hit the region's farmers": a possessive's phrase, too long for a headline
		}
		if c == "" || startsUpper(c) || prepositions[low] || pronouns[low] || objectStops[low] || calendarWord(c) || strings.ContainsAny(c, "0123456789") || len(np) == 3 {
			break
		}
		np = append(np, c)
		if c != n {
			break // punctuation ends the phrase
		}
	}
	return strings.Join(np, " ")
}

// wordsAfter returns the words of quote after the first that is trigger
// (past punctuation around it), and whether there is one.
func wordsAfter(quote, trigger string) ([]string, bool) {
	words := strings.Fields(quote)
	for i, w := range words {
		if strings.EqualFold(strings.Trim(w, ".,;:\"'“”"), trigger) {
			return words[i+1:], true
		}
	}
	return nil, false
}

// namesAfter returns the capitalised words (up to three) right after the
// word trigger in quote: "will visit Kirkwall on Friday" gives "Kirkwall".
func namesAfter(quote, trigger string) string {
	rest, ok := wordsAfter(quote, trigger)
	if !ok {
		return ""
	}
	var names []string
	for _, n := range rest[:min(len(rest), 3)] {
		c := strings.TrimRight(n, ".,;:\"'“”")
		if !startsUpper(c) || !isNameWord(c) || calendarWord(c) {
			break
		}
		names = append(names, c)
		if c != n {
			break // punctuation ends the name
		}
	}
	return strings.Join(names, " ")
}

// passiveTitle mends a title whose verb a source's sentence gives in the
// passive: the headline says what was done, by the participle ("Funerals
// were held" is "Funerals held", not "Funerals hold"), and a participle
// alone ("Detained") takes the subject its sentence gives it ("The
// 59-year-old farmer was detained" is "Farmer detained").
func passiveTitle(items []*item, t string) string {
	words := strings.Fields(t)
	if len(words) == 0 {
		return t
	}
	at := len(words) - 1
	if k := slices.Index(words, "in"); k > 0 && k == len(words)-2 {
		at = k - 1 // "Tolbert captures in Canton": the verb before the place
	}
	particle := ""
	if at > 0 && (words[at] == "up" || words[at] == "out" || words[at] == "over" || words[at] == "off") {
		particle = " " + words[at]
		at-- // "The charity was set up in 2006": "Charity set up", the verb before its particle
	}
	last := strings.ToLower(words[at])
	for _, it := range items {
		trig := strings.ToLower(it.m.Trigger)
		verb := func(v string) bool { return v == last || particle != "" && v == last+particle } // "lays off"
		if trig != last && !verb(presents[trig]) && !verb(pluralVerb(presents[trig])) || !participle(trig) || !passiveAt(it.m.Quote, trig) {
			continue
		}
		if at > 0 {
			words[at] = trig
			if particle == "" {
				words[at] += particleAfter(it.m.Quote, trig) // "Demonstration called off", the title without it
			}
			return strings.Join(words, " ")
		}
		if at < len(words)-1 {
			words[at] = upperFirst(trig) // "Captured in Canton"
			return strings.Join(words, " ")
		}
		if subj := clauseSubject(it.m.Quote, it.m.Trigger); subj != "" {
			return subj + " " + trig
		}
		if subj := relativeHeadOf(it.m.Quote, it.m.Trigger); subj != "" {
			// "The bout, which was called off on Friday, will be
			// rescheduled": the noun the relative clause is of
			return subj + " " + trig + particleAfter(it.m.Quote, trig)
		}
	}
	return t
}

// relativeHeadOf returns the noun before ", which" or ", who" when the
// trigger is the verb of that relative clause, within four words of the
// pronoun ("The bout, which was called off on Friday, will be
// rescheduled" gives "Bout" for "called"): up to three words back to a
// determiner or the sentence's start, none of them capitalised past the
// first or a name. It returns "" otherwise.
func relativeHeadOf(quote, trigger string) string {
	words := strings.Fields(quote)
	for i, w := range words {
		if !strings.EqualFold(strings.Trim(w, ".,;:\"'“”"), trigger) {
			continue
		}
		for k := i - 1; k >= 1 && k >= i-4; k-- {
			low := strings.ToLower(words[k])
			if low != "which" && low != "who" && low != "that" {
				if strings.ContainsAny(words[k], ",;:") {
					return ""
				}
				continue
			}
			if !strings.HasSuffix(words[k-1], ",") {
				return ""
			}
			var np []string
			for j := k - 1; j >= 0 && len(np) < 3; j-- {
				c := strings.Trim(words[j], ",")
				if determiners[strings.ToLower(c)] {
					break
				}
				if j < k-1 && strings.HasSuffix(words[j], ",") || startsUpper(c) && j > 0 || prepositions[strings.ToLower(c)] {
					return ""
				}
				np = append([]string{c}, np...)
				if j == 0 {
					break
				}
			}
			if len(np) == 0 || startsUpper(np[0]) && !commonWord(np[0]) {
				return ""
			}
			return strings.ToLower(strings.Join(np, " "))
		}
		return ""
	}
	return ""
}

// commonWord reports whether a capitalised word opening a sentence is a
// common noun, no name: it is a plain word in lower case ("Bout"), by the
// test the titles use, notNames.
func commonWord(w string) bool {
	return notNames[strings.ToLower(w)]
}

// journeyWord names, for a headline, a trip told by its flight or the
// way back ("Flight to Lagos", "Return to Norway"), or "".
func journeyWord(trig string) string {
	switch strings.ToLower(trig) {
	case "flown", "flying", "fly":
		return "Flight"
	case "return", "returned":
		return "Return"
	}
	return ""
}

// passivePronoun returns the person a source's sentence stands for by
// "he" or "she" as the subject of the trigger trig in the passive ("He was
// captured on Wednesday"): the person the extractor took the pronoun for,
// first among the mention's people, when the sentence opens with the
// pronoun; "" otherwise.
func passivePronoun(items []*item, trig string) string {
	for _, it := range items {
		if !strings.EqualFold(it.m.Trigger, trig) || len(it.m.People) == 0 || !passiveAt(it.m.Quote, strings.ToLower(trig)) {
			continue
		}
		first, _, _ := strings.Cut(it.m.Quote, " ")
		if first == "He" || first == "She" {
			return it.m.People[0]
		}
	}
	return ""
}

// participle reports whether the trigger w can be a past participle: a
// verb in -ed, or one the headline puts in the present ("held", "sworn").
// "were made redundant" is no passive of "redundant".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || presents[w] != "" && presents[w] != w
}

// passiveAt reports whether the trigger w stands in quote as a passive
// participle: a form of "be" right before it, or one word (an adverb,
// "been") between ("were first evacuated", "has been found").
func passiveAt(quote, w string) bool {
	words := strings.Fields(strings.ToLower(quote))
	for i, x := range words {
		if strings.Trim(x, ".,;:\"'“”") != w {
			continue
		}
		if i > 0 && words[i-1] == "to" {
			return false // "the museum is to open": an infinitive, no passive
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			switch words[k] {
			case "was", "were", "is", "are", "be", "been", "being":
				return true
			}
		}
		if i > 0 && i+1 < len(words) && strings.HasSuffix(words[i-1], ",") && !slices.ContainsFunc(words[:i-1], func(x string) bool { return strings.HasSuffix(x, ",") }) {
			// not after an aside's closing comma: "The plant, hit by
			// strikes since March, closed on Friday" is active
			switch words[i+1] {
			case "in", "by", "on", "at", "during":
				return true // "Jetwise, founded in 2009,": an aside in the passive
			}
		}
		return false
	}
	return false
}

// commonAtStart reports whether subj is one word that opens a source's
// sentence and names no one and nowhere there: a common noun capitalised
// only by its place ("Schools in the county will reopen").
func commonAtStart(items []*item, subj string) bool {
	if subj == "" || strings.Contains(subj, " ") {
		return false
	}
	for _, it := range items {
		if (strings.HasPrefix(it.m.Quote, subj+" ") || strings.Contains(it.m.Quote, "— "+subj+" ") || strings.Contains(it.m.Quote, ") - "+subj+" ")) && !slices.Contains(it.m.People, subj) && !slices.Contains(it.m.Orgs, subj) && !slices.Contains(it.m.Places, subj) {
			return true
		}
	}
	return false
}

// dropRelative removes a relative clause or a participle's aside set off
// by commas after the sentence's subject ("The driver, whose name was not
// released, was found" is "The driver was found"; "Kaya, founded in Bursa
// in 1974, will take over" is "Kaya will take over").
func dropRelative(q string) string {
	i := strings.Index(q, ", ")
	if i < 0 || !relativeAside(q[i+2:]) {
		return q
	}
	j := strings.Index(q[i+2:], ", ")
	if j < 0 {
		return q
	}
	return q[:i] + " " + q[i+2+j+2:]
}

// relativeAside reports whether s opens a relative clause ("who", "whose",
// "which") or a participle's aside ("founded in 1974", "aged 34").
func relativeAside(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "who", "whose", "which", "whom":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && strings.ToLower(w) == w
}

// bodyWords reports whether a quote speaks of a body or bodies ("the body
// of the third climber was found"); a painting or a driver found is named by
// its own subject.
func bodyWords(q string) bool {
	q = strings.ToLower(q)
	return strings.Contains(q, "body") || strings.Contains(q, "bodies") || strings.Contains(q, "remains")
}

// presentForm reports whether w is the present a headline gives a verb
// ("starts", "begins").
func presentForm(w string) bool {
	for _, p := range presents {
		if p == w {
			return true
		}
	}
	return false
}

// clauseSubject returns the subject the sentence quote gives its verb
// trigger when no name was found for it: the antecedent of a relative
// pronoun before it ("the Canadian Open in Toronto, which starts" gives
// "Canadian Open"), or the noun that opens the verb's clause, without its
// article and the phrase after it ("Schools in the county will reopen"
// gives "Schools"). It returns "" when the clause opens otherwise (a
// pronoun, a noun of four words or more).
func clauseSubject(quote, trigger string) string {
	words := strings.Fields(quote)
	at := -1
	for i, w := range words {
		if strings.EqualFold(strings.Trim(w, ".,;:\"'“”"), trigger) {
			at = i
			break
		}
	}
	if at <= 0 {
		return ""
	}
	k := at - 1
	for k >= 0 && (auxiliaries[strings.ToLower(words[k])] || strings.ToLower(words[k]) == "been" || strings.ToLower(words[k]) == "being" || strings.ToLower(words[k]) == "be" || strings.HasSuffix(strings.ToLower(words[k]), "ly") || strings.ToLower(words[k]) == "not" || verbAdverbs[strings.ToLower(words[k])]) {
		k--
	}
	if k >= 0 && strings.EqualFold(trigger, "aground") {
		switch strings.ToLower(words[k]) {
		case "ran", "run", "runs", "running", "went":
			k-- // "The ship ran aground": the verb before its particle
		}
	}
	if k >= 2 && weekdayWord(words[k]) && strings.EqualFold(words[k-1], "on") {
		// "The court on Thursday upheld": the subject before the date
		k -= 2
	}
	if k >= 1 && strings.EqualFold(trigger, "office") {
		switch strings.ToLower(words[k]) {
		case "took", "take", "takes", "taking", "taken":
			k-- // "The government, which took office on Monday": the verb before its noun
		}
	}
	if r := reducedRelative(words, k); r >= 0 {
		// "The man arrested on Wednesday night appeared": the noun
		// before the participle and its date, not "night"
		k = r
	}
	for k >= 2 && strings.ToLower(words[k]) == "to" && catenatives[strings.ToLower(words[k-1])] {
		// "Service is expected to resume": the subject of the verb group
		k -= 2
		for k >= 0 && (auxiliaries[strings.ToLower(words[k])] || strings.HasSuffix(strings.ToLower(words[k]), "ly") || strings.ToLower(words[k]) == "not" || strings.ToLower(words[k]) == "now" || verbAdverbs[strings.ToLower(words[k])]) {
			k--
		}
	}
	if k < 0 {
		return ""
	}
	if strings.ToLower(words[k]) == "and" {
		// "The company halted sales ... and will start paying refunds":
		// the subject of the clause before.
		for j := k - 1; j > 0; j-- {
			w := strings.ToLower(strings.Trim(words[j], ".,;:\"'“”"))
			if kind := triggerKinds[w]; kind != "" && kind != KindStatement && !startsUpper(words[j]) && !possessive(words[j-1]) {
				// "A farmer arrested on Wednesday ... appeared before a
				// prosecutor ... and was charged": past a verb whose
				// clause gives none, the one before it
				if subj := clauseSubject(strings.Join(words[:j+1], " "), w); subj != "" {
					return subj
				}
			}
		}
		return ""
	}
	if strings.HasSuffix(words[k], ",") {
		// "The bridge, built in 1978, collapsed", "The bout, which was
		// called off on Friday, will": the noun before an aside that a
		// lowercase word or a relative pronoun opens
		for j := k - 1; j > 0 && j >= k-8; j-- {
			if !strings.HasSuffix(words[j], ",") {
				continue
			}
			if next := strings.ToLower(words[j+1]); next == "which" || next == "who" || !startsUpper(words[j+1]) && !strings.ContainsAny(next, "0123456789") {
				words = slices.Clone(words)
				words[j] = strings.TrimSuffix(words[j], ",")
				k = j
			}
			break
		}
	}
	if strings.HasSuffix(words[k], ",") {
		// the verb follows an aside ("The plant, hit by strikes since
		// March, closed"): the aside's last word is no subject
		return ""
	}
	var np []string
	if low := strings.ToLower(words[k]); (low == "who" || low == "which" || low == "that") && k > 0 && strings.HasSuffix(words[k-1], ",") {
		// The antecedent: the phrase before the comma, without a trailing
		// prepositional phrase, its last capitalised words.
		from := k - 1
		for from > 0 && !strings.HasSuffix(words[from-1], ",") && !strings.HasSuffix(words[from-1], ".") {
			from--
		}
		np = append(np, words[from:k]...)
		np[len(np)-1] = strings.TrimSuffix(np[len(np)-1], ",")
		for i := len(np) - 1; i > 0; i-- {
			if prepositions[strings.ToLower(np[i])] {
				np = np[:i]
				break
			}
		}
		end := len(np)
		start := end
		for start > 0 && startsUpper(np[start-1]) && !notNames[strings.ToLower(np[start-1])] {
			start--
		}
		np = np[start:end]
	} else {
		// The clause's opening noun phrase, up to a preposition.
		from := k
		for from > 0 && !strings.HasSuffix(words[from-1], ",") && !strings.HasSuffix(words[from-1], ";") && !subordinators[strings.ToLower(words[from-1])] && !dash(words[from-1]) &&
			!(strings.EqualFold(words[from-1], "that") && thatOpensClause(words[from])) {
			from--
		}
		for w := k; w > from; w-- {
			if strings.ToLower(words[w]) != "who" {
				continue
			}
			// "A woman who let the men use her phone was arrested": the
			// noun before the relative clause. "One of the two inmates
			// who ..." is a part of a group: the headline keeps the
			// count ("One of two inmates").
			k = w - 1
			if w-from >= 3 && countOf[strings.ToLower(words[from])] && strings.ToLower(words[from+1]) == "of" {
				np := []string{words[from], "of"}
				for i := from + 2; i < w; i++ {
					if low := strings.ToLower(words[i]); low == "the" && i+1 < w && countOf[strings.ToLower(words[i+1])] || prepositions[low] {
						if prepositions[low] {
							return ""
						}
						continue
					}
					np = append(np, words[i])
				}
				if len(np) > 5 {
					return ""
				}
				for _, x := range np[2:] {
					if !isNameWord(x) && !strings.EqualFold(x, "the") {
						return ""
					}
				}
				return strings.Join(np, " ")
			}
			break
		}
		for i := from; i <= k; i++ {
			if prepositions[strings.ToLower(words[i])] && i > from {
				if last := strings.ToLower(np[len(np)-1]); len(np) >= 2 && strings.HasSuffix(last, "en") && triggerKinds[last] != "" && !startsUpper(np[len(np)-1]) {
					// "Items stolen from the house in 2010 were
					// returned": a participle in -en (no past tense)
					// before the preposition is the head's reduced
					// relative; "Officials travelled to" may be a verb
					np = np[:len(np)-1]
				}
				break
			}
			np = append(np, words[i])
		}
		for len(np) > 0 {
			if low := strings.ToLower(np[0]); low == "the" || low == "a" || low == "an" || approxWords[low] {
				np = np[1:] // "About 300 passengers" is "passengers"
				continue
			}
			break
		}
		// "The 59-year-old farmer" is "farmer", "Grindavik's 3,700
		// residents" "Grindavik's residents"
		np = slices.DeleteFunc(np, func(w string) bool { return strings.ContainsAny(w, "0123456789") && len(np) > 1 })
	}
	if len(np) == 0 || len(np) > 3 {
		return ""
	}
	for _, w := range np {
		low := strings.ToLower(strings.Trim(w, ".,;:"))
		if k := triggerKinds[low]; k != "" && k != KindStatement && w != np[0] && !startsUpper(w) && !possessive(np[slices.Index(np, w)-1]) {
			return "" // "company halted sales": a clause, not a noun phrase
		}
		if auxiliaries[low] {
			return "" // a verb group, not a noun phrase: "line was last"
		}
		if pronouns[low] || low == "it" || low == "they" || low == "we" || low == "i" || low == "you" || triggerKinds[low] == KindStatement || !isNameWord(strings.Trim(w, ".,;:")) {
			return ""
		}
	}
	return strings.Join(np, " ")
}

// firstQuote returns the sentence of the first item told by the trigger
// trig, or "".
func firstQuote(items []*item, trig string) string {
	for _, it := range items {
		if strings.EqualFold(it.m.Trigger, trig) {
			return it.m.Quote
		}
	}
	return ""
}

// possessive reports whether w is a possessive ("dockers'", "union's"):
// a trigger after it is a noun ("the dockers' strike"), not a verb.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’")
}

// verbAdverbs are the adverbs that stand between an auxiliary and its verb
// ("was last closed", "has already left", "will again meet"): no part of
// the subject.
var verbAdverbs = map[string]bool{
	"last": true, "first": true, "already": true, "just": true, "never": true,
	"also": true, "still": true, "again": true, "once": true, "since": true,
	"then": true, "ever": true, "soon": true, "later": true, "often": true, "twice": true,
}

// sameHead reports whether two noun phrases end in one word ("Schools",
// " all schools").
func sameHead(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 0 && len(fb) > 0 && strings.EqualFold(fa[len(fa)-1], fb[len(fb)-1])
}

// weekdayWord reports whether w, without punctuation, names a day of the
// week.
func weekdayWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,;:")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// dash reports whether w is a dash alone: the end of a dateline ("(Reuters)
// -", "(AP) —").
func dash(w string) bool {
	return w == "-" || w == "—" || w == "–" || w == "--"
}

// countOf open a noun phrase that names a part of a group ("One of the
// two inmates", "Two of the victims").
var countOf = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "some": true, "several": true,
	"many": true, "most": true, "both": true, "all": true, "none": true,
}

// approxWords qualify a count that opens a noun phrase.
var approxWords = map[string]bool{
	"about": true, "some": true, "around": true, "nearly": true, "almost": true,
	"roughly": true, "approximately": true, "over": true, "more": true, "than": true,
}

// catenatives stand between an auxiliary and "to" before the verb of the
// happening: "is expected to resume", "are due to meet", "was set to open".
var catenatives = map[string]bool{
	"expected": true, "due": true, "set": true, "scheduled": true, "likely": true,
	"unlikely": true, "going": true, "planned": true, "slated": true, "poised": true,
	"about": true, "ready": true, "able": true, "supposed": true,
}

// namedStormOf returns the named storm ("Hurricane Odile") most of the
// items name, or "".
func namedStormOf(items []*item) string {
	return majority(items, func(it *item) string {
		for _, o := range it.m.Orgs {
			if w, _, ok := strings.Cut(o, " "); ok && stormWords[strings.ToLower(w)] != "" {
				return o
			}
		}
		return ""
	})
}

// accidentVerbs are the headline verbs of accidents, titled with the
// place they happened near.
var accidentVerbs = map[string]bool{
	"sinks": true, "sink": true, "crashes": true, "crash": true, "derails": true, "derail": true,
	"bursts": true, "burst": true, "explodes": true, "explode": true, "collapses": true, "collapse": true,
	"gives way": true, "give way": true, "runs aground": true, "run aground": true,
}

// meetingTitles are the bare titles of a gathering, never named after the
// story's main person (who may not have been there).
var meetingTitles = map[string]bool{"talks": true, "meeting": true, "summit": true, "conference": true, "session": true}

// subordinators open a clause: its subject starts after them ("... when
// postal ballots are counted").
var subordinators = map[string]bool{
	"when": true, "after": true, "before": true, "while": true, "because": true, "once": true,
	"until": true, "since": true, "where": true, "whereas": true, "although": true, "though": true,
}

// dropLength drops the words of length that open a noun phrase: "Two-day
// summit" is the "summit" of a headline.
func dropLength(np string) string {
	for {
		w, rest, ok := strings.Cut(np, " ")
		if !ok {
			return np
		}
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lw, "-day"), strings.HasSuffix(lw, "-week"), strings.HasSuffix(lw, "-month"),
			strings.HasSuffix(lw, "-hour"), strings.HasSuffix(lw, "-long"), strings.HasSuffix(lw, "-year"):
			np = rest
		default:
			return np
		}
	}
}

// bareNouns are the titles that, alone, need a place.
var bareNouns = map[string]bool{
	"talks": true, "meeting": true, "trip": true, "visit": true, "return": true, "arrival": true,
	"strike": true, "hearing": true, "trial": true, "verdict": true, "vote": true, "election": true,
	"runoff": true, "referendum": true, "launch": true, "liftoff": true, "funeral": true,
	"funerals": true, "ceremony": true, "inauguration": true, "parade": true, "rally": true,
	"march": true, "protest": true, "aftershock": true, "earthquake": true, "floods": true,
	"storm": true, "hurricane": true, "agreement": true, "summit": true, "conference": true, "session": true,
}

// plural reports whether a noun phrase ends in a common plural noun
// ("four astronauts"; a name such as "Marlowe Motors" is singular).
func plural(np string) bool {
	f := strings.Fields(np)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if startsUpper(last) {
		return false
	}
	switch low := strings.ToLower(last); {
	case low == "people" || low == "children" || low == "police":
		return true // "Police seal off the area", "Children return to school"
	case strings.HasSuffix(low, "men"):
		// "Gunmen kidnap", "Fishermen find"; a specimen, an omen or an
		// abdomen is one
		switch low {
		case "specimen", "omen", "abdomen", "regimen", "acumen", "stamen", "hymen":
			return false
		}
		return true
	}
	if low := strings.ToLower(last); strings.HasSuffix(low, "us") || strings.HasSuffix(low, "sis") {
		return false // "bus", "virus", "crisis" are one
	}
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s")
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// pluralVerb turns the present of a headline verb to agree with a plural
// subject: "lifts off" is "lift off", "rallies" is "rally".
func pluralVerb(w string) string {
	verb, rest, _ := strings.Cut(w, " ")
	switch {
	case verb == "is":
		verb = "are"
	case verb == "has":
		verb = "have"
	case strings.HasSuffix(verb, "ies"):
		verb = strings.TrimSuffix(verb, "ies") + "y"
	case strings.HasSuffix(verb, "shes"), strings.HasSuffix(verb, "ches"), strings.HasSuffix(verb, "sses"), strings.HasSuffix(verb, "xes"):
		verb = strings.TrimSuffix(verb, "es")
	case strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss"):
		verb = strings.TrimSuffix(verb, "s")
	}
	if rest != "" {
		return verb + " " + rest
	}
	return verb
}

// callName is how a title calls a person or organisation: an
// organisation by its whole name ("Labor Department"), a person by
// shortName.
func callName(items []*item, name string) string {
	for _, it := range items {
		for _, o := range it.m.Orgs {
			if o == name {
				return name
			}
		}
	}
	return shortName(name)
}

// shortName is how a title calls a person: the surname, or the whole name
// when its last word is too short to be one ("Wang Yi", "Kim Jong Un").
func shortName(name string) string {
	if f := strings.Fields(name); len(f) == 2 && connectors[strings.ToLower(f[0])] {
		return name // "Van Aalst"
	}
	if f := strings.Fields(name); len(f) >= 3 {
		// "Marcelo Rebelo de Sousa" is Rebelo de Sousa, "Ursula von der
		// Leyen" von der Leyen: the particles and the name before them.
		i := len(f) - 1
		for i > 0 && connectors[strings.ToLower(f[i-1])] {
			i--
		}
		if i < len(f)-1 {
			if i > 1 && strings.ToLower(f[i]) != "von" && strings.ToLower(f[i]) != "van" {
				i--
			}
			return strings.Join(f[i:], " ")
		}
	}
	s := surname(name)
	if len([]rune(s)) <= 2 {
		return name
	}
	return s
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// titlePlace is the place most sources name, a venue counted as the city it
// stands in, and a city preferred to its country.
func titlePlace(items []*item, gaz *gazetteer.Gazetteer) string {
	count := map[string]int{}
	rank := map[string]int{}
	firstSeen := map[string]int{}
	n := 0
	var seen []string // the places of one item
	for _, it := range items {
		seen = seen[:0]
		for _, p := range it.m.Places {
			name, r := p, 2
			if pl, ok := gaz.Lookup(p); ok {
				switch pl.Kind {
				case gazetteer.Venue:
					if pl.In != "" {
						name = pl.In
					}
				case gazetteer.Country:
					r = 1
				}
			}
			if slices.Contains(seen, name) {
				continue
			}
			seen = append(seen, name)
			if _, ok := firstSeen[name]; !ok {
				firstSeen[name] = n
				n++
			}
			count[name] += 2
			if len(seen) == 1 {
				count[name]++ // the place nearest the trigger
			}
			rank[name] = r
		}
	}
	best := ""
	for p := range count {
		if best == "" || rank[p] > rank[best] || rank[p] == rank[best] && (count[p] > count[best] || count[p] == count[best] && firstSeen[p] < firstSeen[best]) {
			best = p
		}
	}
	return best
}

// principals are the people named by at least half of the mentions (all of
// them when there is one), most often named first.
func principals(items []*item) []string {
	count := map[string]int{}
	var names []string
	for _, it := range items {
		for _, p := range it.m.People {
			if count[p] == 0 {
				names = append(names, p)
			}
			count[p]++
		}
	}
	var out []string
	for _, p := range names {
		if count[p]*2 >= len(items) && (len(items) == 1 || count[p] >= 2) {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return count[out[i]] > count[out[j]] })
	return out
}

// hostLast orders two people so that the one from the place's country (the
// host) comes second: "Witkoff meets Putin in Moscow".
func hostLast(items []*item, a, b, place string, gaz *gazetteer.Gazetteer) (string, string) {
	country := ""
	if pl, ok := gaz.Lookup(place); ok {
		country = pl.Country
	}
	nat := func(p string) string {
		for _, it := range items {
			if c := it.m.Countries[p]; c != "" {
				return c
			}
		}
		return ""
	}
	if country != "" && nat(a) == country && nat(b) != country {
		return b, a
	}
	return a, b
}

// majority is the most frequent non-empty value of f, ties to the first.
func majority(items []*item, f func(*item) string) string {
	count := map[string]int{}
	best := ""
	for _, it := range items {
		v := f(it)
		if v == "" {
			continue
		}
		count[v]++
		if best == "" || count[v] > count[best] {
			best = v
		}
	}
	return best
}

// isPerson reports whether name is one of the items' people.
func isPerson(items []*item, name string) bool {
	for _, it := range items {
		for _, p := range it.m.People {
			if p == name {
				return true
			}
		}
	}
	return false
}

// reducedRelative returns, when the words up to k end in a participle and
// its date ("man arrested on Wednesday night", "woman injured on
// Sunday", the date perhaps already skipped), the index of the noun
// before the participle; -1 otherwise.
func reducedRelative(words []string, k int) int {
	j := k
	if j >= 0 {
		switch strings.ToLower(words[j]) {
		case "morning", "afternoon", "evening", "night":
			j--
		}
	}
	if j >= 2 && weekdayWord(words[j]) && strings.EqualFold(words[j-1], "on") {
		j -= 2
	}
	if j < 1 {
		return -1
	}
	p := strings.ToLower(words[j])
	if !strings.HasSuffix(p, "ed") || startsUpper(words[j]) || auxiliaries[strings.ToLower(words[j-1])] {
		return -1 // "was injured on Sunday" is a verb group, no relative
	}
	switch n := strings.ToLower(words[j-1]); {
	case strings.HasSuffix(words[j-1], ","), n == "the", n == "a", n == "an", n == "who", n == "that", n == "which", n == "and", prepositions[n], auxiliaries[n], pronouns[n]:
		return -1
	}
	return j - 1
}

// hurtTitle names a strike all of whose sources tell only that someone
// was injured or wounded, with no attack, weapon or killing named: who was
// hurt, as the sentence gives them ("Woman injured", "Injured in
// Leeds"). It returns "" when a source names more than the injury.
func hurtTitle(items []*item, place string) string {
	trig := ""
	for _, it := range items {
		low := strings.ToLower(it.m.Trigger)
		if low != "injured" && low != "wounded" {
			return ""
		}
		trig = low
	}
	if trig == "" {
		return ""
	}
	subj := ""
	for _, it := range items {
		if subj = clauseSubject(it.m.Quote, it.m.Trigger); subj != "" {
			break
		}
	}
	t := trig
	if subj != "" {
		t = subj + " " + trig
	}
	if place != "" {
		t += " in " + place
	}
	return t
}

// thatOpensClause reports whether next, the word after "that", opens a
// clause's subject ("said on Monday that a man had been arrested"): an
// article or possessive; a verb after it ("the ferry that sank") makes
// "that" a relative pronoun.
func thatOpensClause(next string) bool {
	switch strings.ToLower(next) {
	case "a", "an", "the", "his", "her", "its", "their":
		return true
	}
	return false
}
