package material

import "testing"

// TestDataItemsAdded holds what batch 13 showed (b13-05): kinds of data
// put into a list of kinds of data ("your name, … mailing address, city,
// country, postal code, billing address") are data collected, though
// "country" is a word of transfers; it was read as a transfer. Its twins
// add an act to the list, or items to a list of measures: their
// categories stay. (Written before dataItemsAdded.)
func TestDataItemsAdded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"invented: parts of an address among kinds of data", "Information you give us",
			"When you sign up we ask for your name, email address, phone number and billing address.",
			"When you sign up we ask for your name, email address, phone number, country, region and billing address.",
			"data"},
		{"invented: a country among parts of an address", "Account information",
			"Your profile holds your name, date of birth, postal address, email address and phone number.",
			"Your profile holds your name, date of birth, postal address, country, email address and phone number.",
			"data"},
		// The item put last, after the "and" of a list of data (found
		// by probing: "… and mobile advertising ID" read as a purpose).
		{"invented: an identifier put last", "Categories",
			"Identifiers, such as name, email address and IP address.",
			"Identifiers, such as name, email address, IP address and mobile advertising ID.",
			"data"},
		{"twin: a purpose put last", "How we use your data",
			"We use your personal data for billing and customer support.",
			"We use your personal data for billing, customer support and advertising.",
			"purposes"},
		{"twin: an act added, not an item", "Information you give us",
			"We collect your name, email address and phone number.",
			"We collect your name, email address and phone number and transfer them to our office in India.",
			"transfers"},
		{"twin: a measure among measures", "Security",
			"We protect your account with encryption, firewalls and access controls.",
			"We protect your account with encryption, firewalls, access controls and multi-factor authentication.",
			"security"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
