package material

import "testing"

// The first runs of round 63 (four blind batches of edits of the seeds,
// and the privacy policies of Amazon, Shopify, Skyscanner, Tradera,
// Blacklane, Fairbnb.coop, TikTok, Facebook, Instagram, LinkedIn and
// Snapchat from two more of Open Terms Archive's collections), and two
// false alarms left from rounds 57 and 62: a paragraph edited in several
// places, each edit the same commitment, read as rewritten whole; a
// company's "Ltd." written "Limited" after a trade word of its name; a
// setting's page named; "by
// email to:" an address that ends the sentence; and a page's reading
// time glued to its date. Each test has twins that must stay as they
// were.

// TestStepwise: three edits apart in one paragraph, each the same
// commitment made alone, are the same commitments together (b313-27);
// one of them a period changed or a promise hedged, the paragraph is
// material, and a phrase is never judged in halves.
func TestStepwise(t *testing.T) {
	const old = "Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days."
	runRestated(t, []restatedCase{
		{"three edits, each the same", "Exercise Your Rights", old,
			"Visit our GDPR Rights Page to make a data request, or email us at hello@omniops.co.uk. We'll reply to every request within 30 days.", false},
		{"twin: the period changed too", "Exercise Your Rights", old,
			"Visit our GDPR Rights Page to make a data request, or email us at hello@omniops.co.uk. We'll reply to every request within 45 days.", true},
		{"twin: the reply hedged", "Exercise Your Rights", old,
			"Visit our GDPR Rights Page to make a data request, or email us at hello@omniops.co.uk. We aim to reply to every request within 30 days.", true},
		{"twin: a right dropped in the second edit", "Exercise Your Rights", old,
			"Visit our GDPR Rights Page to make a data request. We'll reply to every request within 30 days.", true},
		{"twin: a recipient added apart from a reworded clause", "Sharing",
			"We share your contact details with our payment processor. We never sell your data to anyone.",
			"We share your contact details with our payment processor and with Meta. We will never sell your data to anyone.", true},
		{"twin: a negation dropped apart from a reworded clause", "Sharing",
			"We use your email address to send receipts. We do not use it for marketing, and we do not share it.",
			"We use your e-mail address to send receipts. We do use it for marketing, and we do not share it.", true},
	})
}

// TestStepHunks: the edits of a paragraph are found word by word, those
// fewer than stepGap words apart joined, and the texts between made one
// edit at a time end at the new text.
func TestStepHunks(t *testing.T) {
	a := stepTokens("We respond to all requests within 30 days, and we keep them for a year.")
	b := stepTokens("We'll reply to every request within 30 days, and we keep them for one year.")
	hs := stepHunks(a, b)
	if len(hs) != 2 {
		t.Fatalf("hunks %v, want 2 (the first phrase whole, then the period)", hs)
	}
	steps := stepTexts(a, b, hs)
	if want := "We'll reply to every request within 30 days, and we keep them for a year."; steps[0] != want {
		t.Errorf("first step %q, want %q", steps[0], want)
	}
	if want := "We'll reply to every request within 30 days, and we keep them for one year."; steps[1] != want {
		t.Errorf("last step %q, want %q", steps[1], want)
	}
	if hs := stepHunks(stepTokens("We keep logs for 30 days."), stepTokens("We keep logs for 90 days.")); hs != nil {
		t.Errorf("one edit: hunks %v, want none", hs)
	}
}

// TestLimitedAfterTradeWord: "Omnis Software Ltd." → "Omnis Software
// Limited" writes the same company's form out (b311-11); another
// company's name before it is another company.
func TestLimitedAfterTradeWord(t *testing.T) {
	runRestated(t, []restatedCase{
		{"Ltd. written out", "Privacy & Cookies Policy",
			"  • The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH",
			"  • The Omnis Software Group is currently made up of Omnis Software Limited, Omnis Software France and Omnis Software Germany GmbH", false},
		{"twin: another company", "Who we are", "Our controller is Omnis Software Ltd.", "Our controller is Omnis Holdings Limited.", true},
		{"twin: a limit, not a form", "Access", "Access to the Software is open to staff.", "Access to the Software is limited to staff.", true},
	})
}

// TestEventPointerElided: "We may add further companies … When we do so,
// we will update this notice" is "… more companies … If we do, we'll
// update this notice" (b313-12, b314-12, two writers of one round): two
// edits apart, each the same commitment (stepwise); an act of its own
// named instead is another event.
func TestEventPointerElided(t *testing.T) {
	const old = "We may add further companies in the future. When we do so, we will update this notice."
	runRestated(t, []restatedCase{
		{"do so → do", "Who are we?", old, "We may add more companies in the future. If we do, we’ll update this notice.", false},
		{"twin: another event", "Who are we?", old, "We may add further companies in the future. We will update this notice when we next review it.", true},
		{"twin: do business", "Who are we?", old, "We may add further companies in the future. When we do business with them, we will update this notice.", true},
	})
}

// TestSettingPage: "(configurable in your dashboard)" → "(adjustable in
// your dashboard settings)" names the page the setting is on (b311-27);
// another page, or the power given to the company, is compared.
func TestSettingPage(t *testing.T) {
	const old = "  • Chat Conversations: 90 days (configurable in your dashboard)"
	runRestated(t, []restatedCase{
		{"the setting's page named", "Data Retention", old, "  • Chat Conversations: 90 days (adjustable in your dashboard settings)", false},
		{"twin: another page", "Data Retention", old, "  • Chat Conversations: 90 days (adjustable in your account settings)", true},
		{"twin: adjusted by the company", "Data Retention", old, "  • Chat Conversations: 90 days (adjustable by our staff)", true},
	})
}

