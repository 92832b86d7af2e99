package material

import "testing"

// TestConsentFormBasis: the form a consent must take ("explicit",
// "express", "prior written") made looser or stricter, with words of no
// one category around it, is the legal basis of the act it permits, not
// the act's category (b21-40: sharing "with your explicit consent" →
// "with your consent, which you can give through your account settings").
// Twins keep their category: parental consent is the children's, consent
// to cookies the trackers', and words of one category added with the form
// name what changed.
func TestConsentFormBasis(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, want string
	}{
		{"b21-40", "Information Sharing and Disclosure",
			"- With Your Consent: We may share your information for other purposes with your explicit consent.",
			"- With Your Consent: We may share your information for other purposes with your consent, which you can give through your account settings.", "legal-basis"},
		{"express", "Sharing",
			"We share your location with partners only with your express consent.",
			"We share your location with partners only with your consent.", "legal-basis"},
		{"prior written", "How we use your information",
			"We use your contacts for research only with your prior written consent.",
			"We use your contacts for research only with your consent.", "legal-basis"},
		// Twins: consents of their own rules.
		{"twin: parental consent", "Children",
			"We collect data from children under 13 only with verifiable parental consent.",
			"We collect data from children under 13 only with parental consent.", "!legal-basis"},
		{"twin: cookies", "Cookies",
			"We set analytics cookies only with your prior consent.",
			"We set analytics cookies only with your consent.", "!legal-basis"},
		{"twin: a request in writing", "Your Privacy Choices",
			"Please contact us to exercise these rights.",
			"Please contact us in writing to exercise these rights.", "!legal-basis"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
