package timex_test

import (
	"fmt"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

func ExampleFind() {
	published := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC) // a Monday
	text := "Officials met over the weekend in Florida. Witkoff would meet Putin on Tuesday, " +
		"after talks in Geneva a week ago. The war has lasted more than three years."
	for _, t := range timex.Find(text, published) {
		fmt.Printf("%q %s %s", t.Text, t.Type, t.Value)
		if !t.Interval.IsZero() {
			fmt.Printf(" %s..%s", t.Interval.Start.Format("2006-01-02"), t.Interval.End.Format("2006-01-02"))
		}
		if t.Mod != "" {
			fmt.Printf(" %s", t.Mod)
		}
		fmt.Println()
	}
	// Output:
	// "the weekend" DATE 2025-W48-WE 2025-11-29..2025-11-30
	// "Tuesday" DATE 2025-12-02 2025-12-02..2025-12-02
	// "a week ago" DATE 2025-11-24 2025-11-24..2025-11-24 APPROX
	// "more than three years" DURATION P3Y MORE_THAN
}
