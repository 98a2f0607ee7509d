package render

import (
	"slices"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

func TestLargestFirst(t *testing.T) {
	ev := func(n int) []*events.Event { return make([]*events.Event, n) }
	ent := func(n int) *Page { return &Page{Entity: &Entity{Events: ev(n)}} }
	for _, c := range []struct {
		reason string
		pages  []*Page
		want   []int
	}{
		{"pages without entities or parts keep their order", []*Page{{}, {}, {}}, nil},
		{"the entity with the most events first, ties in order", []*Page{ent(1), ent(5), ent(1), ent(9)}, []int{3, 1, 0, 2}},
		{"a part counts its events and articles", []*Page{{Part: &TimelinePart{Events: ev(2)}}, {Part: &TimelinePart{Events: ev(1), Articles: make([]*Article, 3)}}}, []int{1, 0}},
	} {
		if got := largestFirst(c.pages); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.reason, got, c.want)
		}
	}
}

func TestMonthNameMatchesTime(t *testing.T) {
	for _, key := range []string{"2019-03", "2019-01", "2019-12", "0001-07", "2019-00", "2019-13", "2019-3x", "201a-03", "2019/03", "2019-3", "+201-03", "-201-03", "0000-03", "", "20190-3"} {
		want := ""
		if tm, err := time.Parse("2006-01", key); err == nil {
			want = tm.Format("January 2006")
		}
		if got := monthName(key); got != want {
			t.Errorf("monthName(%q) = %q, want %q as time.Parse and Format give", key, got, want)
		}
	}
}
