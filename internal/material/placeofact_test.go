package material

import (
	"strings"
	"testing"
)

// TestPlaceOfAct: where data is stored said by the act's noun and
// "locations", or as a clause, and places left unnamed counted by another
// noun, are the same commitments (b76-48, with the passive made active:
// "Data may be accessed by personnel located in different jurisdictions"
// → "Personnel located in different countries may access data"). Twins:
// another act ("processed"), a place named after the clause or instead
// of the unnamed ones, "your country", "may" → "will", another party
// accessing the data and another deciding where it is stored stay
// material.
func TestPlaceOfAct(t *testing.T) {
	const heading = "International Data Transfers"
	const old = "Data may be accessed by personnel located in different jurisdictions as required to deliver services. Clients and system providers determine data storage locations."
	const access, decide = "Personnel located in different countries may access data when this is needed to deliver services.", " Clients and system providers decide where data is stored."
	rb := Builtin()
	for _, tc := range []struct {
		new      string
		material bool
	}{
		{access + decide, false},
		{"Data may be accessed by personnel located in different countries as required to deliver services. Clients and system providers determine where data is stored.", false},
		{access + strings.Replace(decide, "stored", "processed", 1), true},
		{access + strings.Replace(decide, "stored.", "stored in the US.", 1), true},
		{strings.Replace(access, "different countries", "the United States", 1) + decide, true},
		{strings.Replace(access, "different countries", "your country", 1) + decide, true},
		{strings.Replace(access, "may", "will", 1) + decide, true},
		{strings.Replace(access, "Personnel", "Our subprocessors", 1) + decide, true},
		{access + " We decide where data is stored.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
