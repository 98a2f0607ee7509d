package events

import (
	"cmp"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events/gazetteer"
	"github.com/newsroom/timeline/timeline/timex"
)

// Merge joins mentions of the same happening into events, sorted by start
// date then id. arts gives each article (by slug) for the sources' metadata
// and the editors' corrections in its frontmatter (events: and ignore:),
// which are applied first.
//
// Two mentions are of one happening when their dates are compatible (their
// intervals overlap, an approximate one widened by a few days) and they are
// of the same kind at the same place, or the same people doing the same
// kind of thing. Mentions are swept in order of date, so each is compared
// only with the events still open at its date, never with every other.
// The event's date is the most precise reading consistent with the most
// sources; readings that disagree with it are kept in Event.Readings.
//
// It returns every problem found in the corrections as content.Errors
// (a correction that matches nothing, a bad date), together with the events
// built from everything else. It does not modify ms and is safe for
// concurrent use.
func Merge(ms []Mention, arts map[string]*content.Article, opts Options) ([]Event, error) {
	evs, errs, _ := merge(ms, arts, opts, nil, false)
	if len(errs) > 0 {
		return evs, errs
	}
	return evs, nil
}

// MergeOwned is Merge for a caller that hands ms over: it may change the
// mentions of ms in place (their people's names made canonical) rather
// than copy them, and lets go of what it built as the events are made.
// The caller must not use ms afterwards. It gives the events Merge gives
// and lowers the merge's peak memory.
func MergeOwned(ms []Mention, arts map[string]*content.Article, opts Options) ([]Event, error) {
	evs, errs, _ := merge(ms, arts, opts, nil, true)
	if len(errs) > 0 {
		return evs, errs
	}
	return evs, nil
}

// MergeArticlesOwned is MergeOwned of the mentions of the articles slugs,
// each article's in mentions[slug] (each with that Article, in their
// order), merged as Merge merges them in that order; an article without
// mentions is left out. No list of every mention is made. The caller
// hands the lists over: it must not use them afterwards.
func MergeArticlesOwned(slugs []string, mentions map[string][]Mention, arts map[string]*content.Article, opts Options) ([]Event, error) {
	with := make([]string, 0, len(slugs))
	for _, s := range slugs {
		if len(mentions[s]) > 0 {
			with = append(with, s)
		}
	}
	evs, errs, _ := mergeBy(with, mentions, arts, opts, nil, true, false)
	if len(errs) > 0 {
		return evs, errs
	}
	return evs, nil
}

// merge is Merge, reusing what the merge prev recorded where the input did
// not change (see Merger) when prev is not nil. It returns the events, the
// corrections' problems and, when prev is not nil, the record of this
// merge for the next.
//
// When owned is true (and prev nil) the caller has handed ms over: the
// mentions are changed in place and what the merge built is let go as the
// events are made.
func merge(ms []Mention, arts map[string]*content.Article, opts Options, prev *mergeState, owned bool) ([]Event, content.Errors, *mergeState) {
	// The mentions of each article, in their order: an article's items
	// depend on its own mentions, corrections and file alone, but for
	// the canonical names of people, which look across the site.
	slugs, raw := byArticle(ms)
	return mergeBy(slugs, raw, arts, opts, prev, owned, false)
}

// mergeBy is merge of the mentions of the articles slugs, in that order,
// each article's in raw. With shared (and prev), the lists of raw are
// kept for the next merge as they are, not copied: an article whose list
// is the same (the same elements) is then unchanged without a look at its
// mentions.
func mergeBy(slugs []string, raw map[string][]Mention, arts map[string]*content.Article, opts Options, prev *mergeState, owned, shared bool) ([]Event, content.Errors, *mergeState) {
	owned = owned && prev == nil
	gaz := opts.Gazetteer
	if gaz == nil {
		gaz = gazetteer.Default()
	}
	corrected := make(map[string][]Mention, len(slugs))
	for _, slug := range slugs {
		corrected[slug] = raw[slug]
	}
	// The editors' corrections, article by article in order of slug, as
	// applyCorrections goes.
	var errs content.Errors
	for _, slug := range correctedArticles(arts) {
		a := arts[slug]
		out, es := applyCorrections(raw[slug], map[string]*content.Article{slug: a})
		errs = append(errs, es...)
		if _, ok := corrected[slug]; !ok && len(out) > 0 {
			slugs = append(slugs, slug)
		}
		corrected[slug] = out
	}
	name, canon := peopleNamer(func(yield func(*Mention)) {
		for _, slug := range slugs {
			own := corrected[slug]
			for i := range own {
				yield(&own[i])
			}
		}
	}, opts)

	var next *mergeState
	sameNames := false
	if prev != nil {
		next = &mergeState{opts: opts, gaz: gaz, gen: prev.gen + 1, arts: make(map[string]*articleItems, len(slugs)), canon: canon}
		sameNames = maps.Equal(prev.canon, canon)
	}
	per := make([]*articleItems, len(slugs))
	parallel(len(slugs), func(i int) {
		slug := slugs[i]
		a := arts[slug]
		f := factsOf(a)
		fixed := a != nil && (len(a.Meta.Ignore) > 0 || len(a.Meta.Events) > 0)
		if prev != nil && sameNames && !fixed {
			if old := prev.arts[slug]; old != nil && !old.fixed && old.facts == f && mentionsEqual(old.raw, raw[slug]) {
				per[i] = old
				return
			}
		}
		own := canonicalNames(corrected[slug], name, owned)
		if prev != nil {
			// Kept for the next merge: a copy the caller cannot change.
			if len(own) > 0 && len(raw[slug]) > 0 && &own[0] == &raw[slug][0] {
				own = slices.Clone(own)
			}
			per[i] = newArticleItems(slug, own, f, a, gaz)
			per[i].raw, per[i].fixed = raw[slug], fixed
			if !shared {
				per[i].raw = slices.Clone(raw[slug])
			}
			return
		}
		per[i] = newArticleItems(slug, own, f, arts[slug], gaz)
	})

	rankArticles(per)
	// Sort by the start of the (widened) interval: the blocking key.
	var items []*item
	var tainted []*cluster // with prev: its sweep's clusters of items now gone
	if prev == nil {
		n := 0
		for _, a := range per {
			n += len(a.items)
		}
		items = sortItems(per, n)
		if owned {
			// Nothing keeps the articles' items together: each goes
			// with its event.
			for _, a := range per {
				a.items = nil
			}
			per = nil
		}
	} else {
		// The last merge's order, less the items of the articles that
		// changed or went, merged with the new articles' items, sorted:
		// items of different articles never tie, so this is the order
		// a stable sort of all of them gives.
		var fresh []*item
		for i, a := range per {
			next.arts[slugs[i]] = a
			if prev.arts[slugs[i]] != a {
				fresh = append(fresh, a.items...)
			}
			a.gen = next.gen
		}
		slices.SortStableFunc(fresh, itemCompare)
		items = make([]*item, 0, len(prev.sorted)+len(fresh))
		for _, it := range prev.sorted {
			if it.owner.gen != next.gen {
				// Of an article changed or gone.
				if len(tainted) == 0 || tainted[len(tainted)-1] != it.swept {
					tainted = append(tainted, it.swept)
				}
				continue
			}
			for len(fresh) > 0 && itemLess(fresh[0], it) {
				items = append(items, fresh[0])
				fresh = fresh[1:]
			}
			items = append(items, it)
		}
		items = append(items, fresh...)
		next.sorted = items
	}

	var all []*cluster
	var early *eventBuilder
	if prev == nil {
		// The events of the clusters the sweep closes are built as it
		// goes on, on the other processors: joinStories changes few.
		early = newEventBuilder(arts, gaz)
		all = sweep(items, early.add)
		if owned {
			items = nil
		}
	} else {
		all = resweep(items, tainted)
	}

	all = joinStories(all)
	evs := make([]Event, len(all))
	if prev == nil {
		early.finish()
		parallel(len(all), func(i int) {
			if ev := early.built[all[i]]; ev != nil {
				evs[i] = *ev // of a cluster the sweep closed, unchanged
			} else {
				evs[i] = all[i].event(arts, gaz)
			}
			if owned {
				all[i] = nil // its items and their sets can go
			}
		})
	} else {
		// A cluster of the same mentions as one of the last merge has
		// its event.
		next.events = make(map[*item]*mergedEvent, len(all))
		made := make([]*mergedEvent, len(all))
		parallel(len(all), func(i int) {
			c := all[i]
			if old := prev.events[c.items[0]]; old != nil && slices.Equal(old.items, c.items) {
				made[i] = old
				return
			}
			made[i] = &mergedEvent{items: c.items, event: c.event(arts, gaz)}
		})
		for i, me := range made {
			next.events[me.items[0]] = me
			evs[i] = me.event
		}
	}
	assignIDs(evs)
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].Date.Start != evs[j].Date.Start {
			return evs[i].Date.Start < evs[j].Date.Start
		}
		return evs[i].ID < evs[j].ID
	})
	return evs, errs, next
}

// newArticleItems makes the items of one article's mentions (corrected,
// with canonical names; in their order), whose file f and a describe.
func newArticleItems(slug string, ms []Mention, f articleFacts, a *content.Article, gaz *gazetteer.Gazetteer) *articleItems {
	out := &articleItems{ms: ms, facts: f, items: make([]*item, len(ms)), article: a, own: true}
	for i := range ms {
		if ms[i].Article != slug {
			out.own = false
		}
	}
	if a != nil && !a.Meta.Date.IsZero() {
		out.published = a.Meta.Date.Format("2006-01-02")
	}
	slab := make([]item, len(ms)) // one allocation for the article's items
	for i := range ms {
		out.items[i] = &slab[i]
		initItem(&slab[i], &ms[i], gaz, a, f.filed)
		out.items[i].owner = out
	}
	// The article's main place, the one its mentions name first most
	// often: what a bare "Hearing" or "Aftershock" was near. A mention of
	// a year or more before the article is background ("In June 2009, a
	// freight train exploded in Viareggio"): where the story happens now
	// is not what it names.
	count := map[string]int{}
	main := ""
	var background time.Time
	if a != nil && !a.Meta.Date.IsZero() {
		background = a.Meta.Date.AddDate(-1, 0, 0)
	}
	for i := range ms {
		m := &ms[i]
		if len(m.Places) == 0 {
			continue
		}
		if end := m.Timex.Interval.End; !background.IsZero() && !end.IsZero() && end.Before(background) {
			continue
		}
		count[m.Places[0]]++
		if n := count[m.Places[0]]; main == "" || n > count[main] {
			main = m.Places[0]
		}
	}
	if main == "" && f.filed != "" {
		// No mention names a place: the town of its dateline ("Ghent
		// (Belgium) (AFP) -" when its lead tells of a toll, no happening).
		city := f.filed
		if i := strings.IndexAny(city, ",(/"); i >= 0 {
			city = city[:i]
		}
		for _, d := range []string{" -", " —", " –"} {
			city, _, _ = strings.Cut(city, d)
		}
		if pl, ok := gaz.LookupKeyString(strings.TrimSpace(city)); ok && pl.Kind != gazetteer.Country {
			main = pl.Name
		}
	}
	// And its main person, the one its mentions name most often: whose
	// "Hearing" it was.
	pcount := map[string]int{}
	mainPerson := ""
	for i := range ms {
		for _, p := range ms[i].People {
			pcount[p]++
			if n := pcount[p]; mainPerson == "" || n > pcount[mainPerson] {
				mainPerson = p
			}
		}
	}
	out.mainPerson = mainPerson
	countries := map[string]string{} // place -> its country, looked up once
	countryOf := func(place string) string {
		if place == "" {
			return ""
		}
		c, ok := countries[place]
		if !ok {
			if pl, found := gaz.Lookup(place); found {
				c = pl.Country // itself for a country
			}
			countries[place] = c
		}
		return c
	}
	for _, it := range out.items {
		it.context = main
		it.contextCountry = countryOf(it.context)
		if len(it.m.Places) == 0 && it.contextCountry != "" {
			// "Belgian rail workers walked off the job" in a story from
			// Zagreb: the sentence says where, its article's place does not.
			if c := demonymCountry(it.m.Quote); c != "" && c != it.contextCountry {
				it.context, it.contextCountry = "", ""
			}
		}
		for _, p := range it.m.Places {
			if c := countryOf(p); c != "" {
				it.countries = append(it.countries, c)
			}
		}
	}
	return out
}

// byArticle returns the slugs of the articles of ms in order of first
// mention, and the mentions of each, in their order: parts of ms when each
// article's mentions are together (as a build passes them), else copies.
func byArticle(ms []Mention) ([]string, map[string][]Mention) {
	var slugs []string
	out := map[string][]Mention{}
	together := true
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Article == ms[i].Article {
			j++
		}
		if _, seen := out[ms[i].Article]; seen {
			together = false
			break
		}
		slugs = append(slugs, ms[i].Article)
		out[ms[i].Article] = ms[i:j:j]
		i = j
	}
	if together {
		return slugs, out
	}
	slugs, out = nil, map[string][]Mention{}
	for _, m := range ms {
		if _, ok := out[m.Article]; !ok {
			slugs = append(slugs, m.Article)
		}
		out[m.Article] = append(out[m.Article], m)
	}
	return slugs, out
}

