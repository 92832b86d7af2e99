package material

import "testing"

// TestSectionTitleInCrossReference: a cross-reference points to a part of
// the policy by its number; the title it gives in brackets ("Section 5
// (Your Rights)") is a label, and a label reworded commits to nothing.
// What the section says is compared where it stands. Twins put a number or
// what we do in the bracket, or change the sentence around the pointer:
// they stay material. (Written before the rules were changed.)
func TestSectionTitleInCrossReference(t *testing.T) {
	runRestated(t, []restatedCase{
		{"title reworded", "Your rights",
			"See Section 5 (Your Rights) for how to exercise these rights.",
			"See Section 5 (Your Privacy Rights) for how to exercise these rights.", false},
		{"title reworded, with We in it", "Retention",
			"We keep your data as set out in Section 5 (Retention Periods).",
			"We keep your data as set out in Section 5 (How Long We Keep Data).", false},
		{"twin: a period in the bracket", "Retention",
			"We keep your data as set out in Section 5 (kept for 30 days).",
			"We keep your data as set out in Section 5 (kept for 90 days).", true},
		{"twin: what we do in the bracket", "Sharing",
			"We share your data as set out in Clause 5 (Service Providers).",
			"We share your data as set out in Clause 5 (we also sell it to advertisers).", true},
		{"twin: a recipient added beside the pointer", "Sharing",
			"We share your data as set out in Section 5 (Service Providers).",
			"We share your data with advertisers as set out in Section 5 (Service Providers).", true},
	})
}
