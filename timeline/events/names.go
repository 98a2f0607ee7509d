package events

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/events/gazetteer"
)

// token is one word or punctuation mark of a sentence; Start is its byte
// offset in the sentence.
type token struct {
	Text    string // as written, possessive included
	Low     string // Base() in lower case, made once by tokenize
	Start   int    // its end is Start+len(Text): see end
	baseLen int32  // Base() is Text[:baseLen]
	Word    bool
	Cap     bool     // a word that starts with an upper-case letter
	Poss    bool     // ends in 's or ’s
	lex     lexClass // the word lists Low is in, lexOf(Low) | lxKnown, or 0 until asked (see is)
}

// end returns the byte offset in the sentence just after the token.
func (t *token) end() int { return t.Start + len(t.Text) }

// Base is the token without a possessive "'s" and a final period.
func (t *token) Base() string { return t.Text[:t.baseLen] }

// tokenize splits a sentence into words and punctuation. A word keeps its
// inner apostrophes, hyphens and periods ("U.S.", "pro-Kremlin"), and a
// final period when it is an initial or abbreviation ("V.", "Mr.").
func tokenize(s string) []token {
	return appendTokens(nil, s, lowerInPlace(s))
}

// appendTokens appends the tokens of s (offsets within s) to out, so that
// the sentences of an article can share one backing array. low is s in
// lower case with the same byte offsets (see lowerInPlace), or "" when
// there is none; the tokens' lower-case forms are cut from it. It makes
// room in out for len(s) tokens more, so that the result may be an empty
// slice, not nil, when s holds no token.
func appendTokens(out []token, s, low string) []token {
	// A token takes at least one byte: with room for len(s) more, each
	// is written in place, field by field, not as *t = token{...}: the
	// storage is reused, and a whole-struct copy takes the write
	// barrier's slower bulk path while the collector runs.
	out = slices.Grow(out, len(s))
	first, k := len(out), len(out)
	out = out[:cap(out)]
	lowered := low != ""
	if !lowered {
		low = s // the tokens' Low are lowered at the end
	}
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				if c == ' ' || '\t' <= c && c <= '\r' { // isSpace
					i++
					continue
				}
				setPunct(&out[k], s, low, i, 1)
				k++
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				i += size
				continue
			}
			if !isLetterOrDigit(r) {
				setPunct(&out[k], s, low, i, size)
				k++
				i += size
				continue
			}
		}
		// A word: letters and digits, with inner apostrophes, hyphens
		// and periods; its letters and digits are skipped eight bytes at
		// a time, and wordEnd reads on only at a byte that may join more.
		j := i + size
		for j+8 <= len(s) {
			m := nonAlnum8(binary.LittleEndian.Uint64([]byte(s[j : j+8])))
			if m != 0 {
				j += bits.TrailingZeros64(m) >> 3
				break
			}
			j += 8
		}
		if j < len(s) && !wordStops[s[j]] {
			j = wordEnd(s, j)
		}
		if j < len(s) && s[j] == '.' {
			w, lw := s[i:j], low[i:j]
			if !lowered {
				lw = strings.ToLower(w)
			}
			// titleWords[lw] && !stopTitle[lw], in one lookup of lexTable.
			if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) ||
				len(w) <= 4 && lexOf(lw)&(lxTitle|lxStopTitle) == lxTitle || lw == "st" || lw == "jr" {
				j++
			}
		}
		// A word that ends in none of the bytes wordBase strips is its
		// own base.
		t := &out[k]
		k++
		w := s[i:j]
		n, poss := len(w), false
		if baseEnds[w[n-1]] {
			n, poss = wordBase(w)
		}
		t.Text, t.Low, t.Start, t.baseLen = w, low[i:i+n], i, int32(n)
		t.Word, t.Poss, t.lex = true, poss, 0 // lex: see lxKnown
		if c := w[0]; c < utf8.RuneSelf {
			t.Cap = 'A' <= c && c <= 'Z'
		} else {
			r, _ := utf8.DecodeRuneInString(w)
			t.Cap = unicode.IsUpper(r)
		}
		i = j
		if i < len(s) && s[i] == ' ' {
			i++ // the space after a word, skipped here rather than by the loop
		}
	}
	out = out[:k]
	if !lowered {
		// Lowering s changes some character's length: each token's
		// lower case is made apart.
		for k := first; k < len(out); k++ {
			out[k].Low = strings.ToLower(out[k].Base())
		}
	}
	return out
}

