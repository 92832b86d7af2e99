package material

import (
	"strings"
	"testing"
)

// TestPolicyDateInParagraph: the date a sentence gives the policy itself
// ("This privacy policy was most recently updated in May 2018."),
// changed in a paragraph that goes on to commit to something, is the
// document's date: minor, as a "Last updated" line is, and the rest of
// the paragraph is judged on its own (b60-23, b68-20: the date changed
// beside a reworded notice clause; issue 8 names the family). A date that
// says when data is kept, deleted or covered, or a notice period,
// changed, stays material.
func TestPolicyDateInParagraph(t *testing.T) {
	rb := Builtin()
	const old = "This privacy policy was most recently updated in May 2018. If we make changes to it, then we will take appropriate steps to bring those changes to your attention."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"date alone", "Policy change", old,
			"This privacy policy was most recently updated in September 2024. If we make changes to it, then we will take appropriate steps to bring those changes to your attention.", false},
		{"date and same words", "Policy change", old,
			"This privacy policy was last updated in December 2026. If we make changes to it, we will take appropriate steps to bring them to your attention.", false},
		{"full date, notice", "Changes to this notice",
			"This notice was last revised on 3 March 2023. We will email you before any change takes effect.",
			"This notice was last revised on 14 November 2025. We will email you before any change takes effect.", false},
		{"date and a weakened notice", "Policy change", old,
			"This privacy policy was most recently updated in September 2024. If we make changes to it, we may bring those changes to your attention.", true},
		{"a date that covers data", "Retention",
			"Data collected before 1 March 2020 is deleted. We keep the rest for two years.",
			"Data collected before 1 March 2023 is deleted. We keep the rest for two years.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
