package events

import (
	"testing"
)

// TestBlind8Dates checks the dating rules found on the eighth blind set,
// on articles written for this test (none from a gold set), with the real
// tagger: a bare clock time after a sentence that named two days has no
// day of its own.
func TestBlind8Dates(t *testing.T) {
	for _, c := range []struct {
		reason, date, text string
		value              string // the date of the second sentence's mention, "" for none
	}{
		{"a sentence that named two days ('early Monday ... on Tuesday') leaves a bare '5 a.m.' after it undated",
			"2027-03-09", "Two prisoners escaped from a jail in Leeds early Monday, and police were searching for them on Tuesday, officials said.\n\nGuards discovered the cells were empty at 5 a.m.", ""},
		{"counter-example: after a sentence that named one day, the day of publication, the clock time is that day's",
			"2027-03-09", "Two prisoners escaped from a jail in Leeds on Tuesday, officials said.\n\nGuards discovered the cells were empty at 5 a.m.", "2027-03-09"},
	} {
		got := ""
		for _, m := range Extract(article("dates", c.date, c.text), Options{}) {
			if m.Sentence == "s2" {
				got = m.Timex.Interval.Start.Format("2006-01-02")
			}
		}
		if got != c.value {
			t.Errorf("%s: second sentence dated %q, want %q", c.reason, got, c.value)
		}
	}
}

// TestBlind8Titles checks the titles of happenings found on the eighth
// blind set, on sentences written for this test: the subject of a verb
// after a relative clause without commas is the noun before "who"; a
// passive's subject is never a name met on the way; "at" before a place
// is no count.
func TestBlind8Titles(t *testing.T) {
	for _, c := range []struct{ reason, date, text, want string }{
		{"'A man who drove the getaway car was arrested': the man, not a bare 'Arrested'",
			"2027-03-13", "A man who drove the getaway car was arrested on Friday.", "Man arrested"},
		{"'A former soldier who shot two police officers in Lyon was captured': the soldier, not the clause's last word",
			"2027-03-13", "A former soldier who shot two police officers in Lyon was captured on Friday.", "Former soldier captured"},
		{"'One of the three climbers who ...': a part of a group keeps its count; the place inside the clause is no actor",
			"2027-03-13", "One of the three climbers who went missing near Chamonix was rescued on Thursday.", "One of three climbers rescued"},
		{"counter-example: an active verb keeps its subject and object",
			"2027-03-13", "The rebels captured a town near Gao on Friday.", "Rebels capture town"},
		{"counter-example: 'at least 40' is a count the headline drops",
			"2027-03-13", "The army captured at least 40 fighters near Gao on Friday.", "Army captures fighters"},
		{"'captured on Friday at a farm': 'at' is a preposition there, no object follows",
			"2027-03-13", "A former soldier who shot two police officers was captured on Friday at a farm near Lyon.", "Former soldier captured"},
	} {
		evs := extractMerge(t, article("titles", c.date, c.text))
		if len(evs) != 1 || evs[0].Title != c.want {
			got := ""
			if len(evs) > 0 {
				got = evs[0].Title
			}
			t.Errorf("%s: %d events, title %q, want %q", c.reason, len(evs), got, c.want)
		}
	}
}
