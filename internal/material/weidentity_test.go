package material

import "testing"

// TestWeNamesCompany: the sentence that says whom "we" stands for, now
// naming one company where it named the group's (b100-12, missed as
// "Wording not about personal data": the company bears the group's own
// name, so it is no new party). Twin: the same sentence in other words
// names none.
func TestWeNamesCompany(t *testing.T) {
	runRestated(t, []restatedCase{
		{"one company where there were the group's", "Who we are",
			"When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Acme Group.",
			"In this policy, ‘we’ and ‘us’ mean Acme Ltd., on behalf of the Acme Group.", true},
		{"one company where there were the group's, said the other way", "Who we are",
			"Throughout this policy, ‘we’ refers to each of the independent companies belonging to the Northwind Group.",
			"‘We’ in this policy is Northwind GmbH, which answers for the Northwind Group.", true},
		{"the same sentence in other words", "Who we are",
			"When we say ‘we’ or ‘us’ in this policy, we mean the companies that make up the Acme Group.",
			"In this policy, ‘we’ and ‘us’ mean the separate companies of the Acme Group.", false},
	})
}
