package events

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzLowerInPlace checks that lowerInPlace is strings.ToLower whenever it
// gives anything, and gives it whenever lowering keeps every character's
// length.
func FuzzLowerInPlace(f *testing.F) {
	for _, s := range []string{"", "abc", "Kyiv's MAYOR", "São Paulo ÉLYSÉE", "İstanbul", "ẞ", "\xff", "Ωmega",
		"the talks in São Paulo ended on Monday; ÉLYSÉE officials said", "aaaaaaaZ", "aaaaaaaaaaaaaaaZaaaaaaa\xffAAAA", "abcdefgh@[`{ÀAZaz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := lowerInPlace(s)
		want := strings.ToLower(s)
		if got != "" && got != want || got == "" && s != "" && sameLengths(s) {
			t.Fatalf("lowerInPlace(%q) = %q, strings.ToLower = %q", s, got, want)
		}
		// What the tagger is given must be s with only A-Z lowered.
		if low, ascii := lowerText(s); ascii && low != lowerASCII(s) {
			t.Fatalf("lowerText(%q) = %q, ASCII only, but lowering A-Z gives %q", s, low, lowerASCII(s))
		}
	})
}

// lowerASCII lowers the letters A-Z of s and nothing else.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// sameLengths reports whether s is UTF-8 whose every character lowers to
// one of the same length.
func sameLengths(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if utf8.RuneLen(r) != utf8.RuneLen([]rune(strings.ToLower(string(r)))[0]) {
			return false
		}
	}
	return true
}

// FuzzFields checks surname and fieldCount against strings.Fields.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", " ", "Vladimir V. Putin", "  Ana  Ruiz ", "Luís\u00a0Montenegro", "a\u2003b\u0085c", "\xff \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		want := ""
		if len(fs) > 0 {
			want = fs[len(fs)-1]
		}
		if got := surname(s); got != want {
			t.Fatalf("surname(%q) = %q, want %q", s, got, want)
		}
		for max := 1; max <= 4; max++ {
			if got := fieldCount(s, max); got != min(len(fs), max) {
				t.Fatalf("fieldCount(%q, %d) = %d, strings.Fields has %d", s, max, got, len(fs))
			}
		}
	})
}

// FuzzUpperAlready checks upperAlready against strings.ToUpper.
func FuzzUpperAlready(f *testing.F) {
	for _, s := range []string{"", "NATO", "Nato", "ÉLYSÉE", "élysée", "\xff", "AB\xffC", "\uFFFD", "ǅ", "ß", "II"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := upperAlready(s), strings.ToUpper(s) == s; got != want {
			t.Fatalf("upperAlready(%q) = %t, strings.ToUpper(s) == s is %t", s, got, want)
		}
	})
}

// FuzzSkeleton checks skeleton and appendSkeleton against skeletonRunes,
// the rune-by-rune reading of it.
func FuzzSkeleton(f *testing.F) {
	for _, s := range []string{"", "Anna", "  Witkoff ", "O'Brien-Smith", "Aaron", "Hwang", "a\tb", "Zelenskyy", "Luís", "\xff", "Ab. C", " e e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := skeletonRunes(s)
		if got := skeleton(s); got != want {
			t.Fatalf("skeleton(%q) = %q, want %q", s, got, want)
		}
		if got := string(appendSkeleton([]byte("x"), s)); got != "x"+want {
			t.Fatalf("appendSkeleton(x, %q) = %q, want %q", s, got, "x"+want)
		}
	})
}

