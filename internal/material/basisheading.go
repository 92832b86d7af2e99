package material

// basisHeading returns "legal-basis" for a section whose heading names a
// legal basis and no other category: "Consent (Art. 6(1)(a))",
// "Legitimate interests". A list under it lists what the basis covers,
// and an item added to it or taken from it ("• Non-essential cookies and
// analytics" → "• Non-essential cookies", b79-23) changes what is done on
// that basis (GDPR Art. 13(1)(c)), whatever the item's own words name:
// analytics no longer on consent. Only a thing listed counts, an item
// whose words changed name a category ("analytics"): words that qualify
// the item ("which you or others have made public") leave it to the
// words it keeps (weakframe_test.go). A heading that names another category
// too ("Cookies and consent") says no one basis; a recipient put in or
// taken out of such a list stays the recipients' (the caller's). ""
// otherwise.
func (c *classifier) basisHeading(section []string) string {
	lb := c.rb.categoryIndex("legal-basis")
	if lb < 0 {
		return ""
	}
	hits := c.ix.strongHits(c.headingWords(section))
	if len(hits) == 0 {
		return ""
	}
	for _, h := range hits {
		if int(h.k) != lb {
			return ""
		}
	}
	return "legal-basis"
}
