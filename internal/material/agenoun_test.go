package material

import "testing"

// TestAgedNouns: a noun for persons of an age ("adults", "children",
// "minors") followed by the age that defines them names whom the age
// names: "individuals aged 18 years or older" → "adults aged 18 or over"
// (b27-30). The age is compared as written. Near misses stay material:
// another age, the age dropped, another bound ("or younger"), and
// a noun with no age beside it for one with an age.
func TestAgedNouns(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b27-30", "17. AGE RESTRICTIONS",
			"The OmniCRM platform is intended for use by individuals aged 18 years or older.",
			"The OmniCRM platform is intended for use by adults aged 18 or over.", false},
		{"children under the age of", "Children's privacy",
			"We do not knowingly collect personal data from individuals under the age of 13.",
			"We do not knowingly collect personal data from children under the age of 13.", false},
		{"minors under", "Children's privacy",
			"We do not knowingly collect personal data from people under 16.",
			"We do not knowingly collect personal data from minors under 16.", false},
		// Twins: still material.
		{"twin: another age", "17. AGE RESTRICTIONS",
			"The OmniCRM platform is intended for use by individuals aged 18 years or older.",
			"The OmniCRM platform is intended for use by adults aged 16 or over.", true},
		{"twin: the age dropped", "Children's privacy",
			"We do not knowingly collect personal data from individuals under the age of 16.",
			"We do not knowingly collect personal data from children.", true},
		{"twin: another age, under", "Children's privacy",
			"We do not knowingly collect personal data from individuals under 13.",
			"We do not knowingly collect personal data from children under 16.", true},
		{"twin: another bound", "17. AGE RESTRICTIONS",
			"The platform is intended for use by individuals aged 18 or older.",
			"The platform is intended for use by adults aged 18 or younger.", true},
		{"twin: a noun with no age", "17. AGE RESTRICTIONS",
			"The platform is intended for use by individuals aged 16 or older.",
			"The platform is intended for use by adults.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
