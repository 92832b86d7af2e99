package material

import (
	"strings"
	"testing"
)

// TestCountryEndsAddress holds b18-15 in other words: the country written
// after the postcode that ends a postal address ("…, Surrey KT16 0RS,
// UK") says where that address is, not where data goes; with the house
// number and the postcode of the same district put right, it is the same
// contact at the same place. A country named as where data is kept or
// sent, another district or another town, still counts.
func TestCountryEndsAddress(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-15", "CONTACT US",
			"European Data Protection Officer\nSamsung Electronics (UK) Limited\nSamsung House, 1000 Hillswood Drive, Chertsey, Surrey KT16 0PS",
			"European Data Protection Officer\nSamsung Electronics (UK) Limited\nSamsung House, 2000 Hillswood Drive, Chertsey, Surrey KT16 0RS, UK", false},
		{"a UK address, the country added", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA.",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA, United Kingdom.", false},
		{"a US address, the country added", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701, USA.", false},
		{"a US address, the country added with dots", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701, U.S.A.", false},
		{"a UK address, the country added with dots", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA.",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA, U.K.", false},
		{"a German address, the country added", "Controller",
			"The controller of your personal data is Acme GmbH, Hauptstraße 5, 10117 Berlin.",
			"The controller of your personal data is Acme GmbH, Hauptstraße 5, 10117 Berlin, Germany.", false},
		{"a UK postcode put right", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 1000 Hillswood Drive, Chertsey KT16 0PS.",
			"You can write to our Data Protection Officer at Acme Ltd, 2000 Hillswood Drive, Chertsey KT16 0RS.", false},
		// Twins: still material.
		{"twin: a country with dots where data is kept", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA.",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA. We store your data in the U.S.A.", true},
		{"twin: a country where data is kept", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA.",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA. We store your data in the United States.", true},
		{"twin: a country added to a transfer", "International transfers",
			"We transfer your personal data to our processors in Ireland.",
			"We transfer your personal data to our processors in Ireland and the UK.", true},
		{"twin: another UK district", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA, UK.",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Piccadilly, Manchester M1 1AE, UK.", true},
		{"twin: another country's address", "Controller",
			"The controller of your personal data is Acme GmbH, Hauptstraße 5, 10117 Berlin, Germany.",
			"The controller of your personal data is Acme GmbH, Bahnhofstrasse 5, 8001 Zürich, Switzerland.", true},
		{"twin: servers at an address in another country", "Where we store your data",
			"Our servers are located at 100 Main Street, Austin, TX 78701, USA.",
			"Our servers are located at Hauptstraße 5, 10117 Berlin, Germany.", true},
		{"twin: another addressee at the same door", "Contact us",
			"You can write to our Data Protection Officer at Acme Ltd, 10 Downing Street, London SW1A 2AA.",
			"You can write to our Data Protection Officer at Beta Holdings Ltd, 10 Downing Street, London SW1A 2AA, UK.", true},
		{"twin: a country after the postcode, then a destination", "International transfers",
			"Our processor is Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"Our processor is Acme, Inc., 100 Main Street, Austin, TX 78701, which may transfer your data to India.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
