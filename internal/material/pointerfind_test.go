package material

import "testing"

// TestPointerFind: a sentence saying where a document is ("You can find
// the DPA linked within clause 7 of the Uptime, Security and Privacy
// section", a real update of Basecamp's policy, basecamp-054, read as a
// security figure), and a clause saying where more is said, pointed to a
// section by its title ("described further below" → "described further in
// the Website Interactions section", basecamp-030, sent to a reviewer),
// commit to nothing; so does "please see" → "please view" (basecamp-029).
// Twins: the same pointer beside a period, a party or
// a dropped limit stays material.
func TestPointerFind(t *testing.T) {
	const dpa = "We have incorporated a Data Processing Addendum to our Terms of Service that is in effect when the GDPR applies to your use of our services. The DPA includes the Standard Contractual Clauses."
	const dpaFound = "We have incorporated a Data Processing Addendum to our Terms of Service that is in effect when the GDPR applies to your use of our services. You can find the DPA linked within clause 7 of the Uptime, Security and Privacy section. The DPA includes the Standard Contractual Clauses."
	const web = "Web analytics data — described further below — are also tied temporarily to IP addresses to assist with troubleshooting cases. We blind all web analytics data after 30 days."
	runRestated(t, []restatedCase{
		{"where the DPA is found", "Transfers", dpa, dpaFound, false},
		{"where more is said, by the section's title", "Retention", web,
			"Web analytics data — described further in the Website Interactions section — are also tied temporarily to IP addresses to assist with troubleshooting cases. We blind all web analytics data after 30 days.", false},
		{"please see → please view", "Privacy Shield",
			"To learn more, please see the Privacy Shield Annex 1 at https://www.privacyshield.gov/article?id=ANNEX-I-introduction.",
			"To learn more, please view the Privacy Shield Annex 1 at https://www.privacyshield.gov/article?id=ANNEX-I-introduction.", false},
		{"twin: please view, and a duty beside it", "Privacy Shield",
			"To learn more, please see the Privacy Shield Annex 1 at https://www.privacyshield.gov/article?id=ANNEX-I-introduction.",
			"To learn more, please view the Privacy Shield Annex 1 at https://www.privacyshield.gov/article?id=ANNEX-I-introduction; we will pay the arbitration fees.", true},
		{"twin: a period beside where the DPA is found", "Transfers", dpa,
			"We have incorporated a Data Processing Addendum to our Terms of Service that is in effect when the GDPR applies to your use of our services. You can find the DPA linked within clause 7, and we keep it for 7 years. The DPA includes the Standard Contractual Clauses.", true},
		{"twin: a party in where the DPA is found", "Transfers", dpa,
			"We have incorporated a Data Processing Addendum to our Terms of Service that is in effect when the GDPR applies to your use of our services. You can find the DPA, signed with Google, linked within clause 7 of the Terms. The DPA includes the Standard Contractual Clauses.", true},
		{"twin: the period changed beside the section's title", "Retention", web,
			"Web analytics data — described further in the Website Interactions section — are also tied temporarily to IP addresses to assist with troubleshooting cases. We blind all web analytics data after 90 days.", true},
		{"twin: temporarily dropped beside the section's title", "Retention", web,
			"Web analytics data — described further in the Website Interactions section — are also tied to IP addresses to assist with troubleshooting cases. We blind all web analytics data after 30 days.", true},
	})
}
