package material

import (
	"strings"
	"testing"
)

// TestSubjectToExceptions: "your rights are subject to certain
// exemptions" is "certain exceptions apply to your rights": one exception,
// said with its noun either way. Dropping the exceptions, or adding one,
// changes the right.
func TestSubjectToExceptions(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Exercise Your Rights", "We will not discriminate against you for exercising your privacy rights. Your rights are subject to certain exemptions, such as where we need to retain data for legal compliance purposes.", "You will not be discriminated against by us for exercising your privacy rights. Certain exemptions apply to your rights, for example where we need to retain data for legal compliance purposes.", false},
		{"Your rights", "The right to erasure is subject to some exceptions.", "Some exceptions apply to the right to erasure.", false},
		// Material twins.
		{"Your rights", "The right to erasure is subject to some exceptions.", "The right to erasure applies in full.", true},
		{"Your rights", "Some exceptions apply to the right to erasure.", "Some exceptions apply to the right to erasure, and it is subject to our verification of your identity.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
