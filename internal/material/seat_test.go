package material

import (
	"strings"
	"testing"
)

// TestAddressMovedInTown: a postal address standing alone, its addressee
// and town kept, at another street ("HQ:Alexander House, Otunba Jobi Fele
// Way, Ikeja, Lagos" → "…, Plot 9, Dr.Nurudeen Olowopopo Avenue, Alausa,
// Lagos", b14-18), names no party: its streets and districts were
// reported as recipients removed and added. Another town or another
// addressee is still a change.
func TestAddressMovedInTown(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"HQ:Tolu House, Adeyemi Bero Way, Ikeja, Lagos", "HQ:Tolu House, Plot 9, Dr.Kunle Aroyewun Avenue, Alausa, Lagos", false},
		{"Head office: Brandt Haus, 12 Lindenweg, Mitte, Berlin", "Head office: Brandt Haus, 40 Seestraße, Wedding, Berlin", false},
		{"HQ:Tolu House, Adeyemi Bero Way, Ikeja, Lagos", "HQ:Tolu House, Plot 9, Dr.Kunle Aroyewun Avenue, Garki, Abuja", true},
		{"HQ:Tolu House, Adeyemi Bero Way, Ikeja, Lagos", "HQ:Quorbit Payments, Plot 9, Dr.Kunle Aroyewun Avenue, Alausa, Lagos", true},
		{"You can write to Tolu House, Adeyemi Bero Way, Ikeja, Lagos.", "You can write to Quorbit Payments, Adeyemi Bero Way, Ikeja, Lagos.", true},
	} {
		rep, _, why := judgeEdit(rb, "12. Contact Us", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
