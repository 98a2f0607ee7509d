package events

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events/gazetteer"
	"github.com/newsroom/timeline/timeline/timex"
)

// Extract returns the mentions in one article, in sentence order (and, within
// a sentence, in the order of their date expressions).
//
// It tags the article's whole text once (so that expressions anchored to an
// earlier one resolve), assigns each expression to the sentence that holds
// it, and keeps the expressions that date something happening: a date (not
// a duration, a set or a vague reference such as "recently"), outside
// quotation marks, of day, week or month precision, with a trigger word near
// it. A statement needs a named speaker. People are resolved within the
// article ("Mr. Witkoff" is the Steve Witkoff named earlier); Merge resolves
// them across articles.
//
// It is a pure function of its arguments and safe for concurrent use.
func Extract(a *content.Article, opts Options) []Mention {
	if a == nil {
		return nil
	}
	gaz := opts.Gazetteer
	if gaz == nil {
		gaz = gazetteer.Default()
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// The tokens' lower-case forms are cut from one lowered copy, which
	// the tagger shares when it differs from the text only in ASCII letters.
	var lowText string
	var asciiOnly bool
	lowText, asciiOnly, sc.low = appendLowerText(sc.low, a.Text)
	tag := opts.Tagger
	if tag == nil {
		tagLow := ""
		if asciiOnly {
			tagLow = lowText
		}
		tag = func(text string, ref time.Time) []timex.Timex {
			sc.timexes = sc.tagger.AppendFind(sc.timexes, text, tagLow, ref)
			return sc.timexes
		}
	}
	all := tag(a.Text, a.Meta.Date)
	if d, ok := filedOn(a, all); ok && !d.Equal(a.Meta.Date) {
		all = tag(a.Text, d) // the story's own days count from its filing
	}

	// Pass 1: entities of every sentence, and the article's full names.
	sents := sc.sentences(len(a.Sentences))
	fullNames := sc.fullNames[:0]                   // read only during this call
	defer func() { sc.fullNames = fullNames[:0] }() // keep what grew
	peopleAliases, placeAliases := foldAliases(opts.PeopleAliases), foldAliases(opts.PlaceAliases)
	sc.quoted = quotedBytes(sc.quoted, a.Text)
	quoted := sc.quoted
	if n := len(a.Text)/4 + 16; cap(sc.toks) < n { // about a token per four bytes
		sc.toks = make([]token, 0, n)
	}
	if n := len(a.Text)/64 + 4; cap(sc.ents) < n {
		sc.ents = make([]entity, 0, n)
	}
	slab, entSlab := sc.toks[:0], sc.ents[:0]
	defer func() { sc.toks, sc.ents = slab, entSlab }() // keep what grew
	find := finder{gaz: gaz, al: siteAliases{peopleAliases, placeAliases, len(peopleAliases) > 0 || len(placeAliases) > 0}, key: sc.key}
	defer func() { sc.key = find.key }()
	for i, s := range a.Sentences {
		text := a.Text[s.Start:s.End]
		n := len(slab)
		var low string
		if lowText != "" {
			low = lowText[s.Start:s.End]
		}
		slab = appendTokens(slab, text, low)
		toks := slab[n:len(slab):len(slab)] // capped: an append copies
		h := isHeading(text, toks)
		ne := len(entSlab)
		find.text, find.low = text, low
		entSlab = find.findEntities(entSlab, toks, h)
		ents := entSlab[ne:len(entSlab):len(entSlab)] // capped: an append copies
		dl := dateline(text)
		if n := dl; n > 0 {
			// The dateline's agency is nobody in the story.
			kept := ents[:0]
			for k := range ents {
				e := &ents[k]
				if toks[e.First].Start >= n || e.Kind == "place" {
					kept = append(kept, *e)
				}
			}
			ents = kept
		}
		for k := range ents {
			e := &ents[k]
			if e.Kind == "person" {
				e.Name = peopleAliases.lookup(dropInitials(e.Name))
				if !e.Single && fieldCount(e.Name, 2) > 1 && !slices.Contains(fullNames, e.Name) {
					fullNames = append(fullNames, e.Name) // once: a name and its repeat resolve alike
				}
			}
		}
		sents[i] = sent{Sentence: s, text: text, toks: toks, ents: ents, quoted: quoted[s.Start : s.End+1], heading: h, dateline: dl}
		if n := sents[i].dateline; n > 0 {
			for k := range ents {
				e := &ents[k]
				if e.Kind == "place" && toks[e.First].Start < n {
					sents[i].datelinePlace = placeAliases.lookup(e.Place.Name)
					break
				}
			}
		}
	}
	// The surnames' skeletons are cut from one string (one allocation).
	if cap(sc.surnames) < len(fullNames) {
		sc.surnames = make([]string, len(fullNames))
	}
	surnameKeys := sc.surnames[:len(fullNames)] // read only during this call
	sc.skel, sc.ends = sc.skel[:0], sc.ends[:0]
	for _, f := range fullNames {
		sc.skel = appendSkeleton(sc.skel, surname(f))
		sc.ends = append(sc.ends, len(sc.skel))
	}
	if len(fullNames) > 0 {
		all, start := string(sc.skel), 0
		for i, end := range sc.ends {
			surnameKeys[i], start = all[start:end], end
		}
	}
	// "Luís Montenegro ... Montenegro met the president": a one-word place
	// that is the surname of a person named in the article, and not where
	// something happens, is that person.
	for si := 0; si < len(sents) && len(surnameKeys) > 0; si++ {
		for k := range sents[si].ents {
			e := &sents[si].ents[k] // not copied: an entity is large
			if e.Kind != "place" || e.Locative || e.First != e.Last || e.Place.Kind == gazetteer.Venue {
				continue
			}
			sc.skel = appendSkeleton(sc.skel[:0], sents[si].toks[e.First].Base())
			for _, sk := range surnameKeys {
				if sk == string(sc.skel) {
					first, last, poss := e.First, e.Last, e.Possessive // e is the entity replaced
					sents[si].ents[k] = entity{Kind: "person", Name: sents[si].toks[first].Base(), First: first, Last: last, Single: true, Possessive: poss}
					break
				}
			}
		}
	}
	// "budget airline Jetwise ceased trading ... Jetwise had warned": a
	// one-word name the article calls an organisation is one wherever it
	// stands alone, even at a sentence's start.
	var orgNames []string
	for si := range sents {
		for k := range sents[si].ents {
			if e := &sents[si].ents[k]; e.Kind == "org" && e.First == e.Last && !slices.Contains(orgNames, e.Name) {
				orgNames = append(orgNames, e.Name)
			}
		}
	}
	for si := 0; si < len(sents) && len(orgNames) > 0; si++ {
		for k := range sents[si].ents {
			if e := &sents[si].ents[k]; e.Kind == "person" && e.Single && !e.Titled && slices.Contains(orgNames, e.Name) {
				e.Kind = "org"
			}
		}
	}
	resolve := func(e *entity) (string, bool) {
		if !e.Single {
			return e.Name, true
		}
		if len(fullNames) == 0 {
			return e.Name, e.Titled
		}
		var match string
		sc.skel = appendSkeleton(sc.skel[:0], e.Name)
		for i, f := range fullNames {
			if surnameKeys[i] == string(sc.skel) {
				if match != "" && !sameName(match, f) {
					return e.Name, e.Titled // ambiguous in this article
				}
				if match == "" {
					match = f
				}
			}
		}
		if match != "" {
			return match, true
		}
		return e.Name, e.Titled
	}

	// Pass 2: mentions.
	out := sc.out[:0] // copied to a slice of the right size at the end
	ti := 0
	var lastPerson string
	// lastFresh: the sentence before named a person or opened with "he"
	// or "she" (a chain back to the person): a pronoun then still stands
	// for lastPerson, not for "her brother" a sentence in between told
	lastFresh := false
	var lastDay time.Time // the day the story last named, its narrative time
	// leadDay is the day the first sentence dates a happening by: the
	// story's own day, which a bare clock time right after it belongs to
	// ("A volcano erupted late Thursday ... The eruption began at 10:17
	// pm")
	var leadDay time.Time
	lastDays2 := false // the sentence that named lastDay named another day too
	for si := range sents {
		s := &sents[si]
		txs := sc.txs[:0] // read only while this sentence is
		day := lastDay
		days := 0 // the distinct days this sentence names
		for ti < len(all) && all[ti].Start < s.End {
			t := all[ti]
			ti++
			if t.Start < s.Start || t.End > s.End || t.Start < s.Start+s.dateline {
				continue // a dateline's date is when the story was filed
			}
			if s.quoted[t.Start-s.Start] {
				continue
			}
			if strings.EqualFold(t.Text, "overnight") && days > 0 && !sameDay(day, t.Interval.Start) {
				// "arrived on Thursday and were flown to Kitwe
				// overnight": after a sentence's own day, the night may
				// be the one before it or after it; none is safer
				continue
			}
			if datesHappening(t) || pastYearIn(t, s.text[:t.Start-s.Start], a.Meta.Date) {
				t.Interval = besideToday(t, a.Meta.Date)
				txs = append(txs, t)
			} else if onNarrativeDay(t, lastDay) && !lastDays2 && (sameDay(lastDay, a.Meta.Date) || !leadDay.IsZero() && sameDay(lastDay, leadDay) && !smallHours(t)) {
				t.Interval = timex.Interval{Start: lastDay, End: lastDay} // the tagger gives a bare clock time no days
				txs = append(txs, t)
			}
			if (t.Type == timex.Date || t.Type == timex.Duration && !t.Interval.IsZero()) && t.Granularity == timex.GranDay {
				if days == 0 || !sameDay(day, t.Interval.Start) {
					days++
				}
				day = t.Interval.Start // a duration with days is "two days later": the day it points to
			}
		}
		sc.txs = txs // keep what grew
		if days > 0 {
			// A sentence that named two days ("escaped early Monday ...
			// were searching for them Tuesday") leaves the story's day
			// open: a bare clock time after it ("during a 5 a.m. head
			// count") may belong to either.
			lastDays2 = days > 1
		}
		lastDay = day
		if cap(sc.people) < len(s.ents) {
			sc.people = make([]string, len(s.ents)+8)
		}
		people := sc.people[:len(s.ents)] // read only while this sentence is
		clear(people)
		for k := range s.ents {
			if e := &s.ents[k]; e.Kind == "person" {
				if name, ok := resolve(e); ok {
					people[k] = name
				}
			}
		}
		prevPerson := lastPerson
		prevFresh := lastFresh
		lastFresh = opensWithHeShe(s.toks)
		for k := range s.ents {
			if people[k] != "" {
				lastPerson = people[k]
				lastFresh = true
				break
			}
		}
		if len(txs) == 0 || s.heading || habitual(s.toks) {
			continue
		}
		sc.segs = segments(sc.segs, s.toks, s.text, txs, s.Start, s.quoted)
		segs := sc.segs
		used := sc.used[:0] // the triggers this sentence's mentions took: a few
		for k := range txs {
			t := &txs[k] // not copied: an expression is large
			seg := segs[k]
			if seg.TFrom > 0 && deadline[lower(&s.toks[seg.TFrom-1])] { // rare: no bit
				continue // "by Easter", "until Friday": a bound, not a date
			}
			if seg.TFrom > 2 && deadline[lower(&s.toks[seg.TFrom-3])] && lower(&s.toks[seg.TFrom-2]) == "at" {
				switch lower(&s.toks[seg.TFrom-1]) {
				case "least", "earliest", "latest":
					continue // "closed until at least Sunday", "by the latest Friday" is none either
				}
			}
			if deadlineAfter(s.toks, seg) {
				continue // "set Friday as the deadline"
			}
			if futureCue(s.toks, seg, s.quoted) && t.Interval.End.Before(a.Meta.Date.AddDate(0, 0, -7)) {
				// "called an election for Jan. 17" read as a past January:
				// the sentence and the date disagree, and no date is
				// better than a wrong one.
				continue
			}
			if willBefore(s.toks, seg, s.quoted) && bareWeekday(t.Text) && t.Interval.End.Before(a.Meta.Date) {
				// "will receive the leaders from Wednesday" read as the
				// Wednesday before: a weekday to come cannot be past.
				continue
			}
			// "two days after X": the expression dates what follows it.
			if hasSuffixFold(t.Text, " after") || hasSuffixFold(t.Text, " before") {
				if len(txs) > 1 && !arithmeticOnly(txs) {
					// "The storm has killed 12 people, a day after it
					// made landfall, officials said on Monday": the day
					// is counted from the sentence's other date, not the
					// paper's, and its value is not the landfall's
					continue
				}
				seg.From = seg.TTo
			}
			sc.trigs = triggerCandidates(sc.trigs[:0], s.toks, seg, s.quoted)
			for _, trig := range sc.trigs {
				if slices.Contains(used, trig) {
					continue
				}
				if subordinate(s.toks, seg, trig) {
					continue // "on Tuesday, two days before the storm arrived": arrived is not Tuesday
				}
				if nearerOther(segs, k, trig, s.toks) {
					continue // "rallied on Monday after X won Sunday's runoff": won is Sunday's
				}
				if hypothetical(s.toks, seg, trig) {
					break // "if talks resume next week", "leaders could meet on Friday"
				}
				m, ok := mention(a, s.ID, s.text, si, t, s.toks, s.ents, people, seg, trig, prevPerson, placeAliases)
				if ok && m.Kind == KindStatement && trig > seg.From+1 && trig < seg.TFrom && seg.TFrom-trig <= 2 && closingSpeaker(s.toks, seg, trig) {
					// "Runner Grace Wanjiru has been banned for four
					// years, Athletics Kenya said on Wednesday": a named
					// speaker too, but what it announced in the present
					// perfect is the news the day dates.
					if alt, ok2 := announcedBefore(s.toks, seg, trig); ok2 && !slices.Contains(used, alt) {
						if m2, ok3 := mention(a, s.ID, s.text, si, t, s.toks, s.ents, people, seg, alt, prevPerson, placeAliases); ok3 {
							used = append(used, alt)
							out = append(out, m2)
							break
						}
					}
				}
				if ok && m.Kind == KindStatement {
					// "Toy maker Brikko said on Thursday it was recalling
					// 40,000 rattles": a named speaker too, but the day
					// dates what was announced
					if alt, ok2 := reportedProgressive(s.toks, seg, trig); ok2 && !slices.Contains(used, alt) {
						if m2, ok3 := mention(a, s.ID, s.text, si, t, s.toks, s.ents, people, seg, alt, prevPerson, placeAliases); ok3 {
							used = append(used, alt)
							out = append(out, m2)
							break
						}
					}
				}
				if !ok && m.Kind == KindStatement {
					// "Marlowe is recalling 312,000 SUVs, the company
					// said on Tuesday": an anonymous announcement dates
					// what it announces, when that is told in the present
					// ("is recalling", "has agreed").
					alt, ok := announced(s.toks, seg, trig)
					if !ok && k > 0 && arithmeticOnly(txs[:k]) {
						// "have found two climbers alive, two days after
						// a storm trapped them, police said on Monday": an
						// aside counted from another day cuts the
						// sentence, but dates nothing the attribution
						// reports; the news is before it
						wide := seg
						wide.From = segs[0].From
						alt, ok = announced(s.toks, wide, trig)
					}
					if ok && !slices.Contains(used, alt) {
						if m2, ok2 := mention(a, s.ID, s.text, si, t, s.toks, s.ents, people, seg, alt, prevPerson, placeAliases); ok2 {
							used = append(used, alt)
							out = append(out, m2)
							break
						}
					}
				}
				if !ok {
					if near(seg, trig, 2) && !(trig >= seg.TTo && trig > 0 && s.toks[trig-1].Text == ",") {
						break // the word the expression dates names nothing we keep
					}
					continue
				}
				if t.Granularity == timex.GranYear && m.Subject == "" && prevPerson != "" && prevFresh && pronounSubject(s.toks, seg, trig) {
					// "He won the prize in 1974", "Born in Wick in 1928,
					// he worked ...": the pronoun stands for the person
					// the story last named, who is the subject
					m.Subject = prevPerson
					m.People = prepend(m.People, prevPerson)
				}
				if t.Granularity == timex.GranYear && m.Subject == "" && trig >= 2 && trig <= seg.TFrom && m.Kind != KindTalks && (lower(&s.toks[trig-1]) == "which" || lower(&s.toks[trig-1]) == "that") && s.toks[trig-2].Text == "," {
					// "The medical school, which opened in 1969, admits":
					// the noun the relative clause is of
					m.Subject = relativeHead(s.toks, span{From: 0, To: len(s.toks), TFrom: seg.TFrom, TTo: seg.TTo}, trig-2)
				}
				if t.Granularity == timex.GranYear && m.Subject == "" {
					// "He also escaped in 2008", "since it invaded Ukraine
					// in 2022": a year of the background is worth an event
					// only when the sentence says who or what ("Tolbert was
					// convicted in 2004"); a bare "Escapes" would say nothing
					break
				}
				if bareWeekday(t.Text) && t.Interval.End.Before(a.Meta.Date) && willBetween(s.toks, seg.TTo, trig, s.quoted, true) {
					// "On Tuesday, officials said, the ministers will
					// meet" read as the Tuesday gone: a weekday whose verb
					// is still to come cannot be past
					break
				}
				if !t.Interval.Start.Before(a.Meta.Date.AddDate(0, 0, 1)) && !futureCue(s.toks, span{0, len(s.toks), seg.TFrom, seg.TTo}, s.quoted) && !scheduled(s.toks, seg) &&
					!willBetween(s.toks, seg.TTo, trig, s.quoted, false) {
					// "Alcaraz says his triumph on Sunday was ...", read
					// as the coming Sunday: a date to come needs words
					// that look ahead.
					break
				}
				if pastTense(s.toks, trig) && !t.Interval.Start.Before(a.Meta.Date.AddDate(0, 0, 1)) {
					// "Roth on Thursday agreed", read as the coming
					// Thursday: a verb in the past and a date to come
					// disagree, and no date is better than a wrong one.
					break
				}
				used = append(used, trig)
				if len(m.Places) == 0 && (m.Kind == KindTalks || m.Kind == KindAgreement) {
					// "met in Cairo on Monday and agreed the terms on
					// Tuesday": the steps of one negotiation share its
					// venue.
					for p := len(out) - 1; p >= 0 && out[p].Sentence == s.ID; p-- {
						if k := out[p].Kind; (k == KindTalks || k == KindAgreement || k == KindTrip) && len(out[p].Places) > 0 {
							m.Places = append([]string(nil), out[p].Places...)
							break
						}
					}
				}
				if len(m.Places) == 0 && s.datelinePlace != "" && !unknownPlace(s.toks, s.dateline) {
					m.Places = []string{s.datelinePlace} // "BRUSSELS - EU ministers will meet on Monday"
				}
				out = append(out, m)
				break
			}
		}
		sc.used = used // keep what grew
		if si == 0 {
			// The story's own day is the one its first sentence dates a
			// happening by, not a day something was only said ("Officials
			// said on Monday the storm killed five": the storm may be
			// Sunday's).
			for p := range out {
				if m := &out[p]; m.Kind != KindStatement && m.Timex.Interval.Start.Equal(m.Timex.Interval.End) && !m.Timex.Interval.Start.IsZero() {
					leadDay = m.Timex.Interval.Start
					break
				}
			}
		}
	}
	// A strike with neither weapon nor cue in its sentence is a workers'
	// strike when its article tells of one, or of unions or pay, and of no
	// weapon ("The strike
	// in Antwerp on 18 May had closed the port" after "Dockworkers walked
	// off the job").
	bare := false // a strike with no detail, the only mention this can change
	labour := false
	for i := range out {
		if out[i].Kind == KindOther && strings.HasSuffix(out[i].Detail, "strike") {
			labour = true
		}
		if out[i].Kind == KindStrike && out[i].Detail == "" && strikeWord(strings.ToLower(out[i].Trigger)) {
			bare = true
		}
	}
	military := false
	for si := 0; bare && !military && si < len(sents); si++ {
		for k := range sents[si].toks {
			t := &sents[si].toks[k]
			if t.is(lxStrikeWeapon | lxMilitaryCue) {
				military = true
				break
			}
			if t.is(lxLabourCue) {
				labour = true // "reached an agreement with the union"
			}
		}
	}
	if bare && labour && !military {
		for i := range out {
			if out[i].Kind == KindStrike && out[i].Detail == "" && strikeWord(strings.ToLower(out[i].Trigger)) {
				out[i].Kind, out[i].Detail = KindOther, "strike"
			}
		}
	}
	// An explosion with no weapon in an article that tells of one at a
	// mine or a plant, and of no weapon or attack anywhere, is that
	// accident ("The explosion tore through a tunnel 1,050 metres below
	// ground" after "a methane blast ... at a coal mine").
	bareBlast := false
	for i := range out {
		if out[i].Kind == KindStrike && out[i].Detail == "" && explosionWord(strings.ToLower(out[i].Trigger)) {
			bareBlast = true
		}
	}
	if bareBlast {
		site, weapon := false, false
		for si := range sents {
			if armed(sents[si].toks) {
				weapon = true
				break
			}
			if _, ok := accident(sents[si].toks); ok {
				site = true
			}
		}
		if site && !weapon {
			for i := range out {
				if out[i].Kind == KindStrike && out[i].Detail == "" && explosionWord(strings.ToLower(out[i].Trigger)) {
					out[i].Kind, out[i].Detail = KindOther, "explosion"
				}
			}
		}
	}
	cyberAttacks(out, sents)
	namedStorm(out, sents)
	sc.out = out
	return append([]Mention(nil), out...)
}

// cyberAttacks makes the bare attacks of an article that tells of a
// cyberattack (ransomware, hackers, malware) and names no weapon or troops
// anywhere happenings of their own, kind other with detail "cyberattack":
// "The attack was detected early on Sunday" after "a ransomware attack
// shut down the hospital's systems" is no military strike, and is never
// merged with one.
func cyberAttacks(out []Mention, sents []sent) {
	bare := false
	for i := range out {
		if out[i].Kind == KindStrike && out[i].Detail == "" {
			bare = true
		}
	}
	if !bare {
		return
	}
	cyber := false
	for si := range sents {
		for k := range sents[si].toks {
			t := &sents[si].toks[k]
			if t.is(lxStrikeWeapon | lxMilitaryCue) {
				return
			}
			switch lower(t) {
			case "ransomware", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "hackers", "hacker", "malware", "hacked", "hacking":
				cyber = true
			}
		}
	}
	if !cyber {
		return
	}
	for i := range out {
		if out[i].Kind == KindStrike && out[i].Detail == "" {
			switch w := strings.ToLower(out[i].Trigger); w {
			case "attack", "attacks", "attacked", "hit", "cyberattack", "cyber-attack":
				if !cyberReading(out[i].Quote, w) {
					continue
				}
				out[i].Kind, out[i].Detail = KindOther, "cyberattack"
			}
		}
	}
}

// fieldIndex returns the index of the first of words that is w once the
// characters of cut are trimmed from its ends, or -1.
func fieldIndex(words []string, w, cut string) int {
	for i, x := range words {
		if strings.Trim(x, cut) == w {
			return i
		}
	}
	return -1
}

// cyberReading reports whether the bare attack w of quote, in an article
// that tells of a cyberattack, can be that attack: the noun after a
// determiner, a possessive or a word that leaves it unqualified ("The
// attack was detected", "Sunday's attack"), not after a noun that names
// another attacker or weapon ("a shark attack", "a knife attack"); the
// verb only in a sentence that names computers or hackers ("The
// hospital's systems were hit by ransomware"), not "A dog attacked a boy".
func cyberReading(quote, w string) bool {
	words := strings.Fields(strings.ToLower(quote))
	at := fieldIndex(words, w, ".,;:\"'“”()")
	if at < 0 {
		return false
	}
	switch w {
	case "attack", "attacks":
		if at == 0 {
			return true
		}
		p := strings.Trim(words[at-1], ".,;:\"'“”()")
		if strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || determinerBefore[p] || cyberWords[p] {
			return true
		}
		switch p {
		case "latest", "recent", "suspected", "apparent", "alleged", "major", "same", "weekend", "massive", "serious", "sophisticated", "criminal":
			return true
		}
		return false
	case "attacked", "hit":
		for _, x := range words {
			if cyberWords[strings.Trim(x, ".,;:\"'“”()")] {
				return true
			}
		}
		return false
	}
	return true
}

// cyberWords name a cyberattack, its doers or its targets.
var cyberWords = map[string]bool{
	"ransomware": true, "cyberattack": true, "cyber": true, "cyber-attack": true, "hackers": true, "hacker": true,
	"malware": true, "hacked": true, "hacking": true, "computers": true, "computer": true, "systems": true,
	"servers": true, "network": true, "networks": true, "website": true, "websites": true, "data": true,
}

// namedStorm gives the article's one named storm ("Typhoon Tala",
// "Hurricane Milton") to the mentions that speak of it without its name
// ("the typhoon made landfall on Saturday"), so that other articles naming
// it join them. An article naming two storms, or none, changes nothing.
func namedStorm(out []Mention, sents []sent) {
	name, kind := "", ""
	for si := range sents {
		for k := range sents[si].ents {
			e := &sents[si].ents[k]
			if e.Kind != "org" {
				continue
			}
			w, _, _ := strings.Cut(e.Name, " ")
			if k := stormWordOf(w); k != "" && strings.Contains(e.Name, " ") {
				if name != "" && name != e.Name {
					return
				}
				name, kind = e.Name, k
			}
		}
	}
	if name == "" {
		return
	}
	for i := range out {
		m := &out[i]
		if slices.Contains(m.Orgs, name) {
			continue
		}
		q := strings.ToLower(m.Quote)
		if strings.Contains(q, "the "+kind) || strings.Contains(q, "the storm") || m.Trigger == "landfall" {
			m.Orgs = append(m.Orgs, name)
		}
	}
}

// hasSuffixFold is strings.HasSuffix(strings.ToLower(s), suffix) for a
// suffix in lower-case ASCII with no 'i' or 'k': no other character
// lowers to one of its letters (only 'İ' and the Kelvin sign lower to
// ASCII, to 'i' and 'k').
func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// stormWordOf is stormWords[strings.ToLower(w)], without the copy for a
// word in ASCII (a word with any other character names no storm: none
// lowers to the ASCII of "typhoon", "tropical" and the others).
func stormWordOf(w string) string {
	if !isASCII(w) {
		return stormWords[strings.ToLower(w)]
	}
	for k, v := range stormWords {
		if len(k) == len(w) && hasSuffixFold(w, k) {
			return v
		}
	}
	return ""
}

// A sent is one sentence of the article being read, with what Extract
// finds in it.
type sent struct {
	content.Sentence
	text    string
	toks    []token
	ents    []entity
	quoted  []bool
	heading bool
	// dateline is the length of the dateline opening the sentence,
	// and datelinePlace the place it names.
	dateline      int
	datelinePlace string
}

// scratch is the memory one call of Extract works in: the tokens and
// entities of the article's sentences and its quotation marks. Calls take
// a scratch from scratchPool and put it back, so that a build
// reuses a few buffers instead of allocating (and collecting) them for
// every article. A scratch carries no state from one call to the next:
// Extract writes every element it reads. Until it is reused (or the pool
// is emptied at a garbage collection) it may keep the strings of the last
// article it read alive.
type scratch struct {
	out    []Mention
	sents  []sent
	toks   []token
	ents   []entity
	quoted []bool
	key    gazetteer.KeyBuilder
	// tagger and timexes are the default tagger's storage: its tokens and
	// the article's expressions.
	tagger    timex.Tagger
	timexes   []timex.Timex
	people    []string      // the resolved names of one sentence's people
	txs       []timex.Timex // the expressions of one sentence that date something
	segs      []span        // their parts of the sentence
	trigs     []int         // the trigger candidates of one part
	used      []int         // the triggers a sentence's mentions took
	skel      []byte        // the skeleton of a name being compared
	surnames  []string      // the skeletons of the article's surnames
	fullNames []string      // the article's people named in full
	ends      []int         // where each ends in skel, while they are made
	low       []byte        // the article's text, lowered in place
}

// scratchPool holds scratch buffers between calls of Extract; it is a
// cache of memory only (see scratch).
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sentences returns n sents, to be overwritten.
func (sc *scratch) sentences(n int) []sent {
	if cap(sc.sents) < n {
		sc.sents = make([]sent, n)
	}
	return sc.sents[:n]
}

// release puts sc back in the pool.
func (sc *scratch) release() {
	sc.key.Reset()
	scratchPool.Put(sc)
}

// mention builds the mention of the happening named by the trigger at trig
// and dated by t; ok is false when it names none (a statement with nobody
// named saying it).
func mention(a *content.Article, id, text string, si int, t *timex.Timex, toks []token, ents []entity, people []string, seg span, trig int, prevPerson string, placeAliases aliases) (Mention, bool) {
	m := Mention{
		Article:    a.Slug,
		Sentence:   id,
		Quote:      text,
		Expression: t.Text,
		Timex:      *t,
		Trigger:    toks[trig].Text,
		Kind:       triggerKind(toks, trig),
		Index:      si,
	}
	fillEntities(&m, toks, ents, people, seg, trig, placeAliases)
	if m.Kind == KindStatement && trig < seg.TFrom {
		// "said on Monday", "told CNN on Tuesday": a statement is dated by
		// an expression right after it, not one inside what was said
		// ("said inflation had eased in May").
		if units(toks, trig, seg.TFrom) > 5 {
			return m, false
		}
		for i := trig + 1; i < seg.TFrom; i++ {
			if toks[i].is(lxAuxiliary) {
				return m, false
			}
		}
	}
	if m.Kind == KindStatement && trig >= seg.TTo && trig >= len(toks)-6 {
		// "The closures will begin on April 7, the FAA said.": an
		// attribution after the clause it reports; the date is the
		// clause's, not the saying's.
		for i := seg.TTo; i < trig; i++ {
			if toks[i].Text == "," {
				return m, false
			}
		}
	}
	if m.Kind == KindStatement {
		// "... this week, with Mr. Zelensky saying ...": a speaker between
		// an earlier expression and the verb opens a clause that the
		// expression does not date.
		if seg.TTo <= trig && seg.TFrom > 1 {
			for k := range ents {
				e := &ents[k]
				if e.Kind == "person" && people[k] != "" && e.First >= seg.TTo && e.Last < trig {
					return m, false
				}
			}
		}
		speaker, ok := findSpeaker(toks, ents, people, seg, trig, prevPerson)
		if !ok {
			from := 0
			if n := dateline(text); n > 0 {
				for from < trig && toks[from].Start < n {
					from++ // "LEEDS (Reuters) - Police said on Monday": the sentence opens past its dateline
				}
			}
			if sp := plainSpeaker(toks, seg, from, trig); sp != "" {
				// "Police said on Tuesday that ...": a speaker named by
				// its office opening the sentence; no person to share
				m.Subject = sp
				if toks[trig-1].Cap && !plainSpeakers[lower(&toks[trig-1])] {
					// "Alstom said": a body's name, the speaker as
					// findSpeaker gives one (statements of one speaker
					// on one day merge)
					m.Orgs = prepend(m.Orgs, sp)
					m.People = prepend(m.People, sp)
				}
				return m, true
			}
			return m, false // nobody named said it
		}
		m.People = prepend(m.People, speaker)
		m.Subject = speaker
	} else if startsWithPronoun(toks, seg, trig) && prevPerson != "" && !personBefore(ents, people, trig) {
		m.People = prepend(m.People, prevPerson)
	}
	if m.Subject == "" {
		m.Subject = subject(toks, ents, people, seg, trig)
	}
	if m.Subject == "" && m.Kind == KindOther {
		m.Subject = nounSubject(toks, seg, trig)
		switch strings.ToLower(m.Subject) {
		case "night", "morning", "afternoon", "evening":
			m.Subject = "" // "arrested on Wednesday night appeared": the date's word, no subject
		}
		if m.Subject != "" && strings.Trim(m.Subject, "0123456789") == "" {
			m.Subject = "" // "The company that was founded in 1990 collapsed": a year is no subject
		}
	}
	if m.Kind == KindOther || m.Kind == KindAgreement || m.Kind == KindStatement && toks[trig].is(lxPresent) {
		m.Object = object(toks, trig, seg)
	}
	if m.Kind == KindOther && !toks[trig].is(lxPresent) {
		// "won Sunday's presidential runoff": the verb governing the noun
		// names the happening for a headline, the noun is its object.
		for v := trig - 1; v >= seg.From && v >= trig-5; v-- {
			t := &toks[v]
			if !t.Word || t.is(lxAuxiliary) || timeWordBetween(toks, v, v+2) {
				// "The man arrested on Wednesday was released on
				// Friday": "was released" is a verb of its own, no noun
				// a verb before it governs
				break
			}
			if t.is(lxPresent) && t.kind() == KindOther && phraseTrigger(toks, v) { // not "stole a march on his rivals"
				var words []string
				for i := v + 1; i <= trig; i++ {
					if i >= seg.TFrom && i < seg.TTo || toks[i].Poss || lower(&toks[i]) == "the" || lower(&toks[i]) == "a" {
						continue
					}
					words = append(words, toks[i].Text)
				}
				m.Trigger, m.Object = t.Text, strings.Join(words, " ")
				if m.Subject == "" {
					m.Subject = subject(toks, ents, people, seg, v)
				}
				break
			}
		}
	}
	if low := lower(&toks[trig]); low == "appear" || low == "appeared" {
		m.Object = "" // "will appear before an investigating judge": the headline says "appears in court"
	}
	if name := sharesName(toks, trig); name != "" {
		m.Subject, m.Object = name+" shares", "" // "Shares in Kelvio fell 6%": "Kelvio shares fall"
	}
	if low := lower(&toks[trig]); low == "alive" || low == "pulled" || low == "plucked" || low == "found" && foundAliveOrDead(toks, trig) == "alive" || low == "reached" || low == "reach" {
		m.Trigger = "rescued" // "pulled two men out alive", "found two climbers alive": a rescue, as headlines say
		for _, w := range []string{" alive", " safe", " unharmed"} {
			m.Object = strings.TrimSuffix(m.Object, w) // "Two climbers rescued", not "Two climbers alive rescued"
		}
		switch m.Object {
		case "alive", "safe", "unharmed":
			m.Object = "" // "The missing boy was found safe": "Missing boy rescued", not "Safe rescued"
		}
	}
	m.Detail = detail(toks, m.Kind)
	if m.Kind == KindStrike && m.Detail == "" {
		if w, ok := accident(toks); ok {
			// "The methane blast hit a shaft of the mine": an accident,
			// told by its explosion, never merged with an attack
			m.Kind, m.Detail = KindOther, "explosion"
			if lower(&toks[trig]) != w {
				m.Trigger = w
			}
			return m, true
		}
	}
	if m.Kind == KindStrike && m.Detail == "" {
		if w, ok := collision(toks); ok {
			// "A passenger train slammed into a freight train late
			// Tuesday, killing six people": a crash, not an attack.
			m.Kind, m.Detail, m.Trigger = KindOther, "collision", w
			return m, true
		}
	}
	if m.Kind == KindStrike && m.Detail == "" && grounding(toks, trig) {
		// "The cargo ship struck a rock off the coast": it ran aground,
		// no attack.
		m.Kind, m.Trigger = KindOther, "aground"
		return m, true
	}
	if m.Kind == KindStrike {
		if d, ok := labourStrike(toks, trig); ok {
			// "dockworkers walked off the job in a 48-hour strike": a
			// workers' strike, never merged with an attack.
			m.Kind, m.Detail = KindOther, d
			return m, true
		}
	}
	if d := disasterAt(toks, trig); d != "" && m.Kind == KindOther {
		m.Detail = d // "the quake struck at dawn"
	} else if lower(&toks[trig]) == "landfall" {
		for k := range toks {
			if d := disasterAt(toks, k); d != "" {
				m.Detail = d // "the hurricane made landfall"
				break
			}
		}
	}
	if m.Kind == KindStrike && m.Detail == "" {
		// "Floods swept the region, killing 12": a disaster, not a strike.
		for k := range toks {
			if d := disasterAt(toks, k); d != "" {
				m.Kind, m.Detail = KindOther, d
				break
			}
		}
	}
	return m, true
}

func prepend(list []string, s string) []string {
	out := []string{s}
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// findSpeaker finds who made a statement: the nearest person, organisation
// or personal pronoun before the trigger, not across "which" or "that", or
// for a participle ("..., saying") the subject of the sentence.
func findSpeaker(toks []token, ents []entity, people []string, seg span, trig int, prevPerson string) (string, bool) {
	entAt := map[int]int{}
	for k := range ents {
		e := &ents[k]
		if e.Kind == "person" && people[k] == "" {
			continue
		}
		if e.Kind == "place" && (e.Place.Kind != gazetteer.Venue || e.Locative) {
			continue
		}
		for i := e.First; i <= e.Last; i++ {
			entAt[i] = k
		}
	}
	name := func(k int) string {
		if ents[k].Kind == "person" {
			return people[k]
		}
		return ents[k].Name
	}
	org := -1       // an organisation found on the way, if no person is
	adj := trig - 1 // the word before the verb and its auxiliaries: "Jetwise had warned"
	for adj > seg.From && toks[adj].is(lxAuxiliary) {
		adj--
	}
	for i := trig - 1; i >= seg.From; i-- {
		if k, ok := entAt[i]; ok {
			if ents[k].Kind == "person" {
				return name(k), true
			}
			if org < 0 {
				org = k
				if ents[k].Last == adj && ents[k].First > seg.From && toks[ents[k].First-1].Text == "," {
					// "..., Athletics Kenya said on Wednesday": the body
					// right before the verb of a closing attribution
					// speaks, not a person in what it reported.
					return name(k), true
				}
			}
			i = ents[k].First
			continue
		}
		low := lower(&toks[i])
		if i > adj {
			continue // an auxiliary
		}
		if i == adj && toks[i].Word && !toks[i].Cap && !pronouns[low] && !strings.HasSuffix(low, "ly") {
			return "", false // "officials said", "a spokesman said": nobody named
		}
		if pronouns[low] {
			for k := range ents {
				e := &ents[k]
				if e.Kind == "person" && people[k] != "" && e.Last < i && !e.Possessive {
					return people[k], true // the sentence's subject
				}
			}
			return prevPerson, prevPerson != ""
		}
		if low == "which" || low == "that" || low == "they" || low == "we" || low == "it" {
			break
		}
	}
	if org >= 0 {
		return name(org), true
	}
	// "..., he said": a quotation before its attribution.
	for i := trig + 1; i < seg.To && i <= trig+3; i++ {
		if k, ok := entAt[i]; ok {
			return name(k), true
		}
		if toks[i].is(lxPronoun) {
			return prevPerson, prevPerson != ""
		}
	}
	return "", false
}

// plainSpeakers are the nouns by which news names who spoke without a name:
// an office or a body, not a person.
var plainSpeakers = map[string]bool{
	"police": true, "officials": true, "prosecutors": true, "investigators": true, "authorities": true,
	"scientists": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "ministry": true,
	"government": true, "company": true, "union": true, "organisers": true, "organizers": true,
	"rescuers": true, "doctors": true, "regulators": true, "army": true, "military": true, "lawyers": true,
	"office": true, "lawyer": true, "prosecutor": true,
}

// plainSpeaker returns the speaker of a statement told by who it is, not by
// name, when that speaker opens its sentence and the verb is followed by
// its day ("Police said on Tuesday that prosecutors had opened an
// investigation", "A police spokesman said on Monday", "Alstom said on
// Thursday that ..." with a name the gazetteer and the name lists lack;
// not a capitalised plural, "Critics said", nor a pluperfect, "Officials
// had said on Friday", background):
// the statement is the sentence's news. A closing attribution ("The ship
// ran aground on Monday, the coast guard said on Tuesday", "..., officials
// said") dates the saying, not the happening the sentence is about, and
// stays out; so does a speaker inside a clause ("the report, which
// officials said on Monday ..."), a word that names nobody ("Everybody
// said", "Several said") and a statement that says nothing new (see
// nothingSaid: "he could not comment", "they were still looking").
func plainSpeaker(toks []token, seg span, from, trig int) string {
	if trig >= seg.TFrom || trig <= from || trig > from+6 {
		return ""
	}
	adj := trig - 1 // no auxiliary: "Officials had said on Friday" is background, no news of Friday
	for k := from; k < adj; k++ {
		// "The federal prosecutor's office": an article, then nouns and
		// adjectives; no verb, no clause, no name
		t := &toks[k]
		if !t.Word || t.Text == "," || k > from && t.Cap || t.is(lxTrigger|lxAuxiliary|lxPronoun|lxPreposition) {
			return ""
		}
		switch lower(t) {
		case "who", "which", "that", "and", "or", "but":
			return ""
		}
	}
	w := &toks[adj]
	if !w.Word || w.is(lxPronoun) || nothingSaid(toks, seg.TTo) {
		return ""
	}
	low := lower(w)
	if plainSpeakers[low] {
		// the phrase without its article: "Federal prosecutor's office",
		// "Police spokesman"
		start := from
		if adj > from {
			switch lower(&toks[from]) {
			case "a", "an", "the", "his", "her", "their", "its":
				start = from + 1 // "His lawyers": "Lawyers statement"
			}
		}
		var b strings.Builder
		for k := start; k <= adj; k++ {
			if k > start && toks[k].Start > toks[k-1].end() {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].Text)
		}
		p := b.String()
		return strings.ToUpper(p[:1]) + p[1:]
	}
	if adj == from && w.Cap && !calendarWord(w.Text) && !w.is(lxNotName) {
		switch low {
		case "it", "they", "he", "she", "we", "this", "that", "there", "some", "many", "others", "everyone", "nobody",
			"someone", "somebody", "one", "each", "all", "both", "none", "everybody", "anybody", "anyone", "either",
			"neither", "several", "few", "another", "such", "any", "most", "more", "much", "little":
			return ""
		}
		if strings.HasSuffix(low, "s") {
			return "" // "Critics said", "Residents said": a plural common noun, capitalised as the first word
		}
		return w.Text // "Alstom said on Thursday": a one-word name
	}
	return ""
}

// nothingSaid reports whether what a statement says, from token k past its
// day, tells no news of that day: a refusal to say ("he could not
// comment", "they had no comment", "could not confirm the report") or a
// state still lasting ("they were still looking for the suspect").
func nothingSaid(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if !toks[j].Word {
			return false
		}
		switch lower(&toks[j]) {
		case "still":
			return true
		case "not", "n't", "no":
			for m := j + 1; m < len(toks) && m <= j+2; m++ {
				switch lower(&toks[m]) {
				case "comment", "confirm", "say", "disclose", "elaborate", "details", "information", "identify", "name":
					return true
				}
			}
		}
	}
	return false
}

