package content

import (
	"bytes"
	"time"
	"unicode/utf8"
)

// plainYAML reads YAML frontmatter written in the plainest form, as nearly
// every article's is: lines of "key: value" at the left margin, with
// blank lines and whole-line comments between them, each value on its
// line and one of
//
//   - a double- or single-quoted string holding no quote and no
//     backslash,
//   - a plain string starting with an ASCII letter, holding no ": ", no
//     " #" and no trailing space (true, false and null as yaml.v3 reads
//     them: a bool or a null),
//   - a date written YYYY-MM-DD, or
//   - a list of such quoted strings in brackets: ["A", "B"] or [].
//
// For such a block it returns the tree yamlTree gets from yaml.v3, with
// the same lines, and ok; FuzzPlainYAML checks that the two agree. It
// returns ok false for anything else, which yaml.v3 then reads: the
// shortcut only saves yaml.v3's tokens and nodes (some 90 allocations an
// article) and never decides what the frontmatter means.
func plainYAML(data []byte, base int) (root *value, ok bool) {
	if !plainYAMLText(data) {
		return nil, false
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	keys := make([]entry, 0, lines)
	vals := make([]value, 0, lines) // one allocation for the scalars
	for n := 1; len(data) > 0; n++ {
		l := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		k := keyLen(l)
		if k == 0 || k > maxPlainKey || k+1 >= len(l) || l[k] != ':' || l[k+1] != ' ' {
			return nil, false
		}
		rest := bytes.TrimLeft(l[k+2:], " ")
		line := base + n
		var v *value
		if len(rest) > 0 && rest[0] == '[' {
			items, ok := plainList(rest, line)
			if !ok {
				return nil, false
			}
			v = &value{line: line, kind: listValue, items: items}
		} else {
			str, tag, ok := plainScalar(rest)
			if !ok {
				return nil, false
			}
			vals = append(vals, value{line: line, kind: scalarValue, str: str, tag: tag})
			v = &vals[len(vals)-1]
		}
		keys = append(keys, entry{key: internKey(l[:k]), line: line, val: v})
	}
	if len(keys) == 0 {
		return nil, false // yaml.v3 reads an empty document its own way
	}
	return &value{line: keys[0].line, kind: tableValue, keys: keys}, true
}

// plainYAMLText reports whether data holds only the characters plainYAML
// reads as yaml.v3 does: no tab, no carriage return, no control
// character (which yaml.v3 refuses), no byte order mark, and no line
// break but line feeds (yaml.v3 also breaks lines at U+0085, U+2028 and
// U+2029).
func plainYAMLText(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r >= 0xfffe && r <= 0xffff || r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// maxPlainKey is the longest key plainYAML reads: yaml.v3 refuses a key
// of more than 1024 characters written without a "?".
const maxPlainKey = 64

// keyLen is the length of the plain key l starts with: an ASCII letter or
// underscore, then letters, digits, underscores and hyphens.
func keyLen(l []byte) int {
	for i, c := range l {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		case i > 0 && (c >= '0' && c <= '9' || c == '-'):
		default:
			return i
		}
	}
	return len(l)
}

// internKey returns the known key k spells without allocating, or k as a
// new string.
func internKey(k []byte) string {
	for _, known := range knownKeys {
		if string(k) == known {
			return known
		}
	}
	return string(k)
}

// plainScalar reads a value for plainYAML: its text, its tag as fromYAML
// names it, and whether it is one plainYAML reads.
func plainScalar(v []byte) (str, tag string, ok bool) {
	if len(v) == 0 || v[len(v)-1] == ' ' {
		return "", "", false
	}
	switch c := v[0]; {
	case c == '"' || c == '\'':
		s, rest, ok := quoted(v)
		return s, "str", ok && len(rest) == 0
	case c >= '0' && c <= '9':
		// A date, as yaml.v3 reads one (a !!timestamp); any other
		// number is left to it.
		if len(v) != len("2006-01-02") || v[4] != '-' || v[7] != '-' {
			return "", "", false
		}
		if _, err := time.Parse("2006-01-02", string(v)); err != nil {
			return "", "", false
		}
		return string(v), "date", true
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		if bytes.Contains(v, []byte(": ")) || bytes.Contains(v, []byte(" #")) || v[len(v)-1] == ':' {
			return "", "", false
		}
		s := string(v)
		switch s {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			return s, "bool", true
		case "null", "Null", "NULL":
			return s, "null", true
		}
		return s, "str", true
	}
	return "", "", false
}

// quoted reads the quoted string v starts with, which must hold no quote
// of either kind and no backslash, and returns its text and what follows
// it.
func quoted(v []byte) (s string, rest []byte, ok bool) {
	q := v[0]
	end := bytes.IndexByte(v[1:], q)
	if end < 0 {
		return "", nil, false
	}
	in := v[1 : 1+end]
	if bytes.ContainsAny(in, "\"'\\") {
		return "", nil, false
	}
	return string(in), v[2+end:], true
}

// plainList reads a list of quoted strings in brackets, on one line.
func plainList(v []byte, line int) (items []*value, ok bool) {
	v = v[1:] // '['
	v = bytes.TrimLeft(v, " ")
	if len(v) > 0 && v[0] == ']' {
		return nil, len(v) == 1
	}
	for {
		if len(v) == 0 || v[0] != '"' && v[0] != '\'' {
			return nil, false
		}
		s, rest, ok := quoted(v)
		if !ok {
			return nil, false
		}
		items = append(items, &value{line: line, kind: scalarValue, str: s, tag: "str"})
		v = bytes.TrimLeft(rest, " ")
		if len(v) == 0 {
			return nil, false
		}
		switch v[0] {
		case ']':
			return items, len(v) == 1
		case ',':
			v = bytes.TrimLeft(v[1:], " ")
		default:
			return nil, false
		}
	}
}
