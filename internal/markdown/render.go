package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Heading is one entry of a document's table of contents.
type Heading struct {
	Level int    // 2 for ##, 3 for ###, ...
	ID    string // the anchor, as HeadingID and IDs.Unique make it
	Text  string // the heading as plain text
}

// Doc is a rendered Markdown body.
type Doc struct {
	HTML     []byte    // safe HTML: raw HTML is dropped, dangerous links are not links
	Headings []Heading // every heading in document order
}

// TOC returns the headings at levels 2 and 3, the ones worth listing.
func (d *Doc) TOC() []Heading {
	var out []Heading
	for _, h := range d.Headings {
		if h.Level >= 2 && h.Level <= 3 {
			out = append(out, h)
		}
	}
	return out
}

// md is goldmark configured once. Raw HTML is never rendered (goldmark's
// default without html.WithUnsafe), and links whose scheme could run code
// (javascript:, vbscript:, data:) are written without their destination.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
	goldmark.WithParserOptions(
		parser.WithHeadingAttribute(),
		parser.WithASTTransformers(util.Prioritized(headingIDs{}, 100)),
	),
)

// Parse returns the goldmark syntax tree of a body, with every heading's
// id attribute set as Render sets it, for code that inspects a document the
// way readers will see it.
func Parse(src []byte) ast.Node {
	return md.Parser().Parse(text.NewReader(src))
}

// Render converts a Markdown body to HTML.
func Render(src []byte) (*Doc, error) {
	root := Parse(src)
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/4)
	if err := md.Renderer().Render(&buf, src, root); err != nil {
		return nil, err
	}
	doc := &Doc{HTML: buf.Bytes()}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			doc.Headings = append(doc.Headings, Heading{Level: h.Level, ID: string(idb), Text: PlainText(h, src)})
		}
	}
	return doc, nil
}

// headingIDs gives every heading its anchor from its source text, the same
// way Blocks does, so that a change found by redline links to the heading
// the page shows.
type headingIDs struct{}

func (headingIDs) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var ids IDs
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var id string
		if v, ok := h.AttributeString("id"); ok {
			if b, ok := v.([]byte); ok {
				id = string(b)
			}
		}
		if id == "" {
			var raw strings.Builder
			lines := h.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				raw.Write(seg.Value(src))
			}
			id = HeadingID(raw.String())
		}
		h.SetAttributeString("id", []byte(ids.Unique(id)))
		return ast.WalkSkipChildren, nil
	})
}

// PlainText is the text of a node without markup.
func PlainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
