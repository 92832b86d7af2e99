package material

import "testing"

// TestOwnPolicyTraded: what governs a party's use of the data traded
// between this policy and the party's own takes the reader's promises off
// the recipient, or puts them on it (b55-19: affiliates' use "subject to
// this Privacy Policy" → "subject to their own privacy policies" read
// "Same commitments, reworded"). Twins: this policy named another way, or
// the party's own policies named another way: minor.
func TestOwnPolicyTraded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"b55-19", "How We Share Your Information",
			"Quora Affiliates. The information collected about you may be accessed by or shared with affiliates of Quora, Inc., whose use and disclosure of your personal information is subject to this Privacy Policy.",
			"Quora Affiliates. The information collected about you may be accessed by or shared with affiliates of Quora, Inc., whose use and disclosure of your personal information is subject to their own privacy policies."},
		{"partners under their own notices", "Sharing with partners",
			"Our advertising partners may receive your device identifiers and must use them only as this Privacy Notice describes.",
			"Our advertising partners may receive your device identifiers and must use them only as their own privacy notices describe."},
		{"reverse: Stripe's own policy → this policy", "Payment processing",
			"Payments are handled by Stripe, which processes your card details under Stripe's own privacy policy.",
			"Payments are handled by Stripe, which processes your card details under this Privacy Policy."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "recipients")
	}
	runRestated(t, []restatedCase{
		{"twin: this → our Privacy Policy", "How We Share Your Information",
			"Affiliates of Quora, Inc. may access the information collected about you; their use and disclosure of it is subject to this Privacy Policy.",
			"Affiliates of Quora, Inc. may access the information collected about you; their use and disclosure of it is subject to our Privacy Policy.", false},
		{"twin: their own → their privacy policies", "Payment processing",
			"Payments are handled by Stripe, which processes your card details under its own privacy policy.",
			"Payments are handled by Stripe, which processes your card details under its privacy policy.", false},
	})
}
