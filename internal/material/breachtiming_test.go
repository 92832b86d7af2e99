package material

import "testing"

// TestBreachTiming: when and whom a breach is told is a security
// commitment (GDPR Arts. 33 and 34), whatever else the sentence names:
// "we will notify you without undue delay" → "… once the supervisory
// authority has been notified" in a sentence of a breach's "high risk to
// your rights and freedoms" (b34-33) is no data-subject right. The twins
// keep their category: a complaint's window in a sentence that also
// tells of a breach is the right's, and a time of no telling stays what
// it was.
func TestBreachTiming(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Breaches", "If a personal data breach is likely to result in a high risk to your rights and freedoms, we will inform you without undue delay.",
			"If a personal data breach is likely to result in a high risk to your rights and freedoms, we will inform you without undue delay after we have informed the regulator.", "security"},
		{"Data breaches", "Where a breach affects your rights, we will notify you without undue delay.",
			"Where a breach affects your rights, we will notify you within 30 days.", "security"},
		// twin: the complaint, not the telling
		{"Your rights", "If we notify you of a breach, you may lodge a complaint with the supervisory authority.",
			"If we notify you of a breach, you may lodge a complaint with the supervisory authority within three months.", "!security"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
