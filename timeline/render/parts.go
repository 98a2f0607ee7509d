package render

import (
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// DefaultPartEvents is the most events the timeline shows on one page
// before it is split into parts (see SplitTimeline).
const DefaultPartEvents = 500

// TimelinePart is one page of a timeline too long for one page: the events
// of one year, or of one month of a year that has too many for one page.
type TimelinePart struct {
	Key    string // "2019", "2019-03", or "undated"
	Label  string // "2019", "March 2019", "Undated"
	Page   string // the part's folder relative to the site root: "timeline/2019/"
	Events []*events.Event
}

// SplitTimeline splits events, in timeline order, into parts of at most
// about max events each: one part per year, and one per month for a year
// holding more than max. A month is never split further. Events without a
// start date form one part, "undated". The parts keep the events' order. It
// returns nil when max is not positive or all events fit on one page.
func SplitTimeline(evs []*events.Event, max int) []TimelinePart {
	if max <= 0 || len(evs) <= max {
		return nil
	}
	yearOf := func(e *events.Event) string {
		if len(e.Date.Start) >= 7 {
			return e.Date.Start[:4]
		}
		return "undated"
	}
	var parts []TimelinePart
	for i := 0; i < len(evs); {
		year := yearOf(evs[i])
		j := i
		for j < len(evs) && yearOf(evs[j]) == year {
			j++
		}
		if j-i <= max || year == "undated" {
			parts = append(parts, newPart(year, evs[i:j]))
		} else {
			for k := i; k < j; {
				month := evs[k].Date.Start[:7]
				l := k
				for l < j && evs[l].Date.Start[:7] == month {
					l++
				}
				parts = append(parts, newPart(month, evs[k:l]))
				k = l
			}
		}
		i = j
	}
	return parts
}

func newPart(key string, evs []*events.Event) TimelinePart {
	p := TimelinePart{Key: key, Label: key, Page: "timeline/" + key + "/", Events: evs[:len(evs):len(evs)]}
	switch {
	case key == "undated":
		p.Label = "Undated"
	case len(key) == 7:
		if t, err := time.Parse("2006-01", key); err == nil {
			p.Label = t.Format("January 2006")
		}
	}
	return p
}
