package material

import "testing"

// TestPurposeAbility: "to be able to" in a clause of purpose permits
// nothing (purposeability.go). The twins trade a duty for an ability.
func TestPurposeAbility(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"How we use data", "We use your address to deliver your order.", "We use your address in order to be able to deliver your order.", false},
		{"How we use data", "We need your address so we can deliver your order.", "We need your address to be able to deliver your order.", false},
		{"How we use data", "We keep your phone number so as to be able to reach you about an order.", "We keep your phone number to reach you about an order.", false},
		// twins
		{"Deletion", "We will delete your data on request.", "We want to be able to delete your data on request.", true},
		{"Security", "We will notify you of a breach.", "We may notify you of a breach.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
