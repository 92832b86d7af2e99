package material

import (
	"strings"
	"testing"
)

// TestIdioms: words of a category inside an idiom commit to nothing of
// it ("keep this in mind" keeps no data), "the ability to" is "able to",
// and "via the internet" is "online"; a near variant that keeps data,
// grants a new power or names a new channel still changes a commitment.
func TestIdioms(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Data Security", "No transmission is ever fully secure. Please keep this in mind when disclosing any information to us via the internet.", "No transmission is ever fully secure, so please bear this in mind whenever you disclose information to us online.", false},
		{"Data Security", "Please keep in mind that emails can be intercepted.", "Please bear in mind that emails can be intercepted.", false},
		{"Cookies", "All computers have the ability to decline cookies.", "All computers are able to decline cookies.", false},
		{"Your rights", "You have the ability to download your data.", "You are able to download your data.", false},
		// Material twins.
		{"Data Security", "Please keep this in mind when disclosing any information to us via the internet.", "We keep this information when you disclose it to us via the internet.", true},
		{"Your rights", "You have the ability to download your data.", "You have the ability to download your data once a year.", true},
		{"Cookies", "All computers have the ability to decline cookies.", "All computers have the ability to decline cookies, except essential cookies.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
