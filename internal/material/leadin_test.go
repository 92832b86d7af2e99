package material

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// TestLeadInIndexed checks that the lead-in a list item or table row is
// read under (leadInText: the last sentence of the paragraph above the
// list, the first row of the table with a word) is the one walking up
// from the row finds, now that the rows above are read once for all the
// changes of a comparison (leadin.go): lists under a paragraph, under a
// heading, one after another, tables with and without a header, rows
// changed at their top and in their middle.
func TestLeadInIndexed(t *testing.T) {
	plain := func(c *classifier) string {
		i, ok := c.rowIndex()
		if !ok {
			return ""
		}
		own := rowBlock(c.rows[i])
		if own == nil {
			return ""
		}
		switch own.Kind {
		case markdown.TableRow:
			var header string
			for ; i >= 0; i-- {
				b := rowBlock(c.rows[i])
				if b == nil || b.Kind != markdown.TableRow {
					break
				}
				if plainWordCount(b.Text, 1) > 0 {
					header = b.Text
				}
			}
			if header == own.Text {
				return ""
			}
			return header
		case markdown.ListItem:
			for i--; i >= 0; i-- {
				b := rowBlock(c.rows[i])
				if b == nil || b.Kind == markdown.ListItem {
					continue
				}
				if b.Kind != markdown.Paragraph {
					return ""
				}
				ss := sentences(b.Text)
				if len(ss) == 0 {
					return ""
				}
				return ss[len(ss)-1]
			}
		}
		return c.leadInText() // a paragraph's lead-in is read as before
	}
	rng := rand.New(rand.NewSource(21))
	doc := func(version int) string {
		var b strings.Builder
		r := rand.New(rand.NewSource(int64(version/2) + 7)) // both versions share their shape
		for part := 0; part < 12; part++ {
			switch r.Intn(5) {
			case 0:
				fmt.Fprintf(&b, "## Heading %d\n\n", part)
			case 1:
				fmt.Fprintf(&b, "We share data with the parties below. They include:\n\n")
				for k := 0; k < 1+r.Intn(6); k++ {
					fmt.Fprintf(&b, "- Party %d of list %d%s\n", k, part, strings.Repeat(" changed", rng.Intn(2)))
				}
				b.WriteString("\n")
			case 2:
				if r.Intn(2) == 0 {
					b.WriteString("| Party | Purpose |\n| --- | --- |\n")
				} else {
					b.WriteString("| | |\n| --- | --- |\n")
				}
				for k := 0; k < 1+r.Intn(5); k++ {
					fmt.Fprintf(&b, "| Vendor %d | purpose %d%s |\n", k, part, strings.Repeat(" changed", rng.Intn(2)))
				}
				b.WriteString("\n")
			case 3:
				fmt.Fprintf(&b, "A paragraph %d%s. Our representatives are:\n\n", part, strings.Repeat(" changed", rng.Intn(2)))
			default:
				for k := 0; k < 1+r.Intn(4); k++ {
					fmt.Fprintf(&b, "- item %d%s\n", k, strings.Repeat(" changed", rng.Intn(2)))
				}
				b.WriteString("\n")
			}
		}
		return b.String()
	}
	changes, leads := 0, 0
	for trial := 0; trial < 60; trial++ {
		r := redline.Diff([]byte(doc(2*trial)), []byte(doc(2*trial+1)))
		c := &classifier{rows: r.Rows}
		ref := &classifier{rows: r.Rows}
		for i := range r.Changes {
			c.at, ref.at = i, i
			got, want := c.leadInText(), plain(ref)
			if got != want {
				t.Fatalf("change %d (%q → %q): lead-in %q, want %q", i, r.Changes[i].Old, r.Changes[i].New, got, want)
			}
			changes++
			if want != "" {
				leads++
			}
		}
	}
	t.Logf("%d changes, %d with a lead-in", changes, leads)
	if changes < 100 || leads < 30 {
		t.Errorf("%d changes, %d with a lead-in: the documents test too little", changes, leads)
	}
}
