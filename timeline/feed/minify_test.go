package feed

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/mmcdole/gofeed/atom"
	"github.com/tdewolff/minify/v2"
	mjson "github.com/tdewolff/minify/v2/json"
	mxml "github.com/tdewolff/minify/v2/xml"
)

// TestSurvivesMinify: the site's renderer minifies XML and JSON files with
// tdewolff/minify; what a reader parses must not change.
func TestSurvivesMinify(t *testing.T) {
	files, err := Files(testSite, testEvents())
	if err != nil {
		t.Fatal(err)
	}
	m := minify.New()
	m.AddFunc("application/atom+xml", mxml.Minify)
	m.AddFunc("application/json", mjson.Minify)

	// Parse first and minify a copy: the minifier may rewrite its input.
	before, err := (&atom.Parser{}).Parse(bytes.NewReader(files[AtomName]))
	if err != nil {
		t.Fatal(err)
	}
	small, err := m.Bytes("application/atom+xml", bytes.Clone(files[AtomName]))
	if err != nil {
		t.Fatal(err)
	}
	after, err := (&atom.Parser{}).Parse(bytes.NewReader(small))
	if err != nil {
		t.Fatalf("the minified Atom feed does not parse: %v\n%s", err, small)
	}
	if !reflect.DeepEqual(before, after) {
		ba, _ := json.MarshalIndent(before, "", " ")
		aa, _ := json.MarshalIndent(after, "", " ")
		t.Errorf("minifying changed the Atom feed:\n%s\n---\n%s", ba, aa)
	}

	for _, name := range []string{JSONFeedName, TimelineJSName} {
		var a, b any
		if err := json.Unmarshal(files[name], &a); err != nil {
			t.Fatal(err)
		}
		small, err := m.Bytes("application/json", bytes.Clone(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(small, &b); err != nil {
			t.Fatalf("%s: minified file does not parse: %v", name, err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: minifying changed the data", name)
		}
	}
}
