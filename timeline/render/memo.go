package render

import (
	"encoding/binary"
	"html/template"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/newsroom/timeline/timeline/cache"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/feed"
)

// Sum is a fingerprint of the inputs a page was rendered from.
type Sum [16]byte

// A Memo lets a render skip pages whose inputs have not changed since the
// last build, whose output is known to be in place: an article or event
// page is a function of the templates, the site's settings and the page's
// own article or event, as long as its templates do not reach into the
// whole site (.Site.Articles, .Site.Events, .Site.Years, or .Site itself).
// Pages whose templates do (the index) are always rendered.
//
// A Memo is used by one render at a time; within it, it is safe for
// concurrent use (pages render in parallel).
type Memo struct {
	// Salt is what every page depends on besides its own data: the
	// program's version, the templates' bytes and the site's settings.
	Salt []byte
	// Previous holds the fingerprints of the last build's pages by path.
	Previous map[string]Sum

	// Current receives the fingerprints of this render's memoizable
	// pages; Kept the paths of the pages skipped because their
	// fingerprint is unchanged: their files were not rendered (Files
	// lists them with nil Data) and must be kept as they are.
	Current map[string]Sum
	Kept    map[string]bool

	// Feeds, when not nil, keeps the calendar's and TimelineJS file's
	// part of each event from one build to the next (see Feeds); the
	// caller keeps it between builds.
	Feeds *feed.Memo
	// EventJSON, when not nil, keeps each event's JSON in timeline.json
	// from one build to the next; the caller keeps it between builds.
	EventJSON *EventJSON
	// EventSums, when not nil, keeps the events' fingerprints from one
	// build to the next (see EventSums); the caller keeps it between
	// builds.
	EventSums *EventSums
	sumsOnce  sync.Once

	mu       sync.Mutex
	entities *Sum // the people and places with pages, once computed
	position map[*events.Event]int
	events   map[*events.Event]Sum
	articles map[*Article]Sum      // see articleSum
	links    map[*events.Event]Sum // see eventLinks
	parts    map[*TimelinePart]Sum // see partSum
	codec    *cache.Codec[events.Event]
}

// NewMemo returns a Memo over the fingerprints of the previous build.
func NewMemo(salt []byte, previous map[string]Sum) *Memo {
	codec, _ := cache.NewCodec[events.Event]() // events.Event is plain data; a nil codec only disables memoizing
	return &Memo{
		Salt: salt, Previous: previous,
		Current: make(map[string]Sum, len(previous)), Kept: make(map[string]bool, len(previous)),
		events: map[*events.Event]Sum{}, codec: codec,
	}
}

// skip records p's fingerprint and reports whether its page can be kept
// from the last build; d is what the pages of its template depend on
// (Templates.depsOf). builtin says that the template's set is the
// built-in templates, whose pages link only the people and places of the
// events they show.
func (m *Memo) skip(d deps, p *Page, builtin bool) bool {
	if m == nil || m.codec == nil {
		return false
	}
	if !d.local || d.timeline && p.Part == nil {
		// A template that reads the timeline's parts is page-local
		// only for a part's page: the index reads the whole timeline.
		return false
	}
	d.builtin = builtin
	fp := m.page(d.tmpl, p, d)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.Current[p.Path] = fp
	if prev, ok := m.Previous[p.Path]; ok && prev == fp {
		m.Kept[p.Path] = true
		return true
	}
	return false
}

