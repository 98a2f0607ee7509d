package timex

import (
	"os"
	"path/filepath"
	"testing"
)

// seedWant is one expected expression of a seed article, with the reason
// its value is right.
type seedWant struct {
	text, typ, value, reason string
}

// seedCases list every expression Find reports in the five seed articles
// (../shared/seeds), in order. The publication dates and the facts the
// values must agree with are those of ../shared/seeds/SEEDS.md.
var seedCases = []struct {
	prefix, ref string
	want        []seedWant
}{
	{"000", "2025-12-01", []seedWant{
		{"Monday", "DATE", "2025-12-01", "the publication weekday is the publication day (Zelensky meets Macron in Paris)"},
		{"the weekend", "DATE", "2025-W48-WE", "past tense on a Monday: the weekend just gone (Florida talks, 29–30 Nov)"},
		{"this week", "DATE", "2025-W49", "the reference week"},
		{"overnight", "TIME", "2025-11-30TNI", "said overnight, published Monday: Sunday night"},
		{"Tuesday", "DATE", "2025-12-02", "would meet on Tuesday: forward (Witkoff meets Putin)"},
		{"2022", "DATE", "2022", "invaded Ukraine in 2022"},
		{"a week ago", "DATE", "2025-11-24", "a week before Monday 1 Dec, approximate (Geneva talks were on the 23rd)"},
		{"Sunday", "DATE", "2025-11-30", "said on Sunday, past: the day before"},
		{"overnight", "TIME", "2025-11-30TNI", "told reporters overnight: Sunday night"},
	}},
	{"001", "2025-12-01", []seedWant{
		{"Monday", "DATE", "2025-12-01", "met on Monday, published Monday"},
		{"more than three years", "DURATION", "P3Y", "a duration, never a date"},
		{"hours", "DURATION", "PTXH", "met for hours"},
		{"Sunday", "DATE", "2025-11-30", "Florida talks on Sunday"},
		{"later in the day", "DATE", "2025-12-01", "would brief the press later in the day: the publication day"},
		{"the coming days", "DURATION", "PXD", "a stretch from now, as TimeBank marks it"},
		{"yesterday", "DATE", "2025-11-30", "the day before publication"},
		{"last week", "DATE", "2025-W48", "Geneva talks, the ISO week before"},
		{"now", "DATE", "PRESENT_REF", "Zaluzhny, now ambassador"},
		{"Tuesday", "DATE", "2025-12-02", "is expected in Moscow on Tuesday: forward"},
		{"Monday", "DATE", "2025-12-01", "strike on Dnipro on Monday"},
		{"Tuesday", "DATE", "2025-12-02", "is scheduled to travel on Tuesday: forward"},
		{"2026", "DATE", "2026", "EU presidency in 2026"},
	}},
	{"002", "2025-12-01", []seedWant{
		{"Monday", "DATE", "2025-12-01", "met Macron on Monday"},
		{"nearly four-year-old", "DURATION", "P4Y", "the war's age: a duration, never a date (\"with Russia\" after the noun makes no person of it)"},
		{"the weekend", "DATE", "2025-W48-WE", "meeting in Florida over the weekend"},
		{"recently", "DATE", "PAST_REF", "vague past"},
		{"Last week", "DATE", "2025-W48", "the ISO week before"},
		{"Tuesday", "DATE", "2025-12-02", "Putin would meet Tuesday: forward"},
	}},
	{"003", "2025-04-18", []seedWant{
		{"next week", "DATE", "2025-W17", "21–27 April"},
		{"this week", "DATE", "2025-W16", "the reference week"},
		{"yesterday", "DATE", "2025-04-17", "Paris meetings, the day before publication"},
		{"now", "DATE", "PRESENT_REF", "have now presented"},
		{"Thursday", "DATE", "2025-04-17", "Thursday's talks: the day before a Friday"},
		{"a day", "DURATION", "P1D", "a day of diplomatic mobilisation"},
		{"Today", "DATE", "2025-04-17", "quoted from a post on Thursday: the day it was written"},
		{"next week", "DATE", "2025-W17", "will meet again next week"},
		{"Thursday", "DATE", "2025-04-17", "On Thursday, he criticized: past"},
		{"Thursday", "DATE", "2025-04-17", "told reporters Thursday: past"},
		{"this week", "DATE", "2025-W16", "quoted this week"},
		{"this week", "DATE", "2025-W16", "quoted this week"},
		{"a day", "DURATION", "P1D", "end the war in a day"},
		{"Easter weekend", "DATE", "2025-W16-WE", "Easter 2025 is 20 April: 19–20 April"},
		{"recent weeks", "DURATION", "PXW", "in recent weeks: a stretch up to now, as TimeBank marks it"},
		{"recently", "DATE", "PAST_REF", "vague past"},
		{"2014", "DATE", "2014", "took Crimea in 2014"},
		{"2022", "DATE", "2022", "since 2022"},
		{"Tuesday", "DATE", "2025-04-15", "told CNN on Tuesday, published Friday: past"},
		{"March", "DATE", "2025-03", "stopped weapons in March: the last March"},
		{"30-day", "DURATION", "P30D", "a 30-day ceasefire is a duration"},
		{"the 22 days", "DURATION", "P22D", "in the 22 days after: a duration"},
		{"last week", "DATE", "2025-W15", "the ISO week before"},
		{"The coming days", "DATE", "FUTURE_REF", "vague future"},
		{"next week", "DATE", "2025-W17", "will meet again next week"},
		{"the 22 days", "DURATION", "P22D", "a duration"},
	}},
	{"004", "2025-04-17", []seedWant{
		{"May 19, 1883", "DATE", "1883-05-19", "the masthead's founding date"},
		{"Thursday", "DATE", "2025-04-17", "arrived on Thursday, published Thursday"},
		{"one day", "DURATION", "P1D", "announced one day earlier than the Thursday just named: the duration, its interval 16 April"},
		{"Thursday", "DATE", "2025-04-17", "Thursday's effort"},
		{"30-day", "DURATION", "P30D", "a duration"},
		{"Thursday", "DATE", "2025-04-17", "would also meet on Thursday: the publication day"},
		{"30-day", "DURATION", "P30D", "the 30-day energy truce"},
		{"Palm Sunday", "DATE", "2025-04-13", "Easter 2025 is 20 April; Palm Sunday a week before"},
		{"two days after", "DATE", "2025-04-11", "the strike (Palm Sunday) came two days after the visit: the visit is 11 April"},
		{"Thursday", "DATE", "2025-04-17", "talks on Thursday"},
		{"this month", "DATE", "2025-04", "dispatched planners this month"},
	}},
}

func TestFindSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed articles not available at %s (the shared folder is absent): %v", dir, err)
	}
	for _, sc := range seedCases {
		t.Run(sc.prefix, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, sc.prefix+"_*.txt"))
			if len(files) != 1 {
				t.Fatalf("seed %s: found %d files", sc.prefix, len(files))
			}
			b, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			got := Find(string(b), date(sc.ref))
			for k := 0; k < len(got) || k < len(sc.want); k++ {
				switch {
				case k >= len(got):
					t.Errorf("missing %q %s (%s)", sc.want[k].text, sc.want[k].value, sc.want[k].reason)
				case k >= len(sc.want):
					t.Errorf("unexpected %q %s %s", got[k].Text, got[k].Type, got[k].Value)
				default:
					g, w := got[k], sc.want[k]
					if g.Text != w.text || string(g.Type) != w.typ || g.Value != w.value {
						t.Errorf("#%d: got %q %s %s, want %q %s %s (%s)", k, g.Text, g.Type, g.Value, w.text, w.typ, w.value, w.reason)
					}
				}
			}
		})
	}
}
