package material

import "testing"

// TestAdviceForce: how strongly, or how often, the reader is urged to do
// something ("We encourage you to review this policy periodically" →
// "Please review this policy from time to time") changes nothing we do.
// Twins: a duty put on the reader, a commitment of ours inside the
// advice, and a force of ours changed beside the advice stay material.
// (Written before the rules were changed for b66-40.)
func TestAdviceForce(t *testing.T) {
	runRestated(t, []restatedCase{
		{"encourage → please, periodically → from time to time", "Changes to This Privacy Policy",
			"We may update this Privacy Policy from time to time. We encourage you to review this Privacy Policy periodically for any changes.",
			"We may update this Privacy Policy from time to time. Please review this Privacy Policy from time to time for any changes.", false},
		{"recommend → you should, with a hedge", "Security",
			"We protect your account with encryption. We recommend that you change your password regularly.",
			"We protect your account with encryption. You should generally change your password every so often.", false},
		{"please → we encourage you", "Cookies",
			"You can manage cookies in your browser settings. Please check these settings occasionally.",
			"You can manage cookies in your browser settings. We encourage you to check these settings regularly.", false},

		{"twin: a duty on the reader", "Changes to This Privacy Policy",
			"We may update this Privacy Policy from time to time. We encourage you to review this Privacy Policy periodically for any changes.",
			"We may update this Privacy Policy from time to time. You must review this Privacy Policy periodically for any changes.", true},
		{"twin: our commitment beside the advice weakened", "Changes to This Privacy Policy",
			"We will notify you of any changes by email. We encourage you to review this Privacy Policy periodically.",
			"We may notify you of some changes by email. Please review this Privacy Policy from time to time.", true},
		{"twin: a commitment of ours inside the advice", "Changes to This Privacy Policy",
			"We encourage you to review this Privacy Policy periodically, and we will email you about any changes.",
			"Please review this Privacy Policy from time to time, and we may email you about changes.", true},
	})
}

// TestAdviceForceRequest: a request to deal with us is how a right is
// exercised, not advice: its form stays material (b18-30, b37-41).
func TestAdviceForceRequest(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b18-30", "Your Privacy Choices",
			"Depending on your location, you may have additional rights regarding your personal data, such as the right to access, correct, delete, or restrict its processing. Please contact us to exercise these rights.",
			"Depending on your location, you may have additional rights regarding your personal data, such as the right to access, correct, delete, or restrict its processing. Please contact us in writing to exercise these rights.", true},
		{"twin: you should write to us within a month", "Your rights",
			"You can object to this processing. You should write to us to object.",
			"You can object to this processing. Please write to us within one month to object.", true},
	})
}
