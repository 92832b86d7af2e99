package material

import "testing"

// TestIfAsWhether: after a verb of checking ("see", "check", "determine",
// "verify") "if" asks a question, as "whether" does, and sets no
// condition: "when we check whether your version of Firefox is up to
// date" is "when your Firefox browser checks with us to see if it is up
// to date" (Mozilla's privacy policy, legal-docs 195, whose "your version
// of Firefox" → "your Firefox browser" is left to the fallback). Near
// misses stay
// material: a real condition put in ("if you agree", "only if"), a
// condition on telling the reader, and a new purpose or recipient beside
// the question.
func TestIfAsWhether(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"mozilla 195, its question alone", "Information we collect",
			"* we collect it automatically through our products and services (e.g., when we check whether your version of Firefox is up to date);",
			"* we collect it automatically through our products and services (e.g., when we check to see if your version of Firefox is up to date);", false},
		{"verify if", "Age verification",
			"We verify whether you are over 16 before you create an account.",
			"We verify if you are over 16 before you create an account.", false},
		{"determine if", "Your rights",
			"We will review your request to determine whether it meets the legal requirements.",
			"We will review your request to determine if it meets the legal requirements.", false},
		// Twins: still material.
		{"twin: if you agree", "Information we collect",
			"We collect your location to show you nearby stores.",
			"We collect your location to show you nearby stores if you agree.", true},
		{"twin: only if", "Sharing",
			"We share your email address with our partners.",
			"We share your email address with our partners only if we need to.", true},
		{"twin: tell you if", "Changes",
			"We will email you about every change to this policy.",
			"We will email you about a change to this policy if we think it is important.", true},
		{"twin: a recipient beside the question", "Information we collect",
			"We check whether your version of Firefox is up to date.",
			"We check with Google to see if your version of Firefox is up to date.", true},
		{"twin: check if and share", "Information we collect",
			"We check whether your version of Firefox is up to date.",
			"We check whether your version of Firefox is up to date and share the result with advertisers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
