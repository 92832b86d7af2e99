package material

import (
	"strings"
	"testing"
)

// TestPromiseDenied: a promise denied in one way is denied in another ("we
// cannot guarantee" = "we do not guarantee" = "we are unable to
// guarantee"): the company promises nothing on either side. A promise
// made where the other side denied it, or what is denied changed, stays
// material.
func TestPromiseDenied(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Security", "No method of transmission over the internet is completely secure, so we cannot guarantee the security of your data.", "No method of transmission over the internet is completely secure, so we do not guarantee the security of your data.", false},
		{"Security", "We cannot guarantee absolute security.", "We are unable to guarantee absolute security.", false},
		{"Security", "We cannot ensure that third parties protect your data.", "We do not ensure that third parties protect your data.", false},
		{"Security", "Omni does not warrant that the service is free of vulnerabilities.", "Omni cannot warrant that the service is free of vulnerabilities.", false},
		// A promise made or denied, or another thing denied.
		{"Security", "We guarantee the security of your data.", "We cannot guarantee the security of your data.", true},
		{"Security", "We do not guarantee the security of your data.", "We guarantee the security of your data.", true},
		{"Security", "We cannot guarantee absolute security.", "We cannot guarantee the security of data sent by email or of data stored on your devices, which we do not encrypt.", true},
		{"Sharing", "We cannot share your data with advertisers.", "We may share your data with advertisers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
