package material

import (
	"strings"
	"testing"
)

// TestRequestCondition holds b30-18 in other words: "at (upon, on) the
// request of the authorities" is a condition said as a phrase, as "at
// your request" is, so "when the authorities request it" adds none; and
// "In addition," opening a sentence adds what "also" does. The condition
// dropped, another party asking, or another recipient is still compared.
func TestRequestCondition(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b30-18", "How data is shared",
			"In addition, at the request of state bodies, in particular the judicial authorities, and in order to comply with any judicial or legal request, HAPPN may transmit the personal data of its Members.",
			"HAPPN may also transmit its Members’ personal data when state bodies, the judicial authorities in particular, request it, and in order to comply with any judicial or legal request.", false},
		{"a request said as a clause", "Disclosure",
			"We may disclose your personal data at the request of law enforcement authorities.",
			"We may disclose your personal data when law enforcement authorities request it.", false},
		{"upon the request of", "Disclosure",
			"We will delete your account upon the request of your legal guardian.",
			"We will delete your account if your legal guardian requests it.", false},
		{"in addition as also", "Sharing",
			"In addition, we may share your personal data with our affiliates.",
			"We may also share your personal data with our affiliates.", false},
		// Twins: still material.
		{"twin: the condition dropped", "Disclosure",
			"We may disclose your personal data at the request of law enforcement authorities.",
			"We may disclose your personal data to law enforcement authorities.", true},
		{"twin: another party asks", "Disclosure",
			"We may disclose your personal data at the request of law enforcement authorities.",
			"We may disclose your personal data when any third party requests it.", true},
		{"twin: another asker added", "Disclosure",
			"We may disclose your personal data at the request of a court.",
			"We may disclose your personal data at the request of a court or of our business partners.", true},
		{"twin: a condition added", "Disclosure",
			"We may disclose your personal data to law enforcement authorities.",
			"We may disclose your personal data at the request of law enforcement authorities.", true},
		{"twin: in addition to a recipient", "Sharing",
			"In addition, we may share your personal data with our affiliates.",
			"We may also share your personal data with our affiliates and advertisers.", true},
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
