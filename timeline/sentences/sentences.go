// Package sentences splits plain text into sentences, aware of the
// abbreviations, initials and quotations of news English.
//
// It does no I/O and holds no global mutable state.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one sentence: text[Start:End], with surrounding white space trimmed.
type Span struct {
	Start, End int
}

// Split returns the sentences of text in order. Every non-space byte of text
// falls in exactly one span, and spans never overlap.
//
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes and
// brackets that follow) when the next word can begin a sentence, and at a
// blank line. A period does not end a sentence after a title or other
// abbreviation that is never final ("Mr.", "Dr.", "Lt. Gen.", "St."), after
// an initial ("Vladimir V. Putin"), after a month abbreviation followed by a
// number ("Jan. 5"), or after a dotted acronym ("U.S.", "U.K.") unless the
// next word is one that typically opens a sentence ("U.S. officials" goes
// on; "in the U.S. They said" ends). A single line break does not end a
// sentence (Markdown soft breaks); a blank line always does.
//
// Split is safe for concurrent use.
func Split(text string) []Span {
	out := AppendSplit(make([]Span, 0, len(text)/128+1), text) // news sentences run to about 150 bytes
	if len(out) == 0 {
		return nil
	}
	return out
}

// AppendSplit appends the sentences Split returns for text to dst and
// returns the extended slice, for a caller that reuses its storage. It
// allocates nothing but the growth of dst.
func AppendSplit(dst []Span, text string) []Span {
	out := dst
	start := -1
	var next marks
	next.init()
	for i := 0; i < len(text); {
		if start < 0 {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					start = i
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				start = i
			}
			i += size
			continue
		}
		// Inside a sentence only a line break and a terminator matter:
		// jump to the next one.
		i = next.from(text, i)
		if i == len(text) {
			break
		}
		r, size := rune(text[i]), 1
		if r == 0xE2 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' && blankLineFollows(text, i+size):
			out = appendSpan(out, text, start, i)
			start = -1
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + size
			// Ellipses and runs of terminators: "...", "?!".
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = skipClosers(text, j)
			if isBoundary(text, start, i, r, j) {
				out = appendSpan(out, text, start, j)
				start = -1
			}
			i = j
			continue
		}
		i += size
	}
	if start >= 0 {
		out = appendSpan(out, text, start, len(text))
	}
	return out
}

// appendSpan appends text[start:end] without its trailing space, if any
// is left.
func appendSpan(out []Span, text string, start, end int) []Span {
	for end > start {
		if c := text[end-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if end > start {
		out = append(out, Span{start, end})
	}
	return out
}

// markBytes are the bytes Split stops at inside a sentence: a line break
// or a terminator; and '…'.
const markBytes = "\n.!?"

// marks holds, for each of markBytes and '…', the index of its next
// occurrence in the text at or after the scan position (len(text) when
// there is none), or -1 before it is first looked for. Each is found by
// strings.IndexByte or strings.Index, which look at many bytes at a time,
// and looked for again only once the scan has passed it.
type marks [len(markBytes) + 1]int

func (m *marks) init() {
	*m = marks{-1, -1, -1, -1, -1}
}

// from returns the index of the first mark byte in text at or after i,
// or len(text).
func (m *marks) from(text string, i int) int {
	// Unrolled: most calls look again for one byte only.
	if m[0] < i {
		m[0] = indexFrom(text, i, markBytes[0])
	}
	if m[1] < i {
		m[1] = indexFrom(text, i, markBytes[1])
	}
	if m[2] < i {
		m[2] = indexFrom(text, i, markBytes[2])
	}
	if m[3] < i {
		m[3] = indexFrom(text, i, markBytes[3])
	}
	if m[4] < i {
		// Other characters that begin with 0xE2 (’, “, ”) are passed
		// over: no byte after the first of a character is ASCII or
		// begins one, so no mark hides in them.
		if j := strings.Index(text[i:], "…"); j >= 0 {
			m[4] = i + j
		} else {
			m[4] = len(text)
		}
	}
	return min(m[0], m[1], m[2], m[3], m[4])
}

// indexFrom returns the index of the first c in text at or after i, or
// len(text).
func indexFrom(text string, i int, c byte) int {
	if j := strings.IndexByte(text[i:], c); j >= 0 {
		return i + j
	}
	return len(text)
}

// asciiSpace are the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isSpace is unicode.IsSpace with the ASCII case first.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[byte(r)]
	}
	return unicode.IsSpace(r)
}

// blankLineFollows reports whether only horizontal space stands between i
// and the next line break.
func blankLineFollows(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return false
}

// skipClosers moves past closing quotes and brackets after a terminator.
func skipClosers(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch r {
		case '"', '\'', ')', ']', '”', '’', '»', '*', '_':
			j += size
		default:
			return j
		}
	}
	return j
}

