package material

import "testing"

// TestLawCondition: a condition that a commitment holds as far as the law
// makes it ("where required by applicable law", "where the law requires
// them") limits the commitment it is put on, whatever it is (notice of a
// change, b28-24; a disclosure); it is no legal basis of processing.
// Twins: a legal basis swapped stays legal-basis.
func TestLawCondition(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Changes to our privacy policy", "If we make changes that materially alter this privacy policy, we will provide notice to you in accordance with applicable law.",
			"If we make changes that materially alter this privacy policy, we will provide notice to you where required by applicable law.", "notice"},
		{"Changes to this policy", "We will notify you by email of any material change to this policy.",
			"We will notify you by email of any material change to this policy where the law requires it.", "notice"},
		{"Sharing", "We disclose your personal data to our payment partners.",
			"We disclose your personal data to our payment partners where permitted by law.", "recipients"},
		// the basis itself changed is the legal basis
		{"Legal basis", "We process your contact details on the basis of your consent.",
			"We process your contact details on the basis of our legitimate interests.", "legal-basis"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
