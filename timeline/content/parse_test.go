package content_test

import (
	"errors"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// checkSentences verifies the contract between Text, Sentences and HTML: ids
// are s1..sN in order, each sentence lies within Text, and the HTML element
// with that id holds exactly the sentence's text once tags are stripped and
// character references resolved.
func checkSentences(t testing.TB, a *content.Article) {
	t.Helper()
	if got := strings.Count(a.HTML, `<span class="s" id="`); got != len(a.Sentences) {
		t.Errorf("%s: HTML has %d sentence spans, Sentences has %d", a.Path, got, len(a.Sentences))
	}
	prevEnd := 0
	for i, s := range a.Sentences {
		if want := fmt.Sprintf("s%d", i+1); s.ID != want {
			t.Errorf("%s: sentence %d has id %q, want %q", a.Path, i, s.ID, want)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(a.Text) {
			t.Errorf("%s: sentence %s [%d,%d) out of order or outside Text (len %d, previous end %d)", a.Path, s.ID, s.Start, s.End, len(a.Text), prevEnd)
			continue
		}
		prevEnd = s.End
		got, ok := spanText(a.HTML, s.ID)
		if !ok {
			t.Errorf("%s: no element with id %q in HTML", a.Path, s.ID)
			continue
		}
		if want := a.Quote(s); got != want {
			t.Errorf("%s: element %s holds %q, Text[%d:%d] is %q", a.Path, s.ID, got, s.Start, s.End, want)
		}
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// spanText returns the plain text of the sentence element with the given id.
func spanText(h, id string) (string, bool) {
	open := `<span class="s" id="` + id + `">`
	i := strings.Index(h, open)
	if i < 0 {
		return "", false
	}
	rest := h[i+len(open):]
	j := strings.Index(rest, "</span>") // goldmark writes no spans of its own
	if j < 0 {
		return "", false
	}
	return html.UnescapeString(tagRE.ReplaceAllString(rest[:j], "")), true
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		file, title, date, publisher, original string
		authors                                []string
	}{
		{"zelensky-turns-to-europe.md", "Zelensky Turns to Europe After Talks With U.S. Officials", "2025-12-01", "The New York Times", "", nil},
		{"zelensky-seeks-european-backing-in-paris.md", "Zelensky Seeks European Backing in Paris as Washington Presses Peace Plan", "2025-12-01", "", "", nil},
		{"zelenskyy-and-macron-discuss-path-to-ceasefire.md", "Zelenskyy and Macron Meet in Paris to Discuss a Path to a Ceasefire", "2025-12-01", "", "", nil},
		{"rubio-and-witkoff-meet-allies-in-paris.md", "Rubio and Witkoff Meet European and Ukrainian Officials in Paris", "2025-04-18", "", "", nil},
		{"us-european-officials-meet-in-paris.md", "U.S., European officials meet in Paris over Ukraine amid rifts in approach", "2025-04-17", "The Spokesman-Review", "The Washington Post", []string{"Adam Taylor", "Ellen Francis"}},
	}
	files, _ := filepath.Glob("../../content/*.md")
	if len(files) != len(tests) {
		t.Errorf("content/ holds %d articles, want %d", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("../../content", tt.file)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := content.Parse(path, src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			m := a.Meta
			if m.Title != tt.title || m.Date.Format(time.DateOnly) != tt.date || m.Publisher != tt.publisher ||
				m.OriginalPublisher != tt.original || fmt.Sprint(m.Authors) != fmt.Sprint(tt.authors) {
				t.Errorf("meta = %q %s %q %q %q, want %q %s %q %q %q", m.Title, m.Date.Format(time.DateOnly), m.Publisher, m.OriginalPublisher, m.Authors,
					tt.title, tt.date, tt.publisher, tt.original, tt.authors)
			}
			if m.URL != "" {
				t.Errorf("url = %q: SEEDS.md says no address may be invented", m.URL)
			}
			if want := strings.TrimSuffix(tt.file, ".md"); a.Slug != want {
				t.Errorf("slug = %q, want %q", a.Slug, want)
			}
			if m.Date.Location() != time.UTC || m.Date.Hour() != 0 {
				t.Errorf("date %v is not midnight UTC", m.Date)
			}
			for _, bad := range []string{"appeared first on", "Arrow-right", "Spokane, Washington", "By Adam Taylor"} {
				if strings.Contains(a.Text, bad) {
					t.Errorf("text holds masthead or syndication line %q", bad)
				}
			}
			checkSentences(t, a)
			golden(t, filepath.Join("testdata", "golden", a.Slug+".html"), a.HTML)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		path   string
		src    string
		want   []string // every message, in order, as "path:line: ..." prefixes or substrings
		reason string
	}{
		{"empty", "a.md", "", []string{"a.md: empty file"},
			"an empty file has no date and no text"},
		{"blank", "a.md", "\n  \n\t\n", []string{"a.md: empty file"},
			"white space only is as empty as nothing"},
		{"no frontmatter", "a.md", "Just text.\n", []string{"a.md:1: no frontmatter"},
			"without frontmatter there is no publication date"},
		{"unclosed yaml", "a.md", "\n---\ntitle: x\ndate: 2025-01-01\n\nBody.\n", []string{"a.md:2: malformed frontmatter: the block opened here is never closed"},
			"a forgotten closing --- would swallow the article into the frontmatter"},
		{"unclosed toml", "a.md", "+++\ndate = 2025-01-01\n", []string{"a.md:1: malformed frontmatter: the block opened here is never closed (expected a +++ line)"},
			"TOML blocks close with +++"},
		{"missing date", "a.md", "---\ntitle: x\n---\nBody.\n", []string{"a.md:2: missing date"},
			"relative dates cannot be resolved without a publication date"},
		{"empty frontmatter", "a.md", "---\n---\nBody.\n", []string{"a.md:2: missing date"},
			"an empty block still lacks the date"},
		{"malformed date", "a.md", "---\ntitle: x\ndate: 1 December 2025\n---\nBody.\n", []string{`a.md:3: date "1 December 2025" is not a date`},
			"only ISO dates are unambiguous"},
		{"impossible date", "a.md", "---\ndate: 2025-02-30\n---\nBody.\n", []string{`a.md:2: date "2025-02-30" is not a date`},
			"a day that does not exist is a typo"},
		{"date list", "a.md", "---\ndate: [2025-01-01]\n---\nBody.\n", []string{"a.md:2: date must be a single value"},
			"one article has one publication date"},
		{"malformed yaml", "a.md", "---\ntitle: x\ndate: 2025-01-01\nauthors: [a, b\n---\nBody.\n", []string{"malformed YAML frontmatter: did not find expected ',' or ']'"},
			"a YAML syntax error is reported (yaml.v3 names the line where the flow list began, give or take one)"},
		{"comments only", "a.md", "---\n# title: x\n# date: 2025-01-01\n---\nBody.\n", []string{"a.md:2: missing date"},
			"a block of comments is an empty block"},
		{"malformed yaml with an ellipsis", "a.md", "---\ntitle: Wait...\n  date: 2025-01-01\n---\nBody.\n", []string{"a.md:3: malformed YAML frontmatter"},
			"an error is reported the same way whichever way the block is decoded"},
		{"yaml bad indent", "a.md", "---\ntitle: x\n  date: 2025-01-01\n---\nBody.\n", []string{"a.md:3: malformed YAML frontmatter"},
			"the line of a YAML syntax error is the file's line, not the block's"},
		{"unknown key", "a.md", "---\ntitle: x\ndate: 2025-01-01\npublisehr: NYT\n---\nBody.\n", []string{`a.md:4: unknown frontmatter key "publisehr" (did you mean "publisher"?)`},
			"a typo in a key would silently drop the value"},
		{"unknown key far", "a.md", "---\ndate: 2025-01-01\ncolour: red\n---\nBody.\n", []string{`a.md:3: unknown frontmatter key "colour" (known keys: title, date`},
			"with no close key, list the known ones"},
		{"duplicate key", "a.md", "---\ndate: 2025-01-01\ntitle: a\ntitle: b\n---\nBody.\n", []string{`a.md:4: key "title" given twice (first on line 3)`},
			"which title wins would be a guess"},
		{"every problem", "a.md", "---\ntitel: x\ndate: someday\nslug: ../../etc\ndraft: maybe\n---\nBody.\n", []string{
			`a.md:2: unknown frontmatter key "titel" (did you mean "title"?)`,
			`a.md:3: date "someday" is not a date`,
			`a.md:4: slug "../../etc" is not allowed`,
			`a.md:5: draft must be true or false`},
			"every problem of a file is reported in one run, in line order"},
		{"slug escape", "a.md", "---\ndate: 2025-01-01\nslug: ../index\n---\nBody.\n", []string{`a.md:3: slug "../index" is not allowed`},
			"a slug is a folder name under the output; it must not climb out"},
		{"slug upper", "a.md", "---\ndate: 2025-01-01\nslug: Foo_Bar\n---\nBody.\n", []string{`a.md:3: slug "Foo_Bar" is not allowed: use only lower-case letters a-z, digits and single hyphens (e.g. "foo-bar")`},
			"slugs are URL path segments: lower case, no underscores"},
		{"slug from bad name", "content/___.md", "---\ndate: 2025-01-01\n---\nBody.\n", []string{`content/___.md: cannot derive a slug`},
			"a file name with no letters or digits gives no slug"},
		{"url javascript", "a.md", "---\ndate: 2025-01-01\nurl: javascript:alert(1)\n---\nBody.\n", []string{`a.md:3: url "javascript:alert(1)" is not an absolute http or https address`},
			"the original address is linked from pages; only web addresses are safe"},
		{"authors map", "a.md", "---\ndate: 2025-01-01\nauthors: {a: b}\n---\nBody.\n", []string{"a.md:3: authors must be a list"},
			"authors are names"},
		{"non-utf8", "a.md", "---\ndate: 2025-01-01\n---\nCaf\xe9 au lait.\nOK.\n\xff\n", []string{"a.md:4: not UTF-8: byte 0xe9 at column 4", "a.md:6: not UTF-8: byte 0xff at column 1"},
			"Latin-1 files must be converted; every bad line is named"},
		{"toml unknown key", "a.toml.md", "+++\ndate = 2025-01-01\ntags = [\"a\"]\nautor = \"x\"\n+++\nBody.\n", []string{`a.toml.md:4: unknown frontmatter key "autor" (did you mean "authors"?)`},
			"TOML keys are checked like YAML keys, with the file's line"},
		{"toml malformed", "a.md", "+++\ndate = 2025-01-01\ntitle = \"x\n+++\nBody.\n", []string{"a.md:3: malformed TOML frontmatter"},
			"a TOML syntax error is reported with its line"},
		{"toml bad date", "a.md", "+++\ndate = \"yesterday\"\n+++\nBody.\n", []string{`a.md:2: date "yesterday" is not a date`},
			"TOML dates are checked like YAML dates"},
		{"toml table", "a.md", "+++\ndate = 2025-01-01\n[params]\nx = 1\n+++\nBody.\n", []string{`a.md:3: unknown frontmatter key "params"`},
			"Hugo-style params tables are not part of the schema"},
		{"event bad date", "a.md", "---\ndate: 2025-12-01\nevents:\n  - sentence: s1\n    date: 2025-13-01\n---\nIt rained on Monday.\n", []string{`a.md:5: event date "2025-13-01" is not a date`},
			"a correction with an impossible date would publish a wrong date"},
		{"event unknown key", "a.md", "---\ndate: 2025-12-01\nevents:\n  - sentence: s1\n    dat: 2025-11-30\n---\nIt rained on Monday.\n", []string{
			`a.md:4: an events entry that matches a mention must correct its date or title`,
			`a.md:5: unknown key "dat" in an events entry (did you mean "date"?)`},
			"a typo inside an entry is as silent as one at top level"},
		{"event new needs title", "a.md", "---\ndate: 2025-12-01\nevents:\n  - date: 2025-11-30\n---\nIt rained.\n", []string{`a.md:4: an events entry without sentence or expression adds a new event and needs both date and title`},
			"an added event needs a name to be shown"},
		{"event bad sentence id", "a.md", "---\ndate: 2025-12-01\nevents:\n  - sentence: 4\n    date: 2025-11-30\n---\nIt rained.\n", []string{`a.md:4: sentence "4" is not a sentence id such as s4`},
			"sentence ids are the page's element ids"},
		{"event missing sentence", "a.md", "---\ndate: 2025-12-01\nignore:\n  - sentence: s9\n---\nIt rained.\n", []string{`a.md:4: sentence s9 does not exist: the article has 1 sentence (s1)`},
			"a dangling correction would silently do nothing; one sentence, not '1 sentences'"},
		{"event missing sentence of two", "a.md", "---\ndate: 2025-12-01\nignore:\n  - sentence: s9\n---\nIt rained. It stopped.\n", []string{`a.md:4: sentence s9 does not exist: the article has 2 sentences (s1 to s2)`},
			"the plural, with the range of ids"},
		{"event missing sentence of none", "a.md", "---\ndate: 2025-12-01\nignore:\n  - sentence: s1\n---\n# Only a heading\n", []string{`a.md:4: sentence s1 does not exist: the article has no sentences`},
			"no range s1 to s0"},
		{"ignore empty", "a.md", "---\ndate: 2025-12-01\nignore:\n  - {}\n---\nIt rained.\n", []string{`a.md:4: an ignore entry needs a sentence`},
			"an ignore entry that matches nothing is a mistake"},
		{"events not list", "a.md", "---\ndate: 2025-12-01\nevents: s4\n---\nIt rained.\n", []string{`a.md:3: events must be a list of entries`},
			"events is a list"},
		{"yaml alias", "a.md", "---\nd: &d 2025-01-01\ndate: *d\n---\nA.\n", []string{
			`a.md:2: unknown frontmatter key "d"`,
			`a.md:3: YAML alias *d is not supported`,
			`a.md:3: date is empty`},
			"aliases are refused: expanding them can blow up a small file"},
		{"yaml list root", "a.md", "---\n- a\n---\nA.\n", []string{`a.md:2: frontmatter must be a set of key: value lines, not a list`},
			"frontmatter is a mapping"},
		{"toml duplicate", "a.md", "+++\ndate = 2025-12-01\ndate = 2025-12-02\n+++\nA.\n", []string{`a.md:3: malformed TOML frontmatter: key date is already defined`},
			"TOML forbids a key twice"},
		{"toml dotted", "a.md", "+++\ndate = 2025-12-01\nsite.title = \"x\"\n+++\nA.\n", []string{`a.md:3: unknown frontmatter key "site.title"`},
			"dotted keys are nested tables, not part of the schema"},
		{"toml inline events", "a.md", "+++\ndate = 2025-12-01\nevents = [{sentence = \"s1\", datum = \"x\"},\n  {title = \"T\"}]\n+++\nA.\n", []string{
			`a.md:3: unknown key "datum" in an events entry (did you mean "date"?)`,
			`a.md:3: an events entry that matches a mention must correct its date or title`,
			`a.md:4: an events entry without sentence or expression adds a new event and needs both date and title`},
			"inline tables carry their own lines"},
		{"toml events", "a.md", "+++\ndate = 2025-12-01\n\n[[ignore]]\nsentence = \"s1\"\n\n[[ignore]]\nexpresion = \"Monday\"\n+++\nIt rained.\n", []string{
			`a.md:7: an ignore entry needs a sentence`,
			`a.md:8: unknown key "expresion" in an ignore entry (did you mean "expression"?)`},
			"TOML array tables carry their own lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := content.Parse(tt.path, []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse succeeded (slug %q), want errors %q\nreason: %s", a.Slug, tt.want, tt.reason)
			}
			if a != nil {
				t.Errorf("Parse returned an article with errors")
			}
			var errs content.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("error is %T, want content.Errors", err)
			}
			for _, e := range errs {
				if e.Path != tt.path {
					t.Errorf("error %q has path %q, want %q", e, e.Path, tt.path)
				}
			}
			if len(errs) != len(tt.want) {
				t.Fatalf("got %d errors, want %d:\n%v\nreason: %s", len(errs), len(tt.want), err, tt.reason)
			}
			for i, w := range tt.want {
				if got := errs[i].Error(); !strings.HasPrefix(got, w) && !strings.Contains(got, w) {
					t.Errorf("error %d = %q, want it to contain %q\nreason: %s", i, got, w, tt.reason)
				}
			}
		})
	}
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name, path, src string
		check           func(t *testing.T, a *content.Article)
		reason          string
	}{
		{"rfc3339 date", "x.md", "---\ndate: 2025-12-01T23:30:00-05:00\n---\nText.\n", func(t *testing.T, a *content.Article) {
			if got := a.Meta.Date; !got.Equal(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("date = %v", got)
			}
		}, "a timestamp keeps the calendar date it names, as midnight UTC"},
		{"quoted date", "x.md", "---\ndate: \"2025-12-01\"\n---\nText.\n", func(t *testing.T, a *content.Article) {
			if a.Meta.Date.Day() != 1 {
				t.Errorf("date = %v", a.Meta.Date)
			}
		}, "quoting a date in YAML is harmless"},
		{"toml", "My Article.md", "+++\ntitle = \"T\"\ndate = 2025-12-01\nauthors = [\"A\", \"B\"]\ndraft = true\n\n[[events]]\nsentence = \"s1\"\ndate = \"2025-11-30\"\n+++\nText.\n", func(t *testing.T, a *content.Article) {
			if a.Meta.Title != "T" || !a.Meta.Draft || len(a.Meta.Authors) != 2 || a.Slug != "my-article" {
				t.Errorf("meta = %+v slug %q", a.Meta, a.Slug)
			}
			if len(a.Meta.Events) != 1 || a.Meta.Events[0].Line != 7 || a.Meta.Events[0].Date != "2025-11-30" {
				t.Errorf("events = %+v", a.Meta.Events)
			}
		}, "TOML frontmatter fills the same struct, entries carry their lines"},
		{"yaml events lines", "x.md", "---\ndate: 2025-12-01\nevents:\n  - sentence: s1\n    date: 2025-W48-WE\n  - title: Talks\n    date: 2025-11\nignore:\n  - expression: Monday\n---\nIt rained on Monday.\n", func(t *testing.T, a *content.Article) {
			if len(a.Meta.Events) != 2 || a.Meta.Events[0].Line != 4 || a.Meta.Events[1].Line != 6 || a.Meta.Events[1].Title != "Talks" {
				t.Errorf("events = %+v", a.Meta.Events)
			}
			if len(a.Meta.Ignore) != 1 || a.Meta.Ignore[0].Line != 9 || a.Meta.Ignore[0].Expression != "Monday" {
				t.Errorf("ignore = %+v", a.Meta.Ignore)
			}
		}, "editors' corrections keep their file lines for the events stage's errors"},
		{"document markers in values", "x.md", "---\ndate: 2025-12-01\ntitle: \"Wait... for it --- now\"\npublisher: A...B\n---\nText.\n", func(t *testing.T, a *content.Article) {
			if a.Meta.Title != "Wait... for it --- now" || a.Meta.Publisher != "A...B" {
				t.Errorf("title %q publisher %q", a.Meta.Title, a.Meta.Publisher)
			}
		}, "'...' and '---' inside a value are text, not YAML document markers"},
		{"bom crlf", "x.md", "\uFEFF---\r\ndate: 2025-12-01\r\ntitle: T\r\n---\r\nOne.\r\nTwo.\r\n", func(t *testing.T, a *content.Article) {
			if a.Meta.Title != "T" || len(a.Sentences) != 2 || a.Quote(a.Sentences[1]) != "Two." {
				t.Errorf("title %q sentences %d text %q", a.Meta.Title, len(a.Sentences), a.Text)
			}
		}, "files saved on Windows, with a byte-order mark and CRLF, read the same"},
		{"soft breaks", "x.md", "---\ndate: 2025-12-01\n---\nOne line\nwrapped *here\nand* there.\n", func(t *testing.T, a *content.Article) {
			if a.Text != "One line wrapped here and there." {
				t.Errorf("text = %q", a.Text)
			}
		}, "a wrapped line reads as one line: soft breaks are spaces in the text"},
		{"headings skipped", "x.md", "---\ndate: 2025-12-01\n---\n# Title. Really.\n\nBody one. Body two.\n\n```\ncode. more.\n```\n", func(t *testing.T, a *content.Article) {
			if a.Text != "Body one. Body two." || len(a.Sentences) != 2 {
				t.Errorf("text = %q, %d sentences", a.Text, len(a.Sentences))
			}
			if !strings.Contains(a.HTML, "<h1>Title. Really.</h1>") || !strings.Contains(a.HTML, "<pre><code>code. more.\n</code></pre>") {
				t.Errorf("html = %s", a.HTML)
			}
		}, "headings and code are not sentences of the report"},
		{"boundary inside emphasis", "x.md", "---\ndate: 2025-12-01\n---\nHe said *stop. Now* and left. Then rain.\n", func(t *testing.T, a *content.Article) {
			if len(a.Sentences) < 2 || a.Quote(a.Sentences[0]) != "He said stop. Now and left." {
				t.Errorf("sentences = %q", quotes(a))
			}
		}, "a boundary inside an inline element moves to its end so the HTML stays whole"},
		{"blocks", "x.md", "---\ndate: 2025-12-01\n---\n- One.\n- Two. Three.\n\n> Quoted.\n", func(t *testing.T, a *content.Article) {
			if a.Text != "One.\n\nTwo. Three.\n\nQuoted." || len(a.Sentences) != 4 {
				t.Errorf("text = %q sentences %q", a.Text, quotes(a))
			}
		}, "list items and quotes are blocks of text, separated by blank lines"},
		{"escapes and entities", "x.md", "---\ndate: 2025-12-01\n---\nAT&T paid \\*5\\* &amp; &copy; 2025 `a<b`. Done.\n", func(t *testing.T, a *content.Article) {
			if a.Text != "AT&T paid *5* & © 2025 a<b. Done." {
				t.Errorf("text = %q", a.Text)
			}
		}, "the text is what a reader sees, not the Markdown source"},
		{"hard break", "x.md", "---\ndate: 2025-12-01\n---\nLine one  \nline two.\n", func(t *testing.T, a *content.Article) {
			if a.Text != "Line one\nline two." || !strings.Contains(a.HTML, "<br>") {
				t.Errorf("text = %q html %s", a.Text, a.HTML)
			}
		}, "a hard break stays a line break"},
		{"link reference definitions", "x.md", "---\ndate: 2025-12-01\n---\n[src]: https://example.com/a \"A\"\nThe [report][src] came out. It rained.\n\nNo link [here] at all.\n\n  [two]: https://example.com/b\n\nSee [two].\n", func(t *testing.T, a *content.Article) {
			if a.Text != "The report came out. It rained.\n\nNo link [here] at all.\n\nSee two." {
				t.Errorf("text = %q", a.Text)
			}
			if !strings.Contains(a.HTML, `<a href="https://example.com/a" title="A">report</a>`) || !strings.Contains(a.HTML, `<a href="https://example.com/b">two</a>`) || strings.Contains(a.HTML, "]:") {
				t.Errorf("html = %s", a.HTML)
			}
		}, "a link reference definition, at a paragraph's start or alone and indented, is taken out and names its links' target"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := content.Parse(tt.path, []byte(tt.src))
			if err != nil {
				t.Fatalf("Parse: %v\nreason: %s", err, tt.reason)
			}
			tt.check(t, a)
			checkSentences(t, a)
		})
	}
}

