package material

import "testing"

// TestCompoundNouns: a noun traded for a noun of two words WordNet files
// under its sense is the same data ("first name and surname" → "first and
// last name", "postcode" → "postal code": Microsoft's privacy statement
// turned from British to American English, ota-051, which went to a
// reviewer). Twins: another two words ("postal address" for "postcode")
// and a datum added beside the same compound stay material.
func TestCompoundNouns(t *testing.T) {
	const h = "Personal data we collect"
	const names = "Name and contact data. Your first name and surname, email address, postal address, phone number, and other similar contact data."
	runRestated(t, []restatedCase{
		{"surname → last name", h, names, "Name and contact data. Your first and last name, email address, postal address, phone number, and other similar contact data.", false},
		{"postcode → postal code", h, "Location data at city or postcode level.", "Location data at city or postal code level.", false},
		{"twin: postcode → postal address", h, "Location data at city or postcode level.", "Location data at city or postal address level.", true},
		{"twin: a datum added beside the compound", h, names, "Name and contact data. Your first and last name, date of birth, email address, postal address, phone number, and other similar contact data.", true},
	})
}
