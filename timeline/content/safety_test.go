package content_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/corpus"
)

var (
	tagOrComment = regexp.MustCompile(`^(?:<!-- raw HTML omitted -->|<(/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*/?>)`)
	attrRE       = regexp.MustCompile(`([a-z-]+)(?:="([^"]*)")?`)
	allowedTags  = map[string]bool{
		"p": true, "ul": true, "ol": true, "li": true, "em": true, "strong": true, "a": true,
		"code": true, "pre": true, "blockquote": true, "h1": true, "h2": true, "h3": true,
		"h4": true, "h5": true, "h6": true, "hr": true, "br": true, "img": true, "span": true,
	}
	allowedAttrs = map[string]bool{"href": true, "src": true, "alt": true, "title": true, "class": true, "id": true, "start": true}
)

// assertInert fails unless every tag in h is a plain formatting tag of
// goldmark's CommonMark output, with no event handler attribute and no link
// or image target a browser would run as script.
func assertInert(t *testing.T, h string) {
	t.Helper()
	for i := 0; i < len(h); i++ {
		if h[i] != '<' {
			continue
		}
		m := tagOrComment.FindStringSubmatch(h[i:])
		if m == nil {
			t.Errorf("live or unknown markup at %d: %q", i, h[i:min(len(h), i+60)])
			continue
		}
		if m[2] != "" && !allowedTags[m[2]] {
			t.Errorf("tag <%s> is not allowed: %q", m[2], m[0])
		}
		for _, a := range attrRE.FindAllStringSubmatch(m[3], -1) {
			name, val := a[1], html.UnescapeString(a[2])
			if !allowedAttrs[name] {
				t.Errorf("attribute %s is not allowed: %q", name, m[0])
			}
			if name == "href" || name == "src" {
				// Normalise as a browser does: strip leading and trailing
				// control characters and spaces, drop tabs and newlines.
				v := strings.TrimFunc(val, func(r rune) bool { return r <= ' ' })
				v = strings.Map(func(r rune) rune {
					if r == '\t' || r == '\n' || r == '\r' {
						return -1
					}
					return r
				}, v)
				v = strings.ToLower(v)
				for _, bad := range []string{"javascript:", "vbscript:", "data:text", "data:application", "file:"} {
					if strings.HasPrefix(v, bad) {
						t.Errorf("%s=%q would run: %q", name, val, m[0])
					}
				}
			}
		}
		i += len(m[0]) - 1
	}
}

func TestNoLiveMarkup(t *testing.T) {
	tests := []struct {
		name, body, reason string
	}{
		{"script block", "<script>alert(1)</script>\n", "an HTML block is omitted with raw HTML off"},
		{"script inline", "Hello <script>alert(1)</script> world.", "inline HTML is omitted"},
		{"onerror", `Look <img src=x onerror="alert(1)"> here.`, "an event handler attribute never reaches the page"},
		{"onerror block", "<img src=x onerror=alert(1)>\n", "an HTML block with a handler is omitted"},
		{"iframe", "<iframe src=\"javascript:alert(1)\"></iframe>", "frames are HTML too"},
		{"svg", "<svg onload=alert(1)>", "svg is HTML too"},
		{"js link", "[click](javascript:alert(1))", "goldmark drops dangerous link targets"},
		{"js link upper", "[click](JaVaScRiPt:alert(1))", "the scheme check ignores case"},
		{"js link entity", "[click](java&#115;cript:alert(1))", "character references are resolved before the check"},
		{"js link entity named", "[click](javascript&colon;alert(1))", "named references too"},
		{"js link angle", "[click](<javascript:alert(1)>)", "the angle-bracket form of a destination"},
		{"js link space", "[click](< javascript:alert(1)>)", "a leading space that a browser would strip"},
		{"js link tab", "[click](<java\tscript:alert(1)>)", "a tab that a browser would drop"},
		{"js autolink", "<javascript:alert(1)>", "autolinks are links"},
		{"js reference", "[click][x]\n\n[x]: javascript:alert(1)", "reference definitions are links"},
		{"js image", "![x](javascript:alert(1))", "image sources are checked like links"},
		{"vbscript", "[x](vbscript:msgbox(1))", "other script schemes"},
		{"data html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data: documents can hold script"},
		{"title quote", `[x](https://example.org "a\" onmouseover=\"alert(1)")`, "a link title cannot break out of its attribute"},
		{"alt quote", `![a" onerror="alert(1)](x.png)`, "image alt text cannot break out of its attribute"},
		{"emphasis script", "*<script>alert(1)</script>*", "raw HTML inside inline markup"},
		{"code", "`<script>alert(1)</script>`", "code spans show HTML as text"},
		{"fenced", "```\n<script>alert(1)</script>\n```", "code blocks show HTML as text"},
		{"entity script", "&lt;script&gt;alert(1)&lt;/script&gt;", "escaped HTML stays escaped"},
		{"attribute syntax", "Text {onclick=alert(1)}\n\n## H {onclick=alert(1)}", "goldmark's attribute extension is off"},
		{"comment", "<!-- --><script>alert(1)</script> -->", "comments are raw HTML"},
		{"processing", "<?php echo 1; ?><script>x</script>", "processing instructions are raw HTML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2025-12-01\n---\n" + tt.body + "\n"
			a, err := content.Parse("x.md", []byte(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			assertInert(t, a.HTML)
			if t.Failed() {
				t.Logf("reason: %s\nHTML: %s", tt.reason, a.HTML)
			}
			checkSentences(t, a)
		})
	}
}

func TestHashAndPurity(t *testing.T) {
	src := []byte("---\ndate: 2025-12-01\n---\nOne. Two *three.* Four.\n")
	sum := sha256.Sum256(src)
	a, err := content.Parse("x.md", src)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("Hash = %s, want the hex SHA-256 of the bytes", a.Hash)
	}
	// The same bytes give the same article, also when parsed concurrently.
	files, _ := filepath.Glob("../../content/*.md")
	var wg sync.WaitGroup
	want := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := content.Parse(f, b)
		if err != nil {
			t.Fatal(err)
		}
		want[f] = a.HTML + "\x00" + a.Text
	}
	for range 4 {
		for _, f := range files {
			wg.Go(func() {
				b, _ := os.ReadFile(f)
				a, err := content.Parse(f, b)
				if err != nil {
					t.Error(err)
					return
				}
				if a.HTML+"\x00"+a.Text != want[f] {
					t.Errorf("%s: concurrent parse differs", f)
				}
			})
		}
	}
	wg.Wait()
}

