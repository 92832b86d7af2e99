package material

import (
	"strings"
	"testing"
)

// TestNegationShared: two auxiliaries joined by "and" or "or" may share
// the verb after the second and its "not" ("we do and will not charge
// you"), or the first may deny nothing: two blind labellers of the same
// real change read it each way, so "we do not and will not" goes to a
// reviewer, to confirm, and says why. Twins: the "not" taken away from the
// first auxiliary, a "not" added where the second carried none, the
// second's "not" made "never" or a new exception or sentence beside it:
// all stay material.
func TestNegationShared(t *testing.T) {
	const h = "Right to Non-Discrimination"
	runRestated(t, []restatedCase{
		{"do and will not", h,
			"We do and will not charge you a different amount because you have exercised your data privacy rights.",
			"We do not and will not charge you a different amount because you have exercised your data privacy rights.", true},
		{"have and will not", "Sale of personal information",
			"We have and will not sell your personal information.",
			"We have not and will not sell your personal information.", true},
		{"do or will not", "Sale of personal information",
			"We do or will not share your contacts with advertisers.",
			"We do not or will not share your contacts with advertisers.", true},
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

// TestNegationSharedToConfirm: the reading is left to a reviewer, and the
// reason says what to decide.
func TestNegationSharedToConfirm(t *testing.T) {
	rep, _, _ := judgeEdit(Builtin(), "Right to Non-Discrimination",
		"We do and will not charge you a different amount because you have exercised your data privacy rights.",
		"We do not and will not charge you a different amount because you have exercised your data privacy rights.")
	if len(rep.Verdicts) != 1 {
		t.Fatalf("got %d verdicts, want 1", len(rep.Verdicts))
	}
	v := rep.Verdicts[0]
	if !v.Material || v.Certain || v.Rule != "fallback" || v.Category != "rights" || !strings.Contains(v.Reason, "'do and will' → 'do not and will'") {
		t.Errorf("got %+v, want a rights change to confirm quoting 'do and will' → 'do not and will'", v)
	}
}
