package events

import (
	"slices"
	"strings"
	"testing"
)

func TestClauseSubject(t *testing.T) {
	cases := []struct {
		reason, quote, trigger, want string
	}{
		{"the noun that opens the clause, without its article and the phrase after it",
			"Schools in the county will reopen on Monday.", "reopen", "Schools"},
		{"an adverb between the auxiliary and the verb is no part of the subject",
			"The line was last closed in March 2022, for two weeks of repairs.", "closed", "line"},
		{"'already' between 'has' and the verb",
			"The ferry has already docked in Piraeus.", "docked", "ferry"},
		{"the antecedent of 'which'",
			"The Canadian Open in Toronto, which starts on Monday, is sold out.", "starts", "Canadian Open"},
		{"the subject of 'is expected to' before the verb",
			"Service is expected to resume on Saturday, pending safety checks.", "resume", "Service"},
		{"'are due to' with an adverb",
			"The two leaders are now due to meet in Geneva.", "meet", "two leaders"},
		{"counter-example: a pronoun gives no subject",
			"It was last closed in 2019.", "closed", ""},
		{"'later' between 'was' and the verb",
			"The suspect was later released on bail.", "released", "suspect"},
		{"counter-example: 'to' after a verb that is no catenative is no verb group",
			"Officials travelled to meet the mayor.", "meet", ""},
		{"counter-example: a verb group before the trigger is no noun phrase",
			"The line was reported closed on Monday.", "closed", ""},
	}
	for _, c := range cases {
		if got := clauseSubject(c.quote, c.trigger); got != c.want {
			t.Errorf("%s: clauseSubject(%q, %q) = %q, want %q", c.reason, c.quote, c.trigger, got, c.want)
		}
	}
}

func TestPassiveTitle(t *testing.T) {
	cases := []struct {
		reason, quote, trigger, title, want string
	}{
		{"a passive keeps its participle in the headline",
			"Funerals for five of the victims were held in the cathedral on Sunday.", "held", "Funerals hold", "Funerals held"},
		{"a participle alone takes the subject its sentence gives, without the age",
			"The 59-year-old farmer was detained late on Wednesday.", "detained", "Detained", "farmer detained"},
		{"'will be notified': the subject before the verb group",
			"Owners will be notified by mail starting next month.", "notified", "Notified", "Owners notified"},
		{"a count and its qualifier are no part of the subject",
			"About 300 passengers were evacuated from the tunnel.", "evacuated", "Evacuates", "passengers evacuated"},
		{"counter-example: an active verb keeps the present",
			"Schools in the county will reopen on Wednesday.", "reopen", "Schools reopen", "Schools reopen"},
		{"counter-example: 'were made redundant' is no passive of 'redundant'",
			"About 1,600 staff were made redundant on Wednesday.", "redundant", "Redundant", "Redundant"},
	}
	for _, c := range cases {
		items := []*item{{m: &Mention{Quote: c.quote, Trigger: c.trigger}}}
		if got := passiveTitle(items, c.title); got != c.want {
			t.Errorf("%s: passiveTitle(%q) = %q, want %q", c.reason, c.title, got, c.want)
		}
	}
}

func TestBodiesFoundTitle(t *testing.T) {
	for _, c := range []struct {
		reason, date, text, want string
	}{
		{"what was found, as a headline says it (was 'Found')",
			"2027-03-12", "Search crews found two bodies on Thursday and were still looking for four men.", "Bodies found"},
		{"one body, and its place",
			"2027-03-12", "The body of a man was found in Patras on Thursday.", "Body found in Patras"},
	} {
		got := titlesOf(extractMerge(t, article("t", c.date, c.text)))
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: titles %q, want %q", c.reason, got, c.want)
		}
	}
}

// TestDatelineStateAndPlace checks a dateline whose state is abbreviated
// ("JACKSON, Miss. (AP) —") and when its town is the place of the
// happening the sentence tells.
func TestDatelineStateAndPlace(t *testing.T) {
	for _, c := range []struct {
		reason, text string
		want         []string
	}{
		{"a place of its own after 'from a' ('escaped from a Mississippi prison'): the dateline's town is no better guess",
			"JACKSON, Miss. (AP) — Two inmates escaped from a Mississippi prison early Monday.", nil},
		{"counter-example: with no place of its own, the sentence takes the dateline's town",
			"BRUSSELS (AP) — EU finance ministers will meet on Monday to discuss the budget.", []string{"Brussels"}},
	} {
		a := article("t", "2011-06-07", c.text)
		ms := Extract(a, Options{})
		if len(ms) == 0 {
			t.Fatalf("%s: no mention in %q", c.reason, c.text)
		}
		if got := ms[0].Places; !slices.Equal(got, c.want) {
			t.Errorf("%s: places %q, want %q", c.reason, got, c.want)
		}
		if q := ms[0].Quote; !strings.HasPrefix(q, c.text[:10]) {
			t.Errorf("%s: the dateline is cut from its sentence: quote %q", c.reason, q)
		}
	}
}

func TestUnnamedTitles(t *testing.T) {
	for _, c := range []struct {
		reason, date, text, want string
	}{
		{"a trip with no name and no known place: who travels and where, as the sentence says (was 'Visit')",
			"2024-03-14", "Scotland's transport minister will visit Kirkwall on Friday.", "Scotland's transport minister visits Kirkwall"},
		{"a plural common noun that opens the sentence takes a plural verb (was 'Crossings resumes')",
			"2024-03-14", "Crossings are expected to resume on Monday, pending inspections.", "Crossings resume"},
		{"counter-example: a named traveller keeps the usual title",
			"2024-03-14", "Prime Minister Mark Rutte will visit Kirkwall on Friday.", "Rutte visit"},
	} {
		got := titlesOf(extractMerge(t, article("t", c.date, c.text)))
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: titles %q, want %q", c.reason, got, c.want)
		}
	}
}
