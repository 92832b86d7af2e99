package material

import (
	"strings"
	"testing"
)

// TestHarmsAsNouns: harms a measure protects data from, said as nouns
// after "unauthorized" or as passive verbs done "without authorization",
// are the same harms: "from unauthorized access, use, alteration, and
// disclosure" is "from being accessed, used, altered, and disclosed
// without authorization". Their twins stay material: a harm dropped or
// added, another harm, "and" for "or", and the protection itself changed.
func TestHarmsAsNouns(t *testing.T) {
	rb := Builtin()
	const old = "We have implemented measures designed to secure your personal information from accidental loss and from unauthorized access, use, alteration, and disclosure."
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Data Security", old, "We have implemented measures designed to secure your personal information from accidental loss and from being accessed, used, altered, and disclosed without authorization.", false},
		{"Security", "We protect your data from unauthorized access or disclosure.", "We protect your data from being accessed or disclosed without authorisation.", false},

		{"Data Security", old, "We have implemented measures designed to secure your personal information from accidental loss and from being accessed, altered, and disclosed without authorization.", true},
		{"Data Security", old, "We have implemented measures designed to secure your personal information from accidental loss and from being accessed, used, altered, disclosed, and sold without authorization.", true},
		{"Security", "We protect your data from unauthorized access or disclosure.", "We protect your data from being accessed and disclosed without authorization.", true},
		{"Security", "We protect your data from unauthorized access or disclosure.", "We protect your data from being accessed or destroyed without authorization.", true},
		{"Security", "We protect your data from unauthorized access or disclosure.", "We try to protect your data from being accessed or disclosed without authorization.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
