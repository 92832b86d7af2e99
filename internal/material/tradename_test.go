package material

import (
	"strings"
	"testing"
)

// TestTradeWordSameParty holds the family of a company named in full
// where the other side gives its short name, the words added only saying
// what trade it is in: "Lotame" → "Lotame Solutions, Inc." (b48-23's name),
// "Slack" → "Slack Technologies". The same party receives the same data.
// Another trade, or a name whose other words differ, is another party.
func TestTradeWordSameParty(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		// b48-23 also spells out "our DMP" as "our data management
		// platform provider", which is left to a reviewer; its name alone:
		{"b48-23: Lotame Solutions, Inc.", "Your Choices and Rights",
			"If you are located in the U.S., Canada, or the UK, and you specifically would like to opt-out from the processing of your data by Lotame, our DMP, you can also consult  [](https://www.lotame.com/about-lotame/privacy/privacy-manager-opt-out/).",
			"If you are located in the U.S., Canada, or the UK, and you specifically would like to opt-out from the processing of your data by Lotame Solutions, Inc., our DMP, you can also consult  [](https://www.lotame.com/about-lotame/privacy/privacy-manager-opt-out/).", false},
		{"Slack Technologies", "Service providers",
			"We use Slack to communicate with you about your support requests.",
			"We use Slack Technologies to communicate with you about your support requests.", false},
		{"the short name the other way", "Service providers",
			"Our customer support tickets are stored by Zendra Systems Ltd.",
			"Our customer support tickets are stored by Zendra.", false},
		// Material twins.
		{"another company", "Service providers",
			"We use Slack to communicate with you about your support requests.",
			"We use Slack and Intercom Technologies to communicate with you about your support requests.", true},
		{"another product of the name", "Service providers",
			"We use Zendra to store your support tickets.",
			"We use Zendra Analytics to store your support tickets.", true},
		{"another trade of the name", "Service providers",
			"Our customer support tickets are stored by Zendra Systems Ltd.",
			"Our customer support tickets are stored by Zendra Software Ltd.", true},
		{"a company of another country", "Who we are",
			"This service is provided by TP-LINK CORPORATION PTE. LTD., which is responsible for your data.",
			"This service is provided by TP-Link Systems Inc., which is responsible for your data.", true},
		{"another name before the trade", "Service providers",
			"Our customer support tickets are stored by Zendra.",
			"Our customer support tickets are stored by Kovalo Systems.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
