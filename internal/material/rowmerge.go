package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// mergedRows reports a table row removed, or replaced, where the new
// table has a row that joins it with another removed row, column by
// column: "| Sendgrid | Transactional mail services provider | United
// States |" and "| Twilio | SMS notification provider | United States |"
// → "| Twilio & Twilio Sendgrid | SMS notification provider &
// transactional mail service provider | United States |" (b13-25). Each
// cell of the joined row has the words of the two cells it joins and no
// other but "&" or "and": the same parties, doing the same, in the same
// places. A word added or dropped in any cell is not a merge.
func (c *classifier) mergedRows(ch redline.Change) bool {
	arg := string(ch.Kind) + "\x00" + ch.Old + "\x00" + ch.New
	return c.ask(askMergedRows, false, arg, yes(c.mergedRowsText(ch))) != ""
}

// mergedRowsChange is the change a mergedRows question was asked of.
func mergedRowsChange(arg string) redline.Change {
	kind, rest, _ := strings.Cut(arg, "\x00")
	old, new, _ := strings.Cut(rest, "\x00")
	return redline.Change{Kind: redline.Kind(kind), Old: old, New: new}
}

// mergedRowsText is mergedRows, not traced.
func (c *classifier) mergedRowsText(ch redline.Change) bool {
	isRow := func(s string) bool {
		s = strings.TrimSpace(s)
		return strings.HasPrefix(s, "|") && !strings.Contains(s, "\n") && !strings.Contains(s, "---")
	}
	var oldRows, newRows []string // the rows of each side no longer, or not yet, on the other
	inOld, inNew := map[string]bool{}, map[string]bool{}
	for _, r := range c.rows {
		if r.Old != nil && isRow(r.Old.Text) {
			inOld[strings.TrimSpace(r.Old.Text)] = true
		}
		if r.New != nil && isRow(r.New.Text) {
			inNew[strings.TrimSpace(r.New.Text)] = true
		}
	}
	for _, r := range c.rows {
		if r.Old != nil && isRow(r.Old.Text) && !inNew[strings.TrimSpace(r.Old.Text)] {
			oldRows = append(oldRows, strings.TrimSpace(r.Old.Text))
		}
		if r.New != nil && isRow(r.New.Text) && !inOld[strings.TrimSpace(r.New.Text)] {
			newRows = append(newRows, strings.TrimSpace(r.New.Text))
		}
	}
	var merged []string // the joined rows the change may belong to
	switch {
	case ch.Kind == redline.Delete && isRow(ch.Old):
		merged = newRows
	case ch.Kind == redline.Replace && isRow(ch.Old) && isRow(ch.New):
		merged = []string{strings.TrimSpace(ch.New)}
	default:
		return false
	}
	a := strings.TrimSpace(ch.Old)
	ca := cellsOf(a)
	for _, m := range merged {
		// Only a row whose first cell joins names, one of them a's, is
		// looked at further: a table rewritten whole is not compared
		// row by row.
		cm := cellsOf(m)
		if len(cm) != len(ca) || !strings.Contains(cm[0], "&") && !strings.Contains(strings.ToLower(cm[0]), " and ") || !firstCellHas(cm[0], ca[0]) {
			continue
		}
		for _, b := range oldRows {
			if cb := cellsOf(b); b != a && firstCellHas(cm[0], cb[0]) && joinsRows(cm, ca, cb) {
				return true
			}
		}
	}
	return false
}

// firstCellHas reports whether cell m has the words of cell a.
func firstCellHas(m, a string) bool {
	lm := " " + strings.ToLower(stripMarkdown(m)) + " "
	for _, w := range plainWords(strings.ToLower(stripMarkdown(a))) {
		if !strings.Contains(lm, w) {
			return false
		}
	}
	return true
}

// joinsRows reports a row m whose every cell has the words of the cells
// of a and b in its column, and no other but "&" and "and", and whose
// first cell is longer than either's: two rows put in one.
func joinsRows(m, a, b []string) bool {
	if len(m) != len(a) || len(m) != len(b) || len(m) < 2 {
		return false
	}
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range plainWords(strings.ToLower(stripMarkdown(s))) {
			if w != "&" && w != "and" && w != "amp" {
				out[respKey(w)] = true
			}
		}
		return out
	}
	for k := range m {
		wm, wa, wb := words(m[k]), words(a[k]), words(b[k])
		for w := range wa {
			if !wm[w] {
				return false
			}
		}
		for w := range wb {
			if !wm[w] {
				return false
			}
		}
		for w := range wm {
			if !wa[w] && !wb[w] {
				return false
			}
		}
	}
	first := words(m[0])
	return len(first) > len(words(a[0])) && len(first) > len(words(b[0])) && (strings.Contains(m[0], "&") || strings.Contains(strings.ToLower(m[0]), " and "))
}
