package material

import "testing"

// TestHedgeOnDescription: a hedge said of a verb that commits to nothing
// ("periods depend", "this helps us", "we try to identify") or of what the
// policy explains ("explains how we generally handle") weakens no
// commitment (b186-01, b186-07, b186-13, b186-15); nor does "strictly"
// before a word that restricts already ("Strictly restricted access",
// "are strictly obligated", b186-33, b186-47). The same hedge on an act
// the company commits to weakens it.
func TestHedgeOnDescription(t *testing.T) {
	runRestated(t, []restatedCase{
		{"periods generally depend", "13. DATA RETENTION", "Retention periods depend on the relationship with the customer.", "Retention periods generally depend on the relationship with the customer.", false},
		{"often depend, no word in -ly", "13. DATA RETENTION", "Retention periods depend on the relationship with the customer.", "Retention periods often depend on the relationship with the customer.", false},
		{"typically helps", "How do we use your personal information?", "This helps us to serve you better and to find ways to improve our services and website.", "This typically helps us to serve you better and to find ways to improve our services and website.", false},
		{"generally try", "What sorts of personal information do we hold?", "For example, we try to identify which of our apps you use.", "For example, we generally try to identify which of our apps you use.", false},
		{"explains how we generally handle", "2. SCOPE OF THIS PRIVACY POLICY", "It also explains how we handle personal data processed on behalf of our customers.", "It also explains how we generally handle personal data processed on behalf of our customers.", false},
		{"strictly restricted", "Security Practices", "- Restricted access to sensitive information", "- Strictly restricted access to sensitive information", false},
		{"strictly obligated", "Sharing", "These providers are obligated to protect your information.", "These providers are strictly obligated to protect your information.", false},

		{"generally delete", "13. DATA RETENTION", "We delete your data when your account closes.", "We generally delete your data when your account closes.", true},
		{"we handle → we generally handle, not explained", "Handling", "We handle personal data only on our customers' instructions.", "We generally handle personal data only on our customers' instructions.", true},
		{"usually depends, a period", "13. DATA RETENTION", "We keep your data for 30 days.", "We usually keep your data for 30 days.", true},
		{"strictly dropped from only", "Security Practices", "Access is strictly limited to support staff.", "Access is limited to support staff.", false},
	})
}

// TestHedgeOnNaming: a hedge on what a thing is called says how often
// people call it that, not how often the company acts ("the right to
// access … (often called a subject access request)", b202-18); the same
// hedge on an act the company commits to stays material.
func TestHedgeOnNaming(t *testing.T) {
	const o = "  • the right to object to our processing of your personal information;"
	runRestated(t, []restatedCase{
		{"often called", "Your rights", o, "  • the right to object to our processing of your personal information (often called the right to object);", false},
		{"commonly known as", "Your rights", o, "  • the right to object to our processing of your personal information (commonly known as the right to object);", false},
		{"sometimes referred to", "Your rights", o, "  • the right to object to our processing of your personal information (sometimes referred to as the right to object);", false},
		{"often on an act", "Retention", "We delete your messages when you close your account.", "We often delete your messages when you close your account.", true},
	})
}
