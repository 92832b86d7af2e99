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

// TestAIRightPlain: the right to a person's check on an AI's answer, said
// plainly ("ask for a person to review"), is still the automated-decision
// right; a right of access asked for plainly stays a right.
func TestAIRightPlain(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// From the batches.
		{"b66-24", "AI Disclosure (EU AI Act Article 50)",
			"You have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible. Contact us to exercise these rights.",
			"You can ask for a person to review any AI-generated response. Contact us to do this.", "ai"},
		// Other wordings, not from any batch.
		{"a member of the team reviews", "AI Disclosure (EU AI Act Article 50)",
			"You have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible. Contact us to exercise these rights.",
			"You can ask a member of our team to review any AI-generated response about your account, or opt out of AI processing where technically feasible. Contact us to exercise these rights.", "ai"},
		{"someone checks the decision", "Automated decisions",
			"If an automated decision affects you, you can ask for a person to check it.",
			"If an automated decision affects you, you can ask for a person to check it once a year.", "ai"},
		// A right of access asked for plainly is a right.
		{"copy asked for", "Your Rights",
			"You can ask us for a copy of your data.",
			"You can ask us for a copy of your data once a year.", "rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
