package timex

import (
	"time"
)

// ---- tense and direction ----

// tenseAt returns the tense of the clause around tokens [i, j): the
// nearest cue word before the expression in the same sentence, or failing
// one, the nearest after it.
func (t *tagger) tenseAt(i, j int) tense {
	const window = 25
	for k, d := i-1, 1; k >= 0 && d <= window; k, d = k-1, d+1 {
		tk := t.toks[k]
		if tk.kind == kPunct && (tk.w == "." || tk.w == "!" || tk.w == "?" || tk.w == ";") && !t.abbrevDot(k) {
			break
		}
		if c := t.cue(k); c != tNone {
			return c
		}
		if tk.nl {
			break
		}
	}
	for k, d := j, 1; k < len(t.toks) && d <= window; k, d = k+1, d+1 {
		tk := t.toks[k]
		if tk.nl {
			break
		}
		if tk.kind == kPunct && (tk.w == "." || tk.w == "!" || tk.w == "?" || tk.w == ";") && !t.abbrevDot(k) {
			break
		}
		if c := t.cue(k); c != tNone {
			return c
		}
	}
	return tNone
}

// cue classifies token k as a tense cue, looking at its neighbours for
// "going to", "set to", "due to", "is to".
func (t *tagger) cue(k int) tense {
	tk := t.toks[k]
	if tk.kind != kWord {
		return tNone
	}
	switch tk.w {
	case "plan", "plans", "planned", "plot", "plots", "decided", "agreed", "wants", "wanted", "hope", "hoped", "intend", "intended", "aim", "aimed":
		if t.is(k+1, "to") || t.is(k+1, "for") && tk.w == "planned" {
			return tFuture
		}
		if tk.w == "planned" || tk.w == "decided" || tk.w == "agreed" || tk.w == "wanted" || tk.w == "hoped" || tk.w == "intended" || tk.w == "aimed" {
			return tPast
		}
		return tNone
	case "could", "may", "might", "should", "must", "can":
		if tk.w == "may" && tk.upper {
			return tNone
		}
		if t.is(k+1, "have") || t.is(k+1, "not") && t.is(k+2, "have") {
			return tPast // "could have emerged"
		}
		return tFuture
	case "going", "set", "due", "is", "are", "was", "were":
		if t.is(k+1, "to") {
			if tk.w == "was" || tk.w == "were" {
				return tFuture // "was to meet": a plan
			}
			return tFuture
		}
		if tk.w == "going" || tk.w == "set" || tk.w == "due" {
			return tNone
		}
	case "ll":
		if k > 0 && t.toks[k-1].w == "'" {
			return tFuture
		}
		return tNone
	case "march":
		if tk.upper {
			return tNone
		}
	case "last", "next", "earlier", "ago", "yesterday", "tomorrow":
		return tNone // these belong to expressions, which resolve themselves
	case "s", "d", "t":
		return tNone
	}
	c := cueOf(tk.w)
	if c == tNone && k > 0 && len(tk.w) > 3 && tk.w[len(tk.w)-1] == 's' && tk.w[len(tk.w)-2] != 's' && !tk.upper {
		switch t.toks[k-1].w {
		case "who", "which", "he", "she", "it", "that":
			return tPresent // "who faces", "it remains": a present-tense verb
		}
	}
	if c == tPast && k > 0 && len(tk.w) > 2 && tk.w[len(tk.w)-2:] == "ed" {
		switch t.toks[k-1].w {
		case "be", "been", "being", "to", "not":
			return tNone // a participle or infinitive: no tense of its own
		case "is", "are", "am":
			return tPresent // "is headed to a runoff"
		}
	}
	if c == tPresent && t.is(k+1, "expected") || t.is(k+1, "scheduled") || t.is(k+1, "due") {
		return tFuture
	}
	return c
}

// abbrevDot reports whether the period at k closes an abbreviation or an
// initial rather than a sentence.
func (t *tagger) abbrevDot(k int) bool {
	if k == 0 || !t.attached(k) {
		return false
	}
	p := t.toks[k-1]
	if p.kind != kWord {
		return false
	}
	if len(p.w) == 1 {
		return true
	}
	switch p.w {
	case "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "jan", "feb", "mar", "apr", "jun",
		"jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "inc", "co", "corp", "jr", "sr", "prof", "no", "mt", "ft":
		return true
	}
	return false
}

// direction returns -1 (past), +1 (future) or 0 (either) for tokens [i, j).
func (t *tagger) direction(i, j int) int {
	switch t.tenseAt(i, j) {
	case tPast:
		return -1
	case tFuture, tPresent:
		return 1
	}
	return 0
}

// pickYear returns the year for which the dates built by mk fall best
// around the reference day. The nearest of last year's, this year's and
// next year's is taken, unless the tense points the other way (dir -1 past,
// +1 future) and the candidate on that side lies within maxTenseDays of the
// reference day: "in May" in a past-tense clause of April is last May. A
// single day within 45 days of the reference day is taken whatever the
// tense: "by Jan. 14" in a past-tense clause of January 6 is next week.
func (t *tagger) pickYear(dir int, mk func(y int) (time.Time, time.Time)) int {
	const maxTenseDays = 340
	s0, e0 := mk(t.ref.Year())
	single := s0.Equal(e0)
	y := t.ref.Year()
	near, nearD := y, int64(1<<62)
	tensed, tensedD := 0, int64(1<<62)
	for _, cy := range [3]int{y - 1, y, y + 1} {
		s, e := mk(cy)
		var d int64
		side := 0
		switch {
		case t.ref.Before(s):
			d, side = int64(s.Sub(t.ref).Hours()/24), 1
		case t.ref.After(e):
			d, side = int64(t.ref.Sub(e).Hours()/24), -1
		}
		if d < nearD {
			near, nearD = cy, d
		}
		if dir != 0 && (side == dir || side == 0) && d < tensedD {
			tensed, tensedD = cy, d
		}
	}
	if single && nearD <= 45 {
		return near // a day within six weeks of the reference day is that one, whatever the tense
	}
	if dir != 0 && tensedD <= maxTenseDays {
		return tensed
	}
	return near
}

// ---- numeric dates and clock times ----

// numeric parses 2025-04-17, 04/17/2025, 4/17/25, 20250417 and years.
func (t *tagger) numeric(i int) cand {
	tk := t.toks[i]
	// ISO date
	if len(tk.w) == 4 && t.w(i+1) == "-" && t.attached(i+1) && i+4 < len(t.toks)+0 && t.toks[min(i+2, len(t.toks)-1)].kind == kNum &&
		t.attached(i+2) && t.w(i+3) == "-" && t.attached(i+3) && i+4 < len(t.toks) && t.toks[i+4].kind == kNum && t.attached(i+4) {
		y, m, d := tk.n, t.toks[i+2].n, t.toks[i+4].n
		if validDate(y, m, d) && len(t.toks[i+2].w) == 2 && len(t.toks[i+4].w) <= 2 {
			c := cand{i: i, j: i + 5, typ: Date, val: fmtDay(day(y, time.Month(m), d))}
			// a time of day: T14:00 or " 14:00"
			return t.withClock(c)
		}
	}
	// US numeric date m/d/y
	if len(tk.w) <= 2 && t.w(i+1) == "/" && t.attached(i+1) && i+4 < len(t.toks) && t.toks[i+2].kind == kNum && t.attached(i+2) &&
		t.w(i+3) == "/" && t.attached(i+3) && t.toks[i+4].kind == kNum && t.attached(i+4) {
		m, d, y := tk.n, t.toks[i+2].n, t.toks[i+4].n
		switch len(t.toks[i+4].w) {
		case 2:
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		case 4:
		default:
			return cand{}
		}
		if validDate(y, m, d) {
			return t.withClock(cand{i: i, j: i + 5, typ: Date, val: fmtDay(day(y, time.Month(m), d))})
		}
		return cand{}
	}
	// 20250417
	if len(tk.w) == 8 {
		y, m, d := tk.n/10000, tk.n/100%100, tk.n%100
		if y >= 1900 && y <= 2100 && validDate(y, m, d) {
			return cand{i: i, j: i + 1, typ: Date, val: fmtDay(day(y, time.Month(m), d))}
		}
	}
	if c := t.decade(i); c.ok() {
		return c
	}
	return t.year(i)
}

