package material

import "testing"

// TestElidedModifier: a noun joined by "and" to a compound shares its
// first word, and names what the two make (b240-04); where the two make
// no term, or the other side already says it, nothing is new.
func TestElidedModifier(t *testing.T) {
	runRestated(t, []restatedCase{
		{"call recordings, the modifier shared", "Communication records",
			"Including: emails, text messages, call logs, voicemail recordings, meeting notes.",
			"Including: emails, text messages, call logs and recordings, voicemail recordings, meeting notes.", true},
		{"call recordings said whole", "Communication records",
			"Including: emails, text messages, call logs, call recordings, voicemail recordings, meeting notes.",
			"Including: emails, text messages, call logs and recordings, voicemail recordings, meeting notes.", false},
	})
}
