package material

import (
	"strings"
	"testing"
)

// TestUpdateReasons holds b18-24 in other words: why the policy may be
// updated ("according to regulatory developments", "to reflect changes
// in our services") binds no one: the company may update it either way,
// and how and when a change takes effect is what the reader is told.
// Reasons that bring how or when the change is made ("at any time,
// without notice", "and we will notify you by email"), and a change of
// when changes take effect, still count.
func TestUpdateReasons(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-24", "Policy update",
			"This privacy policy may be updated according to regulatory developments. Any modification will enter into force from its date of publication.",
			"This privacy policy may be updated to reflect changes in regulations or services offered by Scaleway, as well as to improve the transparency of our practices. Any changes will take effect from the date of publication.", false},
		{"we may update it", "Changes to this policy",
			"We may update this Privacy Policy from time to time to reflect changes in the law. We will post the updated policy on this page.",
			"We may update this Privacy Policy from time to time in response to changing legal, technical or business developments. We will post the updated policy on this page.", false},
		// How often, said by another adverb of frequency, around the
		// same reason (the seeds' own sentence, "from time to time" →
		// "occasionally", issue 8's example).
		{"occasionally, the same reason", "Changes to This Policy",
			"We may update this Privacy Policy from time to time to reflect changes in our practices, technologies, or legal requirements.",
			"We may update this Privacy Policy occasionally to reflect changes in our practices, technologies, or legal requirements.", false},
		{"periodically, the same reason", "Changes to This Policy",
			"We may update this Privacy Policy from time to time to reflect changes in our practices, technologies, or legal requirements.",
			"We may update this Privacy Policy periodically to reflect changes in our practices, technologies, or legal requirements.", false},
		// The company names itself, and its reasons follow a colon
		// (b57-44): how often is still no commitment. Saying when a
		// change takes effect is.
		{"b57-44: the brand updates, periodically → from time to time", "19. CHANGES TO THIS PRIVACY POLICY",
			"OmniCRM may update this Privacy Policy periodically to reflect: Legal changes, platform updates, security improvements.",
			"OmniCRM may update this Privacy Policy from time to time to reflect legal changes, platform updates and security improvements.", false},
		{"b57-44's twin: at any time, without notice", "19. CHANGES TO THIS PRIVACY POLICY",
			"OmniCRM may update this Privacy Policy periodically to reflect: Legal changes, platform updates, security improvements.",
			"OmniCRM may update this Privacy Policy at any time without notice to reflect legal changes, platform updates and security improvements.", true},
		{"b57-44's twin: a reason that shares", "19. CHANGES TO THIS PRIVACY POLICY",
			"OmniCRM may update this Privacy Policy periodically to reflect: Legal changes, platform updates, security improvements.",
			"OmniCRM may update this Privacy Policy from time to time to reflect legal changes, platform updates, security improvements and data we share with partners.", true},
		// The same reasons laid out as a list after the sentence (b70-10):
		// neither side's reasons are set aside, and they read the same.
		{"b70-10: the reasons listed", "19. CHANGES TO THIS PRIVACY POLICY",
			"OmniCRM may update this Privacy Policy periodically to reflect: Legal changes, platform updates, security improvements.",
			"OmniCRM may update this Privacy Policy periodically. Reasons include: platform updates, security improvements and legal changes.", false},
		{"b70-10's twin: the list shares", "19. CHANGES TO THIS PRIVACY POLICY",
			"OmniCRM may update this Privacy Policy periodically to reflect: Legal changes, platform updates, security improvements.",
			"OmniCRM may update this Privacy Policy periodically. Reasons include: platform updates, security improvements, legal changes and new data we share with advertising partners.", true},
		{"b31-38 in other words: how often, said first", "Changes",
			"We may update this notice periodically.",
			"Occasionally, we may update this notice.", false},
		{"a reason added", "Changes to this policy",
			"This notice may be changed. Changes take effect when posted.",
			"This notice may be changed to reflect new features offered by Acme Cloud. Changes take effect when posted.", false},
		// Twins: still material.
		{"twin: occasionally, with notice dropped", "Changes to This Policy",
			"We may update this Privacy Policy from time to time to reflect changes in our practices and will email you before they take effect.",
			"We may update this Privacy Policy occasionally to reflect changes in our practices.", true},
		{"twin: at any time, without notice", "Changes to this policy",
			"This privacy policy may be updated according to regulatory developments.",
			"This privacy policy may be updated at any time, without notice.", true},
		{"twin: a reason with a notice in it", "Changes to this policy",
			"We may update this Privacy Policy to reflect changes in the law. We will email you about material changes.",
			"We may update this Privacy Policy to reflect changes in the law and post the new version without notifying you.", true},
		{"twin: when changes take effect", "Policy update",
			"This privacy policy may be updated according to regulatory developments. Any modification will enter into force 30 days after its publication.",
			"This privacy policy may be updated to reflect changes in our services. Any changes will take effect from the date of publication.", true},
		{"twin: sharing said in the reason", "Changes to this policy",
			"We may update this Privacy Policy to reflect changes in the law.",
			"We may update this Privacy Policy to reflect changes in the law. We may share your data with Acme Cloud.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
