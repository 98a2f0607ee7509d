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
		// Runs of safe bytes, four at a time.
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
