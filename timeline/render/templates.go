package render

import (
	"errors"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

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
}

// NewTemplates returns the templates of the site folder dir (which need not
// exist) over builtin. Paths in errors are dir joined with the file's name;
// a built-in file's path is "templates/<name> (built-in)".
func NewTemplates(dir string, builtin fs.FS) *Templates {
	t := &Templates{builtin: builtin, sets: map[string]*template.Template{}}
	if fi, err := os.Stat(dir); dir != "" && err == nil && fi.IsDir() {
		t.dir = dir
		t.site = os.DirFS(dir)
	}
	return t
}

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
	var errs content.Errors
	for _, f := range files {
		src, p, err := t.read(f)
		if err != nil {
			errs = append(errs, &content.Error{Path: p, Err: err})
			continue
		}
		if _, err := set.New(f).Parse(string(src)); err != nil {
			errs = append(errs, t.Error(err))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	t.sets[name] = set
	return set, nil
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
