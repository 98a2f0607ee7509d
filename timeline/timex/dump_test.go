package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

// TestDumpText prints the expressions of $TIMEX_TEXT against $TIMEX_REF: a
// tool for working on the rules, skipped unless the variable is set.
func TestDumpText(t *testing.T) {
	s := os.Getenv("TIMEX_TEXT")
	if s == "" {
		t.Skip("set TIMEX_TEXT (and TIMEX_REF, YYYY-MM-DD) to print the expressions of a text")
	}
	ref, _ := time.Parse("2006-01-02", os.Getenv("TIMEX_REF"))
	for _, x := range Find(s, ref) {
		fmt.Printf("%-30q %-8s %-14s %-9s %s..%s %s\n", x.Text, x.Type, x.Value, x.Mod,
			x.Interval.Start.Format("2006-01-02"), x.Interval.End.Format("2006-01-02"), x.Granularity)
	}
}
