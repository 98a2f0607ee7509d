package content

import (
	"bytes"
	"cmp"
	"html"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/newsroom/timeline/timeline/sentences"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kindSentence is the goldmark node kind of a sentence wrapper. It is set once
// when the package loads and never changes.
var kindSentence = ast.NewNodeKind("Sentence")

// sentenceNode wraps the inline nodes of one sentence.
type sentenceNode struct {
	ast.BaseInline
	tag string // the span's opening tag (see sentenceTag), which holds the id
}

// id returns the sentence's id, "s" and its number.
func (n *sentenceNode) id() string { return tagID(n.tag) }

func (n *sentenceNode) Kind() ast.NodeKind { return kindSentence }

func (n *sentenceNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"ID": n.id()}, nil)
}

// sentenceRenderer writes a sentence as <span class="s" id="sN">…</span>.
type sentenceRenderer struct{}

func (sentenceRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindSentence, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(n.(*sentenceNode).tag) // the id is "s" and digits: nothing to escape
		} else {
			_, _ = w.WriteString(`</span>`)
		}
		return ast.WalkContinue, nil
	})
}

type bodyResult struct {
	html      string
	text      string
	sentences []Sentence
}

// sentencerKey is where a parse's sentencer waits in its parser.Context
// for the shared transformer. It is set once when the package loads.
var sentencerKey = parser.NewContextKey()

// markdown is the goldmark instance every Parse shares: CommonMark only,
// raw HTML off (no html.WithUnsafe), no attribute syntax, no typographer,
// so that text stays as written. Built once when the package loads, it is
// never changed; goldmark's parsers and renderers keep a conversion's
// state in its parser.Context, so Convert is safe for concurrent use.
var markdown = goldmark.New(
	// goldmark's default parser, with linkRefs for its paragraph
	// transformer.
	goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(util.Prioritized(linkRefs{}, 100)),
		parser.WithASTTransformers(util.Prioritized(sentenceTransformer{}, 1000)),
	)),
	goldmark.WithRendererOptions(
		renderer.WithNodeRenderers(util.Prioritized(sentenceRenderer{}, 1000)),
		gmhtml.WithWriter(textWriter{gmhtml.DefaultWriter}),
	),
)

// textWriter is goldmark's html.DefaultWriter with a RawWrite that finds
// the bytes to escape with bytes.IndexByte and writes the runs between
// them at once, where goldmark's looks each byte's escape up and counts
// it: the same bytes out, in less than half the instructions. Most of a
// page's text goes through RawWrite (see sentencer.appendString).
type textWriter struct{ gmhtml.Writer }

// Write is goldmark's, which resolves backslash escapes and character
// references, for a text holding either (or NUL); any other text it
// writes as RawWrite does, and so does this Write, faster.
func (t textWriter) Write(w util.BufWriter, source []byte) {
	if verbatim(source, false) {
		t.RawWrite(w, source)
		return
	}
	t.Writer.Write(w, source)
}

func (textWriter) RawWrite(w util.BufWriter, source []byte) {
	// next[k] is where the next escapes[k] stands in source from the
	// last escaped byte on, or len(source) when none does.
	var next [len(escapes)]int
	for k, c := range escapes {
		next[k] = indexFrom(source, 0, c)
	}
	from := 0
	for {
		i, k := len(source), -1 // the nearest byte to escape, and which
		for j, n := range next {
			if n < i {
				i, k = n, j
			}
		}
		if k < 0 {
			break
		}
		_, _ = w.Write(source[from:i])
		_, _ = w.Write(util.EscapeHTMLByte(source[i]))
		from = i + 1
		next[k] = indexFrom(source, from, escapes[k])
	}
	if from < len(source) {
		_, _ = w.Write(source[from:])
	}
}

// escapes are the bytes util.EscapeHTMLByte escapes. It is never changed.
var escapes = [...]byte{0, '"', '&', '<', '>'}

// indexFrom returns the index of the first c in s[from:], or len(s).
func indexFrom(s []byte, from int, c byte) int {
	if i := bytes.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}

// linkRefs is goldmark's paragraph transformer, which takes link reference
// definitions ("[id]: /url") out of paragraphs, for the paragraphs that may
// hold one: a definition starts with '[', and goldmark's transformer leaves
// a paragraph without one as it is, after making a reader for it.
type linkRefs struct{}

