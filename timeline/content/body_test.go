package content

import (
	"bytes"
	"testing"

	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// rawWrites returns what goldmark's default writer and textWriter write
// for src with RawWrite.
func rawWrites(src []byte) (want, got string) {
	var a, b bytes.Buffer
	gmhtml.DefaultWriter.RawWrite(bufWriter{&a}, src)
	textWriter{gmhtml.DefaultWriter}.RawWrite(bufWriter{&b}, src)
	return a.String(), b.String()
}

// writes returns what goldmark's default writer and textWriter write for
// src with Write.
func writes(src []byte) (want, got string) {
	var a, b bytes.Buffer
	gmhtml.DefaultWriter.Write(bufWriter{&a}, src)
	textWriter{gmhtml.DefaultWriter}.Write(bufWriter{&b}, src)
	return a.String(), b.String()
}

func TestTextWriterRawWrite(t *testing.T) {
	for _, c := range []struct{ src, why string }{
		{"", "empty"},
		{"plain text without anything to escape", "a run longer than eight bytes"},
		{"a<b", "shorter than eight bytes"},
		{`"quoted" & <tagged> text`, "every escaped byte at the start and inside"},
		{"ends with an ampersand &", "an escape last, after whole words"},
		{"\x00nul\x00 bytes \x00", "NUL, written as U+FFFD"},
		{"12345678<12345678>", "escapes at word edges"},
		{"!#$%'()*+,-./;=?@[]^`{|}~\x01\x7f\xff", "bytes near the escaped ones, not escaped"},
		{"über café – “quotes”", "UTF-8"},
	} {
		if want, got := rawWrites([]byte(c.src)); got != want {
			t.Errorf("RawWrite(%q) = %q, goldmark's writes %q (%s)", c.src, got, want, c.why)
		}
	}
}

func TestTextWriterWrite(t *testing.T) {
	for _, c := range []struct{ src, why string }{
		{"", "empty"},
		{`plain "quoted" <text>`, "nothing to resolve: written as RawWrite does"},
		{`\*not em\* \a`, "backslash escapes"},
		{"&amp; &copy; &#65; &#x41; &bogus; & alone", "character references"},
		{"nul\x00byte", "NUL"},
	} {
		if want, got := writes([]byte(c.src)); got != want {
			t.Errorf("Write(%q) = %q, goldmark's writes %q (%s)", c.src, got, want, c.why)
		}
	}
}

// FuzzTextWriter holds textWriter's RawWrite and Write to goldmark's.
func FuzzTextWriter(f *testing.F) {
	for _, s := range []string{"", "a<b>c&d\"e\x00f", "\\* &amp; &#1; &#x1F600; \\\\", "long enough text with one < in it", "\"\"\"\"\"\"\"\"\"&&&"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if want, got := rawWrites(src); got != want {
			t.Fatalf("RawWrite(%q) = %q, goldmark's writes %q", src, got, want)
		}
		if want, got := writes(src); got != want {
			t.Fatalf("Write(%q) = %q, goldmark's writes %q", src, got, want)
		}
	})
}

func TestSentenceTag(t *testing.T) {
	for _, c := range []struct {
		n       int
		tag, id string
		why     string
	}{
		{1, `<span class="s" id="s1">`, "s1", "the first sentence"},
		{1023, `<span class="s" id="s1023">`, "s1023", "the last tag made in advance"},
		{1024, `<span class="s" id="s1024">`, "s1024", "a tag made when asked"},
	} {
		if tag := sentenceTag(c.n); tag != c.tag || tagID(tag) != c.id {
			t.Errorf("sentenceTag(%d) = %q with id %q, want %q and %q (%s)", c.n, tag, tagID(tag), c.tag, c.id, c.why)
		}
	}
}
