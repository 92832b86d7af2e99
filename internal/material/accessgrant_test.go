package material

import "testing"

// TestAccessGrant: access held or given is a permission to access
// (accessgrant.go, b30-11, b34-42). The twins trade access held for an
// act promised, take the permission away, or limit it; and "more than
// one" is a count of several (rules.toml), not one.
func TestAccessGrant(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Service providers", "Our processors have access to your personal data.", "Our processors can access your personal data.", false},
		{"Your account", "Your account page gives you access to your order history.", "You can access your order history on your account page.", false},
		{"Support", "Support staff may access your tickets.", "Support staff have access to your tickets.", false},
		// b15-06: an "only" makes the access a limit
		{"10. ACCESS TO CUSTOMER DATA", "Access is restricted to authorised personnel and is governed by strict confidentiality obligations. All staff are subject to contractual non-disclosure agreements.",
			"Only authorised personnel have access, and that access is governed by strict confidentiality obligations. Every member of staff is subject to a contractual non-disclosure agreement.", false},
		// twins
		{"Service providers", "Our processors have access to your personal data.", "Our processors will access your personal data.", true},
		{"Service providers", "Our processors have access to your personal data.", "Our processors have no access to your personal data.", true},
		{"Service providers", "Our processors have access to your personal data.", "Only our processors have access to your personal data.", true},
		{"Devices", "If you log in from one device, we link it to your account.", "If you log in from more than one device, we link them to your account.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
