package feed

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsroom/timeline/timeline/events"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testSite is a site whose every field tests something: markup and quotes in
// the title, a base URL with a port and without the final slash.
var testSite = Site{
	Title:       `Water & "Power" <crisis>`,
	Description: "How Riverton's water dispute unfolded; who said what, and when.",
	BaseURL:     "https://news.example:8443/water",
	Language:    "en",
	Author:      "Riverton Ledger",
}

// testEvents is a small timeline about an invented story, in the order
// events.Merge returns (start date, then id). It exercises day, week and
// month dates, an approximate date, disagreeing sources, an event without
// sources, markup and quotes in every user-written field, TEXT specials
// (\ ; , and line breaks) and non-ASCII text long enough to be folded.
func testEvents() []events.Event {
	return []events.Event{
		{
			ID:      "2024-03-04-council-vote",
			Title:   `Council votes 5–4 on "Dam & Reservoir" plan`,
			Summary: "The city council approved the reservoir plan; opponents walked out, saying the vote, held at 11 p.m., was rushed.",
			Kind:    events.KindStatement,
			Date: events.Date{Value: "2024-03-04", Start: "2024-03-04", End: "2024-03-04",
				Granularity: "day", Label: "Monday, 4 March 2024"},
			Places: []string{"Riverton", "City Hall"},
			People: []string{"Ana Ruiz", "Tom O'Neil"},
			URL:    "events/2024-03-04-council-vote/",
			Sources: []events.Source{
				{Article: "council-vote", Title: "Council <b>approves</b> reservoir", Publisher: "Riverton Ledger",
					Published: "2024-03-05", URL: "articles/council-vote/#s2",
					OriginalURL: "https://ledger.example/a?id=1&page=2",
					Quote:       `On Monday the council voted 5–4; "it's done," said Ruiz.`,
					Expression:  "On Monday", Value: "2024-03-04"},
				{Article: "walkout", Title: "Opponents walk out", Publisher: "Valley Post",
					Published: "2024-03-07", URL: "articles/walkout/#s5",
					OriginalURL: "javascript:alert(1)",
					Quote:       "The vote on Monday night\nwas rushed, C:\\path said.",
					Expression:  "on Monday night", Value: "2024-03-04"},
			},
		},
		{
			ID:      "2024-03-11-protest-in-zurich",
			Title:   "Protest in Zürich über das Wasser — Łódź delegation joins 🌊",
			Summary: "Demonstrators from Zürich, Łódź and São Paulo marched; signs read «Wasser für alle» and 水は命 — the march's organisers counted ten thousand people.",
			Kind:    "other",
			Date: events.Date{Value: "2024-W11", Start: "2024-03-11", End: "2024-03-17",
				Granularity: "week", Approximate: true, Label: "week of 11 March 2024"},
			Readings: []events.Date{
				{Value: "2024-W11", Start: "2024-03-11", End: "2024-03-17", Granularity: "week", Label: "week of 11 March 2024"},
				{Value: "2024-03-16", Start: "2024-03-16", End: "2024-03-16", Granularity: "day", Label: "Saturday, 16 March 2024"},
			},
			Places: []string{"Zürich", "Łódź; São Paulo"},
			People: []string{"Zoë Müller"},
			URL:    "events/2024-03-11-protest-in-zurich/",
			Sources: []events.Source{
				{Article: "protest", Publisher: "", Title: "", Published: "2024-03-18T09:30:00+01:00",
					URL: "articles/protest/#s1", Quote: "Last week thousands marched in Zürich.",
					Expression: "Last week", Value: "2024-W11"},
			},
		},
		{
			ID:      "2024-04-pipeline-strike",
			Title:   `<script>alert("x")</script> Pipeline workers strike`,
			Summary: `Workers at the <i>pipeline</i> struck & "stopped" pumping.`,
			Kind:    events.KindStrike,
			Date: events.Date{Value: "2024-04", Start: "2024-04-01", End: "2024-04-30",
				Granularity: "month", Label: "April 2024"},
			Places: []string{"Pump Station 3"},
			URL:    "events/2024-04-pipeline-strike/",
			Sources: []events.Source{
				{Article: "strike", Title: `Strike <img src=x onerror=alert(1)>`, Publisher: "Valley Post",
					Published: "2024-05-02", URL: "articles/strike/#s3",
					Quote: "In April the workers struck.", Expression: "In April", Value: "2024-04"},
			},
		},
		{
			ID:    "2024-05-20-hearing",
			Title: "State hearing on water rights",
			Kind:  events.KindTalks,
			Date: events.Date{Value: "2024-05-20", Start: "2024-05-20", End: "2024-05-20",
				Granularity: "day", Label: "Monday, 20 May 2024"},
			URL: "events/2024-05-20-hearing/",
		},
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the change):\n%s", name, got)
	}
}

// htmlFacts parses an HTML fragment as a browser would and returns its
// links and whatever in it this package never writes: an element other than
// p, ul, li, a and blockquote, or an event handler attribute. User text that
// was not escaped shows up there.
func htmlFacts(t *testing.T, fragment string) (hrefs, foreign []string) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		t.Fatalf("parse HTML %q: %v", fragment, err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "ul", "li", "a", "blockquote":
			default:
				foreign = append(foreign, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					foreign = append(foreign, n.Data+"@"+a.Key)
				}
				if a.Key == "href" {
					hrefs = append(hrefs, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return hrefs, foreign
}
