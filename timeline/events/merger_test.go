package events

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsroom/timeline/timeline/content"
)

// mergePool returns articles to build sites from, with their mentions: the
// test articles and the repository's seeds, each also copied a few days
// later (re-extracted against the copy's date), so that copies tell the
// same happenings on overlapping days and join into shared events, as the
// articles of a long-running story do.
func mergePool(t *testing.T) ([]*content.Article, map[string][]Mention) {
	t.Helper()
	var base []*content.Article
	for _, dir := range []string{"articles", "blind", "blind2", "blind3", "blind4"} {
		base = append(base, parseDir(t, filepath.Join("testdata", dir))...)
	}
	base = append(base, parseDir(t, filepath.Join("..", "..", "content"))...)
	var arts []*content.Article
	ms := map[string][]Mention{}
	for _, s := range base {
		for k, days := range []int{0, 1, 3} {
			a := *s
			if k > 0 {
				a.Slug = fmt.Sprintf("%s-copy%d", s.Slug, k)
				a.Meta.Date = s.Meta.Date.AddDate(0, 0, days)
			}
			arts = append(arts, &a)
			ms[a.Slug] = Extract(&a, Options{})
		}
	}
	return arts, ms
}

// edit returns a changed copy of an article and its mentions, as an editor's
// change to its file gives after extraction: another title or date, a
// mention gone, a date moved by days (which can move the mention among
// others in the sweep), another spelling of a person (which can change the
// canonical names across the site), an editor's correction.
func edit(r *rand.Rand, a *content.Article, ms []Mention) (*content.Article, []Mention) {
	b := *a
	ms = slices.Clone(ms)
	switch r.IntN(7) {
	case 0:
		b.Meta.Title += " (updated)"
	case 1:
		b.Meta.Date = b.Meta.Date.AddDate(0, 0, 1)
	case 2:
		if len(ms) > 0 {
			i := r.IntN(len(ms))
			ms = slices.Delete(ms, i, i+1)
		}
	case 3:
		if len(ms) > 0 {
			i := r.IntN(len(ms))
			d := r.IntN(40) - 20
			m := &ms[i]
			m.Timex.Interval.Start = m.Timex.Interval.Start.AddDate(0, 0, d)
			m.Timex.Interval.End = m.Timex.Interval.End.AddDate(0, 0, d)
			m.Timex.Value = m.Timex.Interval.Start.Format("2006-01-02")
		}
	case 4:
		for i := range ms {
			if len(ms[i].People) > 0 {
				ms[i].People = append([]string{"Volodymyr Zelenskyy"}, ms[i].People[1:]...)
				break
			}
		}
	case 5: // an editor drops a mention, or asks for one that is not there
		b.Meta.Ignore = slices.Clone(b.Meta.Ignore)
		ig := content.Ignore{Sentence: "s999", Line: 3}
		if len(ms) > 0 && r.IntN(2) == 0 {
			ig.Sentence = ms[r.IntN(len(ms))].Sentence
		}
		b.Meta.Ignore = append(b.Meta.Ignore, ig)
	case 6: // an editor retitles a mention's event
		if len(ms) > 0 {
			m := ms[r.IntN(len(ms))]
			b.Meta.Events = append(slices.Clone(b.Meta.Events), content.EventFix{Sentence: m.Sentence, Expression: m.Expression, Title: "Retitled by an editor", Line: 4})
		}
	}
	return &b, ms
}

