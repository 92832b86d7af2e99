package material

import "strings"

// ownKind returns a test for a noun of the kind of offering (ownNouns,
// and "browser") that one side writes after a name of the author's own
// offering and the other side leaves out: "Your Firefox browser contacts
// Mozilla" → "Firefox contacts Mozilla", "the Quorbit app" → "Quorbit".
// The author's product named with or without its kind is the same
// product, and commits to the same. The test holds only where every
// such word on its side follows, directly, the author's name (brand) or a
// name the text gives as the author's own offering (ownProduct) that the
// other side still writes. Another company's product with its kind
// dropped ("from the Facebook app" → "from Facebook": the company, not
// one product) and a word of another kind ("your Firefox account") stay
// unexplained.
func (c *classifier) ownKind(ctxOld, ctxNew string) func(string) bool {
	return func(w string) bool {
		if !ownNouns[w] && w != "browser" && w != "browsers" {
			return false
		}
		return c.kindAfterOwnName(true, w, ctxOld, ctxNew) || c.kindAfterOwnName(false, w, ctxNew, ctxOld)
	}
}

// kindAfterOwnName reports that text, of the old (or new) side, writes w
// at least once and each time right after a name of the author's own
// offering, where other writes that name followed by the word text writes
// after w: "Your Firefox browser contacts" beside "Firefox contacts". A
// kind traded for another place ("the Finnair website at" → "Finnair’s
// Privacy Portal at") or a name cut short ("Mozilla Subscription Services
// receives" → "Mozilla receives") is not so read.
func (c *classifier) kindAfterOwnName(old bool, w, text, other string) bool {
	if !containsFold(text, w) {
		return false
	}
	ws := rawWords(text)
	var ow []string // other's words, read when first needed
	found := false
	for i, x := range ws {
		if !strings.EqualFold(x, w) {
			continue
		}
		if i == 0 || i+1 == len(ws) {
			return false
		}
		name := strings.TrimSuffix(strings.TrimSuffix(ws[i-1], "'s"), "’s")
		if !isName(name) || ownNouns[strings.ToLower(name)] || name != c.brand(old) && !c.ownProduct(old, name) {
			return false
		}
		if ow == nil {
			ow = rawWords(other)
		}
		next := ws[i+1]
		if !followsIn(ow, name, next) {
			return false
		}
		found = true
	}
	return found
}

// followsIn reports ws writing a directly before b.
func followsIn(ws []string, a, b string) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k] == a && ws[k+1] == b {
			return true
		}
	}
	return false
}
