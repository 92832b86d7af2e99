package material

import "testing"

// TestKeptManner: how and from when data is kept or deleted is its
// retention: "automatically and permanently deleted" → "automatically
// deleted" (b36-20), "delete it without delay" → "delete it" (b34-23),
// "stored for a maximum of 13 months from the time it is collected" →
// "from your last visit" (b28-11). The twins keep their categories:
// another act beside the verb ("never see or store", b31-18), a hedge on
// the act ("use reasonable efforts to delete", b5-01), where data is
// stored ("primarily stored on servers in …", b23-34), and a recipient
// added beside the deletion.
func TestKeptManner(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Logs", "Server logs, including your IP address, are automatically and irreversibly deleted after 30 days.",
			"Server logs, including your IP address, are automatically deleted after 30 days.", "retention"},
		{"Closing your account", "When you close your account we will make reasonable efforts to erase your profile photo promptly.",
			"When you close your account we will make reasonable efforts to erase your profile photo.", "retention"},
		{"Backups", "Backups of your contact details are kept for up to 6 months from the date they are created.",
			"Backups of your contact details are kept for up to 6 months from the date your account is closed.", "retention"},
		// twins
		{"Payments", "We never view or store your full bank card details.",
			"We never store your full bank card details.", "!retention"},
		{"Hosting", "Your account data is primarily stored on servers located in Germany.",
			"Your account data is stored on servers located in Germany.", "!retention"},
		{"Closing your account", "When you close your account we delete your profile photo.",
			"When you close your account we delete your profile photo and share your reviews with our partners.", "!retention"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
