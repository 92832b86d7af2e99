package material

import "testing"

// TestKeptFor: a sentence added to a paragraph (or taken from it) that
// says how long something is kept — a word of keeping and a period after
// it, "for as long as", "for 30 days", "until" — states a retention period
// (Art. 13(2)(a)), though it names a kind of data more often than it says
// "retain", and though it says "only". The twins: the same data in an
// added sentence with no period is not retention; a period changed inside
// a kept sentence is still material under retention; a sentence about
// sharing "for as long as" is no keeping. A number of days after a word
// of keeping, changed, is a retention period too, not the data beside it.
func TestKeptFor(t *testing.T) {
	rb := Builtin()
	base := "When you donate, we collect your name and email address. We do not collect or retain any credit card information."
	for _, tc := range []struct{ name, old, new, want string }{
		{"added, only", base, base + " If we collect a physical address, we will only retain your physical address information for as long as is reasonably necessary to make the shipment that you requested.", "retention"},
		{"added, days", base, base + " We keep your postal address for 30 days after the shipment.", "retention"},
		{"removed", base + " Your physical address information is stored until the shipment is made.", base, "retention"},
		{"changed period", base + " We keep your postal address for 30 days.", base + " We keep your postal address for 90 days.", "retention"},
		// Twins.
		{"no period", base, base + " We also collect your physical address and phone number.", "!retention"},
		{"sharing", base, base + " We share your physical address with our shipping partner for as long as the shipment takes.", "!retention"},
	} {
		wantOnlyCategory(t, rb, tc.name, "Donations", tc.old, tc.new, tc.want)
	}
}
