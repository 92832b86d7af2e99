package material

import (
	"strings"
	"testing"
)

// TestInvitationKept holds b47-10's family: a paragraph that only invites
// the reader to write, removed or added where the policy still gives the
// same mailbox. A mailbox that is gone, or a promise of what we do with
// the questions, still counts.
func TestInvitationKept(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"an invitation reworded, the spelt-out mailbox kept (b47-10)", "We Respect Your Privacy",
			"**Contacting the Web Site.** If you have any questions about this privacy statement, the practices of this site, or your dealings with this Web site, you can contact us wineverygame (at) gmail (dot) com",
			"**Play! Win! Have Fun (Safely and Privately)!**\nwineverygame (at) gmail (dot) com - We love to hear from you!", false},
		{"'Please email us at' dropped, the mailbox given in a greeting", "Questions",
			"**Questions.** If you have questions about this policy, please email us at hello@tinyshop.example.",
			"**Say hello!**\nhello@tinyshop.example - we read every message.", false},
		// Material twins.
		{"the mailbox is gone", "We Respect Your Privacy",
			"**Contacting the Web Site.** If you have any questions about this privacy statement, you can contact us wineverygame (at) gmail (dot) com",
			"**Play! Win! Have Fun (Safely and Privately)!**\nWe love to hear from you!", true},
		{"a reply promised beside the invitation", "Questions",
			"**Questions.** If you have questions about this policy, please email us at hello@tinyshop.example. We will reply within 30 days.",
			"**Say hello!**\nhello@tinyshop.example - we read every message.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
