package sentences

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func texts(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		reason string
		text   string
		want   []string
	}{
		{"plain sentences", "One thing. Another thing! A third? Yes.",
			[]string{"One thing.", "Another thing!", "A third?", "Yes."}},
		{"titles never end a sentence", "Mr. Witkoff met Mrs. Smith and Dr. Jones. They talked.",
			[]string{"Mr. Witkoff met Mrs. Smith and Dr. Jones.", "They talked."}},
		{"stacked military ranks", "The envoy, retired Lt. Gen. Keith Kellogg, arrived. He spoke.",
			[]string{"The envoy, retired Lt. Gen. Keith Kellogg, arrived.", "He spoke."}},
		{"dotted acronym before a name", "The U.S. delegation and U.K. officials met. It was long.",
			[]string{"The U.S. delegation and U.K. officials met.", "It was long."}},
		{"dotted acronym ending a sentence", "He flew to the U.S. The talks began.",
			[]string{"He flew to the U.S.", "The talks began."}},
		{"acronym at the very end", "Officials met in the U.S.",
			[]string{"Officials met in the U.S."}},
		{"saint as an abbreviation", "He reported from St. Petersburg, Russia. Then he left.",
			[]string{"He reported from St. Petersburg, Russia.", "Then he left."}},
		{"month abbreviation with a day", "The talks on Jan. 5 ended. Another round is due in Feb. Nobody knows.",
			[]string{"The talks on Jan. 5 ended.", "Another round is due in Feb.", "Nobody knows."}},
		{"a state's abbreviation in an AP dateline is no sentence end", "JACKSON, Miss. (AP) — Two inmates escaped. Police are searching.",
			[]string{"JACKSON, Miss. (AP) — Two inmates escaped.", "Police are searching."}},
		{"a state's abbreviation before a name goes on", "A pastor from Tulsa, Okla. Police said he was unharmed.",
			[]string{"A pastor from Tulsa, Okla. Police said he was unharmed."}},
		{"a state's abbreviation before an opener ends the sentence", "The storm hit Biloxi, Miss. The town was flooded.",
			[]string{"The storm hit Biloxi, Miss.", "The town was flooded."}},
		{"counter-example: a lower-case word is no state ('ill.')", "He said he felt ill. Doctors kept him overnight.",
			[]string{"He said he felt ill.", "Doctors kept him overnight."}},
		{"middle initial", "President Vladimir V. Putin of Russia spoke. He was brief.",
			[]string{"President Vladimir V. Putin of Russia spoke.", "He was brief."}},
		{"quotation ending a sentence", "He said, “Much can change.” Then he left.",
			[]string{"He said, “Much can change.”", "Then he left."}},
		{"straight quotes", `She said "it is over." Others disagreed.`,
			[]string{`She said "it is over."`, "Others disagreed."}},
		{"exclamation inside a quotation followed by attribution", "“Stop the war!” he said. Nobody answered.",
			[]string{"“Stop the war!” he said.", "Nobody answered."}},
		{"question in a quotation then a new sentence", "“What now?” Nobody knew.",
			[]string{"“What now?”", "Nobody knew."}},
		{"decimal numbers and web addresses", "Prices rose 2.5 percent, said example.com today. Fine.",
			[]string{"Prices rose 2.5 percent, said example.com today.", "Fine."}},
		{"times of day", "They met at 10 a.m. on Monday. The talks lasted hours.",
			[]string{"They met at 10 a.m. on Monday.", "The talks lasted hours."}},
		{"times of day ending a sentence", "They met at 10 a.m. The talks lasted hours.",
			[]string{"They met at 10 a.m.", "The talks lasted hours."}},
		{"lower case after a period continues", "See e.g. the report. Done.",
			[]string{"See e.g. the report.", "Done."}},
		{"blank line ends a heading without a period", "Talks Planned in London\n\nThe group will meet.",
			[]string{"Talks Planned in London", "The group will meet."}},
		{"a soft line break does not", "The group will\nmeet again. Then stop.",
			[]string{"The group will\nmeet again.", "Then stop."}},
		{"ellipsis before a capital", "He waited... Then he left.",
			[]string{"He waited...", "Then he left."}},
		{"sentence starting with a digit", "He left. 35 people died.",
			[]string{"He left.", "35 people died."}},
		{"trailing text without terminator", "  Unfinished text  ",
			[]string{"Unfinished text"}},
		{"initials in a name", "J.D. Vance spoke. He left.",
			[]string{"J.D. Vance spoke.", "He left."}},
		{"a city abbreviation ending a sentence", "He landed in Washington, D.C. The talks began.",
			[]string{"He landed in Washington, D.C.", "The talks began."}},
		{"party and state in parentheses", "Sen. Lindsey Graham (R-S.C.) agreed. Others did not.",
			[]string{"Sen. Lindsey Graham (R-S.C.) agreed.", "Others did not."}},
		{"number abbreviation", "He went to No. 10 Downing Street. Then he spoke.",
			[]string{"He went to No. 10 Downing Street.", "Then he spoke."}},
		{"a company abbreviation ends a sentence", "Shares fell at Acme Inc. The market shrugged.",
			[]string{"Shares fell at Acme Inc.", "The market shrugged."}},
		{"a quotation of several sentences stays with its attribution", "“We met. It went well,” she said.",
			[]string{"“We met.", "It went well,” she said."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		got := texts(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: Split(%q)\n got %q\nwant %q", tt.reason, tt.text, got, tt.want)
		}
	}
}

// checkCover verifies the Split contract: ordered, non-overlapping, trimmed
// spans covering every non-space byte.
func checkCover(t *testing.T, text string) {
	t.Helper()
	spans := Split(text)
	covered := make([]bool, len(text))
	last := 0
	for _, s := range spans {
		if s.Start < last || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %v after %d in %q", s, last, text)
		}
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
		last = s.End
		if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Fatalf("span %q not trimmed", text[s.Start:s.End])
		}
	}
	for i, r := range text {
		if !covered[i] && !unicode.IsSpace(r) {
			t.Fatalf("byte %d (%q) of %q not covered by %v", i, r, text, spans)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Mr. Smith went. He came!", "U.S. A.", "“Hi.” He", "a\n\nb", "…", "Jan. 5. X", " . . "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCover(t, text)
	})
}

// FuzzMatchesReference checks that AppendSplit finds the very spans of the
// reference splitter (reference_test.go) on any text.
func FuzzMatchesReference(f *testing.F) {
	for _, s := range []string{"Mr. Smith went. He came!", "U.S. A.", "“Hi.” He", "a\n\nb", "…", "Jan. 5. X",
		" . . ", "He flew to the U.S. The talks began.", "at 10 a.m. “The", "V. Putin", "(Sen. X.) Y", "e.g. This. ST. Ø",
		// Letters that strings.ToLower makes ASCII ('İ' is 'i'), long words,
		// white space beyond ASCII.
		"He met İnsp. Jones.", "See İ.E. This.", "In the U.S. İN the end.", "In the U.S. OFFICIALS said.",
		"MESSRS. Smith and Jones. Then", "Approximately. Then", "ST.\u00a0Paul. Then", "x.\u0085Y. Z",
		"«Mr. X.» He", "“‘Dr. Who.’” Then", "in D.C.\n\n(The end)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := AppendSplit(nil, text)
		want := refAppendSplit(nil, text)
		if !slices.Equal(got, want) {
			t.Fatalf("AppendSplit(%q)\n got %v\nwant %v", text, got, want)
		}
	})
}
