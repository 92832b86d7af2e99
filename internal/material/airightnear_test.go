package material

import "testing"

// TestAIRightNear: a right whose object is a person's check on what an
// automated system decided or produced is the right GDPR Art. 22(3)
// gives: "the right to request human review of any AI-generated
// response" → "… response that concerns your account" (b17-32) is about
// automated decisions and AI, not data-subject rights. The twins keep
// rights: a change to another right the sentence lists far from the
// human check, and a right of access with no automated decision.
func TestAIRightNear(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"AI features", "You have the right to request human review of any AI-generated response. Contact us to exercise these rights.",
			"You have the right to request human review of any AI-generated response that concerns your account. Contact us to exercise these rights.", "ai"},
		{"Your rights", "You may ask for human intervention in any decision our model makes about your loan, at any time.",
			"You may ask for human intervention in any decision our model makes about your loan, within 30 days.", "ai"},
		// twins: another right far from the human check; no automated decision
		{"Your rights", "You have the right to access, correct or delete the data we hold about you, free of charge, and to obtain human review of any automated decision.",
			"You have the right to access, correct or delete the data we hold about you, for a reasonable fee, and to obtain human review of any automated decision.", "rights"},
		{"Your rights", "You may ask a member of our team to review your request for access.",
			"You may ask a member of our team to review your request for access within 30 days.", "rights"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
