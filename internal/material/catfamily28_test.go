package material

import "testing"

// TestDefinedWeForm: the legal form of the company a sentence defines as
// "we" traded for a form of another country's law ("TP-Link Corporation
// Limited (“TP-Link,” “we” …)" → "TP-LINK CORPORATION PTE. LTD. (…)",
// b20-15) names another controller: identity, as a company dropped from
// that sentence does. The form of a recipient's name is no controller.
func TestDefinedWeForm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Privacy Policy", "Zentrova Limited (“Zentrova,” “we,” “us” or “our”) takes your privacy seriously. We explain what information we collect and how we share it.",
			"Zentrova Pte. Ltd. (“Zentrova,” “we,” “us” or “our”) takes your privacy seriously. We explain what information we collect and how we share it.", "identity"},
		{"About this policy", "This policy explains how Quorbit Inc. (\"we\", \"us\") collects and uses your personal data.",
			"This policy explains how Quorbit GmbH (\"we\", \"us\") collects and uses your personal data.", "identity"},
		{"Who we are", "Example Corporation Limited (\"Example\", \"we\" or \"us\") provides the app and decides how your data is used.",
			"Example Corporation B.V. (\"Example\", \"we\" or \"us\") provides the app and decides how your data is used.", "identity"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestProcessorInstructionsHedged: a processor's promise to process data
// only on its customer's (the controller's) instructions is its role
// (GDPR Art. 28(3)(a)): hedged ("only" → "as a rule", "mainly",
// "generally", b20-19), the role changed, whatever else the sentence
// names ("contractual agreements" is no legal basis of the reader's).
func TestProcessorInstructionsHedged(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"When Customers Use the Platform", "OmniCRM processes this data only in accordance with customer instructions and contractual agreements.",
			"OmniCRM processes this data, as a rule, in accordance with customer instructions and contractual agreements.", "identity"},
		{"Customer data", "We process Customer Data only on the documented instructions of our customers, as set out in our contract with them.",
			"We process Customer Data mainly on the documented instructions of our customers, as set out in our contract with them.", "identity"},
		{"Our role", "Acme handles the personal data in your workspace solely in accordance with your instructions as the controller.",
			"Acme generally handles the personal data in your workspace in accordance with your instructions as the controller.", "identity"},
		// a recipient bound by the author's instructions is no role of the author's
		{"Sharing", "Our subprocessors process this data only in accordance with our instructions.",
			"Our subprocessors process this data mainly in accordance with our instructions.", "!identity"},
		// a purpose added beside the instructions is a purpose
		{"Customer data", "We process Customer Data only on the instructions of our customers.",
			"We process Customer Data on the instructions of our customers and to train our AI models.", "!identity"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestSharedWithPartyItem: an item added to a list that itself shares
// data with a party ("(including by sharing it with our insurers and
// their claims handlers)", b20-25) names recipients, whatever the
// sentence's other words ("respond to a government request") name.
func TestSharedWithPartyItem(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Information Sharing and Disclosure", "For Legal Reasons: We may disclose information if required by law, or if we believe in good faith that disclosure is necessary to protect our rights, investigate fraud, or respond to a government request.",
			"For Legal Reasons: We may disclose information if required by law, or if we believe in good faith that disclosure is necessary to protect our rights (including by sharing it with our insurers and their claims handlers), investigate fraud, or respond to a government request.", "recipients"},
		{"Legal requests", "We may disclose your data to respond to a request from a court, to protect our rights, or to answer a complaint you made.",
			"We may disclose your data to respond to a request from a court, to protect our rights, including by disclosing it to our lawyers and auditors, or to answer a complaint you made.", "recipients"},
		{"Disclosures", "We may disclose personal data where we must respond to a subpoena, to protect our rights, or to handle your request.",
			"We may disclose personal data where we must respond to a subpoena, to protect our rights, including by sharing it with our insurers, or to handle your request.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestThreatsListed: what the company protects data from ("loss, theft,
// misuse and unauthorized access, …") is the security commitment:
// threats dropped from that list (b16-29) or added change what is
// protected against, whatever the sentence says of the data ("the
// information we collect").
func TestThreatsListed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Security", "We take reasonable measures to help protect the information we collect from loss, theft, misuse and unauthorized access, disclosure, alteration and destruction.",
			"We take reasonable measures to help protect the information we collect from loss, theft and unauthorized access.", "security"},
		{"How we protect your data", "We protect the personal data we collect against unauthorised access, loss, theft and destruction.",
			"We protect the personal data we collect against unauthorised access and loss.", "security"},
		{"Keeping your information safe", "We use appropriate measures to protect your data from unauthorized access, use or disclosure.",
			"We use appropriate measures to protect your data from unauthorized access, use, disclosure or destruction.", "security"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestUseLimitHedged: a limit on what data may be used for, weakened
// ("use it only for the purposes we specify" → "primarily for", b15-14),
// changes the purposes it may serve, whoever uses it (service providers,
// under a heading of sharing).
func TestUseLimitHedged(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Information Sharing and Disclosure", "These providers are obligated to protect your information and use it only for the purposes we specify.",
			"These providers are obligated to protect your information and use it primarily for the purposes we specify.", "purposes"},
		{"Our partners", "Our vendors may use the data we share with them solely for providing services to us.",
			"Our vendors may use the data we share with them mainly for providing services to us.", "purposes"},
		{"Third parties", "Service providers process your personal data only for the tasks we assign to them.",
			"Service providers process your personal data generally for the tasks we assign to them.", "purposes"},
		// the purpose as an infinitive: "only to perform support
		// services" (b36-38, b38-43, b72-43), whoever accesses the data
		{"Role of omnie", "- omnie personnel access this data only to perform support services",
			"- omnie personnel access this data to perform support services", "purposes"},
		{"Support", "Our engineers may access your messages only to fix the problems you report to us.",
			"Our engineers may access your messages mainly to fix the problems you report to us.", "purposes"},
		{"Staff", "Our staff use your account data solely to answer your questions.",
			"Our staff use your account data to answer your questions.", "purposes"},
		// a limit on whom it goes to is about recipients
		{"Sharing", "We disclose your data only to our payment processor.",
			"We disclose your data mainly to our payment processor.", "recipients"},
		{"Sharing", "We share your data only with our payment processor.",
			"We share your data mainly with our payment processor.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestReaderSharesItem: what the reader shares with others ("content you
// share with a particular audience") names no recipient of the company's
// (sharedWithParty); "by sharing it with our insurers" does.
func TestReaderSharesItem(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		item, sentence string
		want           bool
	}{
		{"content you share with a particular audience", "you provide us with the messages you send content you share with a particular audience and content saved in your folder", false},
		{"by sharing it with our insurers", "we may disclose information to protect our rights by sharing it with our insurers or to respond to a request", true},
		{"and users share with their friends", "posts that you and users share with their friends", false},
	} {
		if got := c.sharedWithParty(c.ix.fold(tc.item), c.ix.fold(tc.sentence)); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.item, tc.sentence, got, tc.want)
		}
	}
}
