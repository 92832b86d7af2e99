package material

import "testing"

// TestPluralOfAForceWord: a plural is read as its singular where the
// singular is a word of a force phrase ("request" of "upon request"): both
// are left out of the pairing of changed words, so "Send your request" →
// "Requests should be sent" leaves no "requests" unexplained. Twins change
// the address or add a deadline: they stay material. (Written before the
// rules were changed.)
func TestPluralOfAForceWord(t *testing.T) {
	runRestated(t, []restatedCase{
		{"imperative to passive, plural", "Your rights",
			"Send your request to privacy@acme.com.",
			"Requests should be sent to privacy@acme.com.", false},
		{"twin: another address", "Your rights",
			"Send your request to privacy@acme.com.",
			"Requests should be sent to legal@acme.com.", true},
		{"twin: a deadline added", "Your rights",
			"Send your request to privacy@acme.com.",
			"Requests should be sent to privacy@acme.com and will be answered within 60 days.", true},
	})
}
