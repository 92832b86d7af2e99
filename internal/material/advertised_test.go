package material

import (
	"strings"
	"testing"
)

// TestAdvertised: the product ads are run for ("ads for TikTok shown on
// Facebook", b52-20) is the author's own, marketed, not a recipient: the
// change is what the pixel is used for. The platform that shows the ads
// ("Facebook ads") still names a party.
func TestAdvertised(t *testing.T) {
	rb := Builtin()
	const h = "Advertising and marketing"
	wantOnlyCategory(t, rb, "b52-20 shape", h, "* Purpose: Track ad conversions from Facebook ads and build targeted audiences for future ads.",
		"* Purpose: To track ad conversions from ads for Zentrova shown on Facebook, build targeted audiences, optimise Zentrova ads on other websites and remarket to people who acted on Zentrova ads.", "purposes")
	wantOnlyCategory(t, rb, "campaigns for", h, "We use this pixel to measure our campaigns.",
		"We use this pixel to measure campaigns for Vimora and to optimise Vimora ads.", "purposes")
	// Twin: a platform named as where ads run names a party.
	rep, _, why := judgeEdit(rb, h, "* Purpose: Track ad conversions from Facebook ads.", "* Purpose: Track ad conversions from Facebook ads and Snapchat ads.")
	if !rep.Material || !strings.Contains(strings.Join(why, " "), "Snapchat") {
		t.Errorf("platform added: material=%v, want Snapchat named: %v", rep.Material, why)
	}
}
