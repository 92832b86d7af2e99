package material

import "testing"

// TestConformity: the law a safeguard keeps data protected under, said
// by another preposition of conformity ("in accordance with UK GDPR" →
// "under UK GDPR", the seed's own sentence), is the same law, not
// another place or use. Twins: another law, or a place the data is
// protected in, stay material.
func TestConformity(t *testing.T) {
	const tr = "International Data Transfers"
	runRestated(t, []restatedCase{
		{"the seed's sentence", tr,
			"These safeguards ensure that personal data remains protected in accordance with UK GDPR.",
			"These safeguards ensure that personal data remains protected under UK GDPR.", false},
		{"pursuant to", tr,
			"Your data stays encrypted in accordance with our security standard.",
			"Your data stays encrypted pursuant to our security standard.", false},
		{"in compliance with", "Security",
			"Backups are kept secure in line with ISO 27001.",
			"Backups are kept secure in compliance with ISO 27001.", false},
		{"twin: another law", tr,
			"These safeguards ensure that personal data remains protected in accordance with UK GDPR.",
			"These safeguards ensure that personal data remains protected under US law.", true},
		{"twin: protected in one place only", tr,
			"These safeguards ensure that personal data remains protected in accordance with UK GDPR.",
			"These safeguards ensure that personal data remains protected in the UK in accordance with UK GDPR.", true},
	})
}
