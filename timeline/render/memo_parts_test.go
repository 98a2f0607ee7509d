package render

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// TestMemoKeepsTimelineParts renders a split timeline, changes one event,
// and renders again with the memo: the parts that neither list the event
// nor neighbour its part are kept, and every kept page is byte for byte
// what a whole render of the changed site makes.
func TestMemoKeepsTimelineParts(t *testing.T) {
	var arts []*content.Article
	var evList []events.Event
	for i, d := range []string{"2019-01-03", "2019-01-20", "2019-02-01", "2020-05-05", "2020-06-06", "2021-01-01", "2022-03-03", "2023-04-04"} {
		slug := fmt.Sprintf("a%d", i)
		day, _ := time.Parse(time.DateOnly, d)
		arts = append(arts, &content.Article{Slug: slug, Path: "content/" + slug + ".md", Hash: slug, Meta: content.Meta{Title: "Article " + slug, Date: day}})
		id := d + "-talks"
		evList = append(evList, events.Event{ID: id, Title: "Talks " + d, URL: "events/" + id + "/",
			Date:    events.Date{Value: d, Start: d, End: d, Granularity: "day", Label: d},
			Places:  []string{"Geneva"},
			People:  []string{"Ana Ruiz"},
			Sources: []events.Source{{Article: slug, Title: "Article " + slug, URL: "articles/" + slug + "/#s1", Published: d}}})
	}
	tpl := NewTemplates("", templates.FS())
	render := func(evs []events.Event, m *Memo) map[string][]byte {
		t.Helper()
		s, err := NewSite(Config{Title: "t", Description: "d", PartEvents: 2}, arts, evs)
		if err != nil {
			t.Fatal(err)
		}
		files, err := RenderMemo(context.Background(), s, tpl, Generators(), m)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for _, f := range files {
			out[f.Path] = f.Data
		}
		return out
	}
	m1 := NewMemo([]byte("salt"), nil)
	before := render(evList, m1)

	for _, c := range []struct {
		change func([]events.Event) []events.Event
		kept   []string
		redone []string
		why    string
	}{
		{func(e []events.Event) []events.Event { return e }, []string{"timeline/2019-01/index.html", "timeline/2021/index.html", "timeline/2023/index.html"}, nil, "nothing changed"},
		{func(e []events.Event) []events.Event { e[6].Title = "Talks resume"; return e },
			[]string{"timeline/2019-01/index.html", "timeline/2019-02/index.html", "timeline/2020/index.html"},
			[]string{"timeline/2021/index.html", "timeline/2022/index.html", "timeline/2023/index.html"},
			"a 2022 event retitled: its part and the neighbours (which link it) are rendered"},
		{func(e []events.Event) []events.Event { e[6].Places = []string{"Bern"}; return e }, nil,
			[]string{"timeline/2019-01/index.html", "timeline/2023/index.html"},
			"a new place: every part's filter lists it"},
	} {
		evs := c.change(append([]events.Event{}, evList...))
		m2 := NewMemo([]byte("salt"), m1.Current)
		got := render(evs, m2)
		whole := render(evs, nil)
		for p, want := range whole {
			b := got[p]
			if m2.Kept[p] {
				b = before[p]
			}
			if !bytes.Equal(b, want) {
				t.Errorf("%s: %s differs from a whole render (kept: %v)", c.why, p, m2.Kept[p])
			}
		}
		for _, p := range c.kept {
			if !m2.Kept[p] {
				t.Errorf("%s: %s was rendered, want kept", c.why, p)
			}
		}
		for _, p := range c.redone {
			if m2.Kept[p] {
				t.Errorf("%s: %s was kept, want rendered", c.why, p)
			}
		}
		if m2.Kept["index.html"] {
			t.Errorf("%s: the index was kept; it reads the whole timeline", c.why)
		}
	}
}
