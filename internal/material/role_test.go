package material

import (
	"strings"
	"testing"
)

// TestRoles holds the family of batch 8's b8-19: a person's name replaced
// by the role of a party the text names, at the same address, is the same
// contact ("Hannah Poteat" → "GitHub Data Protection Officer"), and a role
// of the author's own relabelled in a table's header names no one new.
// A party the text does not name, another person, or a product of a
// party named is still new.
func TestRoles(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"person replaced by a role", "Contact",
			"Questions about this notice can be sent to Maria Keller at Corvalis Ltd, 1 Harbour Road, Leeds.",
			"Questions about this notice can be sent to the Corvalis Privacy Officer at Corvalis Ltd, 1 Harbour Road, Leeds.", false},
		{"a role's label in a header", "Contact",
			"| Our Privacy Team | Our Irish Office |\n|---|---|\n| privacy@corvalis.example | Corvalis Ireland Ltd |",
			"| Our Data Protection Officer | Our Irish Office |\n|---|---|\n| privacy@corvalis.example | Corvalis Ireland Ltd |", false},
		{"a role of a party not named", "Contact",
			"Questions about this notice can be sent to Maria Keller at Corvalis Ltd, 1 Harbour Road, Leeds.",
			"Questions about this notice can be sent to the Zentrix Privacy Officer at Zentrix GmbH, 1 Harbour Road, Leeds.", true},
		{"another person", "Contact",
			"Questions about this notice can be sent to Maria Keller at Corvalis Ltd, 1 Harbour Road, Leeds.",
			"Questions about this notice can be sent to John Brennan at Corvalis Ltd, 1 Harbour Road, Leeds.", true},
		{"a place in an own role, outside a header", "Contact",
			"You can write to our Privacy Team at privacy@corvalis.example.",
			"You can write to our India Privacy Team at privacy@corvalis.example.", true},
		{"partners after our", "Sharing",
			"We share usage statistics with our Support Team.",
			"We share usage statistics with our Support Team and our Advertising Partners.", true},
		{"a processor after our", "Where we store your data",
			"We store your files on our own servers.",
			"We store your files in our Amazon Web Services account.", true},
		{"a product of a party named", "Sharing",
			"We share usage data with Google Ads to measure our campaigns.",
			"We share usage data with Google Ads and Google Analytics to measure our campaigns.", true},
	} {
		rep, _, why := judgeText(rb, "# Privacy notice\n\n## "+tc.heading+"\n\n"+tc.old+"\n", "# Privacy notice\n\n## "+tc.heading+"\n\n"+tc.new+"\n")
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestRolesInCapitals holds b43-19 and b43-22: the author's officer
// written with its possessive, after a label in capitals ("For
// SCALINGO: Scalingo's Data Protection Officer"), is a role of the
// author, and the person it replaces, a surname in capitals as French
// writes it ("Yann KLIS"), is the same contact. Another person in the
// same place is still someone new.
func TestRolesInCapitals(t *testing.T) {
	rb := Builtin()
	client := "\n* For the Client: Name and contact details of the DPO to be indicated and kept up to date by the Client."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b43-22 a person replaced by the author's officer",
			"* For SCALINGO: Yann KLIS -- [dpo@scalingo.com](mailto:dpo@scalingo.com)" + client,
			"* For SCALINGO: Scalingo's Data Protection Officer -- [dpo@scalingo.com](mailto:dpo@scalingo.com)" + client, false},
		{"b43-19 the owner's name dropped",
			"* For SCALINGO: Scalingo's Data Protection Officer -- [dpo@scalingo.com](mailto:dpo@scalingo.com)" + client,
			"* For SCALINGO: Data Protection Officer ([dpo@scalingo.com](mailto:dpo@scalingo.com))" + client, false},
		{"another author, another officer",
			"* For CORVALIS: Marie DUPONT -- [dpo@corvalis.example](mailto:dpo@corvalis.example)" + client,
			"* For CORVALIS: Corvalis's Privacy Officer -- [dpo@corvalis.example](mailto:dpo@corvalis.example)" + client, false},
		{"twin: another person",
			"* For SCALINGO: Yann KLIS -- [dpo@scalingo.com](mailto:dpo@scalingo.com)" + client,
			"* For SCALINGO: Marc LEROY -- [dpo@scalingo.com](mailto:dpo@scalingo.com)" + client, true},
	} {
		rep, _, why := judgeEdit(rb, "ARTICLE 4 - CONTACTS OF THE PARTIES", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
