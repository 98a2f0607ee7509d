// Package timeline builds a static timeline site from a folder of articles:
// Build reads content/*.md, finds and merges their dated events, and writes
// the site into the destination folder.
package timeline

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/trace"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/render"
)

// Config says what to build. The zero value builds the site in the current
// folder into ./public.
type Config struct {
	Source      string // the site root holding content/, templates/ and timeline.toml; default "."
	Destination string // default <Source>/public
	BaseURL     string // overrides timeline.toml's base_url

	// CacheDir holds the build cache; default <Source>/.timeline-cache.
	// NoCache turns the cache off: every article is parsed and extracted.
	CacheDir string
	NoCache  bool

	// Progress, when not nil, is called as the build advances (from
	// several goroutines at once: it must be safe for concurrent use).
	Progress func(Progress)
}

// Result summarises a build.
type Result struct {
	Articles, Events, Pages int
	Files                   int    // every file written, pages included
	Destination             string // the folder written, as the user named it

	// Extracted counts the articles parsed and extracted anew; the others
	// came from the build cache.
	Extracted int
	// Unchanged counts the output files left in place as the last build
	// wrote them (same bytes, same time): only the others were written.
	Unchanged int
}

// Build builds the site described by cfg: it parses every content/*.md of
// the source folder, extracts and merges their events, renders the pages and
// replaces the destination folder with the new site in one swap.
//
// Problems in the user's files (articles, timeline.toml, templates) are all
// collected and returned together as content.Errors, sorted by path and
// line; then, as on any error, the destination is left untouched. Build
// refuses a destination that is the source folder, its content/ or
// templates/ folder, a parent of the source, the file system root, or an
// existing non-empty folder that is not a built site (has no timeline.json).
// It never deletes anything outside the destination.
func Build(ctx context.Context, cfg Config) (*Result, error) {
	return build(ctx, cfg, defaultStages())
}

// defaultStages are the real stages of a build.
func defaultStages() stages {
	return stages{
		parse:      content.Parse,
		parseSum:   content.ParseSum,
		extract:    events.Extract,
		merge:      events.MergeOwned,
		mergeOwned: events.MergeArticlesOwned,
		cacheID:    "content.Parse+events.Extract",
	}
}

// stages are the per-article and whole-site steps of a build, passed in so
// that tests can build whole sites around a stand-in.
type stages struct {
	parse func(path string, src []byte) (*content.Article, error)
	// parseSum, when not nil, is parse for a file whose SHA-256 the
	// build has taken (see content.ParseSum): the build cache's key and
	// the article's Hash then share one pass over the file.
	parseSum func(path string, src []byte, sum [sha256.Size]byte) (*content.Article, error)
	extract  func(a *content.Article, opts events.Options) []events.Mention
	merge    func(ms []events.Mention, arts map[string]*content.Article, opts events.Options) ([]events.Event, error)
	// mergeArticles, when not nil, is used instead of merge with each
	// article's mentions as they are (see events.Merger.MergeArticles):
	// no list of every mention is made.
	mergeArticles func(slugs []string, ms map[string][]events.Mention, arts map[string]*content.Article, opts events.Options) ([]events.Event, error)
	// mergeOwned, when not nil, is used instead of merge by a lean build
	// (see analysis.lean), which hands each article's mentions over as
	// they are (see events.MergeArticlesOwned).
	mergeOwned func(slugs []string, ms map[string][]events.Mention, arts map[string]*content.Article, opts events.Options) ([]events.Event, error)
	extra      []render.Generator

	// cacheID names the parse and extract stages for the build cache; ""
	// turns the cache off (as for test stand-ins).
	cacheID string

	// loaded, when not nil, is called with each article read and its
	// mentions, once it is extracted and cached (from several goroutines
	// at once).
	loaded func(*content.Article, []events.Mention)
}

func build(ctx context.Context, cfg Config, st stages) (*Result, error) {
	return buildIn(ctx, cfg, st, nil)
}

