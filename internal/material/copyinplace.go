package material

import "slices"

// copyInPlace reports a block of the old (or new) text that reads as
// text does and stands under the same lead-in as the change being judged:
// a list item added that the policy already had under that lead-in is a
// duplicate; one it had only under another ("Where you are a Customer,
// the types of personal information we may collect about you include:")
// is said now of someone else ("Where you are an External User"): the
// list under that lead-in gains an item (kinde-oss/documentation, 2025).
// So with an item removed: one that remains only under the same lead-in
// in another section was taken from this section's list (Instagram's
// "Public content you or others create or share" dropped from the data
// used to develop AI at Meta, still listed for other purposes; pga-35
// 015). The copy must stand in the same section too. A change with no
// lead-in has its copy anywhere.
func (c *classifier) copyInPlace(old bool, text string) bool {
	return c.ask(askCopyInPlace, old, text, yes(c.copyInPlaceText(old, text))) != ""
}

func (c *classifier) copyInPlaceText(old bool, text string) bool {
	lead := c.leadInText()
	if lead == "" {
		return true
	}
	want := c.ix.fold(text)
	if c.leadIns == nil {
		c.leadIns = newLeadIns(c.rows) // leadin.go
	}
	at, ok := c.rowIndex()
	if !ok {
		return true
	}
	own := sideBlock(c.rows[at], !old) // the change's own block, on the other side
	for k, row := range c.rows {
		b := sideBlock(row, old)
		if b == nil || k == at || !equalWords(c.ix.fold(b.Text), want) {
			continue
		}
		// The same lead-in may head a list in several sections: Meta's
		// "Your activity and information you provide:" heads the data
		// used for each purpose, one section a purpose.
		if c.leadIns.listLead(c.rows, k) == lead && (own == nil || slices.Equal(b.Section, own.Section)) {
			return true
		}
	}
	return false
}
