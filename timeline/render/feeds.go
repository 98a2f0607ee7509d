package render

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/feed"
)

// compact reports whether package feed writes the file name as the
// minifier would leave it (JSON as json.Marshal writes it) or as it is
// copied (the calendar): those files are large, and the minifier's pass
// and a copy are saved.
func compact(name string) bool {
	return name == feed.CalendarName || name == feed.TimelineJSName
}

// Feeds writes the feeds and exports of package feed: feed.atom, feed.json
// (the newest Site.FeedEntries events), timeline.ics and timelinejs.json
// (every event). Output.Add minifies the feeds; the calendar and the
// TimelineJS file, compact already, are kept as they are made. With a
// Memo whose Feeds is set, the calendar's and
// TimelineJS file's part for each unchanged event is copied from the last
// build (see feed.Memo).
func Feeds(_ context.Context, s *Site, out *Output) error {
	evs := make([]events.Event, len(s.Events))
	for i, e := range s.Events {
		evs[i] = *e
	}
	// One file at a time: a large timeline's feeds are big.
	var fm *feed.Memo
	var sums [][16]byte
	if m := out.memo; m != nil && m.Feeds != nil && m.codec != nil {
		// The pages' fingerprints of the events, mostly computed already.
		fm = m.Feeds
		sums = make([][16]byte, len(s.Events))
		for i, e := range s.Events {
			sums[i] = m.event(e)
		}
	}
	site := feed.Site{
		Title:       s.Title,
		Description: s.Description,
		BaseURL:     s.BaseURL.String(),
		Language:    s.Language,
		Entries:     s.FeedEntries,
	}
	var addErr error
	if fm == nil {
		// Nothing to keep for a next build: the large files go to the
		// output as they are made.
		err := feed.EachTo(site, evs, func(name string, write func(io.Writer) error) error {
			if compact(name) {
				addErr = out.addStream(name, write)
				return addErr
			}
			var b bytes.Buffer
			if addErr = write(&b); addErr == nil {
				addErr = out.Add(name, b.Bytes())
			}
			return addErr
		})
		return feedsErr(addErr, err)
	}
	err := feed.EachMemo(site, evs, sums, fm, func(name string, data []byte) error {
		if compact(name) {
			// Made for this build alone and written compact already
			// (TestFeedsCompact): kept as it is, not minified or copied.
			addErr = out.addOwned(name, data)
		} else {
			addErr = out.Add(name, data)
		}
		return addErr
	})
	return feedsErr(addErr, err)
}

// feedsErr is Feeds' error: the output's own (addErr) as it is, else
// package feed's.
func feedsErr(addErr, err error) error {
	switch {
	case addErr != nil:
		return addErr
	case err != nil:
		return fmt.Errorf("render: feeds: %w", err)
	}
	return nil
}
