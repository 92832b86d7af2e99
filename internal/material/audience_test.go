package material

import "testing"

// TestAudience: whom a use of the reader's data is for is a term of it.
// "We use your purchase history to recommend products to you" → "… to
// others" (a miss found in no labelled set: "Same commitments, reworded")
// shows other people what the reader bought. The reader named another
// way ("to you" → "for you") is the same.
func TestAudience(t *testing.T) {
	const h = "How we use your data"
	const old = "We use your purchase history to recommend products to you."
	checkMaterial(t, []materialCase{
		{h, old, "We use your purchase history to recommend products to others.", true},
		{"Profile", "Your reading list is visible to you.", "Your reading list is visible to everyone.", true},
		{h, "We use your purchase history to recommend products to others.", old, true},
		// The same.
		{h, old, "We use your purchase history to recommend products for you.", false},
		// The nearest edits that change another term stay material.
		{h, old, "We use your purchase history and location to recommend products to you.", true},
	})
}