// wordEnd returns the end of the word of s that goes on at j: letters and
// digits, and an apostrophe, hyphen or period between two of them.
func wordEnd(s string, j int) int {
	for {
		for j < len(s) && alnumBytes[s[j]] {
			j++
		}
		if j >= len(s) {
			return j
		}
		c, n := rune(s[j]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[j:])
			if isLetterOrDigit(c) {
				j += n
				continue
			}
		}
		if c != '\'' && c != '’' && c != '-' && c != '.' || j+n >= len(s) {
			return j
		}
		if d := s[j+n]; d < utf8.RuneSelf {
			if !asciiAlnum[d] {
				return j
			}
		} else if d, _ := utf8.DecodeRuneInString(s[j+n:]); !isLetterOrDigit(d) {
			return j
		}
		j += n
	}
}

// nonAlnum8 returns, for the eight bytes of x (the first in its lowest
// byte), a word whose lowest set bit is the high bit of the first byte
// that is no ASCII letter or digit (bits above it may be set wrongly: a
// byte from 0x80 on carries into the next), or 0 when all eight are. A
// byte's high bit is set by adding the distance to 0x80 from the bottom of
// a range, when the byte is in it or above (see upperASCII).
func nonAlnum8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x | 0x20*ones // 'A'-'Z' as 'a'-'z', and no other byte into that range
	letter := (y + (0x80-'a')*ones) &^ (y + (0x7f-'z')*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
	return (^(letter | digit) | x) & highs
}

// wordStops are the bytes after a word's letters and digits that surely
// end it: every ASCII byte but a letter, a digit, an apostrophe, a hyphen
// and a period (wordEnd reads on at those, and at the bytes of other
// characters).
var wordStops = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiAlnum[c] && c != '\'' && c != '-' && c != '.'
	}
	return t
}()

// setPunct makes *t the token of the one character s[i:i+size]; low is s
// in lower case, or s (see appendTokens).
func setPunct(t *token, s, low string, i, size int) {
	t.Text, t.Low, t.Start, t.baseLen = s[i:i+size], low[i:i+size], i, int32(size) // field by field: see appendTokens
	t.Word, t.Cap, t.Poss = false, false, false
	t.lex = 0 // looked up when first asked: see lxKnown
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = [utf8.RuneSelf]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// alnumBytes is asciiAlnum for every byte value.
var alnumBytes = func() (t [256]bool) {
	copy(t[:], asciiAlnum[:])
	return t
}()

// isSpace is unicode.IsSpace, quicker for ASCII and for the quotation
// marks and dashes of General Punctuation.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return isSpaceAbove(r) // out of line, so that this inlines
}

func isSpaceAbove(r rune) bool {
	if 0x2010 <= r && r <= 0x2027 {
		return false // "’", "—", "“": no space
	}
	return unicode.IsSpace(r)
}

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), quicker
// for ASCII.
func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return isLetterOrDigitAbove(r) // out of line, so that this inlines
}

