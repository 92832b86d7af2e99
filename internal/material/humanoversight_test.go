package material

import "testing"

// TestHumanOversight holds b19-28 in other words: a person's check on an
// automated decision ("Human oversight is available …", "human review",
// "human intervention") is about automated decisions and AI, whatever
// else the heading names ("AI Disclosure"). A sharing beside it is still
// about recipients.
func TestHumanOversight(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b19-28", "AI Disclosure (EU AI Act Article 50)",
			"- Human oversight is available through your account dashboard",
			"- Human oversight is available through your account dashboard on Business and Enterprise plans", "ai"},
		{"human review", "Your choices",
			"Human review is available on request.",
			"Human review is not available.", "ai"},
		{"human intervention", "Your choices",
			"You can obtain human intervention by writing to us.",
			"You can obtain human intervention by writing to us within 30 days.", "ai"},
		// twin: a sharing
		{"a sharing", "Human review",
			"Our staff review flagged conversations. We do not share your conversations with anyone.",
			"Our staff review flagged conversations. We share your conversations with advertising partners.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
