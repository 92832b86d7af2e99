package material

import "testing"

// TestRightsContact: whom the reader contacts to use a right, "us" traded
// for another, is how the right is exercised (rt2's probes of the
// omni-software, omniops and omnis seeds). Twins: a contact for questions
// only keeps its category.
func TestRightsContact(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"omni-software: contact our service providers to exercise", "Your Privacy Choices",
			"Depending on your location, you may have additional rights regarding your personal data, such as the right to access, correct, delete, or restrict its processing. Please contact us to exercise these rights.",
			"Depending on your location, you may have additional rights regarding your personal data, such as the right to access, correct, delete, or restrict its processing. Please contact our service providers to exercise these rights.",
			"rights"},
		{"omniops: withdraw consent by contacting another", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting us.",
			"You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting our email service provider.",
			"rights"},
		{"omniops: contact our AI providers", "AI Disclosure",
			"You have the right to request human review of any AI-generated response. Contact us to exercise these rights.",
			"You have the right to request human review of any AI-generated response. Contact our AI providers to exercise these rights.",
			"rights"},
		{"omnis: contact us using the details below → our service providers", "Your rights",
			"If you are seeking to exercise any of these rights, please contact us using the details in the “Contact Us” section below.",
			"If you are seeking to exercise any of these rights, please contact our service providers directly.",
			"rights"},
		// Variants.
		{"omni-software: opt out by contacting our mailing vendor", "Your Privacy Choices",
			"- Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications or by contacting us.",
			"- Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications or by contacting our marketing agency.",
			"rights"},
		{"write to our payment processor to request a copy", "Your rights",
			"To request a copy of your data, write to us at our registered office.",
			"To request a copy of your data, write to our payment processor.",
			"rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// Twin: questions only.
	for _, tc := range []struct{ name, heading, old, new string }{
		{"twin: questions", "Contact Us",
			"If you have any questions about this Privacy Policy, please contact us.",
			"If you have any questions about this Privacy Policy, please contact our advertising partners."},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || cats["rights"] && len(cats) == 1 {
			t.Errorf("%s: material=%v %v, want material, not rights alone: %v", tc.name, rep.Material, cats, why)
		}
	}
}
