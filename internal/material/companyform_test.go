package material

import "testing"

// TestCompanyFormRenamed: a company whose legal form changed, its name
// kept ("WhatsApp Inc." → "WhatsApp LLC", b14-10), is the same party; the
// forms were left unexplained and the edit went to a reviewer. A form
// whose name changed names another company.
func TestCompanyFormRenamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Zentrova LLC provides the service to you and is responsible for your personal data.", false},
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Zentrova GmbH provides the service to you and is responsible for your personal data.", false},
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Quorbit Inc. provides the service to you and is responsible for your personal data.", true},
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Zentrova Payments LLC provides the service to you and is responsible for your personal data.", true},
		{"About the controller", "The controller of your data is Example Ltd.", "The controller of your data is Example Holdings Inc.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
