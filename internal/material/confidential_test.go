package material

import "testing"

// TestConfidentialDropped: that data is kept confidential is a security
// commitment, and a word put in its place that says no such thing ("kept
// confidential" → "kept longer", a miss found in no labelled set: "Same
// commitments, reworded") drops it; "confidential" was an ordinary word
// no category held. Twins: confidentiality said another way stays minor.
func TestConfidentialDropped(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"kept confidential → kept longer", "Security",
			"Your payment details are kept confidential.",
			"Your payment details are kept longer."},
		{"confidential → on file", "Security",
			"Notes from your calls with our advisers are kept confidential.",
			"Notes from your calls with our advisers are kept on file."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "security")
	}
	runRestated(t, []restatedCase{
		{"remain confidential → remain visible", "Surveys",
			"Your answers remain confidential.",
			"Your answers remain visible to your team.", true},
		// Material, though named rights: "promptly" reads as a force.
		{"treated confidentially → treated promptly", "How we handle support requests",
			"Support tickets are treated confidentially by our staff.",
			"Support tickets are treated promptly by our staff.", true},
		{"twin: held in confidence", "Security",
			"Your payment details are kept confidential.",
			"Your payment details are held in confidence.", false},
		{"twin: treated as confidential", "Security",
			"Your payment details are kept confidential.",
			"Your payment details are treated as confidential.", false},
		{"twin: confidentially, the adverb", "How we handle support requests",
			"Support tickets are handled in a confidential manner by our staff.",
			"Support tickets are handled confidentially by our staff.", false},
	})
}
