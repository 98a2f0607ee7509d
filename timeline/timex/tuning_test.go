package timex

import "testing"

// tuneCases are the rules adopted while tuning on the TempEval-3 training
// set (TBAQ-cleaned): classes of misses and wrong values that are general
// English, each with counter-examples. The sentences are written for these
// tests, about other events than the training texts.
var tuneCases = []formCase{
	// a decimal point does not end a sentence
	{"a decimal point is no sentence end: 'a year earlier' in a sentence of figures is the quarter a year before", "2026-10-28",
		"Norvale posted a third-quarter loss of $4.2 million, against a profit of $1.7 million a year earlier.",
		[]want{{"third-quarter", "DATE", "2026-Q3", "", "", ""}, {"a year earlier", "DATE", "2025-Q3", "", "2025-07-01", "2025-09-30"}}},
	{"counter-example: without a quarter named, 'a year earlier' is the year", "2026-10-28",
		"Orders rose to $4.2 million from $1.7 million a year earlier.",
		[]want{{"a year earlier", "DATE", "2025", "", "", ""}}},
	{"counter-example: a sentence that ends after a figure still ends", "2026-10-28",
		"Norvale posted a third-quarter loss of $4.2 million. The plant opened a year earlier.",
		[]want{{"third-quarter", "DATE", "2026-Q3", "", "", ""}, {"a year earlier", "DATE", "2025", "", "", ""}}},
	// a year in the possessive before a quarter
	{"'this year's third quarter' is one expression, that quarter of that year", "2026-11-02",
		"Net sales for this year's third quarter were $14 million.",
		[]want{{"this year's third quarter", "DATE", "2026-Q3", "", "2026-07-01", "2026-09-30"}}},
	{"'next year's first half' is that half of next year", "2026-11-02",
		"Profit growth should resume in next year's first half.",
		[]want{{"next year's first half", "DATE", "2027-H1", "", "", ""}}},
	{"'last year's quarter' soon after a quarter is named is that quarter a year before", "2026-11-02",
		"Sales in the third quarter rose to $5 million. Sales for last year's quarter were $3 million.",
		[]want{{"the third quarter", "DATE", "2026-Q3", "", "", ""}, {"last year's quarter", "DATE", "2025-Q3", "", "", ""}}},
	{"counter-example: 'last year's' before another noun is the year", "2026-11-02",
		"Last year's harvest was poor.",
		[]want{{"Last year", "DATE", "2025", "", "", ""}}},
	{"counter-example: 'last year's quarter' with no quarter named is the year", "2026-11-02",
		"Last year's quarter-final was lost on penalties.",
		[]want{{"Last year", "DATE", "2025", "", "", ""}}},

	// "a year-earlier loss"
	{"'a year-earlier loss' is the adjective year-earlier, the quarter a year before", "2026-10-28",
		"Quarterly profit was $2 million, compared with a year-earlier loss of $1 million in the third quarter.",
		[]want{{"year-earlier", "DATE", "2025", "", "", ""}, {"the third quarter", "DATE", "2026-Q3", "", "", ""}}},
	{"after a quarter is named, 'a year-earlier loss' is that quarter a year before", "2026-10-28",
		"Profit was $2 million in the third quarter, compared with a year-earlier loss of $1 million.",
		[]want{{"the third quarter", "DATE", "2026-Q3", "", "", ""}, {"year-earlier", "DATE", "2025-Q3", "", "", ""}}},
	{"counter-example: 'a year' before another hyphenated word stays a duration", "2026-10-28",
		"The minister began a year-long review.",
		[]want{{"a year-long", "DURATION", "P1Y", "", "", ""}}},
	// "now that"
	{"'now that' is the present, as TimeBank annotates it", "2026-04-02",
		"The prosecutor said that now that the witness has spoken, the case will move faster.",
		[]want{{"now", "DATE", "PRESENT_REF", "", "0", "0"}}},

	// stretches of no stated length
	{"'the weeks ahead' is a duration with its article", "2026-04-02",
		"Funds may have to sell bonds in the weeks ahead.",
		[]want{{"the weeks ahead", "DURATION", "PXW", "", "0", "0"}}},
	{"'the years to come' is a duration", "2026-04-02",
		"The port will shape the city for the years to come.",
		[]want{{"the years to come", "DURATION", "PXY", "", "0", "0"}}},
	{"'over the years' is a duration with its article", "2026-04-02",
		"Over the years the dam has been repaired many times.",
		[]want{{"the years", "DURATION", "PXY", "", "0", "0"}}},
	{"'in the years that followed' is a duration, the article left out", "2026-04-02",
		"In the years that followed, the rebels held the hills.",
		[]want{{"years", "DURATION", "PXY", "", "0", "0"}}},
	{"'in years' after 'the first time' is a duration", "2026-04-02",
		"The mill is hiring for the first time in years.",
		[]want{{"years", "DURATION", "PXY", "", "0", "0"}}},
	{"'in decades' after a superlative is a duration", "2026-04-02",
		"The river fell to its lowest level in decades.",
		[]want{{"decades", "DURATION", "PXDE", "", "0", "0"}}},
	{"counter-example: 'in years' with no superlative is left alone", "2026-04-02",
		"Prices are quoted in years of salary.",
		nil},
	{"a bare plural before 'of' after 'follows' is a duration", "2026-04-02",
		"The deal follows months of talks.",
		[]want{{"months", "DURATION", "PXM", "", "0", "0"}}},
	{"a bare plural before 'of' opening a sentence is a duration", "2026-04-02",
		"The vote passed. Years of war had left the country poor.",
		[]want{{"Years", "DURATION", "PXY", "", "0", "0"}}},
	{"counter-example: a bare plural before 'of' after another word is left alone", "2026-04-02",
		"He recalled the happy days of his youth.",
		nil},
	{"'for a while' is a duration of no stated unit", "2026-04-02",
		"They will have to live without power for a while.",
		[]want{{"a while", "DURATION", "PXX", "", "0", "0"}}},
	{"counter-example: 'a while' elsewhere is no expression", "2026-04-02",
		"It took a while.",
		nil},
	{"'the first hours of' is a duration", "2026-04-02",
		"Thousands were taken prisoner in the first hours of the offensive.",
		[]want{{"the first hours", "DURATION", "PTXH", "", "0", "0"}}},
	// the tense window counts words, not figures
	{"figures do not push a past verb out of the tense window", "2026-11-01",
		"The stock fluctuated sharply on takeover speculation, rising to a high of $42.875 a share on 1.2 million shares from $29.75 a share, or 3.1 times earnings, in March.",
		[]want{{"March", "DATE", "2026-03", "", "", ""}}},
	{"counter-example: with no verb in the sentence the nearest March is taken", "2026-11-01",
		"Targets: $42.875 a share in March.",
		[]want{{"March", "DATE", "2027-03", "", "", ""}}},
	// sentence ends, "since", "until"
	{"a state's abbreviation before a comma ends no sentence, so the past verb after it counts", "2026-10-25",
		"In January, a week after the state fair, a bombing in Birmingham, Ala., killed a guard.",
		[]want{{"January", "DATE", "2026-01", "", "", ""}, {"a week", "DURATION", "P1W", "", "", ""}}},
	{"counter-example: a state's abbreviation before a capital still ends the sentence", "2026-10-25",
		"The plant is in Peoria, Ill. In January the new owners take over.",
		[]want{{"January", "DATE", "2027-01", "", "", ""}}},
	{"a date after 'since' is gone", "2026-05-06",
		"Police have been searching for him since the Oct. 23 shooting.",
		[]want{{"Oct. 23", "DATE", "2025-10-23", "", "", ""}}},
	{"a weekday after 'since' is gone", "2026-05-06",
		"The ferries will stay in port, as they have since Monday.",
		[]want{{"Monday", "DATE", "2026-05-04", "", "", ""}}},
	{"'until' before a past perfect is a day gone", "2026-05-08",
		"Until Thursday, investigators had not called him a suspect.",
		[]want{{"Thursday", "DATE", "2026-05-07", "", "", ""}}},
	{"counter-example: 'until' otherwise points forward", "2026-05-08",
		"The bridge stays closed until Thursday.",
		[]want{{"Thursday", "DATE", "2026-05-14", "", "", ""}}},
	// bare units next to an event, and a year and a half
	{"'Hours before' an event opening a sentence is a duration", "2026-05-08",
		"Hours before the vote, the opposition withdrew.",
		[]want{{"Hours", "DURATION", "PTXH", "", "0", "0"}}},
	{"'killed weeks after' an event: a duration, its date not known", "2026-05-08",
		"The guard was killed weeks after the bombing.",
		[]want{{"weeks", "DURATION", "PXW", "", "0", "0"}}},
	{"counter-example: a plural after a noun is left alone", "2026-05-08",
		"Flood days after storms are common.",
		nil},
	{"'the past year and a half' is one duration", "2026-05-08",
		"Prices have risen over the past year and a half.",
		[]want{{"the past year and a half", "DURATION", "P1Y6M", "", "0", "0"}}},
	{"counter-example: 'the past year' alone is the last year", "2026-05-08",
		"Prices have risen over the past year.",
		[]want{{"the past year", "DATE", "2025", "", "", ""}}},
}

func TestFindTuning(t *testing.T) {
	for _, tc := range tuneCases {
		t.Run(tc.reason, func(t *testing.T) {
			got := Find(tc.text, date(tc.ref))
			if len(got) != len(tc.want) {
				t.Fatalf("%q: got %d expressions %v, want %d", tc.text, len(got), describe(got), len(tc.want))
			}
			for k, w := range tc.want {
				checkTimex(t, got[k], w)
			}
		})
	}
}
