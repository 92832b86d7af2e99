package material

import "testing"

// TestBoundRestated: "no fewer than 30 days" is "at least 30 days", a
// lower bound in the legal register, not a negation. Twins turn the bound
// into an upper one or shorten the period. (Written before the rules were
// changed for b11-30.)
func TestBoundRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-30", "Changes to this policy",
			"In the event that we make significant changes to this policy, we shall notify you by email no fewer than 30 days prior to their entry into force.",
			"If we make significant changes to this policy, we will email you at least 30 days before they take effect.", false},
		{"no fewer than → at least, a deadline", "Your rights",
			"We will give you no fewer than 14 days' notice before we close your account.",
			"We will give you at least 14 days' notice before we close your account.", false},
		{"not fewer than → at least, a length", "Security",
			"Your password must contain not fewer than 12 characters.",
			"Your password must contain at least 12 characters.", false},
		{"twin: no fewer than → no more than", "Your rights",
			"We will give you no fewer than 14 days' notice before we close your account.",
			"We will give you no more than 14 days' notice before we close your account.", true},
		{"twin: no fewer than 30 → at least 7", "Changes to this policy",
			"In the event that we make significant changes to this policy, we shall notify you by email no fewer than 30 days prior to their entry into force.",
			"If we make significant changes to this policy, we will email you at least 7 days before they take effect.", true},
	})
}
