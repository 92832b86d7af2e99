package material

import "testing"

// TestLawReservation: a reservation of the law that applies anyway
// commits to nothing (b232's outside counsel: "may, subject to
// applicable law, be transferred", "within the meaning of applicable data
// protection law"). Twins: the same words as an exception ("save as
// permitted by applicable law"), a reservation of the company's view, and
// one said of a right of the reader, stay material.
func TestLawReservation(t *testing.T) {
	const transfer = "Your personal data may be transferred to our offices in the United States."
	runRestated(t, []restatedCase{
		{"subject to applicable law", "Transfers", transfer, "Your personal data may, subject to applicable law, be transferred to our offices in the United States.", false},
		{"to the extent permitted, closing", "Changes", "Continued use after changes become effective constitutes acceptance of the updated policy.", "Continued use after changes become effective constitutes acceptance of the updated policy, to the extent permitted by applicable law.", false},
		{"within the meaning of", "Role", "omnie acts as a processor on behalf of its clients.", "omnie acts as a processor, within the meaning of applicable data protection law, on behalf of its clients.", false},
		{"twin: an exception of what the law allows", "Sharing", "We do not share your data with advertisers.", "Save as permitted by applicable law, we do not share your data with advertisers.", true},
		{"twin: our discretion", "Transfers", transfer, "Your personal data may, at our discretion, be transferred to our offices in the United States.", true},
		{"twin: said of the reader's right", "Rights", "You can ask us to delete your data at any time.", "You can ask us to delete your data at any time, subject to applicable law.", true},
	})
}
