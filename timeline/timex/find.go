package timex

import "time"

// Tagger finds temporal expressions like Find but keeps its working
// storage between calls, which saves allocations when one goroutine tags
// many texts. The zero value is ready to use. A Tagger must not be used by
// two goroutines at once; the Timex values it returns do not alias its
// storage.
type Tagger struct {
	toks []tok
	t    tagger // the state of a call, kept to spare an allocation
}

// Find is Find using the tagger's storage.
func (tg *Tagger) Find(text string, ref time.Time) []Timex {
	return tg.AppendFind(nil, text, "", ref)
}

// AppendFind is Find using the tagger's storage, for a caller that may
// already hold the text in lower case and a slice to reuse: it returns the
// expressions Find(text, ref) returns, in dst[:0] (dst's storage, grown as
// needed, so that dst must not be in use). low is text with its ASCII
// letters A-Z in lower case and every other byte as it is, or "" to have it
// made here; AppendFind panics when low is neither text's length nor empty.
func (tg *Tagger) AppendFind(dst []Timex, text, low string, ref time.Time) []Timex {
	if low != "" && len(low) != len(text) {
		panic("timex: AppendFind: low is not text lowered")
	}
	if need := len(text)/4 + 16; cap(tg.toks) < need {
		tg.toks = make([]tok, 0, need)
	}
	if low == "" {
		low = lowerASCII(text)
	}
	if need := len(text)/250 + 4; cap(dst) < need {
		dst = make([]Timex, 0, need)
	}
	t := &tg.t
	t.reset(text, low, ref, tg.toks, dst)
	out := t.run()
	// The tokens keep the text alive until the next call: a Tagger is
	// working memory, not a cache. The caller's expressions are its own.
	tg.toks = t.toks[:0]
	t.out = nil
	return out
}

func find(text string, ref time.Time) []Timex {
	return newTagger(text, lowerASCII(text), ref, make([]tok, 0, len(text)/4+16), make([]Timex, 0, len(text)/250+4)).run()
}
