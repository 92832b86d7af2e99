package material

import "testing"

// TestPolicyForIt: "it" written out as the policy it stands for, where the
// text names the policy just before and nothing else between, is the same
// sentence (b69-20). Variants on other seed sentences; twins where "it"
// may stand for another thing named between, or the name comes only
// after, stay material.
func TestPolicyForIt(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-20", "Policy change",
			"This privacy policy was most recently updated in May 2018. If we make changes to it, then we will take appropriate steps to bring those changes to your attention.",
			"This privacy policy was most recently updated in May 2018. If we make changes to this privacy policy, then we will take appropriate steps to bring those changes to your attention.", false},
		{"variant: notice, update it", "12. CHANGES TO THIS POLICY",
			"OmniCRM may revise this Privacy Notice periodically and will post it on this page.",
			"OmniCRM may revise this Privacy Notice periodically and will post this Privacy Notice on this page.", false},
		{"variant: review it", "Changes to This Privacy Policy",
			"We may update this Privacy Policy from time to time. We encourage you to review it periodically for any changes.",
			"We may update this Privacy Policy from time to time. We encourage you to review this Privacy Policy periodically for any changes.", false},
		{"twin: another thing named between", "Policy change",
			"This privacy policy covers the mobile app. If we make changes to it, we will take appropriate steps to tell you.",
			"This privacy policy covers the mobile app. If we make changes to this privacy policy, we will take appropriate steps to tell you.", true},
	})
}
