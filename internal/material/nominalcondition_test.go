package material

import "testing"

// TestConditionSaidAsActNoun: a condition said as the noun of its act
// ("upon closure of your account", "upon disclosure of your data") is the
// clause with its verb ("when your account is closed"), "-ure" nouns
// included. Twins change the event, add a modal, turn the condition into a
// time before, or change what is done: they stay material. (Written before
// the rules were changed.)
func TestConditionSaidAsActNoun(t *testing.T) {
	runRestated(t, []restatedCase{
		{"upon closure, passive", "Retention",
			"Upon closure of your account, we delete your data.",
			"When your account is closed, we delete your data.", false},
		{"upon closure, active", "Retention",
			"Upon closure of your account, we delete your data.",
			"When you close your account, we delete your data.", false},
		{"twin: another event", "Retention",
			"Upon closure of your account, we delete your data.",
			"When you ask us, we delete your data.", true},
		{"twin: a modal added", "Retention",
			"Upon closure of your account, we delete your data.",
			"If you close your account, we may delete your data.", true},
		{"twin: before the event", "Retention",
			"Upon closure of your account, we delete your data.",
			"Before your account is closed, we delete your data.", true},
		{"twin: another act", "Retention",
			"Upon closure of your account, we delete your data.",
			"When your account is closed, we anonymise your data.", true},
	})
}