func (linkRefs) Transform(n *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines, src := n.Lines(), reader.Source()
	for i := range lines.Len() {
		if seg := lines.At(i); bytes.IndexByte(src[seg.Start:seg.Stop], '[') >= 0 {
			parser.LinkReferenceParagraphTransformer.Transform(n, reader, pc)
			return
		}
	}
	if lines.Len() == 0 {
		parser.LinkReferenceParagraphTransformer.Transform(n, reader, pc)
	}
}

// sentenceTransformer numbers and wraps the sentences of a document with
// the sentencer that renderBody put in the parse's context.
type sentenceTransformer struct{}

func (sentenceTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	if st, ok := pc.Get(sentencerKey).(*sentencer); ok {
		st.Transform(doc, reader, pc)
	}
}

// renderBody renders Markdown with every sentence wrapped. It is safe for
// concurrent use: each call has its own sentencer and buffers.
func renderBody(src []byte) (bodyResult, error) {
	st := sentencers.Get().(*sentencer)
	defer st.release()
	st.r = markdown.Renderer()
	st.bw.Buffer = &st.buf
	st.text.Grow(len(src)) // the text is about as long as the Markdown
	// About one sentence a full stop, question or exclamation mark: the
	// list is made once, not grown sentence by sentence.
	st.sents = make([]Sentence, 0, 1+bytes.Count(src, []byte("."))+bytes.Count(src, []byte("?"))+bytes.Count(src, []byte("!")))
	pc := parser.NewContext()
	pc.Set(sentencerKey, st)
	var page strings.Builder
	page.Grow(len(src) + len(src)/2)
	if err := markdown.Convert(src, htmlWriter{&page}, parser.WithContext(pc)); err != nil {
		return bodyResult{}, err
	}
	return bodyResult{html: page.String(), text: st.text.String(), sentences: st.sents}, nil
}

// sentencers holds idle sentencers, each with its scratch and node slabs:
// the nodes a parse adds to its document are dead once the page is
// written, and the next parse takes them again rather than allocating
// (about a fifth of what Parse allocated).
var sentencers = sync.Pool{New: func() any { return new(sentencer) }}

// release empties s, which holds nothing of the parse it served (no
// node, text or source), and returns it to sentencers.
func (s *sentencer) release() {
	for k := 0; k*slabSize < s.sentN; k++ {
		clear(s.sentSlabs[k][:min(slabSize, s.sentN-k*slabSize)])
	}
	for k := 0; k*slabSize < s.strN; k++ {
		clear(s.strSlabs[k][:min(slabSize, s.strN-k*slabSize)])
	}
	s.sentN, s.strN = 0, 0
	clear(s.blocks[:cap(s.blocks)])
	clear(s.soft[:cap(s.soft)])
	clear(s.pieces[:cap(s.pieces)])
	clear(s.atoms[:cap(s.atoms)])
	s.blocks, s.soft, s.pieces, s.atoms, s.bounds, s.spans = s.blocks[:0], s.soft[:0], s.pieces[:0], s.atoms[:0], s.bounds[:0], s.spans[:0]
	s.r, s.bw.Buffer = nil, nil
	s.buf.Reset()
	s.text = strings.Builder{} // its bytes are the article's Text now
	s.sents = nil
	sentencers.Put(s)
}

// bufWriter lets goldmark write straight into a bytes.Buffer: it is the
// util.BufWriter goldmark's renderer would otherwise wrap the buffer in
// (a bufio.Writer of 4 KB per call), with nothing to flush.
type bufWriter struct{ *bytes.Buffer }

func (bufWriter) Available() int { return 0 }
func (bufWriter) Buffered() int  { return 0 }
func (bufWriter) Flush() error   { return nil }

// htmlWriter is bufWriter for a strings.Builder, so that the page's HTML
// becomes a string without a copy.
type htmlWriter struct{ *strings.Builder }

func (htmlWriter) Available() int { return 0 }
func (htmlWriter) Buffered() int  { return 0 }
func (htmlWriter) Flush() error   { return nil }

