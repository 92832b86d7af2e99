package material

import (
	"strings"
	"testing"
)

// TestNecessityTraded: a test of necessity traded for one of fitness ("if
// we believe in good faith that disclosure is necessary to protect our
// rights" → "… is appropriate to protect …", b85-35, read "Same
// commitments, reworded") lets the author act where the act helps, not
// only where it must: the condition is loosened, and the reverse tightens
// it. The twins stay minor: a word of necessity for another ("necessary"
// → "needed"), one of fitness for another ("appropriate safeguards" →
// "suitable safeguards"), and a word of necessity dropped or put with
// nothing traded for it, which the rest of the rules judge.
func TestNecessityTraded(t *testing.T) {
	const heading = "Information Sharing and Disclosure"
	const old = "  • For Legal Reasons: We may disclose information if required by law, subpoena, or other legal process, or if we believe in good faith that disclosure is necessary to protect our rights, protect your safety or the safety of others, investigate fraud, or respond to a government request."
	runRestated(t, []restatedCase{
		{"b85-35, necessary → appropriate", heading, old, strings.Replace(old, "is necessary to", "is appropriate to", 1), true},
		{"necessary → useful", heading, old, strings.Replace(old, "is necessary to", "is useful to", 1), true},
		{"appropriate → necessary", heading, strings.Replace(old, "is necessary to", "is appropriate to", 1), old, true},
		{"data needed → data helpful", heading, "We collect only the data needed to provide the service.", "We collect only the data helpful to provide the service.", true},
		{"twin: necessary → needed", heading, old, strings.Replace(old, "is necessary to", "is needed to", 1), false},
		{"twin: appropriate → suitable", heading, "We put appropriate safeguards in place for these transfers.", "We put suitable safeguards in place for these transfers.", false},
	})
}
