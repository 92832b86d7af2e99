package material

import "testing"

// TestOwnProductNotice: the author's own product dropped from the
// sentence that tells of a change of the policy is no party removed: the
// change is how the reader is told (b54-42); another company's service
// added there is a recipient.
func TestOwnProductNotice(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-42", "Updates to this Privacy Policy",
		"Bitwarden may update this Privacy Policy from time to time. When we do update it, for your convenience, we will make the updated Privacy Policy available on this page. Please check this Privacy Policy periodically for changes. If we make any material changes, we will notify you by email (sent to the email address specified in your account registered with the Site or Bitwarden Service) or by means of a notice on the Site or Service.",
		"Bitwarden may update this Privacy Policy from time to time. When we do update it, for your convenience, we will make the updated Privacy Policy available on this page. Please check this Privacy Policy periodically for changes. If we make any material changes, we may notify you by means of a notice on the Site or Service.", "notice")
	wantOnlyCategory(t, rb, "the account's e-mail dropped", "Changes",
		"Fabrikam may change this policy. If we make material changes, we will notify you by email to the address on your Fabrikam Account, or by a banner on the Site.",
		"Fabrikam may change this policy. If we make material changes, we may notify you by a banner on the Site.", "notice")
	// twin: another company's service
	wantOnlyCategory(t, rb, "twin: a mailing service added", "Changes",
		"Fabrikam may change this policy. If we make material changes, we will notify you by email sent through Mailchimp Service, or by a banner on the Site.",
		"Fabrikam may change this policy. If we make material changes, we will notify you by email sent through Mailchimp Service or Sendgrid Service, or by a banner on the Site.", "recipients")
}
