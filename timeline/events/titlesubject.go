package events

import (
	"strings"
)

// This file names, in a title, who or what a happening is about when the
// sentence calls it by a common noun rather than a name ("Dock workers
// returned to work", "The miners ended their strike", "A jury found the
// former mayor guilty"): a bare "Return", "Strike" or "Guilty" tells a
// reader browsing the timeline nothing.

// commonSubject returns the subject the sentence quote gives its verb
// trigger (clauseSubject) when it is a noun phrase a headline can stand
// on: "" for a word that names no one in particular ("Officials", "Some",
// "The two", "Others").
func commonSubject(quote, trigger string) string {
	s := clauseSubject(quote, trigger)
	if s == "" || vagueSubject(s) || strings.Contains(quote, s+" and ") {
		return "" // "Rail workers and bus drivers": not only rail workers
	}
	return s
}

// vagueSubject reports whether every word of the noun phrase np is a
// quantifier, a number or a noun that names no one in particular: "Some",
// "Two", "Both", "Officials", "Many people".
func vagueSubject(np string) bool {
	for _, w := range strings.Fields(np) {
		low := strings.ToLower(strings.Trim(w, ".,;:"))
		if !vagueWords[low] && !countOf[low] && !strings.ContainsAny(low, "0123456789") {
			return false
		}
	}
	return true
}

// vagueWords name no one in particular: a headline needs more than them.
var vagueWords = map[string]bool{
	"officials": true, "authorities": true, "people": true, "others": true, "those": true,
	"these": true, "few": true, "each": true, "either": true, "neither": true, "any": true,
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "anyone": true,
	"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true,
	"eleven": true, "twelve": true, "dozen": true, "number": true, "group": true,
}

// returnTitle titles a way back or an arrival told with no name and no
// place: who returned, arrived or landed, as the sentence gives them, and where to when it is work,
// school or home ("Dock workers at the port returned to work" is "Dock
// workers return to work"); "" when the subject is a pronoun or names no
// one in particular ("They returned home", "Some returned to work").
func returnTitle(items []*item) string {
	for _, it := range items {
		trig := strings.ToLower(it.m.Trigger)
		verb := tripVerbs[trig]
		if verb == "" {
			continue
		}
		if !intransitiveAt(it.m.Quote, it.m.Trigger) {
			continue // "The company returned the money": no way back
		}
		subj := commonSubject(it.m.Quote, it.m.Trigger)
		if subj == "" {
			continue
		}
		if plural(subj) || plural(strings.ToLower(subj)) {
			verb = pluralVerb(verb)
		}
		goal := ""
		if verb == "returns" || verb == "return" {
			goal = returnGoal(it.m.Quote, it.m.Trigger)
		}
		return subj + " " + verb + goal
	}
	return ""
}

// tripVerbs are the verbs of a way back or an arrival a headline puts in
// the present: "Plane lands", "Crew returns home".
var tripVerbs = map[string]string{
	"returned": "returns", "return": "returns", "returns": "returns",
	"arrived": "arrives", "landed": "lands",
}

// intransitiveAt reports whether the trigger in quote is followed by a
// preposition, "home" or the sentence's end, not by an object: "returned
// to work", "returned home", "returned on Friday"; not "returned the
// money".
func intransitiveAt(quote, trigger string) bool {
	words := strings.Fields(strings.ToLower(quote))
	for i, w := range words {
		if strings.Trim(w, ".,;:\"'“”") != strings.ToLower(trigger) {
			continue
		}
		if w != strings.Trim(w, ".,;:\"'“”") || i+1 == len(words) {
			return true
		}
		j := i + 1
		for j+1 < len(words) && strings.HasSuffix(words[j], "ly") && words[j] != "early" {
			j++ // "landed safely on Sunday"
		}
		if words[j] != strings.Trim(words[j], ".,;:\"'“”") {
			return true // "landed safely."
		}
		n := strings.Trim(words[j], ".,;:\"'“”")
		return n == "home" || prepositions[n] || n == "late" || n == "early" || weekdayWord(n)
	}
	return false
}

