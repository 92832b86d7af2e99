package material

import "testing"

// TestAnytimeRightNamed: "at any time" taken from a right named as such
// ("Right to …", "The right to …") or from a right's bare verb under it
// limits when the right may be used (probe: the OmniOps seed's "Right to
// Withdraw Consent (Art. 7): Withdraw consent at any time where processing
// is based on consent" lost "at any time" and read "Same commitments,
// reworded"). Twins: a right the company reserves, and a right's item
// reworded with "at any time" kept, stay minor.
func TestAnytimeRightNamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"omniops withdraw", "Your Data Rights",
			"- Right to Withdraw Consent (Art. 7): Withdraw consent at any time where processing is based on consent",
			"- Right to Withdraw Consent (Art. 7): Withdraw consent where processing is based on consent"},
		{"right to object", "Your rights",
			"- Right to Object: Object at any time to processing for direct marketing",
			"- Right to Object: Object to processing for direct marketing"},
		{"the right to withdraw", "Your rights",
			"- The right to withdraw consent at any time, without affecting earlier processing.",
			"- The right to withdraw consent, without affecting earlier processing."},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats["rights"] && !cats["legal-basis"] || len(cats) != 1 {
			t.Errorf("%s: material=%v %v, want rights or legal-basis: %v", tc.name, rep.Material, cats, why)
		}
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"reserved", "Changes",
			"We reserve the right to change this policy at any time.",
			"We reserve the right to change this policy."},
		{"kept", "Your rights",
			"- Right to Object: Object at any time to processing for direct marketing",
			"- Right to Object: Object at any time to processing for direct marketing purposes"},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
