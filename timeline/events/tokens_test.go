package events

import (
	"encoding/binary"
	"math/bits"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzAppendTokens checks appendTokens against the plain byte-by-byte
// tokenizer it replaced (refAppendTokens, kept here as the reference).
func FuzzAppendTokens(f *testing.F) {
	for _, s := range []string{"", "Mr. Witkoff met Zelenskyy's aides in Kyiv on Monday.", "U.S. pro-Kremlin allies' talks", "São Tomé—Ébola, 12,000 people", "abcdefghijklmnop0123456789 ABC.DEF", "\xff\xfeabc", "it’s St. Jr. V. 2025-12-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, low := range []string{"", lowerInPlace(s)} {
			got := appendTokens(nil, s, low)
			want := refAppendTokens(nil, s, low)
			if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) { // no tokens: nil or empty alike
				t.Fatalf("appendTokens(%q, low %t):\n got %+v\nwant %+v", s, low != "", got, want)
			}
			// A token's lists are looked up when first asked.
			for k := range got {
				if got[k].Cap && !got[k].Word {
					t.Fatalf("appendTokens(%q): token %q has a capital but is no word", s, got[k].Text)
				}
				got[k].is(0)
				if l, want := got[k].lex, refLexOf(got[k].Low)|lxKnown; l != want {
					t.Fatalf("appendTokens(%q): token %q is in lists %b, want %b", s, got[k].Text, l, want)
				}
			}
			// Tokens appended after others leave those as they were.
			pre := appendTokens(nil, "İstanbul KELVIN \u212a. Mr. X", "")
			keep := slices.Clone(pre)
			if got := appendTokens(pre, s, low); !reflect.DeepEqual(got[:len(pre)], keep) || (len(got) > len(pre) || len(want) > 0) && !reflect.DeepEqual(got[len(pre):], want) {
				t.Fatalf("appendTokens(%q, low %t) after other tokens:\n got %+v\nwant %+v", s, low != "", got[len(pre):], want)
			}
			// Storage that held other tokens leaves nothing of them.
			dirty := appendTokens(make([]token, 0, 64), strings.Repeat("Kyiv's Mr. U.S. - ", 8), "")
			if got := appendTokens(dirty[:0], s, low); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("appendTokens(%q, low %t) in used storage:\n got %+v\nwant %+v", s, low != "", got, want)
			}
		}
	})
}

func refAppendTokens(out []token, s, low string) []token {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			i += size
		case isLetterOrDigit(r):
			j := i + size
			for j < len(s) {
				if s[j] < utf8.RuneSelf && asciiAlnum[s[j]] {
					j++
					continue
				}
				c, n := rune(s[j]), 1
				if c >= utf8.RuneSelf {
					c, n = utf8.DecodeRuneInString(s[j:])
					if isLetterOrDigit(c) {
						j += n
						continue
					}
				}
				if c == '\'' || c == '’' || c == '-' || c == '.' {
					d, _ := utf8.DecodeRuneInString(s[j+n:])
					if j+n < len(s) && isLetterOrDigit(d) {
						j += n
						continue
					}
				}
				break
			}
			if j < len(s) && s[j] == '.' {
				w := s[i:j]
				var lw string
				if low != "" {
					lw = low[i:j]
				} else {
					lw = strings.ToLower(w)
				}
				if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) ||
					titleWords[lw] && len(w) <= 4 && !stopTitle[lw] || lw == "st" || lw == "jr" {
					j++
				}
			}
			var lw string
			if low != "" {
				lw = low[i:j]
			}
			out = append(out, refMakeWord(s[i:j], lw, i, j))
			i = j
		default:
			var lw string
			if low != "" {
				lw = low[i : i+size]
			} else {
				lw = strings.ToLower(s[i : i+size])
			}
			out = append(out, token{Text: s[i : i+size], Low: lw, Start: i, baseLen: int32(size)})
			i += size
		}
	}
	return out
}

func refMakeWord(w, lw string, start, end int) token {
	t := token{Text: w, Start: start, Word: true}
	r, _ := utf8.DecodeRuneInString(w)
	t.Cap = unicode.IsUpper(r)
	base := w
	// Each possessive ending ends in 's', '\'' or '’' (E2 80 99).
	for _, p := range possessives {
		if c := w[len(w)-1]; c != 's' && c != '\'' && c != 0x99 {
			break
		}
		if strings.HasSuffix(base, p) && len(base) > len(p) {
			t.Poss = true
			if p[0] == 's' {
				base = base[:len(base)-len(p)+1]
			} else {
				base = base[:len(base)-len(p)]
			}
			break
		}
	}
	base = strings.TrimSuffix(base, ".")
	t.baseLen = int32(len(base)) // a prefix of w
	if lw != "" {
		t.Low = lw[:len(base)]
	} else {
		t.Low = strings.ToLower(base)
	}
	return t
}