// buildIn is build keeping its state in b, when not nil (see Builder).
func buildIn(ctx context.Context, cfg Config, st stages, b *Builder) (*Result, error) {
	var record func(*Result)
	var l learnt
	if src, realDest, err := destinationOf(cfg); err == nil {
		var res *Result
		// A Builder's first build reads the site even when it is up to
		// date: the rebuilds after it need what it learns.
		if res, record, l = upToDateIn(cfg, src, realDest, st.cacheID, b); res != nil && (b == nil || b.warm()) {
			res.Destination = cfg.Destination
			if res.Destination == "" {
				res.Destination = filepath.Join(src, "public")
			}
			return res, nil
		}
		if b != nil && b.manifest != nil {
			b.early = verifyEarly(realDest, b.manifest)
		}
	}
	if b != nil && b.early != nil {
		// Never left running past this build, whatever its end.
		defer func() {
			if v := b.early; v != nil {
				<-v.done
				b.early = nil
			}
		}()
	}
	var spill *bodySpill
	if b == nil {
		// A one-shot build keeps the articles' bodies out of memory
		// until their pages are rendered (see bodySpill), and lets
		// their texts and sentences go once extracted (see compactText
		// and dropSentences).
		if spill, _ = newBodySpill(""); spill != nil {
			defer spill.close()
		}
		st.loaded = func(art *content.Article, ms []events.Mention) {
			if spill != nil {
				spill.put(art)
			}
			compactText(art, ms)
			dropSentences(art)
		}
	}
	a, err := analyzeIn(ctx, cfg, st, false, b, l)
	if err != nil {
		return nil, err
	}
	a.builder, a.spill = b, spill
	if len(a.errs) > 0 {
		return nil, sortErrors(a.errs)
	}
	region := trace.StartRegion(ctx, "write")
	files, unchanged, err := a.write(ctx)
	region.End()
	if err != nil {
		return nil, err
	}
	// A cache that cannot be saved costs the next build time, not
	// correctness: the error is not the build's.
	_ = a.saveCache()
	if b != nil {
		b.opened(a.cache)
	}
	res := &Result{
		Articles:    len(a.site.Articles),
		Events:      len(a.site.Events),
		Pages:       render.Pages(files),
		Files:       len(files),
		Destination: a.dest,
		Extracted:   a.extracted,
		Unchanged:   unchanged,
	}
	if record != nil {
		record(res)
	}
	return res, nil
}

// analysis is a site read and understood, before rendering: its settings,
// articles, mentions and events, and every problem found in them.
type analysis struct {
	cfg       Config
	src, dest string
	realDest  string
	settings  siteConfig
	articles  []analysed // every article file, in name order
	arts      []*content.Article
	mentions  map[string][]events.Mention // by article slug
	events    []events.Event
	site      *render.Site
	templates *render.Templates
	tplSum    []byte // of the templates' files (see templatesSum); nil when unknown
	errs      content.Errors
	extracted int
	cache     *articleCache
	extra     []render.Generator
	builder   *Builder // nil but for a Builder's builds

	// lean: the build keeps nothing past its use (see analyzeIn); the
	// articles have no Text or Sentences once the events are merged.
	lean bool
	// spill, when not nil, holds the articles' bodies until rendering.
	spill *bodySpill
}

// analyze reads the site's settings and articles, extracts and merges the
// events, and collects every problem in a.errs. It returns an error only
// when the build cannot proceed at all (a refused destination, a cancelled
// context).
func analyze(ctx context.Context, cfg Config, st stages, keepSources bool) (*analysis, error) {
	return analyzeIn(ctx, cfg, st, keepSources, nil, learnt{})
}

