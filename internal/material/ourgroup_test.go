package material

import (
	"strings"
	"testing"
)

// TestOurGroup holds b48-40: the author's group named where the other
// side says "our group" ("make up the Omnis Software Group" → "make up
// our group of companies") is the author, no party removed. A group that
// receives data, put in the place of ours, still counts.
func TestOurGroup(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-40 the group unnamed", "Who are we?",
			"When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Omnis Software Group.",
			"When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up our group of companies.", false},
		{"the group named", "Who are we?",
			"This policy applies to all companies within our group.",
			"This policy applies to all companies within the Brightwell Media Group.", false},
		{"twin: another group given data", "Sharing",
			"We share your contact details within our group.",
			"We share your contact details with the Zentrova Holding Group.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