// opposite reports whether quote tells both a beginning and an end
// ("began on Monday and ended on Friday"): which the date is is not told.
func opposite(quote string) bool {
	b, e := false, false
	for _, w := range strings.Fields(strings.ToLower(quote)) {
		switch strings.Trim(w, ".,;:\"'“”") {
		case "began", "begins", "begun", "started", "starts", "launched":
			b = true
		case "ended", "ends", "finished":
			e = true
		}
	}
	return b && e
}

// returnGoal returns " to work", " to school" or " home" when the words
// right after the trigger in quote say so, "" otherwise.
func returnGoal(quote, trigger string) string {
	words := strings.Fields(strings.ToLower(quote))
	for i, w := range words {
		if strings.Trim(w, ".,;:\"'“”") != strings.ToLower(trigger) {
			continue
		}
		next := func(k int) string {
			if i+k < len(words) {
				return strings.Trim(words[i+k], ".,;:\"'“”")
			}
			return ""
		}
		switch {
		case next(1) == "home":
			return " home"
		case next(1) == "to" && (next(2) == "work" || next(2) == "school"):
			return " to " + next(2)
		case next(1) == "to" && (next(2) == "their" || next(2) == "his" || next(2) == "her") && (next(3) == "homes" || next(3) == "home"):
			return " home" // "returned to their homes"
		}
		return ""
	}
	return ""
}

// strikeTitle titles a workers' strike (detail "strike" or "<workers>
// strike"): by its strikers when a source's sentence names them ("Postal
// workers began a 48-hour strike": "postal workers"), or, when none does,
// when the article of the first source names one group of workers and no
// other ("Dock workers at the port returned to work ... The strike began
// on March 3"); and by its beginning or end when every source that tells
// one tells the same ("The miners ended their strike" is "Miners end
// strike", "The strike began on March 3" "Strike begins"). It returns ""
// when it has nothing to add to the detail.
func strikeTitle(items []*item, detail string) string {
	workers := strings.TrimSpace(strings.TrimSuffix(detail, "strike"))
	for _, it := range items {
		// the workers its sentence names, by the noun the detail has when
		// it has one ("Bus drivers" for "drivers")
		w := ""
		for _, x := range allWorkers(it.m.Quote) {
			if workers == "" || strings.HasSuffix(strings.ToLower(x), " "+workers) {
				w = x
				break
			}
		}
		if w != "" {
			workers = w
			break
		}
	}
	if workers == "" && len(items) > 0 && items[0].owner != nil {
		ms := items[0].owner.ms
		workers = articleWorkers(func(yield func(string) bool) {
			for i := range ms {
				if !yield(ms[i].Quote) {
					return
				}
			}
		})
	}
	phase := ""
	for _, it := range items {
		p := strikePhase(it.m.Quote)
		if p == "" {
			continue
		}
		if opposite(it.m.Quote) {
			return "" // "began on Monday and ended on Friday"
		}
		if phase != "" && p != phase {
			return "" // one source tells its start, another its end
		}
		phase = p
	}
	switch {
	case workers != "" && phase != "":
		return workers + " " + phase + " strike" // "Miners end strike"
	case phase != "":
		if c := majority(items, func(it *item) string { return it.context }); c != "" {
			return c + " strike " + phase + "s" // "Frankfurt strike begins"
		}
		return "strike " + phase + "s" // "Strike begins"
	case workers != "" && workers+" strike" != detail:
		return workers + " strike" // "Postal workers strike"
	}
	return ""
}

// workersIn returns the workers a sentence names: a noun of workers with
// the noun before it that says which ("Postal workers", "Lufthansa
// pilots", "bus drivers"), or a plural noun of a trade alone ("nurses",
// "dockworkers"); "" when none ("workers", "the workers", "300 employees"
// name no trade).
func workersIn(quote string) string {
	if all := allWorkers(quote); len(all) > 0 {
		return all[0]
	}
	return ""
}

// articleWorkers returns the one group of workers (workersIn) the quotes
// name, or "" when they name none or several ("dock workers" and "rail
// workers": whose strike it was is not told).
func articleWorkers(quotes func(yield func(string) bool)) string {
	one := ""
	for q := range quotes {
		for _, w := range allWorkers(q) {
			if one != "" && !strings.EqualFold(w, one) {
				return ""
			}
			if one == "" {
				one = w
			}
		}
	}
	return one
}

