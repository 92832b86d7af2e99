package material

import "testing"

// Mends of round 93 (batches 431 to 434, written blind and first run on
// 859bac55: no miss; 80 of 127 flags right).

// TestIntendedToBeUsed: whom a service is "intended to be used by" is whom
// it is "intended for use by" (b432-40, and five earlier writers' edits,
// all read "Commitment weakened" by the hedge of "intended to"). Twins:
// another audience is a change, and "designed to" before what a measure
// does, or "intend to" before what the author does, still hedges.
func TestIntendedToBeUsed(t *testing.T) {
	h := "Children"
	runRestated(t, []restatedCase{
		{"intended to be used", h, "The Service is not intended for use by children under the age of 13.", "The Service is not intended to be used by children under the age of 13.", false},
		{"meant to be used", h, "The Service is intended for use by adults.", "The Service is meant to be used by adults.", false},
		{"twin: another audience", h, "The Service is intended for use by adults.", "The Service is intended to be used by children.", true},
		{"twin: designed to protect", "Security", "Our safeguards protect your data.", "Our safeguards are designed to protect your data.", true},
		{"twin: intend to use", "AI", "We do not use AI to make automated decisions.", "We do not intend to use AI to make automated decisions.", true},
	})
}

// TestFunctionalityFeatures: a product's "functionality" is its
// "features" (b431-05, and ten earlier writers' edits read as the
// fallback on the two words). Twins: features of another kind put in,
// and how the service "functions" (kept by WordNet's family of
// "function"), are read as before.
func TestFunctionalityFeatures(t *testing.T) {
	h := "How we use your information"
	old := "To provide access to the CRM platform and its functionality."
	runRestated(t, []restatedCase{
		{"functionality → features", h, old, "To provide access to the CRM platform and its features.", false},
		{"twin: AI features", h, old, "To provide access to the CRM platform and its AI features.", true},
		{"twin: how the service functions", "Cookies", "Disabling cookies may affect service functionality.", "Disabling cookies may affect how the service functions.", false},
	})
}
