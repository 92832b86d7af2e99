package material

import "testing"

// TestForceOverData: a commitment's force changed over data that no
// category's word names is still a change about personal data: the omnie
// seed's "does not independently host or control customer data" with
// its "not" dropped was "Wording not about personal data". Twins: force
// changed in a sentence about no data, and data named with the same
// force, stay minor.
func TestForceOverData(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the seed's sentence", "Overview",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does independently host or control customer data.", true},
		{"host", "Overview",
			"We do not host customer data.",
			"We host customer data.", true},
		{"information, hedged", "Overview",
			"We never look at the information in your support tickets.",
			"We rarely look at the information in your support tickets.", true},
		{"twin: no data named", "Overview",
			"Our office is not open on Sundays.",
			"Our office is open on Sundays.", false},
		{"twin: the same denial, by neither and nor (b19-38)", "Overview",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie provides outsourced customer support services for ecommerce businesses. It operates within client-managed systems and neither hosts nor controls customer data independently.", false},
		{"twin: data named, the same force", "Overview",
			"We do not host customer data.",
			"We don't host customer data.", false},
	})
}