// datesHappening reports whether an expression can date an event: a date
// or time with definite days, precise to the day, week or month, and not
// merely bounding one ("before 2022").
func datesHappening(t timex.Timex) bool {
	if t.Type != timex.Date && t.Type != timex.Time && t.Type != timex.Duration {
		return false
	}
	// a duration has days only when counted from the narrative's day
	// ("two days later"): its interval is the day it points to
	if t.Interval.IsZero() || strings.HasSuffix(t.Value, "_REF") {
		return false
	}
	if isDigits(strings.TrimSpace(t.Text)) && len(strings.TrimSpace(t.Text)) <= 2 {
		return false // "29" of "July 28-29": the end of a range, not a date of its own
	}
	switch t.Granularity {
	case timex.GranTime, timex.GranDay, timex.GranWeek, timex.GranMonth, timex.GranSeason, timex.GranQuarter:
		// A season or a half year ("in the spring", "in the second half
		// of 2027") still dates a happening, if loosely; a bare year does
		// not: too often it names a model, a term or a comparison.
	default:
		return false
	}
	if t.Granularity == timex.GranQuarter && !hasYear(t.Text) {
		// "third-quarter profit", "the quarter": in business news these
		// qualify figures and are often read into the wrong year.
		return false
	}
	if t.Granularity == timex.GranTime && !deictic(t.Text) {
		// "shortly before midnight", "at 04:17 local time": a clock time
		// with no day of its own counts from the story's narrative, not
		// from the day of publication.
		return false
	}
	switch t.Mod {
	case "", "APPROX", "START", "MID", "END":
		return true
	}
	return false
}

