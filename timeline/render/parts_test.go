package render

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// evs returns events starting on the given days, in order.
func evs(days ...string) []*events.Event {
	var out []*events.Event
	for i, d := range days {
		out = append(out, &events.Event{ID: fmt.Sprintf("%s-e%d", d, i), Date: events.Date{Start: d, End: d}})
	}
	return out
}

func repeat(day string, n int) []string {
	var out []string
	for range n {
		out = append(out, day)
	}
	return out
}

func TestSplitTimeline(t *testing.T) {
	tests := []struct {
		reason string
		days   []string
		max    int
		want   string // the parts as key:count, space-separated; "" for no split
	}{
		{"everything fits on one page", []string{"2019-01-01", "2020-01-01"}, 2, ""},
		{"max 0 turns splitting off", []string{"2019-01-01", "2020-01-01"}, 0, ""},
		{"too many: one part per year", []string{"2019-01-01", "2019-05-01", "2020-01-01"}, 2, "2019:2 2020:1"},
		{"a year over max is split by month", []string{"2019-01-01", "2019-01-02", "2019-03-01", "2020-01-01"}, 2, "2019-01:2 2019-03:1 2020:1"},
		{"a month over max stays whole", append(repeat("2019-01-05", 3), "2020-02-02"), 2, "2019-01:3 2020:1"},
		{"undated events form their own part", []string{"", "", "2019-01-01"}, 2, "undated:2 2019:1"},
	}
	for _, tc := range tests {
		parts := SplitTimeline(evs(tc.days...), tc.max)
		var got []string
		n := 0
		for _, p := range parts {
			got = append(got, fmt.Sprintf("%s:%d", p.Key, len(p.Events)))
			if p.Page != "timeline/"+p.Key+"/" {
				t.Errorf("%s: part %s has page %q", tc.reason, p.Key, p.Page)
			}
			n += len(p.Events)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: parts %q, want %q", tc.reason, g, tc.want)
		}
		if parts != nil && n != len(tc.days) {
			t.Errorf("%s: parts hold %d events, want all %d", tc.reason, n, len(tc.days))
		}
	}
}

func TestSplitTimelineLabels(t *testing.T) {
	parts := SplitTimeline(evs("", "2019-03-01", "2019-03-02", "2020-01-01"), 1)
	var got []string
	for _, p := range parts {
		got = append(got, p.Label)
	}
	if g := strings.Join(got, "|"); g != "Undated|March 2019|2020" {
		t.Errorf("labels %q", g)
	}
}

func TestSplitTimelineLinks(t *testing.T) {
	parts := SplitTimeline(evs("2019-01-01", "2020-01-01", "2021-01-01"), 1)
	if len(parts) != 3 || parts[0].Prev != nil || parts[0].Next != parts[1] ||
		parts[1].Prev != parts[0] || parts[1].Next != parts[2] || parts[2].Next != nil {
		t.Errorf("parts are not linked in order to their neighbours")
	}
}

func TestAssignArticles(t *testing.T) {
	parts := SplitTimeline(evs("", "2019-01-01", "2019-03-01", "2019-03-02", "2021-06-01"), 2)
	// Parts: undated, 2019-01, 2019-03, 2021.
	var arts []*Article
	for _, d := range []string{"2022-01-05", "2021-02-01", "2020-05-05", "2019-03-09", "2019-02-01", "2018-12-31"} {
		arts = append(arts, &Article{Published: d})
	}
	assignArticles(parts, arts)
	want := map[string]string{
		"undated": "",
		"2019-01": "2019-02-01 2018-12-31", // no part for February; none before 2019
		"2019-03": "2020-05-05 2019-03-09", // 2020 has no part: the nearest earlier one
		"2021":    "2022-01-05 2021-02-01",
	}
	for _, p := range parts {
		var got []string
		for _, a := range p.Articles {
			got = append(got, a.Published)
		}
		if g := strings.Join(got, " "); g != want[p.Key] {
			t.Errorf("part %s lists %q, want %q", p.Key, g, want[p.Key])
		}
	}
}

