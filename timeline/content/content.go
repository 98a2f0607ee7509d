// Package content reads an article file (YAML or TOML frontmatter followed by
// Markdown) into an Article: its metadata, its rendered HTML with every
// sentence wrapped in an element carrying a stable id, and its plain text
// split into those same sentences.
//
// Parsing is a pure function of a file's path and bytes, safe for concurrent
// use, and so can be cached by content hash.
package content

import (
	"errors"
	"fmt"
	"time"
)

// Meta is an article's frontmatter.
type Meta struct {
	Title     string    `yaml:"title" toml:"title"`
	Date      time.Time `yaml:"-" toml:"-"` // publication date (required), midnight UTC
	Publisher string    `yaml:"publisher" toml:"publisher"`
	Authors   []string  `yaml:"authors" toml:"authors"`
	URL       string    `yaml:"url" toml:"url"` // the original article, optional
	Slug      string    `yaml:"slug" toml:"slug"`
	Draft     bool      `yaml:"draft" toml:"draft"`
	Tags      []string  `yaml:"tags" toml:"tags"`

	// OriginalPublisher is who first published an article that Publisher
	// reprints (a syndicated or wire story); empty when Publisher is the
	// original.
	OriginalPublisher string `yaml:"original_publisher" toml:"original_publisher"`

	// Editors' corrections to the extracted events (see package events).
	Events []EventFix `yaml:"events" toml:"events"`
	Ignore []Ignore   `yaml:"ignore" toml:"ignore"`

	// SlugLine is where an error about the article's slug points: the line
	// of its slug key, else of its title key, else the first line inside
	// the frontmatter.
	SlugLine int `yaml:"-" toml:"-"`

	// Untitled is set when the frontmatter gives no title: Title is then
	// made from the start of the article's first sentence (or from its
	// file name), so that no page shows an empty headline or link.
	Untitled bool `yaml:"-" toml:"-"`
}

// EventFix adds an event or corrects an extracted one. It matches an
// extracted mention by Sentence (an id such as "s4") and/or Expression (the
// dating expression's exact text); with neither it adds a new event, dated
// Date, titled Title, cited to Sentence when given.
type EventFix struct {
	Sentence   string `yaml:"sentence" toml:"sentence"`
	Expression string `yaml:"expression" toml:"expression"`
	Date       string `yaml:"date" toml:"date"` // YYYY-MM-DD, YYYY-MM, YYYY or a TIMEX3 value
	Title      string `yaml:"title" toml:"title"`
	Line       int    `yaml:"-" toml:"-"` // line of the entry in the file, for errors
}

// Ignore drops extracted mentions matched by sentence id and/or expression.
type Ignore struct {
	Sentence   string `yaml:"sentence" toml:"sentence"`
	Expression string `yaml:"expression" toml:"expression"`
	Line       int    `yaml:"-" toml:"-"`
}

// Sentence is one sentence of an article: Text[Start:End] of the Article.
type Sentence struct {
	ID         string // "s1", "s2", ...: the element id in the article page
	Start, End int    // byte offsets into Article.Text
}

// Article is one parsed article.
type Article struct {
	Path      string // the file's path as given to Parse, used in errors
	Slug      string // the page's folder name under articles/
	Hash      string // hex SHA-256 of the file's bytes
	Meta      Meta
	HTML      string // the rendered body; sentence i is wrapped in <span class="s" id="s{i}">
	Text      string // the body's paragraphs and list items as plain text, blocks separated by blank lines (headings and code are not sentences and are left out)
	Sentences []Sentence
}

// Quote returns the text of sentence s.
func (a *Article) Quote(s Sentence) string { return a.Text[s.Start:s.End] }

// Error is a problem in a user's file, reported as "path:line: message".
type Error struct {
	Path string
	Line int // 1-based; 0 when the problem concerns the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Errors is every problem found in one run, in a stable order.
type Errors []*Error

// AsErrors returns the problems err carries, whether it is (or wraps) an
// Errors or a single *Error; ok is false for any other error, which is not
// a problem of the content but of the run.
func AsErrors(err error) (es Errors, ok bool) {
	var one *Error
	switch {
	case errors.As(err, &es):
		return es, true
	case errors.As(err, &one):
		return Errors{one}, true
	}
	return nil, false
}

// Join gathers the problems of every non-nil err into one Errors, in
// order, or returns nil when there are none. The first error that is not
// a problem of the content (see AsErrors) is returned as it is: the run
// failed.
func Join(errs ...error) error {
	var all Errors
	for _, err := range errs {
		if err == nil {
			continue
		}
		es, ok := AsErrors(err)
		if !ok {
			return err
		}
		all = append(all, es...)
	}
	if len(all) == 0 {
		return nil
	}
	return all
}

func (es Errors) Error() string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += "\n"
		}
		s += e.Error()
	}
	return s
}