func isLetterOrDigitAbove(r rune) bool {
	if 0x2000 <= r && r <= 0x206f {
		return false // General Punctuation ("’", "—", "“"): no letter, no digit
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerInPlace returns strings.ToLower(s) when lowering keeps every
// character's byte length, so that a token's lower-case form is the same
// slice of it as the token is of s; otherwise (or for invalid UTF-8) "".
func lowerInPlace(s string) string {
	low, _ := lowerText(s)
	return low
}

// lowerText is lowerInPlace that also reports whether lowering changed
// only ASCII letters, when low is also s with its letters A-Z lowered
// (what timex.Tagger.AppendFind takes).
func lowerText(s string) (low string, asciiOnly bool) {
	low, asciiOnly, _ = appendLowerText(nil, s)
	return low, asciiOnly
}

// appendLowerText is lowerText that lowers s in buf's storage (returned,
// to be reused) before copying it to low.
func appendLowerText(buf []byte, s string) (low string, asciiOnly bool, _ []byte) {
	b := append(buf[:0], s...)
	asciiOnly = true
	changed := false
	for i := 0; ; {
		// Eight ASCII bytes at a time: each upper-case letter gets the
		// 0x20 bit.
		rest := b[i:]
		for ; len(rest) >= 16; rest = rest[16:] {
			x, y := binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint64(rest[8:])
			if (x|y)&0x8080808080808080 != 0 {
				break
			}
			if ux, uy := upperASCII(x), upperASCII(y); ux|uy != 0 {
				binary.LittleEndian.PutUint64(rest, x|ux>>2)
				binary.LittleEndian.PutUint64(rest[8:], y|uy>>2)
				changed = true
			}
			i += 16
		}
		for ; len(rest) >= 8; rest = rest[8:] {
			x := binary.LittleEndian.Uint64(rest)
			if x&0x8080808080808080 != 0 {
				break
			}
			if up := upperASCII(x); up != 0 {
				binary.LittleEndian.PutUint64(rest, x|up>>2)
				changed = true
			}
			i += 8
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
				changed = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false, b
		}
		// General Punctuation ("’", "—", "“") has no case.
		if r < 0x2000 || r > 0x206f {
			if l := unicode.ToLower(r); l != r {
				if utf8.RuneLen(l) != size {
					return "", false, b
				}
				utf8.EncodeRune(b[i:], l)
				changed, asciiOnly = true, false
			}
		}
		i += size
	}
	if !changed {
		return s, true, b // nothing to lower
	}
	return string(b), asciiOnly, b
}

// upperASCII returns, for eight ASCII bytes, a word with the high bit set
// in the byte of each upper-case letter: adding 0x3f sets the high bit of
// a byte from 'A' on, adding 0x25 from 'Z'+1 on, with no carry into the
// next byte.
func upperASCII(x uint64) uint64 {
	return (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & 0x8080808080808080
}

// stopTitle are short title words that are also ordinary words ending a
// sentence ("the state.") and so never take the following period.
var stopTitle = map[string]bool{"of": true, "the": true, "head": true, "vice": true, "ceo": true, "sir": true, "lord": true, "lady": true, "king": true, "pope": true, "chair": true, "emir": true}

// possessives are the endings of a possessive: "Kyiv's", "allies'".
var possessives = []string{"'s", "’s", "s'", "s’"}

// baseEnds are the last bytes of a word that wordBase may strip.
var baseEnds = [256]bool{'s': true, '\'': true, 0x99: true, '.': true}

// wordBase returns the length of the non-empty word w's base, without a
// possessive ending and then a full stop, and whether it had the ending.
// The possessive endings ("'s", "’s", "s'", "s’") end in an s, an
// apostrophe or a right single quote (E2 80 99), and take one or three
// bytes more.
func wordBase(w string) (n int, poss bool) {
	n = len(w)
	switch w[n-1] {
	case 's':
		if n > 2 && w[n-2] == '\'' {
			n, poss = n-2, true
		} else if n > 4 && w[n-4:n-1] == "’" {
			n, poss = n-4, true
		}
	case '\'':
		if n > 2 && w[n-2] == 's' {
			n, poss = n-1, true
		}
	case 0x99:
		if n > 4 && w[n-4] == 's' && w[n-3:] == "’" {
			n, poss = n-3, true
		}
	}
	if n > 0 && w[n-1] == '.' {
		n--
	}
	return n, poss
}

// lower returns the token's base in lower case. Every token is made by
// appendTokens, which sets Low (so that lower inlines: it is called for
// most words several times).
func lower(t *token) string { return t.Low }

// entity is a name found in a sentence.
type entity struct {
	Kind       string // "person", "place", "org"
	Name       string // canonical or as found, titles stripped
	First      int    // token index range [First, Last]
	Last       int
	Single     bool   // a person known by one word only
	Titled     bool   // a title or honorific stood before it
	Country    string // for a person, the nationality given with the name
	Place      gazetteer.Place
	Locative   bool // for a place, whether it is where something happens
	Possessive bool
}

// connectors may join the words of one name: "Secretary of State",
// "Center for Countering Disinformation", "Charles de Gaulle".
var connectors = map[string]bool{"of": true, "for": true, "de": true, "del": true, "da": true, "von": true, "van": true, "bin": true, "al": true, "la": true, "le": true, "du": true, "der": true}

// isHeading reports whether a sentence looks like a title-case heading.
func isHeading(s string, toks []token) bool {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") {
		return false
	}
	words, caps := 0, 0
	for k := range toks {
		t := &toks[k]
		if !t.Word {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 2 && caps*10 >= words*7
}

// A finder finds the entities of an article's sentences. It holds the
// scratch buffer that gazetteer and alias keys are built in, so that a
// lookup allocates nothing; it is not safe for concurrent use.
type finder struct {
	text string // the sentence whose tokens findEntities reads, or ""
	low  string // text in lower case (see lowerInPlace), or ""
	gaz  *gazetteer.Gazetteer
	al   siteAliases
	key  gazetteer.KeyBuilder
}

// keyOf returns gazetteer.Key of the bases of toks[a:b] joined by spaces,
// valid until the next call.
func (f *finder) keyOf(toks []token, a, b int) []byte {
	f.key.Reset()
	for k := a; k < b; k++ {
		if k > a {
			f.key.WriteString(" ")
		}
		if b := toks[k].Base(); isASCII(b) && len(toks[k].Low) == len(b) {
			f.key.WriteKeyWord(toks[k].Low) // the same: ASCII in lower case, with no space
		} else {
			f.key.WriteString(b)
		}
	}
	return f.key.Bytes()
}

// lookup looks the bases of toks[a:b], joined by spaces, up in the
// gazetteer: it returns the gazetteer's place, not to be modified, or nil.
func (f *finder) lookup(toks []token, a, b int) *gazetteer.Place {
	if b == a+1 {
		// One word in ASCII: its lower case is its key, with no space
		// to collapse and nothing to fold.
		if t := &toks[a]; isASCII(t.Base()) && len(t.Low) == int(t.baseLen) {
			return f.gaz.FindKeyString(t.Low)
		}
	}
	if k, ok := f.plainKey(toks, a, b); ok {
		return f.gaz.FindKeyString(k)
	}
	return f.gaz.FindKey(f.keyOf(toks, a, b))
}

// plainKey returns keyOf(toks, a, b) cut from the lower-case sentence
// f.low, with no copy, when the words are in ASCII and written with one
// space between them and no possessive or period to strip but at the
// end; ok is false otherwise.
func (f *finder) plainKey(toks []token, a, b int) (key string, ok bool) {
	if f.low == "" || len(f.low) != len(f.text) || b-a < 2 {
		return "", false
	}
	for k := a; k < b-1; k++ {
		t := &toks[k]
		if end := t.end(); int(t.baseLen) != len(t.Text) || toks[k+1].Start != end+1 || end >= len(f.text) || f.text[end] != ' ' {
			return "", false
		}
	}
	last := &toks[b-1]
	end := last.Start + int(last.baseLen)
	if end > len(f.low) || toks[a].Start > end {
		return "", false
	}
	key = f.low[toks[a].Start:end]
	return key, isASCII(key)
}

// findEntities appends the people, places and organisations of a sentence
// to out.
func (f *finder) findEntities(out []entity, toks []token, heading bool) []entity {
	for i := 0; i < len(toks); {
		if !toks[i].Cap { // a capital: a word (see token)
			i++
			continue
		}
		j := i + 1
		if !toks[i].Poss {
			for j < len(toks) && toks[j].Word {
				if toks[j].Cap {
					j++
					if toks[j-1].Poss {
						break
					}
					continue
				}
				if toks[j].is(lxConnector) && j+1 < len(toks) && toks[j+1].Cap {
					j++
					continue
				}
				break
			}
		}
		// The entity is made in place, in a slot it keeps if it is one.
		if len(out) < cap(out) {
			out = out[:len(out)+1]
		} else {
			out = append(out, entity{})
		}
		e := &out[len(out)-1]
		if !f.classifyRun(e, toks, i, j, heading) || e.Kind == "person" && !e.Titled && residence(toks, e.First) {
			out = out[:len(out)-1] // else "Daniel Okafor, 41, of Park Slope": where he lives, not a person
		}
		i = j
	}
	return out
}

// regionKinds follow a region's name in its full name.
var regionKinds = map[string]bool{"prefecture": true, "province": true, "region": true, "oblast": true, "governorate": true}

// venueKinds end the names of buildings and grounds.
var venueKinds = map[string]bool{"hall": true, "stadium": true, "arena": true, "cathedral": true, "airport": true, "station": true}

// worksKinds end the names of waters and works, after "the": "the Olt
// River", "the Kariba Dam" are places, never people; without "the" the
// word may be a surname ("Frank Bridge"), and "Lake" often is.
var worksKinds = map[string]bool{"river": true, "canal": true, "dam": true, "bridge": true}

// classifyRun turns a run of capitalised words toks[i:j] into an entity,
// written whole to *e, and reports whether the run names one (when it does
// not, *e may hold anything).
func (f *finder) classifyRun(e *entity, toks []token, i, j int, heading bool) bool {
	text := func(a, b int) string { return f.joinBases(toks, a, b) }
	// The run is looked up whole, then again after words are stripped
	// from its start: a range already looked up is not looked up again.
	la, lb := -1, -1
	var lp *gazetteer.Place
	lookup := func(a, b int) *gazetteer.Place {
		if a != la || b != lb {
			la, lb = a, b
			lp = f.lookup(toks, a, b)
		}
		return lp
	}
	// A site's aliases name people and places as written, titles and all
	// ("Mayor Ruiz", "Old Town").
	for a := i; f.al.any && a < j && a <= i+1; a++ {
		full := f.keyOf(toks, a, j)
		if name, ok := f.al.people[string(full)]; ok {
			*e = entity{Kind: "person", Name: name, First: a, Last: j - 1, Titled: true, Possessive: toks[j-1].Poss}
			return true
		}
		if name, ok := f.al.places[string(full)]; ok {
			p, found := f.gaz.Lookup(name)
			if !found {
				p = gazetteer.Place{Name: name, Kind: gazetteer.City}
			}
			p.Name = name
			placeEntity(e, toks, a, j-1, &p, toks[j-1].Poss)
			return true
		}
		if lower(&toks[a]) != "the" {
			break
		}
	}
	// A place whose name starts with a common word: "New Delhi", "The Hague".
	if p := lookup(i, j); p != nil && (j-i > 1 || !toks[i].is(lxNotName) || p.Kind == gazetteer.Country) {
		placeEntity(e, toks, i, j-1, p, toks[j-1].Poss)
		return true
	}
	// "Kagoshima Prefecture", "Limpopo Province": a region named with its
	// kind is the place.
	if j-i >= 2 && toks[j-1].is(lxRegionKind) {
		if p := f.lookup(toks, i, j-1); p != nil {
			placeEntity(e, toks, i, j-1, p, toks[j-1].Poss)
			return true
		}
	}
	// "City Hall", "Union Station", "Wembley Stadium": a building the
	// gazetteer lacks is a venue, never a person.
	if j-i >= 2 && (toks[j-1].is(lxVenueKind) || i > 0 && lower(&toks[i-1]) == "the" && worksKinds[lower(&toks[j-1])]) {
		placeEntity(e, toks, i, j-1, &gazetteer.Place{Name: text(i, j), Kind: gazetteer.Venue}, toks[j-1].Poss)
		return true
	}
	// Leading function words ("The", "A") and sentence openers.
	for i < j && toks[i].is(lxNotName) && !toks[i].is(lxTitle) {
		i++
	}
	if i >= j {
		return false
	}
	poss := toks[j-1].Poss
	// The whole run as a place or an organisation.
	if p := lookup(i, j); p != nil {
		placeEntity(e, toks, i, j-1, p, poss)
		return true
	}
	// "The H3 rocket", "The IMF said": an acronym after a sentence's
	// "The" ("the" is also a title word, so is not stripped above).
	if isOrg(toks[i:j]) || j-i == 2 && lower(&toks[i]) == "the" && isOrg(toks[i+1:j]) {
		if j-i > 1 && lower(&toks[i]) == "the" {
			i++
		}
		// "U.S. Federal Reserve" is the Federal Reserve: a nationality
		// before a name of two words or more is not part of it.
		if j-i > 2 && toks[i].is(lxCountry) {
			i++
		}
		*e = entity{Kind: "org", Name: text(i, j), First: i, Last: j - 1, Possessive: poss}
		return true
	}
	// "Hurricane Delia", "Typhoon Haikui": a named storm, not a person.
	if j-i > 1 && toks[i].is(lxDisaster) {
		*e = entity{Kind: "org", Name: text(i, j), First: i, Last: j - 1, Possessive: poss}
		return true
	}
	// A portfolio before a title is part of the title: "Mobility Minister
	// Jean-Luc Crucke", "Finance Minister Ana Ruiz".
	for k := i + 1; k < j-1 && k <= i+2; k++ {
		if low := lower(&toks[k]); toks[k].is(lxTitle) && low != "of" && low != "the" && !toks[k+1].is(lxTitle) {
			i = k
			break
		}
	}
	// Strip titles and nationalities, remembering the nationality.
	country, titled := "", false
	for i < j {
		low := lower(&toks[i])
		if toks[i].is(lxDemonym) {
			if c := demonyms[low]; c != "" {
				country = c
			}
			i++
			continue
		}
		if toks[i].is(lxTitle) && !((low == "of" || low == "the") && !titled) {
			titled = true
			i++
			continue
		}
		break
	}
	if i >= j {
		return false
	}
	// "Emmanuel Macron of France": the nationality after "of".
	end := j
	for k := i + 1; k < j; k++ {
		if lower(&toks[k]) == "of" {
			if p := f.lookup(toks, k+1, j); p != nil && p.Kind == gazetteer.Country {
				country = p.Name
				end = k
			}
			break
		}
	}
	if p := lookup(i, end); p != nil && !titled {
		placeEntity(e, toks, i, end-1, p, poss)
		return true
	}
	if heading {
		return false
	}
	n := end - i
	for k := i; k < end; k++ {
		low := lower(&toks[k])
		// A particle may stand inside a name ("Marcelo Rebelo de Sousa",
		// "Ursula von der Leyen"), "of" and "for" may not.
		conn := toks[k].is(lxConnector)
		particle := conn && low != "of" && low != "for" && k < end-1 && (k > i || toks[k].Cap && end-i >= 2)
		if toks[k].is(lxTrigger|lxNotName|lxCountry) || conn && !particle || !isNameWord(toks[k].Base()) {
			return false
		}
	}
	if n > 4 {
		return false
	}
	if !titled && end-i == 1 && i > 0 && lower(&toks[i-1]) == "the" {
		return false // "the Spaniard", "the Frenchman": a name takes no article
	}
	if !titled && end-i == 1 && i > 0 && !toks[i-1].Cap && orgRoleNouns[lower(&toks[i-1])] {
		// "operator Isavia said", "budget airline Jetwise ceased
		// trading": a name after the noun of what it is is that
		// organisation
		*e = entity{Kind: "org", Name: text(i, end), First: i, Last: end - 1, Possessive: poss}
		return true
	}
	if !titled && i > 0 && (lower(&toks[i-1]) == "in" || lower(&toks[i-1]) == "near" || lower(&toks[i-1]) == "outside" ||
		lower(&toks[i-1]) == "of" && i >= 2 && !toks[i-2].Cap && toks[i-2].is(lxPlaceNoun)) {
		// "in Khan Younis", "the town of Tulln": a name the gazetteer
		// lacks, where something happens, is a place, not a person.
		placeEntity(e, toks, i, end-1, &gazetteer.Place{Name: text(i, end), Kind: gazetteer.City}, poss)
		return true
	}
	*e = entity{Kind: "person", Name: text(i, end), First: i, Last: end - 1, Titled: titled, Country: country, Possessive: poss}
	if n == 1 {
		e.Single = true
	}
	return true
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	// The high bits of every byte, read eight (or four, or two) at a
	// time, the last load overlapping the one before.
	const highs = 0x8080808080808080
	switch n := len(s); {
	case n >= 8:
		x := binary.LittleEndian.Uint64([]byte(s[n-8:]))
		for i := 0; i+8 < n; i += 8 {
			x |= binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		}
		return x&highs == 0
	case n >= 4:
		return (binary.LittleEndian.Uint32([]byte(s[:4]))|binary.LittleEndian.Uint32([]byte(s[n-4:])))&0x80808080 == 0
	case n >= 2:
		return (binary.LittleEndian.Uint16([]byte(s[:2]))|binary.LittleEndian.Uint16([]byte(s[n-2:])))&0x8080 == 0
	case n == 1:
		return s[0] < utf8.RuneSelf
	}
	return true
}

// joinBases is joinBases of tokens of the sentence f.text: when the
// tokens are written with one space between them and no possessive or
// period to strip but at the end, their bases joined are that part of the
// sentence, which is returned with no copy.
func (f *finder) joinBases(toks []token, a, b int) string {
	if f.text == "" || b-a < 2 {
		return joinBases(toks, a, b)
	}
	for k := a; k < b-1; k++ {
		t := &toks[k]
		if end := t.end(); int(t.baseLen) != len(t.Text) || toks[k+1].Start != end+1 || end >= len(f.text) || f.text[end] != ' ' {
			return joinBases(toks, a, b)
		}
	}
	last := &toks[b-1]
	if end := last.Start + int(last.baseLen); end <= len(f.text) && toks[a].Start <= end {
		return f.text[toks[a].Start:end]
	}
	return joinBases(toks, a, b)
}

// joinBases returns the bases of toks[a:b] joined by spaces.
func joinBases(toks []token, a, b int) string {
	if b-a == 1 {
		return toks[a].Base()
	}
	n := 0
	for k := a; k < b; k++ {
		n += len(toks[k].Base()) + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].Base())
	}
	return sb.String()
}

func isNameWord(w string) bool {
	// In ASCII, byte by byte: a letter is A-Z or a-z, and a word of
	// more than one byte is in upper case already when it has no a-z.
	letters, lower := 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			letters++
			lower = true
		case 'A' <= c && c <= 'Z':
			letters++
		case c == '-' || c == '\'' || c == '.':
		case c >= utf8.RuneSelf:
			return isNameWordRunes(w)
		default:
			return false
		}
	}
	return letters > 0 && (lower || len(w) == 1 || roman(w))
}

