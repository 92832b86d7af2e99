package material

import (
	"strings"
	"testing"
)

// TestThirdPartyDisclaimer holds b20-07 in other words: a disclaimer of
// responsibility or control ("we are not responsible for the practices
// of any websites linked to our site") given the modifier "third-party"
// where its section or paragraph already says those sites or services are
// third parties'. The disclaimer covers the same things, now named as
// the text already described them. The modifier added to a promise that
// is no disclaimer (what is not shared, and with whom), dropped from a
// disclaimer (which then covers sites that may be the author's own), or
// added where nothing says the things are third parties', still counts.
func TestThirdPartyDisclaimer(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b20-07", "Third-Party Websites",
			"We are not responsible for the practices employed by any websites or services linked to or from our website, including the information or content contained within them. We encourage you to investigate and ask questions before disclosing personal information to third parties, since any personal information disclosed will be subject to the applicable third party’s privacy policy.",
			"We are not responsible for the practices employed by any third-party websites or services linked to or from our Site, including the information or content contained within them. We encourage you to investigate and ask questions before disclosing personal information to third parties, since any personal information disclosed will be subject to the applicable third party’s privacy policy.", false},
		{"the heading says whose", "Links to third-party sites",
			"We are not responsible for the content or privacy practices of any sites you reach through links in our app.",
			"We are not responsible for the content or privacy practices of any third-party sites you reach through links in our app.", false},
		{"the paragraph says whose", "Links",
			"We have no control over the apps that connect to your account. Those apps are run by third parties under their own terms.",
			"We have no control over the third-party apps that connect to your account. Those apps are run by third parties under their own terms.", false},
		{"not liable", "Third-party services",
			"We are not liable for any services you reach from our platform.",
			"We are not liable for any third-party services you reach from our platform.", false},
		// Twins: still material.
		{"twin: a promise not to share narrowed", "Sharing with third parties",
			"We will never share your health data with advertisers. Other third parties receive only what they need.",
			"We will never share your health data with third-party advertisers. Other third parties receive only what they need.", true},
		{"twin: the modifier dropped from the disclaimer", "Third-Party Websites",
			"We are not responsible for the practices of any third-party websites linked from our Site. Third parties have their own policies.",
			"We are not responsible for the practices of any websites linked from our Site. Third parties have their own policies.", true},
		{"twin: a disclaimer narrowed, and a new one", "Third-Party Websites",
			"We are not responsible for the practices of any websites linked from our Site. Third parties have their own policies.",
			"We are not responsible for the practices of any third-party websites linked from our Site, or for how our advertising partners use your data. Third parties have their own policies.", true},
		{"twin: a disclaimer weakened", "Third-Party Websites",
			"We are not responsible for the practices of any websites linked from our Site. Third parties have their own policies.",
			"We are responsible for the practices of any third-party websites linked from our Site only where the law requires. Third parties have their own policies.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
