package timeline

import (
	stdhtml "html"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// element is one start tag of a page with its attributes (values
// unquoted and unescaped).
type element struct {
	Tag   string
	Attrs [][2]string
}

// scanHTML returns the start tags of an HTML document.
func scanHTML(doc string) []element {
	l := html.NewLexer(parse.NewInputString(doc))
	var els []element
	for {
		tt, _ := l.Next()
		switch tt {
		case html.ErrorToken:
			return els
		case html.StartTagToken:
			els = append(els, element{Tag: strings.ToLower(string(l.Text()))})
		case html.AttributeToken:
			if len(els) == 0 {
				continue
			}
			v := string(l.AttrVal())
			if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			e := &els[len(els)-1]
			e.Attrs = append(e.Attrs, [2]string{strings.ToLower(string(l.Text())), stdhtml.UnescapeString(v)})
		}
	}
}

// attr returns the value of the named attribute, or "".
func (e element) attr(name string) string {
	for _, a := range e.Attrs {
		if a[0] == name {
			return a[1]
		}
	}
	return ""
}

// ids returns every id attribute of a document.
func ids(doc string) map[string]bool {
	set := map[string]bool{}
	for _, e := range scanHTML(doc) {
		if id := e.attr("id"); id != "" {
			set[id] = true
		}
	}
	return set
}
