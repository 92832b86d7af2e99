package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// tableLeadText returns, for a changed block of the old (or new) text
// that is a table's header row (a row followed by the row of dashes), the
// words the table stands under: the last sentence of the paragraph just
// before it and the heading of its section, joined by a line break. It
// returns "" for any other block.
func (c *classifier) tableLeadText(old bool) string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	own := sideBlock(c.rows[i], old)
	if own == nil || own.Kind != markdown.TableRow || rowKey(own.Text) == "" {
		return ""
	}
	near := func(k, step int) *markdown.Block {
		for k += step; k >= 0 && k < len(c.rows); k += step {
			if b := sideBlock(c.rows[k], old); b != nil {
				return b
			}
		}
		return nil
	}
	if next := near(i, 1); next == nil || next.Kind != markdown.TableRow || rowKey(next.Text) != "" {
		return ""
	}
	lead := ""
	if prev := near(i, -1); prev != nil && prev.Kind == markdown.Paragraph {
		if ss := sentences(prev.Text); len(ss) > 0 {
			lead = ss[len(ss)-1]
		}
	}
	if len(own.Section) > 0 {
		lead += "\n" + own.Section[len(own.Section)-1]
	}
	return lead
}

func (c *classifier) tableLead(old bool) string {
	return c.ask(askTableLead, old, "", c.tableLeadText(old))
}

// headerSaidBefore reports a table's header row added (or removed) whose
// every word the sentence before the table or its section's heading
// already says: "We retain your data for the following periods:" under
// "Data Retention", then "| Data | Retention period |", labels columns
// with what the reader was told. A header that says more ("| Data |
// Retention after account closure |") tells the reader how to read
// each row, and is judged as text.
func (c *classifier) headerSaidBefore(ch redline.Change) bool {
	var text string
	var old bool
	switch ch.Kind {
	case redline.Insert:
		text = ch.New
	case redline.Delete:
		text, old = ch.Old, true
	default:
		return false
	}
	lead := c.tableLead(old)
	if lead == "" {
		return false
	}
	said := map[string]bool{}
	for _, w := range c.ix.fold(lead) {
		said[stem(w)] = true
	}
	words := c.content(c.ix.fold(strings.ReplaceAll(text, "|", " ")))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !said[stem(w)] {
			return false
		}
	}
	return true
}
