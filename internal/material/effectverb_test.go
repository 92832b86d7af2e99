package material

import "testing"

// TestEffectVerbNarrowed: a verb saying what a change does to a right or
// a term: "affect" and "change" cover any change, "reduce" and "limit"
// only a loss. "Updates that don't affect your rights will be posted with
// a new date" → "… don't reduce your rights …" lets changes that alter
// or add to rights go out without the notice the others get (b49-38,
// read as the same commitments). A verb of the same reach ("affect" →
// "change", "reduce" → "diminish") or the verb written out ("don't" →
// "do not") stays minor.
func TestEffectVerbNarrowed(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b49-38", "10. Changes to This Policy",
		"- Minor changes: Updates that don't affect your rights will be posted with an updated \"Last Updated\" date",
		"- Minor changes: Updates that don't reduce your rights will be posted with an updated \"Last Updated\" date", "notice")
	wantOnlyCategory(t, rb, "changes that limit, not that change", "Changes to this policy",
		"We will email you 30 days before any change that modifies how we use your personal data takes effect.",
		"We will email you 30 days before any change that restricts how we use your personal data takes effect.", "notice")
	checkMaterial(t, []materialCase{
		{"Your choices", "Declining optional cookies will not impact your access to the service.",
			"Declining optional cookies will not diminish your access to the service.", true},
		{"Your choices", "Withdrawing consent does not limit your other rights.",
			"Withdrawing consent does not alter your other rights.", true},
		{"Changes to this notice", "If a change will affect how we use data we already hold, we will ask for your consent.",
			"If a change will adversely affect how we use data we already hold, we will ask for your consent.", true},
		// The same reach, said another way.
		{"10. Changes to This Policy", "- Minor changes: Updates that don't affect your rights will be posted with an updated \"Last Updated\" date",
			"- Minor changes: Updates that do not affect your rights will be posted with an updated \"Last Updated\" date", false},
		{"10. Changes to This Policy", "- Minor changes: Updates that don't affect your rights will be posted with an updated \"Last Updated\" date",
			"- Minor changes: Updates that don't change your rights will be posted with an updated \"Last Updated\" date", false},
		{"Your choices", "Withdrawing consent does not reduce your other rights.",
			"Withdrawing consent does not diminish your other rights.", false},
	})
}

// TestEffectVerbEnds: a verb that ends an effect against one that only
// lessens it, and one of a gain against one of a loss. "Blocking cookies
// disables personalised ads" → "… reduces personalised ads" leaves
// some; "These settings do not reduce your rights" → "… do not expand
// your rights" no longer says they are kept whole (leak red team, L35,
// L51). A verb of the same reach stays minor.
func TestEffectVerbEnds(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Cookies", "Blocking cookies disables personalised ads.", "Blocking cookies reduces personalised ads.", true},
		{"Your rights", "These settings do not reduce your rights under the law.", "These settings do not expand your rights under the law.", true},
		{"Your rights", "Turning off this setting does not diminish your rights.", "Turning off this setting does not increase your rights.", true},
		{"Security", "Two-factor authentication prevents most account takeovers.", "Two-factor authentication stops most account takeovers.", false},
		{"Cookies", "Blocking cookies disables personalised ads.", "Blocking cookies turns off personalised ads.", false},
		{"Your rights", "Turning off this setting does not diminish your rights.", "Turning off this setting does not reduce your rights.", false},
	})
}
