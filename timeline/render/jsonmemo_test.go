package render

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/events"
)

// TestEventJSON checks that timeline.json made with an EventJSON kept
// between renders is json.Marshal's document, event by event, after an
// event changes, one is added and one removed.
func TestEventJSON(t *testing.T) {
	ev := func(id, date, title string) events.Event {
		return events.Event{ID: id, Title: title, URL: "events/" + id + "/",
			Date: events.Date{Value: date, Start: date, End: date, Label: date}, Summary: `<"&'>`}
	}
	tpl := NewTemplates("", templates.FS())
	var keep EventJSON
	render := func(evs []events.Event) []byte {
		t.Helper()
		s, err := NewSite(Config{Title: `Talks "&" <more>`}, nil, evs)
		if err != nil {
			t.Fatal(err)
		}
		m := NewMemo([]byte("salt"), nil)
		m.EventJSON = &keep
		out := NewOutput(tpl)
		out.memo = m
		if err := TimelineJSON(context.Background(), s, out); err != nil {
			t.Fatal(err)
		}
		return out.files["timeline.json"]
	}
	want := func(evs []events.Event) []byte {
		t.Helper()
		s, _ := NewSite(Config{Title: `Talks "&" <more>`}, nil, evs)
		doc := struct {
			Title  string         `json:"title"`
			Events []events.Event `json:"events"`
		}{Title: s.Title, Events: []events.Event{}}
		for _, e := range s.Events {
			doc.Events = append(doc.Events, *e)
		}
		b, _ := json.Marshal(doc)
		out := NewOutput(tpl)
		if err := out.Add("timeline.json", b); err != nil {
			t.Fatal(err)
		}
		return out.files["timeline.json"]
	}
	steps := [][]events.Event{
		{ev("a", "2024-01-01", "A"), ev("b", "2024-01-02", "B"), ev("c", "2024-01-03", "C")},
		{ev("a", "2024-01-01", "A, retitled"), ev("b", "2024-01-02", "B"), ev("c", "2024-01-03", "C"), ev("d", "2024-01-04", "D")},
		{ev("b", "2024-01-02", "B"), ev("d", "2024-01-04", "D")},
		{},
	}
	for i, evs := range steps {
		if got, w := render(evs), want(evs); !bytes.Equal(got, w) {
			t.Errorf("step %d: timeline.json\n%s\nwant\n%s", i, got, w)
		}
	}
}