func (m *Memo) page(tmpl string, p *Page, d deps) Sum {
	f := newFingerprint()
	defer f.release()
	str := f.str
	f.raw(m.Salt)
	for _, s := range []string{tmpl, p.Path, p.Root, p.Title, p.Canonical, p.Description} {
		str(s)
	}
	if a := p.Article; a != nil {
		str("article")
		// An article is a pure function of its file's path and bytes;
		// its fingerprint holds its events' (see articleSum), and is
		// made once a render for its page and the timeline's parts.
		as := m.articleSum(a)
		f.raw(as[:])
	}
	if p.Event != nil {
		str("event")
		fp := m.event(p.Event)
		f.raw(fp[:])
		if d.neighbours {
			prev, next := m.neighbours(p)
			f.raw(prev[:])
			f.raw(next[:])
		}
	}
	if e := p.Entity; e != nil {
		str("entity")
		for _, s := range []string{e.Name, e.Kind, e.Slug, e.Page} {
			str(s)
		}
		for _, ev := range e.Events {
			fp := m.event(ev)
			f.raw(fp[:])
		}
	}
	if d.part {
		// Which part lists each of the page's events.
		evs := []*events.Event{p.Event}
		if p.Article != nil {
			evs = append(evs, p.Article.Events...)
		}
		for _, e := range evs {
			key := ""
			if part := p.Site.partOf[e]; part != nil {
				key = part.Page
			}
			str(key)
		}
	}
	if d.entities {
		if d.builtin && p.Part == nil {
			m.linksOf(f, p)
		} else {
			fp := m.entitiesSum(p.Site)
			f.raw(fp[:])
		}
	}
	if d.timeline || d.parts || d.count {
		m.timelineSum(f, p, d)
	}
	return f.sum()
}

// event returns the fingerprint of e: every field of it (see
// writeEvent), computed once per render.
func (m *Memo) event(e *events.Event) Sum {
	m.mu.Lock()
	s, ok := m.events[e]
	m.mu.Unlock()
	if ok {
		return s
	}
	keep := m.EventSums
	var k eventKey
	if keep != nil {
		m.sumsOnce.Do(keep.begin)
		k = keyOf(e)
		s, ok = keep.lookup(k)
	}
	if !ok {
		f := newFingerprint()
		writeEvent(f, e)
		s = f.sum()
		f.release()
	}
	if keep != nil {
		keep.record(k, s)
	}
	m.mu.Lock()
	m.events[e] = s
	m.mu.Unlock()
	return s
}

// EventSums keeps, between builds of one site, the fingerprints of the
// last build's events by their fields, their lists identified by the
// arrays that hold them: an event a Merger kept shares its lists with the
// last build's, so that it is not fingerprinted again. The lists of the
// events given to a render must never be changed afterwards (nothing
// does). It holds the events of the last build only. The zero value is
// ready to use; it is safe for concurrent use.
type EventSums struct {
	mu         sync.Mutex
	prev, next map[eventKey]Sum
	// prevBy and nextBy hold the events with sources instead, by
	// their sources' array: a lookup hashes one address, not the
	// event's strings, then compares the whole key.
	prevBy, nextBy map[*events.Source]keyedSum
}

// keyedSum is an event's fingerprint with its key.
type keyedSum struct {
	k   eventKey
	sum Sum
}

// eventKey is an event's fields, each list by its first element's address
// and its length.
type eventKey struct {
	id, title, summary, kind, url string
	date                          events.Date
	readings                      *events.Date
	places, people                *string
	sources                       *events.Source
	nReadings, nPlaces, nPeople   int
	nSources                      int
}

func keyOf(e *events.Event) eventKey {
	k := eventKey{id: e.ID, title: e.Title, summary: e.Summary, kind: e.Kind, url: e.URL, date: e.Date,
		nReadings: len(e.Readings), nPlaces: len(e.Places), nPeople: len(e.People), nSources: len(e.Sources)}
	if len(e.Readings) > 0 {
		k.readings = &e.Readings[0]
	}
	if len(e.Places) > 0 {
		k.places = &e.Places[0]
	}
	if len(e.People) > 0 {
		k.people = &e.People[0]
	}
	if len(e.Sources) > 0 {
		k.sources = &e.Sources[0]
	}
	return k
}

// begin starts a build: the fingerprints recorded by the last are looked
// up, this one's recorded afresh.
func (s *EventSums) begin() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next != nil {
		s.prev, s.prevBy = s.next, s.nextBy
	}
	s.next = make(map[eventKey]Sum, len(s.prev))
	s.nextBy = make(map[*events.Source]keyedSum, len(s.prevBy))
}

