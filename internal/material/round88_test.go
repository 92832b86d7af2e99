package material

import "testing"

// Mends of round 88 (batches 411 to 414, written blind and first run on
// 8534d640, no miss).

// TestUseAddedToGround: a use of the data put after "and" among what a
// lawful ground covers is a purpose: "To comply with legal obligations"
// → "… and to recover unpaid debts" (b401-06, and eight earlier writers,
// filed under legal basis). Twins: a purpose put after "or" beside what
// the ground needs widens the need (b247-13, labelled legal basis), and
// the ground's own words say the ground.
func TestUseAddedToGround(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "and to recover", "Legal Compliance", "To comply with legal obligations.", "To comply with legal obligations and to recover unpaid debts.", "purposes")
	wantOnlyCategory(t, rb, "twin: or beside the need", "Our legal basis for processing your personal information", "  • Legitimate interests: The processing is necessary for us to conduct our business, but not where our interests are overridden by your interests or rights.", "  • Legitimate interests: The processing is necessary for us to conduct our business or to improve our devices, but not where our interests are overridden by your interests or rights.", "legal-basis")
	wantOnlyCategory(t, rb, "twin: the ground's words", "Legal Compliance", "To comply with legal obligations.", "To comply with legal obligations and to protect the vital interests of others.", "legal-basis")
}
