package material

import "testing"

// TestHeldOut33: the miss and one false alarm of held-out batch 33, each
// a family with its twins.
//   - From when the reader is taken to agree: "your continued use after
//     changes become effective constitutes acceptance" → "after we post
//     changes" (b33-41).
//   - The items of a run-in list in another order move nothing across a
//     clause: "we collect, use, disclose, and sell" → "we collect, use,
//     sell, and disclose" (b33-42); a condition moved onto the other
//     clause still does.
func TestHeldOut33(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Changes to This Policy", "- Continued Use: Your continued use of the Service after changes become effective constitutes acceptance of the revised policy",
			"- Continued Use: Your continued use of the Service after we post changes constitutes acceptance of the revised policy", true},
		{"Changes to This Policy", "- Continued Use: Your continued use of the Service after changes become effective constitutes acceptance of the revised policy",
			"- Continued Use: Your continued use of the Service after the changes become effective constitutes acceptance of the revised policy", false},
		{"Your California Rights", "- Right to Know: Request information about what personal information we collect, use, disclose, and sell",
			"- Right to Know: Request information about what personal information we collect, use, sell, and disclose", false},
		{"Recordings", "With your consent, we use recordings to train our staff, and we keep them for a year.",
			"We use recordings to train our staff, and with your consent we keep them for a year.", true},
	})
}
