package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
)

// projectSeeds returns the project's seed articles: content/*.md of this
// repository when present, otherwise the plain-text seeds in ../shared with
// the publication dates that SEEDS.md gives. It skips when neither exists.
func projectSeeds(t testing.TB) []Seed {
	t.Helper()
	if s, err := ReadSeeds(filepath.Join("..", "..", "content")); err == nil {
		return s
	}
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	f, err := os.Open(filepath.Join(dir, "SEEDS.md"))
	if err != nil {
		t.Skipf("no content/*.md and no ../shared/seeds (%v): skipping the test on the seed articles", err)
	}
	defer f.Close()
	var seeds []Seed
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "|")
		if len(cols) < 4 {
			continue
		}
		name, date := strings.TrimSpace(cols[1]), strings.TrimSpace(cols[2])
		if !strings.HasSuffix(name, ".txt") || len(date) < 10 {
			continue
		}
		d, err := time.Parse(time.DateOnly, date[:10])
		if err != nil {
			t.Fatalf("SEEDS.md: %s: %v", name, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		for _, l := range strings.Split(string(text), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		slug := strings.TrimSuffix(name, ".txt")
		seeds = append(seeds, Seed{Slug: "seed-" + slug[:3], Title: "Seed article " + slug[:3], Date: d,
			Body: strings.Join(paras, "\n\n") + "\n"})
	}
	if len(seeds) == 0 {
		t.Fatal("SEEDS.md lists no seed files")
	}
	return seeds
}

func TestProjectSeeds(t *testing.T) {
	seeds := projectSeeds(t)
	const n = 1000
	fs, err := Articles(n, Options{Seeds: seeds})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, f := range fs {
		total += len(f.Data)
	}
	if avg := total / n; avg < 2500 || avg > 6000 {
		t.Errorf("average article size %d bytes, want about 4 KB", avg)
	}
}

func BenchmarkWrite(b *testing.B) {
	seeds := projectSeeds(b)
	const n = 1000
	for b.Loop() {
		if err := Write(b.TempDir(), n, Options{Seeds: seeds}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestProjectSeedsParse checks that generated articles are valid input for
// the real article parser: frontmatter keys, date, slug.
func TestProjectSeedsParse(t *testing.T) {
	fs, err := Articles(25, Options{Seeds: projectSeeds(t), Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		a, err := content.Parse("content/"+f.Name, f.Data)
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		if a.Slug+".md" != f.Name || a.Meta.Date.IsZero() || a.Meta.Publisher == "" {
			t.Errorf("%s: parsed as slug %q, date %v, publisher %q", f.Name, a.Slug, a.Meta.Date, a.Meta.Publisher)
		}
	}
}