// pastYearIn reports whether t is a bare year before the year of pub,
// written after "in" ("was convicted in 2004", "In 2011, a spill ..."):
// such a year dates the happening its clause tells, if loosely. Other bare
// years ("the 2004 model", "since 2004", "compared with 2012") date none,
// and so do years to come ("will be finished in 2030"), plans rather than
// happenings. before is the sentence's text before t.
func pastYearIn(t timex.Timex, before string, pub time.Time) bool {
	if t.Type != timex.Date || t.Granularity != timex.GranYear || t.Mod != "" || len(t.Text) != 4 || !isDigits(t.Text) {
		return false
	}
	if t.Interval.IsZero() || t.Interval.End.Year() >= pub.Year() {
		return false
	}
	before = strings.TrimRight(before, " ")
	return hasSuffixFold(before, " in") || strings.EqualFold(before, "in")
}

// closingSpeaker reports whether the statement verb toks[trig] closes its
// sentence's clause as an attribution: a comma then a few capitalised
// words (the speaker) right before it ("..., Athletics Kenya said").
func closingSpeaker(toks []token, seg span, trig int) bool {
	for i := trig - 1; i > seg.From && i >= trig-5; i-- {
		if toks[i].Text == "," {
			return i < trig-1
		}
		if !toks[i].Word || !toks[i].Cap {
			return false
		}
	}
	return false
}

// announcedBefore is announced's first case alone: a happening told in the
// present or present perfect before the attribution ("has been banned",
// "is recalling").
func announcedBefore(toks []token, seg span, trig int) (int, bool) {
	return presentHappening(toks, seg, trig, false)
}

// presentHappening finds, before the statement verb at trig, the first
// trigger of another kind told in the present progressive or present
// perfect ("is recalling", "has been banned"); with starts, also the noun
// after the present perfect of a verb of starting or holding ("have begun
// talks to sell its fleet").
func presentHappening(toks []token, seg span, trig int, starts bool) (int, bool) {
	for i := seg.From + 1; i < trig; i++ {
		k := toks[i].kind()
		if k == "" || k == KindStatement || !toks[i].Word {
			continue
		}
		if !phraseTrigger(toks, i) {
			continue // "Police have found the two men, the sheriff said": 'found' names a happening only of a body
		}
		if low := lower(&toks[i]); low == "died" || low == "dies" {
			continue // "has died aged 84, his publisher said Tuesday": a death is told after it, the day is the telling's
		}
		if presentBefore(toks, seg, i, trig) {
			return i, true // "is recalling", "has been banned for four years, the federation said"
		}
		// "have begun talks to sell its fleet, they said on Thursday":
		// the present perfect of a verb of starting or holding before
		// the noun that names the happening
		if starts && i > seg.From+1 && toks[i-1].Word {
			switch lower(&toks[i-2]) {
			case "has", "have":
				switch lower(&toks[i-1]) {
				case "begun", "started", "opened", "held", "launched", "entered":
					return i, true
				}
			}
		}
	}
	return 0, false
}

// presentBefore reports whether the trigger at i is told in the present
// progressive or present perfect, active or passive: after "is", "are",
// "has", "have", or "has been" ("has been banned for four years"). A
// present perfect told as experience or a lasting state in the clause
// before the statement verb at trig is none (see experiential).
func presentBefore(toks []token, seg span, i, trig int) bool {
	switch lower(&toks[i-1]) {
	case "is", "are":
		return true
	case "has", "have":
		return !experiential(toks, seg.From, trig)
	case "been":
		if i-2 > seg.From && !experiential(toks, seg.From, trig) {
			switch lower(&toks[i-2]) {
			case "has", "have":
				return true
			}
		}
	}
	return false
}

// experiential reports whether the clause from..to tells its present
// perfect as experience or as a state that lasts ("has escaped twice
// before", "has been closed since 2012", "has never been banned"): then
// the perfect reports no news of the day its attribution gives.
func experiential(toks []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		switch lower(&toks[k]) {
		case "before", "twice", "times", "ever", "never", "since", "previously", "repeatedly", "often", "long", "past":
			return true
		}
	}
	return false
}

// onNarrativeDay reports whether t is a clock time with no day of its own
// ("Polls closed at 8 p.m.") that the tagger put on the day the story last
// named ("went to the polls on Sunday"). Extract takes it only when that
// day is also the day of publication or the day its first sentence named
// (the story's own day): a story that moved to another day ("Campaigning
// ended on Friday. Turnout at 4 p.m. was 42%") leaves a bare clock time
// ambiguous.
func onNarrativeDay(t timex.Timex, day time.Time) bool {
	if t.Type != timex.Time || t.Granularity != timex.GranTime || day.IsZero() || len(t.Value) < 10 {
		return false
	}
	if t.Mod != "" && t.Mod != "APPROX" {
		return false
	}
	return t.Value[:10] == day.Format("2006-01-02")
}

// besideToday returns the interval of t, an expression of "earlier" or
// "later" in a unit that holds the day of publication ("earlier this
// month", "later this week"), without that day: what happened earlier this
// month, in a paper of the 16th, happened by the 15th (the day itself
// would be "today" or its weekday). The tagger's interval runs to the
// reference day itself.
func besideToday(t timex.Timex, pub time.Time) timex.Interval {
	iv := t.Interval
	if pub.IsZero() || !iv.Start.Before(iv.End) || len(t.Text) < 8 {
		return iv
	}
	day := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, iv.End.Location())
	switch {
	case strings.EqualFold(t.Text[:7], "earlier") && iv.End.Equal(day):
		iv.End = day.AddDate(0, 0, -1)
	case strings.EqualFold(t.Text[:5], "later") && iv.Start.Equal(day):
		iv.Start = day.AddDate(0, 0, 1)
	}
	return iv
}

// smallHours reports whether the clock time t is between midnight and 6
// a.m.: after a day gone by, such an hour may be the next day's ("voted on
// Sunday ... the count finished at 2 a.m.").
func smallHours(t timex.Timex) bool {
	return len(t.Value) >= 13 && t.Value[10] == 'T' && t.Value[11:13] < "06" && t.Value[11] >= '0' && t.Value[11] <= '9'
}

// sameDay reports whether a and b fall on one calendar day.
func sameDay(a, b time.Time) bool {
	y1, m1, d1 := a.Date()
	y2, m2, d2 := b.Date()
	return y1 == y2 && m1 == m2 && d1 == d2
}

// hasYear reports whether text writes a year in digits.
func hasYear(text string) bool {
	n := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// willBetween reports whether "will" or "shall" stands between the end of
// an expression and the trigger after it, in the trigger's clause: "On
// Tuesday the king will visit Toronto" looks ahead as "The king will
// visit Toronto on Tuesday" does. With commas, past an aside ("On
// Tuesday, officials said, the ministers will meet").
func willBetween(toks []token, from, trig int, quoted []bool, commas bool) bool {
	for i := from; i < trig; i++ {
		if toks[i].Text == "," && i > from && !commas || toks[i].Text == ";" {
			return false // another clause's modal
		}
		if low := lower(&toks[i]); (low == "will" || low == "shall") && !quoted[toks[i].Start] {
			return true
		}
	}
	return false
}

// willBefore reports whether "will" or "shall" stands before the expression
// in its part of the sentence, outside quotations: the sentence tells of
// something to come.
func willBefore(toks []token, seg span, quoted []bool) bool {
	for i := seg.From; i < seg.TFrom; i++ {
		if low := lower(&toks[i]); (low == "will" || low == "shall") && !quoted[toks[i].Start] {
			return true
		}
	}
	return false
}

// bareWeekday reports whether a time expression names a weekday without a
// date, a month or a word that points back ("last Friday").
func bareWeekday(text string) bool {
	day := false
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			day = true
		case "last", "past", "previous", "ago", "earlier":
			return false
		}
	}
	return day && !strings.ContainsAny(text, "0123456789")
}

// deictic reports whether a time expression names its day: a weekday,
// "today", "tonight", "yesterday", "overnight", "last night", "this
// morning" and the like.
func deictic(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch {
		case w == "midday":
		case strings.HasSuffix(w, "day"), w == "night", w == "tonight", w == "overnight", w == "this", w == "last", w == "next":
			return true
		}
	}
	return false
}

// quotedBytes marks the bytes of s that lie inside quotation marks, in a
// slice of len(s)+1 that reuses buf's memory. A quotation never runs past
// a blank line (the end of a block).
func quotedBytes(buf []bool, s string) []bool {
	if cap(buf) < len(s)+1 {
		buf = make([]bool, len(s)+1)
	}
	q := buf[:len(s)+1]
	clear(q)
	in := false
	marks := newQuoteScan(s)
	for i := 0; i < len(s); {
		// The bytes up to the next line break or quotation mark are
		// inside or outside as the last mark left them.
		j := marks.next(i)
		if in {
			for qs := q[i:j]; len(qs) > 0; {
				qs = qs[copy(qs, allTrue[:]):]
			}
		}
		if j == len(s) {
			break
		}
		i = j
		switch s[i] {
		case '\n':
			if strings.HasPrefix(s[i+1:], "\n") {
				in = false
			}
			q[i] = in
			i++
		case '"':
			in = !in
			q[i] = true
			i++
		default: // 0xE2, the first byte of '“' and '”' (and of other characters)
			r, size := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '“':
				in = true
			case '”':
				in = false
				q[i] = true
				i += size
				continue
			}
			if in {
				for k := 0; k < size; k++ {
					q[i+k] = true
				}
			}
			i += size
		}
	}
	return q
}

// allTrue is copied over the bytes quotedBytes marks, many at a time.
var allTrue = func() (t [64]bool) {
	for i := range t {
		t[i] = true
	}
	return t
}()

// A quoteScan finds the bytes quotedBytes stops at (quoteMarkBytes: a
// line break, '"', and the first byte of '“' and '”') in a text, from left to
// right: it keeps the next line break, '"' and 0xE2 it found (each by
// strings.IndexByte, which reads many bytes at a time), and looks for one
// again only once the scan has passed it.
type quoteScan struct {
	s   string
	pos [3]int // the next of each of quoteMarkBytes, len(s) for none, -1 before the first search
}

// quoteMarkBytes are the bytes a quoteScan finds.
var quoteMarkBytes = [3]byte{'\n', '"', 0xE2}

func newQuoteScan(s string) quoteScan { return quoteScan{s: s, pos: [3]int{-1, -1, -1}} }

// next returns the index of the first byte of the text from i on that is
// one of quoteMarkBytes, or the text's length. i must not decrease from one call to
// the next.
func (q *quoteScan) next(i int) int {
	j := len(q.s)
	for k, c := range quoteMarkBytes {
		if q.pos[k] < i {
			q.pos[k] = len(q.s)
			if n := strings.IndexByte(q.s[i:], c); n >= 0 {
				q.pos[k] = i + n
			}
		}
		j = min(j, q.pos[k])
	}
	return j
}

// span is a range of token indexes [From, To) and the tokens of its
// expression [TFrom, TTo).
type span struct{ From, To, TFrom, TTo int }

// segments gives each expression the part of the sentence it dates. With
// one expression that is the whole sentence; with several, the sentence is
// cut at the clause break between two expressions that leaves a trigger on
// each side (so "X met Y on Monday, and Z will visit W on Tuesday" gives two
// parts); expressions with no such break share their part.
func segments(dst []span, toks []token, text string, txs []timex.Timex, base int, quoted []bool) []span {
	if cap(dst) < len(txs) {
		dst = make([]span, len(txs))
	}
	segs := dst[:len(txs)] // every element is set below
	for k := range txs {
		t := &txs[k] // not copied: an expression is large
		from, to := -1, -1
		for i := range toks {
			if tk := &toks[i]; tk.end() > t.Start-base && tk.Start < t.End-base {
				if from < 0 {
					from = i
				}
				to = i + 1
			}
		}
		if from < 0 {
			from, to = 0, 0
		}
		segs[k] = span{0, len(toks), from, to}
	}
	for k := 0; k+1 < len(segs); k++ {
		a, b := &segs[k], &segs[k+1]
		best, bestDist := -1, 1<<30
		mid := (a.TTo + b.TFrom) / 2
		for i := a.TTo; i < b.TFrom; i++ {
			if !toks[i].is(lxClauseBreak) && toks[i].Text != "," {
				continue
			}
			if hasTrigger(toks, a.From, i, quoted) && hasTrigger(toks, i+1, b.To, quoted) {
				d := i - mid
				if d < 0 {
					d = -d
				}
				if d < bestDist {
					best, bestDist = i, d
				}
			}
		}
		if best >= 0 {
			a.To = best
			b.From = best + 1
		}
	}
	return segs
}

// hasTrigger reports whether toks[from:to] hold a trigger word outside
// quotation marks (quoted may be nil).
func hasTrigger(toks []token, from, to int, quoted []bool) bool {
	for i := from; i < to; i++ {
		if toks[i].Word && toks[i].kind() != "" && (quoted == nil || !quoted[toks[i].Start]) {
			return true
		}
	}
	return false
}

// triggerCandidates lists the trigger words of a part of a sentence, best
// first: nearest the expression, a word before it (a verb and its
// adverbial) ahead of one after it, a concrete happening ahead of a
// statement at similar distance.
func triggerCandidates(dst []int, toks []token, seg span, quoted []bool) []int {
	type cand struct{ i, score int }
	var buf [8]cand          // a part of a sentence holds a few
	var pastKnown, past bool // pastTriggerBefore of the expression, asked once
	cs := buf[:0]
	for i := seg.From; i < seg.To; i++ {
		if i >= seg.TFrom && i < seg.TTo {
			continue
		}
		t := &toks[i]
		if !t.Word || t.Cap && i > 0 || quoted[t.Start] {
			continue
		}
		kind := t.kind()
		if kind == "" {
			continue
		}
		if lower(t) == "walked" && (i+1 >= len(toks) || lower(&toks[i+1]) != "out" && lower(&toks[i+1]) != "off") {
			continue // "walked out", "walked off the job" strike; "walked into a room" is no happening
		}
		if low := lower(t); (low == "election" || low == "elections" || low == "vote" || low == "referendum") && calledBefore(toks, i) &&
			!(seg.TFrom > 0 && lower(&toks[seg.TFrom-1]) == "for") {
			continue // "called the snap vote in July": the call is July's; "called an election for Jan. 17" dates the election
		}
		if lower(t) == "polls" && (i < 2 || lower(&toks[i-1]) != "the" || lower(&toks[i-2]) != "to") {
			continue // "voters went to the polls" is an election; "polls show" is not
		}
		if lower(t) == "received" && i+1 < len(toks) && (quantity(&toks[i+1]) || toks[i+1].is(lxCountWord)) {
			continue // "had received 47 reports": no one was received
		}
		if low := lower(t); (low == "open" || low == "close" || low == "start" || low == "begin") && (i == 0 || !modalBefore[lower(&toks[i-1])] || hasTrigger(toks, seg.From, i, quoted)) {
			continue // "the museum will open on Friday"; "an open letter", "a close ally", "talks will open" (the talks are the happening) are none
		}
		if low := lower(t); (low == "resume" || low == "resumes") && i > 0 && (toks[i-1].Poss || determinerBefore[lower(&toks[i-1])]) {
			continue // "her resume was posted online", "the director's resume": a CV, no happening
		}
		if lower(t) == "escaped" && (i+1 < len(toks) && escapedNot[lower(&toks[i+1])] || i > 0 && (lower(&toks[i-1]) == "narrowly" || lower(&toks[i-1]) == "barely") || survivedWith(toks, i)) {
			continue // "escaped with minor injuries", "escaped unhurt", "narrowly escaped death": survived, no escape
		}
		if low := lower(t); (low == "hosts" || low == "host") && i > 0 && (toks[i-1].Poss || determinerBefore[lower(&toks[i-1])]) {
			continue // "The hosts were relegated", "their host nation": a noun, the team or country; "Paris hosts the summit" is the verb
		}
		if low := lower(t); (low == "strike" || low == "strikes") && i >= 2 && lower(&toks[i-1]) == "to" && resolveVerbs[lower(&toks[i-2])] {
			continue // "Lawmakers voted to strike the clause", "Nurses voted to strike": what was resolved, no strike of the day
		}
		if kind == KindStatement && i < seg.TFrom && thatBefore(toks, i, seg.TFrom) {
			continue // "Officials said that on Sunday the dam burst": Sunday is what was said, not the saying
		}
		if low := lower(t); (low == "injured" || low == "wounded") && i > 0 && lower(&toks[i-1]) == "the" && (i+1 >= len(toks) || !toks[i+1].Word || toks[i+1].is(lxAuxiliary)) {
			continue // "The injured were taken to hospital on Sunday": people, no injury of the day
		}
		if proposedFor(toks, i) {
			continue // "abandoned its plan for a referendum on Friday": the referendum never took place; the abandonment did
		}
		if lower(t) == "questioned" && i+1 < len(toks) && questionedClause[lower(&toks[i+1])] {
			continue // "questioned why police had waited": a doubt voiced, no one questioned
		}
		if lower(t) == "aground" && meetingBefore(toks, seg.From, i) {
			continue // "Talks ran aground over pay": a figure; the talks name the happening
		}
		if low := lower(t); (low == "hit" || low == "hits") && hitFigure(toks, i) {
			continue // "shares hit a record high", "protesters hit the streets", "hit out at": no blow struck
		}
		if lower(t) == "gave" && (i+1 >= len(toks) || lower(&toks[i+1]) != "way") {
			continue // "a dike gave way"; "gave a speech" is told by its noun
		}
		if lower(t) == "march" && i >= 2 && lower(&toks[i-1]) == "a" {
			switch lower(&toks[i-2]) {
			case "stole", "steal", "steals", "stealing", "stolen":
				continue // "stole a march on his rivals": an idiom, no march
			}
		}
		if findingComplement(toks, i) {
			continue // "The drug was found on Friday to cut deaths by a third": what was found, not a cut of Friday
		}
		if lower(t) == "summit" && mountainTop(toks, i) {
			continue // "stranded near the summit of Piz Bernina": a peak, no meeting
		}
		if !phraseTrigger(toks, i) {
			continue // "broke out", "under control", "went bust", "charged with", a body "found": the phrase names the happening, the word alone does not
		}
		if lower(t) == "office" && (i == 0 || !takeForms[lower(&toks[i-1])]) {
			continue // "takes office" is a happening; "the mayor's office" is not
		}
		if lower(t) == "round" && i >= 3 && lower(&toks[i-2]) == "the" && lower(&toks[i-3]) == "in" && triggerBefore(toks, i-3, 6) {
			continue // "The bout was called off in the third round": the round is when, the verb before it the happening
		}
		if lower(t) == "round" && (i == 0 || !roundOrdinals[lower(&toks[i-1])] || i+1 < len(toks) && lower(&toks[i+1]) == "of" || talksNear(toks, seg)) {
			continue // "the first round" of a vote; "a round of talks" is talks
		}
		if low := lower(t); (low == "ended" || low == "ending") && i > 0 && periodNouns[lower(&toks[i-1])] {
			continue // "the quarter ended Sept. 30": a reporting period, not a happening
		}
		if low := lower(t); (low == "close" || low == "dropped") && i+1 < len(toks) && (quantity(&toks[i+1]) || marketMoves[lower(&toks[i+1])]) {
			continue // "rose 50 cents to close at $20", "the index dropped 3.8%": a market's figures
		}
		if t.is(lxPhaseVerb) && (meetingBefore(toks, seg.From, i) || meetingBefore(toks, i+1, min(i+5, seg.To))) {
			continue // "the talks in Oslo earlier this week ended": the talks are the happening
		}
		if cause(toks, i) {
			continue // "cancelled trains on Monday because of the walkout": the walkout is not what Monday dates
		}
		if i < seg.TFrom && seg.TTo > seg.TFrom && toks[seg.TTo-1].Poss && timeWordBetween(toks, i, seg.TFrom) {
			continue // "sacked the manager after Saturday's defeat": a possessive date is its noun's, no verb's before "after"
		}
		if foundHappening(toks, i) {
			continue // "Staff discovered the attack at 4 a.m. on Sunday", "The attack, discovered on Sunday,": the happening's noun names it
		}
		if lastingState(toks, i) {
			continue // "will stay closed on Tuesday", "after being closed on Monday": a state, no closure of the day
		}
		if backReference(toks, seg, i) {
			continue // "paid on Wednesday for the first time since the attack", "a review of the attack will be presented on April 15": the attack is not that day's
		}
		if culprit(toks, i) {
			continue // "hackers behind the attack published data on Friday", "claimed responsibility for the attack on Tuesday": the attack is not Friday's
		}
		if i >= seg.TTo && participleBefore(toks, seg.TFrom) {
			continue // "the warrant issued Monday charged him ... wounded": issued is Monday's
		}
		if i == seg.TTo && finitePast(t) && relativeDate(toks, seg) {
			continue // "The man who was shot on Sunday died on Friday": Sunday is the relative clause's
		}
		if i >= seg.TTo && asideDate(toks, seg) {
			continue // "The bout, scheduled for Saturday, was called off on Friday": Saturday is the aside's
		}
		if i < seg.TFrom && relativeBetween(toks, i, seg.TFrom) {
			continue // "found two climbers alive, who were trapped on Saturday": Saturday is the relative clause's
		}
		if i >= seg.TTo && pastBefore(&pastKnown, &past, toks, seg.TFrom) {
			continue // "The man arrested on Wednesday night appeared in court on Friday": arrested is Wednesday's
		}
		if i < seg.TFrom && otherVerbBetween(toks, i, seg.TFrom) {
			continue // "a news conference to screen an advertisement made last week": made is last week's
		}
		if modifier(toks, i) || adjectival(toks, i) {
			continue // "travel disruption", "trade talks", "the flooded area": a word before a noun names no happening
		}
		if t.is(lxLightVerb) && (triggerNear(toks, i+1, 3) || triggerBefore(toks, i, 3)) {
			continue // "held talks", "funerals were held": the noun names the happening
		}
		if i > seg.TTo+1 && seg.TTo > seg.TFrom && toks[seg.TTo-1].Poss && i >= seg.TTo && !possessiveHead(toks, seg.TTo, i) {
			continue // "last week's floods began returning ... on Monday": a possessive dates its noun, no verb past it
		}
		score := units(toks, i, seg.TFrom)*3 - kindWeight[kind]
		if i >= seg.TTo {
			score = units(toks, seg.TTo-1, i)*5 - kindWeight[kind]
			if seg.TTo > seg.TFrom && toks[seg.TTo-1].Poss && i-seg.TTo < 6 {
				score -= 20 // "Wednesday's hearing": the noun the expression qualifies
			}
			for k := seg.TTo; k < i; k++ {
				if toks[k].Text == "," {
					score += 10 // "who won in January, said ...": a comma closes the expression's clause
					break
				}
			}
		}
		cs = append(cs, cand{i, score})
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(a.score, b.score) })
	for _, c := range cs {
		dst = append(dst, c.i)
	}
	return dst
}

