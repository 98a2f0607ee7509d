package timex

import (
	"testing"
	"time"
)

// TestFormatRef checks fmtDay, fmtMonth and fmtWeek against writing them
// with pad, as they were written before they wrote a four-digit year in
// one allocation.
func TestFormatRef(t *testing.T) {
	for _, y := range []int{-12, 0, 1, 9, 10, 99, 100, 999, 1000, 1969, 2000, 2025, 9999, 10000, 12345} {
		for _, m := range []time.Month{1, 2, 9, 10, 12} {
			for _, d := range []int{1, 9, 10, 28, 31} {
				tm := day(y, m, d)
				yy, mm, dd := tm.Date()
				if got, want := fmtDay(tm), pad(yy, 4)+"-"+pad(int(mm), 2)+"-"+pad(dd, 2); got != want {
					t.Errorf("fmtDay(%v) = %q, want %q", tm, got, want)
				}
				wy, w := tm.ISOWeek()
				if got, want := fmtWeek(tm), pad(wy, 4)+"-W"+pad(w, 2); got != want {
					t.Errorf("fmtWeek(%v) = %q, want %q", tm, got, want)
				}
			}
			if got, want := fmtMonth(y, m), pad(y, 4)+"-"+pad(int(m), 2); got != want {
				t.Errorf("fmtMonth(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
		for _, m := range []time.Month{-1, 0, 13, 100} {
			if got, want := fmtMonth(y, m), pad(y, 4)+"-"+pad(int(m), 2); got != want {
				t.Errorf("fmtMonth(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
	}
}
