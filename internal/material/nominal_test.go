package material

import (
	"strings"
	"testing"
)

// TestActSaidAsItsNoun holds b10-41 ("We will anonymise your survey
// answers" → "Anonymisation of your survey answers will take place") in
// other words: an act said as its noun and a verb of several words that
// WordNet lists as one ("take place", "is carried out") commits to the
// same act. The same construction with another act, or another time,
// still counts.
func TestActSaidAsItsNoun(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b10-41", "Research studies",
			"We will anonymise your survey answers once the study ends.",
			"Anonymisation of your survey answers will take place once the study has ended.", false},
		{"pseudonymised, taking place", "Research",
			"We pseudonymise your test results before our researchers study them.",
			"Pseudonymisation of your test results takes place before our researchers study them.", false},
		{"a review, carried out", "Security",
			"We review the access rights of our staff every year.",
			"A review of the access rights of our staff is carried out every year.", false},
		{"a term said as its noun", "Retention",
			"We will delete your recordings once the case is closed.",
			"Deletion of your recordings will take place once the case is closed.", false},
		{"a term said as its noun, at another time", "Retention",
			"We will delete your recordings once the case is closed.",
			"Deletion of your recordings will take place a year after the case is closed.", true},
		{"a term said as its noun, of other data", "Retention",
			"We will delete your recordings once the case is closed.",
			"Deletion of your transcripts will take place once the case is closed.", true},
		{"another term said as a noun", "Retention",
			"We will delete your recordings once the case is closed.",
			"Publication of your recordings will take place once the case is closed.", true},
		{"the same construction, a later time", "Research studies",
			"We will anonymise your survey answers once the study ends.",
			"Anonymisation of your survey answers will take place two years after the study has ended.", true},
		{"the same construction, another act", "Research studies",
			"We will anonymise your survey answers once the study ends.",
			"Publication of your survey answers will take place once the study has ended.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
