package events

import (
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events/gazetteer"
)

// A Merger merges the mentions of one site again and again, as a site
// rebuilt after every change is, doing again only what the change reaches.
// It keeps from its last merge:
//
//   - each article's items (its mentions prepared for merging), reused
//     when the article has no corrections and its mentions, its file's
//     metadata and the site's canonical names of people are those of the
//     last merge;
//   - the sweep's order, into which only the items of new or changed
//     articles are merged;
//   - the sweep's decisions: an item goes where it went last time unless
//     an event that differs from the last sweep's (new, joined by a new or
//     moved item, or that lost one) is open at its date, in this sweep or
//     the last; only then is it matched afresh (see resweep);
//   - the event of each cluster, reused for a cluster of the same items.
//
// The corrections, the canonical names, the joining of stories and the
// ids are done whole every time, as they look across the site. Its result
// is always Merge's for the same input (TestMergerEqualsMerge). The lists
// and maps of the mentions given are kept, not copied: the caller must not
// change them afterwards. The zero value is ready to use; a Merger is safe
// for concurrent use (its merges run one at a time) and holds the last
// merge's state until the next.
type Merger struct {
	mu   sync.Mutex
	last *mergeState
}

// Merge merges ms as Merge does.
func (mg *Merger) Merge(ms []Mention, arts map[string]*content.Article, opts Options) ([]Event, error) {
	return mg.run(opts, func(prev *mergeState) ([]Event, content.Errors, *mergeState) {
		return merge(ms, arts, opts, prev, false)
	})
}

// run runs one merge, m, over the last merge's state when it was made
// with compatible options, and keeps the state m returns for the next.
func (mg *Merger) run(opts Options, m func(prev *mergeState) ([]Event, content.Errors, *mergeState)) ([]Event, error) {
	mg.mu.Lock()
	defer mg.mu.Unlock()
	prev := mg.last
	if prev == nil || !prev.compatible(opts) {
		prev = &mergeState{}
	}
	mg.last = nil // a merge that panics leaves no half-made state
	evs, errs, next := m(prev)
	mg.last = next
	if len(errs) > 0 {
		return evs, errs
	}
	return evs, nil
}

// MergeArticles merges the mentions of the articles slugs as Merge
// merges them in that order: mentions[slug] holds the mentions of the
// article slug (each with that Article), in their order; an article
// without mentions is left out. The lists are kept, not copied: the caller
// must never change them afterwards, and gives the same list again for an
// article whose mentions did not change (as a build's cache does), which
// is then known unchanged without comparing its mentions.
func (mg *Merger) MergeArticles(slugs []string, mentions map[string][]Mention, arts map[string]*content.Article, opts Options) ([]Event, error) {
	with := make([]string, 0, len(slugs))
	for _, s := range slugs {
		if len(mentions[s]) > 0 {
			with = append(with, s)
		}
	}
	return mg.run(opts, func(prev *mergeState) ([]Event, content.Errors, *mergeState) {
		return mergeBy(with, mentions, arts, opts, prev, false, true)
	})
}

// mergeState is what a Merger keeps of a merge for the next.
type mergeState struct {
	opts   Options
	gaz    *gazetteer.Gazetteer
	gen    int                      // counts the merges; see articleItems.gen
	canon  map[string]string        // the people's canonical names (see peopleNamer)
	arts   map[string]*articleItems // by slug
	sorted []*item                  // in the order of the sweep
	events map[*item]*mergedEvent   // by the cluster's first item
}

// compatible reports whether a merge with opts can reuse s: one with the
// same aliases and gazetteer.
func (s *mergeState) compatible(opts Options) bool {
	gaz := opts.Gazetteer
	if gaz == nil {
		gaz = gazetteer.Default()
	}
	return s.gaz == gaz && maps.Equal(s.opts.PeopleAliases, opts.PeopleAliases) && maps.Equal(s.opts.PlaceAliases, opts.PlaceAliases)
}

