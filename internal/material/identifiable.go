package material

import "strings"

// identifiabilityStems begin the words that say how far data held names
// the person it is about: anonymised data names no one, pseudonymised or
// hashed data still does.
var identifiabilityStems = []string{"anonym", "pseudonym", "deidentif", "de-identif", "reidentif", "identifiable", "hashed", "aggregat"}

func identifiabilityWord(w string) bool {
	for _, s := range identifiabilityStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// identifiabilityOnly reports a change, folded, that only trades how far
// the data a sentence names identifies the user ("IP address (anonymized
// for analytics)" → "(pseudonymized for analytics)"), in a sentence that
// says nothing else of keeping or deleting it: no period, no word of
// retention beside. Whether the data collected is personal data, or
// still names the user, is what data is collected, the data category,
// though "anonymize" is a word of retention. Data anonymised or
// pseudonymised after a period ("after 30 days") or instead of being
// deleted is how it is kept: retention.
func (c *classifier) identifiabilityOnly(removed, added, fOld, fNew []string) bool {
	ro, ra := c.content(removed), c.content(added)
	if len(ro) == 0 || len(ra) == 0 {
		return false
	}
	for _, w := range append(append([]string{}, ro...), ra...) {
		if !identifiabilityWord(w) {
			return false
		}
	}
	if len(quantities(fOld)) > 0 || len(quantities(fNew)) > 0 {
		return false
	}
	frame, _ := diffWords(fOld, removed)
	return !c.names("retention", frame)
}
