package material

import (
	"strings"
	"testing"
)

// TestVerbAfterModalStillCounts keeps what a rule tried for b8-43 ("to
// recommend products you might like" → "… that may interest you") got
// wrong: that a word a modal puts as a verb is an ordinary verb. Most
// such words WordNet files first as nouns are acts on what is the
// user's ("may record your calls", "may profile you", "may only copy your
// files"), and one traded for another is for a reviewer to confirm.
func TestVerbAfterModalStillCounts(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"monitored, then recorded", "Customer support",
			"We may monitor your calls to improve our service.",
			"We may record your calls to improve our service."},
		{"contacted, then profiled", "Marketing",
			"We may contact you about our products.",
			"We may profile you based on our products."},
		{"looked at, then copied", "Access by our staff",
			"Our staff may only look at your files when you ask us to.",
			"Our staff may only copy your files when you ask us to."},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material {
			t.Errorf("%s: want material: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