// sentencer is the AST transformer that numbers and wraps sentences. It
// collects the article's plain text and sentence offsets as it goes.
type sentencer struct {
	// blocks are the document's blocks with sentences, scratch reused
	// from parse to parse; soft, pieces, atoms, bounds, spans and space
	// are scratch reused from block to block.
	blocks []ast.Node
	soft   []*ast.Text
	pieces []piece
	atoms  []piece
	bounds []int
	spans  []sentences.Span
	space  []byte
	r      renderer.Renderer
	buf    bytes.Buffer // scratch for plain
	bw     bufWriter    // writes to buf
	text   strings.Builder
	sents  []Sentence
	// The nodes the sentencer adds, handed out from slabs of slabSize
	// nodes, sentN and strN of them so far: they live as long as the
	// document, and the slabs are kept from parse to parse (see
	// sentencers). A node is handed out zeroed (release clears them).
	sentSlabs [][]sentenceNode
	strSlabs  [][]ast.String
	sentN     int
	strN      int
}

// slabSize is how many nodes of a kind the sentencer allocates at once.
const slabSize = 64

// newSentence returns a new sentence node with the given opening tag
// (see sentenceTag).
func (s *sentencer) newSentence(tag string) *sentenceNode {
	k := s.sentN / slabSize
	if k == len(s.sentSlabs) {
		s.sentSlabs = append(s.sentSlabs, make([]sentenceNode, slabSize))
	}
	n := &s.sentSlabs[k][s.sentN%slabSize]
	s.sentN++
	n.tag = tag
	return n
}

// newRawString returns a new raw string node holding v, as ast.NewString
// then SetRaw(true) make it.
func (s *sentencer) newRawString(v []byte) *ast.String {
	k := s.strN / slabSize
	if k == len(s.strSlabs) {
		s.strSlabs = append(s.strSlabs, make([]ast.String, slabSize))
	}
	n := &s.strSlabs[k][s.strN%slabSize]
	s.strN++
	n.Value = v
	n.SetRaw(true)
	return n
}

func (s *sentencer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	blocks := s.blocks[:0]
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindHeading, ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			return ast.WalkSkipChildren, nil
		case ast.KindParagraph, ast.KindTextBlock:
			blocks = append(blocks, n)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, b := range blocks {
		s.block(b, source)
	}
	s.blocks = blocks
}

// A piece is a run of a block's inline content with its plain text.
type piece struct {
	node        ast.Node  // nil for a run of a splittable text, held in str
	str         string    // plain text, unless src >= 0
	src, srcEnd int       // when src >= 0, the plain text is source[src:srcEnd], written verbatim
	splittable  bool      // plain text that may be cut anywhere
	text        *ast.Text // when src >= 0, the node the text was: reused for its first run
	start, end  int       // offsets in the block's plain text
}

// appendString adds the run [from, to) of a splittable piece as raw text,
// which the renderer only escapes: the source's own bytes when the piece
// is the source verbatim, else a copy. reuse, when not nil, is the piece's
// text node, taken for the run rather than a new node.
func (s *sentencer) appendString(appendNode func(ast.Node, int, int), source []byte, p piece, from, to int, reuse *ast.Text) {
	if p.src >= 0 && reuse != nil {
		// Raw, as the string below: written escaped, never unescaped
		// (verbatim text has nothing to unescape).
		reuse.Segment = text.NewSegment(p.src+from-p.start, p.src+to-p.start)
		reuse.SetRaw(true)
		appendNode(reuse, from, to)
		return
	}
	var v []byte
	if p.src >= 0 {
		v = source[p.src+from-p.start : p.src+to-p.start : p.src+to-p.start] // capped: never appended to
	} else {
		v = []byte(p.str[from-p.start : to-p.start])
	}
	appendNode(s.newRawString(v), from, to)
}

// textPiece is the splittable piece of a text node: the source itself when
// goldmark would write it verbatim (see verbatim), else its plain text.
func (s *sentencer) textPiece(n *ast.Text, source []byte) piece {
	if seg := n.Segment; !n.IsRaw() && !n.SoftLineBreak() && !n.HardLineBreak() && seg.Padding == 0 && verbatim(seg.Value(source), false) {
		return piece{src: seg.Start, srcEnd: seg.Stop, splittable: true, text: n}
	}
	return piece{str: s.plain(n, source), src: -1, splittable: true}
}

// plain returns the text a reader sees for n: its HTML with tags removed and
// character references resolved.
func (s *sentencer) plain(n ast.Node, source []byte) string {
	// Most pieces are text with nothing that goldmark's HTML writer
	// changes but escapes of <, > and ", which reading undoes: their plain
	// text is their source, and rendering is skipped.
	switch t := n.(type) {
	case *ast.Text:
		if !t.IsRaw() && !t.SoftLineBreak() && !t.HardLineBreak() {
			if v := t.Segment.Value(source); verbatim(v, false) {
				return string(v)
			}
		}
	case *ast.String:
		if !t.IsCode() && verbatim(t.Value, t.IsRaw()) {
			return string(t.Value)
		}
	}
	s.buf.Reset()
	_ = s.r.Render(s.bw, source, n)
	return html.UnescapeString(stripTags(s.buf.String()))
}

