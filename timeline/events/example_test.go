package events_test

import (
	"fmt"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

// Two articles tell of the same talks, one by "Monday", the other by
// "earlier this week": they become one event dated that Monday, citing both.
func Example() {
	files := map[string]string{
		"content/storm-talks.md": `---
title: "Ministers meet in Oslo"
date: 2026-02-10
---

Nordic ministers met in Oslo on Monday to plan for the storm season.
`,
		"content/oslo-meeting.md": `---
title: "Oslo meeting ends"
date: 2026-02-12
---

The talks in Oslo earlier this week ended without agreement, Norway's foreign minister, Espen Barth Eide, said on Wednesday.
`,
	}
	arts := map[string]*content.Article{}
	var ms []events.Mention
	for _, path := range []string{"content/storm-talks.md", "content/oslo-meeting.md"} {
		a, err := content.Parse(path, []byte(files[path]))
		if err != nil {
			fmt.Println(err)
			return
		}
		arts[a.Slug] = a
		ms = append(ms, events.Extract(a, events.Options{})...)
	}
	evs, err := events.Merge(ms, arts, events.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evs {
		fmt.Printf("%s: %s (%s), %d sources\n", e.ID, e.Title, e.Date.Label, len(e.Sources))
		for _, s := range e.Sources {
			fmt.Printf("  %s %q = %s\n", s.URL, s.Expression, s.Value)
		}
	}
	// Output:
	// 2026-02-09-oslo-talks: Oslo talks (Monday, 9 February 2026), 2 sources
	//   articles/storm-talks/#s1 "Monday" = 2026-02-09
	//   articles/oslo-meeting/#s1 "earlier this week" = 2026-W07
	// 2026-02-11-eide-statement: Eide statement (Wednesday, 11 February 2026), 1 sources
	//   articles/oslo-meeting/#s1 "Wednesday" = 2026-02-11
}
