package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/adrg/frontmatter"
)

// Seed is an article a corpus is built from.
type Seed struct {
	Slug  string    // base of the generated slugs
	Title string    // base of the generated titles
	Date  time.Time // publication date; the generator shifts it
	Body  string    // Markdown
}

// ReadSeeds reads the articles dir/*.md (YAML or TOML frontmatter with a
// title and a date, then Markdown), in file name order, skipping drafts.
// A file without frontmatter, date or title is an error naming the file.
func ReadSeeds(dir string) ([]Seed, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var seeds []Seed
	for _, p := range paths {
		s, draft, err := readSeed(p)
		if err != nil {
			return nil, err
		}
		if !draft {
			seeds = append(seeds, s)
		}
	}
	if len(seeds) == 0 {
		return nil, fmt.Errorf("corpus: no seed articles (*.md) in %s", dir)
	}
	return seeds, nil
}

func readSeed(path string) (s Seed, draft bool, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return s, false, err
	}
	var fm map[string]any
	body, err := frontmatter.MustParse(bytes.NewReader(data), &fm)
	if err != nil {
		return s, false, fmt.Errorf("%s: frontmatter: %w", path, err)
	}
	s.Slug = strings.TrimSuffix(filepath.Base(path), ".md")
	if v, ok := fm["slug"].(string); ok && v != "" {
		s.Slug = v
	}
	s.Title, _ = fm["title"].(string)
	if s.Title == "" {
		return s, false, fmt.Errorf("%s: frontmatter: no title", path)
	}
	draft, _ = fm["draft"].(bool)
	switch v := fm["date"].(type) {
	case time.Time:
		s.Date = time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC)
	case string:
		if len(v) >= 10 {
			s.Date, err = time.Parse(time.DateOnly, v[:10])
		}
	case fmt.Stringer: // a TOML local date
		if str := v.String(); len(str) >= 10 {
			s.Date, err = time.Parse(time.DateOnly, str[:10])
		}
	}
	if err != nil || s.Date.IsZero() {
		return s, false, fmt.Errorf("%s: frontmatter: no date (YYYY-MM-DD)", path)
	}
	s.Body = strings.TrimLeft(string(body), "\r\n")
	return s, draft, nil
}
