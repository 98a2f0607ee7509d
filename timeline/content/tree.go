package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
	"gopkg.in/yaml.v3"
)

// A value is one frontmatter value, YAML or TOML, with the line it stands on,
// so that both syntaxes are validated by the same code and every problem can
// name its line.
type value struct {
	line  int // 1-based line in the whole file
	kind  valueKind
	str   string // scalar: the value as written (strings unquoted and unescaped)
	tag   string // scalar: "str", "bool", "int", "float", "date", "datetime", "null"
	items []*value
	keys  []entry // table, in the order written
}

type valueKind int

const (
	scalarValue valueKind = iota
	listValue
	tableValue
)

type entry struct {
	key  string
	line int
	val  *value
}

func (k valueKind) String() string {
	switch k {
	case listValue:
		return "a list"
	case tableValue:
		return "a mapping"
	}
	return "a single value"
}

// lineError is a problem at a line relative to the frontmatter block.
type lineError struct {
	line int
	err  error
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlTree decodes YAML frontmatter. base is the file line of the
// frontmatter's first line minus one.
func yamlTree(data []byte, base int) (*value, []lineError) {
	var doc yaml.Node
	var dec *yaml.Decoder
	var err error
	if bytes.Contains(data, []byte("---")) || bytes.Contains(data, []byte("...")) {
		// A second document may follow the first: a decoder finds it.
		dec = yaml.NewDecoder(bytes.NewReader(data))
		err = dec.Decode(&doc)
	} else {
		// Without a document marker there is at most one document
		// (YAML separates documents with "---" and "..." lines), which
		// Unmarshal decodes as a decoder would, with less set up.
		err = yaml.Unmarshal(data, &doc)
		if err == nil && doc.Kind == 0 {
			err = io.EOF // no document, as a decoder reports it
		}
	}
	if err != nil {
		if errors.Is(err, io.EOF) {
			return &value{kind: tableValue, line: base + 1}, nil
		}
		line := 0
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = base + n
			msg = strings.Replace(msg, m[0], "", 1)
		}
		msg = strings.TrimPrefix(msg, "yaml: ")
		msg = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(msg), ":"))
		return nil, []lineError{{line, fmt.Errorf("malformed YAML frontmatter: %s", msg)}}
	}
	if dec != nil {
		var extra yaml.Node
		if err := dec.Decode(&extra); err == nil {
			return nil, []lineError{{base + extra.Line, errors.New("malformed YAML frontmatter: more than one YAML document")}}
		}
	}
	var errs []lineError
	v := fromYAML(&doc, base, 0, &errs)
	return v, errs
}

// fromYAML converts a YAML node. Aliases are refused rather than expanded:
// expanding them can blow a small file up exponentially, and frontmatter has
// no need of them.
func fromYAML(n *yaml.Node, base, depth int, errs *[]lineError) *value {
	if depth > 64 {
		*errs = append(*errs, lineError{base + n.Line, errors.New("malformed YAML frontmatter: nested too deeply")})
		return &value{line: base + n.Line, kind: scalarValue, tag: "null"}
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return &value{kind: tableValue, line: base + n.Line}
		}
		return fromYAML(n.Content[0], base, depth+1, errs)
	case yaml.AliasNode:
		*errs = append(*errs, lineError{base + n.Line, fmt.Errorf("YAML alias *%s is not supported in frontmatter: write the value out", n.Value)})
		return &value{line: base + n.Line, tag: "null"}
	case yaml.SequenceNode:
		v := &value{line: base + n.Line, kind: listValue}
		for _, c := range n.Content {
			v.items = append(v.items, fromYAML(c, base, depth+1, errs))
		}
		return v
	case yaml.MappingNode:
		v := &value{line: base + n.Line, kind: tableValue}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			v.keys = append(v.keys, entry{key: k.Value, line: base + k.Line, val: fromYAML(n.Content[i+1], base, depth+1, errs)})
		}
		return v
	}
	tag := "str"
	switch n.ShortTag() {
	case "!!bool":
		tag = "bool"
	case "!!int":
		tag = "int"
	case "!!float":
		tag = "float"
	case "!!timestamp":
		tag = "date"
	case "!!null":
		tag = "null"
	}
	return &value{line: base + n.Line, kind: scalarValue, str: n.Value, tag: tag}
}

