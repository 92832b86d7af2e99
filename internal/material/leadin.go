package material

import (
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// leadIns is what leadInText reads above a row, for all the rows of a
// comparison in one pass each, made when first needed: for a list item,
// the nearest row above that is no list item; for a table row, the
// header of its table. Walking up from every item of a list of thousands
// to the sentence above it was quadratic in the list's length.
type leadIns struct {
	above   []int32  // per row: the nearest row above with a block that is no list item, -1 for none
	header  []string // per table row: the first row of its table with a word, "" for none
	headers bool     // header is made
	read    int      // the row whose lead-in was read last, -1 for none
	lead    string   // its lead-in
}

// rowBlock is a row's block of the new text, or of the old when the new
// has none.
func rowBlock(row redline.Row) *markdown.Block {
	if row.New != nil {
		return row.New
	}
	return row.Old
}

func newLeadIns(rows []redline.Row) *leadIns {
	l := &leadIns{above: make([]int32, len(rows)), read: -1}
	last := int32(-1)
	for i, row := range rows {
		l.above[i] = last
		if b := rowBlock(row); b != nil && b.Kind != markdown.ListItem {
			last = int32(i)
		}
	}
	return l
}

// tableHeader returns the text of the first row with a word of the table
// row i belongs to, among the rows above it and itself; "" for none.
func (l *leadIns) tableHeader(rows []redline.Row, i int) string {
	if !l.headers {
		l.headers = true
		l.header = make([]string, len(rows))
		var header string
		for k, row := range rows {
			b := rowBlock(row)
			if b == nil || b.Kind != markdown.TableRow {
				header = ""
				continue
			}
			if header == "" && plainWordCount(b.Text, 1) > 0 {
				header = b.Text
			}
			l.header[k] = header
		}
	}
	return l.header[i]
}

// listLead returns the last sentence of the paragraph above the list
// item at row i, "" when the block above the list is no paragraph.
func (l *leadIns) listLead(rows []redline.Row, i int) string {
	k := int(l.above[i])
	if k < 0 {
		return ""
	}
	if k == l.read {
		return l.lead
	}
	lead := ""
	if b := rowBlock(rows[k]); b.Kind == markdown.Paragraph {
		if ss := sentences(b.Text); len(ss) > 0 {
			lead = ss[len(ss)-1]
		}
	}
	l.read, l.lead = k, lead
	return lead
}
