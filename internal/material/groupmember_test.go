package material

import "testing"

// TestGroupMember: a company, with its legal form, put into or taken from
// a sentence that says nothing done with data is who the controller is;
// one that data is shared with stays a recipient.
func TestGroupMember(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// From the batches.
		{"b67-12", "Privacy & Cookies Policy",
			"• The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH",
			"• The Omnis Software Group (the “Group”) is currently made up of Omnis Software Ltd., Omnis Software France, Omnis Software Germany GmbH and Omnis Software Italia S.r.l.", "identity"},
		// Other wordings, not from any batch.
		{"a company dropped", "Privacy & Cookies Policy",
			"• The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH",
			"• The Omnis Software Group is currently made up of Omnis Software Ltd. and Omnis Software France", "identity"},
		{"a Benelux company", "About Omnis",
			"• The Omnis Software Group is currently made up of Omnis Software Ltd. and Omnis Software France",
			"• The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Benelux B.V.", "identity"},
		// A group company given data is a recipient.
		{"group company shared with", "Who might we share your personal information with?",
			"  • Our Group companies, for the purposes described in this policy;",
			"  • Our Group companies, including Omnis Software Italia S.r.l., for the purposes described in this policy;", "recipients"},
		// A company of the group named as the controller for some
		// readers: the words of the condition that says which readers
		// ("your billing address") name no data it is given.
		{"b76-01", "1. COMPANY INFORMATION",
			"Legal Entity: OmniCRM UK Ltd",
			"Legal Entity: OmniCRM UK Ltd, or OmniCRM US, Inc. if your billing address is in the United States", "identity"},
		{"a group company for readers of a region", "Who we are",
			"The controller of your data is OmniCRM UK Ltd.",
			"The controller of your data is OmniCRM UK Ltd, or OmniCRM Canada Inc. where your contact details are in Canada.", "identity"},
		// Twins: an outside company in the same place, and a group
		// company the same condition sends data to, are recipients.
		{"twin: an outside company given the billing address", "1. COMPANY INFORMATION",
			"We send your invoices through Xero Ltd.",
			"We send your invoices through Xero Ltd, or Stripe, Inc. if your billing address is in the United States.", "recipients"},
		{"twin: a group company the billing address is shared with", "1. COMPANY INFORMATION",
			"We share your billing address with OmniCRM UK Ltd.",
			"We share your billing address with OmniCRM UK Ltd, or OmniCRM US, Inc. if your billing address is in the United States.", "!identity"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// The same companies, said another way, stay minor.
	if rep, _, why := judgeEdit(rb, "Privacy & Cookies Policy",
		"• The Omnis Software Group is currently made up of Omnis Software Ltd. and Omnis Software Germany GmbH",
		"• The Omnis Software Group currently consists of Omnis Software Ltd. and Omnis Software Germany GmbH"); rep.Material {
		t.Errorf("same companies: material, want minor: %v", why)
	}
}
