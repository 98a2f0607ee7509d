package render

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/events"
)

func TestEventJSONMatchesMarshal(t *testing.T) {
	// appendEventJSON knows these fields, with these tags: a new one must
	// be written there too.
	known := map[reflect.Type]string{
		reflect.TypeFor[events.Event]():  `ID:json:"id" Title:json:"title" Summary:json:"summary" Kind:json:"kind" Date:json:"date" Readings:json:"readings,omitempty" Places:json:"places" People:json:"people" URL:json:"url" Sources:json:"sources"`,
		reflect.TypeFor[events.Date]():   `Value:json:"value" Start:json:"start" End:json:"end" Granularity:json:"granularity" Approximate:json:"approximate" Label:json:"label"`,
		reflect.TypeFor[events.Source](): `Article:json:"article" Title:json:"title" Publisher:json:"publisher" Published:json:"published" URL:json:"url" OriginalURL:json:"original_url" Quote:json:"quote" Expression:json:"expression" Value:json:"value"`,
	}
	for typ, want := range known {
		var fs []string
		for f := range typ.Fields() {
			fs = append(fs, f.Name+":"+string(f.Tag))
		}
		if got := strings.Join(fs, " "); got != want {
			t.Errorf("%v has fields %s; appendEventJSON writes %s: update it", typ, got, want)
		}
	}
	odd := "<b>&\"quote\"\\ \n\t\x00 é水🌊 \u2028 \xff"
	date := events.Date{Value: "2024-W11", Start: "2024-03-11", End: "2024-03-17", Granularity: "week", Approximate: true, Label: odd}
	src := events.Source{Article: "a", Title: odd, Publisher: "P", Published: "2024-03-18", URL: "articles/a/#s1",
		OriginalURL: "https://x.example/?a=1&b=<2>", Quote: odd, Expression: "Last week", Value: "2024-W11"}
	for _, e := range []events.Event{
		{},
		{ID: "x", Title: odd, Summary: odd, Kind: "talks", Date: date, URL: "events/x/"},
		{ID: "y", Date: date, Readings: []events.Date{date, {}}, Places: []string{}, People: []string{odd, ""}, Sources: []events.Source{}},
		{ID: "z", Readings: []events.Date{}, Places: []string{"Kyiv"}, Sources: []events.Source{src, {}, src}},
	} {
		want, err := json.Marshal(&e)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendEventJSON([]byte("x"), &e); string(got) != "x"+string(want) {
			t.Errorf("appendEventJSON wrote\n%s\njson.Marshal\n%s", got[1:], want)
		}
	}
}

func TestJSONLDMatchesMarshal(t *testing.T) {
	odd := "<b>&\"q\"\\ \n é水 \u2029 \xff"
	date := events.Date{Start: "2024-03-11", End: "2024-03-17"}
	for _, tc := range []struct {
		p      Page
		groups []SourceGroup
	}{
		{p: Page{Event: &events.Event{}}},
		{p: Page{Event: &events.Event{Title: odd, Summary: odd, Date: date, Places: []string{odd, "Kyiv"}, People: []string{"A"}}, Canonical: "https://x.example/events/x/"},
			groups: []SourceGroup{{Title: odd, Published: "2024-03-18", Publisher: odd, OriginalURL: "https://o.example/?a&b"}, {}}},
		{p: Page{Event: &events.Event{Date: events.Date{End: "2024-01-01"}, Places: []string{}}}},
	} {
		want, err := json.Marshal(tc.p.jsonLD(tc.groups))
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONLD([]byte("x"), &tc.p, tc.groups); string(got) != "x"+string(want) {
			t.Errorf("appendJSONLD wrote\n%s\njson.Marshal\n%s", got[1:], want)
		}
	}
}
