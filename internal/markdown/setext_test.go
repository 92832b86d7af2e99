package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBlocksRealWorld: Markdown saved from websites and other tools'
// sites (setext headings, HTML comments and tags, tables) splits into the
// headings the rendered page shows, with the same anchors, so that a
// change is placed in its section and links to it.
func TestBlocksRealWorld(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		headings  []string // "level:text#anchor" of each heading block
	}{
		{"setext h1 and h2", "Privacy Policy\n==============\n\nIntro.\n\nYour rights\n-----------\n\nText.\n",
			[]string{"1:Privacy Policy#privacy-policy", "2:Your rights#your-rights"}},
		{"setext over two lines", "Data we\ncollect\n---\n\nText.\n", []string{"2:Data we collect#data-we-collect"}},
		{"short underline", "Cookies\n=\n", []string{"1:Cookies#cookies"}},
		{"underline with trailing spaces", "Cookies\n  ---   \n", []string{"2:Cookies#cookies"}},
		{"spaced dashes are a rule", "Cookies\n- - -\n", nil},
		{"a rule after a blank line", "Cookies\n\n---\n", nil},
		{"a list item then dashes", "- item\n---\n", nil},
		{"equals alone", "\n=====\n\n# Real\n", []string{"1:Real#real"}},
		{"heading inside a comment", "<!--\n# Old section\n-->\n\n## Kept\n", []string{"2:Kept#kept"}},
		{"one-line comment", "<!-- note -->\n## Kept\n", []string{"2:Kept#kept"}},
		{"comment before setext", "<!-- x -->\n---\n\nA\n=\n", []string{"1:A#a"}},
		{"div block", "<div class=\"x\">\n# not a heading\n</div>\n\n## Real\n", []string{"2:Real#real"}},
		{"div interrupts a paragraph", "Text\n<div>\n# inside\n</div>\n", nil},
		{"inline tag in a setext heading", "<b>Bold</b> title\n===\n", []string{"1:<b>Bold</b> title#b-bold-b-title"}},
		{"details block", "<details>\n<summary>More</summary>\n\n## After\n", []string{"2:After#after"}},
		{"table then setext", "| a | b |\n|---|---|\n| 1 | 2 |\n\nNext\n----\n", []string{"2:Next#next"}},
		{"escaped number", "1\\. Definitions\n---\n", []string{"2:1. Definitions#definitions"}},
		{"escaped star kept", "\\*Note\\*\n===\n", []string{"1:*Note*#note"}},
		{"empty comment", "Text\n<!-->\n# yes\n", []string{"1:yes#yes"}},
		{"lower-case declaration is text", "A\n=\n\n<!a\n# yes\n", []string{"1:A#a", "1:yes#yes"}},
		{"an empty list item is not underlined", "*\n-\n", nil},
		{"script until its end", "<script>\nx\n\n# no\n</script>\n\n# yes\n", []string{"1:yes#yes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lead, blocks := Blocks([]byte(tc.src))
			if got := string(Join(lead, blocks)); got != tc.src {
				t.Fatalf("Join(Blocks(src)) = %q", got)
			}
			var got []string
			for _, b := range blocks {
				if b.Kind == HeadingBlock {
					got = append(got, strings.Join([]string{itoa(b.Level), ":", b.Section[len(b.Section)-1], "#", b.Anchor}, ""))
				}
			}
			if strings.Join(got, " | ") != strings.Join(tc.headings, " | ") {
				t.Errorf("headings %q, want %q", got, tc.headings)
			}
			assertAnchorsMatchRender(t, tc.src)
		})
	}
}

func itoa(n int) string { return string(rune('0' + n)) }

// assertAnchorsMatchRender checks that the heading blocks of src are the
// rendered page's headings, in order, with the same ids and levels.
func assertAnchorsMatchRender(t *testing.T, src string) {
	t.Helper()
	doc, err := Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, blocks := Blocks([]byte(src))
	var got, want []string
	for _, b := range blocks {
		if b.Kind == HeadingBlock {
			got = append(got, itoa(b.Level)+b.Anchor)
		}
	}
	for _, h := range doc.Headings {
		want = append(want, itoa(h.Level)+h.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("heading blocks %v, rendered headings %v", got, want)
	}
}

func TestCutHeadingMarkerSetext(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Your rights\n-----------", "Your rights", true},
		{"Data we\ncollect\n===", "Data we collect", true},
		{"- item\n---", "- item\n---", false},
		{"===", "===", false},
	} {
		if got, ok := CutHeadingMarker(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("CutHeadingMarker(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestRealPagesAnchors runs the same check over pages saved from websites
// (testdata/real, from OpenTermsArchive/contrib-versions).
func TestRealPagesAnchors(t *testing.T) {
	paths, _ := filepath.Glob("testdata/real/*.md")
	if len(paths) == 0 {
		t.Skip("no testdata/real")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(p), func(t *testing.T) { assertAnchorsMatchRender(t, string(data)) })
	}
}
