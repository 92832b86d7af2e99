package material

import "strings"

// brandWrittenOut reports a name n that is the name o with one word
// written out from its beginning, or shortened to it, the other words
// kept, where the longer word is a name both texts write on its own
// ("Woo Shipping" → "WooCommerce Shipping" in a list that names
// WooCommerce before and after, b22-24): the same product under its full
// name. The shorter word has three letters at least.
func (c *classifier) brandWrittenOut(o, n string) bool {
	wo, wn := strings.Fields(o), strings.Fields(n)
	if len(wo) < 2 || len(wo) != len(wn) {
		return false
	}
	long := ""
	for i := range wo {
		if wo[i] == wn[i] {
			continue
		}
		if long != "" {
			return false
		}
		s, l := wo[i], wn[i]
		if len(s) > len(l) {
			s, l = l, s
		}
		if len(s) < 3 || len(s) == len(l) || !strings.HasPrefix(l, s) || !isName(l) {
			return false
		}
		long = l
	}
	lk := strings.ToLower(long)
	return long != "" && c.inDoc(true, lk) && c.inDoc(false, lk)
}
