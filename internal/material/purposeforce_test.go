package material

import "testing"

// TestPurposeForce: a word right before "purpose" says how far the
// purpose binds: "for the sole purpose of verifying your licence" → "for
// the main purpose …" (b38-17) widens what the data serves. The twins
// keep their categories: a safeguard named as the purpose ("security
// purposes" → "backup purposes"), and a kind of data put elsewhere.
func TestPurposeForce(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Data collected by our software", "Those products need to be connected to the internet for the sole purpose of verifying your licence.",
			"Those products need to be connected to the internet for the main purpose of verifying your licence.", "purposes"},
		{"Data collected by our software", "Your activation details are sent to us for the specific purpose of verifying your licence.",
			"Your activation details are sent to us for the general purpose of verifying your licence.", "purposes"},
		// twins
		{"Security", "We keep copies of your files for security purposes.",
			"We keep copies of your files for backup purposes.", "!purposes"},
		{"Data collected by our software", "Those products need to be connected to the internet for the sole purpose of verifying your licence.",
			"Those products need to send your IP address to us for the sole purpose of verifying your licence.", "!purposes"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
