package material

import "testing"

// TestRecipientOwnEnds: a party other than the author that may use the
// data for its own ends is a recipient in another role (rt2's probes of
// the omnis and omniops seeds, filed under purposes). Twins: the author's
// own ends stay its purposes.
func TestRecipientOwnEnds(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"omnis: third parties for their own purposes", "Who might we share your personal information with?",
			"Our service providers – we work with partners, aggregators and agencies so that they can help us provide the products and services you require from us. These third parties process your personal information on our behalf and are required to meet our high standards of security before doing so.",
			"Our service providers – we work with partners, aggregators and agencies so that they can help us provide the products and services you require from us. These third parties process your personal information for their own purposes and are required to meet our high standards of security before doing so.",
			"recipients"},
		{"omniops: a processor's row, its own purposes", "Third-Party Processors",
			"- Stripe (United States): Payment processing — PCI DSS compliant, protected by SCCs",
			"- Stripe (United States): Payment processing — PCI DSS compliant, protected by SCCs — may use your data for its own purposes",
			"recipients"},
		{"omniops: a row named by an English word", "Third-Party Processors",
			"- Sentry (United States): Error monitoring — protected by SCCs and UK IDTA",
			"- Sentry (United States): Error monitoring — protected by SCCs and UK IDTA — may use your data for its own purposes",
			"recipients"},
		{"omnis: companies, for their own purposes", "Who might we share your personal information with?",
			"- Companies that provide insights and analytics services for us so we can improve our product and service offerings;",
			"- Companies that provide insights and analytics services for us and for their own purposes so we can improve our product and service offerings;",
			"recipients"},
		// Variants: other wording.
		{"omnis: email companies, their own marketing", "Who might we share your personal information with?",
			"- Companies that deploy our email campaigns for us because they need to know your email address to carry out these services;",
			"- Companies that deploy our email campaigns for us and for their own marketing because they need to know your email address to carry out these services;",
			"recipients"},
		{"omni-software: vendors may use it for their own ends", "Information Sharing and Disclosure",
			"We may share information with third-party vendors and service providers who perform services on our behalf (e.g., hosting, data storage).",
			"We may share information with third-party vendors and service providers who perform services on our behalf and for their own ends (e.g., hosting, data storage).",
			"recipients"},
		// Twins: the author's own ends.
		{"twin: omnie, its own purposes", "Use of Information",
			"omnie does not use customer data for marketing or independent purposes.",
			"omnie may use customer data for its own purposes.",
			"purposes"},
		{"twin: we, our own marketing", "How we use your information",
			"We use your contact details to send you service messages.",
			"We use your contact details to send you service messages and for our own marketing.",
			"purposes"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
