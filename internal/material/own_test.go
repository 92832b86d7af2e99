package material

import (
	"strings"
	"testing"
)

// TestOwnProductNotARecipient holds what real histories showed: the
// Microsoft statement's products of coined names ("Xbox", "Bing",
// "Outlook.com") were reported as new or removed recipients when their
// paragraphs came or went, though the statement says whose they are:
// "Xbox is the gaming and entertainment division of Microsoft". A product
// the author names as its own, in the words around it, receives no one's
// data. Beside them, near misses that are still recipients: a company of
// the group, a vendor the author names as its processor, and a vendor
// named in the same kind of paragraph.
func TestOwnProductNotARecipient(t *testing.T) {
	rb := Builtin()
	const base = "# Microsoft Privacy Statement\n\nYour privacy is important to us. This statement explains the personal data Microsoft processes, how Microsoft processes it, and for what purposes.\n\n" +
		"Microsoft offers a wide range of products. References to Microsoft products in this statement include Microsoft services, websites, apps, software, servers, and devices.\n\n" +
		"## How we share personal data\n\nWe share your personal data with your consent or as necessary to complete any transaction or provide any product you have requested or authorised.\n\n" +
		"We also share personal data among Microsoft-controlled affiliates and subsidiaries, and with vendors working on our behalf.\n\n"
	for _, tc := range []struct {
		name, add, e string
		party        bool // whether e must still be reported
	}{
		{"division of the author (the real sentence)",
			"## Xbox\n\nXbox is the gaming and entertainment division of Microsoft. When you play an online game on Xbox, the publisher of that game has access to data about your usage.\n", "Xbox", false},
		{"a product of the author, apposed",
			"## Zintra\n\nZintra, a Microsoft product, lets you call friends. When you call someone on Zintra, we share your display name with the person you call.\n", "Zintra", false},
		{"our service",
			"## Quorbit\n\nIf you use our Quorbit service, we share your files with the people you choose. Quorbit keeps your files for 30 days.\n", "Quorbit", false},
		{"the author's name before it",
			"## Search\n\nWhen you search with Microsoft Vexly, we share your query with advertisers. Vexly keeps your queries for 18 months.\n", "Vexly", false},
		{"a service from the author",
			"## Email\n\nPlumail.com is the consumer email service from Microsoft. Messages you send through Plumail.com are shared with their recipients.\n", "Plumail.com", false},
		{"a name made with the author's offering",
			"## Xbox\n\nXbox is the gaming and entertainment division of Microsoft. When you play with Xbox Game Pass, the publisher of a game has access to data about your usage.\n", "Xbox Game Pass", false},
		{"a name written after the author's offering",
			"## Xbox\n\nXbox is the gaming and entertainment division of Microsoft. When you play with the Xbox Zenpad controller, the publisher of a game has access to data about your usage.\n", "Zenpad", false},
		// Near misses: still recipients.
		{"a company of the group",
			"## Zarnet\n\nZarnet, a Microsoft company, offers a professional network. We share your profile with Zarnet when you link your accounts.\n", "Zarnet", true},
		{"a vendor named as our processor",
			"## Payments\n\nPaylio, our payment processor, receives your card number. We share your billing address with Paylio.\n", "Paylio", true},
		{"a company of the group, with its form",
			"## Zarnet\n\nMicrosoft Zarnet Limited offers a professional network. We share your profile with Microsoft Zarnet Limited when you link your accounts.\n", "Zarnet Limited", true},
		{"a vendor's service",
			"## Analytics\n\nQuillmark is an analytics service from Quillmark Labs. We share your usage data with Quillmark.\n", "Quillmark", true},
	} {
		for _, removed := range []bool{false, true} {
			old, new := base, base+tc.add
			if removed {
				old, new = new, old
			}
			rep, _, why := judgeText(rb, old, new)
			reported := false
			for _, v := range rep.Verdicts {
				if strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, tc.e) {
					reported = reported || v.Material
				}
			}
			if reported != tc.party {
				t.Errorf("%s (removed %v): %q reported as a party: %v, want %v: %s", tc.name, removed, tc.e, reported, tc.party, strings.Join(why, "; "))
			}
		}
	}
}
