package render

import (
	"text/template/parse"
)

// This file lets the Memo keep the pages of a split timeline's parts
// (index.html executed with Page.Part set). Such a page shows its part's
// events, the articles it lists and cites, links to its neighbours and to
// every part, and the filter's lists of every person and place. Its
// fingerprint (timelineSum) holds exactly that: the part's and its two
// neighbours' events and articles (with the events those articles report,
// which an article's fields reach), the key, label, page and number of
// events of every part, the number of the site's events, and (entitiesSum)
// the name, slug and page of every person and place. The template analysis
// allows the site-wide lists only where nothing else of them is read: a
// range over .Site.People or .Site.Places whose body reads only .Name,
// .Slug and .Page; a range over .Site.Parts whose body reads only .Key,
// .Label, .Page and len .Events; .Site.Parts as a condition; len
// .Site.Events. The index itself (no Part) reads the whole timeline and is
// always rendered.

// timelineName reports whether n is a name that reads a part of the
// timeline: Page's methods and fields for parts, and their results' fields.
func timelineName(n string) bool {
	switch n {
	case "Part", "Span", "First", "Last", "Cited", "ListedArticles", "TimelineEvents", "TimelineYears", "Key":
		return true
	}
	return false
}

// siteField returns the name after "Site" if f is exactly .Site.<name>.
func siteFieldOf(n parse.Node) string {
	f, ok := n.(*parse.FieldNode)
	if !ok || len(f.Ident) != 2 || f.Ident[0] != "Site" {
		return ""
	}
	return f.Ident[1]
}

// siteList reports whether pipe is exactly .Site.People, .Site.Places or
// .Site.Parts with no variables declared, and returns the fields the
// range's body may read of each element (and, for parts, what len may
// count).
func siteList(pipe *parse.PipeNode, d *deps) (map[string]bool, bool) {
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) != 1 || len(pipe.Cmds[0].Args) != 1 {
		return nil, false
	}
	switch siteFieldOf(pipe.Cmds[0].Args[0]) {
	case "People", "Places":
		d.entities = true
		return map[string]bool{"Name": true, "Slug": true, "Page": true}, true
	case "Parts":
		d.parts = true
		return map[string]bool{"Key": true, "Label": true, "Page": true, "len Events": true}, true
	}
	return nil, false
}

// restricted checks the body of a range over a site-wide list: text, and
// actions and conditions whose dot-relative fields are one of set (a field
// "len X" only as len's argument); variables ($.Link) are judged as
// elsewhere. Anything else (a nested range, with, template call, the
// element itself) is refused.
func restricted(n parse.Node, set map[string]bool, d *deps) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *parse.ListNode:
		if n == nil {
			return true
		}
		for _, c := range n.Nodes {
			if !restricted(c, set, d) {
				return false
			}
		}
		return true
	case *parse.TextNode, *parse.CommentNode:
		return true
	case *parse.ActionNode:
		return restrictedPipe(n.Pipe, set, d)
	case *parse.IfNode:
		return restrictedPipe(n.Pipe, set, d) && restricted(n.List, set, d) && restricted(n.ElseList, set, d)
	}
	return false
}

func restrictedPipe(p *parse.PipeNode, set map[string]bool, d *deps) bool {
	if p == nil {
		return true
	}
	if len(p.Decl) > 0 {
		return false
	}
	for _, c := range p.Cmds {
		isLen := len(c.Args) == 2
		if id, ok := c.Args[0].(*parse.IdentifierNode); !ok || id.Ident != "len" {
			isLen = false
		}
		for _, a := range c.Args {
			switch a := a.(type) {
			case *parse.FieldNode:
				if len(a.Ident) != 1 || !(set[a.Ident[0]] || isLen && set["len "+a.Ident[0]]) {
					return false
				}
			case *parse.VariableNode:
				if !localIdents(a.Ident, d) {
					return false
				}
			case *parse.PipeNode:
				if !restrictedPipe(a, set, d) {
					return false
				}
			case *parse.IdentifierNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
			default:
				return false
			}
		}
	}
	return true
}

// sitePartsTest reports whether pipe is a condition on .Site.Parts: no
// variables declared, and commands of and, or, not whose arguments are
// .Site.Parts or otherwise local.
func sitePartsTest(pipe *parse.PipeNode, d *deps) bool {
	if pipe == nil || len(pipe.Decl) > 0 {
		return false
	}
	found := false
	var cmd func(c *parse.CommandNode) bool
	cmd = func(c *parse.CommandNode) bool {
		for i, a := range c.Args {
			if i == 0 {
				if id, ok := a.(*parse.IdentifierNode); ok && (id.Ident == "and" || id.Ident == "or" || id.Ident == "not") {
					continue
				}
				if len(c.Args) > 1 {
					return false // a call whose result is not a truth value
				}
			}
			if siteFieldOf(a) == "Parts" {
				found = true
				continue
			}
			if p, ok := a.(*parse.PipeNode); ok && len(p.Decl) == 0 && len(p.Cmds) == 1 {
				if !cmd(p.Cmds[0]) {
					return false
				}
				continue
			}
			if !localNode(a, d, func(string) {}) {
				return false
			}
		}
		return true
	}
	for _, c := range pipe.Cmds {
		if !cmd(c) {
			return false
		}
	}
	if found {
		d.parts = true
	}
	return found
}

