package material

import (
	"strings"
	"testing"
)

// TestWeWouldContracted: "we'd" is "we would" contracted, as "we'll" is
// "we will": "We would like to tell you about … from time to time" →
// "From time to time, we’d love to tell you about …" (b75-16) says the
// same. Twins keep the contraction and change the modal ("will" →
// "would"), drop a denial, or add a recipient, and stay material.
func TestWeWouldContracted(t *testing.T) {
	rb := Builtin()
	const heading = "Keeping you informed about our products and services"
	const old = "We would like to tell you about the great offers, ideas, products and services of the Omnis Group from time to time that we think you might be interested in."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b75-16", old, "From time to time, we’d love to tell you about great offers, ideas, products and services of the Omnis Group that we think you might be interested in.", false},
		{"we'd like", old, "We'd like to tell you about the great offers, ideas, products and services of the Omnis Group from time to time that we think you might be interested in.", false},
		// twins
		{"will → we'd", "We will tell you about the great offers of the Omnis Group from time to time.", "We’d tell you about the great offers of the Omnis Group from time to time.", true},
		{"a denial dropped", "We would never sell your personal information to third parties.", "We’d sell your personal information to third parties.", true},
		{"a recipient added", old, "We’d like to tell you and our advertising partners about the great offers, ideas, products and services of the Omnis Group from time to time that we think you might be interested in.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