func validDate(y, m, d int) bool {
	return y >= 1000 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= lastOfMonth(y, time.Month(m)).Day()
}

// withClock extends a day with a following clock time ("2025-04-17 14:00").
func (t *tagger) withClock(c cand) cand {
	j := c.j
	if j+2 < len(t.toks) && t.toks[j].kind == kNum && len(t.toks[j].w) <= 2 && t.w(j+1) == ":" && t.toks[j+2].kind == kNum {
		h, m := t.toks[j].n, t.toks[j+2].n
		if h < 24 && m < 60 && len(t.toks[j+2].w) == 2 {
			c.typ, c.val, c.j = Time, c.val+"T"+pad(h, 2)+":"+pad(m, 2), j+3
			if j+4 < len(t.toks) && t.w(j+3) == ":" && t.toks[j+4].kind == kNum {
				c.val += ":" + pad(t.toks[j+4].n%60, 2)
				c.j = j + 5
			}
		}
	}
	return c
}

// clock parses "3 p.m.", "10:30 a.m.", "14:00 GMT" with an optional day.
func (t *tagger) clock(i int) cand {
	tk := t.toks[i]
	if len(tk.w) > 2 || tk.n > 24 {
		return cand{}
	}
	h, m, j := tk.n, 0, i+1
	colon := false
	if t.w(j) == ":" && t.attached(j) && j+1 < len(t.toks) && t.toks[j+1].kind == kNum && len(t.toks[j+1].w) == 2 && t.attached(j+1) {
		m, j, colon = t.toks[j+1].n, j+2, true
		if m >= 60 {
			return cand{}
		}
	}
	ap := ""
	switch t.w(j) {
	case "a", "p":
		if t.w(j+1) == "." && t.w(j+2) == "m" {
			ap, j = t.w(j), t.dot(j+3)
		}
	case "am", "pm":
		ap, j = t.w(j)[:1], j+1
	case "o":
		if t.w(j+1) == "'" && t.w(j+2) == "clock" {
			ap, j = "?", j+3
		}
	}
	if ap == "" && t.is(j, "in") && t.is(j+1, "the") {
		switch t.w(j + 2) {
		case "morning":
			ap, j = "a", j+3
		case "afternoon", "evening":
			ap, j = "p", j+3
		}
	}
	if ap == "" && !colon {
		return cand{}
	}
	if ap == "" && (t.w(j-3) == "-" || h > 23) { // a score like 2:1 is rare after a date; require a.m./p.m. or a zone
		return cand{}
	}
	if ap == "" {
		switch t.w(j) {
		case "gmt", "utc", "et", "est", "edt", "pt", "pst", "cet", "cest", "bst", "msk", "local", "hours", "h":
			if t.w(j) == "local" && t.is(j+1, "time") {
				j++
			}
			j++
		default:
			return cand{}
		}
	} else {
		if h == 0 || h > 12 {
			return cand{}
		}
		if ap == "p" && h < 12 {
			h += 12
		}
		if ap == "a" && h == 12 {
			h = 0
		}
		j = t.zone(j)
	}
	base := t.ref
	// "3 p.m. Tuesday", "10 a.m. today", "2 p.m. on Tuesday"
	k := j
	if t.is(k, ",") {
		k++
	}
	on := t.is(k, "on")
	if on {
		k++
	}
	if d := t.core(k); d.ok() && d.typ == Date {
		if iv, g, ok := intervalOf(d.val); ok && g == GranDay {
			base = iv.Start
			if !on {
				j = d.j // "3 p.m. Tuesday" is one expression; "3 p.m. on Tuesday" two
			}
		}
	}
	return cand{i: i, j: j, typ: Time, val: fmtDay(base) + "T" + pad(h, 2) + ":" + pad(m, 2)}
}

// year parses a four-digit year where the context shows it is one.
func (t *tagger) year(i int) cand {
	if i >= len(t.toks) {
		return cand{}
	}
	tk := t.toks[i]
	if tk.kind != kNum || len(tk.w) != 4 || tk.n < 1000 || tk.n > 2100 {
		return cand{}
	}
	if i > 0 && t.attached(i) {
		switch t.toks[i-1].w {
		case "$", "€", "£", "#", "/", ".", ",", ":":
			return cand{}
		}
	}
	j := i + 1
	if j < len(t.toks) && t.attached(j) {
		switch t.w(j) {
		case "%", "/", ":", "s":
			return cand{}
		case ".", ",":
			if j+1 < len(t.toks) && t.toks[j+1].kind == kNum && t.attached(j+1) {
				return cand{}
			}
		}
	}
	if q := t.quarter(j); q.ok() && len(q.val) == 7 && q.val[5] == 'Q' {
		return cand{i: i, j: q.j, typ: Date, val: itoa(tk.n) + q.val[4:], the: true}
	}
	if j < len(t.toks) && t.toks[j].kind == kWord && !t.toks[j].upper {
		switch t.w(j) {
		case "percent", "people", "troops", "soldiers", "times", "members", "men", "women", "workers", "children",
			"miles", "km", "kilometers", "kilometres", "meters", "feet", "pounds", "tons", "dollars", "euros", "shares",
			"units", "cars", "homes", "jobs", "votes", "points", "cases", "deaths", "students", "employees", "refugees":
			return cand{}
		}
	}
	return cand{i: i, j: j, typ: Date, val: itoa(tk.n)}
}

// decade parses "1990s", "'90s", "1990's".
func (t *tagger) decade(i int) cand {
	j := i
	if t.w(j) == "'" {
		j++
		if j >= len(t.toks) || t.toks[j].kind != kNum || len(t.toks[j].w) != 2 || !t.attached(j) {
			return cand{}
		}
		if !(t.w(j+1) == "s" && t.attached(j+1) && t.toks[j].n%10 == 0) {
			// "in '98": a year
			switch t.w(i - 1) {
			case "in", "since", "of", "until", "by", "from", "to", "and", "-", "class":
				cent := 19
				if t.toks[j].n <= 30 {
					cent = 20
				}
				return cand{i: i, j: j + 1, typ: Date, val: itoa(cent*100 + t.toks[j].n)}
			}
			return cand{}
		}
		cent := 19
		if t.toks[j].n <= 20 {
			cent = 20
		}
		return cand{i: i, j: j + 2, typ: Date, val: itoa(cent) + itoa(t.toks[j].n/10)}
	}
	tk := t.toks[j]
	if tk.kind == kNum && len(tk.w) == 2 && tk.n%10 == 0 && t.w(j+1) == "s" && t.attached(j+1) {
		// "the 80s", "the early 90s"; "their 80s" is an age
		switch t.w(j - 1) {
		case "the", "early", "late", "mid", "-":
			if t.w(j-1) != "the" && !t.is(j-2, "the") && !t.is(j-3, "the") {
				return cand{}
			}
			return cand{i: i, j: j + 2, typ: Date, val: "19" + itoa(tk.n/10)}
		}
		return cand{}
	}
	if tk.kind != kNum || len(tk.w) != 4 || tk.n%10 != 0 || tk.n < 1000 || tk.n > 2100 {
		return cand{}
	}
	k := j + 1
	if t.w(k) == "'" && t.attached(k) {
		k++
	}
	if t.w(k) == "s" && t.attached(k) {
		if tk.n%100 == 0 && t.toks[i-min(i, 1)].w == "the" && false {
			return cand{}
		}
		return cand{i: i, j: k + 1, typ: Date, val: itoa(tk.n / 10)}
	}
	return cand{}
}

