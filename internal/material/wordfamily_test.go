package material

import (
	"slices"
	"testing"
)

// TestWordFamily: a word traded for one WordNet links to it word to word,
// as derived from it or as the noun an adjective pertains to, says the
// same thing in another part of speech: "which issues the World card" →
// "the issuer of the World card", "legal changes" → "changes in the law".
// A word traded for another of no family (the issuer for the servicer,
// the law for a contract) or a party added beside it is still compared.
// (Written for b35-24, b29-44.)
func TestWordFamily(t *testing.T) {
	for _, p := range [][2]string{{"issuer", "issue"}, {"legal", "law"}, {"authorization", "authorize"}} {
		if e := wordNet().entries(p[0]); len(e) == 0 || !slices.Contains(e[0].family, p[1]) {
			t.Errorf("WordNet's family of %q has no %q: %v", p[0], p[1], e)
		}
	}
	runRestated(t, []restatedCase{
		{"b35-24", "Financial Partners",
			"We share information we collect with our financial services partner, Comenity Bank, which issues the World card.",
			"We share information we collect to Comenity Bank, our financial services partner and the issuer of the World card.", false},
		{"b29-44", "Changes to this policy",
			"We may update this policy to reflect: Legal changes, platform updates, security improvements.",
			"We may update this policy to reflect: Changes in the law, updates to the platform, improvements to security.", false},
		{"contractual → contract", "Legal basis",
			"We process your order details to meet our contractual obligations to you.",
			"We process your order details to meet our obligations under our contract with you.", false},
		// Material twins.
		{"issuer → servicer", "Financial Partners",
			"We share information we collect with Comenity Bank, which issues the World card.",
			"We share information we collect with Comenity Bank, the servicer of the World card.", true},
		// (Out of a sentence that says the policy may be updated: why it
		// may be updated binds no one, updatereason.go.)
		{"law → partners", "Security",
			"We review our security controls to reflect: Legal changes, platform updates, security improvements.",
			"We review our security controls to reflect: Changes in our partners, updates to the platform, improvements to security.", true},
	})
}
