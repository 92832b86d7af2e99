package material

// Whether data held names the person is what data is held, however the
// words are filed: "pseudonymis" is also a word of security (GDPR Art.
// 32 names pseudonymisation among the measures), and "anonymize" one of
// retention. So "we combine it (analysis) with information previously
// anonymized" → "… previously pseudonymized" (b28-12) says the data
// combined still names the user: the data category, as the same trade is
// in a sentence of keeping (identifiabilityOnly). A sentence that states
// a safeguard ("we protect your data by pseudonymising it", a word of
// security beside the trade) keeps security: there the trade is how the
// data is protected.
//
// identifiabilityKept reports the change identifiabilityOnly reads, for a
// verdict of category k whose own words are of retention or security,
// where the sentence names nothing else of k.
func (c *classifier) identifiabilityKept(k string, removed, added, fOld, fNew []string) bool {
	switch k {
	case "retention":
		return c.identifiabilityOnly(removed, added, fOld, fNew)
	case "security":
		if !c.identifiabilityOnly(removed, added, fOld, fNew) {
			return false
		}
		frame, _ := diffWords(fOld, removed)
		return !c.names("security", frame)
	}
	return false
}
