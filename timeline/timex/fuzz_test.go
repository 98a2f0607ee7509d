package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, tc := range formCases {
		f.Add(tc.text, int64(date(tc.ref).Unix()))
	}
	for _, s := range []string{"", "a", "’", "\xff\xfe", "April", "31 February 2025", "the 0s", "0/0/00", "99:99 p.m.",
		"Monday, April 31", "mid-", "the end of", "twenty-", "1 1/0 years", "Easter 1000", "Sept. 31, 2100"} {
		f.Add(s, int64(0))
	}
	if files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt")); len(files) > 0 {
		b, err := os.ReadFile(files[0])
		if err == nil {
			f.Add(string(b[:min(len(b), 2000)]), int64(1764547200))
		}
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		ref := time.Unix(sec%(1<<34), 0).UTC() // keep years within ±500 of 1970
		got := Find(text, ref)
		var tg Tagger
		tg.Find("On Monday, two days later.", ref) // storage reused across texts
		if again := tg.Find(text, ref); len(again) != len(got) {
			t.Fatalf("Tagger found %d expressions, Find %d", len(again), len(got))
		}
		prev := -1
		for _, x := range got {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
				t.Fatalf("span %d..%d outside text of %d bytes", x.Start, x.End, len(text))
			}
			if x.Start < prev {
				t.Fatalf("expressions out of order or overlapping at %d", x.Start)
			}
			prev = x.End
			if utf8.ValidString(text) && (x.Start > 0 && x.Start < len(text) && !utf8.RuneStart(text[x.Start]) || x.End < len(text) && !utf8.RuneStart(text[x.End])) {
				t.Fatalf("span %d..%d not on UTF-8 boundaries", x.Start, x.End)
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("Text %q != text[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
			}
			if x.Interval.End.Before(x.Interval.Start) {
				t.Fatalf("%q: interval %v after %v", x.Text, x.Interval.Start, x.Interval.End)
			}
			if x.Type == Set && !x.Interval.IsZero() || x.Type == Duration && !x.Interval.IsZero() && !x.Interval.Start.Equal(x.Interval.End) {
				// a duration has an interval only when counted from the
				// narrative's day ("two days later"): one day
				t.Fatalf("%q: %s with an interval", x.Text, x.Type)
			}
		}
	})
}
