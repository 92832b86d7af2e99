package material

import "testing"

// Mends of round 69 (batches 335 to 338, written blind and first run on
// round 68's mends). Each test has twins that must stay as they were.

// TestPraiseAside: praise commits to nothing ("award-winning",
// "best-in-class", "military-grade AES-256", batch 337); what it praises,
// and anything changed beside it, is compared as written.
func TestPraiseAside(t *testing.T) {
	runRestated(t, []restatedCase{
		{"award-winning, industry-leading", "Scope", "This Privacy Policy applies to visitors to the OmniCRM website and businesses using the OmniCRM platform.",
			"This Privacy Policy applies to visitors to the award-winning OmniCRM website and businesses using the industry-leading OmniCRM platform.", false},
		{"military-grade", "Security", "  • Encryption at rest: customer data is encrypted using AES-256.",
			"  • Encryption at rest: customer data is encrypted using military-grade AES-256.", false},
		{"exciting, best-in-class", "Marketing", "We may send you offers, ideas, products and services.",
			"We may send you offers, exciting ideas, best-in-class products and services.", false},
		{"twin: praise beside a new recipient", "Sharing", "We share data with our payment processor.",
			"We share data with our award-winning payment processor and with Meta.", true},
		{"twin: praise beside a measure added", "Security", "  • Customer data is stored in the EU.",
			"  • Customer data is stored in the EU with military-grade encryption.", true},
		{"twin: praise dropped beside a limit dropped", "Sharing", "We share data only with our award-winning payment processor.",
			"We share data with our payment processor.", true},
	})
}

// TestDoubleNegation: an exception for where a condition does not hold
// is that condition ("where required" → "save where they are not
// required", batch 342, round 70, mended after its figures were taken);
// an exception for where it does hold is its opposite.
func TestDoubleNegation(t *testing.T) {
	const h = "8. INTERNATIONAL DATA TRANSFERS"
	const old = "Safeguards are implemented through Standard Contractual Clauses where required."
	runRestated(t, []restatedCase{
		{"save where they are not required", h, old, "Safeguards are implemented through Standard Contractual Clauses save where they are not required.", false},
		{"save where not applicable", "Individual Rights", "omnie will assist clients in fulfilling such requests where applicable.",
			"omnie will assist clients in fulfilling such requests, save where not applicable.", false},
		{"the other way", "Purposes", "  • To send marketing communications (save where not permitted).", "  • To send marketing communications (where permitted).", false},
		{"twin: save where required, no not", h, old, "Safeguards are implemented through Standard Contractual Clauses save where required.", true},
		{"twin: the mechanism traded beside it", h, old, "Safeguards are implemented through Binding Corporate Rules save where they are not required.", true},
	})
}
