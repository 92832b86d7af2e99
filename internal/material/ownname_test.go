package material

import "testing"

// TestOwnNameOnly: the company's own name, the one its e-mail address
// carries, written before its postal address names no one new (b55-43).
// Twins: another company's name there, or the own name put in place of
// another: material.
func TestOwnNameOnly(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-43", "How to exercise your rights",
			"You can contact us about this Privacy Policy or other related questions at [privacy@wetransfer.com](https://wetransfer.com/explore/legal/privacy@wetransfer.com). You can also reach us by mail at Nieuwezijds Voorburgwal 162, 1012 SJ, Amsterdam, The Netherlands.",
			"You can contact us about this Privacy Policy or other related questions at [privacy@wetransfer.com](https://wetransfer.com/explore/legal/privacy@wetransfer.com). You can also reach us by mail at WeTransfer B.V., Nieuwezijds Voorburgwal 162, 1012 SJ, Amsterdam, The Netherlands.", false},
		{"Zentrova Ltd before its street", "Contact us",
			"Questions about this policy can be sent to dpo@zentrova.com or by post to Harbour House, 14 Quay Street, Leeds LS1 4AB, United Kingdom.",
			"Questions about this policy can be sent to dpo@zentrova.com or by post to Zentrova Ltd, Harbour House, 14 Quay Street, Leeds LS1 4AB, United Kingdom.", false},
		{"twin: another company at that address", "How to exercise your rights",
			"You can contact us about this Privacy Policy or other related questions at [privacy@wetransfer.com](https://wetransfer.com/explore/legal/privacy@wetransfer.com). You can also reach us by mail at Nieuwezijds Voorburgwal 162, 1012 SJ, Amsterdam, The Netherlands.",
			"You can contact us about this Privacy Policy or other related questions at [privacy@wetransfer.com](https://wetransfer.com/explore/legal/privacy@wetransfer.com). You can also reach us by mail at Bending Spoons S.p.A., Nieuwezijds Voorburgwal 162, 1012 SJ, Amsterdam, The Netherlands.", true},
		{"twin: an address of the own domain added", "Contact us",
			"Questions about this policy can be sent to dpo@zentrova.com or by post to our representative in Korea.",
			"Questions about this policy can be sent to dpo@zentrova.com or by post to our representative in Korea (korea.rep@zentrova.com).", true},
		{"twin: own name put in place of another", "Contact us",
			"Questions about this policy can be sent to dpo@zentrova.com or by post to Harbourline Services Ltd, 14 Harbour Street, Leeds LS1 4AB, United Kingdom.",
			"Questions about this policy can be sent to dpo@zentrova.com or by post to Zentrova Ltd, 14 Harbour Street, Leeds LS1 4AB, United Kingdom.", true},
	})
}
