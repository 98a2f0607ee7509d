package render

import (
	"reflect"
	"testing"

	"github.com/newsroom/timeline/timeline/events"
)

// TestEventSumFields checks that an event's fingerprint covers every field
// of events.Event, Date and Source: a page is kept only when its events'
// fingerprints are unchanged, so a field left out would leave pages stale.
// Each field is changed in turn, at every depth; the fingerprint must
// change with it.
func TestEventSumFields(t *testing.T) {
	base := events.Event{
		Readings: []events.Date{{}},
		Places:   []string{""},
		People:   []string{""},
		Sources:  []events.Source{{}},
	}
	sum := func(e *events.Event) Sum {
		f := newFingerprint()
		defer f.release()
		writeEvent(f, e)
		return f.sum()
	}
	want := sum(&base)
	n := 0
	var walk func(path string, get func(e *events.Event) reflect.Value)
	walk = func(path string, get func(e *events.Event) reflect.Value) {
		v := get(&base)
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				walk(path+"."+v.Type().Field(i).Name, func(e *events.Event) reflect.Value { return get(e).Field(i) })
			}
			return
		case reflect.Slice:
			walk(path+"[0]", func(e *events.Event) reflect.Value { return get(e).Index(0) })
			return
		}
		e := base
		e.Readings = append([]events.Date(nil), base.Readings...)
		e.Places = append([]string(nil), base.Places...)
		e.People = append([]string(nil), base.People...)
		e.Sources = append([]events.Source(nil), base.Sources...)
		f := get(&e)
		switch f.Kind() {
		case reflect.String:
			f.SetString("x")
		case reflect.Bool:
			f.SetBool(true)
		default:
			t.Fatalf("%s: a field of kind %s; teach writeEvent and this test", path, f.Kind())
		}
		n++
		if sum(&e) == want {
			t.Errorf("%s: changing it leaves the event's fingerprint unchanged; add it to writeEvent", path)
		}
	}
	walk("Event", func(e *events.Event) reflect.Value { return reflect.ValueOf(e).Elem() })
	if n < 20 {
		t.Fatalf("only %d fields checked", n)
	}
}

// TestEventSumsAcrossBuilds checks EventSums: an event whose lists are the
// last build's arrays gets the last build's fingerprint; one with new lists
// (even of equal fields elsewhere) is fingerprinted afresh, so a changed
// source is never hidden.
func TestEventSumsAcrossBuilds(t *testing.T) {
	direct := func(e *events.Event) Sum {
		f := newFingerprint()
		defer f.release()
		writeEvent(f, e)
		return f.sum()
	}
	var keep EventSums
	build := func(e *events.Event) Sum {
		m := NewMemo([]byte("salt"), nil)
		m.EventSums = &keep
		return m.event(e)
	}
	e := events.Event{ID: "2025-01-01-talks", Title: "Talks", Places: []string{"Geneva"}, People: []string{},
		Sources: []events.Source{{Article: "a", Quote: "They met on 1 January."}}}
	first := build(&e)
	if first != direct(&e) {
		t.Fatal("the first build's fingerprint is not the event's")
	}
	same := e // a new Event sharing the lists, as a Merger's kept event is
	if got := build(&same); got != first {
		t.Errorf("an event with the last build's lists got another fingerprint")
	}
	if _, ok := keep.lookup(keyOf(&same)); !ok {
		t.Errorf("the kept event was not found among the last build's")
	}
	// Another event whose sources start at the same address (a
	// sub-slice of the same array) is not taken for it.
	other := e
	other.ID, other.Title = "2025-01-01-other", "Other"
	if got := build(&other); got != direct(&other) {
		t.Errorf("an event sharing the sources' array got another's fingerprint")
	}
	changed := e
	changed.Sources = []events.Source{{Article: "a", Quote: "They met on 2 January."}}
	if got := build(&changed); got == first || got != direct(&changed) {
		t.Errorf("an event with a changed source kept the old fingerprint")
	}
}
