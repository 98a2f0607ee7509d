package events

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/timex"
)

// applyCorrections applies each article's frontmatter corrections to its
// mentions: ignore: entries drop the mentions they match; events: entries
// fix the date or title of the mentions they match, or add an event. It
// returns the corrected mentions (a new slice; ms is not modified) and
// every correction that matched nothing or could not be read.
func applyCorrections(ms []Mention, arts map[string]*content.Article) ([]Mention, content.Errors) {
	out := make([]Mention, len(ms))
	copy(out, ms)
	byArticle := map[string][]int{}
	for i, m := range out {
		byArticle[m.Article] = append(byArticle[m.Article], i)
	}
	slugs := make([]string, 0, len(arts))
	for s := range arts {
		slugs = append(slugs, s)
	}
	sort.Strings(slugs)
	var errs content.Errors
	drop := map[int]bool{}
	fail := func(a *content.Article, line int, format string, args ...any) {
		errs = append(errs, &content.Error{Path: a.Path, Line: line, Err: fmt.Errorf(format, args...)})
	}
	match := func(a *content.Article, sentence, expression string) []int {
		var idx []int
		for _, i := range byArticle[a.Slug] {
			m := out[i]
			if (sentence == "" || m.Sentence == sentence) && (expression == "" || m.Expression == expression) {
				idx = append(idx, i)
			}
		}
		return idx
	}
	for _, slug := range slugs {
		a := arts[slug]
		if a == nil {
			continue
		}
		for _, ig := range a.Meta.Ignore {
			if ig.Sentence == "" && ig.Expression == "" {
				fail(a, ig.Line, "ignore: an entry needs a sentence or an expression")
				continue
			}
			idx := match(a, ig.Sentence, ig.Expression)
			if len(idx) == 0 {
				fail(a, ig.Line, "ignore: no extracted event matches %s", describe(ig.Sentence, ig.Expression))
			}
			for _, i := range idx {
				drop[i] = true
			}
		}
		for _, fx := range a.Meta.Events {
			var tx timex.Timex
			if fx.Date != "" {
				var err error
				if tx, err = parseDate(fx.Date); err != nil {
					fail(a, fx.Line, "events: %v", err)
					continue
				}
			}
			if fx.Sentence != "" && sentenceIndex(a, fx.Sentence) < 0 {
				fail(a, fx.Line, "events: the article has no sentence %q", fx.Sentence)
				continue
			}
			var idx []int
			if fx.Sentence != "" || fx.Expression != "" {
				idx = match(a, fx.Sentence, fx.Expression)
			}
			if len(idx) > 0 {
				if fx.Date == "" && fx.Title == "" {
					fail(a, fx.Line, "events: an entry that matches an event needs a date or a title to change")
					continue
				}
				for _, i := range idx {
					if fx.Date != "" {
						tx.Start, tx.End, tx.Text = out[i].Timex.Start, out[i].Timex.End, out[i].Timex.Text
						out[i].Timex = tx
						out[i].Editor = true
					}
					if fx.Title != "" {
						out[i].Title = fx.Title
						out[i].Editor = true
					}
				}
				continue
			}
			if fx.Expression != "" {
				fail(a, fx.Line, "events: no extracted event matches %s", describe(fx.Sentence, fx.Expression))
				continue
			}
			if fx.Date == "" || fx.Title == "" {
				if fx.Sentence != "" {
					fail(a, fx.Line, "events: no extracted event matches %s (to add one, give both date and title)", describe(fx.Sentence, ""))
				} else {
					fail(a, fx.Line, "events: a new event needs both a date and a title")
				}
				continue
			}
			m := Mention{Article: a.Slug, Sentence: fx.Sentence, Timex: tx, Title: fx.Title, Kind: KindOther, Editor: true, Index: -1}
			if si := sentenceIndex(a, fx.Sentence); si >= 0 {
				s := a.Sentences[si]
				m.Quote, m.Index = a.Text[s.Start:s.End], si
			}
			out = append(out, m)
		}
	}
	if len(drop) > 0 {
		kept := out[:0]
		for i, m := range out {
			if !drop[i] {
				kept = append(kept, m)
			}
		}
		out = kept
	}
	return out, errs
}

func describe(sentence, expression string) string {
	switch {
	case sentence != "" && expression != "":
		return fmt.Sprintf("sentence %s with expression %q", sentence, expression)
	case sentence != "":
		return "sentence " + sentence
	}
	return fmt.Sprintf("expression %q", expression)
}

func sentenceIndex(a *content.Article, id string) int {
	if id == "" {
		return -1
	}
	for i, s := range a.Sentences {
		if s.ID == id {
			return i
		}
	}
	return -1
}

var weekValue = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)

// parseDate reads an editor's date: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www.
func parseDate(s string) (timex.Timex, error) {
	tx := timex.Timex{Type: timex.Date, Value: s}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		tx.Granularity, tx.Interval = timex.GranDay, timex.Interval{Start: t, End: t}
		return tx, nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		tx.Granularity, tx.Interval = timex.GranMonth, timex.Interval{Start: t, End: t.AddDate(0, 1, -1)}
		return tx, nil
	}
	if t, err := time.Parse("2006", s); err == nil {
		tx.Granularity, tx.Interval = timex.GranYear, timex.Interval{Start: t, End: t.AddDate(1, 0, -1)}
		return tx, nil
	}
	if m := weekValue.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		// ISO week 1 holds 4 January.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
		if gy, gw := mon.ISOWeek(); gy != y || gw != w {
			return tx, fmt.Errorf("date %q: no such week", s)
		}
		tx.Granularity, tx.Interval = timex.GranWeek, timex.Interval{Start: mon, End: mon.AddDate(0, 0, 6)}
		return tx, nil
	}
	return tx, errors.New("date " + strconv.Quote(s) + ": want YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www")
}