// decadeWord parses "the nineties", "the sixties".
func (t *tagger) decadeWord(i int) cand {
	var d int
	switch t.w(i) {
	case "twenties":
		d = 2
	case "thirties":
		d = 3
	case "forties":
		d = 4
	case "fifties":
		d = 5
	case "sixties":
		d = 6
	case "seventies":
		d = 7
	case "eighties":
		d = 8
	case "nineties":
		d = 9
	default:
		return cand{}
	}
	if !t.is(i-1, "the") && !t.is(i-1, "early") && !t.is(i-1, "late") && !t.is(i-1, "mid") {
		return cand{}
	}
	return cand{i: i, j: i + 1, typ: Date, val: "19" + itoa(d), the: true}
}

// century parses "the 21st century", "the twentieth century".
func (t *tagger) century(i int) cand {
	n, j := 0, i
	if t.toks[i].kind == kNum {
		n = t.toks[i].n
		j++
		switch t.w(j) {
		case "st", "nd", "rd", "th":
			if !t.attached(j) {
				return cand{}
			}
			j++
		default:
			return cand{}
		}
	} else {
		var ok bool
		n, ok = ordinalWord(t.w(i))
		if !ok || n < 1 {
			return cand{}
		}
		j++
	}
	if t.w(j) == "-" {
		j++
	}
	if !t.is(j, "century") || n < 1 || n > 30 {
		return cand{}
	}
	return cand{i: i, j: j + 1, typ: Date, val: pad(n-1, 2), the: true}
}

// ---- month names ----

// monthDate parses "April 17, 2025", "Apr. 17", "March 2022", "April".
func (t *tagger) monthDate(i int) cand {
	tk := t.toks[i]
	m, _ := monthOf(tk.w)
	full := isFullMonth(tk.w)
	if !tk.upper {
		return cand{}
	}
	j := i + 1
	if !full {
		j = t.dot(j)
		if tk.w == "mar" || tk.w == "jun" || tk.w == "jul" || tk.w == "sep" {
			// accept only with a day or year after
		}
	}
	// day
	if j < len(t.toks) && t.toks[j].kind == kNum && len(t.toks[j].w) <= 2 && t.toks[j].n >= 1 && t.toks[j].n <= 31 {
		d := t.toks[j].n
		k := j + 1
		switch t.w(k) {
		case "st", "nd", "rd", "th":
			if t.attached(k) {
				k++
			}
		}
		// year
		y := 0
		kk := k
		if t.is(kk, ",") {
			kk++
		}
		if yc := t.yearOnly(kk); yc > 0 {
			y, k = yc, kk+1
		}
		if y == 0 {
			dir := t.direction(i, k)
			y = t.pickYear(dir, func(cy int) (time.Time, time.Time) { d := day(cy, m, d); return d, d })
		}
		if !validDate(y, int(m), d) {
			return cand{}
		}
		return cand{i: i, j: k, typ: Date, val: fmtDay(day(y, m, d))}
	}
	// "June last year", "January this year"
	if full && (t.is(j, "last") || t.is(j, "this") || t.is(j, "next")) && t.is(j+1, "year") {
		y := t.ref.Year()
		switch t.w(j) {
		case "last":
			y--
		case "next":
			y++
		}
		return cand{i: i, j: j + 2, typ: Date, val: fmtMonth(y, m)}
	}
	// "March 2022", "March of 2022"
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y := t.yearOnly(k); y > 0 {
		return cand{i: i, j: k + 1, typ: Date, val: fmtMonth(y, m)}
	}
	if c := t.spokenYear(k); c.ok() {
		return cand{i: i, j: c.j, typ: Date, val: fmtMonth(atoi(c.val), m)}
	}
	if !full || tk.w == "may" && !t.monthContext(i) || tk.w == "march" && !t.monthContext(i) {
		return cand{}
	}
	dir := t.direction(i, j)
	switch t.w(i - 1) {
	case "since", "until", "till", "before":
		if t.w(i-1) == "since" {
			dir = -1
		} else {
			dir = 1
		}
	}
	y := t.pickYear(dir, func(cy int) (time.Time, time.Time) { return day(cy, m, 1), lastOfMonth(cy, m) })
	return cand{i: i, j: j, typ: Date, val: fmtMonth(y, m)}
}

// monthContext reports whether an ambiguous month name (May, March) stands
// after a word that introduces a date.
func (t *tagger) monthContext(i int) bool {
	switch t.w(i - 1) {
	case "in", "since", "until", "till", "by", "of", "early", "late", "mid", "-", "last", "next", "this", "from", "through", "before", "after", "during", "between", "and", "to":
		return true
	}
	return false
}

// yearOnly returns the year at token i (a four-digit number, 1000–2100),
// or 0.
func (t *tagger) yearOnly(i int) int {
	if i < len(t.toks) && t.toks[i].kind == kNum && len(t.toks[i].w) == 4 && t.toks[i].n >= 1000 && t.toks[i].n <= 2100 {
		if t.w(i+1) == "s" && t.attached(i+1) {
			return 0
		}
		return t.toks[i].n
	}
	return 0
}

// dayMonth parses "17 April 2025", "23 April", "the 17th of April".
func (t *tagger) dayMonth(i int) cand {
	tk := t.toks[i]
	if len(tk.w) > 2 || tk.n < 1 || tk.n > 31 {
		return cand{}
	}
	j := i + 1
	switch t.w(j) {
	case "st", "nd", "rd", "th":
		if t.attached(j) {
			j++
		}
	}
	if t.is(j, "of") {
		j++
	}
	if j >= len(t.toks) || !t.toks[j].upper {
		return cand{}
	}
	m, ok := monthOf(t.w(j))
	if !ok {
		return cand{}
	}
	k := j + 1
	if !isFullMonth(t.w(j)) {
		k = t.dot(k)
	}
	y := 0
	if yc := t.yearOnly(k); yc > 0 {
		y, k = yc, k+1
	} else if t.is(k, ",") && t.yearOnly(k+1) > 0 {
		y, k = t.yearOnly(k+1), k+2
	}
	if y == 0 {
		dir := t.direction(i, k)
		y = t.pickYear(dir, func(cy int) (time.Time, time.Time) { d := day(cy, m, tk.n); return d, d })
	}
	if !validDate(y, int(m), tk.n) {
		return cand{}
	}
	return cand{i: i, j: k, typ: Date, val: fmtDay(day(y, m, tk.n)), the: true}
}

// ---- weekdays ----

