package material

import (
	"strings"
	"testing"
)

// TestPartNumber holds the family of b43-21: a number that names a part of
// the document itself is where to read, not a quantity, and a paragraph
// that only points to such a part and sums up what it sets out commits to
// nothing of its own. A number of a law's article, a period, and a
// commitment of ours beside the pointer still count.
func TestPartNumber(t *testing.T) {
	rb := Builtin()
	const dpa = "SCALINGO has put in place directly on the Platform the necessary tools to allow the Client to manage the requests for exercising rights from Data Subjects."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"rights restated after a pointer to the article (b43-21)", "ARTICLE 9 - EXERCISE OF RIGHTS, REQUESTS AND COMPLAINTS", dpa,
			dpa + "\n\nThe rights of Data Subjects that may be exercised in this context are detailed in Article 24 of this Agreement. These include, in particular, the rights of access, rectification, erasure, restriction of processing, data portability, objection, withdrawal of consent, and the right to lodge a complaint with the competent supervisory authority.", false},
		{"choices summed up after a pointer to a section below", "Your choices",
			"You can manage your marketing preferences in your account settings.",
			"You can manage your marketing preferences in your account settings.\n\nThe choices you have about your personal data are set out in Section 7 below. They include opting out of marketing emails and closing your account.", false},
		{"a cross-reference renumbered", "Retention",
			"We keep your personal data for the periods set out in Section 5 of this Policy.",
			"We keep your personal data for the periods set out in Section 6 of this Policy.", false},
		{"a cross-reference of an annex renumbered", "Subprocessors",
			"The processor engages only the subprocessors listed in Annex 3 to this Agreement.",
			"The processor engages only the subprocessors listed in Annex 4 to this Agreement.", false},
		{"a pointer renumbered beside a period that stays", "Transfers",
			"For more detail, see Section 14 below. We keep 2 copies for 30 days.",
			"For more detail, see Section 15 below. We keep 2 copies for 30 days.", false},
		// A section's own number, with no "of this" or "below" (Roblox's,
		// ota-51 072), and a section's number alone, below (Energia's,
		// ota-50 042).
		{"a section renumbered in a rule of precedence", "Supplemental terms",
			"If there is a conflict between this addendum and Section 8, the information in Section 8 shall prevail.",
			"If there is a conflict between this addendum and Section 7, the information in Section 7 shall prevail.", false},
		{"a section's number alone, renumbered, below", "Purposes",
			"We use your data for the purposes set out at 3.12 below.",
			"We use your data for the purposes set out at 3.11 below.", false},
		// Material twins.
		{"a law's section changed", "California",
			"You have the right to know, under Section 1798.100 of the Civil Code.",
			"You have the right to know, under Section 1798.110 of the Civil Code.", true},
		{"an act's section changed", "Legal basis",
			"We process your data under section 7 of the Act.",
			"We process your data under section 9 of the Act.", true},
		{"a figure, not a section, below", "Retention",
			"We keep logs for 2.5 years, as set out below.",
			"We keep logs for 3.5 years, as set out below.", true},
		{"a commitment of ours beside the pointer", "ARTICLE 9 - EXERCISE OF RIGHTS", dpa,
			dpa + "\n\nThe rights of Data Subjects are detailed in Article 24 of this Agreement. We will answer each request within 60 days.", true},
		{"a pointer to a law's article, with the rights it gives", "Your rights",
			"You can manage your marketing preferences in your account settings.",
			"You can manage your marketing preferences in your account settings.\n\nYour rights are set out in Article 15 of the GDPR. These include the right to a copy of your personal data.", true},
		{"the legal basis's article changed", "Legal basis",
			"We process your personal data on the basis of Article 6(1)(b) GDPR.",
			"We process your personal data on the basis of Article 6(1)(f) GDPR.", true},
		{"a period beside a section number", "Retention",
			"We keep your personal data for 12 months, as set out in Section 5 of this Policy.",
			"We keep your personal data for 24 months, as set out in Section 5 of this Policy.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
