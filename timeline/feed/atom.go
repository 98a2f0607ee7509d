package feed

import (
	"encoding/xml"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// The Atom document, as encoding/xml writes it. (gorilla/feeds' AtomFeed
// was the alternative; it holds a single link where a feed needs its
// alternate and its self link, has no xml:lang, and writes a category
// without the term attribute RFC 4287 requires.)
type (
	atomFeed struct {
		XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
		Lang     string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
		Title    string      `xml:"title"`
		Subtitle string      `xml:"subtitle,omitempty"`
		ID       string      `xml:"id"`
		Updated  string      `xml:"updated"`
		Links    []atomLink  `xml:"link"`
		Author   atomPerson  `xml:"author"`
		Entries  []atomEntry `xml:"entry"`
	}
	atomEntry struct {
		Title      string         `xml:"title"`
		ID         string         `xml:"id"`
		Published  string         `xml:"published"`
		Updated    string         `xml:"updated"`
		Links      []atomLink     `xml:"link"`
		Categories []atomCategory `xml:"category"`
		Summary    *atomText      `xml:"summary"`
		Content    atomText       `xml:"content"`
	}
	atomLink struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
		Type string `xml:"type,attr,omitempty"`
	}
	atomPerson struct {
		Name string `xml:"name"`
	}
	atomCategory struct {
		Term  string `xml:"term,attr"`
		Label string `xml:"label,attr,omitempty"` // what feed readers show
	}
	atomText struct {
		Type string `xml:"type,attr"`
		Text string `xml:",chardata"`
	}
)

// Atom returns the Atom feed (RFC 4287) of evs: one entry per event for
// the newest Site.Entries events (DefaultEntries by default), the newest
// first, and updated when the most recently updated of them was, each linking to the event's page and carrying the
// event's sources in its HTML content, its kind as category. See the package
// comment for ids and dates, and Files for the errors.
func Atom(s Site, evs []events.Event) ([]byte, error) {
	site, es, err := prepare(s, evs)
	if err != nil {
		return nil, err
	}
	return site.atom(es)
}

func (site *site) atom(all []entry) ([]byte, error) {
	es := site.feedEntries(all)
	f := atomFeed{
		Lang:     site.Language,
		Title:    site.Title,
		Subtitle: site.Description,
		ID:       site.feedID(AtomName),
		Updated:  lastUpdated(es).Format(time.RFC3339),
		Links: []atomLink{
			{Href: site.base.String(), Rel: "alternate", Type: "text/html"},
			{Href: site.abs(AtomName), Rel: "self", Type: AtomType},
		},
		Author: atomPerson{Name: site.Author},
	}
	for _, e := range es {
		a := atomEntry{
			Title:     e.Title,
			ID:        site.entryID(e),
			Published: e.published.Format(time.RFC3339),
			Updated:   e.updated.Format(time.RFC3339),
			Links:     []atomLink{{Href: site.abs(e.URL), Rel: "alternate", Type: "text/html"}},
			Content:   atomText{Type: "html", Text: site.eventHTML(e)},
		}
		if e.Kind != "" {
			a.Categories = []atomCategory{{Term: e.Kind, Label: kindLabel(e.Kind)}}
		}
		if e.Summary != "" {
			a.Summary = &atomText{Type: "text", Text: e.Summary}
		}
		f.Entries = append(f.Entries, a)
	}
	b, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(append([]byte(xml.Header), b...), '\n'), nil
}