// analyzeIn is analyze using the build cache b keeps open, when b is not
// nil, and what the no-change check learnt (l) before the build.
func analyzeIn(ctx context.Context, cfg Config, st stages, keepSources bool, b *Builder, l learnt) (*analysis, error) {
	src, realDest, err := destinationOf(cfg)
	if err != nil {
		return nil, err
	}
	dest := cfg.Destination
	if dest == "" {
		dest = filepath.Join(src, "public")
	}
	a := &analysis{cfg: cfg, src: src, dest: dest, realDest: realDest, extra: st.extra}

	site, err := loadSiteConfig(src)
	if err != nil {
		a.errs = appendErr(a.errs, filepath.Join(src, siteConfigFile), err)
	}
	if cfg.BaseURL != "" {
		site.BaseURL = cfg.BaseURL
	}
	if _, err := render.ParseBaseURL(site.BaseURL); err != nil {
		if cfg.BaseURL != "" {
			return nil, fmt.Errorf("--base-url: %w", err)
		}
		a.errs = append(a.errs, &content.Error{Path: filepath.Join(src, siteConfigFile), Line: site.baseURLLine, Err: err})
	}
	a.settings = site

	opts := events.Options{PeopleAliases: site.Aliases.People, PlaceAliases: site.Aliases.Places}
	if st.cacheID != "" && !cfg.NoCache {
		dir := cacheDir(cfg, src)
		// A cache that cannot be opened only costs time.
		if b != nil {
			a.cache, _ = b.openCache(dir, st.cacheID, l.program, opts)
		} else if a.cache, _ = openArticleCache(dir, st.cacheID, l.program, opts); a.cache != nil && !keepSources {
			// The folder was listed, in name order, just before
			// (each file looked at then, or by articleStage just
			// before it reads it): the articles are those, as the
			// fingerprint records them, not a second listing's.
			a.cache.seen = l.seen
		}
	}
	if l.lookAt != nil && (a.cache == nil || a.cache.seen == nil) {
		// The articles are read from another listing: the files the
		// fingerprint names are looked at before any is read.
		l.lookAt()
	}
	// Regions name the stages in an execution trace (timeline build
	// --trace FILE); they cost nothing when no trace is taken.
	region := trace.StartRegion(ctx, "articles")
	files, extracted, err := articleStage(ctx, src, opts, st, a.cache, keepSources, cfg.Progress)
	region.End()
	if err != nil {
		var errs content.Errors
		if errors.As(err, &errs) {
			a.errs = append(a.errs, errs...)
			return a, nil
		}
		return nil, err
	}
	a.articles, a.extracted = files, extracted

	var perrs content.Errors
	a.arts, a.mentions, perrs = publishable(files)
	a.errs = append(a.errs, perrs...)

	// A one-shot build (no Builder keeping its state, no check wanting
	// the mentions back) lets what it no longer needs go as soon as it
	// can: the mentions once merged, the articles' texts once the events
	// no longer point into them, the bodies once their pages are written
	// (see renderTo). It lowers the build's peak memory.
	a.lean = b == nil && !keepSources
	region = trace.StartRegion(ctx, "merge")
	bySlug := make(map[string]*content.Article, len(a.arts))
	for _, art := range a.arts {
		bySlug[art.Slug] = art
	}
	var evs []events.Event
	slugs := func() []string {
		out := make([]string, len(a.arts))
		for i, art := range a.arts {
			out[i] = art.Slug
		}
		return out
	}
	switch {
	case st.mergeArticles != nil:
		evs, err = st.mergeArticles(slugs(), a.mentions, bySlug, opts)
	case a.lean && st.mergeOwned != nil:
		// The lists are handed over: nothing here uses them again.
		ms := a.mentions
		a.mentions = nil
		for i := range files {
			files[i].mentions = nil
		}
		evs, err = st.mergeOwned(slugs(), ms, bySlug, opts)
	default:
		n := 0
		for _, art := range a.arts {
			n += len(a.mentions[art.Slug])
		}
		all := make([]events.Mention, 0, n)
		for _, art := range a.arts {
			all = append(all, a.mentions[art.Slug]...)
			if a.lean {
				delete(a.mentions, art.Slug)
			}
		}
		if a.lean {
			for i := range files {
				files[i].mentions = nil
			}
		}
		evs, err = st.merge(all, bySlug, opts)
	}
	if err != nil {
		a.errs = appendErr(a.errs, "", err)
	}
	a.events = evs
	if a.lean {
		detach(evs)
		for _, art := range a.arts {
			art.Text, art.Sentences = "", nil
		}
	}
	region.End()
	// Template problems are found before rendering, with the others.
	tpl, sum, err := loadTemplates(src, b)
	if err != nil {
		a.errs = appendErr(a.errs, filepath.Join(src, "templates"), err)
	}
	// The render uses the templates Check parsed.
	a.templates, a.tplSum = tpl, sum
	if cfg.Progress != nil {
		cfg.Progress(Progress{Articles: len(files), Total: len(files), Events: len(evs)})
	}
	return a, nil
}

