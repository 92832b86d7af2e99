package material

import "testing"

// TestDetailsPointer: a phrase sending the reader to the details another
// part of the policy gives ("using the details in the “Contact Us”
// section below") commits to nothing; the details are compared where
// they stand. Twins name a channel of their own, or restrict the channel,
// beside the pointer: they stay material.
func TestDetailsPointer(t *testing.T) {
	runRestated(t, []restatedCase{
		{"pointer added", "Your Privacy Choices",
			"Depending on your location, you may have additional rights, such as the right to access or delete your data. Please contact us to exercise these rights.",
			"Depending on your location, you may have additional rights, such as the right to access or delete your data. To exercise these rights, please contact us using the details in the “Contact Us” section below.", false},
		{"pointer by number", "Your rights",
			"To exercise your rights, write to us.",
			"To exercise your rights, write to us with the contact information set out in section 9.", false},
		{"twin: a channel of its own", "Your rights",
			"To exercise your rights, please contact us.",
			"To exercise your rights, please contact us using the form on our website.", true},
		{"twin: the channel restricted beside the pointer", "Your rights",
			"To exercise your rights, please contact us.",
			"To exercise your rights, please contact us by post only, using the details in the “Contact Us” section below.", true},
	})
}
