package material

import "testing"

// TestDenialMoved: the same words in another order are the same
// commitments only while every "not", "never" or "except" denies the same
// thing; a denial that now falls on another of the words reverses what is
// done ("by a person, not an automated system" → "by an automated system,
// not a person"), however few words moved.
func TestDenialMoved(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the denied party traded", "Automated decisions",
			"Your appeal is reviewed by a person, not an automated system.",
			"Your appeal is reviewed by an automated system, not a person.", true},
		{"the denied data traded", "Sharing",
			"We share your email address with our partners, not your name.",
			"We share your name with our partners, not your email address.", true},
		{"the exception traded", "Sharing",
			"We share all data with our partners except your location.",
			"We share your location with our partners except all data.", true},
		{"two denials, in another order", "Sharing",
			"We never sell your data and we never rent it.",
			"We never rent your data and we never sell it.", false},
	})
}
