package material

import "testing"

// TestToldOf: what a sentence tells the reader of decides the category of
// the telling, not the word "notify" or "notice" (toldof.go). Telling the
// reader of an order compelling disclosure is about that disclosure, not
// a security commitment (b27-04); a legitimate-interest test in a
// paragraph that points to "this Privacy Notice", under a heading that
// names a "Supplemental Notice", is the legal basis, not the change-notice
// policy (b28-19); telling the reader of a breach is a security
// commitment, whichever word says it (b28-31). The twins keep their
// category: a breach notice weakened stays security, a notice of changes
// weakened stays the change-notice policy, and every edit stays material.
func TestToldOf(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		// telling of something that is no breach: the rest of the sentence and the heading
		{"Disclosures to third parties", "We may have to hand over your records when a court orders it. We will notify you of any such order before we comply with it.",
			"We may have to hand over your records when a court orders it. We will notify you of any such order where we consider it appropriate.", "recipients"},
		{"Sharing with authorities", "If a court demands your data, we will notify you of the demand unless the law forbids it.",
			"If a court demands your data, we will notify you of the demand unless the law forbids it or we decide otherwise.", "recipients"},
		// twin: a breach notice weakened stays security
		{"Your records", "If a breach affects your records, we will notify you of it within 72 hours.",
			"If a breach affects your records, we will try to notify you of it within 72 hours.", "security"},
		{"Security", "We will notify you of any unauthorized access to your account without undue delay.",
			"We may notify you of any unauthorized access to your account.", "security"},

		{"If your data is exposed", "We will notify you within 72 hours.",
			"We will notify you within 7 days.", "security"},

		// a notice that is a document's name announces nothing
		{"Supplemental Privacy Notice", "We process your data for the purposes in Section 3 of this Privacy Notice. We rely on our legitimate interests only where they are not overridden by your rights and freedoms.",
			"We process your data for the purposes in Section 3 of this Privacy Notice. We rely on our legitimate interests only where they are not manifestly overridden by your rights and freedoms.", "legal-basis"},
		{"Privacy Notice", "We rely on your consent, as this Notice explains, only where no legitimate interest applies.",
			"We rely on your consent, as this Notice explains, where no legitimate interest applies.", "legal-basis"},
		// twins: the telling of changes stays the change-notice policy
		{"Changes to this Privacy Notice", "We will notify you by email at least 30 days before changes to this Privacy Notice take effect.",
			"We will notify you by email at least 7 days before changes to this Privacy Notice take effect.", "notice"},
		{"Supplemental Notice for EEA Residents", "We will post a notice on our website before we change this Privacy Notice.",
			"We may post a notice on our website when we change this Privacy Notice.", "notice"},

		// telling of a breach is security, though "notify you" is the notice's phrase
		{"If something goes wrong", "If we need to notify you of a security incident, we will tell you:\n\n- what happened\n- what we are doing about it",
			"If we need to notify you of a security incident, we will tell you, on request:\n\n- what happened\n- what we are doing about it", "security"},
		// twin: telling of a change that concerns breaches stays notice
		{"Updates", "If we change how we handle a breach, we will notify you by email before the change takes effect.",
			"If we change how we handle a breach, we may notify you by email before the change takes effect.", "notice"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