// destinationOf returns cfg's source folder and its checked destination,
// absolute with symbolic links resolved (see checkDestination).
func destinationOf(cfg Config) (src, realDest string, err error) {
	src = cfg.Source
	if src == "" {
		src = "."
	}
	dest := cfg.Destination
	if dest == "" {
		dest = filepath.Join(src, "public")
	}
	realDest, err = checkDestination(src, dest)
	return src, realDest, err
}

// render renders the analysed site into files, in memory.
func (a *analysis) render(ctx context.Context) ([]render.File, error) {
	return a.renderMemo(ctx, nil)
}

// renderMemo renders the analysed site, skipping the pages memo keeps.
func (a *analysis) renderMemo(ctx context.Context, memo *render.Memo) ([]render.File, error) {
	if err := a.prepareSite(); err != nil {
		return nil, err
	}
	if a.spill != nil {
		if err := a.spill.restore(); err != nil {
			return nil, err
		}
	}
	// timeline.json and the feeds beside the pages: an incremental build
	// renders few pages, and the two large files, one core each, then
	// keep both cores busy from the start.
	return render.RenderMemo(ctx, a.site, a.templates, overlapPages(render.Generators(a.extra...)), memo)
}

// renderTo renders the analysed site straight into its destination,
// replacing it whole, without holding the site in memory (render.RenderTo);
// memo only records the pages' fingerprints. It returns the files written
// (without their bytes) and the destination's manifest.
func (a *analysis) renderTo(ctx context.Context, memo *render.Memo) ([]render.File, *render.Manifest, error) {
	if err := a.prepareSite(); err != nil {
		return nil, nil, err
	}
	gens := render.Generators(a.extra...)
	if a.lean {
		gens = releaseBodies(gens, a.arts, a.spill)
	}
	return render.RenderTo(ctx, a.realDest, a.site, a.templates, overlap(gens), memo)
}

// overlap returns gens with the generators that each make one large file
// on one core (timeline.json, the feeds) run beside the event pages, which
// are rendered several at once: both cores stay busy. The files written
// are the same; only their order of writing changes.
func overlap(gens []render.Generator) []render.Generator {
	ptr := func(g render.Generator) uintptr { return reflect.ValueOf(g).Pointer() }
	single := map[uintptr]bool{ptr(render.TimelineJSON): true, ptr(render.Feeds): true}
	pages := -1
	var out, side []render.Generator
	for _, g := range gens {
		switch {
		case single[ptr(g)]:
			side = append(side, g)
		case ptr(g) == ptr(render.Events) && pages < 0:
			pages = len(out)
			out = append(out, g)
		default:
			out = append(out, g)
		}
	}
	if pages < 0 || len(side) == 0 {
		return gens
	}
	out[pages] = together(append([]render.Generator{out[pages]}, side...))
	return out
}

// overlapPages is overlap for a render that keeps its pages (an
// incremental one): the generators that each make one large file run
// beside all the built-in generators of pages and assets before them
// (Static to NotFound, in turn), not only the event pages; the others run
// after, in order. The files made are the same; only their order of
// making changes. Without such a run of generators it is overlap.
func overlapPages(gens []render.Generator) []render.Generator {
	ptr := func(g render.Generator) uintptr { return reflect.ValueOf(g).Pointer() }
	single := map[uintptr]bool{ptr(render.TimelineJSON): true, ptr(render.Feeds): true}
	pages := map[uintptr]bool{}
	for _, g := range []render.Generator{render.Static, render.Index, render.Articles, render.Events, render.People, render.Places, render.NotFound} {
		pages[ptr(g)] = true
	}
	var inOrder, side []render.Generator
	n := 0
	for _, g := range gens {
		if single[ptr(g)] {
			side = append(side, g)
		} else if pages[ptr(g)] {
			inOrder = append(inOrder, g)
		} else {
			break
		}
		n++
	}
	if len(inOrder) == 0 || len(side) == 0 {
		return overlap(gens)
	}
	return append([]render.Generator{together(append([]render.Generator{inTurn(inOrder)}, side...))}, gens[n:]...)
}

