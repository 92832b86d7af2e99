package material

import "testing"

// TestLimitTimeOrCondition: "only when necessary" and "only if it is
// necessary" limit the same act to the same cases: a time and a condition
// are both occasions (b162-07, b164-01, b170-05, b173-24, b182-04). A
// purpose made an occasion ("only to perform support" → "only while
// performing support") is another limit (b38-43).
func TestLimitTimeOrCondition(t *testing.T) {
	const h = "11. ACCESS TO CUSTOMER DATA"
	const old = "OmniCRM staff may access customer accounts only when necessary for support."
	runRestated(t, []restatedCase{
		{"when → if", h, old, "OmniCRM staff may access customer accounts only if it is necessary for support.", false},
		{"when → where needed", h, old, "OmniCRM staff may access customer accounts only where needed for support.", false},
		{"if → when, AI enabled", "AI Features", "These features are activated only if explicitly enabled by the customer.", "These features are switched on only when the customer explicitly enables them.", false},
		{"purpose → time", "Role of omnie", "- omnie personnel access this data only to perform support services", "- omnie personnel access this data only while performing support services", true},
		{"when → unless", h, old, "OmniCRM staff may access customer accounts unless it is unnecessary for support.", true},
	})
}

// TestProviderNouns: processors are the law's name for service
// providers: "our processors" → "our service providers" (b144-26,
// b178-25). Partners, advertisers or
// controllers are other recipients; a processor in the singular is a
// role beside a controller.
func TestProviderNouns(t *testing.T) {
	const h = "Third-Party Processors"
	runRestated(t, []restatedCase{
		{"processors → service providers", h, "We share data with our processors under contract.", "We share data with our service providers under contract.", false},
		{"service providers → partners", h, "We share data with our service providers under contract.", "We share data with our partners under contract.", true},
		{"service providers → advertisers", h, "We share data with our service providers under contract.", "We share data with our advertisers under contract.", true},
		{"processors → controllers", h, "We share data with our processors under contract.", "We share data with independent controllers under contract.", true},
		{"processor → controller", "Role of omnie", "omnie acts as a processor on behalf of its clients.", "omnie acts as a controller on behalf of its clients.", true},
	})
}

// TestHandlingVerbsRestated: round sixteen's verbs of handling data said
// another way with the same act: "collected" is "obtained", "posting"
// the new policy is "publishing" it, "published on our website" is "made
// available" there, "at any time" is "whenever you choose", "contacting
// us" is "getting in touch with us" (b187-01, b187-10, b187-40, b185-17,
// b190-21). A verb of another act is
// another commitment.
func TestHandlingVerbsRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"collected → obtained", "Information Collected", "We use information collected through our website forms to answer you.", "We use information obtained through our website forms to answer you.", false},
		{"posting → publishing", "Changes", "We will notify you by posting the new policy on this page.", "We will notify you by publishing the new policy on this page.", false},
		{"published → made available", "Changes", "Updates will be published on our website.", "Updates will be made available on our website.", false},
		{"at any time → whenever you choose", "Consent", "You can withdraw your consent at any time.", "You can withdraw your consent whenever you choose.", false},
		{"contacting → getting in touch", "Rights", "You can exercise these rights by contacting us.", "You can exercise these rights by getting in touch with us.", false},

		{"collected → sold", "Information Collected", "We use information collected through our website forms to answer you.", "We use information sold through our website forms to answer you.", true},
		{"posted → emailed", "Changes", "We will notify you of changes by posting the new policy on this page.", "We will notify you of changes by email.", true},
		{"stored → shared", "Storage", "omnie does not independently store or control this data.", "omnie does not independently share or control this data.", true},
	})
}
