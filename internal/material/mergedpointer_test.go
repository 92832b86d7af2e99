package material

import "testing"

// TestMergedRestatement: two sentences made one, what the second restated
// now pointed back to ("such transfers", "which"), keep their duties
// (b55-14, b55-20). Twins: the second sentence's qualifier not said by the
// first, a hedge slipped in, the pointer's claim reversed: material.
func TestMergedRestatement(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-14", "International transfers of personal data",
			"We may transfer your personal data outside your home jurisdiction to other Kraken group companies, service providers and business partners. Transfers outside of your home jurisdiction are done in accordance with lawful transfer mechanisms.",
			"We may transfer your personal data outside your home jurisdiction to other Kraken group companies, service providers and business partners, and we make such transfers in accordance with lawful transfer mechanisms.", false},
		{"b55-20", "How We Share Your Information",
			"Research. We share aggregated or anonymized information with third parties for market research, reporting, and analytics. The information we share in this context cannot be used to identify individual users.",
			"Research. We share aggregated or anonymized information, which cannot be used to identify individual users, with third parties for market research, reporting, and analytics.", false},
		{"backups: such copies", "Backups",
			"We keep encrypted backup copies of your account data in our Frankfurt data centre. Backup copies of your account data are deleted after 35 days.",
			"We keep encrypted backup copies of your account data in our Frankfurt data centre, and such copies are deleted after 35 days.", false},
		{"twin: a qualifier the first sentence does not say", "International transfers",
			"We may transfer your personal data to our group companies and service providers. Transfers to the United States are done in accordance with standard contractual clauses.",
			"We may transfer your personal data to our group companies and service providers, and we make such transfers in accordance with standard contractual clauses.", true},
		{"twin: a hedge slipped into the merge", "International transfers of personal data",
			"We may transfer your personal data outside your home jurisdiction to other Kraken group companies, service providers and business partners. Transfers outside of your home jurisdiction are done in accordance with lawful transfer mechanisms.",
			"We may transfer your personal data outside your home jurisdiction to other Kraken group companies, service providers and business partners, and we try to make such transfers in accordance with lawful transfer mechanisms.", true},
		{"twin: which can be used", "How We Share Your Information",
			"Research. We share aggregated or anonymized information with third parties for market research, reporting, and analytics. The information we share in this context cannot be used to identify individual users.",
			"Research. We share aggregated or anonymized information, which can be used to identify individual users, with third parties for market research, reporting, and analytics.", true},
	})
}
