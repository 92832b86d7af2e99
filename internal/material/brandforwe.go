package material

import (
	"slices"
	"strings"
)

// brandForWe returns a test for a word of the author's own name put where
// the other side says "we" (or "we" put for the name): "We use cookies" →
// "OmniOps uses cookies", "We retain your personal information" →
// "Omnis Software retains …" name the same party, the one the policy defines
// "we" as (found by rewording the seeds mechanically). A name that is not
// the author's ("We use cookies" → "Google uses cookies") is no test's to
// pass, nor "our" traded for a name ("our Omni Leads" names a product).
func (c *classifier) brandForWe(removed, added []string, ctxOld, ctxNew string) func(string) bool {
	lostWe, gainedWe := slices.Contains(removed, "we"), slices.Contains(added, "we")
	lostOur, gainedOur := slices.Contains(removed, "our"), slices.Contains(added, "our")
	lost, gained := lostWe || lostOur, gainedWe || gainedOur
	if !lost && !gained {
		return func(string) bool { return false }
	}
	name := strings.Fields(strings.ToLower(c.brand(false) + " " + c.brand(true)))
	// The name runs on in capitals where the other text writes it so
	// too: "Omnis Software uses cookies" for the author "Omnis", whose
	// policy names "Omnis Software" elsewhere. A name only the change
	// writes ("Omni Mail") is no part of it.
	named, other := ctxNew, true // the side the name is put on, and the other side
	if gained {
		named, other = ctxOld, false
	}
	if len(name) > 0 {
		ws := rawWords(named)
		for i := 0; i+1 < len(ws); i++ {
			if slices.Contains(name, strings.ToLower(ws[i])) && isName(ws[i+1]) && c.inDoc(other, ws[i]+" "+ws[i+1]) {
				name = append(name, strings.ToLower(ws[i+1]))
			}
		}
	}
	// "Our chat widget" → "The OmniOps chat widget" (b68-21 judged in the
	// whole OmniOps seed) puts the name for "our" as for "we", where the
	// name stands before the noun "our" stood before: in "the Bank's and
	// our legitimate interest" → "the Bank's legitimate interest … in
	// BankID" the name is no one's "our".
	ourFor := func(w string) bool {
		nw, ow := rawWords(named), rawWords(ctxOld)
		if gained {
			ow = rawWords(ctxNew)
		}
		for i := 0; i+1 < len(nw); i++ {
			if strings.EqualFold(nw[i], w) {
				for j := 0; j+1 < len(ow); j++ {
					if strings.EqualFold(ow[j], "our") && strings.EqualFold(ow[j+1], nw[i+1]) {
						return true
					}
				}
			}
		}
		return false
	}
	return func(w string) bool {
		if !(lost && slices.Contains(added, w) || gained && slices.Contains(removed, w)) {
			return false
		}
		// The author's name, or the name its own addresses carry
		// (ownname.go).
		if !slices.Contains(name, w) && !(len(w) > 2 && c.ownDomainDoc(other, w)) {
			return false
		}
		return lostWe || gainedWe || ourFor(w)
	}
}
