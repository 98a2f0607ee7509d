package events

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// parseDir parses every Markdown article in dir.
func parseDir(t testing.TB, dir string) []*content.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	sort.Strings(files)
	var out []*content.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := content.Parse(f, b)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

type goldEvent struct {
	name, first, last string
	strict, approx    bool
	keys              map[string]bool // slug#sentence
}

// readGold reads testdata/gold.txt and resolves each source's text to the
// sentences that contain it.
func readGold(t *testing.T, name string, arts map[string]*content.Article, prior []*goldEvent) []*goldEvent {
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*goldEvent
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		switch {
		case s == "" || strings.HasPrefix(s, "#"):
		case strings.HasPrefix(s, "event ") || strings.HasPrefix(s, "event! "):
			f := strings.Fields(s)
			if len(f) != 4 && !(len(f) == 5 && f[4] == "approx") {
				t.Fatalf("%s:%d: want: event NAME FIRST LAST [approx]", name, line)
			}
			out = append(out, &goldEvent{name: f[1], first: f[2], last: f[3], strict: f[0] == "event!", approx: len(f) == 5, keys: map[string]bool{}})
		case strings.HasPrefix(s, "same "):
			// same A B: gold events of two lists that turn out to be one
			// happening; B joins A (sources, and the window both allow).
			f := strings.Fields(s)
			var a, b *goldEvent
			for _, g := range prior {
				if g.name == f[1] {
					a = g
				}
				if g.name == f[2] {
					b = g
				}
			}
			if len(f) != 3 || a == nil || b == nil {
				t.Fatalf("%s:%d: want: same NAME NAME (both known)", name, line)
			}
			for k := range b.keys {
				a.keys[k] = true
			}
			a.first, a.last = max(a.first, b.first), min(a.last, b.last)
			b.keys = map[string]bool{}
			b.name = "" // dropped below
		case strings.HasPrefix(s, "src "):
			f := strings.SplitN(s, " ", 3)
			a := arts[f[1]]
			if a == nil || len(out) == 0 {
				t.Fatalf("%s:%d: unknown article %q", name, line, f[1])
			}
			found := false
			for _, sen := range a.Sentences {
				if strings.Contains(a.Quote(sen), f[2]) {
					out[len(out)-1].keys[a.Slug+"#"+sen.ID] = true
					found = true
				}
			}
			if !found {
				t.Fatalf("%s:%d: no sentence of %s contains %q", name, line, f[1], f[2])
			}
		default:
			t.Fatalf("%s:%d: cannot read %q", name, line, s)
		}
	}
	return out
}

// scores are the figures of one run against the gold list.
type scores struct {
	events, gold                        int
	matched, dated, goldFound, goldDate int
	duplicates                          []string
	pairTP, pairPred, pairGold          int
	wrong                               []string
	bestOf                              map[int]*goldEvent // produced event -> its gold event
}