// TestMergerEqualsMerge checks that a Merger, kept across random sequences
// of articles added, edited and deleted, merges every site exactly as
// Merge does from scratch.
func TestMergerEqualsMerge(t *testing.T) {
	pool, poolMs := mergePool(t)
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			site := map[string]*content.Article{}
			ms := map[string][]Mention{}
			// Start with half the pool.
			for _, a := range pool {
				if r.IntN(2) == 0 {
					site[a.Slug], ms[a.Slug] = a, poolMs[a.Slug]
				}
			}
			var mg, ma Merger
			for step := range 30 {
				var what string
				switch op := r.IntN(4); {
				case op == 0 || len(site) == 0: // add a few
					for range 1 + r.IntN(3) {
						a := pool[r.IntN(len(pool))]
						site[a.Slug], ms[a.Slug] = a, poolMs[a.Slug]
						what += " add " + a.Slug
					}
				case op == 1: // delete one
					s := anyKey(r, site)
					delete(site, s)
					delete(ms, s)
					what = "delete " + s
				default: // edit one or two
					for range 1 + r.IntN(2) {
						s := anyKey(r, site)
						site[s], ms[s] = edit(r, site[s], ms[s])
						what += " edit " + s
					}
				}
				var all []Mention
				for _, s := range sortedSlugs(site) {
					all = append(all, ms[s]...)
				}
				// MergeArticles merges the articles in the order
				// given: Merge's of the mentions in that order.
				inOrder, oerr := Merge(slices.Clone(all), site, Options{})
				if step%5 == 4 {
					r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
				}
				want, werr := Merge(all, site, Options{})
				got, gerr := mg.Merge(all, site, Options{})
				if d := cmp.Diff(want, got); d != "" {
					t.Fatalf("step %d (%s): the Merger's events differ from Merge's (-Merge +Merger):\n%s", step, what, d)
				}
				if fmt.Sprint(werr) != fmt.Sprint(gerr) {
					t.Fatalf("step %d (%s): errors %v, Merge gave %v", step, what, gerr, werr)
				}
				// MergeArticles, given the same lists for the
				// articles not edited (edit copies a list it changes).
				got, gerr = ma.MergeArticles(sortedSlugs(site), ms, site, Options{})
				if d := cmp.Diff(inOrder, got); d != "" {
					t.Fatalf("step %d (%s): MergeArticles' events differ from Merge's (-Merge +MergeArticles):\n%s", step, what, d)
				}
				if fmt.Sprint(oerr) != fmt.Sprint(gerr) {
					t.Fatalf("step %d (%s): MergeArticles' errors %v, Merge gave %v", step, what, gerr, oerr)
				}
				// MergeArticlesOwned, handed copies of the lists.
				owned := make(map[string][]Mention, len(ms))
				for s, l := range ms {
					owned[s] = slices.Clone(l)
				}
				got, gerr = MergeArticlesOwned(sortedSlugs(site), owned, site, Options{})
				if d := cmp.Diff(inOrder, got); d != "" {
					t.Fatalf("step %d (%s): MergeArticlesOwned's events differ from Merge's (-Merge +MergeArticlesOwned):\n%s", step, what, d)
				}
				if fmt.Sprint(oerr) != fmt.Sprint(gerr) {
					t.Fatalf("step %d (%s): MergeArticlesOwned's errors %v, Merge gave %v", step, what, gerr, oerr)
				}
			}
		})
	}
}

// TestMergerOptions checks that a Merger's state is not reused across
// changed aliases: the names differ, so must the events.
func TestMergerOptions(t *testing.T) {
	pool, poolMs := mergePool(t)
	site := map[string]*content.Article{}
	var all []Mention
	for _, a := range pool[:60] {
		site[a.Slug] = a
		all = append(all, poolMs[a.Slug]...)
	}
	var mg Merger
	for _, opts := range []Options{
		{},
		{PeopleAliases: map[string]string{"Zelensky": "Volodymyr Zelensky"}},
		{PeopleAliases: map[string]string{"Zelensky": "President Zelensky"}},
		{},
	} {
		want, _ := Merge(all, site, opts)
		got, _ := mg.Merge(all, site, opts)
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("with %v: (-Merge +Merger):\n%s", opts.PeopleAliases, d)
		}
	}
}

func anyKey[V any](r *rand.Rand, m map[string]V) string {
	keys := sortedSlugs(m)
	return keys[r.IntN(len(keys))]
}

func sortedSlugs[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
