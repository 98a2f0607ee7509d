package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// ownSeeds are articles written for these tests, about events of their own.
func ownSeeds() []Seed {
	return []Seed{
		{Slug: "harbour-strike", Title: "Dock workers strike in Rotterdam", Date: day("2024-03-14"),
			Body: "Dock workers in Rotterdam walked out on Tuesday, the first strike at the port since 2019.\n\nThe union said talks would resume on March 20, 2024.\n"},
		{Slug: "harbour-talks", Title: "Port talks resume", Date: day("2024-03-15"),
			Body: "Union leaders and port managers met in Rotterdam yesterday.\n\nThe walkout that began on Tuesday cost the port millions, a spokesman said.\n"},
		{Slug: "harbour-deal", Title: "Deal ends port strike", Date: day("2024-03-22"),
			Body: "A deal signed on 21 March 2024 ended the strike, which had begun on 2024-03-12.\n"},
	}
}

func TestArticlesDeterministic(t *testing.T) {
	opts := Options{Seed: 7, Seeds: ownSeeds()}
	a, err := Articles(50, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Articles(50, opts)
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("article %d differs between two runs with the same options", i)
		}
	}
	opts.Seed = 8
	c, _ := Articles(50, opts)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].Data, c[i].Data) {
			same++
		}
	}
	if same == len(a) {
		t.Error("a different Seed gave the same corpus")
	}
	g, _ := New(Options{Seed: 7, Seeds: ownSeeds()})
	if f := g.Article(42); !bytes.Equal(f.Data, a[42].Data) {
		t.Error("Article(42) alone differs from the 43rd article of Articles")
	}
}

func TestArticlesShape(t *testing.T) {
	const n = 300
	seeds := ownSeeds()
	dir := t.TempDir()
	if err := Write(dir, n, Options{Seed: 1, Seeds: seeds, Years: 3}); err != nil {
		t.Fatal(err)
	}
	// The generated files are themselves valid seeds: this checks their
	// frontmatter (title, date, slug) the way a reader of content/ sees it.
	got, err := ReadSeeds(filepath.Join(dir, "content"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("ReadSeeds found %d articles, want %d", len(got), n)
	}
	slugs, titles := map[string]bool{}, map[string]bool{}
	years := map[int]bool{}
	for _, a := range got {
		if slugs[a.Slug] || titles[a.Title] {
			t.Errorf("slug %q or title %q repeated", a.Slug, a.Title)
		}
		slugs[a.Slug], titles[a.Title] = true, true
		years[a.Date.Year()] = true
		src := seedOf(t, seeds, a.Slug)
		shift := src.Date.Sub(a.Date)
		if shift < 0 || shift > 3*366*24*time.Hour || a.Date.Weekday() != src.Date.Weekday() {
			t.Errorf("%s: date %s is not a whole number of weeks within 3 years before %s",
				a.Slug, a.Date.Format(time.DateOnly), src.Date.Format(time.DateOnly))
		}
		if want := Shift(src.Body, src.Date, a.Date); a.Body != want {
			t.Errorf("%s: body is not the seed's with dates shifted:\n%s\nwant\n%s", a.Slug, a.Body, want)
		}
	}
	if len(years) < 3 {
		t.Errorf("dates span %d calendar years, want 3 or more", len(years))
	}
	data, _ := os.ReadFile(filepath.Join(dir, "content", got[0].Slug+".md"))
	if !bytes.Contains(data, []byte("publisher: ")) {
		t.Errorf("no publisher in\n%s", data)
	}
}

// seedOf returns the seed an article slug was made from.
func seedOf(t *testing.T, seeds []Seed, slug string) Seed {
	t.Helper()
	for _, s := range seeds {
		if rest, ok := strings.CutPrefix(slug, s.Slug+"-"); ok && !strings.Contains(rest, "-") {
			return s
		}
	}
	t.Fatalf("no seed for %q", slug)
	return Seed{}
}

func TestShift(t *testing.T) {
	from := day("2025-12-01")
	to := day("2019-06-03") // 338 weeks earlier; 6 calendar years
	tests := []struct {
		in, want, reason string
	}{
		{"on Monday", "on Monday", "relative expressions follow the publication date by themselves"},
		{"invaded Ukraine in 2022.", "invaded Ukraine in 2016.", "a year after 'in' moves by the calendar years between the dates"},
		{"since 2014 and mid-2024", "since 2008 and mid-2018", "'since' and 'mid-' mark years too"},
		{"a force of 2000 troops", "a force of 2000 troops", "a number after 'of' is not taken for a year"},
		{"on 2025-11-30,", "on 2019-06-02,", "an ISO date moves by the days between the dates"},
		{"on November 30, 2025.", "on June 2, 2019.", "'Month D, YYYY' moves by days"},
		{"on 30 November 2025", "on 2 June 2019", "'D Month YYYY' moves by days"},
		{"on November 30 it", "on June 2 it", "'Month D' moves by days, its year taken nearest the publication date"},
		{"in March 2026", "in March 2020", "'Month YYYY' moves by years"},
		{"25,000 troops and 2.5 times", "25,000 troops and 2.5 times", "other numbers are left alone"},
	}
	for _, tc := range tests {
		if got := Shift(tc.in, from, to); got != tc.want {
			t.Errorf("Shift(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestReadSeedsErrors(t *testing.T) {
	tests := []struct {
		name, file, want, reason string
	}{
		{"nodate.md", "---\ntitle: A\n---\nBody\n", "no date", "the date is what the generator shifts"},
		{"notitle.md", "---\ndate: 2024-01-02\n---\nBody\n", "no title", "titles are made from the seed's"},
		{"nofm.md", "Just text\n", "frontmatter", "an article without frontmatter is not a seed"},
	}
	for _, tc := range tests {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, tc.name), []byte(tc.file), 0o644)
		_, err := ReadSeeds(dir)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.name) {
			t.Errorf("%s: err = %v, want one naming the file and %q (%s)", tc.name, err, tc.want, tc.reason)
		}
	}
	if _, err := ReadSeeds(t.TempDir()); err == nil {
		t.Error("an empty folder gave no error")
	}
}

func TestReadSeedsTOML(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("+++\ntitle = \"A\"\ndate = 2024-01-02\n+++\n\nBody.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("---\ntitle: B\ndate: 2024-01-03\ndraft: true\n---\nBody.\n"), 0o644)
	s, err := ReadSeeds(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 1 || s[0].Slug != "a" || !s[0].Date.Equal(day("2024-01-02")) || s[0].Body != "Body.\n" {
		t.Errorf("got %+v, want the one non-draft TOML article a dated 2024-01-02", s)
	}
}
