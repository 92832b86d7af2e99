package material

import (
	"strings"
	"testing"
)

// TestClarifyAside: a formula of plain speaking set off by commas inside
// a sentence ("This Privacy Policy explains, in plain terms, how omnie
// handles …", b75-41) says how the policy speaks, as "In short," opening
// the sentence does: the same commitments. Twins keep the aside and
// narrow what the policy covers, add a party, or put a condition in the
// commas, and stay material.
func TestClarifyAside(t *testing.T) {
	rb := Builtin()
	const heading = "Overview"
	const old = "This Privacy Policy describes how omnie handles personal information accessed through its services."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b75-41", "This Privacy Policy explains, in plain terms, how omnie handles the personal information it accesses through its services.", false},
		{"plain language", "This Privacy Policy describes, in plain language, how omnie handles personal information accessed through its services.", false},
		{"in other words, inside", "This Privacy Policy describes, in other words, how omnie handles personal information accessed through its services.", false},
		// twins
		{"what it covers narrowed", "This Privacy Policy explains, in plain terms, how omnie handles personal information accessed through its web services only.", true},
		{"a party added", "This Privacy Policy explains, in plain terms, how omnie and its advertising partners handle personal information accessed through its services.", true},
		{"a condition in the commas", "This Privacy Policy explains, where required by law, how omnie handles personal information accessed through its services.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
