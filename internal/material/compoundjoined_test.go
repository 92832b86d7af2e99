package material

import (
	"strings"
	"testing"
)

// TestCompoundsJoined: two words written as one beside another change are
// the same word (b76-13, "your user name and chosen password" → "your
// username and the password you choose", each change minor alone). Twins:
// a data type added beside the joined word, and "may be" → "maybe" (a
// word of force, never joined), stay material.
func TestCompoundsJoined(t *testing.T) {
	rb := Builtin()
	const heading = "What sorts of personal information do we hold?"
	const old = "  • Your account login details for our services, including your user name and chosen password;"
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{heading, old, "  • Your account login details for our services, including your username and the password you choose;", false},
		{heading, old, "  • Your account login details for our services, including your username and the password and security questions you choose;", true},
		{"Sharing", "We may be sharing your data with our partners.", "We maybe share your data with our partners, with your user name.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
		if rep, _, why := judgeEdit(rb, tc.heading, tc.new, tc.old); rep.Material != tc.material {
			t.Errorf("%q, the other way: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
