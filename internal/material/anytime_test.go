package material

import (
	"strings"
	"testing"
)

// TestAnytimeRight: "at any time" taken from or given to a power of the
// user's is a term of that right, whatever the right acts on; said in
// other words it is the same term.
func TestAnytimeRight(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "You can object to profiling at any time.", "You can object to profiling.", true},
		{"Marketing", "You may withdraw your consent to marketing at any time.", "You may withdraw your consent to marketing.", true},
		{"Your rights", "You have the right to object to direct marketing.", "You have the right to object to direct marketing at any time.", true},
		{"Your rights", "You can object to profiling at any time.", "At any time, you can object to profiling.", false},
		{"Marketing", "You may withdraw your consent to marketing at any time.", "You may withdraw your consent to marketing whenever you like.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
