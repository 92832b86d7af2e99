package material

import (
	"strings"
	"testing"
)

// TestOwnProductNotARecipient holds what real histories showed: the
// Microsoft statement's products of coined names ("Xbox", "Bing",
// "Outlook.com") were reported as new or removed recipients when their
// paragraphs came or went, though the statement says whose they are:
// "Xbox is the gaming and entertainment division of Microsoft". A product
// the author names as its own, in the words around it, receives no one's
// data. Beside them, near misses that are still recipients: a company of
// the group, a vendor the author names as its processor, and a vendor
// named in the same kind of paragraph.
func TestOwnProductNotARecipient(t *testing.T) {
	rb := Builtin()
	const base = "# Microsoft Privacy Statement\n\nYour privacy is important to us. This statement explains the personal data Microsoft processes, how Microsoft processes it, and for what purposes.\n\n" +
		"Microsoft offers a wide range of products. References to Microsoft products in this statement include Microsoft services, websites, apps, software, servers, and devices.\n\n" +
		"## How we share personal data\n\nWe share your personal data with your consent or as necessary to complete any transaction or provide any product you have requested or authorised.\n\n" +
		"We also share personal data among Microsoft-controlled affiliates and subsidiaries, and with vendors working on our behalf.\n\n"
	for _, tc := range []struct {
		name, add, e string
		party        bool // whether e must still be reported
	}{
		{"division of the author (the real sentence)",
			"## Xbox\n\nXbox is the gaming and entertainment division of Microsoft. When you play an online game on Xbox, the publisher of that game has access to data about your usage.\n", "Xbox", false},
		{"a product of the author, apposed",
			"## Zintra\n\nZintra, a Microsoft product, lets you call friends. When you call someone on Zintra, we share your display name with the person you call.\n", "Zintra", false},
		{"our service",
			"## Quorbit\n\nIf you use our Quorbit service, we share your files with the people you choose. Quorbit keeps your files for 30 days.\n", "Quorbit", false},
		{"the author's name before it",
			"## Search\n\nWhen you search with Microsoft Vexly, we share your query with advertisers. Vexly keeps your queries for 18 months.\n", "Vexly", false},
		{"a service from the author",
			"## Email\n\nPlumail.com is the consumer email service from Microsoft. Messages you send through Plumail.com are shared with their recipients.\n", "Plumail.com", false},
		{"a name made with the author's offering",
			"## Xbox\n\nXbox is the gaming and entertainment division of Microsoft. When you play with Xbox Game Pass, the publisher of a game has access to data about your usage.\n", "Xbox Game Pass", false},
		{"a name written after the author's offering",
			"## Xbox\n\nXbox is the gaming and entertainment division of Microsoft. When you play with the Xbox Zenpad controller, the publisher of a game has access to data about your usage.\n", "Zenpad", false},
		// Near misses: still recipients.
		{"a company of the group",
			"## Zarnet\n\nZarnet, a Microsoft company, offers a professional network. We share your profile with Zarnet when you link your accounts.\n", "Zarnet", true},
		{"a vendor named as our processor",
			"## Payments\n\nPaylio, our payment processor, receives your card number. We share your billing address with Paylio.\n", "Paylio", true},
		{"a company of the group, with its form",
			"## Zarnet\n\nMicrosoft Zarnet Limited offers a professional network. We share your profile with Microsoft Zarnet Limited when you link your accounts.\n", "Zarnet Limited", true},
		{"a vendor's service",
			"## Analytics\n\nQuillmark is an analytics service from Quillmark Labs. We share your usage data with Quillmark.\n", "Quillmark", true},
	} {
		for _, removed := range []bool{false, true} {
			old, new := base, base+tc.add
			if removed {
				old, new = new, old
			}
			rep, _, why := judgeText(rb, old, new)
			reported := false
			for _, v := range rep.Verdicts {
				if strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, tc.e) {
					reported = reported || v.Material
				}
			}
			if reported != tc.party {
				t.Errorf("%s (removed %v): %q reported as a party: %v, want %v: %s", tc.name, removed, tc.e, reported, tc.party, strings.Join(why, "; "))
			}
		}
	}
}

