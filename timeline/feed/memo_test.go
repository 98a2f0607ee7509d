package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// manyEvents returns n events on consecutive days, as a long timeline has.
func manyEvents(n int) []events.Event {
	base := testEvents()[0]
	evs := make([]events.Event, n)
	for i := range evs {
		ev := base
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		ev.ID = day.Format(time.DateOnly) + "-event"
		ev.Date.Start, ev.Date.End = day.Format(time.DateOnly), day.Format(time.DateOnly)
		ev.URL = "events/" + ev.ID + "/"
		ev.Sources = slices.Clone(base.Sources)
		evs[i] = ev
	}
	return evs
}

func TestFeedEntries(t *testing.T) {
	evs := manyEvents(150)
	for _, c := range []struct {
		entries, want int
		why           string
	}{
		{0, DefaultEntries, "the default keeps the newest DefaultEntries"},
		{10, 10, "a setting keeps that many"},
		{-1, 150, "a negative setting keeps every event"},
		{500, 150, "a setting above the count keeps every event"},
	} {
		s := testSite
		s.Entries = c.entries
		files, err := Files(s, evs)
		if err != nil {
			t.Fatal(err)
		}
		var af struct {
			Entries []struct {
				ID string `xml:"id"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(files[AtomName], &af); err != nil {
			t.Fatal(err)
		}
		var jf struct{ Items []struct{ ID string } }
		if err := json.Unmarshal(files[JSONFeedName], &jf); err != nil {
			t.Fatal(err)
		}
		if len(af.Entries) != c.want || len(jf.Items) != c.want {
			t.Errorf("Entries %d: atom %d, json %d entries, want %d (%s)", c.entries, len(af.Entries), len(jf.Items), c.want, c.why)
			continue
		}
		// The newest first: the last event of the timeline leads.
		if want := "tag:news.example,2024-05-29:events/2024-05-29-event"; af.Entries[0].ID != want {
			t.Errorf("Entries %d: first entry %s, want %s", c.entries, af.Entries[0].ID, want)
		}
		var tl struct{ Events []any }
		if err := json.Unmarshal(files[TimelineJSName], &tl); err != nil || len(tl.Events) != 150 {
			t.Errorf("Entries %d: TimelineJS has %d events (%v), want all 150", c.entries, len(tl.Events), err)
		}
	}
}

// TestEachMemo checks that a Memo gives the bytes Each gives, reusing the
// parts of the unchanged events only, and starts afresh for other settings.
func TestEachMemo(t *testing.T) {
	collect := func(s Site, evs []events.Event, m *Memo) map[string][]byte {
		t.Helper()
		out := map[string][]byte{}
		if err := EachMemo(s, evs, nil, m, func(name string, b []byte) error { out[name] = bytes.Clone(b); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	same := func(step string, got, want map[string][]byte) {
		t.Helper()
		for name, w := range want {
			if !bytes.Equal(got[name], w) {
				t.Errorf("%s: %s differs from Each's", step, name)
			}
		}
	}
	var m Memo
	evs := manyEvents(40)
	same("first build", collect(testSite, evs, &m), collect(testSite, evs, nil))
	if m.Reused != 0 {
		t.Errorf("first build reused %d parts, want 0", m.Reused)
	}
	// One event changes, one is added, one removed.
	evs[3].Title = "A new title"
	evs = append(evs[1:], manyEvents(41)[40])
	same("after changes", collect(testSite, evs, &m), collect(testSite, evs, nil))
	if want := 2 * (len(evs) - 2); m.Reused != want {
		t.Errorf("reused %d parts, want %d (two per unchanged event)", m.Reused, want)
	}
	other := testSite
	other.BaseURL = "https://other.example/"
	same("other settings", collect(other, evs, &m), collect(other, evs, nil))
	if m.Reused != 0 {
		t.Errorf("reused %d parts under other settings, want 0", m.Reused)
	}
	// The files are written into the last call's memory: a smaller
	// timeline in a larger file's, then a larger one, and none.
	few := evs[:5]
	same("fewer events", collect(other, few, &m), collect(other, few, nil))
	more := manyEvents(120)
	same("more events", collect(other, more, &m), collect(other, more, nil))
	same("no events", collect(other, nil, &m), collect(other, nil, nil))
}

// TestEachTo checks that the files EachTo writes are the bytes Each gives,
// for timelines of several sizes.
func TestEachTo(t *testing.T) {
	for _, n := range []int{0, 1, 40} {
		evs := manyEvents(n)
		want := map[string][]byte{}
		if err := Each(testSite, evs, func(name string, b []byte) error { want[name] = bytes.Clone(b); return nil }); err != nil {
			t.Fatal(err)
		}
		got := map[string][]byte{}
		err := EachTo(testSite, evs, func(name string, write func(io.Writer) error) error {
			var b bytes.Buffer
			err := write(&b)
			got[name] = b.Bytes()
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%d events: EachTo wrote %d files, Each %d", n, len(got), len(want))
		}
		for name, w := range want {
			if !bytes.Equal(got[name], w) {
				t.Errorf("%d events: %s differs from Each's", n, name)
			}
		}
	}
}
