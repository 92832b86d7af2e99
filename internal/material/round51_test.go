package material

import (
	"strings"
	"testing"
)

// The first run of round 51, eight real histories labelled blind
// (Booking.com, the Wikimedia Foundation, Yahoo, PayPal, The Guardian and
// Last.fm, Netflix and the Financial Times, Microsoft, HSBC and TIME, as
// Open Terms Archive recorded them), missed an opt-out page taken from
// the list of them, and raised false alarms on a menu of languages, a
// link's title, a page's time stamp, a pointer to a section given its
// title, a site's menu above the policy's title and a home page captured
// where the policy stood. Round 52's (Shockwave.com, Toyota Connected
// Services, Vinted, WebProNews and World Market, ASUS and Wolfram, happn
// and Simpli.fi, Amazon.com and CNN International, Coinbase and Bolt)
// missed a footnote to a year's request figures (round47_test.go's
// TestRequestMetrics) and raised false alarms on a note of which
// language's text governs and an e-mail link made to write to the
// address it shows. Each test below has twins that must stay as they
// were.

// TestOptOutListItem: an item taken from a list whose lead-in says it
// gives more information, but about the choices to opt out, is one way
// to opt out no longer given (Last.fm's, ota-86 032, a miss read "an item
// of a list of pointers to more information"). Twin: the same item taken
// from a list of notices that only inform.
func TestOptOutListItem(t *testing.T) {
	list := func(lead string, nai bool) string {
		s := "# Privacy Policy\n\n## Interest-based advertising\n\nWe and our partners may use interest-based advertising. " + lead + "\n\n" +
			"*   [Digital Advertising Alliance (US)](https://www.aboutads.info/choices/)\n" +
			"*   [Digital Advertising Alliance (EU)](https://www.youronlinechoices.com/)\n"
		if nai {
			s += "*   [Network Advertising Initiative](https://optout.networkadvertising.org/?c=1)\n"
		}
		return s + "\nYou can also opt out with some of our partners.\n"
	}
	const optOut = "For more information on the choices that may be available to you to opt out of receiving interest-based advertising, please visit:"
	const inform = "For more information about how the advertising industry works, please visit:"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"opt-out page taken away (ota-86 032)", list(optOut, true), list(optOut, false), true},
		{"opt-out page given", list(optOut, false), list(optOut, true), true},
		{"twin: a page that only informs", list(inform, true), list(inform, false), false},
	})
}

// TestLanguageMenu: Wikimedia's policy carries its menu of translations,
// each a link with a title in quotes that holds brackets ("… (8%
// translated)"). A language put in read "New recipient: Uyghurche", and a
// title replaced by a stranger's e-mail address "a mailbox to write to"
// (ota-83 030, 015). Twins: a link to another site put in a list of
// recipients, and a mailbox given in the text.
func TestLanguageMenu(t *testing.T) {
	menu := func(extra, oromoTitle string) string {
		s := "# Privacy Policy\n\nOther languages:\n\n"
		for _, l := range [][2]string{{"Deutsch", "de"}, {"English", "en"}, {"español", "es"}, {"français", "fr"}, {"Oromoo", "om"}} {
			title := "Policy:Privacy policy/" + l[1] + " (95% translated)"
			if l[1] == "om" {
				title = oromoTitle
			}
			s += "*   [" + l[0] + "](https://foundation.wikimedia.org/wiki/Policy:Privacy_policy/" + l[1] + " \"" + title + "\")\n"
		}
		s += extra
		return s + "\nThe Wikimedia Foundation collects the personal data you give us. Write to [privacy@wikimedia.org](mailto:privacy@wikimedia.org) with questions.\n\n" +
			"We share data with our service providers:\n\n*   [Fastly](https://www.fastly.com/privacy)\n"
	}
	const title = "Imaammata Mateenyaa (8% translated)"
	const uyghur = "*   [Uyghurche](https://foundation.wikimedia.org/wiki/Policy:Privacy_policy/ug-latn \"Policy:Privacy policy/ug-latn (1% translated)\")\n"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a language put in (ota-83 030)", menu("", title), menu(uyghur, title), false},
		{"a link's title replaced (ota-83 015)", menu("", title), menu("", "daabi6431@gmail.com (8% translated)"), false},
		{"twin: a processor put in", menu("", title), strings.Replace(menu("", title), "*   [Fastly](https://www.fastly.com/privacy)\n", "*   [Fastly](https://www.fastly.com/privacy)\n*   [Mixpanel](https://mixpanel.com/legal/privacy-policy \"Mixpanel (analytics)\")\n", 1), true},
		{"twin: a mailbox given", menu("", title), strings.Replace(menu("", title), "with questions.", "with questions, or to dpo@wikimedia-eu.org.", 1), true},
	})
}

