package timex

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// TestGateWords checks that each word test a caller runs before a parser
// (deicticWord before deictic, positionWord before positioned) accepts
// every word a case of the parser's top-level switches on its word (w or
// t.w(i)) names: a word a gate left out would lose its expressions.
func TestGateWords(t *testing.T) {
	for _, tc := range []struct {
		file, fn string
		gate     func(string) bool
		min      int // the cases the parser had when the gate was written
	}{
		{"dates.go", "deictic", deicticWord, 30},
		{"tag.go", "positioned", positionWord, 7},
	} {
		f, err := parser.ParseFile(token.NewFileSet(), tc.file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Name.Name != tc.fn {
				continue
			}
			for _, st := range fn.Body.List {
				sw, ok := st.(*ast.SwitchStmt)
				if !ok || !isWordTag(sw.Tag) {
					continue
				}
				for _, cc := range sw.Body.List {
					for _, e := range cc.(*ast.CaseClause).List {
						lit, ok := e.(*ast.BasicLit)
						if !ok || lit.Kind != token.STRING {
							t.Fatalf("%s: a case that is not a word: %T", tc.fn, e)
						}
						w, _ := strconv.Unquote(lit.Value)
						n++
						if !tc.gate(w) {
							t.Errorf("%s: the gate rejects %q; %s has a case for it", tc.file, w, tc.fn)
						}
					}
				}
			}
		}
		if n < tc.min {
			t.Errorf("%s: found %d words in its switches on the word; the test no longer reads them", tc.fn, n)
		}
	}
}

// isWordTag reports whether a switch's tag is the word at hand: w or
// t.w(i).
func isWordTag(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "w"
	case *ast.CallExpr:
		sel, ok := e.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "w" || len(e.Args) != 1 {
			return false
		}
		id, ok := e.Args[0].(*ast.Ident)
		return ok && id.Name == "i"
	}
	return false
}
