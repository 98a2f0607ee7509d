package timex

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = iota // a run of letters
	kNum          // a run of ASCII digits
	kPunct        // any other single rune

	kWordASCII // a word while lex has yet to set its start mark
)

// tok is one token of the text. Words and numbers are maximal runs; every
// other non-space rune is a token of its own.
type tok struct {
	w    string // lower-cased word, the digits, or the punctuation rune
	s, e int32  // byte span in the text
	n    int    // the value of a number (capped), -1 otherwise
	tokFlags
}

// tokFlags are a token's kind and marks, in a struct of their own so that
// lex sets them in one assignment.
type tokFlags struct {
	kind  uint8
	sp    bool // white space (or the start of the text) before the token
	nl    bool // a line break in the white space before the token
	upper bool // the word starts with an upper-case letter
	// start tells whether an expression may begin at the token: a number,
	// an apostrophe before two digits ("the '90s") or a word startWord
	// accepts.
	start bool
}

// lex splits text into tokens. low is lowerASCII(text): words are slices
// of it. It appends to buf to reuse its storage.
func lex(text, low string, buf []tok) []tok {
	toks := buf[:0]
	sp, nl := true, false
	for i := 0; i < len(text); {
		// ASCII text goes through lexASCII, which calls nothing; a token
		// it leaves (one with a byte beyond ASCII) is read here.
		if cap(toks)-len(toks) < 16 {
			toks = slices.Grow(toks, 16+(len(text)-i)/4)
		}
		var other bool
		toks, i, sp, nl, other = lexASCII(text, low, toks, i, sp, nl)
		if !other {
			continue
		}
		c := text[i]
		switch {
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i + 1
			for j < len(text) {
				d := text[j]
				if d|0x20 >= 'a' && d|0x20 <= 'z' {
					j++
					continue
				}
				if d >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) {
						j += size
						continue
					}
				}
				break
			}
			w := low[i:j]
			toks = push(toks, w, i, j, -1, kWord, sp, nl, c >= 'A' && c <= 'Z', startWord(w))
			i = j
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				size = 1
			}
			// U+2010-U+2027 (dashes, quotation marks, bullets, the
			// ellipsis) are neither space nor letters: spare the tables.
			if (r < 0x2010 || r > 0x2027) && unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
			kind := uint8(kPunct)
			if (r < 0x2010 || r > 0x2027) && unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) && !(r2 < utf8.RuneSelf && isAlnum(byte(r2))) {
						break
					}
					j += s2
				}
				w := text[i:j]
				toks = push(toks, w, i, j, -1, kWord, sp, nl, false, startWord(w))
				i = j
				sp, nl = false, false
				continue
			}
			w := text[i : i+size]
			switch r {
			case '\u2019', '\u2018':
				w = "'"
			case '\u2010', '\u2011':
				w = "-" // a hyphen or a non-breaking hyphen: "four\u2011year\u2011old"
			}
			toks = push(toks, w, i, i+size, -1, kind, sp, nl, false, w == "'")
			i += size
		}
		sp, nl = false, false
	}
	// The start marks of the ASCII words, in a loop of their own:
	// lexASCII calls nothing, so that it keeps its variables in registers.
	// An apostrophe (the one punctuation mark marked) starts an expression
	// only before two digits written on, "the '90s", "in '98" (decade).
	for k := range toks {
		switch tk := &toks[k]; {
		case tk.kind == kWordASCII:
			tk.kind, tk.start = kWord, startWord(tk.w)
		case tk.kind == kPunct && tk.start:
			tk.start = k+1 < len(toks) && toks[k+1].kind == kNum && len(toks[k+1].w) == 2 && !toks[k+1].sp
		}
		if toks[k].w == "small" && smallBusinessSaturday(toks, k) {
			toks[k].start = true
		}
	}
	return toks
}

