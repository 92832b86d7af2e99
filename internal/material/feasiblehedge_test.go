package material

import "testing"

// TestFeasibleAfterTelling: a standard the act is measured by ("where
// feasible", "where possible", "where technically feasible") put right
// after a verb of telling hedges the commitment; it is no object clause
// of that verb (probe: the Omni Software seed's "use it only for the
// purposes we specify" + ", where feasible" read "Same commitments,
// reworded"). Twin: a "where" clause that is the verb's object stays what
// it was.
func TestFeasibleAfterTelling(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"omni-software specify", "Information Sharing and Disclosure",
			"- With Service Providers: We may share information with third-party vendors and service providers who perform services on our behalf (e.g., hosting, data storage, payment processing, email/SMS delivery, analytics). These providers are obligated to protect your information and use it only for the purposes we specify.",
			"- With Service Providers: We may share information with third-party vendors and service providers who perform services on our behalf (e.g., hosting, data storage, payment processing, email/SMS delivery, analytics). These providers are obligated to protect your information and use it only for the purposes we specify, where feasible."},
		{"decide where possible", "Service providers",
			"Our vendors process your data only for the tasks we decide.",
			"Our vendors process your data only for the tasks we decide, where possible."},
		{"specify technically feasible", "Retention",
			"We delete your records on the dates we specify.",
			"We delete your records on the dates we specify, where technically feasible."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); !rep.Material {
			t.Errorf("%s: minor, want material: %v", tc.name, why)
		}
	}
	if rep, _, why := judgeEdit(rb, "Storage", "This section explains where your data is stored.", "This section sets out where your data is stored."); rep.Material {
		t.Errorf("object clause: material, want minor: %v", why)
	}
}
