package events

import (
	"github.com/newsroom/timeline/timeline/content"
	"slices"
	"sort"
	"testing"
)

func sorted(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return out
}

func TestExtract(t *testing.T) {
	type want struct {
		expr, kind     string
		people, places []string // compared as sets; nil means not checked
	}
	tests := []struct {
		reason string
		text   string
		tags   []tag
		opts   Options
		want   []want
	}{
		{
			reason: "a meeting: trigger, kind, people with titles and initials stripped, place",
			text:   "President Vladimir V. Putin of Russia met Prime Minister Narendra Modi in New Delhi on Friday.",
			tags:   []tag{{"on Friday", "2026-03-13"}},
			want:   []want{{"on Friday", KindTalks, []string{"Narendra Modi", "Vladimir Putin"}, []string{"New Delhi"}}},
		},
		{
			reason: "a duration dates nothing",
			text:   "The ceasefire held for 30 days in Gaza.",
			tags:   []tag{{"30 days", "P30D"}},
		},
		{
			reason: "a vague reference dates nothing",
			text:   "Officials met recently in Oslo.",
			tags:   []tag{{"recently", "PAST_REF"}},
		},
		{
			reason: "a year is background, not an event date",
			text:   "Russia invaded Ukraine in 2022.",
			tags:   []tag{{"in 2022", "2022"}},
		},
		{
			reason: "a generic, habitual statement makes no mention",
			text:   "Finance ministers usually meet in Washington in April.",
			tags:   []tag{{"in April", "2026-04"}},
		},
		{
			reason: "two dated happenings in one sentence give two mentions",
			text:   "Sergei Lavrov met Wang Yi in Beijing on Monday, and Lavrov will travel to Pyongyang on Wednesday.",
			tags:   []tag{{"on Monday", "2026-03-16"}, {"on Wednesday", "2026-03-25"}},
			want: []want{
				{"on Monday", KindTalks, []string{"Sergei Lavrov", "Wang Yi"}, []string{"Beijing"}},
				{"on Wednesday", KindTrip, []string{"Sergei Lavrov"}, []string{"Pyongyang"}},
			},
		},
		{
			reason: "Mr. Surname is the full name given earlier in the article",
			text:   "Steve Witkoff is a special envoy.\n\nMr. Witkoff met officials in Oslo on Monday.",
			tags:   []tag{{"on Monday", "2026-03-16"}},
			want:   []want{{"on Monday", KindTalks, []string{"Steve Witkoff"}, []string{"Oslo"}}},
		},
		{
			reason: "a statement after a quotation is the pronoun's person",
			text:   "Volodymyr Zelensky spoke to reporters.\n\n“We will not give up,” he said on Sunday.",
			tags:   []tag{{"on Sunday", "2025-11-30"}},
			want:   []want{{"on Sunday", KindStatement, []string{"Volodymyr Zelensky"}, nil}},
		},
		{
			reason: "a closing attribution by nobody named makes no mention (an opening one does: blind10_rules_test.go)",
			text:   "The road will stay shut, a spokesman said on Monday.",
			tags:   []tag{{"on Monday", "2026-03-16"}},
		},
		{
			reason: "an expression inside a quotation is the speaker's, not the article's",
			text:   "“We will meet in Rome next week,” the minister told reporters.",
			tags:   []tag{{"next week", "2026-W13"}},
		},
		{
			reason: "a supposed happening is no event",
			text:   "If talks resume in Geneva next week, the two sides could sign a deal on Friday.",
			tags:   []tag{{"next week", "2026-W13"}, {"on Friday", "2026-03-27"}},
		},
		{
			reason: "a denied happening is no event",
			text:   "The two ministers did not meet in Vienna on Monday.",
			tags:   []tag{{"on Monday", "2026-03-16"}},
		},
		{
			reason: "a deadline is a bound, not a date",
			text:   "The parties must sign the accord in Geneva by Friday.",
			tags:   []tag{{"Friday", "2026-03-20"}},
		},
		{
			reason: "a venue is a place, the preposition makes it where it happened",
			text:   "Emmanuel Macron received Olaf Scholz at the Elysée Palace on Monday.",
			tags:   []tag{{"on Monday", "2026-03-16"}},
			want:   []want{{"on Monday", KindTalks, []string{"Emmanuel Macron", "Olaf Scholz"}, []string{"Élysée Palace"}}},
		},
		{
			reason: "a strike, with its city after 'the city of'",
			text:   "A missile strike on the city of Odesa killed two people on Tuesday.",
			tags:   []tag{{"on Tuesday", "2026-03-17"}},
			want:   []want{{"on Tuesday", KindStrike, []string{}, []string{"Odesa"}}},
		},
		{
			reason: "a site's aliases rename people",
			text:   "Volodymyr Zelenskyy visited Warsaw on Friday.",
			tags:   []tag{{"on Friday", "2026-03-13"}},
			opts:   Options{PeopleAliases: map[string]string{"volodymyr zelenskyy": "Volodymyr Zelensky"}},
			want:   []want{{"on Friday", KindTrip, []string{"Volodymyr Zelensky"}, []string{"Warsaw"}}},
		},
		{
			reason: "a site's aliases match names as written, titles and all, and make unknown places known",
			text:   "Mayor Ruiz opened the new bridge in Old Town on Friday, and Ruiz visited Oldtown again on Saturday.",
			tags:   []tag{{"on Friday", "2026-03-13"}, {"on Saturday", "2026-03-14"}},
			opts:   Options{PeopleAliases: map[string]string{"Mayor Ruiz": "Ana Ruiz"}, PlaceAliases: map[string]string{"Old Town": "Oldtown", "Oldtown": "Oldtown"}},
			want: []want{
				{"on Friday", KindOther, []string{"Ana Ruiz"}, []string{"Oldtown"}},
				{"on Saturday", KindTrip, []string{"Ana Ruiz"}, []string{"Oldtown"}},
			},
		},
		{
			reason: "a country used as an adjective is not where it happened",
			text:   "U.S. and Ukrainian officials met over the weekend in Florida.",
			tags:   []tag{{"over the weekend", "2025-W48-WE"}},
			want:   []want{{"over the weekend", KindTalks, []string{}, []string{"Florida"}}},
		},
	}
	for _, tt := range tests {
		a := article("a", "2026-03-20", tt.text)
		opts := tt.opts
		opts.Tagger = tagger(tt.tags...)
		got := Extract(a, opts)
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %d mentions, want %d: %+v", tt.reason, len(got), len(tt.want), got)
			continue
		}
		for i, w := range tt.want {
			m := got[i]
			if m.Expression != w.expr || m.Kind != w.kind {
				t.Errorf("%s: mention %d is %q/%s (trigger %q), want %q/%s", tt.reason, i, m.Expression, m.Kind, m.Trigger, w.expr, w.kind)
			}
			if w.people != nil && !slices.Equal(sorted(m.People), sorted(w.people)) {
				t.Errorf("%s: people %q, want %q", tt.reason, m.People, w.people)
			}
			if w.places != nil && !slices.Equal(sorted(m.Places), sorted(w.places)) {
				t.Errorf("%s: places %q, want %q", tt.reason, m.Places, w.places)
			}
			if m.Quote != a.Quote(a.Sentences[m.Index]) || m.Sentence != a.Sentences[m.Index].ID {
				t.Errorf("%s: mention %d cites %s %q", tt.reason, i, m.Sentence, m.Quote)
			}
		}
	}
}

