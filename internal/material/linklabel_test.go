package material

import (
	"strings"
	"testing"
)

// TestLabelAsAddress holds b19-27 ("… by visiting: UNSUBSRIBE" → "… by
// visiting: www.omnis.net/unsubscribe/") in other words: a label for a
// page replaced by the page's address, whose path names the label, shows
// where the label led. An address that names something else, an address
// taken away, or a commitment changed beside it, still counts.
func TestLabelAsAddress(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b19-27", "Privacy & Cookies Policy",
			"- We do send direct marketing, if we’re allowed to. If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSRIBE",
			"- We do send direct marketing, if we’re allowed to. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/", false},
		{"our page", "Marketing",
			"If you wish to opt out of marketing messages, you can do so by visiting our unsubscribe page.",
			"If you wish to opt out of marketing messages, you can do so by visiting https://www.example.com/unsubscribe.", false},
		{"two words", "Cookies",
			"You can change your choices at any time in Cookie Settings.",
			"You can change your choices at any time in https://example.com/cookie-settings.", false},
		// material twins
		{"another page", "Marketing",
			"If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSCRIBE",
			"If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/preferences/", true},
		{"a condition beside", "Marketing",
			"If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSCRIBE",
			"If you wish to opt out of marketing messages, you can do so once a year by visiting: www.omnis.net/unsubscribe/", true},
		{"a way to act taken away", "Marketing",
			"If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSCRIBE or by emailing us",
			"If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
