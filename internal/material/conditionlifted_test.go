package material

import (
	"strings"
	"testing"
)

// TestConditionLiftedIsAboutTheCommitment: a condition said by a phrase
// of the condition scale alone, dropped or added ("At your request, we
// send a copy … to your doctor" → "We send …", b14-32), is about the
// commitment it conditioned, not about the "request" it is written with:
// it was filed under rights. A condition that says more than its force
// words ("if you agree to this in your settings") keeps the category its
// words name.
func TestConditionLiftedIsAboutTheCommitment(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new, cat string
	}{
		{"Sharing your data", "At your request, we send a copy of your sleep history and heart-rate log to your doctor.",
			"We send a copy of your sleep history and heart-rate log to your doctor.", "recipients"},
		{"Sharing your data", "Upon your request, we share your sleep history with your insurer.",
			"We share your sleep history with your insurer.", "recipients"},
		{"Sharing your data", "If you agree to this in your settings, we share your sleep history with your insurer.",
			"We share your sleep history with your insurer.", "legal-basis"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.cat] {
			t.Errorf("%q → %q: material %v, categories %v, want %s: %s", tc.old, tc.new, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}
