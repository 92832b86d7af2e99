package material

import "testing"

// TestNoExceptionsAfterUniversal: "has to" is the duty "must" states
// (b77-07: "OmniCRM enforces MFA for all internal staff accounts" →
// "Every internal OmniCRM staff account has to use MFA. No exceptions."),
// and "No exceptions." put after a sentence that already binds every one
// of a set says again that it binds every one. Twins: the exceptions the
// other side made dropped, a universal the other side did not state,
// a hedge beside it, and "do not have to" for "must not" stay material.
func TestNoExceptionsAfterUniversal(t *testing.T) {
	const h = "Multi-Factor Authentication"
	const old = "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts."
	runRestated(t, []restatedCase{
		{"has to", h, old, "Every internal OmniCRM staff account has to use Multi-Factor Authentication (MFA).", false},
		{"has to, no exceptions", h, old, "Every internal OmniCRM staff account has to use Multi-Factor Authentication (MFA). No exceptions.", false},
		{"must, without exception", h, old, "All internal OmniCRM staff accounts must use Multi-Factor Authentication (MFA), without exception.", false},
		{"twin: exceptions dropped", h, "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts, except service accounts.",
			"Every internal OmniCRM staff account has to use Multi-Factor Authentication (MFA). No exceptions.", true},
		{"twin: no universal before", h, "OmniCRM enforces Multi-Factor Authentication (MFA) for internal staff accounts where feasible.",
			"Internal OmniCRM staff accounts have to use Multi-Factor Authentication (MFA). No exceptions.", true},
		{"twin: hedged", h, old, "Every internal OmniCRM staff account should use Multi-Factor Authentication (MFA). No exceptions.", true},
		{"twin: no duty", "Sharing", "We must not share your personal data with advertisers.", "We do not have to share your personal data with advertisers.", true},
		{"twin: no duty on the reader", "Children", "You must not submit personal data about children under 13.", "You do not have to submit personal data about children under 13.", true},
		{"twin: may have to", "Retention", "We keep your personal data for 7 years.", "We may have to keep your personal data for 7 years.", true},
	})
}

// TestDutyDenied: a negation before a word of duty ("not required to",
// "do not have to") denies the duty and forbids nothing; after the modal
// ("must not") it forbids the act. The two forms of a denied duty are one
// (b45-17's "will not be required to" → "will not have to"); a
// prohibition said as a denied duty lifts a limit (a miss found writing
// b77-07's twins: "We must not keep" → "We are not required to keep" read
// "Same commitments").
func TestDutyDenied(t *testing.T) {
	runRestated(t, []restatedCase{
		{"not required to, not have to", "Verification", "You will not be required to create an account with us to submit a request.", "You will not have to create an account with us to submit a request.", false},
		{"twin: prohibition to no duty", "Retention", "We must not keep your data after you close your account.", "We are not required to keep your data after you close your account.", true},
		{"twin: no duty to prohibition", "Retention", "We do not have to keep your data after you close your account.", "We must not keep your data after you close your account.", true},
		{"twin: no duty to duty", "Verification", "You will not be required to create an account with us to submit a request.", "You will have to create an account with us to submit a request.", true},
	})
}
