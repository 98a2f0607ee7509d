package timeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/render"
	"github.com/newsroom/timeline/timeline/timex"
)

// Kinds of Warning.
const (
	WarnUnresolvedDate = "unresolved-date" // a date expression that names no definite days
	WarnSingleSource   = "single-source"   // an event only one article reports
	WarnDisagreement   = "disagreement"    // an event's sources give different dates
	WarnNoEvents       = "no-events"       // an article with no dated events
	WarnDuplicate      = "duplicate"       // an article that repeats another
	WarnNoBaseURL      = "no-base-url"     // no absolute base URL: the feeds and calendar cannot hold absolute links
	WarnNoTitle        = "no-title"        // an article without a title: its pages show one made from its text
)

// Warning is something an editor should look at; unlike an error it does
// not stop a build.
type Warning struct {
	Path     string `json:"path"`           // the article's file, or timeline.toml
	Line     int    `json:"line,omitempty"` // 1-based; 0 when unknown or the whole file
	Kind     string `json:"kind"`           // one of the Warn constants
	Message  string `json:"message"`
	Event    string `json:"event,omitempty"`    // the event's id, for event warnings
	Sentence string `json:"sentence,omitempty"` // the sentence id, "s4"
}

// String formats the warning as "path:line: warning: message".
func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: warning: %s", w.Path, w.Line, w.Message)
	}
	return fmt.Sprintf("%s: warning: %s", w.Path, w.Message)
}

// Report is what Check found: the errors that would stop a build and the
// warnings, both in a stable order (by path, then line).
type Report struct {
	Errors   content.Errors
	Warnings []Warning
	Articles int // articles read (drafts left out)
	Events   int // events found
}

// OK reports whether the site builds: there are no errors.
func (r *Report) OK() bool { return len(r.Errors) == 0 }

// MarshalJSON writes the report for tools:
// {"ok": bool, "articles": n, "events": n,
// "errors": [{"path", "line", "message"}], "warnings": [Warning...]}.
// The lists are never null.
func (r *Report) MarshalJSON() ([]byte, error) {
	type jsonError struct {
		Path    string `json:"path"`
		Line    int    `json:"line,omitempty"`
		Message string `json:"message"`
	}
	doc := struct {
		OK       bool        `json:"ok"`
		Articles int         `json:"articles"`
		Events   int         `json:"events"`
		Errors   []jsonError `json:"errors"`
		Warnings []Warning   `json:"warnings"`
	}{OK: r.OK(), Articles: r.Articles, Events: r.Events, Errors: []jsonError{}, Warnings: r.Warnings}
	if doc.Warnings == nil {
		doc.Warnings = []Warning{}
	}
	for _, e := range r.Errors {
		msg := ""
		if e.Err != nil {
			msg = e.Err.Error()
		}
		doc.Errors = append(doc.Errors, jsonError{Path: e.Path, Line: e.Line, Message: msg})
	}
	return json.Marshal(doc)
}

// checkInput is what the warnings are computed from: the parsed articles
// with their sources' bytes (for line numbers), their mentions, and the
// merged events.
type checkInput struct {
	articles []*content.Article
	sources  map[string][]byte // by article slug; may lack an entry
	mentions map[string][]events.Mention
	events   []events.Event
	tagger   func(string, time.Time) []timex.Timex
}

