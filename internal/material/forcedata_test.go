package material

import "testing"

// TestConditionOverData: a condition, an exception or a hedge put on a
// commitment over data no category's word names is material (probe: the
// omnie seed's "does not independently host or control customer data"
// with ", where feasible", ", unless we decide otherwise", ", subject to
// our internal policies" or ", except as described below" read "Wording
// not about personal data"). Twins: the same tail on a sentence naming no
// data, and the denial reworded with the same force, stay minor.
func TestConditionOverData(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"omnie where feasible", "Overview",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data, where feasible."},
		{"omnie unless", "Overview",
			"omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie operates within client-managed systems and does not independently host or control customer data, unless we decide otherwise."},
		{"omnie subject to", "Overview",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data, subject to our internal policies."},
		{"never hosts client data", "Overview",
			"Acme works inside its clients' tools and never hosts client data itself.",
			"Acme works inside its clients' tools and never hosts client data itself, unless we decide otherwise."},
		{"merchant information", "About us",
			"Our agents handle merchant information only inside the merchant's own helpdesk.",
			"Our agents handle merchant information only inside the merchant's own helpdesk, where feasible."},
		{"own client data", "Overview",
			"Acme provides support services and does not own client data.",
			"Acme provides support services and does not own client data, except as described below."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); !rep.Material {
			t.Errorf("%s: minor, want material: %v", tc.name, why)
		}
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"no data named", "Overview",
			"Acme provides support services for shops. It is based in Leeds.",
			"Acme provides support services for shops, where feasible. It is based in Leeds."},
		{"contraction", "Overview",
			"Acme does not independently host or control customer data.",
			"Acme doesn't independently host or control customer data."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
