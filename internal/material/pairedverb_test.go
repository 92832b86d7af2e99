package material

import (
	"strings"
	"testing"
)

// TestPairedVerb holds what batch 18 showed (b18-38): a verb taken from a
// pair of verbs ("collect or store" → "collect") is the act dropped, and
// its category is the verb's: storing is retention, though "collect" names
// data. Its twins drop a noun from a pair, which is no act, or a verb whose
// category is the one already named. (Written before pairedVerbCategory.)
func TestPairedVerb(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"b18-38", "Information We Access",
			"omnie does not independently collect or store this information outside of client systems.",
			"omnie does not independently collect this information outside of client systems.",
			"retention"},
		{"invented: retain added to a pair", "Voice recordings",
			"We process your voice recordings only on your device.",
			"We process and retain your voice recordings only on your device.",
			"retention"},
		{"invented: share dropped", "Location",
			"We never collect or share your precise location without asking you.",
			"We never collect your precise location without asking you.",
			"recipients"},
		{"twin: a noun dropped from a pair is data", "Information we collect",
			"We collect your name or email address when you sign up.",
			"We collect your name when you sign up.",
			"data"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.cat] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want %s: %s", tc.name, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}
