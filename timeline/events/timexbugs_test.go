package events

import (
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// TestTimexKnownBugs records the date tagger's readings that the blind test
// articles found wrong, for the tagger's owner. Each case is skipped while
// the bug stands; the events package guards against some of them (noted).
func TestTimexKnownBugs(t *testing.T) {
	tests := []struct {
		reason, text, ref, expr, want string // want: the start..end the expression should have
	}{
		{
			reason: "a day range is one interval, not a date and a bare number (events drops the bare number)",
			text:   "The Fed's next meeting is scheduled for July 28-29.", ref: "2026-06-17",
			expr: "July 28-29", want: "2026-07-28..2026-07-29",
		},
		{
			reason: "a day range with 'to' is one interval",
			text:   "The summit, held from Oct. 5 to 7, ended.", ref: "2026-10-10",
			expr: "Oct. 5 to 7", want: "2026-10-05..2026-10-07",
		},
		{
			reason: "a month and day after 'for' with a future verb is the next such day, not a past one (events drops it)",
			text:   "Portugal's president dissolved parliament on Wednesday and called a snap election for Jan. 17.", ref: "2026-11-13",
			expr: "Jan. 17", want: "2027-01-17..2027-01-17",
		},
		{
			reason: "a clock time with no day is not the day of publication (events ignores clock times without a day)",
			text:   "Reyes conceded defeat in a short speech to supporters shortly before midnight.", ref: "2026-03-09",
			expr: "midnight", want: "",
		},
		{
			reason: "'N days after' an event told in the present perfect dates that event N days before the reference",
			text:   "Rescuers have given up hope of finding more survivors, four days after a powerful earthquake killed 112 people.", ref: "2026-10-10",
			expr: "four days after", want: "2026-10-06..2026-10-06",
		},
		{
			reason: "a weekday before a past-tense verb is the past one (TempEval-3 CNN_20130322_1003; events drops it)",
			text:   "Raymond Roth on Thursday agreed to plead guilty to the conspiracy charge.", ref: "2013-03-22",
			expr: "Thursday", want: "2013-03-21..2013-03-21",
		},
		{
			reason: "a month after a past-tense verb and its infinitive is the past one (TempEval-3 bbc_20130322_332; events drops it)",
			text:   "BP agreed to sell back its 50% stake in TNK-BP to Russia's Rosneft in October in return for $17.1bn.", ref: "2013-03-22",
			expr: "October", want: "2012-10-01..2012-10-31",
		},
		{
			reason: "'would ... be held on April 24' is the coming April 24 (TempEval-3 XIE19990210.0079; events drops it)",
			text:   "He added that a ceremonial accession would still be held at the NATO Washington summit on April 24.", ref: "1999-02-10",
			expr: "April 24", want: "1999-04-24..1999-04-24",
		},
		{
			reason: "a present-tense verb with a weekday is the coming one (TempEval-3 VOA19980501.1800.0355)",
			text:   "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.", ref: "1998-05-01",
			expr: "Monday", want: "1998-05-04..1998-05-04",
		},
		{
			reason: "'planned a demonstration on Saturday' is the coming Saturday (TempEval-3 APW20000107.0318)",
			text:   "Protesters planned a large demonstration in Little Havana on Saturday.", ref: "2000-01-07",
			expr: "Saturday", want: "2000-01-08..2000-01-08",
		},
		{
			reason: "a month used as an adjective in a past context is the past one (TempEval-3 wsj_0736)",
			text:   "Poughkeepsie said it is continuing to try to sell itself, under a June agreement with a dissident group.", ref: "1989-10-27",
			expr: "June", want: "1989-06-01..1989-06-30",
		},
		{
			reason: "'the first week of October' is that week, not the month",
			text:   "Ministers met in the first week of October.", ref: "2026-10-20",
			expr: "the first week of October", want: "2026-10-01..2026-10-07",
		},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			ref, err := time.Parse("2006-01-02", tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, tx := range timex.Find(tt.text, ref) {
				if tx.Text == tt.expr && !tx.Interval.IsZero() {
					got = tx.Interval.Start.Format("2006-01-02") + ".." + tx.Interval.End.Format("2006-01-02")
				}
			}
			if got != tt.want {
				t.Skipf("timex bug (%s): %q against %s: %q reads %q, want %q", tt.reason, tt.text, tt.ref, tt.expr, got, tt.want)
			}
		})
	}
}
