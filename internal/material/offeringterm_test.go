package material

import "testing"

// TestOfferingTerm: the term for the author's offering renamed throughout
// (b48-45) is the same offering; a name put before the term, a second
// offering added to it, or a term renamed where the policy still names the
// other offering stays material.
func TestOfferingTerm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Changes to This Policy", "- Continued Use: Your continued use of the Service after changes become effective constitutes acceptance of the revised policy",
			"- Continued Use: Your continued use of the Platform after changes become effective constitutes acceptance of the revised policy", false}, // b48-45
		{"Children", "The App is not directed to children under 13.", "The Website is not directed to children under 13.", false},
		{"Security", "We encrypt all personal data stored on our Services.", "We encrypt all personal data stored on our Platform.", false},
		// material twins
		{"Changes to This Policy", "Your continued use of the Service after changes become effective constitutes acceptance of the revised policy.",
			"Your continued use of the Acme Platform after changes become effective constitutes acceptance of the revised policy.", true},
		{"Changes to This Policy", "Your continued use of the Service after changes become effective constitutes acceptance of the revised policy.",
			"Your continued use of the Service or of any Partner Site after changes become effective constitutes acceptance of the revised policy.", true},
		{"Children", "The App is not directed to children under 13. The Website may be used by anyone.",
			"The Website is not directed to children under 13. The Website may be used by anyone.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
