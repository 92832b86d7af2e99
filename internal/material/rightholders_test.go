package material

import "testing"

// TestRightHolders: places added to or dropped from the people a right is
// given to are that right's term (b53-34, b53-30), or the AI category's
// for a right against profiling (b53-35). Twins: places where data is
// kept or sent keep their category; a place list that names no holder
// of a right is not one.
func TestRightHolders(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b53-34", "Right to Opt-out of the Sale or Sharing of Personal Information",
			"Residents of certain jurisdictions (e.g., Colorado, Virginia) have the right to opt out of the “sale” or “sharing” of their personal data, as such terms are defined under State Privacy Laws.",
			"Residents of certain jurisdictions (e.g., California, Colorado, Connecticut, Utah, Texas, Oregon, Virginia) have the right to opt out of the “sale” or “sharing” of their personal data, as such terms are defined under State Privacy Laws.",
			"rights"},
		{"b53-35", "Right to Opt-out of Profiling",
			"Residents of some jurisdictions (e.g., California, Colorado, Virginia) - subject to certain exceptions - may have a right to opt out of forms of automated processing performed on Personal Information to evaluate, analyze or predict personal aspects related to your economic situation, health, personal preferences, interests, reliability, behavior, location or movements (“**Profiling**”).",
			"Residents of some jurisdictions (e.g., California, Colorado, Connecticut, Oregon, Texas, Virginia) - subject to certain exceptions - may have a right to opt out of forms of automated processing performed on Personal Information to evaluate, analyze or predict personal aspects related to your economic situation, health, personal preferences, interests, reliability, behavior, location or movements (“**Profiling**”).",
			"ai"},
		{"consumers, disclosure", "Your choices",
			"Consumers in Nevada and Utah have the right to ask us not to disclose their personal information to third parties.",
			"Consumers in Nevada, Utah, Iowa and Montana have the right to ask us not to disclose their personal information to third parties.",
			"rights"},
		{"dropped, targeted ads", "Targeted advertising",
			"If you live in Virginia, Colorado or Connecticut, you have the right to opt out of targeted advertising based on your browsing.",
			"If you live in Virginia, you have the right to opt out of targeted advertising based on your browsing.",
			"rights"},
		// Twins: places of the data, not of the holders.
		{"twin: servers", "Where we store data",
			"We store your personal data on servers in Oregon and Virginia; you have the right to ask where.",
			"We store your personal data on servers in Oregon, Virginia, Ireland and Germany; you have the right to ask where.",
			"!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestRightHoldersPointed: places added to the residents a section is
// pointed out to (b32-29) say whom the policy's parts are for: scope, not
// a right.
func TestRightHoldersPointed(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b32-29", "ironSource Website Privacy Policy",
		"2. If you are a resident of California, Virginia, Connecticut, or Colorado – please see “State Privacy Rights” section of this privacy policy for information related to privacy laws in these states.",
		"2. If you are a resident of California, Virginia, Connecticut, Colorado, Utah, Florida, Oregon, Texas – please see “State Privacy Rights” section of this privacy policy for information related to privacy laws in these states.",
		"!rights")
}
