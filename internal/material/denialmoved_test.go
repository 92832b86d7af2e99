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
		// A denial falls on every conjunct of what it denies: the
		// conjuncts in another order deny the same acts (found by
		// probing: "not sell or rent" → "not rent or sell" read
		// "Commitment reversed").
		{"denied acts in another order", "Sharing",
			"We do not sell or rent your personal information to third parties.",
			"We do not rent or sell your personal information to third parties.", false},
		{"denied items in another order", "Data we collect",
			"We never collect your health data, biometric data or precise location.",
			"We never collect your precise location, biometric data or health data.", false},
		{"a clause of time put after, its object a pronoun", "Retention",
			"When we no longer need your personal data, we will securely delete it.",
			"We will securely delete your personal data when we no longer need it.", false},
		{"twin: the need made a wish", "Retention",
			"When we no longer need your personal data, we will securely delete it.",
			"We will securely delete your personal data when we no longer want it.", true},
		{"a denied act now done", "Sharing",
			"We do not sell your data, but we rent it to partners.",
			"We do not rent your data, but we sell it to partners.", true},
		{"an act taken out of the denial", "Sharing",
			"We do not sell or rent your personal information to third parties.",
			"We rent, but do not sell, your personal information to third parties.", true},
	})
}
