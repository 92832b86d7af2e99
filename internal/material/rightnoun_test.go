package material

import "testing"

// TestRightNounObject: what follows "a right to" held by the reader is
// what that right covers, whatever the sentence names around it: "you
// have a right to lodge a complaint" → "a right to a judicial remedy and
// to lodge a complaint", in a sentence naming the EEA and the UK (b58-18),
// adds a right, no transfer. The author's right ("we reserve the right
// to") is no right of the reader's.
func TestRightNounObject(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b58-18", "8. Your Rights",
			"In certain countries, including in the European Economic Area and the United Kingdom, you have a right to lodge a complaint with the appropriate data protection authority if you have concerns about how we process your personal data.",
			"In certain countries, including in the European Economic Area and the United Kingdom, you have a right to a judicial remedy and to lodge a complaint with the appropriate data protection authority if you have concerns about how we process your personal data.", "rights"},
		{"compensation in the EEA", "Your choices",
			"In certain countries, including in the European Economic Area and the United Kingdom, you have a right to lodge a complaint with the appropriate data protection authority.",
			"In certain countries, including in the European Economic Area and the United Kingdom, you have a right to compensation and to lodge a complaint with the appropriate data protection authority.", "rights"},
		{"a remedy, and contact", "Your Rights",
			"In certain countries, including the European Economic Area, you have a right to contact the data protection authority.",
			"In certain countries, including the European Economic Area, you have a right to a remedy and to contact the data protection authority.", "rights"},
		// The author's right is no right of the reader's.
		{"the author's right", "Your account",
			"We reserve the right to suspend accounts that break these rules.",
			"We reserve the right to suspend or delete accounts that break these rules.", "!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