// TestNotPartiesOfTheLaw holds three families of names real histories
// reported as new or removed recipients: a law's title ("California Civil
// Code section 1798.83", "Cal. Penal Code § 1546"), a town of a postal
// address ("Wild Sky Media, 6400 Congress Ave, Suite 2050 Boca Raton, FL
// 33487", "San Francisco, California 94105") and a cookie's name in a
// table of cookies ("| turn.com | adImpCount, fc, pf | Third Party |").
// A law is a rule, a town a place, a cookie a tracker: none receives data
// as a party does. Beside each, a near miss that is still a party.
func TestNotPartiesOfTheLaw(t *testing.T) {
	rb := Builtin()
	const cookies = "| Cookie Subgroup | Cookies | Cookies used |\n| --- | --- | --- |\n| about.zorvia.com | PHPSESSID | First Party |\n"
	for _, tc := range []struct {
		name, heading, old, new string
		notParty                string // a name no reason may report as a recipient
		party                   string // a name a material reason must report
	}{
		{"civil code (the real sentence)", "California residents",
			"If you are a California resident, you can opt out of our sharing of your personal information with third parties.",
			"California Civil Code section 1798.83 (Shine the Light Law): If you are a California resident, you can opt out of our sharing of your personal information with third parties.", "Civil Code", ""},
		{"penal code", "Sharing with authorities",
			"We may share your data with law enforcement as the law requires.",
			"We may share your data with law enforcement as the law requires (Cal. Penal Code § 1546 et seq.).", "Penal Code", ""},
		{"a directive", "Sharing with authorities",
			"We may share your data with law enforcement as the law requires.",
			"We may share your data with law enforcement as the Digital Markets Directive requires.", "Markets Directive", ""},
		{"abbreviations of a law's citation (the real sentence)", "California residents",
			"The California Consumer Privacy Act affords consumers rights over the personal information shared with third parties.",
			"The California Consumer Privacy Act or \"**_CCPA_**\" (Cal. Civ. Code § 1798.100 _et seq._) affords consumers rights over the personal information shared with third parties.", "Cal|Civ", ""},
		{"abbreviations of a law's citation, another state", "Sharing your information",
			"We may share your data with third parties as the law allows.",
			"We may share your data with third parties as the law allows (Tex. Bus. & Com. Code § 541).", "Tex|Bus|Com", ""},
		{"abbreviations of a law's citation, a law", "Sharing your information",
			"We may share your data with third parties as the law allows.",
			"We may share your data with third parties as the law allows (N.Y. Gen. Bus. Law § 899).", "Gen|Bus", ""},
		{"a company before a sentence about a law is a party", "Sharing your information",
			"We may share your data with our host.",
			"We may share your data with our host, Zorbix. Code we write is reviewed in the EU.", "", "Zorbix"},
		{"a law firm is a party", "Sharing with advisers",
			"We may share your data with our lawyers.",
			"We may share your data with our lawyers, Quillmark Legal LLP.", "", "Quillmark Legal"},
		{"town of an address (the real sentence)", "Sharing your information",
			"You can ask which third parties received your data by e-mail at privacy@wildskymedia.com.",
			"You can ask which third parties received your data by e-mail at privacy@wildskymedia.com or by postal mail sent to Wild Sky Media 6400 Congress Ave, Suite 2050 Boca Raton, FL 33487.", "Boca Raton", ""},
		{"town with a state and a ZIP code", "Sharing your information",
			"We share your data with our payment processor.",
			"We share your data with our payment processor, whose office is at 500 Main Street, Zarnfield, Oregon 97201.", "Zarnfield", ""},
		{"a city WordNet knows, before its state", "Sharing your information",
			"We share your data with our payment processor.",
			"We share your data with our payment processor in San Francisco, California.", "San Francisco", ""},
		{"a country before another is a destination", "International transfers",
			"We may transfer your data to Mexico.",
			"We may transfer your data to Costa Rica, Mexico.", "", "Costa Rica"},
		{"a company at an address is a party", "Sharing your information",
			"We share your data with our payment processor.",
			"We share your data with Quillmark Payments, 500 Main Street, Zarnfield, Oregon 97201.", "", "Quillmark Payments"},
		{"cookie names (the real row)", "Cookies",
			cookies, cookies + "| [turn.com](https://cookiepedia.co.uk/host/turn.com) | adImpCount, fc, pf, pxs, uid | Third Party |\n", "adImpCount", ""},
		{"a cookie name in capitals", "Cookies",
			cookies, cookies + "| [adsrvr.org](https://cookiepedia.co.uk/host/adsrvr.org) | TDCPM, TDID | Third Party |\n", "TDID", ""},
		{"a cookie name written with underscores", "Cookies",
			"| Cookie name | Provider | Expiry |\n| --- | --- | --- |\n| _zq | Zorvia | 1 year |\n",
			"| Cookie name | Provider | Expiry |\n| --- | --- | --- |\n| _zq | Zorvia | 1 year |\n| VISITOR_INFO1_LIVE | YouTube | 6 months |\n", "VISITOR INFO1", ""},
		{"cookie names in a table of cookies with an empty header (the real table)", "Targeting Cookies",
			"|     |     |     |\n| --- | --- | --- |\n| Cookie Subgroup | Cookies | Cookies used |\n| [turn.com](https://cookiepedia.co.uk/host/turn.com) | fc, pf | Third Party |\n",
			"|     |     |     |\n| --- | --- | --- |\n| Cookie Subgroup | Cookies | Cookies used |\n| [turn.com](https://cookiepedia.co.uk/host/turn.com) | fc, pf | Third Party |\n| [adfarm1.adition.com](https://cookiepedia.co.uk/host/adfarm1.adition.com) | UserID1 | Third Party |\n| [youtube.com](https://cookiepedia.co.uk/host/youtube.com) | TESTCOOKIESENABLED | Third Party |\n| [zorvia.com](https://cookiepedia.co.uk/host/zorvia.com) | zvImpCount | Third Party |\n",
			"UserID1|TESTCOOKIESENABLED|zvImpCount", ""},
		{"a company in a table of cookies with an empty header", "Targeting Cookies",
			"|     |     |     |\n| --- | --- | --- |\n| Cookie Subgroup | Cookies | Cookies used |\n| [turn.com](https://cookiepedia.co.uk/host/turn.com) | fc, pf | Third Party |\n",
			"|     |     |     |\n| --- | --- | --- |\n| Cookie Subgroup | Cookies | Cookies used |\n| [turn.com](https://cookiepedia.co.uk/host/turn.com) | fc, pf | Third Party |\n| Quillmark Ads | qm | Third Party |\n", "", "Quillmark"},
		{"a cookie's provider is a party", "Cookies",
			"| Cookie name | Provider | Expiry |\n| --- | --- | --- |\n| _zq | Zorvia | 1 year |\n",
			"| Cookie name | Provider | Expiry |\n| --- | --- | --- |\n| _zq | Zorvia | 1 year |\n| QMSESSION | Quillmark | 6 months |\n", "QMSESSION", "Quillmark"},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		reasons := strings.Join(why, "; ")
		for _, notParty := range strings.Split(tc.notParty, "|") {
			for _, v := range rep.Verdicts {
				if notParty != "" && v.Rule == "recipients.entity" && strings.Contains(v.Reason, notParty) {
					t.Errorf("%s: %q reported as a recipient: %s", tc.name, notParty, v.Reason)
				}
			}
		}
		if tc.party != "" && (!rep.Material || !named(rep, tc.party)) {
			t.Errorf("%s: material=%v, want a reason naming %q: %s", tc.name, rep.Material, tc.party, reasons)
		}
	}
}