// unknownPlace reports whether the sentence, past its dateline (a byte
// offset), names a place the gazetteer does not know: a capitalised word
// after "off", "near", "outside", "in" or "from", or after one of them and
// "a", that is no month or weekday ("sank off Newfoundland", "escaped
// from a Mississippi prison"). The sentence then says where, and its
// dateline, where the story was filed, is no better guess.
func unknownPlace(toks []token, dateline int) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Start < dateline {
			continue
		}
		switch lower(&toks[k]) {
		case "off", "near", "outside", "in", "from":
			n := &toks[k+1]
			if (lower(n) == "a" || lower(n) == "an") && k+2 < len(toks) {
				n = &toks[k+2] // "escaped from a Mississippi prison": a place of its own
			}
			if n.Word && n.Cap && !calendarWord(n.Text) {
				return true
			}
		}
	}
	return false
}

// foundHappening reports whether the word at i, "discovered" or
// "detected", tells the discovery of a happening its noun names, right
// after it ("discovered the attack", "detected a leak") or before its
// aside ("The attack, discovered on Sunday,"): the noun is the trigger,
// the discovery dates it. A thing or a person discovered ("discovered the
// body", "discovered a new species") stays a discovery.
func foundHappening(toks []token, i int) bool {
	switch lower(&toks[i]) {
	case "discovered", "detected":
	default:
		return false
	}
	happening := func(k int) bool {
		if k < 0 || k >= len(toks) || !toks[k].Word {
			return false
		}
		kd := toks[k].kind()
		return toks[k].is(lxDisaster) || (kd == KindStrike || kd == KindOther) && !toks[k].is(lxPresent)
	}
	if i+2 < len(toks) && determinerBefore[lower(&toks[i+1])] && happening(i+2) && !nounAfter(toks, i+3) {
		return true // "discovered the crash site" is a place found
	}
	return i >= 2 && toks[i-1].Text == "," && happening(i-2)
}

// lastingState reports whether the word at i, "closed", "open" or "shut",
// tells a state after a verb of lasting or "being" ("will stay closed on
// Tuesday", "remained shut", "after being closed on Monday and Tuesday"):
// no closing or opening of the day. "being" before another participle
// still tells a happening ("after being arrested on Monday").
func lastingState(toks []token, i int) bool {
	switch lower(&toks[i]) {
	case "closed", "open", "shut", "reopened":
	default:
		return false
	}
	if i == 0 {
		return false
	}
	switch lower(&toks[i-1]) {
	case "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "being":
		return lower(&toks[i]) != "reopened" || lower(&toks[i-1]) != "being"
	}
	return false
}

// backReference reports whether the word at i is a noun that refers back
// to a happening the story told already, as the object of "since the",
// "of the" or "into the", and the sentence's date is not the noun's own
// (right after it, "since the attack on Sunday"): the date is of another
// verb ("staff were paid on Wednesday for the first time since the
// attack", "A review of the attack will be presented on April 15").
func backReference(toks []token, seg span, i int) bool {
	if i < 2 || toks[i].is(lxPresent) && !toks[i].is(lxDisaster) && !strikeWord(lower(&toks[i])) {
		return false // a verb ("since the men escaped") is its own clause's
	}
	if lower(&toks[i-1]) != "the" {
		return false
	}
	switch lower(&toks[i-2]) {
	case "since", "of", "into":
	default:
		return false
	}
	if i+1 < len(toks) {
		switch next := lower(&toks[i+1]); {
		case next == "of", next == "that", next == "which", next == "who":
			return false // "the scene of the attack that killed", "since the start of": the noun's own phrase or clause
		case lower(&toks[i-2]) == "since" && toks[i+1].Word && !toks[i+1].is(lxPreposition):
			return false // "since the attack began": "since" opens a clause, the noun its subject
		}
	}
	if seg.TFrom > i {
		// "since the attack on Sunday", "the collapse of the talks in
		// Konya on March 9": a date the noun's own phrase reaches, no
		// verb, auxiliary or comma between, is the noun's own
		for k := i + 1; k < seg.TFrom; k++ {
			if toks[k].Text == "," || toks[k].is(lxAuxiliary) || toks[k].kind() != "" || modalBefore[lower(&toks[k])] {
				return true
			}
		}
		return false
	}
	return true
}

// culprit reports whether the word at i is the noun of "behind the ...",
// "responsibility for the ..." or "responsible for the ...": the phrase
// names who did a happening, and the sentence's date is of something else
// ("the gang behind the attack published the data on Friday").
func culprit(toks []token, i int) bool {
	j := i - 1
	if j >= 0 {
		switch lower(&toks[j]) {
		case "the", "this", "that", "these", "those", "last", "latest", "recent":
			j--
		}
	}
	if j < 0 {
		return false
	}
	switch lower(&toks[j]) {
	case "behind":
		return true
	case "claimed", "claims", "claiming":
		return toks[i].kind() == KindStrike // "claimed the attack on February 12": the claim is that day's, the attack may be older; "claimed victory" is the victory
	case "for":
		if j > 0 {
			switch lower(&toks[j-1]) {
			case "responsibility", "responsible", "blame", "blamed":
				return true
			}
		}
	}
	return false
}

// auxAdverb reports whether w is an adverb that stands between two
// auxiliaries or an auxiliary and its verb ("had last been inspected",
// "was first detected"); elsewhere it is no adverb ("the last train").
func auxAdverb(w string) bool {
	switch w {
	case "last", "first", "never", "just", "recently":
		return true // "the bridge had last been inspected": between auxiliaries only
	}
	// "The bout was officially called off": an adverb in -ly between an
	// auxiliary and its verb ("family", "rally" stand after no auxiliary)
	return len(w) > 5 && strings.HasSuffix(w, "ly")
}

// adverbBefore reports whether w is an adverb that stands between an
// auxiliary and its verb ("was also evacuated", "has since reopened").
func adverbBefore(w string) bool {
	switch w {
	case "also", "then", "again", "still", "already", "since", "later", "reportedly", "partly", "partially", "finally", "briefly":
		return true
	}
	return false
}

// phraseTrigger reports whether the trigger word at i stands in the phrase
// that makes it name a happening, for the words that need one: a fire or
// fighting "broke out"; a fire was brought "under control"; someone "was
// charged" or "charged ... with" a crime; a body or bodies were "found" or
// "recovered" (not "investigators found that"); a company "ceased
// trading", went "into administration", "went bust". Other words need no
// phrase.
func phraseTrigger(toks []token, i int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(toks) || !toks[k].Word {
			return ""
		}
		return lower(&toks[k])
	}
	switch lower(&toks[i]) {
	case "broke":
		return word(i+1) == "out" || breakIn(toks, i)
	case "bought", "acquired":
		// "Brenner, which bought the plant from Ford in 1999", "acquired a
		// 30 percent stake": a company's purchase; "bought time", "bought
		// a house", "acquired a taste for" are none
		k := i + 1
		switch word(k) {
		case "the", "a", "an", "its", "their", "his", "her":
			k++
		default:
			return false
		}
		for ; k < len(toks) && k <= i+5; k++ {
			if prepositions[word(k)] {
				return false // "bought a car from the company": the company sold, nothing of it bought
			}
			switch word(k) {
			case "company", "firm", "plant", "factory", "stake", "business", "brand", "chain", "unit", "division", "maker", "rival", "group", "bank", "airline", "carrier", "subsidiary", "operator":
				// "bought the company's shares", "the brand's new phone":
				// a possessive qualifies what was bought, a market trade
				return !possessiveAt(toks, k)
			}
		}
		return false
	case "stole":
		// "Thieves stole two paintings"; "stole the show", "stole the
		// headlines", "stole a glance" are figures, no theft
		switch word(i + 2) {
		case "show", "spotlight", "headlines", "limelight", "glance", "kiss", "march", "thunder":
			return false
		}
		// a theft needs its thief or its victim named: "Thieves ... stole
		// three paintings", "stole two paintings from a gallery"; "The
		// striker stole the ball", "stole a late winner", "stole second
		// base" are sport
		return thiefBefore(toks, i) || fromAfter(toks, i)
	case "stolen":
		// "Two paintings were stolen on Sunday", "paintings stolen from
		// the museum in November"; "the stolen car" qualifies a noun
		switch word(i - 2) {
		case "election", "elections", "vote", "votes", "victory", "win", "game", "seat", "show", "limelight":
			return false // "the election was stolen", "Votes were stolen": a charge of fraud or a figure, no theft of a day
		}
		switch word(i - 1) {
		case "was", "were", "been", "being":
			return true
		}
		return word(i+1) == "from"
	case "theft":
		// "the theft on 10 November"; "charged with theft", "arrested
		// for theft", "accused of theft" name a crime, not the happening
		switch word(i - 1) {
		case "with", "for", "of":
			return false
		}
		return true
	case "control":
		return word(i-1) == "under"
	case "charged":
		switch word(i - 1) {
		case "was", "were", "been", "is", "are", "be", "being":
			return true
		}
		for k := i + 1; k < len(toks) && k <= i+4 && toks[k].Word; k++ {
			if lower(&toks[k]) == "with" {
				return true
			}
		}
		return false
	case "found", "recovered":
		for k := max(0, i-8); k < len(toks) && k <= i+4; k++ {
			switch word(k) {
			case "body", "bodies", "remains":
				return true
			}
		}
		if word(i) == "found" && (foundAliveOrDead(toks, i) != "" || foundPassiveDated(toks, i)) {
			return true // "found two climbers alive", "was found dead", "was found on Thursday by fishermen"
		}
		return false
	case "ceased":
		switch word(i + 1) {
		case "trading", "operations", "operating", "flying", "production":
			return true
		}
		return false
	case "administration":
		return word(i-1) == "into"
	case "visiting":
		switch word(i + 1) {
		case "hall", "halls", "hours", "room", "rooms", "rights", "time", "times", "professor", "professors", "scholar",
			"scholars", "fellow", "fellows", "team", "teams", "side", "fans", "supporters", "card", "centre", "center",
			"area", "order", "orders", "privileges", "nurse", "nurses", "delegation", "dignitaries", "lecturer":
			return false // "reopen its visiting hall", "the visiting team": a noun's qualifier, no visit
		}
		return true
	case "returning":
		switch word(i + 1) {
		case "to", "home":
			return true // "began returning to their homes"; "the returning officer" is none
		}
		return false
	case "alive":
		for k := i - 1; k >= 0 && k >= i-7; k-- {
			switch word(k) {
			case "brought", "pulled", "dug", "freed", "carried", "lifted", "winched", "hauled":
				return true // "brought two miners to the surface alive"
			}
		}
		return false
	case "redundant":
		return word(i-1) == "made"
	case "pulled", "plucked":
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			switch word(k) {
			case "survivor", "survivors":
				return true // "pulled two survivors from a life raft": a rescue
			}
		}
		return false
	case "fell", "jumped", "slumped", "surged", "soared", "tumbled", "plunged", "slid":
		return sharesMoved(toks, i)
	case "rose", "climbed":
		if sharesMoved(toks, i) {
			return true
		}
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			if toks[k].Text == "," || toks[k].Text == ";" {
				return false
			}
			if word(k) == "toll" {
				return true // "the death toll ... rose to seven on Thursday"; "prices rose 3%" is a statistic
			}
		}
		return false
	case "swore":
		return word(i+1) == "in" // "swore in three new ministers"; "swore revenge" is none
	case "placed":
		if word(i+1) == "on" && (word(i+2) == "leave" && !toks[i+2].Cap && !nounAfter(toks, i+3) || word(i+3) == "leave" && !nounAfter(toks, i+4) && (word(i+2) == "administrative" || word(i+2) == "paid" || word(i+2) == "unpaid" || word(i+2) == "compulsory")) {
			return true // "was placed on leave", "placed on administrative leave": a suspension; "placed on leave entitlements" is none
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if word(k) == "under" {
				switch word(k + 1) {
				case "investigation", "arrest":
					return true // "placed two officials under investigation"
				}
				return false
			}
		}
		return false
	case "laid":
		return word(i+1) == "off"
	case "stepped", "steps", "step":
		// "stepped down on June 30", "will step down as chairman": a
		// resignation; "stepped down the stairs", "stepped up patrols",
		// "a step down" are none
		if word(i+1) != "down" || word(i+2) == "the" || determinerBefore[word(i+2)] {
			return false // "stepped down their search": a transitive easing, no one resigning
		}
		switch word(i - 1) {
		case "was", "were", "been", "be", "being", "is", "are":
			return false // "Production was stepped down": a passive easing
		}
		if word(i+2) == "from" {
			// "stepped down from the board"; "stepped down from the
			// stage", "from a ladder" is a step
			for k := i + 3; k < len(toks) && k <= i+6; k++ {
				switch word(k) {
				case "board", "post", "role", "position", "job", "presidency", "leadership", "chairmanship", "seat", "office", "government", "cabinet", "party", "company", "club", "team", "committee", "council":
					return true
				}
			}
			return false
		}
		if word(i) == "step" {
			return word(i-1) == "will" || word(i-1) == "would"
		}
		return word(i-1) != "a" && word(i-1) != "the"
	case "sacked":
		// "was sacked on November 16", "sacked its coach"; "the sacked
		// Paul Dacre", "his sacked predecessor" name a person
		// "was sacked five times on Sunday" is a quarterback tackled
		if word(i+1) == "twice" || word(i+2) == "times" || word(i+3) == "times" {
			return false
		}
		return !(i > 0 && (toks[i-1].Poss || determinerBefore[word(i-1)]))
	case "accepted":
		// "Union leaders accepted a pay offer", "accepted the terms of
		// the deal": an agreement; "accepted the award", "accepted
		// responsibility", "it is widely accepted" are none
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			switch word(k) {
			case "offer", "offers", "deal", "terms", "proposal", "proposals", "settlement", "agreement", "compromise", "ceasefire", "truce":
				return !possessiveAt(toks, k) && word(k-1) != "job" // "accepted a job offer" is a person's new job, no agreement
			case "of", "for", "from", "to", "that":
				return false
			case "":
				if !toks[k].Word && !strings.ContainsAny(toks[k].Text, "0123456789%") {
					return false // "accepted the award, and the offer ...": the phrase ends
				}
			}
		}
		return false
	case "born":
		// "was born in Wick in 1928", "Born in 1928, he ...": a birth;
		// "born out of frustration", "the costs born by" are none
		switch word(i + 1) {
		case "in", "on", "at":
		default:
			return false
		}
		// a passive, an aside or the sentence's opening participle;
		// "Children born in 2010 will start school" qualifies a noun
		switch word(i - 1) {
		case "was", "were", "been", "is", "are":
			return true
		}
		return i == 0 || toks[i-1].Text == ","
	case "published":
		// "was published in 1961", "A review, published in September,
		// found": a work's publication, passive or a comma's aside;
		// "figures published on Monday showed" qualify other news
		// a day's publication ("An open letter was published on
		// Monday") tells of what was published, the news of that day
		if word(i+1) != "in" {
			return false
		}
		switch word(i - 1) {
		case "was", "were", "been":
			return true
		}
		return i > 0 && toks[i-1].Text == ","
	case "unveiled":
		// "was unveiled as manager on Wednesday", "was unveiled at the
		// stadium": a person presented; "unveiled a plan" is told by the
		// plan's own words, "the statue was unveiled" is a ceremony
		// kept too (a passive)
		switch word(i - 1) {
		case "was", "were":
			return true
		}
		return false
	case "freed":
		return word(i+1) != "up" // "freed the hostages"; "freed up funds" is none
	case "flown", "flying", "fly":
		// "were flown to Lagos", "before flying to Toronto", "will fly
		// home"; "flags were flown at half-mast", "fly the flag", "the
		// flying squad" are no trip
		if !toPlace(toks, i) {
			return false
		}
		if lower(&toks[i]) == "fly" {
			switch word(i - 1) {
			case "will", "to", "and", "would", "shall":
				return true
			}
			return false
		}
		return true
	case "return":
		// "are expected to return to Norway", "will return home"; "the
		// return of", "a tax return", "failed to return the money" are none
		switch word(i - 1) {
		case "to", "will", "would", "shall":
		default:
			return false
		}
		return toPlace(toks, i)
	case "discuss":
		// "the committee will discuss the report next week"; "declined
		// to discuss the matter" is none
		return word(i-1) == "will" || word(i-1) == "to" && word(i-2) != "declined" && word(i-2) != "refused" && word(i-2) != "declines" && word(i-2) != "refuses"
	case "presented":
		// "the commission presented its report on Tuesday", "will be
		// presented to the council on April 15"; "the risk presented by
		// the storm", "presented with an award" are none
		switch word(i + 1) {
		case "its", "their", "his", "her", "the", "a", "an":
			return true
		case "to":
			return word(i-1) == "be" || word(i-1) == "was" || word(i-1) == "were" || word(i-1) == "been"
		}
		return false
	case "restored":
		// "restored its payroll system on March 1", "Power was restored
		// on Friday": a service back; "restored confidence", "restored
		// the painting" are none
		for k := i - 3; k < len(toks) && k <= i+4; k++ {
			if k < 0 || k == i {
				continue
			}
			switch word(k) {
			case "system", "systems", "service", "services", "power", "electricity", "supply", "supplies", "water", "network", "connection", "connections", "access", "communications":
				// before the verb, the noun heads the passive's subject
				// right before its auxiliary: "The old power station was
				// restored", "the water tower" is a building restored
				return k > i || k == i-2 && (word(i-1) == "was" || word(i-1) == "were" || word(i-1) == "been") || k == i-3 && word(i-1) == "been" && (word(i-2) == "has" || word(i-2) == "have" || word(i-2) == "had")
			}
		}
		return false
	case "founded":
		// "The company was founded in 2006", "Jetwise, founded in 2009,",
		// "Verhagen founded the company in 2006"; fears "proved well
		// founded", a claim "founded on" rumour are none
		switch word(i - 1) {
		case "was", "were", "been", "being", "is", "are":
			return true
		case "well", "ill", "firmly", "poorly", "proved", "proven", "be":
			return false
		}
		if i > 0 && toks[i-1].Text == "," {
			return true
		}
		switch word(i + 1) {
		case "the", "a", "an", "his", "her", "their", "its":
			return true
		}
		return false
	case "reached", "reach":
		return rescuersReached(toks, i)
	case "appear", "appeared":
		// "will appear before an investigating judge on Thursday",
		// "appeared in court on Monday"; "appear to", "appeared on
		// television", "appeared in a video" are none
		if lower(&toks[i]) == "appear" && word(i-1) != "will" && word(i-1) != "to" {
			return false
		}
		if bystanderAfter(toks, i+2) {
			return false // "appeared in court on Friday to support her brother": his case, her presence
		}
		switch word(i + 1) {
		case "before":
			for k := i + 2; k < len(toks) && k <= i+5; k++ {
				switch word(k) {
				case "judge", "court", "magistrate", "magistrates", "tribunal", "jury":
					return true
				}
			}
		case "in":
			return word(i+2) == "court"
		}
		return false
	case "take":
		// "Kaya will take over the site on October 1"; "take over from
		// her", "take part", "take a break" are none of a takeover
		// "take over as chief executive", "take over the top spot",
		// "clouds will take over" are a successor, sport, weather: what
		// is taken over is a site or a business
		if word(i+1) != "over" || word(i-1) != "will" && word(i-1) != "to" {
			return false
		}
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			switch word(k) {
			case "site", "plant", "factory", "works", "mine", "company", "firm", "business", "operations", "running", "management", "franchise", "contract", "airline", "bank", "chain", "stores", "port", "airport":
				return true
			}
		}
		return false
	case "abandoned", "abandon":
		// "Rega had abandoned two attempts on Sunday", "forced rescuers to
		// abandon a helicopter attempt": an attempt or a search given up;
		// "an abandoned car", "abandoned the idea", "abandoned her
		// children" are none
		if lower(&toks[i]) == "abandon" && word(i-1) != "to" && word(i-1) != "will" {
			return false
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			switch word(k) {
			case "attempt", "attempts", "search", "rescue", "operation", "climb", "ascent", "bid",
				"plan", "plans", "proposal", "proposals", "project": // "abandoned its plan for a referendum": a plan given up
				return true
			}
		}
		return false
	case "set":
		// "Karl Brenner set up the company in 1948", "The firm was set
		// up in 2006": a founding; "set up a meeting", "set the
		// agenda", "was set up to fail", "the set" are none
		if word(i+1) == "out" {
			// "set out from the Tschierva hut on Friday morning": a
			// departure; "set out its plans", "set out the terms" are none
			switch word(i + 2) {
			case "from", "for", "towards", "toward":
				return true
			case "on", "at", "early", "before":
				// "set out on Friday morning", "set out early on Friday
				// from the base camp"; "set out on Friday its plans",
				// "set out on Friday a plan to cut taxes" are none
				for k := i + 3; k < len(toks) && k <= i+8; k++ {
					if !toks[k].Word {
						return true
					}
					switch word(k) {
					case "from", "for", "towards", "toward", "to", "and", "with", "after":
						return true
					case "its", "their", "his", "her", "a", "an", "the", "new", "plans", "details", "proposals":
						return false
					}
				}
				return true
			}
			return false
		}
		if word(i+1) != "up" {
			return false
		}
		switch word(i - 1) {
		case "was", "were", "been":
			// "The charity was set up in 2006", "Kelvio was set up by
			// two students": a body founded; "The camera was set up in
			// the square", "a roadblock was set up" are none
			if i < 2 || !toks[i-2].Cap && !foundedBodies[word(i-2)] {
				return false
			}
			switch word(i + 2) {
			case "by":
				return true
			case "in":
				return i+3 < len(toks) && (isDigits(toks[i+3].Text) || toks[i+3].Cap && calendarWord(toks[i+3].Text))
			}
			return false
		}
		switch word(i + 2) {
		case "the", "a", "an", "his", "her", "their", "its":
			return foundedBodies[word(i+3)] && !possessiveAt(toks, i+3) // not "the company's first office"
		}
		return false
	case "built":
		// "The bridge was built in 1978", "Jetwise's hangar, built in
		// 2009,": a building; "built a lead", "built up reserves" are none
		switch word(i - 1) {
		case "was", "were", "been", "being", "is", "are":
			return word(i+1) != "up"
		}
		return i > 0 && toks[i-1].Text == "," && word(i+1) != "up"
	case "bust":
		switch word(i - 1) {
		case "went", "gone", "goes", "go", "going":
			return true
		}
		return false
	}
	return true
}

