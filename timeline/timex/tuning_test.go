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
