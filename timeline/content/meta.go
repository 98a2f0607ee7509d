package content

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// knownKeys are the frontmatter keys an article may use.
var knownKeys = []string{
	"title", "date", "publisher", "original_publisher", "authors", "url",
	"slug", "draft", "tags", "events", "ignore",
}

var (
	fixKeys    = []string{"sentence", "expression", "date", "title"}
	ignoreKeys = []string{"sentence", "expression"}
)

// decodeMeta checks the frontmatter tree against the schema and fills m.
// Every problem is returned, each with its file line.
func decodeMeta(root *value, m *Meta) []lineError {
	var errs []lineError
	add := func(line int, format string, args ...any) {
		errs = append(errs, lineError{line, fmt.Errorf(format, args...)})
	}
	if root.kind != tableValue {
		add(root.line, "frontmatter must be a set of key: value lines, not %s", root.kind)
		return errs
	}
	seen := map[string]int{}
	dateLine := 0
	defer func() { m.SlugLine = cmp.Or(seen["slug"], seen["title"], root.line) }()
	for _, e := range root.keys {
		if prev, ok := seen[e.key]; ok {
			add(e.line, "key %q given twice (first on line %d)", e.key, prev)
			continue
		}
		seen[e.key] = e.line
		v := e.val
		switch e.key {
		case "title":
			m.Title = scalar(v, e.key, add)
		case "publisher":
			m.Publisher = scalar(v, e.key, add)
		case "original_publisher":
			m.OriginalPublisher = scalar(v, e.key, add)
		case "slug":
			m.Slug = scalar(v, e.key, add)
			if m.Slug != "" && !validSlug(m.Slug) {
				add(v.line, "slug %q is not allowed: use only lower-case letters a-z, digits and single hyphens (e.g. %q)", m.Slug, slugify(m.Slug))
			}
		case "url":
			m.URL = scalar(v, e.key, add)
			if m.URL != "" {
				if u, err := url.Parse(m.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					add(v.line, "url %q is not an absolute http or https address", m.URL)
				}
			}
		case "date":
			dateLine = e.line
			s := scalar(v, e.key, add)
			if v.kind == scalarValue {
				if s == "" {
					add(v.line, "date is empty: give the publication date as YYYY-MM-DD")
				} else if d, err := parseDate(s); err != nil {
					add(v.line, "%v", err)
				} else {
					m.Date = d
				}
			}
		case "draft":
			if v.kind != scalarValue || v.tag != "bool" {
				add(v.line, "draft must be true or false, not %q", describe(v))
			} else {
				m.Draft = v.str == "true"
			}
		case "authors":
			m.Authors = stringList(v, e.key, add)
		case "tags":
			m.Tags = stringList(v, e.key, add)
		case "events":
			m.Events = eventFixes(v, add)
		case "ignore":
			m.Ignore = ignores(v, add)
		default:
			add(e.line, "unknown frontmatter key %q%s", e.key, suggest(e.key, knownKeys))
		}
	}
	if dateLine == 0 {
		add(root.line, "missing date: every article needs its publication date, e.g. date: 2025-12-01")
	}
	return errs
}

type addFunc func(line int, format string, args ...any)

func describe(v *value) string {
	if v.kind != scalarValue {
		return v.kind.String()
	}
	return v.str
}

func scalar(v *value, key string, add addFunc) string {
	if v.kind != scalarValue {
		add(v.line, "%s must be a single value, not %s", key, v.kind)
		return ""
	}
	if v.tag == "null" {
		return ""
	}
	return strings.TrimSpace(v.str)
}

