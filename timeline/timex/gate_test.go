package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// gateText is a text and its reference day.
type gateText struct {
	text string
	ref  time.Time
}

// gateTexts are the texts of the table tests and of testdata/news, each
// with its reference day.
func gateTexts(t *testing.T) []gateText {
	var texts []gateText
	for _, cases := range [][]formCase{formCases, classCases, coverageCases, fixCases, guardCases, kindCases, newsRuleCases, tuneCases, valueCases, round6AnalCases} {
		for _, tc := range cases {
			texts = append(texts, gateText{tc.text, date(tc.ref)})
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "news", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, gateText{string(b), time.Date(2014, 3, 12, 0, 0, 0, 0, time.UTC)})
	}
	return texts
}

// TestStartGate checks what run and match take for granted of the tokens
// lex marks as starting no expression: that qualified finds nothing there,
// so that neither match there nor a "the" before it needs to ask.
func TestStartGate(t *testing.T) {
	for _, gt := range gateTexts(t) {
		tg := newTagger(gt.text, lowerASCII(gt.text), gt.ref, nil, nil)
		for k, tk := range tg.toks {
			if tk.start {
				continue
			}
			if c := tg.qualified(k); c.ok() {
				t.Errorf("%q: qualified found %q at %q, a token lex marks as starting no expression",
					gt.text, gt.text[tg.toks[c.i].s:tg.toks[c.j-1].e], tk.w)
			}
		}
	}
}

// TestMatchAfterThe checks the match that match remembers for the token
// after a "the" against working it out again.
func TestMatchAfterThe(t *testing.T) {
	n := 0
	for _, gt := range gateTexts(t) {
		tg := newTagger(gt.text, lowerASCII(gt.text), gt.ref, nil, nil)
		for k := range tg.toks {
			tg.nextAt = 0
			tg.match(k)
			if tg.nextAt != k+2 {
				continue
			}
			n++
			remembered := tg.match(k + 1)
			tg.nextAt = 0
			if again := tg.match(k + 1); !reflect.DeepEqual(remembered, again) {
				t.Errorf("%q: match at %q after %q: remembered %+v, worked out %+v", gt.text, tg.toks[k+1].w, tg.toks[k].w, remembered, again)
			}
		}
	}
	if n == 0 {
		t.Error("match remembered nothing")
	}
}
