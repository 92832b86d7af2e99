package material

import (
	"strings"
	"testing"
)

// TestPriorProcessingLawful: the sentence of GDPR Art. 7(3) that a
// withdrawal of consent leaves earlier processing lawful, said in any of
// its ways ("Withdrawal does not affect lawfulness of processing before
// withdrawal", "… does not make processing carried out before you
// withdrew it unlawful", "Any processing carried out before you withdraw
// your consent remains lawful", "… shall remain unaffected"), states the
// law, the same on both sides (b15-24, b16-14, b17-39). The sentence
// turned about (processing after the withdrawal, processing made
// unlawful, a hedge "may"), or a clause added to it, stays material.
func TestPriorProcessingLawful(t *testing.T) {
	rb := Builtin()
	const lead = "You can withdraw consent at any time using our cookie consent banner or by contacting us. "
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Any processing carried out before you withdraw your consent remains lawful.", false},
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Withdrawing your consent does not make processing carried out before you withdrew it unlawful.", false},
		{"Withdrawing your consent will not affect the lawfulness of any processing we conducted prior to your withdrawal.", "The withdrawal of consent does not affect the lawfulness of processing based on consent before its withdrawal.", false},
		{"The lawfulness of the processing carried out before you withdraw your consent shall remain unaffected.", "However, this will not affect the lawfulness of any processing carried out before you withdraw your consent.", false},
		{"Revocation of consent does not affect the lawfulness of the processing carried out on the basis of the consent until revocation.", "Processing based on your consent before you withdraw it remains lawful.", false},
		// Turned about, hedged or added to.
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Any processing carried out after you withdraw your consent remains lawful.", true},
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Withdrawal may affect the lawfulness of processing before withdrawal.", true},
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Withdrawal makes processing carried out before you withdrew it unlawful.", true},
		{"Any processing carried out before you withdraw your consent remains lawful.", "Any processing carried out before you withdraw your consent remains lawful, and we may keep using your data for analytics.", true},
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Withdrawal does not affect lawfulness of processing before withdrawal or of processing on other legal bases, such as our legitimate interests.", true},
		{"Withdrawal does not affect lawfulness of processing before withdrawal.", "Withdrawal does not affect lawfulness of processing before or after withdrawal.", true},
	} {
		rep, _, why := judgeEdit(rb, "Withdrawing Consent", lead+tc.old, lead+tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestPriorLawfulOneSide: the statement of GDPR Art. 7(3) put in beside
// the right to withdraw (b86-18: "Withdrawal does not affect the
// lawfulness of processing carried out before it.", read "Limit added"),
// or taken out, states the law, which holds either way. Twins, material
// still: a sentence that says more than the statement, or turns it about,
// put in.
func TestPriorLawfulOneSide(t *testing.T) {
	const lead = "Where we rely on your consent as the legal basis for processing your personal information, you may withdraw that consent at any time."
	runRestated(t, []restatedCase{
		{"b86-18, the statement put in", "Your rights", lead, lead + " Withdrawal does not affect the lawfulness of processing carried out before it.", false},
		{"the statement taken out", "Your rights", lead + " Withdrawing your consent will not affect the lawfulness of any processing we conducted prior to your withdrawal.", lead, false},
		{"twin: more than the statement", "Your rights", lead, lead + " Withdrawal does not affect the lawfulness of processing carried out before it, and we may keep your data for analytics.", true},
		{"twin: turned about", "Your rights", lead, lead + " Withdrawal does not affect the lawfulness of processing carried out after it.", true},
	})
}
