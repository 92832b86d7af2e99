package material

import "testing"

// TestRoundFiveMends: the misses of the fifth held-out round (a
// non-native writer's slips, batch 145, and a restructuring editor's
// lead-ins, batch 143), and a false alarm of its negations batch (146):
// "only" said as a denial with "other than" or "unless". Each beside
// twins.
func TestRoundFiveMends(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b145-23", "AI Disclosure (EU AI Act Article 50)",
			"• No Automated Decision-Making: We do not use AI to make automated decisions that have legal or similarly significant effects on you",
			"• No Automated Decision-Making: We do not use AI at the moment to make automated decisions that have legal or similarly significant effects on you", true},
		{"no time word moved in", "Sharing",
			"We do not sell your data to anyone for money.",
			"We do not sell your data for money to anyone.", false},
		{"b145-40", "Changes to This Privacy Policy",
			"We will notify you of any changes by posting the new Privacy Policy on this page.",
			"We will notify you of the important changes by posting the new Privacy Policy on this page.", true},
		{"important as emphasis", "Changes to This Privacy Policy",
			"It is important that you read this. We will notify you of any changes by posting the new Privacy Policy on this page.",
			"Please read this. We will notify you of any changes by posting the new Privacy Policy on this page.", false},
		{"b145-49", "Security Practices",
			"- Restricted access to sensitive information",
			"- Restricted access to the most sensitive information", true},
		{"sensitive information said as data", "Security Practices",
			"- Restricted access to sensitive information",
			"- Restricted access to sensitive data", false},
		{"b145-08", "Customer Platform Data",
			"Customers have 30 days to export their data; after this period, data is permanently deleted from active systems.",
			"Customers have 30 days to export their data; after this period, data is eventually deleted from active systems.", true},
		{"b143-09, in its whole policy", "When a Subscription Ends",
			"After this period, data is permanently deleted from active systems.",
			"After this period, data is removed from active systems.", true},
		{"deleted said as removed", "When a Subscription Ends",
			"After this period, data is deleted from active systems.",
			"After this period, data is removed from active systems.", false},
		{"securely said as safely", "Customer Platform Data",
			"After this period, data is securely deleted from active systems.",
			"After this period, data is safely deleted from active systems.", false},
		{"b145-15", "Cookies and similar technologies",
			"This statistical data does not identify any personal details whatsoever.",
			"This statistical data identifies almost no personal details.", true},
		{"not any said as no", "Cookies and similar technologies",
			"This statistical data does not identify any personal details.",
			"This statistical data identifies no personal details.", false},
		{"b143-12", "Who are we?",
			"The companies which make up the Omnis Software group currently are:",
			"The Omnis Software Group includes, among others, these companies:", true},
		{"a closed lead-in said another way", "Who are we?",
			"The companies which make up the Omnis Software group currently are:",
			"The Omnis Software group is currently made up of these companies:", false},
		{"b146-01", "3.2 When Customers Use the OmniCRM Platform",
			"OmniCRM processes this data only in accordance with customer instructions and contractual agreements.",
			"OmniCRM does not process this data other than in accordance with customer instructions and contractual agreements.", false},
		{"b146-05", "Access",
			"OmniCRM staff may access customer accounts only when necessary for support.",
			"OmniCRM staff may not access customer accounts unless necessary for support.", false},
		{"the exception dropped", "3.2 When Customers Use the OmniCRM Platform",
			"OmniCRM processes this data only in accordance with customer instructions.",
			"OmniCRM does not process this data in accordance with customer instructions.", true},
		{"the exception widened", "Sharing",
			"We share your data only with our processors.",
			"We do not share your data other than with our processors and advertisers.", true},
	})
}

// TestRoundSixMends: the misses of the sixth held-out round's time
// adversary (batch 149): a commitment for the start only, the consent
// "you have had", not "you have", and an act only begun. Twins stay
// minor.
func TestRoundSixMends(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b149-13", "International transfers of personal information",
			"When we do this, your personal information will continue to be subject to one or more appropriate safeguards set out in the law.",
			"When we do this, your personal information will initially be subject to one or more appropriate safeguards set out in the law.", true},
		{"at the outset said as initially", "International transfers of personal information",
			"Initially, we store your personal information in the EU.",
			"At the outset, we store your personal information in the EU.", false},
		{"b149-14", "Keeping you informed about our products and services",
			"Where we have your consent or it is in our legitimate interests to do so, we may do this through the post or by email.",
			"Where we have had your consent or it is in our legitimate interests to do so, we may do this through the post or by email.", true},
		{"consent given said as consent had", "Legal basis",
			"We process it based on the consent you have given.",
			"We process it based on the consent you have had.", false},
		// An act only begun or attempted (b149-32).
		{"b149-32", "Information we collect",
			"We collect this information when you register for an account.",
			"We collect this information when you begin registering for an account.", true},
		{"register said as sign up", "Information we collect",
			"We collect this information when you register for an account.",
			"We collect this information when you sign up for an account.", false},
		{"start said as begin", "Information we collect",
			"We start processing your data when you register.",
			"We begin processing your data when you register.", false},
	})
}

// TestRoundSevenMends: the misses of the seventh held-out round's lists
// adversary (batch 152): an "or" dropped before a preposition that opened
// the second alternative, and a condition in brackets moved to another
// item of a list. Twins stay minor.
func TestRoundSevenMends(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b152-27", "Your Data Rights",
			"• Right to Object (Art. 21): Object to processing based on legitimate interests or for direct marketing",
			"• Right to Object (Art. 21): Object to processing based on legitimate interests for direct marketing", true},
		{"a comma before the or", "Your Data Rights",
			"• Right to Object (Art. 21): Object to processing based on legitimate interests or for direct marketing",
			"• Right to Object (Art. 21): Object to processing based on legitimate interests, or for direct marketing", false},
		{"b152-34", "How We Use Your Information",
			"• To communicate with you, including sending service updates, support messages, and marketing communications (where permitted).",
			"• To communicate with you, including sending service updates, support messages (where permitted), and marketing communications.", true},
		{"the bracket kept in place", "How We Use Your Information",
			"• To communicate with you, including sending service updates, support messages, and marketing communications (where permitted).",
			"• To communicate with you, including sending service updates, support messages and marketing communications (where permitted).", false},
	})
}
