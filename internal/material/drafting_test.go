package material

import (
	"strings"
	"testing"
)

// TestDraftingSynonyms: the same act, institution or profession in a
// lawyer's other words: "is performed" → "takes place" (b288-47,
// b293-44), "EU Commission" → "European Commission" (b294-26), "lawyers"
// → "solicitors" (b294-18). Twins: the act changed ("is performed" → "is
// requested"), the EU for Europe, which is more, and lawyers for
// accountants, who are others.
func TestDraftingSynonyms(t *testing.T) {
	runRestated(t, []restatedCase{
		{"is performed, takes place (b293-44)", "Deletion",
			"Deletion is performed within client systems following client procedures.",
			"Deletion takes place within client systems following client procedures.", false},
		{"is performed, is carried out", "Deletion",
			"Deletion is performed within client systems following client procedures.",
			"Deletion is carried out within client systems following client procedures.", false},
		{"twin: is performed, is requested", "Deletion",
			"Deletion is performed within client systems following client procedures.",
			"Deletion is requested within client systems following client procedures.", true},
		{"EU Commission, European Commission (b294-26)", "International Data Transfers",
			"  • Standard Contractual Clauses (SCCs): EU Commission-approved data transfer agreements with our processors",
			"  • Standard Contractual Clauses (SCCs): European Commission-approved data transfer agreements with our processors", false},
		{"twin: the EU, Europe", "International Data Transfers",
			"Your data is stored in the EU.",
			"Your data is stored in Europe.", true},
		{"lawyers, solicitors (b294-18)", "Sharing",
			"  • Professional Advisors: We may share data with professional advisors, such as lawyers and consultants.",
			"  • Professional Advisors: We may share data with professional advisers, such as solicitors and consultants.", false},
		{"twin: lawyers, accountants", "Sharing",
			"  • Professional Advisors: We may share data with professional advisors such as lawyers.",
			"  • Professional Advisors: We may share data with professional advisors such as accountants.", true},
	})
}

// TestPointedParts: the part of the policy a sentence points to is no
// item of what it commits to: "as set out in the “Your rights” or
// sections above" → "… section above" (b291-19, b293-19). Twin: a right
// dropped from the same sentence.
func TestPointedParts(t *testing.T) {
	const old = "If you would like to exercise one of your rights as set out in the “Your rights” or sections above, or you have a question or a complaint about this policy, or the way your personal information is processed, please contact us by one of the following means:"
	runRestated(t, []restatedCase{
		{"or sections above, section above (b293-19)", "Contact us", old,
			"If you would like to exercise one of your rights as set out in the “Your rights” section above, or you have a question or a complaint about this policy, or the way your personal information is processed, please contact us by one of the following means:", false},
		{"or sections above, sections below", "Contact us", old,
			"If you would like to exercise one of your rights as set out in the “Your rights” or sections below, or you have a question or a complaint about this policy, or the way your personal information is processed, please contact us by one of the following means:", false},
		{"twin: a complaint no longer a reason to write", "Contact us", old,
			"If you would like to exercise one of your rights as set out in the “Your rights” section above, or you have a question about this policy, or the way your personal information is processed, please contact us by one of the following means:", true},
	})
}

// TestSettableDropped: a control the reader had, said in brackets, is no
// example: "90 days (configurable in your dashboard)" → "90 days" takes it
// (b296-25), and putting it in gives one. Twin: the control said another
// way ("(you can change this in your dashboard)").
func TestSettableDropped(t *testing.T) {
	const h = "Data Retention"
	const old = "  • Chat Conversations: 90 days (configurable in your dashboard)"
	runRestated(t, []restatedCase{
		{"configurable dropped (b296-25)", h, old, "  • Chat Conversations: 90 days", true},
		{"configurable put in", h, "  • Chat Conversations: 90 days", old, true},
		{"twin: you can change this", h, old, "  • Chat Conversations: 90 days (you can change this in your dashboard)", false},
	})
	// Twin: the section still says the reader can configure the periods
	// (b120-29, b176-26, the OmniOps seed): the bracket only repeated it.
	rb := Builtin()
	doc := func(line string) string {
		return "## Data Retention\n\nWe retain your data for the following periods:\n\n" + line +
			"\n  • Website Content: Until manually refreshed or account deletion\n  • Analytics Data: 180 days\n\nYou can configure shorter retention periods in your dashboard privacy settings.\n"
	}
	if rep, _, why := judgeText(rb, doc(old), doc("  • Chat Conversations: 90 days")); rep.Material {
		t.Errorf("twin (b120-29): the section still gives the control: material: %s", strings.Join(why, "; "))
	}
}

// TestTurnedQualifier: an adjective put under a denial while the noun
// phrase is turned round with "of" narrows the denial as it does before
// the noun: "does not store payment card information" → "does not store
// the complete information of the payment card" (b298-06, a miss). Twins:
// the phrase turned round with no adjective, and the adjective without a
// denial or a limit over it.
func TestTurnedQualifier(t *testing.T) {
	const h = "5. PAYMENT DATA"
	runRestated(t, []restatedCase{
		{"the complete information of the payment card (b298-06)", h,
			"OmniCRM does not store payment card information.",
			"OmniCRM does not store the complete information of the payment card.", true},
		{"only the full details of your card", h,
			"We only keep card details needed for refunds.",
			"We only keep the full details of the card needed for refunds.", true},
		{"twin: turned round, no adjective", h,
			"OmniCRM does not store payment card information.",
			"OmniCRM does not store the information of the payment card.", false},
	})
}
