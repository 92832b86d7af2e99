package material

import "testing"

// TestPeriodSaidByWhatItLasts: "for the period necessary to fulfil the
// purposes" is "for as long as necessary to fulfil them", a period said
// by what it lasts for (found by probing real wording: it read "Condition
// added"). The twins change what the period lasts for, or give it a
// length, and stay material. And an opposite beside a word that means
// what was removed reverses nothing ("permitted" → "allows … keep").
func TestPeriodSaidByWhatItLasts(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the period necessary", "Retention",
			"We will retain your information for the period necessary to fulfill the purposes outlined in this Privacy Policy.",
			"We will retain your information for as long as necessary to fulfill the purposes outlined in this Privacy Policy.", false},
		{"the time needed", "Retention",
			"We keep your information for the time needed to provide the service.",
			"We keep your information for as long as needed to provide the service.", false},
		{"twin: the need made a use", "Retention",
			"We will retain your information for the period necessary to fulfill the purposes outlined in this Privacy Policy.",
			"We will retain your information for as long as useful to fulfill the purposes outlined in this Privacy Policy.", true},
		{"twin: a length given", "Retention",
			"We will retain your information for the period necessary to fulfill the purposes outlined in this Privacy Policy.",
			"We will retain your information for five years.", true},
		{"twin: the purposes widened", "Retention",
			"We will retain your information for the period necessary to fulfill the purposes outlined in this Privacy Policy.",
			"We will retain your information for as long as necessary to fulfill our business purposes.", true},
	})
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Retention",
		"We will retain your information unless a longer retention period is required or permitted by law.",
		"We will retain your information unless the law requires or allows us to keep it longer.")
	for _, w := range why {
		if len(w) > 0 && rep.Material && containsFold(w, "reversed") {
			t.Errorf("\"permitted\" → \"allows … keep\" read as a reversal: %s", w)
		}
	}
}