// rescuersReached reports whether "reached" or "reach" at i tells of
// rescuers reaching people in danger: a personal pronoun or a noun of
// people right after it ("Mountain guides reached them on Monday", "will
// try to reach the climbers"), not "by phone" or "for comment" after that;
// "reached an agreement", "reached the final", "the toll reached 50",
// "could not be reached" are none. Rescuers must be named before it in the
// sentence ("The news reached them", "The jury reached them" are none), and
// no failure told right before it ("failed to reach the miners").
func rescuersReached(toks []token, i int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(toks) || !toks[k].Word {
			return ""
		}
		return lower(&toks[k])
	}
	if lower(&toks[i]) == "reach" && word(i-1) != "to" && word(i-1) != "will" && word(i-1) != "could" {
		return false
	}
	switch word(i - 2) {
	case "failed", "unable", "not", "trying":
		return false // "Rescuers failed to reach the miners": no rescue
	}
	if !rescuerBefore(toks, i) {
		return false // "The news reached them", "The jury reached them", "The virus reached the children"
	}
	k := i + 1
	switch word(k) {
	case "them", "him", "her":
	case "the":
		k++
		switch word(k) {
		case "men", "women", "climbers", "hikers", "miners", "survivors", "crew", "fishermen", "skiers", "walkers", "boys", "girls", "children", "passengers", "workers", "trapped", "stranded", "missing":
		default:
			return false
		}
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch word(j) {
		case "by", "for", "via":
			switch word(j + 1) {
			case "phone", "telephone", "comment", "email", "e-mail", "radio":
				return false // "reached them by phone": no rescue
			}
		}
	}
	return true
}

// appealAfter reports whether the words from k, after "called for help",
// make it an appeal, not a distress call: help "from the army", "to pay for
// the repairs", "for refugees", "with the costs".
func appealAfter(toks []token, k int) bool {
	for ; k < len(toks) && toks[k].Word; k++ {
		switch lower(&toks[k]) {
		case "from", "to", "for", "with":
			return true
		case "after", "as", "when", "but", "and", "before", "while":
			return false // "called for help on Saturday evening after a storm caught them"
		}
	}
	return false
}

// findingComplement reports whether the trigger at i stands in the
// infinitive that tells what a finding found ("The drug was found on Friday
// to cut deaths by a third", "was found on Friday to be fit to stand
// trial"): "found", "deemed" or "judged", then "to", within eight words
// before it and no comma or "and" between. "Police found the man on Friday
// and charged him" keeps "charged".
func findingComplement(toks []token, i int) bool {
	to := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch lower(&toks[k]) {
		case ",", ";", "and", "but":
			return false
		case "to":
			to = true
		case "found", "deemed", "judged":
			return to
		}
	}
	return false
}

// pronounSubject reports whether the subject of the trigger at trig is a
// personal pronoun ("he", "she"): the clause opens with one right before
// the verb ("He won the prize in 1974", "She later founded"), or the
// sentence opens with the participle and its clause's subject, past the
// comma, is one ("Born in Wick in 1928, he worked ...").
func pronounSubject(toks []token, seg span, trig int) bool {
	if trig == 0 {
		for k := 1; k+1 < len(toks) && k < 12; k++ {
			if toks[k].Text == "," {
				return toks[k+1].is(lxPronoun)
			}
		}
		return false
	}
	for i := trig - 1; i >= seg.From && i >= trig-3; i-- {
		if toks[i].is(lxPronoun) {
			return i == seg.From || i == 0 || !toks[i-1].Word // the pronoun opens the clause: "the prize he won in 1974" is the prize's
		}
		if !toks[i].Word || !(toks[i].is(lxAuxiliary) || adverbBefore(lower(&toks[i])) || auxAdverb(lower(&toks[i]))) {
			return false
		}
	}
	return false
}

// opensWithHeShe reports whether a sentence's subject is "he" or "she":
// its first word, or the first past a comma that closes an opening phrase
// ("Born in Wick in 1928, he worked").
func opensWithHeShe(toks []token) bool {
	heShe := func(k int) bool {
		if k >= len(toks) {
			return false
		}
		w := lower(&toks[k])
		return w == "he" || w == "she"
	}
	if heShe(0) {
		return true
	}
	for k := 1; k+1 < len(toks) && k < 12; k++ {
		if toks[k].Text == "," {
			return heShe(k + 1)
		}
	}
	return false
}

// passiveOnly reports whether w is a participle the triggers know only in
// the passive or a comma's aside ("was born in 1928", "was published in
// 1961", "was unveiled as manager"): its headline keeps the participle
// ("Novel published"), and the noun before it is its subject.
func passiveOnly(w string) bool {
	return w == "born" || w == "published" || w == "unveiled"
}

// foundedBodies are the bodies news tells founded: "set up the company in
// 1948", "The charity was set up in 2006".
var foundedBodies = map[string]bool{
	"company": true, "firm": true, "business": true, "group": true, "bank": true, "charity": true,
	"foundation": true, "agency": true, "studio": true, "brand": true, "label": true, "chain": true,
	"startup": true, "start-up": true, "fund": true, "committee": true, "party": true, "organisation": true,
	"organization": true, "commission": true,
}

// possessiveAt reports whether the noun at k is a possessive ("the
// company's shares"): it qualifies the noun after it, the head of the
// phrase.
func possessiveAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if t := toks[k].Text; strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
		return true
	}
	if k+1 < len(toks) {
		switch toks[k+1].Text {
		case "'s", "’s", "'", "’":
			return toks[k+1].Start == toks[k].end()
		}
	}
	return false
}

// thiefBefore reports whether a thief is named before the verb at i in its
// sentence ("Thieves broke into a museum ... and stole three paintings",
// "Hackers stole the data").
func thiefBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		switch lower(&toks[k]) {
		case "thief", "thieves", "burglar", "burglars", "robber", "robbers", "gunmen", "gunman", "raiders", "intruders",
			"hackers", "hacker", "gang", "pickpocket", "pickpockets", "looters", "attackers", "assailants",
			"men", "man", "suspects", "suspect", "masked", "armed", "youths", "teenagers":
			return true
		}
	}
	return false
}

// fromAfter reports whether "from" follows the verb at i within eight
// words of its clause: "stole two paintings from a gallery".
func fromAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return false
		}
		if lower(&toks[k]) == "from" {
			return true
		}
	}
	return false
}

// rescuerBefore reports whether rescuers are named before "reached" at i in
// its sentence ("Mountain guides reached them", "A team of 12 mountain
// guides ... reached the men"); "The news reached them", "The jury reached
// them" tell of no rescue.
func rescuerBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		switch lower(&toks[k]) {
		case "rescuer", "rescuers", "rescue", "guides", "guide", "team", "teams", "firefighters", "divers", "soldiers",
			"troops", "lifeboat", "coastguard", "helicopter", "searchers", "paramedics", "volunteers", "medics", "crews":
			return true
		}
	}
	return false
}

// breakIn reports whether "broke" at i is a break-in: "broke into" a
// building ("broke into a museum in Leuven"); "broke into tears", "broke
// into a run", "broke into the top ten" are none.
func breakIn(toks []token, i int) bool {
	if i+1 >= len(toks) || lower(&toks[i+1]) != "into" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		switch lower(&toks[k]) {
		case "museum", "gallery", "house", "home", "shop", "store", "bank", "office", "offices", "warehouse", "church",
			"school", "flat", "apartment", "building", "premises", "headquarters", "vault", "car", "depot":
			return true
		}
	}
	return false
}

// foundAliveOrDead returns "alive" or "dead" when the verb "found" at i
// tells of people found so ("rescuers found two climbers alive", "a third
// man was found dead"): "alive", "dead", "safe" or "unharmed" within four
// words after it, in its clause. "Investigators found that the battery was
// dead" is no such finding: "that" opens a clause of what was found out;
// nor is "found dead coral" or "found the dead man", where "dead" is an
// adjective of the noun after it.
func foundAliveOrDead(toks []token, i int) string {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if !toks[k].Word {
			return ""
		}
		low := lower(&toks[k])
		if low == "dead" || low == "safe" {
			// "found dead coral", "found the dead man": an adjective of
			// the noun after it, nobody found dead; "was found dead",
			// "found a man dead" are
			switch lower(&toks[k-1]) {
			case "the", "a", "an", "two", "three", "some", "many":
				return ""
			}
			if k == i+1 && (i == 0 || !toks[i-1].is(lxAuxiliary) && lower(&toks[i-1]) != "been") {
				return ""
			}
		}
		switch low {
		case "alive", "safe", "unharmed":
			return "alive"
		case "dead":
			return "dead"
		case "that", "to", "guilty", "liable", "responsible", "and", "but", "which", "who":
			return ""
		}
	}
	return ""
}

// foundPassiveDated reports whether "found" at i is a passive with its day
// right after it ("The driver was found on Thursday by fishermen", "the
// painting was found on 17 January"): someone or something missing turned
// up that day. "was found on the floor", "was found to have", "was found
// guilty" are none (a place, a finding, a verdict told by its own word);
// so are "were found on Friday to be forgeries" (a finding) and "No trace
// of the plane was found", "Neither man was found" (nothing found).
func foundPassiveDated(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch lower(&toks[i-1]) {
	case "was", "were":
	default:
		return false
	}
	if i >= 2 {
		switch lower(&toks[i-2]) {
		case "nobody", "nothing", "none", "one": // "Nobody was found on Monday", "no one"
			return false
		}
	}
	for k := 0; k < i-1; k++ {
		switch lower(&toks[k]) {
		case "no", "neither", "nor":
			return false // "No trace of the plane was found on Friday", "Neither man was found": nothing found
		}
	}
	for k := i + 1; k+1 < len(toks) && k <= i+5; k++ {
		if lower(&toks[k]) != "to" {
			continue
		}
		switch lower(&toks[k+1]) {
		case "the", "a", "an", "his", "her", "their", "its":
		default:
			if toks[k+1].Word && !toks[k+1].Cap {
				return false // "The documents were found on Friday to be forgeries", "to have been drinking": a finding
			}
		}
	}
	k := i + 1
	if k < len(toks) && lower(&toks[k]) == "on" {
		k++
	}
	if k >= len(toks) || !toks[k].Word && !isDigits(toks[k].Text) {
		return false
	}
	switch lower(&toks[k]) {
	case "yesterday", "overnight", "early", "late", "today":
		return true
	}
	return isDigits(toks[k].Text) || toks[k].Cap && calendarWord(toks[k].Text)
}

// mountainTop reports whether "summit" at i is the top of a mountain, not a
// meeting: the sentence tells of climbers or mountaineers ("stranded near
// the summit of Piz Bernina"), or "summit of" names a peak ("the summit of
// Mount Kenya"). "Leaders met at a summit in the mountain resort of
// Bürgenstock" stays a meeting: a resort is no climb. A summit "reached",
// "climbed" or "scaled" is a peak too.
func mountainTop(toks []token, i int) bool {
	if i+2 < len(toks) && lower(&toks[i+1]) == "of" {
		switch lower(&toks[i+2]) {
		case "mount", "mt", "mont", "monte", "piz", "pic", "pico", "ben", "cerro", "everest", "kilimanjaro", "k2", "denali", "aconcagua":
			return true
		}
	}
	if i >= 2 && lower(&toks[i-1]) == "the" {
		switch lower(&toks[i-2]) {
		case "reached", "reach", "climbed", "climb", "scaled", "scale", "conquered":
			return true // "Rescuers reached the summit on Tuesday": a peak climbed
		}
	}
	for k := range toks {
		switch lower(&toks[k]) {
		case "climber", "climbers", "mountaineer", "mountaineers", "mountaineering", "alpinist", "alpinists", "summited":
			return true
		}
	}
	return false
}

// sharesMoved reports whether the verb toks[i] ("fell", "jumped") tells
// how one company's shares moved on a day (see sharesName).
func sharesMoved(toks []token, i int) bool { return sharesName(toks, i) != "" }

// sharesName returns the company whose shares the verb toks[i] ("fell",
// "jumped") tells moved, or "": "shares" or "stock" in the few words
// before it with a capitalised name that is no place or people ("Kelvio
// shares fell", "Shares in Kelvio jumped", "Kelvio's stock slumped"), and
// a figure right after it ("6%", "18 percent", "by 3 percent"). Prices,
// indexes and a market's shares ("European shares fell 2%", "Tokyo stocks
// rose") are statistics, no happening.
func sharesName(toks []token, i int) string {
	k := i + 1
	if k < len(toks) && lower(&toks[k]) == "by" {
		k++
	}
	if k >= len(toks) || !quantity(&toks[k]) || toks[k].Text == "" {
		return ""
	}
	shares, first, last := false, -1, -1
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &toks[k]
		if t.Text == "," || t.Text == ";" || t.is(lxTrigger) {
			break
		}
		switch lower(t) {
		case "shares", "stock":
			shares = true
			continue
		}
		name := t.Cap && t.Word && (k > 0 || first == k+1 || k+1 < i && (lower(&toks[k+1]) == "shares" || lower(&toks[k+1]) == "stock" || toks[k].Poss))
		if name && !t.is(lxDemonym) && !t.is(lxCountry) && !t.is(lxNotName) && !isPlaceWord(t.Text) {
			if last < 0 || k == first-1 {
				if last < 0 {
					last = k
				}
				first = k
			}
		} else if first >= 0 && last >= 0 {
			if shares {
				break
			}
		}
	}
	if !shares || first < 0 {
		return ""
	}
	var words []string
	for k := first; k <= last; k++ {
		words = append(words, strings.TrimSuffix(strings.TrimSuffix(toks[k].Text, "'s"), "’s"))
	}
	return strings.Join(words, " ")
}

// isPlaceWord reports whether the gazetteer knows the word as a place
// ("Tokyo", "Frankfurt").
func isPlaceWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	_, ok := gazetteer.Default().LookupKeyString(gazetteer.Key(w))
	return ok
}

// toPlace reports whether a named place or "home" follows the verb
// toks[i] of a journey: "flown to Lagos", "return home", "fly back to
// Oslo"; "flown to hospital", "return to work" are no trip.
func toPlace(toks []token, i int) bool {
	k := i + 1
	if k < len(toks) && lower(&toks[k]) == "back" {
		k++
	}
	if k >= len(toks) || !toks[k].Word {
		return false
	}
	switch lower(&toks[k]) {
	case "home":
		return true
	case "to":
		return k+1 < len(toks) && toks[k+1].Word && toks[k+1].Cap && !toks[k+1].is(lxNotName)
	}
	return false
}