// isBoundary decides whether the terminator r at text[i] (whose closers end
// at j) ends the sentence that began at start.
func isBoundary(text string, start, i int, r rune, j int) bool {
	if j >= len(text) {
		return true
	}
	if next, _ := utf8.DecodeRuneInString(text[j:]); !isSpace(next) {
		return false // "U.S.-Russia", "3.5", "example.com"
	}
	// The next word.
	k := j
	for k < len(text) {
		if c := text[k]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			k++
			continue
		}
		c, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(c) {
			break
		}
		k += size
	}
	if k >= len(text) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(text[k:]) // the first rune of the next word
	if !canStart(first) {
		return false // "he said", lowercase continuation, e.g. "e.g. this"
	}
	if r != '.' || i+1 < j && text[i+1] == '.' {
		return true // '!', '?', ellipsis followed by a capital
	}
	prev := wordBefore(text, start, i)
	if prev == "" {
		return true
	}
	switch abbreviation(prev) {
	case neverFinal:
		return false
	case month:
		return !unicode.IsDigit(first)
	case state:
		if p, _ := utf8.DecodeRuneInString(prev); 'A' <= p && p <= 'Z' {
			// "JACKSON, Miss. (AP) —", "a pastor from Tulsa, Okla. Police
			// said": a state's abbreviation ends the sentence only before a
			// typical opener ("in Jackson, Miss. The storm ...")
			return opensSentence(wordAt(text, k))
		}
	}
	switch p, size := utf8.DecodeRuneInString(prev); {
	case size == len(prev) && unicode.IsUpper(p):
		return false // an initial: "Vladimir V. Putin"
	case strings.IndexByte(prev, '.') >= 0:
		// A dotted acronym such as "U.S." or "a.m.": it ends the sentence
		// only when a typical sentence opener follows.
		return opensSentence(wordAt(text, k))
	}
	return true
}

// canStart reports whether a word beginning with r can begin a sentence:
// a capital, a digit or an opening quote, bracket or dash.
func canStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || isOpener(r)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '-', '–', '—', '*', '_':
		return true
	}
	return false
}

// wordAt returns the run of non-space characters at k, without trailing
// punctuation.
func wordAt(text string, k int) string {
	e := k
	for e < len(text) {
		c, size := utf8.DecodeRuneInString(text[e:])
		if isSpace(c) {
			break
		}
		e += size
	}
	return strings.TrimRight(text[k:e], ",;:.!?”’\")")
}

// wordBefore returns the word ending at the period text[i], including any
// inner periods ("U.S" for "U.S."), without opening punctuation
// ("\"“‘'([«").
func wordBefore(text string, start, i int) string {
	b := i
	for b > start {
		if c := text[b-1]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			b--
			continue
		}
		c, size := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsSpace(c) {
			break
		}
		b -= size
	}
	w := text[b:i]
	for len(w) > 0 && !asciiWord[w[0]] {
		switch c := w[0]; {
		case c == '"' || c == '\'' || c == '(' || c == '[':
			w = w[1:]
		case strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘"):
			w = w[len("“"):]
		case strings.HasPrefix(w, "«"):
			w = w[len("«"):]
		default:
			return w
		}
	}
	return w
}

// asciiWord are the ASCII letters and digits: no opening punctuation.
var asciiWord = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// Kinds of abbreviation.
const (
	notAbbreviation = iota
	neverFinal      // precedes a name or number and so never ends a sentence
	month           // ends a sentence only when no day number follows
	state           // a US state's AP abbreviation: ends a sentence only before an opener
)

// lower returns the word w in lower case, in buf's storage when w is
// ASCII, or nil when w is ASCII and longer than buf (a word of len(buf)
// ASCII bytes and more lowers to as many bytes).
func lower(buf []byte, w string) []byte {
	for n := 0; n < len(w); n++ {
		c := w[n]
		if c >= utf8.RuneSelf {
			// strings.ToLower makes ASCII of some other letters
			// ('K', the Kelvin sign, is 'k').
			return []byte(strings.ToLower(w))
		}
		if n == len(buf) {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	return buf[:len(w)]
}

// abbreviation returns the kind of the word w (without its final period),
// whatever its case.
func abbreviation(w string) int {
	// lower(buf, w), inline: this runs for most periods.
	var buf [len("messrs")]byte // the longest abbreviation
	for n := 0; n < len(w); n++ {
		c := w[n]
		if c >= utf8.RuneSelf {
			return abbreviationKind([]byte(strings.ToLower(w)))
		}
		if n == len(buf) {
			return notAbbreviation
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	return abbreviationKind(buf[:len(w)])
}

// abbreviationKind returns the kind of the lower-case word w (a switch on
// string(w) does not copy w).
func abbreviationKind(w []byte) int {
	switch string(w) {
	case "mr", "mrs", "ms", "messrs", "dr", "prof",
		"gen", "lt", "col", "maj", "capt", "cpt",
		"sgt", "cpl", "pvt", "adm", "cmdr", "brig",
		"gov", "sen", "rep", "reps", "sens", "pres",
		"supt", "insp", "det", "amb", "sec", "atty",
		"st", "ste", "mt", "ft", "rev", "fr",
		"hon", "no", "nos", "vol", "art", "fig",
		"vs", "v", "approx", "est", "e.g", "i.e",
		"cf", "ave", "blvd", "rd":
		return neverFinal
	case "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec":
		return month
	case "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
		"ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
		"miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
		"va", "vt", "wash", "wis", "wyo":
		return state
	}
	return notAbbreviation
}

// opensSentence reports whether the word w, without quotes, is one that
// commonly opens a sentence, whatever its case.
func opensSentence(w string) bool {
	var buf [len("officials")]byte // the longest opener
	return isOpenerWord(lower(buf[:], strings.Trim(w, "\"“‘'")))
}

// isOpenerWord reports whether the lower-case word w commonly opens a
// sentence; after a dotted acronym it signals a boundary.
func isOpenerWord(w []byte) bool {
	switch string(w) {
	case "the", "a", "an", "he", "she", "it",
		"they", "we", "i", "you", "but", "and",
		"in", "on", "at", "this", "that", "these",
		"those", "there", "his", "her", "its",
		"their", "our", "if", "when", "while",
		"after", "before", "as", "meanwhile", "however",
		"still", "yet", "so", "for", "some",
		"many", "officials", "both", "no", "not":
		return true
	}
	return false
}
