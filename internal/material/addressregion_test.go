package material

import (
	"strings"
	"testing"
)

// TestAddressRegion: the county, state or province written or dropped
// between the town and the postcode of an address whose postcode is
// written alike ("Christchurch, BH23 6NW" → "Christchurch, Dorset BH23
// 6NW") is the same address. Its twins stay material: another town and
// postcode, another party at the same address, a new place data is kept
// beside it.
func TestAddressRegion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"1. COMPANY INFORMATION", "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, BH23 6NW, United Kingdom", "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, Dorset BH23 6NW, UK", false},
		{"Contact", "Write to Acme Ltd, 1 Target Road, Christchurch, Dorset BH23 6NW, United Kingdom.", "Write to Acme Ltd, 1 Target Road, Christchurch, BH23 6NW, United Kingdom.", false},
		{"Contact", "Acme Ltd, 4 High Street, Guildford, Surrey GU1 3AA", "Acme Ltd, 4 High Street, Guildford, GU1 3AA", false},

		{"1. COMPANY INFORMATION", "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, BH23 6NW, United Kingdom", "Unit 5, Harbour Road, Bournemouth, Dorset BH1 2AB, UK", true},
		{"Contact", "Our representative is Acme Ltd, 1 Target Road, Christchurch, BH23 6NW, United Kingdom.", "Our representative is Beta Ltd, 1 Target Road, Christchurch, Dorset BH23 6NW, United Kingdom.", true},
		{"Contact", "Acme Ltd, 1 Target Road, Christchurch, BH23 6NW, United Kingdom", "Acme Ltd and Beta Analytics, 1 Target Road, Christchurch, Dorset BH23 6NW, United Kingdom", true},
		{"Transfers", "We store your data in Christchurch, BH23 6NW, United Kingdom.", "We store your data in Christchurch, Dorset BH23 6NW, United Kingdom, and in the United States.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
