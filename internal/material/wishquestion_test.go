package material

import (
	"strings"
	"testing"
)

// TestWishQuestion: "Want to exercise one of your rights …? Please
// contact us …" is the condition "If you would like to exercise one of
// your rights …, please contact us …" asked as a question (b75-20's
// shape): read as that condition, the two sides say the same, even where
// the question quotes a section's title, which no lead-in set aside may
// do. Each twin keeps the question and drops a condition the other side
// sets beside the wish, narrows the way to contact us, or adds a figure,
// and stays material.
func TestWishQuestion(t *testing.T) {
	rb := Builtin()
	const heading = "Contact us"
	const means = "please contact us by one of the following means:"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"want to", "If you would like to exercise one of your rights, " + means, "Want to exercise one of your rights? Please contact us by one of the following means:", false},
		{"a quoted title in it", "If you would like to exercise one of your rights set out in the “Your rights” section above, " + means,
			"Want to exercise one of your rights set out in the “Your rights” section above? Please contact us by one of the following means:", false},
		{"would you like to", "If you wish to exercise one of your rights, " + means, "Would you like to exercise one of your rights? We’re here to help: please contact us by one of the following means:", false},
		{"taken out", "Want to exercise one of your rights? Please contact us by one of the following means:", "If you would like to exercise one of your rights, " + means, false},
		// twins
		{"a condition beside the wish dropped", "If you are a customer and would like to exercise one of your rights set out in the “Your rights” section above, " + means,
			"Want to exercise one of your rights set out in the “Your rights” section above? Please contact us by one of the following means:", true},
		{"the way narrowed", "If you would like to exercise one of your rights set out in the “Your rights” section above, " + means,
			"Want to exercise one of your rights set out in the “Your rights” section above? Please contact us by post only:", true},
		{"a figure in the question", "If you would like to exercise one of your rights, " + means, "Want to exercise one of your rights within 30 days? Please contact us by one of the following means:", true},
		{"a right the condition did not name", "If you would like to exercise one of your rights, " + means, "Want to exercise one of your rights, or to object to profiling? Please contact us by one of the following means:", true},
	} {
		rep, _, why := judgeEdit(rb, heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestWishQuestionPurpose: a question of what the reader wants to do put
// before an instruction ("Want to see the safeguards …? Contact us to
// request a copy", b75-24's shape) asks the purpose of the step it gives,
// as "To see the safeguards …, contact us" does: no condition on anything
// the company does, and the same offer as "You can request a copy … by
// contacting us". Twins: the instruction given a period, limited to one
// way, or the wish put before the company's own act, stay material.
func TestWishQuestionPurpose(t *testing.T) {
	const h = "Your Rights"
	const old = "You can request a copy of the safeguards we use for international transfers by contacting us. See Your Data Rights for more information."
	const account = "You can delete your account at any time by contacting us."
	runRestated(t, []restatedCase{
		{"want to, then an instruction", h, old, "Want to see the safeguards we use for international transfers? Contact us to request a copy. See Your Data Rights for more information.", false},
		{"just, then an instruction", "Your account", account, "Want to delete your account? Just contact us at any time.", false},
		{"twin: a period given", h, old, "Want to see the safeguards we use for international transfers? Contact us to request a copy within 30 days. See Your Data Rights for more information.", true},
		{"twin: one way only", h, old, "Want to see the safeguards we use for international transfers? Contact us by post only to request a copy. See Your Data Rights for more information.", true},
		{"twin: the company's act", "Your account", account, "Want to delete your account? We may delete it when you contact us.", true},
		{"twin: a status asked", "Your account", account, "Are you a business customer? Contact us at any time to delete your account.", true},
	})
}
