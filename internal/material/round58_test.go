package material

import (
	"fmt"
	"strings"
	"testing"
)

// The first runs of rounds 58 to 60 (24 real histories labelled blind:
// Apple, Bolt's notice for drivers, MediaFire and Wordfeud, IGN and
// Hetzner, Glassdoor and Yelp, We Heart It and Nextdoor, Magnite and
// Overleaf, Wide Angle Software and IPinfo; then the cookie policies of
// X, Viber, Outbrain, Stack Overflow and Kraken, TikTok and Taboola,
// Snapchat, Scaleway and Energia, and the privacy policies of Hearst,
// Webcrawler, Hygraph, Tencent, The Mirror, noyb and FedEx; then IKEA's,
// Facebook's, Ulster's, Palantir's, Google's, Amazon Advertising's,
// happn's, WhatsApp's, Bumble's, Deliveroo's and LinkedIn's cookie
// policies and six more privacy policies) and round 57's false alarms
// left: a label put before each item of a list; a table of contents'
// links or a table's bold taken off blocks the differ did not pair; a
// site's copyright footer; a line that opens with a date and goes on to
// commit to something, read as a date alone; a partner list re-pointed to
// another edition of the same year, missed; a link to an earlier cookie
// policy; a capture that lost every apostrophe; and the entries of a list
// of cookies filed under the words of their descriptions. Each test below
// has twins that must stay as they were.

// numbered returns a policy whose purposes and rights are numbered
// lists, each item opening with label when label is not empty (as
// Mailjet's capture wrote an icon's text, "1. Badge Check", before each).
func numbered(label string, purposes, rights []string) string {
	var b strings.Builder
	b.WriteString("# Privacy Policy\n\nWe are Example Ltd, a company registered in England.\n\n## How do we use your data?\n\n")
	list := func(items []string) {
		for i, it := range items {
			if label != "" {
				fmt.Fprintf(&b, "%d. %s\n    \n    %s\n    \n", i+1, label, it)
			} else {
				fmt.Fprintf(&b, "%d. %s\n    \n", i+1, it)
			}
		}
		b.WriteString("\n")
	}
	list(purposes)
	b.WriteString("## Your rights\n\n")
	list(rights)
	b.WriteString("## Contact\n\nWrite to privacy@example.com.\n")
	return b.String()
}

var (
	mailjetPurposes = []string{"to create and maintain your platform account, and to control access to it;",
		"to provide you with real-time logs of your use of the platform;",
		"to enable third parties to provide services to us;",
		"for billing and collection purposes, if you have subscribed to one of our paid plans;"}
	mailjetRights = []string{"the right to access your personal data;", "the right to have your data erased;", "the right to object to processing;"}
)

