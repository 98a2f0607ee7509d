package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
	"golang.org/x/sync/errgroup"

	"github.com/newsroom/timeline/timeline/content"
)

// File is one file of the site: its slash-separated path relative to the
// site root and its bytes.
type File struct {
	Path string
	Data []byte
}

// Output collects the files of one build, minifying each by its extension.
// It is safe for concurrent use: generators may render pages in parallel
// (see RenderPages).
type Output struct {
	Templates *Templates
	min       *minify.M

	memo *Memo // nil: render every page

	mu    sync.Mutex
	files map[string][]byte
}

// NewOutput returns an empty Output whose pages are executed from t.
func NewOutput(t *Templates) *Output {
	return &Output{Templates: t, min: newMinifier(), files: map[string][]byte{}}
}

// newMinifier returns a minifier for every type the site writes.
func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]json$`), json.Minify)
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
// is not local (absolute, "..", empty) or already added is an error.
func (o *Output) Add(p string, data []byte) error {
	if !fs.ValidPath(p) || p == "." || strings.HasSuffix(p, "/") {
		return fmt.Errorf("render: invalid output path %q", p)
	}
	if mt := mediaType(path.Ext(p)); mt != "" {
		b, err := o.min.Bytes(mt, data)
		if err != nil {
			return fmt.Errorf("render: minify %s: %w", p, err)
		}
		data = b
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if _, dup := o.files[p]; dup {
		return fmt.Errorf("render: two files at %s", p)
	}
	o.files[p] = data
	return nil
}

// Page executes the page template tmpl ("article.html") with p and adds the
// result at p.Path. Template errors are content.Errors naming the template
// file and line.
func (o *Output) Page(tmpl string, p *Page) error {
	set, err := o.Templates.Page(tmpl)
	if err != nil {
		return err
	}
	if o.memo.skip(set, tmpl, p) {
		o.mu.Lock()
		defer o.mu.Unlock()
		if _, dup := o.files[p.Path]; dup {
			return fmt.Errorf("render: two files at %s", p.Path)
		}
		o.files[p.Path] = nil // kept from the last build: see Memo
		return nil
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, tmpl, p); err != nil {
		return o.Templates.Error(err)
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

// Files returns the files added so far, sorted by path.
func (o *Output) Files() []File {
	o.mu.Lock()
	defer o.mu.Unlock()
	fs := make([]File, 0, len(o.files))
	for p, b := range o.files {
		fs = append(fs, File{Path: p, Data: b})
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Path < fs[j].Path })
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
	errs := make([]error, len(pages))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range pages {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				errs[i] = err
				return nil
			}
			errs[i] = o.Page(tmpl, p)
			return nil
		})
	}
	g.Wait()
	var all content.Errors
	for _, err := range errs {
		var many content.Errors
		var one *content.Error
		switch {
		case err == nil:
		case errors.As(err, &many):
			all = append(all, many...)
		case errors.As(err, &one):
			all = append(all, one)
		default:
			return err
		}
	}
	if len(all) > 0 {
		return dedupe(all)
	}
	return nil
}
