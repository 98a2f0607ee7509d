package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// Draft is what a new article starts with: its frontmatter.
type Draft struct {
	Title     string    // the headline; required
	Date      time.Time // the publication date; only its calendar day is used; required
	Publisher string    // optional
	URL       string    // the original article, optional; an absolute http(s) URL
}

// NewArticle writes a new article for d into source's content/ folder, named
// after a slug of its title, and returns the file's path. The file holds
// YAML frontmatter (title, date, and publisher and url when given), encoded
// by a YAML encoder so that any headline survives quoting, and an empty
// body for the editor to fill in.
//
// NewArticle never overwrites: when the file already exists it fails with
// an error wrapping fs.ErrExist. It creates content/ when missing.
func NewArticle(source string, d Draft) (string, error) {
	if source == "" {
		source = "."
	}
	title := strings.TrimSpace(d.Title)
	switch {
	case title == "":
		return "", errors.New("new article: the headline is empty")
	case strings.ContainsFunc(title, unicode.IsControl):
		return "", errors.New("new article: the headline holds a line break or another control character")
	case d.Date.IsZero():
		return "", errors.New("new article: no publication date")
	}
	if d.URL != "" {
		u, err := url.Parse(d.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return "", fmt.Errorf("new article: url %q is not an absolute http or https address", d.URL)
		}
	}
	slug := Slug(title)
	if slug == "" {
		slug = "article-" + d.Date.Format(time.DateOnly)
	}

	fm, err := frontmatterYAML(title, d)
	if err != nil {
		return "", fmt.Errorf("new article: %w", err)
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(fm)
	b.WriteString("---\n\n")

	dir := filepath.Join(source, "content")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("new article: %w", err)
	}
	path := filepath.Join(dir, slug+".md")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("new article: %s: %w (new never overwrites a file): edit it, or choose another headline", path, fs.ErrExist)
	}
	if err != nil {
		return "", fmt.Errorf("new article: %w", err)
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		f.Close()
		os.Remove(path)
		return "", fmt.Errorf("new article: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return "", fmt.Errorf("new article: %w", err)
	}
	return path, nil
}

// frontmatterYAML encodes the draft's fields, in a fixed order, strings
// double-quoted so that no YAML reader takes a headline such as "No" or
// "2025" for a boolean or a number.
func frontmatterYAML(title string, d Draft) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, value *yaml.Node) {
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, value)
	}
	str := func(s string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: yaml.DoubleQuotedStyle, Value: s}
	}
	add("title", str(title))
	add("date", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: d.Date.Format(time.DateOnly)})
	if p := strings.TrimSpace(d.Publisher); p != "" {
		add("publisher", str(p))
	}
	if d.URL != "" {
		add("url", str(d.URL))
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// maxSlug bounds a slug made from a headline, in bytes.
const maxSlug = 80

// Slug turns a headline into a file and page name: lower-case ASCII letters
// and digits separated by single hyphens, accents dropped ("Zelensky à
// Paris" → "zelensky-a-paris"), cut at a word boundary to at most 80 bytes.
// It returns "" when nothing is left (a headline in another script).
func Slug(headline string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(headline)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’':
			// accents and apostrophes join rather than split: "don't" → "dont"
		default:
			dash = true
		}
	}
	s := b.String()
	if len(s) > maxSlug {
		s = s[:maxSlug+1]
		if i := strings.LastIndexByte(s, '-'); i > 0 {
			s = s[:i]
		} else {
			s = s[:maxSlug]
		}
	}
	return s
}
