package material

import "testing"

// TestRightNamed: a line that opens with a right's name states that right;
// a condition put on it, or the line removed, is about rights, whatever
// the line names of data, uses or legal bases (rt2's probes of the seeds).
// Twins: a party named in such a line keeps its kind; a second sentence
// of the line is judged as itself; a line that only mentions a right
// further on keeps its category.
func TestRightNamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// The probes (omnis, omniops, omnicrm seeds).
		{"omnis restrict, a condition", "Your rights",
			"- the right to restrict our use of your personal information;",
			"- the right to restrict our use of your personal information, provided that your account is in good standing;",
			"rights"},
		{"omniops portability, feasible", "Your Data Rights",
			"- Right to Data Portability (Art. 20): Receive your data in a structured, machine-readable format",
			"- Right to Data Portability (Art. 20): Receive your data in a structured, machine-readable format where technically feasible",
			"rights"},
		{"omniops opt-out, a condition", "Your California Rights",
			"- Right to Opt-Out: Opt out of the \"sale\" or \"sharing\" of personal information",
			"- Right to Opt-Out: Opt out of the \"sale\" or \"sharing\" of personal information, provided that your account is in good standing",
			"rights"},
		{"omnicrm access line, feasible", "16. YOUR RIGHTS UNDER UK GDPR",
			"Right to access personal data",
			"Right to access personal data where technically feasible",
			"rights"},
		{"omniops withdraw consent, feasible", "Your Data Rights",
			"- Right to Withdraw Consent (Art. 7): Withdraw consent at any time where processing is based on consent",
			"- Right to Withdraw Consent (Art. 7): Withdraw consent at any time where processing is based on consent where technically feasible",
			"rights"},
		// Variants: other wording, other rights.
		{"omniops know, a fee", "Your California Rights",
			"- Right to Know: Request information about what personal information we collect, use, disclose, and sell",
			"- Right to Know: Request information about what personal information we collect, use, disclose, and sell, once a year and for a fee",
			"rights"},
		{"omnis object, in writing", "Your rights",
			"- the right to object to our use of your personal information.",
			"- the right to object to our use of your personal information, by letter to our registered office.",
			"rights"},
		{"right of access, numbered", "Your rights",
			"1. Right of access to the personal data we process about you.",
			"1. Right of access to the personal data we process about you, where we are able to identify it without additional data.",
			"rights"},
		// Twins: a party named keeps its kind; a second sentence is itself.
		{"twin: a party named", "Your California Rights",
			"- Right to Know: Request information about what personal information we collect, use, disclose, and sell",
			"- Right to Know: Request information about what personal information we collect, use, disclose, and sell to Experian",
			"!rights"},
		{"twin: a second sentence about sharing", "Your rights",
			"- Right to Access (Art. 15): Request a copy of your personal data. We share your data with our hosting provider.",
			"- Right to Access (Art. 15): Request a copy of your personal data. We share your data with our hosting provider and with advertisers.",
			"!rights"},
		{"twin: a right mentioned later", "How we use data",
			"- Marketing: we use your email address to send newsletters, subject to your right to object.",
			"- Marketing: we use your email address and phone number to send newsletters, subject to your right to object.",
			"!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// A right's line removed from a list of rights (omniops: the GDPR
	// list loses a right the California list still names by another name).
	for _, tc := range []struct{ name, item string }{
		{"access removed", "- Right to Access (Art. 15): Request a copy of your personal data and information about how it is processed"},
		{"object removed", "- Right to Object (Art. 21): Object to processing based on legitimate interests or for direct marketing"},
		{"opt-out removed", "- Right to Opt-Out: Opt out of the \"sale\" or \"sharing\" of personal information"},
	} {
		list := "Under GDPR and other applicable laws, you have the following rights regarding your personal data:\n\n- Right to Rectification (Art. 16): Request correction of inaccurate or incomplete personal data\n"
		old := doc("Your Data Rights", list+tc.item+"\n- Right to Erasure (Art. 17): Request deletion of your personal data")
		new := doc("Your Data Rights", list+"- Right to Erasure (Art. 17): Request deletion of your personal data")
		rep, cats, why := judgeText(rb, old, new)
		if !rep.Material || !cats["rights"] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want rights: %v", tc.name, rep.Material, cats, why)
		}
	}
	if rep, _, why := judgeEdit(rb, "Your rights", "- the right to restrict our use of your personal information;", "- the right to restrict how we use your personal information;"); rep.Material {
		t.Errorf("twin: same right reworded: material, want minor: %v", why)
	}
}
