package render

import (
	"sort"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// DefaultPartEvents is the most events the timeline shows on one page
// before it is split into parts (see SplitTimeline and Config.PartEvents).
const DefaultPartEvents = 500

// TimelinePart is one page of a timeline too long for one page: the events
// of one year, or of one month of a year that has too many for one page.
// Event pages keep their address (events/<id>/) whatever part lists them.
type TimelinePart struct {
	Key    string // "2019", "2019-03", or "undated"
	Label  string // "2019", "March 2019", "Undated"
	Page   string // the part's folder relative to the site root: "timeline/2019/"
	Events []*events.Event
	// Articles are the articles published in the part's period, newest
	// first; an article published in a period without a part of its own
	// is listed in the nearest earlier part (or the first).
	Articles   []*Article
	Prev, Next *TimelinePart // nil at either end
}

// SplitTimeline splits events, in timeline order, into parts of at most
// about max events each: one part per year, and one per month for a year
// holding more than max. A month is never split further. Events without a
// start date form one part, "undated". The parts keep the events' order
// and are linked to their neighbours. It returns nil when max is not
// positive or all events fit on one page.
func SplitTimeline(evs []*events.Event, max int) []*TimelinePart {
	if max <= 0 || len(evs) <= max {
		return nil
	}
	yearOf := func(e *events.Event) string {
		if len(e.Date.Start) >= 7 {
			return e.Date.Start[:4]
		}
		return "undated"
	}
	var parts []*TimelinePart
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
	for i, p := range parts {
		if i > 0 {
			p.Prev = parts[i-1]
		}
		if i+1 < len(parts) {
			p.Next = parts[i+1]
		}
	}
	return parts
}

func newPart(key string, evs []*events.Event) *TimelinePart {
	p := &TimelinePart{Key: key, Label: key, Page: "timeline/" + key + "/", Events: evs[:len(evs):len(evs)]}
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

// assignArticles lists each article (newest first) in the part of the
// period it was published in, or the nearest earlier part, or the first.
func assignArticles(parts []*TimelinePart, arts []*Article) {
	var dated []*TimelinePart // by key, which sorts as time does
	for _, p := range parts {
		if p.Key != "undated" {
			dated = append(dated, p)
		}
	}
	if len(dated) == 0 {
		if len(parts) > 0 {
			parts[0].Articles = arts
		}
		return
	}
	for _, a := range arts {
		month := a.Published
		if len(month) > 7 {
			month = month[:7]
		}
		// The last part whose key ("2019" or "2019-03") is not after the
		// article's month.
		i := sort.Search(len(dated), func(i int) bool { return dated[i].Key > month }) - 1
		if i < 0 {
			i = 0
		}
		dated[i].Articles = append(dated[i].Articles, a)
	}
}

// TimelineEvents returns the events the page's timeline shows: its part's,
// or on an unsplit index every event.
func (p *Page) TimelineEvents() []*events.Event {
	if p.Part != nil {
		return p.Part.Events
	}
	return p.Site.Events
}

// TimelineYears groups TimelineEvents by year and month.
func (p *Page) TimelineYears() []Year { return years(p.TimelineEvents()) }

// ListedArticles returns the articles the page lists: its part's; none on
// the index of a split timeline (each part lists its own); every article
// on an unsplit index.
func (p *Page) ListedArticles() []*Article {
	switch {
	case p.Part != nil:
		return p.Part.Articles
	case p.Site.Parts != nil:
		return nil
	}
	return p.Site.Articles
}

// TimelineLink returns the link from the page to event e's entry on the
// timeline: on the index, or on the part that lists it.
func (p *Page) TimelineLink(e *events.Event) string {
	if part := p.Site.partOf[e]; part != nil {
		return p.Link(part.Page + "#" + e.ID)
	}
	return p.Link("#" + e.ID)
}

// Compact reports whether the page's person or place has more events than
// one page of the timeline shows (Config.PartEvents): its page then lists
// them by date and title only, each linking to its event page, instead of
// with their sources.
func (p *Page) Compact() bool {
	return p.Entity != nil && p.Site.partMax > 0 && len(p.Entity.Events) > p.Site.partMax
}
