package material

import "testing"

// TestAutomatedDecisionRight: the right not to be subject to a decision
// made solely by automated means, reworded with a limit changed
// ("allowed by applicable European law" → "… applicable law", b21-06), is
// about automated decisions (GDPR Art. 22), not a right of access. A
// right of access or to object to marketing stays a right.
func TestAutomatedDecisionRight(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Your Rights", "* **Right to not be subject to Automated Decision-Making.** This is your right to object to any decision that could have a legal effect on you from being made solely based on automated processes. This right is limited if the decision is allowed by applicable European law.",
			"* **Right to not be subject to Automated Decision-Making.** You have the right to object to any decision that could have a legal effect on you from being made solely based on automated processes. This right is limited if the decision is allowed by applicable law.", "ai"},
		{"Your rights", "You have the right not to be subject to a decision based solely on automated processing, unless Irish law authorises it.",
			"You have the right not to be subject to a decision based solely on automated processing, unless the law authorises it.", "ai"},
		// material twin: a right of access with a limit changed is rights
		{"Your rights", "You have the right to access the data we hold about you, unless Irish law prevents it.",
			"You have the right to access the data we hold about you, unless the law prevents it.", "!ai"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
