package material

import "testing"

// TestActorGiven: who does an act, said where one side left it unsaid, is
// a term of the commitment. Two misses a helper found writing the twins of
// b76-13 and b76-49, both read "Same commitments, reworded": "your user
// name and chosen password" → "the password we choose" (the reader's
// choice became the author's) and "Your data should be deleted" → "Please
// delete your data" (the act became the reader's). Twins that stay minor:
// the password the reader chooses (b76-13), data the author stores, said
// either way, and a request the reader is asked to send (b76-49).
func TestActorGiven(t *testing.T) {
	const logins = "What sorts of personal information do we hold?"
	runRestated(t, []restatedCase{
		{"the password the author chooses", logins,
			"Your account login details for our services, including your user name and chosen password;",
			"Your account login details for our services, including your username and the password we choose;", true},
		{"the data the reader is asked to delete", "Retention",
			"Your data should be deleted when your account closes.",
			"Please delete your data when your account closes.", true},
		{"twin: the password the reader chooses", logins,
			"Your account login details for our services, including your user name and chosen password;",
			"Your account login details for our services, including your username and the password you choose;", false},
		{"twin: stored data, said either way", "Security",
			"Stored data is encrypted with AES-256.",
			"Data we store is encrypted with AES-256.", false},
		{"twin: a request the reader sends", "Individual Rights",
			"Requests should be sent to the client responsible for the data.",
			"Please send requests to the client responsible for the data.", false},
	})
}
