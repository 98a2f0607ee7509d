package render

import (
	"fmt"
	"strings"
	"testing"

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
