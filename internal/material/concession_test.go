package material

import (
	"strings"
	"testing"
)

// TestConcessionAsBut holds b31-17 in other words: a clause conceded with
// "while", "whilst" or "although" before a denial ("While we strive to
// protect your information, no security measure is foolproof") restated
// as two clauses joined by "but", or back. The concession is no condition:
// the same effort is stated and the same denial follows. A "while" of time
// before a clause that is no denial, a hedge added to the effort, the
// effort itself weakened or strengthened, or a new clause joined, still
// count.
func TestConcessionAsBut(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b31-17", "How We Secure Information",
			"While we strive to protect your information, no security measures are entirely foolproof.",
			"We strive to protect your information, but no security measure is entirely foolproof.", false},
		{"although", "Security",
			"Although we use encryption, no method of transmission is completely secure.",
			"We use encryption, but no method of transmission is completely secure.", false},
		{"back to while, cannot", "Security",
			"We take reasonable steps to protect your data, but we cannot guarantee its security.",
			"While we take reasonable steps to protect your data, we cannot guarantee its security.", false},
		// Twins: still material.
		{"twin: a while of time", "Location",
			"While you use the app, we collect your location.",
			"You use the app, but we collect your location.", true},
		{"twin: a hedge added", "Security",
			"While we use encryption, no method of transmission is completely secure.",
			"We use encryption where possible, but no method of transmission is completely secure.", true},
		{"twin: the effort weakened", "Security",
			"While we encrypt all of your data, we cannot guarantee its security.",
			"We encrypt some of your data, but we cannot guarantee its security.", true},
		{"twin: an aspiration made a fact", "Security",
			"While we strive to protect your information, no security measures are entirely foolproof.",
			"We protect your information, but no security measure is entirely foolproof.", true},
		{"twin: a clause joined", "Security",
			"While we encrypt your data, we cannot guarantee its security.",
			"We encrypt your data, but we cannot guarantee its security, and we may share it with partners.", true},
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