func quotes(a *content.Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, a.Quote(s))
	}
	return out
}

// TestOwnArticles parses articles written for these tests about other events,
// in both frontmatter syntaxes, and compares their HTML with golden files.
func TestOwnArticles(t *testing.T) {
	tests := []struct {
		file, slug, title, date string
		fixes, ignores          int
		reason                  string
	}{
		{"valencia-floods.md", "valencia-floods", "Flash floods hit the Valencia region", "2024-10-31", 0, 1,
			"TOML frontmatter, a heading, a list, a quote, a link, code and a hard break"},
		{"city-budget-vote.md", "city-budget-vote", "Council approves city budget after a late-night session", "2025-03-14", 2, 1,
			"YAML frontmatter with a timestamp date and corrections, an ordered list, a link title and an autolink"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "articles", tt.file)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := content.Parse(path, src)
			if err != nil {
				t.Fatalf("Parse: %v\nreason: %s", err, tt.reason)
			}
			if a.Slug != tt.slug || a.Meta.Title != tt.title || a.Meta.Date.Format(time.DateOnly) != tt.date ||
				len(a.Meta.Events) != tt.fixes || len(a.Meta.Ignore) != tt.ignores {
				t.Errorf("got slug %q title %q date %s, %d fixes, %d ignores", a.Slug, a.Meta.Title, a.Meta.Date.Format(time.DateOnly), len(a.Meta.Events), len(a.Meta.Ignore))
			}
			checkSentences(t, a)
			assertInert(t, a.HTML)
			golden(t, filepath.Join("testdata", "golden", a.Slug+".html"), a.HTML)
			var b strings.Builder
			for _, s := range a.Sentences {
				fmt.Fprintf(&b, "%s\t%s\n", s.ID, a.Quote(s))
			}
			golden(t, filepath.Join("testdata", "golden", a.Slug+".sentences"), b.String())
		})
	}
}