func (s *EventSums) lookup(k eventKey) (Sum, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k.sources != nil {
		// Two events whose sources start at the same address (never
		// seen) would only miss: the whole key is compared.
		if v, ok := s.prevBy[k.sources]; ok && v.k == k {
			return v.sum, true
		}
	}
	sum, ok := s.prev[k]
	return sum, ok
}

func (s *EventSums) record(k eventKey, sum Sum) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k.sources != nil {
		s.nextBy[k.sources] = keyedSum{k, sum}
		return
	}
	s.next[k] = sum
}

// writeEvent writes every field of e into f. A field added to
// events.Event, Date or Source must be added here (TestEventSumFields
// fails until it is).
func writeEvent(f *fingerprint, e *events.Event) {
	for _, s := range []string{e.ID, e.Title, e.Summary, e.Kind, e.URL} {
		f.str(s)
	}
	writeDate(f, &e.Date)
	f.num(len(e.Readings))
	for i := range e.Readings {
		writeDate(f, &e.Readings[i])
	}
	for _, list := range [][]string{e.Places, e.People} {
		f.num(len(list))
		for _, s := range list {
			f.str(s)
		}
	}
	f.num(len(e.Sources))
	for i := range e.Sources {
		s := &e.Sources[i]
		for _, v := range []string{s.Article, s.Title, s.Publisher, s.Published, s.URL, s.OriginalURL, s.Quote, s.Expression, s.Value} {
			f.str(v)
		}
	}
}

func writeDate(f *fingerprint, d *events.Date) {
	for _, s := range []string{d.Value, d.Start, d.End, d.Granularity, d.Label} {
		f.str(s)
	}
	if d.Approximate {
		f.num(1)
	} else {
		f.num(0)
	}
}

// fingerprint collects length-prefixed strings and numbers (so that no
// two sequences of them collect the same bytes) and hashes them into a
// Sum.
type fingerprint struct{ b []byte }

var fingerprints = sync.Pool{New: func() any { return &fingerprint{b: make([]byte, 0, 4096)} }}

func newFingerprint() *fingerprint { return fingerprints.Get().(*fingerprint) }

// release returns f to the pool; f must not be used after.
func (f *fingerprint) release() {
	if cap(f.b) > 1<<20 {
		return // a rare large one is not kept
	}
	f.b = f.b[:0]
	fingerprints.Put(f)
}

func (f *fingerprint) str(s string) {
	f.b = binary.AppendUvarint(f.b, uint64(len(s)))
	f.b = append(f.b, s...)
}

func (f *fingerprint) num(n int) { f.b = binary.AppendUvarint(f.b, uint64(n)) }

// raw appends b as it is: a fixed-size fingerprint, or the salt first.
func (f *fingerprint) raw(b []byte) { f.b = append(f.b, b...) }

func (f *fingerprint) sum() Sum { return sumOf(f.b) }

// neighbours returns the fingerprints of the events before and after the
// page's event on the timeline (zero at either end).
func (m *Memo) neighbours(p *Page) (prev, next Sum) {
	m.mu.Lock()
	if m.position == nil {
		m.position = make(map[*events.Event]int, len(p.Site.Events))
		for i, e := range p.Site.Events {
			m.position[e] = i
		}
	}
	i, ok := m.position[p.Event]
	m.mu.Unlock()
	if !ok {
		return prev, next
	}
	if i > 0 {
		prev = m.event(p.Site.Events[i-1])
	}
	if i+1 < len(p.Site.Events) {
		next = m.event(p.Site.Events[i+1])
	}
	return prev, next
}

// linksOf fingerprints, for each person and place of the events p shows
// (its event, its article's events, its person's or place's events), the
// page it links to and its slug, if it has a page: all that the built-in
// templates' PersonLink, PlaceLink and Data read. A new person's page then re-renders only the
// pages that name that person, not every page of the site.
func (m *Memo) linksOf(f *fingerprint, p *Page) {
	one := func(e *events.Event) {
		s := m.eventLinks(p.Site, e)
		f.raw(s[:])
	}
	f.str("links")
	if p.Event != nil {
		one(p.Event)
	}
	if p.Article != nil {
		for _, e := range p.Article.Events {
			one(e)
		}
	}
	if p.Entity != nil {
		for _, e := range p.Entity.Events {
			one(e)
		}
	}
}

