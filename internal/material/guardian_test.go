package material

import (
	"strings"
	"testing"
)

// TestParentIsAnotherParty: the words that name the people under an age
// threshold are its wording ("children under 16" is "anyone younger than
// 16"), but a parent or a guardian whose consent the sentence asks for is
// another party: dropping them is a change of the threshold's terms.
func TestParentIsAnotherParty(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"We ask a parent to confirm before a child under 13 signs up.", "We ask a child under 13 to confirm before signing up.", true},
		{"A parent or guardian must agree before anyone under 16 can join.", "Anyone under 16 must agree before they can join.", true},
		{"Pupils under 13 need a parent's permission to open an account.", "Pupils under 13 can open an account.", true},
		// The same threshold, its people called otherwise.
		{"Children under the age of 16 may not use the app.", "Anyone younger than 16 may not use the app.", false},
		{"We ask a parent to confirm before a child under 13 signs up.", "We ask a parent to confirm before anyone under 13 signs up.", false},
	} {
		rep, _, why := judgeEdit(rb, "Children", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
