package render

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/tdewolff/parse/v2/buffer"
	"github.com/zeebo/xxh3"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// File is one file of the site: its slash-separated path relative to the
// site root and its bytes.
type File struct {
	Path string
	Data []byte
}

// Output collects the files of one build, minifying each by its extension.
// It either keeps them in memory (NewOutput) or writes each into a folder as
// soon as it is added, keeping only its path (the build's way, see
// RenderTo). It is safe for concurrent use: generators may render pages in
// parallel (see RenderPages).
type Output struct {
	Templates *Templates
	min       *minify.M

	memo *Memo // nil: render every page

	mu     sync.Mutex
	files  map[string][]byte // every path added, with its bytes when kept in memory
	paths  []string          // every path added: sorted up to sorted, then in order of adding
	sorted int
	dir    string               // when not "", the folder files are written into
	site   siteDir              // dir, open
	made   map[string]bool      // folders made under dir, as slash paths relative to it
	states map[string]FileState // the files written under dir
	bufs   sync.Pool            // of *bytes.Buffer, for executing pages
	labels labelCache           // for the fast path
}

// NewOutput returns an empty Output whose pages are executed from t and
// whose files are kept in memory.
func NewOutput(t *Templates) *Output {
	return &Output{Templates: t, min: newMinifier(), files: map[string][]byte{}}
}

// newDirOutput returns an empty Output that writes its files under dir, an
// existing empty folder, as they are added. The caller closes it.
func newDirOutput(t *Templates, dir string) (*Output, error) {
	site, err := openSiteDir(dir)
	if err != nil {
		return nil, err
	}
	o := NewOutput(t)
	o.dir, o.site, o.made, o.states = dir, site, map[string]bool{".": true}, map[string]FileState{}
	return o, nil
}

// close lets go of the folder an Output of newDirOutput writes into.
func (o *Output) close() error {
	if o.dir == "" {
		return nil
	}
	return o.site.close()
}

// presize makes o's maps, and its memo's, large enough for the pages of s
// (a page for each article, event, part, person and place): a large
// site's would otherwise grow, and be copied, a dozen times each.
func (o *Output) presize(s *Site) {
	n := len(s.Articles) + len(s.Events) + len(s.Parts) + len(s.People) + len(s.Places) + 32
	o.mu.Lock()
	if len(o.files) == 0 {
		o.files = make(map[string][]byte, n)
		o.paths = make([]string, 0, n)
	}
	if o.states != nil && len(o.states) == 0 {
		o.states = make(map[string]FileState, n)
	}
	if o.made != nil && len(o.made) <= 1 {
		made := make(map[string]bool, n)
		for d := range o.made {
			made[d] = true
		}
		o.made = made
	}
	o.mu.Unlock()
	if m := o.memo; m != nil {
		m.mu.Lock()
		if len(m.Current) == 0 {
			m.Current = make(map[string]Sum, n)
		}
		if len(m.events) == 0 {
			m.events = make(map[*events.Event]Sum, len(s.Events))
		}
		if len(m.articles) == 0 {
			m.articles = make(map[*Article]Sum, len(s.Articles))
		}
		m.mu.Unlock()
	}
}

// newMinifier returns a minifier for every type the site writes.
func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
	// Numbers stay as written: a year is 2000, not 2e3, for tools that read it.
	m.AddRegexp(regexp.MustCompile(`[/+]json$`), &json.Minifier{KeepNumbers: true})
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	return m
}

// mediaType returns the media type the minifier handles for a file
// extension, or "" for a file copied as it is.
func mediaType(ext string) string {
	switch strings.ToLower(ext) {
	case ".html", ".htm":
		return "text/html"
	case ".css":
		return "text/css"
	case ".js", ".mjs":
		return "application/javascript"
	case ".json":
		return "application/json"
	case ".xml":
		return "text/xml"
	case ".rss":
		return "application/rss+xml"
	case ".atom":
		return "application/atom+xml"
	case ".svg":
		return "image/svg+xml"
	}
	return ""
}

