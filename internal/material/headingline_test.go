package material

import "testing"

// TestHeadingRetitled: a heading written as a line in capitals, retitled
// (b48-37), commits to nothing by itself; a place it adds, a law it names
// for another that the policy names nowhere, or a commitment written in
// capitals stays material.
func TestHeadingRetitled(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"16. YOUR RIGHTS UNDER UK GDPR", "16. YOUR RIGHTS UNDER UK GDPR", "16. YOUR DATA PROTECTION RIGHTS", false}, // b48-37
		{"7. YOUR RIGHTS UNDER THE GDPR", "7. YOUR RIGHTS UNDER THE GDPR", "7. YOUR PRIVACY RIGHTS", false},
		{"4. COOKIES AND SIMILAR TECHNOLOGIES", "4. COOKIES AND SIMILAR TECHNOLOGIES", "4. COOKIES AND TRACKING TOOLS", false},
		// material twins
		{"Your rights", "Individuals in the European Union have rights under the GDPR.\n\n9. RIGHTS OF EU RESIDENTS",
			"Individuals in the European Union have rights under the GDPR.\n\n9. RIGHTS OF RESIDENTS OF THE EU AND UK", true},
		{"Rights", "YOUR RIGHTS UNDER UK GDPR", "YOUR RIGHTS UNDER THE CCPA", true},
		{"Rights", "YOUR RIGHTS", "YOUR RIGHTS (CALIFORNIA RESIDENTS ONLY)", true},
		{"Sharing", "WE NEVER SELL YOUR PERSONAL DATA", "WE MAY SELL YOUR PERSONAL DATA", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
