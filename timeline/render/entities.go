package render

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/newsroom/timeline/timeline/events"
)

// Kinds of Entity.
const (
	KindPerson = "person"
	KindPlace  = "place"
)

// Entity is a person or a place named by events, with a page of its own.
type Entity struct {
	Name   string
	Kind   string          // KindPerson or KindPlace
	Slug   string          // unique among entities of its kind
	Page   string          // "people/<slug>/" or "places/<slug>/", relative to the site root
	Events []*events.Event // in timeline order
}

// entities returns the people (or places) that events name, sorted by name
// (case-insensitively, accents ignored), each with its events in the order
// given, and an index by name. Two names that give the same slug keep
// distinct pages: the later in name order gets "-2", "-3"...
func entities(evs []*events.Event, kind string) ([]*Entity, map[string]*Entity) {
	folder := "places/"
	if kind == KindPerson {
		folder = "people/"
	}
	by := map[string]*Entity{}
	var list []*Entity
	for _, e := range evs {
		names := e.Places
		if kind == KindPerson {
			names = e.People
		}
		seen := map[string]bool{}
		for _, n := range names {
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			ent := by[n]
			if ent == nil {
				ent = &Entity{Name: n, Kind: kind}
				by[n] = ent
				list = append(list, ent)
			}
			ent.Events = append(ent.Events, e)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := sortKey(list[i].Name), sortKey(list[j].Name)
		if a != b {
			return a < b
		}
		return list[i].Name < list[j].Name
	})
	used := map[string]bool{}
	for _, ent := range list {
		base := Slug(ent.Name)
		if base == "" {
			base = kind
		}
		s := base
		for n := 2; used[s]; n++ {
			s = base + "-" + strconv.Itoa(n)
		}
		used[s] = true
		ent.Slug = s
		ent.Page = folder + s + "/"
	}
	return list, by
}

// fold removes accents: "Élysée" becomes "Elysee".
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

func sortKey(name string) string { return strings.ToLower(fold(name)) }

// Slug returns the URL slug of a name: lower case ASCII letters and digits
// joined by single hyphens, accents removed ("Élysée Palace" gives
// "elysee-palace"). Letters that have no ASCII form are kept as they are,
// so a name in another script still gets a slug; "" only when the name has
// no letter or digit at all.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range fold(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "O'Brien" is one word.
		default:
			hyphen = true
		}
	}
	return b.String()
}

// Person returns the page of the named person, or nil.
func (s *Site) Person(name string) *Entity { return s.personBy[name] }

// Place returns the page of the named place, or nil.
func (s *Site) Place(name string) *Entity { return s.placeBy[name] }

// People writes people/index.html, the index of people and places (from
// entities.html), and people/<slug>/index.html for each person (from
// entity.html).
func People(ctx context.Context, s *Site, out *Output) error {
	return entityPages(ctx, s, out, "people/", "People", s.People)
}

// Places writes places/index.html (from entities.html) and
// places/<slug>/index.html for each place (from entity.html).
func Places(ctx context.Context, s *Site, out *Output) error {
	return entityPages(ctx, s, out, "places/", "Places", s.Places)
}

func entityPages(ctx context.Context, s *Site, out *Output, folder, title string, list []*Entity) error {
	p := NewPage(s, folder+"index.html")
	p.Title, p.Entities = title, list
	p.Description = title + " in " + s.Title
	if err := out.Page("entities.html", p); err != nil {
		return err
	}
	pages := make([]*Page, len(list))
	for i, ent := range list {
		p := NewPage(s, ent.Page+"index.html")
		p.Title, p.Entity = ent.Name, ent
		p.Description = ent.Name + ": " + count(len(ent.Events), "event", "events") + " in " + s.Title
		pages[i] = p
	}
	return out.RenderPages(ctx, "entity.html", pages)
}

// count returns "1 event", "3 events".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
