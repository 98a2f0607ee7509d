package events

import (
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// TestExtractWithTimex runs the extractor with the real date tagger on
// sentences in the manner of wire copy, for rules that depend on the
// sentence's grammar rather than on its dates.
func TestExtractWithTimex(t *testing.T) {
	type want struct{ expr, trigger, kind, value string }
	tests := []struct {
		reason, date, text string
		want               []want
		notPeople          []string // names that must not be taken for people
	}{
		{
			reason:    "a dateline neither dates the story nor names a party; its day is the reference (\"walked off the job\" is the strike)",
			date:      "2026-05-13",
			text:      "ROTTERDAM, May 12 (Reuters) - Dockworkers walked off the job on Tuesday in a 48-hour strike.",
			want:      []want{{"Tuesday", "walked", KindOther, "2026-05-12"}},
			notPeople: []string{"Reuters"},
		},
		{
			reason: "'called off' is a cancellation, not something said",
			date:   "2026-05-13",
			text:   "The final was called off on Tuesday because of heavy rain.",
			want:   []want{{"Tuesday", "called", KindOther, "2026-05-12"}},
		},
		{
			reason: "a dateline with a country and an agency",
			date:   "2026-10-07",
			text:   "MALATYA, Turkey (AFP) – A magnitude 6.9 earthquake struck eastern Turkey early on Tuesday.",
			want:   []want{{"Tuesday", "struck", KindOther, "2026-10-06"}},
		},
		{
			reason: "a workers' strike is not an attack",
			date:   "2026-05-13",
			text:   "Nurses went on strike in Leeds on Tuesday over pay.",
			want:   []want{{"Tuesday", "strike", KindOther, "2026-05-12"}},
		},
		{
			reason: "an air strike that kills is an attack",
			date:   "2026-05-13",
			text:   "An air strike on a market in El Fasher killed 20 people on Tuesday.",
			want:   []want{{"Tuesday", "killed", KindStrike, "2026-05-12"}},
		},
		{
			reason: "each happening takes the expression nearest the word that names it",
			date:   "2026-03-10",
			text:   "The peso rallied on Monday after Marta Quiroga won Sunday's runoff.",
			want:   []want{{"Monday", "rallied", KindOther, "2026-03-09"}, {"Sunday", "won", KindOther, "2026-03-08"}},
		},
		{
			reason: "a clock time with no day of its own dates nothing",
			date:   "2026-03-09",
			text:   "Tomás Reyes conceded defeat shortly before midnight.",
		},
		{
			reason: "an anonymous announcement dates what it announces in the present",
			date:   "2026-01-28",
			text:   "Marlowe Motors is recalling 312,000 SUVs, the company said on Tuesday.",
			want:   []want{{"Tuesday", "recalling", KindOther, "2026-01-27"}},
		},
		{
			reason:    "a residence after an age is a place, not a person",
			date:      "2026-09-17",
			text:      "Daniel Okafor, 41, of Park Slope, was sentenced on Wednesday.",
			want:      []want{{"Wednesday", "sentenced", KindOther, "2026-09-16"}},
			notPeople: []string{"Park Slope"},
		},
		{
			reason: "the bare end of a day range dates nothing of its own",
			date:   "2026-06-17",
			text:   "The Fed's next meeting is scheduled for July 28-29.",
			want:   []want{{"July 28", "meeting", KindTalks, "2026-07-28"}},
		},
		{
			reason: "a bare participle between a trigger and an expression takes the date for itself",
			date:   "1998-10-26",
			text:   "The league plans to hold a news conference to screen a television advertisement made last week.",
		},
		{
			reason: "a participle right before the expression takes it; a later trigger is not dated by it",
			date:   "2000-01-24",
			text:   "The Canadian warrant issued Monday charged Kopp with attempted murder in the shooting that wounded a doctor.",
		},
		{
			reason: "a deadline is no date of a happening",
			date:   "2000-01-15",
			text:   "The agency ruled that Elian must be returned to his father and set Friday as the deadline.",
		},
		{
			reason: "an adjective in -ed is no verb; the trip keeps its date",
			date:   "2013-03-22",
			text:   "President Barack Obama arrived in refugee-flooded Jordan on Friday.",
			want:   []want{{"Friday", "arrived", KindTrip, "2013-03-22"}},
		},
		{
			reason: "an expectation is not a happening",
			date:   "2026-06-05",
			text:   "Analysts expect a cut in September.",
		},
		{
			reason: "a possessive expression dates the noun it qualifies",
			date:   "2026-09-17",
			text:   "Victims spoke at Wednesday's hearing in Brooklyn.",
			want:   []want{{"Wednesday", "hearing", KindOther, "2026-09-16"}},
		},
	}
	for _, tt := range tests {
		a := article("a", tt.date, tt.text)
		ms := Extract(a, Options{})
		if len(ms) != len(tt.want) {
			t.Errorf("%s: %d mentions %+v, want %d", tt.reason, len(ms), ms, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			m := ms[i]
			if !strings.Contains(m.Expression, w.expr) || m.Kind != w.kind || m.Timex.Value != w.value || !strings.EqualFold(m.Trigger, w.trigger) && !strings.EqualFold(strings.TrimSpace(m.Object), w.trigger) {
				t.Errorf("%s: mention %d is %q/%s/%s/%s, want %q/%s/%s/%s", tt.reason, i, m.Expression, m.Trigger, m.Kind, m.Timex.Value, w.expr, w.trigger, w.kind, w.value)
			}
			for _, p := range tt.notPeople {
				for _, q := range append(append([]string(nil), m.People...), m.Orgs...) {
					if q == p || m.Subject == p {
						t.Errorf("%s: %q taken for a party", tt.reason, p)
					}
				}
			}
		}
	}
}

// TestNoPastReadAsFuture checks that sentences about the past never give a
// mention dated after publication, whatever the tagger reads (it reads
// these weekdays as the coming ones; see TestTimexKnownBugs).
func TestNoPastReadAsFuture(t *testing.T) {
	tests := []struct{ reason, date, text string }{
		{"a present statement about a past Sunday", "2026-07-13", "Carlos Alcaraz says his Wimbledon triumph on Sunday was the best moment of his career."},
		{"a verb in the past", "2013-03-22", "Raymond Roth on Thursday agreed to plead guilty to the conspiracy charge."},
		{"a past agreement and its infinitive", "2013-03-22", "BP agreed to sell back its 50% stake in TNK-BP to Russia's Rosneft in October."},
	}
	for _, tt := range tests {
		a := article("a", tt.date, tt.text)
		for _, m := range Extract(a, Options{}) {
			if m.Timex.Interval.Start.After(a.Meta.Date) {
				t.Errorf("%s: %q dated %s, after publication", tt.reason, m.Expression, m.Timex.Value)
			}
		}
	}
}

// TestMergeKeepsKindsApart checks that happenings of one day that share a
// word or a place but not their nature stay apart.
func TestMergeKeepsKindsApart(t *testing.T) {
	tests := []struct {
		reason string
		arts   []*content.Article
		events int
	}{
		{
			reason: "a labour strike and an air strike on the same day",
			arts: []*content.Article{
				article("a", "2026-05-13", "Dockworkers in Rotterdam staged a strike on Tuesday over automation."),
				article("b", "2026-05-13", "An air strike on a market in El Fasher killed 20 people on Tuesday."),
			},
			events: 2,
		},
		{
			reason: "one article's winner and loser of an election are two happenings",
			arts: []*content.Article{
				article("a", "2026-03-10", "Marta Quiroga won the runoff on Sunday.\n\nReyes, who conceded late on Sunday, said he would lead the opposition."),
			},
			events: 2,
		},
		{
			reason: "two central banks' decisions in one article",
			arts: []*content.Article{
				article("a", "2026-06-18", "The Federal Reserve raised interest rates on Wednesday.\n\nThe European Central Bank left its rates unchanged earlier this month."),
			},
			events: 2,
		},
		{
			reason: "a meeting dated to a month is not, by its place alone, talks dated to a day",
			arts: []*content.Article{
				article("a", "2025-12-01", "Rustem Umerov held talks with U.S. officials in Geneva on Sunday, Nov. 23."),
				article("b", "2026-03-17", "The two ministers last met in Geneva in November."),
			},
			events: 2,
		},
		{
			reason: "talks named without a place join only talks of their articles' own place",
			arts: []*content.Article{
				article("a", "2026-05-13", "Dockworkers in Rotterdam began a two-day strike yesterday.\n\nThe union said talks would resume on Monday."),
				article("b", "2026-05-13", "Miners in Lima began a strike yesterday.\n\nThe union said talks would resume on Monday."),
			},
			events: 4,
		},
		{
			reason: "the same labour strike told by two articles",
			arts: []*content.Article{
				article("a", "2026-05-12", "Dockworkers in Rotterdam walked off the job on Tuesday in a 48-hour strike."),
				article("b", "2026-05-13", "Dockworkers in Rotterdam began a two-day strike yesterday."),
			},
			events: 1,
		},
	}
	for _, tt := range tests {
		evs := extractMerge(t, tt.arts...)
		if len(evs) != tt.events {
			var titles []string
			for _, e := range evs {
				titles = append(titles, e.ID)
			}
			t.Errorf("%s: %d events %v, want %d", tt.reason, len(evs), titles, tt.events)
		}
	}
}

// FuzzExtractWithTimex runs extraction and merging with the real date
// tagger on arbitrary text: no panic, and every mention within its
// sentence.
func FuzzExtractWithTimex(f *testing.F) {
	for _, s := range []string{
		"ROTTERDAM, May 12 (Reuters) - Dockworkers walked off the job on Tuesday in a 48-hour strike.",
		"WASHINGTON (AP) — The Federal Reserve raised rates on Wednesday; the Fed's next meeting is July 28-29.",
		"Marlowe Motors is recalling 312,000 SUVs, the company said on Tuesday.",
		"The Spaniard beat Sinner yesterday, four days after a quake killed 112 people at midnight.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article("f", "2026-05-13", text)
		ms := Extract(a, Options{})
		for _, m := range ms {
			if m.Index < 0 || m.Index >= len(a.Sentences) || m.Quote != a.Quote(a.Sentences[m.Index]) {
				t.Fatalf("mention cites a sentence that is not there: %+v", m)
			}
		}
		if _, err := Merge(ms, map[string]*content.Article{a.Slug: a}, Options{}); err != nil {
			t.Fatalf("merge: %v", err)
		}
	})
}
