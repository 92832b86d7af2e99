package material

import (
	"strings"
	"testing"
)

// TestAdviceLabelled: advice a help page labels "Tip:", a verb the reader
// is told to do after it (b75-40), is the "We encourage you to …" it
// replaces: it commits the company to nothing. Each twin keeps the label
// and adds what the company does, drops a commitment beside it, states a
// new use of data under it, or tells the reader of a new deadline, and
// stays material.
func TestAdviceLabelled(t *testing.T) {
	rb := Builtin()
	const heading = "Changes to This Privacy Policy"
	const posted = `We may update this Privacy Policy from time to time. We will notify you of any changes by posting the new Privacy Policy on this page and updating the "Last Updated" date. `
	const old = posted + "We encourage you to review this Privacy Policy periodically for any changes."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b75-40", posted + `Tip: glance at the "Last Updated" date at the top of this page now and then; if it has changed, so has the policy.`, false},
		{"tip, the same words", posted + "Tip: review this Privacy Policy periodically for any changes.", false},
		{"hint", posted + `Hint: check the "Last Updated" date now and then.`, false},
		// twins
		{"what we do told under the tip", posted + `Tip: glance at the "Last Updated" date now and then; we will also email you a summary of each change.`, true},
		{"a commitment dropped beside it", `We may update this Privacy Policy from time to time. Tip: glance at the "Last Updated" date at the top of this page now and then; if it has changed, so has the policy.`, true},
		{"a use of data stated as a tip", posted + "Tip: readers who open this page may also see our ads on other websites afterwards.", true},
		{"a fact as a tip, no verb", posted + "Tip: your visits to this page are recorded so we can show you what changed.", true},
		{"people who, under the tip", posted + "Tip: people who open this page see our ads on other websites afterwards.", true},
		{"a noun after the tip", posted + `Tip: changes take effect after the "Last Updated" date, whether or not you have read them.`, true},
		{"a deadline told as a tip", posted + `Tip: changes take effect 7 days after the "Last Updated" date.`, true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
