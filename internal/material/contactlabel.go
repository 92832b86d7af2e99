package material

import "strings"

// A review makes a contact easier to find by saying, beside its label,
// what it may be used for: "Contact Email: [email protected]" → "Contact
// Email (including privacy and data protection requests): [email protected]"
// (b69-01). The address is the same one; the reader can write to it as
// before. Only a gloss that adds uses ("including", "for", "also for") is
// so read: one that narrows them ("only", "not", "excluding", "except")
// tells the reader to write elsewhere and stays.

// contactLabelGlossed reports new that is old's "Label: address" line with
// a bracket after the label saying what the address is for.
func contactLabelGlossed(old, new string) bool {
	oi, ni := strings.IndexByte(old, ':'), strings.IndexByte(new, ':')
	if oi <= 0 || ni <= oi || old[oi:] != new[ni:] {
		return false
	}
	rest := old[oi:]
	if strings.TrimSpace(rest[1:]) != "contact" {
		return false // not a contact line: the judge sees each address as "contact" (masked; a changed address is judged on its own)
	}
	label := old[:oi]
	gloss, ok := strings.CutPrefix(new[:ni], label+" (")
	if !ok || !strings.HasSuffix(gloss, ")") || strings.Count(gloss, " ") > 10 {
		return false
	}
	gloss = strings.ToLower(strings.TrimSuffix(gloss, ")"))
	if !strings.HasPrefix(gloss, "including ") && !strings.HasPrefix(gloss, "for ") && !strings.HasPrefix(gloss, "also for ") {
		return false
	}
	for _, w := range strings.Fields(gloss) {
		switch strings.Trim(w, ",.;") {
		case "only", "not", "no", "excluding", "except", "solely", "exclusively":
			return false
		}
	}
	return true
}
