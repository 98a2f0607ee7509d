// Package jsonw appends JSON strings exactly as encoding/json's Marshal
// and Encoder (with HTML escaping, their default) write them, for the
// large files and pages that write JSON by hand instead of through
// reflection. encoding/json is the reference: the tests compare the two
// on every kind of text.
package jsonw

import "unicode/utf8"

const hex = "0123456789abcdef"

// safe marks the bytes written as they are: ASCII from space to DEL but
// ", \, <, > and & (encoding/json's htmlSafeSet); no byte of a
// multi-byte character.
var safe = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

// String appends s as a JSON string, quoted and escaped as json.Marshal
// writes a string: ", \ and control characters escaped, <, > and & as
// \u003c, \u003e and \u0026, U+2028 and U+2029 as \u2028 and \u2029,
// and each byte of invalid UTF-8 as \ufffd.
func String(dst []byte, s string) []byte {
	return appendString(dst, s)
}

// Escape appends s escaped as String escapes it, without the quotes: a
// piece of a JSON string.
func Escape(dst []byte, s string) []byte {
	return appendEscaped(dst, s)
}

// Bytes is String for the text in b.
func Bytes(dst, b []byte) []byte {
	return appendString(dst, b)
}

func appendString[T []byte | string](dst []byte, src T) []byte {
	dst = append(dst, '"')
	dst = appendEscaped(dst, src)
	return append(dst, '"')
}

// appendEscaped is appendString without the quotes.
func appendEscaped[T []byte | string](dst []byte, src T) []byte {
	start := 0
	for i := 0; i < len(src); {
		// Runs of safe bytes, eight at a time, then four.
		for ; i+8 <= len(src); i += 8 {
			w := src[i : i+8] // one bounds check, one load
			if !plain8(uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) {
				break
			}
		}
		for i+4 <= len(src) && safe[src[i]] && safe[src[i+1]] && safe[src[i+2]] && safe[src[i+3]] {
			i += 4
		}
		if i >= len(src) {
			break
		}
		if b := src[i]; b < utf8.RuneSelf {
			if safe[b] {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		n := min(len(src)-i, utf8.UTFMax)
		c, size := utf8.DecodeRuneInString(string(src[i : i+n]))
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(dst, src[start:]...)
}

const (
	ones = 0x0101010101010101 // 1 in each byte of a word
	high = 0x8080808080808080 // the high bit of each byte
)

// plain8 reports whether each of the eight bytes of x is safe, in a few
// operations on the word instead of a look-up a byte. (v-ones)&^v&high
// is not 0 exactly when a byte of v is 0, (x-0x20*ones|x)&high when a
// byte of x is below 0x20 or has its high bit set (a byte of a multi-byte
// character): a borrow runs only from a byte below the one subtracted.
func plain8(x uint64) bool {
	qa := (x | 0x04*ones) ^ 0x26*ones // 0 for " (0x22) and & (0x26)
	lg := (x | 0x02*ones) ^ 0x3e*ones // 0 for < (0x3c) and > (0x3e)
	bs := x ^ 0x5c*ones               // 0 for \
	return (x-0x20*ones|x|(qa-ones)&^qa|(lg-ones)&^lg|(bs-ones)&^bs)&high == 0
}
