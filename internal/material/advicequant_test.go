package material

import (
	"strings"
	"testing"
)

// TestAdviceQuantifierCondition holds b31-03 in other words: advice to the
// reader ("We encourage all users to read the privacy policies of each
// and every website visited when following links") reworded with another
// quantifier or condition ("every website you visit by following a
// link"). Which sites, and when, the reader is advised to read commits the
// company to nothing, as how often the reader is advised already does not.
// The company's own words joined to the advice, a quantifier of what the
// company does, or a recipient named, still count.
func TestAdviceQuantifierCondition(t *testing.T) {
	rb := Builtin()
	const links = "From time to time, our Services may contain links to other websites. We do not exercise any control over these websites. "
	const old = links + "We encourage all users to read the privacy policies of each and every website visited when following links from our Services."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b31-03", "Links to Third-Party Websites", old,
			links + "We encourage you to read the privacy policy of every website you visit by following a link from our Services.", false},
		{"advice made conditional", "Links",
			"We encourage you to read the privacy policies of websites you visit.",
			"We encourage you to read the privacy policies of websites you visit if they collect your data.", false},
		{"advice to some", "Security",
			"We recommend that all users turn on two-factor authentication.",
			"We recommend that users turn on two-factor authentication when they first sign in.", false},
		// Twins: still material.
		{"twin: a recipient joined to the advice", "Links to Third-Party Websites", old,
			links + "We encourage you to read the privacy policy of every website you visit by following a link from our Services, and we share your data with them.", true},
		{"twin: what the company does, all to some", "Links to Third-Party Websites",
			"We review all websites we link to before adding them.",
			"We review some websites we link to before adding them.", true},
		{"twin: the company's duty made conditional", "Security",
			"We turn on two-factor authentication for all users.",
			"We turn on two-factor authentication for users when they ask.", true},
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
