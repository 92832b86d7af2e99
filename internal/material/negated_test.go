package material

import "testing"

// TestNegatedOpposite: "not" and an adjective say what its opposite says
// in one word ("not satisfied" is "unhappy", "not happy" is "unhappy").
// Twins negate the adjective the other side keeps ("satisfied" → "not
// satisfied"), turn an opposite round, or negate the right beside it: they
// stay material. (Written before the rules were changed.)
func TestNegatedOpposite(t *testing.T) {
	runRestated(t, []restatedCase{
		{"not satisfied for unhappy", "Your rights",
			"If you are unhappy, you can complain to the ICO.",
			"If you are not satisfied, you can complain to the ICO.", false},
		{"not happy for unhappy", "Your rights",
			"If you are unhappy with our answer, you can complain to the ICO.",
			"If you are not happy with our answer, you can complain to the ICO.", false},
		{"twin: the same adjective negated", "Your rights",
			"If you are satisfied with our answer, you can close your request.",
			"If you are not satisfied with our answer, you can close your request.", true},
		{"twin: the right negated too", "Your rights",
			"If you are dissatisfied, you can complain to the ICO.",
			"If you are not satisfied, you cannot complain to the ICO.", true},
		{"twin: an opposite turned round", "Sharing",
			"Your profile is never public.",
			"Your profile is not private.", true},
	})
}