// isNameWordRunes is isNameWord for any word.
func isNameWordRunes(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters > 0 && (!(upperAlready(w) && utf8.RuneCountInString(w) > 1) || roman(w))
}

// upperAlready reports whether strings.ToUpper(w) == w, without making
// the upper-case copy.
func upperAlready(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false // ToUpper writes U+FFFD for an invalid byte
		}
		i += size
	}
	return true
}

// roman reports whether w is a regnal number: "II", "VI", "XIV".
func roman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// isOrg reports whether a run of capitalised words names an organisation:
// it ends in a word such as "Ministry" or "Times", is a known one, or is an
// acronym that is not a nationality ("NATO", "CNN"; not "US").
func isOrg(run []token) bool {
	if len(run) > 2 && run[0].is(lxOrgSuffix) && lower(&run[1]) == "of" {
		return true // "Bank of England", "Ministry of Defence"
	}
	if len(run) == 2 && sportBodies[lower(&run[0])] {
		return true // "Athletics Kenya", "Cricket Australia": a sport's national body
	}
	if len(run) > 1 {
		return run[len(run)-1].is(lxOrgSuffix)
	}
	w := run[0].Base()
	if run[0].is(lxKnownOrg) {
		return true
	}
	nationality := run[0].is(lxDemonym)
	if a, b, ok := strings.Cut(w, "-"); ok && !nationality {
		if demonym(a) || demonym(b) {
			return false // "US-EU talks"
		}
		if acronymPart(a) && acronymPart(b) {
			return true // "FILT-CGIL", "ZANU-PF": acronyms joined by a hyphen
		}
	}
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 6 && upperAlready(w) && !strings.Contains(w, ".") &&
		!nationality && !isDigits(w) && !roman(w)
}