// verbatim reports whether goldmark's HTML writer writes v, as text (or
// raw text), changed only by escaping <, >, & and ": no NUL (written as
// U+FFFD) and, unless raw, no backslash escape or character reference.
func verbatim(v []byte, raw bool) bool {
	if bytes.IndexByte(v, 0) >= 0 {
		return false
	}
	return raw || bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0
}

// stripTags removes every <...> from goldmark's output, in which text never
// holds a bare '<' or '>' (both are escaped), nor attribute values a '>'.
func stripTags(h string) string {
	if !strings.ContainsRune(h, '<') {
		return h
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c == '<':
			in = true
		case c == '>' && in:
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (s *sentencer) block(b ast.Node, source []byte) {
	// Soft line breaks read as spaces, in the text and in the HTML alike.
	soft := s.soft[:0]
	_ = ast.Walk(b, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.Kind() == ast.KindCodeSpan {
			return ast.WalkSkipChildren, nil
		}
		if t, ok := n.(*ast.Text); ok && t.SoftLineBreak() {
			soft = append(soft, t)
		}
		return ast.WalkContinue, nil
	})
	for _, t := range soft {
		t.SetSoftLineBreak(false)
		if s.space == nil {
			s.space = []byte(" ")
		}
		sp := s.newRawString(s.space) // goldmark never writes to a node's value
		t.Parent().InsertAfter(t.Parent(), t, sp)
	}
	s.soft = soft

	// The block's top-level inlines as pieces of plain text. Text and
	// strings may be cut anywhere; any other inline (emphasis, link, code)
	// is kept whole.
	pieces := s.pieces[:0]
	defer func() { s.pieces = pieces }()
	pos := 0
	addPiece := func(p piece) {
		n := len(p.str)
		if p.src >= 0 {
			n = p.srcEnd - p.src
		}
		p.start, p.end = pos, pos+n
		pos = p.end
		pieces = append(pieces, p)
	}
	for c := b.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Text:
			if n.HardLineBreak() {
				n.SetHardLineBreak(false)
				addPiece(s.textPiece(n, source))
				br := ast.NewTextSegment(text.NewSegment(n.Segment.Stop, n.Segment.Stop))
				br.SetHardLineBreak(true)
				addPiece(piece{node: br, str: s.plain(br, source), src: -1})
				continue
			}
			addPiece(s.textPiece(n, source))
		case *ast.String:
			if n.IsCode() {
				addPiece(piece{node: n, str: s.plain(n, source), src: -1})
				continue
			}
			addPiece(piece{str: s.plain(n, source), src: -1, splittable: true})
		default:
			addPiece(piece{node: c, str: s.plain(c, source), src: -1})
		}
	}
	// The block's plain text goes straight into the article's, which
	// holds only blocks with sentences: those with a byte other than
	// space, as Split finds a sentence in any such text.
	var spans []sentences.Span
	offset := s.text.Len()
	if hasText(pieces, source) {
		if offset > 0 {
			s.text.WriteString("\n\n")
			offset += 2
		}
		for _, p := range pieces {
			if p.src >= 0 {
				s.text.Write(source[p.src:p.srcEnd])
			} else {
				s.text.WriteString(p.str)
			}
		}
		plain := s.text.String()[offset:] // shares the builder's bytes, never changed
		spans, s.atoms = adjust(sentences.AppendSplit(s.spans[:0], plain), pieces, len(plain), s.atoms[:0])
		s.spans = spans[:0] // keep what grew
	}

	// Rebuild the block: sentences wrapped, the space between them bare.
	b.RemoveChildren(b)
	var cur *sentenceNode
	si := 0
	appendNode := func(n ast.Node, start, end int) {
		for si < len(spans) && spans[si].End <= start {
			si++
			cur = nil
		}
		if si == len(spans) || start < spans[si].Start || end > spans[si].End {
			b.AppendChild(b, n)
			return
		}
		if cur == nil {
			cur = s.newSentence(sentenceTag(len(s.sents) + 1))
			s.sents = append(s.sents, Sentence{ID: cur.id(), Start: offset + spans[si].Start, End: offset + spans[si].End})
			b.AppendChild(b, cur)
		}
		cur.AppendChild(cur, n)
	}
	bounds := s.bounds[:0] // every sentence start and end, ascending
	defer func() { s.bounds = bounds }()
	for _, sp := range spans {
		bounds = append(bounds, sp.Start, sp.End)
	}
	bi := 0
	for _, p := range pieces {
		if !p.splittable {
			appendNode(p.node, p.start, p.end)
			continue
		}
		// Cut the text at every sentence boundary inside it.
		for bi < len(bounds) && bounds[bi] <= p.start {
			bi++
		}
		from := p.start
		reuse := p.text
		for ; bi < len(bounds) && bounds[bi] < p.end; bi++ {
			if bounds[bi] > from {
				s.appendString(appendNode, source, p, from, bounds[bi], reuse)
				from, reuse = bounds[bi], nil
			}
		}
		if p.end > from {
			s.appendString(appendNode, source, p, from, p.end, reuse)
		}
	}
}

