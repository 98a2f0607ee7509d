package render

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"

	"github.com/newsroom/timeline/timeline/content"
)

// Templates are a site's templates and static assets: the files of the
// site's own templates folder, each overriding the built-in file of the same
// name. Page templates are executed in a set holding layout.html, every
// partials/*.html and the page file itself.
//
// A Templates caches the parsed sets; it is safe for concurrent use.
type Templates struct {
	dir     string // the site's templates folder as the user named it; "" when there is none
	site    fs.FS  // nil when there is none
	builtin fs.FS

	mu   sync.Mutex
	sets map[string]*template.Template
	// raw holds the sets some file of which could not be minified as a
	// template: their pages are minified one by one instead.
	raw map[*template.Template]bool
	// srcs are the sets parsed from the sources as they are, for errors
	// that name a template's own lines (see errorOf).
	srcs map[*template.Template]*template.Template
	// fast holds the sets that are the built-in templates a fast path
	// was written for (see fast.go), with it.
	fast map[*template.Template]fastPage
	// deps holds what the pages of each set depend on (see pageDeps),
	// found when the set is parsed: html/template rewrites a set's trees
	// when it first executes it, and a Templates may serve several
	// renders (a Builder keeps it while its files do not change).
	deps map[*template.Template]deps
	slow bool // no fast path: for tests
}

// NewTemplates returns the templates of the site folder dir (which need not
// exist) over builtin. Paths in errors are dir joined with the file's name;
// a built-in file's path is "templates/<name> (built-in)".
func NewTemplates(dir string, builtin fs.FS) *Templates {
	t := &Templates{builtin: builtin, sets: map[string]*template.Template{}, raw: map[*template.Template]bool{}, srcs: map[*template.Template]*template.Template{}, fast: map[*template.Template]fastPage{}, deps: map[*template.Template]deps{}}
	if fi, err := os.Stat(dir); dir != "" && err == nil && fi.IsDir() {
		t.dir = dir
		t.site = os.DirFS(dir)
	}
	return t
}

// Own reports whether the site has a templates folder of its own.
func (t *Templates) Own() bool { return t.site != nil }

// read returns the bytes of the named file and the path to report it by.
func (t *Templates) read(name string) ([]byte, string, error) {
	if t.site != nil {
		b, err := fs.ReadFile(t.site, name)
		if err == nil {
			return b, filepath.Join(t.dir, filepath.FromSlash(name)), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, filepath.Join(t.dir, filepath.FromSlash(name)), err
		}
	}
	b, err := fs.ReadFile(t.builtin, name)
	return b, t.builtinPath(name), err
}

func (t *Templates) builtinPath(name string) string {
	return "templates/" + name + " (built-in)"
}

// pathOf returns the path to report the named template file by.
func (t *Templates) pathOf(name string) string {
	if t.site != nil {
		if _, err := fs.Stat(t.site, name); err == nil {
			return filepath.Join(t.dir, filepath.FromSlash(name))
		}
	}
	return t.builtinPath(name)
}

