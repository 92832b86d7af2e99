package material

import "testing"

// TestRightChannel: how the reader may use a right is a term of it. "You
// may object to processing based on our legitimate interests" → "… by
// post" (a miss found in no labelled set: "Same commitments, reworded")
// may now be done only by letter. A channel said of what the company
// does, not of a power of the reader's, is not read here.
func TestRightChannel(t *testing.T) {
	const h = "Your rights"
	const old = "You may object to processing based on our legitimate interests."
	checkMaterial(t, []materialCase{
		{h, old, "You may object to processing based on our legitimate interests by post.", true},
		{h, "You can request a copy of your data.", "You can request a copy of your data through the app.", true},
		{h, "You may object to processing based on our legitimate interests by post.", old, true},
		// The same.
		{h, "You can request a copy of your data through the app.", "You can request a copy of your data via the app.", false},
		// The nearest edits that change another term stay material.
		{h, old, "You may object to processing based on our legitimate interests at any time.", true},
	})
}
