package material

import "testing"

// TestRightHolder: a change in the condition on who holds a right the
// sentence grants the reader is a change of that right (b27-21, b39-12,
// b11-06), whatever the words of the condition name; a change after the
// grant, in what the right reaches, keeps its own category.
func TestRightHolder(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b27-21", "Nevada Resident Rights",
			"If you are a resident of Nevada, you have the right to opt-out of the sale of certain personal information to third parties who intend to license or sell that personal information.",
			"If you are a resident of Nevada and hold an account with us, you have the right to opt-out of the sale of certain personal information to third parties who intend to license or sell that personal information.", "rights"},
		{"b39-12", "STATE PRIVACY RIGHTS",
			"* **Right to correct.** Unless you reside in Utah, you have the right to correct inaccuracies in the personal information we hold about you.",
			"* **Right to correct.** Unless you reside in Iowa or Utah, you have the right to correct inaccuracies in the personal information we hold about you.", "rights"},
		// unseen wordings
		{"unseen: holder's service", "Privacy choices",
			"If you use our mobile app, you have the right to ask us which advertising partners received your data.",
			"If you use our mobile app or our smart TV service, you have the right to ask us which advertising partners received your data.", "rights"},
		{"unseen: holder's plan", "Your controls",
			"Where you have a paid subscription, you may have the right to export your purchase history.",
			"Where you have a paid subscription with automatic renewal, you may have the right to export your purchase history.", "rights"},
		// twin: the change is in what the right reaches, after the grant
		{"twin: what the right reaches", "Your controls",
			"If you live in California, you have the right to know which data we sell to advertisers.",
			"If you live in California, you have the right to know which data we sell to advertisers and data brokers.", "!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