// weekday parses "Monday", "Monday morning", "Tuesday, April 15", with
// dir -1 (last), +1 (next) or 0 (by tense).
func (t *tagger) weekday(i, dir int) cand {
	wd, _ := weekdayOf(t.w(i))
	tk := t.toks[i]
	if !tk.upper {
		return cand{}
	}
	if len(tk.w) <= 4 && tk.w != "sun" && tk.w != "mon" {
		// abbreviations only before a date
	}
	j := i + 1
	if len(tk.w) <= 4 {
		j = t.dot(j)
		if tk.w == "sun" || tk.w == "sat" || tk.w == "wed" || tk.w == "mon" {
			// need a date after
			k := j
			if t.is(k, ",") {
				k++
			}
			c := t.core(k)
			if !c.ok() || c.typ != Date || len(c.val) != 10 {
				return cand{}
			}
		}
	}
	// "Tuesday, April 15" / "Tuesday 15 April"
	k := j
	if t.is(k, ",") {
		k++
	}
	if k < len(t.toks) {
		var c cand
		if t.toks[k].kind == kNum {
			c = t.dayMonth(k)
		} else if _, ok := monthOf(t.w(k)); ok {
			c = t.monthDate(k)
			if len(c.val) != 10 {
				c = cand{}
			}
		}
		if c.ok() {
			// trust an explicit year; otherwise prefer the year that fits the weekday
			if d, _, ok := intervalOf(c.val); ok && d.Start.Weekday() != wd && !t.hasYear(k, c.j) {
				for _, dy := range []int{-1, 1} {
					alt := d.Start.AddDate(dy, 0, 0)
					if alt.Weekday() == wd {
						c.val = fmtDay(alt)
						break
					}
				}
			}
			c.i = i
			c.the = false
			return c
		}
	}
	d := t.resolveWeekday(wd, dir, i, j)
	c := cand{i: i, j: j, typ: Date, val: fmtDay(d)}
	if p, ok := partOfDay(t.w(j)); ok {
		c.j, c.typ, c.val = j+1, Time, c.val+"T"+p
	}
	return c
}

// hasYear reports whether tokens [i, j) contain a four-digit year.
func (t *tagger) hasYear(i, j int) bool {
	for k := i; k < j; k++ {
		if t.yearOnly(k) > 0 {
			return true
		}
	}
	return false
}

// resolveWeekday returns the day named wd: the reference day itself when it
// is that weekday and no "last"/"next" says otherwise; else the previous
// (dir < 0) or following (dir > 0) one, with the tense deciding when dir is
// 0 (past and unmarked clauses point back, future and present ones forward).
func (t *tagger) resolveWeekday(wd time.Weekday, dir, i, j int) time.Time {
	delta := (int(wd) - int(t.ref.Weekday()) + 7) % 7 // days forward to wd
	if dir == 0 {
		if delta == 0 {
			return t.ref
		}
		dir = t.direction(i, j)
		if dir == 0 {
			dir = -1
		}
	}
	if dir > 0 {
		if delta == 0 {
			delta = 7
		}
		return t.ref.AddDate(0, 0, delta)
	}
	back := (7 - delta) % 7
	if back == 0 {
		back = 7
	}
	return t.ref.AddDate(0, 0, -back)
}

// ---- deictic words ----

func (t *tagger) deictic(i int) cand {
	w := t.w(i)
	dayc := func(d time.Time, j int) cand {
		c := cand{i: i, j: j, typ: Date, val: fmtDay(d)}
		if p, ok := partOfDay(t.w(j)); ok && (w == "yesterday" || w == "tomorrow" || w == "today") {
			c.j, c.typ, c.val = j+1, Time, c.val+"T"+p
		}
		return c
	}
	switch w {
	case "today":
		return dayc(t.ref, i+1)
	case "yesterday":
		return dayc(t.ref.AddDate(0, 0, -1), i+1)
	case "tomorrow":
		return dayc(t.ref.AddDate(0, 0, 1), i+1)
	case "tonight":
		return cand{i: i, j: i + 1, typ: Time, val: fmtDay(t.ref) + "TNI"}
	case "overnight":
		switch t.w(i - 1) {
		case "an", "a", "the":
			return cand{}
		}
		if j := i + 1; j < len(t.toks) && t.toks[j].kind == kWord && !t.toks[j].upper {
			switch t.w(j) {
			case "stay", "trip", "flight", "talks", "attack", "attacks", "strikes", "strike", "shift", "rate", "rates", "session", "success", "sensation":
				return cand{}
			}
		}
		d := t.ref.AddDate(0, 0, -1)
		if t.direction(i, i+1) > 0 {
			d = t.ref
		}
		return cand{i: i, j: i + 1, typ: Time, val: fmtDay(d) + "TNI", iv: Interval{d, d.AddDate(0, 0, 1)}, ivSet: true}
	case "now", "currently", "nowadays":
		if w == "now" && (t.is(i+1, "that") || t.is(i-1, "until") || t.is(i-1, "from") || t.is(i-1, "by") || t.is(i-1, "since")) {
			if t.is(i-1, "until") || t.is(i-1, "by") || t.is(i-1, "since") || t.is(i-1, "from") {
				return cand{i: i, j: i + 1, typ: Date, val: "PRESENT_REF"}
			}
			return cand{}
		}
		return cand{i: i, j: i + 1, typ: Date, val: "PRESENT_REF"}
	case "right", "just":
		if t.is(i+1, "now") && w == "right" {
			return cand{i: i, j: i + 2, typ: Date, val: "PRESENT_REF"}
		}
	case "recently", "lately":
		return cand{i: i, j: i + 1, typ: Date, val: "PAST_REF"}
	case "future":
		if t.is(i-1, "the") && !t.is(i+1, "of") {
			return cand{i: i, j: i + 1, typ: Date, val: "FUTURE_REF", the: true}
		}
	case "near":
		if t.is(i-1, "the") && (t.is(i+1, "future") || t.is(i+1, "term")) {
			return cand{i: i, j: i + 2, typ: Date, val: "FUTURE_REF", the: true}
		}
	case "past":
		if t.is(i-1, "the") && !t.startsNumber(i+1) {
			if u, _ := unitOf(t.w(i + 1)); u == uNone {
				switch t.w(i + 1) {
				case ",", ".", ";", "and", "but", "is", "was", "has", "have", "had", "to", "as", "when", "that", "in", "and,", "she", "he", "they", "we", "i", "it", "—", "-", ")", "”", "\"":
					return cand{i: i, j: i + 1, typ: Date, val: "PAST_REF", the: true}
				}
			}
		}
	case "these":
		if t.is(i+1, "days") {
			return cand{i: i, j: i + 2, typ: Date, val: "PRESENT_REF"}
		}
	case "day":
		// "the day before yesterday", "the day after tomorrow"
		if t.is(i-1, "the") {
			if t.is(i+1, "before") && t.is(i+2, "yesterday") {
				return cand{i: i, j: i + 3, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, -2)), the: true}
			}
			if t.is(i+1, "after") && t.is(i+2, "tomorrow") {
				return cand{i: i, j: i + 3, typ: Date, val: fmtDay(t.ref.AddDate(0, 0, 2)), the: true}
			}
			if t.is(i+1, "before") || t.is(i+1, "after") {
				if !t.clauseEnds(i + 2) {
					return cand{}
				}
				d := 1
				if t.is(i+1, "before") {
					d = -1
				}
				return cand{i: i, j: i + 2, typ: Date, val: fmtDay(t.anchor.AddDate(0, 0, d)), the: true}
			}
		}
	case "last":
		if p, ok := partOfDay(t.w(i + 1)); ok && p == "NI" {
			return cand{i: i, j: i + 2, typ: Time, val: fmtDay(t.ref.AddDate(0, 0, -1)) + "TNI"}
		}
	case "this":
		if p, ok := partOfDay(t.w(i + 1)); ok {
			return cand{i: i, j: i + 2, typ: Time, val: fmtDay(t.ref) + "T" + p}
		}
	case "later", "earlier":
		// "later in the day", "earlier in the day"
		if t.is(i+1, "in") && t.is(i+2, "the") && t.is(i+3, "day") {
			d := t.anchor
			if t.direction(i, i+4) > 0 {
				d = t.ref
			}
			return cand{i: i, j: i + 4, typ: Date, val: fmtDay(d)}
		}
	case "noon", "midday", "midnight":
		if t.is(i-1, "high") || t.is(i-1, "after") && false {
			return cand{}
		}
		h := "12:00"
		if w == "midnight" {
			h = "24:00"
		}
		d := t.ref
		j := i + 1
		k := j
		if t.is(k, "on") || t.is(k, ",") {
			k++
		}
		if c := t.core(k); c.ok() && c.typ == Date && len(c.val) == 10 {
			if iv, _, ok := intervalOf(c.val); ok {
				d, j = iv.Start, c.j
			}
		}
		if w == "midnight" {
			return cand{i: i, j: j, typ: Time, val: fmtDay(d) + "T24:00"}
		}
		return cand{i: i, j: j, typ: Time, val: fmtDay(d) + "T" + h}
	}
	return cand{}
}

