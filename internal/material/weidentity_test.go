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

// TestWeJoinsParty: parties joined to the name "we" stands for widen who
// is responsible (b106-31, missed as "Wording not about personal data":
// "affiliates" is read elsewhere as the author's own). Twin: what the
// author is said to be ("a member of the … Group") joins no one.
func TestWeJoinsParty(t *testing.T) {
	runRestated(t, []restatedCase{
		{"affiliates joined", "About this policy",
			"Northwind (“we,” “us,” or “our”) respects your privacy.",
			"Northwind and its affiliates (“we,” “us,” or “our”) respect your privacy.", true},
		{"partners joined", "About this policy",
			"Northwind (\"we\" or \"us\") respects your privacy.",
			"Northwind, together with its partners (\"we\" or \"us\"), respects your privacy.", true},
		{"what the author is", "About this policy",
			"Northwind (“we,” “us,” or “our”) respects your privacy.",
			"Northwind, a member of the Contoso Group (“we,” “us,” or “our”), respects your privacy.", false},
	})
}

// TestProductAddedToService: a product put into what the policy's
// "Service" covers, its label after it (b105-31, missed as "Only the
// author's own product or team named").
func TestProductAddedToService(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a product added before the label", "Privacy Policy",
			"Northwind (\"we,\" \"us,\" or \"our\") is committed to protecting your privacy. This Privacy Policy explains how we collect and use your information when you use our Northwind Lead Planner (the \"Service\").",
			"Northwind (\"we,\" \"us,\" or \"our\") is committed to protecting your privacy. This Privacy Policy explains how we collect and use your information when you use our Northwind Lead Planner and the Northwind AI Assistant (together, the \"Service\").", true},
	})
}
