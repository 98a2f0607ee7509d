package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lexRef is lex as it was before its fast paths (eight letters at a time,
// ASCII punctuation without decoding a rune, no call in the loop over ASCII
// text): a byte at a time, for FuzzLexRef.
func lexRef(text, low string) []tok {
	var toks []tok
	sp, nl := true, false
	for i := 0; i < len(text); {
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
			j, n := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, tok{w: text[i:j], s: int32(i), e: int32(j), n: n, tokFlags: tokFlags{kind: kNum, sp: sp, nl: nl, start: true}})
			i = j
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
			toks = append(toks, tok{w: w, s: int32(i), e: int32(j), n: -1, tokFlags: tokFlags{kind: kWord, sp: sp, nl: nl, upper: c >= 'A' && c <= 'Z', start: startWord(w)}})
			i = j
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				size = 1
			}
			if unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) && !(r2 < utf8.RuneSelf && isAlnum(byte(r2))) {
						break
					}
					j += s2
				}
				w := text[i:j]
				toks = append(toks, tok{w: w, s: int32(i), e: int32(j), n: -1, tokFlags: tokFlags{kind: kWord, sp: sp, nl: nl, start: startWord(w)}})
				i = j
				sp, nl = false, false
				continue
			}
			w := text[i : i+size]
			switch r {
			case '\u2019', '\u2018':
				w = "'"
			case '\u2010', '\u2011':
				w = "-"
			}
			toks = append(toks, tok{w: w, s: int32(i), e: int32(i + size), n: -1, tokFlags: tokFlags{kind: kPunct, sp: sp, nl: nl, start: w == "'"}})
			i += size
		}
		sp, nl = false, false
	}
	for k := range toks {
		if toks[k].w == "'" && toks[k].kind == kPunct {
			toks[k].start = k+1 < len(toks) && toks[k+1].kind == kNum && len(toks[k+1].w) == 2 && !toks[k+1].sp
		}
		if smallBusinessSaturday(toks, k) {
			toks[k].start = true // "Small Business Saturday": the one expression "small" opens
		}
	}
	return toks
}

// FuzzLexRef checks lex against lexRef, the plain lexer it replaced.
func FuzzLexRef(f *testing.F) {
	for _, s := range []string{"", "a", "’", "\xff\xfe", "On Monday, 3 December 2025, two days later.", "Ébola’s SPREAD — 12:30 p.m.",
		"\v\f\t\r\n x\x00y\x7f 'the '90s' São Tomé\u00a0and\u0085Príncipe", "four\u2011year\u2011old", "abcdefghijklmnopqrstuvwxyzABCDEFGH1"} {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "news", "*"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		low := lowerASCII(text)
		want := lexRef(text, low)
		got := lex(text, low, nil)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			for k := range min(len(got), len(want)) {
				if got[k] != want[k] {
					t.Fatalf("lex(%q): token %d = %+v, want %+v", text, k, got[k], want[k])
				}
			}
			t.Fatalf("lex(%q): %d tokens, want %d", text, len(got), len(want))
		}
	})
}

// TestPunctuationBlock checks what lex takes for granted of U+2010-U+2027.
func TestPunctuationBlock(t *testing.T) {
	for r := rune(0x2010); r <= 0x2027; r++ {
		if unicode.IsSpace(r) || unicode.IsLetter(r) {
			t.Errorf("%U is a space or a letter", r)
		}
	}
}
