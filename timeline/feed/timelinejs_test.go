package feed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// validateTimelineJS checks a TimelineJS3 data file against the rules of
// Knight Lab's format documentation
// (https://timeline.knightlab.com/docs/json-format.html) and returns every
// problem found. The rules, as the documentation states them:
//
//   - The file is one JSON object: events (required, a list of slides),
//     title (a slide), eras (a list of eras), scale ("human" or
//     "cosmological"). Nothing else.
//   - A slide has start_date (required, except on the title slide),
//     end_date, text, media, group (any text), display_date (a string),
//     background (an object), autolink (a boolean) and unique_id (a string
//     unique among all slides).
//   - A date has year (required: a number, no commas, no letters), month (a
//     number from 1 to 12), day, hour (0-23), minute (0-59), second (0-59),
//     millisecond (numbers) and display_date (a string).
//   - A text has headline and text, both strings (HTML, blank allowed).
//   - An era has start_date and end_date (both required) and text.
//
// It also checks what the documentation implies: a day exists in its month,
// and an end_date is not before its start_date.
func validateTimelineJS(data []byte) []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var top map[string]any
	if err := dec.Decode(&top); err != nil {
		return []string{"not a JSON object: " + err.Error()}
	}
	onlyKeys := func(where string, obj map[string]any, allowed ...string) {
		for k := range obj {
			if !slices.Contains(allowed, k) {
				bad("%s: %q is not a documented property", where, k)
			}
		}
	}
	object := func(where string, v any) (map[string]any, bool) {
		m, ok := v.(map[string]any)
		if !ok {
			bad("%s: want an object, got %T", where, v)
		}
		return m, ok
	}
	str := func(where string, obj map[string]any, key string) {
		if v, ok := obj[key]; ok {
			if _, isStr := v.(string); !isStr {
				bad("%s.%s: want a string, got %T", where, key, v)
			}
		}
	}
	integer := func(where string, v any, lo, hi int64) (int64, bool) {
		n, ok := v.(json.Number)
		if !ok {
			bad("%s: want a number, got %T %v", where, v, v)
			return 0, false
		}
		i, err := n.Int64()
		if err != nil {
			bad("%s: want a whole number, got %s", where, n)
			return 0, false
		}
		if i < lo || i > hi {
			bad("%s: %d is outside %d-%d", where, i, lo, hi)
		}
		return i, true
	}
	// date returns the first instant a date object covers, if valid.
	date := func(where string, v any) (time.Time, bool) {
		d, ok := object(where, v)
		if !ok {
			return time.Time{}, false
		}
		onlyKeys(where, d, "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date")
		str(where, d, "display_date")
		yv, ok := d["year"]
		if !ok {
			bad("%s: year is required", where)
			return time.Time{}, false
		}
		y, ok := integer(where+".year", yv, -271821, 275760)
		if !ok {
			return time.Time{}, false
		}
		m, day := int64(1), int64(1)
		if v, ok := d["month"]; ok {
			m, _ = integer(where+".month", v, 1, 12)
		}
		if v, ok := d["day"]; ok {
			if _, hasMonth := d["month"]; !hasMonth {
				bad("%s: a day without a month", where)
			}
			day, _ = integer(where+".day", v, 1, 31)
		}
		for key, hi := range map[string]int64{"hour": 23, "minute": 59, "second": 59, "millisecond": 999} {
			if v, ok := d[key]; ok {
				integer(where+"."+key, v, 0, hi)
			}
		}
		t := time.Date(int(y), time.Month(m), int(day), 0, 0, 0, 0, time.UTC)
		if t.Day() != int(day) {
			bad("%s: %d-%02d-%02d is not a day", where, y, m, day)
		}
		return t, true
	}
	ids := map[string]string{}
	slide := func(where string, v any, title bool) {
		s, ok := object(where, v)
		if !ok {
			return
		}
		onlyKeys(where, s, "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id")
		var start time.Time
		var hasStart bool
		if sd, ok := s["start_date"]; ok {
			start, hasStart = date(where+".start_date", sd)
		} else if !title {
			bad("%s: start_date is required", where)
		}
		if ed, ok := s["end_date"]; ok {
			if end, ok := date(where+".end_date", ed); ok && hasStart && end.Before(start) {
				bad("%s: end_date is before start_date", where)
			}
		}
		if tv, ok := s["text"]; ok {
			if tx, ok := object(where+".text", tv); ok {
				onlyKeys(where+".text", tx, "headline", "text")
				str(where+".text", tx, "headline")
				str(where+".text", tx, "text")
			}
		}
		if mv, ok := s["media"]; ok {
			if m, ok := object(where+".media", mv); ok {
				if _, ok := m["url"]; !ok {
					bad("%s.media: url is required", where)
				}
			}
		}
		str(where, s, "group")
		str(where, s, "display_date")
		if bv, ok := s["background"]; ok {
			object(where+".background", bv)
		}
		if av, ok := s["autolink"]; ok {
			if _, isBool := av.(bool); !isBool {
				bad("%s.autolink: want a boolean, got %T", where, av)
			}
		}
		if idv, ok := s["unique_id"]; ok {
			id, isStr := idv.(string)
			switch {
			case !isStr:
				bad("%s.unique_id: want a string, got %T", where, idv)
			case ids[id] != "":
				bad("%s.unique_id %q is also the id of %s", where, id, ids[id])
			default:
				ids[id] = where
			}
		}
	}

	onlyKeys("timeline", top, "events", "title", "eras", "scale")
	evs, ok := top["events"]
	if !ok {
		bad("timeline: events is required")
	} else if list, ok := evs.([]any); !ok {
		bad("timeline.events: want a list, got %T", evs)
	} else {
		for i, s := range list {
			slide(fmt.Sprintf("events[%d]", i), s, false)
		}
	}
	if tv, ok := top["title"]; ok {
		slide("title", tv, true)
	}
	if ev, ok := top["eras"]; ok {
		if list, ok := ev.([]any); !ok {
			bad("timeline.eras: want a list")
		} else {
			for i, e := range list {
				where := fmt.Sprintf("eras[%d]", i)
				if era, ok := object(where, e); ok {
					onlyKeys(where, era, "start_date", "end_date", "text")
					for _, k := range []string{"start_date", "end_date"} {
						if v, ok := era[k]; ok {
							date(where+"."+k, v)
						} else {
							bad("%s: %s is required", where, k)
						}
					}
				}
			}
		}
	}
	if sv, ok := top["scale"]; ok && sv != "human" && sv != "cosmological" {
		bad("timeline.scale: %v is neither human nor cosmological", sv)
	}
	return problems
}