// eventLinks fingerprints the links of the people and places e names:
// each one's slug and page, or nothing when it has no page. It is
// computed once per render.
func (m *Memo) eventLinks(s *Site, e *events.Event) Sum {
	return memoized(m, &m.links, e, func() Sum {
		f := newFingerprint()
		defer f.release()
		link := func(ent *Entity) {
			if ent == nil {
				f.str("")
				return
			}
			f.str(ent.Slug)
			f.str(ent.Page)
		}
		f.num(len(e.People))
		for _, n := range e.People {
			link(s.Person(n))
		}
		f.num(len(e.Places))
		for _, n := range e.Places {
			link(s.Place(n))
		}
		return f.sum()
	})
}

// entitiesSum fingerprints which people and places have pages, and where:
// what PersonLink, PlaceLink and Data read.
func (m *Memo) entitiesSum(s *Site) Sum {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entities != nil {
		return *m.entities
	}
	f := newFingerprint()
	defer f.release()
	for _, list := range [][]*Entity{s.People, s.Places} {
		for _, e := range list {
			f.str(e.Name)
			f.str(e.Slug)
			f.str(e.Page)
		}
		f.num(len(list))
	}
	sum := f.sum()
	m.entities = &sum
	return sum
}

// siteField reports whether n is a field of Site a page-local template may use: the
// site's settings, which are part of every fingerprint's salt.
func siteField(n string) bool {
	switch n {
	case "Title", "Description", "Language", "BaseURL", "Absolute", "Params":
		return true
	}
	return false
}

// localNames are the fields and methods a page-local template may use: the
// data of the page's own article and events (all in the fingerprint), and
// the methods of Page and its values that compute from those alone. A name
// not listed (a new method, one that looks across the site such as
// Neighbours, Cited or PersonLink) makes the page's templates not
// page-local: the page is then always rendered, never wrongly kept.
const localNames = "" +
	// Page: fields and the methods that read only the page's data.
	" Path Root Title Canonical Description Article Event Link With Section DateTime Day Quote Sources SourceCount JSONLD OGType SentenceName ValueLabel Readings ArticleBody" +
	// EventView, SourceGroup, Reading.
	" Page Cites Label By" +
	// render.Article and content.Article, Meta, Sentence, EventFix, Ignore.
	" Published Date OriginalURL Events Body Slug Hash Meta HTML Text Sentences Publisher OriginalPublisher Authors URL Draft Tags Ignore ID Start End Sentence Expression Line" +
	// events.Event, Date, Source.
	" Summary Kind Places People Value Granularity Approximate" +
	// time.Time, for Meta.Date.
	" Format Year Month Weekday IsZero" +
	// Neighbours' fields; the keys of Data's map.
	" Prev Next people places sources" +
	// A person's or place's page: the Entity (its events fingerprinted),
	// its events by year and month (Entity.Years, Page.Timeline), and
	// whether it lists them compactly (Compact: their count against a
	// setting of the site).
	" Entity Name Timeline Years Months Year Compact "

func localName(n string) bool { return strings.Contains(localNames, " "+n+" ") }

// deps is what the pages of a template depend on besides their own data.
type deps struct {
	tmpl string // the page template's name

	local      bool // false: the template reads the whole site; always render
	entities   bool // which people and places have pages (PersonLink, PlaceLink, Data)
	builtin    bool // the built-in templates: see Memo.linksOf
	neighbours bool // the events before and after (Neighbours)
	part       bool // the part of a split timeline that lists the event (TimelineLink)

	// On a part's page of a split timeline (see memo_parts.go):
	timeline bool // the page's part, its neighbours and their articles (Part, Span, Cited, ...)
	parts    bool // every part's key, label, page and count of events (.Site.Parts)
	count    bool // how many events the site has (len .Site.Events)
}

