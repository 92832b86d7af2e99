package material

import "testing"

// TestRatherThanNegates: "X rather than Y", "X instead of Y" and "X as
// opposed to Y" deny Y as "X, not Y" does: the same limit, said another
// way, is no limit lifted. The two sides traded ("a person rather than an
// algorithm" → "an algorithm rather than a person"), the denial dropped,
// or added, stays material. (Written for b24-34.)
func TestRatherThanNegates(t *testing.T) {
	runRestated(t, []restatedCase{
		{"not → rather than", "Automated decisions",
			"Your appeal is reviewed by a person, not an automated system.",
			"Your appeal is reviewed by a person rather than an automated system.", false},
		{"not → instead of", "Retention",
			"When you close your account we delete your data, not archive it.",
			"When you close your account we delete your data instead of archiving it.", false},
		{"sides traded", "Automated decisions",
			"Your appeal is reviewed by a person rather than an automated system.",
			"Your appeal is reviewed by an automated system rather than a person.", true},
		{"denial dropped", "Retention",
			"When you close your account we delete your data rather than archive it.",
			"When you close your account we delete or archive your data.", true},
		{"denial added", "Sharing",
			"We share your email address with our partners.",
			"We share a hashed identifier instead of your email address with our partners.", true},
	})
}
