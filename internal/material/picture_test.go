package material

import "testing"

// TestPictureDescribed holds pictures added to a notice laid out with
// icons (batch 83, a layered notice): "![Key icon: multi-factor
// authentication](/icons/key.svg)" before the sentence on multi-factor
// authentication was read as "the rules cannot tell whether 'key', 'icon'
// changes a commitment". The text beside a picture is judged alone, and
// what it changes stays material.
func TestPictureDescribed(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][3]string{
		{"Data Security", "We encrypt your data at rest and in transit.", "![Lock icon: encryption](/icons/lock.svg) We encrypt your data at rest and in transit."},
		{"Data Security", "![Lock icon](/icons/lock.svg) We encrypt your data at rest and in transit.", "![Padlock icon: how we protect your data](/icons/padlock.svg \"Security\") We encrypt your data at rest and in transit."},
		{"Sharing", "We share your data with Stripe for payments. ![Stripe logo](/logos/stripe.svg)", "We share your data with Stripe for payments."},
	} {
		if rep, _, why := judgeEdit(rb, tc[0], tc[1], tc[2]); rep.Material {
			t.Errorf("%q → %q: material, want minor: %v", tc[1], tc[2], why)
		}
	}
	rep, cats, why := judgeEdit(rb, "Sharing", "We share your data with Stripe for payments.", "![Stripe logo](/logos/stripe.svg) We share your data with Stripe and Adyen for payments.")
	wantCategoryNot(t, "a recipient added beside a logo", rep, cats, why, "recipients", "")
	rep, cats, why = judgeEdit(rb, "Data Security", "![Lock icon](/icons/lock.svg) We encrypt your data at rest and in transit.", "![Lock icon](/icons/lock.svg) We encrypt your data in transit.")
	wantCategoryNot(t, "encryption at rest dropped beside an icon", rep, cats, why, "security", "")
}
