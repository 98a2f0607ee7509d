package events

import "testing"

func TestStripDateline(t *testing.T) {
	for _, tc := range []struct{ in, want, why string }{
		{"VIENNA (APA) — Floodwaters breached a levee.", "Floodwaters breached a levee.", "city and agency"},
		{"KYIV, Ukraine (AP) — Russia launched drones.", "Russia launched drones.", "city, country and agency"},
		{"WASHINGTON — The Senate voted.", "The Senate voted.", "city and dash"},
		{"ROTTERDAM, May 12 (Reuters) - Port workers struck.", "Port workers struck.", "with the day of filing"},
		{"(AP) — A rocket lifted off.", "A rocket lifted off.", "the agency left of a split dateline"},
		{"BEIRUT/JERUSALEM (Reuters) - Israel struck.", "Israel struck.", "a story filed from two cities"},
		{"Arezzo (Italy) (AFP) - The toll rose.", "The toll rose.", "AFP's town with its country in parentheses"},
		{"Lisbon (AFP) - The vote began.", "The vote began.", "AFP's town alone"},
		{"Leaders (of both parties) - met.", "Leaders (of both parties) - met.", "parentheses that name no agency are no dateline"},
		{"Kyiv, Ukraine — Russia launched drones.", "Kyiv, Ukraine — Russia launched drones.", "a city not in capitals is no dateline"},
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

// TestParticipleAfterArticleIsNoTrigger: "the flooded area" describes the
// area; the happening is the verb ("visited"), as a new user's flood
// story showed ("Nehammer floods area").
func TestParticipleAfterArticleIsNoTrigger(t *testing.T) {
	for _, tc := range []struct{ text, trigger, reason string }{
		{"Chancellor Karl Nehammer visited the flooded area on Monday.", "visited", "the participle qualifies a noun"},
		{"Rescuers reached the crashed plane on Monday.", "", "no trigger but the adjective: none"},
		{"The river flooded the area on Monday.", "flooded", "a verb is still a trigger"},
	} {
		got := Extract(article("a", "2024-09-17", tc.text), Options{})
		trig := ""
		if len(got) > 0 {
			trig = got[0].Trigger
		}
		if trig != tc.trigger {
			t.Errorf("%q: trigger %q, want %q (%s)", tc.text, trig, tc.trigger, tc.reason)
		}
	}
}

// TestTownOfUnknownPlace: "the town of Tulln" names a place even when the
// gazetteer lacks it, so the event is not placed at the dateline's city.
func TestTownOfUnknownPlace(t *testing.T) {
	for _, text := range []string{
		"VIENNA (APA) — Floodwaters breached a levee near the town of Tulln on Sunday, officials said.",
		"Floodwaters breached a levee in the village of Zwentendorf on Sunday.",
	} {
		got := Extract(article("a", "2024-09-16", text), Options{})
		if len(got) != 1 || len(got[0].Places) == 0 || got[0].Places[0] == "Vienna" || len(got[0].People) != 0 {
			t.Errorf("%q: got %+v, want the town as its place and no person", text, got)
		}
	}
}

// TestObjectEndsAtPlacePreposition: the object a title is made from stops
// at "near", "outside" and "during", as at "in".
func TestObjectEndsAtPlacePreposition(t *testing.T) {
	for _, tc := range []struct{ text, object string }{
		{"Floodwaters breached a levee near the town of Tulln on Sunday.", "levee"},
		{"Police arrested a man outside the stadium on Sunday.", "man"},
	} {
		got := Extract(article("a", "2024-09-16", tc.text), Options{})
		if len(got) != 1 || got[0].Object != tc.object {
			t.Errorf("%q: got %+v, want one mention with object %q", tc.text, got, tc.object)
		}
	}
}
