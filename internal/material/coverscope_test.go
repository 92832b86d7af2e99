package material

import (
	"strings"
	"testing"
)

// TestCoversScope: "This policy covers our website and apps" says what
// the policy applies to, its scope; a service added there is material
// (found by the recall red team of 2026-12-03, read "Only what the
// document says it covers changed"). Twins stay minor: what the policy
// treats, a question word after "covers" or another verb of contents.
func TestCoversScope(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"About this policy", "This policy covers our website and apps.", "This policy covers our website, apps and in-store cameras.", true},
		{"About this policy", "This notice covers our online shop.", "This notice covers our online shop and our customer loyalty programme.", true},
		{"About this policy", "This policy covers how we collect and use your data.", "This policy covers how we collect, use and store your data.", false},
		{"About this policy", "This policy explains what we collect and why.", "This policy explains what we collect, why, and how long we keep it.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
