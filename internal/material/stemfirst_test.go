package material

import (
	"strings"
	"testing"
)

// TestStemFirst: a noun said as its verb ("in accordance with customer
// instructions" → "as the customer instructs") is the same word, though
// another word removed shares a meaning with the verb; the same sentence
// with a new party or a new act instead is not.
func TestStemFirst(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Our role", "OmniCRM processes this data only in accordance with customer instructions and contractual agreements.", "OmniCRM processes this data only as the customer instructs and as agreed in its contracts.", false},
		{"Our role", "We process this data only in accordance with the instructions of our clients.", "We process this data only as our clients instruct.", false},
		// Material twins: who instructs, or what is done, changes.
		{"Our role", "OmniCRM processes this data only in accordance with customer instructions and contractual agreements.", "OmniCRM processes this data only as our partners instruct and as agreed in its contracts.", true},
		{"Our role", "OmniCRM processes this data only in accordance with customer instructions and contractual agreements.", "OmniCRM processes and sells this data only as the customer instructs and as agreed in its contracts.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
