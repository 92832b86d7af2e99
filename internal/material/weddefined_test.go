package material

import (
	"strings"
	"testing"
)

// TestDefinedAuthor holds the author a policy defines as "we" in a block
// past its opening four (Airbnb's policy: a title, a link and a date come
// first, then "Airbnb, Inc. and its affiliates (“we,” “us,” or
// “Airbnb”)"): its own offering ("the Airbnb Platform") is no recipient.
// A company of its group, named with its form or given data ("shared
// with Zentrova Payments"), and another company still count.
func TestDefinedAuthor(t *testing.T) {
	rb := Builtin()
	head := "Legal terms\n\n# Privacy Policy\n\n**For a list of policies by jurisdiction,** click [here](https://example.com/list).\n\nLast Updated: February 10, 2022\n\n" +
		"This Privacy Policy describes how Zentrova, Inc. and its affiliates (“**we**,” “**us**,” or “**Zentrova**”) process personal information in relation to your use of the service.\n\n## Sharing\n\n"
	for _, tc := range []struct {
		name, old, new, party string
		reported              bool
	}{
		{"the author's own platform",
			"Information you share publicly may be indexed by search engines.",
			"Information you share publicly on the Zentrova Platform may be indexed by search engines.", "Zentrova Platform", false},
		{"the author's own account",
			"You can delete your data in your settings.",
			"You can delete your data in your Zentrova Account settings.", "Zentrova Account", false},
		{"quoted before the pronouns", "We keep your data safe.", "We keep your data safe on the Zentrova Marketplace.", "Zentrova Marketplace", false},
		{"twin: a company of the group",
			"We share payment data with our payment processor.",
			"We share payment data with Zentrova Payments Ltd, our payment processor.", "Zentrova Payments", true},
		{"twin: a company of the group data is shared with",
			"We share payment data with our payment processor.",
			"We share payment data with Zentrova Payments to process your bookings.", "Zentrova Payments", true},
		{"twin: another company",
			"We share payment data with our payment processor.",
			"We share payment data with Kloudvex Payments, our payment processor.", "Kloudvex", true},
	} {
		_, _, why := judgeText(rb, head+tc.old+"\n", head+tc.new+"\n")
		if got := namedParties(why, tc.party); (len(got) > 0) != tc.reported {
			t.Errorf("%s: %q reported=%v, want %v: %s", tc.name, tc.party, len(got) > 0, tc.reported, strings.Join(why, "; "))
		}
	}
}
