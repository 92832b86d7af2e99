package material

import (
	"strings"
	"testing"
)

// TestLetsUs: "lets us keep track" grants what "allows us to keep track"
// does, a permission; "let us know" asks the reader and grants nothing.
// Another party let in, or the permission made a duty, stays material.
func TestLetsUs(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"The tool stores your consent preferences in a cookie on your device and allows us to keep track of your choices.", "The tool keeps your consent preferences in a cookie on your device, which lets us keep track of your choices.", false},

		{"The tool stores your consent preferences in a cookie on your device and allows us to keep track of your choices.", "The tool stores your consent preferences in a cookie on your device and requires us to keep track of your choices.", true},
		{"The tool stores your consent preferences in a cookie on your device, which lets us keep track of your choices.", "The tool stores your consent preferences in a cookie on your device, which lets our advertising partners keep track of your choices.", true},
		{"The tool stores your consent preferences in a cookie on your device.", "The tool stores your consent preferences in a cookie on your device, which lets us keep track of your choices.", true},
	} {
		rep, _, why := judgeEdit(rb, "Cookies", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