// calledBefore reports whether "called" or "calls" stands within the three
// words before toks[i] ("called a snap election").
func calledBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if low := lower(&toks[k]); low == "called" || low == "calls" {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// meetingBefore reports whether toks[from:i] name talks, a meeting or a
// visit: the subject of a phase verb at i (or, after it, its object: "had
// just ended a news conference").
func meetingBefore(toks []token, from, i int) bool {
	for k := from; k < i; k++ {
		if !toks[k].Word || toks[k].Cap && k > 0 {
			continue
		}
		if kind := toks[k].kind(); kind == KindTalks || kind == KindTrip {
			return true
		}
	}
	return false
}

// roundOrdinals come before an election's round.
var roundOrdinals = map[string]bool{"first": true, "second": true, "third": true, "final": true, "opening": true}

// talksNear reports whether the segment speaks of talks or negotiations.
func talksNear(toks []token, seg span) bool {
	for i := seg.From; i < seg.To; i++ {
		switch lower(&toks[i]) {
		case "talks", "negotiations", "negotiators", "ministers":
			return true
		}
	}
	return false
}

// takeForms are the forms of "take" before "office".
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// cause reports whether the word at i names a cause ("because of the
// walkout", "owing to the strike"): what the sentence dates is its
// consequence, not it.
func cause(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		a, b := lower(&toks[k-1]), lower(&toks[k])
		if b == "of" && a == "because" || b == "to" && a == "owing" {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// triggerKind is the kind of the trigger at i; "called" with a person after
// it is a phone call, not a statement.
func triggerKind(toks []token, i int) string {
	low := lower(&toks[i])
	kind := triggerKinds[low]
	if low == "called" && i+1 < len(toks) && toks[i+1].Cap {
		return KindTalks
	}
	if low == "called" && i+2 < len(toks) && lower(&toks[i+1]) == "for" && lower(&toks[i+2]) == "help" && !appealAfter(toks, i+3) {
		return KindOther // "called for help on Saturday evening": a distress call, an act; "called for calm" is words
	}
	if low == "called" && i+1 < len(toks) && lower(&toks[i+1]) == "off" {
		return KindOther // "called off": a cancellation, nothing said
	}
	if low == "called" || low == "calls" {
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			switch lower(&toks[k]) {
			case "election", "elections", "vote", "referendum", "poll":
				return KindOther // "called a snap election": an act, nothing said
			}
			if !toks[k].Word || toks[k].is(lxPreposition) {
				break
			}
		}
	}
	if (low == "call" || low == "spoke") && i > 0 && lower(&toks[i-1]) != "phone" && low == "call" {
		return KindStatement
	}
	if low == "returned" && i > 0 {
		// "The paintings were returned to the museum on Monday": a
		// passive tells what was handed back, no one travelling home
		// ("The minister returned to Paris" stays a trip).
		switch lower(&toks[i-1]) {
		case "was", "were", "been", "being", "be", "is", "are":
			return KindOther
		}
	}
	if low == "declared" && i+1 < len(toks) {
		switch lower(&toks[i+1]) {
		case "a", "an", "war", "victory", "independence", "martial", "bankruptcy":
			return KindOther // "declared a state of emergency": an act, not words
		}
	}
	return kind
}

// startsWithPronoun reports whether the subject before the trigger is "he"
// or "she".
func startsWithPronoun(toks []token, seg span, trig int) bool {
	for i := trig - 1; i >= seg.From && i >= trig-4; i-- {
		if toks[i].is(lxPronoun) {
			return true
		}
	}
	return false
}

// detail finds the qualifier of a happening in the sentence.
func detail(toks []token, kind string) string {
	switch kind {
	case KindStrike:
		for i := range toks {
			t := &toks[i]
			if t.is(lxStrikeWeapon) && i+1 < len(toks) && toks[i+1].kind() == KindStrike {
				return strings.Clone(lower(t)) // not a slice of the article's lowered text, which it would keep alive
			}
		}
		for k := range toks {
			t := &toks[k]
			if t.is(lxStrikeWeapon) || strings.HasPrefix(lower(t), "drone") || strings.HasPrefix(lower(t), "missile") {
				return strings.Clone(strings.TrimSuffix(lower(t), "s"))
			}
		}
		if a := animalAttacker(toks); a != "" {
			return a + " attack" // "killed by a shark", "a dog attacked a boy"
		}
		if shooting(toks) {
			return "shooting" // "a gunman opened fire in a church"
		}
	case KindTalks, KindTrip:
		noun := ""
		for k := range toks {
			t := &toks[k]
			switch {
			case t.is(lxTalkNoun):
				return "talks"
			case t.is(lxMeetingNoun):
				noun = "meeting"
			}
		}
		return noun
	}
	return ""
}

// animals that attack people, singular by plural; a lower-case token only,
// so that "the Tamil Tigers" stay a name.
var animals = map[string]string{
	"shark": "shark", "sharks": "shark", "dog": "dog", "dogs": "dog", "crocodile": "crocodile",
	"crocodiles": "crocodile", "alligator": "alligator", "alligators": "alligator", "tiger": "tiger",
	"tigers": "tiger", "lion": "lion", "lions": "lion", "leopard": "leopard", "leopards": "leopard",
	"elephant": "elephant", "elephants": "elephant", "wolf": "wolf", "wolves": "wolf", "hippo": "hippo",
	"hippos": "hippo", "grizzly": "bear", "bear": "bear", "bears": "bear", "cougar": "cougar",
}

// animalAttacker returns the animal that made the attack a sentence tells
// of, "" when none: an animal right before "attack" or a verb of attacking
// ("a shark attack", "a dog attacked", "a bear mauled"), or after a verb of
// harm and "by" ("killed by a shark", "attacked by two dogs"). An animal
// elsewhere ("sniffer dogs searched the site after the attack", "tracked by
// police dogs") makes none.
func animalAttacker(toks []token) string {
	for k := range toks {
		t := &toks[k]
		a, ok := animals[t.Text]
		if !ok {
			continue
		}
		if k+1 < len(toks) {
			switch lower(&toks[k+1]) {
			case "attack", "attacks", "attacked", "mauled", "mauls", "bit", "bites", "killed", "kills":
				if a != "bear" || k > 0 && (lower(&toks[k-1]) == "a" || lower(&toks[k-1]) == "the" || lower(&toks[k-1]) == "grizzly" || lower(&toks[k-1]) == "polar" || lower(&toks[k-1]) == "black") {
					return a
				}
			}
		}
		for j := k - 1; j >= 1 && j >= k-3; j-- {
			if lower(&toks[j]) == "by" {
				switch lower(&toks[j-1]) {
				case "killed", "attacked", "mauled", "bitten", "injured", "savaged", "hurt", "wounded", "taken", "dragged":
					return a // "killed by a shark", not "tracked by police dogs"
				}
				break
			}
		}
	}
	return ""
}

// shooting tells whether a sentence's attack is a shooting: "opened fire",
// a gunman or shooter, "the shooting" (not "shooting down" an aircraft).
func shooting(toks []token) bool {
	for k := range toks {
		switch lower(&toks[k]) {
		case "fire":
			if k > 0 && strings.HasPrefix(lower(&toks[k-1]), "open") {
				return true
			}
		case "gunman", "shooter", "sniper":
			return true
		case "shooting", "shootings":
			if k+1 >= len(toks) || lower(&toks[k+1]) != "down" {
				return true
			}
		}
	}
	return false
}

// fillEntities sets the people, organisations and places of a mention from
// the entities of its part of the sentence, nearest the trigger first.
func fillEntities(m *Mention, toks []token, ents []entity, people []string, seg span, trig int, placeAliases aliases) {
	type cand struct {
		name string
		dist int
	}
	var psBuf, osBuf, plsBuf [6]cand // a sentence names a few of each
	ps, os, pls := psBuf[:0], osBuf[:0], plsBuf[:0]
	dist := func(e *entity) int {
		if e.Last < trig {
			return trig - e.Last
		}
		return e.First - trig
	}
	// A relative clause after the trigger tells of something else ("...,
	// which Mr. Starmer welcomed").
	relative := seg.To
	for i := trig + 1; i < seg.To; i++ {
		if low := lower(&toks[i]); low == "which" || low == "whom" || low == "whose" {
			if !hasTrigger(toks, i+1, seg.To, nil) {
				relative = i // unless it goes on about the happening ("which included a meeting with Putin")
			}
			break
		}
	}
	// A trigger inside a relative clause (", which starts on Aug. 2") has
	// for participants the clause's and its antecedent's, not the main
	// clause's.
	from := seg.From
	for i := trig - 1; i > seg.From; i-- {
		if low := lower(&toks[i]); (low == "which" || low == "who") && toks[i-1].Text == "," || low == "who" && toks[i-1].Word {
			// The same for a clause without commas ("A man who fled
			// from Lyon was caught in Turin"), which ends at the main
			// clause's verb: Turin is where he was caught, not where
			// he fled.
			if low == "who" && i == trig-1 && toks[i-1].Text != "," {
				for k := trig + 1; k < relative; k++ {
					if toks[k].is(lxAuxiliary) {
						relative = k
						break
					}
				}
			}
			from = i - 1
			for k := range ents {
				e := &ents[k]
				if e.Last == i-2 {
					from = e.First
				}
			}
			break
		}
	}
	locativeRun := false
	for k := range ents {
		e := &ents[k]
		if e.First < from || e.Last >= seg.To || e.First > relative {
			continue
		}
		switch e.Kind {
		case "person":
			if e.Possessive && (trig <= e.Last || trig > e.Last+3) {
				continue // "Zelensky's office": not a participant
			}
			if people[k] != "" {
				ps = append(ps, cand{people[k], dist(e)})
				if e.Country != "" {
					if m.Countries == nil {
						m.Countries = map[string]string{}
					}
					m.Countries[people[k]] = e.Country
				}
			}
		case "org":
			os = append(os, cand{e.Name, dist(e)})
		case "place":
			loc := e.Locative
			// "in Paris and Berlin": a place listed right after a location.
			if !loc && locativeRun && e.First > 0 && (toks[e.First-1].Text == "," || lower(&toks[e.First-1]) == "and") {
				loc = true
			}
			if e.Possessive {
				loc = false // "in Ukraine's war": a modifier, not a location
			}
			locativeRun = loc
			if !loc {
				if e.Place.Kind == gazetteer.Venue {
					os = append(os, cand{e.Place.Name, dist(e)})
				}
				continue
			}
			name := placeAliases.lookup(e.Place.Name)
			pls = append(pls, cand{name, dist(e)})
		}
	}
	// The three lists share one allocation, each capped so that an
	// append to one copies it rather than write over the next.
	var buf []string
	if n := len(ps) + len(os) + len(pls); n > 0 {
		buf = make([]string, 0, n)
	}
	order := func(cs []cand) []string {
		if len(cs) == 0 {
			return nil
		}
		slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(a.dist, b.dist) })
		start := len(buf)
		for _, c := range cs {
			if !slices.Contains(buf[start:], c.name) { // the list is short
				buf = append(buf, c.name)
			}
		}
		return buf[start:len(buf):len(buf)]
	}
	m.People, m.Orgs, m.Places = order(ps), order(os), order(pls)
}

// personBefore reports whether a person is named before token i.
func personBefore(ents []entity, people []string, i int) bool {
	for k := range ents {
		e := &ents[k]
		if e.Kind == "person" && people[k] != "" && e.Last < i {
			return true
		}
	}
	return false
}

// announced finds the happening a statement verb at trig announces: before
// it, a trigger of another kind told in the present progressive or present
// perfect ("is recalling", "has agreed", "have begun talks"), in the
// clause before the comma that leads to the statement; after it, one
// reported in the progressive ("said on Thursday it was recalling") or in
// the future ("said it would begin flying ... on Tuesday").
func announced(toks []token, seg span, trig int) (int, bool) {
	if i, ok := presentHappening(toks, seg, trig, true); ok {
		return i, true
	}
	if i, ok := reportedProgressive(toks, seg, trig); ok {
		return i, true
	}
	// "The regulator said it would begin flying customers home on
	// Tuesday": the reported plan right after the saying, in the future
	// of the past, is what the day dates.
	if trig+4 < seg.TFrom {
		i := trig + 3
		if p, m := lower(&toks[trig+1]), lower(&toks[trig+2]); (p == "it" || p == "they") && (m == "would" || m == "will") && toks[i].Word {
			if k := toks[i].kind(); k != "" && k != KindStatement {
				return i, true
			}
		}
	}
	return 0, false
}

// labourStrike reports whether the strike named at trig is a workers'
// strike, and names it: "dockworkers strike", or "strike" when the sentence
// names no workers. A strike is the workers' when it is a walkout or
// stoppage, is "on strike", lasts a stated time ("a 48-hour strike"), or
// the sentence speaks of workers, unions, employers or pay; never when it
// speaks of weapons, troops or people killed.
func labourStrike(toks []token, trig int) (string, bool) {
	if !strikeWord(lower(&toks[trig])) {
		return "", false // "an explosion at the plant forced workers out": no walkout
	}
	labour := false
	switch low := lower(&toks[trig]); {
	case low == "walkout" || low == "walkouts" || low == "stoppage" || low == "walked":
		labour = true
	case trig > 0 && lower(&toks[trig-1]) == "on" && (low == "strike" || low == "strikes"):
		labour = true
	case trig > 0 && (strings.HasSuffix(lower(&toks[trig-1]), "-hour") || strings.HasSuffix(lower(&toks[trig-1]), "-day")):
		labour = true
	}
	workers := ""
	for k := range toks {
		t := &toks[k]
		if t.is(lxStrikeWeapon | lxMilitaryCue) {
			return "", false
		}
		low := lower(t)
		if t.is(lxLabourCue) || strings.HasSuffix(low, "workers") {
			labour = true
			if workers == "" && (strings.HasSuffix(low, "workers") || low == "dockers" || low == "nurses" || low == "teachers" ||
				low == "doctors" || low == "drivers" || low == "pilots" || low == "miners" || low == "employees") {
				workers = low
			}
		}
	}
	if !labour {
		return "", false
	}
	if workers == "" || workers == "workers" {
		return "strike", true
	}
	return workers + " strike", true
}

// reportedProgressive finds the happening reported in the progressive
// right after a statement's date: "Nordhem said on Thursday it was
// recalling 1.1 million air fryers".
func reportedProgressive(toks []token, seg span, trig int) (int, bool) {
	for i := max(seg.TTo, trig+1) + 2; i < seg.To && i <= seg.TTo+4; i++ {
		low := lower(&toks[i])
		if k := triggerKinds[low]; k == "" || k == KindStatement || !toks[i].Word || !strings.HasSuffix(low, "ing") {
			continue
		}
		switch lower(&toks[i-1]) {
		case "is", "are", "was", "were":
			if p := lower(&toks[i-2]); p == "it" || p == "they" {
				return i, true
			}
		}
	}
	return 0, false
}

// strikeWord reports whether low is a word that names a workers' strike
// as well as an attack, or a walkout: only these can be a workers' strike.
func strikeWord(low string) bool {
	switch low {
	case "strike", "strikes", "struck", "walkout", "walkouts", "stoppage", "walked":
		return true
	}
	return false
}

// accident reports whether the sentence tells of an explosion at a mine, a
// plant, a pipeline or the like, with no weapon or troops named: an
// industrial accident, not an attack ("a methane blast hit a shaft of the
// mine", "a gas explosion at the refinery killed two workers"). It returns
// the sentence's word for the explosion.
func accident(toks []token) (string, bool) {
	if armed(toks) {
		return "", false
	}
	blast, site := "", false
	for k := range toks {
		switch low := lower(&toks[k]); low {
		case "explosion", "explosions", "blast", "blasts", "exploded":
			if blast == "" {
				blast = strings.Clone(low)
			}
		case "mine", "mines", "colliery", "methane", "gas", "factory", "plant", "refinery", "pipeline", "boiler", "chemical", "chemicals", "fireworks", "warehouse", "shaft":
			site = true
		}
	}
	return blast, blast != "" && site
}

// grounding reports whether toks[trig], "struck" or "hit", tells of a
// ship that struck a rock, a reef or a sandbank, with no weapon or attack
// named: it ran aground ("The tanker struck a reef off Bali"). A ship's
// name often stands alone ("The Ocean Star struck a rock"), so the object
// decides.
func grounding(toks []token, trig int) bool {
	switch lower(&toks[trig]) {
	case "struck", "hit":
	default:
		return false
	}
	if armed(toks) {
		return false
	}
	if trig+2 >= len(toks) {
		return false
	}
	switch lower(&toks[trig+1]) {
	case "a", "an", "the":
	default:
		return false // "hit rock bottom" is no grounding
	}
	switch lower(&toks[trig+2]) {
	case "rock", "rocks", "reef", "sandbank", "sandbar", "shoal", "iceberg":
		return true
	}
	return false
}

// collision reports whether the sentence tells of a train, a bus, a tram
// or a lorry that hit, crashed into or collided with something, with no
// weapon or attack named: a crash, not a strike ("a passenger train
// slammed into a freight train", "the regional train hit a freight
// train"). It returns the sentence's word for the crash.
//
// A crash word after a labour strike's noun, or in a passive whose agent is
// no vehicle, tells none: "A
// strike by train drivers hit services", "Train services were hit by a
// strike" are a strike's effects.
func collision(toks []token) (string, bool) {
	if armed(toks) {
		return "", false
	}
	word, vehicle, noun := "", false, false
	for k := range toks {
		switch low := lower(&toks[k]); {
		case crashWord(low):
			if word == "" {
				word = strings.Clone(low)
				noun = low == "collision" || low == "crash"
			}
			if k+1 < len(toks) && lower(&toks[k+1]) == "by" {
				a := k + 2
				if a < len(toks) && determinerBefore[lower(&toks[a])] {
					a++
				}
				if a >= len(toks) || !vehicleWord(lower(&toks[a])) {
					return "", false // "hit by a strike", "hit by the storm"
				}
				vehicle = true // "a bus was hit by a train"
			}
		case vehicleWord(low):
			// The vehicle that crashed stands before the verb ("The
			// regional train hit a freight train"), not after it
			// ("Floods hit rail lines ..., and trains were
			// cancelled"), and heads its phrase ("Bus fares hit a
			// record high" is no crash); after the noun "collision"
			// it may follow ("a collision between a bus and a train").
			if (word == "" || noun) && (k+1 >= len(toks) || !vehicleCompound[lower(&toks[k+1])]) {
				vehicle = true
			}
		case low == "strike" || low == "strikes" || low == "walkout" || low == "walkouts" || low == "stoppage":
			return "", false // "a strike by train drivers hit services"
		case toks[k].is(lxDisaster) && word == "":
			return "", false // "Storm Desmond hit the region ..., stranding trains"
		}
	}
	// "The collision near Konya on March 9 killed four passengers": the
	// noun names an accident with no vehicle named
	return word, word != "" && (vehicle || word == "collision")
}

// vehicleCompound are the nouns after a vehicle's word that make the
// phrase name no vehicle: "bus fares", "train services", "truck sales".
var vehicleCompound = map[string]bool{
	"fares": true, "fare": true, "services": true, "service": true, "lines": true, "line": true, "sales": true,
	"prices": true, "timetable": true, "timetables": true, "tickets": true, "ticket": true, "station": true,
	"stations": true, "network": true, "networks": true, "operator": true, "operators": true, "company": true,
	"companies": true, "makers": true, "maker": true, "industry": true, "shares": true, "stocks": true,
	"strike": true, "strikes": true, "unions": true, "union": true, "route": true, "routes": true,
}

// crashWord reports whether low names a crash of vehicles.
func crashWord(low string) bool {
	switch low {
	case "collided", "collision", "crashed", "crash", "slammed", "smashed", "rammed", "ploughed", "plowed", "derailed", "hit":
		return true
	}
	return false
}

// vehicleWord reports whether low names a vehicle that crashes on land.
func vehicleWord(low string) bool {
	switch low {
	case "train", "trains", "tram", "trams", "bus", "buses", "coach", "lorry", "lorries", "truck", "trucks", "locomotive":
		return true
	}
	return false
}

// armed reports whether the sentence names a weapon, troops or an attack.
func armed(toks []token) bool {
	for k := range toks {
		t := &toks[k]
		if t.is(lxStrikeWeapon) {
			return true
		}
		switch lower(t) {
		case "troops", "military", "army", "forces", "shelling", "bombs", "bomb", "missiles", "missile", "drones", "rockets",
			"attack", "attacks", "attacked", "militants", "insurgents", "rebels", "bomber", "explosives", "suicide", "landmine", "device",
			"gunmen", "gunman", "militant", "insurgent", "rebel", "terrorist", "terrorists", "jihadists", "bombing", "bombings",
			"grenade", "grenades", "saboteurs", "sabotage", "bombers":
			return true
		}
	}
	return false
}

// explosionWord reports whether low names an explosion.
func explosionWord(low string) bool {
	switch low {
	case "explosion", "explosions", "blast", "blasts", "exploded":
		return true
	}
	return false
}

// deadline words before an expression make it a bound, not a date.
var deadline = map[string]bool{"by": true, "until": true, "till": true, "since": true}

// near reports whether token i is within n words of the expression.
func near(seg span, i, n int) bool {
	if i < seg.TFrom {
		return seg.TFrom-i <= n
	}
	return i-seg.TTo < n
}

// units counts the words from token i up to token j, a run of capitalised
// words (a name: "President Donald J. Trump") counting as one.
func units(toks []token, i, j int) int {
	n := 0
	for k := i + 1; k <= j && k < len(toks); k++ {
		if toks[k].Cap && toks[k-1].Cap { // capitals: words (see token)
			continue
		}
		n++
	}
	return n
}

// habitual reports whether a sentence states what usually happens ("leaders
// usually meet in April"): a generic statement, not a dated happening.
func habitual(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if !t.is(lxHabitual | lxEvery) {
			continue
		}
		if t.is(lxHabitual) {
			return true
		}
		if i+1 < len(toks) && (lower(&toks[i+1]) == "year" || lower(&toks[i+1]) == "month" || lower(&toks[i+1]) == "week" || lower(&toks[i+1]) == "spring" || lower(&toks[i+1]) == "summer") {
			return true // "every year", "each spring"
		}
	}
	return false
}

// habitualWords state what usually happens ("leaders usually meet");
// everyWords do with a period after them ("every year").
var habitualWords = map[string]bool{
	"usually": true, "often": true, "typically": true, "generally": true, "traditionally": true,
	"normally": true, "regularly": true, "customarily": true,
}
var everyWords = map[string]bool{"every": true, "each": true}

// subject is the person or organisation named nearest before the trigger
// in its part of the sentence, not across a relative pronoun.
func subject(toks []token, ents []entity, people []string, seg span, trig int) string {
	best, bestLast := "", -1
	from := seg.From
	if k := reportedClause(toks, seg, trig); k >= 0 {
		from = k // "Skagen said the men were freed": the men, not Skagen
	}
	for i := trig - 1; i > from; i-- {
		if low := lower(&toks[i]); (low == "after" || low == "before" || low == "when" || low == "because" || low == "until") && i+2 < trig && !toks[i+1].is(lxPronoun) && !determinerBefore[lower(&toks[i+1])] && !commaBetween(toks, i, trig) {
			if k := entityAt(ents, people, i+1); k != "" {
				// "Hollis, who took over after Paul Dacre was sacked":
				// the clause the conjunction opens has its own subject
				return k
			}
		}
		if low := lower(&toks[i]); (low == "after" || low == "following") && i+1 < trig && toks[i+1].Poss {
			// "sacked Paul Dacre after Saturday's defeat": a noun of a
			// day's happening after it has no subject before it
			return ""
		}
		if low := lower(&toks[i]); low == "where" && toks[i-1].Text == "," && !(i+1 < trig && toks[i+1].is(lxPronoun)) {
			// "flying to Toronto, where the king is to open a forum":
			// the clause names its own subject, nobody before it
			from = i
			break
		}
		if low := lower(&toks[i]); (low == "which" || low == "who") && toks[i-1].Text == "," || low == "who" && toks[i-1].Word {
			// "A woman who let the men use her phone was arrested":
			// the clause between the noun and its verb names no
			// subject either.
			// "Sinner, who won ...": the name before the pronoun;
			// "Alcaraz will play in Toronto, which starts ...": not
			// Alcaraz, nor anyone before the clause.
			from = trig
			for k := range ents {
				e := &ents[k]
				if e.Last == i-2 && !e.Possessive {
					switch {
					case e.Kind == "person" && people[k] != "":
						return people[k]
					case e.Kind == "org":
						return e.Name
					}
				}
			}
			break
		}
	}
	for k := range ents {
		e := &ents[k]
		if e.Last >= trig || e.First < from || e.Last < bestLast || e.Possessive || betweenNames(toks, from, e.First) {
			continue // "The bout between Smith and Jones was called off": Jones is no subject
		}
		switch {
		case e.Kind == "person" && people[k] != "":
			best, bestLast = people[k], e.Last
		case (e.Kind == "org" || e.Kind == "place" && e.Place.Kind == gazetteer.Venue && !e.Locative) && !afterLocative(toks, e.First):
			best, bestLast = e.Name, e.Last
		case e.Kind == "place" && !e.Locative && e.Last >= trig-2 && (e.Place.Kind == gazetteer.Country || e.Place.Kind == gazetteer.City) &&
			!afterPreposition(toks, e.First):
			best, bestLast = e.Place.Name, e.Last // "Ukraine quickly agreed": a country acts
		}
	}
	return best
}

