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
	lost, gained := slices.Contains(removed, "we"), slices.Contains(added, "we")
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
	return func(w string) bool {
		if !(lost && slices.Contains(added, w) || gained && slices.Contains(removed, w)) {
			return false
		}
		// Or the name the author's own addresses carry (ownname.go).
		return slices.Contains(name, w) || len(w) > 2 && c.ownDomainDoc(other, w)
	}
}