// Add adds a file at p, a slash path relative to the site root, minifying it
// if its extension is html, css, js, json, xml, rss, atom or svg. A path that
// is not local (absolute, "..", empty) or already added is an error. Add
// does not keep data.
func (o *Output) Add(p string, data []byte) error {
	return o.addAs(p, mediaType(path.Ext(p)), data)
}

// addAs is Add minifying data as media type mt, or not at all when mt is "".
func (o *Output) addAs(p, mt string, data []byte) error {
	return o.add(p, mt, data, false)
}

// addOwned is addAs(p, "", data) keeping data itself, not a copy, when o
// keeps its files in memory: for a large file made for o alone, which the
// caller does not touch again (timeline.json, the calendar).
func (o *Output) addOwned(p string, data []byte) error {
	return o.add(p, "", data, true)
}

// take claims the path p for a file: an error if p is not a local slash
// path or was taken before.
func (o *Output) take(p string) error {
	if !fs.ValidPath(p) || p == "." || strings.HasSuffix(p, "/") {
		return fmt.Errorf("render: invalid output path %q", p)
	}
	o.mu.Lock()
	_, dup := o.files[p]
	if !dup {
		o.files[p] = nil // taken
		o.paths = append(o.paths, p)
	}
	o.mu.Unlock()
	if dup {
		return fmt.Errorf("render: two files at %s", p)
	}
	return nil
}

// add is addAs, keeping data itself when owned and mt is "".
func (o *Output) add(p, mt string, data []byte, owned bool) error {
	if err := o.take(p); err != nil {
		return err
	}
	if o.dir != "" {
		return o.write(p, mt, data)
	}
	if mt != "" {
		b, err := o.min.Bytes(mt, data)
		if err != nil {
			return fmt.Errorf("render: minify %s: %w", p, err)
		}
		data = b
	} else if !owned {
		data = bytes.Clone(data)
	}
	o.mu.Lock()
	o.files[p] = data
	o.mu.Unlock()
	return nil
}

// buffer returns an empty buffer from o.bufs.
func (o *Output) buffer() *bytes.Buffer {
	if b, ok := o.bufs.Get().(*bytes.Buffer); ok {
		b.Reset()
		return b
	}
	return new(bytes.Buffer)
}

// maxPooled is the largest buffer o.bufs keeps.
const maxPooled = 1 << 20

// release returns buf to o.bufs, unless it is too big to keep around.
func (o *Output) release(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooled {
		o.bufs.Put(buf)
	}
}

// folderFor makes the folder of p, a slash path under o.dir, if need be.
func (o *Output) folderFor(p string) error {
	d := path.Dir(p)
	o.mu.Lock()
	made := o.made[d]
	o.mu.Unlock()
	if !made {
		// Most folders are new (articles/<slug>/) under one made before:
		// one mkdir, without MkdirAll's stat.
		if err := o.site.mkdir(d); err != nil {
			return err
		}
		o.mu.Lock()
		o.made[d] = true
		o.mu.Unlock()
	}
	return nil
}

// addStream adds the file at p that mk writes to w, as addAs(p, "",
// data) adds the bytes mk writes, for a large file made piece by piece
// (timeline.json, the calendar): when o writes into a folder, the pieces
// go to the file as they come, and the file is never held in memory
// whole. A file mk fails to finish is an error, and may be left cut
// short in the folder (the build fails).
func (o *Output) addStream(p string, mk func(w io.Writer) error) error {
	if o.dir == "" {
		var b bytes.Buffer
		if err := mk(&b); err != nil {
			return err
		}
		return o.addOwned(p, b.Bytes())
	}
	if err := o.take(p); err != nil {
		return err
	}
	if err := o.folderFor(p); err != nil {
		return err
	}
	f, err := o.site.open(p)
	if err != nil {
		return err
	}
	w := &streamWriter{f: f, h: xxh3.New(), buf: make([]byte, 0, streamChunk)}
	err = mk(w)
	if err == nil {
		err = w.flush()
	}
	var fi fs.FileInfo
	if err == nil {
		fi, err = f.Stat()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	o.mu.Lock()
	o.states[p] = FileState{Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), Sum: Sum(w.h.Sum128().Bytes())}
	o.mu.Unlock()
	return nil
}

