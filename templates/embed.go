// Package templates holds the default templates and static assets of a
// timeline site, embedded in the binary.
//
// Layout of the folder (a site's own templates/ folder has the same shape and
// overrides any of these files, one by one):
//
//	layout.html       the page skeleton every page template calls; a page
//	                  may define "head" for what its <head> adds
//	partials/*.html   templates shared by every page: "timeline" (events by
//	                  year and month), "sources", "who", "disagree"
//	index.html        the timeline, with the filter form
//	article.html      one article, its cited sentences marked and linked
//	event.html        one event: its sources' quotes side by side, JSON-LD
//	entity.html       one person or place, with their events
//	entities.html     the index of people, or of places
//	404.html          the not-found page (its links start from the base URL)
//	static/...        copied to the site root as they are (minified by type):
//	                  style.css, filter.js (the timeline's filter, the only
//	                  script), favicon.svg
//
// Changing a page template, layout.html or a partial: the article, event,
// timeline and person and place pages also have a fast path written in Go
// (timeline/render/fast.go) that must make the same bytes;
// TestFastPathMatchesTemplates in timeline/render fails until it does, and
// prints the new sum for fastSum.
//
// The pages need no script: filter.js only adds the filter, whose state it
// keeps in the URL's query (?person=, place=, source=, q=, with the slugs of
// people and places, and articles' slugs for sources).
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html partials static
var files embed.FS

// FS returns the default templates. It is read-only and safe for concurrent use.
func FS() fs.FS { return files }
