package material

import "testing"

// TestWithoutWhether: "whether through A, through B or C" offers the
// ways "using A, B or C" offers; "You can withdraw consent" said as
// "Consent may be withdrawn" is the same right (b18-37). Near misses stay
// material: a way dropped, a time limit put in, "only" put in, and
// "whether" asking a question that is dropped.
func TestWithoutWhether(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-37", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting us. When you withdraw analytics consent, all analytics cookies are automatically removed. Withdrawal does not affect lawfulness of processing before withdrawal.",
			"Consent may be withdrawn at any time, whether through our cookie consent banner, through the preference center in your dashboard or by contacting us. When you withdraw analytics consent, all analytics cookies are automatically removed. Withdrawal does not affect lawfulness of processing before withdrawal.", false},
		{"whether by post or by email", "Your rights",
			"You can make a request by post or by email.",
			"You can make a request, whether by post or by email.", false},
		// Twins: still material.
		{"twin: a way dropped", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting us.",
			"Consent may be withdrawn at any time, whether through our cookie consent banner or by contacting us.", true},
		{"twin: a time limit", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner or by contacting us.",
			"Consent may be withdrawn within 30 days, whether through our cookie consent banner or by contacting us.", true},
		{"twin: only", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner or by contacting us.",
			"Consent may only be withdrawn through our cookie consent banner.", true},
		{"twin: a question dropped", "Your rights",
			"You can ask us whether we hold your data, and we will tell you by email or by post.",
			"We will write to you by email or by post.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