func (s scores) eventPrecision() float64 { return ratio(s.matched, s.events) }
func (s scores) eventRecall() float64    { return ratio(s.goldFound, s.gold) }
func (s scores) datePrecision() float64  { return ratio(s.dated, s.events) }
func (s scores) dateRecall() float64     { return ratio(s.goldDate, s.gold) }
func (s scores) mergePrecision() float64 { return ratio(s.pairTP, s.pairPred) }
func (s scores) mergeRecall() float64    { return ratio(s.pairTP, s.pairGold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func score(evs []Event, gold []*goldEvent) scores {
	s := scores{events: len(evs), gold: len(gold), bestOf: map[int]*goldEvent{}}
	keysOf := func(e Event) map[string]bool {
		ks := map[string]bool{}
		for _, src := range e.Sources {
			if i := strings.LastIndex(src.URL, "#"); i >= 0 {
				ks[src.Article+"#"+src.URL[i+1:]] = true
			}
		}
		return ks
	}
	found := map[*goldEvent]int{}
	dated := map[*goldEvent]bool{}
	eventOf := map[string]map[int]bool{} // sentence key -> produced events citing it
	for i, e := range evs {
		ks := keysOf(e)
		for k := range ks {
			if eventOf[k] == nil {
				eventOf[k] = map[int]bool{}
			}
			eventOf[k][i] = true
		}
		var best *goldEvent
		bestN := 0
		for _, g := range gold {
			n := 0
			for k := range ks {
				if g.keys[k] {
					n++
				}
			}
			// A sentence may report two gold events: on a tie, the one
			// whose window holds the event's date.
			in := e.Date.Start >= g.first && e.Date.End <= g.last
			if n > bestN || n == bestN && n > 0 && in && !(e.Date.Start >= best.first && e.Date.End <= best.last) {
				best, bestN = g, n
			}
		}
		if best == nil {
			s.wrong = append(s.wrong, fmt.Sprintf("not in gold: %s (%s)", e.ID, e.Summary))
			continue
		}
		s.matched++
		s.bestOf[i] = best
		found[best]++
		if e.Date.Start >= best.first && e.Date.End <= best.last {
			s.dated++
			dated[best] = true
		} else {
			s.wrong = append(s.wrong, fmt.Sprintf("wrong date: %s is %s..%s, gold %s is %s..%s", e.ID, e.Date.Start, e.Date.End, best.name, best.first, best.last))
		}
	}
	for _, g := range gold {
		if found[g] > 0 {
			s.goldFound++
		} else {
			s.wrong = append(s.wrong, "missed: "+g.name)
		}
		if found[g] > 1 {
			s.duplicates = append(s.duplicates, g.name)
		}
		if dated[g] {
			s.goldDate++
		}
	}
	// Pairwise merging over the gold sentences. A sentence that reports
	// two events belongs to both.
	goldOf := map[string]map[int]bool{}
	for gi, g := range gold {
		for k := range g.keys {
			if goldOf[k] == nil {
				goldOf[k] = map[int]bool{}
			}
			goldOf[k][gi] = true
		}
	}
	keys := make([]string, 0, len(goldOf))
	for k := range goldOf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	meet := func(a, b map[int]bool) bool {
		for x := range a {
			if b[x] {
				return true
			}
		}
		return false
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			a, b := keys[i], keys[j]
			same, goldSame := meet(eventOf[a], eventOf[b]), meet(goldOf[a], goldOf[b])
			if goldSame {
				s.pairGold++
				if same {
					s.pairTP++
				}
			}
			if same {
				s.pairPred++
				if !goldSame {
					s.wrong = append(s.wrong, fmt.Sprintf("merged across gold events: %s and %s", a, b))
				}
			}
		}
	}
	return s
}

// goldRun is one measurement: the articles of some directories, merged
// together, scored against the gold lists that describe them.
type goldRun struct {
	dirs  []string
	golds []string
	// floors are the minimum figures asserted: date precision, date
	// recall, merge precision, merge recall.
	floors [4]float64
	// lenient logs, rather than fails on, the "event!" checks: for the
	// blind articles, whose misses the floors already count.
	lenient bool
}

func (r goldRun) run(t *testing.T) {
	strictf := t.Errorf
	if r.lenient {
		strictf = t.Logf
	}
	arts := map[string]*content.Article{}
	var list []*content.Article
	for _, d := range r.dirs {
		list = append(list, parseDir(t, d)...)
	}
	for _, a := range list {
		arts[a.Slug] = a
	}
	var gold []*goldEvent
	for _, g := range r.golds {
		gold = append(gold, readGold(t, g, arts, gold)...)
	}
	kept := gold[:0]
	for _, g := range gold {
		if g.name != "" {
			kept = append(kept, g)
		}
	}
	gold = kept
	var ms []Mention
	for _, a := range list {
		ms = append(ms, Extract(a, Options{})...)
	}
	evs, err := Merge(ms, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := score(evs, gold)
	t.Logf("events %d, gold %d", s.events, s.gold)
	t.Logf("event precision %.3f recall %.3f", s.eventPrecision(), s.eventRecall())
	t.Logf("date precision %.3f recall %.3f", s.datePrecision(), s.dateRecall())
	t.Logf("merge precision %.3f recall %.3f (pairs: %d true, %d predicted, %d gold)", s.mergePrecision(), s.mergeRecall(), s.pairTP, s.pairPred, s.pairGold)
	for _, w := range s.wrong {
		t.Log(w)
	}
	if testing.Verbose() {
		for _, e := range evs {
			t.Logf("event %s %q %s..%s", e.ID, e.Title, e.Date.Start, e.Date.End)
		}
	}
	if len(s.duplicates) > 0 {
		strictf("gold events split across several events: %v", s.duplicates)
	}
	// The events marked "event!": exactly once, all sources, right date;
	// and no event dated by a duration.
	for _, g := range gold {
		if !g.strict {
			continue
		}
		var hits []Event
		for i, e := range evs {
			if s.bestOf[i] == g {
				hits = append(hits, e)
			}
		}
		if len(hits) != 1 {
			strictf("%s: in %d events, want exactly 1", g.name, len(hits))
			continue
		}
		e := hits[0]
		cited := map[string]bool{}
		for _, src := range e.Sources {
			cited[src.Article+"#"+src.URL[strings.LastIndex(src.URL, "#")+1:]] = true
		}
		for k := range g.keys {
			if !cited[k] {
				strictf("%s (%s): source %s missing", g.name, e.ID, k)
			}
		}
		if g.approx && !e.Date.Approximate {
			strictf("%s (%s): date %+v not marked approximate", g.name, e.ID, e.Date)
		}
		if e.Date.Start < g.first || e.Date.End > g.last {
			strictf("%s (%s): dated %s..%s, want within %s..%s", g.name, e.ID, e.Date.Start, e.Date.End, g.first, g.last)
		}
	}
	for _, e := range evs {
		for _, src := range e.Sources {
			if strings.HasPrefix(src.Value, "P") {
				t.Errorf("%s is dated by the duration %q", e.ID, src.Expression)
			}
		}
	}
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"date precision", s.datePrecision(), r.floors[0]},
		{"date recall", s.dateRecall(), r.floors[1]},
		{"merge precision", s.mergePrecision(), r.floors[2]},
		{"merge recall", s.mergeRecall(), r.floors[3]},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f below the floor %.2f", f.name, f.got, f.floor)
		}
	}
}

var (
	seedDir    = filepath.Join("..", "..", "content")
	testDir    = filepath.Join("testdata", "articles")
	blindDir   = filepath.Join("testdata", "blind")
	blind2Dir  = filepath.Join("testdata", "blind2")
	blind3Dir  = filepath.Join("testdata", "blind3")
	blind4Dir  = filepath.Join("testdata", "blind4")
	blind5Dir  = filepath.Join("testdata", "blind5")
	blind6Dir  = filepath.Join("testdata", "blind6")
	blind7Dir  = filepath.Join("testdata", "blind7")
	blind8Dir  = filepath.Join("testdata", "blind8")
	blind9Dir  = filepath.Join("testdata", "blind9")
	blind10Dir = filepath.Join("testdata", "blind10")
	blind11Dir = filepath.Join("testdata", "blind11")
)

