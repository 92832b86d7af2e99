package material

import "testing"

// TestBeliefThink: "think" and "believe" are one word of belief (WordNet's
// synset "judge or regard; look upon"): traded for each other they change
// nothing; a belief put on a commitment that held on the facts weakens
// it, in either word.
func TestBeliefThink(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the reader's belief, in another word", "Children",
			"If you believe that we might have any information from or about a child under 13, please contact us.",
			"If you think that we might have any information from or about a child under 13, please contact us.", false},
		{"the author's belief, in another word", "Sharing",
			"We may disclose your information where we believe the law requires it.",
			"We may disclose your information where we think the law requires it.", false},
		{"twin: a belief put on the facts", "Sharing",
			"We may disclose your information where the law requires it.",
			"We may disclose your information where we think the law requires it.", true},
		{"twin: a belief taken off", "Sharing",
			"We may disclose your information where we think the law requires it.",
			"We may disclose your information where the law requires it.", true},
	})
}
