package material

import "testing"

// TestChildConsent: whose permission a child needs, or to which children a
// sentence of consent or rights applies, is the children category's (the
// rubric's "age thresholds, parental consent"), not the legal basis's or
// the rights' that its words of consent or of asking suggest: "only with
// the supervision of the account holder" → "only with the permission of
// the account holder" under "Minors" (b34-01), "without parental consent"
// → "without parental notice" (b34-07), "If you are under 15 years of age
// or a minor in your country of residence, please ask your legal
// guardian's permission" losing "or a minor …" (b29-16). The twins stay
// material: consent or a right said of no child keeps its category, and a
// sentence that names a child keeps another category its change names (a
// new recipient).
func TestChildConsent(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Children", "Teens aged 13 to 17 may use the app only with the supervision of a parent.",
			"Teens aged 13 to 17 may use the app only with the permission of a parent.", "children"},
		{"Young users", "We do not process personal data of users under 16 without parental consent.",
			"We do not process personal data of users under 16 without parental notice.", "children"},
		{"About you", "If you are under 18 or a minor where you live, please ask a parent's permission before you sign up.",
			"If you are under 18, please ask a parent's permission before you sign up.", "children"},
		{"Children's privacy", "Minors may open an account only with the consent of a parent or guardian.",
			"Minors may open an account only with the agreement of a parent or guardian.", "children"},
		// twins: consent or a right of the reader's, no child named
		{"Legal basis", "We process your usage data only with your consent.",
			"We process your usage data on the basis of our legitimate interest.", "legal-basis"},
		{"Your rights", "You may withdraw your consent at any time by writing to us.",
			"You may withdraw your consent by writing to us within 30 days.", "!children"},
		// a sentence naming a child whose change is a new recipient
		{"Children", "If a parent consents, we share the child's profile with the school only.",
			"If a parent consents, we share the child's profile with the school and with our advertising partners.", "recipients"},
		// an age changed stays material
		{"Children", "We do not knowingly collect data from children under 13 without parental consent.",
			"We do not knowingly collect data from children under 16 without parental consent.", "children"},
		// a parent company is no parent of a child
		{"Legal basis", "We rely on your consent to share data with our parent company.",
			"We rely on our legitimate interests to share data with our parent company.", "!children"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
