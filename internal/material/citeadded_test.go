package material

import "testing"

// TestCitationsAdded: a lawyer's redraft cites the article, section or
// statute each sentence already relies on ("the right to erasure (Article
// 17)", "under Article 77 UK GDPR", "the Children's Online Privacy
// Protection Act, 15 U.S.C. §6501 et seq.", "General Data Protection
// Regulation (EU) 2016/679"): a citation names where the rule stands,
// and its numbers are no period, age or count, nor its "(EU)" a place
// (batch 86: read "a number without a unit changed", "Age thresholds: a
// number added", "New transfer destination: EU"). The rest of the
// sentence is judged alone. The twins stay material: a ground of Article
// 6(1) traded for another, an age changed beside a citation added, a
// citation of a legal basis the sentence does not name, and a right
// dropped while articles are cited.
func TestCitationsAdded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b86-10, a complaint under Article 77", "20. CONTACT INFORMATION",
			"You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office",
			"You also have the right to lodge a complaint with the UK supervisory authority, the Information Commissioner's Office, under Article 77 UK GDPR.", false},
		{"b86-13, consent cited", "Our legal basis for processing your personal information",
			"  • Consent: You have told us you are happy for us to process your personal information for a specific purpose;",
			"  • Consent (Article 6(1)(a) UK GDPR): you have given us your consent to process your personal information for a specific purpose;", false},
		{"b86-29, COPPA cited in the U.S. Code", "Age Restriction",
			"Our Service is not directed to children under 16 years of age (or 13 in jurisdictions where that is the applicable age under COPPA or similar laws).",
			"Our Service is not directed to children under 16 years of age (or 13 in jurisdictions where that is the applicable age under the Children's Online Privacy Protection Act, 15 U.S.C. §6501 et seq. (“COPPA”), or similar laws).", false},
		{"a regulation's number", "Our Commitment",
			"This policy describes our practices in accordance with the General Data Protection Regulation (GDPR) and other applicable privacy laws.",
			"This policy describes our practices in accordance with the General Data Protection Regulation (EU) 2016/679 (“GDPR”) and other applicable privacy laws.", false},
		{"twin: a ground traded", "Legal basis",
			"  • Marketing (Article 6(1)(a) UK GDPR): we send you newsletters;",
			"  • Marketing (Article 6(1)(f) UK GDPR): we send you newsletters;", true},
		{"twin: a ground cited that the sentence does not name", "Legal basis",
			"  • Marketing: we send you newsletters;",
			"  • Marketing (Article 6(1)(f) UK GDPR): we send you newsletters;", true},
		{"twin: an age changed beside a citation", "Age Restriction",
			"Our Service is not directed to children under 16 years of age (or 13 in jurisdictions where that is the applicable age under COPPA or similar laws).",
			"Our Service is not directed to children under 16 years of age (or 12 in jurisdictions where that is the applicable age under the Children's Online Privacy Protection Act, 15 U.S.C. §6501 et seq. (“COPPA”), or similar laws).", true},
		{"twin: a right dropped while articles are cited", "16. YOUR RIGHTS UNDER UK GDPR",
			"Individuals located in the UK may have rights including the right to erasure and the right to data portability.",
			"Individuals located in the UK may have rights including the right to erasure (Article 17 UK GDPR).", true},
	})
}