// hasText reports whether the plain text of pieces holds a rune other
// than space (unicode.IsSpace).
func hasText(pieces []piece, source []byte) bool {
	for _, p := range pieces {
		var found bool
		if p.src >= 0 {
			found = len(bytes.TrimLeftFunc(source[p.src:p.srcEnd], unicode.IsSpace)) > 0
		} else {
			found = len(strings.TrimLeftFunc(p.str, unicode.IsSpace)) > 0
		}
		if found {
			return true
		}
	}
	return false
}

// SentenceOpen is the start of a sentence span's opening tag in an
// article's HTML, up to its id; the id ("s" and the sentence's number) and
// `">` follow. It is the only form in which the package opens a sentence.
const SentenceOpen = `<span class="s" id="`

// sentenceTags are the opening tags of the spans of an article's first
// sentences, s1 to s1023 (sentenceTags[0] is unused), made once when the
// package loads and never changed: most sentences' tags and ids then cost
// no allocation, and the renderer writes a tag at once.
var sentenceTags = func() []string {
	tags := make([]string, 1024)
	for i := 1; i < len(tags); i++ {
		tags[i] = SentenceOpen + "s" + strconv.Itoa(i) + `">`
	}
	return tags
}()

// sentenceTag returns the opening tag of the n-th sentence's span (from
// 1): <span class="s" id="sN">.
func sentenceTag(n int) string {
	if n > 0 && n < len(sentenceTags) {
		return sentenceTags[n]
	}
	return SentenceOpen + "s" + strconv.Itoa(n) + `">`
}

// tagID returns the id in a tag sentenceTag made, "s" and the number.
func tagID(tag string) string { return tag[len(SentenceOpen) : len(tag)-len(`">`)] }

// adjust moves sentence boundaries that fall inside an inline element kept
// whole (emphasis, a link, code) to that element's edges, merging sentences
// that then overlap, so that no element is broken across sentences. It runs
// in O(n log n) for n spans and pieces. It changes spans in place, and
// keeps the elements kept whole in atoms (emptied first), which it
// returns for reuse.
func adjust(spans []sentences.Span, pieces []piece, n int, atoms []piece) ([]sentences.Span, []piece) {
	// The elements kept whole, in order, not overlapping.
	for _, p := range pieces {
		if !p.splittable && p.start < p.end {
			atoms = append(atoms, p)
		}
	}
	// within returns the element strictly containing offset x.
	within := func(x int) (piece, bool) {
		i := sort.Search(len(atoms), func(i int) bool { return atoms[i].end > x })
		if i < len(atoms) && atoms[i].start < x {
			return atoms[i], true
		}
		return piece{}, false
	}
	in := spans[:0]
	for _, sp := range spans {
		if sp.Start >= 0 && sp.End <= n && sp.Start < sp.End { // never trust a splitter with our offsets
			in = append(in, sp)
		}
	}
	if !slices.IsSortedFunc(in, func(a, b sentences.Span) int { return cmp.Compare(a.Start, b.Start) }) { // as Split gives them
		sort.Slice(in, func(i, j int) bool { return in[i].Start < in[j].Start })
	}
	out := in[:0]
	for _, sp := range in {
		if p, ok := within(sp.Start); ok {
			sp.Start = p.start
		}
		if p, ok := within(sp.End); ok {
			sp.End = p.end
		}
		if k := len(out) - 1; k >= 0 && sp.Start < out[k].End {
			out[k].End = max(out[k].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out, atoms
}