// TestAuthorNotItsOwnRecipient holds what real histories showed: a
// recorded version that is an error page ("Looks like you beat us
// there.") between two copies of Viaplay's policy had every name of the
// policy reported, the author's own among them ("Removed recipient:
// Viaplay", "New recipient: Instacart"). The author a text names itself
// by is no recipient of its own data; the other names still are.
func TestAuthorNotItsOwnRecipient(t *testing.T) {
	rb := Builtin()
	const policy = "# Data Protection and Zorvia\n\nZorvia respects your privacy. This notice explains how Zorvia processes your personal data.\n\n" +
		"## Sharing\n\nZorvia shares your data with Quillmark Ltd, which hosts our servers. Zorvia may also share your data with Zorvia's advertisers.\n\n" +
		"Zorvia keeps your data for two years. Contact Zorvia at privacy@zorvia.example.\n"
	const errorPage = "# Looks like you beat us there.\n\nThe page you asked for is not here yet. Try again later.\n"
	for _, tc := range []struct{ name, old, new string }{
		{"policy replaced by an error page", policy, errorPage},
		{"error page replaced by the policy", errorPage, policy},
	} {
		rep, _, why := judgeText(rb, tc.old, tc.new)
		for _, v := range rep.Verdicts {
			if strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, "Zorvia") {
				t.Errorf("%s: the author reported as a party: %s", tc.name, v.Reason)
			}
		}
		if !named(rep, "Quillmark") {
			t.Errorf("%s: want a reason naming Quillmark: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
