package material

import (
	"fmt"
	"strings"
	"testing"
)

// TestClassifyGrowth guards the classifier against work that grows with
// the square of a paragraph's length: a rule that reads the whole text
// again for every word, pair of words or name it weighs. Such a rule
// took minutes on a paragraph of 8,500 words rewritten whole. The work
// is measured by what it allocates, which is counted the same on every
// run, not timed: four times the text may cost about four times the
// allocations, not sixteen. A loop that only compares, allocating
// nothing, escapes this test; BenchmarkHostile times those.
func TestClassifyGrowth(t *testing.T) {
	rb := Builtin()
	for _, shape := range hostileShapes {
		if shape.n == 0 {
			continue // its loops allocate nothing: BenchmarkHostile times it
		}
		allocs := func(n int) float64 {
			old, new := shape.make(n)
			return testing.AllocsPerRun(1, func() { judgeEdit(rb, shape.heading, old, new) })
		}
		small, large := allocs(shape.n), allocs(4*shape.n)
		t.Logf("%s: %.0f allocations at %d, %.0f at %d (×%.1f)", shape.name, small, shape.n, large, 4*shape.n, large/small)
		if large > 6*small {
			t.Errorf("%s: %.0f allocations at %d, %.0f at %d: the work grows faster than the text (×%.1f for ×4)", shape.name, small, shape.n, large, 4*shape.n, large/small)
		}
	}
}

// BenchmarkHostile times the shapes of TestClassifyGrowth at a size a
// tester has sent (8,500 words), for the loops that compare without
// allocating.
func BenchmarkHostile(b *testing.B) {
	rb := Builtin()
	for _, shape := range hostileShapes {
		old, new := shape.make(shape.bench)
		b.Run(shape.name, func(b *testing.B) {
			for b.Loop() {
				judgeEdit(rb, shape.heading, old, new)
			}
		})
	}
}

// hostileShapes are paragraphs made to be long, each of n parts.
var hostileShapes = []struct {
	name, heading string
	n, bench      int // the sizes TestClassifyGrowth and BenchmarkHostile make
	make          func(n int) (old, new string)
}{
	{"rewritten whole", "Purposes", 32, 560, func(n int) (string, string) {
		// every sentence reworded, each with words of its own
		var o, w strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&o, "we use your data for a specific purpose%d and your data is processed by vendor%d. ", i, i)
			fmt.Fprintf(&w, "we use your data for our purposes%d and your data is processed by vendor%d. ", i, i)
		}
		return o.String(), w.String()
	}},
	{"names", "Sharing", 128, 2000, func(n int) (string, string) {
		// a name in every sentence of the new text, none of which says "we"
		var o, w strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&o, "We may keep record%d. ", i)
			fmt.Fprintf(&w, "Partner%d will not delete files. ", i)
		}
		return o.String(), w.String()
	}},
	{"addresses", "Contact", 0, 1000, func(n int) (string, string) {
		// names beside addresses given for "us"
		var o, w strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&o, "Write to us at help%d@example.com about records. ", i)
			fmt.Fprintf(&w, "Partner%d answers; write to us at help%d@partner%d.com. ", i, i, i)
		}
		return o.String(), w.String()
	}},
	{"list", "Sharing", 64, 5000, func(n int) (string, string) {
		// a list, every item reworded
		var o, w strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&o, "- We may share item%d data with vendor%d for analytics.\n", i, i)
			fmt.Fprintf(&w, "- We will share item%d data with partner%d for advertising.\n", i, i)
		}
		return o.String(), w.String()
	}},
}
