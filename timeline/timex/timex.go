package timex

import "time"

// Type is a TIMEX3 type.
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Granularity is the unit an expression is precise to.
type Granularity string

// Granularities, finest first.
const (
	GranTime    Granularity = "time"
	GranDay     Granularity = "day"
	GranWeek    Granularity = "week"
	GranMonth   Granularity = "month"
	GranQuarter Granularity = "quarter"
	GranSeason  Granularity = "season"
	GranYear    Granularity = "year"
	GranDecade  Granularity = "decade"
	GranCentury Granularity = "century"
	GranNone    Granularity = "" // durations, sets, PAST_REF and the like
)

// Interval is an inclusive range of calendar days. Start and End are
// midnight UTC. The zero Interval means the expression covers no definite
// days (a duration, a set, "recently").
type Interval struct {
	Start, End time.Time
}

// IsZero reports whether the interval is unset.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End  int    // byte offsets of the expression in the text: text[Start:End] == Text
	Text        string // the expression as it stands in the text
	Type        Type
	Value       string // TIMEX3 value: 2025-12-01, 2025-W48, 2025-W48-WE, 2025-04, 2025-Q3, PAST_REF, P3Y, XXXX-WXX-1 ...
	Granularity Granularity
	Interval    Interval // the days the expression covers, inclusive; zero for sets, vague references and durations, except a duration counted from the narrative's day ("two days later"), whose interval is the day it points to
	Mod         string   // TIMEX3 mod: "", APPROX, START, MID, END, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE
}

// Approximate reports whether the expression names its days only roughly.
func (t Timex) Approximate() bool { return t.Mod == "APPROX" }

// DateValue returns the TIMEX3 value of the date the expression points
// to: Value itself for dates, times and the rest, and for a duration
// counted from the narrative's day ("two days later", TIMEX3 value P2D)
// the day of its interval (2025-12-03).
func (t Timex) DateValue() string {
	if t.Type == Duration && !t.Interval.IsZero() {
		return t.Interval.Start.Format("2006-01-02")
	}
	return t.Value
}

// Find returns the temporal expressions in text, in order of their start
// offset, normalised against ref (the document's reference date, such as a
// publication date; only its calendar day is used). Expressions that depend
// on an earlier one ("two days later") are anchored to the date the text last
// established.
func Find(text string, ref time.Time) []Timex {
	return find(text, ref)
}
