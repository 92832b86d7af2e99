package material

import (
	"strings"
	"testing"
)

// TestGlossedName: a law's own name or a body's registration glossed in
// brackets is no new party (b61-23 in other words; b59-05's statute
// number is still read as a quantity elsewhere); a party named
// in brackets after whom data goes to is one.
func TestGlossedName(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"a body's registration", "Who we are", "This service is run by Fjordlys, a foundation established in Norway.", "This service is run by Fjordlys, a foundation established in Norway (company identifier: NO918273645).", false},
		{"twin: a party in brackets", "Sharing", "We share your order details with our delivery partners.", "We share your order details with our delivery partners (Parcelwise Ltd).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
