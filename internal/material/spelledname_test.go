package material

import "testing"

// TestInitialsGlossed: initials spelt out as the name they stand for, or
// the body's own web address given beside its name, name the same body
// (b69-05, b69-10, b69-13). Variants on other seed sentences; twins where
// the name is another body's, or the address another site's, or a party
// is added beside the gloss, stay material.
func TestInitialsGlossed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-13", "What sorts of personal information do we hold?",
			"Information from other sources such as specialist companies that provide customer information (like credit reference agencies such as Experian, fraud prevention agencies, claims databases, marketing and research companies), social media providers and the DVLA, as well as information that is publicly available.",
			"Information from other sources such as specialist companies that provide customer information (like credit reference agencies such as Experian, fraud prevention agencies, claims databases, marketing and research companies), social media providers and the Driver and Vehicle Licensing Agency (DVLA), as well as information that is publicly available.", false},
		{"b69-05", "5. PAYMENT DATA",
			"Payment details are stored and processed directly by the payment provider in accordance with their own privacy policies and PCI compliance obligations.",
			"Payment details are stored and processed directly by the payment provider in accordance with their own privacy policies and Payment Card Industry Data Security Standard (PCI DSS) compliance obligations.", false},
		{"b69-10", "20. CONTACT INFORMATION",
			"You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office",
			"You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office (ICO), www.ico.org.uk", false},
		{"the address after a colon (b71)", "Complaints",
			"If you are unhappy, you can complain to the supervisory authority: Information Commissioner's Office",
			"If you are unhappy, you can complain to the supervisory authority, the Information Commissioner's Office (ICO): ico.org.uk", false},
		{"twin: another site after a colon", "Complaints",
			"If you are unhappy, you can complain to the supervisory authority: Information Commissioner's Office",
			"If you are unhappy, you can complain to the supervisory authority, the Information Commissioner's Office (ICO): complaints-portal.example.com", true},
		{"variant: standard contractual clauses spelt out", "International transfers",
			"Where data is transferred outside the UK, we rely on SCCs with our processors.",
			"Where data is transferred outside the UK, we rely on Standard Contractual Clauses (SCCs) with our processors.", false},
		{"variant: a regulator's address at https", "Your rights",
			"You may complain to the Data Protection Commission.",
			"You may complain to the Data Protection Commission (DPC) at https://www.dataprotection.ie.", false},
		{"variant: the EEA spelt out in a transfer", "8. INTERNATIONAL DATA TRANSFERS",
			"Personal data may be transferred outside the UK or EEA.",
			"Personal data may be transferred outside the UK or European Economic Area (EEA).", false},
		{"twin: another body's initials", "What sorts of personal information do we hold?",
			"Information from social media providers and the DVLA.",
			"Information from social media providers and the Driver and Vehicle Standards Agency (DVSA).", true},
		{"twin: another site's address", "20. CONTACT INFORMATION",
			"You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office",
			"You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office (ICO), www.complaints-handler.com", true},
		{"twin: a recipient added beside the gloss", "What sorts of personal information do we hold?",
			"Information from social media providers and the DVLA.",
			"Information from social media providers, data brokers and the Driver and Vehicle Licensing Agency (DVLA).", true},
	})
}
