package material

import "testing"

// TestLawAsGrantor: a right the reader has under a law is the right that
// law gives them: "Under most privacy laws you have the right to object
// at any time" → "Most privacy laws give you the right to object, at any
// time," (b45-29). Another law, fewer laws, or the right's force changed
// is another commitment.
func TestLawAsGrantor(t *testing.T) {
	const h = "Your Rights"
	const old = "Under the GDPR you have the right to request a copy of your data."
	checkMaterial(t, []materialCase{
		{h, old, "The GDPR gives you the right to request a copy of your data.", false},
		{h, "Applicable laws grant you the right to correct inaccurate data.",
			"Under applicable laws you have the right to correct inaccurate data.", false},
		{"Profiling", "Under most privacy laws you have the right to object at any time to the use of automated decision making or profiling.",
			"Most privacy laws give you the right to object, at any time, to the use of automated decision making or profiling.", false},
		// Another law, fewer laws, or a weaker right.
		{h, old, "The CCPA gives you the right to request a copy of your data.", true},
		{"Profiling", "Under most privacy laws you have the right to object at any time to the use of automated decision making or profiling.",
			"Some privacy laws give you the right to object, at any time, to the use of automated decision making or profiling.", true},
		{h, old, "The GDPR does not give you the right to request a copy of your data.", true},
	})
}
