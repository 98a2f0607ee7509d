package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// TestBlind7Phrases checks the happenings found missing or misread on the
// seventh blind set, on sentences written for this test (none from a gold
// set), with the real tagger: each case gives the trigger, date and kind
// wanted of the one mention, or no mention at all.
func TestBlind7Phrases(t *testing.T) {
	cases := []struct {
		reason, date, text string
		trigger, value     string // "" for no mention
		kind, detail       string // when set, the mention's kind and detail
	}{
		{"a train that hit another, with no weapon, is a crash, not a strike",
			"2027-04-14", "A commuter train hit a stationary train near Ghent on Tuesday.", "hit", "2027-04-13", KindOther, "collision"},
		{"a bus that slammed into a lorry, killing people: a crash",
			"2027-04-14", "A bus slammed into a lorry near Brno late on Tuesday, killing four people.", "slammed", "2027-04-13", KindOther, "collision"},
		{"'two trains collided' is a happening",
			"2027-04-14", "Two trains collided near Ghent on Tuesday.", "collided", "2027-04-13", KindOther, ""},
		{"counter-example: a missile that hit a train is an attack",
			"2027-04-14", "A missile hit a passenger train near Kharkiv on Tuesday.", "hit", "2027-04-13", KindStrike, "missile"},
		{"counter-example: a strike that hit no vehicle stays a strike",
			"2027-04-14", "An air strike hit a market near Idlib on Tuesday.", "hit", "2027-04-13", KindStrike, "air"},
		{"'hackers behind the attack published': the date is the publishing's (no happening we keep), not the attack's",
			"2027-05-10", "Hackers behind the attack published patient records online on Friday.", "", "", "", ""},
		{"'claimed responsibility for the bombing on Tuesday': the bombing is not what Tuesday dates",
			"2027-05-10", "No group has claimed responsibility for the bombing on Tuesday.", "", "", "", ""},
		{"counter-example: 'the bombing on Tuesday' with no culprit phrase dates the bombing",
			"2027-05-10", "The bombing on Tuesday killed three soldiers.", "killed", "2027-05-04", KindStrike, ""},
		{"'swore in' new ministers is a happening",
			"2027-05-14", "The president swore in three new ministers on Friday.", "swore", "2027-05-14", KindOther, ""},
		{"counter-example: 'swore revenge' is none",
			"2027-05-14", "The rebels swore revenge on Friday.", "", "", "", ""},
		{"'placed ... under investigation' is a happening",
			"2027-05-14", "Prosecutors placed two officials under investigation on Thursday.", "placed", "2027-05-13", KindOther, ""},
		{"counter-example: 'placed an order' is none",
			"2027-05-14", "The airline placed an order for 20 jets on Thursday.", "", "", "", ""},
		{"a death toll that rose is a happening",
			"2027-05-14", "The death toll from the floods in the north rose to 31 on Thursday.", "rose", "2027-05-13", KindOther, ""},
		{"counter-example: prices that rose are a statistic",
			"2027-05-14", "Consumer prices rose 3.1% in April.", "", "", "", ""},
		{"'pulled two survivors from' a raft is a rescue",
			"2027-05-14", "A fishing boat pulled two survivors from a life raft on Thursday.", "rescued", "2027-05-13", KindOther, ""},
		{"counter-example: 'pulled out of the race' rescues nobody",
			"2027-05-14", "The senator pulled out of the race on Thursday.", "", "", "", ""},
		{"a minister who quit",
			"2027-05-14", "Finance Minister Ana Ruiz quit on Thursday over the scandal.", "quit", "2027-05-13", KindOther, ""},
		{"a name ending in 'Board' is an organisation, a named speaker",
			"2027-05-14", "The Marine Safety Board said on Thursday it had sent investigators.", "said", "2027-05-13", KindStatement, ""},
		{"'Authority' ends an organisation's name too",
			"2027-05-14", "The Civil Aviation Authority said on Thursday it had grounded the fleet.", "said", "2027-05-13", KindStatement, ""},
		{"acronyms joined by a hyphen are an organisation, a named speaker",
			"2027-05-14", "The union FILT-CGIL said on Thursday that it had warned about the line.", "said", "2027-05-13", KindStatement, ""},
		{"counter-example: two nations' abbreviations joined by a hyphen name nobody",
			"2027-05-14", "US-EU negotiators said on Thursday that they had agreed.", "", "", "", ""},
	}
	for _, c := range cases {
		m, ok := oneMention(t, c.reason, c.date, c.text, c.trigger, c.value)
		if ok && c.kind != "" && (m.Kind != c.kind || m.Detail != c.detail) {
			t.Errorf("%s: kind %s/%q, want %s/%q", c.reason, m.Kind, m.Detail, c.kind, c.detail)
		}
	}
}

