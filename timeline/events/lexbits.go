package events

import "encoding/binary"

// lexClass is a set of the word lists of lexicon.go a lower-case word is
// in, with the kind triggerKinds gives it in its top bits. appendTokens
// looks each token up once (lexOf), so that the rules test a bit instead
// of looking the word up in a map every time they read it.
type lexClass uint64

const (
	lxTrigger       lexClass = 1 << iota // triggerKinds gives it a kind
	lxNotName                            // notNames
	lxTitle                              // titleWords
	lxConnector                          // connectors
	lxDemonym                            // a key of demonyms
	lxCountry                            // demonyms gives it a country
	lxOrgSuffix                          // orgSuffixes
	lxKnownOrg                           // knownOrgs
	lxDisaster                           // a key of disasters
	lxRegionKind                         // regionKinds
	lxVenueKind                          // venueKinds
	lxLocative                           // locatives
	lxPlaceNoun                          // placeNouns
	lxHappeningNoun                      // happeningNouns
	lxRegionWord                         // regionWords
	lxStrikeWeapon                       // strikeWeapons
	lxTalkNoun                           // talkNouns
	lxMeetingNoun                        // meetingNouns
	lxMilitaryCue                        // militaryCues
	lxLabourCue                          // labourCues
	lxPreposition                        // prepositions
	lxAuxiliary                          // auxiliaries
	lxPlanWord                           // planWords
	lxLightVerb                          // lightVerbs
	lxCountWord                          // countWords
	lxClauseBreak                        // clauseBreaks
	lxPronoun                            // pronouns
	lxPresent                            // presents gives it a form
	lxPhaseVerb                          // phaseVerbs
	lxStopTitle                          // stopTitle
	lxObjectStop                         // objectStops
	lxHabitual                           // habitualWords
	lxEvery                              // everyWords

	lxKindShift = 56 // the index of the trigger's kind in triggerKindNames

	// lxKnown marks a token's lex as looked up: appendTokens leaves it
	// zero, and the first question about the token looks it up (most
	// tokens, in sentences that date nothing, are never asked).
	lxKnown lexClass = 1 << 63
)

// triggerKindNames are the kinds triggerKinds gives, by their index in a
// lexClass.
var triggerKindNames = [...]string{"", KindTalks, KindTrip, KindStrike, KindStatement, KindAgreement, KindOther}

// is reports whether the token is in any of the lists of c.
func (t *token) is(c lexClass) bool {
	if t.lex == 0 {
		t.lex = lexOf(t.Low) | lxKnown
	}
	return t.lex&c != 0
}

// kind is triggerKinds[lower(t)].
func (t *token) kind() string {
	if t.lex == 0 {
		t.lex = lexOf(t.Low) | lxKnown
	}
	return triggerKindNames[t.lex>>lxKindShift&7]
}

// lexEntry is one word of lexTable: its first eight bytes (see lexKey),
// and its lexClass with its length in bits lxLenShift on. A word longer
// than eight bytes is kept whole in lexLong, at the same slot, and compared
// there. An entry takes 16 bytes, so that the table stays in the cache.
type lexEntry struct {
	key  uint64
	meta lexClass
}

// lxLenShift is where a lexEntry's meta holds the length of its word.
const lxLenShift = 48

// lexTable is an open-addressing hash table of every word of the lists
// lexClass names, and lexLong the words of more than eight bytes in it;
// they are built once when the package loads and never change.
var lexTable, lexLong = buildLexTable()

// lexBits is log2 of len(lexTable): at most one slot in four is used, so
// that a word in no list usually finds an empty slot at once.
const lexBits = 12

