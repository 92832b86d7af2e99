package material

import "testing"

// TestGetInTouch: "get in touch", with or without "with", is "contact":
// the reader is sent to the author either way ("please contact us using
// the details below" → "please get in touch using the details below"),
// and "we get in touch" contacts the reader.
// Twins: getting in touch with another party, or by another channel, stays
// material. (Written before the rules were changed for b60-22.)
func TestGetInTouch(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b60-22", "Your rights",
			"If you are seeking to exercise any of these rights, please contact us using the details in the “Contact Us” section below.",
			"To exercise any of these rights, please get in touch using the details in the “Contact Us” section below.", false},
		{"complaints", "Complaints",
			"If you are unhappy with how we handle your data, please get in touch and we will try to resolve it.",
			"If you are unhappy with how we handle your data, please contact us and we will try to resolve it.", false},
		{"we get in touch", "Communicating with you",
			"There might be times when we contact you by email about your orders.",
			"There might be times when we get in touch by email about your orders.", false},

		{"twin: another party", "Your rights",
			"To exercise any of these rights, please get in touch using the details below.",
			"To exercise any of these rights, please contact your employer using the details below.", true},
		{"twin: in writing", "Your rights",
			"To exercise any of these rights, please contact us.",
			"To exercise any of these rights, please get in touch in writing.", true},
	})
}