// warnings computes every warning over in, sorted by path, line, kind.
func warnings(in checkInput) []Warning {
	var ws []Warning
	bySlug := map[string]*content.Article{}
	for _, a := range in.articles {
		bySlug[a.Slug] = a
	}
	locate := func(a *content.Article, sentence, phrase string) int {
		return sourceLine(in.sources[a.Slug], a, sentence, phrase)
	}

	// Date expressions that name no definite days.
	if in.tagger != nil {
		for _, a := range in.articles {
			for _, s := range a.Sentences {
				for _, t := range in.tagger(a.Quote(s), a.Meta.Date) {
					if !unresolved(t) {
						continue
					}
					ws = append(ws, Warning{
						Path: a.Path, Line: locate(a, s.ID, t.Text), Kind: WarnUnresolvedDate, Sentence: s.ID,
						Message: fmt.Sprintf("could not resolve the date %q to definite days; give the event a date in the frontmatter's events if it matters", t.Text),
					})
				}
			}
		}
	}

	// Events: single sources and disagreements.
	cited := map[string]bool{}
	for _, e := range in.events {
		arts := map[string]bool{}
		for _, s := range e.Sources {
			arts[s.Article] = true
			cited[s.Article] = true
		}
		if len(e.Sources) == 0 {
			continue
		}
		first := e.Sources[0]
		a := bySlug[first.Article]
		if a == nil {
			continue
		}
		if len(arts) == 1 {
			ws = append(ws, Warning{
				Path: a.Path, Line: locate(a, sentenceOf(first.URL), first.Expression), Kind: WarnSingleSource,
				Event: e.ID, Sentence: sentenceOf(first.URL),
				Message: fmt.Sprintf("event %s (%s, %s) has a single source", e.ID, e.Title, e.Date.Label),
			})
		}
		if d := disagreement(e); d != "" {
			ws = append(ws, Warning{
				Path: a.Path, Line: locate(a, sentenceOf(first.URL), first.Expression), Kind: WarnDisagreement,
				Event: e.ID, Sentence: sentenceOf(first.URL),
				Message: fmt.Sprintf("the sources of event %s (%s) disagree on its date: %s", e.ID, e.Title, d),
			})
		}
	}

	// Articles without a title.
	for _, a := range in.articles {
		if a.Meta.Untitled {
			ws = append(ws, Warning{Path: a.Path, Line: a.Meta.SlugLine, Kind: WarnNoTitle,
				Message: fmt.Sprintf("no title: the pages show %q instead; give the headline as title: in the frontmatter", a.Meta.Title)})
		}
	}

	// Articles with no dated events.
	for _, a := range in.articles {
		if len(in.mentions[a.Slug]) == 0 && !cited[a.Slug] {
			ws = append(ws, Warning{Path: a.Path, Kind: WarnNoEvents,
				Message: "no dated events found in this article"})
		}
	}

	ws = append(ws, duplicates(in.articles)...)
	sort.SliceStable(ws, func(i, j int) bool {
		a, b := ws[i], ws[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Kind < b.Kind
	})
	return ws
}

// unresolved reports whether a date expression names no definite days
// although it is meant to: a date or time whose value keeps unknown digits
// ("XXXX-WXX-2": a weekday the tense did not place) or is empty. Durations,
// sets and deliberately vague references ("recently": PAST_REF) are not.
func unresolved(t timex.Timex) bool {
	if t.Type != timex.Date && t.Type != timex.Time {
		return false
	}
	if !t.Interval.IsZero() {
		return false
	}
	return t.Value == "" || strings.Contains(t.Value, "X")
}

// disagreement describes how an event's sources disagree on its date, or
// returns "" when they agree (one reading, or readings that only refine
// each other are merged by package events and not listed as Readings).
func disagreement(e events.Event) string {
	if len(e.Readings) < 2 {
		return ""
	}
	var labels []string
	for _, r := range e.Readings {
		l := r.Label
		if l == "" {
			l = r.Value
		}
		if !slices.Contains(labels, l) {
			labels = append(labels, l)
		}
	}
	if len(labels) < 2 {
		return ""
	}
	return strings.Join(labels, " / ")
}

// sentenceOf returns the sentence id of a source URL ("articles/x/#s4" →
// "s4"), or "".
func sentenceOf(url string) string {
	if i := strings.LastIndexByte(url, '#'); i >= 0 {
		return url[i+1:]
	}
	return ""
}

// sourceLine finds the line of the source file on which the sentence with
// the given id is written, and on it or after it the phrase (a date
// expression), if given. The article's text is plain text while the file
// is Markdown, so the sentence is looked for by its first words, fewer and
// fewer until they are found. It returns 0 when src is nil or the sentence
// cannot be found.
func sourceLine(src []byte, a *content.Article, id, phrase string) int {
	if src == nil || id == "" {
		return 0
	}
	var text string
	for _, s := range a.Sentences {
		if s.ID == id {
			text = a.Quote(s)
			break
		}
	}
	if text == "" {
		return 0
	}
	// Skip the frontmatter: the body starts after its closing line.
	body := 0
	if bytes.HasPrefix(src, []byte("---")) || bytes.HasPrefix(src, []byte("+++")) {
		fence := src[:3]
		if i := bytes.Index(src[3:], append([]byte("\n"), fence...)); i >= 0 {
			body = 3 + i + 4
		}
	}
	words := strings.Fields(text)
	at := -1
	for n := min(len(words), 8); n >= 2 && at < 0; n-- {
		at = bytes.Index(src[body:], []byte(strings.Join(words[:n], " ")))
	}
	if at < 0 {
		return 0
	}
	at += body
	if phrase != "" {
		// The expression, within the sentence's reach.
		end := min(len(src), at+len(text)+len(text)/2+64)
		if i := bytes.Index(src[at:end], []byte(phrase)); i >= 0 {
			at += i
		}
	}
	return 1 + bytes.Count(src[:at], []byte("\n"))
}

// Duplicate detection: articles are compared by their sets of word
// 5-shingles. A MinHash signature of each set, cut into bands, finds the
// candidate pairs without comparing every article with every other; each
// candidate pair is then measured exactly.
const (
	shingleWords   = 5
	minhashes      = 32
	bandRows       = 4
	duplicateRatio = 0.7 // Jaccard similarity from which two articles are likely duplicates
)

func shingles(text string) map[uint64]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < shingleWords {
		return nil
	}
	set := make(map[uint64]bool, len(words))
	h := fnv.New64a()
	for i := 0; i+shingleWords <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set[h.Sum64()] = true
	}
	return set
}

