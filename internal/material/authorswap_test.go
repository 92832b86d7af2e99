package material

import (
	"strings"
	"testing"
)

// TestAuthorReplaced holds b43-04 and b43-05: a policy that calls itself
// by its name in one version and "we" in the next ("WarnerMedia
// websites" → "Our websites", "offered by WarnerMedia to consumers" →
// "offered by us to consumers") removes no recipient, though it says
// "we" elsewhere in the same paragraph. A name that the words before it
// give data to, or a party the rules know, is a recipient whatever takes
// its place.
func TestAuthorReplaced(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, party string
		reported                       bool
		material                       bool
	}{
		{"b43-04 the name for our and us", "SCOPE OF THIS PRIVACY POLICY",
			"*   WarnerMedia websites, including activities run through our websites, such as surveys;\n*   Subscription services offered by WarnerMedia to consumers and services where you receive our content through our websites;",
			"*   Our websites, including activities run through our websites, such as surveys;\n*   Subscription services offered by us to consumers and services where you receive our content through our websites;", "WarnerMedia", false, false},
		{"b43-05 the name's brand for our brands", "Marketing and Personalized Advertising",
			"*   Expanding our customer base by deepening relationships with existing customers; and,\n*   Promoting the WarnerMedia brand both online and offline.",
			"*   Expanding our customer base by deepening relationships with existing customers; and,\n*   Promoting our brands both online and offline.", "WarnerMedia", false, false},
		{"a newsletter sent by the author", "Newsletters",
			"Newsletters are sent by Corvanta to subscribers who opted in, and you can leave our list at any time.",
			"Newsletters are sent by us to subscribers who opted in, and you can leave our list at any time.", "Corvanta", false, false},
		{"the author's team", "Contact",
			"You can reach the Corvanta support team through our help centre.",
			"You can reach our support team through our help centre.", "Corvanta", false, false},
		{"twin: a processor replaced by us", "Payments",
			"Payments are processed by Paylio on our behalf.",
			"Payments are processed by us on our behalf.", "Paylio", true, true},
		{"twin: a party's partners replaced by ours", "Sharing",
			"We share your contact details with Zentrova partners for their marketing.",
			"We share your contact details with our partners for their marketing.", "Zentrova", true, true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if got := namedParties(why, tc.party); (len(got) > 0) != tc.reported || rep.Material != tc.material {
			t.Errorf("%s: %q reported=%v material=%v, want %v, %v: %s", tc.name, tc.party, len(got) > 0, rep.Material, tc.reported, tc.material, strings.Join(why, "; "))
		}
	}
}
