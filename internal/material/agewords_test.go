package material

import "testing"

// TestAgesInYears: an age with or without "years", "or over" for "or
// older", states one threshold (the number part of b18-40, "aged 18 years
// or older" → "aged 18 or over"). Near misses stay material: the age
// changed, "or older" made "or younger", months for years, and "under"
// for "or older".
func TestAgesInYears(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-40, its number", "17. AGE RESTRICTIONS",
			"The OmniCRM platform is intended for use by individuals aged 18 years or older.",
			"The OmniCRM platform is intended for use by individuals aged 18 or over.", false},
		{"years old dropped", "Children",
			"Our services are not directed to children under the age of 13 years old.",
			"Our services are not directed to children under the age of 13.", false},
		{"or above", "Eligibility",
			"You must be aged 16 or above to create an account.",
			"You must be aged 16 years or older to create an account.", false},
		// The unit after the number of a bound (b71-40).
		{"b71-40: under 13 years of age", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13.",
			"The Service is not intended for use by children under 13 years of age.", false},
		{"younger than 16 years old", "Children",
			"We do not knowingly collect data from anyone younger than 16.",
			"We do not knowingly collect data from anyone younger than 16 years old.", false},
		// Twins: still material.
		{"twin: the ages of a bound and its exception traded (b15-27)", "Age Restriction",
			"Our Service is not directed to children under 16 years of age (or 13 in jurisdictions where that is the applicable age under COPPA or similar laws).",
			"Our Service is not directed to children under 13 years of age (or 16 in jurisdictions where that is the applicable age under the GDPR or similar laws).", true},
		{"twin: under 16 years of age", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13.",
			"The Service is not intended for use by children under 16 years of age.", true},
		{"twin: over 13 years of age", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13.",
			"The Service is not intended for use by children over 13 years of age.", true},
		{"twin: under 13 months old", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13.",
			"The Service is not intended for use by children under 13 months old.", true},
		{"twin: age changed", "17. AGE RESTRICTIONS",
			"The platform is intended for use by individuals aged 18 years or older.",
			"The platform is intended for use by individuals aged 16 or over.", true},
		{"twin: or younger", "Eligibility",
			"You must be aged 16 years or older to create an account.",
			"You must be aged 16 or younger to create an account.", true},
		{"twin: months", "Children",
			"Our services are not directed to children under the age of 13 years old.",
			"Our services are not directed to children under the age of 13 months.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
