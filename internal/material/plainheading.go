package material

import (
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/markdown"
)

// A policy pasted as plain text and kept as Markdown writes its headings
// as lines of their own, unmarked: the Omnis seed, as the shared cases
// and the never-seen set write it, has two Markdown headings and some
// twenty such lines ("Who are we?", "Cookies and similar technologies").
// Read without them, a change under "Cookies and similar technologies"
// stands under the document's title alone: "This statistical data does
// not identify any personal details whatsoever" → "… does not directly
// identify …" was "Wording not about personal data" there (b30-35),
// material under the heading the batch gave it. A short line of its own
// that reads as a title is read as the heading of what follows it, until
// the next heading or such line.

// plainHeadingText returns the nearest line above the changed block that
// reads as an unmarked heading, after the innermost Markdown heading the
// block stands under; "" for none.
func (c *classifier) plainHeadingText() string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		b := c.rows[k].New
		if b == nil {
			b = c.rows[k].Old
		}
		if b == nil {
			continue
		}
		if b.Kind == markdown.HeadingBlock {
			return ""
		}
		if b.Kind == markdown.Paragraph && titleLine(b.Text) {
			return strings.TrimSpace(b.Text)
		}
	}
	return ""
}

// titleLine reports a paragraph that reads as a title: one line of one to
// eight words, starting with a capital, no sentence ended in it (a
// question may end it), nothing after a colon, no address or link.
func titleLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, "\n:;@|[]()*_#`") || strings.Contains(t, "://") {
		return false
	}
	if r := rune(t[0]); !unicode.IsUpper(r) {
		return false
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") {
		return false
	}
	n := len(strings.Fields(t))
	return n >= 1 && n <= 8 && !strings.Contains(t, ". ")
}
