package content

import (
	"bytes"
	"fmt"
	"reflect"
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

// FuzzSimpleYAML holds simpleYAML, whenever it reads a block, to the tree
// the YAML parser gives for it.
func FuzzSimpleYAML(f *testing.F) {
	for _, s := range []string{
		"# Generated\ntitle: \"Rubio and Witkoff (1)\"\ndate: 2021-04-23\npublisher: \"The Calloway Ledger\"\nslug: \"a-b\"\n",
		"title: Plain Title, with (parts) & more.\ndraft: true\n\ndate: 2024-02-30\n",
		"title: True\npublisher: null\nx: \"a\\\"b\"\n",
		"a: 1\n",
		"title: \"é ü\"   \r\n",
		"tags: [a, b]\n",
		"title: x\ntitle: y\n",
		"publisher: O’Brien & Sons (Ltd.), A/B - x\nauthors: Ünïcode Näme\n",
		"title: x - y\nurl: \"https://example.org/a?b=c#d\"\ndraft: false\n",
		"",
	} {
		f.Add([]byte(s), 3)
	}
	f.Fuzz(func(t *testing.T, data []byte, base int) {
		got, ok := simpleYAML(data, base)
		if !ok {
			return
		}
		want, errs := parseYAML(data, base)
		if len(errs) > 0 {
			t.Fatalf("simpleYAML(%q) read a block the YAML parser refuses: %v", data, errs[0].err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("simpleYAML(%q) =\n%s\nthe YAML parser gives\n%s", data, dumpValue(got), dumpValue(want))
		}
	})
}

func dumpValue(v *value) string {
	if v == nil {
		return "nil"
	}
	s := fmt.Sprintf("{line %d kind %d str %q tag %q", v.line, v.kind, v.str, v.tag)
	for _, it := range v.items {
		s += " item " + dumpValue(it)
	}
	for _, e := range v.keys {
		s += fmt.Sprintf(" key %q@%d=%s", e.key, e.line, dumpValue(e.val))
	}
	return s + "}"
}
