package material

import "testing"

// TestSecurityContact: the person security reports go to, replaced, is a
// security commitment, not the controller's identity (npm-053); a company
// named as that contact, a contact for privacy requests, and a contact
// for security issues dropped for none stay where they were.
func TestSecurityContact(t *testing.T) {
	rb := Builtin()
	const after = "\n\nAny emails sent to <security@example.com> will be escalated to the security point of contact.\n"
	for _, tc := range []struct {
		name, heading, old, new string
		cat, not                string
	}{
		{"npm-053: the security contact is another person", "Security Point of Contact",
			"Example's CTO [Laurie Voss](mailto:laurie@example.com) is the current point\nof contact for all security related issues." + after,
			"Example's CTO [C J Silverio](mailto:ceej@example.com) is the current point\nof contact for all security related issues. Example's COO [Laurie Voss](mailto:laurie@example.com)\nis our secondary contact." + after,
			"security", "identity"},
		// Twins.
		{"twin: a company as the security contact", "Security Point of Contact",
			"Example Ltd ([security@example.com](mailto:security@example.com)) is the point of contact for all security related issues." + after,
			"Zorbix Holdings Ltd ([security@zorbix.com](mailto:security@zorbix.com)) is the point of contact for all security related issues." + after,
			"", "security"},
		{"twin: a contact for privacy requests", "Contact",
			"Our privacy lead [Laurie Voss](mailto:laurie@example.com) answers requests to access or delete your data.",
			"Our privacy lead [C J Silverio](mailto:ceej@example.com) answers requests to access or delete your data.",
			"", "security"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		wantCategoryNot(t, tc.name, rep, cats, why, tc.cat, tc.not)
	}
}
