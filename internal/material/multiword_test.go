package material

import (
	"strings"
	"testing"
)

// TestMultiwordSynonym holds b10-46's "may only look at your files" →
// "may only view your files" in other words: a verb of two words WordNet
// lists as one ("look at", "take part") is the one word it shares a
// meaning with. Another act said by a verb of two words still counts.
func TestMultiwordSynonym(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"look at, view", "Access by our staff",
			"Our support staff may only look at your files when you ask us to.",
			"Our support staff may only view your files when you ask us to.", false},
		{"take part, participate", "Research",
			"If you take part in a study, we record your answers to its questionnaire.",
			"If you participate in a study, we record your answers to its questionnaire.", false},
		{"sign up, join", "Newsletter",
			"When you sign up for our mailing list, we ask for your email address.",
			"When you join our mailing list, we ask for your email address.", false},
		{"look at, view, and a party", "Access by our staff",
			"Our support staff may only look at your files when you ask us to.",
			"Our support staff and our contractors may only view your files when you ask us to.", true},
		{"take part, and data added", "Research",
			"If you take part in a study, we record your answers to its questionnaire.",
			"If you participate in a study, we record your answers and your voice to its questionnaire.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
