package material

import "testing"

// TestPastWindow: "in the past year" is the look-back window "in the past
// twelve (12) months" says (b55-38, read "twelve (12) months removed").
// Twins: another window ("past two years", "past six months") stays a
// changed number.
func TestPastWindow(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-38", "THE DATA WE COLLECT ABOUT YOU",
			"We collect, and have collected in the past twelve (12) months, the following kinds of personal data about Users:",
			"We collect, and have collected in the past year, the following kinds of personal data about Users:", false},
		{"past 12 months → past year, sold", "Sale of personal information",
			"In the past 12 months, we have not sold personal information.",
			"In the past year, we have not sold personal information.", false},
		{"past year → past 12 months, disclosed", "Disclosures",
			"We have disclosed the categories below for a business purpose in the past year.",
			"We have disclosed the categories below for a business purpose in the past 12 months.", false},
		{"twin: past year → past two years", "Disclosures",
			"We have disclosed the categories below for a business purpose in the past year.",
			"We have disclosed the categories below for a business purpose in the past two years.", true},
		{"twin: past 12 months → past six months", "Sale of personal information",
			"In the past 12 months, we have not sold personal information.",
			"In the past six months, we have not sold personal information.", true},
	})
}