// articleItems are the items of one article's mentions, and what they were
// made from.
type articleItems struct {
	raw   []Mention // as given (with a Merger)
	fixed bool      // the article has corrections (never reused)
	ms    []Mention // corrected, with canonical names; the items point into it
	facts articleFacts
	items []*item
	gen   int // the last merge that used them
	// mainPerson is the person its mentions name most often.
	mainPerson string

	// article is the article of the slug they were given under (nil when
	// none); own is true when every mention names that slug, so that
	// article is the one their sources read. published is its date as
	// the sources give it.
	article   *content.Article
	own       bool
	published string
}

// articleFacts is what an article's items and their sources read of the
// article besides its mentions.
type articleFacts struct {
	found                 bool
	date                  time.Time
	title, publisher, url string
	filed                 string // the dateline, lower-cased
}

// factsOf returns the facts of a, which may be nil.
func factsOf(a *content.Article) articleFacts {
	if a == nil {
		return articleFacts{}
	}
	f := articleFacts{found: true, date: a.Meta.Date, title: a.Meta.Title, publisher: a.Meta.Publisher, url: a.Meta.URL}
	if len(a.Sentences) > 0 {
		first := a.Text[a.Sentences[0].Start:a.Sentences[0].End]
		f.filed = gazetteer.Key(first[:dateline(first)]) // "Reykjavik (AFP)" files from Reykjavík
	}
	return f
}

// mentionsEqual reports whether a and b hold equal mentions, in order.
func mentionsEqual(a, b []Mention) bool {
	if len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0]) {
		return true // the same list (see MergeArticles)
	}
	return slices.EqualFunc(a, b, mentionEqual)
}

// mentionEqual reports whether a and b are equal in every field.
func mentionEqual(a, b Mention) bool {
	return a.Article == b.Article && a.Sentence == b.Sentence && a.Quote == b.Quote && a.Expression == b.Expression &&
		a.Timex == b.Timex && a.Trigger == b.Trigger && a.Kind == b.Kind &&
		slices.Equal(a.People, b.People) && slices.Equal(a.Orgs, b.Orgs) && slices.Equal(a.Places, b.Places) &&
		a.Title == b.Title && a.Subject == b.Subject && a.Object == b.Object && a.Detail == b.Detail &&
		maps.Equal(a.Countries, b.Countries) && a.Index == b.Index && a.Editor == b.Editor
}

// mergedEvent is the event of a cluster of items, before its id is set.
type mergedEvent struct {
	items []*item
	event Event
}

