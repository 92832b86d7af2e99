package material

import "testing"

// TestUIPlace: where in the product a reader finds a setting ("through
// your settings page" → "on the Profile screen under Settings") is the
// same channel, named as the product names its screens (b184-24,
// b184-38, b177-38). A named page renamed is left to the rule of titles
// renamed. A channel traded for another (a screen for
// an email, the company's screen for a third party's), or the setting's
// act changed, is not.
func TestUIPlace(t *testing.T) {
	const h = "Your Privacy Choices"
	const old = "  • Account Information: You can review and update your account information through your settings page."
	runRestated(t, []restatedCase{
		{"settings page → Profile screen", h, old, "  • Account Information: You can review and update your account information on the Profile screen under Settings.", false},
		{"menu path in brackets", h, old, "  • Account Information: You can review and update your account information through your settings page (Settings → Account).", false},
		{"preference center → Privacy tab", "Withdrawing Consent", "You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting us.", "You can withdraw consent at any time using our cookie consent banner, the Privacy tab of your dashboard settings, or by contacting us.", false},

		{"screen → email", h, old, "  • Account Information: You can review and update your account information by emailing support.", true},
		{"screen → third party", h, old, "  • Account Information: You can review and update your account information through your Google Account page.", true},
		{"screen → app only", h, old, "  • Account Information: You can review your account information on the Profile screen under Settings.", true},
	})
}

// TestUIPlaceNotData: "account" holds screens but also names data: "data
// is deleted" → "account data is deleted" narrows what is deleted
// (b189-09); a way taken from beside another is a way taken away
// (b161-38).
func TestUIPlaceNotData(t *testing.T) {
	runRestated(t, []restatedCase{
		{"account data", "Customer Platform Data", "After this period, data is permanently deleted from active systems.", "After this period, account data is permanently deleted from active systems.", true},
		{"a way taken", "Cookies", "Users may control cookie preferences through your account settings or cookie consent tools.", "Users may control cookie preferences through cookie consent tools.", true},
	})
}