// Files returns the names of the regular files under dir (a slash path such
// as "static") in either the site's folder or the built-in one, sorted.
func (t *Templates) Files(dir string) ([]string, error) {
	set := map[string]bool{}
	for _, fsys := range []fs.FS{t.site, t.builtin} {
		if fsys == nil {
			continue
		}
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == dir && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
				set[p] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

// ReadFile returns the bytes of the named file, the site's own if it has it.
func (t *Templates) ReadFile(name string) ([]byte, error) {
	b, _, err := t.read(name)
	return b, err
}

// Page returns the template set for the page template name ("index.html"):
// layout.html, partials/*.html and the page. Errors are content.Errors
// naming the template file and line.
func (t *Templates) Page(name string) (*template.Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if set, ok := t.sets[name]; ok {
		return set, nil
	}
	partials, err := t.Files("partials")
	if err != nil {
		return nil, err
	}
	files := append([]string{"layout.html"}, partials...)
	files = append(files, name)
	set := template.New("").Funcs(funcs())
	src := template.New("").Funcs(funcs())
	var errs content.Errors
	raw := false
	srcBytes := make([][]byte, 0, len(files))
	for _, f := range files {
		b, p, err := t.read(f)
		if err != nil {
			errs = append(errs, &content.Error{Path: p, Err: err})
			continue
		}
		srcBytes = append(srcBytes, b)
		if _, err := src.New(f).Parse(string(b)); err != nil {
			errs = append(errs, t.Error(err))
			continue
		}
		min, ok := minifyTemplate(b)
		if ok {
			_, err = set.New(f).Parse(min)
		}
		if !ok || err != nil {
			raw = true
			set.New(f).Parse(string(b))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	t.sets[name] = set
	t.srcs[set] = src
	t.raw[set] = raw
	t.deps[set] = pageDeps(set, name)
	if fp := fastPages(name); fp != nil && !raw && !t.slow && setSum(files, srcBytes) == fastSum(name) {
		t.fast[set] = fp
	}
	return set, nil
}

// fastPath returns the fast path of set, a set Page returned; nil when
// set has none.
func (t *Templates) fastPath(set *template.Template) fastPage {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.fast[set]
}

// depsOf returns what the pages of set, a set Page returned for the page
// template name, depend on besides their own data.
func (t *Templates) depsOf(set *template.Template, name string) deps {
	t.mu.Lock()
	defer t.mu.Unlock()
	d, ok := t.deps[set]
	if !ok {
		// Not a set of t's (never so in a render): analysed as it is.
		d = pageDeps(set, name)
	}
	return d
}

// errorOf returns the problem executing the page template name with data
// raised, as a content.Error naming the line of the template's own source:
// set, which Page returned, is the minified templates, whose lines are not
// the source's. err is what executing set raised.
func (t *Templates) errorOf(set *template.Template, name string, data any, err error) *content.Error {
	t.mu.Lock()
	src := t.srcs[set]
	t.mu.Unlock()
	if src != nil {
		if serr := src.ExecuteTemplate(io.Discard, name, data); serr != nil {
			err = serr
		}
	}
	return t.Error(err)
}

// Minified reports whether the pages of set, a set Page returned, come out
// minified: every file of it was minified as a template when it was
// loaded. Pages of other sets are minified one by one.
func (t *Templates) Minified(set *template.Template) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	raw, ok := t.raw[set]
	return ok && !raw
}

// tmplComment matches a template comment, with its delimiters and trim
// markers in groups 1 and 2.
var tmplComment = regexp.MustCompile(`(\{\{-?\s*)/\*[\s\S]*?\*/(\s*-?\}\})`)

// minifyTemplate minifies the HTML of a template source, leaving its
// actions as they are; ok is false when the minifier fails on it or might
// change its text.
func minifyTemplate(src []byte) (string, bool) {
	// The minifier collapses the spaces around an action inside a
	// textarea, where they are text: such files are left as they are.
	if bytes.Contains(bytes.ToLower(src), []byte("<textarea")) {
		return "", false
	}
	// Comments go (their trim markers stay): the minifier reads an
	// apostrophe in one as a quote.
	src = tmplComment.ReplaceAll(src, []byte("$1/**/$2"))
	// No minifier for CSS or scripts: their text, which may hold actions,
	// is left as it is.
	m := minify.New()
	var b strings.Builder
	b.Grow(len(src))
	hm := &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, TemplateDelims: html.GoTemplateDelims}
	if err := hm.Minify(m, &b, bytes.NewReader(src), nil); err != nil {
		return "", false
	}
	return b.String(), true
}

// Check parses every page template (each *.html at the top of the
// templates folders but layout.html) with the layout and partials, and
// returns every problem found as content.Errors, so that template problems
// are reported in the same run as problems in articles. Problems that show
// only when a template executes are left to Render.
func (t *Templates) Check() error {
	var pages []string
	for _, fsys := range []fs.FS{t.site, t.builtin} {
		if fsys == nil {
			continue
		}
		names, err := fs.Glob(fsys, "*.html")
		if err != nil {
			return err
		}
		pages = append(pages, names...)
	}
	sort.Strings(pages)
	var errs content.Errors
	for i, name := range pages {
		if name == "layout.html" || (i > 0 && pages[i-1] == name) {
			continue
		}
		if _, err := t.Page(name); err != nil {
			var many content.Errors
			if errors.As(err, &many) {
				errs = append(errs, many...)
			} else {
				errs = append(errs, &content.Error{Path: t.pathOf(name), Err: err})
			}
		}
	}
	if len(errs) > 0 {
		return dedupe(errs)
	}
	return nil
}

// tmplErr matches the position text/template and html/template put in their
// errors: "template: name:line:col: ..." or "html/template:name:line: ...".
var tmplErr = regexp.MustCompile(`^(?:html/)?template: ?([^:\s]+):(\d+)(?::\d+)?: ?(.*)$`)

// Error turns a template parse or execution error into a content.Error
// naming the template file and line.
func (t *Templates) Error(err error) *content.Error {
	msg := err.Error()
	if m := tmplErr.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		return &content.Error{Path: t.pathOf(m[1]), Line: line, Err: errors.New(m[3])}
	}
	return &content.Error{Path: "templates", Err: err}
}

// funcs are the functions every template may call, besides the built-in
// ones: join (strings.Join) and date ("2025-12-01" as "1 December 2025").
func funcs() template.FuncMap {
	return template.FuncMap{
		"join": strings.Join,
		"date": readableDate,
	}
}

// readableDate turns "2025-12-01" into "1 December 2025"; anything else is
// returned as it is.
func readableDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
}
