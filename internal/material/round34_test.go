package material

import "testing"

// TestLikelyHarm: a condition on what is likely to happen holds before
// the harm does; said of what is found, or has happened, it waits for it
// (b262-29, b244-28).
func TestLikelyHarm(t *testing.T) {
	runRestated(t, []restatedCase{
		{"likely → found", "Breaches",
			"If an incident is likely to put your account at risk, we will tell you within 24 hours.",
			"Where an incident is found to put your account at risk, we will tell you within 24 hours.", true},
		{"likely → probably", "Breaches",
			"If an incident is likely to put your account at risk, we will tell you within 24 hours.",
			"If an incident will probably put your account at risk, we will tell you within 24 hours.", false},
	})
}

// TestFitnessForNecessity: "no longer than is reasonable" keeps data
// longer than "no longer than is necessary" (b260-20); "where suitable"
// is the company's judgement where "where permitted" was the law's
// (b260-34).
func TestFitnessForNecessity(t *testing.T) {
	runRestated(t, []restatedCase{
		{"necessary → reasonable, beside other sentences", "Retention",
			"We keep chat transcripts for the purposes set out in this notice. We will never keep them for longer than is necessary. In most cases, we delete them after 2 years.",
			"We keep chat transcripts for the purposes set out in this notice. We will never keep them for longer than is reasonable. In most cases, we delete them after 2 years.", true},
		{"reasonable → appropriate", "Security",
			"We use reasonable safeguards to protect your data.",
			"We use appropriate safeguards to protect your data.", false},
		{"where permitted → where suitable", "Marketing",
			"We may send you offers by text message where permitted.",
			"We may send you offers by text message where suitable.", true},
	})
}
