package material

import "testing"

// TestSuperlativeAdverb: "most" before an adverb makes its superlative
// ("was most recently updated" is "was last updated"), no quantifier of a
// set; "for so long as" is the legal register's "for as long as". Twins
// keep the quantifier "most" of a set, and a period that changes.
// (Written before the rules were changed for b66-20 and b67-37.)
func TestSuperlativeAdverb(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b66-20", "Policy change",
			"This privacy policy was most recently updated in May 2018. If we make changes to it, then we will take appropriate steps to bring those changes to your attention.",
			"We last updated this privacy policy in May 2018. If we change it, we will take appropriate steps to make you aware of the changes.", false},
		{"most recently moved", "Policy change",
			"This notice was most recently revised on 1 March 2024.",
			"This notice was revised most recently on 1 March 2024.", false},
		{"b67-37", "Data Retention",
			"We retain your personal information for as long as your account is active or as needed to provide you with the Service, comply with our legal obligations, resolve disputes, and enforce our agreements. Data related to your contacts is retained according to your subscription status and applicable terms.",
			"We shall retain your personal information for so long as your account remains active or as necessary to provide you with the Service, to comply with our legal obligations, to resolve disputes, and to enforce our agreements. Data relating to your contacts is retained in accordance with your subscription status and the applicable terms.", false},
		{"so long as, a card", "How long we keep your data",
			"We keep your card details for as long as your subscription is active.",
			"We keep your card details for so long as your subscription remains active.", false},

		{"twin: most of a set added", "How long we keep your data",
			"Call recordings are deleted after 30 days.",
			"Most call recordings are deleted after 30 days.", true},
		{"twin: most of a set dropped", "Sharing",
			"We share most of your usage data with our analytics provider.",
			"We share your usage data with our analytics provider.", true},
		{"twin: so long as, another period", "How long we keep your data",
			"We keep your card details for as long as your subscription is active.",
			"We keep your card details for so long as the law permits.", true},
	})
}