// TestTimeStamp: a page's time of publication, captured in another time
// zone ("13.21 BST" → "14.21 CEST", The Guardian's, ota-86 009), read
// "New recipient: CEST"; with another day, "where to write to the party".
// Twins: a period of retention written with a point, and a line naming a
// street.
func TestTimeStamp(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           bool
	}{
		{"time zone (ota-86 009)", "Tue 1 Jul 2025 13.21 BST", "Tue 1 Jul 2025 14.21 CEST", false},
		{"another day", "Tue 1 Jul 2025 13.21 BST", "Mon 2 Feb 2026 14.45 CET", false},
		{"with a colon", "Tue 1 Jul 2025 13:21 BST", "Tue 1 Jul 2025 14:21 CEST", false},
		{"twin: a period", "We keep logs for 13.5 days.", "We keep logs for 14.5 days.", true},
		{"twin: an address", "Contact: Tue 1 Jul 2025", "Contact: Acme Ltd, 1 Jul Street, Leeds", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Privacy policy", tc.old, tc.new)
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestSectionPointerNamed: a link to a section of the same text given its
// title ("see the [](#notice)section" → "see the [Notice to end
// users](#notice) section", Microsoft's, ota-88 012) read "Recipients and
// sharing". Twins: the sentence around the link changed too, a label with
// a figure, and a label's words traded.
func TestSectionPointerNamed(t *testing.T) {
	doc := func(para string) string {
		return "# Microsoft Privacy Statement\n\n## Notice to end users\n\nIf you use a Microsoft product with an account provided by an organisation, that organisation can control and administer your account and access and process your data.\n\n" +
			"## Cortana\n\nCortana is your personal productivity assistant in Microsoft 365.\n\n" + para + "\n\n## Retention\n\nWe keep your recordings for 30 days.\n"
	}
	const was = "This section applies to the consumer version of Cortana experiences in Windows 10 and Windows 11. If you are using Cortana with an account provided by an organisation, such as a work or school account, see the [](#mainnoticetoendusersmodule)section of this privacy statement. [Learn more about the enterprise version of Cortana in Microsoft 365](https://docs.microsoft.com/microsoft-365/admin/misc/cortana-integration?view=o365-worldwide) ."
	now := strings.Replace(was, "[](#mainnoticetoendusersmodule)section", "[Notice to end users](#mainnoticetoendusersmodule) section", 1)
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"titled (ota-88 012)", doc(was), doc(now), false},
		{"twin: the sentence changed too", doc(was), doc(strings.Replace(now, "such as a work or school account, see", "such as a work or school account, your recordings are shared with that organisation; see", 1)), true},
		{"twin: a figure", doc(strings.Replace(was, "see the [](#mainnoticetoendusersmodule)section", "we keep your recordings for [30 days](#retention)", 1)), doc(strings.Replace(was, "see the [](#mainnoticetoendusersmodule)section", "we keep your recordings for [90 days](#retention)", 1)), true},
		{"twin: words traded", doc(strings.Replace(was, "see the [](#mainnoticetoendusersmodule)section", "we [only use your recordings](#retention) to answer you", 1)), doc(strings.Replace(was, "see the [](#mainnoticetoendusersmodule)section", "we [use your recordings](#retention) to answer you", 1)), true},
	})
}