// allWorkers returns every group of workers quote names, as workersIn.
func allWorkers(quote string) []string {
	var out []string
	words := strings.Fields(quote)
	for i := range words {
		noun := strings.ToLower(strings.Trim(words[i], ".,;:\"'“”"))
		trade, ok := workerNouns[noun]
		if !ok {
			continue
		}
		if i > 0 {
			mod := words[i-1]
			low := strings.ToLower(mod)
			if mod == strings.Trim(mod, ".,;:\"'“”()") && !determiners[low] && !countOf[low] && !approxWords[low] && !vagueWords[low] &&
				!strings.ContainsAny(low, "0123456789'’") && !prepositions[low] && !pronouns[low] && !auxiliaries[low] &&
				!strings.HasSuffix(low, "ed") && !strings.HasSuffix(low, "ing") && isNameWord(mod) && !strikeWords[low] {
				if i-1 == 0 || !startsUpper(mod) {
					mod = low // "Dock workers" opening the sentence
				}
				out = append(out, mod+" "+noun)
				continue
			}
		}
		if trade {
			out = append(out, noun)
		}
	}
	return out
}

// strikeWords name a strike, never which workers ("strike leaders").
var strikeWords = map[string]bool{"strike": true, "strikes": true, "walkout": true, "stoppage": true}

// workerNouns are the nouns of people at work: true for a trade, which
// names the strikers alone ("nurses"), false for a noun that needs another
// before it to say which ("workers", "employees", "staff").
var workerNouns = map[string]bool{
	"workers": false, "employees": false, "staff": false,
	"nurses": true, "doctors": true, "teachers": true, "drivers": true, "pilots": true,
	"miners": true, "dockers": true, "dockworkers": true, "firefighters": true,
	"cleaners": true, "guards": true, "controllers": true, "journalists": true, "lecturers": true,
}

// determiners open a noun phrase; never the kind of workers.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "my": true, "this": true, "that": true, "these": true, "those": true,
	"other": true, "more": true, "no": true, "striking": true, "fellow": true, "laid-off": true,
}

// strikePhase returns "begin" or "end" when the sentence quote tells a
// strike's beginning or end by a finite verb with the strike as its
// subject ("The strike began on March 3") or its object ("The miners
// ended their strike", "called off the strike"), "" otherwise. An
// infinitive ("talks to end the strike") or a verb further off tells no
// phase.
func strikePhase(quote string) string {
	words := strings.Fields(strings.ToLower(quote))
	clean := func(i int) string { return strings.Trim(words[i], ".,;:\"'“”") }
	for i := range words {
		if w := clean(i); w != "strike" && w != "walkout" && w != "stoppage" {
			continue
		}
		if i+1 < len(words) && words[i] == clean(i) && strikeCompounds[clean(i+1)] {
			continue // "launched a strike ballot": no strike yet
		}
		// after: "the strike began", "the strike has ended"
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if p := strikePhases[clean(k)]; p != "" {
				return p
			}
			if !auxiliaries[clean(k)] && !strings.HasSuffix(clean(k), "ly") && !verbAdverbs[clean(k)] || words[k-1] != clean(k-1) {
				break
			}
		}
		// before: "ended their strike", "began a 48-hour strike", "called off the strike"
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			w := clean(k)
			if w != words[k] {
				break // punctuation between
			}
			p := strikePhases[w]
			if w == "off" && k > 0 && clean(k-1) == "called" {
				p, k = "end", k-1
			}
			if p != "" {
				if k > 0 && clean(k-1) == "to" {
					return "" // "talks to end the strike": no end yet
				}
				return p
			}
			if !determiners[w] && !strings.HasSuffix(w, "-hour") && !strings.HasSuffix(w, "-day") && !strings.HasSuffix(w, "-week") &&
				!strings.HasSuffix(w, "'") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && w != "general" && w != "national" && w != "indefinite" && w != "open-ended" {
				break
			}
		}
	}
	return ""
}

// strikeCompounds make "strike" a modifier of another thing: a "strike
// ballot" begun is no strike begun.
var strikeCompounds = map[string]bool{
	"ballot": true, "vote": true, "notice": true, "fund": true, "pay": true, "threat": true,
	"talks": true, "committee": true, "leaders": true, "deadline": true, "plans": true,
}

