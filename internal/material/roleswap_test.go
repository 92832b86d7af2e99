package material

import (
	"strings"
	"testing"
)

// TestRoleSwap: the same words in another role are another commitment.
// "We never sell partner data" forbids selling data that came from
// partners; "We never sell data to partners" forbids selling to them:
// the source became the recipient. A word's form changed in place ("your
// account's settings" → "your account settings") is grammar only.
func TestRoleSwap(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Sharing", "We never sell partner data.", "We never sell data to partners.", true},
		{"Sharing", "We never sell data to partners.", "We never sell partner data.", true},
		{"Sharing", "We share advertiser reports with you.", "We share reports with advertisers.", true},

		{"Sharing", "We never sell partner data.", "We never sell partners' data.", false},
		{"Security", "We encrypt your account's settings.", "We encrypt your account settings.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
