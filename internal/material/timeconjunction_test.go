package material

import "testing"

// TestTimeConjunction: the conjunction of a time limit says how long the
// act it limits lasts. "only while you are on a support call" ends with
// the call; "only after you are on a support call" has no end (a miss
// found in no labelled set: "Same commitments, reworded"); "until" is the
// other side of it. Two conjunctions of one kind ("while" → "during",
// "after" → "once") are the same limit, and "when" is not compared.
func TestTimeConjunction(t *testing.T) {
	const h = "Support access"
	const old = "Our support staff can access your account only while you are on a support call."
	checkMaterial(t, []materialCase{
		{h, old, "Our support staff can access your account only after you are on a support call.", true},
		{h, "We keep your draft until you send it.", "We keep your draft after you send it.", true},
		{h, "Our support staff can access your account only after you are on a support call.", old, true},
		// The same kind of limit.
		{h, old, "Our support staff can access your account only whilst you are on a support call.", false},
		{h, "We delete your draft after you send it.", "We delete your draft once you send it.", false},
		// The nearest edits that change another term stay material.
		{h, old, "Our support staff can access your account while you are on a support call.", true},
	})
}
