package material

import "testing"

// TestDenialClause: a denial ends where a clause of time or condition
// opens; the omniops seed's sentence with its clause moved to the end
// ("When you interact with our chat widget, you are communicating with an
// AI system, not a human" → "You are communicating with an AI system, not
// a human, when you interact with our chat widget") denies the same
// thing. Twins: what is denied traded, or a role said with "as", still
// reverse.
func TestDenialClause(t *testing.T) {
	const ai = "AI Disclosure"
	runRestated(t, []restatedCase{
		{"the seed's sentence, the clause moved", ai,
			"When you interact with our chat widget, you are communicating with an AI system, not a human.",
			"You are communicating with an AI system, not a human, when you interact with our chat widget.", false},
		{"if, moved", "Support",
			"If you ask for a review, it is carried out by a person, not an automated system.",
			"A review is carried out by a person, not an automated system, if you ask for it.", false},
		{"twin: what is denied traded", ai,
			"When you interact with our chat widget, you are communicating with an AI system, not a human.",
			"When you interact with our chat widget, you are communicating with a human, not an AI system.", true},
		{"twin: a role, said with as", "Our role",
			"We act not as a controller but as a processor of your data.",
			"We act not as a processor but as a controller of your data.", true},
	})
}