// pageDeps analyses the templates the page template entry can execute
// (itself and those it calls, transitively): whether they read the Site
// only for its settings and otherwise only local names (see localNames),
// and which site-wide facts they read through methods whose results the
// fingerprint then includes.
func pageDeps(set *template.Template, entry string) deps {
	d := deps{tmpl: entry, local: true}
	seen := map[string]bool{}
	todo := []string{entry}
	for len(todo) > 0 && d.local {
		name := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if seen[name] {
			continue
		}
		seen[name] = true
		t := set.Lookup(name)
		if t == nil || t.Tree == nil || t.Tree.Root == nil {
			continue
		}
		d.local = localNode(t.Tree.Root, &d, func(called string) { todo = append(todo, called) })
	}
	return d
}

// localIdents checks a chain of names: "Site" must be followed by a
// settings field, and every other name must be a local one, or a method
// whose site-wide reads are recorded in d. Variables ($x) are judged where
// they are set.
func localIdents(idents []string, d *deps) bool {
	for i, id := range idents {
		switch {
		case strings.HasPrefix(id, "$"):
		case id == "Site":
			if i+1 == len(idents) || !siteField(idents[i+1]) {
				return false
			}
			return true // the setting is a string or a pure method of one
		case id == "PersonLink" || id == "PlaceLink" || id == "Data":
			d.entities = true
		case id == "Neighbours":
			d.neighbours = true
		case id == "TimelineLink":
			d.part = true
		case (id == "Prev" || id == "Next") && i > 0 && (idents[i-1] == "Prev" || idents[i-1] == "Next"):
			return false // a neighbour's neighbour is not fingerprinted
		case timelineName(id):
			d.timeline = true
		case !localName(id):
			return false
		}
	}
	return true
}

func localNode(n parse.Node, d *deps, call func(string)) bool {
	rec := func(c parse.Node) bool { return localNode(c, d, call) }
	switch n := n.(type) {
	case nil:
		return true
	case *parse.ListNode:
		if n == nil {
			return true
		}
		for _, c := range n.Nodes {
			if !rec(c) {
				return false
			}
		}
		return true
	case *parse.ActionNode:
		return rec(n.Pipe)
	case *parse.IfNode:
		return (sitePartsTest(n.Pipe, d) || rec(n.Pipe)) && rec(n.List) && rec(n.ElseList)
	case *parse.RangeNode:
		if set, ok := siteList(n.Pipe, d); ok {
			return restricted(n.List, set, d) && rec(n.ElseList)
		}
		return rec(n.Pipe) && rec(n.List) && rec(n.ElseList)
	case *parse.WithNode:
		if neighbourPipe(n.Pipe) && mentionsNeighbour(n.List) {
			return false // a neighbour's neighbour is not fingerprinted
		}
		return rec(n.Pipe) && rec(n.List) && rec(n.ElseList)
	case *parse.TemplateNode:
		call(n.Name)
		return rec(n.Pipe)
	case *parse.PipeNode:
		if n == nil {
			return true
		}
		for _, c := range n.Cmds {
			if !rec(c) {
				return false
			}
		}
		return true
	case *parse.CommandNode:
		if siteCount(n, d) {
			return true
		}
		for _, a := range n.Args {
			if !rec(a) {
				return false
			}
		}
		return true
	case *parse.FieldNode:
		return localIdents(n.Ident, d)
	case *parse.VariableNode:
		return localIdents(n.Ident, d)
	case *parse.ChainNode:
		// (x).A.B: judge x, then the chain as if x were "Site" when x is.
		if f, ok := n.Node.(*parse.FieldNode); ok {
			return localIdents(append(append([]string{}, f.Ident...), n.Field...), d)
		}
		return rec(n.Node) && localIdents(n.Field, d)
	case *parse.TextNode, *parse.DotNode, *parse.NilNode, *parse.BoolNode, *parse.NumberNode,
		*parse.StringNode, *parse.IdentifierNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	}
	return false // a node this check does not know: assume the worst
}
