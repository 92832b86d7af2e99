package material

import (
	"strings"
	"testing"
)

// TestOwnProductListed holds a product of the author's added to, or
// dropped from, the products a policy lists as what it covers: Desmos's
// privacy policy added "Desmos Notebook" to its "Advanced Desmos Tools"
// (desmosinc/policies, 2026), read at first as only the author's own
// product named. The author's own product or team named in passing, or
// one product in the place of another, stays minor.
func TestOwnProductListed(t *testing.T) {
	rb := Builtin()
	page := func(item, contact string) string {
		return "# Desmos Privacy Policy\n\nDesmos Studio PBC (\"Desmos\") provides the Desmos Services.\n\n## Scope\n\n" +
			"This Privacy Policy covers:\n\n" +
			"- The web-based [Desmos Graphing Calculator](/calculator), [Desmos Geometry Tool](/geometry), " + item +
			"future standalone tools to come, and any apps associated with the foregoing (together, the **\"Advanced Desmos Tools\"**).\n\n" +
			"## Contact\n\n" + contact + "\n"
	}
	base := page("[3D Calculator](/3d), ", "Questions? Write to the Desmos Support Team at support@desmos.com.")
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"product added", base, page("[3D Calculator](/3d), [Desmos Notebook](/notebook), ", "Questions? Write to the Desmos Support Team at support@desmos.com."), true},
		{"product dropped", page("[Desmos Scientific Calculator](/scientific), [3D Calculator](/3d), ", "Questions? Write to the Desmos Support Team at support@desmos.com."), base, true},
		{"own team named in passing", base, page("[3D Calculator](/3d), ", "Questions about the Desmos Geometry Tool? Write to the Desmos Support Team at support@desmos.com."), false},
		{"product renamed in the list", page("[Desmos Geometry Editor](/geo2), ", "Write to the Desmos Support Team at support@desmos.com."), page("[Desmos Matrix Editor](/geo2), ", "Write to the Desmos Support Team at support@desmos.com."), false},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		switch {
		case rep.Material != tc.material:
			t.Errorf("%s: material %v, want %v: %v", tc.name, rep.Material, tc.material, why)
		case tc.material && (!cats["scope"] || !strings.Contains(strings.Join(why, ";"), "Product covered")):
			t.Errorf("%s: %v, want a product covered, scope: %v", tc.name, cats, why)
		}
	}
}

// TestPolicyDateWithoutPreposition holds the policy's own date changed,
// written with no preposition before it or as a draft's placeholder
// filled (desmosinc/policies: "This Privacy Policy was last modified
// April 25, 2017" → "… May 9, 2017", "[date of update]" → "on November 1,
// 2021"), read at first as the change-notice policy's numbers changed.
// A date that says which data a sentence covers stays material.
func TestPolicyDateWithoutPreposition(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ old, new string }{
		{"b. *Last Modified*. This Privacy Policy was last modified April 25, 2017.", "b. *Last Modified*. This Privacy Policy was last modified May 9, 2017."},
		{"b. _Last Modified_. This Privacy Policy was last modified [date of update].", "b. _Last Modified_. This Privacy Policy was last modified on November 1, 2021."},
		{"This notice was last revised 3 March 2023. We will email you 30 days before any change takes effect.", "This notice was last revised 8 May 2025. We will email you 30 days before any change takes effect."},
		{"This document was last modified on [date of update].", "This document was last modified on November 1, 2021."}, // Desmos's student data statement
	} {
		if rep, _, why := judgeEdit(rb, "Changes to this policy", tc.old, tc.new); rep.Material {
			t.Errorf("%q → %q: material, want minor: %v", tc.old, tc.new, why)
		}
	}
	rep, cats, why := judgeEdit(rb, "Changes to this policy", "This policy was last modified May 1, 2024. We will email you 30 days before any change takes effect.",
		"This policy was last modified May 9, 2025. We will email you 7 days before any change takes effect.")
	wantCategoryNot(t, "notice period shortened beside the date", rep, cats, why, "notice", "")
	rep, cats, why = judgeEdit(rb, "Retention", "Data collected before April 25, 2017 is deleted.", "Data collected before May 9, 2019 is deleted.")
	wantCategoryNot(t, "a date bounding the data deleted", rep, cats, why, "", "")
}
