package material

import "testing"

// TestPlaceLine holds that a line the rules would read as a date or a
// link's title alone still tells the reader which places it speaks of: a
// country added to the region an effective date is given for, or to the
// residents a section of rights is for, widens what the text covers
// (b51-09, b51-15, b51-16). The same places written another way, or only
// the date changed, stay minor.
func TestPlaceLine(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
	}{
		{"country added to an effective date (b51-15)", "Information categories used",
			"Effective Date outside EEA & UK: March 13, 2024", "Effective Date outside EEA, UK, and Switzerland: March 13, 2024", true, "scope"},
		{"country added to an effective date (b51-16)", "Information categories used",
			"Effective Date in EEA & UK: April 30, 2024", "Effective Date in EEA, UK, and Switzerland: April 30, 2024", true, "scope"},
		{"country dropped from a last-updated line", "Privacy Policy",
			"Last updated for residents of Canada and the United States: 1 May 2024", "Last updated for residents of the United States: 1 May 2024", true, "scope"},
		{"region added to a rights section's link title (b51-09)", "CALIFORNIA RESIDENTS’ RIGHTS",
			"#### [Accordion Toggle UK & EU RESIDENTS' RIGHTS](#collapse13)", "#### [Accordion Toggle UK, EU, & Brazil RESIDENTS' RIGHTS](#collapse13)", true, "rights"},
		{"a country named another way", "Privacy Policy",
			"Effective for users in South Korea: 1 May 2024", "Effective for users in the Republic of Korea: 1 May 2024", false, ""},
		{"a country put for another", "Privacy Policy",
			"Effective for users in Canada: 1 May 2024", "Effective for users in Mexico: 1 May 2024", true, "scope"},
		{"one part of a continent put for another", "Privacy Policy",
			"Effective for users in North America: 1 May 2024", "Effective for users in South America: 1 May 2024", true, "scope"},
		{"a country put for its continent", "Privacy Policy",
			"Effective for users in South Africa: 1 May 2024", "Effective for users in Africa: 1 May 2024", true, "scope"},
		{"only the date changed", "Information categories used",
			"Effective Date in EEA & UK: April 30, 2024", "Effective Date in EEA & UK: May 30, 2024", false, ""},
		{"the same places written out", "Information categories used",
			"Effective Date in EEA & UK: April 30, 2024", "Effective Date in the European Economic Area and the United Kingdom: April 30, 2024", false, ""},
		{"the same places, dotted", "Privacy Policy",
			"Last updated (US): 1 May 2024", "Last updated (U.S.): 2 May 2024", false, ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material || tc.material && !cats[tc.category] {
			t.Errorf("%s: material=%v categories %v, want %v %s: %v", tc.name, rep.Material, cats, tc.material, tc.category, why)
		}
	}
}
