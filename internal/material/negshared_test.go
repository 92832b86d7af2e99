package material

import "testing"

// TestNegationShared: two auxiliaries joined by "and" or "or" share the
// verb after the second and its "not": "we do and will not charge you"
// denies both, so "we do not and will not charge you" only writes the
// "not" twice. Twins: the "not" taken away from the first auxiliary, a
// "not" added where the second carried none, the second's "not" made
// "never" or a new exception or sentence beside it: all stay material.
func TestNegationShared(t *testing.T) {
	const h = "Right to Non-Discrimination"
	runRestated(t, []restatedCase{
		{"do and will not", h,
			"We do and will not charge you a different amount because you have exercised your data privacy rights.",
			"We do not and will not charge you a different amount because you have exercised your data privacy rights.", false},
		{"have and will not", "Sale of personal information",
			"We have and will not sell your personal information.",
			"We have not and will not sell your personal information.", false},
		{"do or will not", "Sale of personal information",
			"We do or will not share your contacts with advertisers.",
			"We do not or will not share your contacts with advertisers.", false},
		{"twin: the first auxiliary's not taken away", h,
			"We do not and will not charge you a different amount because you have exercised your data privacy rights.",
			"We do and will not charge you a different amount because you have exercised your data privacy rights.", true},
		{"twin: the second carried no not", h,
			"We do and will charge you a different amount because you have exercised your data privacy rights.",
			"We do not and will charge you a different amount because you have exercised your data privacy rights.", true},
		{"twin: a not added to both", h,
			"We do and will charge you a different amount because you have exercised your data privacy rights.",
			"We do not and will not charge you a different amount because you have exercised your data privacy rights.", true},
		{"twin: an exception beside it", "Sale of personal information",
			"We do and will not sell your personal information.",
			"We do not and will not sell your personal information, except to our partners.", true},
		{"twin: a sentence beside it", "Sale of personal information",
			"We do and will not sell your personal information.",
			"We do not and will not sell your personal information. We will not share it.", true},
	})
}