// clauseEnds reports whether token k ends a phrase: punctuation, the end of
// the text, or a word that cannot begin a noun phrase.
func (t *tagger) clauseEnds(k int) bool {
	if k >= len(t.toks) {
		return true
	}
	tk := t.toks[k]
	if tk.kind == kPunct {
		return tk.w != "$" && tk.w != "“" && tk.w != "\""
	}
	if tk.kind == kNum || tk.upper {
		return false
	}
	switch tk.w {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you":
		return false
	}
	return true
}

// ---- relative expressions ----

// relative parses "last week", "this month", "next year", "the past three
// years", "the following day", "that week", "recent weeks", "last Monday",
// "next April", "this spring".
func (t *tagger) relative(i int) cand {
	w := t.w(i)
	j := i + 1
	the := t.is(i-1, "the")
	// "that same day", "the very same week"
	if (w == "that" || w == "this") && t.is(j, "same") {
		if u, pl := unitOf(t.w(j + 1)); u != uNone && !pl {
			c := t.relUnit(j, j+2, "same", u)
			if c.ok() {
				c.i = i
			}
			return c
		}
	}
	// "this past weekend", "this coming Monday"
	if w == "this" && (t.is(j, "past") || t.is(j, "coming")) {
		c := t.relative(j)
		if c.ok() {
			c.i = i
			if t.w(j) == "past" && c.typ == Duration {
				// "this past week": the last one
				if u, _ := unitOf(t.w(j + 1)); u != uNone && c.j == j+2 {
					return t.relUnit(i, j+2, "last", u)
				}
			}
		}
		return c
	}
	// quantities: "the past three years", "the next few days", "the first nine months"
	switch w {
	case "past", "last", "next", "coming", "previous", "following", "first", "final", "recent", "upcoming":
		if n, k := t.number(j); k > j && !(t.w(j) == "a" || t.w(j) == "an") {
			if u, _ := unitOf(t.w(k)); u != uNone {
				c := cand{i: i, j: k + 1, typ: Duration, val: durValue(n, u), the: true}
				if (w == "past" || w == "last") && t.is(k+1, "ago") {
					return cand{}
				}
				return c
			}
		}
	}
	// weekday, month, season, part of day after the determiner
	if wd, ok := weekdayOf(t.w(j)); ok && t.toks[j].upper {
		dir := 0
		switch w {
		case "last", "past", "previous":
			dir = -1
		case "next", "coming", "following", "upcoming":
			dir = 1
		case "this":
			dir = 0
		default:
			return cand{}
		}
		if w == "following" || w == "previous" {
			// relative to the anchor
			base := t.anchor
			delta := (int(wd) - int(base.Weekday()) + 7) % 7
			if dir > 0 {
				if delta == 0 {
					delta = 7
				}
				return cand{i: i, j: j + 1, typ: Date, val: fmtDay(base.AddDate(0, 0, delta)), the: true}
			}
			back := (7 - delta) % 7
			if back == 0 {
				back = 7
			}
			return cand{i: i, j: j + 1, typ: Date, val: fmtDay(base.AddDate(0, 0, -back)), the: true}
		}
		c := t.weekday(j, dir)
		if w == "this" && c.ok() {
			// within the reference week
			mon := mondayOf(t.ref)
			d := mon.AddDate(0, 0, (int(wd)+6)%7)
			c.val = fmtDay(d) + c.val[10:]
		}
		c.i = i
		return c
	}
	if m, ok := monthOf(t.w(j)); ok && isFullMonth(t.w(j)) && t.toks[j].upper {
		y := t.ref.Year()
		switch w {
		case "last", "past", "previous":
			if m >= t.ref.Month() {
				y--
			}
		case "next", "coming", "upcoming":
			if m <= t.ref.Month() {
				y++
			}
		case "this":
		default:
			return cand{}
		}
		return cand{i: i, j: j + 1, typ: Date, val: fmtMonth(y, m)}
	}
	if s, ok := seasonOf(t.w(j)); ok {
		return t.relSeason(i, j, w, s)
	}
	u, plural := unitOf(t.w(j))
	if p, ok := partOfDay(t.w(j)); ok && w == "that" && t.anchored {
		return cand{i: i, j: j + 1, typ: Time, val: fmtDay(t.anchor) + "T" + p}
	}
	if p, ok := partOfDay(t.w(j)); ok && t.is(i-1, "the") && (w == "next" || w == "following" || w == "previous" || w == "same") {
		return t.relPart(i, j+1, w, p)
	}
	if u == uNone {
		return cand{}
	}
	if plural {
		switch w {
		case "recent", "past", "last":
			if w == "recent" || the {
				if w == "recent" {
					return cand{i: i, j: j + 1, typ: Date, val: "PAST_REF", the: true}
				}
				return cand{i: i, j: j + 1, typ: Duration, val: durValue(-1, u), the: true}
			}
		case "coming", "next", "upcoming":
			if w == "next" && !the {
				return cand{}
			}
			return cand{i: i, j: j + 1, typ: Date, val: "FUTURE_REF", the: true}
		}
		return cand{}
	}
	return t.relUnit(i, j+1, w, u)
}

// relPart resolves "the next morning", "the previous evening".
func (t *tagger) relPart(i, j int, w, p string) cand {
	off := 1
	switch w {
	case "previous":
		off = -1
	case "same":
		off = 0
	}
	return cand{i: i, j: j, typ: Time, val: fmtDay(t.anchor.AddDate(0, 0, off)) + "T" + p, the: true}
}

