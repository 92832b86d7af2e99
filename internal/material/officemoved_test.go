package material

import (
	"strings"
	"testing"
)

// TestOfficeMoved: the same addressee, under the same lead-in, at another
// street of the same town, in layouts the other rules of addresses do not
// read (a floor or a suite of its own, a street in two parts): the party
// written to, the channel and the town are the same. The twins stay
// material: another town (in the same state or not), another addressee,
// another country, a lead-in that says what the address is for changed,
// and the address taken away.
func TestOfficeMoved(t *testing.T) {
	rb := Builtin()
	const lead = "You can also post your views to our office at:\n123Greetings.com, Inc.\n"
	const so = "Please write to Stack Overflow, Attn: Data Protection Officer, 110 William Street, Floor 28, New York, NY 10038, or contact us by email."
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Contact us", so, "Please write to Stack Overflow, Attn: Data Protection Officer, 14 Wall Street, 20th Floor, New York, NY 10005, or contact us by email.", false},
		{"Contact", "Wild Sky Media, Inc.  \n233 Broadway  \n13th Floor  \nNew York, NY 10279", "Wild Sky Media, Inc.  \n125 Park Ave  \n25th Floor  \nNew York, NY 10017", false},
		{"Contact us", "To exercise your rights, write to:\nAcme Ltd, Attn: Data Protection Officer\n1 Long Lane\nLondon EC1A 1BB\nUnited Kingdom", "To exercise your rights, write to:\nAcme Ltd, Attn: Data Protection Officer\nP.O. Box 412\nLondon EC2A 2AB\nUnited Kingdom", false},

		// another town, in the same state or not
		{"Questions and Comments", lead + "255 Executive Drive, Suite 400,\nPlainview, New York NY-11803;", lead + "4052 S 124th Street,\nGreenfield, WI 53228;", true},
		{"Contact us", so, "Please write to Stack Overflow, Attn: Data Protection Officer, 14 Wall Street, 20th Floor, Albany, NY 12207, or contact us by email.", true},
		{"Contact", "Acme, Inc.\n100 Main Street\nSuite 5\nPortland, OR 97201", "Acme, Inc.\n200 Main Street\nSuite 5\nPortland, ME 04101", true},
		// another addressee
		{"Contact us", so, "Please write to Stack Overflow, Attn: Marketing Department, 14 Wall Street, 20th Floor, New York, NY 10005, or contact us by email.", true},
		{"Contact us", so, "Please write to Stack Overflow, Attn: Data Protection Officer, Acme Mail Services, 14 Wall Street, 20th Floor, New York, NY 10005, or contact us by email.", true},
		// another country
		{"Contact us", "Please write to Stack Overflow, Attn: Data Protection Officer, 110 William Street, Floor 28, New York, NY 10038, USA, or contact us by email.", "Please write to Stack Overflow, Attn: Data Protection Officer, 1 Long Lane, London EC1A 1BB, United Kingdom, or contact us by email.", true},
		// what the address is for
		{"Contact", "Wild Sky Media, Inc.  \n233 Broadway  \n13th Floor  \nNew York, NY 10279", "Send deletion requests to Wild Sky Media, Inc.  \n125 Park Ave  \n25th Floor  \nNew York, NY 10017", true},
		// the address taken away
		{"Questions and Comments", lead + "255 Executive Drive, Suite 400,\nPlainview, New York NY-11803;", "You can also post your views to our office.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
