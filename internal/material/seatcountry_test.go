package material

import (
	"strings"
	"testing"
)

// TestSeatWithCountry holds b20-16 in other words: a postal address set
// out line by line (addressee, street, floor or suite, town with its
// state and ZIP code) moved to another street of the same town, with the
// country written after the postcode on one side only. The streets are
// places of the same town (withoutStreets) and the country after the
// postcode says where that town is (addressCountry): together they are
// the same party at another door. Another town, another state, another
// addressee, or a country that differs from the one the other side
// gives, still counts.
func TestSeatWithCountry(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b20-16", "CONTACT INFORMATION",
			"Yelp, Attn: Data Privacy Manager\n140 New Montgomery St., 9th Floor\nSan Francisco, California 94105",
			"Yelp, Attn: Data Privacy Manager\n350 Mission Street, 10th Floor\nSan Francisco, California 94105, U.S.A.", false},
		{"lines, a suite, the country added", "Contact us",
			"Acme, Inc., Attn: Legal Department\n100 Main Street, Suite 200\nAustin, TX 78701",
			"Acme, Inc., Attn: Legal Department\n501 Congress Avenue, Suite 1500\nAustin, TX 78701, USA", false},
		{"one line, the country added", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 501 Congress Avenue, Austin, TX 78701, United States.", false},
		{"lines, the state spelled out, no country", "Contact us",
			"Acme, Attn: Privacy Officer\n100 Main Street, 2nd Floor\nSeattle, Washington 98101",
			"Acme, Attn: Privacy Officer\n1200 Pine Street, 5th Floor\nSeattle, Washington 98101", false},
		// Twins: still material.
		{"twin: another town, the country added", "Contact us",
			"Yelp, Attn: Data Privacy Manager\n140 New Montgomery St., 9th Floor\nSan Francisco, California 94105",
			"Yelp, Attn: Data Privacy Manager\n350 Main Street, 10th Floor\nLos Angeles, California 90012, U.S.A.", true},
		{"twin: another state, the country added", "Contact us",
			"Acme, Inc., Attn: Legal Department\n100 Main Street, Suite 200\nPortland, OR 97201",
			"Acme, Inc., Attn: Legal Department\n100 Main Street, Suite 200\nPortland, ME 04101, USA", true},
		{"twin: another addressee, the country added", "Contact us",
			"Yelp, Attn: Data Privacy Manager\n140 New Montgomery St., 9th Floor\nSan Francisco, California 94105",
			"Acme Data Services, Attn: Data Privacy Manager\n350 Mission Street, 10th Floor\nSan Francisco, California 94105, U.S.A.", true},
		{"twin: another country on both sides", "Contact us",
			"Acme, Attn: Privacy Officer\n10 King Street, 2nd Floor\nLondon, Ontario N6A 1A1, Canada",
			"Acme, Attn: Privacy Officer\n20 Queen Street, 3rd Floor\nLondon, Ontario N6A 1A1, United Kingdom", true},
		{"twin: the state dropped for a town alone", "Contact us",
			"Acme, Attn: Privacy Officer\n100 Main Street, 2nd Floor\nSpringfield, Illinois 62701",
			"Acme, Attn: Privacy Officer\n100 Main Street, 2nd Floor\nSpringfield, Massachusetts 01103, USA", true},
		{"twin: a destination after the address", "Contact us",
			"Acme, Inc., Attn: Legal Department\n100 Main Street, Suite 200\nAustin, TX 78701",
			"Acme, Inc., Attn: Legal Department\n501 Congress Avenue, Suite 1500\nAustin, TX 78701, USA. We transfer your data to India.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
