package material

import (
	"strings"
	"testing"
)

// TestAppliesAsApplicable: "applicable law" restated as "the law that
// applies" is the same law (b76-39, with "a higher age threshold" made "a
// higher age" and 13 spelled out, read as a scope narrowed by a clause
// saying which ones). Twins: the law's condition traded for our choice,
// another age, and a clause with a complement (to whom, where) stay
// material.
func TestAppliesAsApplicable(t *testing.T) {
	const heading = "Children's Privacy"
	const old = "The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires). We do not knowingly collect personal information from children."
	const tail = " We do not knowingly collect personal information from children."
	rb := Builtin()
	for _, tc := range []struct {
		new      string
		material bool
	}{
		{"The Service is not intended for use by children under the age of thirteen (13), or under a higher age where the law that applies requires it." + tail, false},
		{"The Service is not intended for use by children under the age of 13 (or a higher age where the law which applies requires it)." + tail, false},
		{"The Service is not intended for use by children under the age of thirteen (13), or under a higher age where we choose." + tail, true},
		{"The Service is not intended for use by children under the age of sixteen (16), or under a higher age where the law that applies requires it." + tail, true},
		{"The Service is not intended for use by children under the age of thirteen (13), or under a higher age where the law that applies in California requires it." + tail, true},
		{"The Service is not intended for use by children under the age of thirteen (13), or under a higher age where the law that applies to you requires it." + tail, true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	// The laws, in the plural, and the other way round.
	const o2 = "We keep your data for as long as the laws that apply require."
	if rep, _, why := judgeEdit(rb, "Retention", o2, "We keep your data for as long as applicable laws require."); rep.Material {
		t.Errorf("'the laws that apply' → 'applicable laws': material: %s", strings.Join(why, "; "))
	}
	if rep, _, why := judgeEdit(rb, "Retention", o2, "We keep your data for as long as we choose."); !rep.Material {
		t.Errorf("'the laws that apply' → 'we choose': minor: %s", strings.Join(why, "; "))
	}
}