// mix is a 64-bit hash finaliser (splitmix64), used to derive the MinHash
// functions from one shingle hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func duplicates(arts []*content.Article) []Warning {
	sets := make([]map[uint64]bool, len(arts))
	buckets := map[[2]uint64][]int{}
	for i, a := range arts {
		sets[i] = shingles(a.Text)
		if len(sets[i]) == 0 {
			continue
		}
		var sig [minhashes]uint64
		for k := range sig {
			sig[k] = ^uint64(0)
		}
		for s := range sets[i] {
			for k := range sig {
				if v := mix(s ^ uint64(k)*0x9e3779b97f4a7c15); v < sig[k] {
					sig[k] = v
				}
			}
		}
		for band := 0; band < minhashes/bandRows; band++ {
			h := uint64(band)
			for _, v := range sig[band*bandRows : (band+1)*bandRows] {
				h = mix(h ^ v)
			}
			key := [2]uint64{uint64(band), h}
			buckets[key] = append(buckets[key], i)
		}
	}
	// Within a bucket, compare each article with a few before it: members
	// of one bucket are alike, so this finds every duplicate without the
	// square of a large bucket.
	pairs := map[[2]int]bool{}
	for _, b := range buckets {
		for y := 1; y < len(b); y++ {
			for x := max(0, y-8); x < y; x++ {
				pairs[[2]int{b[x], b[y]}] = true
			}
		}
	}
	type match struct {
		other int
		j     float64
	}
	best := map[int]match{} // by the later article's index
	for p := range pairs {
		a, b := sets[p[0]], sets[p[1]]
		inter := 0
		for s := range a {
			if b[s] {
				inter++
			}
		}
		j := float64(inter) / float64(len(a)+len(b)-inter)
		if j < duplicateRatio {
			continue
		}
		// Warn on the later file in path order, naming the earlier.
		xi, yi := p[0], p[1]
		if arts[yi].Path < arts[xi].Path {
			xi, yi = yi, xi
		}
		if m, ok := best[yi]; ok && (m.j > j || m.j == j && arts[m.other].Path < arts[xi].Path) {
			continue
		}
		best[yi] = match{xi, j}
	}
	var ws []Warning
	for yi, m := range best {
		ws = append(ws, Warning{Path: arts[yi].Path, Kind: WarnDuplicate,
			Message: fmt.Sprintf("likely a duplicate of %s (%.0f%% of their text in common)", arts[m.other].Path, 100*m.j)})
	}
	return ws
}

// Check reads and analyses the site as Build would, renders it in memory to
// find template problems, and writes nothing but the build cache: its
// Report holds the errors that would stop a build and the warnings an
// editor should look at. The error result is for a check that could not
// run at all (a refused destination, a cancelled context).
func Check(ctx context.Context, cfg Config) (*Report, error) {
	return check(ctx, cfg, defaultStages(), timex.Find)
}

func check(ctx context.Context, cfg Config, st stages, tagger func(string, time.Time) []timex.Timex) (*Report, error) {
	a, err := analyze(ctx, cfg, st, true)
	if err != nil {
		return nil, err
	}
	r := &Report{Articles: len(a.arts), Events: len(a.events)}
	if len(a.errs) == 0 {
		if _, err := a.render(ctx); err != nil {
			es, ok := content.AsErrors(err)
			if !ok {
				return nil, err
			}
			a.errs = append(a.errs, es...)
		}
	}
	_ = a.saveCache()
	r.Errors = sortErrors(a.errs)
	sources := map[string][]byte{}
	for _, f := range a.articles {
		if f.article != nil {
			sources[f.article.Slug] = f.src
		}
	}
	r.Warnings = warnings(checkInput{
		articles: a.arts,
		sources:  sources,
		mentions: a.mentions,
		events:   a.events,
		tagger:   tagger,
	})
	if w, ok := baseURLWarning(a); ok {
		r.Warnings = append(r.Warnings, w)
	}
	return r, nil
}

// baseURLWarning warns when the site has no absolute base URL (none, or a
// path such as "/news/"): its feeds and calendar then link by relative
// paths, which feed readers and calendar apps cannot follow, and their
// entry ids hold "localhost", so setting the URL later gives every entry a
// new id. ok is false when the base URL is absolute or is itself an error.
func baseURLWarning(a *analysis) (Warning, bool) {
	u, err := render.ParseBaseURL(a.settings.BaseURL)
	if err != nil || u.IsAbs() {
		return Warning{}, false
	}
	what := "base_url is not set"
	if a.settings.BaseURL != "" {
		what = fmt.Sprintf("base_url %q is a path, not a full address", a.settings.BaseURL)
	}
	return Warning{
		Path: filepath.Join(a.src, siteConfigFile), Line: a.settings.baseURLLine, Kind: WarnNoBaseURL,
		Message: what + `: feed.atom, feed.json and timeline.ics need it for absolute links (their entry ids would hold "localhost"); ` +
			`set base_url = "https://example.org/news/timeline/" to where the site will be served before the first deploy (or build with --base-url), as changing it later makes feed readers show every entry again`,
	}, true
}
