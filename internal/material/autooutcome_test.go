package material

import "testing"

// TestAutomatedOutcome: in a paragraph that opens with an automated
// analysis, a change of when it refuses the reader is about automated
// decisions (b55-45: "detected in one of" → "in each of your Profile
// Photos", under the heading "Legal basis: Legal obligation"). Twins: the
// ground itself changed, and a paragraph of a human review: not ai.
func TestAutomatedOutcome(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b55-45", "Legal basis: Legal obligation",
			"• Automated analysis of Members’ Profile Photos in order to detect faces, and, as much as possible, exclude fake profiles from the Application, combat fraudulent behavior and guarantee Member identification. You will not be able to create an account if your face cannot be detected in one of your Profile Photos upon registering. If you are prevented from registering even though your Profile Photo does show your face, you may contact us at any time.",
			"• Automated analysis of Members’ Profile Photos in order to detect faces, and, as much as possible, exclude fake profiles from the Application, combat fraudulent behavior and guarantee Member identification. You will not be able to create an account if your face cannot be detected in each of your Profile Photos upon registering. If you are prevented from registering even though your Profile Photo does show your face, you may contact us at any time.", "ai"},
		{"fraud scoring threshold", "Legal basis: Legitimate interests",
			"Automated fraud scoring of card payments to protect our members. We will block a payment if its risk score is above 80.",
			"Automated fraud scoring of card payments to protect our members. We will block a payment if its risk score is above 60.", "ai"},
		{"twin: the ground changed", "Legal basis",
			"Automated analysis of profile photos to detect faces. You cannot register without a detected face; this processing is necessary to comply with our legal obligation.",
			"Automated analysis of profile photos to detect faces. You cannot register without a detected face; this processing is based on your consent.", "!ai"},
		{"twin: a human review", "Legal basis: Legal obligation",
			"Manual review of profile photos by our moderators. You will not be able to create an account if a moderator cannot see your face in one of your photos.",
			"Manual review of profile photos by our moderators. You will not be able to create an account if a moderator cannot see your face in each of your photos.", "!ai"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
