package material

import (
	"strings"
	"testing"
)

// TestOrdinaryWordRecall runs the recall red team of
// testdata/ordinarywords.txt: material edits whose only changed words
// are ordinary English that still carries a commitment, each beside
// minor twins that say the same term in other words. Every case must be
// judged as labelled.
func TestOrdinaryWordRecall(t *testing.T) {
	rb := Builtin()
	for _, tc := range readBatch(t, "testdata/ordinarywords.txt") {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.id, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
