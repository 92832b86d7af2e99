package material

import "testing"

// TestSafeguardObject: what "access to" reaches, in a sentence that states
// a safeguard, is a term of that safeguard: "restricted access to
// sensitive information" → "… payment information" (b36-41), "prevent
// unauthorized access to systems" → "… production systems" (b37-26),
// "MFA for all internal staff accounts" → "… with access to production
// systems" (b37-34). The twins keep their categories: the reader's right
// of access to more data, under "Your rights"; a recipient given access
// to more data, no safeguard stated; a purpose put after "access to".
func TestSafeguardObject(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Security practices", "- Restricted access to sensitive information",
			"- Restricted access to payment information", "security"},
		{"Protecting your data", "We use technical measures to prevent unauthorized access to systems where your personal data is stored.",
			"We use technical measures to prevent unauthorized access to production systems where your personal data is stored.", "security"},
		{"Security", "We enforce multi-factor authentication for all internal staff accounts.",
			"We enforce multi-factor authentication for all internal staff accounts with access to production systems.", "security"},
		// twins
		{"Your rights", "You can request access to your profile information.",
			"You can request access to your profile and payment information.", "!security"},
		{"Service providers", "We give our hosting provider access to your name.",
			"We give our hosting provider access to your name and email address.", "!security"},
		{"Security", "Staff have restricted access to your data for support.",
			"Staff have restricted access to your data for support and marketing.", "!security"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
	rep, _, why := judgeEdit(rb, "Security", "We protect your data against unauthorized access.",
		"We protect your data from unauthorized access.")
	if rep.Material {
		t.Errorf("the same safeguard reworded: material: %v", why)
	}
}
