package material

import "testing"

// TestNegationAsOutside: "we do not control X" is "X is outside our
// control", "beyond our control": the negation said by a preposition
// before the verb's own noun. The same sentence with the negation dropped,
// the party changed, "within" for "outside", or "outside" a place keeps
// its verdict: material. (Written for b16-03.)
func TestNegationAsOutside(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-03", "18. THIRD-PARTY SERVICES AND INTEGRATIONS",
			"OmniCRM does not control how those third-party services process data. Customers are responsible for reviewing the privacy policies of those providers.",
			"How those third-party services process data is outside OmniCRM's control, so it is for customers to review those providers' privacy policies.", false},
		{"not control → outside control", "Third-party services",
			"OmniCRM does not control how those third-party services process data.",
			"How those third-party services process data is outside OmniCRM's control.", false},
		{"not control → beyond our control", "Cookies",
			"We do not control the cookies that advertisers place on your device.",
			"The cookies that advertisers place on your device are beyond our control.", false},
		{"beyond our control → not control", "Links to other websites",
			"The way other websites handle your personal data is beyond our control.",
			"We do not control the way other websites handle your personal data.", false},
		{"not responsible → beyond our responsibility", "Links to other websites",
			"We are not responsible for the privacy practices of other websites.",
			"The privacy practices of other websites are outside our responsibility.", false},
		{"negation dropped", "Third-party services",
			"OmniCRM does not control how those third-party services process data.",
			"OmniCRM controls how those third-party services process data.", true},
		{"outside → within", "Third-party services",
			"OmniCRM does not control how those third-party services process data.",
			"How those third-party services process data is within OmniCRM's control.", true},
		{"another party's control", "Third-party services",
			"OmniCRM does not control how those third-party services process data.",
			"How those third-party services process data is outside the customer's control.", true},
		{"outside a place, negation dropped", "International transfers",
			"We do not transfer your personal data outside the EEA.",
			"We transfer your personal data outside the EEA.", true},
		{"not transfer → transfer outside", "International transfers",
			"We do not transfer your personal data.",
			"We transfer your personal data outside the EEA.", true},
		{"not control → outside control, another act", "Cookies",
			"We do not control the cookies that advertisers place on your device.",
			"The cookies that advertisers read on your device are beyond our control.", true},
	})
}
