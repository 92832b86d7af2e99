package material

import "testing"

// TestMendedName: a company's name misspelt and mended by one letter, the
// rest of the name kept and every mention mended ("Thompson Reuters" →
// "Thomson Reuters", b19-07), is the same party. A name that changes a
// whole word, a place of a company, a short word, a company named beside
// the mended one, or the old spelling kept beside the new, is still a
// party to compare.
func TestMendedName(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Supplemental Privacy Statements", "For Candidates, see our Thompson Reuters Candidate Privacy Policy made available during our recruitment process.",
			"For Candidates, see our Thomson Reuters Candidate Privacy Policy made available during our recruitment process.", false},
		{"Service providers", "We share your payment details with Zentrova Paymnets, which processes card payments for us.",
			"We share your payment details with Zentrova Payments, which processes card payments for us.", false},
		{"Service providers", "We share your payment details with Quorbitt Analytics Ltd, which measures how the site is used.",
			"We share your payment details with Quorbit Analytics Ltd, which measures how the site is used.", false},
		{"Who we are", "Your data is controlled by Harrison Holdings Inc. and Harrison Holdings Inc. is responsible for it.",
			"Your data is controlled by Harrisson Holdings Inc. and Harrisson Holdings Inc. is responsible for it.", false},
		// material twins
		{"Supplemental Privacy Statements", "We share your data with Thompson Reuters.",
			"We share your data with Thomson Reuters and Bloomberg.", true},
		{"Service providers", "We share your data with Bloomberg Reuters.",
			"We share your data with Thomson Reuters.", true},
		{"Service providers", "We share your data with Thompson Reuters.",
			"We share your data with Thompson Reuters and Thomson Reuters.", true},
		{"Who we are", "The controller of your data is Meta Platforms Ireland Limited.",
			"The controller of your data is Meta Platforms Iceland Limited.", true},
		{"Who we are", "The controller of your data is Harrison Ltd.",
			"The controller of your data is Morrison Ltd.", true},
		{"Service providers", "We share your data with Morrison Partners.",
			"We share your data with Harrison Partners.", true},
		{"Service providers", "We share your data with Acme Data Corp.",
			"We share your data with Acne Data Corp.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
