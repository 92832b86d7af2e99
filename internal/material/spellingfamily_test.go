package material

import "testing"

// TestSpellingFamily: a verb and its noun of one family pair whichever
// side of the Atlantic spells the suffix ("authorization" beside
// "authorised", "organisation" beside "organized"): the same act said as
// a verb. Another act of another family is still compared, and so is a
// word of the family negated or traded for another. (Written for b43-41.)
func TestSpellingFamily(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b43-41", "Third-Party Services",
			"- Shopify — E-commerce product integration. Uses OAuth for secure authorization.",
			"- Shopify — E-commerce product integration, authorized securely through OAuth.", false},
		{"authorisation → authorized", "Third-Party Services",
			"- Slack — Messaging integration. Uses OAuth for secure authorisation.",
			"- Slack — Messaging integration, authorized securely through OAuth.", false},
		{"anonymization → anonymised", "Analytics",
			"Usage statistics undergo anonymization before we analyse them.",
			"Usage statistics are anonymised before we analyse them.", false},
		// Material twins: another act, a measure dropped.
		{"authorization → authentication", "Third-Party Services",
			"- Shopify — E-commerce product integration. Uses OAuth for secure authorization.",
			"- Shopify — E-commerce product integration. Uses OAuth for secure authentication.", true},
		{"anonymization → aggregation", "Analytics",
			"Usage statistics undergo anonymization before we analyse them.",
			"Usage statistics are aggregated before we analyse them.", true},
	})
}