// tomlTree decodes TOML frontmatter. Only top-level keys, arrays, inline
// tables and [[array.tables]] are kept as structure: a [table] header or a
// dotted key is reported by the schema check as an unknown key.
func tomlTree(data []byte, base int) (*value, []lineError) {
	var generic map[string]interface{}
	if err := toml.Unmarshal(data, &generic); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, _ := de.Position()
			return nil, []lineError{{base + row, fmt.Errorf("malformed TOML frontmatter: %s", strings.TrimPrefix(de.Error(), "toml: "))}}
		}
		return nil, []lineError{{0, fmt.Errorf("malformed TOML frontmatter: %v", err)}}
	}
	var p unstable.Parser
	p.Reset(data)
	root := &value{kind: tableValue, line: base + 1}
	cur := root
	lineOf := func(n *unstable.Node) int {
		if n == nil || !n.Valid() {
			return 0
		}
		defer func() { _ = recover() }() // Shape panics on a range outside the input
		return base + p.Shape(n.Raw).Start.Line
	}
	keyOf := func(n *unstable.Node) (string, int) {
		it := n.Key()
		var parts []string
		line := 0
		for it.Next() {
			parts = append(parts, string(it.Node().Data))
			if line == 0 {
				line = lineOf(it.Node())
			}
		}
		return strings.Join(parts, "."), line
	}
	var conv func(n *unstable.Node, line int) *value
	conv = func(n *unstable.Node, line int) *value {
		if l := lineOf(n); l > 0 {
			line = l
		}
		switch n.Kind {
		case unstable.Array:
			v := &value{line: line, kind: listValue}
			it := n.Children()
			for it.Next() {
				v.items = append(v.items, conv(it.Node(), line))
			}
			return v
		case unstable.InlineTable:
			v := &value{line: line, kind: tableValue}
			it := n.Children()
			for it.Next() {
				kv := it.Node()
				k, kl := keyOf(kv)
				if kl == 0 {
					kl = line
				}
				v.keys = append(v.keys, entry{key: k, line: kl, val: conv(kv.Value(), kl)})
			}
			return v
		}
		tag := "str"
		switch n.Kind {
		case unstable.Bool:
			tag = "bool"
		case unstable.Integer:
			tag = "int"
		case unstable.Float:
			tag = "float"
		case unstable.LocalDate:
			tag = "date"
		case unstable.LocalDateTime, unstable.DateTime, unstable.LocalTime:
			tag = "datetime"
		}
		return &value{line: line, kind: scalarValue, str: string(n.Data), tag: tag}
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.KeyValue:
			k, line := keyOf(e)
			cur.keys = append(cur.keys, entry{key: k, line: line, val: conv(e.Value(), line)})
		case unstable.Table:
			k, line := keyOf(e)
			t := &value{kind: tableValue, line: line}
			root.keys = append(root.keys, entry{key: k, line: line, val: t})
			cur = t
		case unstable.ArrayTable:
			k, line := keyOf(e)
			t := &value{kind: tableValue, line: line}
			var list *value
			for i := range root.keys {
				if root.keys[i].key == k && root.keys[i].val.kind == listValue {
					list = root.keys[i].val
				}
			}
			if list == nil {
				list = &value{kind: listValue, line: line}
				root.keys = append(root.keys, entry{key: k, line: line, val: list})
			}
			list.items = append(list.items, t)
			cur = t
		}
	}
	if err := p.Error(); err != nil {
		return nil, []lineError{{0, fmt.Errorf("malformed TOML frontmatter: %v", err)}}
	}
	return root, nil
}