// streamChunk is how much of a streamed file is written at once.
const streamChunk = 256 << 10

// streamWriter writes a file in chunks of streamChunk bytes, summing what
// it writes as sumOf sums a file's bytes.
type streamWriter struct {
	f   *os.File
	h   *xxh3.Hasher
	buf []byte
	err error
}

func (w *streamWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if len(w.buf)+len(p) > streamChunk {
		if err := w.flush(); err != nil {
			return 0, err
		}
		if len(p) >= streamChunk {
			_, _ = w.h.Write(p)
			if _, w.err = w.f.Write(p); w.err != nil {
				return 0, w.err
			}
			return len(p), nil
		}
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

func (w *streamWriter) flush() error {
	if w.err != nil || len(w.buf) == 0 {
		return w.err
	}
	_, _ = w.h.Write(w.buf)
	_, w.err = w.f.Write(w.buf)
	w.buf = w.buf[:0]
	return w.err
}

// write writes data at p under o.dir, minified as media type mt (unless
// mt is ""), making its folder if need be. The minifier reads data in place
// and writes into a pooled buffer, which goes to the file in one write.
func (o *Output) write(p, mt string, data []byte) error {
	if err := o.folderFor(p); err != nil {
		return err
	}
	// The bytes go to the file and to the checksum the manifest keeps.
	if mt != "" {
		buf := o.buffer()
		defer o.release(buf)
		if err := o.min.Minify(mt, buf, buffer.NewReader(data)); err != nil {
			return fmt.Errorf("render: minify %s: %w", p, err)
		}
		data = buf.Bytes()
	}
	size, mtime, err := o.site.create(p, data)
	if err != nil {
		return err
	}
	sum := sumOf(data)
	o.mu.Lock()
	o.states[p] = FileState{Size: size, ModTime: mtime, Sum: sum}
	o.mu.Unlock()
	return nil
}

// Page executes the page template tmpl ("article.html") with p and adds the
// result at p.Path. Template errors are content.Errors naming the template
// file and line.
func (o *Output) Page(tmpl string, p *Page) error {
	t, err := o.pageTemplate(tmpl)
	if err != nil {
		return err
	}
	return o.page(t, p, nil)
}

// pageTemplate is what executing a page template takes: its set, what
// its pages depend on and its fast path, looked up once for many pages.
type pageTemplate struct {
	name string
	set  *template.Template
	deps deps
	fast fastPage
}

func (o *Output) pageTemplate(tmpl string) (*pageTemplate, error) {
	set, err := o.Templates.Page(tmpl)
	if err != nil {
		return nil, err
	}
	t := &pageTemplate{name: tmpl, set: set, fast: o.Templates.fastPath(set)}
	if o.memo != nil {
		t.deps = o.Templates.depsOf(set, tmpl)
	}
	return t, nil
}

// page is Page with the template looked up, executing into buf, or, when
// buf is nil, a buffer of o.bufs.
func (o *Output) page(t *pageTemplate, p *Page, buf *bytes.Buffer) error {
	if o.memo != nil && o.memo.skip(t.deps, p, t.fast != nil) {
		o.mu.Lock()
		defer o.mu.Unlock()
		if _, dup := o.files[p.Path]; dup {
			return fmt.Errorf("render: two files at %s", p.Path)
		}
		o.files[p.Path] = nil // kept from the last build: see Memo
		o.paths = append(o.paths, p.Path)
		return nil
	}
	if buf == nil {
		buf = o.buffer()
		defer o.release(buf)
	}
	return o.execute(t, p, buf)
}

// execute is Page with the template found and the page not kept from the
// last build, executing into buf (emptied first).
func (o *Output) execute(t *pageTemplate, p *Page, buf *bytes.Buffer) error {
	set, tmpl := t.set, t.name
	buf.Reset()
	if fast := t.fast; fast != nil {
		// The built-in templates, written without html/template; on an
		// error, html/template runs and reports it.
		f := fastWriter{buf: buf.AvailableBuffer(), labels: &o.labels}
		if err := fast(&f, p); err == nil {
			// The page, in buf's own array unless it grew out of it.
			*buf = *bytes.NewBuffer(f.buf)
			if o.dir == "" && buf.Cap() > maxPooled {
				// A large page's buffer is not pooled (see
				// release): its bytes are kept, not copied, and
				// the caller's buffer starts afresh.
				data := buf.Bytes()
				*buf = bytes.Buffer{}
				return o.addOwned(p.Path, data)
			}
			return o.addAs(p.Path, "", buf.Bytes())
		}
		buf.Reset()
	}
	if err := set.ExecuteTemplate(buf, tmpl, p); err != nil {
		return o.Templates.errorOf(set, tmpl, p, err)
	}
	if o.Templates.Minified(set) {
		// Minified as templates when loaded: written as they come, but
		// for the line breaks between the template's definitions.
		return o.addAs(p.Path, "", bytes.TrimSpace(buf.Bytes()))
	}
	return o.Add(p.Path, buf.Bytes())
}

// Has reports whether a file was added at p.
func (o *Output) Has(p string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	_, ok := o.files[p]
	return ok
}

// Files returns the files added so far, sorted by path. When the Output
// writes into a folder, their Data is nil.
func (o *Output) Files() []File {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.sorted < len(o.paths) {
		// Only the paths added since the last call are sorted, then
		// merged in: the sitemap lists the files before the last ones.
		fresh := o.paths[o.sorted:]
		slices.Sort(fresh)
		if o.sorted > 0 {
			merged := make([]string, 0, len(o.paths))
			old := o.paths[:o.sorted]
			for len(old) > 0 && len(fresh) > 0 {
				if old[0] < fresh[0] {
					merged, old = append(merged, old[0]), old[1:]
				} else {
					merged, fresh = append(merged, fresh[0]), fresh[1:]
				}
			}
			o.paths = append(append(merged, old...), fresh...)
		}
		o.sorted = len(o.paths)
	}
	fs := make([]File, len(o.paths))
	for i, p := range o.paths {
		fs[i] = File{Path: p, Data: o.files[p]}
	}
	return fs
}

// Pages counts the HTML files among files.
func Pages(files []File) int {
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f.Path, ".html") {
			n++
		}
	}
	return n
}

