// Package corpus generates large sites for benchmarks: N articles built from
// a handful of seed articles, with shifted publication dates and varied
// (made-up) publishers, as in the archive of a long-running story.
//
// Articles come in rounds: round r holds one copy of every seed, in an order
// and at a date chosen by the generator's seed. Every article of a round is
// shifted by the same whole number of weeks, so the seeds' relative
// expressions ("on Monday", "over the weekend", "yesterday") keep their
// meaning and the events that the seeds share still merge within a round;
// rounds that fall in the same week merge further, as a story reported by
// many outlets does. Absolute dates in the text move with the publication
// date (see Shift).
//
// The output is test data: titles carry a serial number, publishers come
// from a list of invented names, and every file says so in a comment.
package corpus

import (
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options configure a corpus. The zero value builds from content/ in the
// current folder with generator seed 0 over ten years.
type Options struct {
	// Seed chooses the dates, orders and publishers: the same Seed, seeds
	// and n give byte-identical articles.
	Seed uint64
	// Seeds are the articles to copy. When empty, they are read with
	// ReadSeeds from SeedDir.
	Seeds []Seed
	// SeedDir is the folder of seed articles used when Seeds is empty;
	// default "content".
	SeedDir string
	// Years is how far back from the seeds' own dates the publication
	// dates spread; default 10.
	Years int
}

// File is one generated article.
type File struct {
	Name string // file name inside content/: the slug plus ".md"
	Data []byte // frontmatter and Markdown body
}

// Generator makes the articles of one corpus. Its methods are safe for
// concurrent use.
type Generator struct {
	seeds []Seed
	dates [][]dateRef // the absolute dates in each seed's body
	seed  uint64
	weeks int
}

// New returns a generator for opts, reading the seeds if opts gives none.
func New(opts Options) (*Generator, error) {
	seeds := opts.Seeds
	if len(seeds) == 0 {
		dir := opts.SeedDir
		if dir == "" {
			dir = "content"
		}
		var err error
		if seeds, err = ReadSeeds(dir); err != nil {
			return nil, err
		}
	}
	for i, s := range seeds {
		if s.Date.IsZero() {
			return nil, fmt.Errorf("corpus: seed %d (%q) has no date", i, s.Slug)
		}
	}
	years := opts.Years
	if years <= 0 {
		years = 10
	}
	g := &Generator{seeds: seeds, seed: opts.Seed, weeks: years * 52}
	for _, s := range seeds {
		g.dates = append(g.dates, findDates(s.Body, s.Date))
	}
	return g, nil
}

// Article returns article i (0-based) of the corpus. It depends only on i,
// the seeds and the options, never on which other articles were made.
func (g *Generator) Article(i int) File {
	k := len(g.seeds)
	round, pos := i/k, i%k

	// The round's order of seeds and its shift back in time.
	rr := rand.New(rand.NewPCG(g.seed, uint64(round)<<1))
	perm := rr.Perm(k)
	weeks := rr.IntN(g.weeks + 1)
	seed := perm[pos]
	s := g.seeds[seed]
	shift := -7 * weeks

	// The article's own choices.
	ar := rand.New(rand.NewPCG(g.seed, uint64(i)<<1|1))
	publisher := publishers[ar.IntN(len(publishers))]

	date := s.Date.AddDate(0, 0, shift)
	slug := fmt.Sprintf("%s-%d", s.Slug, i+1)
	title := fmt.Sprintf("%s (%d)", s.Title, i+1)
	days, years := between(s.Date, date)
	body := shiftDates(s.Body, g.dates[seed], days, years)

	var b strings.Builder
	b.Grow(len(body) + 256)
	b.WriteString("---\n")
	b.WriteString("# Generated test article (timeline/corpus): the publisher is an invented name.\n")
	b.WriteString("title: " + quote(title) + "\n")
	b.WriteString("date: " + date.Format(time.DateOnly) + "\n")
	b.WriteString("publisher: " + quote(publisher) + "\n")
	b.WriteString("slug: " + quote(slug) + "\n")
	b.WriteString("---\n\n")
	b.WriteString(body)
	if !strings.HasSuffix(body, "\n") {
		b.WriteByte('\n')
	}
	return File{Name: slug + ".md", Data: []byte(b.String())}
}

// All yields articles 0 to n-1 in order.
func (g *Generator) All(n int) iter.Seq2[int, File] {
	return func(yield func(int, File) bool) {
		for i := range n {
			if !yield(i, g.Article(i)) {
				return
			}
		}
	}
}

// Articles returns the first n articles of the corpus opts describes.
func Articles(n int, opts Options) ([]File, error) {
	g, err := New(opts)
	if err != nil {
		return nil, err
	}
	fs := make([]File, n)
	for i, f := range g.All(n) {
		fs[i] = f
	}
	return fs, nil
}

// Write writes the first n articles of the corpus opts describes into
// dir/content/, making the folders it needs, so that dir is a site root.
// Files of the same names are overwritten; other files are left alone.
// Articles are generated and written in parallel.
func Write(dir string, n int, opts Options) error {
	g, err := New(opts)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, "content")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f := g.Article(i)
				if err := os.WriteFile(filepath.Join(out, f.Name), f.Data, 0o644); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// quote returns s as a YAML double-quoted scalar.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\u`)
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)) + h)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