// TestHomePageCaptured: TIME's policy gave way to its publisher's home
// page, and each capture after changed a teaser, read as a company named
// or a recipient removed (ota-89 028 to 034). Twins: the policy giving way
// to the home page, a short text, and one that names no "privacy" but
// what is done with what the reader gives.
func TestHomePageCaptured(t *testing.T) {
	home := func(teaser string) string {
		return "# Dotdash Meredith\n\nOur groundbreaking Intent Targeting Tool [Learn More](https://www.dotdashmeredith.com/advertising)\n\n" +
			"We are America’s largest digital and print publisher. The brands you love. The experiences you want. The answers you need.\n\n" +
			"to escape into glamour\n\nto pick a houseplant\n\nto have a baby\n\nto invest sustainably\n\nto get the perfect smoky eye\n\n" +
			teaser + "\n\nOur brands reach more than 200 million people each month, across home, health, food, finance, style and entertainment, in print and online, with stories worth reading and ideas worth trying.\n\n" +
			"[Verywell Health](https://www.verywellhealth.com) · [People](https://people.com) · [Allrecipes](https://www.allrecipes.com) · [Investopedia](https://www.investopedia.com)\n"
	}
	policy := "# Privacy Policy\n\nThis policy explains how Meredith collects and uses your personal data. We share it with advertisers.\n"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a teaser changed (ota-89 030)", home("Trusted health information when you need it most, from Jessica Shepherd, Verywell Health."), home("## Dotdash Meredith is now People Inc.\n\nIAC is our parent company."), false},
		{"twin: the policy gave way to it (ota-89 027)", policy, home("Trusted health information when you need it most."), true},
		{"twin: a short text with no word of privacy", "# Photos\n\nPhotos are kept for 30 days.\n", "# Photos\n\nPhotos are kept for 90 days.\n", true},
		{"twin: no word of privacy, but of use", strings.ReplaceAll(strings.ReplaceAll(home("We read the messages you send us."), "\n\nto ", "\n\nWe use what you tell us "), "Learn More", "Learn More"), strings.ReplaceAll(strings.ReplaceAll(home("We read the messages you send us, and give them to our partners to sell you goods."), "\n\nto ", "\n\nWe use what you tell us "), "Learn More", "Learn More"), true},
	})
}

// TestMenuAboveTitle: a site's menu captured above the policy's title,
// taken out ("[Find a Store](…)", "Frappuccino Blended Beverages" over
// Starbucks's, ota-58 001) read as recipients removed. Twins: a paragraph
// under the title, and a page of two policies whose first title of the
// first level heads the second, shorter one: what stands before it is the
// first policy.
func TestMenuAboveTitle(t *testing.T) {
	body := "This Privacy Statement explains how Starbucks collects, uses and shares your personal information. " +
		"We share your information with our payment processors and with advertising partners. "
	policy := "STARBUCKS PRIVACY STATEMENT\n===========================\n\n" + strings.Repeat(body+"\n\n", 6) +
		"### Retention\n\nWe keep your information for as long as your account is open.\n"
	menu := "*   [Find a Store](https://www.starbucks.com/store-locator)\n*   [Frappuccino Blended Beverages](https://www.starbucks.com/menu/drinks/frappuccino)\n*   [Verismo](https://www.starbucks.com/verismo)\n\n"
	two := "## How we share data\n\nWe share your information with Acme Analytics, our processor.\n\n" + strings.Repeat(body+"\n\n", 3) +
		"# Cookie Policy\n\nWe use cookies.\n"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"menu taken out (ota-58 001)", menu + policy, policy, false},
		{"menu put in", policy, menu + policy, false},
		{"twin: under the title", policy, strings.Replace(policy, "as long as your account is open", "ten years after your account is closed", 1), true},
		{"twin: before the second policy's title", two, strings.Replace(two, "Acme Analytics, our processor", "Acme Analytics and Zeta Ads", 1), true},
	})
}

// TestLinkTitleBrackets: a link whose title in quotes holds brackets is
// one link, its label and target read whole (Wikimedia's menu of
// languages, ota-83): a menu of such links is a menu, counted and read as
// links. Twin: a link with no title.
func TestLinkTitleBrackets(t *testing.T) {
	for _, tc := range []struct{ text, label, target string }{
		{`*   [Uyghurche](https://foundation.wikimedia.org/wiki/Policy:Privacy_policy/ug-latn "Policy:Privacy policy/ug-latn (1% translated)")`, "Uyghurche", "https://foundation.wikimedia.org/wiki/Policy:Privacy_policy/ug-latn"},
		{`*   [Oromoo](https://foundation.wikimedia.org/wiki/Policy:Privacy_policy/om)`, "Oromoo", "https://foundation.wikimedia.org/wiki/Policy:Privacy_policy/om"},
	} {
		links, ok := linksOnly(tc.text)
		if !ok || len(links) != 1 || links[0][0] != tc.label || links[0][1] != tc.target {
			t.Errorf("linksOnly(%q) = %q, %v; want one link %q to %q", tc.text, links, ok, tc.label, tc.target)
		}
	}
}

