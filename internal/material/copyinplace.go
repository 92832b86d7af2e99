package material

// copyInPlace reports a block of the old (or new) text that reads as
// text does and stands under the same lead-in as the change being judged:
// a list item added that the policy already had under that lead-in is a
// duplicate; one it had only under another ("Where you are a Customer,
// the types of personal information we may collect about you include:")
// is said now of someone else ("Where you are an External User"): the
// list under that lead-in gains an item (kinde-oss/documentation, 2025).
// A change with no lead-in has its copy anywhere.
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
	for k, row := range c.rows {
		b := sideBlock(row, old)
		if b == nil || k == c.at || !equalWords(c.ix.fold(b.Text), want) {
			continue
		}
		if c.leadIns.listLead(c.rows, k) == lead {
			return true
		}
	}
	return false
}
