package material

import (
	"strings"
	"testing"
)

// TestMailboxSwapped: one e-mail address put for another, in a paragraph
// that also links to pages it keeps, is another mailbox for the reader to
// write to (b46-29): how a right is exercised changed. Its twins: the same
// mailbox with only a page of the same site moved, and the mailbox written
// another way, stay minor.
func TestMailboxSwapped(t *testing.T) {
	rb := Builtin()
	const pages = " and recover, after confirmation of the revocation, the new certificate on the site https://sidep.gouv.fr or https://attestation-vaccin.ameli.fr"
	for _, tc := range []struct{ name, old, new string }{
		{"b46-29", "The user can declare, at any time, the fraudulent use of his health pass by e-mail by writing to revocation-pass-sanitaire@sante.gouv.fr" + pages,
			"The user can declare, at any time, the fraudulent use of his health pass by e-mail by writing to revocation-passe-sanitaire@sante.gouv.fr" + pages},
		{"phone kept", "Members may call 1-800-555-0100 or write to privacy@northwind.example to ask for a copy of their records.",
			"Members may call 1-800-555-0100 or write to records@northwind.example to ask for a copy of their records."},
		{"page kept", "Send your request to [our privacy team](mailto:privacy@northwind.example) or use the form at https://northwind.example/privacy/request.",
			"Send your request to [our privacy team](mailto:dpo@northwind-group.example) or use the form at https://northwind.example/privacy/request."},
	} {
		wantOnlyCategory(t, rb, tc.name, "Exercising your rights", tc.old, tc.new, "rights")
	}
	for _, tc := range []struct{ name, old, new string }{
		{"same mailbox, page moved on its site", "Write to privacy@northwind.example or use the form at https://northwind.example/privacy/request.",
			"Write to privacy@northwind.example or use the form at https://northwind.example/privacy/requests."},
		{"same mailbox, link taken off an escaped target", "Opt out by emailing [fDi+ccpa@northwind.example](mailto:fDi%2Bccpa@northwind.example).",
			"Opt out by emailing fDi+ccpa@northwind.example."},
		{"same mailbox in emphasis", "Contact us at [privacy@northwind.example](mailto:privacy@northwind.example).",
			"Contact us at _privacy@northwind.example_."},
		{"same mailbox in capitals", "Write to privacy@northwind.example or use the form at https://northwind.example/privacy/request.",
			"Write to Privacy@Northwind.example or use the form at https://northwind.example/privacy/request."},
	} {
		if rep, _, why := judgeEdit(rb, "Exercising your rights", tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
