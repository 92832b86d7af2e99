package material

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestContextOnlyThroughQueries holds the memo's premise: a verdict depends
// on the change and on the answers of the traced questions only. The texts
// around a change (the classifier's rows, its whole texts, the index of the
// change) may be read only by the questions' own functions and by
// ClassifyMemo, the judge's start (guard.go) and reflowed, which set them up (side reads a whole text for them); a rule that reads them
// elsewhere would make the memo give a verdict the texts at hand do not.
// Such a rule must ask through a traced question (memo.go).
func TestContextOnlyThroughQueries(t *testing.T) {
	context := map[string]bool{"rows": true, "at": true, "oldDoc": true, "newDoc": true, "rowOf": true, "sides": true, "side": true}
	allowed := map[string]bool{"ClassifyMemo": true, "start": true, "reflowed": true, "leadInText": true, "inDocText": true, "side": true,
		"hasFoldedText": true, "isTitleText": true, "acronymOfText": true, "brandText": true, "authorNameText": true, "foreignDocText": true,
		"ownProductText": true, "ownOffering": true, "titlesWithText": true,
		"headingText": true, "listAfterText": true, "tableLeadText": true, "mergedRowsText": true, "counterpartText": true, "openingBlockText": true, "ownDomainText": true, "plainHeadingText": true, "blocksBeforeText": true, "ownDomainDocText": true, "sectionAfterText": true, "plainHeadingOfText": true, "leadInOfText": true, "crossedItemText": true, "providedText": true, "placedInText": true, "ownPageText": true, "copyInPlaceText": true, "itemsInTableText": true, "contentsListText": true, "siteDomainText": true, "apartText": true, "metricsBlockText": true, "noPolicyText": true, "titleLineText": true, "frameRunText": true, "namedElsewhereText": true, "rowIndex": true, "changedSideBlock": true} // rowIndex serves leadInText, headingText, listAfterText, tableLeadText, counterpartText, openingBlockText, ownDomainText, plainHeadingText, blocksBeforeText, frameRunText and namedElsewhereText only; changedSideBlock serves plainHeadingOfText and leadInOfText only
	fset, funcs := packageFuncs(t)
	for _, fn := range funcs {
		if allowed[fn.Name.Name] {
			continue
		}
		recv := "c" // the classifier's usual name
		if fn.Recv != nil && len(fn.Recv.List) == 1 && len(fn.Recv.List[0].Names) == 1 {
			recv = fn.Recv.List[0].Names[0].Name
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok || !context[sel.Sel.Name] {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && (id.Name == "c" || id.Name == recv) {
				t.Errorf("%s: %s reads c.%s, the texts around the change, outside a traced question", fset.Position(sel.Pos()), fn.Name.Name, sel.Sel.Name)
			}
			return true
		})
	}
}

// TestWholeTextReadTraced: inDocText, which reads the whole old or new
// text, is called only by answer, by its traced question inDoc and by the
// answers of other questions (the …Text methods, and ownOffering, which
// serves ownProductText). A rule that called it directly read the text
// untraced, and a build's memo could give a verdict the texts at hand do
// not: settableDropped did so for a session, and five older rules
// (contactkept.go, headingline.go, offeringterm.go, selfref.go) did too.
func TestWholeTextReadTraced(t *testing.T) {
	fset, funcs := packageFuncs(t)
	calls := 0
	for _, fn := range funcs {
		name := fn.Name.Name
		ok := name == "answer" || name == "inDoc" || name == "ownOffering" || strings.HasSuffix(name, "Text")
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if call, isCall := n.(*ast.CallExpr); isCall {
				if sel, isSel := call.Fun.(*ast.SelectorExpr); isSel && sel.Sel.Name == "inDocText" {
					calls++
					if !ok {
						t.Errorf("%s: %s calls inDocText, reading the whole text untraced: call inDoc", fset.Position(call.Pos()), name)
					}
				}
			}
			return true
		})
	}
	if calls < 2 {
		t.Fatalf("found %d calls of inDocText: the test no longer reads the package", calls)
	}
}

// packageFuncs parses the package's Go files, tests aside, and returns
// its functions with bodies.
func packageFuncs(t *testing.T) (*token.FileSet, []*ast.FuncDecl) {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	var funcs []*ast.FuncDecl
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Body != nil {
				funcs = append(funcs, fn)
			}
		}
	}
	return fset, funcs
}
