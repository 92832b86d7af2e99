package material

import "testing"

// TestExplanationAdded: a clause that explains what the sentence already
// commits to (", so that …", ", because …", ", which means …", ", in
// other words …", ", for example …") commits to nothing new (b188: 26 of
// 27 such explanations were read as a limit or a condition added). One
// that names a party, a place, a number, or says "also", "may", "if",
// "usually" or an act of the law (sell, share) slips in a commitment and
// stays material (b188-06, 19, 20, 24, 26, 34, 38, 49).
func TestExplanationAdded(t *testing.T) {
	const mfa = "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts."
	const anon = "• Session identifiers (anonymous, no personal data required)"
	const tx = "Data is encrypted in transit and at rest on our own servers."
	runRestated(t, []restatedCase{
		{"so that, security", "Multi-Factor Authentication", mfa, "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts, so that a stolen password alone cannot open them.", false},
		{"which means, anonymous", "Information Collected", anon, "• Session identifiers (anonymous, no personal data required), which means we cannot tell who you are from them", false},
		{"because, children", "Children", "Our services are not directed to children.", "Our services are not directed to children, because the Service is built for businesses rather than young people.", false},
		{"because in that case", "3.2 When Customers Use the OmniCRM Platform", "In this case, OmniCRM acts as a Data Processor and the customer is the Data Controller.", "In this case, OmniCRM acts as a Data Processor and the customer is the Data Controller, because in that case it is the customer who decides what happens to your data.", false},
		{"in other words", "How we use it", "We use your details to fulfil your order.", "We use your details to fulfil your order, in other words to take your order, take payment and deliver what you bought.", false},
		{"explanation removed", "Multi-Factor Authentication", "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts, so that a stolen password alone cannot open them.", mfa, false},

		{"which means, a party may also", "Encryption", tx, "Data is encrypted in transit and at rest on our own servers, which means trusted partners may also be given access when they support our systems.", true},
		{"for example, places", "International transfers", "We may transfer your data outside the EEA.", "We may transfer your data outside the EEA, for example to our support contractors in India and the Philippines.", true},
		{"so that, a condition", "Retention", "We keep your contacts for the period set out in our terms.", "We keep your contacts for the period set out in our terms, so that it is still there if you reactivate after cancelling.", true},
		{"so that, in case", "Retention", "We keep backups of your account for 30 days.", "We keep backups of your account for 30 days, so that nothing is lost in case you return.", true},
		{"which usually means", "Changes", "We will bring changes to your attention.", "We will bring changes to your attention, which usually means posting the updated version on this page.", true},
		{"so that, a sale", "Sharing", "We keep a record of your purchases.", "We keep a record of your purchases, so that we can sell insights about them.", true},
		{"so that, advertising", "Analytics", "We collect your browsing history on our site.", "We collect your browsing history on our site, so that we can show you ads on other sites.", true},
		{"because, a period", "Retention", "Closed tickets are deleted.", "Closed tickets are deleted, because we keep them for 90 days only.", true},
		{"meaning, a list of people", "Who we share it with", "• Where needed, our outside advisers, such as accountants and solicitors;", "• Where needed, our “Outside Advisers”, meaning accountants, solicitors, auditors and potential acquirers;", true},
		{"meaning, the same people listed", "Who we share it with", "• Where needed, our outside advisers, such as accountants and solicitors;", "• Where needed, our “Outside Advisers”, meaning accountants and solicitors;", false},
		{"because, people not listed", "Children", "Our services are not directed to children.", "Our services are not directed to children, because the Service is built for businesses and their employees.", false},
	})
}
