package material

import (
	"strings"
	"testing"
)

// TestPageNamed: a phrase that names the page a link leads to, added or
// dropped, the link pointing where it did: "[you can opt out](URL)" →
// "you can opt out on [Google's ad privacy page](URL)". The twins stay
// material: the link pointed elsewhere, the page said to be another
// party's than the site's, and a phrase that says more than where (a
// limit, a time, a charge).
func TestPageNamed(t *testing.T) {
	rb := Builtin()
	const ads = "Google uses a special DART cookie that enables it to serve ads to you based upon your visit to this site and others that you visit. If you don't want to have this DART cookie on your computer, "
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Privacy Policy", ads + "[you can opt out](https://www.google.com/privacy_ads.html).", ads + "you can opt out on [Google's ad privacy page](https://www.google.com/privacy_ads.html).", false},
		{"Privacy Policy", ads + "you can opt out on [Google's ad privacy page](https://www.google.com/privacy_ads.html).", ads + "[you can opt out](https://www.google.com/privacy_ads.html).", false},
		{"Your choices", "You can change your marketing preferences [here](https://example.com/preferences).", "You can change your marketing preferences on [our preferences page](https://example.com/preferences).", false},
		{"Your rights", "You can ask for a copy of your data [online](https://acme.com/dsar).", "You can ask for a copy of your data through [the Acme privacy portal](https://acme.com/dsar).", false},

		// the link points elsewhere
		{"Privacy Policy", ads + "[you can opt out](https://www.google.com/privacy_ads.html).", ads + "you can opt out on [Google's ad privacy page](https://adssettings.example.net/optout).", true},
		// another party's page than the site's
		{"Privacy Policy", ads + "[you can opt out](https://www.google.com/privacy_ads.html).", ads + "you can opt out on [Criteo's ad privacy page](https://www.google.com/privacy_ads.html).", true},
		// more than where
		{"Your choices", "You can change your marketing preferences [here](https://example.com/preferences).", "You can change your marketing preferences only on [our preferences page](https://example.com/preferences).", true},
		{"Your choices", "You can change your marketing preferences [here](https://example.com/preferences).", "You can change your marketing preferences within 30 days on [our preferences page](https://example.com/preferences).", true},
		{"Your rights", "You can ask for a copy of your data [online](https://acme.com/dsar).", "You can ask for a copy of your data through [our paid request portal](https://acme.com/dsar).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