// relUnit resolves determiner w with a singular unit u ending at token j.
func (t *tagger) relUnit(i, j int, w string, u unit) cand {
	the := t.is(i-1, "the")
	off := 0
	base := t.ref
	switch w {
	case "this", "current":
		if w == "current" && !the {
			return cand{}
		}
	case "last", "past":
		if the {
			// "the past week": TimeML values it as the last calendar
			// week, but it means the days up to the reference day, so the
			// interval is that trailing window.
			var from time.Time
			switch u {
			case uWeek:
				from = t.ref.AddDate(0, 0, -7)
			case uMonth:
				from = t.ref.AddDate(0, -1, 0)
			case uYear:
				from = t.ref.AddDate(-1, 0, 0)
			case uDecade:
				from = t.ref.AddDate(-10, 0, 0)
			default:
				return cand{i: i, j: j, typ: Duration, val: durValue(1, u), the: true}
			}
			c := t.relUnit(i+1, j, "last", u)
			c.i, c.the = i, true
			c.iv, c.ivSet = Interval{from, t.ref}, true
			return c
		}
		off = -1
	case "next", "coming", "upcoming":
		off = 1
		if the && w == "next" && u != uWeek && u != uMonth && u != uYear && u != uDay && u != uWeekend {
			return cand{}
		}
	case "previous":
		off, base = -1, t.anchor
	case "following":
		if !the {
			return cand{}
		}
		off, base = 1, t.anchor
	case "same", "that":
		if w == "same" && !the && !t.is(i-1, "that") && !t.is(i-1, "this") {
			return cand{}
		}
		base = t.anchor
		if w == "that" && !t.anchored && !t.lastSet {
			return cand{}
		}
	default:
		return cand{}
	}
	if the && w == "next" {
		base = t.anchor
	}
	// "that year", "the following month": the last date the text named,
	// whatever its precision
	if base == t.anchor && u >= uMonth && t.lastSet && (w == "same" || w == "that" || w == "following" || w == "previous" || the && w == "next") {
		base = t.last
	}
	c := cand{i: i, j: j, typ: Date, the: true}
	switch u {
	case uDay:
		if w == "this" || w == "last" || w == "past" || w == "current" || w == "coming" || w == "upcoming" {
			return cand{}
		}
		if w == "next" && !the {
			return cand{}
		}
		c.val = fmtDay(base.AddDate(0, 0, off))
	case uNight:
		if w == "this" || w == "last" {
			return cand{}
		}
		c.typ, c.val = Time, fmtDay(base.AddDate(0, 0, off))+"TNI"
	case uWeek:
		c.val = fmtWeek(base.AddDate(0, 0, 7*off))
	case uWeekend:
		c.val = t.weekend(base, off, i, j)
	case uMonth:
		c.val = fmtMonth(base.Year(), base.Month()+time.Month(off))
		if mm := base.Month() + time.Month(off); mm < 1 || mm > 12 {
			d := day(base.Year(), base.Month()+time.Month(off), 1)
			c.val = fmtMonth(d.Year(), d.Month())
		}
	case uQuarter:
		q := (int(base.Month())-1)/3 + off
		y := base.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		c.val = itoa(y) + "-Q" + itoa(q+1)
	case uYear:
		c.val = itoa(base.Year() + off)
	case uDecade:
		c.val = itoa(base.Year()/10 + off)
	case uCentury:
		c.val = pad(base.Year()/100+off, 2)
	default:
		return cand{}
	}
	return c
}

// weekend returns the value of a weekend: off -1 the last one before base,
// +1 the next, 0 the one the tense points to (past: the last one).
func (t *tagger) weekend(base time.Time, off, i, j int) string {
	wd := base.Weekday()
	sat := base.AddDate(0, 0, (int(time.Saturday)-int(wd)+7)%7) // on or after base
	if wd == time.Sunday {
		sat = base.AddDate(0, 0, -1)
	}
	inWeekend := wd == time.Saturday || wd == time.Sunday
	switch off {
	case -1:
		if inWeekend {
			sat = sat.AddDate(0, 0, -7)
		} else {
			sat = sat.AddDate(0, 0, -7)
		}
	case 1:
		if inWeekend {
			sat = sat.AddDate(0, 0, 7)
		}
	case 0:
		if !inWeekend && t.direction(i, j) <= 0 {
			sat = sat.AddDate(0, 0, -7)
		}
	}
	return fmtWeek(sat) + "-WE"
}

// relSeason resolves "this spring", "last summer", "next winter".
func (t *tagger) relSeason(i, j int, w, s string) cand {
	y := t.ref.Year()
	start := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
	cur := day(y, start, 1)
	if t.ref.Before(cur) && !(s == "WI" && t.ref.Month() <= 2) {
		// the season has not begun this year
	}
	// the most recent start on or before ref
	last := y
	if day(y, start, 1).After(t.ref) {
		last = y - 1
	}
	switch w {
	case "this":
		// the current or coming season of this year
		if s == "WI" && t.ref.Month() <= 2 {
			y--
		}
	case "last", "past", "previous":
		y = last
		if iv, _, _ := intervalOf(itoa(last) + "-" + s); !t.ref.After(iv.End) {
			y = last - 1
		}
	case "next", "coming", "upcoming":
		y = last + 1
	default:
		return cand{}
	}
	return cand{i: i, j: j + 1, typ: Date, val: itoa(y) + "-" + s, the: true}
}

// season parses "spring", "the summer of 2022", "winter 2023".
func (t *tagger) season(i int) cand {
	s, ok := seasonOf(t.w(i))
	if !ok {
		return cand{}
	}
	j := i + 1
	k := j
	if t.is(k, "of") {
		k++
	}
	if y := t.yearOnly(k); y > 0 {
		return cand{i: i, j: k + 1, typ: Date, val: itoa(y) + "-" + s, the: true}
	}
	if c := t.spokenYear(k); c.ok() {
		return cand{i: i, j: c.j, typ: Date, val: c.val + "-" + s, the: true}
	}
	if s == "FA" && t.w(i) == "fall" && !t.is(i-1, "the") && !t.is(i-1, "in") && !t.is(i-1, "this") {
		return cand{}
	}
	switch t.w(i - 1) {
	case "the", "in", "this", "last", "next", "early", "late", "mid", "-", "since", "until", "by":
	default:
		return cand{}
	}
	if t.w(j) != "," && t.w(j) != "." && t.toks[min(j, len(t.toks)-1)].kind == kWord && j < len(t.toks) {
		// "the summer offensive": an attribute; still a date in TimeML
	}
	dir := t.direction(i, j)
	y := t.pickYear(dir, func(cy int) (time.Time, time.Time) {
		iv, _, _ := intervalOf(itoa(cy) + "-" + s)
		return iv.Start, iv.End
	})
	return cand{i: i, j: j, typ: Date, val: itoa(y) + "-" + s, the: true}
}

// ---- quarters ----

// quarter parses "the third quarter", "third-quarter", "the first half of
// 2025", "the third quarter of 2024".
func (t *tagger) quarter(i int) cand {
	n, ok := ordinalWord(t.w(i))
	j := i + 1
	if !ok {
		if i < len(t.toks) && t.toks[i].kind == kNum && t.toks[i].n >= 1 && t.toks[i].n <= 4 && (t.is(i+1, "st") || t.is(i+1, "nd") || t.is(i+1, "rd") || t.is(i+1, "th")) {
			n, j = t.toks[i].n, i+2
		} else {
			return cand{}
		}
	}
	hyph := false
	if t.w(j) == "-" {
		j, hyph = j+1, true
	}
	half := false
	switch {
	case t.is(j, "quarter"):
	case t.is(j, "half"):
		half = true
	default:
		return cand{}
	}
	if n == -1 { // "the last quarter of 2024", "the last half of 1989"
		n = 4
		if half {
			n = 2
		}
	}
	if n < 1 || n > 4 || half && n > 2 {
		return cand{}
	}
	j++
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	code := "-Q" + itoa(n)
	if half {
		code = "-H" + itoa(n)
	}
	if y := t.yearOnly(k); y > 0 {
		return cand{i: i, j: k + 1, typ: Date, val: itoa(y) + code, the: true}
	}
	if t.is(j, "of") && t.is(j+1, "this") || t.is(j, "of") && t.is(j+1, "last") || t.is(j, "of") && t.is(j+1, "next") {
		if c := t.relUnit(j+1, j+3, t.w(j+1), uYear); c.ok() && t.is(j+2, "year") {
			return cand{i: i, j: j + 3, typ: Date, val: c.val + code, the: true}
		}
	}
	if t.is(j, "of") && t.is(j+1, "the") && t.is(j+2, "year") {
		base := t.ref
		if t.lastSet {
			base = t.last
		}
		return cand{i: i, j: j + 3, typ: Date, val: itoa(base.Year()) + code, the: true}
	}
	if half {
		return cand{}
	}
	// the quarter that began last: news reports quarters once they start
	dir := -1
	if t.direction(i, j) > 0 && t.tenseAt(i, j) == tFuture {
		dir = 1
	}
	y := t.pickYear(dir, func(cy int) (time.Time, time.Time) {
		iv, _, _ := intervalOf(itoa(cy) + code)
		return iv.Start, iv.End
	})
	return cand{i: i, j: j, typ: Date, val: itoa(y) + code, the: !hyph}
}

