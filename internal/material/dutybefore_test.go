package material

import (
	"strings"
	"testing"
)

// TestDutyBeforePermission holds b26-42 in other words: a duty stated
// before what it allows ("we will need to verify your identity before we
// can act on your request") reworded with another word of the same force
// ("will need to" → "must", "have to"). The "can" after "before" is what
// the duty is the condition of, not the force of the duty, and "need to"
// before a verb is a duty of its subject, not "X requires Y". The duty
// weakened to a permission or advice ("may", "should", "may need to"), or
// strengthened from one, is still weighed, and so is a condition widened.
func TestDutyBeforePermission(t *testing.T) {
	rb := Builtin()
	const pre, post = "Please note that ", " your identity before we can fulfil any of your rights under data protection law."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b26-42", "Your rights", pre + "we will need to verify" + post, pre + "we must verify" + post, false},
		{"the reader's duty", "Your rights",
			"You will need to provide proof of identity before we can act on your request.",
			"You must provide proof of identity before we can act on your request.", false},
		{"a recipient's duty", "Sharing",
			"Our processors will need to sign a contract before they can receive any data.",
			"Our processors must sign a contract before they can receive any data.", false},
		// Twins: still material.
		{"twin: a duty made a permission", "Your rights", pre + "we will need to verify" + post, pre + "we may verify" + post, true},
		{"twin: a possible duty made certain", "Your rights", pre + "we may need to verify" + post, pre + "we must verify" + post, true},
		{"twin: a duty made advice", "Your rights", pre + "we will need to verify" + post, pre + "we should verify" + post, true},
		{"twin: the reader's duty made possible", "Your rights",
			"You will need to provide proof of identity before we can act on your request.",
			"You may need to provide proof of identity before we can act on your request.", true},
		{"twin: a recipient's duty made advice", "Sharing",
			"Our processors will need to sign a contract before they can receive any data.",
			"Our processors should sign a contract before they can receive any data.", true},
		{"twin: more asked", "Your rights", pre + "we will need to verify" + post, pre + "we must verify your identity and your address" + strings.TrimPrefix(post, " your identity"), true},
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
