package material

import "testing"

// TestColonTitle: a plain-text title on a line of its own, a colon after
// it, added or removed, commits to nothing by itself (Tumblr 012,
// "Information Shared with Third Parties:" removed and "Information
// Shared with Other Third Parties:" added). Material twins: a lead into a
// list written as a sentence, a title that says a negation or a modal,
// and one that says "only".
func TestColonTitle(t *testing.T) {
	runRestated(t, []restatedCase{
		{"Tumblr 012, removed", "Privacy Policy", "Information Shared with Third Parties:", "", false},
		{"Tumblr 012, added", "Privacy Policy", "", "Information Shared with Other Third Parties:", false},
		{"title with a gloss", "Privacy Policy", "", "Information Shared with Advertisers (Outside the EU):", false},
		// Material twins.
		{"twin: a lead into a list", "Sharing", "", "We share your email address and location with the following advertisers:", true},
		{"twin: a negation in capitals", "Sharing", "", "We Will Never Sell Your Personal Information:", true},
		{"twin: only", "Sharing", "", "Information Shared Only with Advertisers:", true},
	})
}