// TestGold measures extraction and merging against the gold list for the
// seed articles and the test articles tuned on, and asserts floors. Run with
// -v to see the figures.
func TestGold(t *testing.T) {
	goldRun{dirs: []string{seedDir, testDir}, golds: []string{"gold.txt"}, floors: [4]float64{0.95, 0.95, 0.95, 0.9}}.run(t)
}

// TestGoldBlind measures the articles of testdata/blind, whose gold list
// (gold_blind.txt) was written and committed before the extractor first ran
// on them.
//
// Blind figures, the first run (the articles and gold of commit 6989c3c
// against the extractor of 28bc18f, untouched): 30 events for 48 gold;
// event precision 1.000 recall 0.521; date precision 0.900 recall 0.521;
// merge precision 1.000 recall 0.214 (6 of 28 gold pairs). All articles
// together (seeds + tuned + blind) at that point: date precision 0.957
// recall 0.727, merge precision 1.000 recall 0.631.
//
// After the general fixes (commit b7c1cae), this set: date precision
// 1.000 recall 0.750; merge precision 1.000 recall 0.643 (18 of 28).
// What it still misses is mostly happenings dated by a bare year ("in
// 2024", "last year": kept out on purpose, too often a model year or a
// comparison), a quoted "today", mentions in different articles that name
// neither place nor people, and kinds told differently (a recall and a
// regulator's statement of it).
//
// After events3 (happening frames, a statement joining the happening it
// reports, story links, 'takes office', an election's 'first round'): date
// precision 1.000 recall 0.792; merge precision 1.000 recall 0.750.
//
// After s2-events (the fixes prompted by blind5: cancellations, blockades,
// briefings, decisions, end verbs ...): date precision 1.000 recall 0.854.
//
// After s6-blind6 (a bare clock time or part of a day right after the day
// of the first sentence is on that day): date precision 0.977. The one
// date counted wrong is true: "Police fired tear gas ... late in the
// evening" after "marched ... on Saturday" is that Saturday, in a sentence
// this gold lists only for the Sunday statement that reports it.
func TestGoldBlind(t *testing.T) {
	goldRun{dirs: []string{blindDir}, golds: []string{"gold_blind.txt"}, floors: [4]float64{0.95, 0.85, 0.95, 0.74}, lenient: true}.run(t)
}

// TestGoldBlind2 measures a second blind set (testdata/blind2), whose gold
// list was committed before the extractor ran on it, after the fixes made
// on the first.
//
// Blind figures, its first run (commit 0ba84f2): 12 events for 15 gold;
// date precision 0.917 recall 0.733; merge precision 1.000 recall 0.000
// (0 of 5 gold pairs). After the fixes it prompted (b7c1cae): date
// precision 1.000 recall 0.867; merge precision 1.000 recall 0.400.
// After events3 (happening frames, story links): merge recall 0.600.
func TestGoldBlind2(t *testing.T) {
	goldRun{dirs: []string{blind2Dir}, golds: []string{"gold_blind2.txt"}, floors: [4]float64{0.95, 0.85, 0.95, 0.58}, lenient: true}.run(t)
}

// TestGoldBlind3 measures a third blind set (testdata/blind3), written
// after the fixes made on the first two and on TempEval-3.
//
// Blind figures, its first run (commit 69f960c): 9 events for 14 gold;
// date precision 0.889 recall 0.571; merge precision 1.000 recall 0.000
// (0 of 6 gold pairs). One produced merge counts as wrong against this gold
// though it joins the same air strike: the Reuters sentence tells of it
// only as "hours before" the ceasefire, and the gold lists that sentence
// for the ceasefire alone. After the fixes it prompted (b7c1cae): date
// precision 0.933 recall 1.000; merge precision 1.000 recall 0.500.
// After events3 ('blasted off', 'lifted off' and 'liftoff' one frame; an
// agency-only dateline remnant): date precision 0.938, merge recall 0.667.
func TestGoldBlind3(t *testing.T) {
	goldRun{dirs: []string{blind3Dir}, golds: []string{"gold_blind3.txt"}, floors: [4]float64{0.9, 0.95, 0.95, 0.65}, lenient: true}.run(t)
}

