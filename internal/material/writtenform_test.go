package material

import "testing"

// TestWrittenForm: a right to be exercised "by writing to us" is held to a
// written form, as one "in writing" is ("you may also withdraw that
// consent at any time" → "… at any time by writing to us", b89-18, a
// miss: "Same commitments"), and one dropped frees it. The twin stays
// minor: the form said the other way, and a channel named by "by post"
// said as "by writing to" (b11-38, writingchannel.go).
func TestWrittenForm(t *testing.T) {
	const s = "Where we rely on consent as the legal basis on which we process your personal information, you may also withdraw that consent at any time"
	runRestated(t, []restatedCase{
		{"b89-18, by writing to us", "Your rights", s + ".", s + " by writing to us.", true},
		{"the form dropped", "Your rights", s + " by writing to us.", s + ".", true},
		{"twin: in writing", "Your rights", s + " by writing to us.", s + " in writing.", false},
		{"twin: b11-38, post said as writing", "Contacting us", "You can contact our Data Protection Officer directly at dpo@brightmere.co.uk or by post at our registered office.", "You can contact our Data Protection Officer directly at dpo@brightmere.co.uk or by writing to our registered office.", false},
	})
}