// quarterCode parses "Q3", "Q3 2025".
func (t *tagger) quarterCode(i int) cand {
	n := int(t.w(i)[1] - '0')
	if y := t.yearOnly(i + 1); y > 0 {
		return cand{i: i, j: i + 2, typ: Date, val: itoa(y) + "-Q" + itoa(n)}
	}
	return cand{}
}

// ---- quantities ----

// quantity parses durations ("three years", "a 30-day", "four-year-old")
// and the dates built from them ("two days ago", "a year earlier", "two
// days later").
func (t *tagger) quantity(i int) cand {
	n, j := t.number(i)
	if j == i {
		// bare plural units after "for": "for years"
		if u, pl := unitOf(t.w(i)); u != uNone && pl && t.is(i+1, "-") && t.attached(i+1) && (t.is(i+2, "long") || t.is(i+2, "old")) {
			return cand{i: i, j: i + 3, typ: Duration, val: durValue(-1, u)}
		}
		if u, pl := unitOf(t.w(i)); u != uNone && !pl && t.is(i+1, "-") && t.attached(i+1) && t.is(i+2, "long") {
			return cand{i: i, j: i + 3, typ: Duration, val: durValue(1, u)}
		}
		if u, pl := unitOf(t.w(i)); u != uNone && pl && u >= uDay && t.is(i+1, "ago") {
			return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF"}
		}
		if u, pl := unitOf(t.w(i)); u != uNone && pl && (t.is(i-1, "for") || t.is(i-1, "within")) && u >= uHour {
			if t.is(i+1, "ago") {
				return cand{i: i, j: i + 2, typ: Date, val: "PAST_REF"}
			}
			return cand{i: i, j: i + 1, typ: Duration, val: durValue(-1, u)}
		}
		return cand{}
	}
	switch t.w(j) {
	case "more", "additional", "extra", "further", "consecutive", "straight", "full", "trading", "business", "working", "long", "short", "whole", "calendar":
		if u, _ := unitOf(t.w(j + 1)); u != uNone && n != 1 || t.w(i) != "a" && t.w(i) != "an" {
			if u, _ := unitOf(t.w(j + 1)); u != uNone {
				j++
			}
		} else if u, _ := unitOf(t.w(j + 1)); u != uNone {
			j++
		}
	}
	hyph := false
	if t.w(j) == "-" && t.attached(j) {
		j++
		hyph = true
	}
	u, plural := unitOf(t.w(j))
	if u == uNone {
		return cand{}
	}
	w0 := t.w(i)
	if (w0 == "a" || w0 == "an") && plural && n == 1 {
		return cand{}
	}
	if u == uSeason || u == uQuarter && (w0 == "a" || w0 == "an") && !t.is(j+1, "ago") && !t.is(j+1, "earlier") && !t.is(j+1, "later") {
		if u == uSeason {
			return cand{}
		}
	}
	if t.toks[i].kind == kNum && t.toks[i].n >= 1000 && !hyph && n == float64(int(n)) && len(t.toks[i].w) == 4 {
		return cand{} // "2025 year" is not a duration
	}
	k := j + 1
	if hyph && u == uQuarter && plural {
		return cand{} // three-quarters: a fraction
	}
	if u == uSecond && (w0 == "a" || w0 == "an") && !plural && k < len(t.toks) && t.toks[k].kind == kWord {
		switch t.w(k) {
		case "ago", "later", "earlier", "or", "and", "of", "before", "after", "to", "in", "for", "longer":
		default:
			return cand{} // "a second term": an ordinal
		}
	}
	if !hyph && t.is(k, "old") && u == uYear {
		return cand{} // "37 years old": an age
	}
	if t.is(k, "and") && t.is(k+1, "a") && t.is(k+2, "half") && n > 0 {
		n += 0.5
		k += 3
	}
	if t.is(k, "or") && t.is(k+1, "so") {
		k += 2
	}
	c := cand{i: i, j: k, typ: Duration, val: durValue(n, u), the: true}
	if hyph {
		c.the = false // "the 30-day truce": the article belongs to the noun
		// "four-year-old", "decades-long"; a person's age is no expression
		if t.w(k) == "-" && t.attached(k) && (t.is(k+1, "old") || t.is(k+1, "long")) {
			if t.is(k+1, "old") && t.isAge(k+2) {
				return cand{}
			}
			c.j = k + 2
		}
		return c
	}
	if t.is(k, "-") && t.attached(k) && (t.is(k+1, "old") || t.is(k+1, "long")) {
		c.j = k + 2
		return c
	}
	switch t.w(k) {
	case "ago":
		if q := t.quarterYearBack(i); q != "" && n == 1 && u == uYear {
			return cand{i: i, j: k + 1, typ: Date, val: q}
		}
		return t.shifted(i, k+1, n, u, t.ref, -1, true)
	case "earlier", "later":
		if t.is(i-1, "the") || t.is(k+1, "than") {
			return c // "a month earlier than usual": a comparison, not a date
		}
		if q := t.quarterYearBack(i); q != "" && n == 1 && u == uYear && t.w(k) == "earlier" {
			return cand{i: i, j: k + 1, typ: Date, val: q}
		}
		sign := 1
		if t.w(k) == "earlier" {
			sign = -1
		}
		base := t.anchor
		if u == uYear || u == uMonth || u == uDecade {
			base = t.ref
			if t.anchored {
				base = t.anchor
			}
		}
		return t.shifted(i, k+1, n, u, base, sign, false)
	case "from":
		if t.is(k+1, "now") {
			return t.shifted(i, k+2, n, u, t.ref, 1, false)
		}
	case "after", "before":
		// "That strike came two days after the visit": the visit is the
		// anchor (the strike's date) minus two days.
		switch t.w(i - 1) {
		case "just", "only", "exactly", "barely", "some":
			i--
		}
		came := false
		switch t.w(i - 1) {
		case "came", "come", "comes", "happened", "occurred", "followed", "took":
			came = true
		case "place":
			came = t.is(i-2, "took")
		}
		if came && t.anchorNear(i) {
			if n > 0 && (u == uDay || u == uWeek) {
				sign := -1
				if t.w(k) == "before" {
					sign = 1
				}
				s := t.shifted(i, k+1, n, u, t.anchor, sign, false)
				s.i = c.i
				return s
			}
		}
	case "in":
		if (u == uYear || u == uMonth || u == uDay || u == uWeek) && (t.is(k+1, "a") && t.is(k+2, "row") || t.is(k+1, "office") && false) {
			return c
		}
	}
	return c
}

