package material

import "testing"

// TestAliasGiven: a formal name given with the familiar one in a bracket
// ("also known as") names the same thing (b69-19). Variants on other seed
// sentences; twins that narrow the thing beside the bracket, or name an
// unrelated thing, stay material.
func TestAliasGiven(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-19", "Your rights",
			"  • the right to be forgotten;",
			"  • the right to erasure (also known as the right to be forgotten);", false},
		{"variant: an alias added after the name", "11. YOUR RIGHTS",
			"Individuals located in the UK may have rights including the right to data portability.",
			"Individuals located in the UK may have rights including the right to data portability (also called the right to move your data).", false},
		{"variant: clauses by their formal name", "Transfer Mechanisms",
			"Where data leaves the UK we rely on model clauses with our processors.",
			"Where data leaves the UK we rely on standard contractual clauses (also known as model clauses) with our processors.", false},
		{"twin: the right narrowed beside the bracket", "Your rights",
			"  • the right to be forgotten;",
			"  • the right to erasure of some account data (also known as the right to be forgotten);", true},
		{"twin: another right glossed", "Your rights",
			"You have the right to be forgotten.",
			"You have the right to object to marketing (also known as the right to be forgotten).", true},
	})
}
