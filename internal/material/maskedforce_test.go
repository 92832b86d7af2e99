package material

import "testing"

// TestMaskedForce: a hedge one sentence gains is the change it is though
// another sentence of the paragraph, reworded beside it, was hedged
// already (b242-20); the
// same hedge said in the sentence that had it is no change, and a
// permission beside another sentence's "may" is read as the paragraph
// reads it (b18-12).
func TestMaskedForce(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a denial hedged beside a hedged period", "Retention",
			"We will never keep your health records longer than necessary. In most cases, we delete them 5 years after your last visit.",
			"We will as a rule not keep your health records longer than necessary. In most cases, we erase them 5 years after your last visit.", true},
		{"a deadline hedged beside a hedged one", "Your rights",
			"We answer access requests within 30 days. Deletion requests are usually completed within 60 days.",
			"We generally answer access requests within 30 days. Deletion requests are usually carried out within 60 days.", true},
		{"the hedged sentence reworded, the other kept", "Retention",
			"We will never keep your health records longer than necessary. In most cases, we delete them 5 years after your last visit.",
			"We will never keep your health records longer than necessary. Generally, we erase them 5 years after your last visit.", false},
	})
}
