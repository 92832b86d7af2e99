package material

import (
	"strings"
	"testing"
)

// TestDoSoBack: "do so" stands for the verb phrase just said: "we do not
// sell your data, and will not do so in the future" is "… and will not
// sell your data in the future". Its twins stay material: "do so" for
// another act than the one written out before, a modal changed beside
// it, and a phrase that says more than the one "do so" stands for.
func TestDoSoBack(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Disclosure or Sale of Personal Information", "We do not disclose or sell your personal information and will not disclose or sell your personal information in the future without giving you notice and an opportunity to opt out.", "We do not disclose or sell your personal information, and will not do so in the future without giving you notice and an opportunity to opt out.", false},
		{"Sale", "We do not sell your personal information and will not do so in the future.", "We do not sell your personal information and will not sell your personal information in the future.", false},
		{"Your rights", "If you ask us to delete your account, we will delete your account within 30 days.", "If you ask us to delete your account, we will do so within 30 days.", false},

		{"Sale", "We do not sell your personal information and will not share your personal information in the future.", "We do not sell your personal information and will not do so in the future.", true},
		{"Sale", "We do not sell your personal information and will not sell your personal information in the future.", "We do not sell your personal information and may do so in the future.", true},
		{"Sale", "We do not sell your personal information and will not do so in the future.", "We do not sell your personal information and will not sell your personal information to advertisers in the future.", true},
		{"Your rights", "If you ask us to delete your account, we will close your account within 30 days.", "If you ask us to delete your account, we will do so within 30 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
