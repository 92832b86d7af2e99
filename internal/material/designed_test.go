package material

import (
	"strings"
	"testing"
)

// TestDesignedToHelp: a measure said to be "designed to" or "intended to"
// do a thing, or to "help" ensure it, is not said to do it: the promise is
// an aspiration (b18-28, "safeguards ensure" → "safeguards are designed to
// help ensure"). A request to be made "in writing" is held to a form
// (b18-30). One aspiration for another, or help given in other words,
// stays minor.
func TestDesignedToHelp(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"International transfers", "These safeguards ensure that personal data remains protected in accordance with UK GDPR.", "These safeguards are designed to help ensure that personal data remains protected in accordance with UK GDPR.", true},
		{"Security", "Our measures protect your data against loss.", "Our measures help protect your data against loss.", true},
		{"Security", "These controls prevent unauthorised access to your account.", "These controls are intended to prevent unauthorised access to your account.", true},
		{"Children", "Our age checks stop children under 13 from creating an account.", "Our age checks are meant to stop children under 13 from creating an account.", true},
		{"Your rights", "You can ask us to delete your data.", "You can ask us in writing to delete your data.", true},
		{"Your rights", "To exercise these rights, contact us at privacy@omni.example.", "To exercise these rights, contact us in writing at privacy@omni.example.", true},
		// One aspiration for another; help given in other words.
		{"Security", "Our safeguards are designed to ensure that your data stays confidential.", "Our safeguards are intended to ensure that your data stays confidential.", false},
		{"Your rights", "Our team helps you exercise your rights.", "Our team assists you in exercising your rights.", false},
		{"Your rights", "You can ask us in writing to delete your data.", "You can write to us to ask us to delete your data.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
