package material

import (
	"strings"
	"testing"
)

// TestPartitive: "every member of staff" is "all staff", the same people;
// "some members of staff", or members of another group, are not.
func TestPartitive(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Access to customer data", "Access is restricted to authorised personnel and is governed by strict confidentiality obligations. All staff are subject to contractual non-disclosure agreements.", "Only authorised personnel have access, and that access is governed by strict confidentiality obligations. Every member of staff is subject to a contractual non-disclosure agreement.", false},
		{"Security", "All our staff receive data protection training every year.", "Each member of our staff receives data protection training every year.", false},
		// Material twins.
		{"Security", "All employees receive data protection training every year.", "Some members of staff receive data protection training every year.", true},
		{"Access to customer data", "All staff are subject to contractual non-disclosure agreements.", "Every member of staff is subject to a contractual non-disclosure agreement, except contractors.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
