package timex

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestAppendFind checks that AppendFind finds what Find finds, whether the
// caller gives the lowered text or not and whatever dst held before.
func TestAppendFind(t *testing.T) {
	ref := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	var tg Tagger
	var dst []Timex
	for _, tc := range []struct {
		text, why string
	}{
		{"On Monday, two days later, the talks ended.", "relative expressions anchored to an earlier one"},
		{"ON MONDAY the Ministers met; by 3 P.M. on Dec. 2 they agreed.", "upper-case words are found through the lowered copy"},
		{"", "an empty text"},
		{"Ébola struck on Tuesday in São Tomé.", "non-ASCII letters stay as they are in the lowered copy"},
		{"In April 2024 and again last week.", "dst holds more expressions than this text has"},
	} {
		want := Find(tc.text, ref)
		for _, low := range []string{"", lowerASCII(tc.text)} {
			dst = tg.AppendFind(dst, tc.text, low, ref)
			if len(want) == 0 && len(dst) == 0 {
				continue
			}
			if !reflect.DeepEqual(dst, want) {
				t.Errorf("%s: AppendFind(%q, low %t) = %v, Find = %v", tc.why, tc.text, low != "", dst, want)
			}
		}
	}
}

// TestAppendFindBadLow checks that a lowered text of another length is
// refused, not read.
func TestAppendFindBadLow(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("AppendFind took a lowered text of another length")
		}
	}()
	var tg Tagger
	tg.AppendFind(nil, "On Monday", strings.ToLower("On Monday."), time.Now())
}

// FuzzAppendFind checks AppendFind against Find on any text.
func FuzzAppendFind(f *testing.F) {
	for _, tc := range formCases {
		f.Add(tc.text)
	}
	ref := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		want := Find(text, ref)
		var tg Tagger
		dst := tg.AppendFind(nil, "On Monday, two days later, in 2024.", "", ref)
		got := tg.AppendFind(dst, text, lowerASCII(text), ref)
		if len(want) == 0 && len(got) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("AppendFind = %v, Find = %v", got, want)
		}
	})
}

// FuzzLowerASCII checks lowerASCII against lowering A-Z byte by byte.
func FuzzLowerASCII(f *testing.F) {
	for _, s := range []string{"", "A", "abcdefgh", "abcdefgZ", "ÀÉÎ Monday TUESDAY", "\xff\xc0ABCDEFGHIJ@[`{", "São Tomé, 3 DECEMBER 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := lowerASCII(s); got != string(b) {
			t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, b)
		}
	})
}

// FuzzNonLetters checks nonLetters64 against testing each byte.
func FuzzNonLetters(f *testing.F) {
	for _, s := range []string{"abcdefgh", "ABCDEFGH", "@[`{azAZ", "\xc1\xe1\xfa\xdaaZz.", "Monday, ", "São Tomé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 8 {
			return
		}
		got := nonLetters64(load64(s, len(s)-8))
		for k := 0; k < 8; k++ {
			d := s[len(s)-8+k]
			letter := d|0x20 >= 'a' && d|0x20 <= 'z'
			if (got>>(8*k+7))&1 == 1 == letter || got>>(8*k)&0x7f != 0 {
				t.Fatalf("nonLetters64(%q): byte %d (%q) marked %t", s[len(s)-8:], k, d, !letter)
			}
		}
	})
}

// TestLexReusedStorage checks that lex leaves nothing of the tokens its
// storage held before.
func TestLexReusedStorage(t *testing.T) {
	for _, text := range []string{"On Monday, 3 December 2025, two days later.", "Ébola’s SPREAD — 12:30 p.m.", ""} {
		want := lex(text, lowerASCII(text), nil)
		old := "WEDNESDAY 1999 ‘ x ’ Über 42"
		buf := lex(old, lowerASCII(old), make([]tok, 0, 64))
		if got := lex(text, lowerASCII(text), buf[:0]); !reflect.DeepEqual(got, want) && len(want) > 0 {
			t.Errorf("lex(%q) in used storage = %+v, want %+v", text, got, want)
		}
	}
}
