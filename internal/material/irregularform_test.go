package material

import "testing"

// TestIrregularForm: a passive made active keeps its verb, whatever its
// past form: "Data related to your contacts is retained according to your
// subscription status" → "We retain data related to your contacts
// according to …" (b91-37; folded, "retained" is "kept", which no suffix
// joins to "keep"). The twins stay material: another act ("We sell data
// …"), and the data named changed.
func TestIrregularForm(t *testing.T) {
	const old = "Data related to your contacts is retained according to your subscription status and applicable terms."
	runRestated(t, []restatedCase{
		{"b91-37, is retained → we retain", "Data Retention", old, "We retain data related to your contacts according to your subscription status and applicable terms.", false},
		{"is held → we hold", "Data Retention", "Your payment details are held according to your plan.", "We hold your payment details according to your plan.", false},
		{"twin: another act", "Data Retention", old, "We sell data related to your contacts according to your subscription status and applicable terms.", true},
		{"twin: other data", "Data Retention", old, "We retain data related to your contacts' employers according to your subscription status and applicable terms.", true},
	})
}

// TestIrregularFormsShort: stem asks irregularForms only of words of five
// letters or fewer; a longer form put in the table would never be read.
func TestIrregularFormsShort(t *testing.T) {
	for w := range irregularForms {
		if len(w) > 5 {
			t.Errorf("irregularForms holds %q, longer than the five letters stem asks it of", w)
		}
	}
}