// TestGoldBlind4 measures a fourth blind set (testdata/blind4): three
// stories told by three articles each in different words, with near misses
// that must stay apart. Its gold was committed (2436901) before the
// extractor ran on it.
//
// Blind figures, its first run (the extractor of 923c08c, untouched): 18
// events for 16 gold; date precision 1.000 recall 0.688; merge precision
// 1.000 recall 0.200 (5 of 25 gold pairs). Missed: a whole AFP article
// (its "yesterday" and "Tuesday" gave no mention), a "walked off the job"
// strike, a first round and a swearing-in told by "takes office"; a rail
// strike taken for a military one; meetings and a deal that name nobody.
//
// After the general fixes it prompted (events3, up to 1894f9f): date
// precision 1.000 recall 0.688; merge precision 1.000 recall 0.720 (18 of
// 25). Still missed: the AFP launch sentences ("sent ... into space
// yesterday" has no trigger; "10:42 am Tuesday" is tagged as the next
// Tuesday by timex, so the past sentence drops it), a called-off attempt
// told as people who "had travelled" for it, a JAXA briefing and two
// plans.
//
// After s2-events ("cancelled" and "blocked" happenings with frames of
// their own, so a cancellation "because of the walkout" stays apart from
// it): date precision 1.000 recall 0.812; merge precision 1.000 recall
// 0.720.
//
// After s6-timex2 ("10:42 am Tuesday" no longer reads "am" as a present
// tense, so the AFP launch report has its true day, 3 March, not the 10th):
// 16 events for 16 gold, date precision 1.000 recall 0.812, merge recall
// 0.680, since the AFP's "blasted off" is not merged with Reuters' "lifted
// off" (an events merge miss, left to the events package).
//
// After s6-places (a venue named after a place is at that place when
// another source names it: "the Tanegashima Space Center" and "the island
// of Tanegashima"; an acronym after a sentence's "The" is an organisation;
// a place whose country the gazetteer does not know is in no other
// country): the launch told by all three articles is one event, and the
// two articles then of one story share the scrubbed attempt too: 14 events
// for 16 gold, date precision 1.000 recall 0.812, merge precision 1.000
// recall 0.800 (20 of 25 pairs).
//
// After s6-blind6 (a statement's speaker is looked for past its
// auxiliaries): date recall 0.875.
func TestGoldBlind4(t *testing.T) {
	goldRun{dirs: []string{blind4Dir}, golds: []string{"gold_blind4.txt"}, floors: [4]float64{0.95, 0.85, 0.95, 0.72}, lenient: true}.run(t)
}

// TestGoldBlind5 measures a fifth blind set (testdata/blind5): twelve
// agency articles (an election and a typhoon told by three agencies on three
// days, a fraud trial's verdict and sentence, a football final, a pilots'
// strike, a recall, a summit). Its gold was committed (47222bd) before the
// extractor ran on it.
//
// Blind figures, its first run (the extractor of e1897ec, untouched): 30
// events for 41 gold; event precision 1.000 recall 0.634; date precision
// 0.967 recall 0.634; merge precision 1.000 recall 0.150 (3 of 20 gold
// pairs). All articles together at that point (seeds + tuned + five blind
// sets): date precision 0.986 recall 0.803; merge precision 0.977 recall
// 0.697 (the Europa League final merged with another set's Champions League
// final of the same day). Missed: the end verbs ("Campaigning ended", "the
// count ... finished", "strike ... ended"), "claimed victory", "asked ...
// to form", "resumed", "moved out to sea", "beating Porto", "dropped its
// threat", the whole recall article; a typhoon's landfall split in three
// events, as were a confidence vote and a president's consultations; one
// wrong date ("will receive ... from Wednesday" read as the Wednesday
// before).
//
// After the general fixes it prompted (s2-events, up to 880999c): 37
// events for 41 gold; date precision 1.000 recall 0.854; merge precision
// 1.000 recall 0.600 (12 of 20). The rules: a weekday to come is never the
// one before; end and resumption verbs unless talks are their subject;
// "went to the polls"; "gave way"; "said on Thursday it was recalling";
// a named storm is what "the typhoon" and a landfall of its article speak
// of, one landfall at two places on one day; an AFP dateline in title case;
// a bare clock time on the day of publication the story last named;
// "claimed victory" a claim apart from the result. Still missed: a
// confidence vote told by "called the snap vote" and by "collapsed"
// (split), the president's consultations told by "from Wednesday" (the
// tagger's Wednesday before), "moved out to sea", "beating Porto" (now as
// "semifinals"), a statement by "his lawyers", share moves (left out: "rose
// 3.4% in May" is a statistic), a turnout at a clock time after the story
// moved to Friday.
//
// After s6-blind7 (a placeless mention prefers the event at its article's
// place): merge recall 0.650.
func TestGoldBlind5(t *testing.T) {
	goldRun{dirs: []string{blind5Dir}, golds: []string{"gold_blind5.txt"}, floors: [4]float64{0.95, 0.85, 0.95, 0.64}, lenient: true}.run(t)
}

