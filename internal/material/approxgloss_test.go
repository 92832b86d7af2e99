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

// TestExactGloss: a period said again in brackets in another unit,
// exactly, is one period, whatever else the sentence rewords (b127-07,
// b130-09: "within two days (48 hours)" read "two days added" beside
// "becomes aware of" → "learns of"). Twins: a conversion that is not
// exact, or another period, is a change.
func TestExactGloss(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b130-09", "14. DATA BREACH NOTIFICATION",
			"If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery.",
			"If OmniCRM learns of a personal data breach affecting customer data, we will notify the affected customer within two days (48 hours) of discovery.", false},
		{"years glossed in months, a verb reworded", "Retention",
			"We keep invoices for 24 months after the contract ends.",
			"We retain invoices for two years (24 months) once the contract ends.", false},
		{"a month is not 30 days", "Your rights",
			"We will answer your request within 30 days of receiving it.",
			"We shall answer your request within one month (30 days) of getting it.", true},
		{"another period in the gloss", "14. DATA BREACH NOTIFICATION",
			"If OmniCRM becomes aware of a personal data breach, we will notify the affected customer within 48 hours of discovery.",
			"If OmniCRM learns of a personal data breach, we will notify the affected customer within three days (72 hours) of discovery.", true},
	})
}
