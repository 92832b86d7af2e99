package material

import "testing"

// TestModalPredicate: an act named by its noun with a predicate of force
// after it, "the withdrawal of consent is possible" (can), "a
// verification of your identity by us is necessary" (must), "… is
// permitted" (may), is the act's verb with that modal (b78-24, b78-19).
// Twins trade a duty for a permission, name another doer, deny the duty,
// change the period, add an "only", lift a denial, or hedge: they stay
// material. (Written before the rules were changed.)
func TestModalPredicate(t *testing.T) {
	runRestated(t, []restatedCase{
		{"is possible: can", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner.",
			"The withdrawal of consent is possible at any time by means of our cookie consent banner.", false},
		{"is permitted: may", "Withdrawing Consent",
			"You may withdraw consent at any time.",
			"The withdrawal of consent is permitted at any time.", false},
		{"is not possible: cannot", "Withdrawing Consent",
			"You cannot withdraw consent once it is given.",
			"The withdrawal of consent is not possible once it is given.", false},
		{"is necessary by us: we must", "Your rights",
			"We must verify your identity before we act on your request.",
			"A verification of your identity by us is necessary before we act on your request.", false},
		{"b78-24, with a relative clause that only says it happened", "Withdrawing Consent",
			"You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting us. When you withdraw analytics consent, all analytics cookies are automatically removed. Withdrawal does not affect lawfulness of processing before withdrawal.",
			"The withdrawal of consent is possible at any time by means of our cookie consent banner, of the preference center in your dashboard or by contacting us. In the case of the withdrawal of the analytics consent, the removal of all analytics cookies takes place automatically. The withdrawal does not affect the lawfulness of the processing which took place before the withdrawal.", false},
		{"b78-20: a comparative's predicate is not the act's", "How long will we keep your personal information for?",
			"We will never retain your personal information for longer than is necessary.",
			"A retention of your personal information for longer than is necessary will never take place.", false},
		{"twin: a duty made a permission", "Your rights",
			"We must verify your identity before we act on your request.",
			"A verification of your identity is possible before we act on your request.", true},
		{"twin: another doer", "Your rights",
			"We must verify your identity before we act on your request.",
			"A verification of your identity by them is necessary before we act on your request.", true},
		{"twin: the duty denied", "Your rights",
			"We must verify your identity before we act on your request.",
			"A verification of your identity by us is not necessary before we act on your request.", true},
		{"twin: hedged", "Withdrawing Consent",
			"You can withdraw consent at any time.",
			"The withdrawal of consent is generally possible at any time.", true},
		{"twin: a period", "Withdrawing Consent",
			"You can withdraw consent at any time.",
			"The withdrawal of consent is possible within 30 days.", true},
		{"twin: only one way", "Withdrawing Consent",
			"You can withdraw consent at any time.",
			"The withdrawal of consent is only possible by contacting us.", true},
		{"twin: a denial lifted", "Withdrawing Consent",
			"You cannot withdraw consent once it is given.",
			"The withdrawal of consent is possible once it is given.", true},
		{"twin: a permission denied", "Withdrawing Consent",
			"You can withdraw consent at any time.",
			"The withdrawal of consent is not possible at any time.", true},
		{"twin: which took place after", "Withdrawing Consent",
			"Withdrawal does not affect lawfulness of processing before withdrawal.",
			"The withdrawal does not affect the lawfulness of the processing which took place after the withdrawal.", true},
	})
}
