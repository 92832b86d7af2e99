package material

import (
	"strings"
	"testing"
)

// TestPossibleActThenCondition holds the family of an act said possible
// and then taken up by a condition ("We may add further companies. When
// we do so, we will update this notice") said as the condition itself
// ("If we add further companies, we will update this notice"): the "may"
// says only that the act may happen, which the "if" says too, and what
// binds, the duty after it, is the same (b35-36). The act promised, the
// duty weakened or the act changed still count.
func TestPossibleActThenCondition(t *testing.T) {
	rb := Builtin()
	const add = "We may add further companies to our group in the future. When we do so, we will update this notice."
	const share = "We may share your personal data with new partners. If we do, we will tell you before we share it."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b35-36: when we do so", "Who are we?", add,
			"If we add further companies to our group in the future, we will update this notice.", false},
		{"if we do", "Sharing", share,
			"If we share your personal data with new partners, we will tell you before we share it.", false},
		{"when, the other way", "Sharing",
			"When we share your personal data with new partners, we will tell you before we share it.",
			"We may share your personal data with new partners. When we do so, we will tell you before we share it.", false},
		// Material twins.
		{"the duty weakened", "Who are we?", add,
			"If we add further companies to our group in the future, we may update this notice.", true},
		{"the act promised", "Sharing", share,
			"We will share your personal data with new partners. When we do so, we will tell you before we share it.", true},
		{"the act stated", "Sharing", share,
			"We share your personal data with new partners and will tell you before we share it.", true},
		{"another act as the condition", "Sharing", share,
			"If we sell your personal data to new partners, we will tell you before we share it.", true},
		{"a later notice", "Sharing", share,
			"If we share your personal data with new partners, we will tell you after we share it.", true},
		{"the duty dropped", "Sharing", share,
			"If we share your personal data with new partners, we may tell you before we share it.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
