package material

import "testing"

// Mends of round 85 (batches 399 to 402, written blind and first run on
// 4788950d).

// TestOnOthersPlatforms: a bracket that places an act on another's
// platforms or networks names a party, no example: "relevant marketing"
// → "relevant marketing (including hashed email matching on ad
// platforms)" (b402-04). Twin: on the author's own networks, which
// ownproduct rules read as its own.
func TestOnOthersPlatforms(t *testing.T) {
	const h = "Website Enquiries"
	const old = "Data submitted via contact forms may be retained for customer service, relevant marketing and business record purposes."
	runRestated(t, []restatedCase{
		{"on ad platforms", h, old, "Data submitted via contact forms may be retained for customer service, relevant marketing (including hashed email matching on ad platforms) and business record purposes.", true},
		{"twin: on our own platform", h, old, "Data submitted via contact forms may be retained for customer service, relevant marketing (including posts on our own social networks) and business record purposes.", false},
	})
}
