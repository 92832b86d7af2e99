package material

import "testing"

// TestLawClauseAdded: a clause naming the article of the law a sentence
// already follows ("as required by Article 33 GDPR", "under Article
// 46(2)(c) GDPR", "such as under Article 8 of the GDPR") changes no
// commitment (b69-03, b69-26, b69-29, b69-39). Variants on other seed
// sentences; twins that add a limit, a condition, a period or a legal
// basis beside the citation stay material.
func TestLawClauseAdded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-29", "Data Breach Notification",
			"Authority Notification: We will notify the relevant supervisory authority (ICO for UK users) within 72 hours of becoming aware of a breach that poses a risk to individuals' rights and freedoms",
			"Authority Notification: We will notify the relevant supervisory authority (the Information Commissioner's Office (ICO) for UK users) within 72 hours of becoming aware of a breach that poses a risk to individuals' rights and freedoms, as required by Article 33 GDPR", false},
		{"b69-39", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires). We do not knowingly collect personal information from children.",
			"The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires, such as under Article 8 of the GDPR). We do not knowingly collect personal information from children.", false},
		{"b69-03", "3.2 When Customers Use the OmniCRM Platform",
			"OmniCRM processes this data only in accordance with customer instructions and contractual agreements.",
			"OmniCRM processes this data only in accordance with customer instructions and contractual agreements, as required of a Data Processor by Article 28 of the UK GDPR.", false},
		{"b69-26", "Transfer Mechanisms",
			"Standard Contractual Clauses (SCCs): Commission-approved data transfer agreements with our processors",
			"Standard Contractual Clauses (SCCs): Commission-approved data transfer agreements with our processors, under Article 46(2)(c) GDPR", false},
		{"b69-23", "AI Disclosure (EU AI Act Article 50)",
			"Our chat widget uses artificial intelligence to generate responses. When you interact with our chat widget, you are communicating with an AI system, not a human.",
			"Our chat widget uses artificial intelligence (AI) to generate responses. As required by Article 50(1) of the EU AI Act, we inform you that when you interact with our chat widget, you are communicating with an AI system, not a human.", false},
		{"variant: a disclosure of a cookie, we inform you", "Cookies",
			"These cookies are downloaded to your computer automatically.",
			"As required by Article 5(3) of the ePrivacy Directive, we inform you that these cookies are downloaded to your computer automatically.", false},
		{"twin: we inform you of a new use", "AI Disclosure",
			"When you interact with our chat widget, you are communicating with an AI system, not a human.",
			"As required by Article 50 of the EU AI Act, we inform you that we record your chats, and when you interact with our chat widget, you are communicating with an AI system, not a human.", true},
		{"variant: in accordance with, a customer breach notice", "9. DATA BREACH NOTIFICATION",
			"If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery.",
			"If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery, in accordance with Article 33(2) of the UK GDPR.", false},
		{"variant: pursuant to, forwarded requests", "11. YOUR RIGHTS",
			"Where OmniCRM acts as a Data Processor, requests may be forwarded to the relevant Data Controller.",
			"Where OmniCRM acts as a Data Processor, requests may be forwarded to the relevant Data Controller pursuant to Article 28(3)(e) of the UK GDPR.", false},
		{"variant: special category data", "Special Category Data",
			"Under UK GDPR this is considered Special Category Data and must be handled with enhanced protections.",
			"Under UK GDPR this is considered Special Category Data and must be handled with enhanced protections, as Article 9 of the UK GDPR requires.", false},
		{"twin: an exception beside the citation", "9. DATA BREACH NOTIFICATION",
			"If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery.",
			"If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery, except where Article 33 of the UK GDPR does not require it.", true},
		{"twin: only as far as the article requires", "Data Breach Notification",
			"We will notify the relevant supervisory authority within 72 hours of becoming aware of a breach.",
			"We will notify the relevant supervisory authority within 72 hours of becoming aware of a breach, only where required by Article 33 GDPR.", true},
		{"twin: a period changed beside the citation", "9. DATA BREACH NOTIFICATION",
			"We will notify the affected customer within 48 hours of discovery.",
			"We will notify the affected customer within 72 hours of discovery, as required by Article 33 GDPR.", true},
		{"twin: a legal basis named", "Marketing",
			"We will send you marketing about products of the Omnis Group.",
			"We will send you marketing about products of the Omnis Group under Article 6(1)(f) GDPR.", true},
		{"b80-42 the role's definition cited", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (processor, within the meaning of Article 4(8) GDPR) on behalf of its clients.", false},
		{"twin: a place beside the role's definition", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (processor, within the meaning of Article 4(8) GDPR, within the EU) on behalf of its clients.", true},
		{"twin: the role changed beside its definition", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (controller, within the meaning of Article 4(7) GDPR) on behalf of its clients.", true},
		{"twin: a condition beside the role's definition", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (processor, within the meaning of Article 4(8) GDPR, unless it decides the purposes) on behalf of its clients.", true},
		{"twin: within the EU, as the article requires", "Transfers",
			"We store your personal data on our own servers.",
			"We store your personal data on our own servers within the EU, as required by Article 44 GDPR.", true},
		{"twin: a restriction of rights cited", "11. YOUR RIGHTS",
			"You may request deletion of your personal data.",
			"You may request deletion of your personal data, subject to the restrictions of Article 23 GDPR.", true},
	})
}
