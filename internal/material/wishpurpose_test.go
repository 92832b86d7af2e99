package material

import "testing"

// TestWishPurpose: the reader's aim said as a condition on a step offered
// to them is the step's purpose (b60-22, wishpurpose.go). The twins make
// the company's act conditional, and stay material.
func TestWishPurpose(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "If you are seeking to exercise any of these rights, please contact us.", "To exercise any of these rights, please contact us.", false},
		{"Your rights", "If you intend to close your account, write to support.", "To close your account, write to support.", false},
		{"Your rights", "To request a copy of your data, use the form below.", "If you are looking to request a copy of your data, use the form below.", false},
		// twins
		{"Sharing", "We share your data with our partners.", "If you intend to buy from our partners, we share your data with them.", true},
		{"Your rights", "You can delete your account.", "You can delete your account if you are seeking to leave for good and have no open orders.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