// inTurn returns a generator running gens one after the other, as a
// render does: the problems in the user's files all of them find are
// returned together (content.Errors); any other error stops it.
func inTurn(gens []render.Generator) render.Generator {
	return func(ctx context.Context, s *render.Site, o *render.Output) error {
		var all content.Errors
		for _, g := range gens {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := g(ctx, s, o); err != nil {
				es, ok := content.AsErrors(err)
				if !ok {
					return err
				}
				all = append(all, es...)
			}
		}
		if len(all) > 0 {
			return all
		}
		return nil
	}
}

// together returns a generator running gens at once. Its error holds the
// problems in the user's files all of them found (content.Errors), or is
// the first other error.
func together(gens []render.Generator) render.Generator {
	return func(ctx context.Context, s *render.Site, o *render.Output) error {
		errs := make([]error, len(gens))
		var wg sync.WaitGroup
		for i, g := range gens {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = g(ctx, s, o)
			}()
		}
		wg.Wait()
		return content.Join(errs...)
	}
}

// releaseBodies returns gens with the articles' HTML bodies brought back
// from spill (when not nil) just before render.Articles, the only
// generator that shows them, and let go once it has run: a lean build's
// other pages then run with less memory held.
func releaseBodies(gens []render.Generator, arts []*content.Article, spill *bodySpill) []render.Generator {
	articles := reflect.ValueOf(render.Articles).Pointer()
	out := make([]render.Generator, len(gens))
	for i, g := range gens {
		out[i] = g
		if reflect.ValueOf(g).Pointer() != articles {
			continue
		}
		out[i] = func(ctx context.Context, s *render.Site, o *render.Output) error {
			if spill != nil {
				if err := spill.restore(); err != nil {
					return err
				}
			}
			err := g(ctx, s, o)
			for _, art := range arts {
				art.HTML = ""
			}
			return err
		}
	}
	return out
}

// dropSentences lets go of the sentences of a lean build's article once
// its mentions are extracted and cached: nothing before its pages are
// rendered reads them but an editor's added event (events: in the
// frontmatter), which quotes its sentence, and the render of a lean build
// does not (see analyzeIn). They are a tenth of the live memory of the
// merge, and every one holds a pointer that the garbage collector scans.
func dropSentences(art *content.Article) {
	if len(art.Meta.Events) == 0 {
		art.Sentences = nil
	}
}

// detach copies the strings of evs that may be cut from the articles'
// texts (a mention's quote, expression, names and words are), so that the
// texts can be let go; repeated names and labels are shared. The events
// are detached in a few runs at once, each sharing its own strings.
func detach(evs []events.Event) {
	workers := min(runtime.GOMAXPROCS(0), len(evs)/1024+1)
	if workers <= 1 {
		detachRun(evs)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { detachRun(evs[w*len(evs)/workers : (w+1)*len(evs)/workers]) })
	}
	wg.Wait()
}

