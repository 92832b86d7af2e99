package material

import (
	"strings"
	"testing"
)

// Mends of round 67 (batches 327 to 330, written blind and first run on
// f80276e). Each test has twins that must stay as they were.

// TestPlacesShareAWord: two countries whose names share their first word
// are two places, not one party renamed (b327-04: "United States &
// Europe" → "United Kingdom & Europe" read as the same commitments); a
// company's product renamed under its first word still is one party.
func TestPlacesShareAWord(t *testing.T) {
	rb := Builtin()
	const h = "7. PLATFORM INFRASTRUCTURE AND DATA STORAGE"
	for _, tc := range []struct{ name, old, new, cat, reason string }{
		{"United States to United Kingdom", "Data is primarily stored on AWS infrastructure located in the United States & Europe.",
			"Data is stored mainly on AWS infrastructure located in the United Kingdom & Europe.", "transfers", "United Kingdom"},
		{"South Korea to South Africa", "We transfer data to our support team in South Korea.",
			"We transfer data to our support team in South Africa.", "transfers", "South Africa"},
	} {
		rep, cats, why := judgeEdit(rb, h, tc.old, tc.new)
		wantCategoryNot(t, tc.name, rep, cats, why, tc.cat, "")
		if all := strings.Join(why, "; "); !strings.Contains(all, tc.reason) || strings.Contains(all, "live in") {
			t.Errorf("%s: reason %q, want it to name %q as a destination", tc.name, all, tc.reason)
		}
	}
	runRestated(t, []restatedCase{
		{"twin: a product renamed under its company's name", "Integrations",
			"We send call logs to Zoom Chat.", "We send call logs to Zoom Team Chat.", false},
		{"twin: the same country", "Transfers",
			"Data is stored in the United States.", "Data is stored in the United States of America.", false},
	})
}

// TestThingLocated: "located in" said of servers, infrastructure or data
// says where data goes; said of the reader, where they live.
func TestThingLocated(t *testing.T) {
	rb := Builtin()
	rep, cats, why := judgeEdit(rb, "Data storage", "Data is stored on servers located in the United States.", "Data is stored on servers located in Japan.")
	wantCategoryNot(t, "servers located in", rep, cats, why, "transfers", "")
	if all := strings.Join(why, "; "); strings.Contains(all, "live in") {
		t.Errorf("servers located in: %q reads the place as where the reader lives", all)
	}
	rep, cats, why = judgeEdit(rb, "Your rights", "Individuals located in the UK may complain to the ICO.", "Individuals located in the EU may complain to the ICO.")
	wantCategoryNot(t, "twin: individuals located in", rep, cats, why, "rights", "transfers")
}

// TestLimitFronted: "only" put at the front of its sentence limits who
// acts, and what it limited before (what the access is for) is limited no
// longer (b327-42, read "Grammar only"). A passive that keeps the limit on
// the same party, or a limit after the party it limits, is the same.
func TestLimitFronted(t *testing.T) {
	runRestated(t, []restatedCase{
		{"only: from why to who", "Role of omnie",
			"- omnie personnel access this data only to perform support services",
			"- Only omnie personnel have access to this data, in order to perform support services", true},
		{"only: from what for to which data", "Sharing",
			"We will use your email address only to send receipts.",
			"Only your email address will be used by us to send receipts.", true},
		{"twin: the passive, the same party limited", "Security",
			"Only authorised staff can access your data.",
			"Your data can be accessed only by authorised staff.", false},
		{"twin: the party limited, after it or before it", "Role of omnie",
			"- Access is for omnie personnel only, to perform support services",
			"- Only omnie personnel have access, to perform support services", false},
		{"twin: before the verb or after it", "Sharing",
			"We only share your data with our processors.",
			"We share your data only with our processors.", false},
	})
}

// TestMeasureVerb: a safeguard is in place whatever verb says so
// ("implements" → "uses", b330-46, beside "during" → "in"); a limit of
// time traded for another kind is not ("during" → "after").
func TestMeasureVerb(t *testing.T) {
	const h, old = "Security Practices", "omnie implements reasonable safeguards to protect data accessed during service delivery, including:"
	runRestated(t, []restatedCase{
		{"implements → uses, during → in", h, old, "omnie uses reasonable safeguards to protect data accessed in service delivery, including:", false},
		{"maintains → applies", h, "We maintain strict access controls.", "We apply strict access controls.", false},
		{"twin: during → after beside the verb", h, old, "omnie uses reasonable safeguards to protect data accessed after service delivery, including:", true},
		{"twin: a verb of keeping, no measure named", "Retention", "We maintain records of your purchases.", "We use records of your purchases.", true},
	})
}

