package material

import "testing"

// TestContactRouteGiven: a mailbox given where the sentence gave no way
// to reach the company (b190-50) changes how a reader exercises a right.
// The same mailbox reworded around does not.
func TestContactRouteGiven(t *testing.T) {
	runRestated(t, []restatedCase{
		{"mailbox where none", "Contact", "Questions regarding this policy may be directed to:", "Questions regarding this policy can be sent to our privacy team at: privacy@omnie.com", true},
		{"mailbox kept", "Contact", "Questions regarding this policy may be directed to privacy@omnie.com.", "Questions about this policy can be sent to privacy@omnie.com.", false},
	})
}

// TestActAppended: an act of processing put after the last of a pair or
// list of acts does more with the data (b187-33); one taken away does
// less. An act said with its synonym does not.
func TestActAppended(t *testing.T) {
	const h = "Information We Collect"
	const old = "• Integration Data: If you connect third-party services like Google Calendar or Twilio, we may access and store information necessary for the integration."
	runRestated(t, []restatedCase{
		{"analyse appended", h, old, "• Integration Data: If you connect third-party services like Google Calendar or Twilio, we may access, store and analyse information necessary for the integration.", true},
		{"monitor appended", h, "We collect and store your messages.", "We collect, store and monitor your messages.", true},
		{"store said keep", h, "We collect and store your messages.", "We collect and keep your messages.", false},
	})
}
