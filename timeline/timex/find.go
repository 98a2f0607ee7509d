package timex

import "time"

// Tagger finds temporal expressions like Find but keeps its working
// storage between calls, which saves allocations when one goroutine tags
// many texts. The zero value is ready to use. A Tagger must not be used by
// two goroutines at once; the Timex values it returns do not alias its
// storage.
type Tagger struct {
	toks []tok
}

// Find is Find using the tagger's storage.
func (tg *Tagger) Find(text string, ref time.Time) []Timex {
	if need := len(text)/4 + 16; cap(tg.toks) < need {
		tg.toks = make([]tok, 0, need)
	}
	t := newTagger(text, ref, tg.toks)
	out := t.run()
	tg.toks = t.toks[:0]
	return out
}

func find(text string, ref time.Time) []Timex {
	return newTagger(text, ref, make([]tok, 0, len(text)/4+16)).run()
}
