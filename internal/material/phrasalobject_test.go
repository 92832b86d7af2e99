package material

import "testing"

// TestPhrasalObject: a thing a verb acts on, said after a verb and its
// particle ("facilitate integrations" → "help with integrations", the
// Omni Software seed's list of purposes), is no party taking another
// role. Twins: a party the data now goes to, or comes from, still moves.
func TestPhrasalObject(t *testing.T) {
	const use = "How We Use Your Information"
	runRestated(t, []restatedCase{
		{"the seed's purpose", use,
			"- To facilitate integrations with third-party services you authorize.",
			"- To help with integrations with third-party services you authorize.", false},
		{"deal with", use,
			"- To handle complaints from customers.",
			"- To deal with complaints from customers.", false},
		{"twin: partner data sold to partners", "Sharing",
			"We never sell partner data.",
			"We never sell data to partners.", true},
	})
}
