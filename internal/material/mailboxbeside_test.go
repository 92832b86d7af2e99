package material

import "testing"

// TestMailboxBeside: another e-mail address is another address to write
// to, though a small word changed beside it (a miss found in no labelled
// set: "Grammar only", "Wording not about personal data"). Twins: the same
// mailbox, written in other capitals or as a link, beside the same small
// change; the small change alone: minor.
func TestMailboxBeside(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"another mailbox, we will → we'll", "Contact",
			"Questions? Email privacy@acme.com and we will reply.",
			"Questions? Email dpo@acme.com and we'll reply."},
		{"another mailbox, a comma and an article", "Contact us",
			"If you have a question about this policy please write to legal@brightwave.io.",
			"If you have a question about this policy, please write to the privacy@brightwave.io."},
		{"another mailbox, a verb of writing", "Your rights",
			"To access your data, send an email to requests@kestrel.co.uk.",
			"To access your data, write an email to privacy@kestrel-group.com."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "rights")
	}
	runRestated(t, []restatedCase{
		{"twin: the same mailbox, we will → we'll", "Contact",
			"Questions? Email privacy@acme.com and we will reply.",
			"Questions? Email privacy@acme.com and we'll reply.", false},
		{"twin: the same mailbox in capitals, a comma", "Contact",
			"Questions? Email privacy@acme.com and we will reply.",
			"Questions? Email Privacy@Acme.com, and we will reply.", false},
		{"twin: the same mailbox made a link", "Contact",
			"Questions? Email privacy@acme.com and we will reply.",
			"Questions? Email [privacy@acme.com](mailto:privacy@acme.com) and we'll reply.", false},
		{"twin: an empty link to an old mailbox dropped", "Appealing decisions",
			"All appeal requests should be submitted via email to [](mailto:zgprivacy@zillowgroup.com)[privacy@zillow.com](mailto:privacy@zillow.com).",
			"All appeal requests should be submitted via email to [privacy@zillow.com](mailto:privacy@zillow.com).", false},
		{"twin: an underscore escaped in the same mailbox", "Representative",
			"For the EU: Robert Niedermeier, robert\\_niedermeier@db5.io, Germany.",
			"For the EU: Robert Niedermeier, **robert_niedermeier@db5.io**, Germany.", false},
	})
}