// FuzzFoldHelpers checks hasSuffixFold and stormWordOf against lowering
// the whole string.
func FuzzFoldHelpers(f *testing.F) {
	for _, s := range []string{"", "two days AFTER", "the day before", "Typhoon", "TROPİCAL", "STORM", "ſtorm", "\u212Aafter", "x after"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, suf := range []string{" after", " before"} {
			if got, want := hasSuffixFold(s, suf), strings.HasSuffix(strings.ToLower(s), suf); got != want {
				t.Fatalf("hasSuffixFold(%q, %q) = %t, want %t", s, suf, got, want)
			}
		}
		if got, want := stormWordOf(s), stormWords[strings.ToLower(s)]; got != want {
			t.Fatalf("stormWordOf(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestFinderJoinBases checks that joinBases of a sentence's tokens gives
// what joining their bases does, with or without the sentence.
func TestFinderJoinBases(t *testing.T) {
	for _, s := range []string{
		"Mr. Witkoff met Volodymyr Zelenskyy's aides in Kyiv.",
		"U.S. Secretary of State Marco Rubio  spoke",
		"The Gen. Ana Ruiz and St. Louis, Mo. officials",
		"São Paulo’s mayor — Ricardo Nunes — said",
		"The Hague and New York City's Central Park met Kyiv's  North-East Region",
	} {
		toks := tokenize(s)
		f := finder{text: s, low: lowerInPlace(s)}
		for a := 0; a < len(toks); a++ {
			for b := a + 1; b <= len(toks); b++ {
				if got, want := f.joinBases(toks, a, b), joinBases(toks, a, b); got != want {
					t.Errorf("%q: joinBases(%d, %d) = %q, want %q", s, a, b, got, want)
				}
				if got, ok := f.plainKey(toks, a, b); ok {
					if want := string(f.keyOf(toks, a, b)); got != want {
						t.Errorf("%q: plainKey(%d, %d) = %q, want %q", s, a, b, got, want)
					}
				}
			}
		}
	}
}

// FuzzPlainKey checks plainKey against keyOf for every span of words.
func FuzzPlainKey(f *testing.F) {
	f.Add("The Hague and New York City's Central Park met Kyiv's  North-East Region")
	f.Add("U.S. Secretary of State Marco Rubio spoke in São Paulo")
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		if len(toks) > 40 {
			return
		}
		fd := finder{text: s, low: lowerInPlace(s)}
		for a := 0; a < len(toks); a++ {
			for b := a + 2; b <= len(toks); b++ {
				if got, ok := fd.plainKey(toks, a, b); ok {
					if want := string(fd.keyOf(toks, a, b)); got != want {
						t.Fatalf("%q: plainKey(%d, %d) = %q, want %q", s, a, b, got, want)
					}
				}
			}
		}
	})
}

// lowerTextLoop is lowerText as it was before it read the ASCII bytes
// before a character of several bytes eight at a time: FuzzLowerText
// checks the two agree.
func lowerTextLoop(s string) (low string, asciiOnly bool) {
	asciiOnly = true
	changed := false
	var b strings.Builder
	b.Grow(len(s))
	// The lowered bytes gather in buf, written to b when it is nearly
	// full: at most eight bytes (or one character) are added at a time.
	var buf [264]byte
	n := 0
	var ups uint64 // the upper-case letters lowered eight bytes at a time
	for i := 0; i < len(s); {
		if n > len(buf)-8 {
			b.Write(buf[:n])
			n = 0
		}
		// Eight ASCII bytes at a time: each upper-case letter gets the
		// 0x20 bit.
		for n <= len(buf)-8 && i+8 <= len(s) {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			if x&0x8080808080808080 != 0 {
				break
			}
			up := upperASCII(x)
			ups |= up
			binary.LittleEndian.PutUint64(buf[n:n+8], x|up>>2)
			n += 8
			i += 8
		}
		if n > len(buf)-8 || i >= len(s) {
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false
		}
		if 0x2000 <= r && r <= 0x206f {
			// General Punctuation ("’", "—", "“") has no case.
			copy(buf[n:], s[i:i+size])
		} else if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return "", false
			}
			utf8.EncodeRune(buf[n:], l)
			changed, asciiOnly = true, false
		} else {
			copy(buf[n:], s[i:i+size])
		}
		n += size
		i += size
	}
	if !changed && ups == 0 {
		return s, true // nothing to lower
	}
	b.Write(buf[:n])
	return b.String(), asciiOnly
}

// FuzzLowerText checks lowerText against lowerTextLoop, byte for byte.
func FuzzLowerText(f *testing.F) {
	for _, s := range []string{"", "abc", "ABCDEFGH", "ABCDEFGHI", "Kyiv's MAYOR said “NO” — ÉLYSÉE", "AAAAAAAÉAAAAAAAA", "aaaaaaaaaaaaaaaZaaaaaaa\xffAAAA",
		"İstanbul", "ẞ STRASSE", "Ωmega", "\xff", "ABCDEFG\xe2\x80", strings.Repeat("Hello “WORLD” ", 40), strings.Repeat("É", 200) + "ABCDEFGHIJ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low, ascii := lowerText(s)
		wantLow, wantASCII := lowerTextLoop(s)
		if low != wantLow || ascii != wantASCII {
			t.Fatalf("lowerText(%q) = %q, %v; the loop gives %q, %v", s, low, ascii, wantLow, wantASCII)
		}
	})
}

// FuzzIsASCII checks isASCII, which reads several bytes at a time,
// against a loop over the bytes.
func FuzzIsASCII(f *testing.F) {
	for _, s := range []string{"", "a", "é", "ab", "aé", "abc", "abcd", "abcdé", "abcdefg", "abcdefgh", "abcdefghé", "éabcdefgh", "abcdefghijklmnopq\x80", "Kyiv’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := true
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				want = false
			}
		}
		if got := isASCII(s); got != want {
			t.Fatalf("isASCII(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIsNameWord checks isNameWord, which reads ASCII byte by byte,
// against isNameWordRunes.
func FuzzIsNameWord(f *testing.F) {
	for _, s := range []string{"", "a", "A", "Ana", "ANA", "XIV", "O'Neil", "Jean-Luc", "St.", "U.S.", "-", "3M", "Zelenskyy's", "Luís", "ÉLYSÉE", "Kyiv’s", "I", "IIX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isNameWord(w), isNameWordRunes(w); got != want {
			t.Fatalf("isNameWord(%q) = %v, isNameWordRunes gives %v", w, got, want)
		}
	})
}

// quotedBytesLoop is quotedBytes as it was when it marked the bytes of a
// quotation one by one: FuzzQuotedBytes checks the two agree.
func quotedBytesLoop(buf []bool, s string) []bool {
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
			for k := i; k < j; k++ {
				q[k] = true
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

// FuzzQuotedBytes checks quotedBytes against quotedBytesLoop, in storage
// that held other marks.
func FuzzQuotedBytes(f *testing.F) {
	for _, s := range []string{"", "\"", "a \"b\" c", "“quoted” not", "He said “" + strings.Repeat("long words ", 30) + "” then", "open “\n\nclosed", "\"a\nb\"", "’s “x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := quotedBytesLoop(nil, s)
		dirty := make([]bool, len(s)+70)
		for i := range dirty {
			dirty[i] = true
		}
		for _, buf := range [][]bool{nil, dirty} {
			if got := quotedBytes(buf, s); !slices.Equal(got, want) {
				t.Fatalf("quotedBytes(%q) = %v, want %v", s, got, want)
			}
		}
	})
}
