package material

import (
	"strings"
	"testing"
)

// TestConsentQuality holds b16-32 ("unless … the consumer's parent or
// guardian … has affirmatively authorized the sale" → "… has authorized
// the sale", called the same commitments reworded): the quality a consent
// or an authorisation must have is part of the commitment. A consent no
// longer affirmative, verifiable or unambiguous is a weaker condition, as
// one no longer explicit or written is. The same quality said in another
// word is no change.
func TestConsentQuality(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b16-32", "California privacy rights",
			"The COMPANY shall not sell personal information of consumers where it has actual knowledge that the consumer is less than 16 years of age, unless the consumer's parent or guardian has affirmatively authorized the sale of the consumer's personal information.",
			"The COMPANY shall not sell personal information of consumers where it has actual knowledge that the consumer is less than 16 years of age, unless the consumer's parent or guardian has authorized the sale of the consumer's personal information.", true},
		{"verifiable parental consent", "Children",
			"We collect data from children under 13 only with verifiable parental consent.",
			"We collect data from children under 13 only with parental consent.", true},
		{"unambiguous consent", "Marketing",
			"We send you offers by email only once you have given your unambiguous consent.",
			"We send you offers by email only once you have given your consent.", true},
		{"affirmative said of an opt-in", "Your choices",
			"You can affirmatively opt in to marketing emails in your settings.",
			"You can opt in to marketing emails in your settings.", false},
		{"explicit said as express", "Marketing",
			"We send marketing emails only with your explicit consent.",
			"We send marketing emails only with your express consent.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestConsentAdverb: consent given explicitly is explicit consent, said
// with the adverb ("if you have explicitly consented", b200-38); consent
// no longer given explicitly is weaker.
func TestConsentAdverb(t *testing.T) {
	runRestated(t, []restatedCase{
		{"explicitly consented", "Sharing", "  • Consent: We may use your data for research with your explicit consent.", "  • Consent: We may use your data for research if you have explicitly consented.", false},
		{"affirmatively consented", "Sharing", "  • Consent: We may use your data for research with your affirmative consent.", "  • Consent: We may use your data for research if you have affirmatively consented.", false},
		{"explicitly dropped", "Sharing", "  • Consent: We may use your data for research if you have explicitly consented.", "  • Consent: We may use your data for research with your consent.", true},
	})
}
