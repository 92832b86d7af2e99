package material

import (
	"fmt"
	"testing"
)

// TestSuperseded: a line saying the document itself has given way to
// another is its scope, put in or taken out. PyPI's Terms of Use gained
// "Superceded by [PyPI Terms of Service](…): **TBD**" and read "Wording
// not about personal data" (psf-policies 011). Twins: the declaration
// spelled again, a version of the policy replaced, the policy replacing
// another, a token replaced: none says this text no longer governs.
func TestSuperseded(t *testing.T) {
	rb := Builtin()
	const terms = "# Terms of Use\n\n%sBy registering to upload materials to PyPI, I agree and affirmatively acknowledge the following.\n\n## Content\n\nYou keep the rights to what you upload.\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"psf-011", "", "Superceded by [PyPI Terms of Service](Terms-of-Service.md): **TBD**\n\n", true},
		{"declaration removed", "Superseded by the [PyPI Terms of Service](Terms-of-Service.md).\n\n", "", true},
		{"note replaced by", "", "**Note:** replaced by our new [Terms of Service](tos.md) from 1 March.\n\n", true},
		{"no longer in effect", "", "These terms are no longer in effect. See our Terms of Service.\n\n", true},
		{"no longer apply", "", "These Terms of Use no longer apply to new accounts.\n\n", true},
		{"spelled again", "Superceded by [PyPI Terms of Service](Terms-of-Service.md).\n\n", "Superseded by [PyPI Terms of Service](Terms-of-Service.md).\n\n", false},
		{"version replaced", "", "The previous version of these terms has been replaced by this one.\n\n", false},
	} {
		rep, _, why := judgeText(rb, fmt.Sprintf(terms, tc.old), fmt.Sprintf(terms, tc.new))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
	// The declaration is scope, not the legal basis "agree" names.
	rep, cats, why := judgeText(rb, fmt.Sprintf(terms, ""), fmt.Sprintf(terms, "Superceded by [PyPI Terms of Service](Terms-of-Service.md): **TBD**\n\n"))
	if !rep.Material || !cats["scope"] || len(cats) != 1 {
		t.Errorf("psf-011: categories %v, want scope: %v", cats, why)
	}
	// What is no declaration of the document's: a thing replaced, the
	// document replacing another, a version of it replaced.
	for _, s := range []string{
		"Your session token is replaced by a new one every hour.",
		"This Privacy Policy replaces our earlier privacy policy.",
		"The previous version of this policy has been replaced by this one.",
		"Payment cards replaced by a new card keep the same billing details.",
	} {
		if d := supersededAt(s); d != "" {
			t.Errorf("%q: read as a declaration: %q", s, d)
		}
	}
}
