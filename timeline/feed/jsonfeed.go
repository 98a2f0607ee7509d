package feed

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/newsroom/timeline/timeline/events"
)

// jsonFeedVersion is the version URL of JSON Feed 1.1.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

// The JSON Feed 1.1 document, as encoding/json writes it. (gorilla/feeds'
// JSONFeed was the alternative; it omits "items" when there are none, where
// the specification requires the array, and still writes the "author" that
// 1.1 deprecates.)
type (
	jsonFeed struct {
		Version     string       `json:"version"`
		Title       string       `json:"title"`
		HomePageURL string       `json:"home_page_url"`
		FeedURL     string       `json:"feed_url"`
		Description string       `json:"description,omitempty"`
		Language    string       `json:"language,omitempty"`
		Authors     []jsonAuthor `json:"authors"`
		Items       []jsonItem   `json:"items"`
	}
	jsonAuthor struct {
		Name string `json:"name"`
	}
	jsonItem struct {
		ID            string   `json:"id"`
		URL           string   `json:"url"`
		Title         string   `json:"title"`
		ContentHTML   string   `json:"content_html"`
		Summary       string   `json:"summary,omitempty"`
		DatePublished string   `json:"date_published"`
		DateModified  string   `json:"date_modified"`
		Tags          []string `json:"tags,omitempty"`
	}
)

// JSONFeed returns the JSON Feed (version 1.1) of evs: one item per event
// for the newest Site.Entries events (as Atom), the newest first, with the same ids, links, dates and HTML content as
// the Atom feed. Its tags are the event's places and people. See Files for the
// errors.
func JSONFeed(s Site, evs []events.Event) ([]byte, error) {
	site, es, err := prepare(s, evs)
	if err != nil {
		return nil, err
	}
	return site.jsonFeed(es)
}

func (site *site) jsonFeed(all []entry) ([]byte, error) {
	es := site.feedEntries(all)
	f := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       site.Title,
		HomePageURL: site.base.String(),
		FeedURL:     site.abs(JSONFeedName),
		Description: site.Description,
		Language:    site.Language,
		Authors:     []jsonAuthor{{Name: site.Author}},
		Items:       []jsonItem{},
	}
	for _, e := range es {
		f.Items = append(f.Items, jsonItem{
			ID:            site.entryID(e),
			URL:           site.abs(e.URL),
			Title:         e.Title,
			ContentHTML:   site.eventHTML(e),
			Summary:       e.Summary,
			DatePublished: e.published.Format(time.RFC3339),
			DateModified:  e.updated.Format(time.RFC3339),
			Tags:          slices.Concat(e.Places, e.People),
		})
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
