package material

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
// used to develop AI at Meta, still listed, under the same lead-in and
// the same titles, in another list three hundred blocks on; pga-35 015).
// The copy must stand in the same list: under the same lead-in line, not
// another line that says the same. A change with no lead-in has its copy
// anywhere.
func (c *classifier) copyInPlace(old bool, text string) bool {
	return c.ask(askCopyInPlace, old, text, yes(c.copyInPlaceText(old, text))) != ""
}

func (c *classifier) copyInPlaceText(old bool, text string) bool {
	lead := c.leadInText()
	if lead == "" {
		return true
	}
	at, ok := c.rowIndex()
	if !ok {
		return true
	}
	want := c.ix.fold(text)
	if c.leadIns == nil {
		c.leadIns = newLeadIns(c.rows) // leadin.go
	}
	for k, row := range c.rows {
		b := sideBlock(row, old)
		if b == nil || k == at || !equalWords(c.ix.fold(b.Text), want) {
			continue
		}
		if c.leadIns.above[k] == c.leadIns.above[at] {
			return true // the same list
		}
	}
	return false
}
