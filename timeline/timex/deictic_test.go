package timex

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// TestDeicticWord checks that deicticWord, core's gate before deictic,
// accepts every word a case of deictic's switches on w names: a word it
// left out would lose its expressions.
func TestDeicticWord(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "dates.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "deictic" {
			continue
		}
		for _, st := range fn.Body.List {
			sw, ok := st.(*ast.SwitchStmt)
			if !ok {
				continue
			}
			if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "w" {
				continue
			}
			for _, cc := range sw.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					lit, ok := e.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Fatalf("deictic: a case that is not a word: %T", e)
					}
					w, _ := strconv.Unquote(lit.Value)
					n++
					if !deicticWord(w) {
						t.Errorf("deicticWord(%q) = false; deictic has a case for it", w)
					}
				}
			}
		}
	}
	if n < 30 {
		t.Fatalf("found %d words in deictic's switches on w; the test no longer reads them", n)
	}
}
