package material

import "strings"

// imperativeRight reports a sentence, folded, that opens with a verb of
// a right of the reader's, bare as a list's item puts it under "You have
// the right to:": "Request a copy of the information we collect about
// you, and to know the categories of …", "Access your data", "Object to
// profiling", "Opt out of the sale of …". What such an item says the
// reader may ask for or know is that right's object: a change to it
// (the "categories or list of third parties" one may know) is a term of
// the right, whatever data or parties the item names.
func (c *classifier) imperativeRight(ws []string) bool {
	k := c.rb.categoryIndex("rights")
	if k < 0 || len(ws) < 3 {
		return false
	}
	e := wordNet().entries(ws[0])
	if len(e) == 0 || !strings.ContainsRune(e[0].pos, 'v') && (len(e) < 2 || !strings.ContainsRune(e[1].pos, 'v')) {
		return false
	}
	for _, h := range c.ix.strongHits(ws[:3]) {
		if h.j == 0 && int(h.k) == k {
			return true
		}
	}
	return false
}
