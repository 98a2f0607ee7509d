package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// plainYAMLCases are frontmatter blocks for TestPlainYAML and the seeds of
// FuzzPlainYAML.
var plainYAMLCases = []struct {
	data  string
	plain bool // read by plainYAML, not left to yaml.v3
	why   string
}{
	{"title: \"Dam holds\"\ndate: 2025-04-18\n", true, "the usual frontmatter"},
	{"# a comment\n\ntitle: 'Dam holds'\npublisher: \"The Ledger\"\nslug: \"dam-holds-1\"\ndate: 2021-04-23\n", true, "comments, blank lines, single quotes"},
	{"authors: [\"Adam Taylor\", 'Ellen Francis']\ndate: 2025-04-17\n", true, "a list of quoted strings"},
	{"tags: []\ndate: 2025-04-17", true, "an empty list, no final line feed"},
	{"tags: [ \"a\" ,\"b\" ]\n", true, "spaces in a list"},
	{"draft: true\nx: False\ny: NULL\nz: null\n", true, "bools and nulls as yaml.v3 reads them"},
	{"title: Dam holds, [again] & more!\n", true, "a plain string with indicators inside"},
	{"title:    Zürich floods\n", true, "spaces after the colon, non-ASCII"},
	{"title: \"It's # here: yes\"\n", false, "a quote inside a quoted string"},
	{"title: \"a # b: c\"\n", true, "a comment mark and a colon inside a quoted string"},
	{"title: a\ntitle: b\n", true, "a key given twice"},
	{"date: 2021-02-30\n", false, "not a date: yaml.v3 reads a string"},
	{"date: 2021-4-3\n", false, "a date with short fields: left to yaml.v3"},
	{"count: 12\n", false, "a number"},
	{"title: a: b\n", false, "a colon and space in a plain string"},
	{"title: a #note\n", false, "a trailing comment"},
	{"title: a \n", false, "a trailing space"},
	{"title:\n  a\n", false, "a value on the next line"},
	{"tags:\n  - a\n", false, "a block list"},
	{"title: \"a\\tb\"\n", false, "an escape"},
	{"title: \"a\tb\"\n", false, "a tab"},
	{"title: \"a\"\r\n", false, "a carriage return"},
	{"title: \"a\u2028b\"\n", false, "a line separator"},
	{"title: yes\n", true, "yes is a string in YAML 1.2"},
	{"---\ntitle: a\n", false, "a document marker"},
	{"# only a comment\n", false, "no key: left to yaml.v3"},
	{"", false, "empty"},
	{"authors: [\"a\",]\n", false, "a trailing comma"},
	{"authors: [\"a\"] x\n", false, "text after a list"},
	{"title: [a]\n", false, "a list of plain strings"},
	{"a-b: x\n_c: y\n", true, "hyphen and underscore in keys"},
	{"title: {a: b}\n", false, "a mapping"},
	{"title: 'a''b'\n", false, "a doubled single quote"},
	{"title: ~\n", false, "a tilde"},
	{"title: \"a\u0085b\"\n", false, "a next-line character (a line break to yaml.v3)"},
	{"title: a\u00a0b 😀 ‘quoted’\n", true, "a no-break space, an emoji and curly quotes"},
	{"title: \"\ufeffa\"\n", false, "a byte order mark inside"},
	{"title: \"a\x7fb\"\n", false, "a DEL"},
	{"date: 2021-04-23\ndate: 2021-04-23T10:00:00Z\n", false, "a timestamp: left to yaml.v3"},
}

func TestPlainYAML(t *testing.T) {
	for _, c := range plainYAMLCases {
		got, ok := plainYAML([]byte(c.data), 3)
		if ok != c.plain {
			t.Errorf("%s: plainYAML(%q) ok = %v, want %v", c.why, c.data, ok, c.plain)
		}
		if ok {
			checkPlainYAML(t, []byte(c.data), got)
		}
	}
}

// checkPlainYAML checks that plainYAML's tree for data is yaml.v3's.
func checkPlainYAML(t *testing.T, data []byte, got *value) {
	t.Helper()
	want, errs := yamlNodeTree(data, 3)
	if len(errs) > 0 {
		t.Fatalf("plainYAML read %q, which yaml.v3 refuses: %v", data, errs[0].err)
	}
	opt := cmp.AllowUnexported(value{}, entry{})
	if d := cmp.Diff(want, got, opt); d != "" {
		t.Fatalf("plainYAML(%q) differs from yaml.v3 (-yaml.v3 +plainYAML):\n%s", data, d)
	}
}

// FuzzPlainYAML checks that whatever plainYAML reads, it reads as
// yaml.v3 does.
func FuzzPlainYAML(f *testing.F) {
	for _, c := range plainYAMLCases {
		f.Add([]byte(c.data))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, ok := plainYAML(data, 3); ok {
			checkPlainYAML(t, data, got)
		}
	})
}
