package material

import "testing"

// TestLinkShown: how a link is shown, the page it leads to the same or
// another page of the same site: the address written out beside its link
// dropped (b53-41), a link showing its own address re-pointed within its
// site (b53-46), "this site" given the address it spoke of (b53-28).
// Material twins: another site, a named page, or other words changed.
func TestLinkShown(t *testing.T) {
	rb := Builtin()
	const optOut = "In some instances, these entities may return an online identification code that we may store in a first party cookie. To opt out of this use, please "
	const share = "You may request that we not share your personal information with unaffiliated third parties for their direct marketing purposes. You may opt-out of this sharing via: "
	const resale = "You can also opt out of the re-sale of your Personal Information by other participants in these digital advertising networks by visiting "
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b53-41", "3) Use and Disclosure",
			optOut + "[click here](https://optout.liveramp.com/opt_out) [(https://optout.liveramp.com/opt\\_out).](https://optout.liveramp.com/opt_out)",
			optOut + "click [here](https://optout.liveramp.com/opt_out) [](https://optout.liveramp.com/opt_out)", false},
		{"echo added", "Your choices",
			"You can withdraw your consent on [our privacy page](https://example.com/privacy/choices).",
			"You can withdraw your consent on [our privacy page](https://example.com/privacy/choices) (https://example.com/privacy/choices).", false},
		{"b53-46", "5) User Access and Control",
			share + "[foxnews.com/contact](https://www.foxnews.com/contact). We will try to comply with your request(s) as soon as reasonably practicable.",
			share + "[https://help.foxnews.com/hc/en-us/requests/new](https://help.foxnews.com/hc/en-us/requests/new). We will try to comply with your request(s) as soon as reasonably practicable.", false},
		{"b53-28", "Right to Opt-out of the Sale or Sharing of Personal Information",
			"To opt out, please visit [https://optout.aboutads.info/](https://optout.aboutads.info/). " + resale + "this site and opting out of each participant’s digital property.",
			"To opt out, please visit [https://optout.aboutads.info/](https://optout.aboutads.info/). " + resale + "[https://www.iabprivacy.com/optout.html](https://www.iabprivacy.com/optout.html) and opting out of each participant’s digital property.", false},
		{"this page, bare", "Cookies",
			"You can turn off analytics cookies on this page.",
			"You can turn off analytics cookies on https://example.com/cookies/settings.", false},
		{"tumblr-027: re-pointed within its site, the apostrophe beside it set straight", "Personalized Advertising",
			"To learn more about how we select the ads you see, you can check out Tumblr’s Advertising (https://tumblr.zendesk.com/hc/en-us/articles/360035272334-Tumblr-ads-you) and affiliate policies.",
			"To learn more about how we select the ads you see, you can check out [Tumblr's Advertising](https://tumblr.zendesk.com/hc/articles/360035272334-Tumblr-ads-you) and affiliate policies.", false},
		// Material twins.
		{"twin: apostrophe set straight, another site", "Personalized Advertising",
			"To learn more about how we select the ads you see, you can check out Tumblr’s Advertising (https://tumblr.zendesk.com/hc/en-us/articles/360035272334-Tumblr-ads-you) and affiliate policies.",
			"To learn more about how we select the ads you see, you can check out [Tumblr's Advertising](https://ads.adpartner.net/tumblr-ads-you) and affiliate policies.", true},
		{"twin: apostrophe set straight, a word changed", "Personalized Advertising",
			"To learn more about how we select the ads you see, you can check out Tumblr’s Advertising (https://tumblr.zendesk.com/hc/en-us/articles/360035272334-Tumblr-ads-you) and affiliate policies.",
			"To learn more about how we select the ads you see, you can check out [Tumblr's Partners](https://tumblr.zendesk.com/hc/articles/360035272334-Tumblr-ads-you) and affiliate policies.", true},
		{"twin: echo dropped, other words", "3) Use and Disclosure",
			optOut + "[click here](https://optout.liveramp.com/opt_out) [(https://optout.liveramp.com/opt\\_out).](https://optout.liveramp.com/opt_out)",
			optOut + "email [us](mailto:privacy@example.com).", true},
		{"twin: another site", "5) User Access and Control",
			share + "[foxnews.com/contact](https://www.foxnews.com/contact). We will try to comply with your request(s) as soon as reasonably practicable.",
			share + "[https://optout.adpartner.net/requests/new](https://optout.adpartner.net/requests/new). We will try to comply with your request(s) as soon as reasonably practicable.", true},
		{"twin: this site and a phone line", "Right to Opt-out of the Sale or Sharing of Personal Information",
			resale + "this site and opting out of each participant’s digital property.",
			resale + "[https://www.iabprivacy.com/optout.html](https://www.iabprivacy.com/optout.html) or by calling 1-800-555-0100 and opting out of each participant’s digital property.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
