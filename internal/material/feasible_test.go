package material

import (
	"strings"
	"testing"
)

// TestFeasibleHedge: a hedge of feasibility ("where possible") says the
// act is done as far as it can be, however it is worded: "to the extent
// possible", "wherever this is possible", "if it is feasible", "as far as
// possible". One wording for another commits to the same; a hedge added
// or dropped, or a condition that is not about feasibility ("where the
// law requires"), changes the commitment: material.
func TestFeasibleHedge(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Where customer cases are discussed, these are anonymized to the extent possible.", "Where customer cases are discussed, these are anonymized wherever this is possible.", false},
		{"We pseudonymise your data where possible.", "We pseudonymise your data to the extent that it is practicable.", false},
		{"We pseudonymise your data where possible.", "We pseudonymise your data to the extent reasonably practicable.", true},
		{"We delete your records as far as possible.", "We delete your records if it is feasible.", false},

		{"Where customer cases are discussed, these are anonymized.", "Where customer cases are discussed, these are anonymized wherever this is possible.", true},
		{"We pseudonymise your data to the extent possible.", "We pseudonymise your data.", true},
		{"We delete your records to the extent possible.", "We delete your records where the law requires it.", true},
		{"We delete your records to the extent possible.", "We delete your records to the extent required by law.", true},
	} {
		rep, _, why := judgeEdit(rb, "Retention", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
