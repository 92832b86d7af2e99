package material

import (
	"strings"
	"testing"
)

// Mends of round 76 (batches 363 to 366, written blind and first run on
// round 75's mends). Each test has twins that must stay as they were.

// TestClauseBesideAdvice: a clause put after a semicolon beside advice to
// the reader is not advice ("…periodically; continued use of the Service
// means you accept any changes", b364-38; "; earlier versions are
// archived on this page", b364-30); a clause that only carries the advice
// on is.
func TestClauseBesideAdvice(t *testing.T) {
	const h = "Changes to This Privacy Policy"
	const old = "We encourage you to review this Privacy Policy periodically for any changes."
	runRestated(t, []restatedCase{
		{"acceptance by use", h, old, "We encourage you to review this Privacy Policy periodically; continued use of the Service means you accept any changes.", true},
		{"an archive", h, "We encourage you to review this Privacy Policy periodically for the latest information on our privacy practices.",
			"We encourage you to review this Privacy Policy periodically for the latest information on our privacy practices; earlier versions are archived on this page.", true},
		{"twin: the advice carried on (b75-40)", h, "We may update this Privacy Policy from time to time. We will notify you of any changes by posting the new Privacy Policy on this page and updating the \"Last Updated\" date. We encourage you to review this Privacy Policy periodically for any changes.",
			"We may update this Privacy Policy from time to time. We will notify you of any changes by posting the new Privacy Policy on this page and updating the \"Last Updated\" date. Tip: glance at the \"Last Updated\" date at the top of this page now and then; if it has changed, so has the policy.", false},
		{"twin: the advice reworded", h, old, "We encourage you to check this Privacy Policy every so often for any changes.", false},
	})
}

// TestDraftersWords: a drafter's formal words for the plain ones ("in
// respect of" for "about", "hereinabove" for "above", batch 365) say the
// same; a formal word that overrides ("notwithstanding") is read as
// written.
func TestDraftersWords(t *testing.T) {
	runRestated(t, []restatedCase{
		{"in respect of", "Security", "We use technology controls regarding our information systems.", "We use technology controls in respect of our information systems.", false},
		{"with respect to", "Your Rights", "You may contact us about these rights.", "You may contact us with respect to these rights.", false},
		{"hereinabove", "Information We Access", "The iOS app does not collect data beyond what is listed above.", "The iOS app does not collect data beyond what is listed hereinabove.", false},
		{"twin: notwithstanding", "Information We Access", "The iOS app does not collect data beyond what is listed above.", "Notwithstanding the foregoing, the iOS app does not collect data beyond what is listed above.", true},
	})
}

// TestReasonQuotesAddress: a reason quoting a sentence whose address was
// masked for comparison quotes the address, also where the sentence writes
// the word "contact" itself: "or contact us at hello@omniops.co.uk. We
// respond", not "or contact us at contact . We respond" (17 reasons of the
// labelled dump, b361-27 among them). Reasons are frozen into published
// versions and sent in notices.
func TestReasonQuotesAddress(t *testing.T) {
	rb := Builtin()
	const old = "Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days."
	for _, new := range []string{
		"Visit our GDPR Rights Page to submit a data request, to which we respond within 30 days, or contact us at hello@omniops.co.uk.",
		"Visit our GDPR Rights Page to make a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 working days.",
	} {
		_, _, why := judgeEdit(rb, "Exercise Your Rights", old, new)
		all := strings.Join(why, "; ")
		if strings.Contains(all, "contact .") || strings.Contains(all, "contact ,") || strings.Contains(all, "at contact") {
			t.Errorf("%q: the reason quotes the mark, not the address: %s", new, all)
		}
	}
}

// TestAddressPartsEmpty: text ending in ", , " left no part before its
// last comma, and streetOfNamed sliced past it; the rules' failure became
// a verdict to confirm. A hostile test found it (addressplace.go, a rule
// older than this session).
func TestAddressPartsEmpty(t *testing.T) {
	const doc = "# P\n\n## Contact\n\n%s\n\nWe protect your data.\n"
	_, _, why := judgeInDoc(Builtin(), doc, "**Security**: decide which discounts,or misuse of our services Data Protection Officer Dorset,(rectification) ##  Dorset, ",
		", BH23 6NW,all requests ;Where it is statistical data,Role:") // judgeText stops the test on a rule's failure
	if len(why) == 0 {
		t.Error("no verdict")
	}
}
