package material

import (
	"strings"
	"testing"
)

// TestFrequencyAdverbsOneDegree: an adverb of frequency that fixes no
// period says one degree of it, however it is written ("on occasion",
// "sometimes", "every so often", "periodically", "from time to time"):
// one swapped for another weakens nothing. An adverb that says how often
// ("always", "daily", "regularly", "every 30 days") traded for one of
// them, or a frequency added where the sentence had none, or a negation
// lifted, is a change of what is committed to.
func TestFrequencyAdverbsOneDegree(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"International transfers", "Because our infrastructure operates on occasion using US-based servers, personal data may be transferred outside the EEA.",
			"As our infrastructure sometimes runs on servers based in the US, personal data may be transferred outside the EEA.", false},
		{"Security", "We test our backups once in a while to make sure they can be restored.", "We occasionally test our backups to make sure they can be restored.", false},
		// material twins
		{"Security", "We always test our backups to make sure they can be restored.", "We test our backups every so often to make sure they can be restored.", true},
		{"Security", "We regularly review who has access to personal data.", "We review who has access to personal data at times.", true},
		{"Security", "We review who has access to personal data every 30 days.", "We review who has access to personal data periodically.", true},
		{"Sharing", "We never share your contact details with advertisers.", "We share your contact details with advertisers on occasion.", true},
		{"Security", "We review who has access to personal data.", "We review who has access to personal data once in a while.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