// RenderPages renders the page template tmpl for each of pages in parallel and
// adds them. It returns every problem found, as content.Errors when they are
// template problems; the files added do not depend on the order of work.
func (o *Output) RenderPages(ctx context.Context, tmpl string, pages []*Page) error {
	if len(pages) == 0 {
		return nil
	}
	t, err := o.pageTemplate(tmpl)
	if err != nil {
		return err
	}
	errs := make([]error, len(pages))
	// One worker a processor, each with its own buffer, taking the pages
	// largest first (see largestFirst).
	order := largestFirst(pages)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(pages)) {
		wg.Go(func() {
			buf := o.buffer()
			defer o.release(buf)
			for {
				i := int(next.Add(1) - 1)
				if i >= len(pages) {
					return
				}
				if order != nil {
					i = order[i]
				}
				if err := ctx.Err(); err != nil {
					errs[i] = err
					continue
				}
				errs[i] = o.page(t, pages[i], buf)
			}
		})
	}
	wg.Wait()
	err = content.Join(errs...)
	if all, ok := err.(content.Errors); ok {
		return dedupe(all)
	}
	return err
}

// largestFirst returns the order in which to render pages, the pages that
// show the most events first, or nil to render them as they come (when
// they all show about as much: an article's or an event's pages). The
// last pages taken are then small, and the workers finish together: a
// place named by a thousand events, left to the end, would keep one
// core busy after the other had finished.
func largestFirst(pages []*Page) []int {
	work := func(p *Page) int {
		switch {
		case p.Entity != nil:
			return len(p.Entity.Events)
		case p.Part != nil:
			return len(p.Part.Events) + len(p.Part.Articles)
		}
		return 0
	}
	if !slices.ContainsFunc(pages, func(p *Page) bool { return work(p) > 0 }) {
		return nil
	}
	order := make([]int, len(pages))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(work(pages[j]), work(pages[i])) })
	return order
}