// detachRun is detach of one run of events.
func detachRun(evs []events.Event) {
	seen := map[string]string{}
	share := func(s *string) {
		if t, ok := seen[*s]; ok {
			*s = t
		} else if *s != "" {
			t = strings.Clone(*s)
			seen[t] = t
			*s = t
		}
	}
	shareAll := func(ss []string) {
		for i := range ss {
			share(&ss[i])
		}
	}
	date := func(d *events.Date) {
		for _, s := range []*string{&d.Value, &d.Start, &d.End, &d.Granularity, &d.Label} {
			share(s)
		}
	}
	for i := range evs {
		e := &evs[i]
		// Ids and URLs are made anew (see events.Event): only the
		// title and summary may be cut from a text.
		for _, s := range []*string{&e.Title, &e.Summary} {
			*s = strings.Clone(*s)
		}
		share(&e.Kind)
		date(&e.Date)
		for j := range e.Readings {
			date(&e.Readings[j])
		}
		shareAll(e.Places)
		shareAll(e.People)
		for j := range e.Sources {
			src := &e.Sources[j]
			src.Quote = strings.Clone(src.Quote)
			for _, s := range []*string{&src.Article, &src.Title, &src.Publisher, &src.Published, &src.OriginalURL, &src.Expression, &src.Value} {
				share(s)
			}
		}
	}
}

// prepareSite sets a.site and a.templates from the analysis.
func (a *analysis) prepareSite() error {
	s, err := render.NewSite(render.Config{
		Title:       a.settings.Title,
		Description: a.settings.Description,
		Language:    a.settings.Language,
		BaseURL:     a.settings.BaseURL,
		Params:      a.settings.Params,
		FeedEntries: a.settings.FeedEntries,
	}, a.arts, a.events)
	if err != nil {
		return err
	}
	a.site = s
	if a.templates == nil {
		a.templates = render.NewTemplates(filepath.Join(a.src, "templates"), templates.FS())
	}
	return nil
}

// saveCache writes what this build added to the cache.
func (a *analysis) saveCache() error {
	if a.cache == nil {
		return nil
	}
	if err := a.cache.store.Save(); err != nil {
		return err
	}
	writeCacheTag(a.cache.dir)
	return nil
}

// publishable returns the published articles (drafts left out) of the
// analysed files in file name order, their mentions by slug, and every
// problem found: unreadable files, parse errors, unsafe or duplicate slugs.
func publishable(files []analysed) ([]*content.Article, map[string][]events.Mention, content.Errors) {
	var errs content.Errors
	var out []*content.Article
	mentions := map[string][]events.Mention{}
	first := map[string]string{} // slug -> path of the first article with it
	for _, f := range files {
		p := f.path
		if f.err != nil {
			errs = appendErr(errs, p, f.err)
			continue
		}
		a := f.article
		if a == nil || a.Meta.Draft {
			continue
		}
		if msg := unsafeSlug(a.Slug); msg != "" {
			errs = append(errs, &content.Error{Path: p, Line: a.Meta.SlugLine, Err: fmt.Errorf("slug %q %s", a.Slug, msg)})
			continue
		}
		if prev, dup := first[a.Slug]; dup {
			errs = append(errs, &content.Error{Path: p, Line: a.Meta.SlugLine, Err: fmt.Errorf("duplicate slug %q: %s has it too (each article needs its own slug: set slug: to another one)", a.Slug, prev)})
			continue
		}
		first[a.Slug] = p
		out = append(out, a)
		mentions[a.Slug] = f.mentions
	}
	return out, mentions, errs
}

// unsafeSlug says why slug cannot name a folder under articles/, or "".
func unsafeSlug(slug string) string {
	switch {
	case slug == "":
		return "is empty"
	case slug == "." || slug == "..":
		return "would escape the articles folder"
	case strings.ContainsAny(slug, `/\`):
		return "would escape the articles folder (it holds a slash)"
	case strings.IndexFunc(slug, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) >= 0:
		return "holds spaces or control characters"
	}
	return ""
}

// appendErr adds err to errs, unpacking content.Errors and wrapping any
// other error as a problem of the file at path.
func appendErr(errs content.Errors, path string, err error) content.Errors {
	if es, ok := content.AsErrors(err); ok {
		return append(errs, es...)
	}
	return append(errs, &content.Error{Path: path, Err: err})
}

// sortErrors orders errors by path, then line, keeping the order of equals.
func sortErrors(errs content.Errors) content.Errors {
	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].Path != errs[j].Path {
			return errs[i].Path < errs[j].Path
		}
		return errs[i].Line < errs[j].Line
	})
	return errs
}