// TestGoldBlind6 measures a sixth blind set (testdata/blind6): eleven
// articles on four running stories told by two or three outlets on
// different days (a wildfire, a mine blast, an airline's collapse, an
// eruption). Its gold was committed (804f76c) before the extractor ran on
// it.
//
// Blind figures, its first run (the extractor of b87073c, untouched): 31
// events for 45 gold; event precision 1.000 recall 0.533; date precision
// 0.903 recall 0.489; merge precision 0.333 recall 0.045 (1 of 22 gold
// pairs, 3 predicted). All articles together at that point (seeds + tuned
// + six blind sets): date precision 0.979 recall 0.807; merge precision
// 0.980 recall 0.674. Wrong dates: "Earlier this month" in a paper of the
// 16th read as running to the 16th; "this week's wildfire" taken as the
// date of the sentence's "began returning ... yesterday"; "will remain
// closed until at least Sunday" made an event of Sunday. One of the two
// wrong merges is the gold's own: the BBC's "killed in last week's
// explosion" does speak of the blast, but the gold lists that sentence for
// the day of mourning alone. That sentence was added to the blast after
// the first run (428b7ac, a correction against the gold's own rule); against the
// corrected gold the first run's merge figures are precision 0.667 recall
// 0.080 (2 of 25 pairs).
//
// After the fixes it prompted (s6-blind6: timex tense and anchor rules;
// events phrases, frames, accidents, possessives, datelines, clock times
// on the lead's day, "earlier this month" without the day of publication,
// organisations named after their kind, speakers past auxiliaries,
// rescues told as "pulled out alive"): 37 events for 45 gold; event
// precision 1.000 recall 0.778; date precision 0.973 recall 0.778; merge
// precision 1.000 recall 0.840 (21 of 25). Against the uncorrected gold:
// merge precision 0.857 recall 0.818. The
// one date the gold counts wrong is true but vaguer than its window:
// "evacuated during this week's wildfire" dates the evacuation by its week
// in a sentence the gold lists only for the return "yesterday". Still
// missed: statements by unnamed speakers ("scientists said", "the
// transport secretary told lawmakers", "the government will announce"), a
// bare year ("founded in 2009"), "lasted almost two weeks", "crossed the
// road", "brought to the surface overnight", "were racing", "will question", what
// witnesses "had seen"; and the repatriation's first flights that "landed"
// are not joined to the programme that "started".
func TestGoldBlind6(t *testing.T) {
	goldRun{dirs: []string{blind6Dir}, golds: []string{"gold_blind6.txt"}, floors: [4]float64{0.95, 0.76, 0.95, 0.82}, lenient: true}.run(t)
}

// TestGoldBlind7 measures a seventh blind set (testdata/blind7): ten
// articles on four running stories told by two or three outlets on
// different days (a ransomware attack on a hospital, a train collision and
// its inquiry, a minister's resignation and reshuffle, a fishing boat's
// sinking and search). Its gold was committed (a6d4c90) before the
// extractor ran on it.
//
// Blind figures, its first run (the extractor of 5852c3d, untouched): 32
// events for 44 gold; event precision 1.000 recall 0.636; date precision
// 1.000 recall 0.636; merge precision 1.000 recall 0.154 (4 of 26 gold
// pairs). All articles together at that point (seeds + tuned + seven
// blind sets): date precision 0.987 recall 0.832; merge precision 1.000
// recall 0.699. No date was wrong; one was right by accident: "Hackers
// behind the attack published ... on Friday" made an attack on Friday.
//
// After the fixes it prompted (s6-blind7: a train or bus that hit or
// collided with something, no weapon named, is a crash, not a strike; a
// bare attack in an article of ransomware or hackers is a cyberattack; the
// noun of "behind the ..." is not what the date dates; AFP's "Town
// (Country) (AFP)" dateline, and no dateline place for a sentence that
// names a place the gazetteer lacks; a background mention of a year before
// does not place the story, an article with no placed mention takes its
// dateline's town, and a placeless mention prefers the event at its
// article's place; "swore in", "placed under investigation", a death toll
// that "rose", survivors "pulled from" a raft, "quit" one frame with
// "resigned"; names ending in "Board" or "Authority", hyphenated
// acronyms): 33 events for 44 gold; event precision 1.000 recall 0.750;
// date precision 1.000 recall 0.750; merge precision 1.000 recall 0.577
// (15 of 26). Still missed: bare years ("in 2004", "in 2019", "in 2023"),
// "published" (kept out: polls and letters published are no happenings),
// statements of unnamed speakers ("Police said on Monday", "a criminal
// gang claimed responsibility yesterday"), "recovered the data recorder",
// "sent a distress signal", "joined the search overnight", "worked through
// the night"; "last week's train crash" and a bare "10:40 p.m." after a
// lead that ends "officials said Wednesday" (the tagger anchors it on
// Wednesday; the extractor rightly drops it) are not joined to the crash;
// the resignation told again as "earlier this week" in the reshuffle's
// lead stays apart.
func TestGoldBlind7(t *testing.T) {
	goldRun{dirs: []string{blind7Dir}, golds: []string{"gold_blind7.txt"}, floors: [4]float64{0.95, 0.74, 0.95, 0.56}, lenient: true}.run(t)
}

