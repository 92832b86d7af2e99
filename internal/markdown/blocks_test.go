package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBlocks(t *testing.T) {
	src := "\n# Title\n\nIntro line one\nline two\n\n## 8. Transfers\n\n- item one\n  continued\n- item two\n\n| a | b |\n|---|---|\n\n```\ncode\n\n```\n\n### Detail {#det}\n\n> quote\n> more\n\n---\n\n## 8. Transfers\n"
	lead, blocks := Blocks([]byte(src))
	if got := string(Join(lead, blocks)); got != src {
		t.Fatalf("Join(Blocks(src)) != src:\n%q\n%q", got, src)
	}
	type want struct {
		kind    BlockKind
		text    string
		line    int
		section string
		anchor  string
	}
	wants := []want{
		{HeadingBlock, "# Title", 2, "Title", "title"},
		{Paragraph, "Intro line one\nline two", 4, "Title", "title"},
		{HeadingBlock, "## 8. Transfers", 7, "Title > 8. Transfers", "transfers"},
		{ListItem, "- item one\n  continued", 9, "Title > 8. Transfers", "transfers"},
		{ListItem, "- item two", 11, "Title > 8. Transfers", "transfers"},
		{TableRow, "| a | b |", 13, "Title > 8. Transfers", "transfers"},
		{TableRow, "|---|---|", 14, "Title > 8. Transfers", "transfers"},
		{Code, "```\ncode\n\n```", 16, "Title > 8. Transfers", "transfers"},
		{HeadingBlock, "### Detail {#det}", 21, "Title > 8. Transfers > Detail", "det"},
		{Quote, "> quote\n> more", 23, "Title > 8. Transfers > Detail", "det"},
		{Rule, "---", 26, "Title > 8. Transfers > Detail", "det"},
		{HeadingBlock, "## 8. Transfers", 28, "Title > 8. Transfers", "transfers-2"},
	}
	if len(blocks) != len(wants) {
		for _, b := range blocks {
			t.Logf("%v %q", b.Kind, b.Text)
		}
		t.Fatalf("%d blocks, want %d", len(blocks), len(wants))
	}
	for i, w := range wants {
		b := blocks[i]
		if b.Kind != w.kind || b.Text != w.text || b.Line != w.line || strings.Join(b.Section, " > ") != w.section || b.Anchor != w.anchor {
			t.Errorf("block %d = %v %q line %d §%q #%s; want %v %q line %d §%q #%s", i,
				b.Kind, b.Text, b.Line, strings.Join(b.Section, " > "), b.Anchor, w.kind, w.text, w.line, w.section, w.anchor)
		}
	}
}

// TestBlockAnchorsMatchRender: the anchors of heading blocks are the ids the
// rendered page gives its headings, so a change links to its place.
func TestBlockAnchorsMatchRender(t *testing.T) {
	paths, _ := filepath.Glob("../../versions/*/*/v*.md")
	if len(paths) == 0 {
		t.Skip("no published versions in this repository")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _, _ := Split(data)
		doc, err := Render(body)
		if err != nil {
			t.Fatal(err)
		}
		_, blocks := Blocks(body)
		var ids []string
		for _, b := range blocks {
			if b.Kind == HeadingBlock {
				ids = append(ids, b.Anchor)
			}
		}
		var want []string
		for _, h := range doc.Headings {
			want = append(want, h.ID)
		}
		if strings.Join(ids, " ") != strings.Join(want, " ") {
			t.Errorf("%s: block anchors\n%v\nrendered ids\n%v", p, ids, want)
		}
	}
}

func FuzzBlocks(f *testing.F) {
	f.Add([]byte("# a\n\npara\n- item\n  more\n\n```\nx\n"))
	f.Add([]byte("\r\n\r\n## x ##\r\n|a|\r\n> q\n***\n1) one\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		lead, blocks := Blocks(src)
		if got := Join(lead, blocks); string(got) != string(src) {
			t.Fatalf("round trip failed:\n%q\n%q", src, got)
		}
		for _, b := range blocks {
			if b.Text == "" {
				t.Fatalf("empty block in %q", src)
			}
		}
	})
}

func TestCutHeadingMarker(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"## Sharing", "Sharing", true},
		{"###\tData", "Data", true},
		{"#hashtag", "#hashtag", false},
		{"####### seven", "####### seven", false},
		{"We use #1 tools", "We use #1 tools", false},
	} {
		if got, ok := CutHeadingMarker(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("CutHeadingMarker(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
