package material

import "testing"

// TestFormalDrafting: a general counsel's redraft names the same things
// the lawyer's way: a number in words and figures, a defined term after
// the thing it names, a gloss opened by "i.e.", an age bound by "at
// least … years of age" (b67-10, b67-20, b67-31, b67-42; b67-11 but for
// the policy's title, which selfref.go judges against the document's own
// names; b67-50 but for "addressed", which the rules read as a postal
// address), and the variants below on other seed
// sentences. Twins stay material: the figures changed with the words, a
// label that names a role or other parties, a gloss that says another
// role, an age bound moved, another document named.
func TestFormalDrafting(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b67-10", "17. AGE RESTRICTIONS",
			"The OmniCRM platform is intended for use by individuals aged 18 years or older.",
			"The OmniCRM platform (the “Platform”) is intended for use by individuals who are at least eighteen (18) years of age.", false},
		{"b67-11, but for its title (selfref.go's)", "Privacy & Cookies Policy",
			"This policy applies if you interact with us through offices, over the phone, online, through our mobile applications or otherwise by using any of our websites or interacting with us on social media (our “Services”).",
			"This policy applies where you interact with us through our offices, by telephone, online, through our mobile applications or otherwise by using any of our websites or interacting with us on social media (collectively, our “Services”).", false},
		{"b67-20", "How long will we keep your personal information for?",
			"We will keep your personal information for the purposes set out in this privacy policy and in accordance with the law and relevant regulations. We will never retain your personal information for longer than is necessary. In most cases, our retention period will come to an end 7 years after the end of your relationship with us.",
			"We shall retain your personal information for the purposes set out in this privacy policy and in accordance with applicable law and regulations. We shall never keep your personal information for longer than is necessary. In most cases, our retention period will come to an end seven (7) years after the end of your relationship with us.", false},
		{"b67-31", "Privacy Policy",
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service").`,
			`Omni Software (“Omni Software,” "we," "us," or "our") is committed to protecting your privacy. This Privacy Policy (this “Policy”) explains how we collect, process, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service").`, false},
		{"b67-42", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (i.e., a data processor) on behalf of its clients (each, a “Client”).", false},
		{"b67-50, its name for itself", "Contact",
			"Questions regarding this policy may be directed to:",
			"Questions regarding this Privacy Policy may be directed to:", false},

		// Unseen variants, on other seed sentences.
		{"days in words and figures", "14. DATA RETENTION",
			"If a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems.",
			"If a customer cancels their subscription: Customers have thirty (30) days to export their data after this period, data is permanently deleted from active systems.", false},
		{"months in words and figures, in a list", "Data Retention",
			"  • Audit Logs: 24 months as required by regulations",
			"  • Audit Logs: twenty-four (24) months as required by regulations", false},
		{"own name as a label, with the pronouns", "Privacy Policy",
			"OmniCRM UK Ltd (“OmniCRM”, “we”, “our”, or “us”) respects your privacy and is committed to protecting personal data.",
			"OmniCRM UK Ltd (hereinafter referred to as “OmniCRM”, “we”, “our”, or “us”) respects your privacy and is committed to protecting personal data.", false},
		{"the group defined by its name", "Privacy & Cookies Policy",
			"When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Omnis Software Group.",
			"When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Omnis Software Group (the “Group”).", false},
		{"a role glossed, as a term of art", "3. OUR ROLE",
			"Where OmniCRM acts as a Data Processor, requests may be forwarded to the relevant Data Controller.",
			"Where OmniCRM acts as a processor (that is, a Data Processor), requests may be forwarded to the relevant controller.", false},
		{"at least … years old", "Children",
			"Our services are intended for individuals aged 16 years or older.",
			"Our services are intended for individuals who are at least sixteen (16) years old.", false},

		// Twins: still material.
		{"twin: the figures changed with the words", "14. DATA RETENTION",
			"If a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems.",
			"If a customer cancels their subscription: Customers have fourteen (14) days to export their data after this period, data is permanently deleted from active systems.", true},
		{"twin: words and figures disagree", "Data Retention",
			"  • Analytics Data: 180 days",
			"  • Analytics Data: ninety (180) days", true},
		{"twin: the age bound moved", "17. AGE RESTRICTIONS",
			"The OmniCRM platform is intended for use by individuals aged 18 years or older.",
			"The OmniCRM platform (the “Platform”) is intended for use by individuals who are at least sixteen (16) years of age.", true},
		{"twin: a role the gloss gives", "Role of omnie",
			"omnie acts as a service provider on behalf of its clients.",
			"omnie acts as a service provider (i.e., a data controller) on behalf of its clients (each, a “Client”).", true},
		{"twin: the role changed under the term of art", "3. OUR ROLE",
			"OmniCRM acts as a Data Processor for customer contact data.",
			"OmniCRM acts as a controller for customer contact data.", true},
		{"twin: the label takes in others", "Privacy Policy",
			"OmniCRM UK Ltd (“OmniCRM”, “we”, “our”, or “us”) respects your privacy and is committed to protecting personal data.",
			"OmniCRM UK Ltd and its affiliates (collectively, “OmniCRM”, “we”, “our”, or “us”) respect your privacy and are committed to protecting personal data.", true},
		{"twin: the group takes in another company", "Privacy & Cookies Policy",
			"• The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH",
			"• The Omnis Software Group (the “Group”) is currently made up of Omnis Software Ltd., Omnis Software France, Omnis Software Germany GmbH and Omnis Software Italia S.r.l.", true},
	})
}