// acronymPart reports whether w is one acronym of a hyphenated name: two
// to six capitals, no digits.
func acronymPart(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 6 && upperAlready(w) && !strings.ContainsAny(w, ".-") && !isDigits(w) && !roman(w)
}

// demonym reports whether w is a nationality or its country's abbreviation
// ("US", "EU").
func demonym(w string) bool {
	return lexOf(strings.ToLower(w))&lxDemonym != 0
}

func isDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// placeEntity writes to *e the place p, named by toks[i:last+1] (a
// possessive when poss), and whether something happens there.
func placeEntity(e *entity, toks []token, i, last int, p *gazetteer.Place, poss bool) {
	*e = entity{Kind: "place", Name: p.Name, First: i, Last: last, Place: *p, Possessive: poss}
	// Where something happens: after a locative preposition, after "the
	// town of", or right before the noun of a happening ("the Paris talks").
	k := i - 1
	if k >= 0 && strings.EqualFold(toks[k].Base(), "the") {
		k--
	}
	if k >= 0 && toks[k].is(lxRegionWord) {
		k-- // "in central Belgrade", "struck eastern Turkey"
	}
	if k >= 0 {
		low := lower(&toks[k])
		if toks[k].is(lxLocative) {
			e.Locative = true
		}
		if low == "of" && k > 0 && toks[k-1].is(lxPlaceNoun) {
			e.Locative = true
		}
	}
	if last+1 < len(toks) && toks[last+1].Word && !poss {
		if toks[last+1].is(lxHappeningNoun) {
			e.Locative = true // "the Paris talks", "the Sumy strike"
		}
	}
}

