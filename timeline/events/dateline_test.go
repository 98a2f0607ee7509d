package events

import "testing"

func TestStripDateline(t *testing.T) {
	for _, tc := range []struct{ in, want, why string }{
		{"VIENNA (APA) — Floodwaters breached a levee.", "Floodwaters breached a levee.", "city and agency"},
		{"KYIV, Ukraine (AP) — Russia launched drones.", "Russia launched drones.", "city, country and agency"},
		{"WASHINGTON — The Senate voted.", "The Senate voted.", "city and dash"},
		{"ROTTERDAM, May 12 (Reuters) - Port workers struck.", "Port workers struck.", "with the day of filing"},
		{"(AP) — A rocket lifted off.", "A rocket lifted off.", "the agency left of a split dateline"},
		{"NATO leaders met on Friday.", "NATO leaders met on Friday.", "a word in capitals is no dateline"},
		{"The talks ended.", "The talks ended.", "nothing to strip"},
		{"", "", "empty"},
	} {
		if got := StripDateline(tc.in); got != tc.want {
			t.Errorf("StripDateline(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.why)
		}
	}
}

func TestSummaryLeavesOutTheDateline(t *testing.T) {
	x := m("a", "s1", "on Sunday", "2024-09-15", KindOther, []string{"Tulln"}, nil)
	x.Quote = "VIENNA (APA) — Floodwaters breached a levee near Tulln on Sunday."
	evs, err := Merge([]Mention{x}, arts("a"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	if want := "Floodwaters breached a levee near Tulln on Sunday."; evs[0].Summary != want {
		t.Errorf("summary %q, want %q: the dateline is where the story was filed, not what happened", evs[0].Summary, want)
	}
	if evs[0].Sources[0].Quote != x.Quote {
		t.Errorf("source quote %q, want the sentence as it stands %q", evs[0].Sources[0].Quote, x.Quote)
	}
}
