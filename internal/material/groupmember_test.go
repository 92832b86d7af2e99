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