// strikePhases tell, in a finite form, that a strike began or ended.
var strikePhases = map[string]string{
	"began": "begin", "begins": "begin", "begun": "begin", "started": "begin", "starts": "begin", "launched": "begin",
	"ended": "end", "ends": "end",
}

// guiltyTitle titles a verdict or plea told by "guilty" with the one it
// is about, as its sentence gives them: "A jury found the former mayor
// guilty" is "Former mayor found guilty", "The driver pleaded guilty"
// "Driver pleads guilty", "was found not guilty" "... found not guilty".
// A name the extractor knows is called as titles call people. It returns
// "" when no sentence names who (a pronoun, "Some", a clause).
func guiltyTitle(items []*item) string {
	for _, it := range items {
		if !strings.EqualFold(it.m.Trigger, "guilty") {
			continue
		}
		words := strings.Fields(it.m.Quote)
		at := -1
		for i, w := range words {
			if strings.ToLower(strings.Trim(w, ".,;:\"'“”")) == "guilty" {
				at = i
				break
			}
		}
		if at < 1 {
			continue
		}
		verdict := "guilty"
		k := at - 1
		if strings.ToLower(words[k]) == "not" {
			verdict, k = "not guilty", k-1
		}
		if k < 0 {
			continue
		}
		name := func(np string) string {
			for _, p := range it.m.People {
				if np == p || shortName(p) == np || strings.HasSuffix(p, " "+np) {
					return shortName(p)
				}
			}
			return np
		}
		switch low := strings.ToLower(words[k]); low {
		case "pleaded", "pleads", "pled":
			if s := commonSubject(it.m.Quote, words[k]); s != "" {
				verb := "pleads "
				if plural(s) {
					verb = "plead "
				}
				return name(s) + " " + verb + verdict
			}
			if k > 0 && pronouns[strings.ToLower(words[k-1])] {
				// "He pleaded guilty on Friday": the person the pronoun
				// stands for, else the plea alone
				return strings.TrimPrefix(pronounPerson(it)+" pleads "+verdict, " ")
			}
		case "found":
			// "was found guilty": the passive's subject
			if passiveAt(it.m.Quote, "found") {
				if s := commonSubject(it.m.Quote, "found"); s != "" {
					return name(s) + " found " + verdict
				}
				if k > 1 && pronouns[strings.ToLower(words[k-2])] {
					// "He was found guilty": the person the pronoun stands for
					if p := pronounPerson(it); p != "" {
						return p + " found " + verdict
					}
				}
			}
		default:
			// "found the former mayor guilty": the object between
			from := -1
			for j := k; j >= 0 && j >= k-4; j-- {
				if strings.ToLower(words[j]) == "found" {
					from = j + 1
					break
				}
			}
			if from < 0 {
				continue
			}
			np := words[from : k+1]
			for len(np) > 0 && determiners[strings.ToLower(np[0])] {
				np = np[1:]
			}
			if len(np) == 0 || len(np) > 3 {
				continue
			}
			ok := true
			for _, w := range np {
				low := strings.ToLower(w)
				if w != strings.Trim(w, ".,;:\"'“”") || !isNameWord(w) || pronouns[low] || low == "him" || low == "her" || low == "them" || low == "it" || prepositions[low] {
					ok = false
				}
			}
			if s := strings.Join(np, " "); ok && !vagueSubject(s) {
				return name(s) + " found " + verdict
			}
		}
	}
	return ""
}

// pronounPerson is the person a mention's opening "he" or "she" stands
// for, as a title names it: the person the extractor gave the mention (the
// one its story named last), else its article's main person, else "".
func pronounPerson(it *item) string {
	switch {
	case len(it.m.People) > 0:
		return shortName(it.m.People[0])
	case it.owner != nil && it.owner.mainPerson != "":
		return shortName(it.owner.mainPerson)
	}
	return ""
}

