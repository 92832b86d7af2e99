package material

import "testing"

// TestPolicyRevised: the verbs of revising a policy ("update", "modify",
// "amend", "change"), or a doublet of them, are one power (b55-07, "update
// or modify this Privacy Policy" → "change this Privacy Policy", read "an
// item removed from a list"), and when a change "shall be effective
// immediately upon" announcement is when it "takes effect as soon as" it
// is announced. Twins: the power denied, two acts on the
// reader's data made one, and the notice period changed in the same
// rewrite, the effect deferred: material.
func TestPolicyRevised(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-07", "Changes to This Privacy Policy",
			"We may update or modify this Privacy Policy from time to time in the future. Any such updates or modifications shall be effective immediately upon their announcement. Please refer often to this document [online](https://www.wolfram.com/legal/privacy/wolfram/) for the latest information.",
			"We may change this Privacy Policy from time to time. Any change takes effect as soon as we announce it. Please check this document [online](https://www.wolfram.com/legal/privacy/wolfram/) often for the latest information.", false},
		{"amend and/or revise → update", "Changes",
			"We reserve the right to amend and/or revise this privacy notice at any time.",
			"We reserve the right to update this privacy notice at any time.", false},
		{"changes → modifies", "Updates to these terms",
			"Acme occasionally changes this Privacy Statement to reflect new features.",
			"Acme occasionally modifies or updates this Privacy Statement to reflect new features.", false},
		{"shall become effective → takes effect", "Changes to this notice",
			"Changes to this Privacy Notice shall become effective upon posting on this page.",
			"Changes to this Privacy Notice take effect as soon as they are posted on this page.", false},
		{"twin: effect deferred 30 days", "Changes to this notice",
			"Changes to this Privacy Notice shall become effective upon posting on this page.",
			"Changes to this Privacy Notice take effect 30 days after they are posted on this page.", true},
		{"twin: the power denied", "Changes",
			"We may update this Privacy Policy from time to time.",
			"We will not change this Privacy Policy without your consent.", true},
		{"twin: two acts on the reader's data", "Your rights",
			"You can update or delete your personal data at any time in your account settings.",
			"You can update your personal data at any time in your account settings.", true},
		{"twin: notice period changed in the rewrite", "Changes",
			"We may update or modify this Privacy Policy. Any changes take effect 30 days after we announce them.",
			"We may change this Privacy Policy. Any change takes effect as soon as we announce it.", true},
	})
}
