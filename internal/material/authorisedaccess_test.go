package material

import "testing"

// TestAuthorisedAccess: "authorised" taken from, or put on, the people
// access is restricted to is a security measure changed (probe: the
// OmniCRM seed's "Access is restricted to authorised personnel" → "… to
// personnel" read "Same commitments, reworded"). Twin: access reworded
// with the qualifier kept stays minor.
func TestAuthorisedAccess(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"omnicrm", "10. ACCESS TO CUSTOMER DATA",
			"Access is restricted to authorised personnel and is governed by strict confidentiality obligations. All staff are subject to contractual non-disclosure agreements.",
			"Access is restricted to personnel and is governed by strict confidentiality obligations. All staff are subject to contractual non-disclosure agreements."},
		{"employees", "Security",
			"Only authorized employees can access your records.",
			"Only employees can access your records."},
		{"added", "Security",
			"Support staff have access to your tickets.",
			"Authorised support staff have access to your tickets."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "security")
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"kept", "Security",
			"Access is restricted to authorised personnel.",
			"Access is limited to authorised personnel."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