// FuzzParse checks that Parse never panics, that a failure is always a
// content.Errors naming the file, and that on success the sentences tile the
// text consistently with the HTML.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../content/*.md")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"",
		"---\ndate: 2025-12-01\n---\nOne. Two.\n",
		"+++\ndate = 2025-12-01\n[[events]]\nsentence = \"s1\"\ndate = \"2025-11-30\"\n+++\nIt rained on Sunday.\n",
		"---\ndate: 2025-12-01\n---\nHe said *stop. Now* and [left. Then](https://x.org) rain.  \nNext line `a. b` c.\n",
		"---\ndate: 2025-12-01\n---\n- a. b\n- c\n\n> d. e\n\n# h. i\n\n1. x\n2. y\n\n![i. j](k.png) l.\n",
		"---\ndate: 2025-12-01\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) &amp; &#0; \\* <b>q</b>.\n",
		"---\ndate: x\nevents: [{sentence: s0}]\nignore: 3\n---\n",
		"---\n---\n",
		"\uFEFF---\r\ndate: 2025-12-01\r\n---\r\nA.\r\nB.\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := content.Parse("f.md", src)
		if err != nil {
			var errs content.Errors
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty content.Errors", err, err)
			}
			for _, e := range errs {
				if e.Path != "f.md" || e.Line < 0 {
					t.Fatalf("error %q: path %q line %d", e, e.Path, e.Line)
				}
			}
			if a != nil {
				t.Fatal("article returned with errors")
			}
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("Text is not UTF-8: %q", a.Text)
		}
		checkSentences(t, a)
	})
}

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("../../content/*.md")
	var srcs [][]byte
	size := 0
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, s)
		size += len(s)
	}
	if len(srcs) == 0 {
		b.Skip("no articles in ../../content")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, s := range srcs {
			if _, err := content.Parse(files[i], s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseCorpus measures Parse over generated articles (the seeds
// with shifted dates and varied publishers, as cmd/gencorpus writes them);
// one op is one article.
//
//	go test -run XXX -bench ParseCorpus -benchmem ./timeline/content
func BenchmarkParseCorpus(b *testing.B) {
	files, err := corpus.Articles(500, corpus.Options{SeedDir: filepath.Join("..", "..", "content")})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	cpu := processCPU()
	for b.Loop() {
		f := files[i%len(files)]
		if _, err := content.Parse(f.Name, f.Data); err != nil {
			b.Fatal(err)
		}
		i++
	}
	if cpu > 0 {
		b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkParseSumCorpus is BenchmarkParseCorpus as the build parses:
// through ParseSum, with each file's SHA-256 taken beforehand (the build
// takes it once for its cache key too), so that only the parse is timed.
//
//	go test -run XXX -bench ParseSumCorpus -benchmem ./timeline/content
func BenchmarkParseSumCorpus(b *testing.B) {
	files, err := corpus.Articles(500, corpus.Options{SeedDir: filepath.Join("..", "..", "content")})
	if err != nil {
		b.Fatal(err)
	}
	sums := make([][sha256.Size]byte, len(files))
	for i, f := range files {
		sums[i] = sha256.Sum256(f.Data)
	}
	b.ReportAllocs()
	i := 0
	cpu := processCPU()
	for b.Loop() {
		k := i % len(files)
		if _, err := content.ParseSum(files[k].Name, files[k].Data, sums[k]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	if cpu > 0 {
		b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
	}
}