// lexASCII is lex over ASCII text from byte i on, with white space before
// it when sp (a line break when nl), into toks while it has room. It stops
// at the end of the text, when toks has room for no more, or at a token
// with a byte beyond ASCII (which it leaves to lex), and returns the
// tokens, where it stopped, the white space before that and whether it
// stopped at a token it leaves.
func lexASCII(text, low string, toks []tok, i int, sp, nl bool) (_ []tok, _ int, _, _, other bool) {
	low = low[:len(text)]
	// Each token takes a byte at least: the tokens that start before lim
	// fit.
	n := len(toks)
	lim := min(len(text), i+cap(toks)-n)
	toks = toks[:cap(toks)]
	// A token's fields are set one by one (copying a whole token would
	// take the write barrier's bulk path whenever the collector runs), the
	// string, its one pointer, last.
	for i < lim {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			sp = true
			i++
			continue
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			t := &toks[n]
			t.s, t.e, t.n = int32(i), int32(j), v
			t.tokFlags = tokFlags{kNum, sp, nl, false, true}
			t.w = text[i:j]
			n++
			i = j
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			// Eight bytes at a time while they are ASCII letters, then a
			// byte at a time near the end of the text.
			j := i + 1
			for j+8 <= len(text) {
				if b := nonLetters64(load64(text, j)); b != 0 {
					j += bits.TrailingZeros64(b) / 8
					goto end
				}
				j += 8
			}
			for j < len(text) && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' {
				j++
			}
		end:
			if j < len(text) && text[j] >= utf8.RuneSelf {
				return toks[:n], i, sp, nl, true // a letter beyond ASCII may follow
			}
			// a word whose start mark lex's loop after sets
			t := &toks[n]
			t.s, t.e, t.n = int32(i), int32(j), -1
			t.tokFlags = tokFlags{kWordASCII, sp, nl, c <= 'Z', false}
			t.w = low[i:j]
			n++
			i = j
		case c < utf8.RuneSelf && c != '\v' && c != '\f':
			// any other ASCII byte but the rest of the white space (what
			// unicode.IsSpace says of it): a punctuation token
			t := &toks[n]
			t.s, t.e, t.n = int32(i), int32(i+1), -1
			t.tokFlags = tokFlags{kPunct, sp, nl, false, c == '\''}
			t.w = text[i : i+1]
			n++
			i++
		default:
			return toks[:n], i, sp, nl, true
		}
		sp, nl = false, false
	}
	return toks[:n], i, sp, nl, false
}

// push appends a token to toks, setting its fields one by one: copying a
// whole token into the reused storage would take the write barrier's
// slower bulk path whenever the collector runs.
func push(toks []tok, w string, s, e, n int, kind uint8, sp, nl, upper, start bool) []tok {
	if len(toks) < cap(toks) {
		toks = toks[:len(toks)+1]
	} else {
		toks = append(toks, tok{})
	}
	t := &toks[len(toks)-1]
	t.w = w
	t.s, t.e, t.n = int32(s), int32(e), n
	t.tokFlags = tokFlags{kind, sp, nl, upper, start}
	return toks
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// lowerASCII lower-cases the ASCII letters of s.
func lowerASCII(s string) string {
	// Skip eight bytes at a time while they hold no upper-case letter.
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if u := upper64(load64(s, i)); u != 0 {
			i += bits.TrailingZeros64(u) / 8
			break
		}
	}
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	// The rest is lowered in a buffer, eight bytes at a time: each
	// upper-case letter gets the 0x20 bit.
	var buf [256]byte
	for i < len(s) {
		n := copy(buf[:], s[i:])
		k := 0
		for ; k+8 <= n; k += 8 {
			x := binary.LittleEndian.Uint64(buf[k:])
			if u := upper64(x); u != 0 {
				binary.LittleEndian.PutUint64(buf[k:], x|u>>2)
			}
		}
		for ; k < n; k++ {
			if c := buf[k]; 'A' <= c && c <= 'Z' {
				buf[k] = c + 'a' - 'A'
			}
		}
		b.Write(buf[:n])
		i += n
	}
	return b.String()
}

// load64 returns the eight bytes of s from i on as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nonLetters64 returns, for the eight bytes x holds (see load64), a word
// with the high bit set in the byte of each that is not an ASCII letter.
func nonLetters64(x uint64) uint64 {
	const highs = 0x8080808080808080
	// Lowered and without its high bit, a byte is from 'a' on when adding
	// 0x1f sets the high bit, after 'z' when adding 0x05 does, with no
	// carry into the next byte; bytes that had the high bit are not
	// ASCII.
	y := (x | 0x2020202020202020) &^ highs
	letters := (y + 0x1f1f1f1f1f1f1f1f) &^ (y + 0x0505050505050505) &^ x & highs
	return letters ^ highs
}

// upper64 returns, for the eight bytes x holds (see load64), a word with
// the high bit set in the byte of each that is an upper-case ASCII letter.
func upper64(x uint64) uint64 {
	const highs = 0x8080808080808080
	// Without its high bit, adding 0x3f to a byte sets that bit from 'A'
	// on, adding 0x25 from 'Z'+1 on, with no carry into the next byte;
	// bytes that had the high bit are not letters.
	y := x &^ highs
	return (y + 0x3f3f3f3f3f3f3f3f) &^ (y + 0x2525252525252525) &^ x & highs
}

// smallBusinessSaturday reports whether toks[k] opens "Small Business
// Saturday" (a named day, holidayAt): the only expression "small" starts,
// so the word is no start word of its own, sparing the parsers a common
// adjective.
func smallBusinessSaturday(toks []tok, k int) bool {
	return toks[k].w == "small" && k+2 < len(toks) && toks[k+1].w == "business" && toks[k+2].w == "saturday"
}
