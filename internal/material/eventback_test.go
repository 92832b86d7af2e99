package material

import "testing"

// TestEventBack: a commitment waiting for an event the text named before
// ("When we do so", "when this happens"), made to wait for an act the
// text does not name, is material: "When we do so, we will update this
// notice" → "We will update this notice when we next review it"
// (b41-33). The pointer moved or said another way, or the act it stood
// for said in words the text had, is not.
func TestEventBack(t *testing.T) {
	const h = "Who are we?"
	const old = "We may add further companies in the future. When we do so, we will update this notice."
	checkMaterial(t, []materialCase{
		{h, old, "We may add further companies in the future. We will update this notice when we next review it.", true},
		{h, old, "We may add further companies in the future. When we decide it is appropriate, we will update this notice.", true},
		{"Changes", "Our owners may change. When this happens, we will tell you by email.",
			"Our owners may change. When we rebrand, we will tell you by email.", true},
		{h, "We may add further companies in the future. We will update this notice when we next review it.", old, true},
		// The same event.
		{h, old, "We may add further companies in the future. We will update this notice when we do so.", false},
		{h, old, "We may add further companies in the future. Whenever we do so, we will update this notice.", false},
		{h, old, "We may add further companies in the future. When that happens, we will update this notice.", false},
		{"Changes", "We may add new features in the future. When we do so, we will update this notice.",
			"We may add new features in the future. When we add them, we will update this notice.", false},
	})
}