// TestGoldBlind8 measures an eighth blind set (testdata/blind8): eleven
// articles on four running stories told by two or three outlets on
// different days (a cholera outbreak in a mining city and the vaccination
// campaign that followed, a cargo ship's oil spill and its clean-up, a
// prison escape and the manhunt, a marathon runner's doping ban and her
// appeal). Its gold was committed (3621c04) before the extractor ran on it.
//
// Blind figures, its first run (the extractor of f713626, untouched): 24
// events for 45 gold; event precision 0.958 recall 0.489; date precision
// 0.875 recall 0.467; merge precision 1.000 recall 0.200 (3 of 15 gold
// pairs). All articles together at that point (seeds + tuned + eight blind
// sets): date precision 0.976 recall 0.795; merge precision 1.000 recall
// 0.723. The gold was then corrected by its own header's rule (af1c39d:
// "a week ago" dates the escape too, "began late last month" the
// outbreak's start); against it the first-run extractor gives 24 events
// for 46 gold, date precision 0.917 recall 0.478, merge precision 1.000
// recall 0.167 (3 of 18); All 0.980/0.795, 1.000/0.712.
//
// After the fixes it prompted (a bare clock time after a sentence that
// named two days left undated; the subject and places of a relative
// clause without commas; "escaped", "upheld", "banned", "questioned", "ran
// aground" and a ship that "struck a rock"; a named speaker's closing
// attribution dating what it announced in the present perfect; sports'
// national bodies and "Mines" as organisations): 26 events for 46 gold;
// event precision 1.000 recall 0.522; date precision 0.962 recall 0.522;
// merge precision 1.000 recall 0.556 (10 of 18). The one event outside its
// gold window is true: "the coast guard said on Tuesday" closing a lead
// about Monday's grounding (the gold lists such a sentence for the
// happening only). Still missed: bare years ("in 2010", "convicted in
// 2004"), unnamed speakers ("her lawyer said late on Thursday"), "was
// refloated", "laid booms overnight", "joined soldiers on Thursday", "sent
// 200 soldiers", "left on Sunday", "estimated last week", "were searching
// for them Tuesday", "found abandoned", "will appear in federal court",
// "placed on leave", "failed a test on November 14", "the Rio Olympics
// next month", "was first detected" (as a trigger it splits blind7's
// attack), "a second round is planned for February"; the escape told as
// "who escaped ... a week ago" stays apart from the escape event.
func TestGoldBlind8(t *testing.T) {
	goldRun{dirs: []string{blind8Dir}, golds: []string{"gold_blind8.txt"}, floors: [4]float64{0.95, 0.52, 0.95, 0.55}, lenient: true}.run(t)
}

// TestGoldBlind9 measures a ninth blind set (testdata/blind9): eleven
// articles on four running stories told by two or three outlets on
// different days (a kidnapping of two oil engineers and the hostages'
// release, a payments company's stock-market listing and its first days of
// trading, a road bridge's collapse and the inquiry, a royal state visit
// across several cities). Its gold was committed (64b5aa5) before the
// extractor ran on it.
//
// Blind figures, its first run (the extractor of 11b10f4, untouched): 23
// events for 40 gold; event precision 1.000 recall 0.550; date precision
// 1.000 recall 0.550; merge precision 1.000 recall 0.333 (4 of 12 gold
// pairs). All articles together at that point (seeds + tuned + nine blind
// sets): date precision 0.986 recall 0.779; merge precision 1.000 recall
// 0.724.
//
// After the fixes it prompted (s7-blind9: "kidnapped", "abducted" and
// "freed" as happenings, the first two one frame with "seized"; a
// company's shares that moved by a figure; "founded" and a passive
// "built" with a past year; journeys told as "were flown to", "flying
// to", "fly home", "return to <place>"; a report "presented"; talks that
// "will discuss"; "overnight" after a sentence's own day dates nothing;
// titles: the subject of a reported clause, a date before a passive, "the
// Olt River" as a place, ", where" clauses, "is to open"): 32 events for
// 40 gold; event precision 1.000 recall 0.750; date precision 1.000
// recall 0.750; merge precision 1.000 recall 0.583 (7 of 12). Still
// missed: "was found on Thursday by fishermen" (a person found alive),
// "within hours of opening on Sept. 29", "set up the company in 2006",
// "announced its intention to float on September 22" (the date may be the
// float's), "issued a 'sell' recommendation", "will publish its results",
// "were welcomed by the governor general", "will lay a wreath" (no word
// we keep) and "before flying to Toronto" (a clause past the one "On
// Tuesday" dates), "signed an agreement" in a ", where" clause with no
// date of its own. Split: the shares' first-day jump and
// "will start trading" (no shared word or place), and the collapse told
// as "collapsed" near the Olt River and "which killed four people on May
// 9" near Slatina.
//
// After s8-events (blind10's rules: a person "was found on Thursday by
// fishermen", "set up the company in 2006", one accident told by its verb
// and its noun, "collapsed" and "the collapse of the Olt river bridge"):
// 33 events for 40 gold; date precision 1.000 recall 0.800; merge
// precision 1.000 recall 0.667 (8 of 12).
func TestGoldBlind9(t *testing.T) {
	goldRun{dirs: []string{blind9Dir}, golds: []string{"gold_blind9.txt"}, floors: [4]float64{0.95, 0.78, 0.95, 0.65}, lenient: true}.run(t)
}