func buildLexTable() ([]lexEntry, []string) {
	classes := map[string]lexClass{}
	addBool := func(m map[string]bool, c lexClass) {
		for w, ok := range m {
			if ok {
				classes[w] |= c
			}
		}
	}
	for w, k := range triggerKinds {
		if k == "" {
			continue
		}
		classes[w] |= lxTrigger
		for i, n := range triggerKindNames {
			if n == k {
				classes[w] |= lexClass(i) << lxKindShift
			}
		}
	}
	for w, c := range demonyms {
		classes[w] |= lxDemonym
		if c != "" {
			classes[w] |= lxCountry
		}
	}
	for w := range disasters {
		classes[w] |= lxDisaster
	}
	for w, p := range presents {
		if p != "" {
			classes[w] |= lxPresent
		}
	}
	addBool(notNames, lxNotName)
	addBool(titleWords, lxTitle)
	addBool(connectors, lxConnector)
	addBool(orgSuffixes, lxOrgSuffix)
	addBool(knownOrgs, lxKnownOrg)
	addBool(regionKinds, lxRegionKind)
	addBool(venueKinds, lxVenueKind)
	addBool(locatives, lxLocative)
	addBool(placeNouns, lxPlaceNoun)
	addBool(happeningNouns, lxHappeningNoun)
	addBool(regionWords, lxRegionWord)
	addBool(strikeWeapons, lxStrikeWeapon)
	addBool(talkNouns, lxTalkNoun)
	addBool(meetingNouns, lxMeetingNoun)
	addBool(militaryCues, lxMilitaryCue)
	addBool(labourCues, lxLabourCue)
	addBool(prepositions, lxPreposition)
	addBool(auxiliaries, lxAuxiliary)
	addBool(planWords, lxPlanWord)
	addBool(lightVerbs, lxLightVerb)
	addBool(countWords, lxCountWord)
	addBool(clauseBreaks, lxClauseBreak)
	addBool(pronouns, lxPronoun)
	addBool(phaseVerbs, lxPhaseVerb)
	addBool(stopTitle, lxStopTitle)
	addBool(objectStops, lxObjectStop)
	addBool(habitualWords, lxHabitual)
	addBool(everyWords, lxEvery)
	if len(classes) > 1<<lexBits/4 {
		panic("events: lexTable too small")
	}
	table, long := make([]lexEntry, 1<<lexBits), make([]string, 1<<lexBits)
	for w, c := range classes {
		if w == "" || len(w) > 0xff {
			continue
		}
		key := lexKey(w)
		i := lexSlot(key, len(w))
		for table[i].meta != 0 {
			i = (i + 1) & (1<<lexBits - 1)
		}
		table[i] = lexEntry{key, c | lexClass(len(w))<<lxLenShift}
		if len(w) > 8 {
			long[i] = w
		}
	}
	return table, long
}

// lexKey packs the first eight bytes of w (or all of a shorter w) into a
// word, the first in its lowest byte. A shorter word is read in two loads
// that may overlap (its first and last four or two bytes), each byte at
// its place.
func lexKey(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return binary.LittleEndian.Uint64([]byte(w[:8]))
	case n >= 4:
		return uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<(8*(n-4))
	case n >= 2:
		return uint64(binary.LittleEndian.Uint16([]byte(w[:2]))) | uint64(binary.LittleEndian.Uint16([]byte(w[n-2:])))<<(8*(n-2))
	case n == 1:
		return uint64(w[0])
	}
	return 0
}

// lexSlot is the slot of lexTable where the search for a word of n bytes
// and key k starts.
func lexSlot(k uint64, n int) uint64 {
	return (k + uint64(n)) * 0x9E3779B97F4A7C15 >> (64 - lexBits)
}

// lexOf returns the lists of lexicon.go the lower-case word w is in.
func lexOf(w string) lexClass {
	// k is lexKey(w), written out (with the probe below, in one
	// function: it is called for most words the rules read).
	var k uint64
	switch n := len(w); {
	case n >= 8:
		if n > 0xff {
			return 0
		}
		k = binary.LittleEndian.Uint64([]byte(w[:8]))
	case n >= 4:
		k = uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<(8*(n-4))
	case n >= 2:
		k = uint64(binary.LittleEndian.Uint16([]byte(w[:2]))) | uint64(binary.LittleEndian.Uint16([]byte(w[n-2:])))<<(8*(n-2))
	case n == 1:
		k = uint64(w[0])
	default:
		return 0
	}
	n := lexClass(len(w)) << lxLenShift
	for i := lexSlot(k, len(w)); ; i = (i + 1) & (1<<lexBits - 1) {
		e := &lexTable[i]
		if e.key == k && e.meta&(0xff<<lxLenShift) == n && (len(w) <= 8 || lexLong[i] == w) {
			return e.meta &^ (0xff << lxLenShift)
		}
		if e.meta == 0 {
			return 0
		}
	}
}

// disasterOf is disasters[lower(t)].
func disasterOf(t *token) string {
	if !t.is(lxDisaster) {
		return ""
	}
	return disasters[t.Low]
}

// disasterAt is disasterOf(&toks[k]), but "fire" that is gunfire ("opened
// fire", "returned fire", "came under heavy fire") names no blaze.
func disasterAt(toks []token, k int) string {
	d := disasterOf(&toks[k])
	if d == "fire" && gunfire(toks, k) {
		return ""
	}
	return d
}

// gunfire tells whether toks[k], "fire", is shooting: after a verb of
// shooting ("opened fire", "open fire", "returned fire", "exchanged
// fire", "hold fire") or after "under" with at most one word between
// ("under fire", "under heavy fire").
func gunfire(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	switch lower(&toks[k-1]) {
	case "open", "opened", "opens", "opening", "return", "returned", "returning", "exchange", "exchanged", "exchanging",
		"exchanges", "hold", "held", "under", "cease":
		return true
	}
	return k >= 2 && lower(&toks[k-2]) == "under"
}
