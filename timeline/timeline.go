// Package timeline builds a static timeline site from a folder of articles:
// Build reads content/*.md, finds and merges their dated events, and writes
// the site into the destination folder.
package timeline

import "context"

// Config says what to build. The zero value builds the site in the current
// folder into ./public.
type Config struct {
	Source      string // the site root holding content/, templates/ and timeline.toml; default "."
	Destination string // default <Source>/public
	BaseURL     string // overrides timeline.toml's base_url
}

// Result summarises a build.
type Result struct {
	Articles, Events, Pages int
}

// Build builds the site described by cfg.
func Build(ctx context.Context, cfg Config) (*Result, error) {
	return &Result{}, nil // implemented in issue 2
}
