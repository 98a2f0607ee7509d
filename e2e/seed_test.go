package e2e

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsroom/timeline/timeline"
)

// buildSeeds builds the repository's own site (content/ and the default
// templates) for base into a temporary folder and returns the folder and
// the number of events.
func buildSeeds(t *testing.T, base string) (string, int) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	res, err := timeline.Build(context.Background(), timeline.Config{Source: "..", Destination: dest, BaseURL: base})
	if err != nil {
		t.Fatalf("building the seed site: %v", err)
	}
	return dest, res.Events
}

// TestSeedSite drives the browser through the seed site as a reader would.
func TestSeedSite(t *testing.T) {
	axe := axeSource(t)
	b := newBrowser(t)
	l, addr := listen(t)
	dir, n := buildSeeds(t, prefix)
	if n == 0 {
		t.Fatal("the seed site has no events")
	}
	serve(t, l, os.DirFS(dir), prefix)
	readerTour(t, b, axe, addr+prefix, "seeds")
}

// budget is the most the timeline page may weigh with its stylesheets and
// scripts, before compression.
const budget = 60 * 1024

// TestTimelinePageWeight checks the budget on the seed site and on the
// fixture: index.html plus every stylesheet and script it loads.
func TestTimelinePageWeight(t *testing.T) {
	seeds, _ := buildSeeds(t, prefix)
	fixture := t.TempDir()
	buildFixture(t, fixture, prefix)
	for name, dir := range map[string]string{"seed site": seeds, "fixture": fixture} {
		total, parts := pageWeight(t, dir, "index.html")
		t.Logf("%s: timeline page %d bytes: %s", name, total, strings.Join(parts, ", "))
		if total > budget {
			t.Errorf("%s: the timeline page weighs %d bytes with its CSS and JS, over the %d budget (%s)", name, total, budget, strings.Join(parts, ", "))
		}
	}
}

// pageWeight returns the size of page (a path in dir) plus the stylesheets
// and scripts it loads, and what it counted.
func pageWeight(t *testing.T, dir, page string) (int, []string) {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(dir, page))
	if err != nil {
		t.Fatal(err)
	}
	total := len(doc)
	parts := []string{page + " " + itoa(len(doc))}
	root, err := html.Parse(strings.NewReader(string(doc)))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			ref := ""
			switch {
			case n.DataAtom == atom.Link && attr(n, "rel") == "stylesheet":
				ref = attr(n, "href")
			case n.DataAtom == atom.Script:
				ref = attr(n, "src")
			}
			if ref != "" {
				if strings.Contains(ref, "//") {
					t.Errorf("%s loads %s from elsewhere", page, ref)
				} else {
					p := path.Join(path.Dir(page), strings.TrimPrefix(ref, prefix))
					b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
					if err != nil {
						t.Errorf("%s loads %s: %v", page, ref, err)
					}
					total += len(b)
					parts = append(parts, p+" "+itoa(len(b)))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return total, parts
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }
