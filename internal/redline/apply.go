package redline

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
)

// Apply rebuilds the new text from the old text and a Result, and checks
// on the way that the Result describes this old text: every unchanged,
// deleted, replaced or moved block must be the old text's block at that
// place, and every word edit must start from that block's words. It is the
// proof that a redline shows everything: Apply(old, Diff(old, new)) == new.
func Apply(old []byte, r *Result) ([]byte, error) {
	lead, blocks := markdown.Blocks(old)
	if lead != r.OldLead {
		return nil, fmt.Errorf("old text has other leading whitespace than the diff")
	}
	next := 0 // next old block to account for
	var b strings.Builder
	b.WriteString(r.NewLead)
	for k, row := range r.Rows {
		arrival := row.Kind == Move && !row.MoveFrom
		if row.Old != nil && !arrival {
			if next >= len(blocks) || blocks[next].Text != row.Old.Text {
				return nil, fmt.Errorf("row %d: old block %d is not the one the diff saw", k, next)
			}
			next++
		}
		if row.New == nil {
			continue
		}
		switch {
		case row.Kind == "" || row.Kind == Move && row.Words == nil:
			b.WriteString(row.Old.Text)
		case row.Kind == Insert:
			b.WriteString(row.New.Text)
		default:
			var from, to strings.Builder
			for _, s := range row.Words {
				if s.Op != Inserted {
					from.WriteString(s.Text)
				}
				if s.Op != Deleted {
					to.WriteString(s.Text)
				}
			}
			if from.String() != row.Old.Text {
				return nil, fmt.Errorf("row %d: word edit does not start from the old block", k)
			}
			b.WriteString(to.String())
		}
		b.WriteString(row.New.Gap)
	}
	if next != len(blocks) {
		return nil, fmt.Errorf("the diff accounts for %d of the old text's %d blocks", next, len(blocks))
	}
	return []byte(b.String()), nil
}
