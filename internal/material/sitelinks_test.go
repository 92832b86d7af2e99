package material

import (
	"strings"
	"testing"
)

// TestSiteLinksOnly: a site's menu or footer, captured with its policy,
// changed its entries (Ubuntu's products, ota-52 002; links put in at the
// top of the page, 022; Thomson Reuters's practice areas, 028), each
// read as text of a category. Twins: a list of processors linked to their
// own sites; a link to the site's page for a right, or to its list of
// subprocessors; a page whose links point to no one site most.
func TestSiteLinksOnly(t *testing.T) {
	rb := Builtin()
	body := "## Contact us\n\nQuestions? Visit [our help centre](https://acme.com/help) or [your account](https://acme.com/account), or write to privacy@acme.com.\n\n" +
		"## Sharing\n\nWe share your data with our hosting provider.\n\n"
	page := func(menu, footer string) string {
		return "Privacy Policy\n==============\n\n" + menu + "We collect your email address to run [your account](https://acme.com/account).\n\n" + body + footer
	}
	menuOld := "*   [Infrastructure](https://acme.com/solutions/infrastructure)\n*   [Open source](https://acme.com/solutions/open-source)\n\n"
	menuNew := "*   [Infrastructure](https://acme.com/solutions/infrastructure)\n*   [Managed IT services](https://shop.acme.com/managed?_gl=1*e5c2b5)\n*   [Open source at scale](https://acme.com/solutions/open-source)\n*   [Cloud native development](/solutions/cloud-native)\n\n"
	banner := "[Explore our solutions ›](https://acme.com/solutions)\n\n[Get to know us ›](https://acme.com/company)\n\n"
	for _, tc := range []struct{ name, old, new string }{
		{"menu entries changed", page(menuOld, ""), page(menuNew, "")},
		{"links put in above the title", page("", ""), banner + page("", "")},
		{"pictures in a menu's entry", page("## Solutions\n\n", ""), page("## Solutions\n\n*   [![](data:image/svg+xml,%3csvg%3e)![](data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP)\n    \n    ![](https://images.example.net/w6r2/meeting-3.svg)\n    \n    Press play with Talktrack shortcuts](https://acme.com/talktrack/)\n\n", "")},
		{"a ticker's figures, a link laid out a paragraph a line (CoinDesk's, ota-54 049)",
			page("[BTC\n\n$85,059.60\n\n0.43%](https://acme.com/price/bitcoin \"View price details\")[ETH\n\n", ""),
			page("[BTC\n\n$85,173.51\n\n0.75%](https://acme.com/price/bitcoin \"View price details\")[ETH\n\n", "")},
		{"a menu of languages reordered",
			page("[English en](https://acme.com/privacy)[Français fr](https://acme.com/fr/privacy)[Українська uk](https://acme.com/uk/privacy)\n\n", ""),
			page("[English en](https://acme.com/privacy)[Українська uk](https://acme.com/uk/privacy)[Français fr](https://acme.com/fr/privacy)\n\n", "")},
		{"a footer taken out", page("", "## Solutions\n\n"+menuOld), page("", "## Solutions\n\n")},
	} {
		if rep, _, why := judgeText(rb, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material: %v", tc.name, why)
		}
	}
	for _, tc := range []struct{ name, add string }{
		{"processors linked to their own sites", "*   [Stripe](https://stripe.com/privacy)\n*   [Mixpanel](https://mixpanel.com/legal/privacy-policy)\n\n"},
		{"a right's page", "*   [Do Not Sell or Share My Personal Information](https://acme.com/do-not-sell)\n\n"},
		{"the list of subprocessors", "*   [Subprocessors](https://acme.com/legal/subprocessors)\n\n"},
		{"an e-mail address", "*   [privacy@acme.com](mailto:privacy@acme.com)\n\n"},
	} {
		if rep, _, why := judgeText(rb, page("", ""), page("", tc.add)); !rep.Material {
			t.Errorf("%s: minor: %v", tc.name, why)
		}
	}
	// Under a heading of rights, a link to the site's page on a state's
	// rights (b56-42).
	states := "[Maine](https://acme.com/privacy/staterights#maine)\n\n[Virginia](https://acme.com/privacy/staterights#virginia)\n\n"
	rights := page("", "## Additional information regarding other laws and individual rights\n\n"+states)
	if rep, _, why := judgeText(rb, rights, strings.Replace(rights, "[Virginia]", "[Utah](https://acme.com/privacy/staterights#utah)\n\n[Virginia]", 1)); !rep.Material {
		t.Errorf("a state's rights linked under a heading of rights: minor: %v", why)
	}
	// No site stands out: acme.com twice, beside another site.
	few := strings.NewReplacer("https://acme.com/account", "https://other.org/account").Replace(page("", ""))
	if rep, _, why := judgeText(rb, few, strings.Replace(few, "## Sharing", "*   [Cloud native development](https://acme.com/solutions/cloud)\n\n## Sharing", 1)); !rep.Material {
		t.Errorf("a link to a site the page does not link to most: minor: %v", why)
	}
	// The site linked most is another company's: its product named.
	google := "# Privacy Policy\n\nWe are Acme Ltd. We use Google's services; see [Google's policy](https://policies.google.com/privacy), [how Google uses data](https://policies.google.com/technologies/partner-sites) and [Google's opt-out](https://tools.google.com/dlpage/gaoptout).\n\n## Services we use\n\n"
	if rep, _, why := judgeText(rb, google, google+"*   [Google Fonts](https://fonts.google.com/)\n"); !rep.Material {
		t.Errorf("a product of the company the text links to most: minor: %v", why)
	}
	if got := registrable("legal.thomsonreuters.com"); got != "thomsonreuters.com" {
		t.Errorf("registrable: %q", got)
	}
}