// TestSecurityStandard: a standard of security is a measure, whatever
// verb names it ("We utilise the ISO/IEC 27001 standard … to support",
// b328-19, read "New recipient"); a company so named is a recipient.
func TestSecurityStandard(t *testing.T) {
	rb := Builtin()
	rep, cats, why := judgeEdit(rb, "Security",
		"  • We utilise industry “good practice” standards to support the maintenance of a robust information security management system; and",
		"  • We utilise the ISO/IEC 27001 standard, with independent certification, to support the maintenance of a robust information security management system; and")
	wantCategoryNot(t, "ISO/IEC 27001", rep, cats, why, "security", "recipients")
	if all := strings.Join(why, "; "); strings.Contains(all, "recipient") {
		t.Errorf("ISO/IEC 27001: %q", all)
	}
	rep, cats, why = judgeEdit(rb, "Sharing", "We use Mailgun to send newsletters.", "We use Mailgun and SendGrid to send newsletters.")
	wantCategoryNot(t, "twin: a company used to do a thing", rep, cats, why, "recipients", "security")
}

// TestStaffAccessCategory: where staff access data, "access" is no right
// of the reader's: a limit on that access is security (b330-07), an item
// of what they access it for a purpose; the reader's own access is a
// right.
func TestStaffAccessCategory(t *testing.T) {
	rb := Builtin()
	const h = "10. ACCESS TO CUSTOMER DATA"
	const old = "OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, troubleshooting."
	rep, cats, why := judgeEdit(rb, h, old, "OmniCRM staff may access customer accounts for: platform support, system maintenance, troubleshooting.")
	wantCategoryNot(t, "the limit on staff access lifted", rep, cats, why, "security", "rights")
	rep, cats, why = judgeEdit(rb, h, old, "OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, troubleshooting, responding to court orders.")
	wantCategoryNot(t, "a purpose of staff access added", rep, cats, why, "purposes", "rights")
	rep, cats, why = judgeEdit(rb, h, "You may access your account data at any time.", "You may access your account data once a year.")
	wantCategoryNot(t, "twin: the reader's access", rep, cats, why, "rights", "security")
}

// TestReaderInstruction: "if you tell us not to" is "if you ask us not
// to" (b324-18, b327-17, b329-20, three writers of three rounds), and the
// reason quotes the words that changed, not "the same contact" beside an
// address that did not.
func TestReaderInstruction(t *testing.T) {
	const h = "Keeping you informed about our products and services"
	const old = "We won’t send you marketing messages if you tell us not to. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/"
	rb := Builtin()
	rep, _, why := judgeEdit(rb, h, old, "We will not send you marketing messages if you ask us not to. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/")
	if all := strings.Join(why, "; "); rep.Material || strings.Contains(all, "contact") {
		t.Errorf("tell us not to → ask us not to: material=%v, %q", rep.Material, all)
	}
	runRestated(t, []restatedCase{
		{"twin: unless you ask us to", h, old,
			"We will send you marketing messages unless you ask us not to. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/", true},
		{"twin: opt-out made opt-in beside it", h, old,
			"We will not send you marketing messages unless you ask us to. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/", true},
	})
}

// TestNonPrefix: "Non-essential cookies" are "cookies that are not
// essential" (b108-24, b329-24); what is said of them is compared, and
// "non-" dropped reverses which cookies are meant (read as the same
// commitments before this round).
func TestNonPrefix(t *testing.T) {
	runRestated(t, []restatedCase{
		{"non-essential, as a clause", "Consent (Art. 6(1)(a))", "  • Non-essential cookies and analytics", "  • Cookies that are not essential, and analytics", false},
		{"non-essential, as a clause after the list", "Cookies", "Non-essential cookies and analytics are disabled by default.", "Cookies and analytics that are not essential are disabled by default.", false},
		{"twin: and now enabled", "Cookies", "Non-essential cookies and analytics are disabled by default.", "Cookies and analytics that are not essential are enabled by default.", true},
		{"twin: the negation dropped", "Cookies", "Non-essential cookies are disabled by default.", "Essential cookies are disabled by default.", true},
	})
}

// TestConsentFor: "with your analytics consent" is a consent, as "with
// your consent" is: said as "if you have given analytics consent" it is
// the same condition (b327-22).
func TestConsentFor(t *testing.T) {
	const h, old = "Information Collected Automatically", "  • Basic usage analytics (page views, chat interactions) — only with your analytics consent"
	runRestated(t, []restatedCase{
		{"with your analytics consent → if you have given", h, old, "  • Basic usage analytics (page views, chat interactions) — only if you have given analytics consent", false},
		{"twin: the consent dropped", h, old, "  • Basic usage analytics (page views, chat interactions)", true},
		{"twin: a party, not a consent", "Sharing", "We share it with your employer.", "We share it if you consent.", true},
	})
}

// TestPoliteAside: "Please note that" set aside, the rest judged alone:
// "should you choose to decline" is "if you decline" beside it.
func TestPoliteAside(t *testing.T) {
	const h = "Cookies"
	runRestated(t, []restatedCase{
		{"please note, and choose to", h, "Please note that if you choose to decline cookies, you may be unable to access our website.", "If you decline cookies, you may be unable to access our website.", false},
		{"twin: a commitment changed beside it", h, "Please note that we may share cookie data with our partners.", "We will share cookie data with our partners.", true},
		{"twin: a party added beside it", h, "Please note that we share cookie data with our partners.", "We share cookie data with our partners and with Meta.", true},
	})
}
