package material

import "testing"

// TestAddressBlockNumber: a postal address laid out one part to a line
// (party, street, town and postcode, country) whose only change is the
// house number of its street line reaches the same party at the same
// street of the same town. Twins: the town and postcode changed as well,
// the party named on it changed, a number changed in a block that is no
// address (no postcode): all stay material.
func TestAddressBlockNumber(t *testing.T) {
	const h = "Who can I contact about npm and my privacy?"
	const block = "GitHub Data Protection Officer\nAttention: npm Data Protection\n8 Colin P. Kelly Jr. St.\nSan Francisco, CA 94107\nUnited States"
	runRestated(t, []restatedCase{
		{"house number corrected", h, block,
			"GitHub Data Protection Officer\nAttention: npm Data Protection\n88 Colin P. Kelly Jr. St.\nSan Francisco, CA 94107\nUnited States", false},
		{"house number, UK postcode", "Contact us",
			"Example Ltd\n10 Queen Street\nLondon EC4N 1SR\nUnited Kingdom",
			"Example Ltd\n12 Queen Street\nLondon EC4N 1SR\nUnited Kingdom", false},
		{"twin: the town and postcode changed too", h, block,
			"GitHub Data Protection Officer\nAttention: npm Data Protection\n88 Colin P. Kelly Jr. St.\nAustin, TX 78701\nUnited States", true},
		{"twin: another party at the new number", h, block,
			"Acme Analytics LLC\nAttention: npm Data Protection\n88 Colin P. Kelly Jr. St.\nSan Francisco, CA 94107\nUnited States", true},
		{"twin: a number in a block that is no address", "Retention",
			"Server logs are kept:\n30 Days in our data centres\nand then deleted.",
			"Server logs are kept:\n90 Days in our data centres\nand then deleted.", true},
	})
}
