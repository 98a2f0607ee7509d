package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/newsroom/timeline/timeline/content"
)

// siteConfigFile is the optional settings file at the site root.
const siteConfigFile = "timeline.toml"

// siteConfig is timeline.toml:
//
//	title = "Peace talks"
//	description = "How the talks unfolded"
//	base_url = "https://example.org/news/timeline/"
//	language = "en"
//	feed_entries = 100  # the newest events the Atom and JSON feeds carry; -1: all
//
//	[aliases.people]
//	"Zelenskyy" = "Volodymyr Zelensky"
//
//	[aliases.places]
//	"Kiev" = "Kyiv"
//
//	[params]          # anything the templates need: {{.Site.Params.tagline}}
//	tagline = "Every event, every source"
type siteConfig struct {
	Title       string `toml:"title"`
	Description string `toml:"description"`
	BaseURL     string `toml:"base_url"`
	Language    string `toml:"language"`
	// FeedEntries is how many of the newest events feed.atom and
	// feed.json carry: 0 (unset) means feed.DefaultEntries, a negative
	// value every event.
	FeedEntries int `toml:"feed_entries"`
	Aliases     struct {
		People map[string]string `toml:"people"`
		Places map[string]string `toml:"places"`
	} `toml:"aliases"`
	Params map[string]any `toml:"params"`

	baseURLLine int // the line of base_url, for errors
}

// loadSiteConfig reads src/timeline.toml; a missing file gives the zero
// settings. An unknown key is an error naming its line (likely a typo).
func loadSiteConfig(src string) (siteConfig, error) {
	var c siteConfig
	path := filepath.Join(src, siteConfigFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, &content.Error{Path: path, Err: err}
	}
	dec := toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return siteConfig{}, tomlErrors(path, err)
	}
	c.baseURLLine = lineOf(b, "base_url")
	return c, nil
}

// tomlErrors turns go-toml's errors into content.Errors with lines.
func tomlErrors(path string, err error) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var errs content.Errors
		for _, e := range strict.Errors {
			row, _ := e.Position()
			key := strings.Join(e.Key(), ".")
			msg := fmt.Sprintf("unknown key %q", key)
			if s := suggestKey(key); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			errs = append(errs, &content.Error{Path: path, Line: row, Err: errors.New(msg)})
		}
		return errs
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, _ := de.Position()
		return &content.Error{Path: path, Line: row, Err: errors.New(decodeMessage(de))}
	}
	return &content.Error{Path: path, Err: err}
}

// decodeMessage words a go-toml decoding error for the user: a value of
// the wrong type names its key and the type wanted, not the Go struct field
// it was decoded into; other messages lose only go-toml's "toml: " prefix.
func decodeMessage(de *toml.DecodeError) string {
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	got, ok := strings.CutPrefix(msg, "cannot decode TOML ")
	if !ok || len(de.Key()) == 0 {
		return msg
	}
	got, _, _ = strings.Cut(got, " ")
	want := "another type"
	if i := strings.LastIndex(msg, " of type "); i >= 0 {
		switch t := msg[i+len(" of type "):]; {
		case t == "string":
			want = "a string in quotes"
		case strings.HasPrefix(t, "int"):
			want = "a whole number"
		case strings.HasPrefix(t, "map["):
			want = "a table"
		default:
			want = t
		}
	}
	return fmt.Sprintf("%s must be %s, not a TOML %s", strings.Join(de.Key(), "."), want, got)
}

// lineOf returns the 1-based line on which key is first set, or 0.
func lineOf(b []byte, key string) int {
	for i, l := range bytes.Split(b, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if bytes.HasPrefix(l, []byte(key)) {
			rest := bytes.TrimSpace(l[len(key):])
			if bytes.HasPrefix(rest, []byte("=")) {
				return i + 1
			}
		}
	}
	return 0
}

// suggestKey returns the known key closest to an unknown one, if it is
// close enough to be a likely typo, else "".
func suggestKey(key string) string {
	known := []string{"title", "description", "base_url", "language", "aliases", "aliases.people", "aliases.places"}
	best, bestD := "", 3
	for _, k := range known {
		if d := editDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
