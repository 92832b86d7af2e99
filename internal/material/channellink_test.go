package material

import "testing"

// TestMailboxToSite: a link where the reader writes to exercise a right,
// once a mailbox, now a form on another organisation's site, is another
// channel and another party holding the request (a miss found in no
// labelled set: "Only a link changed, the words read the same"). Twins: a
// form on the author's own site, a link not about rights or contact:
// minor.
func TestMailboxToSite(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"contact us: mailbox → a Google form", "Your rights",
			"To exercise your rights, [contact us](mailto:privacy@acme.com).",
			"To exercise your rights, [contact us](https://forms.gle/xyz123)."},
		{"a request: mailbox → a Zendesk page", "Deleting your account",
			"You can ask us to delete your account by writing to [our privacy team](mailto:privacy@brightwave.io).",
			"You can ask us to delete your account by writing to [our privacy team](https://brightwave-help.zendesk.com/hc/requests/new)."},
		{"an objection: mailbox → a OneTrust portal", "Right to object",
			"To object to profiling, [send us a request](mailto:dpo@kestrel.co.uk).",
			"To object to profiling, [send us a request](https://privacyportal.onetrust.com/webform/abc)."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "rights")
	}
	runRestated(t, []restatedCase{
		{"twin: a form on the author's own site", "Your rights",
			"To exercise your rights, [contact us](mailto:privacy@acme.com).",
			"To exercise your rights, [contact us](https://www.acme.com/privacy/request).", false},
		{"twin: a link to a page, not a channel", "Cookies",
			"Read more in [our cookie notice](mailto:legal@acme.com).",
			"Read more in [our cookie notice](https://cookiepedia.co.uk/acme).", false},
	})
}
