package material

import (
	"strings"
	"testing"
)

// TestDutyTradedForPermission holds the family of a duty traded for a
// permission in a sentence that already permits something else: "We may
// share it with our affiliates, in which case we will require them to
// honor this policy" → "…; if we do, we may ask them to". The "may" of
// sharing is on both sides, so the weakest word present did not change,
// but the duty on the affiliates became a request: weakened. The same
// sentence with the duty kept, said with "if we do", "if so" or "in which
// case", commits to the same (b34-02).
func TestDutyTradedForPermission(t *testing.T) {
	rb := Builtin()
	const share = "We may share your information with our affiliates, in which case we will require them to honor this Privacy Policy."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b34-02: if we do", "Disclosure of your information", share,
			"We may share your information with our affiliates; if we do, we will require them to honor this Privacy Policy.", false},
		{"if so", "Disclosure of your information", share,
			"We may share your information with our affiliates; if so, we will require them to honor this Privacy Policy.", false},
		{"in that case", "Your rights",
			"You may ask us to delete your account. If you do, we will delete it within 30 days.",
			"You may ask us to delete your account, in which case we will delete it within 30 days.", false},
		// Material twins.
		{"the duty made a request", "Disclosure of your information", share,
			"We may share your information with our affiliates; if we do, we may ask them to honor this Privacy Policy.", true},
		{"the duty made a permission", "Your rights",
			"You may ask us to delete your account. If so, we will delete it within 30 days.",
			"You may ask us to delete your account, in which case we may delete it within 30 days.", true},
		{"the duty made advice", "Disclosure of your information", share,
			"We may share your information with our affiliates; if we do, we should require them to honor this Privacy Policy.", true},
		{"the condition dropped", "Disclosure of your information", share,
			"We may share your information with our affiliates; we will require them to honor this Privacy Policy.", true},
		{"another condition", "Disclosure of your information", share,
			"We may share your information with our affiliates; where the law requires it, we will require them to honor this Privacy Policy.", true},
		{"a new recipient", "Disclosure of your information", share,
			"We may share your information with our affiliates and partners; if we do, we will require them to honor this Privacy Policy.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