// FuzzSecondCapital checks that a sentence secondCapital turns away is
// one datelineRE does not match.
func FuzzSecondCapital(f *testing.F) {
	for _, s := range []string{"A spokesman said.", "WASHINGTON (AP) — x", "A B - c", "É\u0301TAT - x", "I/O - y", "A.B. - c", "Ab - c", "A -B - c", "AB —\tx", "AB –\fx", "AB -\vx", "AB --\rx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !secondCapital(s) && datelineRE.MatchString(s) {
			t.Fatalf("secondCapital(%q) = false, but datelineRE matches", s)
		}
		if got, want := capitalsOpen(s), refCapitalsOpen(s); got != want {
			t.Fatalf("capitalsOpen(%q) = %t, want %t", s, got, want)
		}
		if got, want := secondCapital(s), refSecondCapital(s); got != want {
			t.Fatalf("secondCapital(%q) = %t, want %t", s, got, want)
		}
		if !dashSpace(s) && datelineRE.MatchString(s) {
			t.Fatalf("dashSpace(%q) = false, but datelineRE matches", s)
		}
	})
}

// FuzzNextQuoteMark checks nextQuoteMark against the byte-by-byte scan it
// replaced.
func FuzzNextQuoteMark(f *testing.F) {
	for _, s := range []string{"", "abc", "He said \"no\" twice", "“Yes,” she said.\n\nNext", "0123456789abcdef\n", "é\xe2\x80\x9cabcdefghij\"", "\x80\x81\x82\x83\x84\x85\x86\x87\x88\""} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			i = 0
		}
		want := i
		for want < len(s) && !quoteMarks[s[want]] {
			want++
		}
		if got := nextQuoteMark(s, i); got != want {
			t.Fatalf("nextQuoteMark(%q, %d) = %d, want %d", s, i, got, want)
		}
		// One scan asked at every index in turn, as quotedBytes asks.
		q := newQuoteScan(s)
		for k := 0; k <= len(s); k++ {
			want := k
			for want < len(s) && !quoteMarks[s[want]] {
				want++
			}
			if got := q.next(k); got != want {
				t.Fatalf("quoteScan(%q).next(%d) = %d, want %d", s, k, got, want)
			}
		}
	})
}

// refLexOf is lexOf by looking w up in every list.
func refLexOf(w string) lexClass {
	var c lexClass
	if k := triggerKinds[w]; k != "" {
		c |= lxTrigger
		for i, n := range triggerKindNames {
			if n == k {
				c |= lexClass(i) << lxKindShift
			}
		}
	}
	if d, ok := demonyms[w]; ok {
		c |= lxDemonym
		if d != "" {
			c |= lxCountry
		}
	}
	if _, ok := disasters[w]; ok {
		c |= lxDisaster
	}
	if presents[w] != "" {
		c |= lxPresent
	}
	for _, l := range []struct {
		m map[string]bool
		c lexClass
	}{
		{notNames, lxNotName}, {titleWords, lxTitle}, {connectors, lxConnector}, {orgSuffixes, lxOrgSuffix},
		{knownOrgs, lxKnownOrg}, {regionKinds, lxRegionKind}, {venueKinds, lxVenueKind}, {locatives, lxLocative},
		{placeNouns, lxPlaceNoun}, {happeningNouns, lxHappeningNoun}, {regionWords, lxRegionWord},
		{strikeWeapons, lxStrikeWeapon}, {talkNouns, lxTalkNoun}, {meetingNouns, lxMeetingNoun},
		{militaryCues, lxMilitaryCue}, {labourCues, lxLabourCue}, {prepositions, lxPreposition},
		{auxiliaries, lxAuxiliary}, {planWords, lxPlanWord}, {lightVerbs, lxLightVerb}, {countWords, lxCountWord},
		{clauseBreaks, lxClauseBreak}, {pronouns, lxPronoun}, {phaseVerbs, lxPhaseVerb}, {stopTitle, lxStopTitle},
		{objectStops, lxObjectStop}, {habitualWords, lxHabitual}, {everyWords, lxEvery},
	} {
		if l.m[w] {
			c |= l.c
		}
	}
	return c
}

