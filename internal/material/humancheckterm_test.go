package material

import "testing"

// TestHumanCheckTerm: a person's check on an automated process, in the
// law's terms ("human oversight", "human intervention", "human
// involvement") or by the person who makes it ("a human reviewer"),
// dropped from a sentence is a commitment about automated decisions
// changed (probe: the OmniOps seed's "Human oversight is available
// through your account dashboard" → "Oversight is available …" read
// "Same commitments, reworded"). Twins: the check kept, the rest
// reworded, stays minor.
func TestHumanCheckTerm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"omniops oversight", "AI Disclosure (EU AI Act Article 50)",
			"- Human oversight is available through your account dashboard",
			"- Oversight is available through your account dashboard"},
		{"reviewer", "Automated decisions",
			"Every refusal is checked by a human reviewer before it takes effect.",
			"Every refusal is checked by a reviewer before it takes effect."},
		{"intervention", "Automated decisions",
			"You can obtain human intervention in any automated decision.",
			"You can obtain intervention in any automated decision."},
		{"involvement", "Automated decisions",
			"Our fraud model flags accounts with human involvement at every step.",
			"Our fraud model flags accounts at every step."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "ai")
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"kept", "AI",
			"Human oversight is available through your account dashboard.",
			"Human oversight is available via your account dashboard."},
		{"automated decision reworded", "Automated decisions",
			"You can obtain human intervention in any automated decision.",
			"You can obtain human intervention in any decision made by automated means."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
