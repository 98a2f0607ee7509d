package events

import (
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// TestMergeFrames checks merging across articles that tell one happening
// in different words, and keeps apart the near misses.
func TestMergeFrames(t *testing.T) {
	type art struct{ slug, date, text string }
	tests := []struct {
		reason string
		arts   []art
		// same lists sentence keys (slug#sN) that must share an event;
		// apart lists pairs that must not.
		same  [][2]string
		apart [][2]string
	}{
		{
			reason: "'won' and 'was elected' are one contest; the loser's concession in the same sentence stays apart",
			arts: []art{
				{"a", "2026-10-04", "LISBON (Reuters) - Ana Costa won the Lisbon mayoral election on Sunday, and Rui Sousa conceded defeat the same night."},
				{"b", "2026-10-06", "Ana Costa, who was elected mayor of Lisbon on 4 October, named her team on Tuesday."},
			},
			same:  [][2]string{{"a#s1", "b#s1"}},
			apart: [][2]string{},
		},
		{
			reason: "a regulator's statement of a recall on its day joins the recall",
			arts: []art{
				{"a", "2026-04-07", "DETROIT (AP) — Halvorsen Motors is recalling 80,000 pickups because of a brake fault, the company said Tuesday."},
				{"b", "2026-04-08", "WASHINGTON, April 7 (Reuters) - The National Highway Traffic Safety Administration said on Tuesday that Halvorsen Motors would recall 80,000 pickups."},
			},
			same: [][2]string{{"a#s1", "b#s1"}},
		},
		{
			reason: "'lifted off' and 'blasted off' are one launch; an earthquake the same day nearby is not",
			arts: []art{
				{"a", "2026-04-07", "KOUROU, French Guiana (AFP) - An Ariane 6 rocket lifted off from Kourou on Tuesday carrying two weather satellites. A small earthquake struck Cayenne on Tuesday, officials said."},
				{"b", "2026-04-08", "The Ariane 6 rocket blasted off from Kourou yesterday with two weather satellites."},
			},
			same:  [][2]string{{"a#s1", "b#s1"}},
			apart: [][2]string{{"a#s2", "b#s1"}},
		},
		{
			reason: "talks that name nobody join the same day's deal in another article of the same story",
			arts: []art{
				{"a", "2026-05-18", "Dockworkers in Antwerp walked off the job on Monday. The union and the port authority will meet on Thursday."},
				{"b", "2026-05-22", "The strike in Antwerp on 18 May had closed the port. Port Authority chief Jan Peeters reached an agreement with the union on Thursday."},
			},
			same: [][2]string{{"a#s1", "b#s1"}, {"a#s2", "b#s2"}},
		},
		{
			reason: "two meetings of the same people a week apart stay apart",
			arts: []art{
				{"a", "2026-04-10", "Union leaders met Labour Minister Eva Lind on Thursday in Oslo."},
				{"b", "2026-04-17", "Union leaders met Labour Minister Eva Lind again on Thursday in Oslo."},
			},
			apart: [][2]string{{"a#s1", "b#s1"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			var arts []*content.Article
			for _, x := range tc.arts {
				arts = append(arts, article(x.slug, x.date, x.text))
			}
			evs := extractMerge(t, arts...)
			eventOf := map[string][]string{}
			for _, e := range evs {
				for _, s := range e.Sources {
					k := s.Article + s.URL[strings.LastIndex(s.URL, "#"):]
					eventOf[k] = append(eventOf[k], e.ID)
				}
			}
			share := func(a, b string) bool {
				for _, x := range eventOf[a] {
					for _, y := range eventOf[b] {
						if x == y {
							return true
						}
					}
				}
				return false
			}
			for _, p := range tc.same {
				if !share(p[0], p[1]) {
					t.Errorf("%s and %s in different events: %v", p[0], p[1], eventOf)
				}
			}
			for _, p := range tc.apart {
				if share(p[0], p[1]) {
					t.Errorf("%s and %s merged: %v", p[0], p[1], eventOf)
				}
			}
		})
	}
}