// TestTabCounter: "tab NaN of 0" → "tab 1 of 0", a page's tab counter
// before and after its script ran (Vodafone Ireland's, ota-74 035), read
// "a number without a unit changed". Twin: a count of days.
func TestTabCounter(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           bool
	}{
		{"tab counter (ota-74 035)", "tab NaN of 0", "tab 1 of 0", false},
		{"slide counter", "slide 2 of 5", "slide 3 of 6", false},
		{"twin: days", "We answer 1 of 2 requests within 30 days.", "We answer 1 of 2 requests within 60 days.", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Analytics and Marketing", tc.old, tc.new)
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestTranslationNote: a note that an English text governs its
// translations, put in alone or as an item of a list (Coinbase's,
// ota-97 012, read "a limit was added ('only')"; Kraken's, ota-53 029,
// read as a change-notice term for Brazil's residents). Twins: a note
// that also says where data goes, and an item put in a list of data.
func TestTranslationNote(t *testing.T) {
	doc := func(list string) string {
		return "# Privacy Policy\n\n## Introduction\n\nIt is important that you understand how we use your information.\n\n" + list +
			"\n## Sharing\n\nWe share your personal data with our payment processors.\n"
	}
	const note = "    *   This translation is provided for informational purposes only. In the event of any discrepancy between the English text and this translation, the English version shall prevail.\n"
	items := "*   What this policy covers:\n    *   We collect your name.\n    *   We collect your e-mail address.\n"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"an item of a list (ota-97 012)", doc(items), doc(items + note), false},
		{"alone (ota-53 029)", doc(items), doc(items + "\nFor residents of Brazil, a Portuguese translation of this Privacy Notice is available [here](https://www.kraken.com/en-gb/legal/br-privacy) for ease of reference and understanding. While we have taken care to ensure consistency between versions, in the event of any discrepancies, the English version shall prevail.\n"), false},
		{"twin: and where data goes", doc(items), doc(items + "\nThis translation is provided for information only, and the English version shall prevail. Your personal data is stored in Brazil.\n"), true},
		{"twin: an item of data", doc(items), doc(items + "    *   We collect your passport number, and the English version of it shall prevail.\n"), true},
	})
}

// TestMailtoCorrected: an e-mail link made to write to the address it
// shows ("[dpo@vinted.it](mailto:dpo@vinted.lt)" → "(mailto:
// dpo@vinted.it)", Vinted's, ota-92 004, read "another address to write
// to"). Twin: a link made to write elsewhere than it shows.
func TestMailtoCorrected(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           bool
	}{
		{"corrected (ota-92 004)", "If you use our .it Platform: [dpo@vinted.it](mailto:dpo@vinted.lt)", "If you use our .it Platform: [dpo@vinted.it](mailto:dpo@vinted.it)", false},
		{"twin: now elsewhere", "If you use our .it Platform: [dpo@vinted.it](mailto:dpo@vinted.it)", "If you use our .it Platform: [dpo@vinted.it](mailto:dpo@vinted.lt)", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Contact our Data Protection Officer", tc.old, tc.new)
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestOpensNewWindow: a menu's note of how its link opens, without
// brackets and glued to the next entry ("Opens a new window or tabOpt
// out", Aetna's, ota-98 013 and 017, read "the rules cannot tell whether
// 'tabopt' changes a commitment"). Twin: a new way to opt out beside it.
func TestOpensNewWindow(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           bool
	}{
		{"glued (ota-98 017)", "*   Opens a new window or tabOpt out", "*   Opt out", false},
		{"before an entry (ota-98 013)", "*   Individuals overview", "*   Opens a new window or tab Individuals overview", false},
		{"twin: a way to opt out", "*   Opens a new window or tabOpt out", "*   Opt out of the sale of your personal information by calling 1-800-555-0100", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Privacy", tc.old, tc.new)
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}
