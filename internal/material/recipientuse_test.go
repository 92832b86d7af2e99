package material

import "testing"

// TestRecipientUse: what a recipient may do with the data it gets is a
// commitment about that recipient (recipients and sharing): "These
// companies may use aggregated information" losing "aggregated"
// (b29-19), "Playwire LLC may collect and use certain aggregated and
// anonymized data" → "or" (b35-19), "use it only for the purposes we
// specify" → "we or they specify" (b29-35). The twins stay purposes: the
// author's own use, and how far a recipient's use is held to its
// purposes ("only for" → "primarily for", b15-14).
func TestRecipientUse(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Advertising", "Our advertising partners may use aggregated information about your visits to show you relevant ads.",
			"Our advertising partners may use information about your visits to show you relevant ads.", "recipients"},
		{"Service providers", "These vendors must keep your data confidential and use it only for the purposes we specify.",
			"These vendors must keep your data confidential and use it only for the purposes we or they specify.", "recipients"},
		// twins: the author's own use, and a limit on the purposes
		{"How we use data", "We may use aggregated information about your visits to improve our site.",
			"We may use information about your visits to improve our site.", "!recipients"},
		{"Service providers", "These vendors must keep your data confidential and use it only for the purposes we specify.",
			"These vendors must keep your data confidential and use it primarily for the purposes we specify.", "!recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
