package material

import "testing"

// TestShareObject: what is shared, the party it goes to kept, is which
// data: "We share aggregated statistics with our advertisers" → "We share
// your purchase history with our advertisers" (b6-02) is about the
// categories of personal data the advertisers receive. The twins keep
// recipients: a party added after "with", a verb of giving traded for
// another ("share" → "sell"), a party named in the change, and a limit on
// whom it is shared with weakened ("only with" → "mainly with").
func TestShareObject(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Who we share data with", "We share aggregated statistics with our advertisers.",
			"We share your purchase history with our advertisers.", "data"},
		{"Sharing", "We provide your order number to our delivery company.",
			"We provide your order number and your home address to our delivery company.", "data"},
		// twins: whom it goes to, or how, changed
		{"Who we share data with", "We share aggregated statistics with our advertisers.",
			"We share aggregated statistics with our advertisers and our partners.", "recipients"},
		{"Who we share data with", "We share aggregated statistics with our advertisers.",
			"We sell aggregated statistics to our advertisers.", "recipients"},
		{"Who we share data with", "We share aggregated statistics with our advertisers.",
			"We share aggregated statistics and partner reports with our advertisers.", "!data"},
		{"Sharing", "We share your data only with our payment processor.",
			"We share your data mainly with our payment processor.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
