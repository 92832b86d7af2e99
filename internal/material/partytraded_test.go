package material

import "testing"

// A company taken out of, or put into, the companies a group is made of
// changes who the controller is (b79-11), judged in a paragraph or in its
// whole policy; a company put into a list of parties data goes to is a
// recipient.
func TestPartyItemTraded(t *testing.T) {
	rb := Builtin()
	const group = "The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH"
	wantOnlyCategory(t, rb, "removed", "Who are we?", group, "The Omnis Software Group is currently made up of Omnis Software Ltd. and Omnis Software Germany GmbH.", "identity")
	wantOnlyCategory(t, rb, "added", "Who are we?", group, "The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France, Omnis Software Iberia S.L. and Omnis Software Germany GmbH", "identity")
	if item, put := partyItemTraded("We work with Acme Ltd. and Beta GmbH.", "We work with Acme Ltd., Gamma Inc. and Beta GmbH."); item != "Gamma Inc" || !put {
		t.Errorf("recipients list: got %q %v", item, put)
	}
	// Not a company: a word of the sentence, or the same list restated.
	for _, tc := range [][2]string{
		{"We work with Acme Ltd. and Beta GmbH.", "We work with Acme Ltd., with care and Beta GmbH."},
		{"We work with Acme Ltd. and Beta GmbH.", "We work with Acme Ltd., and Beta GmbH."},
	} {
		if item, _ := partyItemTraded(tc[0], tc[1]); item != "" {
			t.Errorf("%q → %q: read %q as a company", tc[0], tc[1], item)
		}
	}
}
