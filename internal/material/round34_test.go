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

// TestSubjectExcepted: "other than" between a sentence's subject and its
// verb makes an exception to what the sentence says of the subject
// (b265-05); after a verb it says which ones.
func TestSubjectExcepted(t *testing.T) {
	runRestated(t, []restatedCase{
		{"an exception to a deletion", "Closing your account",
			"If a member closes their account: Members have 14 days to download their data after this period, data is permanently removed from our servers.",
			"If a member closes their account: Members have 14 days to download their data after this period, data other than call logs is permanently removed from our servers.", true},
		{"which countries, said another way", "Transfers",
			"We may transfer your data to countries other than the one where you live.",
			"We may transfer your data to countries other than the one you live in.", false},
	})
}
