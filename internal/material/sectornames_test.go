package material

import "testing"

// TestSectorNames: a sector's name for the author's support, or for
// those who hold an account with the author, is the same thing (b271: an
// insurer's "policyholders", "customer service" for "support"), and so is
// a cloud provider's name for where data is stored ("data centres" for
// "servers", b282). The twins name other people, another service or
// another place.
func TestSectorNames(t *testing.T) {
	runRestated(t, []restatedCase{
		{"customer service interactions (b271-03)", "Information We Collect",
			"- Usage data: how you use the platform, preferences, support interactions.",
			"- Usage data: how you use the platform, preferences, customer service interactions.", false},
		{"sales interactions", "Information We Collect",
			"- Usage data: how you use the platform, preferences, support interactions.",
			"- Usage data: how you use the platform, preferences, sales interactions.", true},
		{"our policyholders (b271-01)", "Scope",
			"It also explains how we handle personal data processed on behalf of our customers.",
			"It also explains how we handle personal data processed on behalf of our policyholders.", false},
		{"a member of staff", "Security",
			"Access is restricted to authorised personnel. All staff are subject to contractual non-disclosure agreements.",
			"Access is restricted to authorised personnel. Every member of staff is bound by a non-disclosure agreement in their contract.", false},
		{"our customers and their visitors", "Scope",
			"It also explains how we handle personal data processed on behalf of our customers.",
			"It also explains how we handle personal data processed on behalf of our customers and their website visitors.", true},
		{"cloud data centres (b282-24)", "Infrastructure",
			"  • Cloud servers in Germany (Frankfurt) host the application and database.",
			"  • Cloud data centres in Germany (Frankfurt) host the application and database.", false},
		{"cloud data centres in the United States", "Infrastructure",
			"  • Cloud servers in Germany (Frankfurt) host the application and database.",
			"  • Cloud data centres in the United States host the application and database.", true},
	})
}
