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

// TestReaderDuty: an act said in the passive, its doer unsaid ("API keys
// are encrypted before storage"), made the reader's duty ("Customers must
// encrypt their API keys", b205-25) is no longer the company's to do. The
// same act said with its doer, or asked of the reader on both sides, is
// no change of who acts.
func TestReaderDuty(t *testing.T) {
	runRestated(t, []restatedCase{
		{"customers must", "Security", "  • Backups: Customer backups are encrypted before upload", "  • Backups: Customers must encrypt their backups before upload", true},
		{"you need to", "Retention", "Exported reports are deleted after 30 days.", "You need to delete exported reports after 30 days.", true},
		{"you are required to", "Security", "Shared files are deleted when a project closes.", "You are required to delete shared files when a project closes.", true},
		{"the reader's on both sides", "Security", "You must encrypt your backups before upload.", "Customers must encrypt their backups before upload.", false},
	})
}

// TestYoursTo: what is "yours to set" the reader may set, as "you can
// set" says (b205-26).
func TestYoursTo(t *testing.T) {
	runRestated(t, []restatedCase{
		{"yours to choose", "Notifications", "You can choose how often we email you in your account settings.", "How often we email you is yours to choose in your account settings.", false},
		{"ours to choose", "Notifications", "You can choose how often we email you in your account settings.", "How often we email you is ours to choose.", true},
	})
}