// residence reports whether the name at i follows "of" in an apposition
// after a person's age or a comma: ", 41, of Park Slope".
func residence(toks []token, i int) bool {
	if i < 2 || lower(&toks[i-1]) != "of" {
		return false
	}
	return toks[i-2].Text == "," || isDigits(toks[i-2].Text)
}

// regionWords may stand between a locative and its place: "through
// central Belgrade".
var regionWords = map[string]bool{
	"central": true, "eastern": true, "western": true, "northern": true, "southern": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"downtown": true, "rural": true, "coastal": true, "greater": true,
}

// skeleton reduces a name to its first letter and its consonants, so that
// transliteration variants compare equal: Zelensky, Zelenskyy and
// Zelenskiy; Sergey and Sergei.
func skeleton(name string) string {
	if isASCII(name) {
		var buf [64]byte
		return string(appendSkeleton(buf[:0], name))
	}
	return skeletonRunes(name)
}

// appendSkeleton appends skeleton(name) to dst, for a name in ASCII
// (otherwise it appends skeletonRunes(name)). It follows skeleton step by
// step: gazetteer.Key lowers the letters and drops the white space around
// and between the words, and the first letter is kept even if a vowel.
func appendSkeleton(dst []byte, name string) []byte {
	if !isASCII(name) {
		return append(dst, skeletonRunes(name)...)
	}
	var last byte
	first := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		if skelSpace[c] {
			continue // white space: Key keeps none before the first letter, and skeleton drops it after
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !first && skelDrops[c] {
			continue
		}
		first = false
		if c == last {
			continue
		}
		dst = append(dst, c)
		last = c
	}
	return dst
}

