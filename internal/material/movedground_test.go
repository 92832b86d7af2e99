package material

import (
	"os"
	"strings"
	"testing"
)

// TestMovedGround: a list item moved unchanged to a list under a heading
// that names another lawful ground, class of cookie, or place whose
// residents hold a right, or such a heading retitled to another, is
// material (probe: the OmniOps seed's Art. 6 lists, all 42 moves between
// them "Moved from § … without change", the headings swapped "Heading
// reworded, on the same topic"; the 7 moves between its essential and
// analytics cookie lists and the 14 between its rights lists read the
// same). Twins: a move between headings naming no ground, or the same
// ground or class of cookie, stays minor; a ground's heading reworded
// with the same ground stays minor.
func TestMovedGround(t *testing.T) {
	rb := Builtin()
	seed, err := os.ReadFile("../../content/omniops/privacy.md")
	if err != nil {
		t.Fatal(err)
	}
	old := string(seed)
	item := "- Marketing communications and newsletters\n"
	if !strings.Contains(old, item) || !strings.Contains(old, "- Enforcing our terms of service\n") {
		t.Fatal("seed changed")
	}
	moved := strings.Replace(strings.Replace(old, item, "", 1), "- Enforcing our terms of service\n", "- Enforcing our terms of service\n"+item, 1)
	swapped := strings.NewReplacer("### Consent (Art. 6(1)(a))", "### Legitimate Interests (Art. 6(1)(f))", "### Legitimate Interests (Art. 6(1)(f))", "### Consent (Art. 6(1)(a))").Replace(old)
	bases := "# Privacy\n\n## Legal bases\n\n### Performance of a contract\n\n- Running your account\n- Sending you receipts for payments\n\n### Your consent\n\n- Newsletters\n- Product tips\n\n### Our legitimate interests\n\n- Fraud checks\n- Measuring how the product is used\n"
	basesMoved := strings.Replace(strings.Replace(bases, "- Sending you receipts for payments\n", "", 1), "- Fraud checks\n", "- Fraud checks\n- Sending you receipts for payments\n", 1)
	basesMoved2 := strings.Replace(strings.Replace(bases, "- Measuring how the product is used\n", "", 1), "- Running your account\n", "- Running your account\n- Measuring how the product is used\n", 1)
	cookieItem := "- Understand how visitors use our service\n"
	cookieMoved := strings.Replace(strings.Replace(old, cookieItem, "", 1), "- Load balancing and service delivery\n", "- Load balancing and service delivery\n"+cookieItem, 1)
	cookies := "# Cookies\n\n## Strictly necessary cookies\n\n- Keeping you signed in\n- Remembering your basket\n\n## Advertising cookies\n\n- Showing you relevant ads\n- Measuring ad clicks\n"
	cookiesMoved := strings.Replace(strings.Replace(cookies, "- Measuring ad clicks\n", "", 1), "- Keeping you signed in\n", "- Keeping you signed in\n- Measuring ad clicks\n", 1)
	right := "- Right to Object (Art. 21): Object to processing based on legitimate interests or for direct marketing\n"
	rightMoved := strings.Replace(strings.Replace(old, right, "", 1), "- Right to Delete: Request deletion of your personal information\n", "- Right to Delete: Request deletion of your personal information\n"+right, 1)
	rights := "# Privacy\n\n## Your rights\n\n- You can ask for a copy of your data\n- You can ask us to correct your data\n\n## Cookies\n\nWe use a few cookies.\n\n## Rights of Texas residents\n\n- You can appeal a refusal of your request\n- You can opt out of targeted advertising\n"
	rightsMoved := strings.Replace(strings.Replace(rights, "- You can ask us to correct your data\n", "", 1), "- You can appeal a refusal of your request\n", "- You can appeal a refusal of your request\n- You can ask us to correct your data\n", 1)
	for _, tc := range []string{right, "- Right to Delete: Request deletion of your personal information\n"} {
		if !strings.Contains(old, tc) {
			t.Fatalf("seed changed: %q", tc)
		}
	}
	for _, tc := range []struct{ name, old, new string }{
		{"omniops right → California rights", old, rightMoved},
		{"everyone's right → Texas residents'", rights, rightsMoved},
		{"omniops analytics → essential cookies", old, cookieMoved},
		{"advertising → strictly necessary cookies", cookies, cookiesMoved},
		{"omniops consent → legitimate interests", old, moved},
		{"omniops headings swapped", old, swapped},
		{"contract → legitimate interests", bases, basesMoved},
		{"legitimate interests → contract", bases, basesMoved2},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		if !rep.Material || !cats["legal-basis"] && !cats["cookies"] && !cats["rights"] {
			t.Errorf("%s: material=%v %v, want legal-basis, cookies or rights: %v", tc.name, rep.Material, cats, why)
		}
	}
	plain := "# Privacy\n\n## Overview\n\nWe run a shop.\n\n## What we collect\n\n- Your name\n- Your email\n\n## Contact\n\nWrite to us at the shop.\n\n## Security\n\nWe keep backups.\n"
	plainMoved := strings.Replace(strings.Replace(plain, "We keep backups.\n", "", 1), "We run a shop.\n", "We run a shop.\n\nWe keep backups.\n", 1)
	same := "# Privacy\n\n## Legal bases\n\n### Consent (Art. 6(1)(a))\n\n- Newsletters\n"
	sameReworded := "# Privacy\n\n## Legal bases\n\n### Consent (Article 6(1)(a) GDPR)\n\n- Newsletters\n"
	sameKind := "# Cookies\n\n## Strictly necessary cookies\n\n- Keeping you signed in\n- Remembering your basket\n\n## Other pages\n\nSee our help centre.\n\n## Essential cookies on our app\n\n- Crash reports\n- Load balancing\n"
	sameKindMoved := strings.Replace(strings.Replace(sameKind, "- Load balancing\n", "", 1), "- Keeping you signed in\n", "- Keeping you signed in\n- Load balancing\n", 1)
	plainHeading := "# Privacy\n\n## What we collect\n\n### From you\n\n- Your name and email address\n\n### From your device\n\n- Your IP address and browser type\n"
	plainHeadingDropped := strings.Replace(plainHeading, "### From your device\n\n", "", 1)
	for _, tc := range []struct{ name, old, new string }{
		{"a heading naming no ground removed", plainHeading, plainHeadingDropped},
		{"same class of cookie", sameKind, sameKindMoved},
		{"no ground named", plain, plainMoved},
		{"same ground reworded", same, sameReworded},
	} {
		if rep, _, why := judgeText(rb, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}

// TestMovedUnderPlainTitles: the OmniOps seed as the never-seen set writes
// it titles its lists of grounds and of cookies with plain lines; an item
// moved between them changes its ground or class as under headings.
// Reordered within one list, it does not.
func TestMovedUnderPlainTitles(t *testing.T) {
	rb := Builtin()
	doc := "# Legal\n\n## Legal Basis\n\nConsent (Art. 6(1)(a))\n\nProcessing based on your explicit consent:\n\n- Marketing communications and newsletters\n- Optional product integrations\n\n## Withdrawing Consent\n\nYou can withdraw consent at any time.\n\nLegitimate Interests (Art. 6(1)(f))\n\nProcessing based on our legitimate business interests:\n\n- Security monitoring and fraud prevention\n- Troubleshooting and technical support\n\n## Essential Cookies\n\nThese cookies are necessary:\n\n- Session management and authentication\n- Load balancing and service delivery\n\nAnalytics Cookies (Optional)\n\nWith your consent, we use analytics cookies to:\n\n- Understand how visitors use our service\n- Measure the effectiveness of features\n"
	move := func(item, after string) string {
		d := strings.Replace(doc, item+"\n", "", 1)
		return strings.Replace(d, after+"\n", after+"\n"+item+"\n", 1)
	}
	for _, tc := range []struct {
		name, new, want string
	}{
		{"consent → legitimate interests", move("- Marketing communications and newsletters", "- Troubleshooting and technical support"), "legal-basis"},
		{"essential → analytics", move("- Load balancing and service delivery", "- Measure the effectiveness of features"), "cookies"},
		{"analytics → essential", move("- Measure the effectiveness of features", "- Session management and authentication"), "cookies"},
	} {
		rep, cats, why := judgeText(rb, doc, tc.new)
		if !rep.Material || !cats[tc.want] {
			t.Errorf("%s: material=%v %v, want %s: %v", tc.name, rep.Material, cats, tc.want, why)
		}
	}
	if rep, _, why := judgeText(rb, doc, move("- Optional product integrations", "Processing based on your explicit consent:\n")); rep.Material {
		t.Errorf("reordered within one list: material, want minor: %v", why)
	}
}

// TestHeadingAloneMoves: a Markdown heading of a kind removed alone leaves
// its items under the heading of another kind before it (rt's probes:
// "### Analytics Cookies (Optional)" deleted, 4 of 4 read "Heading
// removed").
func TestHeadingAloneMoves(t *testing.T) {
	rb := Builtin()
	doc := "# Cookies\n\n### Essential Cookies\n\n- Session management and authentication\n\n### Analytics Cookies (Optional)\n\n- Understand how visitors use our service\n\n## Contact\n\nWrite to us.\n"
	rep, cats, why := judgeText(rb, doc, strings.Replace(doc, "### Analytics Cookies (Optional)\n\n", "", 1))
	if !rep.Material || !cats["cookies"] {
		t.Errorf("analytics heading removed: material=%v %v, want cookies: %v", rep.Material, cats, why)
	}
	// A heading of no kind removed alone says nothing on its own.
	rep, _, why = judgeText(rb, doc, strings.Replace(doc, "## Contact\n\n", "", 1))
	if rep.Material {
		t.Errorf("contact heading removed: material, want minor: %v", why)
	}
}
