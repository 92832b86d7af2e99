package material

import "testing"

// TestGroupMembersCategory holds b22-32: "The Omnis Software Group is
// currently made up of Omnis Software Ltd., Omnis Software France and
// Omnis Software Germany GmbH" → "…, Omnis Software Germany GmbH and
// Omnis Software Benelux B.V." adds a company to the group the policy
// speaks for: who the controller is, not a recipient, and not a tracker
// because the document's title names cookies. Two faults: a form written
// with dots ("B.V.", "N.V.", "S.A.") was cut from the name, which was
// then no company's; and what a group is made up of was not read as who
// "we" are. The twins: parties a sentence says are made up of others
// than the group's ("Our payment processors are …") stay recipients, and
// a company with a dotted form named as a recipient is still one.
// (Written before the rules were changed for b22-32.)
func TestGroupMembersCategory(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b22-32", "Privacy & Cookies Policy",
			"- The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH",
			"- The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France, Omnis Software Germany GmbH and Omnis Software Benelux B.V.", "identity"},
		{"a group that consists of", "Privacy & Cookies Policy",
			"- The Zentro Group consists of Zentro Software Ltd. and Zentro Software GmbH",
			"- The Zentro Group consists of Zentro Software Ltd., Zentro Software GmbH and Zentro Software Nordic AB", "identity"},
		{"our group of companies, a company dropped", "Privacy & Cookies Policy",
			"- Our group of companies is made up of Zentro Software Ltd., Zentro Software GmbH and Zentro Software Benelux N.V.",
			"- Our group of companies is made up of Zentro Software Ltd. and Zentro Software GmbH", "identity"},
		{"twin: processors made up of", "Payments",
			"Our payment partners are made up of Stripe and Adyen",
			"Our payment partners are made up of Stripe, Adyen and Mollie B.V.", "recipients"},
		{"twin: a dotted form named as a recipient", "Sharing",
			"We share your order details with our courier, Parcelo Ltd.",
			"We share your order details with our couriers, Parcelo Ltd. and Zendro B.V.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