// skelSpace marks ASCII white space (unicode.IsSpace); skelDrops the
// ASCII bytes that skeleton drops after the first: "aeiouyhw'-. ".
var skelSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}
var skelDrops = [256]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true, 'h': true, 'w': true, '\'': true, '-': true, '.': true, ' ': true}

// skeletonRunes is skeleton for any name.
func skeletonRunes(name string) string {
	key := gazetteer.Key(name)
	var b strings.Builder
	var last rune
	for i, r := range key {
		if i > 0 && strings.ContainsRune("aeiouyhw'’-. ", r) {
			continue
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// surname is the last of the fields of name (strings.Fields), or "".
func surname(name string) string {
	if isASCII(name) {
		end := len(name)
		for end > 0 && skelSpace[name[end-1]] {
			end--
		}
		i := end - 1
		for i >= 0 && !skelSpace[name[i]] {
			i--
		}
		return name[i+1 : end]
	}
	name = strings.TrimRightFunc(name, unicode.IsSpace)
	i := strings.LastIndexFunc(name, unicode.IsSpace)
	if i < 0 {
		return name
	}
	_, n := utf8.DecodeRuneInString(name[i:])
	return name[i+n:]
}

// fieldCount is len(strings.Fields(s)), counted up to max.
func fieldCount(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		space := skelSpace[c] // ASCII white space
		if c < utf8.RuneSelf {
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			space = isSpaceAbove(r)
		}
		if space {
			in = false
			continue
		}
		if !in {
			if n++; n == max {
				return n
			}
			in = true
		}
	}
	return n
}

// sameName reports whether two spellings of full names (two words or more)
// name one person: same surname and compatible first names.
func sameName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 || skeleton(fa[len(fa)-1]) != skeleton(fb[len(fb)-1]) {
		return false
	}
	if len(fa) == 1 || len(fb) == 1 {
		return true
	}
	x, y := strings.TrimSuffix(fa[0], "."), strings.TrimSuffix(fb[0], ".")
	if len([]rune(x)) == 1 || len([]rune(y)) == 1 {
		return strings.EqualFold(string([]rune(x)[:1]), string([]rune(y)[:1]))
	}
	return skeleton(x) == skeleton(y)
}

// dropInitials removes middle initials: "Vladimir V. Putin" is Vladimir Putin.
func dropInitials(name string) string {
	if fieldCount(name, 3) <= 2 {
		return name
	}
	f := strings.Fields(name)
	out := f[:1]
	for _, w := range f[1 : len(f)-1] {
		if len([]rune(strings.TrimSuffix(w, "."))) == 1 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(append(out, f[len(f)-1]), " ")
}

// aliases is a site's alias table keyed by gazetteer.Key, so that lookups
// ignore case and diacritics.
type aliases map[string]string

func foldAliases(m map[string]string) aliases {
	if len(m) == 0 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // of two spellings that fold alike, the first in order wins
	out := make(aliases, len(m))
	for _, k := range keys {
		if _, ok := out[gazetteer.Key(k)]; !ok {
			out[gazetteer.Key(k)] = m[k]
		}
	}
	return out
}

// siteAliases are a site's people and place aliases, folded.
type siteAliases struct {
	people, places aliases
	any            bool // either has an entry
}

// lookup returns the canonical name for name, or name itself.
func (a aliases) lookup(name string) string {
	if len(a) == 0 {
		return name
	}
	if v, ok := a[gazetteer.Key(name)]; ok {
		return v
	}
	return name
}

// peopleNamer returns the canonical name of each person named by the
// mentions each yields (see canonicalPeople), and the canonical names it
// found for the names that have one other than themselves.
func peopleNamer(each func(yield func(*Mention)), opts Options) (func(string) string, map[string]string) {
	alias := foldAliases(opts.PeopleAliases)
	count := map[string]int{}
	each(func(m *Mention) {
		for _, p := range m.People {
			count[alias.lookup(p)]++
		}
	})
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	sort.Strings(names)
	// Group full names by surname skeleton, then by compatible first names.
	canon := map[string]string{}
	bySurname := map[string][]string{}
	for _, n := range names {
		if len(strings.Fields(n)) > 1 {
			k := skeleton(surname(n))
			bySurname[k] = append(bySurname[k], n)
		}
	}
	groups := map[string][][]string{}
	for k, ns := range bySurname {
		var gs [][]string
		for _, n := range ns {
			placed := false
			for gi, g := range gs {
				if sameName(g[0], n) {
					gs[gi] = append(g, n)
					placed = true
					break
				}
			}
			if !placed {
				gs = append(gs, []string{n})
			}
		}
		for _, g := range gs {
			best := g[0]
			for _, n := range g[1:] {
				if count[n] > count[best] || count[n] == count[best] && (len(n) > len(best) || len(n) == len(best) && n < best) {
					best = n
				}
			}
			for _, n := range g {
				canon[n] = best
			}
		}
		groups[k] = gs
	}
	for _, n := range names {
		if len(strings.Fields(n)) == 1 {
			if gs := groups[skeleton(n)]; len(gs) == 1 {
				canon[n] = canon[gs[0][0]]
			}
		}
	}
	name := func(p string) string {
		p = alias.lookup(p)
		if c, ok := canon[p]; ok {
			return c
		}
		return p
	}
	return name, canon
}

// canonicalPeople gives every person one name across articles: full names
// that differ only in transliteration ("Volodymyr Zelensky", "Volodymyr
// Zelenskyy") become the most frequent spelling (ties: the longer, then the
// first in sort order), and a surname alone becomes the one full name that
// ends in it. A site's aliases are applied first. It returns a new slice.
func canonicalPeople(ms []Mention, opts Options) []Mention {
	name, _ := peopleNamer(func(yield func(*Mention)) {
		for i := range ms {
			yield(&ms[i])
		}
	}, opts)
	return canonicalNames(slices.Clone(ms), name, true)
}