// approvalTitle titles an approval, ratification or signing told by its
// verb with an object, when no person is its principal: its subject (as
// the extractor or the sentence gives it), the verb, the object ("The
// city council approved the new budget" is "City council approves new
// budget", not "Agreement"). It returns "" when none tells who.
func approvalTitle(items []*item, principal []string) string {
	if len(principal) > 0 {
		return ""
	}
	for _, it := range items {
		verb := approvalVerbs[strings.ToLower(it.m.Trigger)]
		if verb == "" || it.m.Object == "" || strings.HasPrefix(it.m.Object, "to ") || !objectFollows(it.m.Quote, it.m.Trigger, it.m.Object) {
			continue
		}
		s := it.m.Subject
		if s == "" {
			s = commonSubject(it.m.Quote, it.m.Trigger)
		} else if vagueSubject(s) {
			s = ""
		}
		if s == "" {
			continue
		}
		if plural(s) || plural(strings.ToLower(s)) {
			verb = pluralVerb(verb)
		}
		return s + " " + verb + " " + it.m.Object
	}
	return ""
}

// approvalVerbs are the verbs of an agreement a headline puts in the
// present with their object.
var approvalVerbs = map[string]string{"approved": "approves", "ratified": "ratifies", "signed": "signs", "accepted": "accepts"}

// objectFollows reports whether the object obj opens right after the
// trigger in quote, past an article or a possessive: "approved the new
// budget" has "new budget"; "approved 50 million euros in aid" has no
// "euros" (the amount a headline would need was dropped).
func objectFollows(quote, trigger, obj string) bool {
	first, _, _ := strings.Cut(obj, " ")
	words := strings.Fields(quote)
	for i, w := range words {
		if !strings.EqualFold(strings.Trim(w, ".,;:\"'“”"), trigger) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			x := strings.Trim(words[k], ".,;:\"'“”")
			if strings.EqualFold(x, first) {
				return true
			}
			if !determiners[strings.ToLower(x)] {
				return false
			}
		}
		return false
	}
	return false
}

// nounPhase mends a title that names a happening by its noun ("Protest",
// "Belgrade march", "Okafor trial") when the sources tell its start, end
// or fate by the verb after the noun ("The protest began on Saturday",
// "The hearing was adjourned"): the verb joins the title ("Protest
// begins", "Hearing adjourned"). Every source of the title's noun that
// tells one must tell the same; it returns t unchanged otherwise.
func nounPhase(items []*item, t string) string {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 4 {
		return t
	}
	for _, w := range f[:len(f)-1] {
		if !startsUpper(w) {
			return t // "Nurses end strike": a title with its verb already
		}
	}
	noun := strings.ToLower(f[len(f)-1])
	verb := ""
	for _, it := range items {
		if !strings.EqualFold(it.m.Trigger, noun) {
			continue
		}
		v := nounVerbs[strings.ToLower(it.m.Object)]
		if v == "" {
			continue
		}
		if (v == "begins" || v == "ends") && opposite(it.m.Quote) {
			return t // "began on Saturday and ended on Monday"
		}
		if verb != "" && v != verb {
			return t
		}
		verb = v
	}
	if verb == "" {
		for _, it := range items {
			if strings.EqualFold(it.m.Trigger, noun) {
				if v := fateBefore(it.m.Quote, noun); v != "" {
					if verb != "" && v != verb {
						return t
					}
					verb = v // "Organisers called off the march": "March called off"
				}
			}
		}
	}
	if verb == "" {
		return t
	}
	return t + " " + verb
}

// nounVerbs are the verbs that, told right after a happening's noun, say
// what became of it, as a headline puts them.
var nounVerbs = map[string]string{
	"began": "begins", "begins": "begins", "started": "begins", "starts": "begins",
	"ended": "ends", "ends": "ends", "opened": "opens", "opens": "opens",
	"was adjourned": "adjourned", "was postponed": "postponed", "was suspended": "suspended",
	"was cancelled": "cancelled", "was canceled": "cancelled", "was called off": "called off",
	"was halted": "halted", "was delayed": "delayed", "resumed": "resumes",
}

// particleAfter returns " off" when the trigger stands in quote right
// before "off" ("was called off"), "" otherwise: "called" alone would say
// another thing.
func particleAfter(quote, trigger string) string {
	words := strings.Fields(strings.ToLower(quote))
	for i, w := range words {
		if strings.Trim(w, ".,;:\"'“”") == strings.ToLower(trigger) && i+1 < len(words) && strings.Trim(words[i+1], ".,;:\"'“”") == "off" {
			return " off"
		}
	}
	return ""
}

