package material

import (
	"strings"
	"testing"
)

// TestSamePlaceRenamed: the words of a link's title, and a noun right
// after it, name the page or tool the link leads to; where the link still
// goes to the same site, the reader is sent where they were (OTA Spotify
// v2, github-072). Another site, a party, a way of communicating or a word outside the
// links stays for a reviewer.
func TestSamePlaceRenamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"settings to a page (Spotify v2)", "Your rights",
			"| **Know/Access** | Request to know and access the personal data we process about you. | To request a copy of your personal data from Spotify, use the ‘Download your data’ tool in your account [Privacy Settings](https://www.spotify.com/account/privacy/), or contact us. |",
			"| **Know/Access** | Request to know and access the personal data we process about you. | To request a copy of your personal data from Spotify, use the ‘Download your data’ tool on your [Account Privacy](https://www.spotify.com/account/privacy/) page, or contact us. |", false},
		{"a form to a portal, the author's name (github-072)", "Your rights",
			"GitHub, Inc. (“GitHub”, “we”) runs this site. To submit a request based on these rights, you can also contact us via our [contact form](https://support.github.com/request?tags=docs-policy).",
			"GitHub, Inc. (“GitHub”, “we”) runs this site. To submit a request based on these rights, you can also contact us through the [GitHub Support portal](https://support.github.com/).", false},
		{"a tab to a dashboard", "Your rights",
			"You can download a copy of your data at any time from the [Privacy tab](https://acme.com/account/privacy) in your account.",
			"You can download a copy of your data at any time from your account's [Privacy](https://acme.com/dashboard) dashboard.", false},
		{"a centre to a hub", "Cookies",
			"You can withdraw your consent to cookies in our [Preference Centre](https://www.acme.com/preferences), which you can open from any page.",
			"You can withdraw your consent to cookies on our [Privacy Hub](https://www.acme.com/privacy-hub), which you can open from any page.", false},
		// Twins: another site, a party, a channel, a word outside the link.
		{"another site", "Your rights",
			"You can download a copy of your data at any time from the [Privacy tab](https://acme.com/account/privacy) in your account.",
			"You can download a copy of your data at any time from the [Data dashboard](https://datapartner.com/acme) of our partner.", true},
		{"a party in the title", "Sharing",
			"We list the companies we work with on our [vendors page](https://acme.com/vendors), where you can object.",
			"We list the companies we work with on our [advertisers and data brokers](https://acme.com/vendors) list, where you can object.", true},
		{"a channel in the title", "Your rights",
			"You can object to marketing in your account [Privacy Settings](https://acme.com/privacy) at any time.",
			"You can object to marketing by [email or phone](https://acme.com/privacy) at any time.", true},
		{"a link added to the same site", "Data we collect",
			"To keep members safe, we may ask that you carry out [photo verification](https://acme.com/help/photo).",
			"To keep members safe, we will ask that you carry out [photo verification](https://acme.com/help/photo) or [ID verification](https://acme.com/help/id).", true},
		{"an item added to a link's title (Badoo v11)", "Data we collect",
			"For safety, we may require you to verify your account: we might also ask that you carry out [photo verification (opens in new window)](https://acme.com/help/verify).",
			"For safety, we will require you to verify your account: we may also ask that you carry out [photo verification or ID verification (opens in new window)](https://acme.com/help/verify).", true},
		{"a link dropped beside one kept", "Your rights",
			"You can ask for a copy of your data in your [privacy settings](https://acme.com/settings) or through our [request form](https://acme.com/request).",
			"You can ask for a copy of your data in your [privacy settings](https://acme.com/settings).", true},
		{"a word outside the link", "Your rights",
			"You can object to marketing in your account [Privacy Settings](https://acme.com/privacy) at any time.",
			"You can object to marketing on your [Account Privacy](https://acme.com/privacy) page for paid plans.", true},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material = %v, want %v (%v): %s", tc.name, rep.Material, tc.material, cats, strings.Join(why, "; "))
		}
	}
}
