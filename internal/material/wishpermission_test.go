package material

import "testing"

// TestWishPermission: the reader's wish as a condition on the reader's own
// permission adds none (b72-38); a wish on what the company does, or
// before what may befall the reader, is a condition.
func TestWishPermission(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b72-38", "Your Privacy Choices", "- Cookies: Most web browsers are set to accept cookies by default. If you prefer, you can usually choose to set your browser to remove or reject browser cookies.",
			"- Cookies: Most web browsers are set to accept cookies by default. You can usually choose to set your browser to remove or reject browser cookies.", false},
		{"opt out", "Keeping you informed", "If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/",
			"You can opt out of marketing messages by visiting: www.omnis.net/unsubscribe/", false},
		{"wish added", "Cookie Preferences", "You can change your cookie preferences at any time.", "If you wish, you can change your cookie preferences at any time.", false},
		{"would like", "Your Rights", "You can request a copy of the safeguards we use for international transfers by contacting us.",
			"If you would like a copy of the safeguards we use for international transfers, you can request it by contacting us.", false},
		{"b30-42", "Your Privacy Choices", "- Cookies: Most web browsers are set to accept cookies by default. If you prefer, you can usually choose to set your browser to remove or reject browser cookies.",
			"- Cookies: By default, most web browsers accept cookies. You can usually choose to set your browser to remove or reject browser cookies if you prefer.", false},
		{"b68-37", "Your Privacy Choices", "• Cookies: Most web browsers are set to accept cookies by default. If you prefer, you can usually choose to set your browser to remove or reject browser cookies.",
			"• Cookies: Most web browsers accept cookies by default. If you'd prefer, you can usually set your browser to remove or reject cookies.", false},
		{"allow you", "Managing your information", "If you'd like to manage, change, limit, or delete your information, we allow you to do that through the following tools.",
			"If you'd like to manage, change, limit, or delete your information, you can do that through the following tools.", false},
		// Twins: the company's act, a warning, a duty.
		{"we will delete", "Your Rights", "If you wish, we will delete your data.", "We will delete your data.", true},
		{"may be unable", "Cookies", "If you wish to decline cookies, you may be unable to access particular areas of our website.", "You may be unable to access particular areas of our website.", true},
		{"we will, after", "Your Rights", "We will delete your data if you wish.", "We will delete your data.", true},
		{"permission before, company after", "Your Rights", "You can opt out at any time. We will delete your data.", "You can opt out at any time. If you wish, we will delete your data.", true},
		{"must contact", "Your Rights", "If you wish to close your account, you must contact us in writing.", "You must contact us in writing.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
