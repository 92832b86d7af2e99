package material

import (
	"strings"
	"testing"
)

// TestURLGivenTitle: a link that showed its own address, given a title,
// points where it did: "found at: [https://www.facebook.com/about/privacy](…)"
// → "found on [Meta's privacy page (opens in new window)](…)". The title
// names only who the sentence already names. A link to another page, or a
// title naming another party, still counts. (Written before the rules
// were changed for b12-02.)
func TestURLGivenTitle(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b12-02", "Meta",
			"Further details of how Meta Ireland and Meta Platforms process your personal information, the legal basis it relies on, your rights and Facebook’s contact details can be found at: [https://www.facebook.com/about/privacy](https://www.facebook.com/about/privacy)",
			"Further details of how Meta Ireland and Meta Platforms process your personal information, the legal basis it relies on, your rights and Facebook’s contact details can be found on [Meta's privacy page (opens in new window)](https://www.facebook.com/about/privacy)", false},
		{"Google's policy given a title", "Analytics",
			"Google Analytics processes data as described at [https://policies.google.com/privacy](https://policies.google.com/privacy).",
			"Google Analytics processes data as described in [Google's Privacy Policy](https://policies.google.com/privacy).", false},
		{"twin: another page", "Analytics",
			"Google Analytics processes data as described at [https://policies.google.com/privacy](https://policies.google.com/privacy).",
			"Google Analytics processes data as described in [Google's Privacy Policy](https://policies.google.com/technologies/partner-sites).", true},
		{"twin: a title naming another party", "Analytics",
			"Google Analytics processes data as described at [https://policies.google.com/privacy](https://policies.google.com/privacy).",
			"Google Analytics processes data as described in [Mixpanel's Privacy Policy](https://policies.google.com/privacy).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
