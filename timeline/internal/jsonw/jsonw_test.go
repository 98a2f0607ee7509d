package jsonw

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// check compares String and Bytes with json.Marshal for s.
func check(t *testing.T, s string) {
	t.Helper()
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := String([]byte("x"), s); string(got) != "x"+string(want) {
		t.Errorf("String(%q) = %s, json.Marshal %s", s, got[1:], want)
	}
	if got := Bytes(nil, []byte(s)); string(got) != string(want) {
		t.Errorf("Bytes(%q) = %s, json.Marshal %s", s, got, want)
	}
	// Escaped in two pieces, cut anywhere (inside a character too, as
	// when text is escaped around a replacement it makes).
	for i := 0; i <= len(s); i++ {
		if !utf8.ValidString(s[:i]) || !utf8.ValidString(s[i:]) {
			continue // a cut character is invalid UTF-8 on both sides
		}
		got := Escape(Escape([]byte(`"`), s[:i]), s[i:])
		if string(got)+`"` != string(want) {
			t.Errorf("Escape(%q)+Escape(%q) = %s, json.Marshal %s", s[:i], s[i:], got, want)
			break
		}
	}
}

func TestMatchesMarshal(t *testing.T) {
	var all strings.Builder
	for c := 0; c < 256; c++ {
		all.WriteByte(byte(c))
	}
	for _, s := range []string{
		"", "plain text", `quote " and \ backslash`, "<script>&amp;</script>",
		"\b\f\n\r\t\x00\x1f\x7f", "é水🌊", "\u2028\u2029", "\xff\xfe\xc3", "\xe2\x80", all.String(),
	} {
		check(t, s)
	}
}

func FuzzMatchesMarshal(f *testing.F) {
	f.Add("a<b>&\"\\\n\u2028\xff")
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}

// BenchmarkString appends a quote-like text of plain ASCII with a few
// characters to escape.
func BenchmarkString(b *testing.B) {
	s := strings.Repeat("The council voted on Monday, officials said; the plan's cost is 5 million. ", 20) + "<b>&</b>"
	b.SetBytes(int64(len(s)))
	var buf []byte
	for b.Loop() {
		buf = String(buf[:0], s)
	}
}

// TestPlain8 checks the test of eight bytes at a time against safe, for
// every byte at every place of a word of plain text, and next to a byte
// that needs escaping.
func TestPlain8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			x := uint64(0x6161616161616161)&^(0xff<<(8*k)) | uint64(c)<<(8*k)
			if got, want := plain8(x), safe[c]; got != want {
				t.Errorf("byte %#x at %d: plain8 %v, safe %v", c, k, got, want)
			}
			if k > 0 && plain8(x&^0xff|0x1f) {
				t.Errorf("byte %#x at %d after a control character: plain8 true", c, k)
			}
		}
	}
}
