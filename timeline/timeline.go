// Package timeline builds a static timeline site from a folder of articles:
// Build reads content/*.md, finds and merges their dated events, and writes
// the site into the destination folder.
package timeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/sync/errgroup"

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
}

// Result summarises a build.
type Result struct {
	Articles, Events, Pages int
	Files                   int    // every file written, pages included
	Destination             string // the folder written, as the user named it
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
		parse:   content.Parse,
		extract: events.Extract,
		merge:   events.Merge,
	}
}

// stages are the per-article and whole-site steps of a build, passed in so
// that tests can build whole sites around a stand-in.
type stages struct {
	parse   func(path string, src []byte) (*content.Article, error)
	extract func(a *content.Article, opts events.Options) []events.Mention
	merge   func(ms []events.Mention, arts map[string]*content.Article, opts events.Options) ([]events.Event, error)
	extra   []render.Generator
}

func build(ctx context.Context, cfg Config, st stages) (*Result, error) {
	src := cfg.Source
	if src == "" {
		src = "."
	}
	dest := cfg.Destination
	if dest == "" {
		dest = filepath.Join(src, "public")
	}
	realDest, err := checkDestination(src, dest)
	if err != nil {
		return nil, err
	}

	var errs content.Errors
	site, err := loadSiteConfig(src)
	if err != nil {
		errs = appendErr(errs, filepath.Join(src, siteConfigFile), err)
	}
	if cfg.BaseURL != "" {
		site.BaseURL = cfg.BaseURL
	}
	if _, err := render.ParseBaseURL(site.BaseURL); err != nil {
		if cfg.BaseURL != "" {
			return nil, fmt.Errorf("--base-url: %w", err)
		}
		errs = append(errs, &content.Error{Path: filepath.Join(src, siteConfigFile), Line: site.baseURLLine, Err: err})
	}

	arts, perrs := parseAll(ctx, src, st.parse)
	errs = append(errs, perrs...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	opts := events.Options{PeopleAliases: site.Aliases.People, PlaceAliases: site.Aliases.Places}
	bySlug := make(map[string]*content.Article, len(arts))
	for _, a := range arts {
		bySlug[a.Slug] = a
	}
	mentions := extractAll(arts, opts, st.extract)
	evs, err := st.merge(mentions, bySlug, opts)
	if err != nil {
		errs = appendErr(errs, "", err)
	}
	tpl := render.NewTemplates(filepath.Join(src, "templates"), templates.FS())
	if err := tpl.Check(); err != nil {
		errs = appendErr(errs, filepath.Join(src, "templates"), err)
	}
	if len(errs) > 0 {
		return nil, sortErrors(errs)
	}

	s, err := render.NewSite(render.Config{
		Title:       site.Title,
		Description: site.Description,
		Language:    site.Language,
		BaseURL:     site.BaseURL,
	}, arts, evs)
	if err != nil {
		return nil, err
	}
	// Rendered straight into the new folder: the site is never held in
	// memory whole.
	paths, err := render.RenderTo(ctx, realDest, s, tpl, render.Generators(st.extra...))
	if err != nil {
		return nil, err
	}
	pages := 0
	for _, p := range paths {
		if strings.HasSuffix(p, ".html") {
			pages++
		}
	}
	return &Result{
		Articles:    len(s.Articles),
		Events:      len(s.Events),
		Pages:       pages,
		Files:       len(paths),
		Destination: dest,
	}, nil
}

// parseAll reads and parses every content/*.md in parallel and returns the
// published articles (drafts left out) in file name order, with every
// problem found: unreadable files, parse errors, unsafe or duplicate slugs.
func parseAll(ctx context.Context, src string, parse func(string, []byte) (*content.Article, error)) ([]*content.Article, content.Errors) {
	dir := filepath.Join(src, "content")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, content.Errors{{Path: dir, Err: errors.New("no such folder: the source folder must hold the articles in content/*.md")}}
	}
	if err != nil {
		return nil, content.Errors{{Path: dir, Err: err}}
	}
	var paths []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".md") && !strings.HasPrefix(e.Name(), ".") {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(paths)

	arts := make([]*content.Article, len(paths))
	perr := make([]error, len(paths))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range paths {
		g.Go(func() error {
			if ctx.Err() != nil {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				perr[i] = &content.Error{Path: p, Err: fmt.Errorf("cannot read the file: %w", err)}
				return nil
			}
			arts[i], perr[i] = parse(p, b)
			return nil
		})
	}
	g.Wait()

	var errs content.Errors
	var out []*content.Article
	first := map[string]string{} // slug -> path of the first article with it
	for i, p := range paths {
		if perr[i] != nil {
			errs = appendErr(errs, p, perr[i])
			continue
		}
		a := arts[i]
		if a == nil || a.Meta.Draft {
			continue
		}
		if msg := unsafeSlug(a.Slug); msg != "" {
			errs = append(errs, &content.Error{Path: p, Err: fmt.Errorf("slug %q %s", a.Slug, msg)})
			continue
		}
		if prev, dup := first[a.Slug]; dup {
			errs = append(errs, &content.Error{Path: p, Err: fmt.Errorf("duplicate slug %q: %s has it too", a.Slug, prev)})
			continue
		}
		first[a.Slug] = p
		out = append(out, a)
	}
	return out, errs
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

// extractAll runs extract over the articles in parallel and returns their
// mentions in article order.
func extractAll(arts []*content.Article, opts events.Options, extract func(*content.Article, events.Options) []events.Mention) []events.Mention {
	per := make([][]events.Mention, len(arts))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, a := range arts {
		g.Go(func() error {
			per[i] = extract(a, opts)
			return nil
		})
	}
	g.Wait()
	var all []events.Mention
	for _, ms := range per {
		all = append(all, ms...)
	}
	return all
}

// appendErr adds err to errs, unpacking content.Errors and wrapping any
// other error as a problem of the file at path.
func appendErr(errs content.Errors, path string, err error) content.Errors {
	var many content.Errors
	var one *content.Error
	switch {
	case errors.As(err, &many):
		return append(errs, many...)
	case errors.As(err, &one):
		return append(errs, one)
	default:
		return append(errs, &content.Error{Path: path, Err: err})
	}
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
