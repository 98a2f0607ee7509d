package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// Span is one TIMEX3 annotation over a document's raw text.
type Span struct {
	Start, End int // byte offsets into Doc.Text
	Type       string
	Value      string
}

// Doc is a TimeML document reduced to what Task A needs.
type Doc struct {
	Name string    // file name
	DCT  time.Time // document creation time (the reference date)
	Text string    // the TEXT section with every tag removed and entities decoded
	Gold []Span    // the TIMEX3 elements inside TEXT
	Head string    // the source up to and including <TEXT>, kept for writing
}

// ParseTimeML reads a TimeML document. It needs a DCT TIMEX3 and a TEXT
// element; every tag inside TEXT is dropped and the TIMEX3 ones are kept as
// gold spans.
func ParseTimeML(name string, src string) (*Doc, error) {
	d := &Doc{Name: name}
	dct := strings.Index(src, "<DCT>")
	if dct < 0 {
		return nil, fmt.Errorf("%s: no <DCT>", name)
	}
	v := attr(src[dct:min(len(src), dct+400)], "value")
	if len(v) < 10 {
		return nil, fmt.Errorf("%s: DCT value %q is not a date", name, v)
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return nil, fmt.Errorf("%s: DCT: %w", name, err)
	}
	d.DCT = t
	ts := strings.Index(src, "<TEXT>")
	te := strings.LastIndex(src, "</TEXT>")
	if ts < 0 || te < ts {
		return nil, fmt.Errorf("%s: no <TEXT> section", name)
	}
	d.Head = src[:ts+len("<TEXT>")]
	body := src[ts+len("<TEXT>") : te]
	var b strings.Builder
	open := -1 // index in d.Gold of the TIMEX3 being read
	for i := 0; i < len(body); {
		switch c := body[i]; c {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return nil, fmt.Errorf("%s: unclosed tag in TEXT", name)
			}
			tag := body[i : i+j+1]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "<TIMEX3"):
				if open >= 0 {
					return nil, fmt.Errorf("%s: nested TIMEX3", name)
				}
				d.Gold = append(d.Gold, Span{Start: b.Len(), Type: attr(tag, "type"), Value: attr(tag, "value")})
				open = len(d.Gold) - 1
				if strings.HasSuffix(tag, "/>") {
					d.Gold[open].End = b.Len()
					open = -1
				}
			case strings.HasPrefix(tag, "</TIMEX3"):
				if open < 0 {
					return nil, fmt.Errorf("%s: stray </TIMEX3>", name)
				}
				d.Gold[open].End = b.Len()
				open = -1
			}
		case '&':
			j := strings.IndexByte(body[i:], ';')
			if j > 0 && j < 8 {
				if r, ok := entities[body[i+1:i+j]]; ok {
					b.WriteString(r)
					i += j + 1
					continue
				}
			}
			b.WriteByte(c)
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	// Drop empty gold spans (TIMEX3 with no text, e.g. anchors).
	g := d.Gold[:0]
	for _, s := range d.Gold {
		if s.End > s.Start {
			g = append(g, s)
		}
	}
	d.Gold = g
	d.Text = b.String()
	return d, nil
}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// attr returns the value of the first attribute called name in tag.
func attr(tag, name string) string {
	for i := 0; ; {
		j := strings.Index(tag[i:], name+`="`)
		if j < 0 {
			return ""
		}
		j += i
		if j > 0 && tag[j-1] != ' ' && tag[j-1] != '\t' && tag[j-1] != '\n' {
			i = j + 1
			continue
		}
		s := j + len(name) + 2
		e := strings.IndexByte(tag[s:], '"')
		if e < 0 {
			return ""
		}
		return tag[s : s+e]
	}
}

// WriteTimeML writes doc's head, its text with sys as TIMEX3 tags, and the
// closing tags to path.
func WriteTimeML(path string, d *Doc, sys []Span) error {
	var b strings.Builder
	b.WriteString(d.Head)
	pos := 0
	for i, s := range sys {
		if s.Start < pos {
			continue
		}
		b.WriteString(escape(d.Text[pos:s.Start]))
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s">`, i+1, s.Type, escape(s.Value))
		b.WriteString(escape(d.Text[s.Start:s.End]))
		b.WriteString("</TIMEX3>")
		pos = s.End
	}
	b.WriteString(escape(d.Text[pos:]))
	b.WriteString("</TEXT>\n\n</TimeML>\n")
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func escape(s string) string {
	if !strings.ContainsAny(s, `&<>"`) {
		return s
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}
