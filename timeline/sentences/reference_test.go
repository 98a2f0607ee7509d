package sentences

// This file keeps the splitter as it was before the speed work of issue 8
// (commit 5cbe2e6), as the reference the fast one must match boundary for
// boundary (TestMatchesReference, FuzzMatchesReference).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refAppendSplit appends the sentences Split returns for text to dst and
// returns the extended slice, for a caller that reuses its storage.
func refAppendSplit(dst []Span, text string) []Span {
	out := dst
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		for end > start {
			r, size := utf8.DecodeLastRuneInString(text[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end > start {
			out = append(out, Span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		if start < 0 {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				start = i
			}
			i += size
			continue
		}
		// Inside a sentence only a line break and a terminator matter:
		// step over other bytes without decoding them (no byte of a
		// multi-byte character is ASCII; '…' is the one that starts
		// with 0xE2 and is looked at).
		for i < len(text) && !refMarks[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		r, size := rune(text[i]), 1
		if r == 0xE2 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' && refBlankLineFollows(text, i+size):
			emit(i)
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + size
			// Ellipses and runs of terminators: "...", "?!".
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = refSkipClosers(text, j)
			if refIsBoundary(text, start, i, r, j) {
				emit(j)
				i = j
				continue
			}
			i = j
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

// refMarks are the bytes Split stops at inside a sentence: a line break, a
// terminator, or the first byte of '…'.
var refMarks = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xE2: true}

// refBlankLineFollows reports whether only horizontal space stands between i
// and the next line break.
func refBlankLineFollows(text string, i int) bool {
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

// refSkipClosers moves past closing quotes and brackets after a terminator.
func refSkipClosers(text string, j int) int {
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

// refIsBoundary decides whether the terminator r at text[i] (whose closers end
// at j) ends the sentence that began at start.
func refIsBoundary(text string, start, i int, r rune, j int) bool {
	if j >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsSpace(next) {
		return false // "U.S.-Russia", "3.5", "example.com"
	}
	// The next word.
	k := j
	for k < len(text) {
		c, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(c) {
			break
		}
		k += size
	}
	if k >= len(text) {
		return true
	}
	nextWord := refWordAt(text, k)
	first, _ := utf8.DecodeRuneInString(nextWord)
	if first == utf8.RuneError && nextWord == "" {
		first, _ = utf8.DecodeRuneInString(text[k:])
	}
	startsSentence := unicode.IsUpper(first) || unicode.IsDigit(first) || refIsOpener(first)
	if !startsSentence {
		return false // "he said", lowercase continuation, e.g. "e.g. this"
	}
	if r != '.' || i+1 < j && text[i+1] == '.' {
		return true // '!', '?', ellipsis followed by a capital
	}
	prev := refWordBefore(text, start, i)
	if prev == "" {
		return true
	}
	low := strings.ToLower(prev)
	switch {
	case refNeverFinal[low]:
		return false
	case refMonths[low]:
		return !unicode.IsDigit(first)
	case refStates[low] && unicode.IsUpper([]rune(prev)[0]):
		// a state's AP abbreviation: a boundary only before an opener
		return refOpeners[strings.ToLower(strings.Trim(nextWord, "\"“‘'"))]
	case utf8.RuneCountInString(prev) == 1 && unicode.IsUpper([]rune(prev)[0]):
		return false // an initial: "Vladimir V. Putin"
	case strings.Contains(prev, "."):
		// A dotted acronym such as "U.S." or "a.m.": it ends the sentence
		// only when a typical sentence opener follows.
		return refOpeners[strings.ToLower(strings.Trim(nextWord, "\"“‘'"))]
	}
	return true
}

func refIsOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '-', '–', '—', '*', '_':
		return true
	}
	return false
}

// refWordAt returns the run of non-space characters at k, without trailing
// punctuation.
func refWordAt(text string, k int) string {
	e := k
	for e < len(text) {
		c, size := utf8.DecodeRuneInString(text[e:])
		if unicode.IsSpace(c) {
			break
		}
		e += size
	}
	return strings.TrimRight(text[k:e], ",;:.!?”’\")")
}

// refWordBefore returns the word ending at the period text[i], including any
// inner periods ("U.S" for "U.S."), without opening punctuation.
func refWordBefore(text string, start, i int) string {
	b := i
	for b > start {
		c, size := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsSpace(c) {
			break
		}
		b -= size
	}
	return strings.TrimLeft(text[b:i], "\"“‘'([«")
}

// refNeverFinal are abbreviations (lower case, without the final period) that
// precede a name or number and so never end a sentence.
var refNeverFinal = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "prof": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true,
	"sgt": true, "cpl": true, "pvt": true, "adm": true, "cmdr": true, "brig": true,
	"gov": true, "sen": true, "rep": true, "reps": true, "sens": true, "pres": true,
	"supt": true, "insp": true, "det": true, "amb": true, "sec": true, "atty": true,
	"st": true, "ste": true, "mt": true, "ft": true, "rev": true, "fr": true,
	"hon": true, "no": true, "nos": true, "vol": true, "art": true, "fig": true,
	"vs": true, "v": true, "approx": true, "est": true, "e.g": true, "i.e": true,
	"cf": true, "ave": true, "blvd": true, "rd": true,
}

// refMonths are month abbreviations that end a sentence only when no day number
// follows.
var refMonths = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// refStates are the AP abbreviations of US states ("Miss.", "Calif."),
// capitalised in the text.
var refStates = map[string]bool{
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true, "ga": true,
	"ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true,
	"miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true,
	"va": true, "vt": true, "wash": true, "wis": true, "wyo": true,
}

// refOpeners are words that commonly open a sentence; after a dotted acronym
// they signal a boundary.
var refOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "but": true, "and": true,
	"in": true, "on": true, "at": true, "this": true, "that": true, "these": true,
	"those": true, "there": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "if": true, "when": true, "while": true,
	"after": true, "before": true, "as": true, "meanwhile": true, "however": true,
	"still": true, "yet": true, "so": true, "for": true, "some": true,
	"many": true, "officials": true, "both": true, "no": true, "not": true,
}
