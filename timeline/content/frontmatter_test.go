package content

import (
	"bytes"
	"testing"

	"github.com/adrg/frontmatter"
)

// FuzzSplitFrontmatter holds splitFrontmatter to what adrg/frontmatter, which
// Parse used before, finds in the same text: the same kind, block and body.
func FuzzSplitFrontmatter(f *testing.F) {
	for _, s := range []string{
		"---\ndate: 2025-01-01\n---\nBody.\n",
		"\n  \n---yaml\na: 1\n  ---  \nBody",
		"+++\ndate = 2025-01-01\n+++",
		"---toml\na = 1\n---\n\nx",
		"---\nnever closed\n",
		"---",
		"text first\n---\na: 1\n---\n",
		"---\r\na: 1\r\n---\r\nBody\r\n",
		"\u00a0---\u00a0\na: 1\n---\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		var kind string
		var data []byte
		capture := func(k string) frontmatter.UnmarshalFunc {
			return func(b []byte, _ any) error {
				kind, data = k, bytes.Clone(b)
				return nil
			}
		}
		body, err := frontmatter.Parse(bytes.NewReader(text), nil,
			frontmatter.NewFormat("---", "---", capture("yaml")),
			frontmatter.NewFormat("---yaml", "---", capture("yaml")),
			frontmatter.NewFormat("+++", "+++", capture("toml")),
			frontmatter.NewFormat("---toml", "---", capture("toml")),
		)
		if err != nil {
			t.Fatalf("adrg/frontmatter: %v", err)
		}
		k, d, b := splitFrontmatter(text)
		if k != kind || !bytes.Equal(d, data) || !bytes.Equal(b, body) {
			t.Fatalf("splitFrontmatter(%q) = %q, %q, %q; adrg/frontmatter: %q, %q, %q", text, k, d, b, kind, data, body)
		}
	})
}
