package render

import (
	"bytes"
	"context"
	"path"
	"testing"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/feed"
)

// TestFeedsCompact: the large site-wide files that are kept as they are
// made, not minified (timeline.json, the TimelineJS file; see compact and
// TimelineJSON), are the bytes the site's minifier would make of them, on
// sites with markup, quotes and odd characters in every field a user
// writes. The calendar is not minified in either case.
func TestFeedsCompact(t *testing.T) {
	tpl := NewTemplates("", templates.FS())
	m := newMinifier()
	for name, s := range sampleSites(t) {
		out := NewOutput(tpl)
		if err := TimelineJSON(context.Background(), s, out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := Feeds(context.Background(), s, out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range []string{"timeline.json", feed.TimelineJSName, feed.CalendarName} {
			got := out.files[p]
			if len(got) == 0 {
				t.Fatalf("%s: no %s", name, p)
			}
			mt := mediaType(path.Ext(p))
			if mt == "" {
				continue // copied as it is either way
			}
			want, err := m.Bytes(mt, bytes.Clone(got))
			if err != nil {
				t.Fatalf("%s: %s: %v", name, p, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: %s is not as the minifier leaves it:\n%s\nminified:\n%s", name, p, got, want)
			}
		}
	}
}
