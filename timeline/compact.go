package timeline

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// compactText lets a lean build's article text go once its mentions are
// extracted and cached: the sentences its mentions quote are copied into
// one string of their own, and every string of the mentions cut from the
// text (quotes, expressions, triggers, names) is cut from that copy
// instead, or, outside the sentences quoted, copied alone. The mentions
// read the same; the text, which is most of an article's memory and which
// nothing else reads before the pages are rendered (see analyzeIn), is
// left to the collector: about 4 KiB an article against the few hundred
// bytes its quoted sentences take, through the merge, the build's peak.
//
// An article whose frontmatter adds an event (events:) keeps its text:
// merging quotes that event's sentence from it.
func compactText(art *content.Article, ms []events.Mention) {
	if art.Text == "" || len(art.Meta.Events) > 0 {
		return
	}
	c := compactor{text: art.Text}
	// The quoted sentences, in order of the text, those that overlap
	// joined.
	for i := range ms {
		if at := c.offset(ms[i].Quote); at >= 0 {
			c.spans = append(c.spans, textSpan{at, at + len(ms[i].Quote)})
		}
	}
	slices.SortFunc(c.spans, func(a, b textSpan) int { return a.start - b.start })
	joined := c.spans[:0]
	for _, s := range c.spans {
		if n := len(joined); n > 0 && s.start <= joined[n-1].end {
			joined[n-1].end = max(joined[n-1].end, s.end)
			continue
		}
		joined = append(joined, s)
	}
	c.spans = joined
	size := 0
	for _, s := range c.spans {
		size += s.end - s.start
	}
	var b strings.Builder
	b.Grow(size)
	c.at = make([]int, len(c.spans))
	for i, s := range c.spans {
		c.at[i] = b.Len()
		b.WriteString(c.text[s.start:s.end])
	}
	c.kept = b.String()
	for i := range ms {
		c.mention(&ms[i])
	}
	art.Text = ""
}

// compactor is the state of compactText for one article. Its spans are
// the quoted sentences' in text, which kept holds, spans[i] from at[i] on.
type compactor struct {
	text   string
	spans  []textSpan
	at     []int
	kept   string
	copies map[string]string // the strings copied alone, each once
}

// textSpan is the bytes start to end of a text.
type textSpan struct{ start, end int }

// offset returns where s begins in c.text when s is a part of it (shares
// its memory), or -1. Strings are never moved in memory: comparing their
// addresses is all it takes, and it reads nothing.
func (c *compactor) offset(s string) int {
	if s == "" {
		return -1
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	base := uintptr(unsafe.Pointer(unsafe.StringData(c.text)))
	if p < base || p-base >= uintptr(len(c.text)) {
		return -1
	}
	return int(p - base)
}

// rebase makes *s, when it is cut from c.text, a string of its own or
// cut from c.kept.
func rebase[S ~string](c *compactor, s *S) {
	at := c.offset(string(*s))
	if at < 0 {
		return
	}
	end := at + len(*s)
	// The first span ending at or after s's end starts at or before
	// s's start when it holds s.
	i, _ := slices.BinarySearchFunc(c.spans, end, func(sp textSpan, end int) int { return sp.end - end })
	if i < len(c.spans) && c.spans[i].start <= at {
		from := c.at[i] + at - c.spans[i].start
		*s = S(c.kept[from : from+len(*s)])
		return
	}
	t, ok := c.copies[string(*s)]
	if !ok {
		if c.copies == nil {
			c.copies = map[string]string{}
		}
		t = strings.Clone(string(*s))
		c.copies[t] = t
	}
	*s = S(t)
}

// mention rebases every string of m (see compactText).
func (c *compactor) mention(m *events.Mention) {
	for _, s := range [...]*string{&m.Article, &m.Sentence, &m.Quote, &m.Expression, &m.Trigger, &m.Kind, &m.Title, &m.Subject, &m.Object, &m.Detail, &m.Timex.Text, &m.Timex.Value, &m.Timex.Mod} {
		rebase(c, s)
	}
	rebase(c, &m.Timex.Type)
	rebase(c, &m.Timex.Granularity)
	for _, names := range [...][]string{m.People, m.Orgs, m.Places} {
		for i := range names {
			rebase(c, &names[i])
		}
	}
	for k, v := range m.Countries {
		if c.offset(k) >= 0 || c.offset(v) >= 0 {
			countries := make(map[string]string, len(m.Countries))
			for k, v := range m.Countries {
				rebase(c, &k)
				rebase(c, &v)
				countries[k] = v
			}
			m.Countries = countries
			break
		}
	}
}