// stringList accepts a list of strings or, for convenience, one string.
func stringList(v *value, key string, add addFunc) []string {
	switch v.kind {
	case scalarValue:
		if s := strings.TrimSpace(v.str); s != "" && v.tag != "null" {
			return []string{s}
		}
		return nil
	case listValue:
		var out []string
		for _, it := range v.items {
			if it.kind != scalarValue {
				add(it.line, "each of %s must be a single value, not %s", key, it.kind)
				continue
			}
			if s := strings.TrimSpace(it.str); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	add(v.line, "%s must be a list such as [\"A\", \"B\"], not %s", key, v.kind)
	return nil
}

func tableEntries(v *value, key string, add addFunc) []*value {
	if v.kind != listValue {
		add(v.line, "%s must be a list of entries, not %s", key, v.kind)
		return nil
	}
	var out []*value
	for _, it := range v.items {
		if it.kind != tableValue {
			add(it.line, "each entry of %s must be a mapping such as {sentence: s4, date: 2025-11-30}, not %s", key, it.kind)
			continue
		}
		out = append(out, it)
	}
	return out
}

func eventFixes(v *value, add addFunc) []EventFix {
	var out []EventFix
	for _, t := range tableEntries(v, "events", add) {
		f := EventFix{Line: t.line}
		for _, e := range t.keys {
			switch e.key {
			case "sentence":
				f.Sentence = sentenceRef(e.val, add)
			case "expression":
				f.Expression = scalar(e.val, "expression", add)
			case "date":
				f.Date = scalar(e.val, "date", add)
				if e.val.kind == scalarValue && f.Date != "" && !validTimexValue(f.Date) {
					add(e.val.line, "event date %q is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a TIMEX3 value such as 2025-W48", f.Date)
				}
			case "title":
				f.Title = scalar(e.val, "title", add)
			default:
				add(e.line, "unknown key %q in an events entry%s", e.key, suggest(e.key, fixKeys))
			}
		}
		switch {
		case f.Sentence == "" && f.Expression == "" && (f.Date == "" || f.Title == ""):
			add(t.line, "an events entry without sentence or expression adds a new event and needs both date and title")
		case (f.Sentence != "" || f.Expression != "") && f.Date == "" && f.Title == "":
			add(t.line, "an events entry that matches a mention must correct its date or title (to drop a mention, use ignore)")
		}
		out = append(out, f)
	}
	return out
}

func ignores(v *value, add addFunc) []Ignore {
	var out []Ignore
	for _, t := range tableEntries(v, "ignore", add) {
		g := Ignore{Line: t.line}
		for _, e := range t.keys {
			switch e.key {
			case "sentence":
				g.Sentence = sentenceRef(e.val, add)
			case "expression":
				g.Expression = scalar(e.val, "expression", add)
			default:
				add(e.line, "unknown key %q in an ignore entry%s", e.key, suggest(e.key, ignoreKeys))
			}
		}
		if g.Sentence == "" && g.Expression == "" {
			add(t.line, "an ignore entry needs a sentence (such as s4) or an expression")
		}
		out = append(out, g)
	}
	return out
}

var sentenceID = regexp.MustCompile(`^s[1-9][0-9]{0,8}$`)

func sentenceRef(v *value, add addFunc) string {
	s := scalar(v, "sentence", add)
	if v.kind == scalarValue && s != "" && !sentenceID.MatchString(s) {
		add(v.line, "sentence %q is not a sentence id such as s4", s)
	}
	return s
}

// parseDate accepts YYYY-MM-DD or an RFC 3339 timestamp and returns midnight
// UTC of the calendar date written.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	if t, err := time.Parse("2006-01-02T15:04:05", s); err == nil { // a TOML local date-time
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("date %q is not a date: use YYYY-MM-DD, e.g. 2025-12-01", s)
}

var timexValue = regexp.MustCompile(`^(?:` +
	`\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|\d{2}(?::\d{2}(?::\d{2})?)?))?` + // day, with an optional time
	`|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE|-[1-7])?` + // ISO week, weekend, weekday
	`|\d{4}-(?:0[1-9]|1[0-2])` + // month
	`|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)` + // quarter, half, season
	`|\d{4}|\d{3}X|\d{2}XX` + // year, decade, century
	`|PAST_REF|PRESENT_REF|FUTURE_REF` +
	`)$`)

// validTimexValue reports whether s is a date value an editor may give an
// event: YYYY-MM-DD, YYYY-MM, YYYY or another TIMEX3 date value. Days must
// exist in the calendar.
func validTimexValue(s string) bool {
	if !timexValue.MatchString(s) {
		return false
	}
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
			return false
		}
	}
	return true
}

// validSlug reports whether s is a slug: at most 200 bytes of runs of
// lower-case letters a-z and digits joined by single hyphens, as the
// pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$ says (a loop: the regular
// expression cost as much as the rest of the frontmatter's checks).
func validSlug(s string) bool {
	if s == "" || len(s) > 200 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-': // i > 0: s[0] is no hyphen
		default:
			return false
		}
	}
	return true
}

// slugify turns a name into a slug: lower-case ASCII letters and digits
// separated by single hyphens. It returns "" when nothing is left.
func slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	s := b.String()
	if len(s) > 200 {
		s = strings.TrimRight(s[:200], "-")
	}
	return s
}

// suggest returns ` (did you mean "x"?)` for the known key closest to key,
// or "" when none is close.
func suggest(key string, known []string) string {
	best, bestD := "", 1<<30
	for _, k := range known {
		if d := editDistance(strings.ToLower(key), k); d < bestD {
			best, bestD = k, d
		}
	}
	if bestD <= max(2, len(key)/3) {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return fmt.Sprintf(" (known keys: %s)", strings.Join(known, ", "))
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

var errNoFrontmatter = errors.New("no frontmatter: an article starts with a --- (YAML) or +++ (TOML) block holding at least its date")