// ofHappening reports whether subj is, in quote, the noun of an "of"
// phrase after a happening's noun ("The trial of the three men began"):
// the happening, not subj, is what the verb tells of. It returns that
// noun, or "".
func ofHappening(quote, subj string) string {
	words := strings.Fields(quote)
	last := subj
	if i := strings.LastIndex(subj, " "); i >= 0 {
		last = subj[i+1:]
	}
	for i, w := range words {
		if !strings.EqualFold(strings.Trim(w, ".,;:"), last) {
			continue
		}
		for k := i - 1; k >= 1 && k >= i-4; k-- {
			if strings.ToLower(words[k]) != "of" {
				continue
			}
			n := strings.ToLower(words[k-1])
			if happeningNoun[n] != "" || ofNouns[n] {
				return n
			}
			return ""
		}
		return ""
	}
	return ""
}

// ofNouns are nouns of a happening that take "of" and whom it is about:
// "the trial of ...", "the funeral of ...".
var ofNouns = map[string]bool{
	"trial": true, "hearing": true, "funeral": true, "retrial": true, "sentencing": true,
	"inauguration": true, "evacuation": true, "rescue": true, "release": true,
	// a study of something: "A review of the attack will be presented"
	"review": true, "inquiry": true, "investigation": true, "audit": true, "report": true,
}

// fateBefore returns what a verb before the happening's noun did to it
// ("Organisers called off the march": "called off"; "postponed the
// hearing": "postponed"), with only an article or a possessive between;
// "" otherwise ("to call off the march" plans, it does not tell).
func fateBefore(quote, noun string) string {
	words := strings.Fields(strings.ToLower(quote))
	clean := func(i int) string { return strings.Trim(words[i], ".,;:\"'“”") }
	for i := range words {
		if clean(i) != noun {
			continue
		}
		k := i - 1
		for k >= 0 && (determiners[clean(k)] || possessive(clean(k))) && words[k] == clean(k) {
			k--
		}
		if k < 1 || words[k] != clean(k) {
			continue
		}
		fate := ""
		switch {
		case clean(k) == "off" && clean(k-1) == "called":
			fate, k = "called off", k-1
		case clean(k) == "cancelled" || clean(k) == "canceled":
			fate = "cancelled"
		case clean(k) == "postponed":
			fate = "postponed"
		case clean(k) == "suspended":
			fate = "suspended"
		}
		if fate == "" || k == i-1 {
			continue
		}
		if k > 0 && (clean(k-1) == "to" || clean(k-1) == "not" || clean(k-1) == "would" || clean(k-1) == "could" || clean(k-1) == "may" || clean(k-1) == "might") {
			continue // "voted to call off the march", "would not call off"
		}
		return fate
	}
	return ""
}

// phrasalOff returns the object of the trigger used with "off" in quote
// ("Police called off the search": "search"), without its article, up to
// three words, and ok when the trigger stands before "off".
func phrasalOff(quote, trigger string) (obj string, ok bool) {
	words := strings.Fields(quote)
	for i, w := range words {
		if !strings.EqualFold(strings.Trim(w, ".,;:\"'“”"), trigger) || i+1 >= len(words) || strings.ToLower(strings.Trim(words[i+1], ".,;:")) != "off" || !offVerbs[strings.ToLower(trigger)] {
			continue
		}
		if words[i+1] != "off" {
			return "", true // "called off." : no object
		}
		var np []string
		for _, x := range words[i+2:] {
			c := strings.Trim(x, ".,;:\"'“”")
			low := strings.ToLower(c)
			if len(np) == 0 && (determiners[low] || possessive(low)) {
				continue
			}
			if prepositions[low] || weekdayWord(low) || !isNameWord(c) || len(np) == 3 {
				break
			}
			np = append(np, c)
			if c != x {
				break
			}
		}
		return strings.Join(np, " "), true
	}
	return "", false
}

// offVerbs take "off" as their particle ("called off the search",
// "sealed off the area"); after another verb "off" is where ("sank off
// the coast").
var offVerbs = map[string]bool{
	"called": true, "calls": true, "sealed": true, "seals": true, "cordoned": true,
	"broke": true, "breaks": true, "kicked": true, "kicks": true,
}

