package content

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
)

// Parse reads one article file: frontmatter (YAML between --- lines or TOML
// between +++ lines) followed by a Markdown body.
//
// Parse is a pure function of path and src and is safe for concurrent use;
// path is used only in errors and to derive the slug when the frontmatter
// gives none. On success the error is nil. Otherwise the Article is nil and
// the error is an Errors holding every problem found in the file, each an
// *Error naming path and, where it has one, the line.
//
// The frontmatter keys are title, date (required: YYYY-MM-DD or an RFC 3339
// timestamp, stored as midnight UTC of the date written), publisher,
// original_publisher, authors, url (absolute http or https), slug (only a-z,
// 0-9 and single hyphens; derived from the file name when absent), draft,
// tags, events and ignore. Any other key is an error.
//
// The body is rendered by goldmark with raw HTML off: HTML written in the
// Markdown is omitted and dangerous link targets (javascript: and the like)
// are dropped. Every sentence of every paragraph and list item is wrapped in
// <span class="s" id="sN">, N counting from 1 through the article; headings
// and code blocks hold no sentences and are not part of Article.Text.
func Parse(path string, src []byte) (*Article, error) {
	return ParseSum(path, src, sha256.Sum256(src))
}

// ParseSum is Parse for a caller that has already taken the SHA-256 of
// src, sum (which must be sha256.Sum256(src)): the article's Hash is made
// from it rather than from src again.
func ParseSum(path string, src []byte, sum [sha256.Size]byte) (*Article, error) {
	a := &Article{Path: path, Hash: hex.EncodeToString(sum[:])}
	var errs Errors
	add := func(line int, err error) { errs = append(errs, &Error{Path: path, Line: line, Err: err}) }
	fail := func() (*Article, error) {
		sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
		return nil, errs
	}

	if len(bytes.TrimSpace(src)) == 0 {
		add(0, errors.New("empty file: an article needs frontmatter with at least its date, then the text"))
		return fail()
	}
	if !utf8.Valid(src) {
		for _, le := range invalidUTF8(src) {
			add(le.line, le.err)
		}
		return fail()
	}
	text := bytes.TrimPrefix(src, []byte("\uFEFF"))

	// Frontmatter: adrg/frontmatter finds the block; we decode the bytes
	// ourselves so that every error can name its line.
	var kind string
	var data []byte
	lr := lineReaders.Get().(*lineReader)
	defer func() {
		lr.reset(nil) // holds no file while idle
		lineReaders.Put(lr)
	}()
	lr.reset(text)
	capture := func(k string) frontmatter.UnmarshalFunc {
		return func(b []byte, _ any) error {
			kind, data = k, bytes.Clone(b)
			lr.stop()
			return nil
		}
	}
	formats := []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", capture("yaml")),
		frontmatter.NewFormat("---yaml", "---", capture("yaml")),
		frontmatter.NewFormat("+++", "+++", capture("toml")),
		frontmatter.NewFormat("---toml", "---", capture("toml")),
	}
	rest, err := frontmatter.Parse(lr.buf, nil, formats...)
	if err != nil {
		add(0, fmt.Errorf("reading frontmatter: %v", err))
		return fail()
	}
	// What follows the frontmatter is the rest of what Parse read and
	// the text the reader held back.
	body := text[lr.read-len(rest):]
	openLine, opener := firstLine(text)
	if kind == "" {
		switch opener {
		case "---", "---yaml", "+++", "---toml":
			closer := opener
			if closer != "+++" {
				closer = "---"
			}
			add(openLine, fmt.Errorf("malformed frontmatter: the block opened here is never closed (expected a %s line)", closer))
		default:
			add(1, errNoFrontmatter)
		}
		return fail()
	}
	var root *value
	var lerrs []lineError
	if kind == "yaml" {
		root, lerrs = yamlTree(data, openLine)
	} else {
		root, lerrs = tomlTree(data, openLine)
	}
	if root != nil {
		lerrs = append(lerrs, decodeMeta(root, &a.Meta)...)
	}
	for _, le := range lerrs {
		add(le.line, le.err)
	}

	a.Slug = a.Meta.Slug
	if a.Slug == "" {
		name := filepath.Base(path)
		name = strings.TrimSuffix(name, filepath.Ext(name))
		a.Slug = slugify(name)
		if a.Slug == "" {
			add(0, fmt.Errorf("cannot derive a slug from the file name %q: rename the file or set slug: in the frontmatter", filepath.Base(path)))
		}
	}

	// The body.
	bodyLine := 1 + bytes.Count(text[:len(text)-len(body)], []byte("\n"))
	r, err := renderBody(body)
	if err != nil {
		add(bodyLine, fmt.Errorf("rendering the body: %v", err))
		return fail()
	}
	a.HTML, a.Text, a.Sentences = r.html, r.text, r.sentences
	if strings.TrimSpace(a.Meta.Title) == "" {
		a.Meta.Title, a.Meta.Untitled = untitled(a, path), true
	}

	// Editors' corrections must point at sentences that exist.
	n := len(a.Sentences)
	check := func(line int, id string) {
		if id == "" || !sentenceID.MatchString(id) {
			return
		}
		if k, _ := strconv.Atoi(id[1:]); k > n {
			add(line, fmt.Errorf("sentence %s does not exist: %s", id, sentenceCount(n)))
		}
	}
	for _, f := range a.Meta.Events {
		check(f.Line, f.Sentence)
	}
	for _, g := range a.Meta.Ignore {
		check(g.Line, g.Sentence)
	}
	if len(errs) > 0 {
		return fail()
	}
	return a, nil
}