// TestLexOf checks lexOf against the lists for every word they hold, and
// FuzzLexOf for any other.
func TestLexOf(t *testing.T) {
	words := []string{"the", "said", "—"}
	for _, m := range []map[string]bool{notNames, titleWords, prepositions, orgSuffixes, labourCues} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range triggerKinds {
		words = append(words, w)
	}
	for w := range demonyms {
		words = append(words, w)
	}
	for w := range disasters {
		words = append(words, w)
	}
	for _, w := range words {
		if lexOf(w) != refLexOf(w) {
			t.Errorf("lexOf(%q) = %b, want %b", w, lexOf(w), refLexOf(w))
		}
	}
	for i, e := range lexTable {
		if n := int(e.meta >> lxLenShift & 0xff); n > 8 && lexKey(lexLong[i]) != e.key {
			t.Errorf("lexTable slot %d holds %q under key %#x, want %#x", i, lexLong[i], e.key, lexKey(lexLong[i]))
		}
	}
	for w := range triggerKinds {
		tok := token{lex: lexOf(w)}
		if tok.kind() != triggerKinds[w] {
			t.Errorf("kind of %q = %q, want %q", w, tok.kind(), triggerKinds[w])
		}
	}
}

func FuzzLexOf(f *testing.F) {
	for _, s := range []string{"", "said", "the", "—", "u.s", "president-elect", "xyz", "saidx", "negotiations", "the talks were held", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lexOf(w), refLexOf(w); got != want {
			t.Fatalf("lexOf(%q) = %b, want %b", w, got, want)
		}
		var k uint64
		for i := min(len(w), 8) - 1; i >= 0; i-- {
			k = k<<8 | uint64(w[i])
		}
		if got := lexKey(w); got != k {
			t.Fatalf("lexKey(%q) = %#x, want %#x", w, got, k)
		}
	})
}

// TestRuneClasses checks isLetterOrDigit and isSpace against package
// unicode for every rune up to U+FFFF and a few beyond.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r < 0x10000 || r < 0x10400 && r%7 == 0; r++ {
		if got, want := isLetterOrDigit(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isLetterOrDigit(%U) = %t, want %t", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %t, want %t", r, got, want)
		}
	}
	// lowerText copies General Punctuation as it is.
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.ToLower(r) != r {
			t.Errorf("unicode.ToLower(%U) = %U: General Punctuation has a case", r, unicode.ToLower(r))
		}
	}
}

// refCapitalsOpen and refSecondCapital are capitalsOpen and secondCapital
// with package unicode for every character.
func refCapitalsOpen(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(s[n:])
	switch r {
	case '.', '\'', '’', ' ', '-':
		return true
	}
	return unicode.IsUpper(r) || unicode.Is(unicode.M, r)
}

func refSecondCapital(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	for _, r := range s[n:] {
		switch {
		case unicode.IsUpper(r):
			return true
		case r == '.', r == '\'', r == '’', r == ' ', r == '/', r == '-', unicode.Is(unicode.M, r):
		default:
			return false
		}
	}
	return false
}

// TestNonAlnum8 checks nonAlnum8 for every byte at every place among
// letters, and for eight bytes of fuzzed text against a byte-by-byte scan.
func TestNonAlnum8(t *testing.T) {
	for p := range 8 {
		for c := range 256 {
			b := []byte("aZ09zA9b")
			b[p] = byte(c)
			m := nonAlnum8(binary.LittleEndian.Uint64(b))
			if alnum := c < utf8.RuneSelf && asciiAlnum[c]; alnum != (m == 0) || !alnum && bits.TrailingZeros64(m)>>3 != p {
				t.Errorf("nonAlnum8(%q) = %#x", b, m)
			}
		}
	}
}

func FuzzNonAlnum8(f *testing.F) {
	f.Add([]byte("Kyiv’s a"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 8 {
			return
		}
		want := 8
		for k, c := range b[:8] {
			if !alnumBytes[c] {
				want = k
				break
			}
		}
		got := 8
		if m := nonAlnum8(binary.LittleEndian.Uint64(b)); m != 0 {
			got = bits.TrailingZeros64(m) >> 3
		}
		if got != want {
			t.Fatalf("nonAlnum8(%q): first non-alphanumeric byte %d, want %d", b[:8], got, want)
		}
	})
}

// quoteMarks are the bytes quotedBytes stops at (quoteMarkBytes as a table): a line break, '"', and the
// first byte of '“' and '”'.
var quoteMarks = [256]bool{'\n': true, '"': true, 0xE2: true}

// nextQuoteMark returns the index of the first byte of s from i on that is
// in quoteMarks, or len(s).
func nextQuoteMark(s string, i int) int {
	q := newQuoteScan(s)
	return q.next(i)
}