// resweep is sweep over items sorted by itemLess, of which those of the
// last merge's articles kept (item.swept set) are in the order that merge
// swept them, replaying its decisions where they cannot have changed.
// tainted are the last sweep's clusters that lost a member.
//
// The sweep decides an item by matching it against the events open at its
// date. Where the events open are those of the last sweep, in the same
// state, an item of the last sweep goes where it went then. The events not
// the same are the new ones, those joined by a new item or by an item
// decided otherwise than last time (dirty), and the last sweep's events
// that lost or changed a member (diverged): while one of them is open,
// in this sweep or the last, every item is matched afresh against the
// events open, made as they now stand. The result is sweep's.
func resweep(items []*item, tainted []*cluster) []*cluster {
	type zone struct{ lo, end time.Time }
	diverged := map[*cluster]bool{}
	var zones []zone
	for _, c := range tainted {
		if !diverged[c] {
			diverged[c] = true
			zones = append(zones, zone{c.lo, c.hi.AddDate(0, 0, 1)})
		}
	}
	slices.SortFunc(zones, func(a, b zone) int { return a.lo.Compare(b.lo) })
	var zoneEnd time.Time // the end of the zones begun so far
	zi := 0

	var handles, open, dirtyOpen []*handle
	byOld := map[*cluster]*handle{}
	diverge := func(old *cluster) {
		if old == nil || diverged[old] {
			return
		}
		diverged[old] = true
		if end := old.hi.AddDate(0, 0, 1); end.After(zoneEnd) {
			zoneEnd = end
		}
		if h := byOld[old]; h != nil && !h.dirty {
			h.dirty = true
			h.materialize()
			dirtyOpen = append(dirtyOpen, h)
		}
	}
	stillOpen := func(hs []*handle, at time.Time) []*handle {
		keep := hs[:0]
		for _, h := range hs {
			if !h.closeAt.Before(at) {
				keep = append(keep, h)
			}
		}
		return keep
	}
	lastFilter := 0
	for _, it := range items {
		for zi < len(zones) && !zones[zi].lo.After(it.lo) {
			if zones[zi].end.After(zoneEnd) {
				zoneEnd = zones[zi].end
			}
			zi++
		}
		dirtyOpen = stillOpen(dirtyOpen, it.lo)
		old := it.swept
		if old != nil && len(dirtyOpen) == 0 && zoneEnd.Before(it.lo) && !diverged[old] {
			// Replay: it goes where it went last time.
			h := byOld[old]
			if h == nil && old.items[0] == it {
				if len(open) > 2*lastFilter+64 {
					open = stillOpen(open, it.lo)
					lastFilter = len(open)
				}
				h = &handle{old: old}
				byOld[old] = h
				handles = append(handles, h)
				open = append(open, h)
			}
			if h != nil && !h.dirty && h.k < len(old.items) && old.items[h.k] == it {
				h.add(it)
				continue
			}
			// Not as last time after all: decide afresh.
		}
		open = stillOpen(open, it.lo)
		lastFilter = len(open)
		var best *handle
		bestScore := 0
		for _, h := range open {
			c := h.materialize()
			// On a tie, the happening more articles tell.
			if s := c.match(it); s > bestScore || s > 0 && s == bestScore && len(c.articles) > len(best.c.articles) {
				best, bestScore = h, s
			}
		}
		if best == nil {
			best = &handle{c: newCluster(it)}
			if old != nil && old.items[0] == it && byOld[old] == nil && !diverged[old] {
				best.old = old // as last time
				byOld[old] = best
			} else {
				best.dirty = true
				dirtyOpen = append(dirtyOpen, best)
				diverge(old)
			}
			handles = append(handles, best)
			open = append(open, best)
		} else if best.dirty || old == nil || best.old != old || best.k >= len(old.items) || old.items[best.k] != it {
			// Not as last time: both its event of then and the one it
			// joins now differ from the last sweep's.
			diverge(old)
			diverge(best.old)
			if !best.dirty {
				best.dirty = true
				dirtyOpen = append(dirtyOpen, best)
			}
		}
		best.add(it)
	}
	out := make([]*cluster, len(handles))
	for i, h := range handles {
		if !h.dirty && h.old != nil && h.k == len(h.old.items) {
			out[i] = h.old // the last sweep's, unchanged
			continue
		}
		out[i] = h.materialize()
		for _, it := range out[i].items {
			it.swept = out[i]
		}
	}
	return out
}

// handle is an event of resweep: the last sweep's cluster old with its
// first k members, or a cluster c made in this sweep (materialized from
// old's first k members when it must be matched against or changed).
type handle struct {
	old     *cluster
	k       int
	c       *cluster
	dirty   bool      // not the last sweep's: new, or joined otherwise than then
	hi      time.Time // its members' end so far
	closeAt time.Time // the day after hi
}

func (h *handle) add(it *item) {
	h.k++
	if h.c != nil {
		h.c.add(it)
	}
	if h.k == 1 || it.hi.After(h.hi) {
		h.hi = it.hi
		h.closeAt = it.hi.AddDate(0, 0, 1)
	}
}

// materialize returns h's cluster, made from old's first k members the
// first time.
func (h *handle) materialize() *cluster {
	if h.c == nil {
		for i, it := range h.old.items[:h.k] {
			if i == 0 {
				h.c = newCluster(it)
			}
			h.c.add(it)
		}
	}
	return h.c
}
