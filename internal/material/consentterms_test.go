package material

import "testing"

// TestConsentTerms: how often and in what form the reader's consent is
// asked is the legal basis: "with your explicit consent each time" →
// "with your explicit consent" (b30-24). The twins keep their categories:
// a party put after the consent, the bases joined otherwise ("consent or
// a contract" → "consent and a contract", b35-14), a cookie's consent (a regime of its
// own), and the same terms reworded stay minor.
func TestConsentTerms(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Processing your ID photo", "The ID photo can also be used to validate your identity when you reset your PIN. This is done on your initiative and with your explicit consent each time.",
			"The ID photo can also be used to validate your identity when you reset your PIN. This is done on your initiative and with your explicit consent.", "legal-basis"},
		// twins
		{"Processing your ID photo", "The ID photo is used to validate your identity with your consent.",
			"The ID photo is used to validate your identity with your consent and shared with our verification partners.", "!legal-basis"},
		{"Rights of data subjects", "**Right to data portability** You have the right to receive the personal data you have provided in a structured, commonly used format, and the right to transfer that data to another controller, insofar as the processing is based on consent or a contract and is carried out by automated means.",
			"**Right to data portability** You have the right to receive the personal data you have provided in a structured, commonly used format, and the right to transfer that data to another controller, insofar as the processing is based on consent and a contract and is carried out by automated means.", "rights"},
		{"Cookies", "We set analytics cookies with your consent each time you visit.",
			"We set analytics cookies with your consent.", "cookies"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
