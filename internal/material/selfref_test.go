package material

import (
	"strings"
	"testing"
)

// TestSameDocument holds a family of the real histories of Open Terms
// Archive: a policy that calls itself by another name ("this Privacy
// Policy" → "this Privacy Statement", "This policy doesn't apply" → "This
// statement doesn't apply") is the same document. What it says it applies
// to, or another document it points to, still counts.
func TestSameDocument(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"this policy, this statement", "Cookies",
			"This policy does not cover the cookies that other websites place on your device.",
			"This statement does not cover the cookies that other websites place on your device.", false},
		{"this Privacy Policy, this Privacy Statement", "Your account",
			"If you have questions about this Privacy Policy, you can write to our support team about your account data.",
			"If you have questions about this Privacy Statement, you can write to our support team about your account data.", false},
		{"a framework is no document", "International transfers",
			"We rely on the EU-US Data Privacy Framework for transfers to the US.",
			"We rely on the EU-US Data Privacy Framework and the UK Extension for transfers to the US.", true},
		{"this notice, other people", "Scope",
			"This notice applies to the personal data of our customers.",
			"This statement applies to the personal data of our employees.", true},
		{"this notice, another document", "Cookies",
			"This notice does not cover the cookies that other websites place on your device.",
			"Our cookie policy does not cover the cookies that other websites place on your device.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