func TestCanonicalPeople(t *testing.T) {
	ms := []Mention{
		{People: []string{"Volodymyr Zelenskyy"}},
		{People: []string{"Volodymyr Zelensky", "Sergey Lavrov"}},
		{People: []string{"Volodymyr Zelensky", "Sergei Lavrov"}},
		{People: []string{"Zelensky", "Lavrov", "Kim"}},
		{People: []string{"Kim Jong Un", "Kim Yo Jong"}},
	}
	got := canonicalPeople(ms, Options{})
	want := [][]string{
		{"Volodymyr Zelensky"},
		{"Volodymyr Zelensky", "Sergei Lavrov"},
		{"Volodymyr Zelensky", "Sergei Lavrov"},
		{"Volodymyr Zelensky", "Sergei Lavrov", "Kim"}, // two Kims: a surname alone stays ambiguous
		{"Kim Jong Un", "Kim Yo Jong"},
	}
	for i := range want {
		if !slices.Equal(got[i].People, want[i]) {
			t.Errorf("mention %d: %q, want %q", i, got[i].People, want[i])
		}
	}
	if ms[0].People[0] != "Volodymyr Zelenskyy" {
		t.Error("canonicalPeople modified its input")
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Mr. Witkoff met Putin in Moscow on Tuesday.",
		"“We met on Monday,” he said. A strike on the town of Sumy killed 35 on Sunday.",
		"U.S. and U.K. officials met in St. Petersburg, Russia, on Monday, and he will travel to Kyiv on Tuesday.",
		"ROTTERDAM, May 12 (Reuters) - Dockworkers walked off the job on Monday in a 48-hour strike, the union said.",
		"The Spaniard beat Sinner on Sunday's final, which starts on Tuesday; Café Zoë's recalls on Monday.",
	} {
		f.Add(s)
	}
	tg := tagger(tag{"on Monday", "2026-03-16"}, tag{"on Tuesday", "2026-03-17"}, tag{"on Sunday", "2026-03-15"})
	f.Fuzz(func(t *testing.T, text string) {
		a := article("f", "2026-03-20", text)
		for _, m := range Extract(a, Options{Tagger: tg}) {
			if m.Index < 0 || m.Index >= len(a.Sentences) || m.Quote != a.Quote(a.Sentences[m.Index]) {
				t.Fatalf("mention cites a sentence that is not there: %+v", m)
			}
			if m.Timex.Start < a.Sentences[m.Index].Start || m.Timex.End > a.Sentences[m.Index].End {
				t.Fatalf("expression outside its sentence: %+v", m)
			}
		}
		// Merging and titling what was found must not fail either.
		if _, err := Merge(Extract(a, Options{Tagger: tg}), map[string]*content.Article{a.Slug: a}, Options{}); err != nil {
			t.Fatalf("merge: %v", err)
		}
	})
}

