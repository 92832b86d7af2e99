package material

import (
	"strings"
	"testing"
)

// TestDoOurBest: "we will do our best to" is a try, as "best efforts"
// are: one said for the other commits to the same, and either added to a
// plain "we will" weakens it: material.
func TestDoOurBest(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Contact us and we will do our best efforts to promptly remove such information from our records.", "Contact us and we will do our best to remove such information from our records promptly.", false},
		{"Contact us and we will use our best efforts to remove such information.", "Contact us and we will do our best to remove such information.", false},

		{"Contact us and we will remove such information from our records.", "Contact us and we will do our best to remove such information from our records.", true},
		{"Contact us and we will do our best to remove such information.", "Contact us and we will remove such information.", true},
		{"Contact us and we will do our best to promptly remove such information.", "Contact us and we will do our best to remove such information.", true},
	} {
		rep, _, why := judgeEdit(rb, "Children", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
