package material

import "testing"

// TestOpenerDistributed: "where A or where B" is "where A or B" (b37-11);
// a branch that is new keeps its condition.
func TestOpenerDistributed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "We may refuse a request where we cannot verify your identity or an exception applies.",
			"We may refuse a request where we cannot verify your identity or where an exception applies.", false},
		{"Deletion", "We keep your data if the law requires it or a dispute is open.", "We keep your data if the law requires it or if a dispute is open.", false},
		{"Sharing", "We share your data when you ask us to or when the law requires it.", "We share your data when you ask us to or the law requires it.", false},
		// twins
		{"Sharing", "We share your data where you consent.", "We share your data where you consent or where our partners ask for it.", true},
		{"Deletion", "We keep your data if the law requires it.", "We keep your data if the law requires it or if we think it useful.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
