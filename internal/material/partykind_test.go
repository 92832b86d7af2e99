package material

import "testing"

// TestPartyKind: the words before a noun of parties say which parties
// (partykind.go): "payment solution suppliers" → "financial partners"
// changes whom data is shared with, though "financial" is a word of data
// (b29-02). The twins keep their category: data named beside the parties,
// a purpose added after them, and every edit stays material.
func TestPartyKind(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Who receives your data", "The recipients of your data are hosting providers and payment processors, who are bound by confidentiality.",
			"The recipients of your data are hosting providers and financial partners, who are bound by confidentiality.", "recipients"},
		{"Sharing", "We pass your order details to our delivery partners so that they can bring you your parcel.",
			"We pass your order details to our marketing partners so that they can bring you your parcel.", "recipients"},
		{"Sharing", "We disclose information about your visits to analytics vendors only.",
			"We disclose information about your visits to location data vendors only.", "recipients"},
		// twins: what data, and what for, keep their categories
		{"Sharing", "We share your email address with our partners to send you offers.",
			"We share your email address and location with our partners to send you offers.", "data"},
		{"Where we get your data", "We receive information about your purchases from our retail partners.",
			"We receive information about your purchases from our advertising partners.", "!recipients"},
		{"Sharing", "We share your order history with our partners.",
			"We share your order history with our partners for their own marketing.", "!data"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
