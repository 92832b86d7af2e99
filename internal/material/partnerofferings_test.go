package material

import "testing"

// TestPartnerOfferings: partners' products marketed to the reader are a
// purpose of use (b54-15); partners given data stay recipients.
func TestPartnerOfferings(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-15", "Use and Retention",
		"*   Send marketing, advertising, training, certification or event materials to which you've agreed, requested or subscribed or to otherwise inform you about our products and services;",
		"*   Send marketing, advertising, training, certification or event materials to which you've agreed, requested or subscribed or to otherwise inform you about our products and services and those of our selected partners;", "purposes")
	wantOnlyCategory(t, rb, "offers from affiliates", "How we use your information",
		"We use your email address to send you newsletters about our services.",
		"We use your email address to send you newsletters about our services and offers from our affiliates.", "purposes")
	wantOnlyCategory(t, rb, "partners' products dropped", "Marketing",
		"With your consent, we may tell you about products and services of our business partners and our own promotions.",
		"With your consent, we may tell you about our own promotions.", "!recipients")
	// twin: partners given data
	wantOnlyCategory(t, rb, "twin: shared with partners", "Marketing",
		"We share your email address with our affiliates for marketing.",
		"We share your email address with our affiliates and those of our selected partners for marketing.", "recipients")
}
