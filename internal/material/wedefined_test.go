package material

import (
	"strings"
	"testing"
)

// TestWeDefinedWidened: the sentence that says whom "we" stands for is
// who the controller is; a party put in it ("…, together with our
// official distributors", b73-11, a held-out miss) or taken from it
// changes who is responsible, though the sentence names no personal data.
// The same sentence reworded (a contraction, the pronouns quoted, a
// capital) is not.
func TestWeDefinedWidened(t *testing.T) {
	rb := Builtin()
	const old = "When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Omnis Software Group."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"distributors joined", "When we say ‘we’, ‘us’ or ‘our’ in this Policy, we are referring to the separate and distinct legal entities that make up the Omnis Software Group, together with our official distributors.", true},
		{"partners joined", "When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Omnis Software Group and its partners.", true},
		{"reworded", "When we say ‘we’, ‘us’ or ‘our’ in this Policy, we are referring to the separate and distinct legal entities that make up the Omnis Software Group.", false},
	} {
		rep, cats, why := judgeEdit(rb, "Who are we?", old, tc.new)
		if rep.Material != tc.material || tc.material && !cats["identity"] {
			t.Errorf("%s: material=%v %v, want %v identity: %s", tc.name, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}
