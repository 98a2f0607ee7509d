package events

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// testTagger is a small stand-in for timex.Find, enough for the test
// articles: weekdays (with tense), weekends, yesterday/today, last/next/this
// week, "a week ago", months, day-month dates, years, vague references and
// durations. The gold tests use timex.Find once it recognises expressions.
func testTagger(text string, ref time.Time) []timex.Timex {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	var out []timex.Timex
	day := func(d time.Time) timex.Interval { return timex.Interval{Start: d, End: d} }
	add := func(loc []int, tx timex.Timex) {
		tx.Start, tx.End, tx.Text = loc[0], loc[1], text[loc[0]:loc[1]]
		for _, o := range out {
			if tx.Start < o.End && o.Start < tx.End {
				return
			}
		}
		out = append(out, tx)
	}
	dateTx := func(d time.Time) timex.Timex {
		return timex.Timex{Type: timex.Date, Value: d.Format("2006-01-02"), Granularity: timex.GranDay, Interval: day(d)}
	}
	weekTx := func(d time.Time) timex.Timex {
		wd := (int(d.Weekday()) + 6) % 7
		mon := d.AddDate(0, 0, -wd)
		y, w := mon.ISOWeek()
		return timex.Timex{Type: timex.Date, Value: fmt.Sprintf("%d-W%02d", y, w), Granularity: timex.GranWeek,
			Interval: timex.Interval{Start: mon, End: mon.AddDate(0, 0, 6)}}
	}
	future := func(start int) bool {
		b := strings.LastIndexAny(text[:start], ".\n")
		ctx := strings.ToLower(text[b+1 : start])
		for _, w := range []string{" will ", " would ", "expected", "scheduled", " plans ", " is to ", "due to"} {
			if strings.Contains(" "+ctx, w) {
				return true
			}
		}
		return false
	}
	months := "January|February|March|April|May|June|July|August|September|October|November|December"
	// Specific dates first, so that the rules below skip their parts.
	for _, loc := range regexp.MustCompile(`\b(\d{1,2}) (`+months+`)( \d{4})?`).FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[loc[2]:loc[3]])
		m := monthNum(text[loc[4]:loc[5]])
		y := ref.Year()
		if loc[6] >= 0 {
			y, _ = strconv.Atoi(strings.TrimSpace(text[loc[6]:loc[7]]))
		}
		add(loc, dateTx(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)))
	}
	for _, loc := range regexp.MustCompile(`\b(`+months+`) (\d{1,2})(, \d{4})?\b`).FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[loc[4]:loc[5]])
		m := monthNum(text[loc[2]:loc[3]])
		y := ref.Year()
		if loc[6] >= 0 {
			y, _ = strconv.Atoi(strings.TrimLeft(text[loc[6]:loc[7]], ", "))
		}
		add(loc, dateTx(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)))
	}
	for _, loc := range regexp.MustCompile(`\b(?:[Oo]n )?Palm Sunday`).FindAllStringIndex(text, -1) {
		e := easter(ref.Year()).AddDate(0, 0, -7)
		if e.After(ref) {
			e = easter(ref.Year()-1).AddDate(0, 0, -7)
		}
		add(loc, dateTx(e))
	}
	wds := "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
	for _, loc := range regexp.MustCompile(`\b(?:[Oo]n |[Ll]ast |[Nn]ext |[Tt]his )?(`+wds+`)(?:'s|’s)?\b`).FindAllStringSubmatchIndex(text, -1) {
		wd := weekdayNum(text[loc[2]:loc[3]])
		lead := strings.ToLower(text[loc[0]:loc[2]])
		fut := future(loc[0]) || strings.HasPrefix(lead, "next")
		d := ref
		if fut {
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, 1)
			}
		} else {
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, -1)
			}
			if strings.HasPrefix(lead, "last") && d.Equal(ref) {
				d = d.AddDate(0, 0, -7)
			}
		}
		add(loc, dateTx(d))
	}
	simple := []struct {
		re string
		tx func() timex.Timex
	}{
		{`[Oo]ver the weekend|[Tt]his weekend|[Ll]ast weekend`, func() timex.Timex {
			d := ref
			for d.Weekday() != time.Sunday {
				d = d.AddDate(0, 0, -1)
			}
			if d.Equal(ref) {
				d = d.AddDate(0, 0, 0)
			}
			y, w := d.ISOWeek()
			return timex.Timex{Type: timex.Date, Value: fmt.Sprintf("%d-W%02d-WE", y, w), Granularity: timex.GranDay,
				Interval: timex.Interval{Start: d.AddDate(0, 0, -1), End: d}}
		}},
		{`[Yy]esterday`, func() timex.Timex { return dateTx(ref.AddDate(0, 0, -1)) }},
		{`\b[Tt]oday\b`, func() timex.Timex { return dateTx(ref) }},
		{`[Ll]ast week`, func() timex.Timex { return weekTx(ref.AddDate(0, 0, -7)) }},
		{`[Nn]ext week`, func() timex.Timex { return weekTx(ref.AddDate(0, 0, 7)) }},
		{`[Tt]his week`, func() timex.Timex { return weekTx(ref) }},
		{`\ba week ago`, func() timex.Timex {
			t := dateTx(ref.AddDate(0, 0, -7))
			t.Mod = "APPROX"
			return t
		}},
		{`[Ee]arlier this month|[Tt]his month`, func() timex.Timex {
			s := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
			return timex.Timex{Type: timex.Date, Value: s.Format("2006-01"), Granularity: timex.GranMonth, Interval: timex.Interval{Start: s, End: s.AddDate(0, 1, -1)}}
		}},
		{`\b(?:in |In )?(?:` + months + `)\b`, nil},
		{`\b(?:in |since )(?:19|20)\d\d\b`, nil},
		{`[Rr]ecently|in recent (?:weeks|days|months)`, func() timex.Timex {
			return timex.Timex{Type: timex.Date, Value: "PAST_REF"}
		}},
		{`\b\d+-day\b|more than (?:two|three|four|\d+) years|\d+ days`, func() timex.Timex {
			return timex.Timex{Type: timex.Duration, Value: "P3Y"}
		}},
	}
	for _, s := range simple {
		for _, loc := range regexp.MustCompile(s.re).FindAllStringIndex(text, -1) {
			if s.tx != nil {
				add(loc, s.tx())
				continue
			}
			w := text[loc[0]:loc[1]]
			if strings.ContainsAny(w, "0123456789") {
				y, _ := strconv.Atoi(w[len(w)-4:])
				st := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
				tx := timex.Timex{Type: timex.Date, Value: w[len(w)-4:], Granularity: timex.GranYear, Interval: timex.Interval{Start: st, End: st.AddDate(1, 0, -1)}}
				if strings.HasPrefix(w, "since") {
					tx.Mod = "AFTER"
				}
				add(loc, tx)
				continue
			}
			name := strings.TrimPrefix(strings.TrimPrefix(w, "in "), "In ")
			if name == "May" && !strings.HasPrefix(w, "in") {
				continue
			}
			m := monthNum(name)
			y := ref.Year()
			if m > ref.Month() {
				y--
			}
			st := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			add(loc, timex.Timex{Type: timex.Date, Value: st.Format("2006-01"), Granularity: timex.GranMonth, Interval: timex.Interval{Start: st, End: st.AddDate(0, 1, -1)}})
		}
	}
	sortTimexes(out)
	return out
}

func sortTimexes(ts []timex.Timex) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Start < ts[j-1].Start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func monthNum(s string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if m.String() == s {
			return m
		}
	}
	return 0
}

func weekdayNum(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return 0
}

// easter returns Easter Sunday (Gregorian) of year y.
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
