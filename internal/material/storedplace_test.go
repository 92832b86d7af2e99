package material

import "testing"

// TestStoredPlace: a sentence that says where data is held, not for how
// long, is about where data goes (storedplace.go): "will not transfer
// your personal data to any country outside the EU/EEA" → "will not
// store your personal data in any country outside …" (b30-23). The twins
// keep retention: a period, a deletion.
func TestStoredPlace(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Where your data goes", "Acme never transfers customer records to countries outside the EEA.",
			"Acme never stores customer records in countries outside the EEA.", "transfers"},
		{"Hosting", "Your files are stored on servers in Germany.",
			"Your files are stored on servers in Germany or the United States.", "transfers"},
		// twins: how long, and deletion, stay retention
		{"Hosting", "We keep your files on servers in Germany for 30 days.",
			"We keep your files on servers in Germany for 90 days.", "retention"},
		{"Information we access", "Acme does not collect or store this information outside of customer systems.",
			"Acme does not collect this information outside of customer systems.", "!transfers"},
		{"Hosting", "We store your files on servers in Germany until you delete them.",
			"We store your files on servers in Germany until we delete them.", "!transfers"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
