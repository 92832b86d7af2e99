package material

import "testing"

// TestChannelDropped: a way to exercise a right or a choice dropped from
// a list of three (b104-23, read "Same commitments, reworded"). Twins: the
// way kept in other words, and a way put in.
func TestChannelDropped(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a way to withdraw dropped", "Your choices",
			"You can opt out at any time in the app, in your account settings, or by contacting us.",
			"You can opt out at any time in the app or in your account settings.", true},
		{"the way said as a command", "Your choices",
			"You can opt out by following the link in our emails or by contacting us.",
			"To opt out, follow the link in our emails or contact us.", false},
		{"the way kept, said after the others", "Your choices",
			"You can opt out at any time in the app, in your account settings, or by emailing us.",
			"You can opt out at any time in the app or in your account settings, or by emailing us.", false},
	})
}