// possessiveHead reports whether the noun at i heads the phrase a
// possessive date opens at from: only a score, a number or plain words
// that name no happening stand between ("Saturday's 4-0 home defeat");
// "last week's floods began" has a happening's word between.
func possessiveHead(toks []token, from, i int) bool {
	if i-from > 5 {
		return false
	}
	for k := from; k < i; k++ {
		t := &toks[k]
		if !t.Word && !isDigits(t.Text) && t.Text != "-" && !strings.ContainsAny(t.Text, "0123456789") {
			return false
		}
		if t.Word && (t.kind() != "" || t.is(lxAuxiliary) || t.Cap || t.is(lxPreposition)) {
			return false
		}
	}
	return true
}

// nounAfter reports whether the token at k is a plain lower-case word
// that goes on a noun phrase ("leave entitlements", "the crash site"): no
// preposition, conjunction, adverb of time or auxiliary.
func nounAfter(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].Word || toks[k].Cap || toks[k].is(lxPreposition) || toks[k].is(lxAuxiliary) {
		return false
	}
	switch lower(&toks[k]) {
	case "and", "or", "but", "pending", "after", "following", "while", "until", "since", "last", "this", "as", "amid", "over", "early", "late", "earlier", "later", "yesterday", "today", "tonight", "overnight":
		return false
	}
	return true
}

// commaBetween reports whether a comma stands between the tokens i and j.
func commaBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// timeWordBetween reports whether a word of time that opens a phrase or
// clause ("after", "before", "since", "following", "until", "amid") stands
// between the tokens i and j: a verb before it neither governs nor is
// dated by what follows ("Markets rallied after Sunday's election").
func timeWordBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		switch lower(&toks[k]) {
		case "after", "before", "since", "following", "until", "amid":
			return true
		}
	}
	return false
}

// entityAt returns the person (resolved) or organisation whose name opens
// at token first, or "".
func entityAt(ents []entity, people []string, first int) string {
	for k := range ents {
		e := &ents[k]
		if e.First != first || e.Possessive {
			continue
		}
		switch {
		case e.Kind == "person" && people[k] != "":
			return people[k]
		case e.Kind == "org":
			return e.Name
		}
	}
	return ""
}

// reportedClause returns the index of the first word of a reported
// clause that holds the trigger toks[trig] and opens with a noun phrase
// of its own ("Skagen Offshore said the men were freed", "officials said
// that a bridge had collapsed"), or -1. Names before the statement verb
// are the speaker's, not the subject of what it reports. A clause that
// opens with a pronoun ("Smith said he resigned") is left alone: the
// pronoun may stand for the speaker.
func reportedClause(toks []token, seg span, trig int) int {
	for i := trig - 1; i >= seg.From && i >= trig-12; i-- {
		t := &toks[i]
		if !t.Word {
			if t.Text == "," || t.Text == ";" {
				return -1
			}
			continue
		}
		switch lower(t) {
		case "said", "says", "say", "told":
		default:
			continue
		}
		k := i + 1
		if k < trig && lower(&toks[k]) == "that" {
			k++
		}
		if k >= trig || !toks[k].Word {
			return -1
		}
		switch lower(&toks[k]) {
		case "the", "a", "an":
			return k
		}
		return -1
	}
	return -1
}

// object is up to four words after a trigger verb, to a preposition, the
// date expression or punctuation: "interest rates steady".
func object(toks []token, trig int, seg span) string {
	var words []string
	i := trig + 1
	if lower(&toks[trig]) == "called" && i < len(toks) && (lower(&toks[i]) == "on" || lower(&toks[i]) == "for") {
		words = append(words, toks[i].Text) // "called on allies", "called for calm"
		i++
	}
	if lower(&toks[trig]) == "broke" && i < len(toks) && lower(&toks[i]) == "into" {
		words = append(words, toks[i].Text) // "broke into a museum": "Thieves break into museum"
		i++
		if i < len(toks) && (lower(&toks[i]) == "a" || lower(&toks[i]) == "an" || lower(&toks[i]) == "the") {
			i++
		}
	}
	if i < len(toks) && (lower(&toks[trig]) == "laid" && lower(&toks[i]) == "off" || lower(&toks[trig]) == "swore" && lower(&toks[i]) == "in" || lower(&toks[trig]) == "take" && lower(&toks[i]) == "over" || lower(&toks[i]) == "down" && toks[trig].is(lxPresent) && strings.HasSuffix(presents[lower(&toks[trig])], " down")) {
		i++ // "laid off 300 workers": the headline's verb keeps its particle ("lays off")
	}
	limit := 4
	for ; i < seg.To && (len(words) < limit || len(words) > 0 && t0Cap(toks, i)); i++ {
		t := &toks[i]
		if (t.Text == "," || t.Text == ";") && !(len(words) == 0 && i > trig+1 && quantity(&toks[i-1]) && !(i-1 >= seg.TFrom && i-1 < seg.TTo)) {
			break // "will reopen on Wednesday, officials said": the object ends at the comma
		}
		if len(words) == 0 && (i >= seg.TFrom && i < seg.TTo || i+1 == seg.TFrom && t.is(lxPreposition)) {
			continue // "agreed on Tuesday to buy ...": the date is not the object
		}
		if len(words) == 0 && trig < seg.TFrom && i == seg.TTo && (t.is(lxAuxiliary) || t.kind() != "" && strings.HasSuffix(lower(t), "ed") || finitePast(t)) {
			break // "The man arrested on Sunday died on Friday": past the date is the sentence's own verb, no object
		}
		if len(words) == 0 && lower(t) == "to" && (lower(&toks[trig]) == "agreed" || lower(&toks[trig]) == "agrees") {
			words = append(words, t.Text) // "agreed to buy Harlan Coatings"
			limit = 5
			continue
		}
		if len(words) == 0 && (quantity(t) && countAhead(toks, i, seg.To) || t.is(lxCountWord) || t.Text == "," && i > trig+1 && quantity(&toks[i-1])) {
			continue // "recalling about 312,000 SUVs": the headline keeps the noun
		}
		if lower(t) == "of" && len(words) > 0 && len(words) < limit-1 && i+1 < seg.To && toks[i+1].Word && !toks[i+1].is(lxNotName) && !(i+1 >= seg.TFrom && i+1 < seg.TTo) {
			words = append(words, t.Text) // "a state of emergency"
			continue
		}
		if i >= seg.TFrom && i < seg.TTo || !t.Word || t.is(lxPreposition) || t.is(lxObjectStop) || strings.HasSuffix(lower(t), "ly") {
			break
		}
		if lower(t) == "behind" && len(words) > 0 {
			break // "arrested two men behind the attack": the phrase says who they are, the headline keeps "men"
		}
		if lower(t) == "under" && lower(&toks[trig]) == "placed" && len(words) > 0 && i+1 < len(toks) && toks[i+1].Word {
			words = append(words, t.Text, toks[i+1].Text) // "placed two officials under investigation"
			break
		}
		if lower(t) == "off" && i+1 < seg.To && (lower(&toks[i+1]) == "the" || toks[i+1].Cap) {
			break // "sank off the coast of Crete" is where, not what; "lifted off" keeps its particle
		}
		if low := lower(t); len(words) == 0 && (low == "its" || low == "their" || low == "his" || low == "her" || low == "the" || low == "a" || low == "an") {
			continue // "raised its benchmark rate", "won the final": a headline drops them
		}
		words = append(words, t.Text)
	}
	if len(words) == 1 && (lower(&toks[trig]) == "called") {
		return "" // "called on" with nothing after it
	}
	return strings.Join(words, " ")
}

// nounSubject is the noun phrase right before a verb, when it names no
// one ("Chile's peso rallied"): up to three words after a determiner or
// the start of the clause, auxiliaries skipped.
func nounSubject(toks []token, seg span, trig int) string {
	if !toks[trig].is(lxPresent) || presents[lower(&toks[trig])] == lower(&toks[trig]) && !passiveOnly(lower(&toks[trig])) {
		return "" // not a verb a headline puts in the present
	}
	if k := reportedClause(toks, seg, trig); k > seg.From {
		seg.From = k // "Dobre said the bridge near Slatina had been inspected": the reported clause's phrase
	}
	i := trig - 1
	if lower(&toks[trig]) == "office" && i > seg.From && takeForms[lower(&toks[i])] {
		i-- // "Smith took office": Smith, not "Smith took"
	}
	if lower(&toks[trig]) == "control" && i > seg.From && lower(&toks[i]) == "under" {
		i-- // "the fire was brought under control": the fire
		if low := lower(&toks[i]); low == "brought" || low == "got" || low == "kept" {
			i--
		} else {
			// "brought a wildfire north of Athens under control": the
			// disaster between the verb and "under"
			for k := i; k >= seg.From && k >= i-8; k-- {
				if low := lower(&toks[k]); low == "brought" || low == "got" || low == "kept" {
					for n := k + 1; n <= i; n++ {
						if toks[n].is(lxDisaster) {
							return toks[n].Text
						}
					}
					break
				}
			}
		}
	}
	if i >= seg.From && lower(&toks[trig]) == "aground" {
		switch lower(&toks[i]) {
		case "ran", "run", "runs", "running", "went":
			i-- // "The ship ran aground": the verb before its particle
		}
	}
	for i >= seg.From && (toks[i].is(lxAuxiliary) || lower(&toks[i]) == "be" || lower(&toks[i]) == "been" || adverbBefore(lower(&toks[i])) ||
		lower(&toks[i]) == "to" && i > seg.From && toks[i-1].is(lxAuxiliary) ||
		auxAdverb(lower(&toks[i])) && i > seg.From && toks[i-1].is(lxAuxiliary)) {
		i-- // "the spa was also evacuated": the spa; "the king is to open": the king
	}
	if i >= seg.TFrom && i < seg.TTo {
		// "A Dutch worker kidnapped near Yenagoa in 2010 was freed": a
		// date names no one; the noun before the participle that
		// opened its phrase is the subject, or none.
		for k := seg.TFrom - 1; k > seg.From && k >= seg.TFrom-6; k-- {
			t := &toks[k]
			if !t.Word || t.Text == "," {
				break
			}
			if low := lower(t); !t.Cap && len(low) > 4 && strings.HasSuffix(low, "ed") && !toks[k-1].is(lxAuxiliary) && !toks[k-1].is(lxPreposition) && toks[k-1].Word && !toks[k-1].Cap {
				return relativeHead(toks, seg, k)
			}
		}
		return ""
	}
	if i == trig-1 && i > seg.From && toks[i].Text == "," && toks[i-1].Word && !quantity(&toks[i-1]) && !(i-1 >= seg.TFrom && i-1 < seg.TTo) &&
		trig+1 < len(toks) && asideAfter[lower(&toks[trig+1])] {
		i-- // "The stadium, built in 1978,": the noun before the participle's aside
	} else if i > seg.From && toks[i].Text == "," {
		// "The Blue Lagoon spa, one of the main attractions, was
		// evacuated": the noun before the aside
		for k := i - 1; k > seg.From && k >= i-12; k-- {
			if toks[k].Text == "," {
				i = k - 1
				break
			}
		}
	}
	if i > seg.From && (lower(&toks[i]) == "that" || lower(&toks[i]) == "which") && toks[i-1].Word {
		i-- // "the ceasefire that began": the noun before the relative pronoun
	}
	for k := i; k > seg.From; k-- {
		if lower(&toks[k]) == "who" && toks[k-1].Word {
			// "A convicted murderer who escaped from a prison a week ago
			// was captured": the noun before the relative clause, not
			// the clause's last words; "One of the two inmates who ..."
			// names a part of a group, no subject a headline can take.
			return relativeHead(toks, seg, k)
		}
	}
	if head := phraseHead(toks, seg, i); head != "" {
		return head
	}
	end := i + 1
	for i >= seg.From && end-i <= 3 {
		t := &toks[i]
		low := lower(t)
		if !t.Word || notNames[low] || prepositions[low] || low == "who" || low == "which" {
			break
		}
		i--
	}
	if i >= seg.From && toks[i].Word && !toks[i].is(lxNotName) && !toks[i].is(lxPreposition) {
		return "" // more than three words: not a subject we can name
	}
	j := i
	for j > seg.From && j >= i-3 && toks[j].Word && (toks[j].is(lxNotName|lxCountWord) || quantity(&toks[j])) && !toks[j].is(lxPreposition) {
		j-- // "between the two sides": past the article and the count
	}
	if j >= 0 && (lower(&toks[j]) == "between" || lower(&toks[j]) == "among") || betweenNames(toks, seg.From, i+1) {
		return "" // "Talks between the two sides collapsed": the sides are no subject; the clause's head is
	}
	if i > seg.From && toks[i].Text == "," && quantity(&toks[i-1]) && quantity(&toks[i+1]) {
		return "" // "Grindavik's 3,700 residents": a number split at its comma is no subject's start
	}
	p := i
	if p > seg.From && (lower(&toks[p]) == "the" || lower(&toks[p]) == "a") {
		p--
	}
	if p > seg.From && (lower(&toks[p]) == "in" || lower(&toks[p]) == "at" || lower(&toks[p]) == "across") &&
		toks[p-1].Word && !toks[p-1].is(lxNotName) && !toks[p-1].is(lxPreposition) && toks[p-1].kind() == "" &&
		(p-1 == seg.From || !toks[p-2].Word || toks[p-2].is(lxNotName)) {
		return toks[p-1].Text // "Schools in the county will reopen": the schools, not the county
	}
	var words []string
	for k := i + 1; k < end; k++ {
		words = append(words, toks[k].Text)
	}
	return strings.Join(words, " ")
}

// asideAfter follow a participle that opens an aside in the passive
// ("Jetwise, founded in 2009,", "the bridge, built by the state,").
var asideAfter = map[string]bool{"in": true, "by": true, "on": true, "at": true, "during": true}

// relativeHead is the noun phrase right before the relative pronoun at
// toks[who] ("A convicted murderer who"): up to three words after a
// determiner or the start of the clause, or "" when a preposition, a
// count or a name comes first ("One of the inmates who").
func relativeHead(toks []token, seg span, who int) string {
	start := who
	for start > seg.From && who-start < 3 {
		t := &toks[start-1]
		if !t.Word || t.is(lxNotName) || t.is(lxPreposition) || quantity(t) || t.is(lxCountWord) {
			break
		}
		start--
	}
	if start == who {
		return ""
	}
	if start > seg.From && toks[start-1].Word {
		switch lower(&toks[start-1]) {
		case "a", "an", "the":
		default:
			return "" // "of the two inmates who", a fourth word: no plain noun phrase
		}
	}
	var words []string
	for n := start; n < who; n++ {
		words = append(words, toks[n].Text)
	}
	return strings.Join(words, " ")
}

// afterPreposition reports whether a preposition (perhaps and "the")
// stands right before toks[i]: "flights from Munich", "the bridge over the
// Danube".
func afterPreposition(toks []token, i int) bool {
	if i > 0 && lower(&toks[i-1]) == "the" {
		i--
	}
	return i > 0 && toks[i-1].is(lxPreposition)
}

// afterLocative reports whether a preposition of place (perhaps and
// "the") stands right before toks[i]: "the bridge over the Danube"; "the
// head of the IMF" keeps the IMF.
func afterLocative(toks []token, i int) bool {
	if i > 0 && lower(&toks[i-1]) == "the" {
		i--
	}
	return i > 0 && toks[i-1].is(lxLocative) && toks[i-1].kind() == ""
}

// phraseHead returns the head noun of a subject that opens the clause and
// ends in a prepositional phrase right before the verb: "The count of
// domestic votes finished" gives "count", "Flights from Frankfurt and
// Munich resumed" gives "Flights", "A three-day strike by Lufthansa
// pilots ended" gives "strike". It returns "" for any other shape.
func phraseHead(toks []token, seg span, i int) string {
	if i < seg.From || !toks[i].Word || lower(&toks[i]) == "and" {
		return "" // "halted sales ... and will start": a clause, not a subject, before the verb
	}
	k := i
	for k >= seg.From && k > i-6 {
		t := &toks[k]
		low := lower(t)
		if t.Text == "," || low == "and" || low == "the" && k < i || t.Word && !notNames[low] && !prepositions[low] && triggerKinds[low] == "" ||
			k < i && !t.Cap && compassAdjective(low) || k < i && (t.Text == "$" || t.Text == "€" || t.Text == "£" || t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9' || low == "new") {
			// "of the $1.2-billion line", "of the new line": a price or
			// "new" in the phrase after the head
			k-- // "of the southern archipelago": an adjective of the phrase after the head
			continue
		}
		break
	}
	if k <= seg.From || k == i || !phrasePreps[lower(&toks[k])] {
		return ""
	}
	// The clause opens after the last punctuation (a dateline's dash)
	// before the phrase, perhaps with a determiner.
	start := seg.From
	for d := seg.From; d < k; d++ {
		if !toks[d].Word {
			start = d + 1
		}
	}
	if start < k {
		switch lower(&toks[start]) {
		case "the", "a", "an":
			start++
		}
	}
	var words []string
	for d := start; d < k; d++ {
		t := &toks[d]
		opens := d == seg.From || !toks[d-1].Word
		switch lower(t) {
		case "new", "old", "first", "last", "next":
			continue // "The new bridge": the headline's "Bridge"
		}
		if phrasePreps[lower(t)] && len(words) > 0 {
			break // "The count of votes in Lisbon": the head ends at the first preposition
		}
		if !t.Word || t.Cap && !opens || t.is(lxNotName) && !(opens && t.Cap) || t.is(lxCountWord) || quantity(t) {
			return "" // "Tens of thousands of people": a count is no head
		}
		if strings.HasSuffix(lower(t), "-day") || strings.HasSuffix(lower(t), "-week") || strings.HasSuffix(lower(t), "-long") {
			continue // "a three-day strike": the headline drops its length
		}
		words = append(words, t.Text)
	}
	if len(words) == 0 || len(words) > 2 {
		return ""
	}
	return strings.Join(words, " ")
}

// compassAdjective reports whether w is an adjective of direction
// ("southern", "north-western"), a modifier in a noun phrase.
func compassAdjective(w string) bool {
	switch w {
	case "northern", "southern", "eastern", "western", "central",
		"north-western", "north-eastern", "south-western", "south-eastern",
		"northwestern", "northeastern", "southwestern", "southeastern":
		return true
	}
	return false
}

// modalBefore are the words after which a bare verb ("open", "close") is
// one.
var modalBefore = map[string]bool{"will": true, "to": true, "shall": true, "would": true, "could": true, "may": true, "might": true}

// phrasePreps open the phrase after a subject's head noun.
var phrasePreps = map[string]bool{"of": true, "from": true, "by": true, "in": true, "at": true, "over": true, "on": true, "near": true, "across": true, "outside": true, "for": true, "with": true}

// t0Cap reports whether toks[i] goes on a capitalised name that the
// previous word began: an object does not stop inside "Harlan Coatings".
func t0Cap(toks []token, i int) bool {
	return i > 0 && toks[i].Cap && toks[i-1].Cap // capitals: words (see token)
}

// quantity reports whether a token is a number or a word that qualifies
// one ("about", "nearly").
func quantity(t *token) bool {
	switch lower(t) {
	case "about", "some", "nearly", "almost", "around", "roughly", "approximately", "more", "than", "over", "at", "least":
		return true
	}
	if t.Text == "" {
		return false
	}
	for _, r := range t.Text { // digits, with separators and signs
		if r != ',' && r != '.' && r != '$' && r != '%' && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// countAhead reports whether toks[i], a number or a word that qualifies
// one, goes on a count: itself a number, or a qualifier with a number
// within two more words ("about 312,000", "at least 40"). "captured Sunday
// at a relative's home" has none: "at" is there a preposition.
func countAhead(toks []token, i, to int) bool {
	for k := i; k < to && k <= i+2; k++ {
		t := &toks[k]
		if t.is(lxCountWord) || quantity(t) && t.Text != "" && (t.Text[0] >= '0' && t.Text[0] <= '9' || t.Text[0] == '$') {
			return true
		}
		if !quantity(t) {
			return false
		}
	}
	return false
}

// lightVerbs name a happening only when no noun after them does ("held
// talks", "held a call").
var lightVerbs = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "had": true,
	"began": true, "begins": true, "started": true, "starts": true}

// triggerBefore reports whether a trigger word stands within n words
// before i ("talks were held").
func triggerBefore(toks []token, i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if toks[k].kind() != "" && !toks[k].is(lxLightVerb) {
			return true
		}
	}
	return false
}

