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
	lostOther := slices.Contains(removed, "our") || slices.Contains(removed, "us")
	gainedOther := slices.Contains(added, "our") || slices.Contains(added, "us")
	lost, gained := lostWe || lostOther, gainedWe || gainedOther
	if !lost && !gained {
		return func(string) bool { return false }
	}
	name := strings.Fields(strings.ToLower(c.brand(false) + " " + c.brand(true)))
	// The name runs on in capitals where the other text writes it so
	// too: "Omnis Software uses cookies" for the author "Omnis", whose
	// policy names "Omnis Software" elsewhere. A name only the change
	// writes ("Omni Mail") is no part of it.
	named, other := ctxNew, true // the side the name is put on, and the other side
	pronouns := ctxOld           // the side the pronoun is taken from
	if gained {
		named, other, pronouns = ctxOld, false, ctxNew
	}
	nw := rawWords(named)
	for i := range nw {
		nw[i] = strings.TrimSuffix(strings.TrimSuffix(nw[i], "'s"), "’s")
	}
	if len(name) > 0 {
		for i := 0; i+1 < len(nw); i++ {
			if slices.Contains(name, strings.ToLower(nw[i])) && isName(nw[i+1]) && c.inDoc(other, nw[i]+" "+nw[i+1]) {
				name = append(name, strings.ToLower(nw[i+1]))
			}
		}
	}
	// "Our chat widget" → "The OmniOps chat widget" (b68-21 judged in the
	// whole OmniOps seed), "our website" → "OmniCRM's website", "contact
	// us" → "contact Omnis Software" put the name for "our" and "us" as
	// for "we", where the name stands where the pronoun stood: before
	// the same noun, after the same verb. In "the Bank's and our
	// legitimate interest" → "the Bank's legitimate interest … in BankID"
	// the name is no one's "our".
	pw := rawWords(pronouns)
	inPlace := func(w string) bool {
		for i, x := range nw {
			if !strings.EqualFold(x, w) {
				continue
			}
			// the name's run: "Omnis Software" for "us" ends at "Software"
			end := i
			for end+1 < len(nw) && slices.Contains(name, strings.ToLower(nw[end+1])) {
				end++
			}
			start := i
			for start > 0 && slices.Contains(name, strings.ToLower(nw[start-1])) {
				start--
			}
			for j, p := range pw {
				switch {
				case strings.EqualFold(p, "our") && j+1 < len(pw) && end+1 < len(nw) && strings.EqualFold(pw[j+1], nw[end+1]):
					return true
				case strings.EqualFold(p, "us") && j > 0 && start > 0 && strings.EqualFold(pw[j-1], nw[start-1]):
					return true
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
		return lostWe || gainedWe || inPlace(w)
	}
}
