package material

import "testing"

// TestSubjectToDuty: people who "are subject to" a duty, an agreement or a
// check are bound by it; "subject to" there states no exception to what
// the company commits to, as "subject to our legal obligations" does
// after a promise. A quantifier, a negation or an exception added, or the
// party changed, is still material; so is an exception said after a
// promise. (Written for b16-01.)
func TestSubjectToDuty(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-01", "10. ACCESS TO CUSTOMER DATA",
			"Access is restricted to authorised personnel and is governed by strict confidentiality obligations. All staff are subject to contractual non-disclosure agreements.",
			"Only authorised personnel may have access, and strict confidentiality obligations govern it. Every member of staff is bound by a contractual non-disclosure agreement.", false},
		{"subject to → bound by", "Security",
			"Our employees are subject to a duty of confidentiality.",
			"Our employees are bound by a duty of confidentiality.", false},
		{"bound by → subject to", "Security",
			"Contractors who handle your data are bound by written confidentiality obligations.",
			"Contractors who handle your data are subject to written confidentiality obligations.", false},
		{"personnel, subject to → bound by, reordered", "Who can see your data",
			"Support personnel are subject to strict confidentiality agreements before they can see your tickets.",
			"Before they can see your tickets, support personnel are bound by strict confidentiality agreements.", false},
		{"all → some", "Security",
			"All staff are subject to contractual non-disclosure agreements.",
			"Some staff are bound by contractual non-disclosure agreements.", true},
		{"negation added", "Security",
			"Our employees are subject to a duty of confidentiality.",
			"Our employees are not bound by a duty of confidentiality.", true},
		{"exception added", "Security",
			"All staff are subject to contractual non-disclosure agreements.",
			"All staff are bound by contractual non-disclosure agreements, except temporary contractors.", true},
		{"employees → contractors", "Security",
			"Our employees are subject to a duty of confidentiality.",
			"Our contractors are bound by a duty of confidentiality.", true},
		{"an exception to a promise dropped", "Deleting your data",
			"We will delete your data when you ask, subject to our legal obligations.",
			"We will delete your data when you ask.", true},
		{"a right made subject to exemptions", "Your rights",
			"You have the right to access your personal data.",
			"Your right to access your personal data is subject to exemptions.", true},
		{"data made subject to an agreement, not people", "Sharing",
			"Your data is shared with our payment processor.",
			"Your data is shared with our payment processor, subject to our agreement with it.", true},
	})
}
