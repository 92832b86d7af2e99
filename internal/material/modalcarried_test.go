package material

import "testing"

// TestModalCarried: a verb joined by "and" to a clause under "may" is
// under "may" (b98-12). Twins keep the verb's own "will".
func TestModalCarried(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a promise joined to a permission", "Sharing",
			"We may share your data with our partners. When we do, we will tell you.",
			"We may share your data with our partners and tell you when we do.", true},
		{"a duty joined to a permission", "Changes",
			"We may change these terms. We must tell you 30 days before.",
			"We may change these terms and tell you 30 days before.", true},
		{"the promise keeps its will", "Sharing",
			"We may share your data with our partners. When we do, we will tell you.",
			"We may share your data with our partners, and we will tell you when we do.", false},
		{"two sentences joined, each with its modal", "Your account",
			"We may pause your account. We will email you when we do.",
			"We may pause your account, and will email you when we do.", false},
	})
}
