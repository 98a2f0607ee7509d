package events

import (
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
			reason: "a launch from 'the Korvath Space Centre' is the launch from 'the town of Korvath' another source names; the launch watched from a town the gazetteer lacks joins them",
			arts: []art{
				{"a", "2026-06-09", "MOSCOW, June 9 (Reuters) - Russia's RS-7 rocket lifted off from the Korvath Space Centre on Tuesday carrying a weather satellite."},
				{"b", "2026-06-10", "The RS-7 rocket blasted off at 9:15 am Tuesday from the remote town of Korvath, live footage showed."},
				{"c", "2026-06-10", "Some 2,000 people gathered in Belvka to watch the RS-7 launch on June 9, the town said."},
			},
			same: [][2]string{{"a#s1", "b#s1"}, {"a#s1", "c#s1"}, {"b#s1", "c#s1"}},
		},
		{
			reason: "two rockets launched the same day from two sites stay apart: a venue is at the place it is named after, no other",
			arts: []art{
				{"a", "2026-06-09", "MOSCOW, June 9 (Reuters) - Russia's RS-7 rocket lifted off from the Korvath Space Centre on Tuesday carrying a weather satellite."},
				{"b", "2026-06-10", "The Long March 8 rocket blasted off at 9:15 am Tuesday from the island of Marenka, live footage showed."},
			},
			apart: [][2]string{{"a#s1", "b#s1"}},
		},
		{
			reason: "the same rocket's launch watched from a town of another country the gazetteer knows stays apart",
			arts: []art{
				{"a", "2026-06-09", "MOSCOW, June 9 (Reuters) - Russia's RS-7 rocket lifted off from the Korvath Space Centre on Tuesday carrying a weather satellite."},
				{"b", "2026-06-10", "Some 2,000 people gathered in Lyon to watch the RS-7 launch on June 9, the city said."},
			},
			apart: [][2]string{{"a#s1", "b#s1"}},
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
					k := sourceKey(s)
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