// subordinate reports whether the trigger at trig stands after the
// expression in a clause that "before", "after" or "until" opens: that
// clause tells of another time. ("In November, when they agreed ..." is
// that November: "when" after a time refers to it.)
func subordinate(toks []token, seg span, trig int) bool {
	if trig < seg.TTo {
		return false
	}
	for i := seg.TTo; i < trig; i++ {
		switch lower(&toks[i]) {
		case "before", "after", "until":
			return true
		}
	}
	return false
}

// futureCue reports whether the words before an expression make it a time
// to come: "will", "would", "plans", "scheduled" or "due" before it, or
// "for" right before the date ("called an election for").
func futureCue(toks []token, seg span, quoted []bool) bool {
	if seg.TFrom > 0 && lower(&toks[seg.TFrom-1]) == "for" {
		return true
	}
	for i := seg.From; i < seg.TFrom; i++ {
		switch low := lower(&toks[i]); {
		case quoted[toks[i].Start]:
		case low == "will", low == "shall", low == "would", low == "plans", low == "planned", low == "scheduled", low == "due":
			return true
		}
	}
	return false
}

// scheduled reports whether the part of the sentence looks ahead: "next",
// "coming", "upcoming", "to" after "is", "are", "set", "due" or "going", a
// verb in the present progressive, or a verb of schedule in the present
// ("the tournament starts on Aug. 2", "Merz travels to Paris on Monday").
func scheduled(toks []token, seg span) bool {
	for i := seg.From; i < seg.To; i++ {
		low := lower(&toks[i])
		switch low {
		case "next", "coming", "upcoming", "tomorrow", "later", "expected", "set", "planning", "tonight":
			return true
		}
		if i > 0 {
			prev := lower(&toks[i-1])
			if low == "to" && (prev == "is" || prev == "are" || prev == "set" || prev == "due" || prev == "going" || prev == "expected") {
				return true
			}
			if strings.HasSuffix(low, "ing") && (prev == "is" || prev == "are") {
				return true // "is meeting on Friday"
			}
		}
		if k := triggerKinds[low]; k != "" && k != KindStatement && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !talkNouns[low] && !meetingNouns[low] {
			return true // "meets", "visits", "opens": a present of schedule
		}
		switch low {
		case "starts", "begins", "opens", "ends", "resumes":
			return true
		case "takes":
			if i+1 < seg.To {
				switch lower(&toks[i+1]) {
				case "office", "place", "power", "effect":
					return true // "the new mayor takes office on 28 September"
				}
			}
		}
	}
	return false
}

// deadlineAfter reports whether the expression names a deadline: "set
// Friday as the deadline".
func deadlineAfter(toks []token, seg span) bool {
	for i := seg.TTo; i < len(toks) && i < seg.TTo+4; i++ {
		if low := lower(&toks[i]); low == "deadline" || low == "deadlines" {
			return true
		}
	}
	return false
}

// otherVerbBetween reports whether a bare participle that names no
// happening we keep stands between a trigger at i and the expression at
// j, and so takes the expression for itself ("to screen an advertisement
// made last week"). Words of plan ("scheduled", "expected") pass the date
// on.
func otherVerbBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		t := &toks[k]
		if !t.Word || t.Cap || t.is(lxTrigger|lxPlanWord) {
			continue
		}
		low := lower(t)
		if k == i+1 || strings.Contains(low, "-") || toks[k-1].is(lxAuxiliary) || lower(&toks[k-1]) == "been" || lower(&toks[k-1]) == "being" {
			// "an aftershock followed the next day": the trigger's own
			// verb; "refugee-flooded": an adjective; "when it was
			// boarded in May": a clause of the same time. Only a bare
			// participle, a clause of its own, takes the date.
			continue
		}
		switch lower(&toks[k-1]) {
		case "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that", "newly", "recently":
			continue // "the affected areas": an adjective, not a verb
		}
		if p := lower(&toks[k-1]); len(p) > 4 && strings.HasSuffix(p, "ing") && k+1 < j && toks[k+1].Word && !toks[k+1].Cap && !toks[k+1].is(lxPreposition) {
			continue // "would begin flying stranded customers home": the adjective of the -ing verb's object
		}
		if strings.HasSuffix(low, "ed") && len(low) > 4 || low == "made" || low == "took" || low == "gave" || low == "went" || low == "came" {
			return true
		}
	}
	return false
}

// participleBefore reports whether a bare participle that names no
// happening we keep stands right before the expression at j ("the warrant
// issued Monday"): the expression is its, not a later trigger's.
func participleBefore(toks []token, j int) bool {
	k := j - 1
	if k < 1 {
		return false
	}
	t := &toks[k]
	low := lower(t)
	if !t.Word || t.Cap || t.is(lxTrigger|lxPlanWord) || strings.Contains(low, "-") || !strings.HasSuffix(low, "ed") || len(low) <= 4 {
		return false
	}
	prev := lower(&toks[k-1])
	return !toks[k-1].is(lxAuxiliary) && prev != "been" && prev != "being" && toks[k-1].Word
}

// relativeBetween reports whether a relative clause of a person set off by
// a comma (", who", ", whose") opens between the trigger at i and the
// expression at j: the expression dates the clause, not the trigger ("Police
// arrested the man, who had fled on Sunday"). A clause closed by a comma
// before the expression leaves it to the trigger ("arrested the man, who
// was wanted for murder, on Sunday").
func relativeBetween(toks []token, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if toks[k].Text != "," {
			continue
		}
		switch lower(&toks[k+1]) {
		case "who", "whose", "whom":
			// of a person: what the clause tells is the person's own
			// act, unless a comma closes it before the expression
			// ("arrested the man, who was wanted for murder, on Sunday")
			closed := false
			for m := k + 2; m < j; m++ {
				if toks[m].Text == "," {
					closed = true
				}
			}
			if !closed {
				return true
			}
		}
	}
	return false // ", which was priced on Wednesday": a thing's clause may date the happening it names
}

// arithmeticOnly reports whether every expression of txs counts from
// another happening ("two days after", "a week before"): none dates the
// sentence's news of its own.
func arithmeticOnly(txs []timex.Timex) bool {
	for i := range txs {
		if !hasSuffixFold(txs[i].Text, " after") && !hasSuffixFold(txs[i].Text, " before") {
			return false
		}
	}
	return len(txs) > 0
}

// pastBefore is pastTriggerBefore(toks, j), worked out on the first call
// and kept in *known and *v.
func pastBefore(known, v *bool, toks []token, j int) bool {
	if !*known {
		*known, *v = true, pastTriggerBefore(toks, j)
	}
	return *v
}

// pastTriggerBefore reports whether the expression starting at j follows
// a trigger in the past ("-ed") that names a happening, with at most "on",
// "in", "at" or "late"/"early" between: that verb is what the expression
// dates, not a verb after it ("The man arrested on Wednesday night appeared
// in court on Friday").
func pastTriggerBefore(toks []token, j int) bool {
	k := j - 1
	if k >= 0 {
		switch lower(&toks[k]) {
		case "on", "in", "at", "late", "early":
			k--
		}
	}
	if k < 0 || !toks[k].Word || toks[k].Cap || !strings.HasSuffix(lower(&toks[k]), "ed") {
		return false
	}
	if k := toks[k].kind(); k == "" || k == KindStatement {
		return false
	}
	return phraseTrigger(toks, k)
}

// planWords pass a date on to the happening they plan.
var planWords = map[string]bool{
	"scheduled": true, "planned": true, "expected": true, "slated": true, "due": true,
	"set": true, "proposed": true, "supposed": true, "tipped": true, "rescheduled": true,
	"postponed": true, "delayed": true, "moved": true, "timed": true, "reported": true,
	"based": true, "located": true, "called": true, "named": true, "titled": true, "entitled": true,
}

// modifier reports whether the trip word at i qualifies the noun after it
// ("travel disruption", "visit plans") rather than naming a trip.
func modifier(toks []token, i int) bool {
	switch lower(&toks[i]) {
	case "travel", "trip", "visit", "tour":
	default:
		return false
	}
	if i+1 >= len(toks) || !toks[i+1].Word || toks[i+1].Cap {
		return false
	}
	switch n := lower(&toks[i+1]); {
	case prepositions[n], auxiliaries[n], notNames[n], strings.HasSuffix(n, "ly"),
		n == "home", n == "abroad", n == "overseas", n == "there", n == "here", n == "together":
		return false
	}
	return true
}

// adjectival reports whether the participle at i qualifies the noun after
// it, between an article or possessive and that noun ("the flooded area",
// "its crashed plane"): it describes a thing, it is no happening.
func adjectival(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(lower(&toks[i]), "ed") {
		return false
	}
	switch p := lower(&toks[i-1]); {
	case p == "the", p == "a", p == "an", p == "its", p == "their", p == "his", p == "her", p == "this", p == "that", p == "these", p == "those":
	case strings.HasSuffix(p, "ed") && triggerKinds[p] != "" && !auxiliaries[p]:
		// "toured flooded towns": the participle qualifies the object
	case p == "for", p == "of", p == "with", p == "from", p == "about", p == "against", p == "on", p == "in", p == "at", p == "by", p == "into", p == "without", p == "over", p == "among":
		// "tested positive for banned substances", "a search for
		// escaped inmates": a participle right after a preposition
		// qualifies its noun
	default:
		return false
	}
	n := &toks[i+1]
	return n.Word && !n.Cap && !n.is(lxPreposition) && !n.is(lxAuxiliary)
}

// pastTense reports whether the trigger at i is a verb in the past tense
// ("agreed", "met"), not one after "will", "would", "to" or a form of "be".
func pastTense(toks []token, i int) bool {
	low := lower(&toks[i])
	if !strings.HasSuffix(low, "ed") && !irregularPasts[low] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch lower(&toks[k]) {
		case "will", "would", "to", "be", "being", "been", "is", "are", "shall", "should", "could", "may", "might", "must", "has", "have", "had":
			return false
		}
	}
	return true
}

// determinerBefore are the determiners and possessive pronouns before a
// noun: a verb's form after one is a noun ("her resume").
var determinerBefore = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"my": true, "your": true, "our": true, "this": true, "that": true, "these": true, "those": true,
}

// hitFigure reports whether "hit" at i is a figure of speech, no blow: a
// figure that "hit a record (high, low)" or "an all-time high", people who
// "hit the streets" or "hit out at" someone, "hit back".
func hitFigure(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := lower(&toks[i+1])
	switch n {
	case "out", "back", "record", "highs", "lows":
		return true
	case "a", "an", "the", "its", "their", "new", "fresh":
		for k := i + 2; k < len(toks) && k <= i+4; k++ {
			switch lower(&toks[k]) {
			case "record", "high", "low", "peak", "streets", "headlines", "jackpot", "target", "milestone", "snag", "wall", "ceiling":
				return true
			}
		}
	}
	return false
}

// escapedNot are the words after "escaped" that tell of surviving or
// avoiding something, no escape: "escaped unhurt", "escaped with minor
// injuries", "escaped prosecution".
var escapedNot = map[string]bool{
	"unhurt": true, "unharmed": true, "uninjured": true, "unscathed": true, "injury": true, "injuries": true,
	"death": true, "serious": true, "major": true, "minor": true, "harm": true, "alive": true, "punishment": true,
	"prosecution": true, "conviction": true, "detection": true, "notice": true, "blame": true, "relegation": true,
}

// survivedWith reports whether "escaped" at i is followed by "with" and,
// within three words, what one survives with ("escaped with minor
// injuries", "escaped with their lives"); "escaped with another inmate" is
// an escape.
func survivedWith(toks []token, i int) bool {
	if i+1 >= len(toks) || lower(&toks[i+1]) != "with" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		switch lower(&toks[k]) {
		case "injuries", "injury", "cuts", "bruises", "wounds", "burns", "life", "lives", "scratches":
			return true
		}
	}
	return false
}

// questionedClause are the words after "questioned" that open a clause or
// a doubt: someone voiced a question, no one was questioned.
var questionedClause = map[string]bool{
	"why": true, "whether": true, "how": true, "if": true, "what": true, "when": true, "that": true,
}

// irregularPasts are past tenses of trigger verbs that do not end in -ed.
var irregularPasts = map[string]bool{
	"met": true, "held": true, "won": true, "lost": true, "told": true, "said": true,
	"struck": true, "flew": true, "spoke": true, "wrote": true, "kept": true, "began": true,
}

// nearerOther reports whether the trigger at trig stands nearer another
// expression of its part of the sentence than the k-th: each happening is
// dated by the expression closest to the word that names it.
func nearerOther(segs []span, k, trig int, toks []token) bool {
	d := tokDist(segs[k], trig)
	for j, o := range segs {
		if j != k && o.TTo > o.TFrom && o.From <= trig && trig < o.To && tokDist(o, trig) < d {
			if trig > o.TTo+1 && toks[o.TTo-1].Poss {
				// "evacuated during this week's wildfire began returning
				// ... yesterday": an expression in the possessive dates
				// the noun after it, no word past that noun
				continue
			}
			if ownDateAfter(toks, trig, segs[k]) && o.TTo <= trig {
				// "arrested two men on Tuesday over the theft of three
				// paintings on Sunday": a noun's phrase that runs to an
				// expression of its own is dated by it
				continue
			}
			if trig == o.TTo && trig < segs[k].TFrom && finitePast(&toks[trig]) && (pastTriggerBefore(toks, o.TFrom) || participleBefore(toks, o.TFrom) || relativeDate(toks, o)) {
				// "The woman injured on Sunday died on Friday": the
				// nearer expression is the participle's before it, and
				// the finite verb right after it is dated by the next one
				continue
			}
			return true
		}
	}
	return false
}

// ownDateAfter reports whether the trigger at trig is a noun after an
// article ("the theft", "an attack") whose phrase runs, with no comma and
// no other trigger, to the expression seg within ten tokens: "the theft
// of three paintings on Sunday".
func ownDateAfter(toks []token, trig int, seg span) bool {
	if trig == 0 || seg.TFrom <= trig || seg.TFrom-trig > 10 {
		return false
	}
	switch lower(&toks[trig-1]) {
	case "the", "a", "an":
	default:
		return false
	}
	for i := trig + 1; i < seg.TFrom; i++ {
		if toks[i].Text == "," || toks[i].Word && toks[i].kind() != "" {
			return false
		}
	}
	return true
}

// tokDist is the number of tokens between token i and an expression.
func tokDist(seg span, i int) int {
	if i < seg.TFrom {
		return seg.TFrom - i
	}
	return i - seg.TTo + 1
}

// triggerNear reports whether a trigger word stands within n words from i.
func triggerNear(toks []token, i, n int) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if toks[k].kind() != "" {
			return true
		}
	}
	return false
}

// hypothetical reports whether the happening is only supposed or denied:
// its clause opens with "if" or "unless", or "could", "might", "may" or a
// negation stands just before the trigger. ("Would" reports a plan and is kept: "he would meet
// on Tuesday".)
func hypothetical(toks []token, seg span, trig int) bool {
	for i := trig - 1; i >= seg.From && i >= trig-3; i-- {
		switch low := lower(&toks[i]); {
		case low == "could", low == "might", low == "may":
			return true
		case low == "expect", low == "expects", low == "predict", low == "predicts", low == "forecast", low == "forecasts", low == "hope", low == "hopes":
			return true // "analysts expect a cut in September"
		case low == "not", low == "never", low == "no", strings.HasSuffix(low, "n't"), strings.HasSuffix(low, "n’t"):
			return true // "did not meet", "no talks"
		}
	}
	for i := seg.From; i < trig; i++ {
		switch lower(&toks[i]) {
		case "if", "unless", "whether":
			return true
		case ",", ";":
			if i > seg.From {
				return false
			}
		}
	}
	return false
}

// resolveVerbs are the verbs of deciding or threatening before an
// infinitive ("voted to strike", "threatened to strike"): the infinitive
// names what was resolved, not a happening of the sentence's date.
var resolveVerbs = map[string]bool{
	"voted": true, "vote": true, "votes": true, "decided": true, "threatened": true, "threaten": true,
	"threatens": true, "plans": true, "planned": true, "plan": true, "agreed": true, "vowed": true,
	"pledged": true, "promised": true, "refused": true, "declined": true,
}

// proposedFor reports whether the trigger at i is a noun that a plan or
// call was for ("its plan for a referendum", "calls for a general
// strike", "a bid for talks"): a happening proposed, not one that took
// place, so the sentence's date is the plan's, never its.
func proposedFor(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Word && !toks[k].Cap && lower(&toks[k]) != "for" && triggerKinds[lower(&toks[k])] == "" {
		k-- // "a general strike", "a new referendum"
	}
	if k >= 0 && determinerBefore[lower(&toks[k])] {
		k--
	}
	if k < 1 || lower(&toks[k]) != "for" {
		return false
	}
	switch lower(&toks[k-1]) {
	case "plan", "plans", "proposal", "proposals", "bid", "call", "calls", "demand", "demands", "push", "campaign", "request", "requests":
		return true
	}
	return false
}

// bystanderAfter reports whether, from k on, the clause says someone came
// to court for another's case: "to support her brother", "to testify",
// "to watch the hearing", "as a witness" ("to hear the charges" is a
// defendant's own appearance). Such an
// appearance is no hearing of the one who appeared.
func bystanderAfter(toks []token, k int) bool {
	for end := k + 12; k+1 < len(toks) && k < end; k++ {
		t := &toks[k]
		if !t.Word {
			return false // a comma or the sentence's end closes the clause
		}
		switch lower(t) {
		case "to":
			switch lower(&toks[k+1]) {
			case "support", "back", "watch", "testify", "attend", "comfort", "accompany": // not "to hear the charges": a defendant's
				return true
			}
		case "as":
			if w := lower(&toks[k+1]); w == "a" || w == "an" {
				if k+2 < len(toks) && lower(&toks[k+2]) == "witness" {
					return true
				}
			}
		case "and", "but", "who", "which", "where":
			return false
		}
	}
	return false
}

// finitePast reports whether t can be a verb in the past tense: a
// lowercase word in -ed or an irregular past ("died", "sank").
func finitePast(t *token) bool {
	low := lower(t)
	return t.Word && !t.Cap && (strings.HasSuffix(low, "ed") || irregularPasts[low] || low == "sank" || low == "fell" || low == "went")
}

// asideDate reports whether the expression of seg closes an aside set off
// by commas after a noun, with a participle or relative pronoun opening
// it ("The bout, scheduled for Saturday, was called off", "The storm,
// which hit on Saturday, has killed", "Pryce, who left Newport County by
// mutual consent in October, was unveiled"): the expression dates the
// aside, no verb after its closing comma. The aside may run to ten words.
func asideDate(toks []token, seg span) bool {
	if seg.TTo >= len(toks) || toks[seg.TTo].Text != "," {
		return false
	}
	for k := seg.TFrom - 1; k > seg.From && k >= seg.TFrom-10; k-- {
		t := &toks[k]
		if t.Text == "," {
			if k+1 >= seg.TFrom || !toks[k-1].Word {
				return false
			}
			low := lower(&toks[k+1])
			return low == "which" || low == "who" || !toks[k+1].Cap && len(low) > 4 && strings.HasSuffix(low, "ed")
		}
		if !t.Word {
			return false
		}
	}
	return false
}

// relativeDate reports whether the expression of seg ends a relative
// clause with no comma ("the man who was shot on Sunday", "the ferry that
// sank on Sunday"): a relative pronoun after a noun, within six words
// before the expression, none of them a trigger or punctuation. A finite
// verb right after the expression is the main clause's, not dated by it.
func relativeDate(toks []token, seg span) bool {
	for k := seg.TFrom - 1; k > seg.From && k >= seg.TFrom-6; k-- {
		t := &toks[k]
		if !t.Word {
			return false
		}
		switch lower(t) {
		case "who", "which", "that":
			p := &toks[k-1]
			return p.Word && !p.Cap && p.kind() == "" && !p.is(lxPreposition|lxAuxiliary) && k+1 < seg.TFrom
		}
	}
	return false
}

// betweenNames reports whether the name starting at first stands in a
// phrase opened by "between" or "among" after from, with only words
// between ("between Smith and Jones"): it qualifies the noun before the
// phrase, no subject of the verb after it.
func betweenNames(toks []token, from, first int) bool {
	for k := first - 1; k >= from && k >= first-6; k-- {
		if !toks[k].Word || toks[k].kind() != "" {
			return false
		}
		if low := lower(&toks[k]); low == "between" || low == "among" {
			return true
		}
	}
	return false
}

// thatBefore reports whether "that" opens the reported clause between the
// statement verb at i and the expression at j, with at most a preposition
// between it and the expression ("said that on Sunday", "said that late
// on Sunday"): the expression is the clause's.
func thatBefore(toks []token, i, j int) bool {
	k := j - 1
	for k > i && k >= j-3 && toks[k].Word && lower(&toks[k]) != "that" {
		switch lower(&toks[k]) {
		case "on", "in", "at", "late", "early", "by", "since":
			k--
			continue
		}
		return false
	}
	return k > i && lower(&toks[k]) == "that"
}