// TestValidateTimelineJS shows that the validator catches what the format
// forbids, so that its silence on the real file means something.
func TestValidateTimelineJS(t *testing.T) {
	for _, tc := range []struct {
		name, doc, wantProblem string
	}{
		{"valid", `{"events":[{"start_date":{"year":2024,"month":2,"day":29},"text":{"headline":"h","text":""}}]}`, ""},
		{"no events", `{"title":{"text":{"headline":"h"}}}`, "events is required"},
		{"no start date", `{"events":[{"text":{"headline":"h"}}]}`, "start_date is required"},
		{"no year", `{"events":[{"start_date":{"month":3}}]}`, "year is required"},
		{"year with a comma", `{"events":[{"start_date":{"year":"2,024"}}]}`, "want a number"},
		{"year as text", `{"events":[{"start_date":{"year":"2024"}}]}`, "want a number"},
		{"month 13", `{"events":[{"start_date":{"year":2024,"month":13}}]}`, "outside 1-12"},
		{"no such day", `{"events":[{"start_date":{"year":2023,"month":2,"day":29}}]}`, "is not a day"},
		{"end before start", `{"events":[{"start_date":{"year":2024,"month":3},"end_date":{"year":2024,"month":2}}]}`, "before start_date"},
		{"same unique_id twice", `{"events":[{"start_date":{"year":2024},"unique_id":"a"},{"start_date":{"year":2024},"unique_id":"a"}]}`, "also the id"},
		{"headline not a string", `{"events":[{"start_date":{"year":2024},"text":{"headline":1}}]}`, "want a string"},
		{"unknown property", `{"events":[{"start_date":{"year":2024},"headline":"h"}]}`, "not a documented property"},
		{"bad scale", `{"events":[],"scale":"geological"}`, "neither human nor cosmological"},
		{"autolink not boolean", `{"events":[{"start_date":{"year":2024},"autolink":"no"}]}`, "want a boolean"},
	} {
		problems := validateTimelineJS([]byte(tc.doc))
		got := strings.Join(problems, "; ")
		switch {
		case tc.wantProblem == "" && len(problems) > 0:
			t.Errorf("%s: problems %s, want none", tc.name, got)
		case tc.wantProblem != "" && !strings.Contains(got, tc.wantProblem):
			t.Errorf("%s: problems %q, want one saying %q", tc.name, got, tc.wantProblem)
		}
	}
}

