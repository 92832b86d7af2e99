package material

import "testing"

// TestChangeToldWhole: a sentence added or removed whole that commits to
// telling the reader of a change of the policy, naming the policy only
// by a pronoun, is the change-notice policy (probe: the Omnis seed's "If
// we make changes to it, then we will take appropriate steps to bring
// those changes to your attention." removed read "Wording not about
// personal data"). Twins: a request to the reader, or a sentence that
// says the policy changes but tells no one, stay minor.
func TestChangeToldWhole(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"omnis removed", "Policy change",
			"This privacy policy was most recently updated in May 2018. If we make changes to it, then we will take appropriate steps to bring those changes to your attention.",
			"This privacy policy was most recently updated in May 2018. "},
		{"draw attention removed", "Changes",
			"We may revise this notice. When we do, we will draw your attention to what changed.",
			"We may revise this notice."},
		{"bring added", "Updates",
			"This statement may change over time.",
			"This statement may change over time. Should we change it, we will bring the changes to your attention."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "notice")
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"advice removed", "Updates",
			"This statement may change over time. Please check back often.",
			"This statement may change over time."},
		{"tells no one", "Updates",
			"This policy was last updated on 1 May 2024. We update it when our practices change.",
			"This policy was last updated on 1 May 2024."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
