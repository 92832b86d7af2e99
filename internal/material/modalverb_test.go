package material

import (
	"strings"
	"testing"
)

// TestWordAfterModalIsAVerb holds b8-43 ("to recommend products you might
// like" → "to suggest products that may interest you") in other words: a
// word a modal puts as a verb ("may interest", "might appeal") says what
// happens, not what is collected or who receives it, however WordNet
// files its commonest sense. Data or a party added beside it still count.
func TestWordAfterModalIsAVerb(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b8-43", "How we use your information",
			"We use your purchase history to recommend products you might like.",
			"We use your purchase history to suggest products that may interest you.", false},
		{"songs that may appeal", "How we use your information",
			"We use your listening history to recommend songs you might enjoy.",
			"We use your listening history to suggest songs that may appeal to you.", false},
		{"an adverb between", "How we use your information",
			"We use your purchase history to recommend products you might like.",
			"We use your purchase history to suggest products that may also interest you.", false},
		{"data added beside it", "How we use your information",
			"We use your purchase history to recommend products you might like.",
			"We use your purchase history and your precise location to suggest products that may interest you.", true},
		{"an adverb between, and a party", "How we use your information",
			"We use your purchase history to recommend products you might like.",
			"We use your purchase history to suggest products that may also interest our advertising partners.", true},
		{"a party added beside it", "How we use your information",
			"We use your purchase history to recommend products you might like.",
			"We use your purchase history to suggest products that may interest our advertising partners.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