// TestGoldBlind10 measures a tenth blind set (testdata/blind10): twelve
// articles on four running stories of kinds no earlier set has, each told
// by three outlets in their own house styles on different days (a mountain
// rescue, a museum theft and the paintings' recovery, a car-parts plant's
// closure and sale, a light rail line's opening and breakdowns). Its gold
// was committed (530e767) before the extractor ran on it.
//
// Blind figures, its first run (the extractor of 244f102, untouched): 26
// events for 39 gold; event precision 0.962 recall 0.590; date precision
// 0.923 recall 0.564; merge precision 1.000 recall 0.108 (4 of 37 gold
// pairs). All articles together at that point (seeds + tuned + ten blind
// sets): date precision 0.981 recall 0.783; merge precision 1.000 recall
// 0.642. Wrong: the summit of a mountain read as a meeting (twice, one
// dated by "two days after"). Missed: the theft ("broke into ... and
// stole", "the theft on 10 November"), a closure announced ("will close
// ..., the company said on Thursday", "announced last Thursday that"),
// rescuers who "reached them", statements of unnamed speakers ("Police
// said on Tuesday that"), "set up the company in 1948", "It was founded in
// 1903", "bought the plant ... in 1999", a painting "found on 17 January",
// "will take over", "will appear before an investigating judge", "will
// apply from Monday", a timetable "since September 27"; split: a meeting
// told as "meet management" and "consultation meeting", a construction
// that "began in June 2016" and "started in 2016".
//
// After the fixes it prompted (s8-events, rules and counter-examples in
// blind10_rules_test.go: a mountain's summit is no meeting; people found
// alive or dead and "was found on <day>"; statements whose speaker, named
// by its office or by one capitalised word, opens the sentence; "set up
// the company", "set out from"; thefts; rescuers who "reached them"; a
// court appearance, a takeover, an attempt abandoned; a closing
// attribution past an aside counted from another day; a past participle
// right before a day; a person's relative clause; a noun dated by an
// expression closing its own phrase; an accident told by its verb and by
// its noun as one frame, the same structure or vehicle named; "called for
// help"; "bought the plant from Ford in 1999"), with main merged
// (7b8a76c): 37 events for 39 gold; event precision 1.000 recall 0.872;
// date precision 1.000 recall 0.872; merge precision 1.000 recall 0.486
// (18 of 37). Still missed: "It was founded in 1903" (a pronoun subject
// for a bare year), "was last shown abroad in 2012", "had been stranded ...
// since Saturday", "will apply from Monday", a timetable "since September
// 27" and "will return on October 18", "smashed a window at about 3:30
// a.m.", "the first train left ... at 6 a.m.", "a power supply fault
// stopped all trains", "which council will debate on Tuesday", "had been
// unable to fly on Sunday", and a closure's lead "will close ..., the
// company said on Thursday". Split: the closure's announcement told as
// "Brenner announced" and as "workers were told of the decision at a
// meeting" (a meeting); the union's meeting with
// management filed from London and told in Llanelli (the union, "Unite",
// is named as no organisation); a construction start told by its month
// and by its year.
func TestGoldBlind10(t *testing.T) {
	goldRun{dirs: []string{blind10Dir}, golds: []string{"gold_blind10.txt"}, floors: [4]float64{0.95, 0.85, 0.95, 0.48}, lenient: true}.run(t)
}

// TestGoldBlind11 measures an eleventh blind set (testdata/blind11):
// twelve articles on four running stories of kinds no earlier set has,
// each told by three outlets in their own house styles on different days
// (a ransomware attack on a municipality, a university admissions bribery
// scandal, a novelist's death and funeral, a football club's change of
// manager). Its gold was committed (fe65bf2) before the extractor ran on
// it.
//
// Blind figures, its first run (the extractor of 07ecb51, untouched): 31
// events for 46 gold; event precision 0.935 recall 0.522; date precision
// 0.871 recall 0.522; merge precision 0.800 recall 0.200 (4 of 20 gold
// pairs). Wrong: a death "has died aged 84, his publisher said Tuesday"
// dated by the saying; an arrest "who was arrested in April" kept apart
// from, and less precise than, "arrested ... on Monday" (dated April, not
// the day); "after being closed on Monday and Tuesday" (a state) taken
// for the schools' reopening; three sentences of one article merged as
// one "Cyberattack" (the claim, the leak's day and an external review).
//
// After the fixes it prompted (s9-ev, rules and counter-examples in
// blind11_rules_test.go and evleft9_test.go: "stepped down", births,
// publications "in" a year or month, a person "unveiled", "placed on
// leave", "sacked", a service "restored", "will be presented to"; "he" or
// "she" as the subject of a bare year; a relative clause's head as the
// subject of its bare year; states ("stay closed", "after being closed");
// a noun that refers back ("since the attack", "a review of the attack
// will be presented") is not dated by another verb's date; "claimed the
// attack"; a death "has died ..., X said Tuesday" is not dated by the
// saying; asides of up to ten words; a discovered happening is the
// happening; a possessive date after "after" dates its noun, not the verb
// before ("sacked ... after Saturday's defeat" was a wrong date); one
// person's arrest told to the day and to its month is one): 35 events for
// 46 gold; event precision 1.000 recall 0.674; date precision 0.971
// recall 0.674; merge precision 1.000 recall 0.250 (5 of 20). Still
// missed: "moved its email to a cloud service in 2018", "will not pay the
// ransom ..., its mayor said", "The gang claimed the attack on February
// 12 and posted the files ... on February 26" (no speaker named),
// "staff were paid on Wednesday", "paid ... between 2011 and 2014",
// "Westbrook University's president apologized" (a possessive speaker),
// "came out in March", "paid tribute", "His publisher, Canongate, said",
// "gave his last public reading in August" (a where-clause), "settled in
// Ullapool in 1965", "was unveiled ... on Wednesday" past a long aside
// (the aside's date now dates nothing, the day's segment misses the
// verb), "left Newport County ... in October", "will take charge ... on
// Saturday". Split: the attack told in three articles placed at Hamar and
// by the Oslo dateline (strikes merge only by a shared place), and
// "The Intrusion began on February 7"; the sacking told as "sacked on
// November 16", the chairman's statement and "replaced the sacked Paul
// Dacre on Monday"; the funeral and "carried his coffin"; "changed
// manager in 2007" and "was appointed in May 2007".
func TestGoldBlind11(t *testing.T) {
	goldRun{dirs: []string{blind11Dir}, golds: []string{"gold_blind11.txt"}, floors: [4]float64{0.95, 0.65, 0.95, 0.24}, lenient: true}.run(t)
}

