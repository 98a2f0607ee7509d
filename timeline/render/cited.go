package render

import (
	"bytes"
	"html/template"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// ArticleBody returns the page's article with every sentence that an event
// cites marked (class "cited") and followed by links to its events. The
// body is the content package's HTML, made from Markdown with raw HTML off;
// it is parsed and written back with golang.org/x/net/html, and the added
// text is escaped, so nothing here can inject markup.
func (p *Page) ArticleBody() (template.HTML, error) {
	a := p.Article
	if a == nil {
		return "", nil
	}
	cites := p.cites()
	if len(cites) == 0 {
		return template.HTML(a.HTML), nil
	}
	var b strings.Builder
	b.Grow(len(a.HTML) + 128*len(cites))
	if p.markCited(&b, a.HTML, cites) {
		return template.HTML(b.String()), nil
	}
	return p.markCitedParsed(a.HTML, cites)
}

// writeArticleBody writes ArticleBody's HTML into b.
func (p *Page) writeArticleBody(b *bytes.Buffer) error {
	a := p.Article
	if a == nil {
		return nil
	}
	cites := p.cites()
	if len(cites) == 0 {
		b.WriteString(a.HTML)
		return nil
	}
	start := b.Len()
	if p.markCited(b, a.HTML, cites) {
		return nil
	}
	b.Truncate(start)
	body, err := p.markCitedParsed(a.HTML, cites)
	if err != nil {
		return err
	}
	b.WriteString(string(body))
	return nil
}

// cites returns the events citing each sentence of the page's article, by
// sentence id, in timeline order.
func (p *Page) cites() citeList {
	a := p.Article
	if a.citedMade {
		return a.cited
	}
	var cites citeList
	for _, e := range a.Events {
		for _, src := range e.Sources {
			if src.Article == a.Slug {
				cites = cites.add(src.URL, e)
			}
		}
	}
	return cites
}

// add records that e cites the sentence a source's url (articles/x/#s4)
// links to, unless it was recorded before or url has no sentence.
func (l citeList) add(url string, e *events.Event) citeList {
	_, id, ok := strings.Cut(url, "#")
	if !ok || id == "" {
		return l
	}
	if i := l.index(id); i < 0 {
		l = append(l, cite{id: id, evs: []*events.Event{e}})
	} else if !slices.Contains(l[i].evs, e) {
		l[i].evs = append(l[i].evs, e)
	}
	return l
}

// citeList is the events citing each sentence of an article: a page
// cites few, which a list holds more cheaply than a map.
type citeList []cite

type cite struct {
	id  string // the sentence's
	evs []*events.Event
}

func (l citeList) index(id string) int {
	for i := range l {
		if l[i].id == id {
			return i
		}
	}
	return -1
}

// get returns the events citing the sentence id.
func (l citeList) get(id string) []*events.Event {
	if i := l.index(id); i >= 0 {
		return l[i].evs
	}
	return nil
}

// htmlWriter is what markCited writes to: a strings.Builder or a
// bytes.Buffer.
type htmlWriter interface {
	io.Writer
	io.StringWriter
}

// htmlEscaper escapes as html.EscapeString does, writing to a writer.
var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `'`, "&#39;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;")

// markCited is ArticleBody's fast path, writing into b: it finds the cited sentences by
// their opening tags with a plain scan, since the content package writes
// them in one fixed form and no other span, and adds the class and the
// links after each sentence's end tag. It reports false, leaving the work
// to markCitedParsed, when the body is not in the form it expects. The
// content package never writes a sentence at the top level (sentences are
// inline, inside a paragraph, heading or list item), so the links always
// follow the sentence, as on the parsed path. On false, b holds part of
// the body.
func (p *Page) markCited(b htmlWriter, body string, cites citeList) bool {
	esc := func(s string) { _, _ = htmlEscaper.WriteString(b, s) }
	// One scan: every span must be a sentence's (on false, b holds part
	// of the body).
	rest := body
	for {
		i := strings.Index(rest, "<span")
		if i < 0 {
			break
		}
		if !strings.HasPrefix(rest[i:], content.SentenceOpen) {
			return false
		}
		idStart := i + len(content.SentenceOpen)
		q := strings.IndexByte(rest[idStart:], '"')
		if q < 0 || !strings.HasPrefix(rest[idStart+q:], `">`) {
			return false
		}
		id := rest[idStart : idStart+q]
		if strings.Contains(id, "<span") {
			return false
		}
		evs := cites.get(id)
		if len(evs) == 0 {
			_, _ = b.WriteString(rest[:idStart+q+2])
			rest = rest[idStart+q+2:]
			continue
		}
		// A sentence holds no other span, so its end is the next end tag.
		inner := rest[idStart+q+2:]
		e := strings.Index(inner, "</span>")
		if e < 0 || strings.Contains(inner[:e], "<span") {
			return false
		}
		_, _ = b.WriteString(rest[:i])
		_, _ = b.WriteString(`<span class="s cited" id="`)
		esc(id)
		_, _ = b.WriteString(`">`)
		_, _ = b.WriteString(inner[:e+len("</span>")])
		for _, ev := range evs {
			_, _ = b.WriteString(` <a class="ev" href="`)
			p.writeLink(esc, eventPage(ev))
			_, _ = b.WriteString(`">`)
			esc(ev.Title)
			_, _ = b.WriteString(`</a>`)
		}
		rest = inner[e+len("</span>"):]
	}
	_, _ = b.WriteString(rest)
	return true
}

// markCitedParsed is ArticleBody's general path: the body is parsed and
// written back with golang.org/x/net/html.
func (p *Page) markCitedParsed(body string, cites citeList) (template.HTML, error) {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(body), ctx)
	if err != nil {
		return "", err
	}
	var marked []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Span && len(cites.get(attr(n, "id"))) > 0 {
			marked = append(marked, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	for _, n := range marked {
		setAttr(n, "class", strings.TrimSpace(attr(n, "class")+" cited"))
		after := n.NextSibling
		for _, e := range cites.get(attr(n, "id")) {
			link := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{
				{Key: "class", Val: "ev"},
				{Key: "href", Val: p.Link(eventPage(e))},
			}}
			link.AppendChild(&html.Node{Type: html.TextNode, Data: e.Title})
			if n.Parent == nil { // a sentence at the top level: keep the link inside it
				n.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
				n.AppendChild(link)
				continue
			}
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, after)
			n.Parent.InsertBefore(link, after)
		}
	}
	var b strings.Builder
	for _, n := range nodes {
		if err := html.Render(&b, n); err != nil {
			return "", err
		}
	}
	return template.HTML(b.String()), nil
}

// writeLink writes p.Link(target) with write, a piece at a time.
func (p *Page) writeLink(write func(string), target string) {
	rest := ""
	if i := strings.IndexAny(target, "?#"); i >= 0 {
		target, rest = target[:i], target[i:]
	}
	write(p.Root)
	write(target)
	if target == "" || strings.HasSuffix(target, "/") {
		write("index.html")
	}
	write(rest)
}

// eventPage returns an event's page relative to the site root.
func eventPage(e *events.Event) string {
	if e.URL != "" {
		return e.URL
	}
	return "events/" + e.ID + "/"
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}
