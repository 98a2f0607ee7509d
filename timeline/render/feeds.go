package render

import (
	"context"
	"fmt"

	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/feed"
)

// Feeds writes the feeds and exports of package feed: feed.atom, feed.json,
// timeline.ics and timelinejs.json. Output.Add minifies the XML and JSON
// files and copies the calendar as it is.
func Feeds(_ context.Context, s *Site, out *Output) error {
	evs := make([]events.Event, len(s.Events))
	for i, e := range s.Events {
		evs[i] = *e
	}
	files, err := feed.Files(feed.Site{
		Title:       s.Title,
		Description: s.Description,
		BaseURL:     s.BaseURL.String(),
		Language:    s.Language,
	}, evs)
	if err != nil {
		return fmt.Errorf("render: feeds: %w", err)
	}
	for _, l := range feed.Links() {
		if err := out.Add(l.Name, files[l.Name]); err != nil {
			return err
		}
	}
	return nil
}
