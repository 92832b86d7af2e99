package material

import (
	"strings"
	"testing"
)

// TestOwnOffering: the author's own products, named where a cookie policy
// says what its cookies serve, renamed (b52-11, b52-29), are no new party
// nor tracker; a party's name put where data goes, or a tracker set by
// another, still is.
func TestOwnOffering(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b52-11 shape", "Why do we use cookies?", "We also use cookies to combat activity that violates our policies or otherwise degrades our ability to provide the Facebook Products.",
			"We also use cookies to combat activity that violates our policies or otherwise degrades our ability to provide the Meta Products.", false},
		{"b52-29 shape", "Our advertising cookies", "To help our partners manage their advertising, we offer many products, including AdSense, AdWords, and Google Analytics. When you see an ad that uses one of these products, cookies may be sent to your browser.",
			"To help our partners manage their advertising, we offer many products, including AdSense, Google Ads, and Google Analytics. When you see an ad that uses one of these products, cookies may be sent to your browser.", false},
		{"services offered", "Cookies", "We use cookies to offer our services, such as Zentrova Mail and Zentrova Drive, and to keep them secure.",
			"We use cookies to offer our services, such as Zentrova Mail and Zentrova Docs, and to keep them secure.", false},
		{"provide our", "Cookies", "Cookies help us provide our Vimora Player to you and remember your settings.",
			"Cookies help us provide our Vimora Studio to you and remember your settings.", false},
		// Twins: a party given data or setting trackers.
		{"partner list", "Cookies", "We share cookie data with our advertising partners, including Criteo and Taboola.",
			"We share cookie data with our advertising partners, including Criteo and Outbrain.", true},
		{"tracker set by", "Cookies", "Analytics cookies on our website are set by Hotjar.",
			"Analytics cookies on our website are set by Mixpanel.", true},
		{"provided to", "Cookies", "We provide the data our cookies collect to Hotjar.",
			"We provide the data our cookies collect to Mixpanel.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}

// TestYourContentFrom: the author's products where the reader's own
// content is kept ("ads based on your content from Drive, Gmail or
// Photos", b52-45) are no recipient: the change is what the content is
// used for. A source of data that is another company still counts.
func TestYourContentFrom(t *testing.T) {
	rb := Builtin()
	const h = "Provide personalised services, including content and ads"
	const old = "* We don’t show you personalised ads based on sensitive categories, such as race or health.\n* We don’t share information that personally identifies you with advertisers."
	wantOnlyCategory(t, rb, "b52-45 shape", h, old,
		"* We don’t show you personalised ads based on sensitive categories, such as race or health.\n* We don’t show you personalised ads based on your content from Drive, Gmail or Photos.\n* We don’t share information that personally identifies you with advertisers.", "purposes")
	wantOnlyCategory(t, rb, "emails in", h, old,
		"* We don’t show you personalised ads based on sensitive categories, such as race or health.\n* We don’t use your emails in Zentrova Mail to choose the ads you see.\n* We don’t share information that personally identifies you with advertisers.", "purposes")
	// Twin: another company as the source.
	rep, _, why := judgeEdit(rb, h, "We use your content to personalise ads.", "We use your content from partners such as Acmedata Inc to personalise ads.")
	if !rep.Material || !strings.Contains(strings.Join(why, " "), "Acmedata") {
		t.Errorf("source named: material=%v, want Acmedata named: %v", rep.Material, why)
	}
}
