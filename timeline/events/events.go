// Package events turns the dated sentences of articles into the events of a
// timeline: Extract finds the mentions in one article, Merge joins the
// mentions of the same happening across articles into events with their
// sources.
//
// A mention is a sentence's date expression (found by package timex) that
// anchors something happening, named by a trigger word (met, talks, visit,
// strike, said, signed ...), with the people, organisations and places
// around it. Places come from package gazetteer. Merging sweeps the mentions
// in order of date, so each is compared only with the events open at its
// date; the chosen date is the most precise reading consistent with the most
// sources. Titles follow editors' habits ("Geneva talks", "Witkoff meets
// Putin in Moscow", "Sumy missile strike"), and ids are the date plus a slug
// of the title.
//
// A wire story's dateline ("ROTTERDAM, May 12 (Reuters) -") dates nothing
// itself: its day is the reference for the story's "yesterday" and "on
// Tuesday", its agency is no party, and its city is the place of its own
// sentence. A date that contradicts its sentence (a verb in the past read
// as a day to come, "will" with a day weeks gone) makes no mention: a
// wrong date is worse than none.
//
// Nothing here does I/O or holds mutable global state; Extract and Merge are
// safe for concurrent use.
package events

import (
	"time"

	"github.com/newsroom/timeline/timeline/events/gazetteer"
	"github.com/newsroom/timeline/timeline/timex"
)

// Kinds of happening.
const (
	KindTalks     = "talks"     // talks or a meeting
	KindTrip      = "trip"      // a trip or visit
	KindStrike    = "strike"    // a military strike or attack (a workers' strike is KindOther, Detail "... strike")
	KindStatement = "statement" // something said, posted, announced
	KindAgreement = "agreement"
	KindOther     = "other"
)

// Mention is one dated happening reported by one sentence of one article.
type Mention struct {
	Article    string // the article's slug
	Sentence   string // the sentence id, "s4"
	Quote      string // the sentence as it stands
	Expression string // the text that dated it
	Timex      timex.Timex
	Trigger    string // the word that names the happening: met, talks, strike ...
	Kind       string
	People     []string // canonical names, titles stripped
	Orgs       []string
	Places     []string
	Title      string // set by an editor's correction

	// Subject is who did it, when the sentence names them before the
	// trigger (a person's canonical name or an organisation); Object is
	// the few words after a trigger verb ("interest rates steady").
	Subject string
	Object  string

	// Detail qualifies the trigger for titles: the weapon of a strike
	// ("missile"), or the noun the sentence uses for talks ("talks",
	// "meeting").
	Detail string
	// Countries gives the nationality stated with a person's name
	// ("French President Emmanuel Macron"), by canonical name.
	Countries map[string]string
	// Index is the sentence's position in the article (0-based).
	Index int
	// Editor is set when the mention comes from an editor's correction; its
	// date is then authoritative.
	Editor bool
}

// Date is an event's date, as timeline.json gives it.
type Date struct {
	Value       string `json:"value"`
	Start       string `json:"start"` // YYYY-MM-DD, inclusive
	End         string `json:"end"`   // YYYY-MM-DD, inclusive
	Granularity string `json:"granularity"`
	Approximate bool   `json:"approximate"`
	Label       string `json:"label"` // "Sunday, 30 November 2025", "around 24 November 2025", "week of 21 April 2025"
}

// Source is one article's report of an event.
type Source struct {
	Article     string `json:"article"`
	Title       string `json:"title"`
	Publisher   string `json:"publisher"`
	Published   string `json:"published"`
	URL         string `json:"url"` // articles/<slug>/#s4, relative to the site root
	OriginalURL string `json:"original_url"`
	Quote       string `json:"quote"`
	Expression  string `json:"expression"`
	Value       string `json:"value"`
}

// Event is one happening on the timeline. Its ID and URL, and its
// sources' URLs, are strings made anew: they share no memory with the
// articles' texts, as quotes and names may.
type Event struct {
	ID       string   `json:"id"` // start date + slug of the title; stable across rebuilds
	Title    string   `json:"title"`
	Summary  string   `json:"summary"`
	Kind     string   `json:"kind"`
	Date     Date     `json:"date"`
	Readings []Date   `json:"readings,omitempty"` // when sources disagree: every reading, the chosen one first
	Places   []string `json:"places"`
	People   []string `json:"people"`
	URL      string   `json:"url"` // events/<id>/, relative to the site root
	Sources  []Source `json:"sources"`
}

// Options configure extraction and merging. The zero value works.
type Options struct {
	// Aliases map a spelling of a person or place, as a site's
	// timeline.toml gives it, to the canonical name.
	PeopleAliases map[string]string
	PlaceAliases  map[string]string

	// Tagger finds the temporal expressions of an article's text against
	// its publication date. Nil means timex.Find.
	Tagger func(text string, ref time.Time) []timex.Timex
	// Gazetteer names places. Nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
}
