package material

import "testing"

// TestStaffAccessList holds b19-32 in other words: a list of what the
// author's staff may access data for ("OmniCRM staff may access customer
// accounts only when necessary for: …, troubleshooting" → "…,
// troubleshooting, quality assurance and the training of new staff") is
// a list of purposes: staff's "access" is no right of the reader's. The
// reader's own access, listed, is still a right.
func TestStaffAccessList(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b19-32", "10. ACCESS TO CUSTOMER DATA",
			"OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, managed service assistance, troubleshooting.",
			"OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, managed service assistance, troubleshooting, quality assurance and the training of new staff.", "purposes"},
		{"employees", "Who can see your data",
			"Our employees may only access your files for: support, billing.",
			"Our employees may only access your files for: support, billing, marketing research.", "purposes"},
		// twins: the reader's access, a request beside the staff's
		{"a request beside", "Your rights",
			"Our staff may access your data when you request it for: support, billing.",
			"Our staff may access your data when you request it for: support, billing, a copy of your records.", "rights"},
		{"the reader's access", "Your rights",
			"You may access your data through: the app, the website.",
			"You may access your data through: the app, the website, a written request.", "rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
