package material

import "strings"

// A web site named by its address, "Chrome.com", is the site of the
// party whose name it spells: Chrome's policy captured with a survey of
// its site ("We'd like to ask you a few brief questions to help us improve
// Chrome.com") read "New recipient: Chrome.com" (ota-121 001, 002), where
// the text names Chrome throughout. Where the other text names the party,
// its site is no one new; "Booking.com" in a text that never names
// Booking is a name like any other.

// siteAddressNameRE is a name written as a site's address: a capitalised label
// and a common top-level domain.
var siteAddressNameRE = mustPattern(`^(\p{Lu}[\p{L}\d-]*)\.(?:com|org|net|io|co|ai|app|dev|info|eu|me|tv)$`)

// siteNameLabel returns the label of a name written as a site's address
// ("Chrome" for "Chrome.com"), "" for any other name.
func siteNameLabel(e string) string {
	if m := siteAddressNameRE.FindStringSubmatch(e); m != nil {
		return m[1]
	}
	return ""
}

// A name followed by "compliance" or "compliant" names a law or a
// standard the author keeps to, not a party: Proton's "We are also GDPR
// compliant and fully committed to [DSA](https://proton.me/legal/dsa)
// compliance for users within the European Union" read "New recipient:
// DSA" (ota-118 005). Whether the promise itself is material is judged
// on its other words; the name is no one data goes to.

// complianceAfterRE opens the words after such a name: a link's target
// the name is the words of, then the word of compliance.
var complianceAfterRE = mustPattern(`^(?:\]\([^)\s]*\))?\s+(?:compliance|compliant)\b`)

// complianceName reports a name e whose every mention in ctx is so
// followed. A standard of security ("ISO 27001", "SOC 2", "PCI DSS"),
// certified or complied with, is a measure taken: it is read as one.
func complianceName(ctx, e string) bool {
	if !strings.Contains(ctx, "complian") || strings.ContainsAny(e, "0123456789") || strings.HasPrefix(e, "PCI") || strings.HasPrefix(e, "SOC") || strings.HasPrefix(e, "ISO") {
		return false
	}
	return everyMentionFollowedBy(ctx, e, complianceAfterRE)
}
