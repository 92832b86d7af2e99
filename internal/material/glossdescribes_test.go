package material

import (
	"strings"
	"testing"
)

// TestGlossDescribes: a gloss that says what a thing already named is, in
// a clause or a placing phrase of its own ("(written policies that each
// agent acknowledges during onboarding)", b74-47; "(the “Unsubscribe”
// link at the bottom of each promotional email)", b74-38), binds nothing
// with its "each" or "during", and "written" said of policies is no form
// of consent. The twins put a consent, an "only", a quantifier on the
// thing itself, a party in a control's label or data the control records
// in the same bracket, and stay material.
func TestGlossDescribes(t *testing.T) {
	rb := Builtin()
	const policies = "- Internal policies for confidentiality and acceptable use"
	const optout = "  • Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications or by contacting us."
	in := func(b string) string {
		return strings.Replace(optout, "communications or", "communications ("+b+") or", 1)
	}
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		words                   string // in the reason
	}{
		{"b74-47 written policies", "Security Practices", policies,
			policies + " (written policies that each agent acknowledges during onboarding)", false, "naming nothing"},
		{"written consent", "Security Practices", policies,
			policies + " (written consent that each agent gives during onboarding)", true, ""},
		{"only some agents", "Security Practices", policies,
			policies + " (policies that only some agents acknowledge)", true, ""},
		{"each said of the thing", "Security Practices", policies,
			policies + " (each policy an agent acknowledges during onboarding)", true, ""},
		{"b74-38 a control's label", "Your Privacy Choices", optout,
			in("the “Unsubscribe” link at the bottom of each promotional email"), false, "naming nothing"},
		{"a party on the label", "Your Privacy Choices", optout,
			in("the “Manage with Google” link at the bottom of each promotional email"), true, ""},
		{"data the control records", "Your Privacy Choices", optout,
			in("the “Unsubscribe” link, which records your IP address and location"), true, ""},
		{"a limit beside the label", "Your Privacy Choices", optout,
			in("the “Unsubscribe” link, available only in some promotional emails"), true, ""},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
			continue
		}
		if tc.words != "" && !strings.Contains(reasons(rep), tc.words) {
			t.Errorf("%s: reason lacks %q: %s", tc.name, tc.words, reasons(rep))
		}
	}
}
