package material

import "testing"

// TestApproximateGloss: a period glossed roughly in brackets in another
// unit is the same period ("180 days" → "180 days (approximately six
// months)", b93-27). The twins stay material: a gloss that says another
// period, and the period itself changed beside a gloss.
func TestApproximateGloss(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b93-27", "Data Retention", "  • Analytics Data: 180 days", "  • Analytics Data: 180 days (approximately six months)", false},
		{"weeks about months", "Data Retention", "We keep logs for 13 weeks.", "We keep logs for 13 weeks (about three months).", false},
		{"twin: a gloss of another period", "Data Retention", "  • Analytics Data: 180 days", "  • Analytics Data: 180 days (approximately two years)", true},
		{"twin: the period changed", "Data Retention", "  • Analytics Data: 180 days", "  • Analytics Data: 365 days (approximately six months)", true},
	})
}
