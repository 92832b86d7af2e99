package material

import (
	"strings"
	"testing"
)

// TestRevisedIsUpdated holds the family of the verb that says a text is
// changed, "update" or "revise": "We may update this policy from time to
// time" → "We may revise this policy" (b9-24), "the revised version" →
// "the updated version". Who may change what, how often and with what
// notice are still compared.
func TestRevisedIsUpdated(t *testing.T) {
	rb := Builtin()
	const b9old = "We may update this policy from time to time. If we make material changes, we will tell you by email at least 30 days before they take effect."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b9-24: may revise this policy", "Changes to this policy", b9old,
			"We may revise this policy from time to time. If we make material changes, we will tell you by email at least 30 days before they take effect.", false},
		{"the updated version", "Changes to this policy",
			"We will post the revised version of this notice on this page before it takes effect.",
			"We will post the updated version of this notice on this page before it takes effect.", false},
		{"you may revise your details", "Your rights",
			"You can update your profile details at any time in your account settings.",
			"You can revise your profile details at any time in your account settings.", false},
		// Material twins.
		{"no notice", "Changes to this policy", b9old,
			"We may revise this policy from time to time without notice.", true},
		{"at any time", "Changes to this policy", b9old,
			"We may revise this policy at any time. If we make material changes, we will tell you by email at least 30 days before they take effect.", true},
		{"fewer days", "Changes to this policy", b9old,
			"We may revise this policy from time to time. If we make material changes, we will tell you by email at least 7 days before they take effect.", true},
		{"posted, not emailed", "Changes to this policy", b9old,
			"We may revise this policy from time to time. If we make material changes, we will post them on this page at least 30 days before they take effect.", true},
		{"only some details", "Your rights",
			"You can update your profile details at any time in your account settings.",
			"You can revise some of your profile details once a year in your account settings.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestDatelineFirstAndLast holds a line that dates the policy twice, when
// it was first made and when it was last revised: added or removed whole,
// it commits to nothing, as "Last updated: …" alone does not. A date in a
// commitment beside it is still compared.
func TestDatelineFirstAndLast(t *testing.T) {
	rb := Builtin()
	const body = "We collect your name and email address to run your account."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"formulated, last revised", body, body + "\n\nFormulated on August 15, 2012 Last revised on March 30, 2022", false},
		{"established, last updated", body + "\n\nEstablished on 1 May 2018. Last updated on 2 June 2023", body, false},
		// Material twin: a period of keeping beside the dates.
		{"a period beside", body, body + "\n\nData is deleted after 30 days. Last revised on March 30, 2022", true},
	} {
		rep, _, why := judgeEdit(rb, "Your data", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