func TestTimelineJS(t *testing.T) {
	b, err := TimelineJS(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "timelinejs.json", b)
	for _, p := range validateTimelineJS(b) {
		t.Error(p)
	}

	var tl tlTimeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	if tl.Title == nil || tl.Title.StartDate != nil || tl.Title.Text.Headline != "Water &amp; &#34;Power&#34; &lt;crisis&gt;" {
		t.Errorf("title slide = %+v, want the escaped site title and no date", tl.Title)
	}
	type want struct {
		id, group, display string
		start              tlDate
		end                *tlDate
		reason             string
	}
	wants := []want{
		{"2024-03-04-council-vote", "Statements", "", tlDate{2024, 3, 4}, nil, "a day: no end_date, no display_date"},
		{"2024-03-11-protest-in-zurich", "Other events", "week of 11 March 2024", tlDate{2024, 3, 11}, &tlDate{2024, 3, 17}, "an approximate week: both ends and its label"},
		{"2024-04-pipeline-strike", "Strikes and attacks", "April 2024", tlDate{Year: 2024, Month: 4}, nil, "a month: year and month only"},
		{"2024-05-20-hearing", "Talks and meetings", "", tlDate{2024, 5, 20}, nil, "a day without sources"},
	}
	if len(tl.Events) != len(wants) {
		t.Fatalf("%d events, want %d", len(tl.Events), len(wants))
	}
	for i, w := range wants {
		s := tl.Events[i]
		if s.UniqueID != w.id || s.Group != w.group || s.DisplayDate != w.display ||
			s.StartDate == nil || *s.StartDate != w.start || (s.EndDate == nil) != (w.end == nil) ||
			(w.end != nil && *s.EndDate != *w.end) {
			t.Errorf("event %d = %+v start %+v end %+v; want %+v (%s)", i, s, s.StartDate, s.EndDate, w, w.reason)
		}
		if s.Autolink == nil || *s.Autolink {
			t.Errorf("event %d: autolink should be false: the text's links are written here", i)
		}
		// TimelineJS puts headline and text into the page as HTML.
		for _, frag := range []string{s.Text.Headline, s.Text.Text} {
			if _, foreign := htmlFacts(t, frag); len(foreign) > 0 {
				t.Errorf("event %d: unescaped markup %v in %q", i, foreign, frag)
			}
		}
	}
	if got := tl.Events[2].Text.Headline; got != "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Pipeline workers strike" {
		t.Errorf("strike headline = %q, want it escaped", got)
	}
}

func TestPrecision(t *testing.T) {
	for _, tc := range []struct {
		granularity, want, reason string
	}{
		{"day", "day", "a day is given to the day"},
		{"time", "day", "the calendar files carry days only"},
		{"week", "day", "a week is a range of days"},
		{"", "day", "no granularity: the days the event gives"},
		{"month", "month", "April 2024 is not 1 April 2024"},
		{"quarter", "month", "a quarter spans months"},
		{"season", "month", "a season spans months"},
		{"year", "year", "2024 is not January 2024"},
		{"decade", "year", "a decade spans years"},
	} {
		if got := precision(tc.granularity); got != tc.want {
			t.Errorf("precision(%q) = %q, want %q: %s", tc.granularity, got, tc.want, tc.reason)
		}
	}
}
