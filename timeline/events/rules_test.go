package events

import (
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// TestEndsAndReturns checks the happenings that the closed lexicon used to
// miss, on sentences written for this test (none from a gold set), with
// the real tagger: each case gives the trigger and date wanted of the one
// mention, or no mention at all.
func TestEndsAndReturns(t *testing.T) {
	cases := []struct {
		reason, date, text string
		trigger, value     string // "" for no mention
		subject            string // when set, the mention's subject
	}{
		{"a count that finished is a happening, its head noun the subject",
			"2027-02-15", "The count of postal ballots in Graz finished on Monday.", "finished", "2027-02-15", "count"},
		{"a walkout that ended is dated by its end",
			"2027-02-19", "A two-day strike by Austrian bus drivers ended on Friday.", "ended", "2027-02-19", "strike"},
		{"talks that ended are dated by the talks, not the end verb",
			"2027-02-19", "The talks in Oslo earlier this week ended without agreement.", "talks", "2027-W07", ""},
		{"trains that resumed: the head of 'Trains from X and Y' is the subject",
			"2027-02-19", "Trains from Graz and Linz resumed on Friday afternoon.", "resumed", "2027-02-19TAF", "Trains"},
		{"'went to the polls' is an election day",
			"2027-03-07", "Estonians went to the polls on Sunday to elect a new parliament.", "polls", "2027-03-07", ""},
		{"'polls show' is no happening",
			"2027-03-07", "Polls published on Sunday show the race tightening.", "", "", ""},
		{"a dam that gave way",
			"2027-03-08", "An earthen dam gave way near the village of Tulcea early Monday.", "gave", "2027-03-08", ""},
		{"'gave a speech' is no breach (and a speech needs a named speaker)",
			"2027-03-08", "The minister gave a speech in Tulcea on Monday.", "", "", ""},
		{"a bridge that will open; the river it crosses is no subject",
			"2027-03-08", "The new bridge over the Danube will open on Friday.", "open", "2027-03-12", "bridge"},
		{"'an open letter' is no opening",
			"2027-03-08", "An open letter was published on Monday.", "", "", ""},
		{"'will receive ... from Wednesday' is never the Wednesday before",
			"2027-03-08", "The president will receive party leaders from Wednesday, her office said.", "", "", ""},
		{"'said on Thursday it was recalling' dates the recall",
			"2027-03-11", "Danish toy maker Brikko said on Thursday it was recalling 40,000 rattles.", "recalling", "2027-03-11", ""},
		{"'claimed victory ..., saying' is not stopped by the participle after the comma",
			"2027-03-08", "Tamm claimed victory in Tallinn late on Sunday, saying voters wanted change.", "victory", "2027-03-07", ""},
		{"'received 12 complaints' is no meeting",
			"2027-03-08", "The regulator received 12 complaints in February.", "", "", ""},
		{"a cancellation is a happening",
			"2027-03-08", "Ryanair cancelled 40 flights on Monday because of the walkout.", "cancelled", "2027-03-08", "Ryanair"},
	}
	for _, c := range cases {
		a := article("rules", c.date, c.text)
		ms := Extract(a, Options{})
		if c.trigger == "" {
			if len(ms) != 0 {
				t.Errorf("%s: got %d mentions (%s %s), want none", c.reason, len(ms), ms[0].Trigger, ms[0].Timex.Value)
			}
			continue
		}
		if len(ms) != 1 {
			t.Errorf("%s: got %d mentions, want 1", c.reason, len(ms))
			continue
		}
		m := ms[0]
		if !strings.EqualFold(m.Trigger, c.trigger) || m.Timex.Value != c.value {
			t.Errorf("%s: got %s dated %s, want %s dated %s", c.reason, m.Trigger, m.Timex.Value, c.trigger, c.value)
		}
		if c.subject != "" && m.Subject != c.subject {
			t.Errorf("%s: subject %q, want %q", c.reason, m.Subject, c.subject)
		}
	}
}

// TestNamedStormAndFinals checks the merging rules found on the fifth blind
// set, on articles written for this test: a named storm's landfall told at
// two places by two articles is one event; two finals won in one city on
// one day by different teams stay apart; a cancellation caused by a
// walkout is not the walkout.
func TestNamedStormAndFinals(t *testing.T) {
	arts := []*content.Article{
		article("storm-a", "2027-09-18", "HAVANA (Reuters) - Hurricane Odile made landfall in the province of Pinar del Rio on Saturday, officials said."),
		article("storm-b", "2027-09-19", "The hurricane made landfall near the town of Mantua yesterday, flattening homes. Hurricane Odile then weakened over the sea."),
		article("finals-a", "2027-05-29", "Sporting Braga won the Conference League final in Prague on Saturday."),
		article("finals-b", "2027-05-29", "Olympique Lyonnais won the Women's Champions League final in Prague on Saturday."),
		article("walkout", "2027-06-08", "Belgian air traffic controllers walked off the job on Monday.\n\nRyanair cancelled 40 flights on Monday because of the walkout."),
	}
	bySlug := map[string]*content.Article{}
	var ms []Mention
	for _, a := range arts {
		bySlug[a.Slug] = a
		ms = append(ms, Extract(a, Options{})...)
	}
	evs, err := Merge(ms, bySlug, Options{})
	if err != nil {
		t.Fatal(err)
	}
	eventOf := map[string]string{}
	for _, e := range evs {
		for _, s := range e.Sources {
			eventOf[s.Article+s.URL[strings.LastIndex(s.URL, "#"):]] = e.ID
		}
	}
	for _, c := range []struct {
		reason string
		a, b   string
		same   bool
	}{
		{"a named storm's landfall told at two places is one event", "storm-a#s1", "storm-b#s1", true},
		{"two finals in one city on one day, won by different teams", "finals-a#s1", "finals-b#s1", false},
		{"a cancellation because of a walkout is not the walkout", "walkout#s1", "walkout#s2", false},
	} {
		ea, eb := eventOf[c.a], eventOf[c.b]
		if ea == "" || eb == "" {
			t.Errorf("%s: %s in %q, %s in %q: want both extracted", c.reason, c.a, ea, c.b, eb)
			continue
		}
		if (ea == eb) != c.same {
			t.Errorf("%s: %s in %s, %s in %s", c.reason, c.a, ea, c.b, eb)
		}
	}
}
