package material

import "testing"

// TestIdentifiabilityKept: whether data held names the user is what data
// is held, though "pseudonymis" is also a word of security: "combine it
// with information previously anonymized" → "… pseudonymized" (b28-12).
// The twin keeps security: the trade in a sentence that states how data
// is protected.
func TestIdentifiabilityKept(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Why do we collect your personal data?", "We combine your browsing data (statistical analysis) with information previously anonymized.",
			"We combine your browsing data (statistical analysis) with information previously pseudonymized.", "data"},
		// twin
		{"Security", "To keep your data secure, we protect it with encryption and store it anonymized.",
			"To keep your data secure, we protect it with encryption and store it pseudonymized.", "security"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
