package material

// storingWords are the retention terms that say data is held somewhere,
// not for how long ("stored" folds to "kept").
var storingWords = map[string]bool{"keep": true, "kept": true, "store": true, "stored": true, "storage": true, "held": true, "save": true, "saving": true}

// storedWhere reports two sentences, folded and as written, that say where
// data is stored and not for how long: their only words of retention are
// of storing ("stored", "kept", "storage"), neither gives a period, and both name
// a place (a country, or a word of transfers: "located in", "servers
// in", "region"). A commitment about such a sentence weakened or made
// firmer ("primarily stored" → "stored") is about where data goes, an
// international transfer (GDPR Art. 13(1)(f)), not about retention.
func (c *classifier) storedWhere(fOld, fNew []string, old, new string) bool {
	r, t := c.rb.categoryIndex("retention"), c.rb.categoryIndex("transfers")
	if r < 0 || t < 0 || len(quantities(fOld)) > 0 || len(quantities(fNew)) > 0 {
		return false
	}
	for side, ws := range [2][]string{fOld, fNew} {
		stored, place := false, false
		for _, h := range c.ix.strongHits(ws) {
			switch int(h.k) {
			case r:
				if !storingWords[c.ix.terms[h.k][h.i][0]] {
					return false // "retained", "deleted", "period": how long
				}
				stored = true
			case t:
				place = true
			}
		}
		if !place {
			keys, _ := c.places([2]string{old, new}[side])
			place = len(keys) > 0
		}
		if !stored || !place {
			return false
		}
	}
	return true
}
