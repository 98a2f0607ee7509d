package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// valueLabel reads a TIMEX3 value as readers read it: "15 September 2024",
// "the night of 15 September 2024", "15 September 2024, 14:30", "September
// 2024", "week of 8 April 2024", "weekend of 13 April 2024", "the third
// quarter of 2024", "summer 2024", "the 1990s". A value readers could not
// read (a vague PAST_REF, a set such as XXXX-WXX-1, anything malformed)
// gives "": a page shows no TimeML.
func valueLabel(v string) string {
	switch v {
	case "PRESENT_REF":
		return "the present"
	case "PAST_REF":
		return "the past"
	case "FUTURE_REF":
		return "the future"
	}
	if !digits(v, 0, 2) {
		return ""
	}
	switch {
	case len(v) == 2: // a century: 19 is 1900–1999
		c, _ := strconv.Atoi(v)
		return "the " + ordinal(c+1) + " century"
	case len(v) == 3 && digits(v, 0, 3): // a decade: 199 is 1990–1999
		return "the " + v + "0s"
	case len(v) < 4 || !digits(v, 0, 4):
		return ""
	}
	year, _ := strconv.Atoi(v[:4])
	rest := v[4:]
	if rest == "" {
		return v[:4]
	}
	rest, ok := strings.CutPrefix(rest, "-")
	if !ok {
		return ""
	}
	switch rest {
	case "SP":
		return "spring " + v[:4]
	case "SU":
		return "summer " + v[:4]
	case "FA":
		return "autumn " + v[:4]
	case "WI":
		return fmt.Sprintf("winter %d–%02d", year, (year+1)%100)
	case "H1":
		return "the first half of " + v[:4]
	case "H2":
		return "the second half of " + v[:4]
	case "Q1", "Q2", "Q3", "Q4":
		return "the " + ordinal(int(rest[1]-'0')) + " quarter of " + v[:4]
	}
	if w, ok := strings.CutPrefix(rest, "W"); ok {
		weekend := strings.HasSuffix(w, "-WE")
		w = strings.TrimSuffix(w, "-WE")
		n, err := strconv.Atoi(w)
		if len(w) != 2 || err != nil || n < 1 || n > 53 {
			return ""
		}
		// ISO 8601: week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(n-1)*7)
		if monday.AddDate(0, 0, 3).Year() != year { // no week 53 this year
			return ""
		}
		if weekend {
			return "weekend of " + monday.AddDate(0, 0, 5).Format("2 January 2006")
		}
		return "week of " + monday.Format("2 January 2006")
	}
	if len(v) == 7 { // only YYYY-MM can be a month
		if t, err := time.Parse("2006-01", v); err == nil {
			return t.Format("January 2006")
		}
	}
	day, clock, timed := strings.Cut(v, "T")
	date, ok := dayWords(day)
	if !ok {
		return ""
	}
	if !timed {
		return date
	}
	switch clock {
	case "MO":
		return "the morning of " + date
	case "AF":
		return "the afternoon of " + date
	case "EV":
		return "the evening of " + date
	case "NI":
		return "the night of " + date
	case "DT":
		return "during the day on " + date
	}
	// A clock time, perhaps with seconds or a zone: show hours and minutes.
	if len(clock) >= 2 && digits(clock, 0, 2) {
		h, _ := strconv.Atoi(clock[:2])
		m := 0
		if len(clock) >= 5 && clock[2] == ':' && digits(clock, 3, 5) {
			m, _ = strconv.Atoi(clock[3:5])
		}
		if h < 24 && m < 60 {
			return fmt.Sprintf("%s, %02d:%02d", date, h, m)
		}
	}
	return date
}

// digits reports whether s[i:j] is all ASCII digits.
func digits(s string, i, j int) bool {
	if j > len(s) {
		return false
	}
	for ; i < j; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ordinal spells 1 as "1st", 2 as "2nd" and so on for the small numbers a
// date label needs; "first" to "fourth" for quarters.
func ordinal(n int) string {
	switch n {
	case 1:
		return "first"
	case 2:
		return "second"
	case 3:
		return "third"
	case 4:
		return "fourth"
	}
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}