// lineReader hands a file to adrg/frontmatter a line at a time and ends
// it once the frontmatter block is decoded: the parser then copies only
// the frontmatter, not the whole file, and Parse takes the body from the
// file itself. buf is the bufio.Reader frontmatter.Parse reads through
// (bufio.NewReader returns a *bufio.Reader of its size as it is), kept
// from file to file with lineReaders.
type lineReader struct {
	src  []byte
	read int // bytes handed out
	done bool
	buf  *bufio.Reader
}

// lineReaders holds idle lineReaders, each with its buffer.
var lineReaders = sync.Pool{New: func() any {
	lr := new(lineReader)
	lr.buf = bufio.NewReader(lr)
	return lr
}}

func (r *lineReader) reset(src []byte) {
	r.src, r.read, r.done = src, 0, false
	r.buf.Reset(r)
}

// stop ends the file where the reader has got to.
func (r *lineReader) stop() { r.done = true }

// Read gives at most one line, so that nothing past the line being read
// waits in buf when stop is called.
func (r *lineReader) Read(p []byte) (int, error) {
	if r.done || r.read == len(r.src) {
		return 0, io.EOF
	}
	line := r.src[r.read:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i+1]
	}
	n := copy(p, line)
	r.read += n
	return n, nil
}

// firstLine returns the 1-based number and trimmed text of the first
// non-blank line, as adrg/frontmatter looks for the opening delimiter.
func firstLine(src []byte) (int, string) {
	line := 1
	for len(src) > 0 {
		l := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			l, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if t := bytes.TrimSpace(l); len(t) > 0 {
			return line, string(t)
		}
		line++
	}
	return line, ""
}

// invalidUTF8 reports every line holding bytes that are not UTF-8, at most
// ten of them.
func invalidUTF8(src []byte) []lineError {
	var out []lineError
	line := 1
	for len(src) > 0 {
		l := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			l, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if !utf8.Valid(l) {
			col := 0
			for i := 0; i < len(l); {
				r, size := utf8.DecodeRune(l[i:])
				if r == utf8.RuneError && size == 1 {
					col = i
					break
				}
				i += size
			}
			out = append(out, lineError{line, fmt.Errorf("not UTF-8: byte 0x%02x at column %d; save the file as UTF-8", l[col], col+1)})
			if len(out) == 10 {
				break
			}
		}
		line++
	}
	return out
}

// sentenceCount says how many sentences an article has, for an error about
// a sentence id: "the article has 1 sentence (s1)", "... 3 sentences (s1 to
// s3)", "the article has no sentences".
func sentenceCount(n int) string {
	switch n {
	case 0:
		return "the article has no sentences"
	case 1:
		return "the article has 1 sentence (s1)"
	}
	return fmt.Sprintf("the article has %d sentences (s1 to s%d)", n, n)
}

// untitled makes a headline for an article whose frontmatter gives none:
// its first sentence, cut to its first ten words when longer than twelve,
// without its closing full stop; or, for an article without sentences,
// its file name in words ("dam-holds.md" gives "Dam holds").
func untitled(a *Article, path string) string {
	if len(a.Sentences) > 0 {
		words := strings.Fields(a.Quote(a.Sentences[0]))
		if len(words) > 12 {
			return strings.Join(words[:10], " ") + " …"
		}
		return strings.TrimSuffix(strings.Join(words, " "), ".")
	}
	name := filepath.Base(path)
	name = strings.TrimSuffix(name, filepath.Ext(name))
	name = strings.Join(strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) }), " ")
	if name == "" {
		return "Untitled article"
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}
