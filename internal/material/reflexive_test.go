package material

import "testing"

// TestReflexivePronoun: a reflexive pronoun names the subject again
// ("we pride ourselves on taking" → "we take"; "you can delete it
// yourself"): no party is added or removed. Who acts traded, a number or
// a quantifier changed is material. (Written for b16-23.)
func TestReflexivePronoun(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-23", "Security",
			"Here at Bumble, we pride ourselves on taking all appropriate and reasonable security measures to:",
			"Here at Bumble, we take all appropriate and reasonable security measures to:", false},
		{"pride ourselves on responding", "Your rights",
			"We pride ourselves on responding to every request within 30 days.",
			"We respond to every request within 30 days.", false},
		{"prides itself on keeping", "Security",
			"The company prides itself on keeping your data secure.",
			"The company keeps your data secure.", false},
		{"yourself added", "Your account",
			"You can delete your account from the settings page.",
			"You can delete your account yourself from the settings page.", false},
		{"another period", "Your rights",
			"We pride ourselves on responding to every request within 30 days.",
			"We respond to every request within 60 days.", true},
		{"all → some", "Security",
			"We pride ourselves on taking all appropriate security measures.",
			"We take some security measures.", true},
		{"who acts traded", "Your account",
			"We can correct your data for you.",
			"You can correct your data yourself.", true},
		{"never → rarely", "Sharing",
			"We pride ourselves on never selling your data.",
			"We pride ourselves on rarely selling your data.", true},
	})
}