// TestGoldAll measures every article together, so that merging is tried
// across stories. With blind5 (s2-events): at its first run date precision
// 0.986 recall 0.803, merge precision 0.977 recall 0.697; after the fixes
// date precision 0.994 recall 0.890, merge precision 1.000 recall 0.762.
// With blind6, its first run: date precision 0.979 recall 0.807, merge
// precision 0.980 recall 0.674 (floors re-based); after the fixes it
// prompted: date precision 0.985 recall 0.872, merge precision 1.000
// recall 0.796. With blind7, its first run: date precision 0.987 recall
// 0.832, merge precision 1.000 recall 0.699 (floors re-based); after the
// fixes it prompted: date precision 0.987 recall 0.851, merge precision
// 1.000 recall 0.769. With blind8, its first run: date precision 0.976
// recall 0.795, merge precision 1.000 recall 0.723 (floors re-based);
// against its corrected gold 0.980/0.795, 1.000/0.712; after the fixes it
// prompted: date precision 0.984 recall 0.802, merge precision 1.000
// recall 0.749. With blind9, its first run: date precision 0.986 recall
// 0.779, merge precision 1.000 recall 0.724 (floors re-based); after the
// fixes it prompted: date precision 0.986 recall 0.807, merge precision
// 1.000 recall 0.739. With blind10, its first run: date precision 0.981
// recall 0.783, merge precision 1.000 recall 0.642 (floors re-based);
// after the fixes it prompted (s8-events, main 7b8a76c merged): date
// precision 0.988 recall 0.827, merge precision 1.000 recall 0.704. Over
// the nine earlier sets alone, before and after: date precision 0.986 and
// 0.987, recall 0.807 and 0.822; merge precision 1.000 and 1.000, recall
// 0.739 and 0.744. All these figures are unchanged after merging main
// 6c588b8. With blind11, its first run: date precision 0.978 recall
// 0.794, merge precision 0.994 recall 0.665 (floors re-based); after the
// fixes it prompted (s9-ev): date precision 0.987 recall 0.813, merge
// precision 1.000 recall 0.669. Over the ten earlier sets alone, before
// and after: date precision 0.988 and 0.988, recall 0.827 and 0.829;
// merge precision 1.000 and 1.000, recall 0.704 and 0.704.
func TestGoldAll(t *testing.T) {
	goldRun{dirs: []string{seedDir, testDir, blindDir, blind2Dir, blind3Dir, blind4Dir, blind5Dir, blind6Dir, blind7Dir, blind8Dir, blind9Dir, blind10Dir, blind11Dir}, golds: []string{"gold.txt", "gold_blind.txt", "gold_blind2.txt", "gold_blind3.txt", "gold_blind4.txt", "gold_blind5.txt", "gold_blind6.txt", "gold_blind7.txt", "gold_blind8.txt", "gold_blind9.txt", "gold_blind10.txt", "gold_blind11.txt", "gold_cross.txt"}, floors: [4]float64{0.98, 0.8, 0.98, 0.66}, lenient: true}.run(t)
}

// TestIDsSurviveNewArticles checks that the seed events keep their ids when
// articles are added, including one that reports some of the same events in
// other words.
func TestIDsSurviveNewArticles(t *testing.T) {
	seeds := parseDir(t, filepath.Join("..", "..", "content"))
	build := func(extra ...*content.Article) map[string]bool {
		return eventIDs(t, append(append([]*content.Article(nil), seeds...), extra...))
	}
	before := build()
	later := article("florida-follow-up", "2025-12-03", `Secretary of State Marco Rubio and Rustem Umerov met for several hours in Florida on Sunday, officials said.

Steve Witkoff met Vladimir Putin at the Kremlin on Tuesday.

A Russian missile strike hit the city of Dnipro on Monday.`)
	after := build(later)
	for id := range before {
		if !after[id] {
			t.Errorf("event %s lost its id when an article was added", id)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d events after adding an article that only retells three of them, want %d", len(after), len(before))
	}
}

// TestIDsSurviveNewArticlesBlind checks, on the blind sets, that events
// keep their ids (date and title) when an article retelling some of them in
// other words is added: the new source joins, the title does not move.
func TestIDsSurviveNewArticlesBlind(t *testing.T) {
	var base []*content.Article
	for _, d := range []string{blindDir, blind2Dir, blind4Dir} {
		base = append(base, parseDir(t, d)...)
	}
	build := func(extra ...*content.Article) map[string]bool {
		return eventIDs(t, append(append([]*content.Article(nil), base...), extra...))
	}
	before := build()
	later := article("balkans-week", "2026-09-18", `ZAGREB, Sept 18 (Reuters) - Marija Kovač won the Zagreb mayoral runoff on Sunday, and Ivan Horvat conceded defeat the same night.

Belgian rail workers walked off the job on May 18 over pension reform.

Schools in Collier County will reopen on Wednesday.`)
	after := build(later)
	for id := range before {
		if !after[id] {
			t.Errorf("event %s lost its id when an article was added", id)
		}
	}
	if t.Failed() {
		for id := range after {
			if !before[id] {
				t.Logf("new id %s", id)
			}
		}
	}
}

// eventIDs extracts and merges arts and returns the ids of the events.
func eventIDs(t *testing.T, arts []*content.Article) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range extractMerge(t, arts...) {
		ids[e.ID] = true
	}
	return ids
}
