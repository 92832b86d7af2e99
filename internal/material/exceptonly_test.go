package material

import (
	"strings"
	"testing"
)

// TestDenialExceptIsOnly holds the family of a denial with an exception
// said as an exclusive permission: "will not share it except when we
// have legal grounds" is "will share it only when we have legal grounds"
// (b38-25). Both permit the act in the excepted case and in no
// other. The act, the parties, the cases excepted and the force of each
// side are still compared.
func TestDenialExceptIsOnly(t *testing.T) {
	rb := Builtin()
	const b38old = "Dune Analytics will not share the Personal Data of its users with any third parties, except when we have legal grounds for sharing the data or it is required under any statutory obligations of which Dune Analytics AS is subject to."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b38-25: share only when", "Who we share your information with", b38old,
			"Dune Analytics will share its users’ Personal Data with third parties only when we have legal grounds for sharing the data or when statutory obligations to which Dune Analytics AS is subject require it.", false},
		{"access or share only where", "Information Sharing and Disclosure",
			"We process this data solely to provide the Service and will not access or share it except where necessary to operate the Service or provide support you have requested.",
			"We process this data solely to provide the Service and will access or share it only where necessary to operate the Service or provide support you have requested.", false},
		{"never … except", "Sharing",
			"We never sell your personal information to advertisers except where you ask us to.",
			"We sell your personal information to advertisers only where you ask us to.", false},
		{"the other way", "Sharing",
			"We disclose your location to our partners only if you turn on location sharing.",
			"We do not disclose your location to our partners except if you turn on location sharing.", false},
		// Material twins: the same shape, a term of it changed.
		{"only dropped", "Who we share your information with", b38old,
			"Dune Analytics will share its users’ Personal Data with third parties when we have legal grounds for sharing the data or when statutory obligations to which Dune Analytics AS is subject require it.", true},
		{"another case", "Who we share your information with", b38old,
			"Dune Analytics will share its users’ Personal Data with third parties only when we have a business reason for sharing the data.", true},
		{"a hedge", "Who we share your information with", b38old,
			"Dune Analytics will generally share its users’ Personal Data with third parties only when we have legal grounds for sharing the data or when statutory obligations to which Dune Analytics AS is subject require it.", true},
		{"another act", "Sharing",
			"We never sell your personal information to advertisers except where you ask us to.",
			"We share your personal information with advertisers only where you ask us to.", true},
		{"another party", "Sharing",
			"We never sell your personal information to advertisers except where you ask us to.",
			"We sell your personal information to data brokers only where you ask us to.", true},
		{"the exception kept, the denial dropped", "Sharing",
			"We never sell your personal information to advertisers except where you ask us to.",
			"We sell your personal information to advertisers, for example where you ask us to.", true},
		{"a branch added", "Sharing",
			"We share your data with third parties only when you ask us to.",
			"We share your data with third parties only when you ask us to or when we have a business reason.", true},
		{"a branch added beside another or", "Sharing",
			"We share your name or email with third parties only when you ask us to.",
			"We share your name or email with third parties only when you ask us to or when we have a business reason.", true},
		{"may, not will", "Who we share your information with", b38old,
			"Dune Analytics may share its users’ Personal Data with third parties only when we have legal grounds for sharing the data or when statutory obligations to which Dune Analytics AS is subject require it.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestExceptAside: "other than" opening a bracket or an aside after a
// comma excepts from what the sentence promises ("opt out of promotional
// emails (other than offers in service updates)", b202-37, b198-45); the
// same exception said with "except" is the same commitment.
func TestExceptAside(t *testing.T) {
	const o = "You can unsubscribe from our newsletters at any time by clicking the link in any of them."
	runRestated(t, []restatedCase{
		{"bracket", "Your choices", o, "You can unsubscribe from our newsletters (other than product announcements) at any time by clicking the link in any of them.", true},
		{"comma", "Your choices", o, "You can unsubscribe from our newsletters, other than product announcements, at any time by clicking the link in any of them.", true},
		{"except said as other than", "Your choices", "You can unsubscribe from our newsletters (except product announcements) at any time by clicking the link in any of them.", "You can unsubscribe from our newsletters (other than product announcements) at any time by clicking the link in any of them.", false},
	})
}

// TestNewProductsPurpose: developing new products is a use of data of its
// own, named in brackets or after "or" (b202-13, b180-14).
func TestNewProductsPurpose(t *testing.T) {
	const o = "Legitimate interests: the processing is necessary for us to run our business, but not where your interests override ours."
	runRestated(t, []restatedCase{
		{"in brackets", "Legal basis", o, "Legitimate interests: the processing is necessary for us to run our business (including developing new products), but not where your interests override ours.", true},
		{"product development", "Legal basis", o, "Legitimate interests: the processing is necessary for us to run our business (including product development), but not where your interests override ours.", true},
		{"an example naming nothing new", "Legal basis", o, "Legitimate interests: the processing is necessary for us to run our business (such as billing and support), but not where your interests override ours.", false},
	})
}

// TestDoubleDenial: a denial with an exception said the other way round
// (b219's editor of negations): "is used solely for support" is "is not
// used for anything other than support"; "where required" is "except
// where they are not required"; "only for the purposes we specify" is
// "not for any purpose we have not specified". Each twin changes what is
// excepted, or keeps one denial of the two, and stays material.
func TestDoubleDenial(t *testing.T) {
	runRestated(t, []restatedCase{
		{"solely, as nothing other than", "Support", "Customer data is used solely for support.", "Customer data is not used for anything other than support.", false},
		{"only, as no purpose other than", "Support", "We use this data only to provide support.", "We do not use this data for any purpose other than to provide support.", false},
		{"where required, as except where not", "Transfers", "We rely on Standard Contractual Clauses where required.", "We rely on Standard Contractual Clauses except where they are not required.", false},
		{"where applicable, as except where it does not apply", "Requests", "We will assist with such requests where the law allows it.", "We will assist with such requests except where the law does not allow it.", false},
		{"where permitted, in brackets", "Marketing", "We send you marketing messages (where permitted).", "We send you marketing messages (except where not permitted).", false},
		{"only what we specify, as nothing we have not specified", "Use", "Our processors must use it only for the purposes we specify.", "Our processors must not use it for any purpose we have not specified.", false},
		// Twins.
		{"twin: something else excepted", "Support", "Customer data is used solely for support.", "Customer data is not used for anything other than support and marketing.", true},
		{"twin: where required, now where not required", "Transfers", "We rely on Standard Contractual Clauses where required.", "We rely on Standard Contractual Clauses where they are not required.", true},
		{"twin: except where required", "Transfers", "We rely on Standard Contractual Clauses where required.", "We rely on Standard Contractual Clauses except where required.", true},
		{"twin: any purpose we have specified", "Use", "Our processors must use it only for the purposes we specify.", "Our processors must not use it for any purpose we have specified.", true},
		{"twin: a purpose we have not specified", "Use", "Our processors must use it only for the purposes we specify.", "Our processors may use it for a purpose we have not specified.", true},
	})
}