// correctedArticles returns the slugs of the articles of arts that have
// corrections (events: or ignore: in their frontmatter), sorted.
func correctedArticles(arts map[string]*content.Article) []string {
	var out []string
	for s, a := range arts {
		if a != nil && (len(a.Meta.Ignore) > 0 || len(a.Meta.Events) > 0) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// canonicalNames returns ms with the people's names given by name, as
// canonicalPeople gives them: ms itself when that changes nothing, else a
// copy.
// With inPlace it changes ms itself and returns it.
func canonicalNames(ms []Mention, name func(string) string, inPlace bool) []Mention {
	var out []Mention
	for i := range ms {
		m := &ms[i]
		if !renames(m, name) {
			continue
		}
		if out == nil {
			if inPlace {
				out = ms
			} else {
				out = slices.Clone(ms)
			}
		}
		out[i].People, out[i].Countries = renamed(m, name)
	}
	if out == nil {
		return ms
	}
	return out
}

// renamed returns m's people and countries with the names name gives
// them, each person once, in new slices and maps.
func renamed(m *Mention, name func(string) string) ([]string, map[string]string) {
	people, countries := m.People, m.Countries
	if len(m.People) > 0 {
		people = make([]string, 0, len(m.People))
		seen := map[string]bool{}
		for _, p := range m.People {
			if c := name(p); !seen[c] {
				seen[c] = true
				people = append(people, c)
			}
		}
	}
	if len(m.Countries) > 0 {
		countries = make(map[string]string, len(m.Countries))
		for p, k := range m.Countries {
			countries[name(p)] = k
		}
	}
	return people, countries
}

// renames reports whether name changes m's people: renames one of them or
// one of its countries' keys, or finds one named twice.
func renames(m *Mention, name func(string) string) bool {
	for i, p := range m.People {
		if name(p) != p || slices.Contains(m.People[:i], p) {
			return true
		}
	}
	for p := range m.Countries {
		if name(p) != p {
			return true
		}
	}
	return false
}

// itemLess is the order of the sweep: by the start of the widened
// interval; then a mention that names a place or somebody first (it seeds
// its event; one that names neither joins the events so seeded, whatever
// the order of the articles' slugs); then by article, sentence and
// expression.
func itemLess(a, b *item) bool { return itemCompare(a, b) < 0 }

// itemCompare is itemLess as a comparison for slices.SortStableFunc.
func itemCompare(a, b *item) int {
	if a.loSec != b.loSec {
		return cmp.Compare(a.loSec, b.loSec)
	}
	if a.loNsec != b.loNsec {
		return cmp.Compare(a.loNsec, b.loNsec)
	}
	if na, nb := a.named, b.named; na != nb {
		if na {
			return -1
		}
		return 1
	}
	if a.m.Article != b.m.Article {
		return strings.Compare(a.m.Article, b.m.Article)
	}
	if a.m.Index != b.m.Index {
		return cmp.Compare(a.m.Index, b.m.Index)
	}
	return cmp.Compare(a.m.Timex.Start, b.m.Timex.Start)
}

// rankArticles sets each item's artRank, the rank of its article's slug
// among those of per's items, and srcRank, the rank of its article's
// publication date and slug (as sourceLess orders them): equal for equal
// slugs and dates. They let the sorts by itemLess and sourceLess compare
// integers rather than strings and times.
func rankArticles(per []*articleItems) {
	type run struct {
		items []*item // of one article, the same slug
		slug  string
		date  time.Time
		rank  int32 // of the slug
	}
	var runs []run
	for _, a := range per {
		for i := 0; i < len(a.items); {
			j := i + 1
			for j < len(a.items) && a.items[j].m.Article == a.items[i].m.Article {
				j++
			}
			runs = append(runs, run{items: a.items[i:j], slug: a.items[i].m.Article, date: a.facts.date})
			i = j
		}
	}
	bySlug := func(a, b run) int { return strings.Compare(a.slug, b.slug) }
	if !slices.IsSortedFunc(runs, bySlug) {
		slices.SortFunc(runs, bySlug)
	}
	r := int32(-1)
	for i := range runs {
		if i == 0 || runs[i].slug != runs[i-1].slug {
			r++
		}
		runs[i].rank = r
		for _, it := range runs[i].items {
			it.artRank = r
		}
	}
	type dated struct {
		date instant
		rank int32 // of the slug
		run  int32
	}
	byDate := make([]dated, len(runs))
	for i := range runs {
		byDate[i] = dated{instantOf(runs[i].date), runs[i].rank, int32(i)}
	}
	cmpDate := func(a, b dated) int {
		if c := a.date.compare(b.date); c != 0 {
			return c
		}
		return cmp.Compare(a.rank, b.rank)
	}
	if !slices.IsSortedFunc(byDate, cmpDate) {
		slices.SortFunc(byDate, cmpDate)
	}
	r = -1
	for i, d := range byDate {
		if i == 0 || cmpDate(d, byDate[i-1]) != 0 {
			r++
		}
		for _, it := range runs[d.run].items {
			it.srcRank = r
		}
	}
}

// sortItems returns the items of per, n in all, in the order a stable sort
// of them (article after article) by itemLess gives, their artRank set
// (see rankArticles). It sorts integer keys rather than comparing the
// items' mentions, on several processors.
func sortItems(per []*articleItems, n int) []*item {
	keys := make([]itemKey, 0, n)
	for _, a := range per {
		for _, it := range a.items {
			keys = append(keys, itemKey{sec: it.loSec, nsec: int32(it.loNsec), unnamed: !it.named, art: it.artRank,
				index: it.m.Index, start: it.m.Timex.Start, seq: int32(len(keys)), it: it})
		}
	}
	// Sorted in parts at once, then merged.
	parts := min(runtime.GOMAXPROCS(0), len(keys)/4096+1)
	bounds := make([]int, parts+1)
	for p := range bounds {
		bounds[p] = p * len(keys) / parts
	}
	parallel(parts, func(p int) { slices.SortFunc(keys[bounds[p]:bounds[p+1]], itemKey.compare) })
	// Merged: each time the least of the parts' first keys.
	heads := make([][]itemKey, parts)
	for p := range heads {
		heads[p] = keys[bounds[p]:bounds[p+1]]
	}
	out := make([]*item, len(keys))
	for i := range out {
		least := -1
		for p, h := range heads {
			if len(h) > 0 && (least < 0 || h[0].compare(heads[least][0]) < 0) {
				least = p
			}
		}
		out[i] = heads[least][0].it
		heads[least] = heads[least][1:]
	}
	return out
}

// itemKey is an item's place in the sweep's order, as itemCompare orders
// items, then its place in the list sorted (for a stable sort).
type itemKey struct {
	sec          int64 // lo
	nsec         int32
	unnamed      bool  // names no place and nobody
	art          int32 // the rank of its article's slug
	index, start int   // its mention's sentence and expression
	seq          int32
	it           *item
}

func (a itemKey) compare(b itemKey) int {
	switch {
	case a.sec != b.sec:
		return cmp.Compare(a.sec, b.sec)
	case a.nsec != b.nsec:
		return cmp.Compare(a.nsec, b.nsec)
	case a.unnamed != b.unnamed:
		if a.unnamed {
			return 1
		}
		return -1
	case a.art != b.art:
		return cmp.Compare(a.art, b.art)
	case a.index != b.index:
		return cmp.Compare(a.index, b.index)
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	}
	return cmp.Compare(a.seq, b.seq)
}

// sweep clusters items, sorted by itemLess, into the events they tell. It
// calls closed, when not nil, with each cluster no further item can join,
// the last ones at its end.
func sweep(items []*item, closed func(*cluster)) []*cluster {
	var all, open []*cluster
	for _, it := range items {
		// Close the clusters that end (with a day's tolerance for disputed
		// dates) before this mention starts: no later mention (they start
		// later still) can join them.
		keep := open[:0]
		for _, c := range open {
			if !c.closeAt.Before(it.lo) {
				keep = append(keep, c)
			} else if closed != nil {
				closed(c)
			}
		}
		clear(open[len(keep):])
		open = keep
		var best *cluster
		bestScore := 0
		for _, c := range open {
			// On a tie, the happening more articles tell.
			if s := c.match(it); s > bestScore || s > 0 && s == bestScore && len(c.articles) > len(best.articles) {
				best, bestScore = c, s
			}
		}
		if best == nil {
			best = newCluster(it)
			all = append(all, best)
			open = append(open, best)
		}
		best.add(it)
	}
	if closed != nil {
		for _, c := range open {
			closed(c)
		}
	}
	return all
}

// eventBuilder builds the events of the clusters given to add on all
// processors but one (the caller's, sweeping) until finish, which builds
// the rest with the caller's too.
type eventBuilder struct {
	arts map[string]*content.Article
	gaz  *gazetteer.Gazetteer
	todo chan *cluster
	wg   sync.WaitGroup

	mu sync.Mutex
	// built holds the events built, by cluster; read it after finish.
	built map[*cluster]*Event
}

func newEventBuilder(arts map[string]*content.Article, gaz *gazetteer.Gazetteer) *eventBuilder {
	b := &eventBuilder{arts: arts, gaz: gaz, todo: make(chan *cluster, 256), built: map[*cluster]*Event{}}
	for range max(runtime.GOMAXPROCS(0)-1, 1) {
		b.wg.Go(b.work)
	}
	return b
}

// add has c's event built. c must never change afterwards: a cluster that
// must (see joinStories) is changed on a copy, without the event built.
func (b *eventBuilder) add(c *cluster) { b.todo <- c }

func (b *eventBuilder) work() {
	var sc eventScratch
	for c := range b.todo {
		ev := c.eventWith(&sc, b.arts, b.gaz)
		b.mu.Lock()
		b.built[c] = &ev
		b.mu.Unlock()
	}
}

// finish builds the events of the clusters added and not yet built, and
// returns once every one is.
func (b *eventBuilder) finish() {
	close(b.todo)
	b.work()
	b.wg.Wait()
}

// joinStories joins an event that names no place and nobody ("the talks
// on Thursday", "the deal on Thursday evening") to the one event of another
// article of the same story that happened on that same day and is of a
// compatible kind (and, for other happenings, told by the same word or
// frame). Two articles are of one story when they already share an event
// that names a place or somebody. A bare event with two such candidates, or
// none, stays alone; an event is never joined to one of its own article's,
// which may tell another happening of that day. It looks only at the events
// of the same day, so costs no more than the sweep.
func joinStories(all []*cluster) []*cluster {
	// Articles of one story: union-find over the events that name someone
	// or somewhere and have several articles.
	parent := map[string]string{}
	var find func(a string) string
	find = func(a string) string {
		p, ok := parent[a]
		if !ok || p == a {
			return a
		}
		r := find(p)
		parent[a] = r
		return r
	}
	byDay := map[time.Time][]*cluster{}
	for _, c := range all {
		if !c.bare && len(c.articles) > 1 {
			// In any order: linked reads the partition alone. An
			// article without a slug joins no story.
			var first string
			for a := range c.articles {
				if a == "" {
					continue
				}
				if first == "" {
					first = find(a)
					continue
				}
				if r := find(a); r != first {
					parent[r] = first
				}
			}
		}
		if c.chi.Sub(c.clo) < 24*time.Hour {
			byDay[c.clo] = append(byDay[c.clo], c)
		}
	}
	linked := func(a, b *cluster) bool {
		for x := range a.articles {
			if b.articles[x] {
				return false
			}
		}
		var roots []string // of a's articles' stories
		for x := range a.articles {
			roots = append(roots, find(x))
		}
		for y := range b.articles {
			if slices.Contains(roots, find(y)) {
				return true
			}
		}
		return false
	}
	compatible := func(a, b *cluster) bool {
		if a.kinds[KindStatement] || b.kinds[KindStatement] || a.kinds[KindStrike] || b.kinds[KindStrike] {
			return false
		}
		for x := range a.kinds {
			for y := range b.kinds {
				if !compatibleKinds(x, y) {
					return false
				}
			}
		}
		if a.kinds[KindOther] && shared(a.stems, b.stems) == 0 {
			return false
		}
		return true
	}
	// The events joined into are changed on copies: the clusters may be
	// a Merger's, kept for the next merge.
	dead := map[*cluster]bool{}
	copies := map[*cluster]*cluster{}
	cur := func(c *cluster) *cluster {
		if k := copies[c]; k != nil {
			return k
		}
		return c
	}
	for _, orig := range all {
		c := cur(orig)
		if dead[orig] || !c.bare || c.chi.Sub(c.clo) >= 24*time.Hour {
			continue
		}
		var only *cluster
		n := 0
		for _, o0 := range byDay[c.clo] {
			o := cur(o0)
			if o0 == orig || dead[o0] || !o.clo.Equal(c.clo) || !o.chi.Equal(c.chi) || !compatible(c, o) || !linked(c, o) {
				continue
			}
			only = o0
			n++
		}
		if n != 1 {
			continue
		}
		target := copies[only]
		if target == nil {
			target = only.clone()
			copies[only] = target
		}
		for _, it := range c.items {
			target.add(it)
		}
		dead[orig] = true
	}
	kept := make([]*cluster, 0, len(all))
	for _, c := range all {
		if !dead[c] {
			kept = append(kept, cur(c))
		}
	}
	return kept
}

// parallel calls f(0) ... f(n-1), spread over the processors. The calls
// must be independent: each writes only its own result.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n/64+1)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}

// item is a mention with what merging needs precomputed.
type item struct {
	m      *Mention
	lo, hi time.Time // the widened interval
	places keys      // city-level keys: a venue counts as its city too
	// sites holds the leading words of the names of its venues ("the
	// Tanegashima Space Center", "Wembley Stadium"): the places they may
	// be at (see siteKeys).
	sites   keys
	people  keys
	orgs    keys
	display []string // places to show, venues followed by their city
	context string   // the main place of its article, for a title that names none
	// contextCountry is the country of context; countries those of its
	// places.
	contextCountry string
	countries      []string

	// For kind other only: the trigger's stem, the stems of every trigger
	// word of its sentence, and the key of its subject.
	stem    string
	stems   map[string]bool
	subject string
	frame   string // the trigger's frame ("@launch"), also in stems
	// said holds, for a statement, the stems and frames of the other
	// happenings its sentence names.
	said map[string]bool
	// filedOnly is true when its only places are named by its article's
	// dateline: where the story was filed from, perhaps not where it
	// happened.
	filedOnly bool

	// The sort's keys: lo as seconds and nanoseconds (as Equal and
	// Before compare it), and whether it names a place or somebody.
	loSec  int64
	loNsec int
	named  bool
	// kindBit is its kind's (see kindBit).
	kindBit uint8

	// What an event reads of its mention to choose its date (see
	// eventWith) and its summary (see summary), read once here.
	editor, approx bool
	gran           uint8 // granRank of its granularity
	days           int32 // the days of its expression's interval
	summaryScore   int32 // but for the bonus of the event's kind
	summaryQuote   string

	// artRank and srcRank order the items' articles by slug, and by
	// publication date then slug (see rankArticles).
	artRank, srcRank int32

	owner *articleItems // the article's items this one is of
	swept *cluster      // with a Merger: the cluster the last sweep put it in
}

// initItem sets *it, a zero item, to the item of m.
func initItem(it *item, m *Mention, gaz *gazetteer.Gazetteer, a *content.Article, filed string) {
	it.m = m
	for _, o := range m.Orgs {
		k := gazetteer.Key(o)
		it.orgs = it.orgs.add(k)
		it.sites = siteKeys(it.sites, k)
	}
	it.lo, it.hi = widen(m)
	for _, p := range m.Places {
		k := gazetteer.Key(p)
		it.places = it.places.add(k)
		it.sites = siteKeys(it.sites, k)
		it.display = append(it.display, p)
		if pl := gaz.FindKeyString(k); pl != nil && pl.Kind == gazetteer.Venue && pl.In != "" {
			it.places = it.places.add(gazetteer.Key(pl.In))
			it.display = append(it.display, pl.In)
		}
	}
	for _, p := range m.People {
		it.people = it.people.add(p)
	}
	if a != nil {
		if len(m.Places) > 0 {
			it.filedOnly = filed != ""
			for _, p := range m.Places {
				if !strings.Contains(filed, gazetteer.Key(p)) {
					it.filedOnly = false
				}
			}
		}
	}
	if m.Kind == KindStatement {
		it.said = map[string]bool{}
		triggerStems(m.Quote, it.said)
	}
	if m.Kind == KindOther { // only "other" happenings compare their words and subjects
		it.stem = stem(m.Trigger)
		it.stems = map[string]bool{it.stem: true}
		triggerStems(m.Quote, it.stems)
		it.frame = frameOf(m)
		if it.frame != "" {
			it.stems[it.frame] = true
		}
		if m.Subject != "" && (slices.Contains(m.People, m.Subject) || slices.Contains(m.Orgs, m.Subject)) {
			it.subject = gazetteer.Key(m.Subject) // a named subject, not "the Spaniard"
		}
	}
	it.loSec, it.loNsec = it.lo.Unix(), it.lo.Nanosecond()
	it.named = len(it.places)+len(it.people) > 0
	it.kindBit = kindBit(m.Kind)
	it.editor, it.approx, it.gran = m.Editor, m.Timex.Approximate(), uint8(granRank(m.Timex.Granularity))
	iv := m.Timex.Interval
	it.days = int32(int(iv.End.Sub(iv.Start).Hours()/24) + 1)
	it.summaryQuote, it.summaryScore = summaryOf(m)
}

// siteWord reports whether w ends the name of a venue: a building or
// ground (venueKinds), or a centre ("Tanegashima Space Center", read as an
// organisation's name).
func siteWord(w string) bool {
	return venueKinds[w] || w == "center" || w == "centre"
}

// siteKeys adds to s the leading words of key, the key of a venue's name
// (one siteWord ends), each run of them from the first word: a venue
// named after a place is at that place ("tanegashima" of "tanegashima space
// center", "los angeles" of "los angeles international airport"). The
// keys are no place by themselves: merging compares them with the places
// other mentions name.
func siteKeys(s keys, key string) keys {
	last := strings.LastIndexByte(key, ' ')
	if last < 0 || !siteWord(key[last+1:]) {
		return s
	}
	for i := 0; i < last; i++ {
		if key[i] == ' ' {
			s = s.add(key[:i])
		}
	}
	return s.add(key[:last])
}

// triggerStems adds to set the stems of the trigger words of s, other
// than statements. It scans s without building tokens: merging calls it
// once per mention.
func triggerStems(s string, set map[string]bool) {
	var buf [32]byte
	n := 0
	flush := func() {
		if n > 0 && n <= len(buf) {
			if k := triggerKinds[string(buf[:n])]; k != "" && k != KindStatement && !lightVerbs[string(buf[:n])] {
				// "a day of mourning was held", "funerals will be held":
				// a light verb names no happening of its own to share
				set[stem(string(buf[:n]))] = true
			}
			if f := frames[string(buf[:n])]; f != "" {
				set[f] = true
			}
		}
		n = 0
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c == '-':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			flush()
			if c >= 0x80 {
				n = len(buf) + 1 // a word with other letters is no trigger
				for i+1 < len(s) && s[i+1] >= 0x80 {
					i++
				}
			}
			continue
		}
		if n < len(buf) {
			buf[n] = c
		}
		n++
	}
	flush()
}

// frameOf returns the frame of a mention's trigger ("@launch" for "lifted
// off"), or "". A workers' strike is a walkout however it is told.
func frameOf(m *Mention) string {
	low := strings.ToLower(m.Trigger)
	if low == "victory" {
		q := strings.ToLower(m.Quote)
		for _, v := range []string{"claimed victory", "declared victory", "claims victory", "declares victory"} {
			if strings.Contains(q, v) {
				return "@claim" // a contestant's claim, told apart from the result
			}
		}
	}
	if low == "defeat" {
		q := strings.ToLower(m.Quote)
		for _, v := range []string{"admitted defeat", "conceded defeat", "accepted defeat", "acknowledged defeat"} {
			if strings.Contains(q, v) {
				return "@concede" // "Horvat admitted defeat": the loser's concession
			}
		}
	}
	if m.Detail == "cyberattack" {
		return "@cyberattack" // "the attack was detected", "hit by ransomware"
	}
	if m.Detail == "collision" {
		if (low == "crash" || low == "crashed") && oneVehicleCrash(m.Quote) {
			return "@crash" // "the crash of the bus near Konya": one vehicle's crash, as "a bus crashed"
		}
		return "@collision" // "the train hit a freight train", "two trains collided"
	}
	if f := accidentFrames[m.Detail]; f != "" {
		return f // "the collapse of the bridge ... killed four": the collapse, as "the bridge collapsed"
	}
	if f := accidentVerbFrame(low, m.Quote); f != "" {
		return f // "a road bridge ... collapsed"; "the government collapsed" is no accident
	}
	if low == "broke" && strings.Contains(strings.ToLower(m.Quote), "broke into") {
		return "@theft" // "broke into a museum ... and stole": the break-in is the theft's
	}
	if f := frames[low]; f != "" {
		return f
	}
	if low == "opened" {
		switch strings.ToLower(m.Subject) {
		case "fissure", "fissures", "vent", "vents", "crater":
			return "@eruption" // "the fissure opened on Thursday night": the eruption
		}
	}
	if low == "appointed" || low == "halted" || low == "suspended" {
		// "appointed administrators": the company went under; "halted
		// operations": it stopped, as "ceased trading" tells
		switch first, _, _ := strings.Cut(strings.ToLower(m.Object), " "); first {
		case "administrators", "administrator", "receivers", "receiver", "liquidators", "liquidator":
			if low == "appointed" {
				return "@shutdown"
			}
		case "operations", "trading":
			if low != "appointed" {
				return "@shutdown"
			}
		}
	}
	if f := offFrames[low]; f != "" && (m.Object == "off" || strings.HasPrefix(m.Object, "off ")) {
		return f
	}
	if strings.HasSuffix(m.Detail, "strike") {
		return "@walkout"
	}
	return ""
}

// stem reduces a trigger word to what its forms share: "sentenced",
// "sentencing" and "sentence" give "sentenc".
func stem(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}

// widen returns the days a mention's date may cover: its interval, widened
// for an approximate expression by three days at day precision and a week
// otherwise.
func widen(m *Mention) (time.Time, time.Time) {
	iv := m.Timex.Interval
	if m.Timex.Approximate() && !m.Editor {
		d := 3
		if m.Timex.Granularity != timex.GranDay && m.Timex.Granularity != timex.GranTime {
			d = 7
		}
		return iv.Start.AddDate(0, 0, -d), iv.End.AddDate(0, 0, d)
	}
	return iv.Start, iv.End
}

// cluster is one event being built. It keeps the union of its members'
// places, people, kinds and articles so that matching a mention costs the
// same however many sources the event already has.
type cluster struct {
	items    []*item
	lo, hi   time.Time // the union of the members' widened intervals
	closeAt  time.Time // the day after hi: the sweep closes it before a later start
	clo, chi time.Time // their intersection: a newcomer must overlap every member
	places   map[string]bool
	people   map[string]bool
	orgs     map[string]bool
	speakers map[string]bool
	kinds    map[string]bool
	kindBits uint8 // of its kinds that have one (see kindBit)
	articles map[string]bool
	details  map[string]bool // kind/detail: "other/floods"
	// placeNames holds the members' places and their articles' main
	// places, as written.
	placeNames map[string]bool
	countries  map[string]bool // the countries of those places
	stems      map[string]bool // the "other" members' trigger stems (nil until one joins)
	subjects   map[string]bool // and their subjects
	frames     map[string]bool // the members' own frames
	sites      map[string]bool // the members' sites (nil until one has one)
	bare       bool            // no member names a place or anybody
	filed      bool            // every member is placed only by its article's dateline
}

func newCluster(it *item) *cluster {
	return &cluster{lo: it.lo, hi: it.hi, closeAt: it.hi.AddDate(0, 0, 1), clo: it.lo, chi: it.hi, bare: true, filed: true,
		places: map[string]bool{}, people: map[string]bool{}, orgs: map[string]bool{}, speakers: map[string]bool{},
		kinds: map[string]bool{}, articles: map[string]bool{}, details: map[string]bool{}, placeNames: map[string]bool{}, countries: map[string]bool{}}
}

// clone returns a copy of c that can be added to without changing c.
func (c *cluster) clone() *cluster {
	k := *c
	k.items = slices.Clone(c.items)
	for _, m := range []*map[string]bool{&k.places, &k.people, &k.orgs, &k.speakers, &k.kinds, &k.articles, &k.details, &k.placeNames, &k.countries, &k.stems, &k.subjects, &k.frames, &k.sites} {
		if *m != nil {
			*m = maps.Clone(*m)
		}
	}
	return &k
}

func (c *cluster) add(it *item) {
	c.items = append(c.items, it)
	c.filed = c.filed && it.filedOnly
	if it.lo.Before(c.lo) {
		c.lo = it.lo
	}
	if it.hi.After(c.hi) {
		c.hi = it.hi
		c.closeAt = c.hi.AddDate(0, 0, 1)
	}
	if !it.lo.After(c.chi) && !it.hi.Before(c.clo) { // a disputed date does not narrow
		if it.lo.After(c.clo) {
			c.clo = it.lo
		}
		if it.hi.Before(c.chi) {
			c.chi = it.hi
		}
	}
	for _, k := range it.orgs {
		c.orgs[k] = true
	}
	for _, k := range it.places {
		c.places[k] = true
	}
	for _, k := range it.people {
		c.people[k] = true
	}
	if it.m.Kind == KindStatement && len(it.m.People) > 0 {
		c.speakers[it.m.People[0]] = true
	}
	if it.m.Detail != "" {
		c.details[it.m.Kind+"/"+it.m.Detail] = true
	}
	c.kinds[it.m.Kind] = true
	c.kindBits |= it.kindBit
	c.articles[it.m.Article] = true
	for _, p := range it.m.Places {
		c.placeNames[p] = true
	}
	if it.context != "" {
		c.placeNames[it.context] = true
	}
	for _, k := range it.countries {
		c.countries[k] = true
	}
	if it.contextCountry != "" {
		c.countries[it.contextCountry] = true
	}
	for k := range it.stems {
		if c.stems == nil {
			c.stems = map[string]bool{}
		}
		c.stems[k] = true
	}
	for _, k := range it.sites {
		if c.sites == nil {
			c.sites = map[string]bool{}
		}
		c.sites[k] = true
	}
	if it.frame != "" {
		if c.frames == nil {
			c.frames = map[string]bool{}
		}
		c.frames[it.frame] = true
	}
	if it.subject != "" {
		if c.subjects == nil {
			c.subjects = map[string]bool{}
		}
		c.subjects[it.subject] = true
	}
	if len(it.places)+len(it.people) > 0 {
		c.bare = false
	}
}

// kindBit is the bit of one of the kinds of happening (KindTalks ...)
// in a set of them; 0 for any other kind.
func kindBit(kind string) uint8 {
	switch kind {
	case KindTalks:
		return 1
	case KindTrip:
		return 2
	case KindStrike:
		return 4
	case KindStatement:
		return 8
	case KindAgreement:
		return 16
	case KindOther:
		return 32
	}
	return 0
}

// compatibleBits is the set of the kinds compatibleKinds finds compatible
// with the kind of bit b (not 0).
func compatibleBits(b uint8) uint8 {
	talks, trip, agreement := kindBit(KindTalks), kindBit(KindTrip), kindBit(KindAgreement)
	switch b {
	case talks:
		return talks | trip | agreement
	case trip:
		return trip | talks
	case agreement:
		return agreement | talks
	}
	return b
}

// hasKind reports whether one of c's members is of its kind.
func (c *cluster) hasKind(it *item) bool {
	if it.kindBit != 0 {
		return c.kindBits&it.kindBit != 0
	}
	return c.kinds[it.m.Kind]
}

func compatibleKinds(a, b string) bool {
	if a == b {
		return true
	}
	// Talks take place on a trip, and agreements are reached at talks.
	talky := func(k string) bool { return k == KindTalks || k == KindTrip || k == KindAgreement }
	return talky(a) && talky(b) && !(a == KindTrip && b == KindAgreement || a == KindAgreement && b == KindTrip)
}

func overlaps(a, b *item) bool { return !a.hi.Before(b.lo) && !b.hi.Before(a.lo) }

// keys is a small set of strings, each once, in the order added: an
// item's places, people or organisations. Most have none or one, where a
// map would cost far more memory.
type keys []string

// add returns s with k, added when it is not yet in s.
func (s keys) add(k string) keys {
	if s.has(k) {
		return s
	}
	return append(s, k)
}

func (s keys) has(k string) bool { return slices.Contains(s, k) }

// shared returns how many of s are in b.
func (s keys) shared(b map[string]bool) int {
	n := 0
	for _, k := range s {
		if b[k] {
			n++
		}
	}
	return n
}

func shared(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// disputes scores a mention whose date disagrees with the event's by a
// day: it still reports the event when it is of the same kind, at the same
// place, with the same people or organisations ("met in Brussels on March
// 11" against "on Tuesday", 10 March). Its date becomes another reading.
func (c *cluster) disputes(it *item) int {
	gap := it.lo.Sub(c.chi)
	if it.hi.Before(c.clo) {
		gap = c.clo.Sub(it.hi)
	}
	kind := it.m.Kind
	if gap > 24*time.Hour || it.m.Editor || !c.hasKind(it) || kind == KindStatement || kind == KindStrike {
		return 0
	}
	if it.places.shared(c.places) == 0 || it.people.shared(c.people)+it.orgs.shared(c.orgs) == 0 {
		return 0
	}
	return 1
}

// match scores how surely it reports the happening of c; 0 means it does
// not. Its date must agree with every member's, so chains cannot drift.
func (c *cluster) match(it *item) int {
	kind := it.m.Kind
	if it.lo.After(c.chi) || it.hi.Before(c.clo) {
		return c.disputes(it)
	}
	// Of a kind compatibleKinds finds compatible with one of c's.
	compatible := c.kindBits&compatibleBits(it.kindBit) != 0
	if it.kindBit == 0 {
		compatible = c.kinds[kind] // a kind of its own, compatible with itself alone
	}
	if !compatible && kind == KindOther && c.kindBits&kindBit(KindStatement) != 0 && len(c.kinds) == 1 && c.reports(it) {
		return 1 // the same, the statement first
	}
	if !compatible && kind == KindStatement && c.reportedBy(it) {
		// A statement on the day of a happening it reports, naming the
		// organisation that did it, in the happening's own words: "the
		// regulator said on Tuesday that Marlowe Motors would recall ..."
		// and "Marlowe Motors is recalling ..." that Tuesday.
		return 1
	}
	if !compatible {
		return 0
	}
	if it.m.Editor && it.m.Title != "" {
		for _, o := range c.items {
			if o.m.Editor && o.m.Title != "" && o.m.Title != it.m.Title {
				return 0
			}
		}
	}
	sp, spp := it.places.shared(c.places), it.people.shared(c.people)
	if sp == 0 && (it.places.shared(c.sites) > 0 || it.sites.shared(c.places) > 0) {
		// "from the southern island of Tanegashima" and "from the
		// Tanegashima Space Center": a venue is at the place it is named
		// after, when another source names that place.
		sp = 1
	}
	disjointPlaces := len(it.places) > 0 && len(c.places) > 0 && sp == 0
	if sp > 0 && kind == KindOther && it.filedOnly && c.filed && !c.articles[it.m.Article] &&
		!(c.actorNamed(it) && (it.subject != "" || len(c.subjects) > 0 || c.sharesName(it.m.Quote))) {
		// Two stories filed from one city, each placed by its dateline
		// alone, tell one happening only when they share its actor's
		// name: "LONDON - Budget carrier Aerbrit ceased trading" and
		// "LONDON - Fashion chain Homeco went into administration ...
		// after Aerbrit" are two firms' failures.
		sp = 0
	}
	switch kind {
	case KindStatement:
		if len(it.m.People) > 0 && c.speakers[it.m.People[0]] && !disjointPlaces {
			return 2
		}
		return 0
	case KindStrike:
		return 3 * sp
	case KindOther:
		// Two happenings named in one sentence share its words: their
		// own frames tell them apart ("Kovač won the runoff, and Horvat
		// conceded defeat the same night").
		if it.frame != "" && len(c.frames) > 0 && !c.frames[it.frame] {
			return 0
		}
		if fam, acc := accidentReading(it.m); fam != "" && acc != 0 {
			// "A footbridge collapsed" and "the coalition government
			// collapsed" in one city on one day: an accident and none;
			// so are "a bus crashed" and "the crash of the lira"
			for _, o := range c.items {
				if f2, a2 := accidentReading(o.m); f2 == fam && a2 != 0 && a2 != acc {
					return 0
				}
				if f2, a2 := accidentReading(o.m); f2 == fam && acc == 1 && a2 == 1 && otherUse(it.m, o.m) {
					return 0 // "an apartment building collapsed", "the collapse of a school building": two buildings
				}
			}
		}
		// "Other" holds every kind of happening: two that share no word
		// and are done by different subjects are different ("Quiroga won
		// the runoff", "Reyes conceded"; "the Fed raised rates", "the ECB
		// left its rates unchanged").
		if shared(it.stems, c.stems) == 0 && it.subject != "" && len(c.subjects) > 0 && !c.subjects[it.subject] {
			return 0
		}
		// Done by different subjects within different named bodies: two
		// finals won in one city on one day ("PSG won the Champions
		// League final", "Betis won the Europa League final").
		if it.subject != "" && len(c.subjects) > 0 && !c.subjects[it.subject] && otherOrgs(it.orgs, c.orgs, it.subject, c.subjects) {
			return 0
		}
	}
	score := 0
	if sp > 0 && (spp > 0 || it.orgs.shared(c.orgs) > 0 || !coarseAgainstFine(it, c)) {
		score += 3 * sp
	}
	if spp > 0 && !disjointPlaces {
		score += 2 * spp
	}
	if so := it.orgs.shared(c.orgs); kind == KindOther && so > 0 && (shared(it.stems, c.stems) > 0 || c.subjects[it.subject]) &&
		(!disjointPlaces || it.frame != "" && c.stems[it.frame] && c.sameDay(it) && (c.inCountries(it) || it.filedOnly || it.frame == "@storm" || it.countryUnknown())) {
		// "the Federal Reserve raised rates", "the Fed lifted rates"; and
		// "the H3 rocket lifted off" in a story filed from Tokyo, "the H3
		// launch" watched from Minamitane on that day: one country, one
		// organisation, one frame. A named storm crosses provinces: its
		// landfall told at two places on one day is one.
		score += 2 * so
	}
	// Its story is somewhere else: not at the event's places nor in their
	// countries.
	// A place whose country the gazetteer does not know ("the village of
	// Kapandriti") may be in the country of the other: that is no
	// evidence of elsewhere.
	elsewhere := it.context != "" && len(c.placeNames) > 0 && !c.placeNames[it.context] && !c.countries[it.contextCountry] &&
		it.contextCountry != "" && len(c.countries) > 0
	// A mention that names no place and nobody (or an event that names
	// none): the same article telling the same happening again
	// ("Thursday's talks").
	if score == 0 && (len(it.places)+len(it.people) == 0 || c.bare) && c.articles[it.m.Article] && c.hasKind(it) && (kind != KindOther || shared(it.stems, c.stems) > 0) {
		score = 1
	}
	// A mention that names no place, of the same kind (and, for "other",
	// by the same word) as an event at its article's main place:
	// "the union said talks would resume on Monday" in a story from
	// Rotterdam, and "talks in Rotterdam next Monday".
	if score == 0 && len(it.places) == 0 && it.context != "" && c.hasKind(it) && c.placeNames[it.context] &&
		(kind != KindOther || shared(it.stems, c.stems) > 0) && kind != KindStatement && !coarseAgainstFine(it, c) {
		score = 1
	}
	// A mention that names nobody and no place, of the same happening by
	// the same word on the same day ("a Brooklyn man was sentenced
	// yesterday", "Okafor was sentenced Wednesday").
	if score == 0 && kind == KindOther && len(it.places)+len(it.people) == 0 && (c.stems[it.stem] || it.frame != "" && c.stems[it.frame]) && !elsewhere &&
		it.lo.Equal(it.hi) && it.lo.Equal(c.clo) && it.hi.Equal(c.chi) && (c.articles[it.m.Article] || c.sameSite(it)) &&
		(c.articles[it.m.Article] || !accidentFrame(it.frame) || c.sameThing(it)) { // "the collapse of the apartment building" is no bridge's
		score = 2 // surer than the same article's vaguer mention of the same kind
	}
	// One happening told in one frame on one day, once placed only by a
	// dateline ("REYKJAVIK - A volcano erupted late Thursday ... The
	// eruption began at 10:17 pm north of Grindavik"; "LONDON - Jetwise
	// ceased trading on Monday" and "Jetwise went into administration on
	// Monday morning"): the dateline is where the story was filed, not
	// where it happened. Across articles, only when they share a name
	// and name no two different subjects.
	if score == 0 && kind == KindOther && it.frame != "" && c.frames[it.frame] && c.sameDay(it) && (it.filedOnly || c.filed) &&
		(c.articles[it.m.Article] || (it.subject == "" || len(c.subjects) == 0 || c.subjects[it.subject]) && c.sharesName(it.m.Quote) && c.actorNamed(it)) {
		score = 1
	}
	// One accident told by its verb in one article and by its noun in
	// another ("a road bridge over the Olt River collapsed on Saturday",
	// "the collapse of the Olt river bridge near Slatina, which killed four
	// people on May 9"): one frame on one day, the same thing named (the
	// verb's subject), in one country or none known, and no two different
	// subjects.
	if score == 0 && kind == KindOther && it.frame != "" && accidentFrame(it.frame) && c.frames[it.frame] && c.sameDay(it) &&
		(c.inCountries(it) || it.countryUnknown() || len(c.countries) == 0) && (it.subject == "" || len(c.subjects) == 0 || c.subjects[it.subject]) &&
		c.sameThing(it) {
		score = 1
	}
	// One person's once-only happening told by the same verb, once to the
	// day and once to the month that holds it ("Police arrested Carol
	// Denning ... on Monday" and "Carol Denning, who was arrested in
	// April"): a person is arrested, dies or resigns once in a month, and
	// the places may differ (where she was arrested, where she was tried).
	if score == 0 && kind == KindOther && spp > 0 && onceOnly[it.stem] && c.stems[it.stem] && coarseAgainstFine(it, c) &&
		(it.subject == "" || len(c.subjects) == 0 || c.subjects[it.subject] || c.people[it.subject]) && !ownPlaceClash(it, c) {
		score = 2 * spp
	}
	// A mention that names the same kind of happening by the same word on
	// the same days ("the floods on Sunday").
	if score == 0 && len(it.places)+len(it.people) == 0 && it.m.Detail != "" && c.details[kind+"/"+it.m.Detail] && !elsewhere &&
		it.lo.Equal(c.clo) && it.hi.Equal(c.chi) && (c.articles[it.m.Article] || c.sameSite(it)) {
		score = 1
	}
	if score > 0 && len(it.places) == 0 && it.context != "" && c.placeNames[it.context] {
		// Of two events it could join, the one at its article's main
		// place: "the two trains collided on Feb. 11" in a story from
		// Ghent, not a crash near another town of the country that day,
		// however surely its words match that one.
		score += 2
	}
	return score
}

// sharesName reports whether quote, past its dateline, names with a
// capitalised word (not its first, not a month or a weekday) that a
// member's sentence names too: "Regional carrier Aerbrit ceased trading"
// and "Aerbrit halted operations", not "Arsenal won" and "Celtic won".
func (c *cluster) sharesName(quote string) bool {
	q := quote[dateline(quote):]
	first := true
	for w := range strings.FieldsFuncSeq(q, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if first {
			first = false
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) < 3 || !unicode.IsUpper(r) || strings.ToUpper(w) == w || calendarWord(w) {
			continue
		}
		for _, o := range c.items {
			if containsWord(o.m.Quote, w) {
				return true
			}
		}
	}
	return false
}

// accidentFrames give the frame of an accident told by its noun (a
// mention's Detail), the frame its verb has in frames.
var accidentFrames = map[string]string{"collapse": "@collapse", "crash": "@crash", "derailment": "@derail"}

// accidentVerbFrame gives the frame of an accident told by its verb when
// the thing it befell is a structure or a vehicle named before it ("a road
// bridge ... collapsed", "a bus crashed", "a train derailed"), or "": a
// government, talks or a market that "collapsed" or "crashed" had no
// accident.
func accidentVerbFrame(verb, quote string) string {
	var frame string
	switch verb {
	case "collapsed":
		frame = "@collapse"
	case "crashed":
		frame = "@crash"
	case "derailed":
		frame = "@derail"
	default:
		return ""
	}
	if th := accidentThing(quote, verb, true); th != "" && thingWords[th] == frame {
		return frame
	}
	return ""
}

// thingWords are the structures and vehicles accidents befall, with the
// frame of the accident each can have.
var thingWords = map[string]string{
	"bridge": "@collapse", "building": "@collapse", "roof": "@collapse", "tunnel": "@collapse", "dam": "@collapse",
	"wall": "@collapse", "stand": "@collapse", "tower": "@collapse", "house": "@collapse", "crane": "@collapse",
	"ceiling": "@collapse", "overpass": "@collapse", "flyover": "@collapse", "walkway": "@collapse", "footbridge": "@collapse",
	"hotel": "@collapse", "factory": "@collapse", "church": "@collapse", "stage": "@collapse",
	"plane": "@crash", "aircraft": "@crash", "jet": "@crash", "airliner": "@crash", "helicopter": "@crash", "bus": "@crash",
	"coach": "@crash", "car": "@crash", "lorry": "@crash", "truck": "@crash", "van": "@crash", "drone": "@crash",
	"train": "@derail", "tram": "@derail", "carriages": "@derail", "wagons": "@derail", "locomotive": "@derail",
}

// accidentThing returns the structure or vehicle word of thingWords
// nearest before the trigger in quote, within twelve words and not past a
// wire dateline's dash ("a five-story apartment building in the city of
// Konya collapsed", "the collapse of the Olt river bridge near Slatina,
// which killed"); failing that, unless before is set, the nearest after it.
func accidentThing(quote, trigger string, before bool) string {
	words := strings.Fields(strings.ToLower(quote))
	at := fieldIndex(words, trigger, ".,;:\"'“”")
	if at < 0 {
		return ""
	}
	thing := func(k int) string {
		th := strings.Trim(words[k], ".,;:\"'“”()")
		if thingWords[th] != "" {
			return th
		}
		return ""
	}
	for k := at - 1; k >= 0 && k >= at-12; k-- {
		if th := thing(k); th != "" {
			return th
		}
		if w := words[k]; w == "—" || w == "-" || w == "–" {
			break
		}
	}
	if before {
		return ""
	}
	for k := at + 1; k < len(words) && k <= at+12; k++ {
		if th := thing(k); th != "" {
			return th
		}
	}
	return ""
}

// accidentReading tells whether m, told by an accident's verb or noun
// ("collapsed", "the crash"), is an accident: the word's family
// ("collapse", "crash", "derail") and 1 for an accident that befell a
// structure or vehicle ("a bus crashed", "the collapse of the Olt river
// bridge"), -1 for none ("the government collapsed", "the crash of the
// lira", "the stock market collapse"), 0 when the mention does not tell.
func accidentReading(m *Mention) (string, int) {
	low := strings.ToLower(m.Trigger)
	var fam string
	noun := false
	switch low {
	case "collapsed", "collapse":
		fam, noun = "collapse", low == "collapse"
	case "crashed", "crash":
		fam, noun = "crash", low == "crash"
	case "derailed", "derailment":
		fam, noun = "derail", low == "derailment"
	default:
		// "The crash of the lira ... hit traders": the noun is the
		// mention's detail, its trigger another word
		switch m.Detail {
		case "collapse", "crash":
			fam, noun, low = m.Detail, true, m.Detail
		case "derailment":
			fam, noun, low = "derail", true, m.Detail
		default:
			return "", 0
		}
	}
	if !noun {
		if accidentVerbFrame(low, m.Quote) != "" {
			return fam, 1
		}
		return fam, -1
	}
	if th := accidentThing(m.Quote, low, false); th != "" && thingWords[th] == "@"+fam {
		return fam, 1
	}
	words := strings.Fields(strings.ToLower(m.Quote))
	for i, w := range words {
		if strings.Trim(w, ".,;:\"'“”") != low {
			continue
		}
		if i > 0 {
			switch strings.Trim(words[i-1], ".,;:\"'“”") {
			case "market", "stock", "currency", "government", "coalition", "price", "banking", "financial", "housing", "property", "economic", "talks", "ceasefire":
				return fam, -1 // "the market collapse of 2008"
			}
		}
		if i+1 < len(words) && words[i+1] == "of" {
			return fam, -1 // "the crash of the lira": what crashed is named, no structure or vehicle
		}
		break
	}
	return fam, 0
}

// thingUses are the words news puts before a structure or vehicle to say
// which one it is: an apartment building is no school building.
var thingUses = map[string]bool{
	"apartment": true, "school": true, "office": true, "residential": true, "hospital": true, "hotel": true,
	"factory": true, "parking": true, "shopping": true, "pedestrian": true, "railway": true, "rail": true,
	"passenger": true, "cargo": true, "freight": true, "school-bus": true, "tour": true, "military": true,
}

// otherUse reports whether a and b name their accident's thing by one word
// ("building") told apart by two different uses before it ("apartment
// building", "school building").
func otherUse(a, b *Mention) bool {
	ua, ub := thingUse(a), thingUse(b)
	return ua != "" && ub != "" && ua != ub
}

// thingUse returns the use word right before m's accident thing, or "".
func thingUse(m *Mention) string {
	th := accidentThing(m.Quote, strings.ToLower(m.Trigger), false)
	if th == "" {
		return ""
	}
	words := strings.Fields(strings.ToLower(m.Quote))
	for i := 1; i < len(words); i++ {
		if strings.Trim(words[i], ".,;:\"'“”()") == th {
			if w := strings.Trim(words[i-1], ".,;:\"'“”()"); thingUses[w] {
				return w
			}
			return ""
		}
	}
	return ""
}

// accidentFrame reports whether f is the frame of an accident that happens
// to one thing (a bridge, a plane, a train).
func accidentFrame(f string) bool { return f == "@collapse" || f == "@crash" || f == "@derail" }

// sameThing reports whether it and c name the same thing that the accident
// befell ("a road bridge ... collapsed", "the collapse of the Olt river
// bridge"). "A bridge collapsed" and "a building collapsed" on one day are
// two.
func (c *cluster) sameThing(it *item) bool {
	mine := accidentThing(it.m.Quote, strings.ToLower(it.m.Trigger), false)
	if mine == "" {
		return false
	}
	for _, o := range c.items {
		if accidentThing(o.m.Quote, strings.ToLower(o.m.Trigger), false) == mine {
			return true
		}
	}
	return false
}

// actorNamed reports, when only one side of a cross-article dateline match
// names its subject, whether the other side names that subject before its
// trigger, as the happening's actor: "LONDON - Budget carrier Aerbrit
// ceased trading on Tuesday" and "LONDON - Fashion chain Homeco went into
// administration on Tuesday, the second firm to fail this week after
// Aerbrit" share a name, but Aerbrit is not who went into administration.
func (c *cluster) actorNamed(it *item) bool {
	switch {
	case it.subject == "" && len(c.subjects) > 0:
		q := beforeTrigger(it.m.Quote, it.m.Trigger)
		for s := range c.subjects {
			if containsWord(q, s) {
				return true
			}
		}
		return false
	case it.subject != "" && len(c.subjects) == 0:
		for _, o := range c.items {
			if containsWord(beforeTrigger(o.m.Quote, o.m.Trigger), it.subject) {
				return true
			}
		}
		return false
	}
	return true
}

// beforeTrigger returns the normal form (gazetteer.Key) of quote past its
// dateline and up to the first whole-word trigger, or all of it past the
// dateline when the trigger is not found there.
func beforeTrigger(quote, trigger string) string {
	q := quote[dateline(quote):]
	if i := wordIndex(q, trigger); i >= 0 {
		q = q[:i]
	}
	return gazetteer.Key(q)
}

// wordIndex returns the offset in s of the first occurrence of w as a whole
// word, or -1.
func wordIndex(s, w string) int {
	if w == "" {
		return -1
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (i == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return i
		}
		off = i + 1
	}
	return -1
}

// sameSite reports whether it and c's members name no two different sites
// of an accident: "an explosion at a coal mine" and "a gas explosion at a
// chemical plant" on one day, placed nowhere, are two accidents.
func (c *cluster) sameSite(it *item) bool {
	mine := siteWords(it.m.Quote)
	if len(mine) == 0 {
		return true
	}
	for _, o := range c.items {
		theirs := siteWords(o.m.Quote)
		if len(theirs) == 0 {
			continue
		}
		if !slices.ContainsFunc(theirs, func(w string) bool { return slices.Contains(mine, w) }) {
			return false
		}
	}
	return true
}

// siteWords returns the words of quote that name an industrial site, in
// one form each ("mines" is "mine", "colliery" is "mine").
func siteWords(quote string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(quote), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "mine", "mines", "colliery", "shaft", "pit":
			w = "mine"
		case "factory", "plant", "works":
			w = "plant"
		case "refinery", "pipeline", "warehouse", "boiler", "fireworks", "depot", "port":
		default:
			continue
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// calendarWord reports whether w names a month or a weekday.
func calendarWord(w string) bool {
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(w, m.String()) {
			return true
		}
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(w, d.String()) {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if (j == 0 || !unicode.IsLetter(before)) && (j+len(w) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = j + len(w)
	}
}

// otherOrgs reports whether a and b each name an organisation besides
// their subjects, and none in common.
func otherOrgs(a keys, b map[string]bool, subjA string, subjB map[string]bool) bool {
	na, nb := 0, 0
	for _, o := range a {
		if o != subjA && !subjB[o] {
			if b[o] {
				return false
			}
			na++
		}
	}
	for o := range b {
		if o != subjA && !subjB[o] {
			nb++
		}
	}
	return na > 0 && nb > 0
}

// reportedBy reports whether the statement it tells of c's happening: c is
// of kind other, both are dated to one day, its sentence names the
// happening by a word or frame of c's, and it names an organisation of c's
// other than its speaker.
func (c *cluster) reportedBy(it *item) bool {
	if c.kindBits&kindBit(KindOther) == 0 || shared(it.said, c.stems) == 0 || !c.sameDay(it) {
		return false
	}
	speaker := gazetteer.Key(it.m.Subject)
	if len(it.m.People) > 0 {
		speaker = gazetteer.Key(it.m.People[0])
	}
	for _, o := range it.orgs {
		if c.orgs[o] && o != speaker {
			return true
		}
	}
	return false
}

// demonymCountry returns the country of the first nationality word of s
// ("Belgian"), or "".
func demonymCountry(s string) string {
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ".,;:\"'“”()")
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if c := demonyms[strings.ToLower(w)]; c != "" {
			return c
		}
	}
	return ""
}

// reports reports whether a statement of c (all statements) tells of the
// happening it, as reportedBy does the other way round.
func (c *cluster) reports(it *item) bool {
	if !it.lo.Equal(it.hi) || !it.lo.Equal(c.clo) || !it.hi.Equal(c.chi) {
		return false
	}
	for _, o := range c.items {
		if shared(o.said, it.stems) == 0 {
			continue
		}
		speaker := gazetteer.Key(o.m.Subject)
		if len(o.m.People) > 0 {
			speaker = gazetteer.Key(o.m.People[0])
		}
		for _, k := range it.orgs {
			if o.orgs.has(k) && k != speaker {
				return true
			}
		}
	}
	return false
}

// sameDay reports whether it and every member of c are dated to one and
// the same day.
func (c *cluster) sameDay(it *item) bool {
	return it.lo.Equal(it.hi) && it.lo.Equal(c.clo) && it.hi.Equal(c.chi)
}

// inCountries reports whether one of its places is in a country of c's.
func (c *cluster) inCountries(it *item) bool {
	for _, k := range it.countries {
		if c.countries[k] {
			return true
		}
	}
	return false
}

// countryUnknown reports whether the gazetteer knows the country of none
// of the mention's places nor of its article's main place: then nothing
// says it is in another country than an event's ("the H3 launch" watched from
// Minamitane, a town the gazetteer lacks, and "the H3 rocket lifted off"
// in a story filed from Tokyo).
func (it *item) countryUnknown() bool {
	return len(it.countries) == 0 && it.contextCountry == ""
}

// ownPlaceClash reports whether the mention and a member of c both name
// a place in the very phrase of their happening (between its trigger and
// its date: "arrested in Leeds on Monday", "was arrested in London in
// March") and the places differ: two arrests. A place elsewhere in the
// sentence ("who was arrested in April, admitted in court in Hamilton")
// may be another happening's, and clashes with nothing.
func ownPlaceClash(it *item, c *cluster) bool {
	mine := phrasePlaces(it.m)
	if len(mine) == 0 {
		return false
	}
	for _, o := range c.items {
		theirs := phrasePlaces(o.m)
		if len(theirs) == 0 {
			continue
		}
		same := false
		for _, p := range mine {
			for _, q := range theirs {
				same = same || gazetteer.Key(p) == gazetteer.Key(q)
			}
		}
		if !same {
			return true
		}
	}
	return false
}

// phrasePlaces returns the places of m named between its trigger and its
// temporal expression in its quote.
func phrasePlaces(m *Mention) []string {
	t := strings.Index(m.Quote, m.Trigger)
	x := strings.Index(m.Quote, m.Timex.Text)
	if t < 0 || x < 0 || m.Timex.Text == "" {
		return nil
	}
	lo, hi := min(t, x), max(t, x)
	var out []string
	for _, p := range m.Places {
		if k := strings.Index(m.Quote[lo:hi], p); k >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// onceOnly are the stems of happenings a person has once in a month at
// most: told to the day and to the month, they are one (read-only; the
// keys are stem's of "arrested", "died", "resigned", "appointed",
// "sentenced", "convicted", "stepped", "sacked", "born", "charged").
var onceOnly = map[string]bool{
	"arrest": true, "died": true, "resign": true, "appoint": true, "sentenc": true,
	"convict": true, "stepp": true, "sack": true, "born": true, "charg": true,
}

// coarseAgainstFine reports whether one of a mention and an event is dated
// to a month or more and the other to a week or less. The place alone
// then does not make them one happening: "ministers last met in Geneva in
// November" is not, for that, "the Geneva talks a week ago".
func coarseAgainstFine(it *item, c *cluster) bool {
	const coarse, fine = 20 * 24 * time.Hour, 10 * 24 * time.Hour
	a, b := it.hi.Sub(it.lo), c.chi.Sub(c.clo)
	return a >= coarse && b <= fine || b >= coarse && a <= fine
}

// event builds the Event of a cluster.
func (c *cluster) event(arts map[string]*content.Article, gaz *gazetteer.Gazetteer) Event {
	return c.eventWith(&eventScratch{}, arts, gaz)
}

// eventScratch holds the lists eventWith needs while it builds an event,
// reused from one event to the next.
type eventScratch struct {
	keys      []srcKey
	byArticle []*item
	srcs      []*item
	srcPos    []int32
	support   []int
	los, his  []instant
	others    []int
}

// grow returns s[:n], reallocated when too short.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// eventWith is event using the lists of sc.
func (c *cluster) eventWith(sc *eventScratch, arts map[string]*content.Article, gaz *gazetteer.Gazetteer) Event {
	items := c.items
	n := len(items)
	// The items by publication date, article and sentence (a stable sort,
	// as title reads them), then, within a sentence, by expression: in
	// the order of sourceLess (a stable sort), the sources' order. Both
	// compare integers (see rankArticles).
	sc.keys = grow(sc.keys, n)
	keys := sc.keys
	for i, it := range items {
		keys[i] = srcKey{art: it.srcRank, pos: int32(i), index: it.m.Index, start: it.m.Timex.Start}
	}
	slices.SortFunc(keys, func(a, b srcKey) int {
		if a.art != b.art {
			return cmp.Compare(a.art, b.art)
		}
		if a.index != b.index {
			return cmp.Compare(a.index, b.index)
		}
		return cmp.Compare(a.pos, b.pos)
	})
	sc.byArticle = grow(sc.byArticle, n)
	byArticle := sc.byArticle
	for i, k := range keys {
		byArticle[i] = items[k.pos]
	}
	for i := 0; i < n; {
		j := i + 1
		for j < n && keys[j].art == keys[i].art && keys[j].index == keys[i].index {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(keys[i:j], func(a, b srcKey) int {
				if a.start != b.start {
					return cmp.Compare(a.start, b.start)
				}
				return cmp.Compare(a.pos, b.pos)
			})
		}
		i = j
	}
	sc.srcs, sc.srcPos = grow(sc.srcs, n), grow(sc.srcPos, n)
	srcs, srcPos := sc.srcs, sc.srcPos // each item's place among the sources
	for i, k := range keys {
		srcs[i] = items[k.pos]
		srcPos[k.pos] = int32(i)
	}

	// The date: an editor's wins; otherwise the reading consistent with
	// the most others, then the most precise, then the exact one, then
	// the first source's.
	sc.support = supportsInto(sc, items)
	support := sc.support
	better := func(i, j int) int {
		a, b := items[i], items[j]
		if a.editor != b.editor {
			if a.editor {
				return -1
			}
			return 1
		}
		if sa, sb := support[i], support[j]; sa != sb {
			return cmp.Compare(sb, sa)
		}
		if a.gran != b.gran {
			return cmp.Compare(a.gran, b.gran)
		}
		if a.days != b.days {
			return cmp.Compare(a.days, b.days)
		}
		if aa, ba := a.approx, b.approx; aa != ba {
			if ba {
				return -1
			}
			return 1
		}
		return cmp.Compare(srcPos[i], srcPos[j])
	}
	best := 0
	for i := 1; i < n; i++ {
		if better(i, best) < 0 {
			best = i
		}
	}
	chosen := items[best]
	ev := Event{Date: dateOf(chosen.m)}
	// The other readings, in the same order: those that disagree with
	// the chosen one, each once.
	others := sc.others[:0]
	for i, it := range items {
		if i != best && !overlaps(it, chosen) {
			others = append(others, i)
		}
	}
	sc.others = others
	if len(others) > 0 {
		slices.SortFunc(others, better)
		var readings []Date
		seen := map[string]bool{ev.Date.Value + ev.Date.Start: true}
		for _, i := range others {
			d := dateOf(items[i].m)
			if !seen[d.Value+d.Start] {
				seen[d.Value+d.Start] = true
				readings = append(readings, d)
			}
		}
		if len(readings) > 0 {
			ev.Readings = append([]Date{ev.Date}, readings...)
		}
	}

	ev.Kind = majorityKind(items)
	ev.People = ranked(items, func(it *item) []string { return it.m.People })
	ev.Places = ranked(items, func(it *item) []string { return it.display })
	ev.Title = title(items, byArticle, ev.Kind, gaz)
	ev.Summary = summary(items, ev.Kind)

	// One source a sentence: the first of its items in that order.
	type sentence struct {
		article int32 // its artRank: the same for the same slug
		id      string
	}
	// A few sources (most events) are compared with those kept before
	// them, without a map.
	var done map[sentence]bool
	if n > smallEvent {
		done = make(map[sentence]bool, n)
	}
	kept := srcs[:0]
	for _, it := range srcs {
		key := sentence{it.artRank, it.m.Sentence}
		if done != nil {
			if done[key] {
				continue
			}
			done[key] = true
		} else if slices.ContainsFunc(kept, func(k *item) bool { return k.artRank == key.article && k.m.Sentence == key.id }) {
			continue
		}
		kept = append(kept, it)
	}
	ev.Sources = make([]Source, len(kept))
	for i, it := range kept {
		if it.owner.own {
			ev.Sources[i] = source(it.m, it.owner.article, it.owner.published)
		} else if a := arts[it.m.Article]; a != nil && !a.Meta.Date.IsZero() {
			ev.Sources[i] = source(it.m, a, a.Meta.Date.Format("2006-01-02"))
		} else {
			ev.Sources[i] = source(it.m, a, "")
		}
	}
	if ev.People == nil {
		ev.People = []string{}
	}
	if ev.Places == nil {
		ev.Places = []string{}
	}
	return ev
}

// smallEvent is the most sources eventWith compares each with each to
// keep one a sentence; it uses a map for more.
const smallEvent = 16

// srcKey is an item's place in the order of sourceLess: its article's
// srcRank, its sentence and expression, then its place in the cluster.
type srcKey struct {
	art          int32
	pos          int32
	index, start int
}

// supportsInto counts, for each item, the items whose widened intervals
// overlap its own (itself included), in O(n log n): those that start by
// its end, less those that end before its start. The counts are in the
// items' order, in sc.support; its lists are sc's.
func supportsInto(sc *eventScratch, items []*item) []int {
	sc.los, sc.his, sc.support = grow(sc.los, len(items)), grow(sc.his, len(items)), grow(sc.support, len(items))
	los, his := sc.los, sc.his
	for i, it := range items {
		los[i], his[i] = instant{it.loSec, int32(it.loNsec)}, instantOf(it.hi)
	}
	out := sc.support
	if len(items) == 1 {
		out[0] = 1
		return out
	}
	slices.SortFunc(los, instant.compare)
	slices.SortFunc(his, instant.compare)
	for k, it := range items {
		lo, hi := instant{it.loSec, int32(it.loNsec)}, instantOf(it.hi)
		startBy := sort.Search(len(los), func(i int) bool { return los[i].compare(hi) > 0 })
		endBefore := sort.Search(len(his), func(i int) bool { return his[i].compare(lo) >= 0 })
		out[k] = startBy - endBefore
	}
	return out
}

// instant is a time as Unix seconds and nanoseconds, which order it as
// time.Time.Compare does.
type instant struct {
	sec  int64
	nsec int32
}

func instantOf(t time.Time) instant { return instant{t.Unix(), int32(t.Nanosecond())} }

func (a instant) compare(b instant) int {
	if a.sec != b.sec {
		return cmp.Compare(a.sec, b.sec)
	}
	return cmp.Compare(a.nsec, b.nsec)
}

// source is the Source m gives, from the article a (nil when unknown)
// published on the day published ("2006-01-02", "" when undated).
func source(m *Mention, a *content.Article, published string) Source {
	s := Source{
		Article:    m.Article,
		Quote:      m.Quote,
		Expression: m.Expression,
		Value:      m.Timex.DateValue(),
	}
	if m.Sentence != "" {
		s.URL = "articles/" + m.Article + "/#" + m.Sentence
	} else {
		s.URL = "articles/" + m.Article + "/"
	}
	if a != nil {
		s.Title = a.Meta.Title
		s.Publisher = a.Meta.Publisher
		s.OriginalURL = a.Meta.URL
		s.Published = published
	}
	return s
}

// dateOf gives a mention's date as timeline.json shows it.
func dateOf(m *Mention) Date {
	t := m.Timex
	d := Date{
		Value:       t.DateValue(),
		Start:       t.Interval.Start.Format("2006-01-02"),
		End:         t.Interval.End.Format("2006-01-02"),
		Granularity: string(t.Granularity),
		Approximate: t.Approximate(),
	}
	if t.Granularity == timex.GranTime {
		d.Granularity = string(timex.GranDay)
	}
	d.Label = label(t)
	return d
}

// label names a date for readers: "Sunday, 30 November 2025", "around 24
// November 2025", "week of 21 April 2025", "November 2025", "early October
// 2025".
func label(t timex.Timex) string {
	s, e := t.Interval.Start, t.Interval.End
	var l string
	day, dayErr := time.Parse("2006-01-02", t.DateValue())
	switch {
	case t.Approximate() && dayErr == nil:
		return "around " + day.Format("2 January 2006")
	case s.Equal(e):
		l = s.Format("Monday, 2 January 2006")
		if t.Approximate() {
			l = s.Format("2 January 2006")
		}
	case t.Granularity == timex.GranWeek && e.Sub(s) == 6*24*time.Hour:
		l = "week of " + s.Format("2 January 2006")
	case t.Granularity == timex.GranMonth && s.Day() == 1 && e.AddDate(0, 0, 1).Day() == 1 && s.Month() == e.Month():
		l = s.Format("January 2006")
	case s.Year() == e.Year() && s.Month() == e.Month():
		l = fmt.Sprintf("%d–%s", s.Day(), e.Format("2 January 2006"))
	case s.Year() == e.Year():
		l = s.Format("2 January") + " – " + e.Format("2 January 2006")
	default:
		l = s.Format("2 January 2006") + " – " + e.Format("2 January 2006")
	}
	if t.Mod == "APPROX" {
		return "around " + l
	}
	// START, MID and END narrow the interval to a part of the value's
	// month or year: name the part ("early October 2024", "mid-2024"),
	// else the narrowed interval alone, never "early 1–10 October 2024".
	if part := map[string]string{"START": "early ", "MID": "mid-", "END": "late "}[t.Mod]; part != "" {
		if m, err := time.Parse("2006-01", t.Value); err == nil {
			return part + m.Format("January 2006")
		}
		if y, err := time.Parse("2006", t.Value); err == nil {
			return part + y.Format("2006")
		}
	}
	return l
}

// granRank orders granularities from the finest.
func granRank(g timex.Granularity) int {
	switch g {
	case timex.GranTime, timex.GranDay:
		return 0
	case timex.GranWeek:
		return 1
	case timex.GranMonth:
		return 2
	case timex.GranQuarter, timex.GranSeason:
		return 3
	}
	return 4
}

func majorityKind(items []*item) string {
	count := map[string]int{}
	for _, it := range items {
		count[it.m.Kind]++
	}
	best := ""
	for k, n := range count {
		if best == "" || n > count[best] || n == count[best] && (kindWeight[k] > kindWeight[best] || kindWeight[k] == kindWeight[best] && k < best) {
			best = k
		}
	}
	return best
}

// ranked lists the names that f gives for the items, the most frequent
// (by number of mentions) first, then by first appearance. When three or
// more mentions make the event, a name that only one of them gives is left
// out if others are given more often: it is usually a bystander of that
// sentence.
func ranked(items []*item, f func(*item) []string) []string {
	count := map[string]int{}
	first := map[string]int{}
	var names []string
	for _, it := range items {
		ns := f(it)
		for j, n := range ns {
			if slices.Contains(ns[:j], n) {
				continue // named twice by one mention: counted once
			}
			if _, ok := count[n]; !ok {
				first[n] = len(names)*100 + j
				names = append(names, n)
			}
			count[n]++
		}
	}
	sort.SliceStable(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return first[names[i]] < first[names[j]]
	})
	if len(items) >= 3 && len(names) > 0 && count[names[0]] >= 2 {
		kept := names[:0]
		for _, n := range names {
			if count[n] >= 2 {
				kept = append(kept, n)
			}
		}
		names = kept
	}
	return names
}

// summary picks the clearest source sentence: exact rather than
// approximate, naming the place and the people, of the event's kind, and
// not too long.
func summary(items []*item, kind string) string {
	best, bestScore := "", -1<<30
	kb := kindBit(kind)
	for _, it := range items {
		q := it.summaryQuote
		if q == "" {
			continue
		}
		s := int(it.summaryScore)
		if kb != 0 && it.kindBit == kb || kb == 0 && it.m.Kind == kind {
			s += 20
		}
		if s > bestScore {
			best, bestScore = q, s
		}
	}
	return best
}

// summaryOf returns the sentence of m a summary shows and its score as
// summary counts it, less the bonus of the event's kind; "" when none.
func summaryOf(m *Mention) (string, int32) {
	q := StripDateline(m.Quote) // readers need no dateline
	if q == "" {
		return "", 0
	}
	s := 0
	if !m.Timex.Approximate() {
		s += 30
	}
	if m.Timex.Granularity == timex.GranDay {
		s += 20
	}
	if len(m.Places) > 0 {
		s += 20
	}
	s += 10 * min(len(m.People), 2)
	if n := len(q); n > 200 {
		s -= (n - 200) / 10
	}
	// Fewer clauses read more clearly; a pronoun or a quotation at the
	// start needs the sentences before it.
	s -= 5 * strings.Count(q, ",")
	if f := firstField(q); f != "" && (pronouns[strings.ToLower(f)] || strings.ContainsAny(f[:1], "“\"")) {
		s -= 15
	}
	return q, int32(s)
}

// firstField returns the first of strings.Fields(s), or "" when s holds
// nothing but space.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// assignIDs sets each event's id (start date and slug of the title) and
// URL; events that would share an id are told apart by a suffix in order of
// their first source.
func assignIDs(evs []Event) {
	count := map[string]int{}
	for i := range evs {
		evs[i].ID = idDate(evs[i].Date) + "-" + slug(evs[i].Title)
		count[evs[i].ID]++
	}
	idx := make([]int, 0, len(evs))
	for i := range evs {
		if count[evs[i].ID] > 1 {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ea, eb := evs[idx[a]], evs[idx[b]]
		if ea.ID != eb.ID {
			return ea.ID < eb.ID
		}
		return firstSource(ea) < firstSource(eb)
	})
	n := map[string]int{}
	for _, i := range idx {
		id := evs[i].ID
		n[id]++
		if n[id] > 1 {
			evs[i].ID = fmt.Sprintf("%s-%d", id, n[id])
		}
	}
	for i := range evs {
		evs[i].URL = "events/" + evs[i].ID + "/"
	}
}

// idDate is the date an id starts with: the start day, or for an
// approximate day ("around 24 November") that day.
func idDate(d Date) string {
	if _, err := time.Parse("2006-01-02", d.Value); err == nil && d.Approximate {
		return d.Value
	}
	return d.Start
}

func firstSource(e Event) string {
	if len(e.Sources) == 0 {
		return ""
	}
	s := e.Sources[0]
	return s.Published + " " + s.Article + " " + s.URL + " " + s.Expression
}

// slug makes a URL-safe name: lower case, ASCII letters and digits joined by
// hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range gazetteer.Key(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'':
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "event"
	}
	return b.String()
}

// oneVehicleCrash reports whether quote tells of a crash of one vehicle:
// a single vehicle word of thingWords and nothing it crashed into ("the
// crash of the bus"; "the crash between a bus and a lorry", "the bus
// crashed into a wall" are collisions).
func oneVehicleCrash(quote string) bool {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(quote)) {
		w = strings.Trim(w, ".,;:\"'“”()")
		switch w {
		case "into", "with", "between", "collided", "collision", "hit", "rammed", "slammed", "smashed", "ploughed", "plowed":
			return false
		}
		if thingWords[w] == "@crash" || thingWords[w] == "@derail" || w == "buses" || w == "trains" || w == "cars" || w == "trucks" || w == "lorries" {
			n++
		}
	}
	return n == 1
}
