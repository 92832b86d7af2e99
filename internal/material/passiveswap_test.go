package material

import "testing"

// TestPassiveSwapped: a passive made active in place swaps who acts
// ("If Urban Dictionary is acquired by another company" → "If Urban
// Dictionary acquires another company", a miss rt40fix found); made
// active with its agent first, it is the same sentence.
func TestPassiveSwapped(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Business transfers", "If Urban Dictionary is acquired by another company, your information may be transferred to the buyer.",
			"If Urban Dictionary acquires another company, your information may be transferred to the buyer.", true},
		{"Business transfers", "If Urban Dictionary is acquired by another company, your information may be transferred to the buyer.",
			"If another company acquires Urban Dictionary, your information may be transferred to the buyer.", false},
		{"Sharing", "Your data is processed by our vendors on our behalf.", "Your data is processed by our vendors for us.", false},
	})
}
