package material

import (
	"strings"
	"testing"
)

// TestPermissionHedged: a right the reader has, said to be one they may
// have, is weakened (b57-34), in any of its wordings; the hedge lifted is
// material too. Twins: the same hedge on both sides, and "you may" put
// for "you have the right to" (one permission said another way), stay
// minor.
func TestPermissionHedged(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][3]string{
		{"(a) Your Choices", "* **Deletion** – You have the right to request that we delete information that we collected from you and retained, subject to certain exceptions.", "* **Deletion** – You may have the right to request that we delete information that we collected from you and retained, subject to certain exceptions."},
		{"Your rights", "Customers are entitled to a copy of their data.", "Customers might be entitled to a copy of their data."},
		{"Your rights", "You also have the right to object to profiling.", "You may also have the right to object to profiling."},
		{"Your rights", "You may have the right to port your data to another provider.", "You have the right to port your data to another provider."},
	} {
		wantOnlyCategory(t, rb, tc[1], tc[0], tc[1], tc[2], "rights")
	}
	for _, tc := range [][3]string{
		{"Your rights", "Depending on where you live, you may have the right to access your data.", "Depending on where you live, you might have the right to access your data."},
		{"Your rights", "You have the right to ask for a copy of your data.", "You may ask for a copy of your data."},
		{"Your rights", "Depending on your location, you may have additional rights. Please contact us to exercise these rights.", "You may, depending on where you live, have additional rights. To exercise these rights, contact us."},
	} {
		if rep, _, why := judgeEdit(rb, tc[0], tc[1], tc[2]); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc[1], strings.Join(why, "; "))
		}
	}
}
