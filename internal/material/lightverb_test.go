package material

import "testing"

// TestActSaidAsNoun: a verb that only says an act happens ("make",
// "carry out", "conduct") and the act's noun are the act's verb: "make a
// decision on" is "decide on", "carry out the deletion of" is "delete".
// Twins change the period, weaken the force, name another act, take a
// part of the data or drop how often: they stay material. (Written before
// the rules were changed.)
func TestActSaidAsNoun(t *testing.T) {
	runRestated(t, []restatedCase{
		{"make a decision", "Your rights",
			"We will make a decision on your request within one month.",
			"We will decide on your request within one month.", false},
		{"carry out the deletion of", "Retention",
			"We carry out the deletion of your data after 30 days.",
			"We delete your data after 30 days.", false},
		{"conduct a review of", "Security",
			"We conduct a review of our security measures every year.",
			"We review our security measures every year.", false},
		{"twin: another period", "Your rights",
			"We will make a decision on your request within one month.",
			"We will decide on your request within two months.", true},
		{"twin: a modal", "Your rights",
			"We will make a decision on your request within one month.",
			"We may decide on your request within one month.", true},
		{"twin: another act", "Retention",
			"We carry out the deletion of your data after 30 days.",
			"We anonymise your data after 30 days.", true},
		{"twin: some of it", "Retention",
			"We carry out the deletion of your data after 30 days.",
			"We delete some of your data after 30 days.", true},
		{"twin: how often dropped", "Security",
			"We conduct a review of our security measures every year.",
			"We review our security measures.", true},
	})
}