// golden compares got with the file at path, rewriting it under -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./timeline/content -update)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s; if the change is intended (e.g. a better sentence splitter), run go test ./timeline/content -update and review the diff", path)
	}
}

func TestUntitled(t *testing.T) {
	for _, tc := range []struct{ path, src, want, why string }{
		{"a.md", "---\ndate: 2024-06-11\n---\nThe count finished on Monday.\n", "The count finished on Monday", "a short first sentence, without its full stop"},
		{"a.md", "---\ndate: 2024-06-11\n---\nOne two three four five six seven eight nine ten eleven twelve thirteen.\n", "One two three four five six seven eight nine ten …", "a long one is cut"},
		{"dam-holds.md", "---\ndate: 2024-06-11\n---\n# Only a heading\n", "Dam holds", "no sentence: the file name in words"},
		{"a.md", "---\ndate: 2024-06-11\ntitle: Given\n---\nText.\n", "Given", "a title given is kept"},
	} {
		a, err := content.Parse(tc.path, []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if a.Meta.Title != tc.want || a.Meta.Untitled != (tc.want != "Given") {
			t.Errorf("%q: title %q (untitled %v), want %q (%s)", tc.src, a.Meta.Title, a.Meta.Untitled, tc.want, tc.why)
		}
	}
}

func TestJoin(t *testing.T) {
	a := &content.Error{Path: "a.md", Line: 1, Err: errors.New("one")}
	b := &content.Error{Path: "b.md", Line: 2, Err: errors.New("two")}
	c := &content.Error{Path: "c.md", Line: 3, Err: errors.New("three")}
	run := errors.New("disk full")
	for _, tc := range []struct {
		name string
		errs []error
		want error // Errors compared by their problems, others by identity
	}{
		{"nothing", nil, nil},
		{"only nils", []error{nil, nil}, nil},
		{"one problem, one Errors: flattened in order", []error{a, nil, content.Errors{b, c}}, content.Errors{a, b, c}},
		{"a wrapped problem counts", []error{fmt.Errorf("page: %w", a)}, content.Errors{a}},
		{"a run's failure wins, as it is", []error{a, run, b}, run},
	} {
		got := content.Join(tc.errs...)
		if want, ok := tc.want.(content.Errors); ok {
			es, ok := got.(content.Errors)
			if !ok || len(es) != len(want) {
				t.Errorf("%s: Join = %v, want %v", tc.name, got, want)
				continue
			}
			for i := range want {
				if es[i] != want[i] {
					t.Errorf("%s: problem %d is %v, want %v", tc.name, i, es[i], want[i])
				}
			}
		} else if got != tc.want {
			t.Errorf("%s: Join = %v, want %v", tc.name, got, tc.want)
		}
	}
}
