package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// storedPlace returns "transfers" for a material verdict of retention
// whose changed sentences say where data is held, not for how long: on
// each side the only words of retention are of storing ("store", "kept",
// "storage"), or there are none, at least one side has one, neither
// gives a period, and both name a place (a country, or a word of
// transfers: "outside the EEA", "servers in"). "We will not transfer your
// personal data to any country outside the EU/EEA" → "We will not store
// your personal data in any country outside the EU/EEA" still says where
// data may go (GDPR Art. 13(1)(f)), as storedWhere reads a force changed
// on such a sentence.
func (c *classifier) storedPlace(v Verdict, ch redline.Change) string {
	if v.Category != "retention" || namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if strings.TrimSpace(so) == "" || strings.TrimSpace(sn) == "" {
		return ""
	}
	r, t := c.rb.categoryIndex("retention"), c.rb.categoryIndex("transfers")
	if r < 0 || t < 0 {
		return ""
	}
	fo, fn := c.ix.fold(so), c.ix.fold(sn)
	if len(quantities(fo)) > 0 || len(quantities(fn)) > 0 {
		return "" // a period: how long
	}
	stored := false
	for side, ws := range [2][]string{fo, fn} {
		place := false
		for _, h := range c.ix.strongHits(ws) {
			switch int(h.k) {
			case r:
				if !storingWords[c.ix.terms[h.k][h.i][0]] {
					return "" // "retained", "deleted", "period": how long
				}
				stored = true
			case t:
				// "outside" alone is no place: "outside of client systems"
				place = place || c.ix.terms[h.k][h.i][0] != "outside"
			}
		}
		if !place {
			keys, _ := c.places([2]string{so, sn}[side])
			place = len(keys) > 0
		}
		if !place {
			return ""
		}
	}
	if !stored {
		return ""
	}
	return "transfers"
}
