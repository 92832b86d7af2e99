package material

import (
	"strings"
	"testing"
)

// TestAdviceInThePassive: advice to the reader commits the company to
// nothing, said in the active ("We encourage you to") or the passive
// ("You are encouraged to"), and however often the reader is advised to do
// the thing. A duty put on the reader ("You are required to"), or a
// commitment of the company's added to the advice, is no advice.
func TestAdviceInThePassive(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Changes to this policy", "We encourage you to review this Privacy Policy periodically for any changes.",
			"You are encouraged to look over this Privacy Policy every so often for any changes.", false},
		{"Security", "We recommend that you use a strong password for your account.", "Users are encouraged to use a strong password for their account.", false},
		{"Changes to this policy", "We encourage you to review this Privacy Policy periodically for any changes.",
			"We encourage you to review this Privacy Policy every so often for any changes.", false},
		// material twins
		{"Changes to this policy", "We encourage you to review this Privacy Policy periodically for any changes.",
			"You are required to review this Privacy Policy periodically for any changes.", true},
		{"Changes to this policy", "You are encouraged to review this Privacy Policy for any changes.",
			"You are encouraged to review this Privacy Policy, and we will email you a summary of any changes.", true},
		{"Security", "We always review who has access to personal data.", "We review who has access to personal data every so often.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
