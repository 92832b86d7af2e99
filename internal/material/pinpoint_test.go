package material

import "testing"

// TestPinpointAdded: a pinpoint citation of the article a sentence
// already relies on, added or dropped, changes no commitment (b69-22:
// "a number without a unit changed"). Twins: a ground of Article 6(1)
// cited for another, a period changed or a right narrowed beside a
// citation, stay material.
func TestPinpointAdded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"an article of the law named", "Legal Basis for Processing",
			"We process personal data under GDPR on the following bases.",
			"We process personal data under Article 6 of the GDPR on the following bases.", false},
		{"an article after a mechanism", "Transfer Mechanisms",
			"Standard Contractual Clauses (SCCs): Commission-approved data transfer agreements with our processors, as the GDPR provides",
			"Standard Contractual Clauses (SCCs): Commission-approved data transfer agreements with our processors, as Article 46(2)(c) of the GDPR provides", false},
		{"twin: an article added beside a right narrowed", "Your rights",
			"You can ask us to delete your data under the GDPR.",
			"You can ask us to delete some of your data under Article 17 of the GDPR.", true},
		{"an article dropped", "Security Measures",
			"We apply the security measures required by Art. 32 UK GDPR, including encryption at rest.",
			"We apply the security measures required by UK GDPR, including encryption at rest.", false},
		{"twin: a ground traded", "Legal basis",
			"We send newsletters on the basis of Art. 6(1)(a) GDPR.",
			"We send newsletters on the basis of Art. 6(1)(f) GDPR.", true},
		{"twin: a period changed beside a citation", "Retention",
			"We keep invoices for 6 years.",
			"We keep invoices for 10 years, as Article 147 of the tax code requires.", true},
	})
}