// manyWords are the quantities that stand for a crowd: "Hundreds of
// students" protesting are, for a headline, "Students".
var manyWords = map[string]bool{"hundreds": true, "thousands": true, "dozens": true, "scores": true, "millions": true, "tens": true}

// ofGroup returns, for a subject that is a bare quantity of a crowd
// ("Hundreds", "Thousands"; not "Two" or "Some", a part), the noun of the "of" phrase after it in quote ("Hundreds
// of students" gives "students"); "" otherwise.
func ofGroup(quote, subj string) string {
	if strings.Contains(subj, " ") || !manyWords[strings.ToLower(subj)] {
		return "" // "Two of the climbers", "Some of the passengers": a part, not the group
	}
	words := strings.Fields(quote)
	for i := 0; i+2 < len(words); i++ {
		if !strings.EqualFold(words[i], subj) || strings.ToLower(words[i+1]) != "of" {
			continue
		}
		var np []string
		for _, x := range words[i+2:] {
			c := strings.Trim(x, ".,;:\"'“”")
			low := strings.ToLower(c)
			if len(np) == 0 && determiners[low] {
				continue
			}
			if low == "and" || low == "or" {
				return "" // "Hundreds of workers and their families": not the workers alone
			}
			if prepositions[low] || auxiliaries[low] || triggerKinds[low] != "" || !isNameWord(c) || len(np) == 3 {
				break
			}
			np = append(np, c)
			if c != x {
				break
			}
		}
		if s := strings.Join(np, " "); s != "" && !vagueSubject(s) && plural(s) {
			return s
		}
		return ""
	}
	return ""
}

// voteGoal returns what a vote was for, as the words after "voted" in
// quote give it: " to <verb> <object>" ("voted on Wednesday to raise the
// minimum wage": " to raise minimum wage"), " against <object>" or " for
// <object>" ("voted against the bill"), the object without its article
// and at most three words; "" when the words say otherwise.
func voteGoal(quote, trigger string) string {
	words := strings.Fields(quote)
	clean := func(i int) string { return strings.Trim(words[i], ".,;:\"'“”") }
	for i := range words {
		if !strings.EqualFold(clean(i), trigger) || words[i] != clean(i) {
			continue
		}
		k := i + 1
		for k < len(words) {
			low := strings.ToLower(clean(k))
			switch {
			case low == "on" && k+1 < len(words) && (weekdayWord(clean(k+1)) || monthWord(clean(k+1))):
				k += 2
				if k < len(words) && strings.ContainsAny(words[k], "0123456789") {
					k++
				}
				continue
			case strings.ContainsAny(low, "0123456789") || strings.HasSuffix(low, "ly") && low != "only" || low == "yesterday" || low == "today":
				k++ // "voted 12-4", "voted unanimously"
				continue
			}
			break
		}
		if k+1 >= len(words) {
			return ""
		}
		if words[k-1] != clean(k-1) && k-1 > i {
			return "" // a comma before: an aside
		}
		lead := strings.ToLower(clean(k))
		var out []string
		from := k + 1
		switch lead {
		case "to":
			v := strings.ToLower(clean(k + 1))
			if words[k+1] != clean(k+1) || determiners[v] || prepositions[v] || !isNameWord(clean(k+1)) || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") {
				return ""
			}
			out = append(out, "to", v)
			from = k + 2
		case "against", "for":
			out = append(out, lead)
		default:
			return ""
		}
		var np []string
		for j := from; j < len(words); j++ {
			c := clean(j)
			low := strings.ToLower(c)
			if len(np) == 0 && (determiners[low] || possessive(low)) {
				continue
			}
			if prepositions[low] || weekdayWord(c) || !isNameWord(c) || strings.ContainsAny(c, "0123456789") {
				break
			}
			np = append(np, c)
			if c != words[j] || len(np) > 3 {
				break
			}
		}
		if len(np) > 3 || len(np) == 0 && lead != "to" {
			return ""
		}
		return " " + strings.Join(append(out, np...), " ")
	}
	return ""
}

// monthWord reports whether w names a month.
func monthWord(w string) bool {
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.":
		return true
	}
	return false
}
