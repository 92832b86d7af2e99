package material

import "testing"

// TestComplaintAuthority: the authority the reader may complain to, named
// or swapped ("the Swedish Authority for Privacy Protection (IMY)" → "the
// Swedish Post and Telecom Authority (PTS)", b29-05), is the right to
// lodge a complaint (GDPR Art. 13(2)(d)), not a recipient. Twins: an
// authority data is disclosed to stays a recipient.
func TestComplaintAuthority(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Your rights", "You have the right to make a complaint to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, “IMY”, www.imy.se).",
			"You have the right to make a complaint to the Swedish Post and Telecom Authority (Post- och telestyrelsen, “PTS”, www.pts.se).", "rights"},
		{"Complaints", "You may lodge a complaint with the Information Commissioner's Office.",
			"You may lodge a complaint with the Irish Data Protection Commission.", "rights"},
		// data disclosed to an authority: a recipient
		{"Sharing", "We may disclose your personal data to the Information Commissioner's Office.",
			"We may disclose your personal data to the Irish Data Protection Commission.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