// siteCount reports whether c is len .Site.Events or len .Site.Parts.
func siteCount(c *parse.CommandNode, d *deps) bool {
	if len(c.Args) != 2 {
		return false
	}
	if id, ok := c.Args[0].(*parse.IdentifierNode); !ok || id.Ident != "len" {
		return false
	}
	switch siteFieldOf(c.Args[1]) {
	case "Events":
		d.count = true
		return true
	case "Parts":
		d.parts = true
		return true
	}
	return false
}

// neighbourPipe reports whether a with's pipe ends in .Prev or .Next.
func neighbourPipe(p *parse.PipeNode) bool {
	if p == nil || len(p.Cmds) == 0 {
		return false
	}
	c := p.Cmds[len(p.Cmds)-1]
	if len(c.Args) == 0 {
		return false
	}
	var ids []string
	switch a := c.Args[len(c.Args)-1].(type) {
	case *parse.FieldNode:
		ids = a.Ident
	case *parse.VariableNode:
		ids = a.Ident
	case *parse.ChainNode:
		ids = a.Field
	}
	return len(ids) > 0 && (ids[len(ids)-1] == "Prev" || ids[len(ids)-1] == "Next")
}

// mentionsNeighbour reports whether n reads .Prev or .Next of its dot
// anywhere (conservatively, at any depth).
func mentionsNeighbour(n parse.Node) bool {
	found := false
	var walk func(parse.Node)
	walk = func(n parse.Node) {
		if found || n == nil {
			return
		}
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			found = true // what the called template reads is not seen here
		case *parse.PipeNode:
			if n != nil {
				for _, c := range n.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.FieldNode:
			found = n.Ident[0] == "Prev" || n.Ident[0] == "Next"
		case *parse.ChainNode:
			walk(n.Node)
		}
	}
	walk(n)
	return found
}

// timelineSum writes into f what a part's page reads of the timeline
// beyond its own fields (see the top of this file).
func (m *Memo) timelineSum(f *fingerprint, p *Page, d deps) {
	str, num := f.str, f.num
	if d.timeline {
		str("timeline")
		for _, pt := range []*TimelinePart{p.Part, p.Part.Prev, p.Part.Next} {
			s := m.partSum(pt)
			f.raw(s[:])
		}
		// The articles the part cites (Cited), in the order its
		// events' sources name them first: the events, and so that
		// order, are in the part's fingerprint; Cited's order (by
		// date) is then the same for the same fingerprints.
		seen := make(map[*Article]bool, len(p.Part.Events))
		n := 0
		for _, e := range p.Part.Events {
			for i := range e.Sources {
				a := p.Site.articles[e.Sources[i].Article]
				if a == nil || seen[a] {
					continue
				}
				seen[a] = true
				s := m.articleSum(a)
				f.raw(s[:])
				n++
			}
		}
		num(n)
	}
	if d.parts {
		str("parts")
		num(len(p.Site.Parts))
		for _, pt := range p.Site.Parts {
			for _, s := range []string{pt.Key, pt.Label, pt.Page} {
				str(s)
			}
			num(len(pt.Events))
		}
	}
	if d.count {
		str("count")
		num(len(p.Site.Events))
	}
}

// articleSum fingerprints an article as a part's page shows it: its file
// (path and hash: its parse) and the events it reports. It is computed
// once per render.
func (m *Memo) articleSum(a *Article) Sum {
	return memoized(m, &m.articles, a, func() Sum {
		f := newFingerprint()
		defer f.release()
		for _, s := range []string{a.Path, a.Hash, a.Slug, a.Published, a.Date, a.OriginalURL, a.Page} {
			f.str(s)
		}
		f.num(len(a.Events))
		for _, e := range a.Events {
			fp := m.event(e)
			f.raw(fp[:])
		}
		return f.sum()
	})
}

// partSum fingerprints a part of the timeline: its key, label and page,
// its events and its articles. It is computed once per render.
func (m *Memo) partSum(pt *TimelinePart) Sum {
	if pt == nil {
		return Sum{}
	}
	return memoized(m, &m.parts, pt, func() Sum {
		f := newFingerprint()
		defer f.release()
		for _, s := range []string{pt.Key, pt.Label, pt.Page} {
			f.str(s)
		}
		f.num(len(pt.Events))
		for _, e := range pt.Events {
			fp := m.event(e)
			f.raw(fp[:])
		}
		f.num(len(pt.Articles))
		for _, a := range pt.Articles {
			as := m.articleSum(a)
			f.raw(as[:])
		}
		return f.sum()
	})
}

// memoized returns the fingerprint of k recorded in *sums, computing and
// recording it (under m.mu, but computed outside it, as it may recurse into
// other fingerprints) the first time.
func memoized[K comparable](m *Memo, sums *map[K]Sum, k K, compute func() Sum) Sum {
	m.mu.Lock()
	s, ok := (*sums)[k]
	m.mu.Unlock()
	if ok {
		return s
	}
	s = compute()
	m.mu.Lock()
	if *sums == nil {
		*sums = map[K]Sum{}
	}
	(*sums)[k] = s
	m.mu.Unlock()
	return s
}