// TestSplitSite renders a site whose timeline is split and follows its
// navigation: the index links every part, each part links its neighbours
// and the index, every event keeps its page at events/<id>/ and links back
// to the part that lists it, and every article is listed by one part.
// splitSite is six articles, each the source of one event in Geneva, on a
// timeline of at most two events a part.
func splitSite(t *testing.T) (*Site, []*content.Article, []events.Event) {
	t.Helper()
	var arts []*content.Article
	var evList []events.Event
	for i, d := range []string{"2019-01-03", "2019-01-20", "2019-02-01", "2020-05-05", "2020-06-06", "2021-01-01"} {
		slug := fmt.Sprintf("a%d", i)
		day, _ := time.Parse(time.DateOnly, d)
		arts = append(arts, &content.Article{Slug: slug, Meta: content.Meta{Title: "Article " + slug, Date: day}})
		id := d + "-talks"
		evList = append(evList, events.Event{ID: id, Title: "Talks " + d, URL: "events/" + id + "/",
			Date:    events.Date{Value: d, Start: d, End: d, Granularity: "day", Label: d},
			Places:  []string{"Geneva"},
			Sources: []events.Source{{Article: slug, Title: "Article " + slug, URL: "articles/" + slug + "/#s1", Published: d}}})
	}
	s, err := NewSite(Config{PartEvents: 2}, arts, evList)
	if err != nil {
		t.Fatal(err)
	}
	return s, arts, evList
}

func TestSplitSite(t *testing.T) {
	s, arts, evList := splitSite(t)
	files, err := Render(context.Background(), s, NewTemplates("", templates.FS()), Generators())
	if err != nil {
		t.Fatal(err)
	}
	page := map[string]string{}
	for _, f := range files {
		page[f.Path] = string(f.Data)
	}
	// 2019 has three events: split by month. 2020 and 2021 fit.
	wantParts := []string{"2019-01", "2019-02", "2020", "2021"}
	for i, key := range wantParts {
		p := "timeline/" + key + "/index.html"
		body, ok := page[p]
		if !ok {
			t.Fatalf("no part page %s", p)
		}
		if !strings.Contains(page["index.html"], `href="timeline/`+key+`/index.html"`) {
			t.Errorf("index.html does not link part %s", key)
		}
		if !strings.Contains(body, `href="../../index.html"`) {
			t.Errorf("%s does not link back to the index", p)
		}
		if i > 0 && !strings.Contains(body, `rel=prev href="../../timeline/`+wantParts[i-1]+`/index.html"`) {
			t.Errorf("%s does not link the part before it", p)
		}
		if i+1 < len(wantParts) && !strings.Contains(body, `rel=next href="../../timeline/`+wantParts[i+1]+`/index.html"`) {
			t.Errorf("%s does not link the part after it", p)
		}
	}
	for _, e := range evList {
		key := e.Date.Start[:4]
		if key == "2019" {
			key = e.Date.Start[:7]
		}
		body, ok := page["events/"+e.ID+"/index.html"]
		if !ok {
			t.Errorf("event %s has no page at events/%s/", e.ID, e.ID)
			continue
		}
		if !strings.Contains(body, `../../timeline/`+key+`/index.html#`+e.ID) {
			t.Errorf("event %s does not link back to its part %s", e.ID, key)
		}
		if !strings.Contains(page["timeline/"+key+"/index.html"], `id="`+e.ID+`"`) {
			t.Errorf("part %s does not list event %s", key, e.ID)
		}
		if strings.Contains(page["index.html"], `id="`+e.ID+`"`) {
			t.Errorf("the index of a split timeline lists event %s", e.ID)
		}
	}
	// Geneva has more events than a page of the timeline: its page lists
	// them compactly, each linked, without the sources.
	geneva := page["places/geneva/index.html"]
	if strings.Contains(geneva, "<blockquote") || strings.Contains(geneva, "articles/") {
		t.Errorf("the page of a place with many events shows their sources")
	}
	for _, e := range evList {
		if !strings.Contains(geneva, `href="../../events/`+e.ID+`/index.html"`) {
			t.Errorf("places/geneva/ does not link event %s", e.ID)
		}
	}
	for _, a := range arts {
		n := 0
		for _, key := range wantParts {
			n += strings.Count(page["timeline/"+key+"/index.html"], `href="../../articles/`+a.Slug+`/index.html">`)
		}
		if n != 1 {
			t.Errorf("article %s is listed by %d parts, want 1", a.Slug, n)
		}
	}
}
