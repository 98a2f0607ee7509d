package events

import "testing"

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