// TestContactEndsSentence: "by contacting: privacy@…" → "by email to:
// privacy@…" reaches the same address, the address ending the sentence
// (b311-10); another party between is compared.
func TestContactEndsSentence(t *testing.T) {
	const old = "Requests can be submitted by contacting: privacy@omni.example"
	runRestated(t, []restatedCase{
		{"by email to the same address", "Your rights", old, "Requests can be submitted by email to: privacy@omni.example", false},
		{"twin: through our staff", "Your rights", old, "Requests can be submitted by our staff to: privacy@omni.example", true},
	})
}

// TestReadingTime: a blog's dates with its reading time glued on (OKX's
// policy, ota-131 003, and its law enforcement guidelines, ota-177 016)
// commit to nothing; a period changed beside them is still read.
func TestReadingTime(t *testing.T) {
	runRestated(t, []restatedCase{
		{"glued reading time dropped", "Privacy Policy Statement", "Published on May 9, 2024Updated on Jul 16, 202423 min read", "Published on May 9, 2024", false},
		{"reading time put in", "Privacy Policy Statement", "Published on May 9, 2024", "Published on May 9, 2024 · 5 min read", false},
		{"twin: a period beside it", "Retention", "Published on May 9, 2024. We keep logs for 30 days. 5 min read", "Published on May 9, 2024. We keep logs for 90 days. 5 min read", true},
	})
	if got := withoutReadingTime("Updated on Aug 5, 20245 min read"); got != "Updated on Aug 5, 2024" {
		t.Errorf("withoutReadingTime = %q", got)
	}
}

// TestTemporarilyDropped: "tied temporarily to IP addresses" → "tied to IP
// addresses" makes a tie that ends one that lasts, a change the rules
// caught only beside another edit of the paragraph (pointerfind_test.go's
// twin); said again in other words around it, it is the same.
func TestTemporarilyDropped(t *testing.T) {
	const old = "Web analytics data are also tied temporarily to IP addresses to assist with troubleshooting cases."
	runRestated(t, []restatedCase{
		{"temporarily dropped", "Retention", old, "Web analytics data are also tied to IP addresses to assist with troubleshooting cases.", true},
		{"temporarily put in", "Retention", "Web analytics data are also tied to IP addresses to assist with troubleshooting cases.", old, true},
		{"twin: reworded around it", "Retention", old, "Web analytics data are also temporarily tied to IP addresses to help with troubleshooting cases.", false},
	})
}

// TestWayDroppedFromList: a place on the screen taken out whole from a
// list of the ways to withdraw consent is a way taken away, though its
// words name a place (whether_test.go's twin, which the rules caught only
// beside another edit); one place named for another is the same way.
func TestWayDroppedFromList(t *testing.T) {
	const old = "You can withdraw consent at any time using our cookie consent banner, the preference center in your dashboard, or by contacting us."
	runRestated(t, []restatedCase{
		{"a way dropped", "Withdrawing Consent", old, "You can withdraw consent at any time using our cookie consent banner or by contacting us.", true},
		{"twin: the place named another way", "Settings", "You can change this through your settings page.", "You can change this on the Profile screen under Settings.", false},
	})
}

// TestLawOfPlace: a term glossed with the law it is defined in ("a
// “controller” under US state privacy laws", batch 318) commits to
// nothing new; the same country as where data is kept or sent, or as
// whose law applies ("where applicable law requires" → "where US law
// requires", b123-39), does.
func TestLawOfPlace(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a term glossed by US state law", "Controller",
			"OmniCRM is the Controller for information you provide.",
			"OmniCRM is the Controller (a “controller” under US state privacy laws) for information you provide.", false},
		{"twin: data kept in the US", "Transfers", "We store your data in Ireland.", "We store your data in Ireland and the US.", true},
		{"twin: data processed in the US, under its law", "Transfers",
			"Your data is processed in line with applicable law.", "Your data is processed in the US in line with US law.", true},
		{"twin: which law applies", "Children's Privacy",
			"The Service is not intended for children under the age of 13 (or a higher age threshold where applicable law requires).",
			"The Service is not intended for children under the age of 13 (or a higher age threshold where US law requires).", true},
	})
}

// TestPromoteAndScopedData: two misses the edit-by-edit reading showed in
// the rules it leans on. "provide and improve our services" → "provide,
// improve and promote our services" adds a purpose (b193-28); "personal
// information which is accessed through its services" is the data the
// policy governs, and "and its website" widens it (b206-42). Their twins
// stay minor.
func TestPromoteAndScopedData(t *testing.T) {
	runRestated(t, []restatedCase{
		{"promote added", "Cookies", "We use cookies to provide and improve our services.", "We use cookies to provide, improve and promote our services.", true},
		{"twin: the same verbs reordered", "Cookies", "We use cookies to provide and improve our services.", "We use cookies to improve and provide our services.", false},
		{"scoped data widened", "Overview",
			"This Privacy Policy describes how omnie handles personal information which is accessed through its services.",
			"This Privacy Policy describes how omnie handles personal information which is accessed through its services and its website.", true},
		{"twin: the topics reworded", "Overview",
			"This Privacy Policy describes how omnie handles personal information.",
			"This Privacy Policy explains how omnie handles personal information.", false},
	})
}
