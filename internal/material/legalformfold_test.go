package material

import "testing"

// TestLegalFormAbbreviated: a company's legal form written in full or
// abbreviated is one form, beside other words reworded too (b132-11,
// "Ltd." → "Limited" read "To confirm: … whether 'ltd' changes a
// commitment"). Twins: another company, or a company added, is a change.
func TestLegalFormAbbreviated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b132-11", "About us",
			"The Omnis Software Group is currently made up of Omnis Software Ltd. and Omnis Software Benelux B.V.",
			"The Omnis Software Group currently consists of Omnis Software Limited and Omnis Software Benelux B.V.", false},
		{"Inc. in full", "Recipients",
			"We use Zentrix Inc. to send our newsletters.",
			"We use Zentrix Incorporated to send our newsletters.", false},
		{"another company", "About us",
			"The Omnis Software Group is currently made up of Omnis Software Ltd. and Omnis Software Benelux B.V.",
			"The Omnis Software Group currently consists of Omnis Software Limited, Omnis Software Benelux B.V. and Omnis Data GmbH.", true},
	})
}
