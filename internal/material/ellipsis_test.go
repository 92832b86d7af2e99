package material

import "testing"

// TestRepeatedPreposition: a preposition said once for two objects joined
// by "and" or "or" governs both ("against unauthorised access and
// accidental loss" is "against unauthorised access and against accidental
// loss"). An object added, removed or changed, a negation not repeated, or
// a clause after the "and" is material. (Written for b16-37.)
func TestRepeatedPreposition(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-37", "1.4 Protecting your Information",
			"We are committed to protecting your personal data and to implementing appropriate technical and organisational security measures to protect it against any unauthorised or unlawful processing and against any accidental loss, destruction, or damage.",
			"We are committed to protecting your personal data and to putting in place appropriate technical and organisational security measures that protect it against any unauthorised or unlawful processing and any accidental loss, destruction or damage.", false},
		{"against … and against", "Security",
			"We protect your data against unauthorised access and against accidental loss.",
			"We protect your data against unauthorised access and accidental loss.", false},
		{"about … or about, added", "Your rights",
			"You can ask us about the data we hold or the way we use it.",
			"You can ask us about the data we hold or about the way we use it.", false},
		{"during … and during", "Retention",
			"We keep call recordings during your contract and during any dispute about it.",
			"We keep call recordings during your contract and any dispute about it.", false},
		{"an object removed", "Security",
			"We protect your data against unauthorised access and against accidental loss.",
			"We protect your data against unauthorised access.", true},
		{"an object changed", "Security",
			"We protect your data against unauthorised access and against accidental loss.",
			"We protect your data against unauthorised access and accidental disclosure.", true},
		{"an object added", "Retention",
			"We keep call recordings during your contract and during any dispute about it.",
			"We keep call recordings during your contract, any dispute about it and any audit.", true},
		{"a negation said once", "Sharing",
			"We never sell your data and never share it with advertisers.",
			"We never sell your data and share it with advertisers.", true},
		{"a clause after the and", "Retention",
			"We delete your recordings after 30 days and after you close your account.",
			"We delete your recordings after 30 days and you close your account.", true},
	})
}