// shifted builds the date n units from base in direction sign, spanning
// tokens [i, j). Weeks and fortnights give an approximate day.
func (t *tagger) shifted(i, j int, n float64, u unit, base time.Time, sign int, ago bool) cand {
	c := cand{i: i, j: j, typ: Date}
	if n < 0 {
		if sign < 0 {
			c.val = "PAST_REF"
		} else {
			c.val = "FUTURE_REF"
		}
		return c
	}
	whole := n == float64(int(n))
	k := int(n) * sign
	switch u {
	case uSecond, uMinute, uHour:
		d := base
		if u == uHour && n >= 24 {
			d = base.AddDate(0, 0, sign*int(n/24))
		}
		c.val = fmtDay(d)
		if !ago {
			c.val = fmtDay(base)
		}
	case uDay, uNight:
		if !whole {
			return cand{}
		}
		c.val = fmtDay(base.AddDate(0, 0, k))
	case uWeek, uFortnight:
		if !whole {
			return cand{}
		}
		if u == uFortnight {
			k *= 2
		}
		c.val, c.mod = fmtDay(base.AddDate(0, 0, 7*k)), "APPROX"
	case uMonth:
		if !whole {
			return cand{}
		}
		d := day(base.Year(), base.Month()+time.Month(k), 1)
		c.val = fmtMonth(d.Year(), d.Month())
	case uQuarter:
		d := day(base.Year(), base.Month()+time.Month(3*k), 1)
		c.val = itoa(d.Year()) + "-Q" + itoa((int(d.Month())-1)/3+1)
	case uYear:
		if !whole {
			return cand{}
		}
		c.val = itoa(base.Year() + k)
	case uDecade:
		c.val = itoa(base.Year() + 10*k)
		c.mod = "APPROX"
	case uCentury:
		c.val = pad((base.Year()+100*k)/100, 2)
	default:
		return cand{}
	}
	return c
}

// ---- sets ----

func (t *tagger) set(i int) cand {
	w := t.w(i)
	switch w {
	case "daily":
		return cand{i: i, j: i + 1, typ: Set, val: "P1D"}
	case "weekly":
		return cand{i: i, j: i + 1, typ: Set, val: "P1W"}
	case "biweekly":
		return cand{i: i, j: i + 1, typ: Set, val: "P2W"}
	case "monthly":
		return cand{i: i, j: i + 1, typ: Set, val: "P1M"}
	case "quarterly":
		return cand{i: i, j: i + 1, typ: Set, val: "P3M"}
	case "annually", "yearly":
		return cand{i: i, j: i + 1, typ: Set, val: "P1Y"}
	case "hourly":
		return cand{i: i, j: i + 1, typ: Set, val: "PT1H"}
	case "nightly":
		return cand{i: i, j: i + 1, typ: Set, val: "XXXX-XX-XXTNI"}
	case "every", "each", "per", "a":
		j := i + 1
		if w == "a" && !t.perUnit(i) {
			return cand{}
		}
		if w == "every" && t.is(j, "other") {
			u, pl := unitOf(t.w(j + 1))
			if u != uNone && !pl {
				return cand{i: i, j: j + 2, typ: Set, val: durValue(2, u)}
			}
			return cand{}
		}
		if w == "every" {
			if n, k := t.number(j); k > j && n > 1 {
				if u, pl := unitOf(t.w(k)); u != uNone && pl {
					return cand{i: i, j: k + 1, typ: Set, val: durValue(n, u)}
				}
			}
		}
		if wd, ok := weekdayOf(t.w(j)); ok && t.toks[j].upper {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(wd))}
		}
		if m, ok := monthOf(t.w(j)); ok && isFullMonth(t.w(j)) && t.toks[j].upper {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-" + pad(int(m), 2)}
		}
		if p, ok := partOfDay(t.w(j)); ok {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-XX-XXT" + p}
		}
		if s, ok := seasonOf(t.w(j)); ok && w != "a" {
			return cand{i: i, j: j + 1, typ: Set, val: "XXXX-" + s}
		}
		u, pl := unitOf(t.w(j))
		if u == uNone || pl {
			return cand{}
		}
		return cand{i: i, j: j + 1, typ: Set, val: setValue(u)}
	case "once", "twice":
		return cand{}
	}
	return cand{}
}

// isAge reports whether the words after "N-year-old" show the age of a
// person: a name, punctuation, a preposition (the noun left out), or a
// person noun within the next three words.
func (t *tagger) isAge(k int) bool {
	if k >= len(t.toks) {
		return true
	}
	tk := t.toks[k]
	if tk.kind != kWord || tk.upper {
		return true
	}
	for n := 0; n < 3 && k+n < len(t.toks); n++ {
		tk := t.toks[k+n]
		if tk.kind != kWord && tk.w != "-" {
			break
		}
		if tk.kind != kWord {
			continue
		}
		switch tk.w {
		case "man", "woman", "boy", "girl", "son", "daughter", "child", "baby", "mother", "father", "brother", "sister",
			"wife", "husband", "victim", "suspect", "patient", "men", "women", "boys", "girls", "children", "veteran",
			"teenager", "retiree", "grandmother", "grandfather", "nephew", "niece", "cousin", "friend", "who", "in",
			"of", "at", "from", "with", "and", "was", "is", "has", "had", "survivor", "resident", "native":
			return true
		}
		w := tk.w
		if len(w) > 4 {
			switch w[len(w)-3:] {
			case "ist", "ian", "ent", "ant":
				return true
			}
			switch w[len(w)-2:] {
			case "er", "or":
				return true
			}
		}
	}
	return false
}

// perUnit reports whether "a" at token i means "per": "twice a week", "24
// hours a day", "four flights a week", "$5 a year".
func (t *tagger) perUnit(i int) bool {
	if i == 0 {
		return false
	}
	p := t.toks[i-1]
	switch p.w {
	case "times", "twice", "once", "thrice":
		return true
	case "was", "is", "has", "this", "as", "us", "its", "his", "hers", "yours", "ours", "theirs", "less", "thus", "across", "towards", "plus", "always", "perhaps", "sometimes", "afterwards":
		return false
	}
	if p.kind == kNum {
		return true
	}
	if p.kind == kWord && !p.upper && len(p.w) > 3 && p.w[len(p.w)-1] == 's' && p.w[len(p.w)-2] != 's' && p.w[len(p.w)-2] != 'u' {
		u, _ := unitOf(t.w(i + 1))
		return u == uDay || u == uWeek || u == uMonth || u == uYear || u == uHour
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// zone skips a time zone after a clock time: "GMT", "ET", "local time",
// "Eastern time", "Moscow time".
func (t *tagger) zone(j int) int {
	switch t.w(j) {
	case "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "bst", "msk", "cst", "cdt", "mst", "mdt", "eet", "eest", "ist", "jst":
		return j + 1
	case "local", "eastern", "central", "pacific", "mountain", "moscow", "kyiv", "kiev", "london", "paris", "beijing", "tokyo", "washington", "new":
		k := j + 1
		if t.w(j) == "new" {
			if !t.is(k, "york") {
				return j
			}
			k++
		}
		if t.is(k, "time") {
			return k + 1
		}
		if (t.w(j) == "eastern" || t.w(j) == "pacific" || t.w(j) == "central") && (t.is(k, "standard") || t.is(k, "daylight")) && t.is(k+1, "time") {
			return k + 2
		}
	}
	return j
}