func TestExtractCommonWordIsNoPlace(t *testing.T) {
	a := article("a", "2025-12-01", "Emmanuel Macron called on Western allies last week to do more.")
	got := Extract(a, Options{Tagger: tagger(tag{"last week", "2025-W48"})})
	if len(got) != 1 || len(got[0].Places) != 0 {
		t.Errorf("got %+v; want one statement with no place (\"Western\" names a region somewhere, but here it is an adjective)", got)
	}
}

// TestExtractAccidentsAndResponses: failures, accidents and the response to
// them are happenings, dated by the real tagger (reference Monday
// 2024-09-16).
func TestExtractAccidentsAndResponses(t *testing.T) {
	tests := []struct {
		text, start, reason string
	}{
		{"An earth dam on the Mur river burst on Sunday, flooding three towns downstream.", "2024-09-15", "a dam burst is a happening"},
		{"Inspectors examined the dam on 3 July 2024.", "2024-07-03", "an inspection is a happening"},
		{"The army deployed 500 soldiers to the area on Tuesday.", "2024-09-10", "a deployment, past tense: the Tuesday before"},
		{"A freight train derailed near Linz on Saturday.", "2024-09-14", "a derailment is a happening"},
	}
	for _, tc := range tests {
		got := Extract(article("a", "2024-09-16", tc.text), Options{})
		if len(got) != 1 || got[0].Timex.Interval.Start.Format("2006-01-02") != tc.start {
			t.Errorf("%q: got %d mentions %+v, want one starting %s (%s)", tc.text, len(got), got, tc.start, tc.reason)
		}
	}
}