// TestBlind7Merges checks the merging rules found on the seventh blind
// set, on articles written for this test: a crash told as "slammed into",
// "hit" and "collided" on one day is one event, its articles placed by an
// AFP dateline that names the town's country; a background sentence of
// years before does not place the article's story.
func TestBlind7Merges(t *testing.T) {
	arts := []*content.Article{
		article("crash-a", "2027-04-14", "BRUSSELS (AP) — A regional train slammed into a freight train near the Belgian city of Ghent late Tuesday, killing three people."),
		article("crash-b", "2027-04-15", "Ghent (Belgium) (AFP) - The death toll rose to four on Thursday, officials said.\n\nThe regional train hit a freight train at about 9:50 pm on Tuesday.\n\nIn May 2011, a train derailed near the Dutch city of Utrecht, killing two people."),
		article("crash-c", "2027-04-21", "GHENT, Belgium, April 21 (Reuters) - Belgium named a judge to lead an inquiry on Wednesday.\n\nThe two trains collided on the evening of April 13 on a single-track line."),
		article("bus-b", "2027-04-14", "A bus hit a lorry near the Belgian town of Aalst on Tuesday."),
	}
	evs := extractMerge(t, arts...)
	// One crash placed in another country (alone: an article with no place
	// of its own may join a crash of its day anywhere, as for any frame).
	evs = append(evs, extractMerge(t, append(arts[:1:1], article("bus-a", "2027-04-14", "A bus hit a tram in the Czech city of Brno on Tuesday."))...)...)
	eventOf := eventBySource(evs)
	places := map[string][]string{}
	for _, e := range evs {
		for _, s := range e.Sources {
			places[sourceKey(s)] = e.Places
		}
	}
	for _, c := range []struct {
		reason string
		a, b   string
		same   bool
	}{
		{"'slammed into' and 'hit' of one train crash on one day", "crash-a#s1", "crash-b#s2", true},
		{"'collided' that day is the same crash", "crash-a#s1", "crash-c#s2", true},
		{"counter-example: a crash in another country the same day", "crash-a#s1", "bus-a#s1", false},
		{"counter-example: a crash in another town of the country the same day", "crash-a#s1", "bus-b#s1", false},
	} {
		checkSameEvent(t, eventOf, c.reason, c.a, c.b, c.same)
	}
	// A bare "attack" in an article that tells of ransomware, and no
	// weapon, is the cyberattack: told by three articles, one event; an
	// attack in an article of troops is no cyberattack.
	cy := extractMerge(t,
		article("cyber-a", "2027-06-08", "A ransomware attack shut down the computer systems of a hospital in Lyon on Monday.\n\nThe attack was detected in the early hours of Monday."),
		article("cyber-b", "2027-06-10", "Hackers have demanded a ransom, the hospital said.\n\nThe attack, which was detected at about 4am on Monday, has left doctors without patient records."),
		article("army", "2027-06-08", "Troops repelled an attack on a base near Gao on Monday."))
	cyberOf := map[string]string{}
	for _, e := range cy {
		for _, s := range e.Sources {
			cyberOf[sourceKey(s)] = e.ID + "/" + e.Kind
		}
	}
	if a, b := cyberOf["cyber-a#s2"], cyberOf["cyber-b#s2"]; a == "" || a != b {
		t.Errorf("the cyberattack told by two articles: %q and %q, want one event", a, b)
	}
	if a := cyberOf["army#s1"]; !strings.HasSuffix(a, "/"+KindStrike) || a == cyberOf["cyber-a#s2"] {
		t.Errorf("an attack on a base is a strike apart from the cyberattack: %q", a)
	}
	// "resigned" and "quit" of one minister on one day: one resignation.
	rs := extractMerge(t,
		article("resign-a", "2027-06-08", "MADRID, June 8 (Reuters) - Spanish Finance Minister Ana Ruiz resigned on Tuesday over a funding scandal."),
		article("resign-b", "2027-06-11", "The prime minister named a successor to Ana Ruiz, who quit on Tuesday, the government said."))
	if len(rs) != 1 || len(rs[0].Sources) != 2 {
		t.Errorf("'resigned' and 'quit' on one day: %d events, want one with both sources", len(rs))
	}
	// A dateline places a sentence that names no place, not one that
	// names a place the gazetteer does not know.
	for _, c := range []struct {
		reason, text string
		filed        bool
	}{
		{"'sank off Qikiqtarjuaq': where it sank, not the dateline's Ottawa", "Ottawa (AFP) - A crab boat sank off Qikiqtarjuaq on Monday, the coast guard said.", false},
		{"counter-example: a sentence that names no place takes its dateline's", "Ottawa (AFP) - A crab boat sank on Monday, the coast guard said.", true},
		{"counter-example: 'in January' names no place", "Ottawa (AFP) - A crab boat sank on Monday, the second in January.", true},
	} {
		ms := Extract(article("filed", "2027-01-26", c.text), Options{})
		if len(ms) != 1 {
			t.Errorf("%s: %d mentions, want 1", c.reason, len(ms))
			continue
		}
		if got := slices.Contains(ms[0].Places, "Ottawa"); got != c.filed {
			t.Errorf("%s: places %v", c.reason, ms[0].Places)
		}
	}
	if p := places["crash-b#s2"]; slices.Contains(p, "Utrecht") {
		t.Errorf("the crash is placed by a background sentence of 2011: %v", p)
	}
}

// TestBlind7Titles checks the titles of happenings found on the seventh
// blind set, on sentences written for this test.
func TestBlind7Titles(t *testing.T) {
	for _, c := range []struct{ reason, date, text, want string }{
		{"'placed ... under investigation' keeps what they were placed under",
			"2027-05-14", "Prosecutors placed two officials under investigation on Thursday.", "Prosecutors place two officials under investigation"},
	} {
		oneTitle(t, c.reason, c.date, c.text, c.want)
	}
}