// TestRepeatedLabel: the same short label put before (or taken from
// before) three list items or more, their words unchanged, is an icon's
// text (Mailjet's "Badge Check", ota-135 012 to 014, read "New recipient:
// Badge Check"). Twins: a label put before two items only; a label of
// four words; a label with a digit; the labels put in as a purpose is
// added, which is still read.
func TestRepeatedLabel(t *testing.T) {
	plain := numbered("", mailjetPurposes, mailjetRights)
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"labels put in", plain, numbered("Badge Check", mailjetPurposes, mailjetRights), false},
		{"labels taken out", numbered("Badge Check", mailjetPurposes, mailjetRights), plain, false},
		{"one word", plain, numbered("Check", mailjetPurposes, mailjetRights), false},
		{"two items only", numbered("", mailjetPurposes[:2], nil), numbered("Partner Meta", mailjetPurposes[:2], nil), true},
		{"four words", plain, numbered("Shared with advertising partners", mailjetPurposes, mailjetRights), true},
		{"a label with a digit", plain, numbered("Partner 2", mailjetPurposes, mailjetRights), true},
	} {
		rep, _, why := judgeText(Builtin(), tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material %v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	// The labels put in, and a purpose added at the same time: the
	// purpose is still read.
	more := append(append([]string{}, mailjetPurposes...), "to train our machine-learning models on your messages;")
	rep, cats, why := judgeText(Builtin(), plain, numbered("Badge Check", more, mailjetRights))
	if !rep.Material || !cats["ai"] && !cats["purposes"] {
		t.Errorf("labels and a new purpose: material %v %v, want the purpose read: %s", rep.Material, cats, strings.Join(why, "; "))
	}
	for _, w := range why {
		if strings.Contains(w, "Badge") && !strings.HasPrefix(w, "cosmetic.label") && !strings.HasPrefix(w, "cosmetic.whitespace") {
			t.Errorf("labels and a new purpose: a label read as text: %s", w)
		}
	}
}

// TestRemarked: a block taken out and a block put in under the same
// heading, with the same words once links and emphasis are read as their
// words, is the same text (Bolt's table of contents unlinked and its
// tables' headers unbolded, ota-139 014 and 017, read "Security and
// breach commitments: text removed"). Twin: other words.
func TestRemarked(t *testing.T) {
	page := func(contents []string, tail string) string {
		return "# Global Privacy Notice\n\n" + strings.Join(contents, "\n\n") + "\n\n## Who we share with\n\nWe share your data with payment processors.\n\n" +
			tail + "\n\n## Retention\n\nWe keep your data for 12 months.\n"
	}
	linked := []string{"[For Customer Support ↗](https://docs.google.com/document/d/x#h1)",
		"[For Safety and Security ↗](https://docs.google.com/document/d/x#h2)",
		"[For marketing and advertising ↗](https://docs.google.com/document/d/x#h3)"}
	unlinked := []string{"For Customer Support", "For Safety and Security", "For marketing and advertising"}
	// A move the differ pairs elsewhere: the entries' order changed too.
	moved := []string{"For marketing and advertising", "For Customer Support", "For Safety and Security"}
	table := "| ****Category of Recipients**** | ****Description**** |\n| --- | --- |\n| Payment processors | To take payments |"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"links taken off", page(linked, table), page(moved, table), false},
		{"links put on", page(moved, table), page(linked, table), false},
		{"bold taken off", page(unlinked, table), page(unlinked, strings.ReplaceAll(table, "****", "")), false},
		{"other words", page(linked, table), page([]string{"For marketing and advertising", "For Customer Support", "For training our AI models"}, table), true},
	} {
		rep, _, why := judgeText(Builtin(), tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material %v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestSiteNotice: a site's copyright footer, put in or taken out, commits
// to nothing (IGN's "Use of the site is governed by our Terms of Use and
// Privacy Policy. Copyright 1996-2019 Ziff Davis. All Rights Reserved.
// Reproduction … is prohibited.", ota-141 001, read "Legal basis: text
// removed"). Twins: a sentence of the policy's beside the copyright; an
// item marked "(c)", no copyright; the terms' line without a copyright.
func TestSiteNotice(t *testing.T) {
	const footer = "Use of the site is governed by our [Terms of Use](https://www.ziffdavis.com/terms-of-use) and [Privacy Policy](https://www.ziffdavis.com/privacy-policy). Copyright 1996-2019 Ziff Davis. All Rights Reserved. Reproduction in whole or in part in any form or medium without express written permission of Ziff Davis, LLC. is prohibited."
	base := "We collect your email address to send you newsletters."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"footer taken out", base + "\n\n" + footer, base, false},
		{"footer put in", base, base + "\n\n" + footer, false},
		{"© line", base, base + "\n\n© 2024 Ziff Davis, LLC. All rights reserved.", false},
		{"a sentence beside it", base, base + "\n\nCopyright 2024 Ziff Davis. We share your data with advertisers.", true},
		{"an item marked (c)", base, base + "\n\n(c) We share your data with advertisers.", true},
		{"terms alone", base, base + "\n\nUse of the site is governed by our Terms of Use, which allow us to sell your data.", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Information we collect", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material %v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestLabelLineSentences: a line that opens with a date or a label and
// goes on to a sentence of its own is no date alone ("Last updated 2024.
// We share your data with Meta." put in was read "Only a date, version
// label or copyright notice changed"; "Last updated 2024. We keep data for
// 30 days." → "… 2025. … 90 days." too, the period read as the date's
// numbers). Twins: two dating sentences; a date and "All rights
// reserved"; a date changed before a sentence reworded, or kept.
func TestLabelLineSentences(t *testing.T) {
	for _, tc := range []struct {
		line     string
		material bool
	}{
		{"Last updated 2024. We share your data with Meta.", true},
		{"© 2024 Acme Inc. All rights reserved. We sell your data.", true},
		{"Last updated: May 5, 2024. Effective: June 1, 2024.", false},
		{"Last updated: May 5, 2024. All rights reserved.", false},
		{"Last updated: May 5, 2024", false},
		{"Last updated: February 2, 2023. To see prior versions, click here.", false},
	} {
		rep, _, why := judgeEdit(Builtin(), "Sharing", "We collect your email address.", "We collect your email address.\n\n"+tc.line)
		if rep.Material != tc.material {
			t.Errorf("%q put in: material %v, want %v: %s", tc.line, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	// The same, edited in place: the date and a sentence after it.
	for _, tc := range []struct {
		old, new string
		material bool
		reason   string
	}{
		{"Last updated 2024. We keep data for 30 days.", "Last updated 2025. We keep data for 90 days.", true, "30 days changed to 90 days"},
		{"This notice was last updated in 2024 and we keep data for 30 days.", "This notice was last updated in 2025 and we keep data for 90 days.", true, "30 days changed to 90 days"},
		{"Last updated 2024. We share data with Google.", "Last updated 2025. We share data with Meta.", true, "Meta"},
		{"Effective date: 3 February 2025. This policy explains how we handle your information.",
			"Effective date: 12 September 2025. This policy explains how we handle your personal information.", false, ""},
		{"Last updated: May 5, 2024. We keep data for 30 days.", "Last updated: June 1, 2025. We keep data for 30 days.", false, ""},
		{"Effective Date: Aug. 1, 2023", "Effective Date: Sep. 8, 2023", false, ""},
	} {
		rep, _, why := judgeEdit(Builtin(), "Retention", tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || !strings.Contains(all, tc.reason) {
			t.Errorf("%q → %q: material %v, want %v (%q): %s", tc.old, tc.new, rep.Material, tc.material, tc.reason, all)
		}
	}
}

// TestPreviousPolicyLink: a line pointing to an earlier version of a
// policy named for a category ("Previous Cookies policy 2018 [Viber
// Cookies Policy 2018](…)", ota-147 006, read "Cookies and tracking: text
// removed") announces nothing new. Twin: a new cookie policy said to do
// something.
func TestPreviousPolicyLink(t *testing.T) {
	for _, tc := range []struct {
		line     string
		material bool
	}{
		{"Previous Cookies policy 2018 [**Viber Cookies Policy 2018**](https://www.viber.com/app/uploads/Cookies-and-Tracking-Policy-2018.pdf)", false},
		{"Our new Cookies Policy, effective May 1 2024, lets us place advertising cookies.", true},
	} {
		for _, put := range []bool{true, false} {
			old, new := "Write to us at privacy@viber.com.", "Write to us at privacy@viber.com.\n\n"+tc.line
			if !put {
				old, new = new, old
			}
			rep, _, why := judgeEdit(Builtin(), "Contact Us", old, new)
			if rep.Material != tc.material {
				t.Errorf("%q (put in %v): material %v, want %v: %s", tc.line, put, rep.Material, tc.material, strings.Join(why, "; "))
			}
		}
	}
}

// TestApostrophesOnly: a capture that lost every apostrophe ("we’ve
// shown … a customer’s or partner’s site" → "weve shown … a customers or
// partners site", LinkedIn's, ota-159 008 and 009) changed no word; read
// "how many the commitment is about, 'customer' → 'customers'". Twin:
// the apostrophes lost and a party changed.
func TestApostrophesOnly(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"We use cookies to see whether we’ve shown an ad or a post and whether you’ve visited a customer’s or partner’s site.",
			"We use cookies to see whether weve shown an ad or a post and whether youve visited a customers or partners site.", false},
		{"We use cookies to see whether weve shown an ad or a post and whether youve visited a customers or partners site.",
			"We use cookies to see whether we've shown an ad or a post and whether you've visited a customer's or partner's site.", false},
		{"We’ll share your data with Google.", "Well share your data with Meta.", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Cookies", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestCookieListing: an entry of a list of cookies, a table's row or a
// line naming a cookie by its identifier, under a heading of cookies, is
// about cookies, whatever its description's words name (Taboola's "|
// tbp-consent | Maintains a record of the user’s cookie consent
// collection. |", ota-150 013, read "Categories of personal data"; X's
// "mobile\_dash\_footer\_enabled", ota-146 013, read "Automated
// decisions and AI: new text"). Twins: a table's row under the
// title of a privacy and cookies policy; a sentence of prose under the cookies'
// heading keeps its category.
func TestCookieListing(t *testing.T) {
	page := func(title, heading, body string) string {
		return "# " + title + "\n\nWe are Taboola, Inc.\n\n## " + heading + "\n\n" + body + "\n\n## Contact\n\nWrite to privacy@taboola.com.\n"
	}
	const table = "| Cookie | Purpose |\n| --- | --- |\n| t\\_gid | Assigns a unique User ID. |"
	const row = "| tbp-consent | Maintains a record of the user’s consent collection. |"
	for _, tc := range []struct {
		name, old, new string
		want           string // the category named; "!cookies" for a category other than cookies
	}{
		{"row put in", page("Taboola Cookie Policy", "What Cookies Do We Use And Why?", table), page("Taboola Cookie Policy", "What Cookies Do We Use And Why?", table+"\n"+row), "cookies"},
		{"identifier line", page("How cookies are used on X", "More privacy options", "g\\_state\n\nThis cookie is used for sign-in."), page("How cookies are used on X", "More privacy options", "g\\_state\n\nThis cookie is used for sign-in.\n\nmobile\\_dash\\_footer\\_enabled"), "cookies"},
		{"under a privacy policy", page("Privacy and Cookies Policy", "Data we collect", "| Data | Purpose |\n| --- | --- |\n| Email | Account |"), page("Privacy and Cookies Policy", "Data we collect", "| Data | Purpose |\n| --- | --- |\n| Email | Account |\n| Precise location | Advertising |"), "!cookies"},
		{"prose under cookies", page("Taboola Cookie Policy", "What Cookies Do We Use And Why?", "We share cookie data with our partners."), page("Taboola Cookie Policy", "What Cookies Do We Use And Why?", "We share cookie data with our partners and data brokers."), "!cookies"},
	} {
		rep, cats, why := judgeText(Builtin(), tc.old, tc.new)
		not, neg := strings.CutPrefix(tc.want, "!")
		switch {
		case !rep.Material:
			t.Errorf("%s: minor, want material: %s", tc.name, strings.Join(why, "; "))
		case neg && cats[not]:
			t.Errorf("%s: %v, want no %s: %s", tc.name, cats, not, strings.Join(why, "; "))
		case !neg && !cats[tc.want]:
			t.Errorf("%s: %v, want %s: %s", tc.name, cats, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestCookieListingParties: a table of processors under a heading that
// names cookies still names parties (b26-09's "Cookies, Usage, and
// Analytics Information": "| [Amplitude](…) | Usage Information |" put
// in is a recipient).
func TestCookieListingParties(t *testing.T) {
	table := "| Data Processor | Information Type Collected |\n| --- | --- |\n| [Dreamdata](https://dreamdata.io/privacy-policy) | Account Information |"
	old := "# Privacy Policy\n\nWe are IPinfo Inc.\n\n## Cookies, Usage, and Analytics Information\n\n" + table + "\n\n## Contact\n\nWrite to privacy@ipinfo.io.\n"
	new := strings.Replace(old, table, table+"\n| [Amplitude](https://amplitude.com/privacy) | Usage Information |", 1)
	rep, cats, why := judgeText(Builtin(), old, new)
	if !rep.Material || !cats["recipients"] || cats["cookies"] {
		t.Errorf("processor put in a table under cookies: %v %v, want recipients alone: %s", rep.Material, cats, strings.Join(why, "; "))
	}
}

// TestSectionRefOnly: a pointer that names another title for the section
// it points to commits to nothing of its own (X's "see the [Public
// Information](…) section" ↔ "the [Information We Collect](…) section",
// by turns, ota-164 006 to 012, read "Categories of personal data").
// Twins: the pointer kept and a recipient added; a pointer to another
// document; a pointer moved to another organisation's site; a list of
// partners, in a sentence that says "section", linked to another edition.
func TestSectionRefOnly(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"* Information you post on X (see the [Public Information](https://twitter.com/privacy#chapter1.2) section of our Privacy Policy)",
			"* Information you post on X (see the [Information We Collect](https://twitter.com/privacy#x-privacy-1)\u00a0section of our Privacy Policy)", false},
		{"We share data as set out in the Public Information section.", "We share data as set out in the Public Information section and with advertisers.", true},
		{"We share your data with the partners named in the Public Information section.", "We share your data with the partners named in the Google Analytics Terms.", true},
		{"We share data with the partners (see the [Partners](https://x.example/privacy#partners) section).", "We share data with the partners (see the [Partners](https://tracker.example/privacy#partners) section).", true},
		{"We share data with the partners (see [our partners](https://x.example/privacy#partners)).", "We share data with the partners (see [our partners](https://x.example/privacy#partners-2)).", false},
		{"This section lists whom we share data with: our advertising partners (listed [HERE](https://x.example/Ads-Partners-2024.pdf)).", "This section lists whom we share data with: our advertising partners (listed [HERE](https://x.example/Ads-Partners-2025.pdf)).", true},
	} {
		rep, _, why := judgeEdit(Builtin(), "Sources of personal data we process", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestLostLetter: a letter the capture could not decode, written "�",
// then decoded ("de Gen�ve" → "de Genève", ota-165 003, read "to
// confirm"). Twins: another word; an ASCII letter for "�".
func TestLostLetter(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"Route de Gen\uFFFDve 22-24, 1003 Lausanne", "Route de Genève 22-24, 1003 Lausanne", true},
		{"Route de Genève 22-24, 1003 Lausanne", "Route de Gen\uFFFDve 22-24, 1003 Lausanne", true},
		{"Route de Gen\uFFFDve 22-24, 1003 Lausanne", "Route de Genève 30, 1003 Lausanne", false},
		{"Route de Gen\uFFFDve 22-24", "Route de Geneve 22-24", false},
	} {
		if got := lostLetterOnly(tc.old, tc.new); got != tc.want {
			t.Errorf("lostLetterOnly(%q, %q) = %v, want %v", tc.old, tc.new, got, tc.want)
		}
	}
	page := "**Privacy Notice**\n\n**Last modified March 2023**\n\nThis Privacy Notice will help you understand what personal data we collect and your rights.\n\nTo exercise your rights, contact:\n\nNagravision Sarl\n\nPO Box 134  \nRoute de Gen\uFFFDve 22-24  \n1033 Cheseaux-sur-Lausanne\n\nSwitzerland\n"
	rep, _, why := judgeText(Builtin(), page, strings.Replace(page, "Gen\uFFFDve", "Genève", 1))
	if rep.Material {
		t.Errorf("a lost letter decoded: material: %s", strings.Join(why, "; "))
	}
}
