// Package templates holds the default templates and static assets of a
// timeline site, embedded in the binary.
//
// Layout of the folder (a site's own templates/ folder has the same shape and
// overrides any of these files, one by one):
//
//	layout.html       the page skeleton every page template calls
//	partials/*.html   templates shared by every page
//	index.html        the timeline
//	article.html      one article, with its sentence ids
//	event.html        one event
//	404.html          the not-found page
//	static/...        copied to the site root as they are (minified by type)
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html partials static
var files embed.FS

// FS returns the default templates. It is read-only and safe for concurrent use.
func FS() fs.FS { return files }
