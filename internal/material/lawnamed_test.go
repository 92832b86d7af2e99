package material

import "testing"

// TestLawNamed: a law named as where a rule stands commits to nothing new
// (batch 306, a lawyer making references exact: eleven false alarms, such
// as "New recipient: CalOPPA"). Twins: a law given in another's place, a
// law that sets a condition ("where permitted by"), an exception cited.
func TestLawNamed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"as the CAN-SPAM Act provides (b306-37)", "Your Privacy Choices",
			"  • Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications or by contacting us.",
			"  • Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications or by contacting us, as the CAN-SPAM Act (15 U.S.C. § 7704) provides.", false},
		{"as CalOPPA requires (b306-40)", "Changes to This Privacy Policy",
			"We will notify you of any changes by posting the new Privacy Policy on this page and updating the \"Last Updated\" date.",
			"We will notify you of any changes by posting the new Privacy Policy on this page and updating the \"Last Updated\" date, as CalOPPA (Cal. Bus. & Prof. Code § 22575) requires.", false},
		{"data protection legislation named (b306-17)", "Your rights",
			"You have a number of rights under data protection legislation which, in certain circumstances, you may be able to exercise.",
			"You have a number of rights under the UK GDPR and the Data Protection Act 2018 which, in certain circumstances, you may be able to exercise.", false},
		{"a second law beside the first (b306-01)", "3. ROLE UNDER UK GDPR",
			"Under UK GDPR, OmniCRM operates in two possible roles depending on the context.",
			"Under the UK GDPR and the Data Protection Act 2018, OmniCRM operates in two possible roles depending on the context.", false},
		{"a chapter of it (b306-04)", "8. INTERNATIONAL DATA TRANSFERS",
			"These safeguards ensure that personal data remains protected in accordance with UK GDPR.",
			"These safeguards ensure that personal data remains protected in accordance with Chapter V of the UK GDPR.", false},
		{"a title of a code (b306-33)", "Information Sharing and Disclosure",
			"  • Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.",
			"  • Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy under Title 11 of the United States Code, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.", false},
		// Twins.
		{"twin: another law in its place", "Your rights",
			"You have a number of rights under the UK GDPR which, in certain circumstances, you may be able to exercise.",
			"You have a number of rights under the CCPA which, in certain circumstances, you may be able to exercise.", true},
		{"twin: a condition set by a law (b306-31)", "How We Use Your Information",
			"  • To communicate with you, including sending service updates, support messages, and marketing communications (where permitted).",
			"  • To communicate with you, including sending service updates, support messages, and marketing communications (where permitted by the CAN-SPAM Act).", true},
		{"twin: an exception cited (b306-23)", "AI Disclosure",
			"  • No Automated Decision-Making: We do not use AI to make automated decisions that have legal or similarly significant effects on you",
			"  • No Automated Decision-Making: We do not use AI to make automated decisions that have legal or similarly significant effects on you, except as permitted by Art. 22(2) GDPR", true},
		{"twin: a limit of a law (b306-36)", "Data Retention",
			"We retain your personal information for as long as needed to comply with our legal obligations, resolve disputes, and enforce our agreements.",
			"We retain your personal information for as long as needed to comply with our legal obligations, resolve disputes within the six-year limitation period of the Limitation Act 1980, and enforce our agreements.", true},
	})
}
